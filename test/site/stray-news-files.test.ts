// Page templates in the news folder are reported, never built raw or dropped without a word.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { strayNewsFiles } from "../../src/articles/stray-news-files.ts";
import { buildSite, errorText } from "../helpers/build-site.ts";

const Stray = suite("strayNewsFiles");

Stray("names each template file, in order, and leaves articles, images and data files alone", () => {
  const problems = strayNewsFiles(["b.md", "x.html", "2024/old.njk", "photo.jpg", "news.json", "news.11tydata.js", "page.11ty.ts", ".drafts/y.html"], "content/news");
  assert.equal(problems.map((p) => p.file), ["content/news/2024/old.njk", "content/news/page.11ty.ts", "content/news/x.html"]);
  assert.is(
    problems[2]!.message,
    "found a page template (`x.html`) in the news folder, expected only Markdown articles (`.md`) and data files there; move the page elsewhere in the input folder to build it",
  );
});

Stray.run();

const Build = suite("a build with a page in the news folder");

Build("fails naming the file, and publishes nothing of it", async () => {
  const build = await buildSite({
    files: {
      "news/story.md": "---\ntitle: A story\ndate: 2024-05-02\n---\nBody.\n",
      "news/x.html": "<script>alert(1)</script>\n",
    },
  });
  assert.match(errorText(build), "content/news/x.html: found a page template (`x.html`) in the news folder");
  assert.not.ok(build.results.some((page) => page.url === "/news/x.html"), "the raw page was written");
});

Build.run();
