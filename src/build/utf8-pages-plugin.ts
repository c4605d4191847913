// Production builds hand Eleventy each HTML page as its UTF-8 bytes (src/build/utf8-pages.ts).
import type { EleventyConfig } from "@11ty/eleventy";
import { utf8Pages } from "./utf8-pages.ts";

/** Register it last: a transform after it would get a Buffer. */
export function utf8PagesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("newsdesk/utf8-pages", utf8Pages);
}
