import { ActionIcon, Alert, Divider, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { ContactDetailsForm } from './ContactDetailsForm.tsx';
import { ContactPreferences } from './ContactPreferences.tsx';
import { detailsQuery, type ProfileDetails } from './profileDetails.queries.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" fz="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

function DetailsView({ details }: { details: ProfileDetails }) {
  const { t } = useTranslation();
  const missing = (
    <Text span c="dimmed">
      {t('profileDetails.notGiven')}
    </Text>
  );
  const { address } = details;
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  const lines = [address.line1, address.line2, town].filter((line): line is string => Boolean(line));
  return (
    <Stack component="dl" gap="sm" m={0}>
      <Fact label={t('profileDetails.fields.mobilePhone')}>{details.mobilePhone ?? missing}</Fact>
      <Fact label={t('profileDetails.fields.landlinePhone')}>{details.landlinePhone ?? missing}</Fact>
      <Fact label={t('profileDetails.fields.address')}>
        {lines.length > 0
          ? lines.map((line) => (
              <span key={line} style={{ display: 'block' }}>
                {line}
              </span>
            ))
          : missing}
      </Fact>
      <Fact label={t('profileDetails.fields.email')}>
        {details.email ?? missing}
        {details.pendingEmail ? (
          <Text span display="block" fz="sm" c="dimmed">
            {t('profileDetails.pendingEmail', {
              email: details.pendingEmail.email,
              date: formatDateTime(details.pendingEmail.expiresAt),
            })}
          </Text>
        ) : null}
        <Text span display="block" fz="sm" c="dimmed">
          {t('profileDetails.emailHint')}
        </Text>
      </Fact>
    </Stack>
  );
}

/** "Mes coordonnées": what the agency has on file, the seed's pencil to change it, and how to be contacted. */
export function ContactDetailsSection() {
  const { t } = useTranslation();
  const me = useQuery(meQuery);
  // Staff details are kept by their agency, not edited here: the section is a client's.
  const isClient = me.data?.kind === 'client';
  const details = useQuery({ ...detailsQuery, enabled: isClient });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editLabel = t('profileDetails.edit');
  if (!isClient) return null;

  return (
    <ProfileSection title={t('profileDetails.title')} description={t('profileDetails.description')}>
      {details.error ? (
        <Alert color="red" role="alert">
          {details.error.message}
        </Alert>
      ) : !details.data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <>
          <div role="status" aria-live="polite">
            {saved && !editing ? (
              <Alert color="green" withCloseButton closeButtonLabel={t('profileDetails.close')} onClose={() => setSaved(false)}>
                {t('profileDetails.saved')}
              </Alert>
            ) : null}
          </div>
          {editing ? (
            <ContactDetailsForm
              details={details.data}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <DetailsView details={details.data} />
              <Tooltip label={editLabel}>
                <ActionIcon
                  variant="light"
                  size="lg"
                  aria-label={editLabel}
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  <IconPencil size={20} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
          <Divider />
          <ContactPreferences details={details.data} />
        </>
      )}
    </ProfileSection>
  );
}
