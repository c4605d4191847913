// Finds the line that closes a container: one pass per block of lines matches every fence, skipping code and HTML.
import type { StateBlock } from "markdown-it";
import { htmlBlockEnds, htmlBlockStart } from "./html-block.ts";
import type { Registry } from "./registry.ts";

function run(src: string, pos: number, max: number, code: number): number {
  let end = pos;
  while (end < max && src.charCodeAt(end) === code) end++;
  return end - pos;
}

function blankFrom(src: string, pos: number, max: number): boolean {
  for (; pos < max; pos++) if (src.charCodeAt(pos) !== 0x20 && src.charCodeAt(pos) !== 0x09) return false;
  return true;
}

/** What a line is to the fence search. */
type LineEvent =
  | { type: "opener"; colons: number; registered: boolean }
  | { type: "fence"; colons: number }
  | { type: "outdent" };

/**
 * Calls `visit` for each line from `from` to `endLine` that matters: container openers, bare
 * fences (`:::`), and a line outdented below the current block (the end of a list item, where the
 * search stops, as markdown-it's `fence` does). Lines inside code fences are skipped, as markdown-it
 * reads them (a backtick line whose info string holds a backtick opens none). Inside an HTML
 * block a `:::name` line is HTML, not an opener, but a bare fence still closes (it ends the
 * container, and markdown-it cuts the HTML block there).
 */
function scan(state: StateBlock, from: number, endLine: number, registry: Registry, visit: (line: number, event: LineEvent) => boolean | void): void {
  const src = state.src;
  const html = state.md.options.html;
  let codeMarker = 0;
  let codeLength = 0;
  let htmlType = 0;
  let previousBlank = true;
  for (let line = from; line < endLine; line++) {
    const pos = state.bMarks[line] + state.tShift[line];
    const max = state.eMarks[line];
    const blank = pos >= max;
    if (!blank && state.sCount[line] < state.blkIndent) {
      visit(line, { type: "outdent" });
      return;
    }
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (blank) {
      if (htmlType >= 6) htmlType = 0;
      continue;
    }
    const code = src.charCodeAt(pos);
    if (codeMarker !== 0) {
      const length = state.sCount[line] - state.blkIndent < 4 && code === codeMarker ? run(src, pos, max, code) : 0;
      if (length >= codeLength && blankFrom(src, pos + length, max)) codeMarker = 0;
      continue;
    }
    const indented = state.sCount[line] - state.blkIndent >= 4;
    if (!indented && code === 0x3a) {
      const length = run(src, pos, max, 0x3a);
      if (length >= 3 && blankFrom(src, pos + length, max)) {
        htmlType = 0;
        if (visit(line, { type: "fence", colons: length }) === true) return;
        continue;
      }
      const name = length >= 3 ? /^[A-Za-z][\w-]*/.exec(src.slice(pos + length, max))?.[0] : undefined;
      if (name && htmlType === 0) {
        if (visit(line, { type: "opener", colons: length, registered: !!registry.get("container", name) }) === true) return;
        continue;
      }
    }
    if (htmlType > 0) {
      if (htmlType < 6 && htmlBlockEnds(htmlType, src.slice(pos, max))) htmlType = 0;
      continue;
    }
    if (indented) continue;
    if (code === 0x60 || code === 0x7e) {
      const length = run(src, pos, max, code);
      const backtick = src.indexOf("`", pos + length);
      // CommonMark: a backtick fence's info string may not contain a backtick.
      if (length >= 3 && (code === 0x7e || backtick < 0 || backtick >= max)) [codeMarker, codeLength] = [code, length];
      continue;
    }
    if (html && code === 0x3c /* < */) {
      htmlType = htmlBlockStart(src.slice(pos, max), wasBlank);
      if (htmlType > 0 && htmlType < 6 && htmlBlockEnds(htmlType, src.slice(pos, max))) htmlType = 0;
    }
  }
}

/** The matches of one block of lines (a document, a container's content, a list item, …). */
interface Pass {
  /** Where each line started when the pass ran (-1 before its first line): a changed block re-runs it. */
  starts: Int32Array;
  /** Opener line → its closing line, or -1 when it has none. */
  closes: Map<number, number>;
  /** Fences no registered container took, in order: `[line, colons]`. */
  free: [number, number][];
}

// One pass per parse state and block of lines: every opener's close comes out of a single pass,
// so a document of thousands of unclosed openers costs one pass, not one per opener.
const passes = new WeakMap<StateBlock, Map<string, Pass>>();

function passOf(state: StateBlock, startLine: number, endLine: number, registry: Registry): Pass {
  const key = `${state.blkIndent}:${endLine}:${state.parentType}`;
  const byKey = passes.get(state) ?? new Map<string, Pass>();
  passes.set(state, byKey);
  const known = byKey.get(key);
  if (known && known.starts[startLine] === state.bMarks[startLine] + state.tShift[startLine]) return known;

  const starts = new Int32Array(endLine + 1).fill(-1);
  for (let line = startLine; line < endLine; line++) starts[line] = state.bMarks[line] + state.tShift[line];
  const closes = new Map<number, number>();
  const free: [number, number][] = [];
  const stack: { line: number; colons: number }[] = [];
  const unclosed = (from: number) => {
    for (const open of stack.splice(from)) closes.set(open.line, -1);
  };
  scan(state, startLine, endLine, registry, (line, event) => {
    if (event.type === "opener") {
      if (event.registered) stack.push({ line, colons: event.colons });
    } else if (event.type === "fence") {
      // The innermost open container the fence is long enough for; any opened inside it stay unclosed.
      let i = stack.length - 1;
      while (i >= 0 && stack[i].colons > event.colons) i--;
      if (i < 0) {
        free.push([line, event.colons]);
        return;
      }
      closes.set(stack[i].line, line);
      unclosed(i + 1);
      stack.length = i;
    }
  });
  unclosed(0);
  const pass = { starts, closes, free };
  byKey.set(key, pass);
  return pass;
}

/**
 * The line of the fence closing the container opened at `startLine` with `colons` colons, or -1.
 * A closing fence has at least as many colons as its opener; an inner registered container opened
 * in between takes the first fence long enough for it (so `::::outer` can hold `:::inner`, and
 * `:::a` can hold `:::b`). Code fences and HTML blocks are read as markdown-it reads them (see
 * `scan`), and the search stops at a line outdented below the current block.
 */
export function containerEnd(state: StateBlock, startLine: number, endLine: number, colons: number, registry: Registry): number {
  const pass = passOf(state, startLine, endLine, registry);
  const known = pass.closes.get(startLine);
  if (known !== undefined) return known;
  // An unregistered name (reported as a mistake; its own fence is then not reported again), or a
  // line the pass read differently: the first fence after it that no registered container took.
  const { free } = pass;
  let low = 0;
  let high = free.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (free[middle][0] <= startLine) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < free.length; i++) if (free[i][1] >= colons) return free[i][0];
  return -1;
}
