import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { loadConfig } from '../../config.ts';
import { outboxMessages } from '../../db/schema/index.ts';
import { type Jobs, startJobs } from '../jobs.ts';
import { type DeliveryDependencies, type DeliveryLog, deliverPendingMessages } from './delivery.ts';
import { renderEmail } from './email-layout.ts';
import { smtpTransport } from './email-transport.ts';
import { findOutboxMessage } from './outbox.repository.ts';
import { Outbox } from './outbox.ts';
import { httpSmsGateway } from './sms-gateway.ts';

// The SMTP and SMS servers started here stand in for the agency's real providers, which lie outside this
// machine: real servers on 127.0.0.1 speaking the real protocols, so nodemailer, fetch, PostgreSQL and the
// delivery code all run for real.

const FROM = 'ImmoCity Coulon <ne-pas-repondre@immocity.example>';
const outbox = new Outbox({ demoMode: false });

describe('delivering the outbox', () => {
  let database: TestDatabase;
  let smtp: FakeSmtp;
  let sms: FakeSmsGateway;
  let log: RecordingLog;
  let deps: DeliveryDependencies;

  beforeAll(async () => {
    [database, smtp, sms] = await Promise.all([createTestDatabase(), startSmtpServer(), startSmsGateway()]);
  });
  afterAll(async () => Promise.all([database?.close(), smtp?.close(), sms?.close()]));
  beforeEach(async () => {
    await database.db.delete(outboxMessages);
    smtp.received.length = 0;
    smtp.replies.clear();
    sms.received.length = 0;
    sms.status = 200;
    log = recordingLog();
    deps = { db: database.db, email: smtpTransport(smtp.url), sms: httpSmsGateway(sms.url), from: FROM, log };
  });

  it('sends a queued email over SMTP and marks it sent, without logging its body', async () => {
    const link = 'https://portail.example/premiere-connexion?jeton=secret-a-usage-unique';
    const body = renderEmail({
      agencyName: 'ImmoCity Coulon',
      title: 'Créez votre mot de passe',
      paragraphs: ['Bonjour Élodie, votre espace client est prêt.'],
      action: { label: 'Créer mon mot de passe', url: link },
    });
    const id = await database.db.transaction((tx) =>
      outbox.queueEmail(tx, { to: 'elodie.martin@example.fr', subject: 'Première connexion à votre espace client', ...body }),
    );

    expect(await deliverPendingMessages(deps)).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(['elodie.martin@example.fr']);
    const parsed = parseMail(mail?.raw ?? '');
    expect(parsed.headers.get('subject')).toBe('Première connexion à votre espace client');
    expect(parsed.headers.get('from')).toContain('ne-pas-repondre@immocity.example');
    expect(parsed.text).toContain('Bonjour Élodie, votre espace client est prêt.');
    expect(parsed.text).toContain(link);
    expect(parsed.html).toContain('lang="fr"');

    expect(await findOutboxMessage(database.db, id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect((await findOutboxMessage(database.db, id))?.sentAt).toBeInstanceOf(Date);
    expect(JSON.stringify(log.lines)).toContain(id);
    expect(JSON.stringify(log.lines)).not.toContain('secret-a-usage-unique');
  });

  it('gives up at once on a recipient the server refuses for good (550)', async () => {
    smtp.replies.set('inconnu@example.fr', 550);
    const id = await outbox.queueEmail(database.db, { to: 'inconnu@example.fr', subject: 'Avis', text: 'Bonjour' });

    expect(await deliverPendingMessages(deps)).toEqual({ sent: 0, failed: 1, retried: 0 });

    const row = await findOutboxMessage(database.db, id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, sentAt: null });
    expect(row?.lastError).toContain('550');
    expect(smtp.received).toHaveLength(0);
  });

  it('keeps a temporarily refused email (451) pending and retries it once due', async () => {
    smtp.replies.set('occupe@example.fr', 451);
    const id = await outbox.queueEmail(database.db, { to: 'occupe@example.fr', subject: 'Avis', text: 'Bonjour' });

    expect(await deliverPendingMessages(deps)).toEqual({ sent: 0, failed: 0, retried: 1 });
    const row = await findOutboxMessage(database.db, id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.lastError).toContain('451');

    // Not due yet: the first retry waits a minute after creation.
    expect(await deliverPendingMessages(deps)).toEqual({ sent: 0, failed: 0, retried: 0 });

    smtp.replies.clear();
    expect(await deliverPendingMessages(deps, { retryDelaySeconds: 0 })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await findOutboxMessage(database.db, id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('treats an unreachable SMTP server as a temporary failure', async () => {
    const closed = await startSmtpServer();
    await closed.close();
    const id = await outbox.queueEmail(database.db, { to: 'elodie.martin@example.fr', subject: 'Avis', text: 'Bonjour' });

    expect(await deliverPendingMessages({ ...deps, email: smtpTransport(closed.url) })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    expect(await findOutboxMessage(database.db, id)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('marks a message failed once it has used its last attempt', async () => {
    smtp.replies.set('occupe@example.fr', 451);
    const id = await outbox.queueEmail(database.db, { to: 'occupe@example.fr', subject: 'Avis', text: 'Bonjour' });
    const options = { maxAttempts: 2, retryDelaySeconds: 0 };

    expect(await deliverPendingMessages(deps, options)).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(await deliverPendingMessages(deps, options)).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await findOutboxMessage(database.db, id)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('never sends what demo mode kept', async () => {
    const id = await new Outbox({ demoMode: true }).queueEmail(database.db, {
      to: 'demo@example.fr',
      subject: 'Démo',
      text: 'Démo',
    });

    expect(await deliverPendingMessages(deps, { retryDelaySeconds: 0 })).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await findOutboxMessage(database.db, id)).toMatchObject({ status: 'kept', attempts: 0 });
  });

  it('sends each message exactly once when two runs compete', async () => {
    const count = 12;
    for (let index = 0; index < count; index += 1) {
      await outbox.queueEmail(database.db, {
        to: `coproprietaire${index}@example.fr`,
        subject: `Appel de fonds n°${index}`,
        text: 'Bonjour',
      });
    }

    const results = await Promise.all([
      deliverPendingMessages(deps, { batchSize: 2 }),
      deliverPendingMessages(deps, { batchSize: 2 }),
    ]);

    expect(results.reduce((total, result) => total + result.sent, 0)).toBe(count);
    const recipients = smtp.received.flatMap((mail) => mail.to);
    expect(recipients).toHaveLength(count);
    expect(new Set(recipients).size).toBe(count);
    const rows = await database.db.select().from(outboxMessages);
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });

  it('leaves messages of a channel without transport pending and warns once', async () => {
    const id = await outbox.queueSms(database.db, { to: '06 12 34 56 78', text: 'Votre code : 4821' });
    const emailOnly = { ...deps, sms: undefined };

    expect(await deliverPendingMessages(emailOnly)).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(await deliverPendingMessages(emailOnly)).toEqual({ sent: 0, failed: 0, retried: 0 });

    expect(await findOutboxMessage(database.db, id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(log.lines.filter((line) => line.level === 'warn' && line.message.includes('SMS_GATEWAY_URL'))).toHaveLength(1);
  });

  it('posts an SMS as JSON to the gateway', async () => {
    const id = await outbox.queueSms(database.db, { to: '06 12 34 56 78', text: 'ImmoCity : votre code de signature est 4821.' });

    expect(await deliverPendingMessages(deps)).toEqual({ sent: 1, failed: 0, retried: 0 });

    expect(sms.received).toEqual([
      { contentType: 'application/json', body: { to: '06 12 34 56 78', text: 'ImmoCity : votre code de signature est 4821.' } },
    ]);
    expect(await findOutboxMessage(database.db, id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(JSON.stringify(log.lines)).not.toContain('4821');
  });

  it('retries an SMS the gateway could not take (500) and gives up on one it refuses (400)', async () => {
    const retried = await outbox.queueSms(database.db, { to: '06 12 34 56 78', text: 'Code 1111' });
    sms.status = 500;
    expect(await deliverPendingMessages(deps)).toEqual({ sent: 0, failed: 0, retried: 1 });
    expect(await findOutboxMessage(database.db, retried)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'passerelle SMS : HTTP 500',
    });

    sms.status = 200;
    expect(await deliverPendingMessages(deps, { retryDelaySeconds: 0 })).toEqual({ sent: 1, failed: 0, retried: 0 });
    expect(await findOutboxMessage(database.db, retried)).toMatchObject({ status: 'sent', attempts: 2 });

    const refused = await outbox.queueSms(database.db, { to: '00', text: 'Code 2222' });
    sms.status = 400;
    expect(await deliverPendingMessages(deps)).toEqual({ sent: 0, failed: 1, retried: 0 });
    expect(await findOutboxMessage(database.db, refused)).toMatchObject({
      status: 'failed',
      lastError: 'passerelle SMS : HTTP 400',
    });
  });

  it('treats an unreachable gateway as a temporary failure', async () => {
    const closed = await startSmsGateway();
    await closed.close();
    const id = await outbox.queueSms(database.db, { to: '06 12 34 56 78', text: 'Code 3333' });

    expect(await deliverPendingMessages({ ...deps, sms: httpSmsGateway(closed.url) })).toEqual({
      sent: 0,
      failed: 0,
      retried: 1,
    });
    expect((await findOutboxMessage(database.db, id))?.lastError).toContain('ECONNREFUSED');
  });
});

describe('the delivery job', () => {
  let database: TestDatabase;
  let smtp: FakeSmtp;
  let jobs: Jobs | undefined;

  beforeAll(async () => {
    [database, smtp] = await Promise.all([createTestDatabase(), startSmtpServer()]);
    const config = loadConfig({
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      DEMO_MODE: 'false',
      SESSION_SECRET: 's'.repeat(32),
    });
    jobs = await startJobs({ databaseUrl: database.url, config, db: database.db, log: recordingLog() });
  });
  afterAll(async () => {
    await jobs?.stop();
    await Promise.all([database?.close(), smtp?.close()]);
  });

  it('delivers a queued email soon after notifyQueued', async () => {
    const notifying = new Outbox({ demoMode: false, afterQueued: jobs?.notifyQueued });
    const id = await database.db.transaction((tx) =>
      notifying.queueEmail(tx, { to: 'bailleur@example.fr', subject: 'Nouveau document', text: 'Un document a été publié.' }),
    );

    const deadline = Date.now() + 15_000;
    while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));

    expect(smtp.received.map((mail) => mail.to)).toEqual([['bailleur@example.fr']]);
    expect(parseMail(smtp.received[0]?.raw ?? '').text).toContain('Un document a été publié.');
    await expect.poll(async () => (await findOutboxMessage(database.db, id))?.status, { timeout: 5_000 }).toBe('sent');
  });
});

interface FakeSmtp {
  url: string;
  received: { to: string[]; raw: string }[];
  /** SMTP reply code to give at RCPT TO, by address. */
  replies: Map<string, number>;
  close(): Promise<void>;
}

async function startSmtpServer(): Promise<FakeSmtp> {
  const received: FakeSmtp['received'] = [];
  const replies = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = replies.get(address.address);
      if (code === undefined) return callback();
      callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, replies, close: () => new Promise((resolve) => server.close(resolve)) };
}

interface FakeSmsGateway {
  url: string;
  received: { contentType: string | undefined; body: unknown }[];
  status: number;
  close(): Promise<void>;
}

async function startSmsGateway(): Promise<FakeSmsGateway> {
  const gateway: FakeSmsGateway = { url: '', received: [], status: 200, close: async () => undefined };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      gateway.received.push({
        contentType: request.headers['content-type'],
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      response.writeHead(gateway.status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  gateway.close = () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections());
  return gateway;
}

interface RecordingLog extends DeliveryLog {
  lines: { level: string; details: Record<string, unknown>; message: string }[];
}

function recordingLog(): RecordingLog {
  const lines: RecordingLog['lines'] = [];
  const record = (level: string) => (details: Record<string, unknown>, message: string) =>
    lines.push({ level, details, message });
  return { lines, info: record('info'), warn: record('warn'), error: record('error') };
}

/** Just enough MIME to read what nodemailer writes: headers, encoded words, one multipart level, QP, base64. */
function parseMail(raw: string): { headers: Map<string, string>; text: string; html: string } {
  const message = parsePart(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(message.headers.get('content-type') ?? '')?.[1];
  const parts = boundary
    ? message.body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => parsePart(part.replace(/^\r\n/, '')))
    : [message];
  const body = (type: string) => parts.find((part) => part.headers.get('content-type')?.startsWith(type))?.body ?? '';
  return { headers: message.headers, text: body('text/plain'), html: body('text/html') };
}

function parsePart(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'quoted-printable') return { headers, body: decodeQuotedPrintable(body.replace(/=\r\n/g, '')) };
  if (encoding === 'base64') return { headers, body: Buffer.from(body, 'base64').toString('utf8') };
  return { headers, body };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g, (_match, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=([0-9A-F]{2})|[\s\S]/gi, (match, hex?: string) => (hex ? `%${hex}` : encodeURIComponent(match)));
  return decodeURIComponent(bytes);
}
