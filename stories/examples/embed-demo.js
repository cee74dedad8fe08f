// The host page may listen to what the reader selects inside an embedded map.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'kz-indicators:select') return;
  const { area, period } = data.detail;
  document.getElementById('selection').textContent =
    `Selected in the embedded map: ${area}, ${period}`;
});
