// markdown-it block rule for `:::container` … `:::` and `::leaf` lines, and their errors.
import type { StateBlock, Token } from "markdown-it";
import { readBlockLine } from "./block-line.ts";
import { containerEnd } from "./container-end.ts";
import { reportInlineProblems } from "./inline-problems.ts";
import { markDirectives, reportProblem } from "./problems.ts";
import { writtenName, type Directive, type Registry } from "./registry.ts";
import { nearest } from "./suggest.ts";
import { validateDirective } from "./validate.ts";

// Closing fences of unknown containers, per parse (one StateBlock per document, nested too).
const unknownCloses = new WeakMap<object, Set<number>>();

/** The closing fence of a misspelt container is not a second mistake: it is not reported. */
function ignoreClose(state: StateBlock, line: number): void {
  if (line >= 0) unknownCloses.set(state, (unknownCloses.get(state) ?? new Set<number>()).add(line));
}

/** The message for a block line whose name is not registered for its kind. */
function unknownMessage(registry: Registry, written: string, name: string, kind: "container" | "leaf"): string {
  const other = kind === "leaf" ? "container" : "leaf";
  if (registry.get(other, name)) {
    const expected = writtenName(other, name);
    return `found \`${written}\`, expected \`${expected}\` (\`${name}\` is a ${other} directive)`;
  }
  const known = registry.written().filter((w) => w.startsWith("::"));
  const guess = nearest(name, known.map((w) => w.replace(/^:+/, "")));
  const hint = guess ? `; did you mean \`${known.find((w) => w.replace(/^:+/, "") === guess)}\`?` : "";
  return `unknown directive \`${written}\`, expected one of ${known.map((w) => `\`${w}\``).join(", ")}${hint}`;
}

/** Creates the `newsdesk_directive` block rule for `registry`. */
export function directiveBlockRule(registry: Registry) {
  return function newsdeskDirective(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
    if (state.sCount[startLine] - state.blkIndent >= 4) return false;
    const pos = state.bMarks[startLine] + state.tShift[startLine];
    const max = state.eMarks[startLine];
    // Cheap first check: every directive line starts with `::`.
    if (state.src.charCodeAt(pos) !== 0x3a || state.src.charCodeAt(pos + 1) !== 0x3a) return false;
    const line = readBlockLine(state.src, pos, max, state.md.utils.unescapeAll);
    if (line.type === "none") return false;
    // `::: pullquote` is a registered name written with a space; any other `::: words` is text.
    const spacedKind = line.type === "spaced" ? (line.colons === 2 ? "leaf" : "container") : undefined;
    if (line.type === "spaced" && !registry.get(spacedKind!, line.name)) return false;
    // Directive lines interrupt paragraphs; the errors among them then render as text (below).
    if (silent) return true;

    if (line.type === "spaced") {
      const written = ":".repeat(line.colons) + line.name;
      reportProblem(state.env, startLine, `found \`${state.src.slice(pos, max).trim()}\`, expected \`${written}\` (no space between the colons and the name)`);
      if (spacedKind === "container") ignoreClose(state, containerEnd(state, startLine, endLine, line.colons, registry));
      return false;
    }
    if (line.type === "close") {
      if (unknownCloses.get(state)?.has(startLine)) return false;
      const fence = ":".repeat(line.colons);
      reportProblem(state.env, startLine, `found a closing \`${fence}\` with no open directive, expected it after a \`${fence}name\` line (or remove it)`);
      return false;
    }
    const kind = line.colons === 2 ? "leaf" : "container";
    const written = state.src.slice(pos, pos + line.colons) + line.name;
    const spec = registry.get(kind, line.name);
    if (!spec) {
      reportProblem(state.env, startLine, unknownMessage(registry, written, line.name, kind));
      if (kind === "container") ignoreClose(state, containerEnd(state, startLine, endLine, line.colons, registry));
      return false;
    }
    let closeLine = -1;
    if (kind === "container") {
      closeLine = containerEnd(state, startLine, endLine, line.colons, registry);
      if (closeLine < 0) {
        // Never swallow the rest of the article: the opener stays text, what follows renders.
        reportProblem(state.env, startLine, `\`${written}\` is never closed: expected a line \`${":".repeat(line.colons)}\` after its content (the opening line is shown as text until then)`);
        return false;
      }
    }
    const directive: Directive = { name: line.name, kind, label: line.label, attributes: line.attributes, line: startLine, spaced: line.spaced };
    for (const message of [...line.errors, ...validateDirective(spec, directive)]) reportProblem(state.env, startLine, message);
    const markup = state.src.slice(pos, pos + line.colons);
    markDirectives(state.env);

    if (kind === "leaf") {
      const token = state.push(spec.token, "div", 0);
      token.block = true;
      token.info = line.name;
      token.markup = markup;
      token.meta = directive;
      token.map = [startLine, startLine + 1];
      token.content = line.label ?? "";
      token.children = [];
      if (line.label) state.md.inline.parse(line.label, state.md, state.env, token.children);
      reportInlineProblems(token.children, startLine, state.env);
      state.line = startLine + 1;
      return true;
    }

    const oldParent = state.parentType;
    const oldLineMax = state.lineMax;
    state.parentType = "container" as StateBlock["parentType"];
    state.lineMax = closeLine;
    const open: Token = state.push(`${spec.token}_open`, "div", 1);
    open.block = true;
    open.info = line.name;
    open.markup = markup;
    open.meta = directive;
    open.map = [startLine, closeLine + 1];
    state.md.block.tokenize(state, startLine + 1, closeLine);
    const close = state.push(`${spec.token}_close`, "div", -1);
    close.block = true;
    close.info = line.name;
    close.meta = directive;
    close.markup = state.src.slice(state.bMarks[closeLine] + state.tShift[closeLine], state.eMarks[closeLine]).trim();
    close.map = [closeLine, closeLine + 1];
    state.parentType = oldParent;
    state.lineMax = oldLineMax;
    state.line = closeLine + 1;
    return true;
  };
}
