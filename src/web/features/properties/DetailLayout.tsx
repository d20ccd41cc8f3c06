import { Alert, Anchor, Loader, Stack, Tabs, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';

interface DetailLayoutProps {
  title: string | undefined;
  subtitle?: ReactNode;
  isPending: boolean;
  error: Error | null;
  summary: ReactNode;
  contacts: ReactNode;
  /** The property's documents (features/documents), shared with the Documents page. */
  documents?: ReactNode;
  /** The building's contracts (features/contracts): owners' information, absent for a tenant. */
  contracts?: ReactNode;
}

/** A property's detail: "← Retour" to the list, then the tabs of the seed (Résumé, Contacts). */
export function DetailLayout({ title, subtitle, isPending, error, summary, contacts, documents, contracts }: DetailLayoutProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={960}>
      <Anchor fz="sm" renderRoot={(props) => <Link to="/biens" {...props} />} style={{ alignSelf: 'flex-start' }}>
        {t('properties.back')}
      </Anchor>
      {isPending && <Loader aria-label={t('app.loading')} />}
      {error && (
        <>
          <PageHeading>{t('properties.pageTitle')}</PageHeading>
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        </>
      )}
      {title && (
        <>
          <Stack gap={4}>
            <PageHeading>{title}</PageHeading>
            {subtitle && <Text c="dimmed">{subtitle}</Text>}
          </Stack>
          <Tabs defaultValue="summary" keepMounted={false}>
            <Tabs.List aria-label={t('properties.tabs.label')}>
              <Tabs.Tab value="summary">{t('properties.tabs.summary')}</Tabs.Tab>
              <Tabs.Tab value="contacts">{t('properties.tabs.contacts')}</Tabs.Tab>
              {documents && <Tabs.Tab value="documents">{t('documents.tab')}</Tabs.Tab>}
              {contracts && <Tabs.Tab value="contracts">{t('contracts.tab.title')}</Tabs.Tab>}
            </Tabs.List>
            <Tabs.Panel value="summary" pt="lg">
              {summary}
            </Tabs.Panel>
            <Tabs.Panel value="contacts" pt="lg">
              {contacts}
            </Tabs.Panel>
            {documents && (
              <Tabs.Panel value="documents" pt="lg">
                {documents}
              </Tabs.Panel>
            )}
            {contracts && (
              <Tabs.Panel value="contracts" pt="lg">
                {contracts}
              </Tabs.Panel>
            )}
          </Tabs>
        </>
      )}
    </Stack>
  );
}

/** Label and value pairs as a description list, read in order by screen readers. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Stack component="dl" gap="sm" m={0}>
      {items.map(([label, value]) => (
        <Stack key={label} gap={2}>
          <Text component="dt" fz="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
