// Size budget of a cold load: every file a first visit downloads (index.html, the JS
// glue, the wasm, the stylesheets, the service worker), gzip -9 as a server would
// send them. The bytes are deterministic, so this reads dist/ (no browser).
// Budget 300 KB (300 000 bytes); the aim is under 200 KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, browserFiles, readDist, requireBuild } from '../e2e-browsers/support.mjs';

export const BUDGET = 300_000;
export const AIM = 200_000;

test(`a cold load is at most ${BUDGET} bytes gzipped`, () => {
  requireBuild();
  const html = readDist('index.html');
  // What index.html references, plus the worker it registers.
  const referenced = [...html.matchAll(/(?:href|src)="\.\/([^"]+)"|from '\.\/([^']+)'|module_or_path: '\.\/([^']+)'/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
  const cold = [...new Set(['index.html', ...referenced, 'sw.js'])].sort();
  assert.deepEqual(cold, browserFiles(), 'every file of dist/ a browser loads is part of the cold load, and only those');

  let total = 0;
  const rows = cold.map((f) => {
    const raw = readFileSync(join(DIST, f));
    const gz = gzipSync(raw, { level: 9 }).length;
    total += gz;
    return `${f.padEnd(40)} ${String(raw.length).padStart(9)} ${String(gz).padStart(9)}`;
  });
  console.log([...rows, `${'cold load gzip total'.padEnd(40)} ${''.padStart(9)} ${String(total).padStart(9)}`].join('\n'));
  if (total > AIM) console.log(`above the ${AIM}-byte aim by ${total - AIM} bytes`);
  assert.ok(total <= BUDGET, `cold load ${total} bytes gzipped, over the ${BUDGET}-byte budget by ${total - BUDGET}`);
});
