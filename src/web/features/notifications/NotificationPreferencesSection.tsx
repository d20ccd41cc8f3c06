import { Alert, Loader, Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { notificationPreferencesQuery, setDigestEmail } from './notifications.queries.ts';

/** The profile's switch for the daily digest email. Clients only: staff have no bell and no digest. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const isClient = me.kind === 'client';
  const queryClient = useQueryClient();
  const preferences = useQuery({ ...notificationPreferencesQuery, enabled: isClient });
  const save = useMutation({
    mutationFn: setDigestEmail,
    onSuccess: (data) => queryClient.setQueryData(notificationPreferencesQuery.queryKey, data),
  });
  if (!isClient) return null;

  // While saving, the switch shows the value asked for; the server's answer then confirms it.
  const checked = save.isPending ? (save.variables ?? false) : (preferences.data?.digestEmail ?? false);
  const failure = save.error ?? preferences.error;
  return (
    <ProfileSection title={t('notifications.preferences.title')} description={t('notifications.preferences.description')}>
      {preferences.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {preferences.data && (
        <>
          <Switch
            checked={checked}
            onChange={(event) => save.mutate(event.currentTarget.checked)}
            disabled={save.isPending}
            label={t('notifications.preferences.digestLabel')}
            description={t('notifications.preferences.digestHint')}
          />
          {!preferences.data.hasEmail && (
            <Text fz="sm" c="dimmed">
              {t('notifications.preferences.noEmail')}
            </Text>
          )}
        </>
      )}
      {failure && (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      )}
      <Text aria-live="polite" fz="sm" c="dimmed">
        {save.isSuccess ? t(checked ? 'notifications.preferences.savedOn' : 'notifications.preferences.savedOff') : ''}
      </Text>
    </ProfileSection>
  );
}
