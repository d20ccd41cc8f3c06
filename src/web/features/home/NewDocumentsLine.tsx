import { Anchor, Card, Group, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentsSummary } from '../documents/documents.queries.ts';

/** "3 nouveaux documents", leading to the documents; nothing while there is nothing new. */
export function NewDocumentsLine() {
  const { t } = useTranslation();
  const count = useDocumentsSummary().data?.newCount ?? 0;
  if (count === 0) return null;
  return (
    <Card py="sm">
      <Group gap="sm" wrap="nowrap">
        <IconFileText size={22} aria-hidden />
        <Text>
          <Anchor component={Link} to="/documents" fw={600}>
            {t('home.newDocuments', { count })}
          </Anchor>
        </Text>
      </Group>
    </Card>
  );
}
