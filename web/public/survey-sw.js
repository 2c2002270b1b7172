// The questionnaire page's service worker (scope /q/): the page itself and the scripts and styles it loaded
// are kept, so that a participant who loses the network can reload and go on answering. The API is never
// cached: answers travel through the page, which keeps the unsent ones itself. The page is kept under one
// fixed name, so no personal link ends up in the cache.
const CACHE = 'impact-monitor-survey-1';
const SHELL = '/q/shell';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// the page sends what it loaded before this worker controlled it
self.addEventListener('message', (event) => {
  const assets = Array.isArray(event.data?.assets) ? event.data.assets : [];
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const shell = await fetch('/index.html', { cache: 'no-cache' });
      if (shell.ok) await cache.put(SHELL, shell);
      for (const url of assets) {
        const u = new URL(url, self.location.origin);
        if (u.origin === self.location.origin && u.pathname.startsWith('/assets/') && !(await cache.match(u.pathname))) await cache.add(u.pathname);
      }
    })().catch(() => undefined),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // the network first, so a new version of the app arrives; the kept page without it
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok) await (await caches.open(CACHE)).put(SHELL, response.clone());
          return response;
        })
        .catch(async () => (await caches.match(SHELL)) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // file names carry their content's hash: a kept one is always right
    event.respondWith(
      caches.match(url.pathname).then(
        (hit) =>
          hit ??
          fetch(request).then(async (response) => {
            if (response.ok) await (await caches.open(CACHE)).put(url.pathname, response.clone());
            return response;
          }),
      ),
    );
  }
});
