import { Anchor, Box, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconEye, IconEyeOff } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proof } from './activationRequests.queries.ts';
import { formatSize } from './ProofInput.tsx';

const TYPE_LABELS: Record<Proof['contentType'], string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/**
 * One proof, shown on demand: an identity document appears only when the staff member asks for it, and
 * each display is traced by the server. PDFs in a frame (the browser's own viewer), images inline.
 */
export function ProofPreview({ proof }: { proof: Proof }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const previewId = useId();
  const kind = t(`activationRequestDetail.kind.${proof.kind}`);
  const described = `${kind} : ${proof.originalName}`;

  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{kind}</Text>
            <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {proof.originalName} · {TYPE_LABELS[proof.contentType]} · {formatSize(proof.sizeBytes)}
            </Text>
          </Stack>
          <Group gap="sm">
            <Button
              variant="light"
              size="xs"
              leftSection={shown ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
              aria-expanded={shown}
              aria-controls={previewId}
              aria-label={t(shown ? 'activationRequestDetail.hideProof' : 'activationRequestDetail.showProof', {
                name: described,
              })}
              onClick={() => setShown((value) => !value)}
            >
              {t(shown ? 'activationRequestDetail.hide' : 'activationRequestDetail.show')}
            </Button>
            <Anchor href={proof.url} target="_blank" rel="noopener" fz="sm" style={{ display: 'inline-flex', gap: 4 }}>
              {t('activationRequestDetail.openInTab')}
              <IconExternalLink size={16} aria-hidden />
            </Anchor>
          </Group>
        </Group>
        <Box id={previewId} hidden={!shown}>
          {shown &&
            (proof.contentType === 'application/pdf' ? (
              <iframe
                src={proof.url}
                title={t('activationRequestDetail.previewTitle', { name: described })}
                style={{ width: '100%', height: 520, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
              />
            ) : (
              <img
                src={proof.url}
                alt={t('activationRequestDetail.previewTitle', { name: described })}
                style={{ display: 'block', maxWidth: '100%', maxHeight: 640, borderRadius: 8 }}
              />
            ))}
        </Box>
      </Stack>
    </Card>
  );
}
