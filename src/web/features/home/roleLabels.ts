import type { TFunction } from 'i18next';
import type { Roles } from '../../api/types.ts';

/** One label per role the client holds, in the seed's words ("Copropriétaire de 4 biens"). */
export function clientRoleLabels(roles: Roles, t: TFunction): string[] {
  const labels: string[] = [];
  if (roles.coOwnerLotCount > 0) labels.push(t('home.coOwner', { count: roles.coOwnerLotCount }));
  if (roles.isCouncilMember) labels.push(t('home.councilMember'));
  if (roles.landlordUnitCount > 0) labels.push(t('home.landlord', { count: roles.landlordUnitCount }));
  if (roles.isTenant) labels.push(t('home.tenant'));
  return labels;
}
