// A deliberately small .xlsx cell reader, independent of the workbook library under test, for
// spot checks of converted values: it opens the ZIP with node:zlib, maps the sheet name to its
// XML part through the workbook's relationships, and reads one cell's stored value.
import { inflateRawSync } from 'node:zlib';

function zipEntries(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  // End of central directory: signature 0x06054b50 within the last 64 KB.
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The stored value of cell `ref` (e.g. `Y3`) of the sheet named `sheet`, as text. */
export function cellByHand(file: Buffer, sheet: string, ref: string): string {
  const parts = zipEntries(file);
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const book = text('xl/workbook.xml');
  const sheetTag = [...book.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => unescapeXml(/name="([^"]*)"/.exec(tag)?.[1] ?? '') === sheet);
  if (!sheetTag) throw new Error(`no sheet ${sheet}`);
  const rid = /r:id="([^"]*)"/.exec(sheetTag)![1];
  const rels = text('xl/_rels/workbook.xml.rels');
  const relTag = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`Id="${rid}"`))!;
  const target = /Target="([^"]*)"/.exec(relTag)![1].replace(/^\/?(xl\/)?/, '');
  const xml = text(`xl/${target}`);
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
  if (!cell) return '';
  const value = /<v>([^<]*)<\/v>/.exec(cell[2] ?? '')?.[1] ?? '';
  if (/t="s"/.test(cell[1])) {
    const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)];
    const si = strings[Number(value)][1];
    return unescapeXml([...si.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join(''));
  }
  return unescapeXml(value);
}
