// Images: the <picture> markup, and a missing file or alt failing the build with file:line.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pictureHtml, type ImageMetadata } from "../../src/images/picture-html.ts";
import { buildSite, errorText, type SiteBuild } from "../helpers/build-site.ts";
import { fixtureSite, readOutput, urlOf } from "./fixture-site.ts";

const stat = (format: string, width: number) => ({
  format,
  width,
  height: (width * 9) / 16,
  url: `/img/a-${width}.${format}`,
  sourceType: `image/${format}`,
});
const metadata: ImageMetadata = {
  avif: [stat("avif", 480), stat("avif", 800)],
  webp: [stat("webp", 480), stat("webp", 800)],
  jpeg: [stat("jpeg", 480), stat("jpeg", 800)],
};

const markup = suite("pictureHtml");

markup("AVIF and WebP sources, then a JPEG img with size, srcset, sizes and escaped alt", () => {
  assert.is(
    pictureHtml(metadata, { alt: `"A" <map> & more`, sizes: "100vw" }),
    '<picture><source type="image/avif" srcset="/img/a-480.avif 480w, /img/a-800.avif 800w" sizes="100vw">' +
      '<source type="image/webp" srcset="/img/a-480.webp 480w, /img/a-800.webp 800w" sizes="100vw">' +
      '<img src="/img/a-800.jpeg" srcset="/img/a-480.jpeg 480w, /img/a-800.jpeg 800w" sizes="100vw" width="800" height="450"' +
      ' alt="&quot;A&quot; &lt;map&gt; &amp; more" loading="lazy" decoding="async"></picture>',
  );
});

markup("the lead image loads eagerly with high priority", () => {
  const html = pictureHtml(metadata, { alt: "A", sizes: "100vw", lead: true });
  assert.match(html, 'loading="eager" decoding="async" fetchpriority="high"');
  assert.not.match(html, 'loading="lazy"');
});

markup.run();

const built = suite<{ site: SiteBuild }>("images in a built article");

built.before(async (context) => {
  context.site = await fixtureSite();
  if (context.site.error) throw context.site.error;
});

built("lead image eager, body image lazy, both with width/height and every format written", ({ site }) => {
  const html = readOutput(site, urlOf(site, "news/hostile.md") as string);
  const imgs = [...html.matchAll(/<img [^>]+>/g)].map((m) => m[0]);
  assert.is(imgs.length, 2);
  assert.match(imgs[0], /fetchpriority="high"/);
  assert.match(imgs[0], /width="1600" height="900"/);
  assert.match(imgs[1], /loading="lazy" decoding="async"/);
  assert.match(imgs[1], /alt="Bars falling from left to right"/);
  const stem = imgs[1].match(/\/img\/(falling-bars-[\w-]+)-\d+\.jpeg/)?.[1];
  assert.ok(stem, "the body image was renamed by eleventy-img");
  for (const format of ["avif", "webp", "jpeg"]) {
    assert.ok(readOutput(site, `/img/${stem}-480.${format}`).length > 0, `${format} written`);
  }
});

built.run();

const errors = suite<{ site: SiteBuild }>("image problems fail the build");

const BAD = `---
title: "Bad images"
date: 2025-12-02
image:
  src: not-there.jpg
  alt: "A lead image that does not exist"
---

Intro.

![](/images/network-map.jpg)

Some text.

![A chart](../images/gone.png)
`;

errors.before(async (context) => {
  // An empty `alt` in front matter is caught earlier, by front-matter validation (src/front-matter/);
  // what only the image pipeline can see is a missing file and a Markdown image without alt.
  context.site = await buildSite({ files: { "news/bad-images.md": BAD } });
});

errors("every problem is listed with file:line, what was found and what was expected", ({ site }) => {
  assert.ok(site.error, "the build failed");
  const text = errorText(site);
  assert.match(text, "content/news/bad-images.md:5: image `not-there.jpg` was not found");
  assert.match(text, "content/news/bad-images.md:11: image `/images/network-map.jpg` has `alt` \"\"; expected a text alternative");
  assert.match(text, "content/news/bad-images.md:15: image `../images/gone.png` was not found");
  assert.match(text, /\(3 problems\)/);
});

errors("a page outside content/news/ that uses the article layout gets the lead-image check too", async () => {
  // Front-matter validation covers articles only; the image pipeline guards every other page.
  const site = await buildSite({
    files: {
      "about.md": "---\ntitle: About us\nlayout: article.11ty.ts\nimage:\n  alt: The newsroom at night\n---\n\nWho we are.\n",
      "contact.md": "---\ntitle: Contact\nlayout: article.11ty.ts\nimage:\n  src: \" \"\n  alt: Our front desk\n---\n\nWrite to us.\n",
      "team.md": "---\ntitle: Our team\nlayout: article.11ty.ts\nimage:\n  src: network-map.jpg\n---\n\nWho works here.\n",
    },
  });
  const text = errorText(site);
  assert.match(text, "content/about.md:4: `image.src` is missing; expected a path relative to `content/images/`");
  assert.match(text, 'content/contact.md:5: `image.src` is " "; expected a path relative to `content/images/`');
  // No `alt:` line to point at, so the problem sits on `image:`.
  assert.match(text, "content/team.md:4: image `network-map.jpg` has no `alt`; expected a text alternative describing the image");
});

errors.run();
