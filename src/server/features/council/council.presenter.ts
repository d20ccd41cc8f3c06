import type { chargeLines, InvoiceRow, listBudgetLines, listKeys } from './council.repository.ts';

/**
 * Account names of the syndicates' chart (décret 2005-240), by the longest known prefix: enough for the
 * council to read a trial balance or an expense report without knowing the numbers by heart.
 */
const ACCOUNT_LABELS: Record<string, string> = {
  '1': 'Provisions, avances, subventions et emprunts',
  '102': 'Provisions pour travaux décidés',
  '103': 'Avances',
  '105': 'Fonds de travaux',
  '4': 'Copropriétaires et tiers',
  '401': 'Fournisseurs',
  '408': 'Fournisseurs — factures non parvenues',
  '4501': 'Copropriétaires — budget prévisionnel',
  '4502': 'Copropriétaires — travaux et opérations exceptionnelles',
  '4503': 'Copropriétaires — avances',
  '4504': 'Copropriétaires — emprunts',
  '4505': 'Copropriétaires — fonds de travaux',
  '450': 'Copropriétaires',
  '5': 'Comptes financiers',
  '512': 'Banque — compte séparé',
  '6': 'Charges',
  '601': 'Eau',
  '602': 'Électricité',
  '603': 'Chauffage, énergie et combustibles',
  '604': 'Achats de produits et fournitures',
  '611': 'Nettoyage des locaux',
  '612': 'Locations immobilières',
  '613': 'Locations mobilières',
  '614': 'Contrats de maintenance',
  '615': 'Entretien et petites réparations',
  '616': "Primes d'assurances",
  '621': 'Rémunération du syndic (gestion courante)',
  '622': 'Autres honoraires du syndic',
  '623': 'Rémunérations de tiers intervenants',
  '624': 'Frais du conseil syndical',
  '627': 'Frais bancaires',
  '63': 'Impôts, taxes et versements assimilés',
  '64': 'Frais de personnel',
  '671': 'Travaux et opérations exceptionnelles',
  '7': 'Produits',
  '701': 'Provisions sur opérations courantes',
  '702': 'Provisions sur travaux',
  '705': 'Affectation du fonds de travaux',
};

export function accountLabel(code: string): string {
  for (let length = code.length; length > 0; length -= 1) {
    const label = ACCOUNT_LABELS[code.slice(0, length)];
    if (label) return label;
  }
  return `Compte ${code}`;
}

/** Co-owners' accounts: shown summed over all co-owners, never one by one (domain rules §6). */
export const isCoOwnerAccount = (code: string): boolean => code.startsWith('450');

export function comparison(budgetCents: number, actualCents: number) {
  return {
    budgetCents,
    actualCents,
    differenceCents: budgetCents - actualCents,
    consumedPercent: budgetCents > 0 ? Math.round((actualCents * 1000) / budgetCents) / 10 : null,
  };
}

const NO_KEY = 'Sans clé de répartition';

/**
 * Budget against actual for one year: one group per key (the keys of the condominium first, in their order,
 * then spending recorded without a key), one line per account, budget lines and actual spending matched on
 * (key, account). An account spent on without a budget line shows a budget of zero.
 */
export function presentBudgetYear(input: {
  year: number;
  voted: boolean;
  keys: Awaited<ReturnType<typeof listKeys>>;
  budgetLines: Awaited<ReturnType<typeof listBudgetLines>>;
  actuals: { allocationKeyId: string | null; accountCode: string; amountCents: number }[];
}) {
  type Line = { accountCode: string; labels: string[]; budgetCents: number; actualCents: number };
  const groups = new Map<string | null, Map<string, Line>>();
  const lineOf = (keyId: string | null, accountCode: string) => {
    let group = groups.get(keyId);
    if (!group) {
      group = new Map();
      groups.set(keyId, group);
    }
    let line = group.get(accountCode);
    if (!line) {
      line = { accountCode, labels: [], budgetCents: 0, actualCents: 0 };
      group.set(accountCode, line);
    }
    return line;
  };
  for (const budgetLine of input.budgetLines) {
    const line = lineOf(budgetLine.allocationKeyId, budgetLine.accountCode);
    line.budgetCents += budgetLine.amountCents;
    if (!line.labels.includes(budgetLine.label)) line.labels.push(budgetLine.label);
  }
  for (const actual of input.actuals) lineOf(actual.allocationKeyId, actual.accountCode).actualCents += actual.amountCents;

  const known = new Set(input.keys.map((key) => key.id));
  const order: (string | null)[] = [
    ...input.keys.map((key) => key.id).filter((id) => groups.has(id)),
    ...[...groups.keys()].filter((id): id is string => id !== null && !known.has(id)),
    ...(groups.has(null) ? [null] : []),
  ];
  const keys = order.map((keyId) => {
    const key = input.keys.find((candidate) => candidate.id === keyId);
    const lines = [...(groups.get(keyId)?.values() ?? [])]
      .sort((a, b) => a.accountCode.localeCompare(b.accountCode))
      .map((line) => ({
        accountCode: line.accountCode,
        label: line.labels.length > 0 ? line.labels.join(' ; ') : accountLabel(line.accountCode),
        ...comparison(line.budgetCents, line.actualCents),
      }));
    const budget = lines.reduce((sum, line) => sum + line.budgetCents, 0);
    const actual = lines.reduce((sum, line) => sum + line.actualCents, 0);
    return { keyId, code: key?.code ?? null, name: key?.name ?? NO_KEY, ...comparison(budget, actual), lines };
  });
  const budget = keys.reduce((sum, key) => sum + key.budgetCents, 0);
  const actual = keys.reduce((sum, key) => sum + key.actualCents, 0);
  return { year: input.year, voted: input.voted, keys, totals: comparison(budget, actual) };
}

export function presentTrialBalance(rows: { accountCode: string; debitCents: number; creditCents: number }[]) {
  const accounts = rows.map((row) => {
    const balance = row.debitCents - row.creditCents;
    return {
      accountCode: row.accountCode,
      label: accountLabel(row.accountCode),
      debitCents: row.debitCents,
      creditCents: row.creditCents,
      debitBalanceCents: Math.max(balance, 0),
      creditBalanceCents: Math.max(-balance, 0),
      aggregated: isCoOwnerAccount(row.accountCode),
    };
  });
  const sum = (pick: (account: (typeof accounts)[number]) => number) => accounts.reduce((total, row) => total + pick(row), 0);
  return {
    accounts,
    totals: {
      debitCents: sum((row) => row.debitCents),
      creditCents: sum((row) => row.creditCents),
      debitBalanceCents: sum((row) => row.debitBalanceCents),
      creditBalanceCents: sum((row) => row.creditBalanceCents),
    },
  };
}

export type PdfUrlOf = (documentId: string | null) => string | null;

export function presentExpenses(
  rows: Awaited<ReturnType<typeof chargeLines>>,
  keys: Awaited<ReturnType<typeof listKeys>>,
  pdfUrlOf: PdfUrlOf,
) {
  const keyName = (keyId: string | null) => keys.find((key) => key.id === keyId)?.name ?? NO_KEY;
  const accounts: {
    accountCode: string;
    label: string;
    totalCents: number;
    keys: { keyId: string | null; name: string; totalCents: number; lines: ReturnType<typeof expenseLine>[] }[];
  }[] = [];
  for (const row of rows) {
    let account = accounts.find((candidate) => candidate.accountCode === row.accountCode);
    if (!account) {
      account = { accountCode: row.accountCode, label: accountLabel(row.accountCode), totalCents: 0, keys: [] };
      accounts.push(account);
    }
    let key = account.keys.find((candidate) => candidate.keyId === row.allocationKeyId);
    if (!key) {
      key = { keyId: row.allocationKeyId, name: keyName(row.allocationKeyId), totalCents: 0, lines: [] };
      account.keys.push(key);
    }
    const line = expenseLine(row, pdfUrlOf);
    key.lines.push(line);
    key.totalCents += line.amountCents;
    account.totalCents += line.amountCents;
  }
  return { totalCents: accounts.reduce((sum, account) => sum + account.totalCents, 0), accounts };
}

function expenseLine(row: Awaited<ReturnType<typeof chargeLines>>[number], pdfUrlOf: PdfUrlOf) {
  return {
    id: row.lineId,
    date: row.entryDate,
    supplierName: row.supplierName,
    label: row.label ?? row.entryLabel,
    amountCents: row.debitCents - row.creditCents,
    invoiceId: row.invoiceId,
    invoiceNumber: row.invoiceNumber,
    documentId: row.documentId,
    pdfUrl: pdfUrlOf(row.documentId),
  };
}

export function presentInvoice(row: InvoiceRow, pdfUrlOf: PdfUrlOf) {
  return {
    id: row.id,
    supplierName: row.supplierName,
    invoiceNumber: row.invoiceNumber,
    invoiceDate: row.invoiceDate,
    label: row.label,
    accountCode: row.accountCode,
    allocationKey: row.allocationKeyId && row.allocationKeyName ? { id: row.allocationKeyId, name: row.allocationKeyName } : null,
    amountCents: row.amountCents,
    paidOn: row.paymentEntryId ? row.paidOn : null,
    documentId: row.documentId,
    pdfUrl: pdfUrlOf(row.documentId),
  };
}
