/** `kz-indicators merge`: the indicators of several valid documents in one document. */
import type { DocumentInput } from '../data/types.js';
import { validateIndicators } from '../data/parse.js';
import { mergeDocuments, type AnyDocumentInput } from '../convert/merge.js';
import { stringifyDocument } from '../convert/stringify.js';
import { ConvertError } from '../convert/errors.js';
import { InputError, parseCommandArgs, parseJson, readInput, type CliIo } from './input.js';
import { UsageError } from './options.js';
import { fromParse, printProblems } from './report.js';

export const MERGE_HELP = `Usage: kz-indicators merge <document.json>... [-o FILE]

Puts the indicators of several kz-indicators documents into one document (indicator ids must be
unique). Every input is validated first.

  -o, --out FILE            write the JSON to FILE (default: standard output)
  --compact                 one-line JSON

`;

/** The valid documents among `files`, or undefined (problems printed) when any is not. */
async function readDocuments(files: string[], io: CliIo): Promise<AnyDocumentInput[] | undefined> {
  const docs: AnyDocumentInput[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const json = parseJson((await readInput(file, io)).replace(/^\ufeff/, ''));
      const v = validateIndicators(json);
      if (!v.dataset) {
        printProblems(io, file, v.problems.map(fromParse));
        failed = true;
      } else docs.push(json as AnyDocumentInput);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      printProblems(io, file, e.problems);
      failed = true;
    }
  }
  return failed ? undefined : docs;
}

export async function mergeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string', short: 'o' },
    compact: { type: 'boolean' },
  });
  if (positionals.length < 2)
    throw new UsageError('merge needs two or more documents (see kz-indicators merge --help)');
  const docs = await readDocuments(positionals, io);
  if (!docs) return 1;
  let merged: DocumentInput;
  try {
    merged = mergeDocuments(docs);
  } catch (e) {
    if (!(e instanceof ConvertError)) throw e;
    printProblems(io, '', e.problems);
    return 1;
  }
  const text = stringifyDocument(merged, { compact: Boolean(values.compact) });
  if (typeof values.out === 'string') await io.writeFile(values.out, text);
  else io.stdout(text);
  return 0;
}
