/* mkdocs-material's inline script after the page content (partials/javascripts/content.html of
   material 9.8.1), as a file of the site: the Content-Security-Policy of every page allows no
   inline script. It opens the content tab named in the address, if any. */
(function () {
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith("__tabbed_");
})();
