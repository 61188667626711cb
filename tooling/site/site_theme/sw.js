/* Service worker of the policy site: pages and files already visited keep working offline
   (readers on slow or intermittent mobile networks).

   Network first: when the network answers, the reader gets the current page (a new version in
   force is never hidden by the cache) and the copy in the cache is refreshed; only when the
   network fails is the cached copy served. Same-origin GET requests only: nothing is sent
   anywhere else.

   The first page a reader opens is loaded before this worker controls it: that page (policy.js)
   sends its own address and the files it uses, which are saved then. A page that is not saved,
   opened without a network, gets the site's offline page (offline.html, in every language, saved
   when the worker is installed), which lists the pages saved on the device. */
"use strict";

var CACHE = "policy-site-v1";
var ROOT = self.registration.scope;
var OFFLINE = new URL("offline.html", ROOT).href;
var OFFLINE_FILES = [OFFLINE, new URL("assets/offline.css", ROOT).href, new URL("assets/offline.js", ROOT).href];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(OFFLINE_FILES.map(function (url) { return new Request(url, { cache: "no-cache" }); }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("policy-site-") === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

/* {type: "policy-cache", urls: [...]}: a page opened before this worker controlled it, and its
   files; those not saved yet are fetched and saved (same origin only). */
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "policy-cache" || !Array.isArray(data.urls)) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(data.urls.map(function (href) {
      var url;
      try { url = new URL(href, ROOT); } catch (e) { return null; }
      if (url.origin !== self.location.origin) return null;
      url.hash = "";
      return cache.match(url.href, { ignoreSearch: true }).then(function (found) {
        if (found) return null;
        return fetch(url.href, { credentials: "same-origin" }).then(function (response) {
          if (response.ok) return cache.put(url.href, response);
        }).catch(function () {});
      });
    }));
  }));
});

/* The offline page, under the address the reader asked for: the addresses of its files, relative
   to the site root, are made absolute. */
function offlinePage() {
  return caches.match(OFFLINE).then(function (cached) {
    if (!cached) return Response.error();
    return cached.text().then(function (html) {
      return new Response(html.replace(/(href|src)="assets\/offline\./g, '$1="' + ROOT + 'assets/offline.'), {
        status: 200, headers: { "Content-Type": "text/html; charset=utf-8" }
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Pages are always checked with the server (a conditional request, cheap when unchanged), so
  // that neither this cache nor the browser's own ever shows an outdated version of a policy.
  var navigate = request.mode === "navigate";
  var fresh = navigate
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
        // a page saved by the "policy-cache" message is under its bare address: looked up by that
        // too, whatever headers the reader's request carries
        return cached || caches.match(request.url, { ignoreSearch: true, ignoreVary: true });
      }).then(function (cached) {
        return cached || (navigate ? offlinePage() : Response.error());
      });
    })
  );
});
