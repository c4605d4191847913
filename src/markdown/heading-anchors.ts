// markdown-it plugin: stable, unique ids on `h2`/`h3` from slugify, and a visible link to share each.
import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { toSlug } from "../slugs/to-slug.ts";

/** Ids the page shell already uses; a heading never takes one of them. */
const RESERVED = new Set(["main", "top", "content", "article"]);

/**
 * Lowercase ASCII slug of a heading (the site's slugify settings); `section` when nothing is
 * left. slugify spells `<` and `>` as words (`less`, `greater`): in a heading they are punctuation.
 */
export function headingSlug(text: string): string {
  return toSlug(text.replace(/[<>]/g, " ")) || "section";
}

/** `base`, or `base-2`, `base-3`… — the first not yet in `taken` (which it then joins). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id) || RESERVED.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * `md.use(headingAnchors)`. Ids come from the heading's text (an explicit `{#id}` style attr set
 * by another rule wins). The anchor follows the heading, inside a wrapper, so the heading's own
 * text stays clean for outlines; its accessible name is the heading's, via `aria-labelledby`.
 */
export function headingAnchors(md: MarkdownIt, levels: readonly string[] = ["h2", "h3"]): void {
  md.core.ruler.push("newsdesk_heading_ids", (state: StateCore) => {
    const taken = new Set<string>();
    const tokens = state.tokens;
    for (const token of tokens) {
      const id = token.type === "heading_open" ? token.attrGet("id") : null;
      if (id !== null) taken.add(String(id));
    }
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i];
      if (open.type !== "heading_open" || !levels.includes(open.tag) || open.attrGet("id")) continue;
      const text = (tokens[i + 1]?.children ?? []).map(plainText).join("");
      open.attrSet("id", uniqueId(headingSlug(text), taken));
      open.meta = { ...open.meta, anchored: true };
    }
  });

  const defaultRender = (tokens: Token[], idx: number, options: any, _env: unknown, self: any) =>
    self.renderToken(tokens, idx, options);
  const openRule = md.renderer.rules.heading_open ?? defaultRender;
  const closeRule = md.renderer.rules.heading_close ?? defaultRender;
  md.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
    const wrap = tokens[idx].meta?.anchored ? `<div class="heading-anchored">` : "";
    return wrap + openRule(tokens, idx, options, env, self);
  };
  md.renderer.rules.heading_close = (tokens, idx, options, env, self) => {
    const closed = closeRule(tokens, idx, options, env, self);
    const open = findOpen(tokens, idx);
    if (!open?.meta?.anchored) return closed;
    const id = md.utils.escapeHtml(String(open.attrGet("id") ?? ""));
    return closed.replace(/\n$/, "") +
      `<a class="heading-anchor" href="#${id}" aria-labelledby="${id}"><span aria-hidden="true">#</span></a></div>\n`;
  };
}

function plainText(token: Token): string {
  if (token.type === "text" || token.type === "code_inline") return token.content;
  return (token.children ?? []).map(plainText).join("");
}

function findOpen(tokens: Token[], closeIdx: number): Token | undefined {
  for (let i = closeIdx - 1; i >= 0; i--) if (tokens[i].type === "heading_open") return tokens[i];
  return undefined;
}
