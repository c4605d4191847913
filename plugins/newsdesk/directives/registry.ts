// The block registry: which directive names exist, their kind, attributes and token type.
//
// HOW TO ADD A BLOCK (e.g. `blocks/stat.ts`)
// 1. Export a factory `(options: ResolvedOptions, md: MarkdownIt) => Block` from your file
//    (`md` for `md.utils.escapeHtml`, `md.renderInline`, …):
//
//      export function statBlock(options: ResolvedOptions, md: MarkdownIt): Block {
//        return {
//          directives: [
//            { name: "stat", kind: "leaf", token: "stat", label: "optional",
//              attributes: { label: { required: true }, value: { validate: isNumber, expected: "a number" } },
//              check: (d) => (d.label || d.attributes.value ? [] : ["`::stat`: ... expected ..."]) },
//            { name: "stats", kind: "container", token: "stats", attributes: { title: {} } },
//          ],
//          renderers: { stat: renderStat, stats_open: renderOpen, stats_close: renderClose },
//          install(md) { md.core.ruler.before("newsdesk_report", "stats_list", statsListRule) },
//        };
//      }
//
// 2. Add `statBlock` to the list in `blocks/index.ts`. Nothing in `directives/` changes.
//    Core rules run in this order: markdown-it's, then blocks' own, then `newsdesk_report` (last),
//    which turns the collected problems into `file:line` errors.
//
// WHAT THE PARSER GIVES YOU (token.info = name, token.meta = a `Directive`, token.map always set)
// - container `:::name[label]{attrs}` … `:::` → `<token>_open` (nesting 1), the content parsed as
//   Markdown blocks, `<token>_close` (nesting -1). Fences of 4+ colons nest around shorter ones.
// - leaf `::name[label]{attrs}` → one block token `<token>` (nesting 0); its label parsed as inline
//   Markdown into `token.children` (render with `self.renderInline(token.children, options, env)`).
// - inline `:name[content]{attrs}` → `<token>_open`, the content's inline tokens, `<token>_close`.
// Attribute names are checked against `attributes` (unknown / missing required / `validate`
// failing are reported, and unknown or invalid ones removed before rendering); `#x` is the
// attribute `id`, `.x` adds to `class` — list them to allow them.
// Invalid directives still produce tokens (with the valid attributes) so the page renders; the
// problems fail the build. To report your own problems from a core rule or renderer, call
// `reportProblem(env, line0, message)` from `directives/problems.ts` (line0 = token.map[0]).
// PERFORMANCE: begin every core rule with `if (!hasDirectives(state.env)) return;` (from
// `directives/problems.ts`): directive-free Markdown must stay within 3% of plain markdown-it.
import type { MarkdownIt, RendererRule as RenderRule, Token } from "markdown-it";

/** Where a directive may appear: its own fenced block, one line, or inside a paragraph. */
export type DirectiveKind = "container" | "leaf" | "inline";

/** One attribute a directive accepts. */
export interface AttributeSpec {
  /** The directive is reported when this attribute is missing. Default `false`. */
  required?: boolean;
  /** Returns `true` for an acceptable value; otherwise a problem names `expected`. */
  validate?: (value: string) => boolean;
  /** What a valid value looks like, for messages: `a number such as "42"`. */
  expected?: string;
}

/** A parsed directive as it reaches tokens (`token.meta`) and `check`. */
export interface Directive {
  name: string;
  kind: DirectiveKind;
  /** Raw text between `[` and `]`, or `undefined` when there were no brackets. */
  label?: string;
  /** Attribute values, unescaped (entities and backslash escapes decoded), never HTML-escaped. */
  attributes: Record<string, string>;
  /** 0-based line of the Markdown body where the directive starts. */
  line: number;
  /** Blocks may note their own findings here (pull quotes set `hidden`). */
  [extra: string]: unknown;
}

/** The directive a token came from (`token.meta`), or `undefined` for other tokens. */
export function directiveOf(token: Token): Directive | undefined {
  const meta = token.meta as Directive | null;
  return meta && typeof meta.name === "string" && typeof meta.kind === "string" ? meta : undefined;
}

/** How one directive name is parsed. */
export interface DirectiveSpec {
  /** The name after the colons: `pullquote`, `stat`. Letters, digits, `-` and `_`. */
  name: string;
  kind: DirectiveKind;
  /** Token type stem in markdown-it's snake_case: `pull_quote` → `pull_quote_open`. */
  token: string;
  /** Whether `[label]` is `"required"`, `"optional"` (default) or `"forbidden"`. */
  label?: "required" | "optional" | "forbidden";
  /** Known attributes; any other name is reported. */
  attributes: Record<string, AttributeSpec>;
  /** Checks across attributes/label; returns problem messages (empty when fine). */
  check?: (directive: Directive) => string[];
}

/** What a block file contributes: its directives, default renderers and any extra rules. */
export interface Block {
  directives: DirectiveSpec[];
  /** Default renderers by token type; the `renderers` option overrides them one by one. */
  renderers?: Record<string, RenderRule>;
  /** Extra markdown-it rules (core rules before `newsdesk_report`, etc.). */
  install?: (md: MarkdownIt) => void;
}

/** Directive specs by kind and name, built once per markdown-it instance. */
export interface Registry {
  get(kind: DirectiveKind, name: string): DirectiveSpec | undefined;
  /** Every registered name, written as an author would (`:::pullquote`, `::stat`, `:pull`). */
  written(): string[];
}

const COLONS: Record<DirectiveKind, string> = { container: ":::", leaf: "::", inline: ":" };

/** `:::pullquote`, `::stat`, `:pull`. */
export function writtenName(kind: DirectiveKind, name: string): string {
  return COLONS[kind] + name;
}

/** Builds the registry; a name registered twice for the same kind is a programming error. */
export function createRegistry(blocks: readonly Block[]): Registry {
  const byKind = new Map<DirectiveKind, Map<string, DirectiveSpec>>();
  for (const block of blocks) {
    for (const spec of block.directives) {
      const names = byKind.get(spec.kind) ?? new Map<string, DirectiveSpec>();
      if (names.has(spec.name)) throw new Error(`newsdesk: directive ${writtenName(spec.kind, spec.name)} registered twice`);
      names.set(spec.name, spec);
      byKind.set(spec.kind, names);
    }
  }
  return {
    get: (kind, name) => byKind.get(kind)?.get(name),
    written: () => [...byKind].flatMap(([kind, names]) => [...names.keys()].map((n) => writtenName(kind, n))),
  };
}
