#!/usr/bin/env node
/// <reference types="node" />
/**
 * `kz-indicators`: the command-line tool for data editors. `main(argv, io)` runs one command and
 * resolves to the exit code; when this file is run as a program it uses the real console and
 * file system.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INPUT_HELP, UsageError } from './options.js';
import { terminalSafe } from './terminal.js';
import type { CliIo } from './input.js';
import { CONVERT_HELP, convertCommand } from './convert-command.js';
import { VALIDATE_HELP, validateCommand } from './validate-command.js';
import { INSPECT_HELP, inspectCommand } from './inspect-command.js';
import { MERGE_HELP, mergeCommand } from './merge-command.js';

export type { CliIo } from './input.js';
export { coverageOf } from './describe.js';

export const HELP = `Usage: kz-indicators <command> [options]

From a statistics table to a widget:
  kz-indicators convert data.csv --id u5mr --name "Under-five mortality" \\
      --source-name "Bureau of National Statistics" -o u5mr.json
  kz-indicators validate u5mr.json
  kz-indicators inspect u5mr.json

Commands:
  convert <input>       CSV (long or wide) or SDMX -> kz-indicators JSON
  validate <input>...   check documents (or CSV / SDMX inputs); exit code 0 or 1
  inspect <input>       indicators, periods, layouts, references and coverage
  merge <doc>...        several documents -> one

Run kz-indicators <command> --help for the options of a command.
`;

const COMMANDS: Record<
  string,
  { run: (argv: string[], io: CliIo) => Promise<number>; help: string }
> = {
  convert: { run: convertCommand, help: CONVERT_HELP + INPUT_HELP + '\n' },
  validate: { run: validateCommand, help: VALIDATE_HELP + INPUT_HELP + '\n' },
  inspect: { run: inspectCommand, help: INSPECT_HELP + INPUT_HELP + '\n' },
  merge: { run: mergeCommand, help: MERGE_HELP },
};

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves to the exit code.
 * Everything written to standard output and standard error is stripped of control characters.
 */
export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(terminalSafe(text)),
    stderr: (text) => rawIo.stderr(terminalSafe(text)),
  };
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout)(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${version()}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = rest[0] ? COMMANDS[rest[0]] : undefined;
    io.stdout(topic ? topic.help : HELP);
    return 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.stderr(
      `kz-indicators: unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(entry.help);
    return 0;
  }
  try {
    return await entry.run(rest, io);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (
      e instanceof UsageError ||
      (typeof err.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(
        `kz-indicators ${command}: ${err.message}\nRun kz-indicators ${command} --help for the options.\n`,
      );
      return 2;
    }
    io.stderr(`kz-indicators ${command}: ${err.message}\n`);
    return 1;
  }
}

/** The real console and file system. */
export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

function runAsProgram(): boolean {
  try {
    return (
      !!process.argv[1] &&
      realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
}

if (runAsProgram()) {
  main(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        terminalSafe(`kz-indicators: ${(error as Error).stack ?? String(error)}\n`),
      );
      process.exitCode = 1;
    },
  );
}
