/*
 * kz-indicators embed: parent page snippet (plain script, no dependencies, CSP-friendly).
 *
 *   <iframe data-kz-embed src="https://example.org/kz-indicators/embed.html?type=map&src=..."
 *           title="Under-five mortality by region" width="100%" height="520"
 *           style="border:0;width:100%" loading="lazy"></iframe>
 *   <script async src="https://example.org/kz-indicators/embed-parent.js"></script>
 *
 * Each embed page posts its content height; this script sets the height of the one iframe that sent
 * it, and only of an iframe that loads this package's embed page: the embed.html beside this script,
 * or one listed in the script's data-embed-pages attribute (space-separated URLs, for an embed page
 * served from elsewhere). The message must come from that iframe's window (event.source) and from
 * the origin of its src (event.origin); any other iframe, or a frame that navigated elsewhere, is
 * left alone. Those iframes are asked for their height when the script starts, so the order of the
 * iframe and the script does not matter. Loading the script twice is harmless.
 */
(function () {
  'use strict';
  if (window.__kzIndicatorsEmbedParent) return;
  window.__kzIndicatorsEmbedParent = true;

  var MAX_HEIGHT = 20000;
  var script = document.currentScript;

  /** An absolute http(s) URL, or null. */
  function parse(value, base) {
    try {
      var url = new URL(value, base);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
    } catch {
      return null;
    }
  }

  // The embed pages whose iframes may set their height: origin + path, without the query.
  var pages = [];
  if (script && script.src) pages.push(new URL('embed.html', script.src));
  var listed = (script && script.getAttribute('data-embed-pages')) || '';
  listed.split(/\s+/).forEach(function (value) {
    var url = value && parse(value, document.baseURI);
    if (url) pages.push(url);
  });
  pages = pages.map(function (url) {
    return url.origin + url.pathname;
  });

  /** The URL an iframe loads when it is one of the accepted embed pages, else null. */
  function embedUrl(frame) {
    var url = parse(frame.getAttribute('src') || '', document.baseURI);
    return url && pages.indexOf(url.origin + url.pathname) >= 0 ? url : null;
  }

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
    var url = embedUrl(frame);
    if (url && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'kz-indicators:ping' }, url.origin);
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'kz-indicators:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    // Only the embed iframe that sent the message is resized: a frame can change its own height
    // only, and only while it shows the embed page its src names.
    var list = frames('iframe');
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        var url = embedUrl(list[i]);
        if (!url || event.origin !== url.origin) return;
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
    frames('iframe').forEach(function (frame) {
      if (!embedUrl(frame)) return;
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
