// Decides which pull quotes are copies of the body (hidden from AT) and reports ones that are not.
import type { StateCore, Token } from "markdown-it";
import { hasDirectives, reportProblem } from "../directives/problems.ts";
import type { PullQuoteCheck } from "../options.ts";
import { inlineText, normaliseText, quoteNeedle, withoutLinks } from "./pull-quote-text.ts";
import { escapeRegExp } from "../escape-regexp.ts";

interface Quote {
  open: Token;
  inlines: Token[];
}

const EXCERPT = 60;

// Words after a surname that are not the name a story uses on second reference.
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md"]);

/** The last word of a name (`Dr. Samuel Okoro` → `okoro`), normalised; suffixes such as `Jr.` skipped. */
export function surnameOf(name: string): string | undefined {
  const words = normaliseText(name).split(/[\s,]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** Whether normalised body text names `by`: the whole name, or its last word as a word of its own. */
export function namesPerson(text: string, by: string): boolean {
  const name = normaliseText(by);
  if (!name || text.includes(name)) return true;
  const surname = surnameOf(by);
  if (!surname) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * Core rule `pull_quote_check`. A `:::pullquote` whose words are in the body gets
 * `meta.hidden` (rendered `aria-hidden="true"`, its links removed); one that is not stays exposed
 * and, unless `verify` is `"off"`, is reported at its opening line.
 */
export function pullQuoteCheck(verify: PullQuoteCheck, attribution: PullQuoteCheck = "off") {
  const attributed = (t: Token) => attribution !== "off" && typeof t.meta?.attributes?.by === "string";
  return function pull_quote_check(state: StateCore): void {
    // Gathering the body's text is the costly part: only for documents with a `:::pullquote`
    // (or, with the attribution check on, any pull quote with `by`).
    if (!hasDirectives(state.env) || !state.tokens.some((t) => t.type === "pull_quote_open" && (!t.meta?.lifted || attributed(t)))) return;
    const body: string[] = [];
    const open: Quote[] = [];
    const quotes: Quote[] = [];
    const bylines: Token[] = [];
    for (const token of state.tokens) {
      if (token.type === "pull_quote_open") {
        open.push({ open: token, inlines: [] });
        if (attributed(token)) bylines.push(token);
      } else if (token.type === "pull_quote_close") {
        const quote = open.pop();
        if (quote && !quote.open.meta?.lifted) quotes.push(quote);
      } else if (token.type === "inline") {
        if (open.length) open[open.length - 1].inlines.push(token);
        else body.push(inlineText(token.children));
      }
    }
    const text = normaliseText(body.join(" "));
    for (const token of bylines) {
      const by = String(token.meta.attributes.by);
      if (!by.trim() || namesPerson(text, by)) continue;
      const form = token.meta?.lifted ? "`:pull`" : "`:::pullquote`";
      const surname = surnameOf(by);
      const hint = surname ? `the name (or the last name, "${by.trim().split(/\s+/).filter((w) => normaliseText(w).replace(/[^\p{L}\p{N}]/gu, "") === surname).pop() ?? surname}")` : "the name";
      reportProblem(
        state.env,
        token.map?.[0] ?? 0,
        `${form} is attributed to "${by.trim()}", who is not named in the article: expected ${hint} in the body, or the \`by\` of someone the story quotes`,
        attribution === "error" ? "error" : "warning",
      );
    }
    for (const quote of quotes) {
      const words = quote.inlines.map((t) => inlineText(t.children)).join(" ");
      const needle = quoteNeedle(words);
      if (!needle) {
        reportProblem(state.env, quote.open.map?.[0] ?? 0, "`:::pullquote` is empty: expected the quoted words on the lines between `:::pullquote` and `:::`");
      } else if (text.includes(needle)) {
        if (quote.open.meta) quote.open.meta.hidden = true;
        for (const inline of quote.inlines) inline.children = withoutLinks(inline.children ?? []);
      } else if (verify !== "off") {
        const shown = words.length > EXCERPT ? `${words.slice(0, EXCERPT)}…` : words;
        reportProblem(
          state.env,
          quote.open.map?.[0] ?? 0,
          `\`:::pullquote\` quotes "${shown}", which is not in the article: expected the same words in the body (or lift them from their paragraph with \`:pull[…]\`)`,
          verify === "error" ? "error" : "warning",
        );
      }
    }
  };
}
