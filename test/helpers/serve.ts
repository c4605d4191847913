// A tiny static file server over loopback for tests: serves a built site, optionally under a path prefix.
import * as http from "node:http";
import * as fs from "node:fs";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { headersFor, siteHeaderRules, type HeaderHost } from "./site-headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".wasm": "application/wasm",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** How the server answers besides the files. */
export interface ServeOptions {
  /** Whose reading of `_headers` to send (test/helpers/site-headers.ts); default Cloudflare Pages', the strictest. */
  host?: HeaderHost;
  /** A test's change to a path's headers (the CMS test allows its local backend in the CSP). */
  amendHeaders?: (sitePath: string, headers: Record<string, string>) => Record<string, string>;
}

/** A running server: its origin, a URL builder and a way to stop it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** The absolute URL of a site path, prefix included: `url("/news/")` → `http://…/newsroom/news/`. */
  url(sitePath: string): string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a free port, as static hosting would: `dir/` → `dir/index.html`,
 * `dir` → 301 to `dir/`, anything missing (or outside `prefix`) → 404 with the site's `404.html`.
 * With `prefix` (e.g. `/newsroom/`) only URLs under it exist, so a link that escapes it fails.
 * Every answer carries the headers the site's own `_headers` sets for its path (its CSP among
 * them), as Cloudflare Pages (or, with `options.host`, Netlify) would send them.
 */
export async function serve(siteDir: string, prefix = "/", options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(siteDir);
  const rules = siteHeaderRules(root);
  const headersOf = (sitePath: string) => {
    const headers = headersFor(rules, sitePath, options.host);
    return options.amendHeaders ? options.amendHeaders(sitePath, headers) : headers;
  };
  const base = prefix.endsWith("/") ? prefix : `${prefix}/`;
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const sitePath = `/${pathname.startsWith(base) ? pathname.slice(base.length) : ""}`;
    const notFound = () => {
      const page = path.join(root, "404.html");
      response.writeHead(404, { ...headersOf(sitePath), "content-type": TYPES[".html"] });
      response.end(fs.existsSync(page) ? fs.readFileSync(page) : "Not found");
    };
    if (!pathname.startsWith(base) && pathname !== base.slice(0, -1)) return notFound();
    let file = path.join(root, pathname.slice(base.length));
    // path.join normalises `..`; anything that ends up outside root does not exist.
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { location: `${pathname}/` });
        return response.end();
      }
      file = path.join(file, "index.html");
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return notFound();
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      ...headersOf(sitePath),
    });
    response.end(request.method === "HEAD" ? undefined : fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath) => origin + base + sitePath.replace(/^\//, ""),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
