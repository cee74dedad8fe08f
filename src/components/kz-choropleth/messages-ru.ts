// Interface text of <kz-choropleth> in Russian, fetched on first use (see messages.ts).
import type { ChoroplethMessages } from './messages.js';
import { MAP_CREDIT_RU } from '../../geo/attribution-ru.js';

const ruPlural = (n: number, one: string, few: string, many: string) => {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

const ru: ChoroplethMessages = {
  loading: 'Карта загружается…',
  retry: 'Повторить',
  errorNetwork: 'Не удалось загрузить данные. Проверьте подключение и повторите попытку.',
  errorHttp: 'Не удалось загрузить файл данных (ошибка {status}).',
  errorJson: 'Файл данных повреждён и не может быть прочитан.',
  errorFormat: 'В файле данных есть ошибки, поэтому карту нельзя показать.',
  errorMissing: 'Для этой карты не заданы данные.',
  mapCredit: MAP_CREDIT_RU,
  errorTooLarge: 'Файл данных слишком велик, чтобы показать его здесь.',
  errorAddress: 'Адрес данных или файлов карты указан неверно.',
  errorIndicator: 'В этих данных нет показателя «{id}».',
  errorPeriod: 'Нет значений за {period}.',
  errorMap: 'Не удалось загрузить карту Казахстана. Проверьте подключение и повторите попытку.',
  errorLayout: 'Территории в этих данных не относятся к одной карте Казахстана.',
  errorLevel: 'В этих данных нет значений по уровню «{level}» за {period}.',
  levelRegions: 'регионы',
  levelDistricts: 'районы',
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
  breakLayout: 'С {period} года новые границы областей: сравнивайте с прошлыми годами осторожно.',
  breakSeries: '{period}: разрыв ряда, значения несопоставимы с прошлыми годами.',
  showing: 'Показан период {period}.',
  selected: 'Выбрано: {name}, {value}.',
  legend: 'Легенда',
  areasCount: (n) => `${n} ${ruPlural(n, 'территория', 'территории', 'территорий')}`,
  beyond: 'за пределами шкалы',
};

export default ru;
