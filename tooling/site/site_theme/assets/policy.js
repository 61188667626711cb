/* Links to another language (the language switcher, the links from an English section to the
   same section in Chinese, the translation notice) are followed by the browser itself, with
   their #section: material's own handler of language links would drop the section and send
   the reader to the top of the page. The switcher also keeps the current section: section
   ids are the same in every language. */
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a[hreflang]") : null;
  if (!link || event.metaKey || event.ctrlKey) return;
  if (link.classList.contains("md-select__link") && location.hash) {
    link.setAttribute("href", link.getAttribute("href").split("#")[0] + location.hash);
  }
  event.stopPropagation();
}, true);

/* Offline reading: register the site's service worker (sw.js at the site root, see there). It
   is found from this script's own address (assets/policy.js at the site root), the same for
   every language: English pages take /en/ as their base. */
(function () {
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !script) return;
  navigator.serviceWorker.register(new URL("../sw.js", script.src)).catch(function () {});
})();
