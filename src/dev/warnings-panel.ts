// `npm start`: the warnings of a page's own source file (a stat figure the story does not state, a
// pull quote missing from the body), shown on the page itself, not only in the terminal.
import { html } from "../html.ts";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { ERROR_PAGE_CSS_URL, problemList } from "./error-page.ts";

/**
 * `page` (a whole HTML document) with a panel before `</body>` listing the warnings whose file is
 * `file`; `page` unchanged when there are none. The panel is a `<details>`, open, so an author
 * folds it away with a click or a key and no script runs. Only the dev server adds it: a
 * production build fails on errors and prints warnings.
 */
export function withWarningsPanel(page: string, file: string | undefined, warnings: readonly Problem[]): string {
  const mine = file === undefined ? [] : warnings.filter((warning) => warning.file === file);
  const end = page.lastIndexOf("</body>");
  if (mine.length === 0 || end < 0) return page;
  const count = mine.length === 1 ? "1 warning" : `${mine.length} warnings`;
  const panel = html`<link rel="stylesheet" href="${ERROR_PAGE_CSS_URL}">
<aside class="nd-dev-warnings" aria-label="Newsdesk preview warnings">
<details open>
<summary>Newsdesk: ${count} in <code>${file}</code> (preview only)</summary>
${problemList(mine)}
<p>A production build publishes this page; <code>AUTHORING.md</code> explains each warning.</p>
</details>
</aside>
`;
  return page.slice(0, end) + panel.toString() + page.slice(end);
}
