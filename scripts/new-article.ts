// `npm run new -- "Headline of the story"`: creates content/news/<slug>.md as a draft and prints
// its path. NEWSDESK_CONTENT_DIR points it elsewhere (tests use a temp dir).
import { site } from "../src/site.ts";
import { createArticle, NewArticleError } from "../src/authoring/new-article.ts";

const contentDir = process.env.NEWSDESK_CONTENT_DIR || "content/news";
try {
  const file = createArticle({ title: process.argv.slice(2).join(" "), contentDir, zone: site.timeZone });
  console.log(file);
} catch (error) {
  if (!(error instanceof NewArticleError)) throw error;
  console.error(`npm run new: ${error.message}`);
  process.exitCode = 1;
}
