/** `kz-indicators convert`: one CSV, SDMX or workbook input to a kz-indicators document. */
import { stringifyDocument } from '../convert/stringify.js';
import {
  InputError,
  loadInput,
  parseCommandArgs,
  type CliIo,
  type Loaded,
  type Values,
} from './input.js';
import { INPUT_OPTIONS, UsageError } from './options.js';
import { printProblems, printWarnings, sliceSummary } from './report.js';

export const CONVERT_HELP = `Usage: kz-indicators convert <input> [options]

Converts a CSV (long or wide) or SDMX file to the kz-indicators JSON format. Writes the JSON to
standard output, or to a file with --out. Use - as <input> to read standard input.

  -o, --out FILE            write the JSON to FILE
  --compact                 one-line JSON (default: one line per area)

`;

async function loadOrReport(file: string, values: Values, io: CliIo): Promise<Loaded | undefined> {
  try {
    return await loadInput(file, values, io);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    printProblems(io, file, e.problems);
    return undefined;
  }
}

export async function convertCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...INPUT_OPTIONS,
    out: { type: 'string', short: 'o' },
    compact: { type: 'boolean' },
  });
  if (positionals.length !== 1)
    throw new UsageError('convert takes one input file (see kz-indicators convert --help)');
  const file = positionals[0];
  const loaded = await loadOrReport(file, values, io);
  if (!loaded) return 1;
  if (loaded.kind === 'document') {
    io.stderr(
      `${file}: this is already a kz-indicators document; check it with validate or inspect\n`,
    );
    return 1;
  }
  const { result } = loaded;
  printWarnings(io, file, result.warnings);
  const summary = sliceSummary(result);
  if (summary) io.stderr(`${file}: ${summary}\n`);
  const text = stringifyDocument(result.document, { compact: Boolean(values.compact) });
  if (typeof values.out === 'string') {
    await io.writeFile(values.out, text);
    const ind = result.document.indicators[0];
    const areas = Object.keys(ind.values).length;
    const refs = ind.references?.length ?? 0;
    io.stderr(
      `wrote ${values.out}: indicator ${ind.id}, ${areas} areas, ${refs} reference series\n`,
    );
  } else io.stdout(text);
  return 0;
}
