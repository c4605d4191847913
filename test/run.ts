// Runs every uvu suite under test/ (through tsx) and ends with one line: `N passed, N failed, N skipped`.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// uvu's package exports hide bin.js; resolve it beside the package's main file.
const uvu = fileURLToPath(new URL("../bin.js", import.meta.resolve("uvu")));
// A subset pattern (`plugins/newsdesk`) still only picks test files, never fixtures beside them.
const pattern = process.argv[2] ? `^(?=.*(?:${process.argv[2]})).*\\.test\\.ts$` : "\\.test\\.ts$";

// uvu swallows what a suite's `before` throws; the hook makes it a reported failure.
const beforeErrors = fileURLToPath(new URL("./helpers/register-uvu-before-errors.mjs", import.meta.url));
const child = spawn(process.execPath, ["--import", beforeErrors, "--import", "tsx", uvu, "test", pattern], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1" },
});

let output = "";
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  output += chunk.toString();
});

child.on("close", (code) => {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const count = (label: string) => Number(plain.match(new RegExp(`${label}:\\s+(\\d+)`))?.[1] ?? 0);
  const total = count("Total");
  const passed = count("Passed");
  const skipped = count("Skipped");
  // uvu's Total counts only tests that ran (skipped ones are not in it), so failed = total - passed.
  let failed = Math.max(total - passed, 0);
  // A crash before uvu's summary (a test file that throws on import) is a failure, never a pass.
  if (code !== 0 && failed === 0) failed = 1;
  // uvu prints a failure where it happens; a CI log is often read from its end, so say them again.
  const failures = failureReports(plain);
  if (failures.length) console.log(`\nFailed (repeated from above):\n\n${failures.join("\n\n")}`);
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(code === 0 && failed === 0 ? 0 : 1);
});

/**
 * The failure reports in uvu's plain output: each ` FAIL ` line with the message and stack under it,
 * up to the next report, the next suite's tally `(n / m)`, a test file's name or the summary.
 */
function failureReports(plain: string): string[] {
  const lines = plain.split("\n");
  const reports: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s+FAIL\s/.test(lines[i]!)) continue;
    const report = [lines[i]!];
    for (let j = i + 1; j < lines.length && report.length < 40; j++) {
      const line = lines[j]!;
      if (/^\s+FAIL\s/.test(line) || /\(\d+ \/ \d+\)\s*$/.test(line) || /^\S/.test(line) || /^\s+Total:/.test(line)) break;
      report.push(line);
    }
    reports.push(report.join("\n").trimEnd());
  }
  return reports;
}
