// The headers a host sends for a path from the site's `_headers`, as Netlify and as Cloudflare Pages read the file.
import type { HeaderRule } from "../helpers/site-headers.ts";
import { headersFor } from "../helpers/site-headers.ts";

/** The hosts that read `_headers`; they differ where two matching rules set the same header. */
export type HeaderHost = "netlify" | "cloudflare";

const matches = (pattern: string, sitePath: string) =>
  new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`).test(sitePath);

/**
 * Netlify: every matching rule's headers, a later rule's value of a header replacing an earlier
 * one's (netlify-cli's `headersForPath` merges the matching rules' values in file order).
 * Cloudflare Pages: the values of a header set by several matching rules joined with `, ` (its
 * `_headers` documentation), so two Content-Security-Policy values are two policies, both enforced.
 */
export function hostHeaders(rules: HeaderRule[], sitePath: string, host: HeaderHost): Record<string, string> {
  if (host === "cloudflare") return headersFor(rules, sitePath);
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, sitePath)) continue;
    for (const [name, value] of rule.headers) out[name] = value;
  }
  return out;
}
