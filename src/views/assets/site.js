/* global window, document */
// Silkpress site script: progressive enhancement only. Every feature works without it.
// Loaded with `defer` from an external file (the Content-Security-Policy forbids inline scripts).

(function backToTop() {
  'use strict';
  var link = document.querySelector('a.back-to-top');
  var top = document.getElementById('top');
  if (!link) return;

  // With JavaScript the link floats in a corner and stays hidden until the reader has scrolled
  // one viewport height; without it, it sits visibly at the end of the content.
  link.classList.add('back-to-top--floating');
  var ticking = false;
  function update() {
    ticking = false;
    link.classList.toggle('back-to-top--hidden', window.scrollY < window.innerHeight);
  }
  function onScroll() {
    if (!ticking) {
      ticking = true;
      window.requestAnimationFrame(update);
    }
  }
  update();
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });

  // Scroll to the top (smoothly only when CSS allows it: `scroll-behavior` is set inside a
  // prefers-reduced-motion: no-preference query) and move keyboard focus there too.
  link.addEventListener('click', function (event) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    window.scrollTo({ top: 0, left: 0 });
    if (top) top.focus({ preventScroll: true });
  });
})();

(function commentForm() {
  'use strict';
  var respond = document.getElementById('respond');
  var form = document.getElementById('commentform');
  if (!respond || !form) return;

  // Pressing Enter to pick a candidate in a Chinese/Japanese input method must not submit the
  // form: browsers report such keystrokes with isComposing (or the legacy keyCode 229).
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.isComposing || event.keyCode === 229)) event.preventDefault();
  });

  // Reply: move the form under the comment instead of following ?replyto=ID#respond.
  var home = document.createComment('respond-home');
  respond.parentNode.insertBefore(home, respond);
  var parentField = document.getElementById('comment-parent');
  var title = document.getElementById('reply-title');
  var cancel = document.getElementById('cancel-comment-reply-link');
  var textarea = document.getElementById('comment');

  // The title's words come from the page (data-say-*, from the article's catalog): "Leave a
  // Reply", or the reply message's words before and after the name.
  var titleText = title ? title.querySelector('.comment-reply-title-text') : null;
  function setTitle(name) {
    if (!titleText) return;
    if (name === null) {
      titleText.textContent = title.getAttribute('data-say-title') || titleText.textContent;
      return;
    }
    var label = document.createElement('span');
    label.className = 'comment-reply-to-name';
    label.textContent = name;
    titleText.textContent = '';
    titleText.appendChild(document.createTextNode(title.getAttribute('data-say-reply-before') || ''));
    titleText.appendChild(label);
    titleText.appendChild(document.createTextNode(title.getAttribute('data-say-reply-after') || ''));
  }

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a.reply-link') : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    // The comment replied to is the one the link sits in: its id is "comment-N".
    var item = link.closest('li.comment');
    if (!item || !/^comment-\d+$/.test(item.id)) return;
    event.preventDefault();
    var body = item.querySelector('.comment-body');
    body.parentNode.insertBefore(respond, body.nextSibling);
    if (parentField) parentField.value = item.id.slice('comment-'.length);
    var author = body.querySelector('.comment-author');
    setTitle(author ? author.textContent : '');
    if (cancel) cancel.hidden = false;
    if (textarea) textarea.focus();
  });

  if (cancel) {
    cancel.addEventListener('click', function (event) {
      if (!home.parentNode) return;
      event.preventDefault();
      home.parentNode.insertBefore(respond, home.nextSibling);
      if (parentField) parentField.value = '';
      setTitle(null);
      cancel.hidden = true;
      if (textarea) textarea.focus();
    });
  }
})();
