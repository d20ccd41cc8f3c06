import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ContractsPanel } from '../contracts/ContractsPanel.tsx';
import { PropertyDocuments } from '../documents/PropertyDocuments.tsx';
import { ContactsPanel } from './ContactsPanel.tsx';
import { DetailLayout, Facts } from './DetailLayout.tsx';
import { formatAddress, formatCount } from './display.ts';
import { type LotDetail, lotDetailQuery, type OwnedLot } from './properties.queries.ts';

function SharesTable({ lot, caption }: { lot: OwnedLot; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('properties.summary.key')}</Table.Th>
          <Table.Th scope="col">{t('properties.shares')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lot.shares.map((share) => (
          <Table.Tr key={share.keyCode}>
            <Table.Td>{share.keyName}</Table.Td>
            <Table.Td>
              {t('properties.sharesValue', { shares: formatCount(share.shares), total: formatCount(share.total) })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function LotSummary({ detail }: { detail: LotDetail }) {
  const { t } = useTranslation();
  const { lot } = detail;
  const kind = (owned: OwnedLot) => t(`properties.lotKinds.${owned.kind}`);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <Facts
            items={[
              [t('properties.address'), formatAddress(detail.buildingAddress ?? detail.condominium)],
              [t('properties.summary.condominium'), detail.condominium.name],
              ...(lot.building ? [[t('properties.building'), lot.building] as [string, string]] : []),
              ...(lot.staircase ? [[t('properties.staircase'), lot.staircase] as [string, string]] : []),
              ...(lot.floor ? [[t('properties.floor'), lot.floor] as [string, string]] : []),
              [t('properties.ownershipKind'), t(`properties.ownershipKinds.${lot.ownershipKind}`)],
              [t('properties.contacts.manager'), detail.manager?.name ?? t('properties.contacts.noManager')],
            ]}
          />
          {lot.description && (
            <Text mt="md" fz="sm">
              {lot.description}
            </Text>
          )}
        </Card>
        {/* A grid cell stretches its child: the wrapper keeps the table's rows at their natural height. */}
        <div>
          <SharesTable lot={lot} caption={t('properties.summary.sharesOf', { number: lot.number })} />
        </div>
      </SimpleGrid>
      <Stack component="section" gap="sm" aria-label={t('properties.summary.ownerLots')}>
        <Title order={2} fz="lg">
          {t('properties.summary.ownerLots')}
        </Title>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('properties.summary.lot')}</Table.Th>
              <Table.Th scope="col">{t('properties.floor')}</Table.Th>
              <Table.Th scope="col">{t('properties.summary.generalShares')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.ownerLots.map((owned) => {
              const general = owned.shares.find((share) => share.isGeneral);
              return (
                <Table.Tr key={owned.id}>
                  <Table.Td>{t('properties.lotTitle', { number: owned.number, kind: kind(owned) })}</Table.Td>
                  <Table.Td>{owned.floor ?? '—'}</Table.Td>
                  <Table.Td>
                    {general
                      ? t('properties.sharesValue', { shares: formatCount(general.shares), total: formatCount(general.total) })
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>
    </Stack>
  );
}

/** "/biens/lot/$lotId": one lot the person owns, with its condominium's contacts. */
export function LotDetailPage() {
  const { t } = useTranslation();
  const { lotId } = useParams({ from: '/espace/biens/lot/$lotId' });
  const detail = useQuery(lotDetailQuery(lotId));
  const data = detail.data;
  return (
    <DetailLayout
      title={
        data ? t('properties.lotTitle', { number: data.lot.number, kind: t(`properties.lotKinds.${data.lot.kind}`) }) : undefined
      }
      subtitle={data?.condominium.name}
      isPending={detail.isPending}
      error={detail.error}
      summary={data && <LotSummary detail={data} />}
      contacts={data && <ContactsPanel contacts={data} showCouncil />}
      documents={<PropertyDocuments property={{ lotId }} />}
      contracts={<ContractsPanel property={{ lotId }} />}
    />
  );
}
