// `:pull[…]` keeps its words in the paragraph and places a pull quote of them after that block.
import type { StateCore, Token } from "markdown-it";
import { hasDirectives } from "../directives/problems.ts";
import { withoutLinks } from "./pull-quote-text.ts";

/** One lifted quote as block tokens: `pull_quote_open`, a paragraph of the quote, `pull_quote_close`. */
function liftedFigure(state: StateCore, children: Token[], start: number, end: number, map: [number, number] | null): Token[] {
  // The copy is always a duplicate of the paragraph: hidden from assistive technology, no links.
  const meta: Record<string, unknown> = { ...children[start].meta, hidden: true, lifted: true };
  const content = withoutLinks(children.slice(start + 1, end).filter((t) => t.type !== "pull_open" && t.type !== "pull_close"));
  const make = (type: string, tag: string, nesting: -1 | 0 | 1) => {
    const token = new state.Token(type, tag, nesting);
    token.block = type !== "inline";
    token.map = map;
    return token;
  };
  const open = make("pull_quote_open", "figure", 1);
  open.info = "pull";
  open.markup = ":";
  open.meta = meta;
  const inline = make("inline", "", 0);
  inline.content = String(meta.label ?? "");
  inline.children = content;
  const close = make("pull_quote_close", "figure", -1);
  close.info = "pull";
  close.meta = meta;
  return [open, make("paragraph_open", "p", 1), inline, make("paragraph_close", "p", -1), close];
}

/** Lifted quotes of one inline token, in the order they appear. */
function figuresOf(state: StateCore, inline: Token): Token[] {
  const children = inline.children ?? [];
  const figures: Token[] = [];
  for (let i = 0; i < children.length; i++) {
    if (children[i].type !== "pull_open") continue;
    let depth = 0;
    let end = i;
    for (; end < children.length; end++) {
      if (children[end].type === "pull_open") depth++;
      else if (children[end].type === "pull_close" && --depth === 0) break;
    }
    for (const token of liftedFigure(state, children, i, end, inline.map)) figures.push(token);
  }
  return figures;
}

/** Core rule `pull_quote_lift`: inserts each lifted quote after the block holding it. */
export function pullQuoteLift(state: StateCore): void {
  // `md.renderInline` has no block to place a figure after: the words just stay in the text.
  if (state.inlineMode || !hasDirectives(state.env)) return;
  const tokens = state.tokens;
  // Figures to place after token N. The token list is rebuilt once at the end: a splice per
  // paragraph is quadratic, and spreading tens of thousands of tokens into one call overflows the stack.
  const after = new Map<number, Token[]>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== "inline" || !token.children?.some((t) => t.type === "pull_open")) continue;
    // After the paragraph's (heading's) closing token; inside a table cell, since a figure
    // between cells would be invalid HTML.
    const next = tokens[i + 1];
    const inCell = next?.type === "td_close" || next?.type === "th_close";
    after.set(next?.nesting === -1 && !inCell ? i + 1 : i, figuresOf(state, token));
  }
  if (after.size === 0) return;
  const placed: Token[] = [];
  tokens.forEach((token, i) => {
    placed.push(token);
    for (const figure of after.get(i) ?? []) placed.push(figure);
  });
  state.tokens = placed;
}
