// Cadre's service worker: after a first visit the app loads and works offline.
//
// This file is a template: the build (scripts/csp, run by scripts/lib.sh
// build_release) writes dist/sw.js with VERSION, a hash of dist/'s contents, and
// FILES, the files to cache. A new build is a new VERSION, so a new cache; the
// old ones are deleted when the new worker takes over.
//
// A first install takes over at once (no page runs an older build). A new build's
// worker installs, then waits: the page shows « Une nouvelle version de Cadre est
// prête — Recharger » (src/web/offline.rs), and only when the user clicks it does
// the page post 'skipWaiting' here and reload on `controllerchange`. A page is never
// reloaded under the user's hands.
'use strict';

const VERSION = '__CADRE_VERSION__';
const FILES = ['__CADRE_FILES__'];
const CACHE = `cadre-${VERSION}`;
const SCOPE = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, SCOPE), { cache: 'reload' })))),
  );
});

// The page's "Reload" button: this waiting worker takes over (then the page reloads).
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cadre-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Cache first for same-origin GETs inside the app's folder; a page address with a
// query (?embed=1&lang=en) is the same page. Everything else goes to the network
// untouched (the app itself requests nothing else).
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const page = request.mode === 'navigate';
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: page })
      || (page ? await cache.match(SCOPE) : undefined);
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      cache.put(request, response.clone()).catch(() => {});
    }
    return response;
  })());
});
