import { UAParser } from 'ua-parser-js';
import type { AuditEventRow, SessionRow } from './security.repository.ts';

/** "Chrome sur Windows", "Safari sur iOS": what a person recognises of their own devices. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return 'Appareil inconnu';
  const { browser, os } = UAParser(userAgent);
  if (browser.name && os.name) return `${browser.name} sur ${os.name}`;
  return browser.name ?? os.name ?? 'Appareil inconnu';
}

export const presentSession = (session: SessionRow, currentSessionId: string) => ({
  id: session.id,
  current: session.id === currentSessionId,
  device: describeDevice(session.userAgent),
  ipAddress: session.ipAddress,
  method: session.method,
  persistent: session.persistent,
  createdAt: session.createdAt.toISOString(),
  lastSeenAt: session.lastSeenAt.toISOString(),
});

export const presentAccessEvent = (event: AuditEventRow) => ({
  id: event.id,
  action: event.action,
  occurredAt: event.occurredAt.toISOString(),
  ipAddress: event.ipAddress,
  device: event.userAgent ? describeDevice(event.userAgent) : null,
});
