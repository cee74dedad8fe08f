// The host page may listen to what the reader selects inside an embedded map: only messages from
// the embed iframe's own window and origin count.
const frame = document.getElementById('embed-map');
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'kz-indicators:select') return;
  if (event.source !== frame.contentWindow || event.origin !== new URL(frame.src).origin) return;
  const { area, period } = data.detail;
  document.getElementById('selection').textContent =
    `Selected in the embedded map: ${area}, ${period}`;
});
