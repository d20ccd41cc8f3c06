import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { DocumentFolder } from '../documents/documents.queries.ts';
import { FOLDER_OPTIONS, isKnownFolder } from '../documents/folders.ts';
import {
  type Audience,
  type AudienceErrors,
  AudiencePicker,
  appendAudience,
  audienceProblems,
  EMPTY_AUDIENCE,
} from './AudiencePicker.tsx';
import { FileDrop } from './FileDrop.tsx';
import { KIND_SUGGESTIONS } from './kinds.ts';
import { publishDocuments } from './staffDocuments.queries.ts';

type Field = 'folder' | 'kind' | 'year' | 'title' | 'files' | keyof AudienceErrors;
type Errors = Partial<Record<Field, string>>;

const SECTION = {
  variant: 'unstyled',
  styles: { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 } },
} as const;

/** "Publier des documents": one or many files, their folder, kind and year, and who may read them. */
export function PublishDocumentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [folder, setFolder] = useState<DocumentFolder | ''>('');
  const [kind, setKind] = useState('');
  const [year, setYear] = useState<number | string>(thisYear);
  const [title, setTitle] = useState('');
  const [notify, setNotify] = useState(true);
  const [audience, setAudience] = useState<Audience>(EMPTY_AUDIENCE);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const summary = useRef<HTMLDivElement>(null);

  const publish = useMutation({
    mutationFn: publishDocuments,
    onSuccess: async (published) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'documents'] });
      await navigate({ to: '/gestion/documents', search: { publies: published.documents.length } });
    },
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrors(error));
      summary.current?.focus();
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkForm({ folder, kind, year, files, audience }, t);
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      document.getElementById(first === 'files' ? 'files-input' : first)?.focus();
      return;
    }
    const form = new FormData();
    form.append('folder', folder);
    form.append('kind', kind.trim());
    form.append('year', String(year));
    appendAudience(form, audience);
    if (files.length === 1 && title.trim()) form.append('title', title.trim());
    form.append('notify', String(notify));
    for (const file of files) form.append('files', file, file.name);
    publish.mutate(form);
  };

  const apiError = publish.error instanceof ApiError ? publish.error : null;

  return (
    <Stack gap="lg" maw={900}>
      <Anchor component={Link} to="/gestion/documents" fz="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('staffDocuments.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <PageHeading>{t('staffDocuments.publish.title')}</PageHeading>
        <Text c="dimmed">{t('staffDocuments.publish.intro')}</Text>
      </Stack>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <form onSubmit={onSubmit} noValidate aria-label={t('staffDocuments.publish.title')}>
          <Stack gap="lg">
            <div ref={summary} tabIndex={-1} aria-live="assertive">
              {apiError && (
                <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('staffDocuments.publish.failed')} role="alert">
                  {apiError.message}
                </Alert>
              )}
            </div>
            <Fieldset legend={t('staffDocuments.publish.filesLegend')} {...SECTION}>
              <FileDrop
                id="files"
                label={t('staffDocuments.files.label')}
                description={t('staffDocuments.files.hint')}
                files={files}
                multiple
                error={errors.files}
                onChange={(next) => {
                  setFiles(next);
                  setErrors((current) => ({ ...current, files: undefined }));
                }}
              />
              {files.length === 1 && (
                <TextInput
                  id="title"
                  mt="md"
                  label={t('staffDocuments.publish.titleLabel')}
                  description={t('staffDocuments.publish.titleHint')}
                  value={title}
                  error={errors.title}
                  maxLength={200}
                  onChange={(event) => setTitle(event.currentTarget.value)}
                />
              )}
            </Fieldset>
            <Fieldset legend={t('staffDocuments.publish.describeLegend')} {...SECTION}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <NativeSelect
                  id="folder"
                  label={t('staffDocuments.publish.folder')}
                  required
                  value={folder}
                  error={errors.folder}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setFolder(isKnownFolder(value) ? value : '');
                  }}
                  data={[{ value: '', label: t('staffDocuments.publish.chooseFolder') }, ...FOLDER_OPTIONS]}
                />
                <Autocomplete
                  id="kind"
                  label={t('staffDocuments.publish.kind')}
                  description={t('staffDocuments.publish.kindHint')}
                  required
                  value={kind}
                  error={errors.kind}
                  maxLength={100}
                  onChange={setKind}
                  data={folder ? KIND_SUGGESTIONS[folder] : []}
                />
                <NumberInput
                  id="year"
                  label={t('staffDocuments.publish.year')}
                  required
                  value={year}
                  error={errors.year}
                  min={1900}
                  max={thisYear + 1}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator=""
                  onChange={setYear}
                />
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('staffDocuments.publish.audienceLegend')} {...SECTION}>
              <AudiencePicker value={audience} errors={errors} onChange={setAudience} />
            </Fieldset>
            <Checkbox
              label={t('staffDocuments.publish.notify')}
              description={t('staffDocuments.publish.notifyHint')}
              checked={notify}
              onChange={(event) => setNotify(event.currentTarget.checked)}
            />
            <Group>
              <Button type="submit" size="md" loading={publish.isPending}>
                {t('staffDocuments.publish.submit', { count: Math.max(1, files.length) })}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

const FIELD_ORDER: Field[] = ['files', 'title', 'folder', 'kind', 'year', 'personId', 'condominiumId', 'buildingId', 'lotId'];

interface FormValues {
  folder: string;
  kind: string;
  year: number | string;
  files: File[];
  audience: Audience;
}

function checkForm(values: FormValues, t: TFunction): Errors {
  const errors: Errors = { ...audienceProblems(values.audience, t) };
  if (values.files.length === 0) errors.files = t('staffDocuments.errors.files');
  if (!values.folder) errors.folder = t('staffDocuments.errors.folder');
  if (!values.kind.trim()) errors.kind = t('staffDocuments.errors.kind');
  if (typeof values.year !== 'number' || !Number.isInteger(values.year)) errors.year = t('staffDocuments.errors.year');
  return errors;
}

/** The server names each wrong field; its messages are shown under the fields themselves. */
function fieldErrors(error: ApiError): Errors {
  const errors: Errors = {};
  for (const problem of error.details?.fields ?? []) errors[problem.field as Field] = problem.message;
  return errors;
}
