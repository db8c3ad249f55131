import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { SECURITY_HEADERS } from './security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves a built site the way production should: security headers on every response, directory URLs
 * to index.html, the site's own 404 page, and no path outside the folder. `dir` may be the `dist`
 * symlink: it is resolved per request, so a publish during serving switches atomically to the new release.
 */
export function serveStatic(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const root = await realpath(resolve(dir));
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      let file = resolve(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'text/plain; charset=utf-8', '禁止访问');
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
        file = join(file, 'index.html');
      }
      const found = await stat(file).catch(() => undefined);
      if (!found?.isFile()) {
        const notFound = join(root, '404.html');
        const has404 = await stat(notFound).catch(() => undefined);
        return has404 ? stream(res, 404, notFound) : send(res, 404, 'text/plain; charset=utf-8', '未找到');
      }
      return stream(res, 200, file);
    } catch {
      send(res, 500, 'text/plain; charset=utf-8', '服务器内部错误');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

function headers(type: string) {
  return { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-cache' };
}

function stream(res: import('node:http').ServerResponse, status: number, file: string) {
  res.writeHead(status, headers(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'));
  createReadStream(file).pipe(res);
}

function send(res: import('node:http').ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, headers(type)).end(body);
}

function redirect(res: import('node:http').ServerResponse, location: string) {
  res.writeHead(301, { ...SECURITY_HEADERS, Location: location }).end();
}
