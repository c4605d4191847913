// Serves a built site on 127.0.0.1 with the headers one host (Netlify or Cloudflare Pages) would send for each path.
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { siteHeaderRules } from "../helpers/site-headers.ts";
import type { StaticServer } from "../helpers/serve.ts";
import { hostHeaders, type HeaderHost } from "./host-headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

/**
 * Serves `root` as `host` would, at a free port. `connectSrc` is added to the CSP's `connect-src`
 * on /admin/: the local backend's address, which the deployed policy has no reason to allow
 * (Decap uses its local backend only on a page served from 127.0.0.1 or localhost).
 */
export async function serveAs(root: string, host: HeaderHost, connectSrc?: string): Promise<StaticServer> {
  const rules = siteHeaderRules(root);
  const server = http.createServer((request, response) => {
    const sitePath = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file = path.join(root, sitePath);
    if (!file.startsWith(root + path.sep) && file !== root) file = path.join(root, "missing");
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    const headers = hostHeaders(rules, sitePath, host);
    if (connectSrc && sitePath.startsWith("/admin/") && headers["content-security-policy"]) {
      headers["content-security-policy"] = headers["content-security-policy"].replace(/connect-src ([^;,]*)/g, `connect-src $1 ${connectSrc}`);
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { ...headers, "content-type": TYPES[".html"] });
      return response.end("Not found");
    }
    response.writeHead(200, { ...headers, "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath) => origin + sitePath,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
