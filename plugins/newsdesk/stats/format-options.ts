// Turns stat attributes (`currency=USD notation=compact`) into checked Intl.NumberFormat options.

/** Attributes passed through to `Intl.NumberFormat`, with the values each one allows. */
export const FORMAT_CHOICES = {
  style: ["decimal", "percent", "currency", "unit"],
  currencyDisplay: ["symbol", "narrowSymbol", "code", "name"],
  currencySign: ["standard", "accounting"],
  unitDisplay: ["short", "narrow", "long"],
  notation: ["standard", "scientific", "engineering", "compact"],
  compactDisplay: ["short", "long"],
  signDisplay: ["auto", "never", "always", "exceptZero", "negative"],
  useGrouping: ["always", "auto", "min2", "true", "false"],
  trailingZeroDisplay: ["auto", "stripIfInteger"],
  roundingMode: ["ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"],
} as const;

/** Digit-count attributes and their allowed ranges (ECMA-402). */
export const DIGIT_RANGES = {
  minimumIntegerDigits: [1, 21],
  minimumFractionDigits: [0, 100],
  maximumFractionDigits: [0, 100],
  minimumSignificantDigits: [1, 21],
  maximumSignificantDigits: [1, 21],
} as const;

/** Every formatting attribute a stat accepts besides `value`. */
export const FORMAT_ATTRIBUTES: readonly string[] = [
  "currency", "unit", ...Object.keys(FORMAT_CHOICES), ...Object.keys(DIGIT_RANGES),
];

/** Checked options, or every problem found, each naming what was given and what is allowed. */
export type FormatOptionsResult =
  | { ok: true; options: Intl.NumberFormatOptions }
  | { ok: false; problems: string[] };

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const UNITS = new Set(Intl.supportedValuesOf("unit"));

/** A `value=` attribute: a plain decimal number as machines write it (`53400000`, `0.64`, `-5`, `1e9`). */
export function parseValueAttribute(text: string): number | undefined {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** True for an Intl unit identifier, simple (`kilogram`) or compound (`kilometer-per-hour`). */
export function isKnownUnit(unit: string): boolean {
  const [numerator, denominator, ...more] = unit.split("-per-");
  return UNITS.has(numerator) && (denominator === undefined || UNITS.has(denominator)) && more.length === 0;
}

/**
 * Reads formatting attributes into `Intl.NumberFormat` options. `currency` implies
 * `style=currency`, `unit` implies `style=unit`. Unknown currencies (ISO 4217, via
 * `Intl.supportedValuesOf`), units, styles and out-of-range digit counts are problems.
 */
export function formatOptions(attributes: Readonly<Record<string, string | undefined>>): FormatOptionsResult {
  const problems: string[] = [];
  const options: Record<string, unknown> = {};
  const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(", ");

  const currency = attributes.currency?.toUpperCase();
  if (currency !== undefined) {
    if (CURRENCIES.has(currency)) options.currency = currency;
    else problems.push(`\`currency=${attributes.currency}\` is not a currency code; expected an ISO 4217 code such as \`USD\`, \`EUR\` or \`GBP\``);
  }
  const unit = attributes.unit;
  if (unit !== undefined) {
    if (isKnownUnit(unit)) options.unit = unit;
    else problems.push(`\`unit=${unit}\` is not a unit Intl.NumberFormat knows; expected one of ${list(Intl.supportedValuesOf("unit"))}, or two joined by \`-per-\``);
  }
  for (const [name, allowed] of Object.entries(FORMAT_CHOICES)) {
    const given = attributes[name];
    if (given === undefined) continue;
    if (!(allowed as readonly string[]).includes(given)) problems.push(`\`${name}=${given}\` is not allowed; expected one of ${list(allowed)}`);
    else options[name] = name === "useGrouping" && (given === "true" || given === "false") ? given === "true" : given;
  }
  for (const [name, [min, max]] of Object.entries(DIGIT_RANGES)) {
    const given = attributes[name];
    if (given === undefined) continue;
    const digits = /^\d+$/.test(given) ? Number(given) : NaN;
    if (digits >= min && digits <= max) options[name] = digits;
    else problems.push(`\`${name}=${given}\` is not allowed; expected a whole number from ${min} to ${max}`);
  }

  const style = (options.style as string | undefined) ?? (currency !== undefined ? "currency" : unit !== undefined ? "unit" : "decimal");
  if (currency !== undefined && unit !== undefined) problems.push("`currency` and `unit` are both given; a figure is money or a quantity, give one");
  else if (style === "currency" && currency === undefined) problems.push("`style=currency` needs `currency`, such as `currency=USD`");
  else if (style === "unit" && unit === undefined) problems.push("`style=unit` needs `unit`, such as `unit=kilogram`");
  else if (options.style && ((currency !== undefined && style !== "currency") || (unit !== undefined && style !== "unit"))) {
    problems.push(`\`style=${style}\` does not go with \`${currency !== undefined ? "currency" : "unit"}\`; leave \`style\` out`);
  }
  for (const kind of ["Fraction", "Significant"]) {
    const min = options[`minimum${kind}Digits`] as number | undefined;
    const max = options[`maximum${kind}Digits`] as number | undefined;
    if (min !== undefined && max !== undefined && min > max) {
      problems.push(`\`minimum${kind}Digits=${min}\` is more than \`maximum${kind}Digits=${max}\`; expected the minimum at most the maximum`);
    }
  }
  if (problems.length) return { ok: false, problems };
  options.style = style;
  try {
    // A last guard for combinations a future Intl refuses; the checks above cover today's.
    new Intl.NumberFormat("en", options);
  } catch (error) {
    return { ok: false, problems: [`the formatting attributes do not go together: ${(error as Error).message}`] };
  }
  return { ok: true, options: options as Intl.NumberFormatOptions };
}
