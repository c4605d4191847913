// What GNU `time -v` says a command cost, read from the stderr it wrote.

/** CPU (user + system, of the command and the children it waited for) and peak RSS. */
export interface GnuTimeUsage {
  cpuMs: number;
  peakRssMb: number;
}

/** Reads `time -v`'s report; throws naming the line when one is missing (time not run with `-v`). */
export function gnuTimeUsage(stderr: string): GnuTimeUsage {
  const field = (label: string) => {
    const match = stderr.match(new RegExp(`${label}[^:]*:\\s*([\\d.]+)`));
    if (!match) throw new Error(`no "${label}" in the output of /usr/bin/time -v`);
    return Number(match[1]);
  };
  return { cpuMs: (field("User time") + field("System time")) * 1000, peakRssMb: field("Maximum resident set size") / 1024 };
}
