// axe-core (WCAG 2.2 A/AA rule tags) finds zero violations on each kind of page, light and dark, at 375 and 1280 px.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import { suite } from "uvu";
import type { AxeResults } from "axe-core";
import { builtSite } from "../helpers/built-site.ts";
import { browserSuite } from "./gate.ts";
import { pickPages } from "./pick-pages.ts";
import { LOOKS, lookName, visit } from "./session.ts";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const Accessibility = suite("accessibility (axe-core, WCAG 2.2 AA)");
const { register, done } = browserSuite(Accessibility);

/** One line per violation and element: rule, impact, what to fix, where. */
function describe(results: AxeResults): string[] {
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(" ")}\n    ${n.failureSummary?.replace(/\n/g, "\n    ")}`),
  );
}

try {
  const { pages, notes } = pickPages(await builtSite());
  for (const note of notes) console.log(`  note: ${note}`);
  for (const pick of pages) {
    if ("missing" in pick) {
      register(`${pick.kind}: exists in the build`, () => {
        throw new Error(`${pick.kind}: ${pick.missing}`);
      });
      continue;
    }
    for (const look of LOOKS) {
      register(`${pick.kind} ${pick.path} — ${lookName(look)}: loads cleanly, no axe violations`, async () => {
        const { page, problems } = await visit(look, pick.path, "/", pick.expectStatus);
        // Dark or narrow pages may load other resources (media-dependent images): check them here too.
        if (problems.length) throw new Error(`${pick.path} (${lookName(look)}) did not load cleanly:\n  ${problems.join("\n  ")}`);
        await page.addScriptTag({ content: axeSource });
        const results = (await page.evaluate(
          (tags) => (globalThis as any).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
          AXE_TAGS,
        )) as AxeResults;
        const found = describe(results);
        if (found.length) throw new Error(`${found.length} violation(s) on ${pick.path} (${lookName(look)}):\n  ${found.join("\n  ")}`);
      });
    }
  }
} catch (error) {
  register("the sample site builds", () => {
    throw error;
  });
}

done();
Accessibility.run();
