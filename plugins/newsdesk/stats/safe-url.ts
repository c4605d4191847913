// Decides whether a stat's `sourceUrl` may become a link: http(s) or a relative path, nothing else.

/**
 * True for `https://…`, `http://…` and relative URLs (`/reports/2023`, `../data`, `#table-2`).
 * False for every other scheme (`javascript:`, `data:`, `mailto:`), for scheme-relative `//host`
 * and `\\host` (they leave the site without saying how), and for white space or control
 * characters, which browsers strip before reading a scheme (`java\nscript:`).
 */
export function isSafeSourceUrl(url: string): boolean {
  if (url === "" || /[\s\u0000-\u001f\u007f\\]/.test(url)) return false;
  if (url.startsWith("//")) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return !/^[^/?#]*:/.test(url); // `a:b` before any slash would read as a scheme
  return /^https?$/i.test(scheme[1]) && /^https?:\/\/[^/?#]/i.test(url);
}
