// Interface text of <kz-explorer> in Kazakh, fetched on first use (see messages.ts).
import type { ExplorerMessages } from './messages.js';

const kk: ExplorerMessages = {
  loading: 'Деректер жүктелуде…',
  retry: 'Қайталау',
  errorNetwork: 'Деректерді жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
  errorHttp: 'Деректер файлын жүктеу мүмкін болмады (қате {status}).',
  errorJson: 'Деректер файлы бүлінген, оны оқу мүмкін емес.',
  errorFormat: 'Деректер файлында қателер бар, сондықтан ештеңе көрсету мүмкін емес.',
  errorMissing: 'Бұл шолуға деректер берілмеген.',
  indicator: 'Көрсеткіш',
  otherTopic: 'Басқа',
  mapHeading: 'Өңірлер бойынша карта',
  rankingHeading: 'Өңірлер рейтингі',
  trendHeading: 'Динамика: {area}',
  country: 'Қазақстан',
  showCountry: 'Бүкіл Қазақстанды көрсету',
  selectArea: 'Өңірдің динамикасын көру үшін оны картадан немесе рейтингтен таңдаңыз.',
  companionFrom: 'Басқа дереккөзден: {name}',
  copyLink: 'Осы көрініске сілтемені көшіру',
  linkCopied: 'Сілтеме көшірілді.',
  linkNotCopied: 'Сілтемені көшіру мүмкін болмады; оны төменнен белгілеп, көшіріңіз.',
  linkLabel: 'Осы көрініске сілтеме',
  unknownIndicatorLink:
    'Сілтемеде бұл деректерде жоқ көрсеткіш аталған («{given}»), сондықтан әдепкі көрініс көрсетілді.',
  unknownIndicator: 'Бұл деректерде «{given}» көрсеткіші жоқ; «{indicator}» көрсетілді.',
  unknownPeriod: '«{given}» кезең емес; {period} кезеңі көрсетілді.',
  unknownArea: '«{given}» өңірі белгісіз; бүкіл ел көрсетілді.',
  periodMoved:
    '«{indicator}» көрсеткішінің {given} кезеңіне мәндері жоқ; ең жақын кезең көрсетілді: {period}.',
  areaNoValue: 'Өңір: {area}. «{indicator}» көрсеткішінің {period} кезеңіне мәні жоқ.',
  periodNoValues: '«{indicator}» көрсеткішінің {period} кезеңіне өңірлер бойынша мәндері жоқ.',
  nationalOnly:
    '«{indicator}» көрсеткіші тек бүкіл ел бойынша бар: карта мен рейтинг жоқ, динамика төменде.',
  noRegional:
    'Бұл деректерде өңірлер бойынша мәндері бар көрсеткіш жоқ, сондықтан карта мен рейтингті көрсету мүмкін емес.',
  noIndicators: 'Бұл деректерде бірде-бір көрсеткіш жоқ.',
  topicUnknown:
    '«{indicator}» көрсеткішінің тақырыбы бұл деректердің тақырыптарында жоқ; ол «Басқа» тобында көрсетілді.',
  topicNotText: '«{indicator}» көрсеткішінің тақырыбы мәтін емес; ол «Басқа» тобында көрсетілді.',
};

export default kk;
