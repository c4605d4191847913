// Encoded images are kept between builds in node_modules/.cache, and a build publishes only the ones its pages use.
import * as fs from "node:fs";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { IMAGE_CACHE_DIR } from "../../src/images/image-options.ts";
import { buildCopy, siteCopy } from "../helpers/site-copy.ts";

const Cache = suite<{ project: string }>("the image cache between production builds");

Cache.before((context) => {
  context.project = siteCopy("newsdesk-image-cache-");
});

function build(project: string) {
  const run = buildCopy(project);
  assert.is(run.status, 0, run.stderr);
}
const story = (title: string, image: string) =>
  `---\ntitle: ${title}\ndate: 2024-05-02\nimage:\n  src: ${image}\n  alt: A drawing for the story\n---\nBody.\n`;
const published = (project: string) => (fs.existsSync(path.join(project, "_site/img")) ? fs.readdirSync(path.join(project, "_site/img")).sort() : []);

Cache("publishes the images a build uses, from the cache, and drops those of a removed article", ({ project }) => {
  fs.writeFileSync(path.join(project, "content/news/map.md"), story("The map story", "network-map.jpg"));
  fs.writeFileSync(path.join(project, "content/news/bars.md"), story("The bars story", "falling-bars.jpg"));
  build(project);
  const first = published(project);
  assert.ok(first.some((f) => f.startsWith("network-map-")) && first.some((f) => f.startsWith("falling-bars-")), first.join(", "));
  for (const file of first) assert.ok(fs.existsSync(path.join(IMAGE_CACHE_DIR, file)), `${file} is kept in the cache`);

  const cached = path.join(IMAGE_CACHE_DIR, first.find((f) => f.startsWith("network-map-"))!);
  const encodedAt = fs.statSync(cached).mtimeMs;
  fs.rmSync(path.join(project, "content/news/bars.md"));
  build(project);
  const second = published(project);
  assert.ok(second.some((f) => f.startsWith("network-map-")), "the kept article's image is published again");
  assert.not.ok(second.some((f) => f.startsWith("falling-bars-")), "a removed article's image is not published");
  assert.is(fs.statSync(cached).mtimeMs, encodedAt, "the image was not encoded again");
});

Cache.run();
