// Times Cadre's PDF and DOCX writers in headless Chromium on the release build, next
// to jsPDF and the `docx` package writing the same text, and prints the bytes each
// side adds to the page. Figures are printed, never asserted. Both PDFs are set in the
// same TrueType fonts (fonts/CadreSans-*.ttf), embedded: jsPDF through addFont.
//
//   node scripts/bench-formats.mjs [--runs 50]    (reads target/dist-bench/, or CADRE_DIST)
//   (scripts/bench-formats builds target/dist-bench/ with the hook first)
//
// Our writers are called through the hidden hook src/web/bench.rs, exported on
// window.wasmBindings by Trunk's loader: only in a build with the cargo feature
// `bench` (trunk build --features bench), never in dist/. The JavaScript libraries get the document's
// own plain text (Document::plain_text), split into a title, article headings and
// paragraphs, so both sides write the same words.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/helpers.mjs';
import { startServer } from './static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(process.env.CADRE_DIST || join(ROOT, 'target', 'dist-bench'));
const MISSIONS = join(ROOT, 'tests', 'fixtures', 'missions');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;
const WARMUP = 5;

const require = createRequire(import.meta.url);
const JSPDF = require.resolve('jspdf/dist/jspdf.umd.min.js');
// docx ships no minified browser bundle: its IIFE build is what a page would load.
const DOCX = join(dirname(require.resolve('docx')), 'index.iife.js');

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const FONTS = join(ROOT, 'fonts');
const fontB64 = {
  normal: readFileSync(join(FONTS, 'CadreSans-Regular.ttf')).toString('base64'),
  bold: readFileSync(join(FONTS, 'CadreSans-Bold.ttf')).toString('base64'),
};
const fontFiles = ['CadreSans-Regular.ttf', 'CadreSans-Bold.ttf', 'CadreSans-Italic.ttf'];

const missions = readdirSync(MISSIONS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: f.replace(/\.json$/, ''), json: readFileSync(join(MISSIONS, f), 'utf8') }));

const glueFiles = readdirSync(DIST).filter((f) => /^cadre-.*\.js$/.test(f));
if (!glueFiles.some((f) => readFileSync(join(DIST, f), 'utf8').includes('cadre_bench_render'))) {
  console.error(`${DIST} has no benchmark hook: build it with the cargo feature bench (bash scripts/bench-formats does)`);
  process.exit(1);
}

const site = await startServer({ dir: DIST, host: '127.0.0.1', port: 0, base: '/' });
const browser = await launchBrowser();
try {
  // The page's CSP allows only Trunk's loader: bypass it to add the two libraries.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => typeof window.wasmBindings?.cadre_bench_render === 'function', null, { timeout: 30_000 });
  await page.addScriptTag({ path: JSPDF });
  await page.addScriptTag({ path: DOCX });
  await page.waitForFunction(() => window.jspdf?.jsPDF && window.docx?.Packer);
  const browserVersion = browser.version();

  const result = await page.evaluate(
    async ({ missions, runs, warmup, fontB64 }) => {
      const b = window.wasmBindings;
      // The longest reference mission, by the length of its text.
      const longest = missions
        .map((m) => ({ ...m, text: b.cadre_bench_plain_text(m.json) }))
        .sort((x, y) => y.text.length - x.text.length)[0];

      const lines = longest.text.split('\n').filter((l) => l.trim());
      const blocks = lines.map((text, i) => ({
        kind: i === 0 ? 'title' : /^Article \d+ – /.test(text) ? 'heading' : 'paragraph',
        text,
      }));

      function jspdfWrite() {
        const { jsPDF } = window.jspdf;
        const doc = new jsPDF({ unit: 'pt', format: 'a4' });
        // The same fonts as ours, embedded (jsPDF parses them for every document).
        for (const [style, b64] of Object.entries(fontB64)) {
          doc.addFileToVFS(`CadreSans-${style}.ttf`, b64);
          doc.addFont(`CadreSans-${style}.ttf`, 'CadreSans', style);
        }
        const margin = 56.7;
        const width = 595.28 - 2 * margin;
        const bottom = 841.89 - margin;
        let y = margin;
        for (const block of blocks) {
          const size = block.kind === 'title' ? 18 : block.kind === 'heading' ? 12 : 10;
          const lh = size * 1.35;
          doc.setFont('CadreSans', block.kind === 'paragraph' ? 'normal' : 'bold');
          doc.setFontSize(size);
          const wrapped = doc.splitTextToSize(block.text, width);
          // A heading keeps at least two lines of text under it.
          if (block.kind === 'heading' && y + 3 * lh > bottom) {
            doc.addPage();
            y = margin;
          }
          for (const line of wrapped) {
            if (y + lh > bottom) {
              doc.addPage();
              y = margin;
            }
            doc.text(line, margin, y + size);
            y += lh;
          }
          y += size * 0.6;
        }
        const pages = doc.getNumberOfPages();
        doc.setFont('CadreSans', 'normal');
        doc.setFontSize(8);
        for (let p = 1; p <= pages; p++) {
          doc.setPage(p);
          doc.text(`${p} / ${pages}`, 595.28 - margin, 841.89 - margin / 2, { align: 'right' });
        }
        return doc.output('arraybuffer');
      }

      async function docxWrite() {
        const { Document, Packer, Paragraph, HeadingLevel } = window.docx;
        const children = blocks.map(
          (block) =>
            new Paragraph({
              text: block.text,
              heading:
                block.kind === 'title' ? HeadingLevel.TITLE : block.kind === 'heading' ? HeadingLevel.HEADING_1 : undefined,
            }),
        );
        const doc = new Document({ sections: [{ children }] });
        return Packer.toArrayBuffer(doc);
      }

      async function time(fn) {
        let size = 0;
        for (let i = 0; i < warmup; i++) await fn();
        const ms = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          const out = await fn();
          ms.push(performance.now() - t0);
          size = typeof out === 'string' ? new TextEncoder().encode(out).length : out.byteLength;
        }
        ms.sort((x, y) => x - y);
        const median = ms.length % 2 ? ms[(ms.length - 1) / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
        return { median, min: ms[0], max: ms[ms.length - 1], size };
      }

      const json = longest.json;
      return {
        mission: longest.name,
        chars: longest.text.length,
        blocks: blocks.length,
        rows: [
          ['Cadre: JSON → Document (plain text only)', await time(() => b.cadre_bench_plain_text(json))],
          ['Cadre PDF writer (JSON → bytes)', await time(() => b.cadre_bench_render(json, 'pdf'))],
          ['jsPDF, same TTF fonts (text → bytes)', await time(jspdfWrite)],
          ['Cadre DOCX writer (JSON → bytes)', await time(() => b.cadre_bench_render(json, 'docx'))],
          ['docx package (text → bytes)', await time(docxWrite)],
        ],
      };
    },
    { missions, runs: RUNS, warmup: WARMUP, fontB64 },
  );

  console.log(`Chromium ${browserVersion}, headless; ${RUNS} runs after ${WARMUP} warm-up runs.`);
  console.log(`Longest reference mission: ${result.mission} (${result.chars} characters, ${result.blocks} blocks of text).\n`);
  console.log('time per file                                  median      min      max   output');
  for (const [label, r] of result.rows) {
    console.log(
      `${label.padEnd(44)} ${r.median.toFixed(2).padStart(7)} ms ${r.min.toFixed(2).padStart(7)} ${r.max.toFixed(2).padStart(8)}   ${kb(r.size)}`,
    );
  }

  const wasm = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  const glue = readdirSync(DIST).filter((f) => /^cadre-.*\.js$/.test(f));
  const read = (files) => Buffer.concat(files.map((f) => readFileSync(join(DIST, f))));
  console.log('\nbytes the page loads (gzip -9)');
  console.log(`${'Cadre bench build: app wasm + JS glue (writers and fonts inside)'.padEnd(60)} ${kb(gz(read([...wasm, ...glue])))}`);
  const fontsGz = fontFiles.reduce((n, f) => n + gz(readFileSync(join(FONTS, f))), 0);
  console.log(`${'the three fonts (fonts/CadreSans-*.ttf), fetched at the first PDF'.padEnd(60)} ${kb(fontsGz)}`);
  // The site's writers module (dist/, built without the hook, fonts not compiled in);
  // the benchmark's own build compiles the fonts into its wasm (src/render/pdf/fonts.rs).
  const siteWriters = join(ROOT, 'dist', 'writers');
  const writers = existsSync(join(siteWriters, 'writers_bg.wasm')) ? siteWriters : join(DIST, 'writers');
  const writersFiles = readdirSync(writers).filter((f) => /\.(js|wasm)$/.test(f)).map((f) => join(writers, f));
  console.log(`${'Cadre writers module (writers/, first download), + fonts'.padEnd(60)} ${kb(gz(Buffer.concat(writersFiles.map((f) => readFileSync(f)))))} + ${kb(fontsGz)}`);
  console.log(`${'jsPDF 4 (dist/jspdf.umd.min.js), + the same fonts'.padEnd(60)} ${kb(gz(readFileSync(JSPDF)))} + ${kb(fontsGz)}`);
  console.log(`${'docx 9 (dist/index.iife.js, not minified: none is shipped)'.padEnd(60)} ${kb(gz(readFileSync(DOCX)))}`);
} finally {
  await browser.close();
  await site.close();
}
