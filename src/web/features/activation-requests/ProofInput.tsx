import { Input, List, Text } from '@mantine/core';
import type { TFunction } from 'i18next';

/** What the server accepts (it checks the content; this only spares a useless upload). */
export const ACCEPTED_PROOFS = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
export const MAX_PROOF_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_PROOF = 3;

const KNOWN_EXTENSION = /\.(pdf|jpe?g|png)$/i;

/** The first problem of a selection, in words naming the file, or null when it may be sent. */
export function proofProblem(files: File[], t: TFunction): string | null {
  if (files.length > MAX_FILES_PER_PROOF) return t('activationRequest.errors.tooManyFiles', { count: MAX_FILES_PER_PROOF });
  for (const file of files) {
    if (!KNOWN_EXTENSION.test(file.name)) return t('activationRequest.errors.wrongType', { name: file.name });
    if (file.size > MAX_PROOF_BYTES) return t('activationRequest.errors.tooLarge', { name: file.name });
  }
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

interface ProofInputProps {
  id: string;
  label: string;
  description: string;
  files: File[];
  error: string | null | undefined;
  onChange: (files: File[]) => void;
}

/**
 * A native file input inside Mantine's label, description and error: the browser's own control is the one
 * every keyboard, screen reader and phone camera already knows.
 */
export function ProofInput({ id, label, description, files, error, onChange }: ProofInputProps) {
  const describedBy = [error ? `${id}-error` : null, `${id}-description`].filter(Boolean).join(' ');
  return (
    <Input.Wrapper id={id} label={label} description={description} error={error} required>
      <input
        id={id}
        name={id}
        type="file"
        accept={ACCEPTED_PROOFS}
        multiple
        required
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(Array.from(event.currentTarget.files ?? []))}
        style={{ display: 'block', marginBlock: 6, maxWidth: '100%', fontSize: 'var(--mantine-font-size-sm)' }}
      />
      {files.length > 0 && (
        <List size="sm" spacing={2}>
          {files.map((file) => (
            <List.Item key={`${file.name}-${file.size}-${file.lastModified}`}>
              <Text span fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {file.name} ({formatSize(file.size)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Input.Wrapper>
  );
}
