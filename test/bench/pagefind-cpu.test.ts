import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pagefindCpuMs, timesLineMs } from "../../bench/pagefind-cpu.ts";

const Cpu = suite("Pagefind's CPU in a measured build");

Cpu("bash's `times` lines are read as milliseconds; only the children's line of each run counts", () => {
  assert.is(timesLineMs("0m7.275s 0m2.605s"), 9880);
  assert.is(timesLineMs("1m0.500s 0m0.000s"), 60_500);
  assert.is(pagefindCpuMs("0m0.001s 0m0.002s\n0m7.275s 0m2.605s\n0m0.001s 0m0.000s\n0m1.000s 0m0.000s\n"), 10_880);
  assert.throws(() => timesLineMs("7.2 2.6"), /not a `times` value/);
});

Cpu("the wrapper runs the binary with its stdin and arguments, and writes the binary's times", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pagefind-cpu-test-"));
  try {
    const fake = path.join(dir, "fake.sh");
    fs.writeFileSync(fake, '#!/usr/bin/env bash\nread -r line\necho "$1:$line"\n', { mode: 0o755 });
    const times = path.join(dir, "times");
    const out = execFileSync("bench/pagefind-timed.sh", ["--service"], { input: "hello\n", env: { ...process.env, NEWSDESK_BENCH_PAGEFIND_REAL: fake, NEWSDESK_BENCH_PAGEFIND_CPU: times }, encoding: "utf8" });
    assert.is(out, "--service:hello\n");
    assert.is(fs.readFileSync(times, "utf8").trim().split("\n").length, 2);
    assert.not.ok(fs.existsSync(`${times}.running`), "the run is marked over");
    assert.ok(pagefindCpuMs(fs.readFileSync(times, "utf8")) >= 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Cpu.run();
