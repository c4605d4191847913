// The page `npm start` serves instead of a stale article while content has problems: the same
// `file:line: message` lines as the terminal, escaped, with the previewed page's own file first.
import { escapeHtml, html, raw, type SafeHtml } from "../html.ts";
import { formatProblem, type Problem } from "../../plugins/newsdesk/index.ts";
import { groupByFile, reportHeading } from "./content-errors.ts";

/** URL of the error page's stylesheet, served by the dev middleware (no inline styles: CSP). */
export const ERROR_PAGE_CSS_URL = "/.newsdesk/error-page.css";

/** Escapes a message and turns its `code` spans into <code> elements. */
export function messageToHtml(message: string): SafeHtml {
  const parts = message.split(/(`[^`]*`)/);
  return raw(
    parts
      .map((part) =>
        part.length > 1 && part.startsWith("`") && part.endsWith("`")
          ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
          : escapeHtml(part),
      )
      .join(""),
  );
}

/** The `file:line: message` list, each message escaped, code spans as `<code>`. */
export function problemList(problems: readonly Problem[]): SafeHtml {
  return html`<ul class="nd-problems">
${problems.map((p) => {
  const where = formatProblem({ ...p, message: "" }).replace(/: $/, "");
  return html`<li><code class="nd-where">${where}</code>: ${messageToHtml(p.message)}</li>\n`;
})}</ul>`;
}

/**
 * A complete HTML document listing every problem, grouped by file. `currentFile` (the source of
 * the page the author is previewing, when known) is listed first and marked.
 */
export function renderErrorPage(problems: readonly Problem[], currentFile?: string): string {
  const groups = [...groupByFile(problems).entries()];
  groups.sort(([a], [b]) => Number(b === currentFile) - Number(a === currentFile));
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problems — preview</title>
<link rel="stylesheet" href="${ERROR_PAGE_CSS_URL}">
</head>
<body>
<main class="nd-error-page">
<h1>${reportHeading(problems).replace(/:$/, "")}</h1>
<p>The preview stops here until they are fixed. Save the file and this page reloads by itself.
<code>AUTHORING.md</code> explains each message.</p>
${groups.map(
  ([file, list]) => html`<section aria-labelledby="${idFor(file)}">
<h2 id="${idFor(file)}">${file}${file === currentFile ? html` <span class="nd-this-page">(this page)</span>` : ""}</h2>
${problemList(list)}
</section>
`,
)}</main>
</body>
</html>`}\n`;
}

function idFor(file: string): string {
  return `file-${file.replace(/[^A-Za-z0-9]+/g, "-")}`;
}
