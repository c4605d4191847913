import { suite } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { DateTime } from "luxon";
import "../../helpers/property-seed.ts";
import { isoWithOffset } from "../../../plugins/newsdesk/neighbours/date-format.ts";

const ZONES = [
  "America/New_York", "Europe/London", "Europe/Dublin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Lord_Howe",
  "Pacific/Chatham", "America/St_Johns", "Pacific/Apia", "Pacific/Kiritimati", "Africa/Monrovia", "America/Sao_Paulo",
  "Antarctica/Troll", "UTC",
];
const MAX = 8.64e15;

/**
 * isoWithOffset as it was before it read the wall clock through plugins/newsdesk/dates/wall-clock.ts
 * (`formatToParts()` on a formatter of its own), kept verbatim as the reference: the output must not change.
 */
function isoTextBefore(date: Date, timeZone: string): string {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  });
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  const [y, mo, d, h, mi, s] = ["year", "month", "day", "hour", "minute", "second"].map((t) => Number(parts[t]));
  const instant = Math.floor(date.getTime() / 1000) * 1000;
  const offset = Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - instant) / 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}` + `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const Iso = suite("isoWithOffset");

Iso("writes what it wrote before, for any instant in Date's range and any zone", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.integer({ min: -MAX, max: MAX }),
        fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: Date.UTC(-20, 0, 1), max: Date.UTC(120, 0, 1) }),
      ),
      fc.constantFrom(...ZONES),
      (t, zone) => {
        const date = new Date(t);
        assert.is(isoWithOffset(date, zone), isoTextBefore(date, zone));
      },
    ),
    { numRuns: 10_000 },
  );
});

// Before 1973 some of these zones kept local mean times with seconds (Monrovia -0:44:30, Apia
// -11:26:56 until 1911): isoWithOffset rounds those to the minute where luxon truncates.
Iso("writes what luxon writes from 1973 to 2100, to the second", () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1973, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...ZONES), (t, zone) => {
      assert.is(isoWithOffset(new Date(t), zone), DateTime.fromMillis(t, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ"));
    }),
    { numRuns: 5_000 },
  );
});

Iso("writes the same at the instants clocks change, and a second either side", () => {
  const changes = ["2023-03-12T07:00:00Z", "2023-11-05T06:00:00Z", "2023-10-29T01:00:00Z", "1972-01-07T00:44:30Z", "2011-12-30T10:00:00Z"];
  for (const iso of changes) {
    for (const delta of [-1000, -1, 0, 1, 999, 1000]) {
      for (const zone of ZONES) {
        const date = new Date(Date.parse(iso) + delta);
        assert.is(isoWithOffset(date, zone), isoTextBefore(date, zone), `${date.toISOString()} in ${zone}`);
      }
    }
  }
});

Iso.run();
