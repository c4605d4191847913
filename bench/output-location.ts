// Where the benchmark's builds write their output: tmpfs by default, because writing 4,000–11,000
// files to this machine's rate-limited virtual disk made identical builds swing 2–3× in wall time.
import * as fs from "node:fs";

/** The folder under which each build gets a fresh output folder, and what kind of storage it is. */
export interface OutputLocation {
  kind: "tmpfs" | "disk";
  dir: string;
  /** Why the output is on disk although tmpfs was asked for (absent when it is where it was asked). */
  fallback?: string;
}

/** The tmpfs the benchmark writes to when it can (Linux's shared-memory folder). */
export const SHM_DIR = "/dev/shm";

/**
 * Chooses the output location: `shmDir` when it exists and is writable, else `tmpDir` (normally
 * `os.tmpdir()`, on disk); `tmpDir` whenever `wantDisk` (`npm run bench -- --disk`). Pure apart
 * from `isWritableDir`, which the caller passes in (tests pass a fake).
 */
export function chooseOutputLocation(
  wantDisk: boolean,
  tmpDir: string,
  isWritableDir: (dir: string) => boolean,
  shmDir: string = SHM_DIR,
): OutputLocation {
  if (wantDisk) return { kind: "disk", dir: tmpDir };
  if (isWritableDir(shmDir)) return { kind: "tmpfs", dir: shmDir };
  return { kind: "disk", dir: tmpDir, fallback: `${shmDir} is missing or not writable` };
}

/** Whether `dir` is an existing folder this process may create files in. */
export function isWritableDir(dir: string): boolean {
  try {
    if (!fs.statSync(dir).isDirectory()) return false;
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The one line printed with the table: `output: tmpfs (/dev/shm)` or `output: disk (/tmp)`. */
export function describeOutputLocation(location: OutputLocation): string {
  return `output: ${location.kind} (${location.dir})${location.fallback ? ` — ${location.fallback}` : ""}`;
}
