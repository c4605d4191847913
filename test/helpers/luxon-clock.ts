// Test helper: runs code with luxon's clock ("now") set, restoring it after.
import { Settings } from "luxon";

/**
 * Runs `check` with luxon's "now" at `instant` (ms), restored after. luxon reads its clock to guess
 * an offset, so a test of a repeated wall-clock time runs it in summer and in winter.
 */
export function withLuxonNow<T>(instant: number, check: () => T): T {
  const now = Settings.now;
  Settings.now = () => instant;
  try {
    return check();
  } finally {
    Settings.now = now;
  }
}
