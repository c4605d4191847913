// Feeds are not pages: no layout, not in any collection, rendered after the articles they quote.
export default {
  layout: false,
  eleventyExcludeFromCollections: true,
  eleventyImport: { collections: ["articles"] },
};
