import {
  IconBrandApple,
  IconBrandFacebook,
  IconBrandGoogle,
  IconBrandLinkedin,
  IconBrandWindows,
  IconBrandX,
  IconLink,
  type IconProps,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

/** Outline, single-colour icons: recognisable without the brands' own logos and colours. */
const icons: Record<string, ComponentType<IconProps>> = {
  google: IconBrandGoogle,
  microsoft: IconBrandWindows,
  apple: IconBrandApple,
  linkedin: IconBrandLinkedin,
  facebook: IconBrandFacebook,
  x: IconBrandX,
};

/** The names the server gives too; known here so that a message can name the provider from the address alone. */
const labels: Record<string, string> = {
  google: 'Google',
  microsoft: 'Microsoft',
  apple: 'Apple',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  x: 'X',
};

export function ProviderIcon({ provider, size = 20 }: { provider: string; size?: number }) {
  const Icon = icons[provider] ?? IconLink;
  return <Icon size={size} stroke={1.75} aria-hidden />;
}

export const providerLabel = (provider: string | undefined): string => (provider && labels[provider]) || provider || '';
