// Renders article bodies for a build: in this thread, or in a worker thread beside Eleventy.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import type { NewsdeskOptions } from "../../plugins/newsdesk/index.ts";
import type { ImagePipeline } from "../images/image-pipeline.ts";
import { articleMarkdown, type BodyJob } from "./article-markdown.ts";
import { countWords } from "./reading-time.ts";

/**
 * A rendered body: its HTML and the words in it (for the reading time). Words are counted where
 * the body is rendered: in a worker build that is the other core, not the thread writing pages.
 */
export interface RenderedBody {
  html: string;
  words: number;
}

/** Renders a body and counts its words. */
export function renderedBody(html: string): RenderedBody {
  return { html, words: countWords(html) };
}

/** Turns article bodies into HTML for one build. */
export interface BodyRenderer {
  /** The body's HTML and word count. Problems found on the way go to the build's report. */
  render(job: BodyJob): Promise<RenderedBody>;
  /**
   * The order pages will ask for bodies in (the article pages' order, by URL): a renderer that
   * works beside Eleventy starts on them ahead of time, making each job (`job(i)`) only then.
   */
  expect(urls: readonly string[], job: (index: number) => BodyJob): void;
  /** Called once the build has rendered everything: waits for the renderer's own work to end. */
  finish(): Promise<void>;
  /** Stops at once (a build that failed before `finish`). */
  close(): void;
}

/** What every renderer needs. */
export interface RendererSettings {
  plugin: NewsdeskOptions;
  /** Every problem of a body (plugin directives, Markdown images), as it is found. */
  onProblem: (problem: Problem) => void;
}

/** Renders in this thread, with the build's own image pipeline. */
export function inProcessRenderer(settings: RendererSettings, images: () => ImagePipeline | undefined): BodyRenderer {
  const render = articleMarkdown({ plugin: settings.plugin, onProblem: settings.onProblem, images });
  return {
    render: async (job) => renderedBody(render(job)),
    expect: () => undefined,
    finish: async () => undefined,
    close: () => undefined,
  };
}

/**
 * Whether a build renders bodies in a worker thread. `NEWSDESK_RENDER_WORKER`: `on` or `off`;
 * otherwise production builds of at least {@link WORKER_MIN_ARTICLES} articles do, where the
 * worker's start (bundling its code, loading markdown-it and the plugin again on the other core)
 * pays for itself. `npm start` never does: one thread starts faster after each save.
 */
export function useRenderWorker(setting: string | undefined, articles: number, devMode: boolean): boolean {
  if (setting === "on") return true;
  if (setting === "off" || setting === "0" || setting === "false") return false;
  return !devMode && articles >= WORKER_MIN_ARTICLES;
}

/** The size of archive from which a production build renders bodies in a worker. */
export const WORKER_MIN_ARTICLES = 300;
