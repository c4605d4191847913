// Reads a V8 .cpuprofile (from `node --cpu-prof`) and prints the functions with the most self time,
// and the same grouped by file. Usage: `tsx bench/top-self-time.ts <file.cpuprofile> [rows]`.
import * as fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in ms per function (`name file:line`) and per file, largest first. */
export function selfTimes(profile: Profile): { functions: [string, number][]; files: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = frame.url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "~/") || "(native)";
    const key = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { functions: sorted(functions), files: sorted(files) };
}

if (process.argv[1]?.endsWith("top-self-time.ts")) {
  const [file, rows = "30"] = process.argv.slice(2);
  if (!file) throw new Error("usage: tsx bench/top-self-time.ts <file.cpuprofile> [rows]");
  const { functions, files } = selfTimes(JSON.parse(fs.readFileSync(file, "utf8")) as Profile);
  const total = functions.reduce((sum, [, ms]) => sum + ms, 0);
  const show = (list: [string, number][]) =>
    list.slice(0, Number(rows)).map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  console.log([`total ${total.toFixed(0)} ms`, "", "by function (self time):", ...show(functions), "", "by file:", ...show(files)].join("\n"));
}
