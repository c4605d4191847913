// markdown-it core rule: an image with lines of text under it, in one paragraph, is a figure with its caption and credit.
import type { StateCore, Token } from "markdown-it";

/**
 * ```md
 * ![Alt text](/images/x.jpg)
 * The caption, as many lines as it needs. *Photo: Credit*
 * ```
 * A paragraph that starts with an image alone on its line and goes on below it becomes
 * `<figure class="article-figure">` with the lines as its `<figcaption>`; a closing emphasis
 * (`*…*` or `_…_`) is the credit, `<span class="credit">`, as the lead image's is. In plain
 * Markdown (a Git host, an editor's preview) the same text reads as the image with its caption
 * under it. An image with nothing under it, or inside a line of text, is left as it was.
 */
export function bodyFigures(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const open = tokens[i - 1];
    const inline = tokens[i];
    const close = tokens[i + 1];
    if (open.type !== "paragraph_open" || open.hidden || inline.type !== "inline" || close.type !== "paragraph_close") continue;
    const children = inline.children ?? [];
    if (children[0]?.type !== "image" || children[1]?.type !== "softbreak") continue;
    const caption = trimTrailingSpace(children.slice(2));
    if (caption.length === 0) continue;
    open.type = "article_figure_open";
    open.tag = "figure";
    open.attrJoin("class", "article-figure");
    close.type = "article_figure_close";
    close.tag = "figure";
    inline.children = [children[0], ...captionTokens(state, caption)];
  }
}

/** The caption's tokens inside `<figcaption>`, a closing emphasis as `<span class="credit">`. */
function captionTokens(state: StateCore, caption: Token[]): Token[] {
  const last = caption.length - 1;
  let credit: Token[] = [];
  let text = caption;
  if (caption[last].type === "em_close") {
    const start = caption.findLastIndex((t, i) => t.type === "em_open" && t.level === caption[last].level && i < last);
    if (start >= 0) {
      credit = caption.slice(start + 1, last);
      text = trimTrailingSpace(caption.slice(0, start));
      // The space before the credit is the one added below.
      const end = text.at(-1);
      if (end?.type === "text") end.content = end.content.trimEnd();
    }
  }
  const tag = (type: string, name: string, nesting: 1 | -1, className?: string) => {
    const token = new state.Token(type, name, nesting);
    if (className) token.attrSet("class", className);
    return token;
  };
  const space = new state.Token("text", "", 0);
  space.content = " ";
  return [
    tag("article_figcaption_open", "figcaption", 1),
    ...text,
    ...(credit.length ? [...(text.length ? [space] : []), tag("article_credit_open", "span", 1, "credit"), ...credit, tag("article_credit_close", "span", -1)] : []),
    tag("article_figcaption_close", "figcaption", -1),
  ];
}

/** `tokens` without trailing line breaks and blank text. */
function trimTrailingSpace(tokens: Token[]): Token[] {
  let end = tokens.length;
  while (end > 0 && (tokens[end - 1].type === "softbreak" || tokens[end - 1].type === "hardbreak" || (tokens[end - 1].type === "text" && !tokens[end - 1].content.trim()))) end--;
  return tokens.slice(0, end);
}
