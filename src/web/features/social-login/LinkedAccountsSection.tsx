import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { ProviderIcon, providerLabel } from './providers.tsx';
import { linkedAccountsQuery, socialProvidersQuery, startLink, unlink } from './socialLogin.queries.ts';

/**
 * "Comptes reliés": each provider offered here, linked or not, and any still linked that is no longer offered
 * (so that it can be unlinked). Hidden when the portal offers none and nothing is linked.
 */
export function LinkedAccountsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { liaison, fournisseur } = useSearch({ strict: false });
  const providers = useQuery(socialProvidersQuery).data?.providers ?? [];
  const linked = useQuery(linkedAccountsQuery);
  const link = useMutation({
    mutationFn: startLink,
    // The provider's page, then back to this profile with the outcome in the address.
    onSuccess: (url) => window.location.assign(url),
  });
  const remove = useMutation({
    mutationFn: unlink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });

  const linkedAccounts = linked.data?.linkedAccounts ?? [];
  const rows = [
    ...providers.map((provider) => ({ ...provider, account: linkedAccounts.find((item) => item.provider === provider.id) })),
    ...linkedAccounts
      .filter((item) => !providers.some((provider) => provider.id === item.provider))
      .map((item) => ({ id: item.provider, label: item.providerLabel, account: item })),
  ];
  if (rows.length === 0) return null;
  const failure = link.error ?? remove.error ?? linked.error;
  const clearOutcome = () => navigate({ to: '/profil', search: {}, replace: true });
  const named = { provider: providerLabel(fournisseur) || t('socialLogin.theProvider') };

  return (
    <ProfileSection title={t('socialLogin.linked.title')} description={t('socialLogin.linked.description')}>
      {liaison === 'reussie' && (
        <Alert color="green" role="status" withCloseButton closeButtonLabel={t('socialLogin.close')} onClose={clearOutcome}>
          {t('socialLogin.outcomes.reussie', named)}
        </Alert>
      )}
      {liaison && liaison !== 'reussie' && (
        <Alert
          color="red"
          role="alert"
          title={t('socialLogin.linked.failureTitle')}
          withCloseButton
          closeButtonLabel={t('socialLogin.close')}
          onClose={clearOutcome}
        >
          {t(`socialLogin.outcomes.${liaison}`, named)}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      )}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map(({ id, label, account }) => (
          <Group key={id} component="li" justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <ProviderIcon provider={id} size={22} />
              <div style={{ minWidth: 0 }}>
                <Text fw={600}>{label}</Text>
                <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {account
                    ? [
                        account.email ?? t('socialLogin.linked.linked'),
                        account.lastUsedAt && t('socialLogin.linked.lastUsed', { date: formatDateTime(account.lastUsedAt) }),
                      ]
                        .filter(Boolean)
                        .join(' · ')
                    : t('socialLogin.linked.notLinked')}
                </Text>
              </div>
            </Group>
            {account ? (
              <Button
                variant="default"
                size="xs"
                loading={remove.isPending && remove.variables === account.id}
                onClick={() => remove.mutate(account.id)}
                aria-label={t('socialLogin.linked.unlinkLabel', { provider: label })}
              >
                {t('socialLogin.linked.unlink')}
              </Button>
            ) : (
              <Button
                variant="light"
                size="xs"
                loading={link.isPending && link.variables === id}
                onClick={() => link.mutate(id)}
                aria-label={t('socialLogin.linked.linkLabel', { provider: label })}
              >
                {t('socialLogin.linked.link')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </ProfileSection>
  );
}
