// The markdown-it that renders article bodies: Eleventy's defaults, typographer, the plugin, images, heading anchors.
import MarkdownIt from "markdown-it";
import { newsdeskMarkdown } from "../../plugins/newsdesk/index.ts";
import type { NewsdeskOptions } from "../../plugins/newsdesk/index.ts";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import type { ImagePipeline } from "../images/image-pipeline.ts";
import { markdownImages } from "../images/markdown-images.ts";
import { headingAnchors } from "../markdown/heading-anchors.ts";
import { readArticleBody } from "./article-text.ts";
import { bodySafety, renderSafely } from "../body-safety/body-safety.ts";

/** What rendering an article needs besides its text. */
export interface ArticleMarkdownSettings {
  /** The plugin's options (validated by the plugin). */
  plugin: NewsdeskOptions;
  /** Receives each problem the plugin finds (unknown directive, bad attribute, …) with its file line. */
  onProblem: (problem: Problem) => void;
  /** The build's image pipeline (Markdown images become `<picture>`s). */
  images: () => ImagePipeline | undefined;
  /** Hosts an `<iframe>` in a body may come from. Default: `site.embedHosts`. */
  embedHosts?: readonly string[];
}

/** What rendering one article body needs: its Markdown and where it is (for problems and images). */
export interface BodyJob {
  /** The Markdown body; absent when the article let go of its text: then read from `inputPath`. */
  body?: string;
  /** `./content/news/x.md`. */
  inputPath: string;
  /** `content/news/x.md`, as problems show it. */
  file: string;
  url: string;
  /** Lines before the body in the file. */
  bodyOffset: number;
}

/** markdown-it's `env` for an article: where it is, so problems and images know their file and line. */
interface ArticleEnv {
  page: { inputPath: string; url: string };
  file: string;
  lineOffset: number;
}

/**
 * One markdown-it for every article of a build. Eleventy's own options (`html: true`), curly
 * quotes and dashes (a newsroom prints them, not the typewriter ones authors type), the plugin's
 * directives, responsive images and heading anchors; raw HTML checked against the allow-list and
 * nesting markdown-it would cut off reported (src/body-safety/). A body markdown-it cannot render
 * (its stack runs out) is a problem, not a stack trace. Returns the renderer ArticleItem uses.
 */
export function articleMarkdown(settings: ArticleMarkdownSettings): (job: BodyJob) => string {
  const md = new MarkdownIt({ html: true, typographer: true });
  md.use(newsdeskMarkdown, {
    ...settings.plugin,
    onProblem: settings.onProblem,
    locate: (env: ArticleEnv) => ({ file: env.file, lineOffset: env.lineOffset }),
  });
  md.use(markdownImages, settings.images);
  md.use(headingAnchors);
  md.use(bodySafety, { onProblem: settings.onProblem, locate: (env: unknown) => env as ArticleEnv, embedHosts: settings.embedHosts });
  return (job) => {
    const env: ArticleEnv = {
      page: { inputPath: job.inputPath, url: job.url },
      file: job.file,
      lineOffset: job.bodyOffset,
    };
    return renderSafely(() => md.render(job.body ?? readArticleBody(job.inputPath), { ...env }), { file: job.file, line: job.bodyOffset + 1 }, settings.onProblem);
  };
}
