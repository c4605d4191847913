// Keeps an article body's own bytes wherever the CMS's Markdown editor wrote the same thing in its own way.

/** A body cut at blank lines: `chunks[i]` is text, `gaps[i]` the blank lines after it. */
interface Chunks {
  lead: string;
  chunks: string[];
  gaps: string[];
}

function cut(body: string): Chunks {
  const lead = /^(?:[ \t]*\n)*/.exec(body)![0];
  const parts = body.slice(lead.length).split(/(\n(?:[ \t]*\n)+|\n$)/);
  const chunks: string[] = [];
  const gaps: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === "" && i === parts.length - 1) break;
    chunks.push(parts[i]!);
    gaps.push(parts[i + 1] ?? "");
  }
  return { lead, chunks, gaps };
}

/** Pairs (i, j) of a longest common subsequence of `a` and `b`, in order. */
function commonPairs(a: readonly string[], b: readonly string[]): Map<number, number> {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs = new Map<number, number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) pairs.set(j++, i++);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The body to save: `edited` (what the editor wrote), except that every paragraph, list or block
 * that renders to the same HTML as one in `original` (in order) keeps the author's text. Rich-text
 * editors write Markdown in their own style (`_x_` for `*x*`, escaped punctuation, other list
 * markers); this way saving an article changes only the lines the author changed, and an article
 * saved unchanged is byte-identical. `render` is the site's renderer: equal HTML is equal content.
 */
export function mergeBody(original: string, edited: string, render: (markdown: string) => string): string {
  if (original === edited) return original;
  const before = cut(original);
  const after = cut(edited);
  const key = (chunk: string) => render(chunk).trim();
  const pairs = commonPairs(before.chunks.map(key), after.chunks.map(key));
  if (pairs.size === after.chunks.length && pairs.size === before.chunks.length) return original;
  let out = after.chunks.length ? before.lead : after.lead;
  after.chunks.forEach((chunk, j) => {
    const i = pairs.get(j);
    out += i === undefined ? chunk : before.chunks[i]!;
    const last = j === after.chunks.length - 1;
    // Between chunks, the author's own blank lines where both sides of the gap are theirs.
    const keepGap = i !== undefined && pairs.get(j + 1) === i + 1;
    out += last ? (/\n$/.test(original) ? "\n" : after.gaps[j]!) : keepGap ? before.gaps[i]! : after.gaps[j]!;
  });
  return out;
}
