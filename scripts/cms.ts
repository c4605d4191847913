// `npm run cms`: Decap's local backend (decap-server) on 127.0.0.1 writing this repository's files, and `npm start`, together; Ctrl-C stops both.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { localBackendPort } from "../src/cms/cms-settings.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const server = createRequire(import.meta.url).resolve("decap-server/dist/index.js");
const port = localBackendPort();

const children: ChildProcess[] = [];
function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  children.push(child);
  child.on("exit", (code) => stop(code ?? 1));
  return child;
}

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.pid) process.kill(child.pid, "SIGTERM");
  process.exitCode = code;
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

// MODE=fs: the files themselves, no Git commits; bound to loopback, so no other machine can write them.
start(process.execPath, [server], { PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: root });
start(process.execPath, ["--import", "tsx", "scripts/eleventy.ts", "--config=eleventy.config.ts", "--serve", ...process.argv.slice(2)], { NEWSDESK_CMS_PORT: String(port) });
console.log(`Local backend on 127.0.0.1:${port}; the editor is /admin/ on the address the dev server prints. Ctrl-C stops both.`);
