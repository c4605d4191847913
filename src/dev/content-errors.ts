// Finds the author's content problems inside whatever Eleventy threw, and prints them for people:
// one `file:line: message` line each, grouped by file, no stack trace.
import { formatProblem, sortProblems, type Problem } from "../../plugins/newsdesk/index.ts";

/**
 * The problems of a `ContentError` anywhere in an error's chain (Eleventy wraps errors in
 * `originalError`; Node uses `cause`), or a page's invalid front matter at its line
 * (src/front-matter/page-front-matter-error.ts), or `undefined` for any other error. Duck-typed: in the
 * dev server a module can be loaded in several generations, so `instanceof` would miss.
 */
export function findContentProblems(error: unknown): Problem[] | undefined {
  const seen = new Set<unknown>();
  let ref: unknown = error;
  // The page whose front matter Eleventy was reading, from its wrapper's message.
  let template: string | undefined;
  while (ref && typeof ref === "object" && !seen.has(ref)) {
    seen.add(ref);
    const candidate = ref as { name?: unknown; message?: unknown; problems?: unknown; line?: unknown; originalError?: unknown; cause?: unknown };
    if (candidate.name === "ContentError" && Array.isArray(candidate.problems)) {
      return candidate.problems as Problem[];
    }
    const reading = typeof candidate.message === "string" ? FRONT_MATTER_OF.exec(candidate.message) : null;
    if (reading) template = reading[1];
    if (candidate.name === "PageFrontMatterError" && template && typeof candidate.line === "number") {
      return [{ file: template.replace(/^\.\//, ""), line: candidate.line, message: String(candidate.message) }];
    }
    ref = candidate.originalError ?? candidate.cause;
  }
  return undefined;
}

/** Eleventy's wrapper of a front-matter error (TemplateContent.js): "… from template ./content/about.md". */
const FRONT_MATTER_OF = /^Having trouble reading front matter from template (\S+)$/;

/** Problems grouped by file (in sorted order), each group's problems sorted by line. */
export function groupByFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const problem of sortProblems(problems)) {
    const group = groups.get(problem.file) ?? [];
    group.push(problem);
    groups.set(problem.file, group);
  }
  return groups;
}

/** `N problems in M files:` — the heading of a report. */
export function reportHeading(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return `Newsdesk found ${count} in ${files === 1 ? "1 file" : `${files} files`}:`;
}

/**
 * The report an author reads: a heading, then each file's `file:line: message` lines, a blank
 * line between files, and a last line saying how to get the stack trace.
 */
export function formatReport(problems: readonly Problem[]): string {
  const blocks = [...groupByFile(problems).values()].map((group) => group.map(formatProblem).join("\n"));
  return [reportHeading(problems), "", blocks.join("\n\n"), "", VERBOSE_HINT].join("\n");
}

/** Told once per report, so engineers know where the stack trace went. */
export const VERBOSE_HINT = "(Stack traces: run with --verbose or NEWSDESK_DEBUG=1.)";
