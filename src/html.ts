// Escape-by-default HTML templating for layouts: interpolations are escaped unless marked raw().
import { escapeHtml } from "../plugins/newsdesk/index.ts";

/** A string of HTML that is trusted as is. Only raw() and html`` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes `& < > " '` so any value is safe in text and in quoted attributes: the plugin's escaper. */
export { escapeHtml };

/** Marks HTML we mean to insert unescaped (rendered Markdown, output of our own renderers). */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

function interpolate(value: unknown): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join("");
  return escapeHtml(value);
}

/**
 * Tagged template: `html\`<h1>${title}</h1>\`` escapes `title`. Arrays are joined, and
 * `null`, `undefined` and `false` render nothing, so `${cond && html\`…\`}` works.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += interpolate(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}
