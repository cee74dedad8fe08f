// Words of <kz-ranking> in Kazakh, fetched on first use (see messages.ts).
import type { RankingMessages } from './messages.js';

const kk: RankingMessages = {
  loading: 'Рейтинг жүктелуде…',
  retry: 'Қайталау',
  errorNetwork: 'Деректерді жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
  errorHttp: 'Деректер файлын жүктеу мүмкін болмады (қате {status}).',
  errorJson: 'Деректер файлы бүлінген, оны оқу мүмкін емес.',
  errorFormat: 'Деректер файлында қателер бар, сондықтан рейтингті көрсету мүмкін емес.',
  errorMissing: 'Бұл рейтингке деректер берілмеген.',
  errorIndicator: 'Бұл деректерде «{id}» көрсеткіші жоқ.',
  errorPeriod: '{period} кезеңіне мәндер жоқ.',
  errorLayout: 'Бұл деректердегі аумақтар Қазақстанның бір картасына жатпайды.',
  errorLevel: 'Бұл деректерде {period} кезеңіне {level} бойынша мәндер жоқ.',
  errorNoMap: 'Бұл рейтинг ілесетін карта бетте жоқ.',
  levelRegions: 'өңірлер',
  levelDistricts: 'аудандар',
  noData: 'Дерек жоқ',
  notApplicable: 'Қолданылмайды',
  listLabel: '{name}, {period}: аумақтар реті',
  rankLowFirst: 'Бірінші орын — ең төмен мән.',
  rankHighFirst: 'Бірінші орын — ең жоғары мән.',
  byName: 'Атауы бойынша сұрыпталған.',
  tied: 'тең орын',
  country: 'Қазақстан',
  offAxisLow: 'шкаладан төмен',
  offAxisHigh: 'шкаладан тыс',
  references: 'Салыстыру сызықтары',
  source: 'Дереккөз',
  fromSource: 'дереккөзі: {source}',
  keyboardHint:
    'Аумақтар арасында жоғары және төмен бағыт пернелерімен жылжыңыз; таңдау үшін Enter басыңыз.',
  selected: 'Таңдалды: {name}, {value}.',
  shownOf: '{total} аумақтың ішінен {shown} аумақ көрсетілген.',
};

export default kk;
