// Finds the line that closes a container, skipping fenced code and nested containers.
import type { StateBlock } from "markdown-it";
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

/**
 * The line of the fence closing the container opened at `startLine` with `colons` colons, or -1.
 * A closing fence has at least as many colons as its opener; an inner registered container opened
 * in between takes the first fence long enough for it (so `::::outer` can hold `:::inner`). Lines
 * inside ``` or ~~~ code fences are never fences. Like markdown-it's `fence`, the search stops at
 * a line outdented below the current block (the end of a list item).
 */
export function containerEnd(state: StateBlock, startLine: number, endLine: number, colons: number, registry: Registry): number {
  const src = state.src;
  const inner: number[] = [];
  let codeMarker = 0;
  let codeLength = 0;
  for (let line = startLine + 1; line < endLine; line++) {
    const pos = state.bMarks[line] + state.tShift[line];
    const max = state.eMarks[line];
    if (pos < max && state.sCount[line] < state.blkIndent) return -1;
    if (state.sCount[line] - state.blkIndent >= 4) continue;
    const code = src.charCodeAt(pos);
    if (code === 0x60 || code === 0x7e) {
      const length = run(src, pos, max, code);
      if (codeMarker === 0 && length >= 3) [codeMarker, codeLength] = [code, length];
      else if (code === codeMarker && length >= codeLength && blankFrom(src, pos + length, max)) codeMarker = 0;
      continue;
    }
    if (codeMarker !== 0 || code !== 0x3a) continue;
    const length = run(src, pos, max, 0x3a);
    if (length < 3) continue;
    if (blankFrom(src, pos + length, max)) {
      if (inner.length && length >= inner[inner.length - 1]) inner.pop();
      else if (length >= colons) return line;
      continue;
    }
    const name = /^[A-Za-z][\w-]*/.exec(src.slice(pos + length, max))?.[0];
    if (name && registry.get("container", name)) inner.push(length);
  }
  return -1;
}
