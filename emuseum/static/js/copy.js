// Copy buttons: <button data-copy="ID" data-copied="…" hidden> copies the text of element ID.
// The buttons stay hidden where the Clipboard API is missing, so nothing on the page is dead.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    if (!source) {
      return;
    }
    var status = button.nextElementSibling;
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.textContent.replace(/\s+/g, " ").trim();
      navigator.clipboard.writeText(text).then(function () {
        if (status) {
          status.textContent = button.dataset.copied || "";
        }
      }, function () {
        // Permission refused: leave the citation for the visitor to select by hand.
      });
    });
  });
}());
