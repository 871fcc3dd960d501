// A minimal W3C WebDriver (classic) client over fetch: enough to drive geckodriver
// (Firefox), WebKitWebDriver (WebKitGTK's MiniBrowser) and chromedriver (Chromium)
// with the same journey, and nothing to download. Each engine's capabilities, and
// where it saves downloads, are in ENGINES.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
].find((p) => existsSync(p));

/**
 * Each engine: its driver, how to start it, its capabilities for a download folder.
 * `home`: a throwaway HOME (MiniBrowser saves downloads there; Firefox keeps no profile in it).
 */
export const ENGINES = {
  chromium: {
    driver: process.env.CHROMEDRIVER || '/usr/bin/chromedriver',
    binary: process.env.CADRE_CHROMIUM || '/usr/bin/chromium',
    args: (port) => [`--port=${port}`],
    capabilities: ({ downloads }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CADRE_CHROMIUM || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-quic', '--window-size=1280,900'],
        prefs: { 'download.default_directory': downloads, 'download.prompt_for_download': false },
      },
    }),
  },
  firefox: {
    driver: process.env.GECKODRIVER || '/opt/geckodriver/bin/geckodriver',
    binary: process.env.CADRE_FIREFOX || '/usr/lib/firefox-esr/firefox-esr',
    args: (port) => ['--host', '127.0.0.1', '--port', String(port)],
    capabilities: ({ downloads, binary }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary,
        args: ['-headless', '-width', '1280', '-height', '900'],
        prefs: {
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.start_downloads_in_tmp_dir': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/pdf,application/octet-stream',
          'browser.download.open_pdf_attachments_inline': false,
          'pdfjs.disabled': true,
          // The machine's network is closed: no background connection attempts.
          'network.connectivity-service.enabled': false,
          'network.captive-portal-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'app.update.disabledForTesting': true,
        },
      },
    }),
  },
  webkit: {
    driver: process.env.SAFARIDRIVER || '/usr/bin/WebKitWebDriver',
    binary: process.env.CADRE_MINIBROWSER || MINIBROWSER,
    args: (port) => [`--port=${port}`],
    // MiniBrowser saves downloads in $HOME: the driver is started with a throwaway HOME.
    downloadsInHome: true,
    needsDisplay: true,
    capabilities: ({ binary }) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    }),
  },
};

/** Why `engine` cannot run here, or null. */
export function unavailable(name) {
  const e = ENGINES[name];
  if (!e) return `unknown engine ${name}`;
  if (!existsSync(e.driver)) return `${e.driver} is missing`;
  if (!e.binary || !existsSync(e.binary)) return `the ${name} browser is missing (${e.binary ?? 'MiniBrowser not found'})`;
  if (e.needsDisplay && !process.env.DISPLAY) return 'no display (run under xvfb-run)';
  return null;
}

export class WebDriver {
  constructor(base, session, proc, downloads, name) {
    Object.assign(this, { base, session, proc, downloads, name });
  }

  /** Starts the engine's driver on a free port and opens a session. */
  static async start(name) {
    const engine = ENGINES[name];
    const home = mkdtempSync(join(tmpdir(), `cadre-${name}-home-`));
    const downloads = engine.downloadsInHome ? home : mkdtempSync(join(tmpdir(), `cadre-${name}-downloads-`));
    const port = await freePort();
    const proc = spawn(engine.driver, engine.args(port), {
      env: { ...process.env, HOME: home, TMPDIR: home, MOZ_HEADLESS: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`${base}/status`);
        if (r.ok) break;
      } catch { /* not listening yet */ }
      if (i > 100 || proc.exitCode !== null) {
        proc.kill();
        throw new Error(`${engine.driver} did not start: ${stderr}`);
      }
      await sleep(100);
    }
    const caps = engine.capabilities({ downloads, binary: engine.binary });
    const res = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: caps } }),
    }).then((r) => r.json());
    if (!res.value?.sessionId) {
      proc.kill();
      throw new Error(`${name}: no session: ${JSON.stringify(res.value)} ${stderr}`);
    }
    const wd = new WebDriver(base, res.value.sessionId, proc, downloads, name);
    wd.home = home;
    wd.capabilities = res.value.capabilities;
    return wd;
  }

  async cmd(method, path, body) {
    const r = await fetch(`${this.base}/session/${this.session}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (!r.ok || json.value?.error) {
      const err = new Error(`${this.name} ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
      err.code = json.value?.error;
      throw err;
    }
    return json.value;
  }

  get(url) { return this.cmd('POST', '/url', { url }); }
  refresh() { return this.cmd('POST', '/refresh', {}); }
  currentUrl() { return this.cmd('GET', '/url'); }
  setWindow(width, height) { return this.cmd('POST', '/window/rect', { width, height }).catch(() => null); }
  execute(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }); }
  executeAsync(script, ...args) { return this.cmd('POST', '/execute/async', { script, args }); }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }

  /** Polls until `css` matches a displayed element. */
  async waitFor(css, timeout = 20_000) {
    const end = Date.now() + timeout;
    for (;;) {
      try {
        const id = await this.find(css);
        if (await this.cmd('GET', `/element/${id}/displayed`).catch(() => true)) return id;
      } catch (e) {
        if (e.code !== 'no such element' && e.code !== 'stale element reference') throw e;
      }
      if (Date.now() > end) throw new Error(`${this.name}: ${css} never appeared`);
      await sleep(100);
    }
  }

  /** Polls `script` (returning truthy) in the page. */
  async until(script, timeout = 20_000, ...args) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.execute(script, ...args).catch(() => null);
      if (v) return v;
      if (Date.now() > end) throw new Error(`${this.name}: never true: ${script}`);
      await sleep(150);
    }
  }

  async click(css) {
    const id = await this.waitFor(css);
    return this.cmd('POST', `/element/${id}/click`, {});
  }

  async type(css, text) {
    const id = await this.waitFor(css);
    await this.cmd('POST', `/element/${id}/clear`, {});
    return this.cmd('POST', `/element/${id}/value`, { text });
  }

  async value(css) {
    const id = await this.waitFor(css);
    return this.cmd('GET', `/element/${id}/property/value`);
  }

  async quit() {
    await this.cmd('DELETE', '').catch(() => null);
    this.proc.kill();
    await new Promise((r) => (this.proc.exitCode !== null ? r() : this.proc.once('exit', r)));
  }
}
