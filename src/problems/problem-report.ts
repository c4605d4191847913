// The build's one problem report: front matter, directives, images and pages all feed it; it fails the build once.
import { ContentError, formatProblem, type Problem } from "../../plugins/newsdesk/index.ts";

/** What Eleventy's `eleventy.after` event says of the build: the pages it wrote. */
export interface WrittenBuild {
  results?: ReadonlyArray<{ url?: string | false }>;
}

/** Work that ends a build; it may return problems it found. */
export type Finisher = (build: WrittenBuild) => Promise<readonly Problem[] | void>;

/**
 * Collects one build's problems. Errors are kept once each (a feed renders the newest bodies
 * again, so the same directive problem arrives twice) and thrown together by {@link finish};
 * warnings are printed as they arrive, once each. Work that may still find problems when the
 * pages are written (a render worker, image encoding) registers a finisher, which
 * {@link finish} awaits before it reports: no handler order to get right.
 */
export class ProblemReport {
  readonly #errors = new Map<string, Problem>();
  readonly #warned = new Set<string>();
  readonly #warnings: Problem[] = [];
  readonly #finishers: Finisher[] = [];
  readonly #warn: (text: string) => void;

  constructor(warn: (text: string) => void = (text) => console.warn(`[newsdesk] ${text}`)) {
    this.#warn = warn;
  }

  /** Records a problem; a bound function, so it can be handed around as `onProblem`. */
  readonly add = (problem: Problem): void => {
    const text = formatProblem(problem);
    if (problem.severity === "warning") {
      if (this.#warned.has(text)) return;
      this.#warn(text);
      this.#warned.add(text);
      this.#warnings.push(problem);
      return;
    }
    if (!this.#errors.has(text)) this.#errors.set(text, problem);
  };

  /** Records every problem of `problems`. */
  addAll(problems: Iterable<Problem>): void {
    for (const problem of problems) this.add(problem);
  }

  /**
   * Work to wait for before the report is made, once per build, in the order registered. A
   * finisher may return more problems (those it carries from an earlier build, say).
   */
  beforeFinish(finisher: Finisher): void {
    this.#finishers.push(finisher);
  }

  /** A new build: forgets every problem (finishers stay registered). */
  reset(): void {
    this.#errors.clear();
    this.#warned.clear();
    this.#warnings.length = 0;
  }

  /** This build's warnings so far, each once, in the order they were found. */
  get warnings(): Problem[] {
    return [...this.#warnings];
  }

  /** This build's errors so far, in the order they were found. */
  get errors(): Problem[] {
    return [...this.#errors.values()];
  }

  /**
   * Runs the finishers with what Eleventy says of the written build, then throws a
   * {@link ContentError} listing every error, if there is one.
   */
  async finish(build: WrittenBuild = {}): Promise<void> {
    for (const finisher of this.#finishers) this.addAll((await finisher(build)) ?? []);
    if (this.#errors.size) throw new ContentError(this.errors);
  }
}
