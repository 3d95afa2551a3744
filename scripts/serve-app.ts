// Serves the built app (app/dist, with its ocr/ folder for scans) on localhost. PORT=0 picks a free
// port; default 8080.
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".md": "text/markdown; charset=utf-8",
};

/** Starts a static server over `dir`; resolves with the server and its URL. */
export function serveApp(dir: string, port = 8080): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const type = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      // The app asks whether each OCR file is there before it loads the engine: no need to read 20 MB.
      if (req.method === "HEAD") {
        const { size, isFile } = await stat(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
        if (!isFile) throw new Error("not a file");
        res.writeHead(200, { ...type, "content-length": size }).end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, type).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo;
      done({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL("../app/dist", import.meta.url));
  const { url } = await serveApp(dir, Number(process.env.PORT ?? 8080));
  console.log(
    `zfxxgk app: ${url}  (Ctrl-C stops; app/dist/index.html also opens from disk, but reads no scan there)`,
  );
}
