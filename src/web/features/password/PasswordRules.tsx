import { Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { usePasswordRules } from './password.queries.ts';

type Rules = ReturnType<typeof usePasswordRules>;

function Rule({ met, checking, children }: { met: boolean; checking?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const icon = checking ? (
    <Loader size={16} aria-hidden />
  ) : met ? (
    <IconCircleCheck size={18} color="var(--mantine-color-green-8)" aria-hidden />
  ) : (
    <IconCircleX size={18} color="var(--mantine-color-gray-7)" aria-hidden />
  );
  return (
    <Group component="li" gap={8} wrap="nowrap" align="flex-start">
      {icon}
      <Text fz="sm" fw={met ? 600 : undefined}>
        {children}{' '}
        <VisuallyHidden component="span">
          {checking ? t('password.rules.checking') : met ? t('password.rules.met') : t('password.rules.notMet')}
        </VisuallyHidden>
      </Text>
    </Group>
  );
}

/** The rules under the new-password field, ticked as the person types. */
export function PasswordRules({ id, rules, touched }: { id: string; rules: Rules; touched: boolean }) {
  const { t } = useTranslation();
  const { lengthRule, strength, checking } = rules;
  const advice = strength && !strength.acceptable ? [strength.warning, ...strength.suggestions].filter(Boolean) : [];
  return (
    <Stack gap={6} id={id}>
      <Text fz="sm" fw={600}>
        {t('password.rules.title')}
      </Text>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        <Rule met={lengthRule.satisfied}>{t('password.rules.length')}</Rule>
        <Rule met={strength?.notGuessable === true} checking={checking}>
          {t('password.rules.guessable')}
        </Rule>
      </Stack>
      {/* Announced politely once the verdict is in, not at every keystroke. */}
      <div aria-live="polite">
        {touched && lengthRule.satisfied && !checking && strength ? (
          <Text fz="sm" fw={600} c={strength.acceptable ? undefined : 'red.9'}>
            {strength.acceptable ? t('password.rules.good') : advice.join(' ') || t('password.rules.tooGuessable')}
          </Text>
        ) : null}
      </div>
    </Stack>
  );
}
