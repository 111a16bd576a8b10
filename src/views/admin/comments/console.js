/* global document, window, fetch, URLSearchParams */
// The moderation console without reloads (progressive enhancement: every decision is also a form
// button that works without this script). A decision is sent with fetch; the comment folds into a
// one-line note with an Undo button, and the next comment takes focus. Keys: j/k move,
// a approve, s spam, d trash, r reply, z undo the last decision, ? help.
(function moderationConsole() {
  'use strict';
  var form = document.getElementById('comment-bulk-form');
  var queue = document.getElementById('mod-queue');
  var live = document.getElementById('mod-live');
  var help = document.getElementById('shortcut-help');
  var sweep = document.getElementById('mod-sweep');
  var cleared = document.getElementById('mod-cleared');
  if (!form || !queue) return;
  var csrf = form.querySelector('input[name="_csrf"]').value;
  var back = form.querySelector('input[name="back"]').value;
  var undoStack = [];
  // Sentences in the admin's language, from the form's data-say-* attributes ("%s": a name).
  function words(name, value) {
    return (form.getAttribute('data-say-' + name) || '').replace('%s', value || '');
  }

  function items() {
    return Array.prototype.slice.call(queue.querySelectorAll('li.mod-item:not([hidden])'));
  }

  function currentItem() {
    var active = document.activeElement;
    var item = active && active.closest ? active.closest('li.mod-item') : null;
    if (item && !item.hidden) return item;
    return queue.querySelector('li.mod-item--current:not([hidden])');
  }

  function select(item) {
    Array.prototype.forEach.call(queue.querySelectorAll('li.mod-item--current'), function (el) {
      el.classList.remove('mod-item--current');
    });
    if (!item) return;
    item.classList.add('mod-item--current');
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  }

  function move(step) {
    var list = items();
    if (list.length === 0) return;
    var index = list.indexOf(currentItem());
    select(list[index < 0 ? 0 : Math.max(0, Math.min(list.length - 1, index + step))]);
  }

  function say(text) {
    if (!live) return;
    live.textContent = '';
    window.setTimeout(function () {
      live.textContent = text;
    }, 50);
  }

  function post(url, fields) {
    var body = new URLSearchParams();
    body.append('_csrf', csrf);
    body.append('back', back);
    fields.forEach(function (pair) {
      body.append(pair[0], pair[1]);
    });
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      body: body,
    }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  // The next comment to work on after `item` leaves the list.
  function nextAfter(item) {
    var el = item.nextElementSibling;
    while (el && (el.hidden || !el.classList.contains('mod-item'))) el = el.nextElementSibling;
    if (el) return el;
    var list = items();
    return list.length ? list[list.length - 1] : null;
  }

  function afterDecision(item) {
    var next = nextAfter(item);
    if (next) select(next);
    else if (cleared) {
      cleared.hidden = false;
      cleared.focus();
    }
  }

  // A one-line note with an Undo button for `entry`.
  function makeNote(text, entry) {
    var note = document.createElement('li');
    note.className = 'mod-done';
    var p = document.createElement('p');
    p.textContent = text + ' ';
    if (entry.tokens.length) {
      var undo = document.createElement('button');
      undo.type = 'button';
      undo.className = 'button button--secondary button--small';
      undo.textContent = words('undo');
      undo.addEventListener('click', function () {
        undoEntry(entry);
      });
      p.appendChild(undo);
    }
    note.appendChild(p);
    return note;
  }

  function busy(item, on) {
    item.setAttribute('aria-busy', on ? 'true' : 'false');
    Array.prototype.forEach.call(item.querySelectorAll('button'), function (b) {
      b.disabled = on;
    });
  }

  function decide(item, value, button) {
    var action = value.split(':')[1];
    busy(item, true);
    post('/admin/comments/bulk', [['single', value]])
      .then(function (answer) {
        busy(item, false);
        if (!answer.decisions.length) {
          say(answer.message);
          return;
        }
        var who = item.getAttribute('data-author') || '';
        var text = words(action, who);
        var entry = { tokens: [], pairs: [], notes: [] };
        answer.decisions.forEach(function (d) {
          if (d.undo) entry.tokens.push(d.undo);
        });
        var note = makeNote(text, entry);
        item.hidden = true;
        item.parentNode.insertBefore(note, item.nextSibling);
        entry.pairs.push(item);
        entry.notes.push(note);
        if (entry.tokens.length) undoStack.push(entry);
        say(text + (entry.tokens.length ? ' ' + words('press-z') : ''));
        afterDecision(item);
      })
      .catch(function () {
        // No answer (offline, session ended): send the form the ordinary way; nothing is lost.
        busy(item, false);
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = button.name;
        hidden.value = value;
        form.appendChild(hidden);
        form.submit();
      });
  }

  function undoEntry(entry) {
    var i = undoStack.indexOf(entry);
    if (i >= 0) undoStack.splice(i, 1);
    post(
      '/admin/comments/undo',
      entry.tokens.map(function (t) {
        return ['undo', t];
      }),
    ).then(
      function (answer) {
        var restored = {};
        answer.undone.forEach(function (u) {
          restored[String(u.id)] = true;
        });
        var first = null;
        entry.pairs.forEach(function (item) {
          if (!restored[item.getAttribute('data-comment-id')]) return;
          item.hidden = false;
          if (!first) first = item;
        });
        if (answer.undone.length)
          entry.notes.forEach(function (note) {
            if (note.parentNode) note.parentNode.removeChild(note);
          });
        if (cleared && items().length) cleared.hidden = true;
        say(answer.message);
        if (first) select(first);
      },
      function () {
        say(words('undo-failed'));
        undoStack.push(entry);
      },
    );
  }

  function undoLast() {
    var entry = undoStack[undoStack.length - 1];
    if (entry) undoEntry(entry);
    else say(words('nothing-to-undo'));
  }

  form.addEventListener('submit', function (event) {
    var button = event.submitter;
    if (!button || button.name !== 'single') return;
    var item = button.closest('li.mod-item');
    if (!item) return;
    event.preventDefault();
    decide(item, button.value, button);
  });

  if (sweep)
    sweep.addEventListener('submit', function (event) {
      event.preventDefault();
      var threshold = sweep.querySelector('input[name="threshold"]').value;
      post('/admin/comments/spam-above', [['threshold', threshold]]).then(
        function (answer) {
          var entry = { tokens: [], pairs: [], notes: [] };
          answer.decisions.forEach(function (d) {
            if (d.undo) entry.tokens.push(d.undo);
            var item = queue.querySelector('li.mod-item[data-comment-id="' + d.id + '"]');
            if (item && !item.hidden) {
              item.hidden = true;
              entry.pairs.push(item);
            }
          });
          if (entry.tokens.length) {
            var note = makeNote(answer.message, entry);
            queue.insertBefore(note, queue.firstChild);
            entry.notes.push(note);
            undoStack.push(entry);
            note.querySelector('button').focus();
          }
          say(answer.message + (entry.tokens.length ? ' ' + words('press-z') : ''));
          if (!items().length && cleared) cleared.hidden = false;
        },
        function () {
          sweep.submit();
        },
      );
    });

  function press(action) {
    var item = currentItem();
    if (!item) {
      move(0);
      item = currentItem();
    }
    if (!item) return;
    var names = action === 'approve' ? ['approve', 'notspam', 'restore'] : [action];
    for (var i = 0; i < names.length; i++) {
      var control = item.querySelector('[data-action="' + names[i] + '"]');
      if (control) {
        control.click();
        return;
      }
    }
  }

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var tag = target && target.tagName ? target.tagName.toLowerCase() : '';
    // Typing in a field (or composing with an IME) never triggers shortcuts.
    if (event.isComposing || event.keyCode === 229) return;
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || (target && target.isContentEditable))
      return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (help && help.open) {
      if (event.key === '?') {
        event.preventDefault();
        help.close();
      }
      return;
    }
    var keys = { j: 1, k: -1 };
    var actions = { a: 'approve', s: 'spam', d: 'trash', r: 'reply' };
    if (event.key in keys) move(keys[event.key]);
    else if (event.key in actions) press(actions[event.key]);
    else if (event.key === 'z' || event.key === 'u') undoLast();
    else if (event.key === '?' && help && help.showModal) help.showModal();
    else return;
    event.preventDefault();
  });
})();
