// Downloads as a user gets them: a minimal mission filled field by field, the four
// buttons of the review step (and one of the preview header) clicked, and each file
// checked — its name, its format (qpdf --check for the PDF, the ZIP's
// word/document.xml for the DOCX, the CSP meta tag for the HTML) and its text. With
// a blocking problem left, every file is marked PROJET.
//
// qpdf and pdftotext are needed for the PDF checks: missing, they fail the test saying
// what to install (skipped with a note only when CADRE_ALLOW_MISSING_TOOLS is set, by
// hand; scripts/test unsets it).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { OUT, useBrowserAndSite, watchedPage } from './helpers.mjs';

const TITLE = 'Identité visuelle de l’Atelier Dupont';
const FORMATS = ['pdf', 'docx', 'html', 'md'];

const env = useBrowserAndSite();

/** Whether `tool` is on PATH; when not, throws (or, with CADRE_ALLOW_MISSING_TOOLS set, returns false: skip).
 *  (Asks the shell, not `tool --version`: Debian's pdftotext exits 1 on --version.) */
function have(tool) {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    const install = 'Debian: apt-get install qpdf poppler-utils';
    if (!process.env.CADRE_ALLOW_MISSING_TOOLS) {
      throw new Error(`${tool} is required by this test and is not installed (${install}; or set CADRE_ALLOW_MISSING_TOOLS=1 to skip its checks, by hand only)`);
    }
    console.log(`note: ${tool} is not installed (${install}); skipping its check (CADRE_ALLOW_MISSING_TOOLS is set)`);
    return false;
  }
}

/** The entries of a ZIP archive (stored or deflated), by name. */
function unzip(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'no end of central directory: not a ZIP');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'bad central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

/** The browser's today, as the app names files: YYYY-MM-DD in local time. */
const today = (page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

async function open() {
  const opened = await watchedPage(env.browser);
  const { page } = opened;
  await page.goto(env.site.url);
  await page.locator('#step-title').waitFor();
  await page.click('button.lang[lang="fr"]');
  await page.waitForFunction(() => document.querySelector('main#cadre')?.getAttribute('lang') === 'fr');
  return opened;
}

/** Fills a minimal fixed-price mission, step by step; `clientAddress` may stay empty. */
async function fillMission(page, { clientAddress, providerName = 'Camille Moreau', clientName = 'Atelier Dupont' }) {
  const steps = {
    you: {
      'provider-name': providerName,
      'provider-siren': '812 345 676',
      'provider-address': '12 rue des Lilas, 69003 Lyon',
      'provider-email': 'camille@moreau-design.fr',
    },
    client: {
      'client-name': clientName,
      'client-registration': '523 456 788',
      'client-representative': 'Marc Dupont',
      'client-address': clientAddress,
    },
    mission: { 'mission-title': TITLE, 'deliverable-1-title': 'Logo, formats SVG et PNG' },
    price: { 'price-amount': '2 400' },
    rights: { 'rights-purpose': 'identification de l’atelier', 'rights-media': 'imprimés, site internet', 'rights-territory': 'France' },
    ending: { 'signature-place': 'Lyon' },
  };
  for (const [step, fields] of Object.entries(steps)) {
    await page.click(`#nav-${step}`);
    for (const [id, value] of Object.entries(fields)) {
      await page.fill(`#${id}`, value);
      // Leaving an empty required field adds a "1 to complete" badge to its step,
      // which moves the next steps' buttons: leave it before clicking one.
      await page.locator(`#${id}`).blur();
    }
  }
  await page.waitForFunction((t) => document.querySelector('.preview-body')?.textContent.includes(t), TITLE);
  await page.click('#nav-review');
  await page.locator('.review .problems').waitFor();
}

/** Clicks a download button; resolves to the file's suggested name and bytes. HTML
 * and Markdown are under « Autres formats », opened first. */
async function download(page, id, dir) {
  const inside = page.locator(`details.other-formats:has(#${id})`);
  if ((await inside.count()) > 0 && !(await inside.evaluate((d) => d.open))) {
    await inside.locator('summary').click();
  }
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  const name = dl.suggestedFilename();
  const path = join(dir, name);
  await dl.saveAs(path);
  return { name, path, bytes: readFileSync(path) };
}

function checkPdf(file) {
  assert.equal(file.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `${file.name} starts with %PDF-`);
  if (have('qpdf')) {
    // Exit code 0: no error and no warning (3 would be warnings).
    execFileSync('qpdf', ['--check', file.path], { stdio: 'pipe' });
  }
}

function pdfText(file) {
  return have('pdftotext') ? execFileSync('pdftotext', ['-enc', 'UTF-8', file.path, '-'], { encoding: 'utf8' }) : null;
}

/** The fonts of the PDF, as `pdffonts` lists them: [name, emb, sub, uni]. */
function pdfFonts(file) {
  if (!have('pdffonts')) return null;
  const rows = execFileSync('pdffonts', [file.path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return rows.map((l) => {
    const cols = l.trim().split(/\s+/);
    return [cols[0], ...cols.slice(-5, -2)];
  });
}

describe('downloads from the review step', () => {
  test('a complete mission downloads as PDF, DOCX, HTML and Markdown', async () => {
    const { context, page, record } = await open();
    const dir = join(OUT, 'downloads-complete');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      await fillMission(page, { clientAddress: '4 place Bellecour, 69002 Lyon' });
      assert.match(await page.locator('.review .problems').innerText(), /Rien ne bloque/);
      const date = await today(page);
      // Errors while filling belong to the questionnaire's journeys; none may come
      // from the downloads.
      const errorsBefore = record.errors.length;
      const files = {};
      for (const ext of FORMATS) {
        files[ext] = await download(page, `download-review-${ext}`, dir);
        assert.equal(files[ext].name, `contrat-atelier-dupont-${date}.${ext}`);
        assert.match(files[ext].name, /^contrat-[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.(pdf|docx|html|md)$/);
      }

      checkPdf(files.pdf);
      const text = pdfText(files.pdf);
      if (text !== null) {
        assert.ok(text.includes(TITLE), 'the PDF shows the mission title');
        assert.ok(!text.includes('PROJET'), 'a complete contract is no draft');
      }

      assert.equal(files.docx.bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'the DOCX is a ZIP');
      const parts = unzip(files.docx.bytes);
      assert.ok(parts.has('word/document.xml'), `parts: ${[...parts.keys()]}`);
      assert.ok(parts.get('word/document.xml').toString('utf8').includes(TITLE), 'word/document.xml holds the title');
      assert.ok(!parts.has('word/header1.xml'), 'no draft header');

      const html = files.html.bytes.toString('utf8');
      assert.ok(html.includes(TITLE), 'the HTML holds the title');
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
      assert.ok(!html.includes('class="draft-mark"'));

      const md = files.md.bytes.toString('utf8');
      assert.ok(md.startsWith('# Contrat de prestation de services\n'), md.slice(0, 80));
      assert.ok(md.includes(TITLE));

      // One primary action, Word beside it, the rest under « Autres formats ».
      assert.match(await page.locator('#download-review-pdf').innerText(), /Télécharger le PDF à signer/);
      assert.ok(await page.locator('#download-review-pdf').evaluate((b) => b.classList.contains('primary')));
      assert.match(await page.locator('#download-review-docx').innerText(), /Word/);
      // After a download: what to do next.
      assert.match(await page.locator('.review .next-steps').innerText(), /envoyez-le à votre client/);
      // The preview header keeps one compact PDF button, which writes the same file.
      assert.equal(await page.locator('.preview-head button.download').count(), 1);
      const again = await download(page, 'download-preview-pdf', join(dir, 'preview'));
      assert.equal(again.name, files.pdf.name);
      assert.equal(again.bytes.length, files.pdf.bytes.length);

      assert.deepEqual(record.errors.slice(errorsBefore), [], 'no console error from the downloads');
      assert.deepEqual(record.offsite, []);
    } finally {
      await context.close();
    }
  });

  test('a PDF for Łukasz Wróbel and Γιώργος Παπαδόπουλος names both exactly, in embedded subset fonts', async () => {
    const { context, page, record } = await open();
    const dir = join(OUT, 'downloads-names');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      const providerName = 'Γιώργος Παπαδόπουλος';
      const clientName = 'Łukasz Wróbel';
      await fillMission(page, { clientAddress: 'ul. Świętokrzyska 12, 00-916 Warszawa', providerName, clientName });
      const errorsBefore = record.errors.length;
      const pdf = await download(page, 'download-review-pdf', dir);
      assert.match(pdf.name, /^contrat-.*\.pdf$/);
      await page.waitForFunction(() => document.querySelector('.downloads .status') !== null);
      const said = (await page.locator(".review .downloads .status").innerText()).trim();
      assert.match(said, /^Fichier téléchargé/, 'saved');
      assert.ok(!said.includes('remplacés'), `no character was substituted: ${said}`);
      assert.doesNotMatch(pdf.name, /projet/, 'a complete contract, not a draft');
      checkPdf(pdf);
      const text = pdfText(pdf);
      if (text !== null) {
        const flat = text.replace(/\s+/g, ' ');
        for (const name of [providerName, clientName, 'Świętokrzyska']) assert.ok(flat.includes(name), `the PDF gives back ${name}`);
        assert.ok(!flat.includes('?'), 'no "?" in the PDF');
      }
      const fonts = pdfFonts(pdf);
      if (fonts !== null) {
        assert.ok(fonts.length >= 2, `fonts: ${JSON.stringify(fonts)}`);
        for (const [name, emb, sub, uni] of fonts) {
          assert.match(name, /^[A-Z]{6}\+CadreSans/, 'a subset of Cadre Sans');
          assert.deepEqual([emb, sub, uni], ['yes', 'yes', 'yes'], name);
        }
      }
      const raw = pdf.bytes.toString('latin1');
      assert.ok(raw.includes('<pdfaid:part>2</pdfaid:part>') && raw.includes('/StructTreeRoot'), 'PDF/A-2b, tagged');
      assert.ok(record.requests.some((u) => u.includes('writers/fonts/CadreSans-Regular.ttf')), 'the fonts were fetched');
      assert.deepEqual(record.errors.slice(errorsBefore), [], 'no console error from the download');

      // A script the fonts do not cover is still reported beside the buttons.
      await page.click('#nav-client');
      await page.fill('#client-name', '北京 Łukasz');
      await page.locator('#client-name').blur();
      await page.click('#nav-review');
      await page.locator('.review .problems').waitFor();
      await download(page, 'download-review-pdf', join(dir, 'cjk'));
      const status = page.locator('.review .downloads .status');
      await page.waitForFunction(() => /U\+5317/.test(document.querySelector('.review .downloads .status')?.textContent ?? ''));
      assert.match(await status.innerText(), /北 \(U\+5317\) 京 \(U\+4EAC\)/);
      assert.doesNotMatch(await status.innerText(), /Ł/);
    } finally {
      await context.close();
    }
  });

  test('with a blocking problem left, every file is marked PROJET', async () => {
    const { context, page, record } = await open();
    const dir = join(OUT, 'downloads-draft');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
      await fillMission(page, { clientAddress: '' });
      const problems = await page.locator('.review .problems').innerText();
      assert.doesNotMatch(problems, /Rien ne bloque/);
      assert.match(await page.locator('.downloads .note.draft').innerText(), /PROJET/);
      const errorsBefore = record.errors.length;
      const files = {};
      for (const ext of FORMATS) {
        files[ext] = await download(page, `download-review-${ext}`, dir);
        // A draft's file is told from the final one by its name.
        assert.match(files[ext].name, new RegExp(`^contrat-atelier-dupont-\\d{4}-\\d{2}-\\d{2}-projet\\.${ext}$`));
      }
      assert.match(await page.locator('#download-review-pdf').innerText(), /projet/i);
      assert.match(await page.locator('.review .next-steps').innerText(), /Ce fichier est un projet/);

      checkPdf(files.pdf);
      const text = pdfText(files.pdf);
      if (text !== null) {
        const pages = text.split('\f').filter((p) => p.trim());
        assert.ok(pages.length > 1);
        pages.forEach((p, i) => assert.ok(p.split('\n').some((l) => l.trim() === 'PROJET'), `PDF page ${i + 1} is marked`));
      }
      const header = unzip(files.docx.bytes).get('word/header1.xml');
      assert.ok(header && /projet/i.test(header.toString('utf8')), 'the DOCX has a PROJET header');
      assert.match(files.html.bytes.toString('utf8'), /<p class="draft-mark">PROJET<\/p>/);
      assert.match(files.md.bytes.toString('utf8'), /PROJET/);

      assert.deepEqual(record.errors.slice(errorsBefore), [], 'no console error from the downloads');
    } finally {
      await context.close();
    }
  });
});
