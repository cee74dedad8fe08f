// @vitest-environment node
// The spreadsheet reader on the bureau's four published layouts (values checked against the files
// read another way) and on bad inputs, which are generated here (labelled, not real data).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { convertWorkbook, convertSheet } from '../../../src/convert/workbook.js';
import {
  readWorkbook,
  SpreadsheetError,
  sniffWorkbook,
  MAX_SHEET_ROWS,
  type SpreadsheetProblem,
} from '../../../src/convert/spreadsheet.js';
import { columnLetter, findSheetTable, pickSheet } from '../../../src/convert/sheet-table.js';
import { HAS_SHARED, NEEDS_SHARED, sharedPath } from './shared-data.js';
import { cellByHand } from './xlsx-by-hand.js';

const LAYOUTS = 'data/source/layouts/';
const bytesOf = (file: string) => new Uint8Array(readFileSync(sharedPath(LAYOUTS + file)));
const bufferOf = (file: string) => readFileSync(sharedPath(LAYOUTS + file));
const SOURCE = { name: 'Bureau of National Statistics' };
const num = (text: string) => Number(text.replace(/[\s,]/g, ''));
const TURKISTAN = [
  { code: 'KZ-51', periods: '..2016' },
  { code: 'KZ-61', periods: '2017..' },
];

/** A workbook made here from rows (a hand-made fixture), as .xlsx bytes. */
function xlsxOf(sheets: Record<string, XLSX.WorkSheet>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, sheet, name);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function problemOf(bytes: Uint8Array): Promise<SpreadsheetProblem | undefined> {
  try {
    await readWorkbook(bytes);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(SpreadsheetError);
    expect((e as SpreadsheetError).problems[0].hint).toBeTruthy();
    return (e as SpreadsheetError).code;
  }
}

describe(`the bureau's layouts${NEEDS_SHARED}`, () => {
  test.skipIf(!HAS_SHARED)(
    'population by region 2000-2023 (.xlsx): 20 regions in 2023',
    async () => {
      const file = 'bns_population_by_region_2000-2023.xlsx';
      // Footnote 1 (on the other sheets): "Данные за 2000-2016гг. по Южно-Казахстанской области".
      const result = await convertWorkbook(bytesOf(file), {
        name: 'Population',
        source: SOURCE,
        areas: { 'Туркестанская 1': TURKISTAN },
      });
      expect(result.table.sheet).toBe('Все население');
      expect(result.table.layout).toBe('wide');
      expect(result.table.headerRows).toEqual([1, 1]);
      const values = result.document.indicators[0].values;
      const in2023 = Object.keys(values).filter((code) => values[code]['2023'] != null);
      expect(in2023).toHaveLength(20);
      // Abai (row 3) and Almaty city (row 21) in 2023 (column Y), read from the XML by hand.
      const book = bufferOf(file);
      expect(values['KZ-10']['2023']).toBe(num(cellByHand(book, 'Все население', 'Y3')));
      expect(values['KZ-75']['2023']).toBe(num(cellByHand(book, 'Все население', 'Y21')));
      expect(values['KZ-11']['2000']).toBe(num(cellByHand(book, 'Все население', 'B4')));
      const national = result.document.indicators[0].references?.find((r) => r.kind === 'national');
      expect(national?.values?.['2023']).toBe(num(cellByHand(book, 'Все население', 'Y2')));
    },
  );

  test.skipIf(!HAS_SHARED)('a sheet with sections keeps the first and says why', async () => {
    const file = 'bns_population_by_region_2000-2023.xlsx';
    const result = await convertWorkbook(bytesOf(file), {
      sheet: 'Мужчины',
      name: 'Men',
      source: SOURCE,
      areas: { 'Туркестанская 1': TURKISTAN },
    });
    expect(result.table.headerRows).toEqual([6, 6]);
    expect(result.warnings.map((w) => w.code)).toContain('section-left-out');
    const book = bufferOf(file);
    expect(result.document.indicators[0].values['KZ-11']['2023']).toBe(
      num(cellByHand(book, 'Мужчины', 'Y10')),
    );
  });

  test.skipIf(!HAS_SHARED)(
    'doctors by region 2003-2022 (.xls, BIFF8) with the footnotes',
    async () => {
      const file = 'bns_dynamic_table_doctors_by_region_2003-2022.xls';
      const book = await readWorkbook(bytesOf(file));
      expect(book.format).toBe('xls');
      const result = convertSheet(book, {
        name: 'Doctors',
        source: SOURCE,
        // The footnote: "** Данные за 2003-2017 гг. по Южно-Казахстанской области."
        areas: {
          'Туркестанская**': [
            { code: 'KZ-51', periods: '..2017' },
            { code: 'KZ-61', periods: '2018..' },
          ],
        },
      });
      expect(result.table.headerRows).toEqual([5, 5]);
      expect(result.table.titles[0].text).toBe('Численность врачей всех специальностей*');
      const values = result.document.indicators[0].values;
      // The library's raw cells, 0-based (the .xls stores these numbers as text, "   2 053").
      const raw = XLSX.read(bytesOf(file), { dense: true });
      const data = raw.Sheets[raw.SheetNames[0]]['!data']!;
      const rawValue = (r: number, c: number) => num(String(data[r][c].v));
      expect(values['KZ-23']['2022']).toBe(rawValue(10, 20)); // Атырауская, 2022
      expect(values['KZ-11']['2003']).toBe(rawValue(7, 1)); // Акмолинская, 2003
      expect(values['KZ-51']['2003']).toBe(rawValue(20, 1)); // South Kazakhstan, as the footnote says
      expect(values['KZ-61']['2022']).toBe(rawValue(20, 20));
      expect(values['KZ-62']['2022']).toBe(rawValue(21, 20)); // Улытау: an old-style name
      const skipped = result.warnings.filter((w) => w.code === 'lines-skipped').map((w) => w.line);
      expect(skipped).toEqual(expect.arrayContaining([27, 28]));
    },
  );

  test.skipIf(!HAS_SHARED)('gross regional product, in English (.xlsx, three sheets)', async () => {
    const file = 'bns_gross_regional_product_1990-2023_en.xlsx';
    const result = await convertWorkbook(bytesOf(file), {
      sheet: '2008-2023',
      name: 'Gross regional product',
      source: SOURCE,
      periods: '2018..2023',
      // "Аlmaty" (with a Cyrillic А) is read as the region: the table names the city "Almaty city".
    });
    expect(result.sheets).toEqual([' 1990-1997', '1998-2007', '2008-2023']);
    const values = result.document.indicators[0].values;
    const book = bufferOf(file);
    expect(cellByHand(book, '2008-2023', 'BM3')).toBe('20232)');
    expect(values['KZ-19']['2023']).toBe(num(cellByHand(book, '2008-2023', 'BM8')));
    expect(values['KZ-79']['2023']).toBe(num(cellByHand(book, '2008-2023', 'BM25')));
    expect(Object.keys(values)).toHaveLength(20);
    const columns = result.warnings.filter((w) => w.code === 'column-ignored');
    expect(columns.map((w) => w.column)).toContain('1 quarter of 2023');
  });

  test.skipIf(!HAS_SHARED)(
    'the bulletin by sex and settlement: a header of three rows',
    async () => {
      const file = 'bns_bulletin_population_by_sex_and_settlement_2023-01-01.xlsx';
      const result = await convertWorkbook(bytesOf(file), {
        name: 'Population',
        source: SOURCE,
      });
      expect(result.table.sheet).toBe('01');
      expect(result.table.headerRows).toEqual([3, 5]);
      expect(result.table.layout).toBe('long');
      expect(result.table.header[2]).toBe('Барлық халық Все население / ерлер мужчины');
      expect(result.table.header[5]).toBe(
        'Барлық халық Все население / қала халқы городское население / ерлер мужчины',
      );
      expect(result.warnings.map((w) => w.code)).toContain('period-from-title');
      const values = result.document.indicators[0].values;
      const book = bufferOf(file);
      expect(values['KZ-10']['2023']).toBe(num(cellByHand(book, '01', 'B7')));
      // A bare "Алматы" is the region where the table names the city "Алматы қаласы".
      expect(values['KZ-19']['2023']).toBe(num(cellByHand(book, '01', 'B10')));
      expect(values['KZ-75']['2023']).toBe(num(cellByHand(book, '01', 'B25')));
      // Another column, by its header.
      const women = await convertWorkbook(bytesOf(file), {
        name: 'Women',
        source: SOURCE,
        columns: { value: result.table.header[3] },
      });
      expect(women.document.indicators[0].values['KZ-10']['2023']).toBe(
        num(cellByHand(book, '01', 'D7')),
      );
    },
  );

  test.skipIf(!HAS_SHARED)('--sheet by number, and a header row given by hand', async () => {
    const book = await readWorkbook(bytesOf('bns_gross_regional_product_1990-2023_en.xlsx'));
    expect(pickSheet(book, 2).name).toBe('1998-2007');
    expect(() => pickSheet(book, 'Лист9')).toThrow(/no sheet "Лист9".*\n.*1 " 1990-1997"/);
    const table = findSheetTable(pickSheet(book, '1998-2007'), { headerRow: 3 });
    expect(table.header.slice(1, 3)).toEqual(['1998', '1999']);
    expect(() => findSheetTable(pickSheet(book, 1), { headerRow: 900 })).toThrow(/outside/);
  });
});

describe('bad inputs (files made here)', () => {
  test('a PDF or an image renamed .xlsx', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(sniffWorkbook(pdf)).toBeNull();
    expect(await problemOf(pdf)).toBe('not-a-spreadsheet');
    expect(await problemOf(png)).toBe('not-a-spreadsheet');
  });

  test('an encrypted workbook', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    // An "agile" EncryptionInfo header (version 4.4) and some encrypted bytes: what Excel writes.
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64).fill(7));
    const bytes = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]);
    expect(sniffWorkbook(bytes)).toBe('xls');
    expect(await problemOf(bytes)).toBe('encrypted');
  });

  test('an empty sheet', async () => {
    expect(await problemOf(xlsxOf({ Sheet1: XLSX.utils.aoa_to_sheet([]) }))).toBe('empty');
  });

  test('a 50 MB file is refused before it is read', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await problemOf(big)).toBe('too-large');
  });

  test('a sheet of 100,000 rows', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`row ${i}`, i]);
    const bytes = xlsxOf({ Big: XLSX.utils.aoa_to_sheet(rows) });
    expect(MAX_SHEET_ROWS).toBeLessThan(100_000);
    expect(await problemOf(bytes)).toBe('too-many-rows');
  }, 60_000);

  test('a ZIP that is not a workbook', async () => {
    const cfbZip = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfbZip, '/word/document.xml', new TextEncoder().encode('<w:document/>'));
    const bytes = new Uint8Array(
      XLSX.CFB.write(cfbZip, { type: 'array', fileType: 'zip' }) as number[],
    );
    expect(await problemOf(bytes)).toBe('unreadable');
  });

  test('formulas and =HYPERLINK are read as their saved values and never run', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Region', '2023'],
      ['Абай', 1],
      ['Акмолинская', 2],
    ]);
    sheet.B2 = { t: 'n', v: 5, f: 'SUM(1,4)' };
    sheet.A3 = { t: 's', v: 'Акмолинская', f: 'HYPERLINK("https://example.org/x","Акмолинская")' };
    sheet.B3 = { t: 'n', v: 7, f: 'WEBSERVICE("https://example.org/")' };
    const result = await convertWorkbook(xlsxOf({ Data: sheet }), { name: 'x', source: SOURCE });
    expect(result.document.indicators[0].values).toEqual({
      'KZ-10': { '2023': 5 },
      'KZ-11': { '2023': 7 },
    });
    const note = result.warnings.find((w) => w.code === 'formulas-read-as-values');
    expect(note?.message).toMatch(/^3 cell\(s\).*nothing was computed/);
  });

  test('hostile names: markup, very long text, control characters', async () => {
    const long = 'Ж'.repeat(30_000); // Excel keeps at most 32,767 characters in a cell
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Region', '2022', '2023'],
      ['Абай', 1, 2],
      ['<script>alert(1)</script>', 3, 4],
      [long, 5, 6],
      ['Акмо\u0000лин\u001b[31mская\u202e', 7, 8],
    ]);
    const book = await readWorkbook(xlsxOf({ '<b>Sheet': sheet }));
    const grid = book.sheets[0];
    expect(grid.cells[3][0].length).toBeLessThanOrEqual(501);
    expect(grid.cells[4][0]).toBe('Акмолин[31mская');
    let message = '';
    try {
      convertSheet(book, { name: 'x', source: SOURCE });
    } catch (e) {
      message = String(e);
    }
    expect(message).toContain('unknown area "<script>alert(1)</script>"');
    expect(message.length).toBeLessThan(5000);
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u0008\u001b\u202e]/);
  });
});

test('columnLetter(index) names columns as spreadsheets do', () => {
  expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
    'A',
    'Z',
    'AA',
    'AB',
    'AZ',
    'BA',
    'ZZ',
    'AAA',
  ]);
});
