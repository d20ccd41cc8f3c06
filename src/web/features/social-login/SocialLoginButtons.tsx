import { Button, Divider, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProviderIcon } from './providers.tsx';
import { signInUrl, socialProvidersQuery } from './socialLogin.queries.ts';

/**
 * The seed's "Ou bien connectez-vous en utilisant un réseau social..." with one link per provider configured
 * on this portal — none at all when there is none. Links, not buttons: each leads to the provider's page.
 */
export function SocialLoginButtons() {
  const { t } = useTranslation();
  const providers = useQuery(socialProvidersQuery).data?.providers ?? [];
  if (providers.length === 0) return null;
  return (
    <Stack gap="sm" mt="xs">
      {/* A plain line above the sentence: a Divider label never wraps, and the sentence is too long for a phone. */}
      <Divider />
      <Text fz="sm" c="dimmed" ta="center">
        {t('socialLogin.separator')}
      </Text>
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" verticalSpacing="xs">
        {providers.map((provider) => (
          <Button
            key={provider.id}
            component="a"
            href={signInUrl(provider.id)}
            variant="default"
            leftSection={<ProviderIcon provider={provider.id} />}
            aria-label={t('socialLogin.signInWith', { provider: provider.label })}
          >
            {provider.label}
          </Button>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
