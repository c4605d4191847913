// The server `npm start` runs: Eleventy's own (@11ty/eleventy-dev-server), listening on the
// server option `host` (loopback by default; the package only ever listens on every interface,
// 11ty/dev-server#128), answering a malformed or hostile request with a 400 before the package
// sees it (request-guard.ts), and never serving a file outside its folder, through a symlink
// or a name that only shares the folder's prefix (`_site_old` next to `_site`).
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { DEFAULT_HOST, isLoopback, isWildcard } from "./allowed-host.ts";
import { originProblem, requestProblem } from "./request-guard.ts";
import { answerClientError, plainAnswer, rawAnswer } from "./refusal.ts";

/** The parts of @11ty/eleventy-dev-server 2.x's class this module uses (the package ships no types). */
interface DevServer {
  /** The output folder served. */
  readonly dir: string;
  options: { host?: string; [name: string]: unknown };
  readonly server: Server;
  logger: { error(message: string): void; warn?(message: string): void };
  getServerUrl(host: string): string;
  onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
  setupReloadNotifier(): void;
  isFileInDirectory(dir: string, file: string): boolean;
  getOutputDirFilePath(filepath: string, filename?: string): string;
  serve(port: number): void;
  ready(): Promise<void>;
  close(): Promise<void>;
}
interface DevServerClass {
  new (name: string, dir: string, options: Record<string, unknown>): DevServer;
  getServer(name: string, dir: string, options: Record<string, unknown>): DevServer;
}

const EleventyDevServer = createRequire(import.meta.url)("@11ty/eleventy-dev-server") as DevServerClass;

const GUARDED = new WeakSet<Server>();
const NO_FILE = "\0outside the output folder";

/** Eleventy's dev server, bound to `options.host` and guarded. */
export class GuardedDevServer extends EleventyDevServer {
  /** The address listened on. */
  get host(): string {
    return this.options.host ?? DEFAULT_HOST;
  }

  /** Replaces the package's `listen({ port })`, which means every interface. */
  _serverListen(port: number): void {
    const server = this.server;
    if (!GUARDED.has(server)) {
      GUARDED.add(server);
      server.on("clientError", answerClientError);
      if (!isLoopback(this.host)) {
        this.logger.warn?.(`The dev server listens on ${this.host} (--host): other machines that can reach it see the preview, drafts included.`);
      }
    }
    server.listen({ port, host: this.host });
  }

  /** The URLs printed at start: the address listened on (for a wildcard, loopback and this machine's addresses). */
  getHosts(): string[] {
    const hosts = isWildcard(this.host) ? [DEFAULT_HOST, ...externalAddresses()] : [this.host];
    return hosts.map((host) => this.getServerUrl(host.includes(":") ? `[${host}]` : host));
  }

  async onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const problem = requestProblem({ url: req.url, host: req.headers.host }, this.host);
    if (problem) {
      this.logger.error(`HTTP 400: ${problem}`);
      return plainAnswer(res, 400, `Bad request: ${problem}.`);
    }
    try {
      await super.onRequestHandler(req, res);
    } catch (error) {
      // A request must never become an unhandled rejection: the CLI would report it as a failed build.
      this.logger.error(`Dev server error: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) res.destroy();
      else plainAnswer(res, 500, "The dev server failed on this request; see its console.");
    }
  }

  /**
   * The file a URL maps to, or for one outside the folder a path no file can have (it holds a NUL),
   * so the request is a plain 404. The package throws there instead, and asks for `/` + `.html`,
   * the folder's own name with `.html` beside it, on every request for `/`.
   */
  getOutputDirFilePath(filepath: string, filename = ""): string {
    try {
      return super.getOutputDirFilePath(filepath, filename);
    } catch (error) {
      if (error instanceof Error && error.message === "Invalid path") return NO_FILE;
      throw error;
    }
  }

  /** The live-reload WebSocket takes the same guard, and only from a page this server served. */
  setupReloadNotifier(): void {
    super.setupReloadNotifier();
    const server = this.server;
    const upgrades = server.listeners("upgrade") as ((req: IncomingMessage, socket: Duplex, head: Buffer) => void)[];
    server.removeAllListeners("upgrade");
    server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const problem = requestProblem({ url: req.url, host: req.headers.host }, this.host) ?? originProblem(req.headers.origin, req.headers.host);
      if (problem) {
        socket.end(rawAnswer(400, `Bad request: ${problem}.`));
        return;
      }
      for (const upgrade of upgrades) upgrade.call(server, req, socket, head);
    });
  }

  /** Inside `dir` by path (not by string prefix) and, for a file that exists, by its real path too. */
  isFileInDirectory(dir: string, file: string): boolean {
    if (!isInside(path.resolve(dir), path.resolve(file))) return false;
    let real: { dir: string; file: string };
    try {
      real = { dir: fs.realpathSync(dir), file: fs.realpathSync(file) };
    } catch {
      return true; // nothing there to serve
    }
    return isInside(real.dir, real.file);
  }
}

/** Makes Eleventy create a GuardedDevServer where it would create its default dev server. */
export function useGuardedDevServer(): void {
  EleventyDevServer.getServer = (name, dir, options) => new GuardedDevServer(name, dir, options);
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function externalAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((entry) => entry && !entry.internal && entry.family === "IPv4")
    .map((entry) => entry!.address);
}
