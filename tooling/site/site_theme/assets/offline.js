/* The offline page (offline.html, tooling/site/offline_page.py): lists, in each language, the
   pages of the site saved on this device by the service worker (sw.js), with their titles, so
   that a reader without a network knows what can still be read. The site root is found from this
   script's own address (assets/offline.js), whatever address the page is shown under. */
(function () {
  var script = document.currentScript;
  var root = new URL("..", script ? script.src : new URL("assets/offline.js", location.href)).href;
  var sections = document.querySelectorAll("section[data-language]");
  var reloads = document.querySelectorAll(".policy-offline-reload");
  for (var i = 0; i < reloads.length; i++) {
    reloads[i].addEventListener("click", function () { location.reload(); });
  }
  if (!("caches" in window) || !sections.length) return;
  var others = [];
  for (var k = 1; k < sections.length; k++) others.push(sections[k].getAttribute("data-language") + "/");

  function languageOf(path) {
    for (var j = 0; j < others.length; j++) {
      if (path.indexOf(others[j]) === 0) return others[j].slice(0, -1);
    }
    return sections[0].getAttribute("data-language");
  }

  function isPage(path) {
    return (path === "" || /\/$/.test(path) || /\.html$/.test(path)) &&
      path !== "offline.html" && path !== "404.html" && !/(^|\/)404\.html$/.test(path);
  }

  function entry(cache, request) {
    var url = new URL(request.url);
    url.search = ""; url.hash = "";
    if (url.href.indexOf(root) !== 0) return null;
    var path = url.href.slice(root.length);
    if (!isPage(path)) return null;
    return cache.match(request).then(function (response) { return response ? response.text() : ""; })
      .then(function (html) {
        var found = /<title>([^<]*)<\/title>/i.exec(html);
        var title = found ? new DOMParser().parseFromString("<title>" + found[1] + "</title>", "text/html").title : "";
        return { href: url.href, path: path, title: title || path || "/", language: languageOf(path) };
      });
  }

  caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("policy-site-") === 0; }).map(function (name) {
      return caches.open(name).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.map(function (r) { return entry(cache, r); }).filter(Boolean));
        });
      });
    }));
  }).then(function (lists) {
    var seen = {}, pages = [];
    lists.forEach(function (list) {
      list.forEach(function (page) { if (!seen[page.href]) { seen[page.href] = true; pages.push(page); } });
    });
    pages.sort(function (a, b) { return a.path < b.path ? -1 : a.path > b.path ? 1 : 0; });
    for (var s = 0; s < sections.length; s++) {
      var language = sections[s].getAttribute("data-language");
      var list = sections[s].querySelector(".policy-offline-pages");
      var mine = pages.filter(function (p) { return p.language === language; });
      mine.forEach(function (page) {
        var item = document.createElement("li"), link = document.createElement("a");
        link.href = page.href;
        link.textContent = page.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      if (mine.length) {
        sections[s].querySelector(".policy-offline-available").hidden = false;
        sections[s].querySelector(".policy-offline-none").hidden = true;
      }
    }
  }).catch(function () { /* no cache: the page says that none is saved */ });
})();
