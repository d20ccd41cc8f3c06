import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sessionCookieFrom } from './app.ts';
import { TEST_PASSWORD } from './factories.ts';

/**
 * Signing in as the people the factories build (client reference or staff email, the test password), for the
 * tests of what a signed-in person or staff member is answered rather than of signing in itself.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let signIns = 0;
/**
 * A new address on each call (198.18.0.0/15, the range kept for tests): the login route allows a few attempts
 * a minute per address, a limit tested in the auth tests, which a file signing in many people would otherwise
 * meet.
 */
export function nextAddress(): string {
  const count = signIns++;
  return `198.18.${Math.floor(count / 250) % 250}.${(count % 250) + 1}`;
}

/** Signs in with the test password and gives the session cookie; fails unless the portal answers 200. */
export async function signIn(app: FastifyInstance, identifier: string, remoteAddress = nextAddress()): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { identifier, password: TEST_PASSWORD },
    remoteAddress,
  });
  if (response.statusCode !== 200) {
    throw new Error(`the sign-in of ${identifier} answered ${response.statusCode}: ${response.body}`);
  }
  return sessionCookieFrom(response.headers['set-cookie']);
}

/** Signs each identifier in once and keeps its session cookie for the rest of the file. */
export function sessions(app: FastifyInstance): (identifier: string) => Promise<string> {
  const cookies = new Map<string, string>();
  return async (identifier) => {
    const known = cookies.get(identifier);
    if (known) return known;
    const cookie = await signIn(app, identifier);
    cookies.set(identifier, cookie);
    return cookie;
  };
}

export type CallAs = (identifier: string, method: Method, url: string, payload?: object) => Promise<LightMyRequestResponse>;

/** `call(identifier, 'GET', url)`: a request with the session of `identifier`, signed in on first use. */
export function callAs(app: FastifyInstance): CallAs {
  const cookieOf = sessions(app);
  return async (identifier, method, url, payload) =>
    app.inject({ method, url, ...(payload ? { payload } : {}), headers: { cookie: await cookieOf(identifier) } });
}
