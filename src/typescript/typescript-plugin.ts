// Typed TypeScript templates, layouts and data files, run by tsx as Eleventy runs JavaScript ones.
import type { EleventyConfig } from "@11ty/eleventy";
import { pathToFileURL } from "node:url";

/**
 * `.11ty.ts` files are JavaScript templates (Eleventy's `11ty.js` engine) and `.ts` files in data
 * folders are data modules: both are imported as modules, which tsx, loaded before Eleventy by
 * `npm run build`, `npm start` and the tests, compiles on the way.
 */
export function typescriptPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addDataExtension("ts", {
    parser: async (file: string) => (await import(pathToFileURL(file).href)).default,
    read: false,
  });
}
