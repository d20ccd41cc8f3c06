import { createTransport, type NodemailerError } from 'nodemailer';
import { DeliveryFailure } from './delivery.ts';

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends one email or throws a `DeliveryFailure` saying whether trying again may help. */
export interface EmailTransport {
  send(message: EmailMessage): Promise<void>;
}

/**
 * Email over SMTP, configured by one URL (`smtp://user:pass@host:587`, `smtps://…:465`); nodemailer upgrades
 * a plain connection with STARTTLS whenever the server offers it.
 */
export function smtpTransport(smtpUrl: string): EmailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    // The defaults (2 min to connect, 10 min idle) would hold a delivery batch and its row locks far too long.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    // Messages are built from our own text only: never let content make the server read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(message) {
      try {
        await transporter.sendMail(message);
      } catch (error) {
        throw smtpFailure(error);
      }
    },
  };
}

/**
 * SMTP replies 5xx are permanent (unknown mailbox, refused content) and 4xx temporary (greylisting, full
 * mailbox); a connection that fails or times out carries no reply and is temporary too.
 */
export function smtpFailure(error: unknown): DeliveryFailure {
  const details = (typeof error === 'object' && error !== null ? error : {}) as NodemailerError;
  const responseCode = details.responseCode;
  const permanent =
    typeof details.permanent === 'boolean'
      ? details.permanent
      : responseCode !== undefined && responseCode >= 500 && responseCode < 600;
  const description = details.response
    ? `SMTP ${details.response}`
    : `${details.code ?? 'SMTP'} ${error instanceof Error ? error.message : String(error)}`;
  return new DeliveryFailure(description, permanent, { cause: error });
}
