// Where the shared real data lives: KZ_SHARED, or ../shared beside the repository (as in CI).
// Tests that need it are skipped, with the reason in their name, when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const SHARED = resolve(process.env.KZ_SHARED ?? join(REPO, '../shared'));
export const HAS_SHARED = existsSync(join(SHARED, 'data/source'));
export const NEEDS_SHARED = HAS_SHARED
  ? ''
  : ` (skipped: no shared data at ${SHARED}; set KZ_SHARED)`;

export const sharedPath = (path: string) => join(SHARED, path);
export const readShared = (path: string) => readFileSync(sharedPath(path), 'utf8');

/**
 * A deliberately simple CSV reader, independent of the one under test, for spot checks: splits
 * lines, honours double quotes, drops a BOM. Good enough for the shared files.
 */
export function simpleCsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const split = (line: string) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return cells;
  };
  const [header, ...rows] = lines.map(split);
  return { header, rows };
}
