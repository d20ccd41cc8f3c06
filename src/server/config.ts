import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readSocialProviderSettings, type SocialProviderSettings } from './platform/auth/social-provider-settings.ts';
import { assertStorageKey } from './platform/storage/file-storage.ts';
import type { S3StorageSettings } from './platform/storage/s3-storage.ts';

/**
 * Palier is configured by environment variables only. Every value is parsed and checked here, once, at
 * boot; a wrong value stops the process with a message naming the variable and what was expected.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'attendu : true ou false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const urlWithProtocols = (protocols: string[]) =>
  z
    .url({ error: `attendu : une URL (${protocols.join(', ')})` })
    .refine((value) => protocols.some((protocol) => value.startsWith(`${protocol}://`)), {
      error: `le protocole doit être l'un de : ${protocols.join(', ')}`,
    });

const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'attendu : development, production ou test' })
    .default('development'),
  PORT: z.coerce.number({ error: 'attendu : un numéro de port' }).int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: urlWithProtocols(['http', 'https']).optional(),
  DATABASE_URL: urlWithProtocols(['postgres', 'postgresql']).optional(),
  DATA_DIR: z.string().min(1).default('data'),
  EMBEDDED_DATABASE_PORT: z.coerce.number({ error: 'attendu : un numéro de port' }).int().min(1024).max(65535).default(54329),
  SMTP_URL: urlWithProtocols(['smtp', 'smtps']).optional(),
  MAIL_FROM: z.string().min(3).default('Palier <ne-pas-repondre@palier.localhost>'),
  SMS_GATEWAY_URL: urlWithProtocols(['http', 'https']).optional(),
  SESSION_SECRET: z.string().min(32, { error: 'au moins 32 caractères' }).optional(),
  PASSWORD_LINK_TTL_MINUTES: z.coerce
    .number({ error: 'attendu : un nombre de minutes' })
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(60),
  // SEPA rulebook: 14 calendar days unless the creditor agreed a shorter delay with its debtors.
  DIRECT_DEBIT_NOTICE_DAYS: z.coerce.number({ error: 'attendu : un nombre de jours' }).int().min(2).max(30).default(14),
  DEMO_MODE: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STORAGE_DRIVER: z.enum(['local', 's3'], { error: 'attendu : local ou s3' }).default('local'),
  S3_ENDPOINT: urlWithProtocols(['http', 'https']).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv.optional(),
  S3_PREFIX: z.string().min(1).optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  nodeEnv: Environment['NODE_ENV'];
  port: number;
  host: string;
  publicUrl: string;
  /** Absent: Palier starts its own embedded PostgreSQL server under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedDatabasePort: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  smsGatewayUrl: string | undefined;
  sessionSecret: string;
  /** Lifetime of the emailed links to create or reset a password. */
  passwordLinkTtlMinutes: number;
  /** How many days before a direct debit its debtor is told of it (pre-notification). */
  directDebitNoticeDays: number;
  /** Demo mode keeps every email and SMS in the outbox page instead of sending it. Never in production. */
  demoMode: boolean;
  logLevel: Environment['LOG_LEVEL'];
  /** Cookies get the Secure flag when the portal is served over HTTPS. */
  secureCookies: boolean;
  /** External identity providers enabled by their OIDC_<PROVIDER>_… variables (none by default). */
  socialProviders: SocialProviderSettings[];
  /** Where uploaded files live: the folder `dataDir/files`, or an S3-compatible bucket. */
  storage: StorageConfig;
}

export type StorageConfig = { driver: 'local' } | ({ driver: 's3' } & S3StorageSettings);

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const definedOnly = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(definedOnly);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} : ${issue.message}`));
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  const demoMode = values.DEMO_MODE ?? values.DATABASE_URL === undefined;
  const problems: string[] = [];
  if (production && demoMode) problems.push('DEMO_MODE : le mode démo est interdit en production (NODE_ENV=production)');
  if (production && !values.SESSION_SECRET) problems.push('SESSION_SECRET : obligatoire en production (au moins 32 caractères)');
  if (production && !values.PUBLIC_URL) problems.push('PUBLIC_URL : obligatoire en production');
  const socialProviders = readSocialProviderSettings(definedOnly, problems);
  const storage = readStorageConfig(values, problems);
  if (problems.length > 0 || !storage) throw new ConfigError(problems);

  const dataDir = path.resolve(values.DATA_DIR);
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, '');
  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    publicUrl,
    databaseUrl: values.DATABASE_URL,
    dataDir,
    embeddedDatabasePort: values.EMBEDDED_DATABASE_PORT,
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    smsGatewayUrl: values.SMS_GATEWAY_URL,
    sessionSecret: values.SESSION_SECRET ?? localSessionSecret(dataDir),
    passwordLinkTtlMinutes: values.PASSWORD_LINK_TTL_MINUTES,
    directDebitNoticeDays: values.DIRECT_DEBIT_NOTICE_DAYS,
    demoMode,
    logLevel: values.LOG_LEVEL,
    secureCookies: publicUrl.startsWith('https://'),
    socialProviders,
    storage,
  };
}

const S3_VARIABLES = [
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PREFIX',
] as const satisfies (keyof Environment)[];

/** The bucket and both keys are required together; S3 variables without the s3 driver are a mistake, not ignored. */
function readStorageConfig(values: Environment, problems: string[]): StorageConfig | undefined {
  if (values.STORAGE_DRIVER === 'local') {
    // Otherwise identity proofs would silently land on the local disk of a server meant to keep none.
    for (const name of S3_VARIABLES) {
      if (values[name] !== undefined) problems.push(`${name} : inutile sans STORAGE_DRIVER=s3`);
    }
    return { driver: 'local' };
  }
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = values;
  if (!bucket) problems.push('S3_BUCKET : obligatoire avec STORAGE_DRIVER=s3');
  if (!accessKeyId) problems.push('S3_ACCESS_KEY_ID : obligatoire avec STORAGE_DRIVER=s3');
  if (!secretAccessKey) problems.push('S3_SECRET_ACCESS_KEY : obligatoire avec STORAGE_DRIVER=s3');
  // `/palier/` and `palier` mean the same folder of the bucket.
  const prefix = values.S3_PREFIX?.replace(/^\/+|\/+$/g, '') || undefined;
  if (prefix !== undefined && !isStorageKey(prefix)) {
    problems.push('S3_PREFIX : attendu : des mots en minuscules, chiffres et tirets, séparés par des /');
  }
  if (!bucket || !accessKeyId || !secretAccessKey) return undefined;
  return {
    driver: 's3',
    endpoint: values.S3_ENDPOINT,
    // Paris, for data about people in France when the bucket is on AWS.
    region: values.S3_REGION ?? 'eu-west-3',
    bucket,
    accessKeyId,
    secretAccessKey,
    // AWS serves buckets by host name; the other S3-compatible stores commonly want them in the path.
    forcePathStyle: values.S3_FORCE_PATH_STYLE ?? values.S3_ENDPOINT !== undefined,
    prefix,
  };
}

function isStorageKey(value: string): boolean {
  try {
    assertStorageKey(value);
    return true;
  } catch {
    return false;
  }
}

/** Outside production a secret is generated once and kept in the data folder, so sessions survive a restart. */
function localSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
