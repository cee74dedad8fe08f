// Words of <kz-ranking> in Russian, fetched on first use (see messages.ts).
import type { RankingMessages } from './messages.js';

const ru: RankingMessages = {
  loading: 'Рейтинг загружается…',
  retry: 'Повторить',
  errorNetwork: 'Не удалось загрузить данные. Проверьте подключение и повторите попытку.',
  errorHttp: 'Не удалось загрузить файл данных (ошибка {status}).',
  errorJson: 'Файл данных повреждён и не может быть прочитан.',
  errorFormat: 'В файле данных есть ошибки, поэтому рейтинг нельзя показать.',
  errorMissing: 'Для этого рейтинга не заданы данные.',
  errorIndicator: 'В этих данных нет показателя «{id}».',
  errorPeriod: 'Нет значений за {period}.',
  errorLayout: 'Территории в этих данных не относятся к одной карте Казахстана.',
  errorLevel: 'В этих данных нет значений по уровню «{level}» за {period}.',
  errorNoMap: 'Карты, за которой следует этот рейтинг, нет на странице.',
  levelRegions: 'регионы',
  levelDistricts: 'районы',
  noData: 'Нет данных',
  notApplicable: 'Не применимо',
  listLabel: '{name}, {period}: территории по порядку',
  rankLowFirst: 'Первое место — наименьшее значение.',
  rankHighFirst: 'Первое место — наибольшее значение.',
  byName: 'По алфавиту.',
  tied: 'с равным значением',
  country: 'Казахстан',
  offAxisLow: 'ниже шкалы',
  offAxisHigh: 'за пределами шкалы',
  references: 'Линии сравнения',
  source: 'Источник',
  fromSource: 'источник: {source}',
  keyboardHint: 'Стрелки вверх и вниз переходят между территориями; Enter выбирает.',
  selected: 'Выбрано: {name}, {value}.',
  shownOf: 'Показано {shown} из {total} территорий.',
};

export default ru;
