// A page outside news/ whose front matter is not YAML: where, and js-yaml's reason, for the build's report.

/**
 * Thrown by the site's front-matter engine (src/dates/dates-plugin.ts) inside Eleventy, which
 * wraps it in an error naming the template; src/dev/content-errors.ts joins the two into a
 * `file:line` problem. `line` is the file's 1-based line.
 */
export class PageFrontMatterError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`front matter: found invalid YAML (${reason}), expected \`key: value\` lines`);
    this.name = "PageFrontMatterError";
  }
}
