// The /admin/ page's script: Decap CMS with Newsdesk's format, editor components, checks and preview (bundled by src/cms/admin-bundle.ts).
import CMS from "decap-cms-app/dist/decap-cms-app.js";
import { createElement, type ReactElement } from "react";
import type { Problem } from "../../../plugins/newsdesk/index.ts";
import { articleFormat, ORIGINAL_FILE } from "../article-format.ts";
import { ARTICLE_FORMAT } from "../cms-config.ts";
import { DIRECTIVE_COMPONENTS } from "../directive-components.ts";
import { previewRenderer } from "../preview-render.ts";

// validate.ts measures a permalink's segments in UTF-8 bytes with Node's Buffer.
const g = globalThis as { Buffer?: unknown };
g.Buffer ??= { byteLength: (text: string) => new TextEncoder().encode(text).length };

type ImmutableLike = { toJS(): unknown; get(key: string): unknown };
interface PreviewProps {
  entry: ImmutableLike;
}

const preview = previewRenderer();
const format = articleFormat(preview.renderMarkdown);
const ARTICLES_FOLDER = "content/news";

/** The file an entry is saved as, and its text: what the build will read. */
function entryFile(entry: ImmutableLike): { file: string; source: string } {
  const data = (entry.get("data") as ImmutableLike | undefined)?.toJS() as Record<string, unknown> | undefined;
  const path = entry.get("path");
  const file = typeof path === "string" && path ? path : `${ARTICLES_FOLDER}/(new article).md`;
  return { file, source: format.toFile(data ?? {}) };
}

function problemList(problems: readonly Problem[]): ReactElement | null {
  if (!problems.length) return null;
  return createElement(
    "section",
    { className: "cms-problems", role: "alert", "aria-labelledby": "cms-problems-title" },
    createElement("h2", { id: "cms-problems-title" }, problems.length === 1 ? "1 problem the build would report" : `${problems.length} problems the build would report`),
    createElement("ul", null, ...preview.describe(problems).map((text, i) => createElement("li", { key: i }, createElement("code", null, text)))),
  );
}

/** The preview pane: the article body exactly as the build renders it, and its problems with their lines. */
function ArticlePreview({ entry }: PreviewProps): ReactElement {
  const { file, source } = entryFile(entry);
  const result = preview.renderFile(source, file);
  const data = ((entry.get("data") as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
  return createElement(
    "main",
    { className: "cms-preview" },
    problemList(result.problems),
    createElement(
      "article",
      { className: "article" },
      createElement(
        "header",
        { className: "article__header" },
        createElement("h1", { className: "article__headline" }, String(data.title ?? "")),
        data.dek ? createElement("p", { className: "dek" }, String(data.dek)) : null,
      ),
      createElement("div", { className: "article__body", "data-newsdesk-preview-body": "", dangerouslySetInnerHTML: { __html: result.html } }),
    ),
  );
}

CMS.registerCustomFormat(ARTICLE_FORMAT, "md", format);
for (const component of DIRECTIVE_COMPONENTS) {
  CMS.registerEditorComponent({ ...component, toPreview: (data: Record<string, unknown>) => preview.renderMarkdown(component.toBlock(data)) });
}
CMS.registerPreviewStyle(new URL("../assets/site.css", location.href).href);
CMS.registerPreviewStyle(new URL("cms-preview.css", location.href).href);
CMS.registerPreviewTemplate("articles", ArticlePreview as never);
// The build's checks before every save: an article the build would refuse is not saved.
CMS.registerEventListener({
  name: "preSave",
  handler: ({ entry }: { entry: ImmutableLike }) => {
    const { file, source } = entryFile(entry);
    const { problems } = preview.renderFile(source, file);
    const errors = problems.filter((p) => p.severity !== "warning");
    if (errors.length) throw new Error(`Not saved: ${preview.describe(errors).join("; ")}`);
    return undefined;
  },
});
// For tests and for anyone checking the preview against a built page from the console.
(globalThis as Record<string, unknown>).newsdeskPreview = { ...preview, toFile: format.toFile, fromFile: format.fromFile, ORIGINAL_FILE };
CMS.init();
