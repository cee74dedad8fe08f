// @vitest-environment node
// `kz-indicators convert` on workbooks: the same reader as the builder page (--sheet, --header-row).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { HAS_SHARED, NEEDS_SHARED, sharedPath } from './convert/shared-data.js';

async function run(argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (p) => readFileSync(p, 'utf8'),
    readBytes: (p) => readFileSync(p),
    writeFile: () => undefined,
  };
  const code = await main(argv, io);
  return { code, ...out };
}

const GRP = sharedPath('data/source/layouts/bns_gross_regional_product_1990-2023_en.xlsx');

describe(`convert <workbook>${NEEDS_SHARED}`, () => {
  it.skipIf(!HAS_SHARED)('--sheet NAME and --header-row N choose the table', async () => {
    const r = await run([
      'convert',
      GRP,
      '--sheet',
      '1998-2007',
      '--header-row',
      '3',
      '--name',
      'Gross regional product',
      '--source-name',
      'Bureau of National Statistics',
      '--periods',
      '2007',
      '--map',
      'Аlmaty=KZ-19',
      '--compact',
    ]);
    expect(r.stderr).toMatch(/skipped 2 row\(s\) above the header: "Gross regional product"/);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.indicators[0].id).toBe('bns-gross-regional-product-1990-2023-en');
    expect(doc.indicators[0].values['KZ-71']).toEqual({ '2007': 1134213.5 });
    expect(doc.indicators[0].values['KZ-19']).toEqual({ '2007': 550708.3 });
  });

  it.skipIf(!HAS_SHARED)('says which sheets there are when --sheet names none', async () => {
    const r = await run(['convert', GRP, '--sheet', '9', '--source-name', 'x', '--name', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /no sheet "9" in the workbook\n {2}hint: sheets: 1 " 1990-1997", 2 "1998-2007", 3 "2008-2023"/,
    );
  });

  it('refuses --sheet for a CSV, and a header row that is not a number', async () => {
    expect((await run(['convert', 'a.csv', '--sheet', '1'])).code).toBe(2);
    const r = await run(['convert', 'a.xlsx', '--header-row', 'two']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--header-row two: expected a row number from 1/);
  });

  it('a PDF renamed .xlsx gets a message that says what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kz-cli-'));
    const file = join(dir, 'table.xlsx');
    writeFileSync(file, '%PDF-1.7\n'); // made here: a PDF header, not a workbook
    const r = await run(['convert', file, '--name', 'x', '--source-name', 'x']);
    rmSync(dir, { recursive: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /not an Excel workbook.*\n {2}hint: .*save or export it as \.xlsx or CSV/,
    );
  });
});
