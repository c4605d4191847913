// Where the benchmark's builds write: tmpfs when it can, the temp dir on disk when asked or when it cannot.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { chooseOutputLocation, describeOutputLocation, isWritableDir, SHM_DIR } from "../../bench/output-location.ts";

const Choose = suite("chooseOutputLocation");
const everyDirWritable = () => true;
const noDirWritable = () => false;

Choose("writes to /dev/shm (tmpfs) by default when it is writable", () => {
  const asked: string[] = [];
  const location = chooseOutputLocation(false, "/tmp", (dir) => (asked.push(dir), true));
  assert.equal(location, { kind: "tmpfs", dir: SHM_DIR });
  assert.equal(asked, ["/dev/shm"]);
});

Choose("falls back to the temp dir on disk, and says why, when /dev/shm is missing or not writable", () => {
  assert.equal(chooseOutputLocation(false, "/var/tmp", noDirWritable), {
    kind: "disk",
    dir: "/var/tmp",
    fallback: "/dev/shm is missing or not writable",
  });
});

Choose("writes to the temp dir with --disk, without looking at /dev/shm", () => {
  const asked: string[] = [];
  assert.equal(chooseOutputLocation(true, "/tmp", (dir) => (asked.push(dir), true)), { kind: "disk", dir: "/tmp" });
  assert.equal(asked, []);
});

Choose("checks the tmpfs folder it is given", () => {
  assert.equal(chooseOutputLocation(false, "/tmp", (dir) => dir === "/run/shm", "/run/shm"), { kind: "tmpfs", dir: "/run/shm" });
  assert.is(chooseOutputLocation(false, "/tmp", everyDirWritable, "/run/shm").dir, "/run/shm");
});

Choose.run();

const Writable = suite("isWritableDir");

Writable("is true for a folder of ours, false for a missing folder and for a file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-output-location-"));
  try {
    fs.writeFileSync(path.join(dir, "file"), "");
    assert.ok(isWritableDir(dir));
    assert.not.ok(isWritableDir(path.join(dir, "missing")));
    assert.not.ok(isWritableDir(path.join(dir, "file")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

Writable.run();

const Describe = suite("describeOutputLocation");

Describe("prints one line naming the storage and the folder, and the reason for a fallback", () => {
  assert.is(describeOutputLocation({ kind: "tmpfs", dir: "/dev/shm" }), "output: tmpfs (/dev/shm)");
  assert.is(describeOutputLocation({ kind: "disk", dir: "/tmp" }), "output: disk (/tmp)");
  assert.is(
    describeOutputLocation(chooseOutputLocation(false, "/tmp", noDirWritable)),
    "output: disk (/tmp) — /dev/shm is missing or not writable",
  );
});

Describe.run();
