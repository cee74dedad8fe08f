// The build of another revision for `--compare <rev>`: its files exported with `git archive` into
// a folder of the system's temporary directory (kept, one per commit, so a second run does not
// build again), this checkout's node_modules linked in, and `npm run build` run there. Linking is
// only faithful when both revisions have the same package-lock.json; otherwise the run says so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './options.mjs';

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

/** The same lock file at `commit` as in this checkout (then the linked node_modules fit). */
function sameLock(commit) {
  try {
    return (
      git('show', `${commit}:package-lock.json`) ===
      readFileSync(join(ROOT, 'package-lock.json'), 'utf8')
    );
  } catch {
    return false;
  }
}

/** Builds `rev` once; resolves to { commit, dir, dist, sameLock }. */
export function baseBuild(rev) {
  const commit = git('rev-parse', '--short=10', `${rev}^{commit}`).trim();
  const dir = join(tmpdir(), 'kz-indicators-bench', commit);
  const dist = join(dir, 'dist');
  const stamp = join(dir, '.built');
  const lock = sameLock(commit);
  if (!lock) {
    console.warn(
      `bench: package-lock.json differs at ${commit}; its build uses this checkout's node_modules`,
    );
  }
  if (!existsSync(stamp)) {
    console.log(`bench: building ${rev} (${commit}) in ${dir}…`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', '--format=tar', commit], {
      cwd: ROOT,
      maxBuffer: 1 << 30,
    });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
    writeFileSync(stamp, `${commit}\n`);
  }
  return { commit, dir, dist, sameLock: lock };
}
