// Make sure Debian's Chromium is present for the browser tests (Playwright cannot download its
// own browser on these machines). Installs it with apt when running as root; otherwise explains.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) {
  console.log(`✓ Chromium found at ${path}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Chromium is missing at ${path}. Install it with: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('Installing Chromium from Debian packages (apt-get install chromium)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
console.log(`✓ Chromium installed at ${path}`);
