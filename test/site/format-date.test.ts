import { suite } from "uvu";
import * as assert from "uvu/assert";
import { DateTime } from "luxon";
import fc from "fast-check";
import "../helpers/property-seed.ts";
import { isoCalendarDate, isoDateTime, readableDate, readableDateTime, toZonedDateTime } from "../../src/dates/format-date.ts";

const NY = "America/New_York";

const Readable = suite("readableDate");

Readable("shows a date-only value as that calendar day, not the UTC day before", () => {
  assert.is(readableDate("2023-05-02", NY), "May 2, 2023");
});

Readable("keeps a late-evening time on its local day though UTC is already the next", () => {
  assert.is(readableDate("2023-05-02 23:30", NY), "May 2, 2023");
  assert.is(readableDate(new Date("2023-05-03T03:30:00Z"), NY), "May 2, 2023");
});

Readable("keeps a zone ahead of UTC on its local day", () => {
  assert.is(readableDate("2023-05-02", "Pacific/Auckland"), "May 2, 2023");
  assert.is(readableDate("2023-05-02 00:30", "Pacific/Auckland"), "May 2, 2023");
});

Readable("reads a luxon DateTime in the site zone", () => {
  assert.is(readableDate(DateTime.fromISO("2024-01-01T02:00:00Z"), NY), "Dec 31, 2023");
});

Readable("uses the locale's format", () => {
  assert.is(readableDate("2023-05-02", NY, "en-GB"), "2 May 2023");
});

Readable("adds the time and zone abbreviation in readableDateTime", () => {
  assert.is(readableDateTime("2023-05-02 09:30", NY), "May 2, 2023, 9:30 AM EDT");
});

Readable("throws on an unreadable string", () => {
  assert.throws(() => readableDate("May the 4th", NY), /Cannot read "May the 4th" as a date/);
});

Readable.run();

const Iso = suite("isoDateTime");

Iso("gives a date-only value as local midnight with the zone's offset", () => {
  assert.is(isoDateTime("2023-05-02", NY), "2023-05-02T00:00:00-04:00");
  assert.is(isoDateTime("2023-01-02", NY), "2023-01-02T00:00:00-05:00");
});

Iso("gives a date-time value with its offset", () => {
  assert.is(isoDateTime("2023-05-02 09:30", NY), "2023-05-02T09:30:00-04:00");
});

Iso("re-expresses an explicit offset in the site zone, same instant", () => {
  assert.is(isoDateTime("2023-05-02T09:30:00+02:00", NY), "2023-05-02T03:30:00-04:00");
});

Iso("handles the spring-forward gap: 02:30 does not exist, it moves forward to 03:30 EDT", () => {
  assert.is(isoDateTime("2023-03-12 01:30", NY), "2023-03-12T01:30:00-05:00");
  assert.is(isoDateTime("2023-03-12 02:30", NY), "2023-03-12T03:30:00-04:00");
  assert.is(isoDateTime("2023-03-12 03:30", NY), "2023-03-12T03:30:00-04:00");
});

// luxon alone took the offset in force on the day of the build: EST in winter, EDT in summer
// (test/site/parse-date-dst.test.ts sets its clock to both).
Iso("handles the fall-back overlap: 01:30 happens twice, the first (EDT) is taken, in any season", () => {
  assert.is(isoDateTime("2023-11-05 01:30", NY), "2023-11-05T01:30:00-04:00");
  assert.is(isoDateTime("2023-11-05 00:30", NY), "2023-11-05T00:30:00-04:00");
  assert.is(isoDateTime("2023-11-05 02:00", NY), "2023-11-05T02:00:00-05:00");
  assert.is(isoDateTime("2023-11-05T01:30:00-05:00", NY), "2023-11-05T01:30:00-05:00");
});

Iso("formats a JS Date (page.date) in the zone", () => {
  assert.is(isoDateTime(new Date("2023-05-02T04:00:00Z"), NY), "2023-05-02T00:00:00-04:00");
});

Iso("gives the calendar date in the zone", () => {
  assert.is(isoCalendarDate(new Date("2023-05-03T03:30:00Z"), NY), "2023-05-02");
});

Iso("caches per zone: the same instant formats differently in two zones", () => {
  const instant = new Date("2023-05-02T12:00:00Z");
  assert.is(isoDateTime(instant, NY), "2023-05-02T08:00:00-04:00");
  assert.is(isoDateTime(instant, "Asia/Tokyo"), "2023-05-02T21:00:00+09:00");
  assert.is(isoDateTime(instant, NY), "2023-05-02T08:00:00-04:00");
});

Iso.run();

const Zoned = suite("toZonedDateTime");

Zoned("returns the instant in the zone for every input kind", () => {
  const expected = "2023-05-02T09:30:00.000-04:00";
  assert.is(toZonedDateTime("2023-05-02 09:30", NY).toISO(), expected);
  assert.is(toZonedDateTime(new Date("2023-05-02T13:30:00Z"), NY).toISO(), expected);
  assert.is(toZonedDateTime(DateTime.fromISO("2023-05-02T13:30:00Z"), NY).toISO(), expected);
});

Zoned.run();

const AgainstLuxon = suite("formatters agree with luxon");

// The formatters call Intl directly; luxon (which formats through Intl too) is the reference.
AgainstLuxon("for any instant in zones with DST, half and quarter hours, and UTC", () => {
  const zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "UTC", "Pacific/Kiritimati"];
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.constantFrom(...zones),
      fc.constantFrom("en-US", "en-GB", "de-DE", "fr-FR"),
      fc.boolean(),
      (ms, zone, locale, wholeSeconds) => {
        const instant = wholeSeconds ? ms - (ms % 1000) : ms;
        const date = new Date(instant);
        const zoned = DateTime.fromMillis(instant, { zone });
        assert.is(isoDateTime(date, zone), zoned.toISO({ suppressMilliseconds: true }));
        assert.is(isoCalendarDate(date, zone), zoned.toISODate());
        assert.is(readableDate(date, zone, locale), zoned.setLocale(locale).toLocaleString(DateTime.DATE_MED));
        assert.is(readableDateTime(date, zone, locale), zoned.setLocale(locale).toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: "short" }));
      },
    ),
    { numRuns: 4000 },
  );
});

// Local mean times before standard time put seconds in the offset (Monrovia -0:44:30 until 1972,
// Kolkata +5:53:28, Apia -11:26:56): luxon shows them truncated to the minute, so must isoDateTime.
AgainstLuxon("for any instant from year 1 to 9999, local mean times included", () => {
  const zones = ["America/New_York", "Africa/Monrovia", "Asia/Kolkata", "Pacific/Apia", "Europe/Dublin", "Australia/Lord_Howe"];
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: Date.parse("0001-01-02T00:00:00Z"), max: Date.parse("9999-12-30T00:00:00Z") }), fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(1975, 0, 1) })),
      fc.constantFrom(...zones),
      (instant, zone) => {
        const zoned = DateTime.fromMillis(instant, { zone });
        assert.is(isoDateTime(new Date(instant), zone), zoned.toISO({ suppressMilliseconds: true }));
        assert.is(isoCalendarDate(new Date(instant), zone), zoned.toISODate());
      },
    ),
    { numRuns: 4000 },
  );
});

AgainstLuxon("at the instants clocks change", () => {
  for (const iso of ["2023-03-12T06:59:59Z", "2023-03-12T07:00:00Z", "2023-11-05T05:59:59Z", "2023-11-05T06:00:00Z", "2023-10-29T00:59:59.500Z", "2023-10-29T01:00:00Z"]) {
    for (const zone of ["America/New_York", "Europe/London"]) {
      const date = new Date(iso);
      assert.is(isoDateTime(date, zone), DateTime.fromJSDate(date, { zone }).toISO({ suppressMilliseconds: true }), `${iso} in ${zone}`);
    }
  }
});

AgainstLuxon.run();
