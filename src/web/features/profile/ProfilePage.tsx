import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { profileSections } from './sections.ts';

/**
 * "Profil": the person's contact details and account — how they sign in, where they are signed in, what happened on
 * it — then their agency and where to find help.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" maw={880}>
      <PageHeading>{t('profile.pageTitle')}</PageHeading>
      {profileSections.map(({ id, component: Section }) => (
        <Section key={id} />
      ))}
    </Stack>
  );
}
