// The problems of an article body, found without building its page (for an article left out by its front matter).
import * as os from "node:os";
import * as path from "node:path";
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { articleMarkdown, type BodyJob } from "../articles/article-markdown.ts";
import { ImagePipeline } from "../images/image-pipeline.ts";
import { site } from "../site.ts";

let checker: { problems: Problem[]; images: ImagePipeline; render: (job: BodyJob) => string } | undefined;

/**
 * The problems rendering `job` would report (directives, images, raw HTML, nesting), without
 * rendering it for a page: for an article left out of the build by problems in its front matter,
 * so that its author sees every problem of the file at once. Images are looked up in
 * `<inputDir>/images` and not encoded. The plugin's options are the site's (`site.language`,
 * `site.timeZone`), as the site's config passes them. One markdown-it for the process.
 */
export function checkBody(job: BodyJob, inputDir: string): Problem[] {
  const problems: Problem[] = [];
  const images = new ImagePipeline(path.resolve(inputDir, "images"), os.tmpdir(), { encode: false });
  checker ??= {
    problems,
    images,
    render: articleMarkdown({ plugin: { locale: site.language, timeZone: site.timeZone }, onProblem: (p) => checker!.problems.push(p), images: () => checker!.images }),
  };
  checker.problems = problems;
  checker.images = images;
  checker.render(job);
  return [...problems, ...images.problems];
}
