// Formats a stat's value in the site's locale with Intl.NumberFormat, one cached formatter per setting.

const formatters = new Map<string, Intl.NumberFormat>();

/** The number of digits after the decimal point in `value` as JavaScript writes it (`1.5e-7` → 8). */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = "0"] = Math.abs(value).toString().split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * The options used for `value`: the author's, plus defaults that never round away digits the
 * author typed. Compact notation shows three significant digits (`53400000` → `$53.4M`, where
 * Intl's own default gives `$53M`); other notations keep every decimal of the value (`0.125` with
 * `style=percent` → `12.5%`, not Intl's `13%`); whole amounts of money drop `.00`.
 */
export function withDefaults(value: number, options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  const digitsGiven = ["minimumFractionDigits", "maximumFractionDigits", "minimumSignificantDigits", "maximumSignificantDigits"]
    .some((name) => name in options);
  if (digitsGiven) return options;
  if (options.notation === "compact") return { maximumSignificantDigits: 3, ...options };
  const places = Math.min(100, decimalPlaces(value) - (options.style === "percent" ? 2 : 0));
  const defaults: Intl.NumberFormatOptions = {};
  if (options.style === "currency" && Number.isInteger(value)) defaults.trailingZeroDisplay = "stripIfInteger";
  // Intl's own maximum: 3 for decimals, 0 for percent, the currency's minor unit (JPY 0, USD 2,
  // KWD 3). Raise it to the value's decimals, never lower it.
  const intlMaximum = numberFormat("en", options).resolvedOptions().maximumFractionDigits ?? 3;
  if (places > intlMaximum) defaults.maximumFractionDigits = places;
  return { ...defaults, ...options };
}

/** A cached `Intl.NumberFormat` for (locale, options): building one costs far more than using it. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options, Object.keys(options).sort())}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/**
 * `value` as readers of `locale` expect it: `formatFigure(53400000, { style: "currency",
 * currency: "USD", notation: "compact" }, "de-DE")` → `53,4 Mio. $` (with Intl's own spaces:
 * fr-FR groups digits with U+202F and puts U+00A0 before `€` and `%`).
 */
export function formatFigure(value: number, options: Intl.NumberFormatOptions, locale: string): string {
  return numberFormat(locale, withDefaults(value, options)).format(value);
}
