import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconMessageQuestion } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RoleBadge } from '../../ui/RoleBadge.tsx';
import { openContactRequestCountQuery } from '../contact-requests/contactRequests.queries.ts';
import { AgencyList } from './AgencyList.tsx';

export function StaffHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const staffRole = me.roles.staffRole ?? 'manager';
  const open = useQuery(openContactRequestCountQuery).data?.open;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <PageHeading>{t('home.greeting', { name: me.firstName ?? me.displayName })}</PageHeading>
        <Group gap="sm">
          <RoleBadge>{t(`staffRoles.${staffRole}`)}</RoleBadge>
          <Text c="dimmed">{t('home.staffIntro')}</Text>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card component="section" aria-labelledby="staff-home-contact">
          <Group gap="sm" wrap="nowrap" mb="xs">
            <IconMessageQuestion size={22} aria-hidden />
            <Title order={2} fz="h3" id="staff-home-contact">
              {t('home.staff.contactRequests')}
            </Title>
          </Group>
          <Text c="dimmed" fz="sm" mb="sm">
            {open === undefined ? t('home.staff.contactRequestsText') : t('home.staff.openRequests', { count: open })}
          </Text>
          <Anchor component={Link} to="/gestion/demandes-contact" fw={600}>
            {t('home.staff.contactRequestsLink')}
          </Anchor>
        </Card>
        <Card component="section" aria-labelledby="staff-home-agenda">
          <Group gap="sm" wrap="nowrap" mb="xs">
            <IconCalendarEvent size={22} aria-hidden />
            <Title order={2} fz="h3" id="staff-home-agenda">
              {t('home.staff.agenda')}
            </Title>
          </Group>
          <Text c="dimmed" fz="sm" mb="sm">
            {t('home.staff.agendaText')}
          </Text>
          <Anchor component={Link} to="/gestion/agenda" fw={600}>
            {t('home.staff.agendaLink')}
          </Anchor>
        </Card>
      </SimpleGrid>
      <AgencyList agencies={me.agencies} />
    </Stack>
  );
}
