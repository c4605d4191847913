// Checks a piece of an article's raw HTML against the allow-list and writes it again from what was parsed.
import { escapeHtml } from "../html.ts";
import { ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES, INSTEAD, URL_ATTRIBUTES, VOID_ELEMENTS, embedProblem, linkProblem } from "./allowed-html.ts";

/** One thing the allow-list refuses, at `offset` (a UTF-16 index into the HTML given). */
export interface RawHtmlProblem {
  offset: number;
  message: string;
}

/** The HTML as it will be written (only meaningful without problems), and what was refused. */
export interface CleanedHtml {
  html: string;
  problems: RawHtmlProblem[];
}

/**
 * Reads `html` (a Markdown HTML block, or one inline tag) tag by tag and checks every element,
 * attribute and address against src/body-safety/allowed-html.ts. The HTML returned is made from
 * what was read, not copied: `<name attr="value">` with every value escaped again, text with
 * `<` and `>` escaped, comments left out. A trick that reads one way here and another way in a
 * browser (odd quoting, a stray `<`, a slash between attributes) is then written in the one form
 * both read the same, so the check does not have to match a browser's parser to be safe.
 * `embedHosts`: hosts an `<iframe>` may come from.
 */
export function cleanRawHtml(html: string, embedHosts: readonly string[]): CleanedHtml {
  const problems: RawHtmlProblem[] = [];
  const out: string[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out.push(escapeText(html.slice(i)));
      break;
    }
    out.push(escapeText(html.slice(i, lt)));
    i = lt;
    if (html.startsWith("<!--", i)) {
      // A comment is the author's note: left out of the page.
      const end = html.indexOf("-->", i + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (/^<[!?]/.test(html.slice(i, i + 2))) {
      problems.push({ offset: i, message: `found \`${html.slice(i, Math.min(html.length, i + 12)).split(/[\s>]/)[0]}…\`, expected HTML elements only (no declarations, CDATA or processing instructions)` });
      const end = html.indexOf(">", i);
      i = end < 0 ? html.length : end + 1;
    } else if (/^<\/[a-z]/i.test(html.slice(i, i + 3))) {
      const name = /^<\/([^\s/>]+)/.exec(html.slice(i))![1]!.toLowerCase();
      const end = html.indexOf(">", i);
      // A refused element is reported at its start tag; its end tag is only left out.
      if (Object.hasOwn(ALLOWED_ELEMENTS, name) && !VOID_ELEMENTS.has(name)) out.push(`</${name}>`);
      i = end < 0 ? html.length : end + 1;
    } else if (/^<[a-z]/i.test(html.slice(i, i + 2))) {
      i = startTag(html, i, embedHosts, out, problems);
    } else {
      out.push("&lt;");
      i++;
    }
  }
  return { html: out.join(""), problems };
}

/** Reads the start tag at `at`, writes it to `out` (or its problems), and returns where it ends. */
function startTag(html: string, at: number, embedHosts: readonly string[], out: string[], problems: RawHtmlProblem[]): number {
  const nameMatch = /^<([^\s/>]+)/.exec(html.slice(at))!;
  const name = nameMatch[1]!.toLowerCase();
  let i = at + nameMatch[0].length;
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < html.length && /[\s/]/.test(html[i]!)) i++;
    if (i >= html.length || html[i] === ">") break;
    const key = /^[^\s/>=]+|^=[^\s/>=]*/.exec(html.slice(i))![0]!.toLowerCase();
    i += key.length;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (i < html.length && /\s/.test(html[i]!)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, end < 0 ? html.length : end);
        i = end < 0 ? html.length : end + 1;
      } else {
        value = /^[^\s>]*/.exec(html.slice(i))![0]!;
        i += value.length;
      }
    }
    // The first of a repeated attribute wins, as in browsers.
    if (!attributes.has(key)) attributes.set(key, value);
  }
  const end = i < html.length ? i + 1 : i;
  const allowed = Object.hasOwn(ALLOWED_ELEMENTS, name) ? ALLOWED_ELEMENTS[name] : undefined;
  if (!allowed) {
    problems.push({ offset: at, message: refused(name) });
    return end;
  }
  const written: string[] = [];
  for (const [key, raw] of attributes) {
    const value = decodeAttribute(raw);
    const problem = value === undefined ? `found the character reference in \`${key}\` of \`<${name}>\`, expected the character itself (only \`&amp;\`, \`&quot;\`, \`&lt;\`, \`&gt;\`, \`&apos;\` and numeric references are read in attributes)` : attributeProblem(name, key, value, allowed);
    if (problem) problems.push({ offset: at, message: problem });
    else written.push(value === "" ? ` ${key}` : ` ${key}="${escapeHtml(value)}"`);
  }
  if (name === "iframe") {
    const src = attributes.has("src") ? decodeAttribute(attributes.get("src")!) : undefined;
    const problem = embedProblem(src, embedHosts);
    if (problem) problems.push({ offset: at, message: `found ${problem}, expected an embed from a trusted host (AUTHORING.md, "Embeds")` });
    if (!attributes.get("title")?.trim()) problems.push({ offset: at, message: "found an `<iframe>` without a `title`, expected `title=\"…\"` naming what it shows (screen readers announce it)" });
  }
  out.push(`<${name}${written.join("")}>`);
  return end;
}

function refused(name: string): string {
  return `found \`<${name}>\`, expected ${INSTEAD[name] ?? "only the elements AUTHORING.md lists (\"Raw HTML\")"}`;
}

/** Text between tags: `<` and `>` escaped; `&` references are left as written (they only ever make text). */
function escapeText(text: string): string {
  return text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };

/**
 * An attribute value with its character references read, or `undefined` for a named reference
 * other than the five of XML: HTML has over 2,000 (`&colon;`, `&Tab;` spell `javascript:`), and an
 * address must be checked as the browser will read it.
 */
function decodeAttribute(value: string): string | undefined {
  let unknown = false;
  const decoded = value.replace(/&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\uFFFD";
    }
    const named = NAMED[ref.toLowerCase()];
    if (named !== undefined && whole.endsWith(";")) return named;
    unknown = true;
    return whole;
  });
  return unknown ? undefined : decoded;
}

function attributeProblem(element: string, key: string, value: string, allowed: readonly string[]): string | undefined {
  if (key.startsWith("on")) return `found the event handler \`${key}\` on \`<${element}>\`, expected no scripts (the site runs none)`;
  if (key === "style") return `found \`style\` on \`<${element}>\`, expected a \`class\` styled in src/styles/ (inline styles are blocked by the Content-Security-Policy)`;
  if (!GLOBAL_ATTRIBUTES.includes(key) && !allowed.includes(key)) {
    const own = allowed.length ? `${allowed.map((a) => `\`${a}\``).join(", ")} or ` : "";
    return `found the attribute \`${key}\` on \`<${element}>\`, expected ${own}${GLOBAL_ATTRIBUTES.map((a) => `\`${a}\``).join(", ")}`;
  }
  if (URL_ATTRIBUTES.has(key) && element !== "iframe") {
    const problem = linkProblem(value);
    if (problem) return `found ${problem} in \`${key}\` of \`<${element}>\`, expected an \`https://\`, \`mailto:\` or \`tel:\` address, or a site path`;
  }
  return undefined;
}
