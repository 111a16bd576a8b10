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
