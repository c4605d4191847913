import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pageUrlClashes, type UrlSource } from "../../src/articles/page-url-clashes.ts";

const Clashes = suite("pageUrlClashes");
const PAGES = new Map([["/news/", "content/news-front.11ty.ts"], ["/robots.txt", "content/robots.txt.11ty.ts"], ["/topics/courts/", "content/topic-pages.11ty.ts"]]);
const article = (url: string, data: UrlSource["data"] = {}): UrlSource => ({ file: "content/news/a.md", source: "---\ntitle: A\nslug: a\n---\n", url, data });

Clashes("an article under a page's folder, or beside it, is fine", () => {
  assert.equal(pageUrlClashes([article("/topics/courts/a/"), article("/news/2023/05/02/a/"), article("/robots/")], PAGES), []);
});

Clashes("the same URL, or a folder where a file is, is named at the field that made the URL", () => {
  const problems = pageUrlClashes([article("/news/", { slug: "a" }), article("/robots.txt/a/")], PAGES);
  assert.equal(problems.map((p) => [p.line, p.message]), [
    [3, "`slug`: found the URL `/news/`, which `content/news-front.11ty.ts` already writes, expected a URL no other page of the site has"],
    [2, "`title`: found the URL `/robots.txt/a/`, under `/robots.txt`, which `content/robots.txt.11ty.ts` writes as a file, expected a URL no other page of the site has"],
  ]);
});

Clashes.run();
