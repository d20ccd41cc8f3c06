import { Alert, Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { formatFileSize } from '../documents/display.ts';
import { ReplaceVersionForm, WithdrawButton } from './DocumentActions.tsx';
import { type StaffDocumentDetail, staffDocumentQuery } from './staffDocuments.queries.ts';

/** One published document for staff: what it is, its versions, replace or withdraw it, who opened it. */
export function StaffDocumentDetailPage() {
  const { t } = useTranslation();
  const { documentId } = useParams({ from: '/espace/gestion/documents/$documentId' });
  const detail = useQuery(staffDocumentQuery(documentId));
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/gestion/documents" fz="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('staffDocuments.back')}
        </Group>
      </Anchor>
      {detail.isPending && <Loader aria-label={t('app.loading')} />}
      {detail.error && (
        <>
          <PageHeading>{t('staffDocuments.detail.notFoundTitle')}</PageHeading>
          <Alert color="red" role="alert">
            {detail.error.message}
          </Alert>
        </>
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <Alert color="green" withCloseButton closeButtonLabel={t('staffDocuments.closeNotice')} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        )}
      </div>
      {detail.data && <DetailView document={detail.data} onNotice={setNotice} />}
    </Stack>
  );
}

function DetailView({ document, onNotice }: { document: StaffDocumentDetail; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const withdrawn = document.withdrawnAt !== null;
  return (
    <>
      <Stack gap="xs">
        <Group gap="sm">
          <PageHeading>{document.title}</PageHeading>
          {withdrawn && (
            <Badge color="red.9" variant="filled" tt="none" size="lg">
              {t('staffDocuments.withdrawn')}
            </Badge>
          )}
        </Group>
        <Text c="dimmed">{[document.folderLabel, document.kind, String(document.year), document.scopeLabel].join(' · ')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('staffDocuments.detail.about')}>
          <Stack component="dl" gap="xs" m={0}>
            <Fact label={t('staffDocuments.detail.published')}>
              {t('staffDocuments.detail.publishedBy', {
                date: formatDateTime(document.publishedAt),
                name: document.publishedBy ?? t('staffDocuments.detail.unknownStaff'),
              })}
            </Fact>
            {document.condominiumName && <Fact label={t('staffDocuments.detail.condominium')}>{document.condominiumName}</Fact>}
            {document.withdrawnAt && (
              <Fact label={t('staffDocuments.detail.withdrawnOn')}>
                {formatDateTime(document.withdrawnAt)}
                {document.withdrawalReason ? ` — ${document.withdrawalReason}` : ''}
              </Fact>
            )}
          </Stack>
          {!withdrawn && (
            <Group mt="md">
              <WithdrawButton documentId={document.id} title={document.title} onDone={onNotice} />
            </Group>
          )}
        </Section>
        {!withdrawn && (
          <Section title={t('staffDocuments.detail.replaceTitle')}>
            <ReplaceVersionForm documentId={document.id} title={document.title} onDone={onNotice} />
          </Section>
        )}
      </SimpleGrid>
      <Section title={t('staffDocuments.detail.versions')}>
        <Table.ScrollContainer minWidth={700}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('staffDocuments.detail.version')}</Table.Th>
                <Table.Th scope="col">{t('staffDocuments.detail.file')}</Table.Th>
                <Table.Th scope="col">{t('staffDocuments.detail.published')}</Table.Th>
                <Table.Th scope="col">{t('staffDocuments.detail.note')}</Table.Th>
                <Table.Th scope="col">{t('staffDocuments.detail.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {document.versions.map((version) => (
                <Table.Tr key={version.id}>
                  <Table.Td>{t('staffDocuments.detail.versionNumber', { number: version.versionNumber })}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {version.file.originalName}{' '}
                    <Text span fz="sm" c="dimmed">
                      ({formatFileSize(version.file.sizeBytes)})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(version.publishedAt)}
                    {version.publishedBy && (
                      <Text fz="xs" c="dimmed">
                        {version.publishedBy}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{version.note ?? '—'}</Table.Td>
                  <Table.Td>
                    <Anchor
                      href={version.fileUrl}
                      download={version.file.originalName}
                      aria-label={t('staffDocuments.detail.downloadVersion', { number: version.versionNumber })}
                      style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
                    >
                      <IconDownload size={16} aria-hidden />
                      {t('documents.download')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
      <Section title={t('staffDocuments.detail.downloads')}>
        {document.downloads.length === 0 ? (
          <Text c="dimmed">{t('staffDocuments.detail.noDownload')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('staffDocuments.detail.who')}</Table.Th>
                  <Table.Th scope="col">{t('staffDocuments.detail.when')}</Table.Th>
                  <Table.Th scope="col">{t('staffDocuments.detail.how')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {document.downloads.map((download, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a log never reorders; two lines may share a second
                  <Table.Tr key={index}>
                    <Table.Td>{download.who}</Table.Td>
                    <Table.Td>{formatDateTime(download.at)}</Table.Td>
                    <Table.Td>
                      {t(download.disposition === 'preview' ? 'staffDocuments.detail.preview' : 'staffDocuments.detail.download')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title}>
      <Title order={2} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text component="dt" fz="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}
