// What a reader does: pages load cleanly (also under /newsroom/), "Next article" walks every article, focus shows, the skip link skips.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { builtSite, sitePathOf, type BuiltSite } from "../helpers/built-site.ts";
import { browserSuite } from "./gate.ts";
import { pickPages, type Picks } from "./pick-pages.ts";
import { LOOKS, visit } from "./session.ts";

const Behaviour = suite("behaviour in Chromium");
const { register, done } = browserSuite(Behaviour);
const desktop = LOOKS[0];
const NEXT = 'main nav a[rel~="next"]';

function loadsCleanly(built: BuiltSite, prefix: string): void {
  for (const file of built.htmlFiles) {
    const notFound = file === "404.html";
    const sitePath = notFound ? "/no-such-page/" : sitePathOf(file);
    register(`${prefix}${file}: loads with no console error and no failed request`, async () => {
      const { problems } = await visit(desktop, sitePath, prefix, notFound ? 404 : 200);
      assert.ok(problems.length === 0, `\n${problems.join("\n")}`);
    });
  }
}

function nextChain({ articles, pages }: Picks): void {
  register('following "Next article" from the oldest article reaches the newest through every article', async () => {
    const first = pages.find((p) => p.kind.startsWith("first article"));
    if (!first || "missing" in first) throw new Error(`no oldest article to start from: ${first && "missing" in first ? first.missing : ""}`);
    const expected = new Set(articles.map((a) => a.url));
    const visited: string[] = [];
    let { page } = await visit(desktop, first.path);
    for (;;) {
      const here = new URL(page.url()).pathname;
      assert.ok(!visited.includes(here), `"Next article" leads back to ${here} after ${visited.join(" → ")}`);
      visited.push(here);
      const next = page.locator(NEXT);
      if ((await next.count()) === 0) break;
      assert.match((await next.first().innerText()).replace(/\s+/g, " "), /Next article/, `the rel="next" link on ${here} does not say "Next article"`);
      await Promise.all([page.waitForURL((url) => url.pathname !== here), next.first().click()]);
    }
    const missed = [...expected].filter((url) => !visited.includes(url));
    const extra = visited.filter((url) => !expected.has(url));
    assert.equal({ missed, extra }, { missed: [], extra: [] }, `walked ${visited.join(" → ")}`);
    // Contract 1: article URLs are /news/YYYY/MM/DD/<slug>/, dated in the site's zone; so they must rise.
    const dated = /^\/news\/(\d{4})\/(\d{2})\/(\d{2})\/[^/]+\/$/;
    assert.equal(visited.filter((url) => !dated.test(url)), [], "article URLs not of the form /news/YYYY/MM/DD/<slug>/");
    const dates = visited.map((url) => url.match(dated)!.slice(1).join("-"));
    assert.equal([...dates].sort(), dates, "article URLs' dates do not rise along the chain");
  });
}

/** Is the focused element's focus indicator visible: an outline or a box shadow, on a visible box. */
async function focusReport(page: import("playwright-core").Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: false, what: "nothing focused" };
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none";
    const what = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}> "${el.textContent?.trim().slice(0, 40)}"`;
    return { ok: (outline || shadow) && rect.width > 1 && rect.height > 1, what: `${what} outline=${style.outline} box-shadow=${style.boxShadow} size=${rect.width}x${rect.height}` };
  });
}

function keyboard(articlePath: string | undefined): void {
  register("keyboard focus is visible on each of the first eight Tab stops of an article", async () => {
    assert.ok(articlePath, "no article page to test");
    const { page } = await visit(desktop, articlePath!);
    let stops = 0;
    for (; stops < 8; stops++) {
      await page.keyboard.press("Tab");
      const report = await focusReport(page);
      if (report.what === "nothing focused") break; // past the last focusable element
      assert.ok(report.ok, `Tab ${stops + 1}: no visible focus indicator on ${report.what}`);
    }
    assert.ok(stops > 0, "Tab focuses nothing on the page");
  });
  register("the skip link is the first Tab stop, shows, and moves focus to #main", async () => {
    assert.ok(articlePath, "no article page to test");
    for (const look of [desktop, LOOKS[3]]) {
      const { page } = await visit(look, articlePath!);
      await page.keyboard.press("Tab");
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        const r = el.getBoundingClientRect();
        return { href: el.getAttribute("href"), text: el.textContent ?? "", visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight };
      });
      assert.is(skip.href, "#main", "first Tab stop is not a link to #main");
      assert.match(skip.text, /skip/i);
      assert.ok(skip.visible, "the focused skip link is not visible");
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      const after = await page.evaluate(() => {
        const main = document.getElementById("main");
        const el = document.activeElement;
        const what = el ? `<${el.tagName.toLowerCase()}> "${el.textContent?.trim().slice(0, 40)}"` : "nothing";
        return { ok: location.hash === "#main" && !!main && main.contains(el), what, hash: location.hash };
      });
      assert.ok(after.ok, `${look.width}px: after Enter on the skip link (hash ${after.hash}), Tab went to ${after.what}, not into #main`);
    }
  });
}

try {
  const built = await builtSite();
  const picks = pickPages(built);
  loadsCleanly(built, "/");
  nextChain(picks);
  const withNav = picks.pages.find((p) => p.kind.startsWith("article with previous and next"));
  keyboard(withNav && "path" in withNav ? withNav.path : picks.articles[0]?.url);
  loadsCleanly(await builtSite("/newsroom/"), "/newsroom/");
} catch (error) {
  register("the sample site builds", () => {
    throw error;
  });
}

done();
Behaviour.run();
