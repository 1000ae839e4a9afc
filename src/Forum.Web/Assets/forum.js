// Sermo forum: the little script the pages use. Served from the host; the CSP allows no inline script.
(function () {
  "use strict";

  // Forms marked data-confirm ask before they submit (deleting a post, deleting the account, opting out).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // The new-thread page shows two poll options and reveals one more per click, up to ten.
  document.querySelectorAll(".poll-editor").forEach(function (editor) {
    var inputs = Array.prototype.slice.call(editor.querySelectorAll(".options input"));
    var button = editor.querySelector("[data-add-option]");
    inputs.forEach(function (input, i) {
      if (i >= 2 && !input.value) { input.classList.add("spare"); }
    });
    function refresh() {
      if (button) { button.hidden = !inputs.some(function (input) { return input.classList.contains("spare"); }); }
    }
    if (button) {
      button.addEventListener("click", function () {
        var next = inputs.find(function (input) { return input.classList.contains("spare"); });
        if (next) { next.classList.remove("spare"); next.focus(); }
        refresh();
      });
    }
    refresh();
  });
})();
