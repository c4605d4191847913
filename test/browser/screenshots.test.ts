// Full-page screenshots of an article, the section front and the stats-heavy article, for people to look at (test/screenshots/, git-ignored).
import * as fs from "node:fs";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { builtSite, repoRoot } from "../helpers/built-site.ts";
import { browserSuite } from "./gate.ts";
import { pickPages, type Pick } from "./pick-pages.ts";
import { LOOKS, visit } from "./session.ts";

/** Where the screenshots go; rewritten on every run. */
export const SCREENSHOT_DIR = path.join(repoRoot, "test/screenshots");

const Screenshots = suite("screenshots");
const { register, done } = browserSuite(Screenshots);

// Which picked page each screenshot shows (by the pick's kind), and its file name.
const SHOTS: [name: string, kind: string][] = [
  ["article", "article with a container pull quote"],
  ["section-front", "section front, page 1"],
  ["stats-article", "article with stat callouts (the most)"],
];

try {
  const { pages } = pickPages(await builtSite());
  for (const [name, kind] of SHOTS) {
    const pick = pages.find((p) => p.kind === kind) as Pick;
    for (const look of LOOKS) {
      const file = `${name}-${look.width}-${look.scheme}.png`;
      register(`test/screenshots/${file}: ${kind}`, async () => {
        if ("missing" in pick) throw new Error(`${kind}: ${pick.missing}`);
        const { page, problems } = await visit(look, pick.path);
        fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, file), fullPage: true });
        assert.ok(problems.length === 0, problems.join("\n"));
      });
    }
  }
} catch (error) {
  register("the sample site builds", () => {
    throw error;
  });
}

done();
Screenshots.run();
