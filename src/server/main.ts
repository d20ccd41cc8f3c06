import path from 'node:path';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { connectDatabase } from './db/client.ts';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './db/embedded.ts';
import { applyMigrations } from './db/migrate.ts';
import { demoAccounts, demoPassword, hasDemoData, loadDemoData } from './demo/demo-data.ts';
import { type Jobs, startJobs } from './platform/jobs.ts';
import { Outbox } from './platform/messaging/outbox.ts';
import { storageFromConfig } from './platform/storage/storage-from-config.ts';

/**
 * Boot order: configuration, database (embedded unless DATABASE_URL), migrations, demo data on first run,
 * then the HTTP server. Shutdown runs the other way round: stop accepting, finish requests in flight, close
 * the pool, stop the embedded server cleanly.
 */
async function main(): Promise<void> {
  const config = loadOrExplain();
  const say = (line: string) => process.stdout.write(`${line}\n`);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({
      directory: path.join(config.dataDir, 'postgres'),
      port: config.embeddedDatabasePort,
      log: say,
    });
    databaseUrl = embedded.url;
  }
  const database = connectDatabase(databaseUrl);
  // Messages queued by a request are handed to the delivery job once jobs run (right after the app is built).
  let jobs: Jobs | undefined;
  const outbox = new Outbox({ demoMode: config.demoMode, afterQueued: () => jobs?.notifyQueued() });
  const storage = storageFromConfig(config);
  const app = await (async () => {
    try {
      await applyMigrations(database.pool);
      if (config.demoMode && !(await hasDemoData(database.db))) {
        say('Chargement des données de démonstration ImmoCity…');
        // The demo's PDFs go where the app will read them: the same storage is handed to both.
        await loadDemoData(database.db, storage);
      }
      const built = await buildApp({ config, db: database.db, outbox, storage });
      jobs = await startJobs({ databaseUrl, config, db: database.db, log: built.log });
      // Anything left pending by a previous run goes now rather than at the next minute.
      jobs.notifyQueued();
      return built;
    } catch (error) {
      await jobs?.stop().catch(() => undefined);
      await database.close().catch(() => undefined);
      await embedded?.stop().catch(() => undefined);
      throw error;
    }
  })();

  closeWithGrace({ delay: 15_000, logger: { error: (message) => app.log.error(message) } }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'arrêt sur erreur');
    else app.log.info({ signal }, 'arrêt demandé');
    await app.close();
    // pg-boss holds connections of its own: it stops before the database does.
    await jobs?.stop();
    await database.close();
    await embedded?.stop();
  });

  await app.listen({ port: config.port, host: config.host });
  say('');
  if (config.demoMode) {
    say(`Comptes de démonstration (mot de passe : ${demoPassword}) :`);
    for (const account of demoAccounts) say(`  ${account.identifier.padEnd(26)} ${account.description}`);
    say(`Mode démo : les emails et SMS sont conservés dans ${config.publicUrl}/boite-de-reception-demo`);
  }
  say(`Documentation de l'API : ${config.publicUrl}/api/docs`);
  // Last, so that whoever waits for this line has the whole banner.
  say(`Palier est prêt : ${config.publicUrl}`);
}

function loadOrExplain() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Palier n'a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
