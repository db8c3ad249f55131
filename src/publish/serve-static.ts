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
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', '只支持 GET 和 HEAD', { Allow: 'GET, HEAD' });
      const root = await realpath(resolve(dir));
      // Origin-form (`/a/b`) is the path as sent, even when it starts with `//` (which new URL(x, base) would take for a host).
      const target = req.url ?? '/';
      const url = target.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target, 'http://localhost');
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return send(res, 400, 'text/plain; charset=utf-8', '网址编码有误');
      }
      if (path.includes('\0') || path.includes('\\')) return send(res, 400, 'text/plain; charset=utf-8', '网址有误');
      let file = resolve(join(root, path));
      if (!inside(root, file)) return send(res, 403, 'text/plain; charset=utf-8', '禁止访问');
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        // One leading slash only: `//host/` in a Location header would send the reader to another site.
        if (!path.endsWith('/')) return redirect(res, `/${url.pathname.replace(/^\/+/, '')}/${url.search}`);
        file = join(file, 'index.html');
      }
      const found = await stat(file).catch(() => undefined);
      // A symbolic link inside the folder must not lead outside it.
      const real = found?.isFile() ? await realpath(file).catch(() => undefined) : undefined;
      if (!real || !inside(root, real)) {
        const notFound = join(root, '404.html');
        const has404 = await stat(notFound).catch(() => undefined);
        return has404 ? stream(req, res, 404, notFound) : send(res, 404, 'text/plain; charset=utf-8', '未找到');
      }
      return stream(req, res, 200, real);
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

function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + sep);
}

function stream(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, status: number, file: string) {
  res.writeHead(status, headers(TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'));
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

function send(res: import('node:http').ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...headers(type), ...extra }).end(body);
}

function redirect(res: import('node:http').ServerResponse, location: string) {
  res.writeHead(301, { ...SECURITY_HEADERS, Location: location }).end();
}
