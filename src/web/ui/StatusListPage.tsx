import { Alert, Loader, type MantineSpacing, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading.tsx';

interface StatusListPageProps<S extends string> {
  title: string;
  intro: string;
  filter: {
    /** The switch's accessible name. */
    label: string;
    value: S;
    options: readonly { value: S; label: string }[];
    onChange: (value: S) => void;
  };
  error: Error | null;
  loading: boolean;
  /** "2 demandes en attente", read out by screen readers when the filter changes; empty while loading. */
  count: string;
  gap?: MantineSpacing;
  /** The items, each an `li`. */
  children: ReactNode;
}

/**
 * A staff work list switched by status ("Demandes d'accès", "Demandes de contact"): the heading, the status
 * switch, the count and the items.
 */
export function StatusListPage<S extends string>({
  title,
  intro,
  filter,
  error,
  loading,
  count,
  gap = 'md',
  children,
}: StatusListPageProps<S>) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageHeading>{title}</PageHeading>
        <Text c="dimmed">{intro}</Text>
      </Stack>
      <SegmentedControl
        value={filter.value}
        onChange={(value) => {
          const option = filter.options.find((candidate) => candidate.value === value);
          if (option) filter.onChange(option.value);
        }}
        aria-label={filter.label}
        data={filter.options.map((option) => ({ value: option.value, label: option.label }))}
        w="fit-content"
        maw="100%"
      />
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      {loading && <Loader aria-label={t('app.loading')} />}
      <Text aria-live="polite" fw={600}>
        {count}
      </Text>
      <Stack gap={gap} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {children}
      </Stack>
    </Stack>
  );
}
