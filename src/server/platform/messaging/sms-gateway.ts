import { DeliveryFailure } from './delivery.ts';

export interface SmsMessage {
  /** The number as stored, e.g. "06 12 34 56 78"; the gateway normalizes it. */
  to: string;
  text: string;
}

/** Sends one SMS or throws a `DeliveryFailure` saying whether trying again may help. */
export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}

const TIMEOUT_MS = 10_000;
// The gateway did not refuse the message itself: asked to slow down, or gave up waiting for us.
const TEMPORARY_CLIENT_ERRORS = new Set([408, 425, 429]);

/**
 * A generic HTTP gateway: POST `{ "to", "text" }` as JSON to `SMS_GATEWAY_URL`. Credentials written in the URL
 * (`https://user:pass@sms.example.fr/send`) are sent as HTTP Basic authentication, since fetch refuses URLs
 * that contain them.
 */
export function httpSmsGateway(gatewayUrl: string): SmsGateway {
  const url = new URL(gatewayUrl);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (url.username || url.password) {
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const endpoint = url.toString();

  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers,
          body: JSON.stringify({ to: message.to, text: message.text }),
          // A redirected POST would be replayed as a GET without its body.
          redirect: 'error',
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        const reason =
          error instanceof Error && error.name === 'TimeoutError' ? `pas de réponse en ${TIMEOUT_MS / 1000} s` : describe(error);
        throw new DeliveryFailure(`passerelle SMS injoignable : ${reason}`, false, { cause: error });
      }
      // The answer may echo the message (and its code): only the status is kept.
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) return;
      const permanent = response.status >= 400 && response.status < 500 && !TEMPORARY_CLIENT_ERRORS.has(response.status);
      throw new DeliveryFailure(`passerelle SMS : HTTP ${response.status}`, permanent);
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND…) in the cause.
  const cause = error.cause instanceof Error ? ` (${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message})` : '';
  return `${error.message}${cause}`;
}
