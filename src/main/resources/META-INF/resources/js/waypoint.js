// Small behaviours on top of htmx. No inline scripts: the CSP forbids them.
(function () {
  "use strict";

  // A session that expired during an htmx call answers 499: reload so the browser signs in again.
  // Any other failed htmx call says so on the page instead of failing silently.
  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 499) {
      window.location.reload();
      return;
    }
    showProblem(status === 404
      ? "That is no longer here. Reload the page to see what is."
      : "That didn't work. Reload the page and try again; your last change may not be saved.");
  });
  document.addEventListener("htmx:sendError", function () {
    showProblem("We couldn't reach Waypoint. Check your connection and try again.");
  });

  // The top bar's menu on narrow screens: one button opens and closes it; Escape closes it.
  var menuToggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("main-menu");
  if (menuToggle && menu) {
    menuToggle.addEventListener("click", function () {
      menuToggle.setAttribute("aria-expanded", String(menu.classList.toggle("open")));
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.classList.contains("open")) {
        menu.classList.remove("open");
        menuToggle.setAttribute("aria-expanded", "false");
        menuToggle.focus();
      }
    });
  }

  // "Copy link" beside a link to pass on, where the browser lets a page write to the clipboard;
  // data-copied says what to do with it next, when that is not "send it".
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        announce(button.getAttribute("data-copied") || "Link copied. Paste it into a message to send it.");
      }, function () {
        field.select();
        announce("Couldn't copy it: the link is selected, so copy it with your keyboard.");
      });
    });
  });

  function announce(message) {
    var announcer = document.getElementById("announcer");
    if (announcer) {
      announcer.textContent = "";
      window.setTimeout(function () { announcer.textContent = message; }, 50);
    }
  }

  function showProblem(message) {
    var problem = document.getElementById("request-problem");
    if (problem) {
      problem.textContent = message;
      problem.hidden = false;
    }
  }

  // The board refreshes itself, but never under someone's hands: while a field on it has focus or
  // holds typed text, or an edit panel is open, this turn is skipped.
  document.addEventListener("htmx:confirm", function (event) {
    if (event.detail.elt.id !== "board-poller") {
      return;
    }
    var board = document.getElementById("board");
    if (board && isBusy(board)) {
      event.preventDefault();
    }
  });

  function isBusy(region) {
    var active = document.activeElement;
    if (active && region.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) {
      return true;
    }
    if (region.querySelector("details[open]")) {
      return true;
    }
    var fields = region.querySelectorAll("input[type='text'], textarea");
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value !== fields[i].defaultValue) {
        return true;
      }
    }
    return false;
  }

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
    if (status) {
      announce(status.textContent.trim());
    }
    // A part whose focused control may have left with the swap names where focus goes instead
    // (data-focus-after-swap: selectors, tried in order), so focus stays where the person was.
    var after = (target.getAttribute("data-focus-after-swap") || "").split(",");
    for (var i = 0; i < after.length; i++) {
      var next = after[i].trim() && target.querySelector(after[i].trim());
      if (next) {
        next.focus();
        break;
      }
    }
  });
  // "/" puts the cursor in the top bar's search, from anywhere that is not a field.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }
    var search = document.getElementById("top-search");
    if (search && search.offsetParent !== null) {
      event.preventDefault();
      search.focus();
    } else if (search) {
      window.location.href = "/search";
    }
  });

  function isTyping(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  // The quick-jump palette (Ctrl-K or ⌘-K, or its button): a combobox whose listbox htmx fills as
  // one types. Arrow keys move the active option, Enter opens it (or searches for what was typed),
  // Escape closes the dialog and gives focus back.
  var palette = document.getElementById("palette");
  var paletteInput = document.getElementById("palette-input");
  var paletteOptions = document.getElementById("palette-options");
  var paletteButton = document.querySelector(".palette-open");
  if (palette && paletteInput && paletteOptions && typeof palette.showModal === "function") {
    if (paletteButton) {
      paletteButton.hidden = false;
      paletteButton.addEventListener("click", openPalette);
    }
    document.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key && event.key.toLowerCase() === "k") {
        event.preventDefault();
        if (!palette.open) {
          openPalette();
        }
      }
    });
    paletteInput.addEventListener("keydown", function (event) {
      var options = paletteOptions.querySelectorAll("[role='option']");
      var active = paletteOptions.querySelector("[aria-selected='true']");
      var at = Array.prototype.indexOf.call(options, active);
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (options.length) {
          var down = event.key === "ArrowDown";
          var next = at < 0 ? (down ? 0 : options.length - 1) : (at + (down ? 1 : -1) + options.length) % options.length;
          choose(options[next]);
        }
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (active) {
          window.location.href = active.getAttribute("data-href");
        } else if (paletteInput.value.trim()) {
          window.location.href = "/search?q=" + encodeURIComponent(paletteInput.value.trim());
        }
      }
    });
    paletteOptions.addEventListener("click", function (event) {
      var option = event.target.closest("[role='option']");
      if (option) {
        window.location.href = option.getAttribute("data-href");
      }
    });
    paletteOptions.addEventListener("htmx:afterSwap", function () {
      var count = paletteOptions.querySelectorAll("[role='option']").length;
      var none = paletteOptions.querySelector(".jump-none");
      paletteInput.setAttribute("aria-expanded", String(count > 0));
      paletteInput.removeAttribute("aria-activedescendant");
      document.getElementById("palette-status").textContent =
        none ? none.textContent : count === 1 ? "1 place" : count + " places";
    });
    palette.addEventListener("close", function () {
      paletteOptions.textContent = "";
      paletteInput.setAttribute("aria-expanded", "false");
      paletteInput.removeAttribute("aria-activedescendant");
    });
  }

  function openPalette() {
    paletteInput.value = "";
    palette.showModal();
    paletteInput.focus();
    htmx.trigger(paletteInput, "palette-opened");
  }

  function choose(option) {
    paletteOptions.querySelectorAll("[aria-selected='true']").forEach(function (other) {
      other.setAttribute("aria-selected", "false");
    });
    option.setAttribute("aria-selected", "true");
    paletteInput.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  }
})();
