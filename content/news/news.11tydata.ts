// Every Markdown file in content/news/ is an article.
export default {
  layout: "article.11ty.ts",
  tags: ["news"],
};
