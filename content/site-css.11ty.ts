// The one stylesheet, /assets/site.css: src/styles/*.css, base.css first, then the rest alphabetically.
import * as fs from "node:fs";
import { fileURLToPath } from "node:url";
import { orderStylesheets } from "../src/styles/order-stylesheets.ts";

const stylesDir = fileURLToPath(new URL("../src/styles/", import.meta.url));

export const data = {
  permalink: "/assets/site.css",
  eleventyExcludeFromCollections: true,
};

/** Reads the stylesheets once per build (this page renders once) and joins them. */
export function render(): string {
  const files = orderStylesheets(fs.readdirSync(stylesDir));
  return files.map((name) => `/* ${name} */\n${fs.readFileSync(stylesDir + name, "utf8").trim()}\n`).join("\n");
}
