// Makes a fresh clone runnable: installs npm packages when missing or stale, and rebuilds the server and the
// web client when a source file is newer than the last build. Plain Node, no dependency: it runs first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`La commande « ${command} ${args.join(' ')} » a échoué.\n`);
    process.exit(result.status ?? 1);
  }
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((latest, name) => Math.max(latest, newest(path.join(entry, name))), stat.mtimeMs);
}

export function ensureInstalled() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(installed) < Math.max(mtime(path.join(root, 'package-lock.json')), mtime(path.join(root, 'package.json')))) {
    process.stdout.write('Installation des dépendances (npm install)…\n');
    // `npm install` rather than `npm ci`: the lock file lists only this platform's optional packages.
    run(npm, ['install', '--no-audit', '--no-fund']);
  }
}

export function ensureBuilt() {
  const stamp = path.join(root, 'dist', '.build-stamp');
  const inputs = ['src', 'package-lock.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'tsconfig.web.json'];
  const sourcesChangedAt = Math.max(...inputs.map((input) => newest(path.join(root, input))));
  if (mtime(stamp) >= sourcesChangedAt) return;
  process.stdout.write('Construction de Palier (serveur et application web)…\n');
  run(npm, ['run', 'build']);
  writeFileSync(stamp, new Date().toISOString());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureInstalled();
  ensureBuilt();
}
