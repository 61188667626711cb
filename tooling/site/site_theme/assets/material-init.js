/* mkdocs-material's inline head script (partials/javascripts/base.html of material 9.8.1), as a
   file of the site: the Content-Security-Policy of every page allows no inline script. The
   scope (material: base_url) comes from this script element's data-scope. Loaded without
   defer, before material's bundle, exactly where the inline script was. */
var __md_scope = new URL(document.currentScript.getAttribute("data-scope") || ".", location),
  __md_hash = function (e) { return Array.from(e).reduce(function (h, c) { return (h << 5) - h + c.charCodeAt(0); }, 0); },
  __md_get = function (e, store, scope) {
    return JSON.parse((store || localStorage).getItem((scope || __md_scope).pathname + "." + e));
  },
  __md_set = function (e, value, store, scope) {
    try { (store || localStorage).setItem((scope || __md_scope).pathname + "." + e, JSON.stringify(value)); } catch (err) {}
  };
