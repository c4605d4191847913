// Optional front-matter dates (`updated`) for structured data, Open Graph and sitemaps.
// (ISO values with the site's offset come from src/dates/format-date.ts `isoDateTime`.)
import { parseDate } from "../dates/parse-date.ts";

/** Reads a front-matter date (string, Date or undefined) as a `Date`, or `undefined`. */
export function frontMatterDate(value: unknown, zone: string): Date | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const parsed = parseDate(value, zone);
  return parsed.ok ? parsed.date.toJSDate() : undefined;
}
