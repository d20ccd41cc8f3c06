import { Anchor, Card, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading.tsx';

/** Placeholder for a section that later work will build: says so calmly, never as an error. */
export type SectionTitleKey =
  `pages.${'properties' | 'finances' | 'interventions' | 'documents' | 'meetings' | 'council' | 'tenants'}`;

export function ComingSoonPage({ titleKey }: { titleKey: SectionTitleKey }) {
  const { t } = useTranslation();
  const title = t(titleKey);
  return (
    <Stack gap="lg">
      <PageHeading>{title}</PageHeading>
      <Card>
        <Stack align="center" gap="sm" py="xl" ta="center">
          <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
            <IconTools size={30} />
          </ThemeIcon>
          <Text fw={600} fz="lg">
            {t('comingSoon.title')}
          </Text>
          <Text c="dimmed" maw={420}>
            {t('comingSoon.text')}
          </Text>
          <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('app.backHome')}</Anchor>
        </Stack>
      </Card>
    </Stack>
  );
}
