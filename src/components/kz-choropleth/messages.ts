// Interface text of <kz-choropleth> in English, Kazakh and Russian. Placeholders: {name}.
import type { Lang } from '../../data/types.js';

export interface ChoroplethMessages {
  loading: string;
  retry: string;
  errorNetwork: string;
  errorHttp: string;
  errorJson: string;
  errorFormat: string;
  errorMissing: string;
  errorIndicator: string;
  errorPeriod: string;
  errorMap: string;
  errorLayout: string;
  errorLevel: string;
  noData: string;
  notApplicable: string;
  suppressed: string;
  noValueFor: string;
  provisional: string;
  estimated: string;
  break: string;
  source: string;
  map: string;
  country: string;
  national: string;
  above: string;
  below: string;
  same: string;
  tied: string;
  rankLowFirst: string;
  rankHighFirst: string;
  highest: string;
  lowest: string;
  mapLabel: string;
  keyboardHint: string;
  showTable: string;
  showMap: string;
  tableCaption: string;
  area: string;
  value: string;
  rank: string;
  difference: string;
  notes: string;
  sortBy: string;
  download: string;
  png: string;
  svg: string;
  csv: string;
  copyEmbed: string;
  copyIframe: string;
  copied: string;
  copyManually: string;
  exportFailed: string;
  play: string;
  pause: string;
  period: string;
  showing: string;
  selected: string;
  legend: string;
  areasCount: (n: number) => string;
  beyond: string;
}

const ruPlural = (n: number, one: string, few: string, many: string) => {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

export const MESSAGES: Record<Lang, ChoroplethMessages> = {
  en: {
    loading: 'Loading the map…',
    retry: 'Try again',
    errorNetwork: 'The data could not be loaded. Check the connection and try again.',
    errorHttp: 'The data file could not be loaded (error {status}).',
    errorJson: 'The data file is damaged and cannot be read.',
    errorFormat: 'The data file has problems, so the map cannot be shown.',
    errorMissing: 'No data was given to this map.',
    errorIndicator: 'This data has no indicator “{id}”.',
    errorPeriod: 'There are no values for {period}.',
    errorMap: 'The map of Kazakhstan could not be loaded. Check the connection and try again.',
    errorLayout: 'The areas in this data do not belong to one map of Kazakhstan.',
    errorLevel: 'This data has no values for {level} in {period}.',
    noData: 'No data',
    notApplicable: 'Not applicable',
    suppressed: 'Not published',
    noValueFor: 'No value for {period}',
    provisional: 'Provisional',
    estimated: 'Estimated',
    break: 'Break in series',
    source: 'Source',
    map: 'Map',
    country: 'Kazakhstan',
    national: 'national value',
    above: '{diff} above the national value',
    below: '{diff} below the national value',
    same: 'Same as the national value',
    tied: 'tied',
    rankLowFirst: 'lowest value first',
    rankHighFirst: 'highest value first',
    highest: 'Highest',
    lowest: 'Lowest',
    mapLabel: 'Map of Kazakhstan: {name}, {period}',
    keyboardHint: 'Arrow keys move between areas; Enter selects.',
    showTable: 'Show table',
    showMap: 'Show map',
    tableCaption: '{name}, {period}',
    area: 'Area',
    value: 'Value',
    rank: 'Rank',
    difference: 'Difference from national',
    notes: 'Notes',
    sortBy: 'Sort by {column}',
    download: 'Download',
    png: 'Image (PNG)',
    svg: 'Vector image (SVG)',
    csv: 'Data (CSV)',
    copyEmbed: 'Copy embed code',
    copyIframe: 'Copy iframe code',
    copied: 'Copied to the clipboard.',
    copyManually: 'Copy the code below.',
    exportFailed: 'This download is blocked on this page. Try the SVG or CSV download.',
    play: 'Play',
    pause: 'Pause',
    period: 'Period',
    showing: 'Showing {period}.',
    selected: 'Selected: {name}, {value}.',
    legend: 'Legend',
    areasCount: (n) => `${n} ${n === 1 ? 'area' : 'areas'}`,
    beyond: 'beyond the scale',
  },
  kk: {
    loading: 'Карта жүктелуде…',
    retry: 'Қайталау',
    errorNetwork: 'Деректерді жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
    errorHttp: 'Деректер файлын жүктеу мүмкін болмады (қате {status}).',
    errorJson: 'Деректер файлы бүлінген, оны оқу мүмкін емес.',
    errorFormat: 'Деректер файлында қателер бар, сондықтан картаны көрсету мүмкін емес.',
    errorMissing: 'Бұл картаға деректер берілмеген.',
    errorIndicator: 'Бұл деректерде «{id}» көрсеткіші жоқ.',
    errorPeriod: '{period} кезеңіне мәндер жоқ.',
    errorMap: 'Қазақстан картасын жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
    errorLayout: 'Бұл деректердегі аумақтар Қазақстанның бір картасына жатпайды.',
    errorLevel: 'Бұл деректерде {period} кезеңіне {level} бойынша мәндер жоқ.',
    noData: 'Дерек жоқ',
    notApplicable: 'Қолданылмайды',
    suppressed: 'Жарияланбаған',
    noValueFor: '{period}: мән жоқ',
    provisional: 'Алдын ала',
    estimated: 'Бағалау',
    break: 'Қатардағы үзіліс',
    source: 'Дереккөз',
    map: 'Карта',
    country: 'Қазақстан',
    national: 'ел бойынша мән',
    above: 'Ел бойынша мәннен {diff} жоғары',
    below: 'Ел бойынша мәннен {diff} төмен',
    same: 'Ел бойынша мәнге тең',
    tied: 'тең орын',
    rankLowFirst: 'ең төмен мән бірінші',
    rankHighFirst: 'ең жоғары мән бірінші',
    highest: 'Ең жоғары',
    lowest: 'Ең төмен',
    mapLabel: 'Қазақстан картасы: {name}, {period}',
    keyboardHint: 'Аумақтар арасында бағыт пернелерімен жылжыңыз; таңдау үшін Enter басыңыз.',
    showTable: 'Кестені көрсету',
    showMap: 'Картаны көрсету',
    tableCaption: '{name}, {period}',
    area: 'Аумақ',
    value: 'Мәні',
    rank: 'Орны',
    difference: 'Ел бойынша мәннен айырмасы',
    notes: 'Ескертпелер',
    sortBy: '{column} бойынша сұрыптау',
    download: 'Жүктеп алу',
    png: 'Сурет (PNG)',
    svg: 'Векторлық сурет (SVG)',
    csv: 'Деректер (CSV)',
    copyEmbed: 'Ендіру кодын көшіру',
    copyIframe: 'iframe кодын көшіру',
    copied: 'Алмасу буферіне көшірілді.',
    copyManually: 'Төмендегі кодты көшіріңіз.',
    exportFailed: 'Бұл бетте мұндай жүктеуге тыйым салынған. SVG немесе CSV жүктеп көріңіз.',
    play: 'Ойнату',
    pause: 'Кідірту',
    period: 'Кезең',
    showing: '{period} көрсетілуде.',
    selected: 'Таңдалды: {name}, {value}.',
    legend: 'Шартты белгілер',
    areasCount: (n) => `${n} аумақ`,
    beyond: 'шкаладан тыс',
  },
  ru: {
    loading: 'Карта загружается…',
    retry: 'Повторить',
    errorNetwork: 'Не удалось загрузить данные. Проверьте подключение и повторите попытку.',
    errorHttp: 'Не удалось загрузить файл данных (ошибка {status}).',
    errorJson: 'Файл данных повреждён и не может быть прочитан.',
    errorFormat: 'В файле данных есть ошибки, поэтому карту нельзя показать.',
    errorMissing: 'Для этой карты не заданы данные.',
    errorIndicator: 'В этих данных нет показателя «{id}».',
    errorPeriod: 'Нет значений за {period}.',
    errorMap: 'Не удалось загрузить карту Казахстана. Проверьте подключение и повторите попытку.',
    errorLayout: 'Территории в этих данных не относятся к одной карте Казахстана.',
    errorLevel: 'В этих данных нет значений по уровню «{level}» за {period}.',
    noData: 'Нет данных',
    notApplicable: 'Не применимо',
    suppressed: 'Не публикуется',
    noValueFor: 'Нет значения за {period}',
    provisional: 'Предварительные данные',
    estimated: 'Оценка',
    break: 'Разрыв ряда',
    source: 'Источник',
    map: 'Карта',
    country: 'Казахстан',
    national: 'значение по стране',
    above: 'На {diff} выше значения по стране',
    below: 'На {diff} ниже значения по стране',
    same: 'Равно значению по стране',
    tied: 'с равным значением',
    rankLowFirst: 'первое — наименьшее значение',
    rankHighFirst: 'первое — наибольшее значение',
    highest: 'Наибольшее',
    lowest: 'Наименьшее',
    mapLabel: 'Карта Казахстана: {name}, {period}',
    keyboardHint: 'Клавиши со стрелками переходят между территориями; Enter выбирает.',
    showTable: 'Показать таблицу',
    showMap: 'Показать карту',
    tableCaption: '{name}, {period}',
    area: 'Территория',
    value: 'Значение',
    rank: 'Место',
    difference: 'Разница со значением по стране',
    notes: 'Примечания',
    sortBy: 'Сортировать: {column}',
    download: 'Скачать',
    png: 'Изображение (PNG)',
    svg: 'Векторное изображение (SVG)',
    csv: 'Данные (CSV)',
    copyEmbed: 'Копировать код для вставки',
    copyIframe: 'Копировать код iframe',
    copied: 'Скопировано в буфер обмена.',
    copyManually: 'Скопируйте код ниже.',
    exportFailed: 'На этой странице такое скачивание запрещено. Попробуйте SVG или CSV.',
    play: 'Воспроизвести',
    pause: 'Пауза',
    period: 'Период',
    showing: 'Показан период {period}.',
    selected: 'Выбрано: {name}, {value}.',
    legend: 'Легенда',
    areasCount: (n) => `${n} ${ruPlural(n, 'территория', 'территории', 'территорий')}`,
    beyond: 'за пределами шкалы',
  },
};

/** Fills `{name}` placeholders; unknown names stay as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** Level names for the errorLevel message. */
export const LEVEL_NAMES: Record<Lang, Record<'regions' | 'districts', string>> = {
  en: { regions: 'regions', districts: 'districts' },
  kk: { regions: 'өңірлер', districts: 'аудандар' },
  ru: { regions: 'регионы', districts: 'районы' },
};
