import type { Address, DemoBatch } from './batch.ts';
import { landlinePhone, mobilePhone, type NameGenerator, personalEmail, type Random, slug } from './people.ts';
import { type UnitPlan, units } from './rental-units.ts';

/**
 * The rental side of the demo: ImmoCity Paris Suffren and the seed's landlord GERASCO, "28 biens en
 * gérance", among them 20 rue de Chambéry. Statuses are never stored: they follow from the leases below.
 */

/** Rough market rents per m² and per month, in euros, by arrondissement (unfurnished, 2026). */
const rentPerSquareMetre: Record<string, number> = {
  '75005': 35,
  '75007': 37,
  '75011': 31,
  '75012': 29,
  '75013': 28,
  '75014': 30,
  '75015': 31,
  '75018': 29,
  '75020': 27,
};

const roundToFiveEuros = (euros: number) => Math.round(euros / 5) * 5 * 100;

function rentCents(unit: UnitPlan): { rent: number; charges: number } {
  if (unit.kind === 'parking') return { rent: unit.postalCode === '75007' ? 16_000 : 12_000, charges: 1_000 };
  const rate = rentPerSquareMetre[unit.postalCode] ?? 30;
  if (unit.kind === 'commerce')
    return { rent: roundToFiveEuros(unit.surface * rate * 1.6), charges: roundToFiveEuros(unit.surface * 3.5) };
  return { rent: roundToFiveEuros(unit.surface * rate), charges: roundToFiveEuros(unit.surface * 2.3) };
}

const floorLabel = (floor: string) => (floor === 'RDC' ? 'Rez-de-chaussée' : floor === '1' ? '1er étage' : `${floor}e étage`);

/** Where former tenants moved to, so their files keep a postal address. */
const movedTo = [
  { addressLine1: '14 rue Jean Jaurès', postalCode: '92130', city: 'Issy-les-Moulineaux' },
  { addressLine1: '3 place de la Mairie', postalCode: '78000', city: 'Versailles' },
  { addressLine1: '22 avenue Gambetta', postalCode: '93100', city: 'Montreuil' },
  { addressLine1: '9 rue Nationale', postalCode: '59000', city: 'Lille' },
  { addressLine1: '61 cours Lafayette', postalCode: '69003', city: 'Lyon' },
] as const;

/** Written by hand below; the generator must not hand them out again. */
export const rentalLastNames = ['Moreau', 'Roussel'];

/** The ids the demo's lease, receipts and landlord statement point at. */
export interface RentalDemo {
  agencyId: string;
  managerId: string;
  landlordId: string;
  mandateId: string;
  /** In the order of `units`. */
  managedUnitIds: string[];
}

export function buildRental(batch: DemoBatch, names: NameGenerator, random: Random): RentalDemo {
  const agencyId = batch.add(batch.agencies, {
    name: 'ImmoCity Paris Suffren',
    kind: 'rental',
    addressLine1: '69 avenue de Suffren',
    postalCode: '75007',
    city: 'Paris',
    phone: '01 45 67 89 10',
    email: 'contact-suffren@immocity.example',
    openingHours: ['Du lundi au jeudi : 9h - 12h // 13h30 - 17h', 'Le vendredi : 9h - 12h // 13h30 - 16h'],
  });
  const managerId = batch.add(batch.staffMembers, {
    agencyId,
    firstName: 'Thomas',
    lastName: 'Moreau',
    email: 'gerance@immocity.example',
    phone: '01 45 67 89 12',
    role: 'manager',
  });
  batch.accounts.push({ staffMemberId: managerId, email: 'gerance@immocity.example' });
  batch.add(batch.staffMembers, {
    agencyId,
    firstName: 'Isabelle',
    lastName: 'Roussel',
    email: 'comptabilite-suffren@immocity.example',
    phone: '01 45 67 89 15',
    role: 'accountant',
  });

  const landlordId = batch.addClient(agencyId, 'BA200028', 'contact@gerasco.example', {
    civility: 'SOCIETE',
    companyName: 'GERASCO',
    landlinePhone: landlinePhone(random),
    addressLine1: '3 rue Linois',
    postalCode: '75015',
    city: 'Paris',
  });
  const mandateId = batch.add(batch.managementMandates, {
    agencyId,
    landlordId,
    managerId,
    reference: 'MG-2019-028',
    feeRateBasisPoints: 700,
    startDate: '2019-03-01',
  });

  const tenants = new TenantFactory(batch, agencyId, names, random);
  let leaseNumber = 1001;
  const addLease = (managedUnitId: string, unit: UnitPlan, startDate: string, endDate: string | null, personIds: string[]) => {
    const { rent, charges } = rentCents(unit);
    const leaseId = batch.add(batch.leases, {
      managedUnitId,
      reference: `BAIL-${leaseNumber++}`,
      startDate,
      endDate,
      monthlyRentCents: rent,
      monthlyChargesCents: charges,
      // One month's rent: the legal maximum for an unfurnished home, applied to every demo lease for simplicity.
      depositCents: rent,
    });
    for (const personId of personIds) batch.leaseTenants.push({ leaseId, personId });
  };

  const managedUnitIds: string[] = [];
  units.forEach((unit, index) => {
    const address = { addressLine1: unit.street, postalCode: unit.postalCode, city: 'Paris' };
    const managedUnitId = batch.add(batch.managedUnits, {
      mandateId,
      lotId: null,
      reference: `GER-${String(index + 1).padStart(2, '0')}`,
      kind: unit.kind,
      ...address,
      floor: unit.floor,
      surfaceSquareMetres: unit.surface,
      isBeingLet: unit.status === 'mise_en_location',
    });
    managedUnitIds.push(managedUnitId);
    if (unit.previous) {
      addLease(managedUnitId, unit, unit.previous.start, unit.previous.end, [tenants.former()]);
    }
    if (unit.status === 'loue' && unit.since) {
      const home = unit.tenantHome
        ? { ...address, addressLine1: unit.tenantHome }
        : { ...address, addressLine2: floorLabel(unit.floor) };
      const signatories = unit.company
        ? [tenants.company(unit.company, home)]
        : [tenants.person(home, unit.tenantReference), ...(unit.coTenancy ? [tenants.person(home)] : [])];
      addLease(managedUnitId, unit, unit.since, null, signatories);
    }
  });
  return { agencyId, managerId, landlordId, mandateId, managedUnitIds };
}

/** Creates tenants with their LO3001xx identifiers, keeping the ones promised to demo visitors free. */
class TenantFactory {
  private sequence = 101;
  private readonly reserved = new Set(['LO300115']);
  private count = 0;

  constructor(
    private readonly batch: DemoBatch,
    private readonly agencyId: string,
    private readonly names: NameGenerator,
    private readonly random: Random,
  ) {}

  person(home: Address, reference?: string): string {
    const name = this.names.next();
    // A few tenants never gave an email: they must still be able to sign in with their identifier.
    const email = this.count++ % 7 === 5 && !reference ? null : personalEmail(name.firstName, name.lastName);
    return this.batch.addClient(this.agencyId, reference ?? this.nextReference(), email, {
      ...name,
      mobilePhone: mobilePhone(this.random),
      ...home,
    });
  }

  company(companyName: string, home: Address): string {
    const email = `${slug(companyName.replace(/^(SARL|SAS) /, ''))}@example.fr`;
    return this.batch.addClient(this.agencyId, this.nextReference(), email, {
      civility: 'SOCIETE',
      companyName,
      landlinePhone: landlinePhone(this.random),
      ...home,
    });
  }

  former(): string {
    const address = movedTo[this.count % movedTo.length] ?? movedTo[0];
    return this.person(address);
  }

  private nextReference(): string {
    while (this.reserved.has(`LO300${this.sequence}`)) this.sequence += 1;
    const reference = `LO300${this.sequence}`;
    this.reserved.add(reference);
    return reference;
  }
}
