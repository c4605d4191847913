// luxon's IANA zone with a cheaper `offset()`: front-matter parsing asks it two or three times a date.
import { IANAZone, Info, type Zone } from "luxon";
import { offsetMinutes } from "../../plugins/newsdesk/index.ts";

/**
 * An `IANAZone` whose `offset(ts)` reads the wall clock with one `Intl` `format()` and a regular
 * expression, remembered per instant (plugins/newsdesk/dates/wall-clock.ts), instead of luxon's
 * `formatToParts()` on every call: about a quarter of the cost, the same minutes (fractional ones included; test/site/fast-iana-zone.test.ts
 * compares them with luxon's over the whole `Date` range). Everything else is luxon's: the type
 * stays `iana` and the name the same, so luxon formats with it as with its own zone and `equals()`
 * holds both ways (luxon compares IANA zones by type and name).
 */
export class FastIanaZone extends IANAZone {
  override offset(ts: number): number {
    // As luxon's: NaN for an invalid zone or an instant outside Date's range.
    if (!this.isValid || Number.isNaN(new Date(ts).getTime())) return NaN;
    return offsetMinutes(ts, this.name);
  }
}

const zones = new Map<string, Zone | string>();

/**
 * What to hand luxon as `zone` for the site's `zone` setting: a {@link FastIanaZone} where luxon
 * would make an `IANAZone` of the string, else the string itself (`UTC`, `UTC+3`, an unknown
 * zone), for luxon to read as it always has. One per setting.
 */
export function luxonZone(zone: string): Zone | string {
  let found = zones.get(zone);
  if (found === undefined) {
    const luxons = Info.normalizeZone(zone);
    found = luxons.type === "iana" && luxons.isValid && luxons.name === zone ? new FastIanaZone(zone) : zone;
    zones.set(zone, found);
  }
  return found;
}
