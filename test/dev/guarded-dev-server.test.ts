// GuardedDevServer in this process, past the request guard: the address it listens on (from the
// server object), and the file a URL maps to, which never lies outside the output folder, even for
// targets the guard would have refused first.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { GuardedDevServer } from "../../src/dev/guarded-dev-server.ts";

const quiet = { info() {}, log() {}, error() {}, warn() {} };

interface Context {
  root: string;
  out: string;
  server: GuardedDevServer;
}

const files = suite<Context>("GuardedDevServer: files");
files.before((ctx) => {
  ctx.root = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-guarded-"));
  ctx.out = path.join(ctx.root, "_site");
  for (const folder of ["_site", "_site_old", "_site/news"]) fs.mkdirSync(path.join(ctx.root, folder), { recursive: true });
  fs.writeFileSync(path.join(ctx.out, "index.html"), "<title>home</title>");
  fs.writeFileSync(path.join(ctx.root, "_site_old/secret.txt"), "secret");
  fs.writeFileSync(path.join(ctx.root, "_site.html"), "beside the folder");
  fs.symlinkSync(path.join(ctx.root, "_site_old/secret.txt"), path.join(ctx.out, "link.txt"));
  ctx.server = new GuardedDevServer("test", ctx.out, { logger: quiet, liveReload: false });
});
files.after((ctx) => {
  fs.rmSync(ctx.root, { recursive: true, force: true });
});

files("a sibling folder sharing the output folder's prefix is outside it", ({ server, root, out }) => {
  assert.not.ok(server.isFileInDirectory(out, path.join(root, "_site_old/secret.txt")));
  assert.not.ok(server.isFileInDirectory(out, path.join(root, "_site.html")));
  assert.ok(server.isFileInDirectory(out, path.join(out, "news/index.html")));
  assert.ok(server.isFileInDirectory(out, out));
  assert.ok(server.isFileInDirectory(out, path.join(out, "..notes.txt")), "a name starting with `..` inside it");
});

files("a symlink leading out of the folder is outside it", ({ server, out }) => {
  assert.not.ok(server.isFileInDirectory(out, path.join(out, "link.txt")));
});

files("URLs that climb out map to no file: a 404, never the sibling's file", ({ server }) => {
  const map = (url: string) => (server as unknown as { mapUrlToFilePath(url: string): { statusCode: number; filepath?: string } }).mapUrlToFilePath(url);
  for (const url of ["/..%2f_site_old%2fsecret.txt", "/..%2F_site_old/secret.txt", "/link.txt", "/..%2f_site.html"]) {
    const match = map(url);
    assert.is(match.statusCode, 404, url);
    assert.is(match.filepath, undefined, url);
  }
  // `/` has an index.html; the package's `/` + `.html` guess (`_site.html`, beside it) is not served.
  assert.is(map("/").filepath, path.join(server.dir, "index.html"));
});
files.run();

const listening = suite("GuardedDevServer: address");
for (const [options, expected] of [[{}, "127.0.0.1"], [{ host: "127.0.0.2" }, "127.0.0.2"]] as const) {
  listening(`listens on ${expected} for ${JSON.stringify(options)}`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-guarded-"));
    const server = new GuardedDevServer("test", dir, { ...options, logger: quiet, liveReload: false, portReassignmentRetryCount: 0 });
    try {
      server.serve(0);
      await server.ready();
      const address = server.server.address() as AddressInfo;
      assert.is(address.address, expected);
      assert.equal(server.getHosts(), [`http://${expected}:${address.port}/`]);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
listening.run();
