import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { suite } from "uvu";
import * as assert from "uvu/assert";

const Hook = suite("uvu's before-hook errors are reported");
const fixture = fileURLToPath(new URL("./fixtures/failing-before.ts", import.meta.url));
const register = fileURLToPath(new URL("./register-uvu-before-errors.mjs", import.meta.url));
const run = (imports: string[]) => spawnSync(process.execPath, [...imports, "--import", "tsx", fixture], { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });

Hook("with the hook, the thrown message and where it came from are printed as a failure", () => {
  const out = run(["--import", register]);
  assert.match(out.stdout, /FAIL\s+setup that throws\s+"before: the fixture site did not build"/);
  assert.match(out.stdout, /failing-before\.ts/);
  assert.is.not(out.status, 0);
});

Hook("without it, uvu says nothing of why (what the hook is for)", () => {
  const out = run([]);
  assert.not.match(out.stdout, /the fixture site did not build/);
});

Hook.run();
