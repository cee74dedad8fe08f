// Country page section: the page only switches its language. <kz-explorer> follows the page's
// lang and does the rest (picker, map, ranking, trend card, link to the view). The Kazakh and
// Russian texts of the page sit beside the English ones, in data-kk and data-ru attributes.
const texts = [...document.querySelectorAll('[data-text]')];
for (const el of texts) el.dataset.en = el.textContent.trim();
const group = document.querySelector('.languages');
group.dataset.labelEn = group.getAttribute('aria-label');

function setLanguage(lang) {
  document.documentElement.lang = lang; // the explorer follows the page's lang
  for (const el of texts) el.textContent = el.dataset[lang];
  group.setAttribute('aria-label', group.dataset[`label${lang[0].toUpperCase()}${lang[1]}`]);
  for (const button of group.querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of group.querySelectorAll('button')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
