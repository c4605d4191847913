// Test helper: runs `scripts/eleventy.ts --serve` in a temp copy of a fixture site on a free
// loopback port, polls it, and always kills the whole process group.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const WRAPPER = path.join(ROOT, "scripts/eleventy.ts");

/** A running dev server. */
export interface DevServer {
  /** The temp copy of the site; edit files here. */
  dir: string;
  /** `http://localhost:<port>` */
  origin: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Kills the process group and removes the temp copy. */
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 100 ms until it returns a value other than undefined, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ""}`);
}

/**
 * GETs a path as a browser navigation would (node:http, not fetch: fetch sends
 * `sec-fetch-mode: cors`, and the dev server injects its reload client only into navigations).
 */
export async function get(origin: string, pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(origin + pathname, { timeout: 5000, headers: { accept: "text/html" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${pathname} timed out`)));
    request.on("error", reject);
  });
}

/** Copies `fixtureDir` to a temp dir and starts the dev server there; resolves once `/` answers. */
export async function startDevServer(fixtureDir: string, edit?: (dir: string) => void): Promise<DevServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-dev-"));
  fs.cpSync(fixtureDir, dir, { recursive: true });
  edit?.(dir);
  const port = await freePort();
  const child: ChildProcess = spawn(TSX, [WRAPPER, "--serve", `--port=${port}`], {
    cwd: dir,
    detached: true, // its own process group: tsx starts a child node we must kill too
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NEWSDESK_DEBUG: "", DEBUG: "" },
  });
  let log = "";
  child.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (log += c.toString()));
  const origin = `http://localhost:${port}`;
  const server: DevServer = {
    dir,
    origin,
    output: () => log,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once("exit", r));
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {
          /* already gone */
        }
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid!, "SIGKILL");
          } catch {
            /* already gone */
          }
        }, 3000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor("the dev server to answer", async () => {
      if (child.exitCode !== null) throw new Error(`dev server exited (${child.exitCode}):\n${log}`);
      return (await get(origin, "/")).status ? true : undefined;
    }, 30_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
