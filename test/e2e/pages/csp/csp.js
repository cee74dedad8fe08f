// Host page script (external, as the policy requires): records policy violations and the
// reader's selection, both as text the test can read.
document.addEventListener('securitypolicyviolation', (event) => {
  const item = document.createElement('li');
  item.textContent = `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
  document.getElementById('violations')?.append(item);
});
document.addEventListener('kz-select', (event) => {
  const output = document.getElementById('selected');
  if (output) output.textContent = `${event.detail.area} ${event.detail.period}`;
});
