// The order stylesheets are joined in: base.css first (tokens and site), then each feature's alphabetically.

/** The `.css` names among `names`, `base.css` first, the rest in code-point order. */
export function orderStylesheets(names: readonly string[]): string[] {
  const css = names.filter((n) => n.endsWith(".css")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return css.includes("base.css") ? ["base.css", ...css.filter((n) => n !== "base.css")] : css;
}
