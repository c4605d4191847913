// Replaces Eleventy's error printing for content mistakes: the author gets `file:line: message`
// lines, not a stack trace. Other errors (bugs, broken code) keep Eleventy's full output.
import type { Problem } from "../../plugins/newsdesk/index.ts";
import { findContentProblems, formatReport } from "./content-errors.ts";

/** The part of Eleventy's EleventyErrorHandler we wrap (src/Errors/EleventyErrorHandler.js). */
export interface ErrorHandlerLike {
  error(error: unknown, message?: string): void;
}

/** What the reporter does besides printing. */
export interface ReporterOptions {
  /** Print Eleventy's full output (stack traces) for content errors too. */
  verbose: boolean;
  /** Where the report goes; default `console.error`. */
  print?: (text: string) => void;
  /** Called for every build error: the content problems, or `undefined` for another error. */
  onError?: (problems: Problem[] | undefined, error: unknown) => void;
}

/** True when an engineer asked for stack traces: `--verbose`, `NEWSDESK_DEBUG=1` or `DEBUG=Eleventy*`. */
export function wantsStackTraces(verboseFlag: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return verboseFlag || /^(1|true|yes)$/i.test(env.NEWSDESK_DEBUG ?? "") || /eleventy/i.test(env.DEBUG ?? "");
}

/**
 * Wraps `handler.error` (which `fatal`, `once` and Eleventy's watch loop all go through). Content
 * errors print once as a report; everything else is passed to Eleventy unchanged.
 */
export function installErrorReporter(handler: ErrorHandlerLike, options: ReporterOptions): void {
  const original = handler.error.bind(handler);
  const print = options.print ?? ((text: string) => console.error(text));
  handler.error = (error: unknown, message?: string) => {
    const problems = findContentProblems(error);
    options.onError?.(problems, error);
    if (problems && !options.verbose) print(formatReport(problems));
    else original(error, message);
  };
}
