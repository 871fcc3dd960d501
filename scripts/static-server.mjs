// A tiny static file server for the built site (dist/), on loopback only.
//
//   node scripts/static-server.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--base /]
//
// --base serves the site under a sub-path (e.g. --base /outils/contrat/), as on a
// blog; anything outside it is a 404. Also imported by the end-to-end tests
// (startServer) to serve dist/ on a free port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function normalizeBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/**
 * Start serving `dir` under `base`. Resolves to { server, url, close() } once listening.
 * port 0 picks a free port.
 */
export function startServer({ dir = 'dist', host = '127.0.0.1', port = 0, base = '/', log = false } = {}) {
  const root = resolve(dir);
  const prefix = normalizeBase(base);
  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      if (path === prefix.slice(0, -1)) {
        res.writeHead(301, { location: prefix });
        return res.end();
      }
      if (!path.startsWith(prefix)) return send(404, 'not found');
      let rel = path.slice(prefix.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden');
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) return send(404, 'not found');
      const body = await readFile(file);
      send(200, body, TYPES[extname(file)] || 'application/octet-stream');
      if (log) console.log(`${req.method} ${path} 200`);
    } catch (err) {
      send(500, String(err));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const url = `http://${host}:${actual}${prefix}`;
      resolvePromise({
        server,
        url,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = argv[i + 1];
    if (!['dir', 'host', 'port', 'base'].includes(key) || value === undefined) {
      console.error(`usage: node scripts/static-server.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--base /]`);
      process.exit(2);
    }
    opts[key] = key === 'port' ? Number(value) : value;
  }
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = { dir: 'dist', host: '127.0.0.1', port: 8080, ...parseArgs(process.argv.slice(2)) };
  const { url } = await startServer({ ...opts, log: false });
  console.log(`Cadre is served at ${url}  (Ctrl-C to stop)`);
}
