// Which instant a wall-clock time without an offset means in a zone: the same on every build,
// whatever the build machine's clock says (luxon's own guess starts from the offset in force now).

/** What {@link zonedInstant} needs of a zone: luxon's `Zone#offset`, minutes east of UTC at an instant. */
export interface OffsetSource {
  offset(instant: number): number;
}

const DAY = 86_400_000;

/**
 * The instant (ms since the epoch) at which `zone`'s clocks show `local`, the wall clock read as if
 * it were UTC (ms). Where the clocks show it twice (an overlap: 01:30 on the night clocks fall
 * back) the earlier; where they never show it (a gap: 02:30 on the night clocks spring forward)
 * the wall clock read with the offset in force before the gap, which moves it forward by the gap's
 * length (02:30 → 03:30). That is Temporal's `disambiguation: "compatible"` and java.time's default
 * (https://tc39.es/proposal-temporal/#sec-temporal-disambiguatepossibleepochnanoseconds), and in a
 * gap it is what luxon already does.
 *
 * As in Temporal's reference implementation (GetNamedTimeZoneEpochNanoseconds), the wall clock
 * can only mean the offset in force some time before it or the one some time after it, here at the
 * start of the UTC day before `local`'s and of the second day after it: a window of three days,
 * which holds every reading (offsets stay within ±16 hours) and at most one change of offset (the
 * closest two in the time-zone data of Node 20's ICU, 1800–2100, are a week apart: Recife's in
 * October 2000; tzdata's backzone file, which ICU leaves out, has two 95 hours apart, Freetown's in
 * September 1939). Whole UTC days, so that the articles of the same few days ask the zone for the
 * same instants, which FastIanaZone remembers: one `Intl` call a date on a busy site, not three.
 */
export function zonedInstant(local: number, zone: OffsetSource): number {
  const day = Math.floor(local / DAY) * DAY;
  const before = zone.offset(day - DAY);
  const after = zone.offset(day + 2 * DAY);
  // `o * 60 * 1000` as luxon writes it, so that offsets with seconds (local mean times: Monrovia's
  // -44.5 minutes) give the very same milliseconds as luxon's own reading.
  const early = local - before * 60 * 1000;
  // A reading holds when the zone's offset at it is the one assumed. Outside changes (nearly
  // always) the two offsets are the same, and so is the answer: the one reading, luxon's.
  const earlyHolds = zone.offset(early) === before;
  if (before === after && earlyHolds) return early;
  const late = local - after * 60 * 1000;
  const lateHolds = zone.offset(late) === after;
  if (earlyHolds && lateHolds) return Math.min(early, late);
  if (earlyHolds) return early;
  if (lateHolds) return late;
  // Neither: a gap, read with the offset before it.
  return early;
}
