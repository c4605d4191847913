// The messages between the build and its body-rendering worker (src/articles/render-worker.ts).
import type { Problem } from "../../plugins/newsdesk/index.ts";
import type { NewsdeskOptions } from "../../plugins/newsdesk/index.ts";
import type { BodyJob } from "./article-markdown.ts";

/** What the worker is started with: the plugin's options and where images are read and written. */
export interface WorkerSettings {
  plugin: NewsdeskOptions;
  imagesDir: string;
  outputDir: string;
}

/** Build → worker: bodies to render, in batches (answered one by one, in order); then `finish`. */
export type ToWorker = { type: "render"; jobs: { id: number; job: BodyJob }[] } | { type: "finish" };

/**
 * Worker → build. `words` are the body's words (src/articles/reading-time.ts); `problems` are the body's own (directives, its images), as they were found;
 * `finished` comes once every image the worker queued is written, with the problems of any that could not be.
 */
export type FromWorker =
  | { type: "rendered"; id: number; html: string; words: number; problems: Problem[] }
  | { type: "failed"; id: number; message: string; stack?: string }
  | { type: "finished"; problems: Problem[] }
  | { type: "finish-failed"; message: string; stack?: string };
