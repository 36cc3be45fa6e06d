// Progressive enhancement only: every citation is already in a selectable read-only textarea;
// this adds a one-click "Copy citation" button beside each one.
(function () {
  "use strict";
  function copy(box, status) {
    var text = box.value;
    var done = function () { status.textContent = "Copied"; };
    var fallback = function () {
      box.focus();
      box.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      status.textContent = ok ? "Copied" : "Selected: press Ctrl+C (⌘C) to copy";
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }
  document.querySelectorAll("textarea[data-citation]").forEach(function (box) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy citation";
    button.setAttribute("aria-controls", box.id);
    var status = document.createElement("span");
    status.className = "copied";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () { status.textContent = ""; copy(box, status); });
    box.insertAdjacentElement("afterend", status);
    box.insertAdjacentElement("afterend", button);
  });
})();
