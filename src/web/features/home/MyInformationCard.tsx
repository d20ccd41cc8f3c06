import { Anchor, Avatar, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types.ts';
import { initials } from '../../ui/initials.ts';
import { RoleBadge } from '../../ui/RoleBadge.tsx';
import { clientRoleLabels } from './roleLabels.ts';

export function MyInformationCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const roles = clientRoleLabels(me.roles, t);
  return (
    <Card>
      <Title order={2} fz="h3" mb="md">
        {t('home.myInformation')}
      </Title>
      <Group gap="md" wrap="nowrap">
        <Avatar color="palier" radius="xl" size="lg" aria-hidden>
          {initials(me.displayName)}
        </Avatar>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {me.displayName}
          </Text>
          <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {me.email ?? t('home.noEmail')}
          </Text>
        </Stack>
      </Group>
      {roles.length > 0 ? (
        <Group gap="xs" mt="md" component="ul" aria-label={t('home.roles')} p={0} m={0} style={{ listStyle: 'none' }}>
          {roles.map((label) => (
            <li key={label} style={{ maxWidth: '100%' }}>
              <RoleBadge>{label}</RoleBadge>
            </li>
          ))}
        </Group>
      ) : null}
      {me.roles.coOwnerLotCount > 0 || me.roles.landlordUnitCount > 0 || me.roles.isTenant ? (
        <Anchor component={Link} to="/biens" fz="sm" fw={600} mt="md" display="inline-block">
          {t('home.seeProperties')}
        </Anchor>
      ) : null}
    </Card>
  );
}
