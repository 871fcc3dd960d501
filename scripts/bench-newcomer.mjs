// A newcomer's first contract, in counts (issue #16): drives the three journeys of
// tests/e2e/journeys.mjs on the release build (dist/, or CADRE_DIST) from a fresh
// browser, and prints the fields, keystrokes and clicks each needed to reach a valid
// contract (review reached, nothing blocking, PDF downloaded).
//   source scripts/lib.sh && build_release && node scripts/bench-newcomer.mjs
import { launchBrowser, serveDist } from '../tests/e2e/helpers.mjs';
import { JOURNEYS, TARGETS, drive, freshPage } from '../tests/e2e/journeys.mjs';

const site = await serveDist('/');
const browser = await launchBrowser();
let failed = false;
try {
  for (const j of JOURNEYS) {
    const { context, page, errors } = await freshPage(browser, site.url);
    try {
      const r = await drive(page, j);
      const valid = r.ok && r.pdf && errors.length === 0;
      failed ||= !valid;
      const t = TARGETS[j.name];
      console.log(
        `${j.name.padEnd(18)} fields ${String(r.fields).padStart(3)}  keystrokes ${String(r.keystrokes).padStart(4)}  clicks ${String(r.clicks).padStart(3)}  ${valid ? 'valid contract, PDF downloaded' : `NOT VALID: ${r.review} ${errors.join(' ')}`}   (${j.what})`,
      );
      if (t) console.log(`${''.padEnd(18)} target ≤ ${t.fields} fields, ≤ ${t.keystrokes} keystrokes, ≤ ${t.clicks} clicks`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
process.exit(failed ? 1 : 0);
