// A stock Eleventy 3 blog that installs eleventy-plugin-newsdesk from npm and adds it with one line.
import newsdesk from "eleventy-plugin-newsdesk";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(newsdesk, { locale: "en-GB", timeZone: "Europe/London" });
  // The plugin's stylesheet, copied from the installed package beside the site's own.
  eleventyConfig.addPassthroughCopy({ "node_modules/eleventy-plugin-newsdesk/newsdesk.css": "css/newsdesk.css" });
  eleventyConfig.addPassthroughCopy({ css: "css" });
  eleventyConfig.addFilter("readableDate", (date) =>
    new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" }).format(date),
  );
}

export const config = {
  // Eleventy's defaults, written out as a starter blog does: Markdown and HTML go through Nunjucks first.
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk", "liquid", "11ty.js"],
  dir: { input: "content", includes: "../_includes", data: "../_data", output: "_site" },
};
