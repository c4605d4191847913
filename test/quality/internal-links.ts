// Finds the internal URLs in a built page (href, src, srcset, poster, same-site meta content) and checks each resolves to a file.
import * as fs from "node:fs";
import * as path from "node:path";

/** One URL found in a page, with the attribute it came from and its line (1-based). */
export interface FoundUrl {
  attribute: string;
  url: string;
  line: number;
}

const TAG = /<[a-zA-Z][^>]*>/g;
const ATTRIBUTE = /\s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "poster", "content"]);

/** Decodes the character references our templates and markdown-it produce in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|lt|gt|apos);/gi, (_, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" }[lower] ?? "";
  });
}

/**
 * Every URL-bearing attribute value inside a tag (never text that merely looks like one).
 * `content` counts only when it is an absolute URL on `siteUrl` (og:image, og:url and the like).
 */
export function findUrls(html: string, siteUrl: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const tag of html.matchAll(TAG)) {
    for (const attr of tag[0].matchAll(ATTRIBUTE)) {
      const name = attr[1].toLowerCase();
      if (!URL_ATTRIBUTES.has(name)) continue;
      const value = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? "").trim();
      if (name === "content" && !value.startsWith(`${siteUrl}/`)) continue;
      const line = html.slice(0, tag.index).split("\n").length;
      const urls = name === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) if (url) found.push({ attribute: name, url, line });
    }
  }
  return found;
}

/** The ids in a page, for `#fragment` checks. */
export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of html.matchAll(TAG)) {
    const id = tag[0].match(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/);
    if (id) ids.add(decodeEntities(id[1] ?? id[2] ?? id[3] ?? ""));
  }
  return ids;
}

/** Where a link points inside the site: the file that answers it and the fragment, if any. */
export type Resolution = { internal: false } | { internal: true; file?: string; fragment: string; problem?: string };

/**
 * Resolves `url`, found on the page served at `pagePath` (prefix included, e.g. `/newsroom/news/`),
 * against the built site in `siteDir` as a static host would: `dir/` → `dir/index.html`.
 * External URLs (other origins, `mailto:`, `data:`, …) are `{ internal: false }`.
 */
export function resolveUrl(siteDir: string, prefix: string, siteUrl: string, pagePath: string, url: string): Resolution {
  const local = url.startsWith(`${siteUrl}/`) ? url.slice(siteUrl.length) : url;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(local)) return { internal: false };
  const target = new URL(local, `http://site.invalid${pagePath}`);
  const fragment = decodeURIComponent(target.hash.slice(1));
  const pathname = decodeURIComponent(target.pathname);
  if (!pathname.startsWith(prefix)) {
    return { internal: true, fragment, problem: `points outside the path prefix \`${prefix}\`` };
  }
  let file = path.join(siteDir, pathname.slice(prefix.length));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) return { internal: true, fragment, problem: `no file ${path.relative(siteDir, file)}` };
  return { internal: true, file, fragment };
}

/** Problems with the internal links of one built page, each as `line N: attr="url": what is wrong`. */
export function checkPage(siteDir: string, prefix: string, siteUrl: string, htmlFile: string): string[] {
  const html = fs.readFileSync(path.join(siteDir, htmlFile), "utf8");
  const pagePath = prefix + htmlFile.replace(/(^|\/)index\.html$/, "$1");
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  for (const { attribute, url, line } of findUrls(html, siteUrl)) {
    const resolved = resolveUrl(siteDir, prefix, siteUrl, pagePath, url);
    if (!resolved.internal) continue;
    const where = `line ${line}: ${attribute}="${url}"`;
    if (resolved.problem) {
      problems.push(`${where}: ${resolved.problem}`);
    } else if (resolved.fragment && resolved.file?.endsWith(".html")) {
      const file = resolved.file;
      if (!idCache.has(file)) idCache.set(file, idsIn(fs.readFileSync(file, "utf8")));
      if (!idCache.get(file)?.has(resolved.fragment)) {
        problems.push(`${where}: no element with id \`${resolved.fragment}\` in ${path.relative(siteDir, file)}`);
      }
    }
  }
  return problems;
}
