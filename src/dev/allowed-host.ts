// Which address the dev server listens on and which Host headers it answers: loopback unless
// `--host` says otherwise, and only names that cannot point a stranger's page at it.
import net from "node:net";

/** Where `npm start` listens when `--host` is not given: this machine only. */
export const DEFAULT_HOST = "127.0.0.1";

/** A `--host` value Node can listen on: an IPv4 or IPv6 address, or a DNS name (RFC 1123). */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;

/** A Host header (RFC 9110 §7.2): a name or IPv4 address, or an IPv6 address in brackets, then an optional port. */
const HOST_HEADER = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::(\d{1,5}))?$/i;

/** Why `value` cannot be a `--host`, or `undefined` when it can. */
export function hostFlagProblem(value: string): string | undefined {
  if (net.isIP(value) || HOST_NAME.test(value)) return undefined;
  return `\`--host\` expects an address to listen on, such as \`127.0.0.1\`, \`0.0.0.0\` or \`::\`; found \`${value}\``;
}

/** True for an address that only this machine can reach: `localhost`, 127.0.0.0/8 or `::1`. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return name === "localhost" || name === "::1" || (net.isIPv4(name) && name.startsWith("127."));
}

/** True for an address that means every interface. */
export function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::";
}

/**
 * True when a Host header's name may reach the dev server. IP addresses, `localhost` and names
 * under `.localhost` (RFC 6761) are always allowed; any other name only when it is `--host` itself.
 * A page on another site can make a browser send its own name to our address (DNS rebinding):
 * refusing names we were not given keeps such a page from reading drafts.
 */
export function isAllowedHostName(name: string, boundHost: string): boolean {
  const host = name.toLowerCase().replace(/\.$/, "");
  if (net.isIP(host)) return true;
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return host === boundHost.toLowerCase().replace(/\.$/, "");
}

/** Why the Host header `value` is refused, or `undefined` when the request may be answered. */
export function hostHeaderProblem(value: string | undefined, boundHost: string): string | undefined {
  if (!value) return "the request has no Host header";
  const match = HOST_HEADER.exec(value);
  const name = match?.[1] ?? match?.[2];
  if (!match || !name || (match[1] !== undefined && !net.isIPv6(match[1]))) {
    return "the Host header is not a host name or address with an optional port";
  }
  if (match[3] !== undefined && Number(match[3]) > 65535) return "the Host header's port is above 65535";
  if (!isAllowedHostName(name, boundHost)) {
    return "the Host header names another site: the dev server answers for localhost, IP addresses and the `--host` name only";
  }
  return undefined;
}
