import { suite } from "uvu";
import * as assert from "uvu/assert";
import { gnuTimeUsage } from "../../bench/gnu-time.ts";

const Usage = suite("gnuTimeUsage");

Usage("reads CPU (user + system) and peak RSS from time -v's report", () => {
  const stderr = "\tCommand being timed: \"hugo\"\n\tUser time (seconds): 1.50\n\tSystem time (seconds): 0.25\n\tMaximum resident set size (kbytes): 204800\n";
  assert.equal(gnuTimeUsage(stderr), { cpuMs: 1750, peakRssMb: 200 });
});

Usage("a report without a line is an error naming it", () => {
  assert.throws(() => gnuTimeUsage("\tUser time (seconds): 1.50\n"), /no "System time"/);
});

Usage.run();
