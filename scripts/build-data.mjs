// npm run build:data: builds the embedded real datasets in stories/data/ from ../shared/data
// (and the district polygons in ../shared/geo) with the project's own converters
// (src/convert), never with hand-typed numbers. Each dataset carries its source and licence from
// ../shared/data/PROVENANCE.md; stories/data/README.md is written from the same descriptions.
//
// Usage: node scripts/build-data.mjs [--out DIR] [--check]
//   --out DIR   write to DIR instead of stories/data
//   --check     write nothing; exit 1 and name the files that differ from the committed ones
// The shared folder defaults to ../shared next to the repository; KZ_SHARED overrides it.
//
// The parts, in the order they convert (their warnings are printed in that order): scripts/data/
// context.mjs (converters, reading, warnings), sources.mjs (sources and licences), inputs.mjs (code
// list, SDG thresholds, regional and WDI readers), regional.mjs, national.mjs, districts.mjs, then
// files.mjs (the documents written) and readme.mjs (stories/data/README.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convert, fail, root, warnings } from './data/context.mjs';
import { FILES } from './data/files.mjs';
import { readme } from './data/readme.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'stories/data');

// Every file must be a valid document (the references assembled in scripts/data are checked here).
const parsed = new Map();
for (const f of FILES) {
  const v = convert.validateIndicators(f.document);
  if (!v.dataset)
    fail(`${f.file}:\n${v.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  for (const w of v.warnings) warnings.push(`${f.file}: ${w.path}: ${w.message}`);
  parsed.set(f.file, v.dataset);
}
const outputs = new Map(FILES.map((f) => [f.file, convert.stringifyDocument(f.document)]));
outputs.set('README.md', readme(FILES, parsed));

for (const w of warnings) console.warn(`build-data: warning: ${w}`);
if (check) {
  const differ = [...outputs].filter(([file, text]) => {
    const path = join(outDir, file);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  if (differ.length)
    fail(`out of date: ${differ.map(([f]) => f).join(', ')} (run npm run build:data)`);
  console.log(`build-data: ${outputs.size} files up to date`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of outputs) writeFileSync(join(outDir, file), text);
  console.log(`build-data: wrote ${outputs.size} files to ${outDir}`);
}
