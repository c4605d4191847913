// markdown-it inline rule for `:name[content]{attributes}` of registered inline directives.
import type { StateInline } from "markdown-it";
import { parseAttributes, type SpacedValue } from "./attributes.ts";
import { linesBefore, PROBLEM_TOKEN } from "./inline-problems.ts";
import { markDirectives } from "./problems.ts";
import type { Directive, Registry } from "./registry.ts";
import { validateDirective } from "./validate.ts";

function isAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Whether the character before `pos` is part of a word (a letter, digit or combining mark in any
 * script, `café:pull[x]`, `東京:pull[x]`) or a colon: a name glued to one is text.
 */
function gluedBefore(src: string, pos: number): boolean {
  if (pos === 0) return false;
  const code = src.charCodeAt(pos - 1);
  if (code === 0x3a) return true;
  if (code < 0x80) return isAlnum(code);
  const char = code >= 0xdc00 && code <= 0xdfff && pos >= 2 ? src.slice(pos - 2, pos) : src[pos - 1];
  return /[\p{L}\p{N}\p{M}]/u.test(char);
}

function pushProblem(state: StateInline, at: number, message: string): void {
  markDirectives(state.env);
  const token = state.push(PROBLEM_TOKEN, "", 0);
  token.meta = { message, offset: linesBefore(state.src, at) };
}

/** Creates the `newsdesk_inline_directive` inline rule for `registry`. */
export function directiveInlineRule(registry: Registry) {
  return function newsdeskInlineDirective(state: StateInline, silent: boolean): boolean {
    const start = state.pos;
    const src = state.src;
    if (src.charCodeAt(start) !== 0x3a /* : */) return false;
    // `10:1`, `n:th`, `https://`, `::x`: a name glued to a word or colon is never a directive.
    if (gluedBefore(src, start)) return false;
    let pos = start + 1;
    while (pos < state.posMax && (isAlnum(src.charCodeAt(pos)) || src.charCodeAt(pos) === 0x2d || src.charCodeAt(pos) === 0x5f)) pos++;
    const name = src.slice(start + 1, pos);
    const spec = name ? registry.get("inline", name) : undefined;
    if (!spec || src.charCodeAt(pos) !== 0x5b /* [ */) return false;

    const labelEnd = state.md.helpers.parseLinkLabel(state, pos, false);
    if (labelEnd < 0) {
      if (silent) return false;
      pushProblem(state, start, `\`:${name}\`: unterminated content: found \`:${name}[\` without its \`]\`, expected \`:${name}[quoted text]\``);
      state.pending += src.slice(start, pos);
      state.pos = pos;
      return true;
    }
    let end = labelEnd + 1;
    let attributes: Record<string, string> = {};
    let spaced: SpacedValue[] = [];
    let attributeError: string | undefined;
    if (src.charCodeAt(end) === 0x7b /* { */) {
      const parsed = parseAttributes(src, end, state.posMax, true, state.md.utils.unescapeAll);
      // A broken list stays text after the directive, so nothing the author wrote is lost.
      if (parsed.ok) [attributes, end, spaced] = [parsed.attributes, parsed.end, parsed.spaced];
      else attributeError = `\`:${name}\`: ${parsed.message}`;
    }
    if (silent) {
      state.pos = end;
      return true;
    }
    const directive: Directive & { relative: boolean } = {
      name, kind: "inline", label: src.slice(pos + 1, labelEnd), attributes, spaced, line: linesBefore(src, start), relative: true,
    };
    markDirectives(state.env);
    const open = state.push(`${spec.token}_open`, "span", 1);
    open.info = name;
    open.markup = ":";
    open.meta = directive;
    const oldMax = state.posMax;
    state.pos = pos + 1;
    state.posMax = labelEnd;
    state.md.inline.tokenize(state);
    state.posMax = oldMax;
    const close = state.push(`${spec.token}_close`, "span", -1);
    close.markup = ":";
    close.meta = directive;
    for (const message of [...(attributeError ? [attributeError] : []), ...validateDirective(spec, directive)]) {
      pushProblem(state, start, message);
    }
    state.pos = end;
    return true;
  };
}
