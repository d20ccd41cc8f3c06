import { Anchor, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Downloads of a council report: the same figures as on screen, as a PDF to print or an Excel file. */
export function ExportLinks({
  condominiumId,
  report,
  year,
}: {
  condominiumId: string;
  report: 'budget' | 'expenses';
  year: number;
}) {
  const { t } = useTranslation();
  const href = (format: 'pdf' | 'xlsx') =>
    `/api/council/condominiums/${encodeURIComponent(condominiumId)}/exports/${report}?year=${year}&format=${format}`;
  return (
    <Group gap="md">
      <Text fz="sm" fw={600}>
        {t('council.exports.label')}
      </Text>
      {(['pdf', 'xlsx'] as const).map((format) => (
        <Anchor key={format} href={href(format)} download fz="sm">
          <IconDownload size={14} aria-hidden /> {t(`council.exports.${format}`)}
        </Anchor>
      ))}
    </Group>
  );
}
