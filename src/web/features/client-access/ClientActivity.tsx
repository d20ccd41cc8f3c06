import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { useAuditActionLabel } from '../profile/auditActionLabel.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import type { AccountStatus, ClientAccess, ClientAccessEvent } from './clientAccess.queries.ts';

// Dark enough under white text for WCAG AA (4.5:1 at least); Mantine's green and orange 9 stay below it.
const statusColors: Record<AccountStatus, string> = {
  active: '#1e6b34',
  never_connected: 'gray.7',
  locked: '#a63c06',
  blocked: 'red.9',
  no_account: 'gray.7',
};

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="filled" size="lg" tt="none">
      {t(`clientAccess.status.${status}`)}
    </Badge>
  );
}

const itemStyle = { listStyle: 'none', borderBottom: '1px solid var(--mantine-color-default-border)', paddingBottom: 8 };

function EventItem({ event }: { event: ClientAccessEvent }) {
  const { t, i18n } = useTranslation();
  // The staff's own words for what the agency did; the person's access-log labels for everything else.
  const labelOf = useAuditActionLabel({ staffWording: true });
  const failureKey = `clientAccess.failureReasons.${event.failureReason}`;
  const failure =
    event.failureReason && i18n.exists(failureKey) ? t(failureKey as 'clientAccess.failureReasons.wrong_password') : null;
  const where = [event.device, event.ipAddress].filter(Boolean).join(' · ');
  return (
    <li style={itemStyle}>
      <Text fw={600}>
        {labelOf(event.action)}
        {failure ? ` — ${failure}` : ''}
      </Text>
      <Text fz="sm" c="dimmed">
        {formatDateTime(event.occurredAt)}
        {where ? ` · ${where}` : ''}
      </Text>
      {event.actorName && <Text fz="sm">{t('clientAccess.events.by', { name: event.actorName })}</Text>}
      {event.reason && <Text fz="sm">{t('clientAccess.events.reason', { reason: event.reason })}</Text>}
    </li>
  );
}

export function SignInsSection({ client }: { client: ClientAccess }) {
  const { t } = useTranslation();
  return (
    <ProfileSection title={t('clientAccess.signIns.title')} description={t('clientAccess.signIns.description')}>
      {client.signIns.length === 0 ? (
        <Text c="dimmed">{t('clientAccess.signIns.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0}>
          {client.signIns.map((event) => (
            <li key={event.id} style={itemStyle}>
              <Text fw={600}>{formatDateTime(event.occurredAt)}</Text>
              <Text fz="sm" c="dimmed">
                {[event.device, event.ipAddress].filter(Boolean).join(' · ')}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </ProfileSection>
  );
}

export function EventsSection({ client }: { client: ClientAccess }) {
  const { t } = useTranslation();
  return (
    <ProfileSection title={t('clientAccess.events.title')} description={t('clientAccess.events.description')}>
      {client.events.length === 0 ? (
        <Text c="dimmed">{t('clientAccess.events.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0}>
          {client.events.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </Stack>
      )}
    </ProfileSection>
  );
}

export function EmailHistorySection({ client }: { client: ClientAccess }) {
  const { t } = useTranslation();
  const none = t('clientAccess.emailHistory.none');
  return (
    <ProfileSection title={t('clientAccess.emailHistory.title')}>
      {client.emailHistory.length === 0 ? (
        <Text c="dimmed">{t('clientAccess.emailHistory.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0}>
          {client.emailHistory.map((change) => (
            <li key={change.id} style={itemStyle}>
              <Text fw={600} style={{ wordBreak: 'break-all' }}>
                {t('clientAccess.emailHistory.change', { from: change.previousEmail ?? none, to: change.newEmail ?? none })}
              </Text>
              <Text fz="sm" c="dimmed">
                {formatDateTime(change.createdAt)} ·{' '}
                {change.changedBy === 'agency'
                  ? t('clientAccess.emailHistory.byAgency', { name: change.changedByName ?? '' })
                  : t(`clientAccess.emailHistory.by.${change.changedBy}`)}
              </Text>
              {change.reason && <Text fz="sm">{t('clientAccess.events.reason', { reason: change.reason })}</Text>}
            </li>
          ))}
        </Stack>
      )}
    </ProfileSection>
  );
}
