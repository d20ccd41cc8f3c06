import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface BrandMarkProps {
  /** Shown under the name, e.g. the agency of a client with a single agency. */
  subtitle?: string | null;
}

/** Palier's staircase-landing logo and name. */
export function BrandMark({ subtitle }: BrandMarkProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <svg width="32" height="32" viewBox="0 0 512 512" aria-hidden="true" focusable="false">
        <rect width="512" height="512" rx="96" fill="#1f63c0" />
        <path d="M150 366V293H223V220H296V147H369V366Z" fill="#fff" />
      </svg>
      <div>
        <Text fw={700} fz="lg" lh={1.1} c="palier.8">
          {t('app.name')}
        </Text>
        {subtitle ? (
          <Text fz="xs" c="dimmed" lh={1.2} lineClamp={1} visibleFrom="xs">
            {subtitle}
          </Text>
        ) : null}
      </div>
    </Group>
  );
}
