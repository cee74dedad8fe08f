// Number formats and the markdown table shared by the sections of the benchmark report.

export const PEERS = ['plot', 'vega', 'echarts'];

export const ms = (x) => (x == null ? '–' : x < 10 ? x.toFixed(1) : Math.round(x).toString());
export const kb = (x) => (x == null ? '–' : (x / 1024).toFixed(1));
export const mb = (x) => (x == null ? '–' : (x / 2 ** 20).toFixed(1));
export const range = (s, f = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '–');
export const ratio = (a, b) => (a == null || b == null || b === 0 ? '–' : (a / b).toFixed(2));
export const count = (x) => (x == null ? '–' : Math.round(x).toString());
export const signedKb = (x) => (x == null ? '–' : `${x >= 0 ? '+' : ''}${(x / 1024).toFixed(1)}`);

export function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export const jsMap = (s, k = 'gzip') => {
  const t = s?.bytes?.totals;
  return t ? (t.js?.[k] ?? 0) + (t.map?.[k] ?? 0) : null;
};
