// `npm run new -- "Headline of the story"`: creates content/news/<slug>.md as a draft and prints
// its path. NEWSDESK_CONTENT_DIR points it elsewhere (tests use a temp dir).
// `npm run new -- --page <kind>` writes one of the newsroom's site pages into content/ and prints
// its path; `--pages` writes every one that is missing and lists what it wrote and skipped.
// NEWSDESK_PAGES_DIR points those at another content folder.
import { site } from "../src/site.ts";
import { createArticle, NewArticleError } from "../src/authoring/new-article.ts";
import { createPage, createPages, NewPageError } from "../src/authoring/new-page.ts";
import { parseNewCommand } from "../src/authoring/new-command.ts";

const contentDir = process.env.NEWSDESK_CONTENT_DIR || "content/news";
const pagesDir = process.env.NEWSDESK_PAGES_DIR || "content";
try {
  const command = parseNewCommand(process.argv.slice(2));
  if (command.make === "article") {
    console.log(createArticle({ title: command.title, contentDir, zone: site.timeZone }));
  } else if (command.make === "page") {
    console.log(createPage(command.kind, { pagesDir, siteName: site.title }));
  } else {
    const { written, skipped } = createPages({ pagesDir, siteName: site.title });
    for (const file of written) console.log(`wrote   ${file}`);
    for (const file of skipped) console.log(`skipped ${file} (it exists)`);
  }
} catch (error) {
  if (!(error instanceof NewArticleError || error instanceof NewPageError)) throw error;
  console.error(`npm run new: ${error.message}`);
  process.exitCode = 1;
}
