// The requests the dev server refuses with a 400 before Eleventy's server sees them: a target
// that is not a plain path, that is too long, that is badly or twice percent-encoded, that
// climbs out of the folder (`..`, an encoded `/` or `\`) or holds a control character, a Host
// header that is malformed or not this machine's (allowed-host.ts), and a WebSocket opened by
// another site's page.
import { hostHeaderProblem } from "./allowed-host.ts";

/**
 * The longest request target answered, in characters. Eleventy's slugs make far shorter URLs;
 * a longer one is a mistake or a probe, and a file name that long could not exist anyway.
 */
export const MAX_TARGET_LENGTH = 2048;

/** What the guard reads of a request. */
export interface RequestHead {
  /** The request target as sent (`req.url`). */
  url: string | undefined;
  /** The Host header. */
  host: string | undefined;
}

/** Why the request is refused, or `undefined` when it may be answered. `boundHost` is `--host`. */
export function requestProblem(request: RequestHead, boundHost: string): string | undefined {
  return targetProblem(request.url) ?? hostHeaderProblem(request.host, boundHost);
}

/** Why a request target is refused, or `undefined` for a plain, decodable path inside the folder. */
export function targetProblem(target: string | undefined): string | undefined {
  if (!target || !target.startsWith("/")) return "the request target is not a path starting with `/`";
  if (target.length > MAX_TARGET_LENGTH) return `the request target is longer than ${MAX_TARGET_LENGTH} characters`;
  // Printable ASCII only: a browser percent-encodes everything else.
  if (!/^[\x21-\x7e]*$/.test(target)) return "the request target has a space, a control character or a character that must be percent-encoded";
  if (target.includes("#")) return "the request target has a fragment (`#`)";
  const query = target.indexOf("?");
  const pathname = query === -1 ? target : target.slice(0, query);
  if (query !== -1 && decoded(target.slice(query + 1)) === undefined) return "the query string's percent-encoding is not valid UTF-8";
  for (const segment of pathname.slice(1).split("/")) {
    const text = decoded(segment);
    if (text === undefined) return "the path's percent-encoding is not valid UTF-8 (`%` must start two hex digits of a UTF-8 byte)";
    if (text === "." || text === "..") return "the path has a `.` or `..` segment";
    if (/[/\\]/.test(text)) return "the path has an encoded `/` or a `\\`";
    if (/[\x00-\x1f\x7f]/.test(text)) return "the path has a control character (such as NUL)";
    if (/%[0-9a-f]{2}/i.test(text)) return "the path is percent-encoded twice";
  }
  return undefined;
}

/**
 * Why a WebSocket upgrade is refused for its Origin, or `undefined`. A browser sends the Origin of
 * the page opening the socket, and any site's page can open one to 127.0.0.1: only a page this
 * server served (same host and port) may listen to its reloads and error reports.
 */
export function originProblem(origin: string | undefined, host: string | undefined): string | undefined {
  if (origin === undefined) return undefined; // not a browser
  try {
    if (host && new URL(origin).host.toLowerCase() === host.toLowerCase()) return undefined;
  } catch {
    /* not a URL (`null`): refused below */
  }
  return "the WebSocket's Origin is not a page of this server";
}

/** `text` percent-decoded, or `undefined` when its encoding is malformed or not UTF-8. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
