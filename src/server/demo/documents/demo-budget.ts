import { allocate } from '../../../domain/allocation.ts';
import { seededRandom } from '../people.ts';
import type { KeyCode } from './condominium-view.ts';

/**
 * The Créteil condominium's money: the budget voted for 2026 by account and key, and its history. The calls
 * for funds, the accounts annexes and the minutes are all computed from it, so they agree with one another;
 * the finance issue can reuse `demoBudget2026` to generate real calls for the same building.
 */

export interface BudgetLine {
  /** Account of the syndicates' chart (décret 2005-240). */
  account: string;
  label: string;
  key: KeyCode;
  amountCents: number;
}

export interface DemoBudget {
  year: number;
  lines: readonly BudgetLine[];
  /** Fonds de travaux (art. 14-2-1): at least 5 % of the budget, called with the provisions by general shares. */
  worksFundRateBasisPoints: number;
}

export const demoBudget2026: DemoBudget = {
  year: 2026,
  worksFundRateBasisPoints: 500,
  lines: [
    { account: '601', label: 'Eau froide', key: 'GEN', amountCents: 620_000 },
    { account: '602', label: 'Électricité des parties communes', key: 'GEN', amountCents: 290_000 },
    { account: '611', label: 'Nettoyage des parties communes', key: 'GEN', amountCents: 1_440_000 },
    { account: '614', label: 'Entretien des espaces verts', key: 'GEN', amountCents: 360_000 },
    { account: '615', label: 'Entretien et petites réparations', key: 'GEN', amountCents: 245_000 },
    { account: '616', label: 'Assurance multirisque immeuble', key: 'GEN', amountCents: 785_000 },
    { account: '621', label: 'Honoraires du syndic (gestion courante)', key: 'GEN', amountCents: 960_000 },
    { account: '622', label: "Frais d'administration et d'assemblée", key: 'GEN', amountCents: 60_000 },
    { account: '627', label: 'Frais bancaires', key: 'GEN', amountCents: 40_000 },
    { account: '602', label: "Électricité de l'ascenseur", key: 'ASC', amountCents: 84_000 },
    { account: '614', label: "Contrat d'entretien de l'ascenseur", key: 'ASC', amountCents: 396_000 },
    { account: '615', label: "Réparations de l'ascenseur", key: 'ASC', amountCents: 120_000 },
    { account: '603', label: 'Gaz (chauffage collectif)', key: 'CHA', amountCents: 2_660_000 },
    { account: '614', label: "Contrat d'exploitation du chauffage", key: 'CHA', amountCents: 540_000 },
  ],
};

export const budgetTotal = (budget: DemoBudget, key?: KeyCode): number =>
  budget.lines.filter((line) => !key || line.key === key).reduce((sum, line) => sum + line.amountCents, 0);

/** 5 % of 86 000 € = 4 300 € a year. */
export const worksFundCents = (budget: DemoBudget): number =>
  Math.round((budgetTotal(budget) * budget.worksFundRateBasisPoints) / 10_000);

/** Provisions are a quarter of the budget each (art. 14-1), the odd cents shared like any amount. */
export const quarterOf = (yearlyCents: number, quarter: 1 | 2 | 3 | 4): number =>
  allocate(yearlyCents, [1, 1, 1, 1])[quarter - 1] ?? 0;

/**
 * Budgets and actual charges of the years around 2026: budgets are the 2026 lines scaled per key (gas cost
 * more in 2023–2024), actuals differ from their budget by a few per cent, to the cent, like real invoices.
 */
const budgetFactors: Record<number, Record<KeyCode, number>> = {
  2023: { GEN: 0.9, ASC: 0.94, CHA: 1.14 },
  2024: { GEN: 0.94, ASC: 0.96, CHA: 1.1 },
  2025: { GEN: 0.97, ASC: 0.98, CHA: 1.04 },
  2026: { GEN: 1, ASC: 1, CHA: 1 },
  2027: { GEN: 1.03, ASC: 1.02, CHA: 0.98 },
};

export function budgetOf(year: number): DemoBudget {
  if (year === demoBudget2026.year) return demoBudget2026;
  const factors = budgetFactors[year] ?? budgetFactors[2026];
  return {
    year,
    worksFundRateBasisPoints: 500,
    lines: demoBudget2026.lines.map((line) => ({
      ...line,
      // Budgets are voted in whole hundreds of euros.
      amountCents: Math.round((line.amountCents * (factors?.[line.key] ?? 1)) / 10_000) * 10_000,
    })),
  };
}

/** What was really spent, account by account, for a closed year (2023–2025). */
export function actualsOf(year: number): DemoBudget {
  const random = seededRandom(year * 7_919);
  const budget = budgetOf(year);
  return {
    ...budget,
    lines: budget.lines.map((line) => {
      const drift = 0.93 + random() * 0.11;
      return { ...line, amountCents: Math.round(line.amountCents * drift) };
    }),
  };
}

/** The separate bank account of the syndicate (loi 1965 art. 18), the demo IBAN of the domain rules. */
export const syndicateBank = {
  name: 'Banque Coopérative du Val-de-Marne',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'BCVMFRPPXXX',
  holder: 'Syndicat des copropriétaires du 100 avenue Anatole France — ImmoCity Coulon, syndic',
} as const;

/** The works fund's balance at the start of 2024 and what each year added. */
export const worksFundOpeningCents = 1_846_000;
