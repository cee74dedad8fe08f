// The host's own interactive part, and a log of the widgets' kz-error events.
let clicks = 0;
const counter = document.getElementById('counter');
counter.addEventListener('click', () => {
  clicks += 1;
  counter.textContent = `Clicked ${clicks} times`;
});
document.addEventListener('kz-error', (event) => {
  const item = document.createElement('li');
  item.textContent = `${event.target.id}: ${event.detail.code}`;
  document.getElementById('errors').append(item);
});
