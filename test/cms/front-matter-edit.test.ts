// editFrontMatter from fixtures: saving an article from the form rewrites only the fields that changed.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runFixtures } from "../helpers/fixtures.ts";
import { editFrontMatter } from "../../src/cms/front-matter-edit.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

runFixtures(path.join(dir, "front-matter-edit.txt"), (input, fixture) => {
  const [original, json] = input.split("=== data\n");
  if (json === undefined) throw new Error(`${fixture.file}:${fixture.line}: expected a line \`=== data\` in the input`);
  return editFrontMatter(JSON.parse(json) as Record<string, unknown>, original === "" ? undefined : original);
});
