// Decides which pull quotes are copies of the body (hidden from AT) and reports ones that are not.
import type { StateCore, Token } from "markdown-it";
import { hasDirectives, reportProblem } from "../directives/problems.ts";
import type { PullQuoteCheck } from "../options.ts";
import { inlineText, normaliseText, quoteNeedle, withoutLinks } from "./pull-quote-text.ts";

interface Quote {
  open: Token;
  inlines: Token[];
}

const EXCERPT = 60;

/**
 * Core rule `pull_quote_check`. A `:::pullquote` whose words are in the body gets
 * `meta.hidden` (rendered `aria-hidden="true"`, its links removed); one that is not stays exposed
 * and, unless `verify` is `"off"`, is reported at its opening line.
 */
export function pullQuoteCheck(verify: PullQuoteCheck) {
  return function pull_quote_check(state: StateCore): void {
    // Gathering the body's text is the costly part: only for documents with a `:::pullquote`.
    if (!hasDirectives(state.env) || !state.tokens.some((t) => t.type === "pull_quote_open" && !t.meta?.lifted)) return;
    const body: string[] = [];
    const open: Quote[] = [];
    const quotes: Quote[] = [];
    for (const token of state.tokens) {
      if (token.type === "pull_quote_open") open.push({ open: token, inlines: [] });
      else if (token.type === "pull_quote_close") {
        const quote = open.pop();
        if (quote && !quote.open.meta?.lifted) quotes.push(quote);
      } else if (token.type === "inline") {
        if (open.length) open[open.length - 1].inlines.push(token);
        else body.push(inlineText(token.children));
      }
    }
    const text = normaliseText(body.join(" "));
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
