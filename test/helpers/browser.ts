// Launches Debian's Chromium through playwright-core for the browser suites (npm's browser downloads do not work here).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** The flags every launch uses: headless, no sandbox (containers), and nothing that phones home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The command that installs the browser, for messages. */
export const INSTALL_COMMAND = "apt-get update && apt-get install -y chromium";

/** True when Chromium is installed and executable. */
export function chromiumAvailable(): boolean {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** One running browser. `newContext` gives isolated contexts; `close` also deletes the profile. */
export interface RunningBrowser {
  browser: Browser;
  /** The persistent context the profile lives in; also usable for pages. */
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh user-data dir in the temp folder (removed again by `close`).
 * playwright only accepts a user-data dir through `launchPersistentContext`, so that is how we launch;
 * further contexts (one per colour scheme and width) come from `browser.newContext()`.
 */
export async function launchChromium(): Promise<RunningBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const browser = context.browser();
  if (!browser) throw new Error("playwright gave no Browser for the persistent context");
  return {
    browser,
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
