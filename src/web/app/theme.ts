import { Card, type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm blue close to the seed portal's; shade 6 (buttons, links) keeps 5.8:1 against white.
const palier: MantineColorsTuple = [
  '#eaf1fb',
  '#d3e2f7',
  '#a7c4ef',
  '#78a4e6',
  '#5089de',
  '#3577d6',
  '#1f63c0',
  '#1a56a8',
  '#154a92',
  '#0f3b78',
];

export const theme = createTheme({
  primaryColor: 'palier',
  primaryShade: 6,
  colors: { palier },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Card: Card.extend({ defaultProps: { radius: 'lg', withBorder: true, padding: 'lg', shadow: 'xs' } }),
  },
});

// Mantine's default dimmed grey and error red are below 4.5:1 on white (WCAG AA): use darker shades.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
