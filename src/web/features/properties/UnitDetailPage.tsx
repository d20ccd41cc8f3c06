import { Card, Group, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { ContractsPanel } from '../contracts/ContractsPanel.tsx';
import { PropertyDocuments } from '../documents/PropertyDocuments.tsx';
import { ContactsPanel } from './ContactsPanel.tsx';
import { DetailLayout, Facts } from './DetailLayout.tsx';
import { formatAddress } from './display.ts';
import { StatusBadge } from './PropertyCards.tsx';
import { type UnitDetail, unitDetailQuery } from './properties.queries.ts';

function UnitSummary({ detail }: { detail: UnitDetail }) {
  const { t } = useTranslation();
  const { unit } = detail;
  const facts: [string, string][] = [
    [t('properties.address'), formatAddress(unit)],
    ...(unit.floor ? [[t('properties.floor'), unit.floor] as [string, string]] : []),
    ...(unit.surfaceSquareMetres
      ? [[t('properties.surface'), t('properties.surfaceValue', { value: unit.surfaceSquareMetres })] as [string, string]]
      : []),
    [t('properties.contacts.manager'), detail.manager?.name ?? t('properties.contacts.noManager')],
  ];
  const lease: [string, string][] = [
    ...(unit.tenantNames.length > 0 ? [[t('properties.tenant'), unit.tenantNames.join(', ')] as [string, string]] : []),
    ...(unit.leaseStartDate
      ? [
          [t('properties.summary.lease'), t('properties.leaseStart', { date: formatDate(unit.leaseStartDate) })] as [
            string,
            string,
          ],
        ]
      : []),
    ...(unit.monthlyRentCents !== null ? [[t('properties.rent'), formatEuros(unit.monthlyRentCents)] as [string, string]] : []),
    ...(unit.monthlyChargesCents !== null
      ? [[t('properties.charges'), formatEuros(unit.monthlyChargesCents)] as [string, string]]
      : []),
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Card withBorder>
        <Facts items={facts} />
      </Card>
      {lease.length > 0 && (
        <Card withBorder>
          <Facts items={lease} />
        </Card>
      )}
    </SimpleGrid>
  );
}

/** "/biens/bien/$unitId": a unit the person entrusts to the agency, or rents from it. */
export function UnitDetailPage() {
  const { t } = useTranslation();
  const { unitId } = useParams({ from: '/espace/biens/bien/$unitId' });
  const detail = useQuery(unitDetailQuery(unitId));
  const unit = detail.data?.unit;
  return (
    <DetailLayout
      title={unit ? `${t(`properties.lotKinds.${unit.kind}`)} · ${unit.reference}` : undefined}
      subtitle={
        unit && (
          <Group component="span" gap="xs">
            {t(unit.relation === 'landlord' ? 'properties.landlordRole' : 'properties.tenantRole')}
            {unit.status && <StatusBadge status={unit.status} />}
          </Group>
        )
      }
      isPending={detail.isPending}
      error={detail.error}
      summary={detail.data && <UnitSummary detail={detail.data} />}
      contacts={detail.data && <ContactsPanel contacts={detail.data} showCouncil={detail.data.council.length > 0} />}
      documents={<PropertyDocuments property={{ unitId }} />}
      // Contracts are owners' information: a tenant has no such tab (the API answers 404).
      contracts={unit?.relation === 'landlord' && <ContractsPanel property={{ unitId }} />}
    />
  );
}
