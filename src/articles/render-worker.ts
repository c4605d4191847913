// The worker thread that renders article bodies (started by src/articles/worker-renderer.ts).
// Everything an article body needs runs here: markdown-it with the plugin, heading anchors, and
// Markdown images with an image pipeline of its own (its encodings are awaited at `finish`).
import { parentPort, workerData } from "node:worker_threads";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { ImagePipeline } from "../images/image-pipeline.ts";
import { articleMarkdown } from "./article-markdown.ts";
import { renderedBody } from "./body-renderer.ts";
import type { FromWorker, ToWorker, WorkerSettings } from "./render-worker-messages.ts";

const settings = workerData as WorkerSettings;
const port = parentPort!;
const images = new ImagePipeline(settings.imagesDir, settings.outputDir);
let problems: Problem[] = [];
const render = articleMarkdown({ plugin: settings.plugin, onProblem: (problem) => problems.push(problem), images: () => images });
const send = (message: FromWorker) => port.postMessage(message);
/** How many of the pipeline's problems have gone to the build. */
let sentImageProblems = 0;
const newImageProblems = () => {
  const fresh = images.problems.slice(sentImageProblems);
  sentImageProblems = images.problems.length;
  return fresh;
};

port.on("message", (message: ToWorker) => {
  if (message.type === "render") {
    for (const { id, job } of message.jobs) {
      problems = [];
      try {
        const { html, words } = renderedBody(render(job));
        // Image problems of this body go with it; the pipeline keeps each once per build.
        send({ type: "rendered", id, html, words, problems: [...problems, ...newImageProblems()] });
      } catch (error) {
        send({ type: "failed", id, message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack });
      }
    }
    return;
  }
  images.settle().then(
    // An image that fails to encode is found only now, after its body went: its problem goes here.
    () => send({ type: "finished", problems: newImageProblems() }),
    (error: unknown) => send({ type: "finish-failed", message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack }),
  );
});
