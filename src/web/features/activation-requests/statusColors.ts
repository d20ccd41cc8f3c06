import type { RequestStatus } from './activationRequests.queries.ts';

// Dark enough under white text for WCAG AA (4.5:1 at least); Mantine's own orange and green stay below it.
export const STATUS_COLORS: Record<RequestStatus, string> = {
  pending: '#a63c06',
  approved: '#1e6b34',
  rejected: '#c92a2a',
};

/** The seed's promise is 24 to 72 hours: past 24 a request is late, past 72 the promise is broken. */
export function ageColor(hours: number): string {
  if (hours >= 72) return STATUS_COLORS.rejected;
  if (hours >= 24) return STATUS_COLORS.pending;
  return 'gray.7';
}
