// mergeBody from fixtures: saving keeps the author's text wherever the editor wrote the same content its own way.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runFixtures } from "../helpers/fixtures.ts";
import { mergeBody } from "../../src/cms/body-merge.ts";
import { previewRenderer } from "../../src/cms/preview-render.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const render = previewRenderer().renderMarkdown;

runFixtures(path.join(dir, "body-merge.txt"), (input, fixture) => {
  const [original, edited] = input.split("=== edited\n");
  if (edited === undefined) throw new Error(`${fixture.file}:${fixture.line}: expected a line \`=== edited\` in the input`);
  return `${mergeBody(original!.replace(/\n$/, "\n"), edited, render)}(end)`;
});
