/**
 * The static server (src/publish/serve-static.ts) over raw sockets, so that nothing normalises the
 * request before the server sees it: no path outside the folder (.., encoded .., backslashes, NUL,
 * symbolic links), no open redirect, percent-encoded Chinese paths served, security headers on every
 * response. And the `_headers` file / meta policy generated from the same policy.
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/publish/security-headers.ts';
import { serveStatic } from '../../src/publish/serve-static.ts';
import { writeHeadersFile } from '../../src/publish/write-headers-file.ts';
import { tempDir } from './support.ts';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-SITE';
const CHINESE_DIR = 'townships/安徽省/郎溪县/毕桥-镇';

let work: string;
let site: string;
let server: Server;
let port: number;

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends the request line exactly as given. */
function raw(target: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', fail);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      ok({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

beforeAll(async () => {
  work = await tempDir('serve');
  site = join(work, 'site');
  await mkdir(join(site, CHINESE_DIR), { recursive: true });
  await mkdir(join(site, 'data'), { recursive: true });
  await writeFile(join(work, 'secret.txt'), SECRET);
  await writeFile(join(site, 'index.html'), '<!DOCTYPE html><html><body>首页</body></html>');
  await writeFile(join(site, '404.html'), '<!DOCTYPE html><html><body>页面不存在</body></html>');
  await writeFile(join(site, CHINESE_DIR, 'index.html'), '<!DOCTYPE html><html><body>毕桥 镇</body></html>');
  await writeFile(join(site, 'data/townships.json'), '{"townships":[]}');
  await writeFile(join(site, 'data/blob.bin'), '<script>alert(1)</script>');
  await symlink(join(work, 'secret.txt'), join(site, 'leak.txt'));
  await symlink(work, join(site, 'up'));
  server = await serveStatic(site, 0);
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  if (work) await rm(work, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it.each([
    '/../secret.txt',
    '/../../../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    `/${encodeURIComponent('townships/../../secret.txt')}`,
    '/townships/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%5c..%5csecret.txt',
    '/..\\secret.txt',
    '/%00../secret.txt',
    '/index.html%00.txt',
    '/leak.txt',
    '/up/secret.txt',
    '/%E0%A4%A',
  ])('refuses %s (nothing outside the folder, no crash)', async (target) => {
    const res = await raw(target);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toMatch(/root:x:0:0/);
  });

  it('serves a percent-encoded Chinese path', async () => {
    const res = await raw(`/${CHINESE_DIR.split('/').map(encodeURIComponent).join('/')}/`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('毕桥 镇');
  });

  it('redirects a directory without its slash to the same site, never to //host', async () => {
    const encoded = `/${CHINESE_DIR.split('/').map(encodeURIComponent).join('/')}`;
    const res = await raw(encoded);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`${encoded}/`);
    for (const target of ['//data', '/.//data', '///data', '//%2F/data']) {
      const r = await raw(target);
      if (r.status === 301) expect(r.headers.location, target).toMatch(/^\/[^/\\]/);
      else expect(r.status, target).toBeGreaterThanOrEqual(400);
    }
  });

  it('sends the security headers on every response (200, 301, 400, 403, 404, 405)', async () => {
    const responses = await Promise.all([raw('/'), raw('/data'), raw('/%E0%A4%A'), raw('/../x'), raw('/no-such-page/'), raw('/', 'POST')]);
    expect(responses.map((r) => r.status)).toEqual([200, 301, 400, expect.any(Number), 404, 405]);
    for (const r of responses) {
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves the site’s own 404 page, and data with its own type (never sniffed as HTML)', async () => {
    const missing = await raw('/no-such-page/');
    expect(missing.body).toContain('页面不存在');
    const json = await raw('/data/townships.json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const blob = await raw('/data/blob.bin');
    expect(blob.headers['content-type']).toBe('application/octet-stream');
    expect(blob.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('the policy as files and tags', () => {
  it('CSP: no inline script, no foreign host, no plugins, no framing', () => {
    const d = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((x) => [x.split(' ')[0], x.split(' ').slice(1).join(' ')]));
    expect(d['default-src']).toBe("'self'");
    expect(d['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(d['object-src']).toBe("'none'");
    expect(d['frame-ancestors']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('the meta-tag policy is the header policy minus frame-ancestors (which meta tags ignore)', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('writeHeadersFile writes _headers with every security header for every path', async () => {
    const dir = join(work, 'release');
    await mkdir(dir);
    const path = await writeHeadersFile(dir);
    expect(path).toBe(join(dir, '_headers'));
    const text = await readFile(path, 'utf8');
    expect(text).toBe(headersFile());
    const [first, ...lines] = text.trimEnd().split('\n');
    expect(first).toBe('/*');
    const parsed = Object.fromEntries(lines.map((l) => [l.trim().slice(0, l.trim().indexOf(':')), l.trim().slice(l.trim().indexOf(':') + 1).trim()]));
    expect(parsed).toEqual(SECURITY_HEADERS);
    expect(parsed['Referrer-Policy']).toBe('no-referrer');
    expect(parsed['X-Content-Type-Options']).toBe('nosniff');
  });
});
