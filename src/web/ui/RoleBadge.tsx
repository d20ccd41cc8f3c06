import { Badge } from '@mantine/core';

/** A role label ("Copropriétaire de 4 biens") that wraps on narrow screens instead of being cut. */
export function RoleBadge({ children }: { children: string }) {
  return (
    <Badge
      variant="light"
      size="lg"
      radius="sm"
      tt="none"
      fw={600}
      styles={{
        root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 4, maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3, textAlign: 'start' },
      }}
    >
      {children}
    </Badge>
  );
}
