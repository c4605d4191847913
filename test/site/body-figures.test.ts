// bodyFigures: an image with its caption and credit under it becomes a figure (fixtures/body-figures.txt).
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { bodyFigures } from "../../src/images/body-figures.ts";
import { runFixtures } from "../helpers/fixtures.ts";

const md = new MarkdownIt();
md.core.ruler.push("newsdesk_body_figures", bodyFigures);
const here = path.dirname(fileURLToPath(import.meta.url));
runFixtures(path.join(here, "fixtures/body-figures.txt"), (input) => md.render(input));
