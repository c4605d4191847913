import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatOptions, parseValueAttribute } from "../../../plugins/newsdesk/stats/format-options.ts";
import { decimalPlaces, formatFigure, numberFormat } from "../../../plugins/newsdesk/stats/format-figure.ts";

const Format = suite("formatFigure: values → text in en-US, en-GB, de-DE, fr-FR");

// fr-FR groups digits with U+202F (narrow no-break space) and puts U+00A0 before `%`, `€`, `$US`;
// de-DE puts U+00A0 before currency symbols and `%`. Exact strings, so a change in ICU shows up.
const NBSP = "\u00a0";
const NNBSP = "\u202f";
const LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR"] as const;
const TABLE: [number, Record<string, string>, [string, string, string, string]][] = [
  [53400000, { currency: "USD", notation: "compact" }, ["$53.4M", "US$53.4m", `53,4${NBSP}Mio.${NBSP}$`, `53,4${NBSP}M${NBSP}$US`]],
  [53400000, { currency: "USD" }, ["$53,400,000", "US$53,400,000", `53.400.000${NBSP}$`, `53${NNBSP}400${NNBSP}000${NBSP}$US`]],
  [2100000000, { currency: "EUR", notation: "compact" }, ["€2.1B", "€2.1bn", `2,1${NBSP}Mrd.${NBSP}€`, `2,1${NBSP}Md${NBSP}€`]],
  [2100000000, { currency: "GBP", notation: "compact" }, ["£2.1B", "£2.1bn", `2,1${NBSP}Mrd.${NBSP}£`, `2,1${NBSP}Md${NBSP}£GB`]],
  [2.5, { currency: "EUR" }, ["€2.50", "€2.50", `2,50${NBSP}€`, `2,50${NBSP}€`]],
  [53400000, { currency: "USD", currencyDisplay: "code" }, [`USD${NBSP}53,400,000`, `USD${NBSP}53,400,000`, `53.400.000${NBSP}USD`, `53${NNBSP}400${NNBSP}000${NBSP}USD`]],
  [0.64, { style: "percent" }, ["64%", "64%", `64${NBSP}%`, `64${NBSP}%`]],
  [0.125, { style: "percent" }, ["12.5%", "12.5%", `12,5${NBSP}%`, `12,5${NBSP}%`]],
  [0.12, { style: "percent", signDisplay: "exceptZero" }, ["+12%", "+12%", `+12${NBSP}%`, `+12${NBSP}%`]],
  [850, { unit: "kilogram" }, ["850 kg", "850 kg", "850 kg", `850${NNBSP}kg`]],
  [13900, { unit: "pound", unitDisplay: "long" }, ["13,900 pounds", "13,900 pounds", "13.900 Pfund", `13${NNBSP}900${NBSP}livres`]],
  [88, { unit: "kilometer-per-hour" }, ["88 km/h", "88 km/h", "88 km/h", `88${NNBSP}km/h`]],
  [1200000, { notation: "compact", compactDisplay: "long" }, ["1.2 million", "1.2 million", "1,2 Millionen", "1,2 million"]],
  [288, {}, ["288", "288", "288", "288"]],
  [1234.5678, {}, ["1,234.5678", "1,234.5678", "1.234,5678", `1${NNBSP}234,5678`]],
  [1234.5, { maximumFractionDigits: "0" }, ["1,235", "1,235", "1.235", `1${NNBSP}235`]],
  [1234, { useGrouping: "min2" }, ["1234", "1234", "1234", "1234"]],
  [-5, {}, ["-5", "-5", "-5", "-5"]],
  [3.2, {}, ["3.2", "3.2", "3,2", "3,2"]],
];

for (const [value, attributes, expected] of TABLE) {
  Format(`${value} with ${JSON.stringify(attributes)}`, () => {
    const checked = formatOptions(attributes);
    assert.ok(checked.ok, JSON.stringify(checked));
    if (!checked.ok) return;
    assert.equal(LOCALES.map((locale) => formatFigure(value, checked.options, locale)), expected);
  });
}

Format("never rounds away digits the author typed, unless asked", () => {
  assert.is(formatFigure(0.0125, { style: "percent" }, "en-US"), "1.25%");
  assert.is(formatFigure(1.23456, {}, "en-US"), "1.23456");
  assert.is(formatFigure(2.125, { style: "currency", currency: "USD" }, "en-US"), "$2.125");
  assert.is(formatFigure(2.125, { style: "currency", currency: "USD", maximumFractionDigits: 2 }, "en-US"), "$2.13");
  // Yen have no minor unit: Intl alone would print ¥6.
  assert.is(formatFigure(5.5, { style: "currency", currency: "JPY" }, "en-US"), "¥5.5");
  assert.is(formatFigure(500, { style: "currency", currency: "JPY" }, "en-US"), "¥500");
  assert.is(formatFigure(1.2345, { style: "currency", currency: "KWD" }, "en-US"), "KWD\u00a01.2345");
});

Format("caches one Intl.NumberFormat per locale and options, whatever the key order", () => {
  const a = numberFormat("de-DE", { style: "currency", currency: "EUR" });
  assert.is(numberFormat("de-DE", { currency: "EUR", style: "currency" }), a);
  assert.is.not(numberFormat("fr-FR", { style: "currency", currency: "EUR" }), a);
});

Format("counts decimal places, exponents included", () => {
  assert.equal([decimalPlaces(288), decimalPlaces(0.125), decimalPlaces(1.5e-7), decimalPlaces(1e21)], [0, 3, 8, 0]);
});

Format.run();

const Options = suite("formatOptions: attributes → Intl options");

Options("implies the style from currency or unit", () => {
  assert.equal(formatOptions({ currency: "usd" }), { ok: true, options: { currency: "USD", style: "currency" } });
  assert.equal(formatOptions({ unit: "kilogram" }), { ok: true, options: { unit: "kilogram", style: "unit" } });
  assert.equal(formatOptions({}), { ok: true, options: { style: "decimal" } });
  assert.equal(formatOptions({ useGrouping: "false" }), { ok: true, options: { useGrouping: false, style: "decimal" } });
});

const BAD: [Record<string, string>, string][] = [
  [{ currency: "XYZ" }, "`currency=XYZ` is not a currency code; expected an ISO 4217 code such as `USD`, `EUR` or `GBP`"],
  [{ unit: "furlong" }, "`unit=furlong` is not a unit Intl.NumberFormat knows; expected one of `acre`, `bit`"],
  [{ unit: "kilogram-per-furlong" }, "`unit=kilogram-per-furlong` is not a unit"],
  [{ style: "fancy" }, "`style=fancy` is not allowed; expected one of `decimal`, `percent`, `currency`, `unit`"],
  [{ notation: "short" }, "`notation=short` is not allowed; expected one of `standard`, `scientific`, `engineering`, `compact`"],
  [{ signDisplay: "yes" }, "`signDisplay=yes` is not allowed"],
  [{ style: "currency" }, "`style=currency` needs `currency`, such as `currency=USD`"],
  [{ style: "unit" }, "`style=unit` needs `unit`, such as `unit=kilogram`"],
  [{ currency: "USD", unit: "meter" }, "`currency` and `unit` are both given"],
  [{ style: "percent", currency: "USD" }, "`style=percent` does not go with `currency`; leave `style` out"],
  [{ maximumFractionDigits: "x" }, "`maximumFractionDigits=x` is not allowed; expected a whole number from 0 to 100"],
  [{ maximumSignificantDigits: "0" }, "expected a whole number from 1 to 21"],
  [{ minimumFractionDigits: "5", maximumFractionDigits: "2" }, "`minimumFractionDigits=5` is more than `maximumFractionDigits=2`; expected the minimum at most the maximum"],
  [{ minimumSignificantDigits: "5", maximumSignificantDigits: "2" }, "`minimumSignificantDigits=5` is more than `maximumSignificantDigits=2`"],
];

for (const [attributes, message] of BAD) {
  Options(`refuses ${JSON.stringify(attributes)}`, () => {
    const checked = formatOptions(attributes);
    assert.is(checked.ok, false);
    if (!checked.ok) assert.ok(checked.problems.some((p) => p.includes(message)), checked.problems.join("\n"));
  });
}

Options("reports every problem at once", () => {
  const checked = formatOptions({ currency: "XYZ", notation: "short", maximumFractionDigits: "-1" });
  assert.is(checked.ok ? 0 : checked.problems.length, 3);
});

Options("reads value= as machines write numbers, and nothing else", () => {
  assert.equal(["53400000", "0.64", "-5", "+5", "1e9", ".5", " 7 "].map(parseValueAttribute), [53400000, 0.64, -5, 5, 1e9, 0.5, 7]);
  assert.equal(["", "53,400,000", "$5", "NaN", "Infinity", "1e400", "0x10", "5 kg"].map(parseValueAttribute), Array(8).fill(undefined));
});

Options.run();
