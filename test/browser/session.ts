// One Chromium, one loopback server per build and one reused page per colour scheme × width, shared by the browser suites.
import type { Page } from "playwright-core";
import { launchChromium, type RunningBrowser } from "../helpers/browser.ts";
import { builtSite, type BuiltSite } from "../helpers/built-site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";

/** A colour scheme and viewport width every page is checked in. */
export interface Look {
  scheme: "light" | "dark";
  /** In CSS pixels; the browser suites use 375 and 1280, the visual check 390 and 1280. */
  width: number;
}

/** The four looks the issue asks for. */
export const LOOKS: Look[] = [
  { scheme: "light", width: 1280 },
  { scheme: "dark", width: 1280 },
  { scheme: "light", width: 375 },
  { scheme: "dark", width: 375 },
];

/** `light 1280px` — for test names and file names. */
export const lookName = (look: Look): string => `${look.scheme} ${look.width}px`;

/** What went wrong while a page loaded: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export interface Visit {
  status: number;
  problems: string[];
}

interface Watched {
  page: Page;
  problems: string[];
}

let running: Promise<RunningBrowser> | undefined;
const servers = new Map<string, Promise<StaticServer>>();
const pages = new Map<string, Promise<Watched>>();
let users = 0;

/** Counts a suite in; the browser stays up until every suite that came in has called `releaseBrowser`. */
export function useBrowser(): void {
  users++;
}

/** Counts a suite out; the last one out closes pages, browser and servers so the process can exit. */
export async function releaseBrowser(): Promise<void> {
  if (--users > 0) return;
  const browser = running;
  running = undefined;
  pages.clear();
  const closing = [...servers.values()].map(async (server) => (await server).close());
  servers.clear();
  await Promise.all(closing);
  if (browser) await (await browser).close();
}

/** The loopback server for the build with `prefix`, started once. */
export function siteServer(prefix = "/"): Promise<{ site: BuiltSite; server: StaticServer }> {
  let server = servers.get(prefix);
  if (!server) {
    server = builtSite(prefix).then((site) => serve(site.outputDir, prefix));
    servers.set(prefix, server);
  }
  return Promise.all([builtSite(prefix), server]).then(([site, s]) => ({ site, server: s }));
}

/** The reused page for `look`, in its own context (viewport, `prefers-color-scheme`), watched for problems. */
export function pageFor(look: Look): Promise<Watched> {
  const key = lookName(look);
  let watched = pages.get(key);
  if (!watched) {
    running ??= launchChromium();
    watched = running.then(async ({ browser }) => {
      const context = await browser.newContext({
        viewport: { width: look.width, height: 900 },
        colorScheme: look.scheme,
        // We inject axe-core as an inline script; a strict CSP in the page must not block the test.
        bypassCSP: true,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`console error: ${m.text()} (${m.location().url})`);
      });
      page.on("pageerror", (e) => problems.push(`uncaught exception: ${e.message}`));
      page.on("requestfailed", (r) => {
        // ERR_ABORTED is the browser cancelling a request, not the site failing one: the icon is
        // fetched after `load` and cancelled when we move on to the next page. A missing file shows
        // as an HTTP 404 below; a blocked one (CSP, mixed content) has its own error and console line.
        if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
      });
      page.on("response", (r) => {
        if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      return { page, problems };
    });
    pages.set(key, watched);
  }
  return watched;
}

/**
 * Opens `sitePath` of the build with `prefix` in the page for `look` and reports what went wrong
 * while it loaded. With `expectStatus: 404` the document's own 404 (and Chromium's console line
 * about it) is expected and not a problem.
 */
export async function visit(look: Look, sitePath: string, prefix = "/", expectStatus = 200): Promise<Visit & { page: Page }> {
  const [{ page, problems }, { server }] = await Promise.all([pageFor(look), siteServer(prefix)]);
  problems.length = 0;
  const url = server.url(sitePath);
  const response = await page.goto(url, { waitUntil: "load" });
  const status = response?.status() ?? 0;
  const own = (p: string) =>
    expectStatus === 404 && status === 404 && (p === `HTTP 404: ${url}` || (p.includes("status of 404") && p.includes(url)));
  // Chromium asks for /favicon.ico by itself when a page declares no icon, once per context, so it
  // would blame whichever page came first; the link suite checks icons site-wide instead.
  const automaticIcon = (p: string) => p.includes(`${server.origin}/favicon.ico`);
  const found = problems.filter((p) => !own(p) && !automaticIcon(p));
  if (status !== expectStatus) found.unshift(`expected HTTP ${expectStatus} for ${url}, got ${status}`);
  return { page, status, problems: found };
}
