// The response headers a built site's `_headers` file asks its host for (Netlify and Cloudflare
// Pages syntax), so the test server answers as the host would: the CSP arrives on the response
// itself, not added by the browser test.
import * as fs from "node:fs";
import * as path from "node:path";

/** One `_headers` rule: a path pattern (`*` matches any run of characters) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** Parses `_headers` text: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(#|$)/.test(line)) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const header = line.trim().match(/^([^:\s]+):\s*(.*)$/);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers:${index + 1}: expected \`Name: value\` under a path, found \`${line.trim()}\``);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  });
  return rules;
}

const matcher = (pattern: string) =>
  new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);

/** The value `_headers` gives `name` in its rule for exactly `pattern` (`/*`); throws when it gives none. */
export function ruleHeader(rules: readonly HeaderRule[], pattern: string, name: string): string {
  const value = rules.find((rule) => rule.pattern === pattern)?.headers.find(([header]) => header === name.toLowerCase())?.[1];
  if (value === undefined) throw new Error(`_headers sets no ${name} for ${pattern}`);
  return value;
}

/** The hosts that read `_headers`; they differ where two matching rules set the same header. */
export type HeaderHost = "netlify" | "cloudflare";

/**
 * The headers `host` sends for `sitePath` (`/news/x/`): every matching rule's, in file order.
 * Cloudflare Pages (the default, the strictest) joins the values of a header set by several
 * matching rules with `, ` (its `_headers` documentation), so two Content-Security-Policy values
 * are two policies, both enforced. Netlify lets a later rule's value replace an earlier one's
 * (netlify-cli's `headersForPath` merges the matching rules' values in file order).
 */
export function headersFor(rules: HeaderRule[], sitePath: string, host: HeaderHost = "cloudflare"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matcher(rule.pattern).test(sitePath)) continue;
    for (const [name, value] of rule.headers) out[name] = out[name] === undefined || host === "netlify" ? value : `${out[name]}, ${value}`;
  }
  return out;
}

/** The rules in `siteDir/_headers`; none when the site has no such file. */
export function siteHeaderRules(siteDir: string): HeaderRule[] {
  const file = path.join(siteDir, "_headers");
  return fs.existsSync(file) ? parseHeaderRules(fs.readFileSync(file, "utf8")) : [];
}
