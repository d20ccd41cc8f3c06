import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconFolder, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentFolder, FolderFacet } from './documents.queries.ts';
import { splitByAudience } from './folders.ts';

interface FolderCardsProps {
  folders: FolderFacet[];
  selected: DocumentFolder | undefined;
  onSelect: (folder: DocumentFolder | undefined) => void;
}

/**
 * The seed's "Dossiers": one card per folder holding documents, with its count; the folders reserved to
 * owners apart under the seed's note. The server only ever returns folders the person may open, so the note
 * is shown to owners only — a tenant never sees it, nor those folders.
 */
export function FolderCards({ folders, selected, onSelect }: FolderCardsProps) {
  const { t } = useTranslation();
  const { shared, ownersOnly } = splitByAudience(folders);
  const cards = (list: FolderFacet[]) => (
    <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {list.map((facet) => (
        <li key={facet.folder}>
          <FolderCard
            facet={facet}
            pressed={selected === facet.folder}
            onClick={() => onSelect(selected === facet.folder ? undefined : facet.folder)}
          />
        </li>
      ))}
    </SimpleGrid>
  );
  return (
    <Stack component="section" gap="sm" aria-labelledby="documents-folders">
      <Title order={2} fz="lg" id="documents-folders">
        {t('documents.folders.title')}
      </Title>
      {folders.length === 0 && <Text c="dimmed">{t('documents.folders.none')}</Text>}
      {shared.length > 0 && cards(shared)}
      {ownersOnly.length > 0 && (
        <Stack gap="xs" mt={shared.length > 0 ? 'sm' : 0}>
          <Text fw={600} fz="sm">
            {t('documents.folders.ownersOnly')}
          </Text>
          {cards(ownersOnly)}
        </Stack>
      )}
    </Stack>
  );
}

function FolderCard({ facet, pressed, onClick }: { facet: FolderFacet; pressed: boolean; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton onClick={onClick} aria-pressed={pressed} w="100%" h="100%">
      <Card
        withBorder
        radius="md"
        padding="sm"
        shadow="none"
        h="100%"
        style={pressed ? { borderColor: 'var(--mantine-color-palier-6)', borderWidth: 2 } : undefined}
        bg={pressed ? 'palier.0' : undefined}
      >
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon variant="light" size="lg" aria-hidden>
              {pressed ? <IconFolderOpen size={20} /> : <IconFolder size={20} />}
            </ThemeIcon>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600}>{facet.label}</Text>
              <Text fz="sm" c="dimmed">
                {t('documents.count', { count: facet.count })}
              </Text>
            </Stack>
          </Group>
          <IconChevronRight size={18} aria-hidden />
        </Group>
      </Card>
    </UnstyledButton>
  );
}
