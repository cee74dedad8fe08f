// npm start: build once, then serve the Storybook gallery (stories, docs and example pages).
import { execFileSync, spawn } from 'node:child_process';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const port = process.env.PORT ?? '6006';
console.log(
  `\nkz-indicators gallery: http://127.0.0.1:${port}/  (example pages under /examples/)\n`,
);
const child = spawn(
  'node_modules/.bin/storybook',
  ['dev', '-p', port, '--host', process.env.HOST ?? '127.0.0.1', '--ci', '--no-open'],
  { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
);
child.on('exit', (code) => process.exit(code ?? 0));
