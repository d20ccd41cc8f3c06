import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';

/**
 * "Aide": how to get an answer today. There is no online help centre or FAQ yet; the text says so rather than
 * pointing to a page that does not exist.
 */
export function HelpSection() {
  const { t } = useTranslation();
  const me = useQuery(meQuery);
  if (me.data?.kind !== 'client') return null;
  return (
    <ProfileSection title={t('profileDetails.help.title')}>
      <Text>{t('profileDetails.help.intro')}</Text>
      <List spacing="xs">
        <List.Item>{t('profileDetails.help.question')}</List.Item>
        <List.Item>{t('profileDetails.help.details')}</List.Item>
        <List.Item>{t('profileDetails.help.access')}</List.Item>
        <List.Item>{t('profileDetails.help.urgent')}</List.Item>
      </List>
      <Text fz="sm" c="dimmed">
        {t('profileDetails.help.faq')}
      </Text>
    </ProfileSection>
  );
}
