// Interface text of <kz-explorer> in Russian, fetched on first use (see messages.ts).
import type { ExplorerMessages } from './messages.js';

const ru: ExplorerMessages = {
  loading: 'Данные загружаются…',
  retry: 'Повторить',
  errorNetwork: 'Не удалось загрузить данные. Проверьте подключение и повторите попытку.',
  errorHttp: 'Не удалось загрузить файл данных (ошибка {status}).',
  errorJson: 'Файл данных повреждён и не может быть прочитан.',
  errorFormat: 'В файле данных есть ошибки, поэтому ничего нельзя показать.',
  errorMissing: 'Для этого обзора не заданы данные.',
  indicator: 'Показатель',
  otherTopic: 'Другое',
  mapHeading: 'Карта по регионам',
  rankingHeading: 'Рейтинг регионов',
  trendHeading: 'Динамика: {area}',
  country: 'Казахстан',
  showCountry: 'Показать Казахстан в целом',
  selectArea: 'Выберите регион на карте или в рейтинге, чтобы увидеть его динамику.',
  companionFrom: 'Из другого источника: {name}',
  copyLink: 'Копировать ссылку на этот вид',
  linkCopied: 'Ссылка скопирована.',
  linkNotCopied: 'Не удалось скопировать ссылку; выделите её ниже и скопируйте.',
  linkLabel: 'Ссылка на этот вид',
  unknownIndicatorLink:
    'В ссылке указан показатель, которого нет в этих данных («{given}»), поэтому показан вид по умолчанию.',
  unknownIndicator: 'В этих данных нет показателя «{given}»; показан показатель «{indicator}».',
  unknownPeriod: '«{given}» не является периодом; показан период {period}.',
  unknownArea: 'Регион «{given}» неизвестен; показан Казахстан в целом.',
  periodMoved:
    'У показателя «{indicator}» нет значений за {given}; показан ближайший период: {period}.',
  areaNoValue: 'Регион: {area}. Нет значения показателя «{indicator}» за {period}.',
  periodNoValues: 'У показателя «{indicator}» нет значений по регионам за {period}.',
  nationalOnly:
    'Показатель «{indicator}» есть только по стране в целом: карты и рейтинга нет, динамика ниже.',
  noRegional:
    'В этих данных нет показателей со значениями по регионам, поэтому карту и рейтинг показать нельзя.',
  noIndicators: 'В этих данных нет ни одного показателя.',
  topicUnknown:
    'Темы показателя «{indicator}» нет среди тем этих данных; он показан в группе «Другое».',
  topicNotText: 'Тема показателя «{indicator}» не является текстом; он показан в группе «Другое».',
};

export default ru;
