// A tiny static file server for the built site (dist/), on loopback only.
//
//   node scripts/static-server.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--base /]
//                                  [--headers dist/_headers]
//
// --base serves the site under a sub-path (e.g. --base /outils/contrat/), as on a
// blog; anything outside it is a 404. --headers sends the headers of a Netlify-style
// _headers file (the build writes dist/_headers: Content-Security-Policy…), as a
// production host would. Also imported by the end-to-end tests (startServer) to
// serve dist/ on a free port.
//
// For tests only (startServer's `cspReports`, no command-line flag): the
// Content-Security-Policy header gets a `report-uri` to this server, which collects the
// browsers' violation reports — every engine sends them from the first byte of a page,
// before any script of the page could listen. Only report-uri: Chromium sends
// report-to reports late, in batches, and would ignore report-uri next to it.
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
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

/**
 * Reads a Netlify-style _headers file: a path pattern at the start of a line
 * (`/*`, `/sw.js`), then indented `Name: value` lines. Returns [{ pattern, headers }].
 */
export function readHeadersFile(file) {
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules[rules.length - 1].headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** The headers of every rule whose pattern matches `path` (relative to the site's base, with a leading /). */
function headersFor(rules, path) {
  const out = {};
  for (const { pattern, headers } of rules) {
    const match = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (match) Object.assign(out, headers);
  }
  return out;
}

/** Where the test server collects CSP reports (outside any base path). */
export const CSP_REPORT_PATH = '/__csp-report';

/** A CSP report as browsers POST it to a report-uri (or report-to), in one shape. */
function readReports(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return [{ unreadable: text.slice(0, 200) }];
  }
  const bodies = Array.isArray(json) ? json.map((r) => r.body ?? r) : [json['csp-report'] ?? json];
  return bodies.map((r) => ({
    directive: r['effective-directive'] ?? r.effectiveDirective ?? r['violated-directive'] ?? '',
    blocked: r['blocked-uri'] ?? r.blockedURL ?? '',
    document: r['document-uri'] ?? r.documentURL ?? '',
    source: r['source-file'] ?? r.sourceFile ?? '',
    line: r['line-number'] ?? r.lineNumber ?? null,
    sample: r['script-sample'] ?? r.sample ?? '',
  }));
}

function normalizeBase(base) {
  let b = base || '/';
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/**
 * Start serving `dir` under `base`. Resolves to { server, url, close() } once listening.
 * port 0 picks a free port. `headers`: a _headers file whose headers are sent (true
 * means `<dir>/_headers`, read once at start). `offline`: a function; while it returns
 * true every request is refused (the connection is destroyed), as with no network.
 * `cspReports` (tests only): the CSP header gets `report-uri /__csp-report`, and the
 * reports POSTed there are collected in `reports` (also while `offline`: the endpoint
 * is the test's, not the site's); `events` emits 'report' for each.
 */
export function startServer({ dir = 'dist', host = '127.0.0.1', port = 0, base = '/', log = false, headers = null, offline = null, cspReports = false } = {}) {
  const root = resolve(dir);
  const prefix = normalizeBase(base);
  const rules = headers ? readHeadersFile(headers === true ? join(root, '_headers') : headers) : [];
  const reports = [];
  const events = new EventEmitter();
  const server = createServer(async (req, res) => {
    if (cspReports && req.method === 'POST' && new URL(req.url, 'http://localhost').pathname === CSP_REPORT_PATH) {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      for (const report of readReports(Buffer.concat(chunks).toString('utf8'))) {
        reports.push(report);
        events.emit('report', report);
      }
      res.writeHead(204, { 'cache-control': 'no-store' });
      return res.end();
    }
    if (offline?.()) return req.socket.destroy();
    const extra = () => {
      const h = headersFor(rules, '/' + new URL(req.url, 'http://localhost').pathname.slice(prefix.length));
      if (cspReports && h['content-security-policy']) {
        h['content-security-policy'] += `; report-uri ${CSP_REPORT_PATH}`;
      }
      return h;
    };
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(status === 200 ? extra() : {}) });
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
        reports,
        events,
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
    if (!['dir', 'host', 'port', 'base', 'headers'].includes(key) || value === undefined) {
      console.error(`usage: node scripts/static-server.mjs [--dir dist] [--host 127.0.0.1] [--port 8080] [--base /] [--headers dist/_headers]`);
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
