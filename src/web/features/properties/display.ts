import type { RentalStatus } from './properties.queries.ts';

// Tantièmes are counted, not priced: French digit grouping, no decimals ("1 250 / 10 000").
const countFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

export const formatCount = (value: number) => countFormat.format(value);

interface PostalAddress {
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
}

/** "100 avenue Anatole France, 94000 Créteil": the lines that exist, on one line. */
export function formatAddress(address: PostalAddress): string {
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.addressLine1, address.addressLine2, town].filter(Boolean).join(', ');
}

// Dark enough under white text for WCAG AA; the seed's grey, orange and green, darkened.
export const STATUS_COLORS: Record<RentalStatus, string> = {
  vacant: 'gray.7',
  mise_en_location: '#a63c06',
  loue: '#1e6b34',
};
