// `{#id}` on a directive in Markdown that Nunjucks reads first: `{#` would open a Nunjucks comment.

/**
 * A directive's attribute list opening with `#` (`:::pullquote{#key}`, `:pull[…]{#key}`,
 * `::stat[3]{#top .wide}`) is written `{ #key}`: the same attributes (white space may follow `{`),
 * and no Nunjucks comment. Only a `{#` right after a directive name or right after a `]` changes;
 * a Nunjucks comment anywhere else (`{# note #}` on its own) is left alone. Line breaks are kept,
 * so no line moves.
 */
export function spaceDirectiveIds(content: string): string {
  if (!content.includes("{#")) return content;
  return content.replace(/(^|[^\\:\w])(:{1,3}[A-Za-z][\w-]*)\{#|\]\{#/g, (match: string, before?: string, head?: string) =>
    head === undefined ? "]{ #" : `${before}${head}{ #`);
}
