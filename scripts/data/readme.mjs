// stories/data/README.md, written from the documents themselves: each file's title and decision,
// then for each indicator its periods, layouts, reference series, breaks and source.

const en = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));
/** `2010-2017` for consecutive years, else the list. */
function span(ids) {
  const years = ids.every((id) => /^\d{4}$/.test(id));
  const parts = [];
  let start = 0;
  for (let i = 1; i <= ids.length; i++) {
    if (i < ids.length && years && Number(ids[i]) === Number(ids[i - 1]) + 1) continue;
    parts.push(i - 1 > start ? `${ids[start]}-${ids[i - 1]}` : ids[start]);
    start = i;
  }
  return parts.join(', ');
}
function describe(ind) {
  const out = [`- \`${ind.id}\`: ${en(ind.name)}${en(ind.unit) ? ` (${en(ind.unit)})` : ''}`];
  if (ind.topic) out.push(`  - Topic: ${ind.topic}.`);
  if (ind.companions)
    out.push(`  - Companions: ${ind.companions.map((c) => `\`${c}\``).join(', ')}.`);
  const periods = ind.periods.map((p) => p.id);
  out.push(`  - Periods: ${span(periods)}.`);
  const byLayout = new Map();
  for (const p of periods) {
    const l = ind.layouts[p];
    if (l) byLayout.set(l, [...(byLayout.get(l) ?? []), p]);
  }
  if (byLayout.size) {
    const parts = [...byLayout].map(([l, ps]) => {
      const areas = new Set(
        ps.flatMap((p) => Object.keys(ind.values).filter((a) => ind.values[a][p])),
      );
      return `${span(ps)}: layout ${l}, ${areas.size} areas`;
    });
    out.push(`  - Layouts: ${parts.join('; ')}.`);
  }
  for (const r of ind.references) {
    const what = r.value !== undefined ? '' : `, ${span(Object.keys(r.values))}`;
    out.push(
      `  - Reference (${r.kind}) \`${r.id}\`: ${en(r.label)}${what}${r.source ? `; source: ${en(r.source.name)}${r.source.licence ? ` (${en(r.source.licence)})` : ''}` : ''}.`,
    );
  }
  for (const [period, note] of Object.entries(ind.breaks ?? {}))
    out.push(`  - Break in series before ${period}: ${en(note)}`);
  const s = ind.source;
  out.push(
    `  - Source: ${en(s.name)}${s.date ? `, ${s.date}` : ''}. Licence: ${en(s.licence)}. <${s.url}>`,
  );
  return out.join('\n');
}
/** stories/data/README.md: each file's title, then each indicator described from its document. */
export function readme(files, parsed) {
  const out = [
    '# Embedded real datasets',
    '',
    'Built by `npm run build:data` (scripts/build-data.mjs) from `../shared/data` and `../shared/geo`',
    'with the converters of this package (`kz-indicators/convert`); no number is typed by hand.',
    'Do not edit these files: change the script and run it again. A unit test checks that the files',
    'equal what the script produces. Provenance of every input: `../shared/data/PROVENANCE.md`.',
    '',
  ];
  for (const f of files) {
    out.push(`## ${f.file}`, '', `${f.title}.`, '');
    const topics = parsed.get(f.file).topics;
    if (topics)
      out.push(`Topics: ${topics.map((t) => `\`${t.id}\` (${en(t.name)})`).join(', ')}.`, '');
    if (f.decision) out.push(`Decision: ${f.decision}`, '');
    for (const ind of parsed.get(f.file).indicators) out.push(describe(ind));
    out.push('');
  }
  return out.join('\n');
}
