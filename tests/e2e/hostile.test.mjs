// Hostile input through the interface: a sample of tests/fixtures/hostile.json (markup
// and script payloads, Markdown and PDF syntax, SQL, emoji, right-to-left text, exotic
// numbers) typed into the interview's inputs. Nothing crashes (no page or console
// error), nothing escapes (the preview holds only the elements the HTML writer emits,
// with its attributes, and nothing is requested off 127.0.0.1), nothing is lost (the
// preview shows each free-text answer literally).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, screenshotPath, useBrowserAndSite, watchedPage } from './helpers.mjs';

// What render::html::fragment emits, and nothing else.
const ELEMENTS = new Set(['ARTICLE', 'SECTION', 'DIV', 'SPAN', 'P', 'H1', 'H2', 'H3', 'STRONG', 'EM', 'BR', 'OL', 'UL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD']);
const ATTRIBUTES = new Set(['class', 'id', 'data-section', 'lang']);

// Characters the engine drops from user text (cadre::model::text::is_hidden: controls,
// bidi controls, the byte-order mark) or an input cannot hold (line and paragraph
// separators): strings with them are not expected back literally. tests/hostile.rs
// checks this class against the Rust rule, character by character.
const DROPPED = /[\p{Cc}\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff\u2028\u2029]/u;

const corpus = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/hostile.json'), 'utf8')).filter((s) => typeof s === 'string');
const literal = corpus.filter((s) => s.length > 0 && s.length <= 200 && s === s.trim() && !DROPPED.test(s));
const markup = literal.filter((s) => /[<>&"']/.test(s));
const others = literal.filter((s) => !/[<>&"']/.test(s));
// Every markup payload, and every fourth other string (Markdown, PDF, SQL, Unicode).
const SAMPLE = [...markup, ...others.filter((_, i) => i % 4 === 0)];

// Free-text fields shown by the default answers, by interview step; and a money field,
// whose text is not shown but must not break anything.
const STEPS = [
  { step: 'you', fields: ['provider-name', 'provider-address'], shown: true },
  { step: 'client', fields: ['client-name', 'client-address'], shown: true },
  { step: 'mission', fields: ['mission-title', 'deliverable-1-title'], shown: true },
  { step: 'price', fields: ['price-amount'], shown: false },
];

const env = useBrowserAndSite();

/** Elements and attributes of the preview that the HTML writer does not emit. */
function strangers(page) {
  return page.evaluate(
    ([elements, attributes]) => {
      const found = [];
      for (const el of document.querySelectorAll('.preview-body *')) {
        if (!elements.includes(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
        for (const a of el.attributes) if (!attributes.includes(a.name)) found.push(`${el.tagName.toLowerCase()}[${a.name}]`);
      }
      return found;
    },
    [[...ELEMENTS], [...ATTRIBUTES]],
  );
}

test(`${SAMPLE.length} hostile strings typed into the interview stay text in the preview`, async () => {
  assert.ok(markup.length >= 20, `only ${markup.length} markup payloads in the sample`);
  const { context, page, record } = await watchedPage(env.browser);
  try {
    await page.goto(env.site.url);
    await page.locator('.preview-body article.contract').waitFor();
    for (const { step, fields, shown } of STEPS) {
      await page.click(`#nav-${step}`);
      await page.waitForFunction((s) => document.querySelector(`#nav-${s}`)?.getAttribute('aria-current') === 'step', step);
      for (const text of SAMPLE) {
        for (const id of fields) await page.fill(`#${id}`, text);
        if (shown) {
          await page.waitForFunction((t) => document.querySelector('.preview-body')?.textContent.includes(t), text, { timeout: 5_000 });
        } else {
          assert.equal(await page.inputValue(`#${fields[0]}`), text);
        }
        assert.deepEqual(await strangers(page), [], `after typing ${JSON.stringify(text)} into ${fields.join(', ')}`);
        assert.deepEqual(record.errors, [], `after typing ${JSON.stringify(text)}`);
      }
    }
    await page.click('#nav-review');
    await page.waitForFunction(() => document.querySelector('#nav-review')?.getAttribute('aria-current') === 'step');
    assert.deepEqual(await strangers(page), []);
    assert.equal(await page.locator('.preview-body script, .preview-body img, .preview-body iframe').count(), 0);
    await page.screenshot({ path: screenshotPath('hostile-review.png'), fullPage: true });
    assert.deepEqual(record.errors, [], 'no console or page error');
    assert.deepEqual(record.offsite, [], 'nothing requested off 127.0.0.1');
    assert.deepEqual(record.failed, [], 'no failed request');
  } finally {
    await context.close();
  }
});
