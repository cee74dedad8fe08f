/*
 * kz-indicators embed: parent page snippet (plain script, no dependencies, CSP-friendly).
 *
 *   <iframe data-kz-embed src="https://example.org/kz-indicators/embed.html?type=map&src=..."
 *           title="Under-five mortality by region" width="100%" height="520"
 *           style="border:0;width:100%" loading="lazy"></iframe>
 *   <script async src="https://example.org/kz-indicators/embed-parent.js"></script>
 *
 * Each embed page posts its content height; this script sets the height of the one iframe that sent
 * it (matched by its window, so no frame can resize another one). Iframes marked data-kz-embed, or
 * loading an embed.html, are asked for their height when the script starts, so the order of the
 * iframe and the script does not matter. Loading the script twice is harmless.
 */
(function () {
  'use strict';
  if (window.__kzIndicatorsEmbedParent) return;
  window.__kzIndicatorsEmbedParent = true;

  var MAX_HEIGHT = 20000;

  function frames(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
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
    // Only the iframe that sent the message is resized: a frame can change its own height only.
    var list = frames('iframe');
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
    frames('iframe[data-kz-embed], iframe[src*="embed.html"]').forEach(function (frame) {
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
