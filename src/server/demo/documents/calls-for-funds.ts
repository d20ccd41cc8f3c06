import { allocateByLot } from '../../../domain/allocation.ts';
import { frenchDate, frenchShortDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { type CondominiumView, formatShares, KEY_CODES, type KeyCode, type LotView } from './condominium-view.ts';
import type { SyndicContext } from './context.ts';
import { actualsOf, budgetOf, budgetTotal, demoBudget2026, quarterOf, syndicateBank, worksFundCents } from './demo-budget.ts';
import { pdfFileName } from './demo-documents.ts';

/**
 * The demo co-owner's calls for funds for the four quarters of 2026: a quarter of the 2026 budget of each key
 * and of the works fund, shared over EVERY lot of the key by the allocation rule (src/domain/allocation.ts),
 * of which his lots' parts are printed. The third quarter also settles the approved 2025 accounts.
 */

type Quarter = 1 | 2 | 3 | 4;

export interface CallLine {
  label: string;
  lot: LotView;
  keyShares: string;
  /** The amount shared over the key for this quarter. */
  calledCents: number;
  partCents: number;
}

export interface Call {
  quarter: Quarter;
  dueDate: string;
  lines: CallLine[];
  totalCents: number;
}

const ordinal = (quarter: Quarter) => (quarter === 1 ? '1er' : `${quarter}e`);
export const callTitle = (quarter: Quarter, year = 2026) => `Appel de fonds — ${ordinal(quarter)} trimestre ${year}`;

const keyLabels: Record<KeyCode, string> = { GEN: 'Charges générales', ASC: 'Ascenseur', CHA: 'Chauffage collectif' };

/** One lot's part of an amount shared over a whole key. */
function partsOver(view: CondominiumView, code: KeyCode, amountCents: number): Map<string, number> {
  return allocateByLot(amountCents, view.key(code).lots);
}

export function computeCall(view: CondominiumView, personId: string, quarter: Quarter): Call {
  const year = demoBudget2026.year;
  const lots = view.lotsOf(personId, `${year}-0${(quarter - 1) * 3 + 1}-01`);
  const lines: CallLine[] = [];
  const add = (label: string, code: KeyCode, calledCents: number) => {
    const parts = partsOver(view, code, calledCents);
    for (const lot of lots) {
      if (lot.shares[code] === 0) continue;
      lines.push({
        label,
        lot,
        keyShares: `${formatShares(lot.shares[code])} / ${formatShares(view.key(code).total)}`,
        calledCents,
        partCents: parts.get(lot.id) ?? 0,
      });
    }
  };
  for (const code of KEY_CODES)
    add(`Provisions — ${keyLabels[code]}`, code, quarterOf(budgetTotal(demoBudget2026, code), quarter));
  add('Fonds de travaux (5 %)', 'GEN', quarterOf(worksFundCents(demoBudget2026), quarter));
  if (quarter === 3) {
    // The 2025 accounts, approved on 12 June 2026: the gap between provisions and charges, per key.
    for (const code of KEY_CODES) {
      const gap = budgetTotal(actualsOf(2025), code) - budgetTotal(budgetOf(2025), code);
      add(`Régularisation 2025 — ${keyLabels[code]}`, code, gap);
    }
  }
  return {
    quarter,
    dueDate: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`,
    lines,
    totalCents: lines.reduce((sum, line) => sum + line.partCents, 0),
  };
}

const publications: Record<Quarter, string> = { 1: '2025-12-10', 2: '2026-03-10', 3: '2026-06-19', 4: '2026-09-10' };

export function addCallsForFunds(context: SyndicContext, personKey: string): void {
  const { view, syndic } = context;
  const personId = view.personId(personKey);
  const person = view.person(personId);
  const reference = view.referenceOf(personId);
  for (const quarter of [1, 2, 3, 4] as const) {
    const call = computeCall(view, personId, quarter);
    const title = callTitle(quarter);
    const lots = [...new Map(call.lines.map((line) => [line.lot.id, line.lot])).values()];
    context.documents.add({
      agencyId: syndic.agencyId,
      folder: 'appels_de_fonds',
      kind: 'Appel de fonds',
      title,
      year: demoBudget2026.year,
      scope: 'person',
      personId,
      condominiumId: syndic.condominiumId,
      publishedAt: context.archived(publications[quarter], '08:30'),
      publishedByStaffId: syndic.managerId,
      fileName: pdfFileName(`${title} ${reference}`),
      pdf: {
        letterhead: context.letterhead,
        footerNote: context.footerNote,
        subject: `Provisions du syndicat des copropriétaires du 100 avenue Anatole France — ${reference}`,
      },
      build: (pdf) => {
        pdf
          .title(title, {
            subtitle: 'Syndicat des copropriétaires du 100 avenue Anatole France — 94000 Créteil',
            meta: `Choisy-le-Roi, le ${frenchDate(publications[quarter])}`,
          })
          .addressBlock([
            view.nameOf(personId),
            person.addressLine1 ?? '',
            ...(person.addressLine2 ? [person.addressLine2] : []),
            `${person.postalCode ?? ''} ${person.city ?? ''}`,
          ])
          .facts([
            ['Copropriétaire', `${view.nameOf(personId)} — référence ${reference}`],
            ['Lots', lots.map((lot) => `${lot.plan.number} (${lot.plan.description})`).join(' ; ')],
            ['Période', `${ordinal(quarter)} trimestre ${demoBudget2026.year}`],
            ['Date d’exigibilité', frenchDate(call.dueDate)],
          ])
          .heading('Détail par clé de répartition')
          .table(
            [
              { header: 'Nature', width: 2.6 },
              { header: 'Lot', width: 0.6, align: 'center' },
              { header: 'Tantièmes', width: 1.3, align: 'right' },
              { header: 'Montant appelé', width: 1.3, align: 'right' },
              { header: 'Votre quote-part', width: 1.3, align: 'right' },
            ],
            call.lines.map((line) => [
              line.label,
              line.lot.plan.number,
              line.keyShares,
              formatEuros(line.calledCents),
              formatEuros(line.partCents),
            ]),
            { totals: [['Total de l’appel', '', '', '', formatEuros(call.totalCents)]] },
          )
          .paragraph(
            `Budget prévisionnel ${demoBudget2026.year} voté le 11 juin 2025 : ${formatEuros(budgetTotal(demoBudget2026))} (charges générales ${formatEuros(budgetTotal(demoBudget2026, 'GEN'))}, ascenseur ${formatEuros(budgetTotal(demoBudget2026, 'ASC'))}, chauffage ${formatEuros(budgetTotal(demoBudget2026, 'CHA'))}) ; fonds de travaux ${formatEuros(worksFundCents(demoBudget2026))}. Chaque montant est réparti entre tous les lots de la clé au prorata de leurs tantièmes, au centime près.`,
          )
          .heading('Votre compte')
          .table(
            [
              { header: 'Libellé', width: 4 },
              { header: 'Montant', width: 1.4, align: 'right' },
            ],
            [
              [`Solde antérieur au ${frenchShortDate(publications[quarter])}`, formatEuros(0)],
              [title, formatEuros(call.totalCents)],
            ],
            { totals: [['Montant à régler', formatEuros(call.totalCents)]] },
          )
          .callout(
            [
              `Montant : ${formatEuros(call.totalCents)} — à régler au plus tard le ${frenchDate(call.dueDate)}`,
              `Virement au compte séparé du syndicat : ${syndicateBank.iban} (BIC ${syndicateBank.bic}), ${syndicateBank.name}`,
              `Référence à rappeler : ${reference} T${quarter}-${demoBudget2026.year}`,
              'Vous pouvez aussi régler par prélèvement automatique : demandez le mandat SEPA à votre gestionnaire.',
            ],
            'Règlement',
          )
          .paragraph(
            "Les provisions sont exigibles le premier jour de chaque trimestre (article 14-1 de la loi du 10 juillet 1965). À défaut de paiement dans les trente jours d'une mise en demeure, les autres provisions de l'exercice deviennent exigibles (article 19-2).",
            { italic: true },
          );
      },
    });
  }
}
