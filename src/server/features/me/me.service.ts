import { parisDate } from '../../../domain/calendar.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { Database } from '../../db/client.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { presentAgencyCard } from './me.presenter.ts';
import {
  findAccountOwner,
  findAgenciesServingPerson,
  findAgency,
  findPerson,
  findPersonRoles,
  findStaffMember,
} from './me.repository.ts';
import type { Me } from './me.schema.ts';

const noClientRoles = { coOwnerLotCount: 0, isCouncilMember: false, landlordUnitCount: 0, isTenant: false };

/** "Mes informations": who the signed-in person is, in which roles, served by which agencies. */
export class MeService {
  constructor(private readonly db: Database) {}

  describe(viewer: Viewer): Promise<Me> {
    return this.describeAccount(viewer.accountId);
  }

  async describeAccount(accountId: string, now = new Date()): Promise<Me> {
    const owner = await findAccountOwner(this.db, accountId);
    if (!owner) throw new AppError('UNAUTHENTICATED');
    if (owner.personId) {
      const today = parisDate(now);
      const [person, roles, agencies] = await Promise.all([
        findPerson(this.db, owner.personId),
        findPersonRoles(this.db, owner.personId, today),
        findAgenciesServingPerson(this.db, owner.personId, today),
      ]);
      if (!person) throw new AppError('UNAUTHENTICATED');
      return {
        kind: 'client',
        displayName: displayName(person),
        firstName: person.firstName,
        email: owner.email,
        roles: { ...roles, staffRole: null },
        agencies: agencies.map(presentAgencyCard),
      };
    }
    const staff = owner.staffMemberId ? await findStaffMember(this.db, owner.staffMemberId) : undefined;
    if (!staff) throw new AppError('UNAUTHENTICATED');
    const agency = await findAgency(this.db, staff.agencyId);
    return {
      kind: 'staff',
      displayName: `${staff.firstName} ${staff.lastName}`,
      firstName: staff.firstName,
      email: owner.email,
      roles: { ...noClientRoles, staffRole: staff.role },
      agencies: agency ? [presentAgencyCard(agency)] : [],
    };
  }
}
