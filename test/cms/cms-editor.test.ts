// The CMS in Chromium against decap-server on 127.0.0.1: login screen, preview equal to the built page, creating and editing articles.
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Frame, Locator, Page } from "playwright-core";
import { buildSite } from "../helpers/build-site.ts";
import { repoRoot } from "../helpers/built-site.ts";
import { startCmsSession, type CmsSession } from "./cms-session.ts";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const test = suite<{ cms: CmsSession }>("CMS in the browser");

test.before(async (context) => {
  context.cms = await startCmsSession();
});
test.after(async ({ cms }) => {
  await cms?.stop();
});

const BODY_OPEN = '<div class="article__body">\n';

/**
 * A body with each image reduced to its text alternative: the build writes a `<picture>` of the
 * encoded files (eleventy-img, in Node), the preview an `<img>` of the original, there being no
 * image encoder in the browser. Everything else must be equal byte for byte.
 */
function imagesAsAlt(html: string): string {
  return html
    .replace(/<picture\b[^>]*>(?:(?!<\/picture>)[\s\S])*?(<img\b[^>]*>)(?:(?!<\/picture>)[\s\S])*<\/picture>/g, "$1")
    .replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/g, '<img alt="$1">');
}

/**
 * Puts the editor's caret at the end of `paragraph`: a click on its last character, then End (End
 * alone stops at the end of the first visual line, and a selection set from script reaches the
 * editor too late for the keys typed next).
 */
async function caretToEnd(page: Page, paragraph: Locator): Promise<void> {
  await paragraph.scrollIntoViewIfNeeded();
  const point = await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1]!;
    return { x: last.right - 2, y: last.top + last.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await page.keyboard.press("End");
}

/** Opens the editor's component menu and picks `name`. The menu is rendered again while the preview updates, so a pick that finds its item gone opens the menu again. */
async function addComponent(page: Page, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.getByTitle("Add Component").click();
    try {
      await page.getByRole("menuitem", { name, exact: true }).click({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The preview pane's document. */
async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.locator("iframe").first().elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

test("the login screen passes axe and says noindex", async ({ cms }) => {
  const page = await cms.browser.context.newPage();
  await page.goto(cms.site.url("/admin/"));
  await page.getByRole("button", { name: "Login" }).waitFor();
  assert.is(await page.locator('meta[name="robots"]').getAttribute("content"), "noindex, nofollow");
  // Evaluated through the DevTools protocol: the page's CSP allows no inline <script>.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(o?: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  assert.equal(violations, []);
  await page.close();
});

test("the bundled preview renders every sample article exactly as its built page's body", async ({ cms }) => {
  const page = await cms.editor();
  const files = fs.readdirSync(path.join(repoRoot, "content/news")).filter((f) => f.endsWith(".md"));
  assert.ok(files.length >= 20);
  for (const name of files) {
    const source = fs.readFileSync(path.join(repoRoot, "content/news", name), "utf8");
    const preview = await page.evaluate(
      ([text, file]) => (window as unknown as { newsdeskPreview: { renderFile(s: string, f: string): { html: string; problems: unknown[] } } }).newsdeskPreview.renderFile(text!, file!),
      [source, `content/news/${name}`],
    );
    assert.equal(preview.problems, [], name);
    const built = cms.build.results.find((r) => r.inputPath.endsWith(`content/news/${name}`));
    if (!built) {
      // Drafts and scheduled articles are left out of production builds.
      const date = /^date: "?(\d{4}-\d{2}-\d{2})/m.exec(source)?.[1] ?? "";
      assert.ok(/^draft: true$/m.test(source) || Date.parse(date) > Date.now(), `built page of ${name}`);
      continue;
    }
    const start = built.content.indexOf(BODY_OPEN) + BODY_OPEN.length;
    assert.ok(start > BODY_OPEN.length, `${name}: article body in the page`);
    // The body is the article__body div's content: no <div> in it has a closing tag at the start of a line.
    const end = built.content.indexOf("\n</div>", start);
    assert.is(imagesAsAlt(preview.html), imagesAsAlt(built.content.slice(start, end)), name);
    // And the format reads and writes the file back byte for byte.
    const again = await page.evaluate((text) => {
      const p = (window as unknown as { newsdeskPreview: { fromFile(s: string): unknown; toFile(d: unknown): string } }).newsdeskPreview;
      return p.toFile(p.fromFile(text));
    }, source);
    assert.is(again, source, `${name} round trip`);
  }
  await page.close();
});

test("the preview shows a content problem with its file line", async ({ cms }) => {
  const file = path.join(cms.repo, "content/news/unclosed-quote.md");
  fs.writeFileSync(file, '---\ntitle: "A quote left open"\ndate: 2026-11-02\nauthors:\n  - name: Ana Ruiz\n---\n\nFirst paragraph.\n\n:::pullquote{by="Ana Ruiz"}\nNever closed.\n');
  const page = await cms.editor();
  await page.goto(cms.site.url("/admin/#/collections/articles/entries/unclosed-quote"));
  const frame = await previewFrame(page);
  const problems = frame.locator(".cms-problems");
  await problems.waitFor();
  const text = await problems.innerText();
  assert.match(text, /content\/news\/unclosed-quote\.md:10: /);
  assert.match(text, /:::pullquote/);
  fs.rmSync(file);
  await page.close();
});

test("an article made with the editor's pull quote and stats group is saved as our directives and builds", async ({ cms }) => {
  const page = await cms.editor();
  await page.goto(cms.site.url("/admin/#/collections/articles/new"));
  await page.locator('input[id^="title-field"]').first().fill("Night buses return to the east side");
  await page.getByRole("textbox", { name: "Publication date" }).fill("2026-11-30 09:30");
  await page.getByRole("button", { name: "Add authors" }).click();
  await page.locator('input[id^="name-field"]').first().fill("Ana Ruiz");
  const editor = page.locator('[data-slate-editor="true"]');
  await editor.click();
  // Prose that holds every figure and the quote, so the build's editorial checks have nothing to say.
  await page.keyboard.type("The transit agency restored 3 overnight routes on Monday, at a cost of $1.2 million a year.");
  await page.keyboard.press("Enter");
  await page.keyboard.type("“We heard from night-shift workers every week.” Lena Park, the agency's director, said riders had asked for the routes since they were cut.");
  await page.keyboard.press("Enter");

  await addComponent(page, "Stats group");
  await page.locator('input[id^="title-field"]').last().fill("The routes in numbers");
  for (const [figure, label] of [["3", "routes restored"], ["$1.2 million", "a year to run them"]]) {
    await page.getByRole("button", { name: "Add figures" }).click();
    await page.locator('input[id^="figure-field"]').last().fill(figure!);
    await page.locator('input[id^="label-field"]').last().fill(label!);
  }

  // The pull quote between the second paragraph and the stats.
  await caretToEnd(page, editor.locator("p", { hasText: "Lena Park, the agency" }));
  await page.keyboard.press("Enter");
  await addComponent(page, "Pull quote");
  await page.locator('textarea[id^="quote-field"]').fill("We heard from night-shift workers every week.");
  await page.locator('input[id^="by-field"]').fill('Lena "Lee" Park');
  await page.locator('input[id^="role-field"]').last().fill("Transit director");

  // The preview runs the build's checks: nothing to report.
  await (await previewFrame(page)).locator(".article__body figure.stats").waitFor();
  assert.is(await (await previewFrame(page)).locator(".cms-problems").count(), 0, await (await previewFrame(page)).locator("body").innerText());
  await page.getByText("Publish", { exact: true }).first().click();
  await page.getByText("Publish now").click();
  const saved = path.join(cms.repo, "content/news/night-buses-return-to-the-east-side.md");
  for (let i = 0; i < 100 && !fs.existsSync(saved); i++) await page.waitForTimeout(100);
  assert.ok(fs.existsSync(saved), "the file was written");
  const text = fs.readFileSync(saved, "utf8");
  assert.ok(text.startsWith('---\ntitle: Night buses return to the east side\ndate: 2026-11-30 09:30\nauthors:\n  - name: Ana Ruiz\n---\n\n'), text);
  assert.ok(text.includes("The transit agency restored 3 overnight routes on Monday, at a cost of $1.2 million a year."), text);
  assert.ok(text.includes(':::pullquote{by="Lena &quot;Lee&quot; Park" role="Transit director"}\nWe heard from night-shift workers every week.\n:::'), text);
  assert.ok(text.includes(':::stats{title="The routes in numbers"}\n- **3** routes restored\n- **$1.2 million** a year to run them\n:::'), text);
  assert.ok(text.indexOf(":::pullquote") < text.indexOf(":::stats"), text);
  assert.not.match(text, /\\:/);
  assert.not.match(text, /draft:/);

  // The site builds it with no problem.
  const build = await buildSite({ files: { "news/night-buses-return-to-the-east-side.md": text } });
  assert.is(build.error, undefined, String(build.error));
  const page2 = build.results.find((r) => r.inputPath.endsWith("night-buses-return-to-the-east-side.md"));
  assert.ok(page2, "the article was built");
  assert.match(page2!.content, /<figure class="pull-quote"/);
  assert.match(page2!.content, /<figure class="stats">/);
  await page.close();
});

test("editing an existing article changes only the lines that were edited", async ({ cms }) => {
  const file = path.join(cms.repo, "content/news/operation-spector.md");
  const before = fs.readFileSync(file, "utf8");
  const page = await cms.editor();
  await page.goto(cms.site.url("/admin/#/collections/articles/entries/operation-spector"));
  const dek = page.locator('textarea[id^="dek-field"]');
  await dek.fill("An 18-month operation against online drug markets ended with 288 arrests.");
  const paragraph = page.locator('[data-slate-editor="true"] p', { hasText: "Much of the seized value came from digital wallets" });
  await caretToEnd(page, paragraph);
  await page.keyboard.type(" Some wallets held coins for years.");
  await page.getByText("Publish", { exact: true }).first().click();
  await page.getByText("Publish now").click();
  let after = before;
  for (let i = 0; i < 100 && after === before; i++) {
    await page.waitForTimeout(100);
    after = fs.readFileSync(file, "utf8");
  }
  const a = before.split("\n");
  const b = after.split("\n");
  assert.is(b.length, a.length, after);
  const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
  const dekLine = a.findIndex((l) => l.startsWith("dek:")) + 1;
  const bodyLine = a.findIndex((l) => l.startsWith("Much of the seized value")) + 1;
  assert.equal(changed, [dekLine, bodyLine], changed.map((n) => `${n}: ${a[n - 1]} → ${b[n - 1]}`).join("\n"));
  assert.is(b[dekLine - 1], "dek: An 18-month operation against online drug markets ended with 288 arrests.");
  assert.is(b[bodyLine - 1], `${a[bodyLine - 1]} Some wallets held coins for years.`);
  await page.close();
});

test.run();
