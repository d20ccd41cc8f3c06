import { Anchor, Box, Container, Group, Stack, Text } from '@mantine/core';
import { IconMailbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsQuery } from '../api/queries.ts';
import { BrandMark } from './BrandMark.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.tsx';

interface PublicLayoutProps {
  children: ReactNode;
  /** Width of the main column: narrow for forms, wide for lists. */
  size?: 'xs' | 'sm' | 'md' | 'lg';
  showDemoOutboxLink?: boolean;
}

/** Frame of the pages reachable without a session: login, forgotten password, demo inbox. */
export function PublicLayout({ children, size = 'xs', showDemoOutboxLink = true }: PublicLayoutProps) {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery);
  const demoMode = settings.data?.demoMode === true;
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <Box component="header" bg="white" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Group justify="space-between" wrap="nowrap">
            <Anchor underline="never" renderRoot={(props) => <Link to="/" {...props} />}>
              <BrandMark subtitle={t('app.tagline')} />
            </Anchor>
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={size} py="xl" w="100%" style={{ flex: 1 }}>
        {children}
      </Container>
      <Box component="footer" py="lg" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Stack gap="xs" align="center">
            {demoMode && showDemoOutboxLink ? (
              <Anchor
                fz="sm"
                renderRoot={(props) => <Link to="/boite-de-reception-demo" {...props} />}
                style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
              >
                <IconMailbox size={18} aria-hidden />
                {t('nav.demoOutbox')}
              </Anchor>
            ) : null}
            <Text fz="xs" c="dimmed" ta="center">
              {t('app.freeSoftware')}
            </Text>
          </Stack>
        </Container>
      </Box>
    </Box>
  );
}
