import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { Outbox } from './platform/messaging/outbox.ts';

describe('the HTTP platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports itself healthy when the database answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('publishes an OpenAPI 3.1 document describing its routes and error body', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/auth/logout', '/api/me', '/api/settings']),
    );
    expect(spec.paths['/api/auth/login'].post.responses['401']).toBeDefined();
    expect(spec.components.schemas).toHaveProperty('Error');
    expect(spec.components.schemas).toHaveProperty('Me');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });

  it('answers an unknown API path with a French NOT_FOUND', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: "La ressource demandée n'existe pas." });
  });

  it('answers malformed JSON with BAD_REQUEST', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"identifier": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('BAD_REQUEST');
  });

  it('gives every answer a request id, and keeps a sane one sent by a proxy', async () => {
    const generated = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'proxy-1234abcd' } });
    expect(forwarded.headers['x-request-id']).toBe('proxy-1234abcd');
    const hostile = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': '<script>' } });
    expect(hostile.headers['x-request-id']).not.toBe('<script>');
  });

  it('sends security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('tells the web client whether it runs in demo mode', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/settings' })).json()).toEqual({
      demoMode: true,
      publicUrl: t.config.publicUrl,
    });
  });

  it('lists the messages kept in demo mode, newest first', async () => {
    const outbox = new Outbox({ demoMode: true });
    await outbox.queueEmail(t.database.db, { to: 'jean@example.fr', subject: 'Premier message', text: 'Bonjour' });
    await outbox.queueSms(t.database.db, { to: '06 12 34 56 78', text: 'Votre code : 1234' });
    const { messages } = (await t.app.inject({ method: 'GET', url: '/api/demo/outbox' })).json();
    expect(messages.map((message: { channel: string; status: string }) => [message.channel, message.status])).toEqual([
      ['sms', 'kept'],
      ['email', 'kept'],
    ]);
    expect(messages[1]).toMatchObject({ recipient: 'jean@example.fr', subject: 'Premier message', textBody: 'Bonjour' });
  });

  it('answers 500 without revealing anything internal when the database fails', async () => {
    const broken = await createTestApp();
    await broken.database.pool.end();
    try {
      const login = await broken.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { identifier: 'CO100452', password: 'x' },
      });
      expect(login.statusCode).toBe(500);
      expect(login.json()).toEqual({
        code: 'INTERNAL',
        message: 'Une erreur inattendue est survenue. Merci de réessayer plus tard.',
      });
      const health = await broken.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json().code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await broken.app.close();
      await broken.database.close().catch(() => undefined);
    }
  });
});

describe('outside demo mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ DEMO_MODE: 'false' });
  });
  afterAll(() => t.close());

  it('has no demo outbox at all', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/demo/outbox' });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });
});
