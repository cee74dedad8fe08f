// Words of <kz-sparkline> in Russian, fetched on first use (see messages.ts).
import { NBSP, bracket, head, number, percent, targetName, type Messages } from './messages.js';

function ruPlural(n: number, one: string, many: string): string {
  return n % 10 === 1 && n % 100 !== 11 ? one : many;
}

const ru: Messages = {
  sentence(input) {
    const { summary: s, decimals } = input;
    const v = (x: number) => number(x, 'ru', decimals);
    const at = (p: string) => (p ? ` (${p})` : '');
    const parts = [head(input) + ':'];
    if (!s) return `${parts[0]} нет данных.`;
    const last = `${v(s.last.value!)}${bracket(s.last, v, 'интервал неопределённости')}`;
    if (s.count === 1) {
      parts.push(`${last}.`);
    } else {
      const size =
        s.changePercent == null
          ? v(Math.abs(s.change))
          : `${percent(s.changePercent, 'ru')}${NBSP}%`;
      const change =
        s.direction === 'flat'
          ? 'без изменений'
          : `${s.direction === 'down' ? 'снижение' : 'рост'} на ${size}`;
      parts.push(`с ${v(s.first.value!)}${at(s.first.period)} до ${last}, ${change}.`);
    }
    if (s.count >= 3) {
      parts.push(
        `Минимум ${v(s.min.value!)}${at(s.min.period)}, максимум ${v(s.max.value!)}${at(s.max.period)}.`,
      );
    }
    if (s.missing > 0) {
      const what = s.first.period
        ? ruPlural(input.total, 'периода', 'периодов')
        : ruPlural(input.total, 'точки', 'точек');
      parts.push(`Нет данных за ${s.missing} из ${input.total} ${what}.`);
    }
    for (const c of input.comparators) parts.push(`${c.label}: ${v(c.value)}${at(c.period)}.`);
    const t = input.target;
    if (t) {
      const where =
        t.position === 'equal'
          ? 'на уровне цели'
          : t.position === 'below'
            ? 'ниже цели'
            : 'выше цели';
      const met = t.met == null ? '' : t.met ? ' (цель достигнута)' : ' (цель не достигнута)';
      parts.push(
        `${targetName(t, v, (year) => `к ${year} году`)}; последнее значение ${where}${met}.`,
      );
    }
    return parts.join(' ');
  },
  change(s, decimals, outcome) {
    const size =
      s.changePercent == null
        ? number(Math.abs(s.change), 'ru', decimals)
        : `${percent(s.changePercent, 'ru')}${NBSP}%`;
    const span = s.first.period ? ` за ${s.first.period}–${s.last.period}` : '';
    const text =
      s.direction === 'flat'
        ? `Без изменений${span}`
        : `${s.direction === 'down' ? 'Снижение' : 'Рост'} на ${size}${span}`;
    return outcome && outcome !== 'neutral'
      ? `${text} (${outcome === 'better' ? 'улучшение' : 'ухудшение'})`
      : text;
  },
  tooltip: (period, value, bounds) =>
    `${period ? `${period}: ` : ''}${value ?? 'нет данных'}${bounds ? ` (${bounds})` : ''}`,
  problem: {
    network: 'Не удалось загрузить данные. Проверьте подключение и повторите попытку.',
    http: 'Не удалось загрузить данные.',
    json: 'Не удалось прочитать данные.',
    format: 'Не удалось прочитать данные.',
    missing: 'Данные не указаны.',
    'too-large': 'Файл данных слишком велик, чтобы показать его здесь.',
    address: 'Адрес данных указан неверно.',
    'unknown-indicator': 'Этого показателя нет в данных.',
    'unknown-area': 'Этой территории нет в данных.',
    'bad-values': 'Не удалось прочитать значения.',
    'no-data': 'Нет данных.',
    'area-no-data': 'Нет данных по этой территории.',
  },
  trend: 'Динамика',
  loading: 'Загрузка…',
  retry: 'Повторить',
  source: 'Источник:',
};

export default ru;
