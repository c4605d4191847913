// Pagefind's CPU in a measured build: its Node API kills the binary without waiting for it, so
// GNU time never counts it. The build runs the binary through bench/pagefind-timed.sh, which
// waits for it and writes its times to a file this reads once the build is over.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const WRAPPER = fileURLToPath(new URL("./pagefind-timed.sh", import.meta.url));

/** bash's `times` line, `0m7.275s 0m2.605s`, as milliseconds of user plus system time. */
export function timesLineMs(line: string): number {
  const part = (text: string) => {
    const m = text.match(/^(\d+)m([\d.]+)s$/);
    if (!m) throw new Error(`not a \`times\` value: ${text}`);
    return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  };
  const [user, system] = line.trim().split(/\s+/);
  return part(user!) + part(system!);
}

/** The sum of the binary's times in the file: every second line (the first of each pair is the shell's own). */
export function pagefindCpuMs(text: string): number {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  let total = 0;
  for (let i = 1; i < lines.length; i += 2) total += timesLineMs(lines[i]!);
  return total;
}

/** The environment that routes the build's Pagefind through the wrapper, and a reader of its CPU once the build ended. */
export function pagefindTimer(): { env: Record<string, string>; cpuMs(): Promise<number> } {
  const real = createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${os.arch()}/bin/pagefind_extended`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-pagefind-cpu-")), "times");
  return {
    env: { PAGEFIND_EXTENDED_BINARY_PATH: WRAPPER, NEWSDESK_BENCH_PAGEFIND_REAL: real, NEWSDESK_BENCH_PAGEFIND_CPU: file },
    async cpuMs() {
      // The wrapper outlives the build by the moment the binary takes to stop. A build that
      // ran no Pagefind (search switched off) has no file at all.
      for (let waited = 0; waited < 10_000 && fs.existsSync(`${file}.running`); waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      return pagefindCpuMs(text);
    },
  };
}
