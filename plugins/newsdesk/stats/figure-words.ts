// The words and symbols a written figure may carry: scale words, currency symbols and units.
import { escapeRegExp } from "../escape-regexp.ts";

/**
 * Scale words by language (powers of ten), matched case-insensitively after the number. The long
 * scale is why this is per language: `billion` is 10^9 in English but 10^12 in German and French
 * (`Milliarde`/`milliard` is their 10^9). Languages not listed read English words.
 */
export const SCALE_WORDS: Record<string, Record<string, number>> = {
  en: {
    thousand: 3, million: 6, millions: 6, billion: 9, billions: 9, trillion: 12, trillions: 12,
    mn: 6, mln: 6, bn: 9, tn: 12, trn: 12,
  },
  de: {
    tausend: 3, "tsd.": 3, tsd: 3, million: 6, millionen: 6, "mio.": 6, mio: 6,
    milliarde: 9, milliarden: 9, "mrd.": 9, mrd: 9, billion: 12, billionen: 12, "bio.": 12,
  },
  fr: {
    mille: 3, million: 6, millions: 6, milliard: 9, milliards: 9, md: 9, mds: 9, mrd: 9,
    billion: 12, billions: 12,
  },
};

/**
 * One-letter scale abbreviations, case-sensitive (`$5M`, `£5m`, `1.2K`, `$2.1B`). Lower-case `m`
 * only counts when written against the number (`£5m`): `5 m` is five metres.
 */
export const SCALE_LETTERS: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, B: 9, T: 12 };

/** Currency symbols written before or after the number (tried longest first: `US$` before `$`). */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  "US$": "USD", "AU$": "AUD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "A$": "AUD", "C$": "CAD",
  "S$": "SGD", "R$": "BRL", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
  "₪": "ILS", "₦": "NGN", "₱": "PHP", "zł": "PLN", "Fr.": "CHF", "$US": "USD", // `$US`: French usage
};

// `$` and `¥` name the local currency of the region that uses them, and the US/Japanese one elsewhere.
const DOLLAR_REGIONS: Record<string, string> = {
  AU: "AUD", CA: "CAD", NZ: "NZD", SG: "SGD", HK: "HKD", TW: "TWD", MX: "MXN", AR: "ARS", CL: "CLP",
};

/** The currency a bare `$` or `¥` stands for on a site in `locale`. */
export function localCurrency(symbol: "$" | "¥", locale: string): string {
  let region = "";
  try {
    region = new Intl.Locale(locale).maximize().region ?? "";
  } catch {
    // An invalid locale is reported by options validation; fall back to the common meaning.
  }
  if (symbol === "¥") return region === "CN" ? "CNY" : "JPY";
  return DOLLAR_REGIONS[region] ?? "USD";
}

/** Every ISO 4217 code this runtime knows. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** Every currency symbol, `$` and `¥` among them, longest first (`US$` is tried before `$`). */
export const CURRENCY_SYMBOL_LIST: readonly string[] = [...Object.keys(CURRENCY_SYMBOLS), "$", "¥"].sort((a, b) => b.length - a.length);

/** {@link CURRENCY_SYMBOL_LIST} as alternatives of a regular expression, longest first. */
export const CURRENCY_SYMBOL_PATTERN = CURRENCY_SYMBOL_LIST.map(escapeRegExp).join("|");

/** The currency a symbol stands for on a site in `locale` (`$` by region); undefined for none. */
export function symbolCurrency(symbol: string | undefined, locale: string): string | undefined {
  if (!symbol) return undefined;
  return symbol === "$" || symbol === "¥" ? localCurrency(symbol, locale) : CURRENCY_SYMBOLS[symbol];
}

/** Percent signs and words, matched case-insensitively. */
export const PERCENT_WORDS = ["%", "percent", "per cent", "prozent", "pour cent"];

/** Multiplication signs: `3.2x`, `3.2×`. */
export const MULTIPLIER_SIGNS = ["x", "×"];

// Units written after a number (English names, and the German ones English lacks) → the CLDR unit Intl.NumberFormat knows ("" where Intl has none:
// the tonne, the news's favourite unit, is not among ECMA-402's sanctioned units).
const UNITS: Record<string, string[]> = {
  kilogram: ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "Kilogramm"],
  gram: ["g", "gram", "grams", "gramme", "grammes", "Gramm"],
  pound: ["lb", "lbs", "pound", "pounds"],
  ounce: ["oz", "ounce", "ounces"],
  stone: ["st", "stone"],
  "": ["t", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "Tonnen"],
  kilometer: ["km", "kilometre", "kilometres", "kilometer", "kilometers"],
  meter: ["m", "metre", "metres", "meter", "meters"],
  centimeter: ["cm", "centimetre", "centimetres", "centimeter", "centimeters"],
  millimeter: ["mm", "millimetre", "millimetres", "millimeter", "millimeters"],
  mile: ["mi", "mile", "miles"],
  foot: ["ft", "foot", "feet"],
  inch: ["inch", "inches"],
  yard: ["yd", "yds", "yard", "yards"],
  liter: ["l", "L", "litre", "litres", "liter", "liters"],
  milliliter: ["ml", "mL", "millilitre", "millilitres", "milliliter", "milliliters"],
  gallon: ["gal", "gallon", "gallons"],
  hectare: ["ha", "hectare", "hectares"],
  acre: ["acre", "acres"],
  "kilometer-per-hour": ["km/h", "kph"],
  "mile-per-hour": ["mph"],
  celsius: ["°C", "℃"],
  fahrenheit: ["°F", "℉"],
  degree: ["°"],
  second: ["s", "sec", "secs", "second", "seconds"],
  minute: ["min", "mins", "minute", "minutes"],
  hour: ["h", "hr", "hrs", "hour", "hours"],
  day: ["day", "days"],
  week: ["week", "weeks"],
  month: ["month", "months"],
  year: ["yr", "yrs", "year", "years"],
  byte: ["byte", "bytes"],
  kilobyte: ["KB", "kB"],
  megabyte: ["MB"],
  gigabyte: ["GB"],
  terabyte: ["TB"],
  petabyte: ["PB"],
};

const UNIT_BY_WORD = new Map<string, string>();
for (const [unit, words] of Object.entries(UNITS)) for (const word of words) UNIT_BY_WORD.set(word, unit);

/**
 * The unit a word names: the Intl unit identifier, `""` for a known unit Intl lacks (tonnes),
 * `undefined` for anything else. Symbols match exactly (`MB`, `m`); names of three letters or more
 * also in lower case (`Kilos`), so that `G` or `M` never turn into grams or metres.
 */
export function unitOf(word: string): string | undefined {
  return UNIT_BY_WORD.get(word) ?? (word.length > 2 ? UNIT_BY_WORD.get(word.toLowerCase()) : undefined);
}
