// Lets go of each HTML page's bytes once Eleventy has written them, and serves `results` from the files.
import fs from "node:fs";

/** How far a file's time may trail the build's clock and still be this build's. */
const CLOCK_SLACK_MS = 1000;

/**
 * Pages handed over between two turns of the event loop: the most that can wait to be let go.
 * A turn costs little (the files written meanwhile are looked at then, as they would be anyway).
 */
export const RELEASE_EVERY = 32;

/** One page handed to Eleventy as bytes of their own (an ArrayBuffer no other page shares). */
interface Handed {
  outputPath: string;
  bytes: Buffer;
}

/**
 * Eleventy keeps every page it writes until the build ends (its `results`, and a rendered-page
 * cache per template): at 10,000 articles, over 200 MB of pages nothing reads again. This frees
 * each page's bytes once its file is on disk, and makes each such result's `content` read the
 * file, so whatever reads `results` afterwards (site search, a site's own `eleventy.after`
 * handler, the test helpers) gets the same bytes from where they now are.
 *
 * "On disk" is checked, not assumed: Eleventy writes a page synchronously right after its last
 * transform (its default `writeMode`), so by the next turn of the event loop the file should
 * be there; a page is let go only when its file has this build's time (not an earlier build's
 * file at the same path) and exactly its bytes' length. A page whose file is not yet so (a
 * site set `writeMode: "async"`) is looked at again on a later turn, and kept if never.
 *
 * Eleventy renders page after page in one chain of promises, and a chain of promises never lets
 * the event loop turn: left alone, nothing would be let go before the build ends. So every
 * {@link RELEASE_EVERY}th page handed over comes with a turn for its transform to wait for.
 */
export class WrittenPages {
  #pending: Handed[] = [];
  #released = new Set<string>();
  /** The next turn of the event loop, when pages wait to be let go. */
  #turn: Promise<void> | undefined;
  #sinceTurn = 0;
  #buildStart = 0;

  /** A new build, started at `now` (ms since the epoch, as file times are). */
  start(now: number): void {
    this.#pending = [];
    this.#released.clear();
    // File times come from the kernel's coarse clock, which can trail `Date.now()` by a tick.
    this.#buildStart = now - CLOCK_SLACK_MS;
  }

  /**
   * `bytes` is what Eleventy will write at `outputPath`; its memory is its own (byteOffset 0,
   * the whole ArrayBuffer), or it is never let go: detaching a shared one would empty others.
   * Returns, for every {@link RELEASE_EVERY}th page, a turn of the event loop (the pages written
   * by then let go) for the caller to wait for before Eleventy writes this one.
   */
  handed(outputPath: string, bytes: Buffer): Promise<void> | undefined {
    if (bytes.byteOffset !== 0 || bytes.buffer.byteLength !== bytes.length || bytes.length === 0) return undefined;
    this.#pending.push({ outputPath, bytes });
    if (!this.#turn) {
      this.#sinceTurn = 0;
      this.#turn = new Promise<void>((resolve) =>
        setImmediate(() => {
          this.#turn = undefined;
          this.#releaseWritten();
          resolve();
        }),
      );
    }
    return ++this.#sinceTurn % RELEASE_EVERY === 0 ? this.#turn : undefined;
  }

  /** The paths let go of so far: their `results` entries must read the file. */
  get released(): ReadonlySet<string> {
    return this.#released;
  }

  #releaseWritten(): void {
    const waiting: Handed[] = [];
    for (const page of this.#pending) {
      if (isWritten(page, this.#buildStart)) {
        // Transferring the ArrayBuffer detaches it: the Buffer Eleventy holds is now empty, and
        // the memory goes with the unreferenced clone.
        structuredClone(page.bytes.buffer, { transfer: [page.bytes.buffer] });
        this.#released.add(page.outputPath);
      } else waiting.push(page);
    }
    this.#pending = waiting;
  }

  /**
   * Gives each result whose bytes were let go a `content` that reads its file (a Buffer, as the
   * page was handed over). Run before anything reads `results`: Eleventy's `afterBuild`, which
   * comes before `eleventy.after`.
   */
  serveFromFiles(results: ReadonlyArray<{ outputPath?: unknown; content?: unknown }> | undefined): void {
    // Every page is written by now: the last ones are let go here, not on a later turn that
    // would find their results already served.
    this.#releaseWritten();
    // What is not written even now is kept: nothing is let go after its result is served.
    this.#pending = [];
    for (const result of results ?? []) {
      const outputPath = result.outputPath;
      if (typeof outputPath !== "string" || !this.#released.has(outputPath)) continue;
      Object.defineProperty(result, "content", { configurable: true, enumerable: true, get: () => fs.readFileSync(outputPath) });
    }
  }
}

function isWritten(page: Handed, buildStart: number): boolean {
  try {
    const stat = fs.statSync(page.outputPath);
    return stat.size === page.bytes.length && stat.mtimeMs >= buildStart;
  } catch {
    return false;
  }
}
