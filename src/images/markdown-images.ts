// markdown-it plugin: `![alt](src)` in an article body becomes a lazy, responsive `<picture>`.
import path from "node:path";
import type { MarkdownIt, StateCore } from "markdown-it";
import type { ImagePipeline } from "./image-pipeline.ts";
import { BODY_SIZES } from "./image-options.ts";
import { frontMatterLineCount, relativeFile } from "../../plugins/newsdesk/index.ts";
import { readSource } from "../front-matter/read-source.ts";
import { bodyFigures } from "./body-figures.ts";


/**
 * `md.use(markdownImages, () => pipeline)`. Paths starting with `/` are read from the input
 * folder (`/images/x.jpg` is `content/images/x.jpg`); others are relative to the Markdown file.
 * A missing file, a file outside the content folder, a remote or `data:` image (the site's
 * Content-Security-Policy allows only its own) or an empty `alt` is reported with the file's
 * line, and the image is dropped.
 */
export function markdownImages(md: MarkdownIt, getPipeline: () => ImagePipeline | undefined): void {
  // Inline tokens know their block's line; images inside them do not. Copy it onto each image.
  md.core.ruler.push("newsdesk_image_lines", (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children || !block.map) continue;
      for (const child of block.children) {
        if (child.type === "image") child.meta = { ...child.meta, bodyLine: block.map[0] + 1 };
      }
    }
  });

  // An image with its caption under it is a figure (body-figures.ts).
  md.core.ruler.push("newsdesk_body_figures", bodyFigures);

  const fallback = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const pipeline = getPipeline();
    const src = String(token.attrGet("src") ?? "");
    // Eleventy renders Markdown with the page's data as markdown-it's `env`.
    const inputPath = (env as { page?: { inputPath?: string } } | undefined)?.page?.inputPath;
    if (!pipeline || !inputPath) {
      return fallback ? fallback(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    }
    const bodyLine = (token.meta?.bodyLine as number | undefined) ?? 1;
    // An article's env says where its body is (src/articles/article-markdown.ts); for a page
    // Eleventy renders, the file is read for its front-matter offset only if a problem is reported.
    const located = env as { file?: unknown; lineOffset?: unknown };
    const where =
      typeof located.file === "string" && typeof located.lineOffset === "number"
        ? { file: located.file, line: bodyLine + located.lineOffset }
        : { file: relativeFile(inputPath), line: () => bodyLine + frontMatterLineCount(readSource(inputPath)) };
    if (/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(src)) {
      // The site's Content-Security-Policy (`img-src 'self'`) would block it on the page, and a
      // remote image is another site's to change or take down.
      const kind = /^data:/i.test(src) ? "a `data:` image" : "an image from another site";
      pipeline.report(where, `image \`${src.length > 60 ? `${src.slice(0, 57)}...` : src}\` is ${kind}; expected a file in \`content/images/\` (e.g. \`![alt](/images/chart.png)\`): the site's Content-Security-Policy allows only its own images`);
      return "";
    }
    let decoded = src;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      // A stray `%` is part of the file name; the lookup below reports it if there is no such file.
    }
    const file = decoded.startsWith("/")
      ? path.join(path.dirname(pipeline.imagesDir), decoded)
      : path.join(path.dirname(inputPath), decoded);
    // markdown-it keeps the alt text as child tokens; their plain text is the alternative.
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    return pipeline.picture(file, src, alt, where, { sizes: BODY_SIZES, className: "article-image" });
  };
}
