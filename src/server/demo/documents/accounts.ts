import { addDays } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuroNumber, formatEuros } from '../../../domain/money.ts';
import { KEY_CODES, type KeyCode } from './condominium-view.ts';
import type { SyndicContext } from './context.ts';
import { actualsOf, budgetOf, budgetTotal, type DemoBudget, worksFundCents, worksFundOpeningCents } from './demo-budget.ts';
import { pdfFileName } from './demo-documents.ts';

/**
 * "Annexes comptables de l'exercice 2024/2025" (décret 2005-240, annexes 1, 2, 3 and 5): the financial position,
 * the general management account with budget against actual for each account, the split by key and the works
 * fund. Figures come from demo-budget.ts, so the minutes that approve these accounts quote the same totals.
 */
export function addAccountsAnnexes(context: SyndicContext): void {
  for (const year of [2024, 2025]) {
    const title = `Annexes comptables de l'exercice ${year}`;
    context.documents.add({
      agencyId: context.syndic.agencyId,
      folder: 'comptabilite',
      kind: 'Annexes comptables',
      title,
      year,
      scope: 'condominium',
      condominiumId: context.syndic.condominiumId,
      // Sent with the convocation of the meeting that approves them.
      publishedAt: context.archived(year === 2024 ? '2025-05-14' : '2026-05-15', '09:00'),
      publishedByStaffId: context.syndic.managerId,
      fileName: pdfFileName(title),
      pdf: {
        letterhead: context.letterhead,
        footerNote: context.footerNote,
        subject: `Comptes du syndicat des copropriétaires du 100 avenue Anatole France — exercice ${year}`,
      },
      build: (pdf) => {
        const actual = actualsOf(year);
        const budget = budgetOf(year);
        const previous = actualsOf(year - 1);
        const next = budgetOf(year + 1);
        const charges = budgetTotal(actual);
        const provisions = budgetTotal(budget);
        const result = provisions - charges;
        const fundAtStart = worksFundOpeningCents + (year === 2025 ? worksFundCents(budgetOf(2024)) : 0);
        const fundAtEnd = fundAtStart + worksFundCents(budget);
        // Year-end balances of the separate account's counterparties, fixed per year like a real ledger.
        const owed = year === 2024 ? 512_380 : 684_217;
        const advances = year === 2024 ? 98_760 : 121_540;
        const suppliers = year === 2024 ? 1_023_615 : 896_455;
        const bank = fundAtEnd + advances + suppliers + Math.max(result, 0) - owed - Math.max(-result, 0);
        const euros = (cents: number) => formatEuroNumber(cents);

        pdf
          .title(title, {
            subtitle: 'Syndicat des copropriétaires du 100 avenue Anatole France — 94000 Créteil',
            meta: `Exercice du 1er janvier au 31 décembre ${year} — montants en euros`,
          })
          .paragraph(
            `Les comptes du syndicat sont présentés conformément au décret n° 2005-240 du 14 mars 2005. Ils seront soumis à l'approbation de l'assemblée générale de ${year + 1}, après contrôle du conseil syndical réuni le ${frenchDate(`${year + 1}-04-09`)}.`,
          )
          .heading(`Annexe 1 — État financier au 31 décembre ${year}, après répartition`)
          .table(
            [
              { header: 'Compte', width: 0.8 },
              { header: 'Libellé', width: 4 },
              { header: 'Montant', width: 1.4, align: 'right' },
            ],
            [
              ['450', 'Copropriétaires — sommes restant dues', euros(owed)],
              ...(result < 0 ? [['450', 'Copropriétaires — insuffisance de provisions à appeler', euros(-result)]] : []),
              ['512', 'Banque — compte séparé du syndicat', euros(bank)],
            ],
            { totals: [['', 'Total de la situation financière et de la trésorerie', euros(owed + Math.max(-result, 0) + bank)]] },
          )
          .table(
            [
              { header: 'Compte', width: 0.8 },
              { header: 'Libellé', width: 4 },
              { header: 'Montant', width: 1.4, align: 'right' },
            ],
            [
              ['105', 'Fonds de travaux (article 14-2-1)', euros(fundAtEnd)],
              ['450', 'Copropriétaires — avances et sommes versées d’avance', euros(advances)],
              ['401', 'Fournisseurs — factures restant à payer', euros(suppliers)],
              ...(result > 0 ? [['450', 'Copropriétaires — excédent de provisions à rembourser', euros(result)]] : []),
            ],
            {
              totals: [
                ['', 'Total des provisions, avances et dettes', euros(fundAtEnd + advances + suppliers + Math.max(result, 0))],
              ],
            },
          );

        pdf
          .heading('Annexe 2 — Compte de gestion général')
          .paragraph(
            `Charges et produits de l'exercice ${year} pour opérations courantes, comparés au budget voté, à l'exercice précédent approuvé et au budget de l'exercice ${year + 1}.`,
          )
          .table(
            [
              { header: 'Compte', width: 0.9 },
              { header: 'Libellé', width: 3 },
              { header: 'Clé', width: 0.6, align: 'center' },
              { header: `Réalisé ${year - 1}`, width: 1.2, align: 'right' },
              { header: `Budget ${year}`, width: 1.2, align: 'right' },
              { header: `Réalisé ${year}`, width: 1.2, align: 'right' },
              { header: `Budget ${year + 1}`, width: 1.2, align: 'right' },
            ],
            actual.lines.map((line, index) => [
              line.account,
              line.label,
              line.key,
              euros(previous.lines[index]?.amountCents ?? 0),
              euros(budget.lines[index]?.amountCents ?? 0),
              euros(line.amountCents),
              euros(next.lines[index]?.amountCents ?? 0),
            ]),
            {
              totals: [
                [
                  '',
                  'Total des charges',
                  '',
                  euros(budgetTotal(previous)),
                  euros(provisions),
                  euros(charges),
                  euros(budgetTotal(next)),
                ],
                ['701', 'Provisions appelées sur opérations courantes', '', '', '', euros(provisions), ''],
                [
                  '',
                  result >= 0 ? 'Excédent de provisions' : 'Insuffisance de provisions',
                  '',
                  '',
                  '',
                  euros(Math.abs(result)),
                  '',
                ],
              ],
            },
          );

        pdf
          .heading('Annexe 3 — Répartition par clé')
          .table(
            [
              { header: 'Clé de répartition', width: 2.6 },
              { header: 'Budget voté', width: 1.3, align: 'right' },
              { header: 'Charges réelles', width: 1.3, align: 'right' },
              { header: 'Écart', width: 1.3, align: 'right' },
            ],
            KEY_CODES.map((code) => [
              keyName(code),
              euros(sum(budget, code)),
              euros(sum(actual, code)),
              euros(sum(budget, code) - sum(actual, code)),
            ]),
            { totals: [['Total', euros(provisions), euros(charges), euros(result)]] },
          )
          .paragraph(
            result >= 0
              ? `L'excédent de ${formatEuros(result)} sera restitué à chaque copropriétaire selon ses tantièmes de chaque clé, par imputation sur l'appel de fonds suivant l'approbation des comptes.`
              : `L'insuffisance de ${formatEuros(-result)} sera appelée auprès de chaque copropriétaire selon ses tantièmes de chaque clé, avec l'appel de fonds suivant l'approbation des comptes.`,
          );

        pdf
          .heading('Annexe 5 — Fonds de travaux et travaux de l’article 14-2')
          .table(
            [
              { header: 'Mouvement', width: 4 },
              { header: 'Montant', width: 1.4, align: 'right' },
            ],
            [
              [`Solde du fonds de travaux au 1er janvier ${year}`, euros(fundAtStart)],
              [`Cotisations appelées en ${year} (5 % du budget)`, euros(worksFundCents(budget))],
              ['Affectations à des travaux votés', euros(0)],
            ],
            { totals: [[`Solde au 31 décembre ${year}`, euros(fundAtEnd)]] },
          )
          .table(
            [
              { header: 'Travaux votés (article 14-2)', width: 3 },
              { header: 'Montant voté', width: 1.2, align: 'right' },
              { header: 'Appelé', width: 1.2, align: 'right' },
              { header: 'Payé', width: 1.2, align: 'right' },
            ],
            year === 2024
              ? [["Remplacement de l'interphonie du bâtiment B (AG 2024)", euros(860_000), euros(860_000), euros(860_000)]]
              : [
                  [
                    "Remplacement des menuiseries des cages d'escalier (AG 2025)",
                    euros(1_840_000),
                    euros(920_000),
                    euros(1_840_000),
                  ],
                  ['Ravalement : études préalables du maître d’œuvre (AG 2025)', euros(480_000), euros(480_000), euros(288_000)],
                ],
          )
          .signature([
            `Arrêté le ${frenchDate(addDays(`${year + 1}-01-01`, 90))}`,
            'Julien Vidal, comptable',
            'ImmoCity Coulon, syndic',
          ]);
      },
    });
  }
}

const keyNames: Record<KeyCode, string> = { GEN: 'Charges générales', ASC: 'Ascenseur', CHA: 'Chauffage collectif' };
const keyName = (code: KeyCode) => `${keyNames[code]} (${code})`;
const sum = (budget: DemoBudget, code: KeyCode) => budgetTotal(budget, code);
