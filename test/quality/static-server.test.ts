// The loopback server the browser gates use behaves like static hosting, also under a path prefix.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { serve } from "../helpers/serve.ts";

const StaticServer = suite("static server (test/helpers/serve.ts)");

const root = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-serve-"));
process.once("exit", () => fs.rmSync(root, { recursive: true, force: true }));
fs.mkdirSync(path.join(root, "news"));
fs.writeFileSync(path.join(root, "news/index.html"), "<p>news</p>");
fs.writeFileSync(path.join(root, "404.html"), "<p>not here</p>");
fs.writeFileSync(path.join(root, "site.css"), "p{}");

async function get(url: string) {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, type: response.headers.get("content-type"), location: response.headers.get("location"), body: await response.text() };
}

StaticServer("serves files under the prefix, dir/ as dir/index.html, dir as a redirect to dir/", async () => {
  const server = await serve(root, "/newsroom/");
  try {
    assert.equal(await get(server.url("/news/")), { status: 200, type: "text/html; charset=utf-8", location: null, body: "<p>news</p>" });
    assert.is((await get(server.url("/site.css"))).type, "text/css; charset=utf-8");
    const redirect = await get(server.url("/news"));
    assert.equal([redirect.status, redirect.location], [301, "/newsroom/news/"]);
  } finally {
    await server.close();
  }
});

StaticServer("answers 404 with the site's 404.html outside the prefix, for missing files and for ../", async () => {
  const server = await serve(root, "/newsroom/");
  try {
    for (const url of [`${server.origin}/news/`, server.url("/nothing/"), `${server.origin}/newsroom/..%2f..%2f..%2fetc%2fpasswd`]) {
      assert.equal(await get(url), { status: 404, type: "text/html; charset=utf-8", location: null, body: "<p>not here</p>" }, url);
    }
  } finally {
    await server.close();
  }
});

StaticServer.run();
