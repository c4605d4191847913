// Test helper: sends bytes to a server over node:net exactly as written (no client that would
// fix up a malformed request first) and reads the answer until the server closes, or gives up.
import net from "node:net";

/** What came back. */
export interface RawAnswer {
  /** The status code of the first status line, or 0 when there was none. */
  status: number;
  /** Everything received. */
  text: string;
}

/**
 * Writes `request` to `host:port` and resolves with the answer once the server closes the
 * connection. Rejects when nothing closes it within `ms`: a request left unanswered is a failure.
 */
export function rawRequest(port: number, request: string | Buffer, host = "127.0.0.1", ms = 5000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${ms} ms to ${JSON.stringify(String(request).slice(0, 80))}`));
    }, ms);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("latin1");
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.write(request);
  });
}

/** A GET of `target` with `Host: host`, closing the connection after the answer. */
export function rawGet(port: number, target: string, hostHeader = `127.0.0.1:${port}`): Promise<RawAnswer> {
  return rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close\r\n\r\n`);
}

/** Resolves with the connect error's code when `host:port` refuses a TCP connection; rejects when it connects. */
export function connectError(port: number, host: string, ms = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve("ETIMEDOUT");
    }, ms);
    socket.on("connect", () => {
      clearTimeout(timer);
      socket.destroy();
      reject(new Error(`${host}:${port} accepted a connection`));
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code ?? error.message);
    });
  });
}

/** Writes `request` and resolves with the status of the first bytes that come back, then closes. */
export function firstStatus(port: number, request: string, host = "127.0.0.1", ms = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
    socket.once("data", (chunk: Buffer) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(chunk.toString("latin1"))?.[1] ?? 0));
    });
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.write(request);
  });
}
