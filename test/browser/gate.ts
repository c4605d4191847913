// Registers browser tests, or — when Chromium is missing — skips them loudly (fails in CI); never counts them as passed.
import type { Test } from "uvu";
import { chromiumAvailable, CHROMIUM_PATH, INSTALL_COMMAND } from "../helpers/browser.ts";
import { releaseBrowser, useBrowser } from "./session.ts";

/** Whether the browser suites can run on this machine. */
export const canRunBrowser = chromiumAvailable();
const inCi = /^(1|true)$/i.test(process.env.CI ?? "");
let warned = false;

function warnLoudly(): void {
  const bar = "!".repeat(78);
  console.log(
    `\n${bar}\n!! Chromium is not installed (${CHROMIUM_PATH}): the BROWSER TESTS ARE SKIPPED, NOT PASSED.\n` +
      `!! Install it with:  ${INSTALL_COMMAND}\n${bar}\n`,
  );
}

/**
 * Wraps a suite so `register(name, fn)` adds a real test when Chromium is there. Without it: in CI
 * (`CI=true`) one failing test says why, everything else is skipped; outside CI all are skipped
 * after a loud message. Call `done()` once after the suite's last registration, before `.run()`:
 * it lets the shared browser close after the last suite that uses it.
 */
export function browserSuite(suite: Test): { register: (name: string, fn: () => Promise<void> | void) => void; done: () => void } {
  if (canRunBrowser) {
    useBrowser();
    return { register: (name, fn) => suite(name, fn), done: () => suite.after(releaseBrowser) };
  }
  if (inCi) {
    suite(`Chromium is installed at ${CHROMIUM_PATH} (required when CI=true)`, () => {
      throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; install it with: ${INSTALL_COMMAND}`);
    });
    return { register: (name, fn) => suite.skip(name, fn), done: () => undefined };
  }
  // Said when the first skipping suite loads, and again at exit, next to uvu's summary.
  if (!warned) {
    warned = true;
    warnLoudly();
    process.once("exit", warnLoudly);
  }
  return { register: (name, fn) => suite.skip(name, fn), done: () => undefined };
}
