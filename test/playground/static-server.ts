/**
 * A tiny static file server for the built playground (test only): serves one folder on a random
 * localhost port, gzip-compressed like a production server would, so the end-to-end test can
 * measure the bytes a visitor transfers.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** One response the server sent: its path, the bytes on the wire (gzip when asked) and when it ended. */
export interface Served {
  readonly path: string;
  readonly bytes: number;
  /** epoch milliseconds */
  readonly endedAt: number;
}

export interface StaticServer {
  readonly url: string;
  /** every response so far, oldest first */
  readonly served: Served[];
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const relative = normalize(decodeURIComponent(urlPath.split("?")[0] ?? "/")).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, "index.html");
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const served: Served[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const file = await resolveFile(root, request.url ?? "/");
      if (file === undefined) {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const body = await readFile(file);
      const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? "")) && !type.startsWith("image/png");
      const headers = { "content-type": type, "cache-control": "no-cache" };
      const sent = gzip ? gzipSync(body) : body;
      response.on("finish", () => served.push({ path: request.url ?? "/", bytes: sent.length, endedAt: Date.now() }));
      response.writeHead(200, gzip ? { ...headers, "content-encoding": "gzip" } : headers).end(sent);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    served,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
