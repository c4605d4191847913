// `npm run lighthouse`: Lighthouse's mobile audits of the built site in Debian's Chromium; every page must score 100 in all four categories.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable, INSTALL_COMMAND } from "../test/helpers/browser.ts";
import { builtSite } from "../test/helpers/built-site.ts";
import { serve } from "../test/helpers/serve.ts";
import { visualShots } from "../test/visual/visual-pages.ts";
import { failingAudits, type LighthouseResult } from "./lighthouse-report.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// The two fronts, an article (pull quote, stats, lead picture), a topic page, and the newsroom's
// own kinds of page: a date archive, an author page (with a portrait) and the corrections page.
const PAGES = ["home", "news", "article", "topic", "archive", "author", "corrections"];
/** Runs per page (`LIGHTHOUSE_RUNS`, odd, so there is a median): 3 unless told. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 3);

/** Starts Chromium with its DevTools port on loopback; resolves with the port once it listens. */
function startChromium(profile: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let said = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      said += chunk;
      const port = said.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//)?.[1];
      if (port) resolve({ port: Number(port), child });
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`${CHROMIUM_PATH} exited (${code}) before its DevTools port opened:\n${said.trim()}`)));
  });
}

async function main(): Promise<number> {
  if (!chromiumAvailable()) {
    console.error(`Chromium is missing at ${CHROMIUM_PATH}; install it with: ${INSTALL_COMMAND}`);
    return 1;
  }
  console.log("Building the site with npm run build…");
  const site = await builtSite();
  const shots = visualShots(site).filter((s) => PAGES.includes(s.name));
  const server = await serve(site.outputDir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-lighthouse-"));
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-lighthouse-reports-"));
  const { port, child } = await startChromium(profile);
  let failed = 0;
  try {
    for (const shot of shots) {
      if ("missing" in shot) {
        console.log(`✗ ${shot.kind}: ${shot.missing}`);
        failed++;
        continue;
      }
      const url = server.url(shot.path);
      // Lighthouse's defaults: a mid-range phone on a slow 4G connection (simulated), the mobile
      // scores. Performance varies from run to run with the machine's load, so each page is
      // audited RUNS times and the run with the median performance score is the one reported.
      const runs: { lhr: LighthouseResult; report: string }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await lighthouse(url, { port, output: "html", logLevel: "error", onlyCategories: CATEGORIES });
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
        runs.push({ lhr: run.lhr as unknown as LighthouseResult, report: String(run.report) });
      }
      const performance = (r: { lhr: LighthouseResult }) => r.lhr.categories.performance?.score ?? 0;
      runs.sort((a, b) => performance(a) - performance(b));
      const { lhr, report: html } = runs[Math.floor(runs.length / 2)]!;
      const report = path.join(reports, `${shot.name}.html`);
      fs.writeFileSync(report, html);
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      const ok = scores.every((s) => s === 100);
      if (!ok) failed++;
      const all = runs.length > 1 ? ` (performance in ${runs.length} runs: ${runs.map((r) => Math.round(performance(r) * 100)).join(", ")})` : "";
      console.log(`${ok ? "✓" : "✗"} ${shot.kind} ${shot.path}\n  ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join(" · ")}${all}`);
      for (const line of failingAudits(lhr, CATEGORIES)) console.log(`  - ${line}`);
      for (const [i, r] of runs.entries()) {
        if (r.lhr.runtimeError) console.log(`  (a run failed: ${r.lhr.runtimeError.code} ${r.lhr.runtimeError.message}; ${i === Math.floor(runs.length / 2) ? "it is the median" : "not the median"})`);
      }
      if (!ok) console.log(`  report: ${report}`);
    }
  } finally {
    // The profile can only go once Chromium has stopped writing to it.
    const exited = new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(undefined)));
    child.kill();
    await exited;
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(failed ? `\n${failed} of ${shots.length} pages below 100 in some category (reports in ${reports})` : `\nAll ${shots.length} pages: 100 in every category.`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
