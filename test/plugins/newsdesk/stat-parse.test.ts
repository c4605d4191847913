import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import "../../helpers/property-seed.ts";
import { parseFigure, type ParsedFigure } from "../../../plugins/newsdesk/stats/parse-figure.ts";
import { formatFigure } from "../../../plugins/newsdesk/stats/format-figure.ts";

const Parse = suite("parseFigure: written figures → values");

// [written, locale, expected figure]
const READ: [string, string, ParsedFigure][] = [
  // integers and separators
  ["288", "en-US", { value: 288, kind: "number" }],
  ["0", "en-US", { value: 0, kind: "number" }],
  ["1200", "en-US", { value: 1200, kind: "number" }],
  ["1,200", "en-US", { value: 1200, kind: "number" }],
  ["1,234,567", "en-GB", { value: 1234567, kind: "number" }],
  ["1.200", "de-DE", { value: 1200, kind: "number" }],
  ["1 200", "fr-FR", { value: 1200, kind: "number" }],
  ["1\u202f200", "fr-FR", { value: 1200, kind: "number" }],
  ["1\u00a0200", "fr-FR", { value: 1200, kind: "number" }],
  ["1'234", "de-CH", { value: 1234, kind: "number" }],
  ["1,23,45,678", "en-IN", { value: 12345678, kind: "number" }],
  // decimals
  ["3.5", "en-US", { value: 3.5, kind: "number" }],
  ["1,234.56", "en-US", { value: 1234.56, kind: "number" }],
  ["1.234,56", "de-DE", { value: 1234.56, kind: "number" }],
  ["1 234,56", "fr-FR", { value: 1234.56, kind: "number" }],
  ["1.200", "en-US", { value: 1.2, kind: "number" }],
  // negatives and signs
  ["-5", "en-US", { value: -5, kind: "number" }],
  ["\u22125", "en-US", { value: -5, kind: "number" }],
  ["-$5", "en-US", { value: -5, kind: "currency", currency: "USD" }],
  ["$-5", "en-US", { value: -5, kind: "currency", currency: "USD" }],
  ["-12.5%", "en-US", { value: -0.125, kind: "percent" }],
  ["+12%", "en-US", { value: 0.12, kind: "percent" }],
  // currencies
  ["$53.4 million", "en-US", { value: 53400000, kind: "currency", currency: "USD", scale: 6 }],
  ["€2.1bn", "en-GB", { value: 2100000000, kind: "currency", currency: "EUR", scale: 9 }],
  ["£5m", "en-GB", { value: 5000000, kind: "currency", currency: "GBP", scale: 6 }],
  ["¥500", "en-US", { value: 500, kind: "currency", currency: "JPY" }],
  ["¥500", "zh-CN", { value: 500, kind: "currency", currency: "CNY" }],
  ["$5", "en-CA", { value: 5, kind: "currency", currency: "CAD" }],
  ["US$5", "en-CA", { value: 5, kind: "currency", currency: "USD" }],
  ["C$5", "en-US", { value: 5, kind: "currency", currency: "CAD" }],
  ["USD 5", "en-US", { value: 5, kind: "currency", currency: "USD" }],
  ["5 EUR", "en-US", { value: 5, kind: "currency", currency: "EUR" }],
  ["5 €", "fr-FR", { value: 5, kind: "currency", currency: "EUR" }],
  ["$1.25B", "en-US", { value: 1250000000, kind: "currency", currency: "USD", scale: 9 }],
  // scale words and letters
  ["1.2K", "en-US", { value: 1200, kind: "number", scale: 3 }],
  ["12k", "en-US", { value: 12000, kind: "number", scale: 3 }],
  ["4M", "en-US", { value: 4000000, kind: "number", scale: 6 }],
  ["3 thousand", "en-US", { value: 3000, kind: "number", scale: 3 }],
  ["2.5 billion", "en-US", { value: 2500000000, kind: "number", scale: 9 }],
  ["1.1 trillion", "en-US", { value: 1100000000000, kind: "number", scale: 12 }],
  ["7 Million", "en-US", { value: 7000000, kind: "number", scale: 6 }],
  ["53,4 Mio. $", "de-DE", { value: 53400000, kind: "currency", currency: "USD", scale: 6 }],
  ["2,1\u00a0Mrd.\u00a0€", "de-DE", { value: 2100000000, kind: "currency", currency: "EUR", scale: 9 }],
  ["3 Billionen", "de-DE", { value: 3e12, kind: "number", scale: 12 }],
  ["2,1 Md€", "fr-FR", { value: 2100000000, kind: "currency", currency: "EUR", scale: 9 }],
  ["2,1 milliards", "fr-FR", { value: 2100000000, kind: "number", scale: 9 }],
  ["53,4\u00a0M\u00a0$US", "fr-FR", { value: 53400000, kind: "currency", currency: "USD", scale: 6 }],
  // percentages: a fraction, as <data value> and Intl's style=percent read it
  ["64%", "en-US", { value: 0.64, kind: "percent" }],
  ["12.5%", "en-US", { value: 0.125, kind: "percent" }],
  ["64 %", "de-DE", { value: 0.64, kind: "percent" }],
  ["64 per cent", "en-GB", { value: 0.64, kind: "percent" }],
  ["64 percent", "en-US", { value: 0.64, kind: "percent" }],
  // units and multipliers
  ["850 kg", "en-US", { value: 850, kind: "unit", unit: "kilogram" }],
  ["850kg", "en-US", { value: 850, kind: "unit", unit: "kilogram" }],
  ["13,900 lb", "en-US", { value: 13900, kind: "unit", unit: "pound" }],
  ["5 m", "en-GB", { value: 5, kind: "unit", unit: "meter" }],
  ["88 km/h", "en-US", { value: 88, kind: "unit", unit: "kilometer-per-hour" }],
  ["40 °C", "en-GB", { value: 40, kind: "unit", unit: "celsius" }],
  ["1.2 million tonnes", "en-US", { value: 1200000, kind: "unit", scale: 6 }],
  ["3.2x", "en-US", { value: 3.2, kind: "multiplier" }],
  ["3,2×", "de-DE", { value: 3.2, kind: "multiplier" }],
];

for (const [written, locale, figure] of READ) {
  Parse(`${JSON.stringify(written)} in ${locale}`, () => {
    assert.equal(parseFigure(written, locale), { ok: true, figure });
  });
}

// [written, locale, a distinctive part of the reason]
const REFUSE: [string, string, string][] = [
  ["", "en-US", "the figure is empty"],
  ["   ", "en-US", "the figure is empty"],
  ["about 300", "en-US", "has no number where one was expected"],
  ["(5)", "en-US", "write a minus sign: `-5`"],
  ["\u20135", "en-US", "starts with a dash"],
  ["10-20", "en-US", "holds more than one number (a range or a ratio?)"],
  ["10\u201320", "en-US", "holds more than one number"],
  ["3 in 5", "en-US", "holds more than one number"],
  ["1,5 million", "en-US", "in en-US digits are grouped with `,` and the decimal mark is `.`"],
  ["1.200.000", "en-US", "does not read as a number"],
  ["1.5 Mio.", "de-DE", "in de-DE digits are grouped with `.` and the decimal mark is `,`"],
  ["5 000", "en-US", "does not read as a number"],
  ["1,234,567", "en-IN", "does not read as a number"],
  ["117 firearms", "en-US", "ends in `firearms`, which is not a unit, currency or scale word"],
  ["$53.4 millon", "en-US", "ends in `millon`"],
  ["ABC 5", "en-US", "`ABC`, which is not an ISO 4217 currency code"],
  ["$5 USD", "en-US", "names its currency twice"],
  ["$5 kg", "en-US", "mixes money with `kg`"],
  ["5M%", "en-US", "puts a scale word before `%`"],
  ["9".repeat(400), "en-US", "is too large for a number"],
];

for (const [written, locale, reason] of REFUSE) {
  Parse(`refuses ${JSON.stringify(written.slice(0, 20))} in ${locale}`, () => {
    const result = parseFigure(written, locale);
    assert.is(result.ok, false);
    if (!result.ok) assert.ok(result.reason.includes(reason), `reason was: ${result.reason}`);
  });
}

Parse("quotes the figure in its reason, so an author can find it", () => {
  const result = parseFigure("  12 apples ", "en-US");
  assert.equal(result, {
    ok: false,
    reason: "`12 apples` ends in `apples`, which is not a unit, currency or scale word; move words to the label, or give the number as `value=` and keep the text as written",
  });
});

Parse("reads back what Intl.NumberFormat writes, in every tested locale", () => {
  const locales = ["en-US", "en-GB", "de-DE", "fr-FR", "en-IN", "de-CH"];
  fc.assert(fc.property(
    fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...locales),
    (whole, places, locale) => {
      const value = Number((whole / 10 ** places).toFixed(places));
      const written = formatFigure(value, { style: "decimal" }, locale);
      const result = parseFigure(written, locale);
      return result.ok && result.figure.value === value;
    },
  ), { numRuns: 500 });
});

Parse("never throws: any text is a finite value or a reason that quotes it", () => {
  const pieces = fc.constantFrom("1", "23", "456", ",", ".", " ", "\u202f", "-", "−", "+", "$", "€", "£", "USD", "%", "x",
    "k", "m", "M", "bn", "million", "Mio.", "kg", "lb", "(", ")", "–", "about", "e", "'");
  fc.assert(fc.property(
    fc.array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((p) => p.join("")),
    fc.constantFrom("en-US", "de-DE", "fr-FR", "en-IN", "de-CH"),
    (written, locale) => {
      const result = parseFigure(written, locale);
      return result.ok ? Number.isFinite(result.figure.value) : result.reason.length > 0;
    },
  ), { numRuns: 2000 });
});

Parse.run();
