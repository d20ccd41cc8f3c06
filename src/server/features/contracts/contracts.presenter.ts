import type { ContractRow } from './contracts.repository.ts';
import type { BuildingContract, ContractKind } from './contracts.schema.ts';

/** The kinds as the tab and the staff page name them. */
export const CONTRACT_KIND_LABELS: Record<ContractKind, string> = {
  assurance: 'Assurance multirisque immeuble',
  ascenseur: 'Ascenseur',
  nettoyage: 'Nettoyage',
  chauffage: 'Chauffage',
  espaces_verts: 'Espaces verts',
  entretien: 'Entretien',
  gardiennage: 'Gardiennage',
  energie: 'Énergie',
  autre: 'Autre',
};

/** The end date is the last day covered (the "échéance" printed on the contract), hence "ended" only after it. */
export function contractStatus(row: Pick<ContractRow, 'startDate' | 'endDate'>, today: string): BuildingContract['status'] {
  if (row.startDate > today) return 'a_venir';
  return row.endDate !== null && row.endDate < today ? 'termine' : 'en_cours';
}

export function presentContract(row: ContractRow, today: string): BuildingContract {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: CONTRACT_KIND_LABELS[row.kind],
    title: row.title,
    supplier: { name: row.supplierName, phone: row.supplierPhone, email: row.supplierEmail },
    contractNumber: row.contractNumber,
    startDate: row.startDate,
    endDate: row.endDate,
    tacitRenewal: row.endDate === null,
    status: contractStatus(row, today),
    yearlyAmountCents: row.yearlyAmountCents,
    documentId: row.documentId,
  };
}

const statusOrder: Record<BuildingContract['status'], number> = { en_cours: 0, a_venir: 1, termine: 2 };

/** Running contracts first, then those to come, then those ended; the repository's order within each. */
export const presentContracts = (rows: ContractRow[], today: string): BuildingContract[] =>
  rows
    .map((row) => presentContract(row, today))
    .map((contract, index) => ({ contract, index }))
    .sort((a, b) => statusOrder[a.contract.status] - statusOrder[b.contract.status] || a.index - b.index)
    .map(({ contract }) => contract);
