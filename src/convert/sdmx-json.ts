/**
 * SDMX-JSON data messages (1.0, 2.0 and the legacy OECD.Stat messages that predate 1.0) read into
 * a flat table of observations: which kind of message it is, its languages, then each data set
 * against the structure it refers to.
 */
import { ConvertError, ProblemList } from './errors.js';
import { DataSetReader, measuresOf } from './sdmx-dataset.js';
import { levelsOf, localized, type Levels } from './sdmx-structure.js';
import {
  isObject,
  type Json,
  type SdmxComponent,
  type SdmxFormat,
  type SdmxTable,
} from './sdmx-table.js';

/** Where the parts of a message are, by kind of message. */
interface MessageParts {
  format: SdmxFormat;
  structures: unknown[];
  dataSets: unknown;
  /** JSON path prefix of the parts ('data', or '' for legacy messages). */
  base: string;
}

function messageParts(message: Json): MessageParts {
  const data = isObject(message.data) ? message.data : undefined;
  if (data && Array.isArray(data.structures)) {
    return {
      format: 'sdmx-json-2.0',
      structures: data.structures,
      dataSets: data.dataSets,
      base: 'data',
    };
  }
  if (data && isObject(data.structure)) {
    return {
      format: 'sdmx-json-1.0',
      structures: [data.structure],
      dataSets: data.dataSets,
      base: 'data',
    };
  }
  if (isObject(message.structure) && Array.isArray(message.dataSets)) {
    return {
      format: 'sdmx-json-legacy',
      structures: [message.structure],
      dataSets: message.dataSets,
      base: '',
    };
  }
  throw notData(message, data);
}

/** The error for a message that is not an SDMX-JSON data message, saying what it is instead. */
function notData(message: Json, data: Json | undefined): ConvertError {
  const errors = Array.isArray(message.errors) ? message.errors : [];
  const detail = errors
    .map((e) => (isObject(e) ? (e.detail ?? e.title ?? e.message ?? e.code) : e))
    .filter((e) => e !== undefined)
    .join('; ');
  return new ConvertError([
    {
      path: data ? 'data' : '$',
      message: detail
        ? `the SDMX service answered with an error, not data: ${detail}`
        : data && data.dataSets !== undefined
          ? 'the message has data sets but no structure (data.structure or data.structures), so its keys cannot be decoded'
          : 'not an SDMX-JSON data message: expected data.structure (SDMX-JSON 1.0) or data.structures (2.0)',
      hint: 'request the data with format=sdmx-json (or an Accept header application/vnd.sdmx.data+json)',
    },
  ]);
}

function languagesOf(message: Json): string[] {
  const meta = isObject(message.meta)
    ? message.meta
    : isObject(message.header)
      ? message.header
      : {};
  const langList = meta.contentLanguages ?? meta['content-languages'];
  return Array.isArray(langList)
    ? langList.filter((l): l is string => typeof l === 'string')
    : ['en'];
}

/** Adds the components not yet in `into` (by id), in order. */
function addNew(levels: Levels, into: SdmxComponent[], seen: Set<string>): void {
  for (const c of [...levels.dataSet, ...levels.series, ...levels.observation]) {
    if (!seen.has(c.id)) {
      seen.add(c.id);
      into.push(c);
    }
  }
}

/** Reads an SDMX-JSON data message (1.0, 2.0 or legacy OECD.Stat) into a table of observations. */
export function readSdmxJson(message: unknown): SdmxTable {
  const problems = new ProblemList();
  if (!isObject(message)) {
    throw new ConvertError([{ path: '$', message: 'an SDMX-JSON message must be a JSON object' }]);
  }
  if (Array.isArray(message.indicators)) {
    throw new ConvertError([
      {
        path: '$',
        message: 'this is a kz-indicators document, not an SDMX message',
        hint: 'validate or inspect it instead of converting it',
      },
    ]);
  }
  const { format, structures, dataSets, base } = messageParts(message);
  const p = (rest: string) => (base ? `${base}.${rest}` : rest);
  const languages = languagesOf(message);
  if (!Array.isArray(dataSets)) {
    throw new ConvertError([{ path: p('dataSets'), message: 'the message has no data sets' }]);
  }

  const table: SdmxTable = { format, languages, dimensions: [], attributes: [], observations: [] };
  const dimIds = new Set<string>();
  const attrIds = new Set<string>();
  dataSets.forEach((ds: unknown, d) => {
    const dsPath = p(`dataSets[${d}]`);
    if (!isObject(ds)) {
      problems.add({ path: dsPath, message: 'a data set must be an object' });
      return;
    }
    const sIndex = typeof ds.structure === 'number' ? ds.structure : 0;
    const s = structures[sIndex];
    const sPath = format === 'sdmx-json-2.0' ? p(`structures[${sIndex}]`) : p('structure');
    if (!isObject(s)) {
      problems.add({ path: `${dsPath}.structure`, message: `structure ${sIndex} does not exist` });
      return;
    }
    table.name ??= Object.keys(localized(s, languages)).length
      ? localized(s, languages)
      : undefined;
    const dimensions = levelsOf(s, 'dimensions', sPath, languages, problems);
    const attributes = levelsOf(s, 'attributes', sPath, languages, problems);
    addNew(dimensions, table.dimensions, dimIds);
    addNew(attributes, table.attributes, attrIds);
    const structure = { dimensions, attributes, ...measuresOf(s) };
    new DataSetReader(table, structure, problems).read(ds, dsPath);
  });
  problems.throwIfAny();
  return table;
}
