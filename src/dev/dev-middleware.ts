// Dev-server middleware: while the last build failed, every page request gets the error page
// (with the problems of the requested page's own file first) instead of stale output.
import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { devState } from "./dev-state.ts";
import { ERROR_PAGE_CSS_URL, renderErrorPage } from "./error-page.ts";

const CSS = new URL("./error-page.css", import.meta.url);

/** True for a GET of something that is a page: `/x/`, `/x.html`, or a path without extension. */
export function isPageRequest(method: string | undefined, pathname: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return last === "" || last.endsWith(".html") || !last.includes(".");
}

/** Connect-style middleware for `setServerOptions({ middleware: [...] })`. */
export function errorPageMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  // The request guard (request-guard.ts) has refused undecodable paths; a stray one passes through.
  let pathname: string;
  try {
    pathname = decodeURI(new URL(req.url ?? "/", "http://localhost").pathname);
  } catch {
    next();
    return;
  }
  if (pathname === ERROR_PAGE_CSS_URL) {
    res.setHeader("Content-Type", "text/css; charset=utf-8");
    res.end(fs.readFileSync(CSS));
    return;
  }
  const { problems, pages } = devState();
  if (!problems || !isPageRequest(req.method, pathname)) {
    next();
    return;
  }
  const currentFile = pages.get(pathname) ?? pages.get(`${pathname.replace(/\/?$/, "/")}`);
  res.statusCode = 500;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(renderErrorPage(problems, currentFile));
}
