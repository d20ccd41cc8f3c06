import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUser } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { initials } from '../ui/initials.ts';

interface UserMenuProps {
  me: Me;
  onLogout: () => void;
  loggingOut: boolean;
}

// WAI-ARIA menu button: opening moves focus to the first available item. Mantine's own
// focus placeholder would do it through a role="presentation" child that a menu may not contain.
function focusFirstItem(dropdown: HTMLDivElement | null) {
  dropdown?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
}

export function UserMenu({ me, onLogout, loggingOut }: UserMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={220} shadow="md" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.label', { name: me.displayName })}
          px="xs"
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-xl)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="palier" radius="xl" size={34}>
              {initials(me.displayName)}
            </Avatar>
            <Text fw={600} fz="sm" visibleFrom="sm" maw={200} truncate>
              {me.displayName}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown ref={focusFirstItem}>
        <Menu.Label>{me.displayName}</Menu.Label>
        <Menu.Item leftSection={<IconUser size={18} aria-hidden />} component={Link} to="/profil">
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={18} aria-hidden />} onClick={onLogout} disabled={loggingOut}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
