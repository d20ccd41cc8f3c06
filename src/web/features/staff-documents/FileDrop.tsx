import { ActionIcon, Button, Group, Input, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection, MIME_TYPES } from '@mantine/dropzone';
import { IconFileUpload, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../documents/display.ts';

/** What the server accepts (it checks the content again; this spares a useless upload). */
export const ACCEPTED_TYPES = [MIME_TYPES.pdf, MIME_TYPES.jpeg, MIME_TYPES.png];
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_FILES = 50;

interface FileDropProps {
  id: string;
  label: string;
  description: string;
  files: File[];
  multiple: boolean;
  error: string | undefined;
  onChange: (files: File[]) => void;
}

const fileKey = (file: File) => `${file.name}-${file.size}-${file.lastModified}`;

/**
 * Files dropped or chosen (a click on the area, or its button, opens the file picker), listed with their size and a
 * button to take one out before sending. Rejected files are named with the reason, never dropped silently.
 */
export function FileDrop({ id, label, description, files, multiple, error, onChange }: FileDropProps) {
  const { t } = useTranslation();
  const [rejected, setRejected] = useState<string[]>([]);
  const openRef = useRef<() => void>(null);
  const describedBy = [`${id}-description`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  const add = (added: File[]) => {
    setRejected([]);
    if (!multiple) return onChange(added.slice(0, 1));
    // The same file dropped twice is kept once.
    const known = new Set(files.map(fileKey));
    onChange([...files, ...added.filter((file) => !known.has(fileKey(file)))].slice(0, MAX_FILES));
  };
  const reject = (rejections: FileRejection[]) =>
    setRejected(
      rejections.map(({ file, errors }) =>
        t(
          errors.some((problem) => problem.code === 'file-too-large')
            ? 'staffDocuments.files.tooLarge'
            : errors.some((problem) => problem.code === 'too-many-files')
              ? 'staffDocuments.files.tooMany'
              : 'staffDocuments.files.wrongType',
          { name: file.name },
        ),
      ),
    );

  return (
    <Input.Wrapper id={id} label={label} labelElement="div" description={description} error={error}>
      <Dropzone
        onDrop={add}
        onReject={reject}
        accept={ACCEPTED_TYPES}
        maxSize={MAX_FILE_BYTES}
        multiple={multiple}
        mt={6}
        openRef={openRef}
        // The keyboard's way in is the button below: a focusable drop area would wrap the file input,
        // an interactive control inside another.
        activateOnKeyboard={false}
        inputProps={{ id: `${id}-input`, 'aria-label': label, 'aria-describedby': describedBy }}
      >
        <Group justify="center" gap="md" mih={110} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={40} aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={40} aria-hidden />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileUpload size={40} aria-hidden />
          </Dropzone.Idle>
          <Stack gap={2}>
            <Text fw={600}>{t(multiple ? 'staffDocuments.files.dropMany' : 'staffDocuments.files.dropOne')}</Text>
            <Text fz="sm" c="dimmed">
              {t('staffDocuments.files.formats')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      <Button variant="default" size="xs" mt="xs" onClick={() => openRef.current?.()} aria-describedby={describedBy}>
        {t(multiple ? 'staffDocuments.files.chooseMany' : 'staffDocuments.files.chooseOne')}
      </Button>
      <div aria-live="polite">
        {rejected.length > 0 && (
          <Stack gap={2} mt="xs">
            {rejected.map((message) => (
              <Text key={message} fz="sm" c="red.9">
                {message}
              </Text>
            ))}
          </Stack>
        )}
      </div>
      {files.length > 0 && (
        <Stack
          component="ul"
          gap={4}
          mt="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('staffDocuments.files.chosen')}
        >
          {files.map((file) => (
            <Group component="li" key={fileKey(file)} justify="space-between" gap="sm" wrap="nowrap">
              <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {file.name}{' '}
                <Text span fz="sm" c="dimmed">
                  ({formatFileSize(file.size)})
                </Text>
              </Text>
              <ActionIcon
                variant="subtle"
                color="red.9"
                aria-label={t('staffDocuments.files.remove', { name: file.name })}
                onClick={() => onChange(files.filter((other) => other !== file))}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
    </Input.Wrapper>
  );
}
