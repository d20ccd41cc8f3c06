import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RoleBadge } from '../../ui/RoleBadge.tsx';
import { AgencyList } from './AgencyList.tsx';

export function StaffHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const staffRole = me.roles.staffRole ?? 'manager';
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <PageHeading>{t('home.greeting', { name: me.firstName ?? me.displayName })}</PageHeading>
        <Group gap="sm">
          <RoleBadge>{t(`staffRoles.${staffRole}`)}</RoleBadge>
          <Text c="dimmed">{t('home.staffIntro')}</Text>
        </Group>
      </Stack>
      <AgencyList agencies={me.agencies} />
    </Stack>
  );
}
