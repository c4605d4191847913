// The raw HTML an article body may hold: which elements, which attributes, which addresses (README, "Security").

/** Attributes any allowed element may have. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ["class", "id", "title", "lang", "dir"];

/**
 * Elements authors may write as HTML, and the attributes each may have besides the global ones.
 * Text-level and structural markup Markdown lacks (tables with spans, `<abbr>`, `<details>`,
 * `<figure>`, `<sup>`), nothing that runs or loads anything: no `<script>`, `<style>`, `<form>`,
 * `<object>`, no `<img>`/`<picture>`/`<video>` (images go through `![alt](file)`, which makes
 * their responsive, local copies), no `<svg>`/`<math>` (their parsing rules differ from HTML's).
 * `<iframe>` is the one embed, from a host in `site.embedHosts` only (see {@link embedProblem}).
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "rel", "hreflang"],
  abbr: [],
  aside: [],
  b: [],
  bdi: [],
  bdo: [],
  blockquote: ["cite"],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ["span"],
  colgroup: ["span"],
  data: ["value"],
  dd: [],
  del: ["cite", "datetime"],
  details: ["open"],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  iframe: ["src", "title", "width", "height", "allow", "allowfullscreen", "loading", "referrerpolicy"],
  ins: ["cite", "datetime"],
  kbd: [],
  li: ["value"],
  mark: [],
  ol: ["start", "reversed", "type"],
  p: [],
  pre: [],
  q: ["cite"],
  rp: [],
  rt: [],
  ruby: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ["colspan", "rowspan", "headers"],
  tfoot: [],
  th: ["colspan", "rowspan", "headers", "scope", "abbr"],
  thead: [],
  time: ["datetime"],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Elements that have no end tag. */
export const VOID_ELEMENTS = new Set(["br", "col", "hr", "wbr"]);

/** Attributes holding an address, checked by {@link linkProblem}. */
export const URL_ATTRIBUTES = new Set(["href", "cite", "src"]);

/** What an author should use instead of a forbidden element, where there is something. */
export const INSTEAD: Readonly<Record<string, string>> = {
  img: "a Markdown image, `![alt](file.jpg)` (it gets responsive, local copies)",
  picture: "a Markdown image, `![alt](file.jpg)` (it gets responsive, local copies)",
  script: "no scripts: the site runs none, and its Content-Security-Policy blocks them",
  style: "the site's stylesheets (src/styles/): inline styles are blocked by the Content-Security-Policy",
  h1: "`##` headings: the headline is the page's only `<h1>`",
};

/**
 * Why `value` may not be an address in an article, or `undefined` when it may: `http(s)`,
 * `mailto:`, `tel:`, site paths, relative paths and `#fragments`. Browsers ignore tabs, line
 * breaks and leading spaces or control characters in an address (`java&#9;script:` runs), so
 * those are taken out before the scheme is read.
 */
export function linkProblem(value: string): string | undefined {
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined || ["http", "https", "mailto", "tel"].includes(scheme)) return undefined;
  return `an address with \`${scheme}:\``;
}

/**
 * Why an `<iframe src>` may not be embedded, or `undefined` when it may: an `https://` address on
 * a host in `embedHosts` (site.embedHosts), the hosts the site's Content-Security-Policy also lets
 * frames come from.
 */
export function embedProblem(src: string | undefined, embedHosts: readonly string[]): string | undefined {
  if (src === undefined) return "an `<iframe>` without `src`";
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return `an \`<iframe>\` whose \`src\` ${JSON.stringify(src)} is not a whole \`https://\` address`;
  }
  if (url.protocol !== "https:") return `an \`<iframe>\` from \`${url.protocol}\``;
  if (!embedHosts.includes(url.hostname)) return `an \`<iframe>\` from \`${url.hostname}\`, which is not in \`site.embedHosts\` (${embedHosts.length ? embedHosts.map((h) => `\`${h}\``).join(", ") : "empty"})`;
  return undefined;
}
