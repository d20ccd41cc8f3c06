import { frenchDate } from '../../../domain/french-dates.ts';
import { formatBasisPoints, formatEuroNumber, formatEuros } from '../../../domain/money.ts';
import { displayName } from '../../../domain/person-name.ts';
import { units } from '../rental-units.ts';
import type { RentalContext } from './context.ts';
import { pdfFileName } from './demo-documents.ts';

/**
 * GERASCO's "Compte rendu de gérance — 2e semestre 2025" (domain rules §4): for each of its 28 units, the rents
 * and charges called and received over the half-year from the demo's leases, the agency's fees with VAT, the
 * expenses paid on the landlord's behalf and the amount transferred.
 */

const MONTHS = ['2025-07-01', '2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01', '2025-12-01'];
const VAT_BASIS_POINTS = 2_000;

/** Two tenants were behind at the end of the year: the statement must show what is still owed. */
const ARREARS: Record<string, number> = { 'GER-17': 1, 'GER-20': 0.5 };

const EXPENSES: ReadonlyArray<{ date: string; unit: string; label: string; cents: number }> = [
  { date: '2025-07-18', unit: 'GER-22', label: 'Remplacement du chauffe-eau — Plomberie Dupuis', cents: 124_500 },
  {
    date: '2025-09-09',
    unit: 'GER-10',
    label: 'Réparation de la serrure de la porte palière — Serrurerie Lecourbe',
    cents: 18_960,
  },
  { date: '2025-10-02', unit: 'GER-01', label: 'Entretien annuel de la VMC — Air Services', cents: 9_600 },
  {
    date: '2025-11-14',
    unit: 'GER-16',
    label: 'Remise en peinture de la chambre avant relocation — Peintures Marchal',
    cents: 86_400,
  },
  { date: '2025-12-05', unit: '—', label: 'Assurance propriétaire non occupant, 2e semestre (28 lots)', cents: 117_600 },
];

export function addLandlordStatement(context: RentalContext): void {
  const { batch, rental } = context;
  const landlord = batch.persons.find((person) => person.id === rental.landlordId);
  const mandate = batch.managementMandates.find((row) => row.id === rental.mandateId);
  if (!landlord || !mandate) throw new Error('Demo data has no GERASCO mandate');
  const landlordName = displayName({
    civility: landlord.civility,
    firstName: landlord.firstName ?? null,
    lastName: landlord.lastName ?? null,
    companyName: landlord.companyName ?? null,
  });
  const tenantNames = (leaseId: string) =>
    batch.leaseTenants
      .filter((row) => row.leaseId === leaseId)
      .map((row) => batch.persons.find((person) => person.id === row.personId))
      .map((person) =>
        person
          ? displayName({
              civility: person.civility,
              firstName: person.firstName ?? null,
              lastName: person.lastName ?? null,
              companyName: person.companyName ?? null,
            })
          : '',
      )
      .join(' et ');

  const rows = units.map((unit, index) => {
    const unitId = rental.managedUnitIds[index] ?? '';
    const reference = batch.managedUnits.find((row) => row.id === unitId)?.reference ?? '';
    let called = 0;
    let monthly = 0;
    let tenant = 'Vacant';
    for (const month of MONTHS) {
      const lease = batch.leases.find(
        (row) => row.managedUnitId === unitId && row.startDate <= month && (row.endDate == null || row.endDate >= month),
      );
      if (!lease) continue;
      monthly = lease.monthlyRentCents + lease.monthlyChargesCents;
      called += monthly;
      tenant = tenantNames(lease.id ?? '');
    }
    const owed = Math.round((ARREARS[reference] ?? 0) * monthly);
    return { reference, address: `${unit.street}, ${unit.postalCode}`, tenant, called, received: called - owed, owed };
  });

  const total = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const received = total((row) => row.received);
  const feesExcludingTax = Math.round((received * mandate.feeRateBasisPoints) / 10_000);
  const feesVat = Math.round((feesExcludingTax * VAT_BASIS_POINTS) / 10_000);
  const expenses = EXPENSES.reduce((sum, expense) => sum + expense.cents, 0);
  const transferred = received - feesExcludingTax - feesVat - expenses;
  const title = 'Compte rendu de gérance — 2e semestre 2025';

  context.documents.add({
    agencyId: rental.agencyId,
    folder: 'gerance',
    kind: 'Compte rendu de gérance',
    title,
    year: 2025,
    scope: 'person',
    personId: rental.landlordId,
    publishedAt: context.archived('2026-01-20', '15:00'),
    publishedByStaffId: rental.managerId,
    fileName: pdfFileName(title),
    pdf: {
      letterhead: context.letterhead,
      footerNote: context.footerNote,
      subject: `Gestion locative — mandat ${mandate.reference}`,
    },
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: `Période du ${frenchDate(MONTHS[0] ?? '')} au 31 décembre 2025`,
          meta: `Paris, le ${frenchDate('2026-01-20')}`,
        })
        .addressBlock([landlordName, landlord.addressLine1 ?? '', `${landlord.postalCode ?? ''} ${landlord.city ?? ''}`])
        .facts([
          ['Mandant', `${landlordName} — référence BA200028`],
          ['Mandat de gestion', `${mandate.reference} du ${frenchDate(mandate.startDate)}`],
          ['Biens gérés', `${units.length} lots (appartements, commerces et parkings), Paris 5e à 20e`],
          ['Honoraires', `${formatBasisPoints(mandate.feeRateBasisPoints)} HT des sommes encaissées, TVA 20 %`],
        ])
        .heading('Synthèse du semestre')
        .table(
          [
            { header: 'Poste', width: 4 },
            { header: 'Montant', width: 1.5, align: 'right' },
          ],
          [
            ['Loyers et charges appelés', formatEuros(total((row) => row.called))],
            ['Loyers et charges encaissés', formatEuros(received)],
            [`Honoraires de gestion (${formatBasisPoints(mandate.feeRateBasisPoints)} HT)`, `-${formatEuros(feesExcludingTax)}`],
            ['TVA sur honoraires (20 %)', `-${formatEuros(feesVat)}`],
            ['Dépenses réglées pour votre compte', `-${formatEuros(expenses)}`],
          ],
          { totals: [['Montant reversé au mandant', formatEuros(transferred)]] },
        )
        .paragraph(
          `Les fonds ont été reversés par virements mensuels sur votre compte, le dernier le ${frenchDate('2026-01-08')}. Reste dû par les locataires au 31 décembre 2025 : ${formatEuros(total((row) => row.owed))}, dont le recouvrement est en cours (relances et plan d'apurement).`,
        )
        .heading('Détail par lot')
        .table(
          [
            { header: 'Réf.', width: 0.75 },
            { header: 'Adresse', width: 2.4 },
            { header: 'Locataire', width: 2.2 },
            { header: 'Appelé', width: 1, align: 'right' },
            { header: 'Encaissé', width: 1, align: 'right' },
            { header: 'Reste dû', width: 0.9, align: 'right' },
          ],
          rows.map((row) => [
            row.reference,
            row.address,
            row.tenant,
            formatEuroNumber(row.called),
            formatEuroNumber(row.received),
            row.owed ? formatEuroNumber(row.owed) : '—',
          ]),
          {
            totals: [
              [
                'Total',
                '',
                '',
                formatEuroNumber(total((row) => row.called)),
                formatEuroNumber(received),
                formatEuroNumber(total((row) => row.owed)),
              ],
            ],
          },
        )
        .heading('Dépenses réglées pour votre compte')
        .table(
          [
            { header: 'Date', width: 0.9 },
            { header: 'Lot', width: 0.7 },
            { header: 'Nature', width: 4 },
            { header: 'Montant TTC', width: 1.2, align: 'right' },
          ],
          EXPENSES.map((expense) => [frenchDate(expense.date), expense.unit, expense.label, formatEuros(expense.cents)]),
          { totals: [['', '', 'Total', formatEuros(expenses)]] },
        )
        .paragraph(
          `Les factures sont consultables sur demande. Le compte rendu du 1er semestre 2026 vous sera adressé en juillet ; la déclaration des revenus fonciers 2025 (formulaire 2044) est jointe séparément. Les loyers sont révisés à la date anniversaire de chaque bail selon l'indice de référence des loyers prévu au contrat.`,
        )
        .signature(['Thomas Moreau', 'Gestionnaire, ImmoCity Paris Suffren']);
    },
  });
}
