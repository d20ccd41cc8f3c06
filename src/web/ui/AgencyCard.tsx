import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { IconClock, IconMail, IconMapPin, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../api/types.ts';

function addressLines(agency: Agency): string[] {
  const town = [agency.postalCode, agency.city].filter(Boolean).join(' ');
  return [agency.addressLine1, agency.addressLine2, town].filter((line): line is string => Boolean(line));
}

function InfoLine({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" fz="sm" c="dimmed" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        {icon}
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

/** An agency's contact card: address, phone, email and opening hours, as on the seed portal. */
export function AgencyCard({ agency }: { agency: Agency }) {
  const { t } = useTranslation();
  const address = addressLines(agency);
  const iconProps = { size: 16, 'aria-hidden': true } as const;
  return (
    <Card>
      <Title order={3} fz="lg" mb="sm">
        {agency.name}
      </Title>
      <Stack component="dl" gap="sm" m={0}>
        {address.length > 0 ? (
          <InfoLine icon={<IconMapPin {...iconProps} />} label={t('agency.address')}>
            {address.join(', ')}
          </InfoLine>
        ) : null}
        {agency.phone ? (
          <InfoLine icon={<IconPhone {...iconProps} />} label={t('agency.phone')}>
            <Anchor href={`tel:${agency.phone.replace(/[^\d+]/g, '')}`}>{agency.phone}</Anchor>
          </InfoLine>
        ) : null}
        {agency.email ? (
          <InfoLine icon={<IconMail {...iconProps} />} label={t('agency.email')}>
            <Anchor href={`mailto:${agency.email}`} style={{ overflowWrap: 'anywhere' }}>
              {agency.email}
            </Anchor>
          </InfoLine>
        ) : null}
        {agency.openingHours.length > 0 ? (
          <InfoLine icon={<IconClock {...iconProps} />} label={t('agency.openingHours')}>
            {agency.openingHours.map((line) => (
              <span key={line} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
          </InfoLine>
        ) : null}
      </Stack>
    </Card>
  );
}
