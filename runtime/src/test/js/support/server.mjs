// A static file server on loopback for the browser tests: /curbcut/ is the runtime as the jar
// ships it (built), /fixtures/ the test pages, /demo/ the repaired demo site. With inject, HTML pages get
// the runtime's script tag (as the proxy will add it); csp adds a strict Content-Security-Policy.
import http from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const MODULE_ROOT = path.resolve(here, '../../../..');
// The runtime as built (minified by src/build/minify.mjs during Maven's process-resources).
export const RUNTIME = path.join(MODULE_ROOT, 'target/classes/META-INF/resources/curbcut');
if (!existsSync(path.join(RUNTIME, 'curbcut.js'))) {
  throw new Error('the runtime is not built: run "mvn -pl runtime -am compile" (bin/test-runtime does)');
}
export const FIXTURES = path.join(MODULE_ROOT, 'src/test/fixtures');
export const AXE = path.join(MODULE_ROOT, 'node_modules/axe-core/axe.min.js');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml', '.wav': 'audio/wav', '.woff2': 'font/woff2' };

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** Starts the server; roots maps a URL prefix to a folder. Returns { url, close, requests }. */
export async function serve(roots = {}) {
  const mounts = { '/curbcut/': RUNTIME, '/fixtures/': FIXTURES, '/axe/': path.dirname(AXE), ...roots };
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST') { // a report endpoint: recorded, answered 204 (or 500 under /fail/)
      let body = '';
      for await (const chunk of req) body += chunk;
      requests.push({ path: url.pathname, cookie: req.headers.cookie || '', method: 'POST', type: req.headers['content-type'] || '', body });
      res.writeHead(url.pathname.startsWith('/fail/') ? 500 : 204).end();
      return;
    }
    requests.push({ path: url.pathname, cookie: req.headers.cookie || '' });
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => url.pathname.startsWith(p));
    if (!prefix) { res.writeHead(404).end(); return; }
    const file = path.join(mounts[prefix], decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
    if (!file.startsWith(mounts[prefix])) { res.writeHead(403).end(); return; }
    try {
      const info = await stat(file);
      const real = info.isDirectory() ? path.join(file, 'index.html') : file;
      let body = await readFile(real);
      const type = TYPES[path.extname(real)] || 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (type.startsWith('text/html')) {
        if (url.searchParams.has('csp')) headers['content-security-policy'] = STRICT_CSP;
        if (url.searchParams.has('inject')) {
          const attrs = url.searchParams.get('inject') || '';
          const tag = `<script type="module" src="/curbcut/curbcut.js"${attrs ? ' ' + attrs : ''}></script>`;
          const html = body.toString('utf8');
          body = Buffer.from(/<\/head>/i.test(html) ? html.replace(/<\/head>/i, tag + '</head>') : tag + html);
        }
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}
