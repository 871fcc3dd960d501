// Shared by tests/e2e/{csp,offline,privacy,size}.test.mjs (Playwright, Chromium) and
// the cross-browser journey (tests/e2e-browsers/*.test.mjs): serving dist/ with its
// production headers, a page that records what a policy refused, a fake blog page.
// Not a test file itself (no .test. in its name).
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP_REPORT_PATH, startServer } from '../../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(here, '..', '..');
export const DIST = resolve(process.env.CADRE_DIST || join(ROOT, 'dist'));
export const OUT = join(ROOT, 'tests', 'e2e', 'out');
export const CANARY = 'CANARY-7f3a';

export function requireBuild() {
  for (const f of ['index.html', '_headers', 'csp.txt', 'sw.js']) {
    if (!existsSync(join(DIST, f))) {
      throw new Error(`${DIST}/${f} is missing: build with bash scripts/build (trunk build, then scripts/csp)`);
    }
  }
}

/**
 * dist/ served on 127.0.0.1 with the headers of dist/_headers, as a production host —
 * the Content-Security-Policy with a `report-uri` added, so that the server collects
 * every violation a browser reports (`site.reports`), from the first byte of a page.
 */
export function serveSite({ base = '/', dir = DIST, offline = null } = {}) {
  requireBuild();
  return startServer({ dir, host: '127.0.0.1', port: 0, base, headers: join(dir, '_headers'), offline, cspReports: true });
}

/** The policy a served page carries: dist/csp.txt and the test's report-uri. */
export const servedPolicy = () => `${readDist('csp.txt').trim()}; report-uri ${CSP_REPORT_PATH}`;

/**
 * A copy of dist/ whose index.html runs an inline script the policy refuses, first
 * thing in <head> (before the <meta> policy): served like dist/, it must be reported.
 * Returns the site; `close()` also removes the copy.
 */
export async function serveViolatingSite(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-violating-'));
  cpSync(DIST, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  writeFileSync(join(dir, 'index.html'), html.replace(/<html[^>]*>/, '$&<script>window.__cadreInjected = true;</script>'));
  const site = await serveSite({ ...options, dir });
  const close = site.close;
  site.close = async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  };
  return site;
}

/** Resolves with the first CSP report the site has, or gets, that `match` accepts. */
export function waitForReport(site, match, timeout = 20_000) {
  const found = site.reports.find(match);
  if (found) return Promise.resolve(found);
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      site.events.off('report', on);
      reject(new Error(`no such CSP report within ${timeout} ms; reports: ${JSON.stringify(site.reports)}`));
    }, timeout);
    const on = (r) => {
      if (!match(r)) return;
      clearTimeout(timer);
      site.events.off('report', on);
      resolvePromise(r);
    };
    site.events.on('report', on);
  });
}

/** A violation the tests make on purpose, to know that the reports so far are in. */
const SENTINEL_HOST = 'csp-sentinel.invalid';
export const SENTINEL_SCRIPT = `document.createElement('img').src = 'http://${SENTINEL_HOST}/' + Date.now() + '.png';`;
const isSentinel = (r) => String(r.blocked).includes(SENTINEL_HOST);

/**
 * The CSP reports the site has received (from index `since`), but the sentinel's: `run(script)` runs the
 * sentinel in the page (an image from a host img-src refuses); once its report has
 * arrived — a browser sends a report when its violation happens, so those of earlier
 * violations have been sent before it — the others are returned. This also proves the
 * engine reports at all: an empty list is not a silent reporting failure.
 */
export async function reportsSoFar(site, run, since = 0) {
  const before = site.reports.filter(isSentinel).length;
  const arrived = waitForReport(site, () => site.reports.filter(isSentinel).length > before);
  await run(SENTINEL_SCRIPT);
  await arrived;
  return site.reports.slice(since).filter((r) => !isSentinel(r));
}

/** The files of dist/ a browser loads (not the files written for servers). */
export function browserFiles(dir = DIST, prefix = '') {
  const out = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...browserFiles(dir, rel + '/'));
    else if (!['_headers', 'csp.txt'].includes(rel)) out.push(rel);
  }
  return out.sort();
}

/**
 * A page (new context) that records console errors, page errors and every
 * `securitypolicyviolation` event, in every frame. No request routing: routing
 * would bypass the service worker.
 */
export async function recordingPage(browser, { viewport = { width: 1280, height: 800 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options });
  const record = { errors: [], violations: [], requests: [] };
  await context.exposeBinding('__cadreViolation', (_source, v) => record.violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cadreViolation({
        directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample,
        source: e.sourceFile, line: e.lineNumber, page: location.href,
      });
    });
  });
  context.on('request', (r) => record.requests.push(r));
  const page = await context.newPage();
  const watch = (p) => {
    p.on('console', (msg) => {
      if (msg.type() === 'error') record.errors.push(`console.error: ${msg.text()}`);
    });
    p.on('pageerror', (err) => record.errors.push(`page error: ${err.message}`));
  };
  watch(page);
  context.on('page', watch);
  return { context, page, record };
}

/** Waits for the app: its step heading, in the page or a frame. */
export async function appReady(target, timeout = 20_000) {
  await target.locator('#step-title').waitFor({ state: 'visible', timeout });
}

/** Clicks a download button and returns the file's bytes. */
export async function download(page, clickTarget, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), clickTarget.locator(selector).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** A blog article with `snippet` in it, served by another origin (localhost, not 127.0.0.1). */
export async function serveBlog(snippet) {
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Le blog des indépendants</title>
<style>
  body { margin: 0; font: 17px/1.6 Georgia, serif; color: #222; background: #fbfaf7; }
  header { background: #2d2a26; color: #fff; padding: 14px 20px; font: 600 18px system-ui, sans-serif; }
  article { max-width: 760px; margin: 0 auto; padding: 16px 20px 60px; }
  h1 { font-size: 1.7rem; line-height: 1.25; }
</style></head>
<body><header>Le blog des indépendants</header>
<article>
<h1>Rédiger son contrat de prestation en dix minutes</h1>
<p>Un contrat clair évite les impayés et les malentendus. Répondez aux questions ci-dessous : le contrat s’écrit pendant que vous répondez, dans votre navigateur.</p>
${snippet}
<p>Besoin d’aide ? Faites relire votre contrat par un professionnel du droit.</p>
</article></body></html>`;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://localhost:${port}/article/`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

export function readDist(name) {
  return readFileSync(join(DIST, name), 'utf8');
}

/** Waits for a complete .pdf in `dir` (searched one level deep: some engines save into
 *  a folder of their own), reads and removes it (the next download may reuse the name). */
export async function newPdf(dir, timeout = 20_000) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const end = Date.now() + timeout;
  for (;;) {
    const candidates = [];
    for (const d of [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(dir, e.name))]) {
      for (const f of readdirSync(d)) if (f.endsWith('.pdf')) candidates.push(join(d, f));
    }
    for (const f of candidates) {
      const size = statSync(f).size;
      await sleep(300);
      if (size > 1000 && statSync(f).size === size) {
        const bytes = readFileSync(f);
        rmSync(f, { force: true });
        return bytes;
      }
    }
    if (Date.now() > end) throw new Error(`no PDF appeared in ${dir}`);
    await sleep(200);
  }
}
