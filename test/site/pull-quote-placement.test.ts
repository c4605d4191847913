// deferPullQuotes: where the article layout puts pull quotes that repeat the story (fixtures/pull-quote-placement.txt).
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { deferPullQuotes } from "../../layouts/partials/pull-quote-placement.ts";
import { runFixtures } from "../helpers/fixtures.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
runFixtures(path.join(here, "fixtures/pull-quote-placement.txt"), (input) => deferPullQuotes(input));
