// The search page: filters apply as soon as they are ticked, and the search box suggests titles
// (an ARIA 1.2 combobox with a listbox popup). Without scripts the form and its buttons still work.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) return;

  // Ticking a facet or choosing an order searches again; "after" and "page" are never in the form,
  // so the new search starts from its first page.
  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches(".facet input[type=checkbox], #search-sort")) form.submit();
  });
  var apply = form.querySelector(".apply-filters");
  if (apply) apply.hidden = true;

  var input = document.getElementById("search-q");
  var list = document.getElementById("search-suggestions");
  if (!input || !list) return;
  var active = -1;
  var timer = null;
  var latest = 0;

  function options() { return list.querySelectorAll("[role=option]"); }

  function close() {
    list.hidden = true;
    list.textContent = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    var items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach(function (item, i) { item.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function show(suggestions) {
    list.textContent = "";
    suggestions.forEach(function (suggestion, i) {
      var item = document.createElement("li");
      item.id = "search-suggestion-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.href = suggestion.html;
      item.textContent = suggestion.title;  // text, never HTML
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();  // keep the focus in the box
        window.location.href = suggestion.html;
      });
      list.appendChild(item);
    });
    var any = suggestions.length > 0;
    list.hidden = !any;
    input.setAttribute("aria-expanded", any ? "true" : "false");
    active = -1;
  }

  function ask() {
    var text = input.value.trim();
    if (text.length < 2) { close(); return; }
    var ticket = ++latest;
    var url = input.dataset.suggestUrl + "?" + new URLSearchParams({q: text, lang: input.dataset.lang, limit: "8"});
    fetch(url, {headers: {Accept: "application/json"}})
      .then(function (response) { return response.ok ? response.json() : {items: []}; })
      .then(function (body) { if (ticket === latest) show(body.items || []); })
      .catch(function () { if (ticket === latest) close(); });  // suggestions are a help, not a need
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].dataset.href;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
