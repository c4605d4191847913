// Splits an article file into its YAML front matter and its Markdown body, keeping line numbers.

/** An article file, split: the YAML between the `---` lines (if any) and the Markdown after them. */
export interface SplitSource {
  /** The YAML text, or `undefined` for a file that does not open with a `---` line. */
  yaml: string | undefined;
  /** True when the opening `---` has no closing `---` (or `...`) line. */
  unclosed: boolean;
  /** The Markdown body. */
  body: string;
  /** Lines before the body: body line N is file line N + bodyOffset. */
  bodyOffset: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

/**
 * The same split as Eleventy's front-matter reader (gray-matter) for the files authors write:
 * a first line `---`, YAML, a line `---` (or `...`), then the body. A byte-order mark is ignored.
 * Without a closing line the whole file is reported as unclosed front matter and has no body.
 */
export function splitSource(source: string): SplitSource {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const firstEnd = lineEnd(text, 0);
  if (!FENCE.test(text.slice(0, firstEnd).replace(/\r$/, ""))) {
    return { yaml: undefined, unclosed: false, body: text, bodyOffset: 0 };
  }
  let start = nextLine(text, firstEnd);
  let line = 1;
  const yamlStart = start;
  while (start < text.length) {
    const end = lineEnd(text, start);
    line++;
    if (CLOSE.test(text.slice(start, end).replace(/\r$/, ""))) {
      return { yaml: text.slice(yamlStart, start), unclosed: false, body: text.slice(nextLine(text, end)), bodyOffset: line };
    }
    start = nextLine(text, end);
  }
  return { yaml: text.slice(yamlStart), unclosed: true, body: "", bodyOffset: line };
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf("\n", from);
  return at < 0 ? text.length : at;
}

function nextLine(text: string, end: number): number {
  return Math.min(end + 1, text.length);
}
