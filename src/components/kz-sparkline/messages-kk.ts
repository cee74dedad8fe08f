// Words of <kz-sparkline> in Kazakh, fetched on first use (see messages.ts).
import { bracket, head, number, percent, targetName, type Messages } from './messages.js';

const kk: Messages = {
  sentence(input) {
    const { summary: s, decimals } = input;
    const v = (x: number) => number(x, 'kk', decimals);
    const at = (p: string) => (p ? ` (${p})` : '');
    const parts = [head(input) + ':'];
    if (!s) return `${parts[0]} дерек жоқ.`;
    const last = `${v(s.last.value!)}${bracket(s.last, v, 'белгісіздік аралығы')}`;
    if (s.count === 1) {
      parts.push(`${last}.`);
    } else {
      const size =
        s.changePercent == null
          ? `${v(Math.abs(s.change))} бірлікке`
          : `${percent(s.changePercent, 'kk')} пайызға`;
      const change =
        s.direction === 'flat'
          ? 'өзгерген жоқ'
          : `${size} ${s.direction === 'down' ? 'төмендеді' : 'өсті'}`;
      parts.push(
        `${v(s.first.value!)}${at(s.first.period)} мәнінен ${last} мәніне дейін, ${change}.`,
      );
    }
    if (s.count >= 3) {
      parts.push(
        `Ең төменгі мәні ${v(s.min.value!)}${at(s.min.period)}, ең жоғары мәні ${v(s.max.value!)}${at(s.max.period)}.`,
      );
    }
    if (s.missing > 0) {
      const what = s.first.period ? ['кезеңнің', 'кезеңінде'] : ['нүктенің', 'нүктесінде'];
      parts.push(`${input.total} ${what[0]} ${s.missing} ${what[1]} дерек жоқ.`);
    }
    for (const c of input.comparators) parts.push(`${c.label}: ${v(c.value)}${at(c.period)}.`);
    const t = input.target;
    if (t) {
      const where =
        t.position === 'equal'
          ? 'мақсатқа тең'
          : t.position === 'below'
            ? 'мақсаттан төмен'
            : 'мақсаттан жоғары';
      const met =
        t.met == null ? '' : t.met ? ' (мақсатқа қол жеткізілді)' : ' (мақсатқа қол жеткізілмеді)';
      parts.push(
        `${targetName(t, v, (year) => `${year} жылға қарай`, true)}; соңғы мән ${where}${met}.`,
      );
    }
    return parts.join(' ');
  },
  change(s, decimals, outcome) {
    const size =
      s.changePercent == null
        ? `${number(Math.abs(s.change), 'kk', decimals)} бірлікке`
        : `${percent(s.changePercent, 'kk')} пайызға`;
    const span = s.first.period ? `${s.first.period}–${s.last.period} аралығында ` : '';
    const text =
      s.direction === 'flat'
        ? `${span}өзгерген жоқ`
        : `${span}${size} ${s.direction === 'down' ? 'төмендеді' : 'өсті'}`;
    const sentence = text.charAt(0).toUpperCase() + text.slice(1);
    return outcome && outcome !== 'neutral'
      ? `${sentence} (${outcome === 'better' ? 'жақсару' : 'нашарлау'})`
      : sentence;
  },
  tooltip: (period, value, bounds) =>
    `${period ? `${period}: ` : ''}${value ?? 'дерек жоқ'}${bounds ? ` (${bounds})` : ''}`,
  problem: {
    network: 'Деректер жүктелмеді. Байланысты тексеріп, қайталап көріңіз.',
    http: 'Деректер жүктелмеді.',
    json: 'Деректерді оқу мүмкін болмады.',
    format: 'Деректерді оқу мүмкін болмады.',
    missing: 'Деректер берілмеген.',
    'too-large': 'Деректер файлы тым үлкен, оны мұнда көрсету мүмкін емес.',
    address: 'Деректердің мекенжайы жарамсыз.',
    'unknown-indicator': 'Бұл көрсеткіш деректерде жоқ.',
    'unknown-area': 'Бұл аумақ деректерде жоқ.',
    'bad-values': 'Мәндерді оқу мүмкін болмады.',
    'no-data': 'Дерек жоқ.',
    'area-no-data': 'Бұл аумақ бойынша дерек жоқ.',
  },
  trend: 'Динамика',
  loading: 'Жүктелуде…',
  retry: 'Қайталау',
  source: 'Дереккөз:',
};

export default kk;
