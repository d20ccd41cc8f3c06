import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fileTypeLabel, formatFileSize, formatLongDate, NEW_COLOR, splitSnippet } from './display.ts';
import type { DocumentItem } from './documents.queries.ts';

interface DocumentListProps {
  documents: DocumentItem[];
  onPreview: (document: DocumentItem) => void;
  /** Inside a folder's section the folder is already said; the flat list names it on each line. */
  showFolder?: boolean;
}

/** The documents as a list: what each one is, when it was published, and "Aperçu" / "Télécharger". */
export function DocumentList({ documents, onPreview, showFolder = true }: DocumentListProps) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {documents.map((document) => (
        <DocumentRow key={document.id} document={document} onPreview={onPreview} showFolder={showFolder} />
      ))}
    </Stack>
  );
}

function DocumentRow({
  document,
  onPreview,
  showFolder,
}: {
  document: DocumentItem;
  onPreview: (document: DocumentItem) => void;
  showFolder: boolean;
}) {
  const { t } = useTranslation();
  const about = [showFolder ? document.folderLabel : null, document.kind, String(document.year), document.scopeLabel];
  const file = [
    t('documents.publishedOn', { date: formatLongDate(document.publishedAt) }),
    fileTypeLabel(document.file.contentType),
    formatFileSize(document.file.sizeBytes),
    document.file.pageCount ? t('documents.pages', { count: document.file.pageCount }) : null,
  ];
  return (
    <Card component="li" withBorder radius="md" padding="md" shadow="none">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {document.title}
            </Text>
            {document.isNew && (
              <Badge color={NEW_COLOR} variant="filled" tt="none">
                {t('documents.newBadge')}
              </Badge>
            )}
          </Group>
          <Text fz="sm">{about.filter(Boolean).join(' · ')}</Text>
          <Text fz="sm" c="dimmed">
            {file.filter(Boolean).join(' · ')}
          </Text>
          {document.snippet && <Snippet text={document.snippet} />}
        </Stack>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="light"
            size="sm"
            leftSection={<IconEye size={18} aria-hidden />}
            aria-label={t('documents.previewOf', { title: document.title })}
            onClick={() => onPreview(document)}
          >
            {t('documents.preview.action')}
          </Button>
          <Button
            component="a"
            href={document.downloadUrl}
            download={document.file.originalName}
            size="sm"
            leftSection={<IconDownload size={18} aria-hidden />}
            aria-label={t('documents.downloadOf', { title: document.title })}
          >
            {t('documents.download')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}

/** The passage of the PDF where the search words were found, the words highlighted. */
function Snippet({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Text fz="sm" fs="italic" mt={4} style={{ overflowWrap: 'anywhere' }}>
      <Text span fz="sm" c="dimmed" fs="normal">
        {t('documents.foundIn')}{' '}
      </Text>
      {/* Parts are a pure function of the text: their position is a stable key. */}
      {splitSnippet(text).map((part, index) =>
        part.matched ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
