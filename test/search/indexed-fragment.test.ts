// What Pagefind is given of each page: the indexed element alone, and the same index as from whole pages.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { indexedFragment } from "../../src/search/indexed-fragment.ts";
import { writeSearchIndex } from "../../src/search/write-search-index.ts";
import { pagesToIndex } from "../../src/search/pages-to-index.ts";
import { builtSite } from "../helpers/built-site.ts";

const Fragment = suite("indexedFragment");

const page = (body: string) => `<!doctype html>\n<html lang="en-US">\n<head><title>T</title></head>\n<body><nav>Menu</nav>${body}<footer>Foot</footer></body>\n</html>\n`;

Fragment("keeps the indexed element, its nested elements of the same name, and the page's language", () => {
  const body = '<article class="article" data-pagefind-body><h1>Head</h1><article class="story">Teaser</article><p>Text</p></article>';
  assert.is(indexedFragment(page(`${body}<article>After</article>`)), `<!doctype html><html lang="en-US"><body>${body}</body></html>`);
});

Fragment("leaves a page whole when it has no indexed element, two, or one never closed", () => {
  assert.is(indexedFragment(page("<main>No body</main>")), undefined);
  assert.is(indexedFragment(page('<div data-pagefind-body>a</div><div data-pagefind-body>b</div>')), undefined);
  assert.is(indexedFragment(page('<div data-pagefind-body>open')), undefined);
  // The attribute named in text is escaped, not a tag.
  assert.is(indexedFragment(page("<p>&lt;div data-pagefind-body&gt;</p>")), undefined);
});

Fragment.run();

const SameIndex = suite("the sample site's search index");

SameIndex("is the same, byte for byte, from the indexed elements as from whole pages", async () => {
  const site = await builtSite();
  // The pages `npm run build` wrote, as Eleventy's results give them to the search plugin.
  const whole = site.htmlFiles.map((file) => {
    const outputPath = path.join(site.outputDir, file);
    return { url: `/${file.replace(/index\.html$/, "")}`, outputPath, content: fs.readFileSync(outputPath) };
  });
  const fragments = pagesToIndex(whole);
  assert.ok(fragments.length > 10 && fragments.every((p) => !p.html.includes("site-footer")), "each article is given as its indexed element");
  const [a, b] = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-same-index-")));
  try {
    await writeSearchIndex(fragments.map((p) => ({ url: p.url, html: fs.readFileSync(path.join(site.outputDir, p.url, "index.html"), "utf8") })), a!);
    await writeSearchIndex(fragments, b!);
    const files = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    assert.equal(files(path.join(b!, "pagefind")), files(path.join(a!, "pagefind")));
    for (const file of files(path.join(a!, "pagefind"))) {
      const [x, y] = [a!, b!].map((dir) => path.join(dir, "pagefind", file));
      if (fs.statSync(x!).isFile()) assert.ok(fs.readFileSync(x!).equals(fs.readFileSync(y!)), file);
    }
  } finally {
    for (const dir of [a!, b!]) fs.rmSync(dir, { recursive: true, force: true });
  }
});

SameIndex.run();
