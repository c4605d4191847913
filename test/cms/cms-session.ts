// Starts what the CMS browser tests need: a production build, decap-server on 127.0.0.1 over a copy of the content, the built site served, Chromium.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type RunningBrowser } from "../helpers/browser.ts";
import { buildSite, type SiteBuild } from "../helpers/build-site.ts";
import { repoRoot } from "../helpers/built-site.ts";
import { serve, type StaticServer } from "../helpers/serve.ts";

/** Everything a CMS browser test uses; `stop` ends the processes it started, by PID. */
export interface CmsSession {
  build: SiteBuild;
  /** The folder decap-server writes to: a copy of the site's `content/` under `content/`. */
  repo: string;
  site: StaticServer;
  browser: RunningBrowser;
  /** A logged-in editor page at /admin/. */
  editor(): Promise<Page>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not listen on 127.0.0.1:${port} within 10 s: ${log()}`);
}

/** Builds the site with the local backend on a free port, starts decap-server there and the browser. */
export async function startCmsSession(): Promise<CmsSession> {
  const port = await freePort();
  process.env.NEWSDESK_CMS_PORT = String(port);
  const build = await buildSite();
  delete process.env.NEWSDESK_CMS_PORT;
  if (build.error) throw build.error;
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-cms-repo-"));
  fs.cpSync(path.join(repoRoot, "content"), path.join(repo, "content"), { recursive: true });
  let output = "";
  const child = spawn(process.execPath, [path.join(repoRoot, "node_modules/decap-server/dist/index.js")], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: repo, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const pid = child.pid!;
  let site: StaticServer | undefined;
  let browser: RunningBrowser | undefined;
  const stop = async () => {
    await browser?.close();
    await site?.close();
    if (child.exitCode === null) {
      process.kill(pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    fs.rmSync(repo, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child, () => output);
    // As Netlify sends /admin/'s own policy, with the local backend's address in `connect-src`
    // (Decap uses its local backend only on a page served from 127.0.0.1 or localhost).
    const backend = `http://127.0.0.1:${port}`;
    site = await serve(build.outputDir, "/", {
      host: "netlify",
      amendHeaders: (sitePath, headers) =>
        sitePath.startsWith("/admin/") && headers["content-security-policy"]
          ? { ...headers, "content-security-policy": headers["content-security-policy"].replace(/connect-src ([^;,]*)/g, `connect-src $1 ${backend}`) }
          : headers,
    });
    browser = await launchChromium();
  } catch (error) {
    await stop();
    throw error;
  }
  const running = { site, browser };
  return {
    build,
    repo,
    ...running,
    async editor() {
      const page = await running.browser.context.newPage();
      page.setDefaultTimeout(15_000);
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(running.site.url("/admin/"));
      // The local backend's login is one button; once clicked, the browser profile remembers it.
      const login = page.getByRole("button", { name: "Login" });
      const collection = page.getByRole("link", { name: /Articles/ }).first();
      await login.or(collection).first().waitFor();
      if (await login.isVisible()) await login.click();
      await collection.waitFor();
      return page;
    },
    stop,
  };
}
