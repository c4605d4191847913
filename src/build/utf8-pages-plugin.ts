// Production builds hand Eleventy each page (HTML, feeds, sitemaps) as its UTF-8 bytes (src/build/utf8-pages.ts), let go of once written (written-pages.ts).
import type { EleventyConfig } from "@11ty/eleventy";
import { utf8Pages } from "./utf8-pages.ts";
import { WrittenPages } from "./written-pages.ts";

/** Register it last: a transform after it would get a Buffer. */
export function utf8PagesPlugin(eleventyConfig: EleventyConfig): void {
  const written = new WrittenPages();
  eleventyConfig.on("eleventy.before", () => written.start(Date.now()));
  eleventyConfig.addTransform("newsdesk/utf8-pages", function (this: { page?: { outputPath?: string | false } }, content: unknown) {
    const out = utf8Pages.call(this, content);
    if (!Buffer.isBuffer(out) || typeof this.page?.outputPath !== "string") return out;
    const turn = written.handed(this.page.outputPath, out);
    return turn ? turn.then(() => out) : out;
  });
  // First of every `afterBuild` handler (so before any `eleventy.after` one too): results read
  // the files of pages let go, whoever registered first.
  const events = eleventyConfig.events as NodeJS.EventEmitter;
  events.prependListener("afterBuild", (arg: { results?: ReadonlyArray<{ outputPath?: unknown; content?: unknown }> }) => written.serveFromFiles(arg.results));
}
