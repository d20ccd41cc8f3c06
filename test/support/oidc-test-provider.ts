import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider from 'oidc-provider';
import { freePort } from './free-port.ts';

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1, standing in for Google, Microsoft
 * and the others, which lie outside this machine. It registers one confidential client (id, secret, the
 * portal's callback), requires PKCE, signs ID tokens with its own RSA key, and replaces the login and consent
 * screens with one small page where the test says which subject signs in — or refuses.
 */
export const TEST_CLIENT = { id: 'palier-test', secret: 'secret-du-client-de-test-palier' } as const;

export interface OidcTestProvider {
  issuer: string;
  /** The portal's environment variables that make this provider its `provider` (Google by default). */
  portalEnvironment(provider?: string): Record<string, string>;
  /**
   * Plays the browser at the provider, from the authorization URL to the redirect back to the portal, with a
   * fresh cookie jar: signs in as `subject`, or refuses when `subject` is `null`. Returns the callback URL.
   */
  authorize(authorizationUrl: string, subject: string | null): Promise<URL>;
  close(): Promise<void>;
}

/** The address the provider gives for a subject, as Google gives the Gmail address. */
export const emailOf = (subject: string) => `${subject}@comptes.test`;

export async function startOidcTestProvider(options: { redirectUris: string[]; port?: number }): Promise<OidcTestProvider> {
  const port = options.port ?? (await freePort());
  const issuer = `http://127.0.0.1:${port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: options.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_context: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_context: unknown, subject: string) => ({
      accountId: subject,
      claims: async () => ({ sub: subject, email: emailOf(subject), email_verified: true }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // Like Google: the email travels in the ID token itself.
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(16).toString('hex')] },
    // Explicit lifetimes (seconds), long enough for a slow browser journey.
    ttl: { AuthorizationCode: 120, AccessToken: 600, IdToken: 600, Interaction: 600, Grant: 3600, Session: 3600 },
    jwks: { keys: [{ ...signingKey, kid: 'cle-de-test', use: 'sig', alg: 'RS256' }] },
  });

  const handleProvider = provider.callback();
  const server: Server = createServer((request, response) => {
    const interaction = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(request.url ?? '');
    if (!interaction) return handleProvider(request, response);
    const [, uid, step] = interaction;
    const handled = step
      ? finishInteraction(provider, request, response, step)
      : showInteraction(provider, request, response, uid ?? '');
    handled.catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    issuer,
    portalEnvironment(name = 'google') {
      const prefix = `OIDC_${name.toUpperCase()}`;
      return {
        [`${prefix}_ISSUER`]: issuer,
        [`${prefix}_CLIENT_ID`]: TEST_CLIENT.id,
        [`${prefix}_CLIENT_SECRET`]: TEST_CLIENT.secret,
      };
    },
    authorize: (url, subject) => playBrowser(issuer, url, subject),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The provider's sign-in page: which account, then "Continuer" — or "Refuser". */
async function showInteraction(provider: Provider, request: IncomingMessage, response: ServerResponse, uid: string) {
  await provider.interactionDetails(request, response);
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.end(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Fournisseur d’identité de test</title></head>
<body><main>
<h1>Fournisseur d’identité de test</h1>
<p>Ce fournisseur local remplace Google pendant les tests.</p>
<form method="post" action="/interaction/${uid}/login">
<label for="subject">Compte</label> <input id="subject" name="subject" required autocomplete="off">
<button type="submit">Continuer</button>
</form>
<form method="post" action="/interaction/${uid}/abort"><button type="submit">Refuser</button></form>
</main></body></html>`);
}

async function finishInteraction(provider: Provider, request: IncomingMessage, response: ServerResponse, step: string) {
  const details = await provider.interactionDetails(request, response);
  if (step === 'abort') {
    const refusal = { error: 'access_denied', error_description: 'La personne a refusé la connexion.' };
    return provider.interactionFinished(request, response, refusal, { mergeWithLastSubmission: false });
  }
  const subject = new URLSearchParams(await readBody(request)).get('subject')?.trim();
  if (!subject) throw new Error('no subject given');
  // Login and consent at once: the grant covers every scope the portal asked for.
  const grant = new provider.Grant({ accountId: subject, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const result = { login: { accountId: subject }, consent: { grantId: await grant.save() } };
  return provider.interactionFinished(request, response, result, { mergeWithLastSubmission: false });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function playBrowser(issuer: string, authorizationUrl: string, subject: string | null): Promise<URL> {
  const jar = new Map<string, string>();
  let next = new URL(authorizationUrl);
  let form: string | undefined;
  for (let hop = 0; hop < 12; hop++) {
    const response = await fetch(next, {
      method: form === undefined ? 'GET' : 'POST',
      body: form,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s);
      if (value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const location = response.headers.get('location');
    await response.arrayBuffer();
    form = undefined;
    if (location) {
      next = new URL(location, next);
      if (next.origin !== new URL(issuer).origin) return next;
    } else if (response.status === 200 && next.pathname.startsWith('/interaction/')) {
      next = new URL(`${next.pathname}/${subject === null ? 'abort' : 'login'}`, next);
      form = new URLSearchParams({ subject: subject ?? '' }).toString();
    } else {
      throw new Error(`the test provider answered ${response.status} at ${next.pathname}`);
    }
  }
  throw new Error('too many redirects at the test provider');
}
