import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fileTypeLabel, formatFileSize, isPreviewableImage } from './display.ts';
import type { DocumentItem } from './documents.queries.ts';

interface DocumentPreviewModalProps {
  document: DocumentItem | null;
  onClose: () => void;
}

/**
 * "Aperçu": PDFs in a frame (the browser's own viewer — the server allows the portal alone to frame them),
 * images inline. Each opening is recorded by the server as a preview.
 */
export function DocumentPreviewModal({ document, onClose }: DocumentPreviewModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      size="xl"
      title={document?.title}
      closeButtonProps={{ 'aria-label': t('documents.preview.close') }}
    >
      {document && (
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {[
              document.folderLabel,
              document.kind,
              fileTypeLabel(document.file.contentType),
              formatFileSize(document.file.sizeBytes),
            ].join(' · ')}
          </Text>
          {isPreviewableImage(document.file.contentType) ? (
            <img
              src={document.previewUrl}
              alt={t('documents.preview.frameTitle', { title: document.title })}
              style={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', margin: '0 auto', borderRadius: 8 }}
            />
          ) : (
            <iframe
              src={document.previewUrl}
              title={t('documents.preview.frameTitle', { title: document.title })}
              style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
            />
          )}
          <Group justify="space-between" gap="sm">
            <Anchor
              href={document.downloadUrl}
              download={document.file.originalName}
              fw={600}
              style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}
            >
              <IconDownload size={18} aria-hidden />
              {t('documents.download')}
            </Anchor>
            <Button variant="default" onClick={onClose}>
              {t('documents.preview.close')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
