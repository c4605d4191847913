// How the dev server says no: a short plain-text answer, on a response or straight onto a socket
// that Node's HTTP layer no longer answers on (a parse error, a refused WebSocket upgrade).
import type { ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

/** Ends `res` with `status` and `text`, closing the connection; nothing in it is HTML. */
export function plainAnswer(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Connection", "close");
  res.end(`${text}\n`);
}

/** A whole HTTP/1.1 response, for writing to a socket. */
export function rawAnswer(status: 400 | 408, text: string): string {
  const reason = status === 400 ? "Bad Request" : "Request Timeout";
  const body = `${text}\n`;
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * The server's `clientError` listener: a request Node's parser rejects (a malformed request line
 * or header, headers over its size limit) gets a 400, where Node's own answer for the size is 431.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const timeout = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  socket.end(rawAnswer(timeout ? 408 : 400, timeout ? "The request took too long to arrive." : "Bad request: the request is malformed or its headers are too large."));
}
