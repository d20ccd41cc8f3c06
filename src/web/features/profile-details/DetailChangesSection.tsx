import { Alert, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { type DetailChange, detailChangesQuery } from './profileDetails.queries.ts';

/** The staff client page's "Modifications des coordonnées": what changed, from what to what, when, by whom. */
export function DetailChangesSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const history = useQuery(detailChangesQuery(personId));
  const changes = history.data?.changes ?? [];

  const shown = (change: DetailChange, value: string | null) => {
    if (value === null) return '—';
    if (change.field === 'councilContactConsent') return t(value === 'true' ? 'profileDetails.yes' : 'profileDetails.no');
    if (change.field === 'preferredContactChannel' && ['email', 'telephone', 'courrier'].includes(value)) {
      return t(`profileDetails.channels.${value as 'email'}`);
    }
    return value;
  };
  const authorOf = (change: DetailChange) =>
    change.changedBy.kind === 'client'
      ? t('profileDetails.history.byClient')
      : change.changedBy.kind === 'staff'
        ? (change.changedBy.name ?? t('profileDetails.history.byOtherAgency'))
        : t('profileDetails.history.byUnknown');

  return (
    <ProfileSection title={t('profileDetails.history.title')} description={t('profileDetails.history.description')}>
      {history.error ? (
        <Alert color="red" role="alert">
          {history.error.message}
        </Alert>
      ) : changes.length === 0 ? (
        <Text c="dimmed">{history.isPending ? t('app.loading') : t('profileDetails.history.empty')}</Text>
      ) : (
        <Table striped layout="fixed" fz="sm">
          <Table.Caption>{t('profileDetails.history.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('profileDetails.history.when')}</Table.Th>
              <Table.Th scope="col">{t('profileDetails.history.field')}</Table.Th>
              <Table.Th scope="col">{t('profileDetails.history.before')}</Table.Th>
              <Table.Th scope="col">{t('profileDetails.history.after')}</Table.Th>
              <Table.Th scope="col">{t('profileDetails.history.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.id}>
                <Table.Td>{formatDateTime(change.changedAt)}</Table.Td>
                <Table.Td>{t(`profileDetails.fields.${change.field}`)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{shown(change, change.previousValue)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{shown(change, change.newValue)}</Table.Td>
                <Table.Td>{authorOf(change)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ProfileSection>
  );
}
