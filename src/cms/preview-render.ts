// The CMS preview's renderer: the build's own article Markdown and front-matter checks, run in the browser.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { formatProblem, sortProblems } from "../../plugins/newsdesk/index.ts";
import { articleMarkdown } from "../articles/article-markdown.ts";
import { splitSource } from "../articles/split-source.ts";
import { locateField } from "../front-matter/locate.ts";
import { parseYaml } from "../front-matter/parse-yaml.ts";
import { validateFrontMatter } from "../front-matter/validate.ts";
import { site } from "../site.ts";
import { deferPullQuotes } from "../../layouts/partials/pull-quote-placement.ts";

/** A rendered preview: the article body's HTML and every problem the build would report. */
export interface PreviewResult {
  html: string;
  problems: Problem[];
}

/** Renders whole article files as `npm run build` would, for the preview pane. */
export interface PreviewRenderer {
  /** The article file `source` (front matter and body) at `file` (`content/news/x.md`). */
  renderFile(source: string, file: string): PreviewResult;
  /** A bare Markdown fragment, for the editor's component previews and for comparing bodies. */
  renderMarkdown(markdown: string): string;
  /** Problems as the build prints them: `content/news/x.md:12: …`. */
  describe(problems: readonly Problem[]): string[];
}

/**
 * The renderer: src/articles/article-markdown.ts with the plugin's options as the site sets them
 * (eleventy.config.ts), and src/front-matter/validate.ts for the front matter. Body images have
 * no image pipeline in the browser, so they preview as plain `<img>` of their source.
 */
export function previewRenderer(): PreviewRenderer {
  let problems: Problem[] = [];
  const render = articleMarkdown({
    plugin: { locale: site.language, timeZone: site.timeZone },
    onProblem: (problem) => void problems.push(problem),
    images: () => undefined,
  });
  const run = (body: string, file: string, bodyOffset: number): PreviewResult => {
    problems = [];
    // The article layout moves pull quotes that repeat the story a paragraph on: so does the preview.
    const html = deferPullQuotes(render({ body, inputPath: `./${file}`, file, url: "/", bodyOffset }));
    return { html, problems };
  };
  return {
    renderFile(source, file) {
      const split = splitSource(source);
      const result = run(split.body, file, split.bodyOffset);
      if (split.yaml !== undefined && !split.unclosed) {
        const parsed = parseYaml(split.yaml, 2);
        if (!parsed.ok) {
          result.problems.push({ file, line: parsed.line, message: `front matter: found invalid YAML (${parsed.reason}), expected \`key: value\` lines` });
          result.problems = sortProblems(result.problems);
          return result;
        }
        const data = parsed.data;
        for (const field of validateFrontMatter(data, site.timeZone, { now: Date.now(), production: true })) {
          result.problems.push({ file, line: locateField(source, field.path), message: field.message });
        }
      }
      result.problems = sortProblems(result.problems);
      return result;
    },
    renderMarkdown: (markdown) => run(markdown, "preview.md", 0).html,
    describe: (list) => list.map((p) => formatProblem(p)),
  };
}
