import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * The words for an audit event's action ("login.succeeded", "document.published"…) in an account's history:
 * the person's own access log, and the staff's view of a client's activity, which tries its own wording first.
 * An action the interface has no words for (one the server has started to record since) still reads as a
 * sentence, its code in parentheses for support.
 */
export function auditActionLabel(i18n: I18n, action: string, { staffWording = false } = {}): string {
  const keys = [...(staffWording ? [`clientAccess.eventActions.${action}`] : []), `profile.accessLog.actions.${action}`];
  const key = keys.find((candidate) => i18n.exists(candidate));
  // The key is checked to exist just above; the cast names one such key for the typed `t`.
  return key ? i18n.t(key as 'profile.accessLog.actions.logout') : i18n.t('profile.accessLog.otherAction', { action });
}

export function useAuditActionLabel(options: { staffWording?: boolean } = {}): (action: string) => string {
  const { i18n } = useTranslation();
  return (action) => auditActionLabel(i18n, action, options);
}
