/* The language switcher keeps the section: append the current #anchor (section ids are the
   same in every language) to the link of the other language when it is followed. */
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a.md-select__link[hreflang]") : null;
  if (!link || !location.hash) return;
  link.setAttribute("href", link.getAttribute("href").split("#")[0] + location.hash);
}, true);
