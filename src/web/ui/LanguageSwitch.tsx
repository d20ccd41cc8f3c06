import { Button, Text } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Offers the other language, named in that language ("English" / "Français"); only its code on phones. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = t('language.otherCode');
  return (
    <Button
      variant="subtle"
      size="compact-md"
      px={6}
      leftSection={<IconLanguage size={18} aria-hidden />}
      lang={other}
      aria-label={t('language.other')}
      title={t('language.otherLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      <Text span inherit visibleFrom="xs">
        {t('language.other')}
      </Text>
      <Text span inherit hiddenFrom="xs" tt="uppercase">
        {other}
      </Text>
    </Button>
  );
}
