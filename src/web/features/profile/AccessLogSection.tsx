import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { useAuditActionLabel } from './auditActionLabel.ts';
import { ProfileSection } from './ProfileSection.tsx';
import { accessLogQuery } from './profile.queries.ts';

/** "Historique des accès": sign-ins, failures and changes on the account, newest first. */
export function AccessLogSection() {
  const { t } = useTranslation();
  const log = useQuery(accessLogQuery);
  const events = (log.data?.events ?? []).slice(0, 20);
  const labelOf = useAuditActionLabel();

  return (
    <ProfileSection title={t('profile.accessLog.title')} description={t('profile.accessLog.description')}>
      {events.length === 0 ? (
        <Text c="dimmed">{t('profile.accessLog.empty')}</Text>
      ) : (
        // The cells wrap rather than scroll: a scrolling region would need its own keyboard focus.
        <Table striped layout="fixed" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('profile.accessLog.when')}</Table.Th>
              <Table.Th scope="col">{t('profile.accessLog.what')}</Table.Th>
              <Table.Th scope="col">{t('profile.accessLog.where')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((event) => (
              <Table.Tr key={event.id}>
                <Table.Td>{formatDateTime(event.occurredAt)}</Table.Td>
                <Table.Td>{labelOf(event.action)}</Table.Td>
                <Table.Td>{[event.device, event.ipAddress].filter(Boolean).join(' · ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ProfileSection>
  );
}
