import type { AgencyRow } from './me.repository.ts';
import type { Me } from './me.schema.ts';

export const presentAgencyCard = (agency: AgencyRow): Me['agencies'][number] => ({
  id: agency.id,
  name: agency.name,
  addressLine1: agency.addressLine1,
  addressLine2: agency.addressLine2,
  postalCode: agency.postalCode,
  city: agency.city,
  phone: agency.phone,
  email: agency.email,
  openingHours: agency.openingHours,
});
