import { Alert, Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RoleBadge } from '../../ui/RoleBadge.tsx';
import { clientRoleLabels } from '../home/roleLabels.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { DetailChangesSection } from '../profile-details/DetailChangesSection.tsx';
import { AccountActions } from './AccountActions.tsx';
import { AccountStatusBadge, EmailHistorySection, EventsSection, SignInsSection } from './ClientActivity.tsx';
import { type ClientAccess, clientAccessQuery } from './clientAccess.queries.ts';

/** A client's access page for staff: who they are here, the state of their login, what happened on it. */
export function ClientAccessPage() {
  const { t } = useTranslation();
  const { personId } = useParams({ from: '/espace/gestion/clients/$personId' });
  const client = useQuery(clientAccessQuery(personId));
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/gestion/clients" fz="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('clientAccess.back')}
        </Group>
      </Anchor>
      {client.error && (
        <>
          <PageHeading>{t('clientAccess.notFoundTitle')}</PageHeading>
          <Alert color="red" role="alert">
            {client.error.message}
          </Alert>
        </>
      )}
      {client.data && <ClientAccessView client={client.data} notice={notice} onNotice={setNotice} />}
    </Stack>
  );
}

interface ViewProps {
  client: ClientAccess;
  notice: string | null;
  onNotice: (message: string | null) => void;
}

function ClientAccessView({ client, notice, onNotice }: ViewProps) {
  const { t } = useTranslation();
  const roles = clientRoleLabels({ ...client.roles, staffRole: null }, t);
  return (
    <>
      <Stack gap="xs">
        <PageHeading>{client.displayName}</PageHeading>
        <Group gap="sm">
          {roles.length === 0 ? (
            <Text c="dimmed">{t('clientAccess.identity.noRole')}</Text>
          ) : (
            roles.map((label) => <RoleBadge key={label}>{label}</RoleBadge>)
          )}
        </Group>
      </Stack>
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color="green" withCloseButton closeButtonLabel={t('clientAccess.closeNotice')} onClose={() => onNotice(null)}>
            {notice}
          </Alert>
        )}
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <AccountSection client={client} onNotice={onNotice} />
        <IdentitySection client={client} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SignInsSection client={client} />
        <EmailHistorySection client={client} />
      </SimpleGrid>
      <DetailChangesSection personId={client.personId} />
      <EventsSection client={client} />
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fz="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </div>
  );
}

function AccountSection({ client, onNotice }: { client: ClientAccess; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const { account } = client;
  return (
    <ProfileSection title={t('clientAccess.account.title')}>
      <Group>
        <AccountStatusBadge status={account.status} />
      </Group>
      <Stack component="dl" gap="sm" m={0}>
        <Fact label={t('clientAccess.account.email')}>{account.email ?? t('clientAccess.noEmail')}</Fact>
        <Fact label={t('clientAccess.account.lastLogin')}>
          {account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('clientAccess.account.neverSignedIn')}
        </Fact>
        {account.lockedUntil && <Fact label={t('clientAccess.account.lockedUntil')}>{formatDateTime(account.lockedUntil)}</Fact>}
        {account.blocked && (
          <Fact label={t('clientAccess.account.blocked')}>
            {t('clientAccess.account.blockedDetail', {
              date: formatDateTime(account.blocked.since),
              name: account.blocked.byName ?? '—',
              reason: account.blocked.reason,
            })}
          </Fact>
        )}
      </Stack>
      <AccountActions client={client} onDone={onNotice} />
    </ProfileSection>
  );
}

function IdentitySection({ client }: { client: ClientAccess }) {
  const { t } = useTranslation();
  return (
    <ProfileSection title={t('clientAccess.identity.title')}>
      <Stack component="dl" gap="sm" m={0}>
        <Fact label={t('clientAccess.identity.references')}>{client.references.join(', ')}</Fact>
        {client.lots.length > 0 && <Fact label={t('clientAccess.identity.lots')}>{client.lots.join(', ')}</Fact>}
        {client.mobilePhone && <Fact label={t('clientAccess.identity.mobile')}>{client.mobilePhone}</Fact>}
        {client.landlinePhone && <Fact label={t('clientAccess.identity.phone')}>{client.landlinePhone}</Fact>}
        {client.address.length > 0 && (
          <Fact label={t('clientAccess.identity.address')}>
            {client.address.map((line) => (
              <span key={line} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
          </Fact>
        )}
      </Stack>
    </ProfileSection>
  );
}
