import { Alert, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { meQuery } from '../../api/queries.ts';
import { formatDate } from '../../ui/format.ts';
import {
  type ContactChannel,
  type DetailsChange,
  detailsQuery,
  type ProfileDetails,
  updateDetails,
} from './profileDetails.queries.ts';

const CHANNELS: ContactChannel[] = ['email', 'telephone', 'courrier'];

/**
 * "Préférence de contact" and the council-sharing consent: each choice is saved as soon as it is made (no
 * "save" button to forget); once answered, the controls show what the server saved, a refusal included.
 */
export function ContactPreferences({ details }: { details: ProfileDetails }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: DetailsChange) => updateDetails(body),
    onSuccess: (next, body) => {
      queryClient.setQueryData(detailsQuery.queryKey, next);
      setDone(
        body.councilContactConsent === undefined
          ? t('profileDetails.preferences.channelSaved')
          : t(body.councilContactConsent ? 'profileDetails.consent.given' : 'profileDetails.consent.withdrawn'),
      );
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const channelError = error?.details?.fields?.find((problem) => problem.field === 'preferredContactChannel')?.message;
  // While a choice is being saved, the controls show it; then they show what the server kept.
  const pending = save.isPending ? save.variables : undefined;
  const channel = pending?.preferredContactChannel ?? details.preferredContactChannel;
  const consent = pending?.councilContactConsent ?? details.councilContactConsent;
  // Sharing with the council concerns co-owners: only a condominium has a council.
  const isCoOwner = (me.data?.roles.coOwnerLotCount ?? 0) > 0;

  return (
    <Stack gap="md">
      <Radio.Group
        label={t('profileDetails.preferences.title')}
        description={t('profileDetails.preferences.description')}
        value={channel}
        error={channelError}
        onChange={(value) => {
          setDone(null);
          save.mutate({ preferredContactChannel: value as ContactChannel });
        }}
      >
        <Group gap="lg" mt="xs">
          {CHANNELS.map((channel) => (
            <Radio key={channel} value={channel} label={t(`profileDetails.channels.${channel}`)} disabled={save.isPending} />
          ))}
        </Group>
      </Radio.Group>
      {isCoOwner ? (
        <Stack gap={4}>
          <Switch
            checked={consent}
            disabled={save.isPending}
            onChange={(event) => {
              setDone(null);
              save.mutate({ councilContactConsent: event.currentTarget.checked });
            }}
            label={t('profileDetails.consent.label')}
            description={t('profileDetails.consent.explanation')}
          />
          {details.councilContactConsentAt ? (
            <Text fz="sm" c="dimmed" pl={54}>
              {t('profileDetails.consent.since', { date: formatDate(details.councilContactConsentAt) })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      <div role="status" aria-live="polite">
        {done ? (
          <Text fz="sm" fw={600}>
            {done}
          </Text>
        ) : null}
      </div>
      {save.error && !channelError ? (
        <Alert color="red" role="alert">
          {save.error.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
