import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';

const CHROME_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('my devices and my access log', () => {
  let t: TestApp;
  let reference: string;
  let otherReference: string;

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const agency = await make.agency();
    reference = (await make.client(agency.id)).reference;
    otherReference = (await make.client(agency.id)).reference;
  });
  afterAll(() => t.close());

  const logIn = async (identifier: string, userAgent: string, ip: string, rememberMe = false) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier, password: TEST_PASSWORD, rememberMe },
      headers: { 'user-agent': userAgent },
      remoteAddress: ip,
    });
    expect(response.statusCode).toBe(200);
    return sessionCookieFrom(response.headers['set-cookie']);
  };
  const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('lists the devices signed in, marks this one, and lets me sign another one out', async () => {
    const laptop = await logIn(reference, CHROME_WINDOWS, '192.0.2.10');
    const phone = await logIn(reference, SAFARI_IPHONE, '192.0.2.20', true);

    const { sessions } = (await get('/api/me/sessions', laptop)).json();
    expect(sessions).toHaveLength(2);
    const current = sessions.find((session: { current: boolean }) => session.current);
    const other = sessions.find((session: { current: boolean }) => !session.current);
    expect(current).toMatchObject({
      device: 'Chrome sur Windows',
      ipAddress: '192.0.2.10',
      method: 'password',
      persistent: false,
    });
    expect(other).toMatchObject({ device: 'Mobile Safari sur iOS', ipAddress: '192.0.2.20', persistent: true });

    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/me/sessions/${other.id}`, headers: { cookie: laptop } });
    expect(revoke.statusCode).toBe(204);
    expect((await get('/api/me', phone)).statusCode).toBe(401);
    expect((await get('/api/me/sessions', laptop)).json().sessions).toHaveLength(1);
  });

  it("answers 404 for another person's session, and leaves it alive", async () => {
    const mine = await logIn(reference, CHROME_WINDOWS, '192.0.2.11');
    const theirs = await logIn(otherReference, CHROME_WINDOWS, '192.0.2.12');
    const theirSessionId = (await get('/api/me/sessions', theirs)).json().sessions[0].id;

    const attempt = await t.app.inject({
      method: 'DELETE',
      url: `/api/me/sessions/${theirSessionId}`,
      headers: { cookie: mine },
    });
    expect(attempt.statusCode).toBe(404);
    expect(attempt.json().code).toBe('NOT_FOUND');
    expect((await get('/api/me', theirs)).statusCode).toBe(200);
  });

  it('signs out every other device at once, keeping this one', async () => {
    const kept = await logIn(reference, CHROME_WINDOWS, '192.0.2.13');
    const others = [await logIn(reference, SAFARI_IPHONE, '192.0.2.14'), await logIn(reference, SAFARI_IPHONE, '192.0.2.15')];
    const response = await t.app.inject({ method: 'POST', url: '/api/me/sessions/revoke-others', headers: { cookie: kept } });
    expect(response.statusCode).toBe(200);
    expect(response.json().revoked).toBeGreaterThanOrEqual(2);
    for (const cookie of others) expect((await get('/api/me', cookie)).statusCode).toBe(401);
    expect((await get('/api/me', kept)).statusCode).toBe(200);
  });

  it('shows my own sign-ins and failures, with device and address, and nobody else’s', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { identifier: reference, password: 'faux' },
      headers: { 'user-agent': SAFARI_IPHONE },
      remoteAddress: '192.0.2.99',
    });
    const cookie = await logIn(reference, CHROME_WINDOWS, '192.0.2.16');
    const { events } = (await get('/api/me/access-log', cookie)).json();
    expect(events[0]).toMatchObject({ action: 'login.succeeded', ipAddress: '192.0.2.16', device: 'Chrome sur Windows' });
    expect(events).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'login.failed', ipAddress: '192.0.2.99' })]),
    );
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'session.revoked' })]));
    expect(events.some((event: { ipAddress: string }) => event.ipAddress === '192.0.2.12')).toBe(false);
  });

  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/me/sessions' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me/access-log' })).statusCode).toBe(401);
  });
});
