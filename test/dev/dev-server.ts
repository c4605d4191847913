// Test helper: runs `scripts/eleventy.ts --serve` (or `npm start`) in a temp copy of a fixture
// site on a free loopback port, polls it, and always kills the whole process group.
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
  /** `http://127.0.0.1:<port>` (or the `--host` address asked for) */
  origin: string;
  /** The port it listens on. */
  port: number;
  /** Everything the server printed so far. */
  output(): string;
  /** Kills the process group and removes the temp copy. */
  stop(): Promise<void>;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/** True while any process of the group `pid` leads is alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
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

/** How to start the server. */
export interface StartOptions {
  /** Run the copy's own `npm start` (its package.json script) instead of the wrapper with `--serve`. */
  npmStart?: boolean;
  /** More command-line flags (`--host=127.0.0.2`). */
  args?: string[];
  /** The address to reach it at; default 127.0.0.1. */
  host?: string;
}

/** Copies `fixtureDir` to a temp dir and starts the dev server there; resolves once `/` answers. */
export async function startDevServer(fixtureDir: string, edit?: (dir: string) => void, options: StartOptions = {}): Promise<DevServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-dev-"));
  fs.cpSync(fixtureDir, dir, { recursive: true });
  edit?.(dir);
  const port = await freePort();
  const flags = [`--port=${port}`, ...(options.args ?? [])];
  const [command, args] = options.npmStart ? ["npm", ["start", "--", ...flags]] : [TSX, [WRAPPER, "--serve", ...flags]];
  const child: ChildProcess = spawn(command, args, {
    cwd: dir,
    detached: true, // its own process group: tsx starts a child node we must kill too
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NEWSDESK_DEBUG: "", DEBUG: "", npm_config_update_notifier: "false" },
  });
  let log = "";
  child.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (log += c.toString()));
  const origin = `http://${options.host ?? "127.0.0.1"}:${port}`;
  const server: DevServer = {
    dir,
    origin,
    port,
    output: () => log,
    async stop() {
      if (child.pid) {
        signalGroup(child.pid, "SIGTERM");
        // `npm start` exits before the processes it started: wait for the whole group, or kill it.
        const gone = () => waitFor("the dev server's processes to exit", async () => (groupAlive(child.pid!) ? undefined : true), 3000);
        await gone().catch(() => {
          signalGroup(child.pid!, "SIGKILL");
          return gone();
        });
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor("the dev server to answer", async () => {
      if (child.exitCode !== null) throw new Error(`dev server exited (${child.exitCode}):\n${log}`);
      return (await get(origin, "/")).status ? true : undefined;
    }, 90_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
