// A production build that found articles and wrote none of their pages fails.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { missingArticlePages } from "../../src/articles/missing-article-pages.ts";
import { buildSite, errorText } from "../helpers/build-site.ts";

const Missing = suite("missingArticlePages");

Missing("says nothing when the articles' pages were written, or there are no articles", () => {
  const articles = [{ url: "/news/2024/01/02/a/" }, { url: "/news/2024/01/03/b/" }];
  assert.equal(missingArticlePages(articles, [{ url: "/" }, { url: "/news/2024/01/02/a/" }], "content/news"), []);
  assert.equal(missingArticlePages([], [{ url: "/" }], "content/news"), []);
});

Missing("names the folder, the count and a URL that should have been written", () => {
  const [problem] = missingArticlePages([{ url: "/news/2024/01/02/a/" }, { url: "/news/2024/01/03/b/" }], [{ url: "/" }, { url: false }], "content/news");
  assert.is(problem!.file, "content/news");
  assert.match(problem!.message, "found 2 articles and wrote no article page; expected one page each at its URL (e.g. `/news/2024/01/02/a/`)");
});

Missing.run();

const Build = suite("a build whose article pages are taken away");

Build("fails, naming the news folder, rather than deploying a site without its stories", async () => {
  const build = await buildSite({
    files: {
      "news/only-story.md": "---\ntitle: The only story\ndate: 2024-05-02\n---\nBody.\n",
      // A site owner's directory data that overrides every page's permalink in news/.
      "news/news.11tydata.json": JSON.stringify({ eleventyComputed: { permalink: false } }),
    },
  });
  assert.ok(build.error, "the build must fail");
  assert.match(errorText(build), "content/news: found 1 article and wrote no article page");
});

Build.run();
