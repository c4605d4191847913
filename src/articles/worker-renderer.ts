// A BodyRenderer that renders in a worker thread, so Markdown runs on the second core while
// Eleventy renders and writes pages on this one.
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import * as path from "node:path";
import type { BodyJob } from "./article-markdown.ts";
import type { BodyRenderer, RenderedBody, RendererSettings } from "./body-renderer.ts";
import type { FromWorker, ToWorker, WorkerSettings } from "./render-worker-messages.ts";
import { bundleWorker } from "./worker-bundle.ts";

/**
 * How many bodies the worker renders ahead of the page Eleventy is on. Eleventy renders one
 * paginated page after the other, so without work queued ahead each page would wait for a
 * round trip; a window (not the whole site) bounds the finished HTML held in memory. Wide
 * enough that the worker, whose pace on a shared core varies, rarely falls behind (narrower
 * windows left the main thread waiting for bodies: docs/performance.md).
 */
export const RENDER_AHEAD = 256;

/**
 * How many bodies are sent when the build starts. Until Eleventy asks for the first article page
 * (after reading templates and paging through the collections) the worker has nothing else to
 * do: it renders the first pages' bodies then.
 */
export const RENDER_AHEAD_AT_START = 1024;

/** Bodies sent at once when the window moves on (it is refilled once this many have been taken). */
export const RENDER_BATCH = 16;

const WORKER_URL = new URL("./render-worker.ts", import.meta.url);
const CACHE_DIR = new URL("../../node_modules/.cache/newsdesk/", import.meta.url);

/**
 * The worker thread, started on the bundled JavaScript of src/articles/render-worker.ts
 * (src/articles/worker-bundle.ts). Should bundling fail (a read-only `node_modules`), on the
 * TypeScript itself: a worker thread does not inherit tsx's module hooks (however the build was
 * started), so it registers them before importing it. `execArgv: []` keeps a parent's `--import
 * tsx` from registering them in the worker.
 */
function startWorker(workerData: WorkerSettings): Worker {
  let bundle: URL | undefined;
  try {
    bundle = bundleWorker(WORKER_URL, CACHE_DIR);
  } catch {
    bundle = undefined;
  }
  if (bundle) return new Worker(bundle, { execArgv: [], workerData });
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: [], workerData });
}

/**
 * Starts the worker now (it loads its modules while Eleventy reads templates). Jobs are answered
 * in the order they are sent; a crashed worker fails every waiting job with its error.
 */
export function workerRenderer(settings: RendererSettings, where: Omit<WorkerSettings, "plugin">): BodyRenderer {
  const workerSettings: WorkerSettings = { plugin: settings.plugin, ...where };
  const worker = startWorker(workerSettings);
  const waiting = new Map<number, { resolve: (body: RenderedBody) => void; reject: (error: Error) => void }>();
  let finishing: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let crashed: Error | undefined;
  let next = 0;

  const fail = (error: Error) => {
    crashed ??= error;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
    finishing?.reject(error);
  };
  worker.on("error", fail);
  worker.on("exit", (code) => {
    if (code !== 0 || waiting.size || finishing) fail(new Error(`the article rendering worker stopped (exit code ${code})`));
  });
  worker.on("message", (message: FromWorker) => {
    switch (message.type) {
      case "rendered": {
        message.problems.forEach(settings.onProblem);
        waiting.get(message.id)?.resolve({ html: message.html, words: message.words });
        waiting.delete(message.id);
        idle();
        break;
      }
      case "failed": {
        const error = Object.assign(new Error(message.message), { stack: message.stack });
        waiting.get(message.id)?.reject(error);
        waiting.delete(message.id);
        idle();
        break;
      }
      case "finished": {
        message.problems.forEach(settings.onProblem);
        const done = finishing;
        finishing = undefined;
        done?.resolve();
        break;
      }
      case "finish-failed": {
        const done = finishing;
        finishing = undefined;
        done?.reject(Object.assign(new Error(message.message), { stack: message.stack }));
      }
    }
  });
  // Only waiting jobs keep the process alive: a build that fails elsewhere must still exit.
  worker.unref();
  const post = (message: ToWorker) => {
    worker.ref();
    worker.postMessage(message);
  };
  const idle = () => {
    if (!waiting.size && !finishing) worker.unref();
  };

  // Jobs wait here until the current turn ends, then go in one message: a message per body
  // cost the main thread more than cloning the bodies.
  let batch: { id: number; job: BodyJob }[] = [];
  const flush = () => {
    const jobs = batch;
    batch = [];
    if (jobs.length) post({ type: "render", jobs });
  };
  const submit = (job: BodyJob): Promise<RenderedBody> => {
    if (crashed) return Promise.reject(crashed);
    const id = next++;
    const result = new Promise<RenderedBody>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      if (!batch.length) queueMicrotask(flush);
      batch.push({ id, job });
    });
    // A body rendered ahead for a page that is never asked for must not be an unhandled rejection.
    result.catch(() => undefined);
    return result;
  };

  // Bodies expected in page order, and those sent ahead (by URL) whose page has not asked yet.
  let expected: readonly string[] = [];
  let jobAt: (index: number) => BodyJob = () => {
    throw new Error("no job expected");
  };
  let position = new Map<string, number>();
  let sentUpTo = 0;
  const ahead = new Map<string, Promise<RenderedBody>>();
  const sendAheadTo = (end: number) => {
    for (; sentUpTo < Math.min(end, expected.length); sentUpTo++) {
      ahead.set(expected[sentUpTo]!, submit(jobAt(sentUpTo)));
    }
  };

  return {
    render(job: BodyJob): Promise<RenderedBody> {
      // Only pages met in order move the window: a feed asking for the newest article must not
      // send the whole site ahead.
      const at = position.get(job.url);
      if (at !== undefined && at < sentUpTo && sentUpTo - (at + 1) < RENDER_AHEAD - RENDER_BATCH) sendAheadTo(at + 1 + RENDER_AHEAD);
      const early = ahead.get(job.url);
      if (early) {
        ahead.delete(job.url);
        return early;
      }
      return submit(job);
    },
    expect(urls: readonly string[], job: (index: number) => BodyJob): void {
      expected = urls;
      jobAt = job;
      position = new Map(urls.map((url, i) => [url, i]));
      sentUpTo = 0;
      ahead.clear();
      sendAheadTo(RENDER_AHEAD_AT_START);
    },
    async finish(): Promise<void> {
      if (crashed) throw crashed;
      await new Promise<void>((resolve, reject) => {
        finishing = { resolve, reject };
        flush();
        post({ type: "finish" });
      });
      await worker.terminate();
    },
    close(): void {
      void worker.terminate();
    },
  };
}

/** The URL of tsx's ESM `register()` API (read from its package exports, as Node would resolve it). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}
