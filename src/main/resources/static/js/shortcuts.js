// Keyboard shortcuts for article pages, and their on/off switch on the help page.
// Single keys (WCAG 2.2, 2.1.4) can be turned off; the choice stays in this browser's localStorage,
// never in a cookie or on the server. Without this script the pager links do the same job.
(function () {
  'use strict';

  var STORAGE_KEY = 'nkr-timeline.shortcuts';
  // Article pages load this script with data-keys; the help page loads it only for the switch.
  var listensForKeys = document.currentScript !== null && document.currentScript.hasAttribute('data-keys');

  function enabled() {
    try {
      return window.localStorage.getItem(STORAGE_KEY) !== 'off';
    } catch (e) {
      return true; // storage blocked: the default, on
    }
  }

  function remember(on) {
    try {
      if (on) {
        window.localStorage.removeItem(STORAGE_KEY);
      } else {
        window.localStorage.setItem(STORAGE_KEY, 'off');
      }
      return true;
    } catch (e) {
      return false;
    }
  }

  // Keys typed into a form field or editable text are the reader's text, not commands.
  function typing(target) {
    if (!target || !target.closest) {
      return false;
    }
    return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
  }

  function follow(selector) {
    var link = document.querySelector(selector);
    if (link && link.href) {
      window.location.assign(link.href);
      return true;
    }
    return false;
  }

  var ACTIONS = {
    j: 'a[rel~="next"]',
    n: 'a[rel~="next"]',
    k: 'a[rel~="prev"]',
    p: 'a[rel~="prev"]',
    '?': 'a[rel~="help"]'
  };

  function onKey(event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
      return;
    }
    // Shift only for "?", which needs it on most layouts; Shift+J is not a shortcut.
    if (event.shiftKey && event.key !== '?') {
      return;
    }
    var selector = Object.prototype.hasOwnProperty.call(ACTIONS, event.key) ? ACTIONS[event.key] : null;
    if (selector === null || typing(event.target) || !enabled()) {
      return;
    }
    if (follow(selector)) {
      event.preventDefault();
    }
  }

  function connectSwitch(box) {
    var status = document.getElementById('shortcuts-status');
    var hiddenWithoutScript = box.closest('[hidden]');
    box.checked = enabled();
    var withoutScript = document.getElementById('shortcuts-no-script');
    if (hiddenWithoutScript) {
      hiddenWithoutScript.removeAttribute('hidden');
    }
    if (withoutScript) {
      withoutScript.setAttribute('hidden', '');
    }
    box.addEventListener('change', function () {
      var saved = remember(box.checked);
      if (status) {
        status.textContent = saved ? status.getAttribute(box.checked ? 'data-on' : 'data-off')
          : status.getAttribute('data-unsaved');
      }
    });
  }

  function start() {
    if (listensForKeys) {
      document.addEventListener('keydown', onKey);
    }
    var box = document.getElementById('shortcuts-switch');
    if (box) {
      connectSwitch(box);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
