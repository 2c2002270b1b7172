/**
 * Lets the questionnaire page open again without the network: a service worker for /q/ keeps the page and
 * what it loaded. Where service workers are missing (or not allowed), the page simply needs the network.
 */
export function keepPageOffline(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/survey-sw.js', { scope: '/q/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const assets = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('/assets/'));
      registration.active?.postMessage({ assets });
    })
    .catch(() => {
      // no offline copy: nothing else changes
    });
}
