// Finds a Chromium for the browser tests: $KZ_CHROMIUM, Playwright's own download, the system's
// chromium, or (Debian/Ubuntu as root) installs Debian's `chromium` package. Prints the path when run.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function isDebianRoot() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && which('apt-get');
}

export async function findChromium({ install = true } = {}) {
  const fromEnv = process.env.KZ_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const own = await playwrightChromium();
  if (own) return own;
  for (const name of SYSTEM_NAMES) {
    const path = which(name);
    if (path) return path;
  }
  if (install && isDebianRoot()) {
    console.error('kz-indicators: no Chromium found; installing Debian\'s "chromium" package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const path = which('chromium');
    if (path) return path;
  }
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await findChromium();
  if (!path) {
    console.error(
      'kz-indicators: no Chromium found. Install one (e.g. `sudo apt-get install chromium`) or set KZ_CHROMIUM=/path/to/chrome.',
    );
    process.exit(1);
  }
  console.log(path);
}
