// `npm start`'s server against a careless or hostile client (issue 15): it listens on loopback
// only unless `--host` says otherwise, answers every malformed request with a 400 and goes on
// serving, never serves a file outside its output folder, and writes that folder apart from `_site/`.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { get, startDevServer, type DevServer } from "./dev-server.ts";
import { connectError, firstStatus, rawGet, rawRequest } from "./raw-http.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/live-site/", import.meta.url));
const SECRET = "SECRET-OUTSIDE-THE-OUTPUT";

/** Files beside the output folder whose names start like it, and one in the project itself. */
function plantSecrets(dir: string): void {
  for (const folder of ["_site_old", ".preview_old", ".preview-old", "."]) {
    fs.mkdirSync(path.join(dir, folder), { recursive: true });
    fs.writeFileSync(path.join(dir, folder, "secret.txt"), SECRET);
  }
}

/** Malformed or hostile requests (raw bytes), every one to be answered 400. */
function malformed(port: number): [string, string][] {
  const req = (target: string, host = `127.0.0.1:${port}`) => `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;
  const traversals = ["_site_old", ".preview_old", ".preview-old"].flatMap((folder) => [
    `/..%2f${folder}%2fsecret.txt`,
    `/..%2F${folder}%2Fsecret.txt`,
    `/%2e%2e/${folder}/secret.txt`,
    `/%2e%2e%2f${folder}%2fsecret.txt`,
    `/.%2e/${folder}/secret.txt`,
    `/..%5c${folder}%5csecret.txt`,
    `/..\\${folder}\\secret.txt`,
    `/../${folder}/secret.txt`,
    `/news/../../${folder}/secret.txt`,
    `/%252e%252e%252f${folder}%252fsecret.txt`,
    `/%25%32%65%25%32%65/${folder}/secret.txt`,
  ]);
  return [
    ...["/%ff", "/%", "/a%2", "/%zz", "/%c0%ae%c0%ae/secret.txt", "/story/?q=%ff"].map((t): [string, string] => [t, req(t)]),
    ...traversals.map((t): [string, string] => [t, req(t)]),
    ...["/%00", "/secret.txt%00.html", "/story/%00/", "/a%0d%0aX:1"].map((t): [string, string] => [t, req(t)]),
    ["absolute-form target", req(`http://127.0.0.1:${port}/../secret.txt`)],
    ["encoded absolute path", req("/%2fetc%2fpasswd")],
    ["asterisk target", req("*")],
    ["path over the length limit", req(`/${"a".repeat(3000)}`)],
    ["request line over Node's header limit", req(`/${"a".repeat(20_000)}`)],
    ["raw byte 0xff in the path", `GET /\xff HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`],
    ["foreign Host", req("/", "evil.example")],
    ["foreign Host with our port", req("/", `evil.example:${port}`)],
    ["Host with a space", req("/", "a b")],
    ["Host with a port above 65535", req("/", "localhost:99999")],
    ["Host with user info", req("/", "x@127.0.0.1")],
    ["no Host", `GET / HTTP/1.1\r\nConnection: close\r\n\r\n`],
    ["not HTTP", "HELLO\r\n\r\n"],
    ["header without a colon", `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n`],
    ["space in the target", `GET /a b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`],
  ];
}

async function servesPages(server: DevServer): Promise<void> {
  for (const pathname of ["/", "/story/"]) {
    const page = await get(server.origin, pathname);
    assert.is(page.status, 200, `${pathname} still served`);
    assert.not.match(page.body, "nd-error-page", `${pathname} is not the error page`);
  }
}

const guard = suite<{ server: DevServer }>("npm start: requests");
guard.before(async (ctx) => {
  ctx.server = await startDevServer(FIXTURE, plantSecrets);
});
guard.after(async (ctx) => {
  await ctx.server?.stop();
});

guard("writes the preview to .preview/, never to _site/", ({ server }) => {
  assert.ok(fs.existsSync(path.join(server.dir, ".preview/story/index.html")));
  assert.not.ok(fs.existsSync(path.join(server.dir, "_site")), "no _site/ in the project");
});

guard("listens on 127.0.0.1 only and says so", async ({ server }) => {
  assert.match(server.output(), `Server at http://127.0.0.1:${server.port}/`);
  assert.not.match(server.output(), "localhost:");
  // Another loopback address reaches a server listening on every interface, not this one.
  await connectError(server.port, "127.0.0.2");
  const external = Object.values(os.networkInterfaces()).flat().filter((entry) => entry && !entry.internal);
  for (const entry of external) await connectError(server.port, entry!.address);
});

guard("answers every malformed request with a 400, and goes on serving pages", async ({ server }) => {
  await servesPages(server);
  for (const [name, request] of malformed(server.port)) {
    const answer = await rawRequest(server.port, request);
    assert.is(answer.status, 400, `${name}: ${answer.text.slice(0, 200)}`);
    assert.not.match(answer.text, SECRET, name);
  }
  await servesPages(server);
  assert.not.match(server.output(), /Unhandled|Uncaught|URIError/, "no request reached the CLI's error handler");
});

guard("serves nothing from outside the output folder, by any name", async ({ server }) => {
  const outside = path.join(server.dir, "secret.txt");
  fs.symlinkSync(outside, path.join(server.dir, ".preview/linked-secret.txt"));
  fs.symlinkSync(path.join(server.dir, "_site_old"), path.join(server.dir, ".preview/linked-folder"));
  const targets = [
    "/secret.txt",
    "/linked-secret.txt",
    "/linked-folder/secret.txt",
    `/${outside}`,
    `//${outside}`,
    `/${encodeURI(outside)}`,
    "/_site_old/secret.txt",
    "/.preview_old/secret.txt",
  ];
  for (const target of targets) {
    const answer = await rawGet(server.port, target);
    assert.ok(answer.status === 404 || answer.status === 400, `${target}: ${answer.status}`);
    assert.not.match(answer.text, SECRET, target);
  }
  await servesPages(server);
});

guard("the live-reload WebSocket opens for its own pages only", async ({ server }) => {
  const upgrade = (headers: string) =>
    firstStatus(server.port, `GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n${headers}\r\n`);
  const own = `http://127.0.0.1:${server.port}`;
  assert.is(await upgrade(`Host: 127.0.0.1:${server.port}\r\nOrigin: ${own}\r\n`), 101, "from its own page");
  assert.is(await upgrade(`Host: 127.0.0.1:${server.port}\r\n`), 101, "from a client that sends no Origin");
  for (const headers of [`Host: 127.0.0.1:${server.port}\r\nOrigin: http://evil.example\r\n`, `Host: evil.example\r\nOrigin: http://evil.example\r\n`, `Host: 127.0.0.1:${server.port}\r\nOrigin: null\r\n`, `Host: 127.0.0.1:${server.port}\r\nOrigin: http://127.0.0.1:1\r\n`]) {
    assert.is(await upgrade(headers), 400, headers.trim());
  }
  // The same guard as other requests: a malformed target is refused before the socket opens.
  assert.is(await firstStatus(server.port, `GET /%ff HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`), 400);
});
guard.run();

const bound = suite<{ server: DevServer }>("npm start --host");
bound.before(async (ctx) => {
  ctx.server = await startDevServer(FIXTURE, undefined, { args: ["--host=127.0.0.2"], host: "127.0.0.2" });
});
bound.after(async (ctx) => {
  await ctx.server?.stop();
});
bound("listens on the address asked for, and only there", async ({ server }) => {
  assert.match(server.output(), `Server at http://127.0.0.2:${server.port}/`);
  assert.is((await get(server.origin, "/story/")).status, 200);
  await connectError(server.port, "127.0.0.1");
});
bound.run();
