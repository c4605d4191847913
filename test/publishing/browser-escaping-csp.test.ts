// In Chromium: the hostile headline stays inert and intact, and pages load under the strict CSP
// from content/_headers with no violation (no inline script or style anywhere).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import type { SiteBuild } from "../helpers/build-site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";
import { chromiumAvailable, INSTALL_COMMAND, launchChromium, type RunningBrowser } from "../helpers/browser.ts";
import { HOSTILE, fixtureSite, urlOf } from "./fixture-site.ts";
import { ruleHeader, siteHeaderRules } from "../helpers/site-headers.ts";

interface Context {
  site: SiteBuild;
  server: StaticServer;
  browser: RunningBrowser;
  csp: string;
}

const test = suite<Context>("hostile headline and CSP (Chromium)");

/** The `Content-Security-Policy` of the `/*` rule in the built `_headers`. */
const cspFromHeaders = (outputDir: string) => ruleHeader(siteHeaderRules(outputDir), "/*", "Content-Security-Policy");

test.before(async (context) => {
  if (!chromiumAvailable()) throw new Error(`Chromium is missing: ${INSTALL_COMMAND}`);
  context.site = await fixtureSite();
  if (context.site.error) throw context.site.error;
  context.csp = cspFromHeaders(context.site.outputDir);
  context.server = await serve(context.site.outputDir);
  context.browser = await launchChromium();
});

test.after(async (context) => {
  await context.browser?.close();
  await context.server?.close();
});

/** Opens `sitePath` (served with the site's CSP), collecting dialogs and CSP console reports. */
async function open(context: Context, sitePath: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.browser.context.newPage();
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  // The server sends the CSP from the site's own _headers; this checks it arrived.
  const answer = await page.goto(context.server.url(sitePath), { waitUntil: "load" });
  if (answer?.headers()["content-security-policy"] !== context.csp) throw new Error(`${sitePath} came without the site's Content-Security-Policy`);
  return { page, problems };
}

test("the headline is text everywhere in the article page, and nothing runs", async (context) => {
  const { page, problems } = await open(context, urlOf(context.site, "news/hostile.md") as string);
  try {
    const seen = await page.evaluate(() => ({
      title: document.title,
      h1: document.querySelector("h1")?.textContent,
      ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute("content"),
      scripts: Array.from(document.querySelectorAll("script"), (s) => s.type),
      headline: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}")["@graph"]?.[0]
        ?.headline,
      alt: document.querySelector(".lead-image img")?.getAttribute("alt"),
    }));
    assert.is(seen.title, `${HOSTILE} — The Newsdesk`);
    assert.is(seen.h1, HOSTILE);
    assert.is(seen.ogTitle, HOSTILE);
    assert.is(seen.headline, HOSTILE);
    assert.is(seen.alt, `Map ${HOSTILE}`);
    assert.equal(seen.scripts, ["application/ld+json"], "the only script element is the JSON-LD data block");
    assert.equal(problems, []);
  } finally {
    await page.close();
  }
});

test("each kind of page loads under the strict CSP without a violation", async (context) => {
  for (const sitePath of ["/", "/news/", "/topics/", "/topics/courts/", urlOf(context.site, "news/hostile.md") as string, "/404.html"]) {
    const { page, problems } = await open(context, sitePath);
    try {
      // The stylesheet applied (a blocked one would leave the body in the UA's default font).
      const styled = await page.evaluate(() => document.styleSheets.length > 0 && !!document.styleSheets[0].cssRules.length);
      assert.ok(styled, `${sitePath}: stylesheet loaded`);
      assert.equal(problems, [], sitePath);
    } finally {
      await page.close();
    }
  }
});

test.run();
