// Maps lines of a template's output back to the lines the author wrote, so problems name the file's line.

/** Above this many cells the middle of two documents is not diffed (an article's edits are small). */
const MAX_CELLS = 4_000_000;

/**
 * `original` is what the author wrote (a template's body), `rendered` what the template engine
 * made of it (what markdown-it parsed). Returns a function from a 0-based line of `rendered` to
 * the 0-based line of `original` it came from, or `undefined` when nothing ties it to one.
 *
 * Lines are compared without their indentation; a longest common subsequence of the two (after
 * their shared first and last lines are set aside) pairs the lines a template left alone. Blank
 * lines there are never paired: one blank line is like any other, and would tie a snippet (a
 * shortcode's content) to a place it is not. A line
 * the template changed (`{{ name }}` filled in) is placed after the nearest paired line above it,
 * as far below as it is in the output but above the next paired line; a template comment or
 * `{% if %}` that removed lines above it shifts nothing any more.
 */
export function lineMap(original: string, rendered: string): (line: number) => number | undefined {
  if (original === rendered) return (line) => line;
  const a = original.split(/\r?\n/).map((l) => l.trim());
  const b = rendered.split(/\r?\n/).map((l) => l.trim());
  // pairs[i] = the original line that rendered line i is, or -1.
  const pairs = new Int32Array(b.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) pairs[start] = start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) pairs[--endB] = --endA;
  const rows = endA - start;
  const cols = endB - start;
  if (rows > 0 && cols > 0 && rows * cols <= MAX_CELLS) pairMiddle(a, b, start, endA, endB, pairs);
  return (line) => {
    if (!(line >= 0 && line < b.length)) return undefined;
    if (pairs[line] >= 0) return pairs[line];
    let above = line - 1;
    while (above >= 0 && pairs[above] < 0) above--;
    let below = line + 1;
    while (below < b.length && pairs[below] < 0) below++;
    const next = below < b.length ? pairs[below] : a.length;
    if (above >= 0) return Math.min(pairs[above] + (line - above), Math.max(pairs[above] + 1, next - 1));
    // Nothing paired above: count back from the first paired line below.
    return below < b.length && pairs[below] - (below - line) >= 0 ? pairs[below] - (below - line) : undefined;
  };
}

/** Longest common subsequence of a[start..endA) and b[start..endB), written into `pairs`. */
function pairMiddle(a: string[], b: string[], start: number, endA: number, endB: number, pairs: Int32Array): void {
  const rows = endA - start;
  const cols = endB - start;
  const width = cols + 1;
  // lengths[(i) * width + j]: LCS of a[start+i..endA) and b[start+j..endB).
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lengths[i * width + j] = a[start + i] === b[start + j] && a[start + i] !== ""
        ? lengths[(i + 1) * width + j + 1] + 1
        : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (a[start + i] === b[start + j] && a[start + i] !== "") {
      pairs[start + j] = start + i;
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
}
