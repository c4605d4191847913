// Finds the figures an article's prose writes (`$53.2 million`, `850 kilograms`, `64 per cent`), read as callouts are.
import { CURRENCY_CODES, CURRENCY_SYMBOL_LIST, CURRENCY_SYMBOL_PATTERN, localCurrency, symbolCurrency } from "./figure-words.ts";
import { parseFigure, type ParsedFigure } from "./parse-figure.ts";

/** One figure in a run of body text. */
export interface BodyFigure {
  /** As written, white space collapsed: `$53.2 million`. */
  written: string;
  /** Offset of its first character in the text scanned. */
  start: number;
  figure: ParsedFigure;
  /** Currencies named near a plain number (`53.4 million … in US dollars`): ISO codes. */
  nearby: string[];
}

/** How far around a plain number a currency may be named to count as its currency (characters). */
export const NEARBY = 60;
// A figure is at most the number and this many words after it (`1.2 million metric tons`, `53,4 Mio. $`).
const MAX_WORDS = 4;
// What may stand before the digits: a sign (after a space or the start), a currency code or symbol.
const PREFIX = new RegExp(`(?:[-+\\u2212]\\s*)?(?:(?:\\b[A-Z]{3}|${CURRENCY_SYMBOL_PATTERN})\\s?)?(?:[-+\\u2212])?$`, "u");
const TRAILING = /[.,;:!?…)\]"'”’»]+$/u;

// Currency words prose uses where a callout has a symbol; `$` words name the site region's dollar.
const CURRENCY_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:US[\s-]?dollars?|US-Dollars?|dollars? américains?)\b/iu, "USD"],
  [/^(?:dollars?)\b/iu, "$"],
  [/^(?:euros?)\b/iu, "EUR"],
  [/^(?:pounds? sterling|sterling)\b/iu, "GBP"],
  [/^(?:yen)\b/iu, "¥"],
];

function wordCurrency(text: string, locale: string): string | undefined {
  for (const [pattern, code] of CURRENCY_WORDS) {
    if (pattern.test(text)) return code === "$" || code === "¥" ? localCurrency(code, locale) : code;
  }
  return undefined;
}

/** Every currency a stretch of prose names by code, symbol or word. */
export function currenciesNamed(text: string, locale: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b[A-Z]{3}\b/g)) if (CURRENCY_CODES.has(match[0])) found.add(match[0]);
  for (const symbol of CURRENCY_SYMBOL_LIST) if (text.includes(symbol)) found.add(symbolCurrency(symbol, locale)!);
  for (const match of text.matchAll(/\p{L}+(?:[\s-]\p{L}+)?/gu)) {
    const code = wordCurrency(match[0], locale);
    if (code) found.add(code);
  }
  return [...found];
}

/** Candidate ends after the digits at `from`: each following word's end, raw and without trailing punctuation. */
function candidateEnds(text: string, from: number): number[] {
  const ends = new Set<number>();
  const digits = /^\d(?:[\d.,'\u2019]*\d)?/.exec(text.slice(from));
  if (digits) ends.add(from + digits[0].length);
  const words = /\S+/gu;
  words.lastIndex = from;
  for (let n = 0; n <= MAX_WORDS; n++) {
    const word = words.exec(text);
    if (!word) break;
    if (n > 0 && /^\s*\n\s*\n/.test(text.slice(word.index - 2, word.index))) break;
    const end = word.index + word[0].length;
    ends.add(end);
    ends.add(end - (TRAILING.exec(word[0])?.[0].length ?? 0));
  }
  return [...ends].filter((end) => end > from).sort((a, b) => b - a);
}

/**
 * Every figure in `text` (prose, breaks as `\n`), read with `parseFigure` in `locale`: at each
 * number, the longest stretch of it and up to four following words that reads as one figure,
 * with a currency code or symbol before it. `850-kilogram` reads as `850 kilogram`; a currency
 * word after the figure (`53,400,000 dollars`) makes it money. Figures do not overlap.
 */
export function bodyFigures(text: string, locale: string): BodyFigure[] {
  const figures: BodyFigure[] = [];
  let after = 0;
  for (const match of text.matchAll(/\d+/g)) {
    const at = match.index;
    if (at < after) continue;
    if (at > 0 && /[\d\p{L}_]/u.test(text[at - 1]) ) continue;
    if (at > 1 && /[.,'\u2019]/.test(text[at - 1]) && /\d/.test(text[at - 2])) continue;
    let prefix = PREFIX.exec(text.slice(Math.max(0, at - 8), at))?.[0] ?? "";
    // A sign only after a space, a bracket or the start: `COVID-19` and `2020-21` hold no minus.
    const before = at - prefix.length - 1;
    if (/^[-+\u2212]/.test(prefix) && before >= 0 && !/[\s(]/.test(text[before])) prefix = prefix.replace(/^[-+\u2212]\s*/, "");
    if (/^[-+\u2212]$/.test(prefix) && at > 1 && !/[\s(]/.test(text[at - 2])) prefix = "";
    const starts = prefix ? [at - prefix.length, at] : [at];
    let found: { start: number; end: number; figure: ParsedFigure } | undefined;
    for (const start of starts) {
      for (const end of candidateEnds(text, at)) {
        const written = text.slice(start, end).replace(/(\d)-(\p{L})/gu, "$1 $2");
        const parsed = parseFigure(written, locale);
        if (parsed.ok) {
          found = { start, end, figure: parsed.figure };
          break;
        }
      }
      if (found) break;
    }
    if (!found) continue;
    // A sentence's full stop is not part of the figure, though `million.` reads as `Mio.` does.
    const stop = TRAILING.exec(text.slice(found.start, found.end))?.[0].length ?? 0;
    if (stop) {
      const shorter = parseFigure(text.slice(found.start, found.end - stop).replace(/(\d)-(\p{L})/gu, "$1 $2"), locale);
      if (shorter.ok && shorter.figure.value === found.figure.value && shorter.figure.kind === found.figure.kind) {
        found = { ...found, end: found.end - stop, figure: shorter.figure };
      }
    }
    const { start, figure } = found;
    let end = found.end;
    if (figure.kind === "number") {
      const rest = text.slice(end);
      // `dollars`, `US dollars`, `Dollar`; French `de dollars`, `d'euros`.
      const word = /^\s+(?:de\s+|d['’])?(\p{L}+(?:[\s-]\p{L}+)?)/u.exec(rest);
      const currency = word && wordCurrency(word[1], locale);
      if (word && currency) {
        figure.kind = "currency";
        figure.currency = currency;
        const two = /^(?:US[\s-]\p{L}+|\p{L}+ sterling|\p{L}+ américains?)/iu.exec(word[1]);
        end += word[0].length - word[1].length + (two ? two[0].length : /^\p{L}+/u.exec(word[1])![0].length);
      }
    }
    const nearby = figure.kind === "number"
      ? currenciesNamed(text.slice(Math.max(0, start - NEARBY), end + NEARBY), locale)
      : [];
    figures.push({ written: text.slice(start, end).replace(/\s+/g, " ").trim(), start, figure, nearby });
    after = end;
  }
  return figures;
}
