// Whether a stat callout's figure is one the article's prose writes, and which prose figure is near it.
import type { BodyFigure } from "./body-figures.ts";
import { parseFigure, type ParsedFigure } from "./parse-figure.ts";

/** A callout's figure as the check compares it: what it counts and every value it may stand for. */
export interface CalloutFigure {
  kind: ParsedFigure["kind"];
  currency?: string;
  unit?: string;
  /** The machine value and, when the shown text reads as another one, that one too. */
  values: number[];
}

/** A prose figure with the body line it is on. */
export interface PlacedFigure extends BodyFigure {
  line: number;
}

/** How close a different value must be to be offered as "the body has …": within 10 %. */
export const NEAR = 0.1;

/** A callout as compared: `text` is shown, `value` is `<data value>`. */
export function calloutFigure(text: string, value: number, locale: string): CalloutFigure {
  const parsed = parseFigure(text, locale);
  if (!parsed.ok) return { kind: "number", values: [value] };
  const { kind, currency, unit } = parsed.figure;
  const values = parsed.figure.value === value ? [value] : [value, parsed.figure.value];
  return { kind, ...(currency ? { currency } : {}), ...(unit !== undefined ? { unit } : {}), values };
}

/**
 * Whether a prose figure counts the same thing as the callout: the same currency (or a plain
 * number with that currency named nearby), the same unit, a percentage for a percentage, a
 * multiplier or plain number for a multiplier. A plain-number callout takes any prose figure.
 */
export function sameKind(callout: CalloutFigure, body: BodyFigure): boolean {
  const figure = body.figure;
  switch (callout.kind) {
    case "currency":
      return figure.currency === callout.currency || (figure.kind === "number" && body.nearby.includes(callout.currency!));
    case "unit":
      return figure.kind === "unit" && figure.unit === callout.unit;
    case "percent":
      return figure.kind === "percent";
    case "multiplier":
      return figure.kind === "multiplier" || figure.kind === "number";
    default:
      return true;
  }
}

function equal(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

/** The first prose figure of the same kind and value, if any. */
export function matchingFigure(callout: CalloutFigure, body: readonly PlacedFigure[]): PlacedFigure | undefined {
  return body.find((f) => sameKind(callout, f) && callout.values.some((v) => equal(f.figure.value, v)));
}

/** The prose figure of the same kind nearest the callout's value, within `NEAR` of it (the earliest on a tie). */
export function nearFigure(callout: CalloutFigure, body: readonly PlacedFigure[]): PlacedFigure | undefined {
  const value = callout.values[0];
  let best: PlacedFigure | undefined;
  let distance = Infinity;
  for (const f of body) {
    if (!sameKind(callout, f)) continue;
    const d = Math.abs(f.figure.value - value);
    if (d > Math.abs(value) * NEAR || d >= distance) continue;
    best = f;
    distance = d;
  }
  return best;
}

const NUMBER = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 15 });

/** The callout's value in one notation for every locale: `53,400,000 USD`, `64%`, `850 kilogram`. */
export function describeCallout(callout: CalloutFigure): string {
  const value = callout.values[0];
  switch (callout.kind) {
    case "currency":
      return `${NUMBER.format(value)} ${callout.currency}`;
    case "percent":
      return `${NUMBER.format(value * 100)}%`;
    case "unit":
      return `${NUMBER.format(value)} ${callout.unit || "tonne"}`;
    case "multiplier":
      return `${NUMBER.format(value)}×`;
    default:
      return NUMBER.format(value);
  }
}
