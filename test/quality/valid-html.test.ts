// Every page of the built sample site passes html-validate with the project's `.htmlvalidate.json`.
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { FileSystemConfigLoader, HtmlValidate, type Message } from "html-validate";
import { builtSite, repoRoot, type BuiltSite } from "../helpers/built-site.ts";

const ValidHtml = suite("valid HTML (html-validate, .htmlvalidate.json)");

// The site is built in a temp dir, outside the repo, where html-validate would find no config: point
// at ours explicitly.
const validator = new HtmlValidate(
  new FileSystemConfigLoader({ root: true, extends: [path.join(repoRoot, ".htmlvalidate.json")] }),
);

function describe(file: string, message: Message): string {
  return `${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message} (${message.selector ?? ""})`;
}

let site: BuiltSite | undefined;
try {
  site = await builtSite();
} catch (error) {
  ValidHtml("the sample site builds", () => {
    throw error;
  });
}

if (site) {
  const { outputDir, htmlFiles } = site;
  ValidHtml("the build has pages to validate", () => {
    assert.ok(htmlFiles.length > 0, `no .html files in ${outputDir}`);
  });
  for (const file of htmlFiles) {
    ValidHtml(`${file} has no html-validate errors`, async () => {
      const report = await validator.validateFile(path.join(outputDir, file));
      const errors = report.results.flatMap((result) =>
        result.messages.filter((m) => m.severity === 2).map((m) => describe(file, m)),
      );
      assert.ok(errors.length === 0, `\n${errors.join("\n")}`);
    });
  }
}

ValidHtml.run();
