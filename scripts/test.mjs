// npm test: every check and test runner, then one summary line `N passed, N failed`.
// Checks (lint, types, build, size) count as one test each; vitest and Playwright count their tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const wants = (step) => only.length === 0 || only.includes(step);
const bin = (name) => `node_modules/.bin/${name}`;
const totals = { passed: 0, failed: 0 };
const lines = [];

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function check(name, cmd, args) {
  if (!wants(name)) return;
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`);
  const ok = run(cmd, args) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${name}: ${ok ? 'ok' : 'FAILED'}`);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

mkdirSync('.cache', { recursive: true });
const chromium = await findChromium();
if (!chromium && (wants('vitest') || wants('e2e'))) {
  console.error(
    'kz-indicators: no Chromium found. Install one (e.g. `sudo apt-get install chromium`) or set KZ_CHROMIUM=/path/to/chrome.',
  );
  process.exit(1);
}
const browserEnv = { KZ_CHROMIUM: chromium ?? '', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
Object.assign(process.env, browserEnv);

check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('format', bin('prettier'), ['--check', '--log-level=warn', '.']);
check('types', bin('tsc'), ['-p', 'tsconfig.test.json']);
check('build', 'node', ['scripts/build.mjs']);
check('size', bin('size-limit'), []);

if (wants('vitest')) {
  console.log('\n── vitest (unit in node, components in Chromium)');
  rmSync('.cache/vitest.json', { force: true });
  const status = run(bin('vitest'), [
    'run',
    '--coverage',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.cache/vitest.json',
  ]);
  const report = readJson('.cache/vitest.json');
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    lines.push(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    // A run can fail outside any test (a file that does not load, an unhandled error).
    if (status !== 0 && report.numFailedTests === 0) {
      totals.failed += 1;
      lines.push('vitest: run FAILED outside tests (see above)');
    }
  } else {
    totals.failed += 1;
    lines.push('vitest: no report (run failed)');
  }
}

if (wants('e2e')) {
  console.log('\n── Playwright end-to-end pages');
  rmSync('.cache/playwright.json', { force: true });
  const status = run(bin('playwright'), ['test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: '.cache/playwright.json',
  });
  const report = readJson('.cache/playwright.json');
  if (report?.stats) {
    const passed = report.stats.expected + (report.stats.flaky ?? 0);
    const failed = report.stats.unexpected;
    totals.passed += passed;
    totals.failed += failed;
    lines.push(`e2e: ${passed} passed, ${failed} failed`);
    if (status !== 0 && failed === 0) {
      totals.failed += 1;
      lines.push('e2e: run FAILED outside tests (see above)');
    }
  } else {
    totals.failed += 1;
    lines.push('e2e: no report (run failed)');
  }
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
