import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'palier-config-'));
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('starts in demo mode on the embedded database with nothing set', () => {
    const directory = dataDir();
    const config = loadConfig({ DATA_DIR: directory });
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      demoMode: true,
      secureCookies: false,
    });
    // The generated secret is kept, so sessions survive a restart.
    expect(config.sessionSecret).toBe(readFileSync(path.join(directory, 'session-secret'), 'utf8'));
    expect(loadConfig({ DATA_DIR: directory }).sessionSecret).toBe(config.sessionSecret);
  });

  it('leaves demo mode when a database is given, and uses secure cookies behind HTTPS', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      DATABASE_URL: 'postgres://palier:x@db:5432/palier',
      PUBLIC_URL: 'https://espace.example.fr/',
    });
    expect(config).toMatchObject({ demoMode: false, publicUrl: 'https://espace.example.fr', secureCookies: true });
  });

  it('names every wrong variable and what it expects', () => {
    const problems = problemsOf({
      PORT: 'trois-mille',
      DATABASE_URL: 'mysql://x',
      SMTP_URL: 'pas une url',
      DEMO_MODE: 'peut-être',
      SESSION_SECRET: 'court',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT : /),
        expect.stringMatching(/^DATABASE_URL : .*postgres/),
        expect.stringMatching(/^SMTP_URL : /),
        expect.stringMatching(/^DEMO_MODE : attendu : true ou false/),
        expect.stringMatching(/^SESSION_SECRET : au moins 32 caractères/),
      ]),
    );
  });

  it('gives debtors 14 days of notice before a direct debit unless a shorter agreed delay is set', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).directDebitNoticeDays).toBe(14);
    expect(loadConfig({ DATA_DIR: dataDir(), DIRECT_DEBIT_NOTICE_DAYS: '5' }).directDebitNoticeDays).toBe(5);
    expect(problemsOf({ DATA_DIR: dataDir(), DIRECT_DEBIT_NOTICE_DAYS: '1' }).join('\n')).toContain('DIRECT_DEBIT_NOTICE_DAYS');
  });

  it('keeps uploaded files in the data folder unless STORAGE_DRIVER says otherwise', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).storage).toEqual({ driver: 'local' });
  });

  it('reads the S3 storage settings, path-style by default behind a custom endpoint', () => {
    const s3 = {
      DATA_DIR: dataDir(),
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'palier-fichiers',
      S3_ACCESS_KEY_ID: 'cle',
      S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig({ ...s3, S3_ENDPOINT: 'https://s3.fr-par.scw.cloud', S3_PREFIX: '/recette/' }).storage).toEqual({
      driver: 's3',
      endpoint: 'https://s3.fr-par.scw.cloud',
      region: 'eu-west-3',
      bucket: 'palier-fichiers',
      accessKeyId: 'cle',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      prefix: 'recette',
    });
    // On AWS itself, buckets are addressed by host name.
    expect(loadConfig({ ...s3, S3_REGION: 'eu-west-1' }).storage).toMatchObject({
      endpoint: undefined,
      region: 'eu-west-1',
      forcePathStyle: false,
      prefix: undefined,
    });
    expect(loadConfig({ ...s3, S3_ENDPOINT: 'https://minio.example.fr', S3_FORCE_PATH_STYLE: 'false' }).storage).toMatchObject({
      forcePathStyle: false,
    });
  });

  it('names each missing S3 setting, and S3 settings given without the s3 driver', () => {
    expect(problemsOf({ DATA_DIR: dataDir(), STORAGE_DRIVER: 's3', S3_ACCESS_KEY_ID: 'cle' })).toEqual([
      'S3_BUCKET : obligatoire avec STORAGE_DRIVER=s3',
      'S3_SECRET_ACCESS_KEY : obligatoire avec STORAGE_DRIVER=s3',
    ]);
    expect(problemsOf({ DATA_DIR: dataDir(), S3_BUCKET: 'palier-fichiers' })).toEqual([
      'S3_BUCKET : inutile sans STORAGE_DRIVER=s3',
    ]);
    expect(
      problemsOf({ DATA_DIR: dataDir(), STORAGE_DRIVER: 'disque', S3_ENDPOINT: 'ftp://x', S3_FORCE_PATH_STYLE: 'oui' }),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^STORAGE_DRIVER : attendu : local ou s3/),
        expect.stringMatching(/^S3_ENDPOINT : /),
        expect.stringMatching(/^S3_FORCE_PATH_STYLE : attendu : true ou false/),
      ]),
    );
    expect(
      problemsOf({
        DATA_DIR: dataDir(),
        STORAGE_DRIVER: 's3',
        S3_BUCKET: 'b',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
        S3_PREFIX: 'Palier/../x',
      }),
    ).toEqual([expect.stringMatching(/^S3_PREFIX : /)]);
  });

  it('refuses demo mode, a missing secret or a missing public URL in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATA_DIR: dataDir(), DEMO_MODE: 'true' });
    expect(problems).toEqual([
      expect.stringMatching(/^DEMO_MODE : le mode démo est interdit en production/),
      expect.stringMatching(/^SESSION_SECRET : obligatoire en production/),
      expect.stringMatching(/^PUBLIC_URL : obligatoire en production/),
    ]);
  });
});
