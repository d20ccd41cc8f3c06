import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { formatAddress, formatCount, STATUS_COLORS } from './display.ts';
import type { ManagedUnit, OwnedLot, RentalStatus, RentedUnit } from './properties.queries.ts';

export function StatusBadge({ status }: { status: RentalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="filled" tt="none" style={{ flexShrink: 0 }}>
      {t(`properties.status.${status}`)}
    </Badge>
  );
}

/** The cards of one space, side by side on wide screens, as in the seed. */
export function CardGrid({ children }: { children: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {children}
    </SimpleGrid>
  );
}

function PropertyCard({
  title,
  order = 3,
  badge,
  lines,
  detail,
}: {
  title: string;
  /** 4 under a condominium's own heading, so that headings never skip a level. */
  order?: 3 | 4;
  badge?: ReactNode;
  lines: (string | null)[];
  detail: (props: { children: ReactNode; 'aria-label': string }) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Title order={order} fz="md">
            {title}
          </Title>
          {badge}
        </Group>
        {lines
          .filter((line): line is string => Boolean(line))
          .map((line) => (
            <Text key={line} fz="sm" c="dimmed">
              {line}
            </Text>
          ))}
        <Group mt="auto" pt="xs">
          {detail({ children: t('properties.seeDetail'), 'aria-label': t('properties.seeDetailOf', { name: title }) })}
        </Group>
      </Stack>
    </Card>
  );
}

export function LotCard({ lot }: { lot: OwnedLot }) {
  const { t } = useTranslation();
  const general = lot.shares.find((share) => share.isGeneral) ?? lot.shares[0];
  const title = t('properties.lotTitle', { number: lot.number, kind: t(`properties.lotKinds.${lot.kind}`) });
  return (
    <PropertyCard
      title={title}
      order={4}
      lines={[
        [lot.building, lot.floor ? `${t('properties.floor')} ${lot.floor}` : null].filter(Boolean).join(' · ') || null,
        general
          ? `${formatCount(general.shares)} / ${formatCount(general.total)} ${t('properties.shares').toLowerCase()} · ${general.keyName}`
          : null,
        t(`properties.ownershipKinds.${lot.ownershipKind}`),
      ]}
      detail={(props) => (
        <Button
          size="xs"
          variant="light"
          renderRoot={(root) => <Link to="/biens/lot/$lotId" params={{ lotId: lot.id }} {...root} />}
          {...props}
        />
      )}
    />
  );
}

export function ManagedUnitCard({ unit }: { unit: ManagedUnit }) {
  const { t } = useTranslation();
  return (
    <PropertyCard
      title={`${t(`properties.lotKinds.${unit.kind}`)} · ${unit.reference}`}
      badge={<StatusBadge status={unit.status} />}
      lines={[
        formatAddress(unit),
        unit.floor ? `${t('properties.floor')} ${unit.floor}` : null,
        unit.tenantNames.length > 0 ? `${t('properties.tenant')} : ${unit.tenantNames.join(', ')}` : null,
        unit.leaseStartDate ? t('properties.leaseStart', { date: formatDate(unit.leaseStartDate) }) : null,
      ]}
      detail={(props) => <UnitDetailButton unitId={unit.id} {...props} />}
    />
  );
}

export function RentedUnitCard({ unit }: { unit: RentedUnit }) {
  const { t } = useTranslation();
  return (
    <PropertyCard
      title={`${t(`properties.lotKinds.${unit.kind}`)} · ${formatAddress(unit)}`}
      lines={[
        `${t('properties.rent')} : ${formatEuros(unit.monthlyRentCents)} · ${t('properties.charges')} : ${formatEuros(unit.monthlyChargesCents)}`,
        t('properties.leaseStart', { date: formatDate(unit.leaseStartDate) }),
        t('properties.agencyLine', { agency: unit.agencyName }),
      ]}
      detail={(props) => <UnitDetailButton unitId={unit.id} {...props} />}
    />
  );
}

function UnitDetailButton({ unitId, ...props }: { unitId: string; children: ReactNode; 'aria-label': string }) {
  return (
    <Button
      size="xs"
      variant="light"
      renderRoot={(root) => <Link to="/biens/bien/$unitId" params={{ unitId }} {...root} />}
      {...props}
    />
  );
}
