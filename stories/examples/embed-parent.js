/*
 * kz-indicators embed: parent page snippet (plain script, no dependencies, CSP-friendly).
 *
 *   <iframe data-kz-embed src="https://example.org/kz-indicators/embed.html?type=map&src=..."
 *           title="Under-five mortality by region" width="100%" height="520"
 *           style="border:0;width:100%" loading="lazy"></iframe>
 *   <script async src="https://example.org/kz-indicators/embed-parent.js"></script>
 *
 * Each embed page posts its content height; this script sets the height of the one iframe (marked
 * with data-kz-embed) that sent it. Messages from other windows are ignored, so no other iframe
 * on the page can be resized. Loading the script twice is harmless.
 */
(function () {
  'use strict';
  if (window.__kzIndicatorsEmbedParent) return;
  window.__kzIndicatorsEmbedParent = true;

  var MAX_HEIGHT = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-kz-embed]'));
  }

  function prepare(frame) {
    // Set through the CSSOM, which a strict style-src policy allows (a style attribute it blocks).
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.style.display = 'block';
    frame.setAttribute('scrolling', 'no');
  }

  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'kz-indicators:ping' }, '*');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'kz-indicators:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        prepare(list[i]);
        list[i].style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
        list[i].dispatchEvent(
          new CustomEvent('kz-embed-resize', { detail: { height: height }, bubbles: true }),
        );
        return;
      }
    }
  });

  function start() {
    frames().forEach(function (frame) {
      prepare(frame);
      ask(frame);
      frame.addEventListener('load', function () {
        ask(frame);
      });
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
