/* Links to another language (the language switcher, the links from an English section to the
   same section in Chinese, the "Chinese version prevails" notice) are followed by the browser
   itself: material's own handler of language links would drop the section and send the reader
   to the top of the page. A link that names no section of its own takes the reader to the
   section being read (section ids are the same in every language): the one named in the
   address while it is on screen, otherwise the last one whose top is above the upper quarter
   of the window, otherwise (back at the top of the page, where the notice is) the one named
   in the address. */
function policyCurrentSection() {
  var limit = window.innerHeight / 4, found = null;
  var named = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (named) {
    var box = named.getBoundingClientRect();
    if (box.bottom > 0 && box.top < window.innerHeight) return location.hash;
  }
  var marks = document.querySelectorAll("article .policy-section[id], article h2[id], article h3[id]");
  for (var i = 0; i < marks.length; i++) {
    if (marks[i].getBoundingClientRect().top > limit) break;
    found = marks[i].id;
  }
  return found ? "#" + found : location.hash;
}

document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a[hreflang]") : null;
  if (!link || event.metaKey || event.ctrlKey) return;
  var href = link.getAttribute("href");
  if (href.indexOf("#") < 0 && link.hreflang !== document.documentElement.lang) {
    link.setAttribute("href", href + policyCurrentSection());
  }
  event.stopPropagation();
}, true);

/* The version selector in the header (tooling/site/version_menu.py): the version chosen opens at
   the section being read, as the language switcher does; Escape closes the list and gives the
   focus back to its button, and so does a click elsewhere. Without scripts it is a list of
   links to each version's page. The page of a release lists its own version only (it is cached
   as it is whatever is released later): the first time the list is opened, every release is
   filled in from the document's versions/menu.json (data-menu). */
var policySiteRoot = document.currentScript ? new URL("../", document.currentScript.src) : null;
document.addEventListener("toggle", function (event) {
  var menu = event.target;
  if (!menu.open || !menu.matches || !menu.matches("details.policy-versions__menu[data-menu]") || !policySiteRoot) return;
  var url = menu.getAttribute("data-menu");
  menu.removeAttribute("data-menu");
  fetch(url, { credentials: "same-origin" }).then(function (response) {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }).then(function (data) {
    var list = menu.querySelector(".policy-versions__list");
    var more = list.querySelector(".policy-versions__more");
    var shown = list.querySelector("a[aria-current] .policy-versions__id");
    var shownId = shown ? shown.textContent : "";
    var old = list.querySelectorAll("li:not(.policy-versions__more)");
    for (var i = 0; i < old.length; i++) list.removeChild(old[i]);
    data.items.forEach(function (item) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.className = "policy-versions__link";
      a.href = new URL(item.url, policySiteRoot).href;
      if (item.id === shownId) a.setAttribute("aria-current", "true");
      [["policy-versions__id", item.id], ["policy-status policy-status--" + item.status, item.status_label],
       ["policy-versions__dates", item.dates]].forEach(function (part, k) {
        var span = document.createElement("span");
        span.className = part[0];
        span.textContent = part[1];
        if (k) a.appendChild(document.createTextNode(" "));
        a.appendChild(span);
      });
      li.appendChild(a);
      list.insertBefore(li, more);
    });
  }).catch(function () { menu.setAttribute("data-menu", url); });   // offline: its own version, and the history link
}, true);
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a.policy-versions__link") : null;
  if (link && !event.metaKey && !event.ctrlKey) {
    link.setAttribute("href", link.getAttribute("href").split("#")[0] + policyCurrentSection());
    return;
  }
  var menus = document.querySelectorAll("details.policy-versions__menu[open]");
  for (var i = 0; i < menus.length; i++) {
    if (!menus[i].contains(event.target)) menus[i].open = false;
  }
});
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") return;
  var menu = event.target.closest ? event.target.closest("details.policy-versions__menu[open]") : null;
  if (!menu) return;
  menu.open = false;
  menu.querySelector("summary").focus();
});

/* Search: a result opens its page with the words the reader typed highlighted, exactly as
   typed. Material's worker passes the words of its index that matched instead, which for
   Chinese are jieba's pieces: a search for 第三方 highlighted 第三, one for 个人信息 highlighted
   every 个人 (个人基本信息, 个人敏感信息 …). */
function policyExactHighlight(event) {
  var link = event.target.closest ? event.target.closest(".md-search-result a[href]") : null;
  var box = document.querySelector("input.md-search__input");
  if (!link || !box) return;
  var words = box.value.trim().split(/\s+/).map(function (word) {
    return word.replace(/^[+-]+|[*~^]+$/g, "");
  }).filter(Boolean).join(" ");
  var url = new URL(link.href, location.href);
  if (words) url.searchParams.set("h", words); else url.searchParams.delete("h");
  link.href = url.href;
}
document.addEventListener("click", policyExactHighlight, true);
document.addEventListener("auxclick", policyExactHighlight, true);

/* Offline reading: register the site's service worker (sw.js at the site root, see there). It
   is found from this script's own address (assets/policy.js at the site root), the same for
   every language: English pages take /en/ as their base. */
(function () {
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !script) return;
  if (document.querySelector('meta[name="policy-preview"]')) {
    // `policy serve`'s preview: none (every request through it made each live reload slower), and
    // one an earlier preview registered here is removed
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (registration) { registration.unregister(); });
    }).catch(function () {});
    return;
  }
  navigator.serviceWorker.register(new URL("../sw.js", script.src)).catch(function () {});
  // A version page: its text for the compare page (text.json, beside it) is saved too, so that
  // versions read here can be compared offline.
  var text = /\/versions\/[^\/]+\/$/.test(location.pathname) ? new URL("text.json", location.href).href : null;
  // The first page opened is loaded before the worker controls it: ask the worker to save this
  // page and the files it uses, so that it too can be read offline.
  if (navigator.serviceWorker.controller) {
    // a released text never changes: fetched (through the worker, which saves it) only once
    if (text && window.caches) caches.match(text).then(function (saved) {
      if (!saved) return fetch(text, { credentials: "same-origin" });
    }).catch(function () {});
    return;
  }
  navigator.serviceWorker.ready.then(function (registration) {
    var urls = [location.href.split("#")[0]];
    if (text) urls.push(text);
    var files = document.querySelectorAll('link[rel="stylesheet"][href], link[rel="icon"][href], script[src]');
    for (var i = 0; i < files.length; i++) urls.push(files[i].href || files[i].src);
    if (registration.active) registration.active.postMessage({ type: "policy-cache", urls: urls });
  }).catch(function () {});
})();

/* Change pages: one redline at a time. The switch (hidden without scripts, when the inline
   redline is shown) shows the inline or the side-by-side redline and remembers the choice for
   the next change page. A link to a section's entry (#inline-s2-1, from "affected sections")
   goes to the entry of the redline shown. */
(function () {
  var views = document.querySelector(".policy-views");
  var switcher = views && views.querySelector(".policy-view-switch");
  if (!switcher) return;
  var KEY = "policy-redline-view";
  function show(view) {
    views.setAttribute("data-view", view);
    var buttons = switcher.querySelectorAll("button[data-view]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-view") === view));
    }
  }
  function remembered() {
    try { return localStorage.getItem(KEY) === "side" ? "side" : "inline"; } catch (e) { return "inline"; }
  }
  var hash = location.hash;
  show(hash.indexOf("#side-") === 0 ? "side" : hash.indexOf("#inline-") === 0 ? "inline" : remembered());
  switcher.hidden = false;
  switcher.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-view]");
    if (!button) return;
    var view = button.getAttribute("data-view");
    show(view);
    try { localStorage.setItem(KEY, view); } catch (e) { /* private mode: not remembered */ }
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#inline-"]') : null;
    if (!link || views.getAttribute("data-view") !== "side") return;
    var target = document.getElementById("side-" + link.getAttribute("href").slice("#inline-".length));
    if (!target) return;
    event.preventDefault();
    history.pushState(null, "", "#" + target.id);
    target.scrollIntoView();
  });
})();
