// Author-facing problems: where (file:line), what was found, what was expected — and how to list them all.

/** One problem in an author's content, reported as `file:line: message`. */
export interface Problem {
  /** Project-relative path of the file, e.g. `content/news/foo.md`. */
  file: string;
  /** 1-based line in the file (front matter included), when known. */
  line?: number;
  /** What was found and what was expected, with code in backticks. */
  message: string;
  /** `error` fails the build; `warning` is printed. Defaults to `error`. */
  severity?: "error" | "warning";
}

/** Normalises Eleventy's `./content/x.md` (or an absolute path) to `content/x.md`. */
export function relativeFile(inputPath: string, cwd: string = process.cwd()): string {
  let file = inputPath.replace(/\\/g, "/");
  const root = cwd.replace(/\\/g, "/").replace(/\/?$/, "/");
  if (file.startsWith(root)) file = file.slice(root.length);
  return file.replace(/^\.\//, "");
}

/** `content/news/foo.md:42: message` (the line is left out when unknown). */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${where}: ${prefix}${problem.message}`;
}

/** Sorts problems by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** Every problem on its own line, grouped by file, sorted by line. */
export function formatProblems(problems: readonly Problem[]): string {
  return sortProblems(problems).map(formatProblem).join("\n");
}

/** Thrown when content has errors; `problems` holds every one of them, not only the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[], heading = "Newsdesk found problems in your content") {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(`${heading} (${count}):\n${formatProblems(sorted)}`);
    this.name = "ContentError";
    this.problems = sorted;
  }
}

/**
 * Number of lines before the Markdown body: an opening `---` line, the YAML, the closing `---`.
 * Body line N (1-based) is file line N + frontMatterLineCount(source). Zero without front matter.
 */
export function frontMatterLineCount(source: string): number {
  const lines = source.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? "")) return 0;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)\s*$/.test(lines[i])) return i + 1;
  }
  return 0;
}
