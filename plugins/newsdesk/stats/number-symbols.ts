// How a locale writes digits: its decimal mark, the marks it groups digits with, and group sizes.

/** The separators and grouping a locale's readers expect in a written number. */
export interface NumberSymbols {
  /** Decimal mark: `.` in en, `,` in de and fr. */
  decimal: string;
  /** Every character accepted between digit groups: `,` in en; `.` in de; spaces in fr. */
  groups: string[];
  /** Digits in the last group before the decimal mark (3 almost everywhere). */
  primaryGroup: number;
  /** Digits in the groups further left (2 in en-IN: `12,34,567`). */
  secondaryGroup: number;
}

// The kinds of space people (and CLDR) put between digit groups: space, no-break space,
// narrow no-break space (fr-FR's CLDR choice), thin space. A writer cannot tell them apart.
const SPACES = [" ", "\u00a0", "\u202f", "\u2009"];
// de-CH and it-CH group with an apostrophe; CLDR says U+2019, keyboards type U+0027.
const APOSTROPHES = ["'", "\u2019"];

const cache = new Map<string, NumberSymbols>();

/** The number symbols of `locale`, read from `Intl.NumberFormat` once per locale. */
export function numberSymbols(locale: string): NumberSymbols {
  let symbols = cache.get(locale);
  if (!symbols) {
    symbols = readSymbols(locale);
    cache.set(locale, symbols);
  }
  return symbols;
}

function readSymbols(locale: string): NumberSymbols {
  // `numberingSystem: "latn"` because figures are typed with ASCII digits whatever the locale.
  const format = new Intl.NumberFormat(locale, { numberingSystem: "latn", useGrouping: true });
  const parts = format.formatToParts(1234567890.5);
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  const sizes = parts.filter((p) => p.type === "integer").map((p) => p.value.length);
  const primaryGroup = sizes.at(-1) ?? 3;
  const secondaryGroup = sizes.length > 2 ? sizes.at(-2)! : primaryGroup;
  let groups = [group];
  if (SPACES.includes(group)) groups = SPACES;
  else if (APOSTROPHES.includes(group)) groups = APOSTROPHES;
  return { decimal, groups, primaryGroup, secondaryGroup };
}
