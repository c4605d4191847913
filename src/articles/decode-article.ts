// An article file's bytes as text: UTF-8 only, its byte-order mark dropped, the first bad byte located.
import { isUtf8 } from "node:buffer";

/** The text, or where the first byte that is not UTF-8 is (1-based line and column, in bytes). */
export type DecodedArticle = { ok: true; text: string } | { ok: false; line: number; column: number; byte: number };

/**
 * Decodes `bytes` as UTF-8. Node's own decoding would put U+FFFD in place of each bad byte and
 * publish it; a file saved in another encoding (Latin-1, Windows-1252) is refused instead. A
 * leading byte-order mark is dropped: it is not text, and left in it keeps the first line from
 * reading as `---` (every line number would then be off).
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (!isUtf8(bytes)) return locateBadByte(bytes);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Walks the UTF-8 sequences (RFC 3629: no overlongs, no surrogates, at most U+10FFFF) to the first bad one. */
function locateBadByte(bytes: Uint8Array): DecodedArticle {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      line++;
      lineStart = ++i;
      continue;
    }
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const second = bytes[i + 1] ?? 0;
    const min = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const max = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = length === 1 || (length > 1 && second >= min && second <= max);
    for (let k = 2; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) return { ok: false, line, column: i - lineStart + 1, byte: b };
    i += length;
  }
  return { ok: false, line, column: 1, byte: 0 };
}
