// Reads a figure written for readers (`288`, `$53.4 million`, `850 kg`, `64%`) into its machine value.
import {
  CURRENCY_CODES, CURRENCY_SYMBOL_PATTERN, MULTIPLIER_SIGNS, PERCENT_WORDS, SCALE_LETTERS, SCALE_WORDS, symbolCurrency, unitOf,
} from "./figure-words.ts";
import { escapeRegExp } from "../escape-regexp.ts";
import { numberSymbols } from "./number-symbols.ts";

/** What a figure counts: a plain number, money, a share, a quantity in a unit, or a ratio (`3.2x`). */
export type FigureKind = "number" | "currency" | "percent" | "unit" | "multiplier";

/** A written figure, understood. */
export interface ParsedFigure {
  /**
   * The number the figure stands for, as `<data value>` carries it: `$53.4 million` → 53400000.
   * A percentage is a fraction (`64%` → 0.64), as in `Intl.NumberFormat`'s `style: "percent"`.
   */
  value: number;
  kind: FigureKind;
  /** ISO 4217 code when the figure is money (`€2.1bn` → `EUR`). */
  currency?: string;
  /** Intl unit identifier when there is one (`850 kg` → `kilogram`; tonnes have none). */
  unit?: string;
  /** Power of ten of a scale word (`million` → 6). */
  scale?: number;
}

/** A figure, or why it cannot be read, in a sentence that quotes it. */
export type FigureResult = { ok: true; figure: ParsedFigure } | { ok: false; reason: string };

const HINT = "or give the number as `value=` and keep the text as written";

/**
 * Reads `written` with the digit grouping and decimal mark of `locale` (`1,200.5` in en-US,
 * `1.200,5` in de-DE, `1 200,5` in fr-FR), a sign (`-`, `−`, `+`), a currency symbol or ISO code
 * before or after, a scale (`K`, `m`, `bn`, `million`; `Mio.`/`Mrd.` in German, `Md` in French),
 * then `%`, `x` or a unit. Ranges, ratios, unknown words and misplaced separators are refused.
 */
export function parseFigure(written: string, locale: string): FigureResult {
  const text = written.trim();
  const fail = (why: string): FigureResult => ({ ok: false, reason: `\`${text}\` ${why}` });
  if (!text) return { ok: false, reason: "the figure is empty" };
  if (/^\(.*\)$/.test(text)) return fail(`is in accounting brackets; write a minus sign: \`-${text.slice(1, -1)}\``);
  if (/^[\u2010-\u2015]/.test(text)) return fail("starts with a dash; write a minus sign as `-` or `−`");

  let rest = text;
  const take = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  let sign = take(/^[-+\u2212]\s*/)?.[0][0];
  let currency: string | undefined;
  const code = take(/^([A-Z]{3})\s*(?=[-+\u2212\d])/)?.[1];
  if (code && !CURRENCY_CODES.has(code)) return fail(`starts with \`${code}\`, which is not an ISO 4217 currency code`);
  currency = code ?? symbolCurrency(take(symbolPattern(""))?.[1], locale);
  sign ??= take(/^[-+\u2212]\s*/)?.[0][0];

  const symbols = numberSymbols(locale);
  const number = take(numberPattern(symbols.groups, symbols.decimal));
  const separators = `in ${locale} digits are grouped with \`${symbols.groups[0].trim() || "a space"}\` and the decimal mark is \`${symbols.decimal}\``;
  if (!number) return fail(`has no number where one was expected; write digits such as \`288\` or \`$53.4 million\`, ${HINT}`);
  const groups = number[1].split(cachedPattern(`[${escapeClass(symbols.groups.join(""))}]`));
  const badGroup = groups.length > 1 && groups.some((g, i) =>
    i === 0 ? g.length > symbols.secondaryGroup
      : i === groups.length - 1 ? g.length !== symbols.primaryGroup : g.length !== symbols.secondaryGroup);
  // `1.200.000` in en-US or `5 000` where spaces do not group: a separator the locale does not use.
  const strayMark = cachedPattern(`^[\\s.,'${escapeClass(symbols.groups.join("") + symbols.decimal)}]\\d`).test(rest);
  if (badGroup || strayMark) return fail(`does not read as a number: ${separators}`);

  let power = 0;
  const letter = take(/^(\s*)([kKmMBT])(?![\p{L}])/u);
  if (letter && letter[2] === "m" && letter[1]) rest = letter[0] + rest; // `5 m` is five metres
  else if (letter) power = SCALE_LETTERS[letter[2]];
  const words = SCALE_WORDS[locale.split("-")[0].toLowerCase()] ?? SCALE_WORDS.en;
  const word = power ? null : /^\s*(\p{L}+\.?)/u.exec(rest);
  const wordPower = word ? words[word[1].toLowerCase()] ?? words[word[1].toLowerCase().replace(/\.$/, "")] : undefined;
  if (word && wordPower) {
    rest = rest.slice(word[0].length);
    power = wordPower;
  }

  const suffix = take(/^\s*([A-Z]{3})(?![\p{L}])/u)?.[1] ?? take(symbolPattern("\\s*"))?.[1];
  const suffixCurrency = suffix && (CURRENCY_CODES.has(suffix) ? suffix : symbolCurrency(suffix, locale));
  if (suffix && !suffixCurrency) rest = suffix + rest; // three capitals that are not money: a unit (`MPH`)?
  if (suffixCurrency && currency) return fail("names its currency twice; write it once, before or after the number");
  currency ??= suffixCurrency;

  const tail = rest.trim();
  let kind: FigureKind = currency ? "currency" : "number";
  let unit: string | undefined;
  if (tail) {
    if (/\d/.test(tail)) return fail(`holds more than one number (a range or a ratio?); a stat shows one figure, ${HINT}`);
    if (PERCENT_WORDS.includes(tail.toLowerCase())) kind = "percent";
    else if (MULTIPLIER_SIGNS.includes(tail)) kind = "multiplier";
    else if ((unit = unitOf(tail)) !== undefined) kind = "unit";
    else return fail(`ends in \`${tail}\`, which is not a unit, currency or scale word; move words to the label, ${HINT}`);
    if (currency) return fail(`mixes money with \`${tail}\`; a figure is an amount of money or a ${kind}, not both`);
    if (power && kind !== "unit") return fail(`puts a scale word before \`${tail}\`; write the ${kind} in full`);
  }

  const exponent = power - (kind === "percent" ? 2 : 0);
  const digits = groups.join("") + (number[2] ? `.${number[2]}` : "");
  const value = Number(`${sign === "-" || sign === "\u2212" ? "-" : ""}${digits}e${exponent}`);
  if (!Number.isFinite(value)) return fail("is too large for a number");
  const figure: ParsedFigure = { value, kind };
  if (currency) figure.currency = currency;
  if (unit) figure.unit = unit;
  if (power) figure.scale = power;
  return { ok: true, figure };
}


// Figures are parsed for every stat of every article: build each pattern once, not per figure.
const patterns = new Map<string, RegExp>();

function cachedPattern(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) patterns.set(source, (pattern = new RegExp(source)));
  return pattern;
}

function symbolPattern(space: string): RegExp {
  return cachedPattern(`^${space}(${CURRENCY_SYMBOL_PATTERN})\\s*`);
}

// Integer part: digits, optionally in groups; then an optional decimal mark and fraction.
function numberPattern(groups: string[], decimal: string): RegExp {
  return cachedPattern(`^(\\d+(?:[${escapeClass(groups.join(""))}]\\d+)*)(?:${escapeRegExp(decimal)}(\\d+))?`);
}


function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, "\\$&");
}
