/* global document */
// Moderation console shortcuts (progressive enhancement; every action is also a button):
// j/k move between comments, a approve, s spam, d trash, r reply, ? toggles the help.
(function moderationShortcuts() {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.comment-row'));
  var help = document.getElementById('shortcut-help');
  var closeHelp = document.getElementById('shortcut-help-close');
  var current = -1;

  function select(index) {
    if (rows.length === 0) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) {
      row.classList.toggle('comment-row--current', i === current);
      if (i === current) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    });
    rows[current].focus();
    rows[current].scrollIntoView({ block: 'nearest' });
  }

  function press(action) {
    if (current < 0) select(0);
    var row = rows[current];
    if (!row) return;
    var button = row.querySelector('[data-action="' + action + '"]');
    if (button) button.click();
  }

  function toggleHelp(show) {
    if (!help) return;
    help.hidden = !show;
    if (show && closeHelp) closeHelp.focus();
  }
  if (closeHelp)
    closeHelp.addEventListener('click', function () {
      toggleHelp(false);
    });

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var tag = target && target.tagName ? target.tagName.toLowerCase() : '';
    // Typing in a field (or composing with an IME) never triggers shortcuts.
    if (event.isComposing || event.keyCode === 229) return;
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || (target && target.isContentEditable))
      return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (help && !help.hidden) {
      if (event.key === 'Escape' || event.key === '?') {
        event.preventDefault();
        toggleHelp(false);
      }
      return;
    }
    switch (event.key) {
      case 'j':
        event.preventDefault();
        select(current + 1);
        break;
      case 'k':
        event.preventDefault();
        select(current - 1);
        break;
      case 'a':
        event.preventDefault();
        press('approve');
        break;
      case 's':
        event.preventDefault();
        press('spam');
        break;
      case 'd':
        event.preventDefault();
        press('trash');
        break;
      case 'r':
        event.preventDefault();
        press('open');
        break;
      case '?':
        event.preventDefault();
        toggleHelp(true);
        break;
      default:
    }
  });
})();
