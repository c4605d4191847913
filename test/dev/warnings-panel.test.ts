// `npm start` shows a page's own warnings on the page (issue 18); production builds never do.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { withWarningsPanel } from "../../src/dev/warnings-panel.ts";
import { buildSite } from "../helpers/build-site.ts";

const PAGE = "<!doctype html><html lang=en><head><title>x</title></head><body><main>Story</main></body></html>";
const warnings = [
  { file: "content/news/a.md", line: 9, message: "::stat figure 999 (\"999\") is not in the article", severity: "warning" as const },
  { file: "content/news/b.md", line: 4, message: "other <file>", severity: "warning" as const },
];

const Panel = suite("withWarningsPanel");

Panel("lists only the page's own file's warnings, escaped, in a folding panel before </body>", () => {
  const out = withWarningsPanel(PAGE, "content/news/a.md", warnings);
  assert.match(out, /<aside class="nd-dev-warnings" aria-label="Newsdesk preview warnings">\n<details open>\n<summary>Newsdesk: 1 warning in <code>content\/news\/a\.md<\/code>/);
  assert.match(out, /content\/news\/a\.md:9: warning<\/code>: ::stat figure 999 \(&quot;999&quot;\) is not in the article/);
  assert.not.match(out, /other/);
  assert.ok(out.endsWith("</aside>\n</body></html>"), out.slice(-60));
});

Panel("a page without warnings of its own, or not a whole document, is left as it is", () => {
  assert.is(withWarningsPanel(PAGE, "content/about.md", warnings), PAGE);
  assert.is(withWarningsPanel(PAGE, undefined, warnings), PAGE);
  assert.is(withWarningsPanel("<p>fragment</p>", "content/news/a.md", warnings), "<p>fragment</p>");
});

Panel.run();

const Preview = suite<{ dev: string; production: string }>("warnings on the previewed page");
const files = { "news/unstated-stat.md": "---\ntitle: Unstated stat\ndate: 2023-05-02\n---\n\nThe council met.\n\n::stat[999]{label=\"votes\"}\n" };

Preview.before(async (context) => {
  const page = async (runMode: "serve" | "build") => {
    const build = await buildSite({ runMode, files });
    if (build.error) throw build.error;
    return build.results.find((r) => r.url?.endsWith("/unstated-stat/"))!.content;
  };
  context.dev = await page("serve");
  context.production = await page("build");
});

Preview("npm start shows the stat the story does not state, at its line, on the article", ({ dev }) => {
  assert.match(dev, /<summary>Newsdesk: 1 warning in <code>[^<]*content\/news\/unstated-stat\.md<\/code>/);
  assert.match(dev, /unstated-stat\.md:8: warning<\/code>: ::stat figure 999 \(&quot;999&quot;\) is not in the article/);
});

Preview("a production build of the same article has no panel", ({ production }) => {
  assert.not.match(production, /nd-dev-warnings/);
  assert.match(production, /The council met\./);
});

Preview.run();
