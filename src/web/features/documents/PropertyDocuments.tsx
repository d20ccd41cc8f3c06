import { Alert, Anchor, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentList } from './DocumentList.tsx';
import { DocumentPreviewModal } from './DocumentPreviewModal.tsx';
import { type DocumentItem, propertyDocumentsQuery } from './documents.queries.ts';
import { type FolderGroup, groupByFolder, isOwnersOnly } from './folders.ts';

type Property = { lotId: string } | { unitId: string };

/**
 * A property's Documents tab (the seed's "Dossiers"): the documents about this lot or unit, by folder, the
 * owners' folders under their note — the same list and preview as the Documents page.
 */
export function PropertyDocuments({ property }: { property: Property }) {
  const { t } = useTranslation();
  const documents = useQuery(propertyDocumentsQuery(property));
  const [previewed, setPreviewed] = useState<DocumentItem | null>(null);
  const groups = groupByFolder(documents.data?.items ?? []);
  const shared = groups.filter((group) => !isOwnersOnly(group.folder));
  const ownersOnly = groups.filter((group) => isOwnersOnly(group.folder));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} fz="lg">
          {t('documents.folders.title')}
        </Title>
        <Anchor fz="sm" renderRoot={(props) => <Link to="/documents" {...props} />} style={{ alignSelf: 'flex-start' }}>
          {t('documents.property.allDocuments')}
        </Anchor>
      </Stack>
      {documents.isPending && <Loader aria-label={t('app.loading')} />}
      {documents.error && (
        <Alert color="red" role="alert">
          {documents.error.message}
        </Alert>
      )}
      {documents.data && groups.length === 0 && (
        <Card>
          <Text>{t('documents.property.empty')}</Text>
        </Card>
      )}
      {shared.map((group) => (
        <FolderSection key={group.folder} group={group} onPreview={setPreviewed} />
      ))}
      {ownersOnly.length > 0 && (
        <Stack gap="md">
          <Text fw={600}>{t('documents.folders.ownersOnly')}</Text>
          {ownersOnly.map((group) => (
            <FolderSection key={group.folder} group={group} onPreview={setPreviewed} />
          ))}
        </Stack>
      )}
      <DocumentPreviewModal document={previewed} onClose={() => setPreviewed(null)} />
    </Stack>
  );
}

function FolderSection({ group, onPreview }: { group: FolderGroup; onPreview: (document: DocumentItem) => void }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" gap="xs" aria-label={group.label}>
      <Title order={3} fz="md">
        {group.label}{' '}
        <Text span fz="sm" c="dimmed" fw={400}>
          ({t('documents.count', { count: group.documents.length })})
        </Text>
      </Title>
      <DocumentList documents={group.documents} onPreview={onPreview} showFolder={false} />
    </Stack>
  );
}
