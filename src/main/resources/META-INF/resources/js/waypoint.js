// Small behaviours on top of htmx. No inline scripts: the CSP forbids them.
(function () {
  "use strict";

  // A session that expired during an htmx call answers 499: reload so the browser signs in again.
  document.addEventListener("htmx:responseError", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 499) {
      window.location.reload();
    }
  });

  // A swapped-in form keeps the person's place: focus the first invalid field, else announce a status.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    // An outerHTML swap replaced the target: look at its successor with the same id.
    if (target && target.id && !target.isConnected) {
      target = document.getElementById(target.id);
    }
    if (!target || !target.querySelector) {
      return;
    }
    var invalid = target.querySelector("[aria-invalid='true']");
    if (invalid) {
      invalid.focus();
      return;
    }
    var status = target.querySelector(".flash[role='status']");
    var announcer = document.getElementById("announcer");
    if (status && announcer) {
      announcer.textContent = "";
      window.setTimeout(function () { announcer.textContent = status.textContent.trim(); }, 50);
    }
  });
})();
