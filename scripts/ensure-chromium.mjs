// Browser tests drive Debian's Chromium through playwright-core (no browser download). Install it when
// missing and possible (root with apt-get); otherwise say how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    process.stderr.write(
      `Chromium est introuvable (${chromium}) : installez-le (sudo apt-get install chromium) ou indiquez CHROMIUM_PATH.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Installation de Chromium (apt-get install chromium) pour les tests dans le navigateur…\n');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
