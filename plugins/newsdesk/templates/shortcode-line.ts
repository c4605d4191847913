// Which line of a template calls a shortcode: template engines do not tell a shortcode where it is.
import { escapeRegExp } from "../escape-regexp.ts";

/**
 * The 1-based line of `source` (a whole file, front matter included) that calls the shortcode
 * `name`: `{% name …` in Nunjucks or Liquid, `this.name(` / `.name(` in 11ty.js. With several
 * calls, the one whose text holds `hint` (the first argument as written); `undefined` when that
 * still leaves more or fewer than one.
 */
export function shortcodeCallLine(source: string, name: string, hint?: string): number | undefined {
  const call = new RegExp(`\\{%-?\\s*${escapeRegExp(name)}(?=[\\s%-])|\\.${escapeRegExp(name)}\\(`);
  const lines = source.split(/\r?\n/);
  const calls = lines.flatMap((text, index) => (call.test(text) ? [index] : []));
  if (calls.length === 1) return calls[0] + 1;
  if (!hint) return undefined;
  const matching = calls.filter((index) => lines[index].includes(hint));
  return matching.length === 1 ? matching[0] + 1 : undefined;
}
