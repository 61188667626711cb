/* Service worker of the policy site: pages and files already visited keep working offline
   (readers on slow or intermittent mobile networks).

   Network first: when the network answers, the reader gets the current page (a new version in
   force is never hidden by the cache) and the copy in the cache is refreshed; only when the
   network fails is the cached copy served. Same-origin GET requests only: nothing is sent
   anywhere else. */
"use strict";

var CACHE = "policy-site-v1";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Pages are always checked with the server (a conditional request, cheap when unchanged), so
  // that neither this cache nor the browser's own ever shows an outdated version of a policy.
  var fresh = request.mode === "navigate"
    ? fetch(request.url, { cache: "no-cache", credentials: "same-origin" })
    : fetch(request);
  event.respondWith(
    fresh.then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request, { ignoreSearch: true }).then(function (cached) {
        return cached || Response.error();
      });
    })
  );
});
