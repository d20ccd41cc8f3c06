import { parisDate } from '../../../domain/calendar.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { policy } from '../../platform/auth/policy.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError, errorCatalogue } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { findLotCondominium, listManagedUnits, listOwnedLots } from '../properties/properties.repository.ts';
import { presentContract, presentContracts } from './contracts.presenter.ts';
import {
  type ContractInsert,
  deleteContract,
  findCondominium,
  findCondominiumDocument,
  findContract,
  insertContract,
  listAgencyCondominiums,
  listContracts,
  updateContract,
} from './contracts.repository.ts';
import type { BuildingContract, ContractChange, NewContract } from './contracts.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;
type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

const notFound = () => new AppError('NOT_FOUND', "Ce bien n'existe pas ou ne fait pas partie de vos biens.");

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${errorCatalogue.VALIDATION_FAILED.message} ${field} : ${message}`, {
    fields: [{ field, message }],
  });

/** "2026-11-22" → "2025-11-22" (a 29 February gives the 1 March of the year before). */
export function sameDayLastYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year - 1, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The building's contracts ("Contrats"). They are the owners' information, like the accounts: co-owners see
 * their condominium's through a lot, landlords through a unit that is a lot of a condominium managed in
 * Palier; a tenant has no access (404). People see what runs and what ended within a year; staff of the
 * condominium's agency keep the whole list and record, change, end or delete contracts.
 */
export class ContractsService {
  constructor(private readonly db: Database) {}

  async forLot(viewer: ClientViewer, lotId: string, now = new Date()): Promise<{ contracts: BuildingContract[] }> {
    const today = parisDate(now);
    const [lot] = await listOwnedLots(this.db, viewer.personId, today, { lotId });
    if (!lot) throw notFound();
    return this.condominiumContracts(lot.condominium.id, today);
  }

  async forUnit(viewer: ClientViewer, unitId: string, now = new Date()): Promise<{ contracts: BuildingContract[] }> {
    const today = parisDate(now);
    // Only the landlord's units: a tenant's rented unit reads as not found here, as would any other.
    const [unit] = await listManagedUnits(this.db, viewer.personId, today, unitId);
    if (!unit) throw notFound();
    const condominiumId = unit.lotId ? await findLotCondominium(this.db, unit.lotId) : undefined;
    return condominiumId ? this.condominiumContracts(condominiumId, today) : { contracts: [] };
  }

  private async condominiumContracts(condominiumId: string, today: string) {
    const rows = await listContracts(this.db, condominiumId, { today, endedSince: sameDayLastYear(today) });
    return { contracts: presentContracts(rows, today) };
  }

  async agencyCondominiums(viewer: StaffViewer) {
    return { condominiums: await listAgencyCondominiums(this.db, viewer.agencyId) };
  }

  async staffList(viewer: StaffViewer, condominiumId: string, now = new Date()) {
    const condominium = await this.condominiumOf(viewer, condominiumId);
    const rows = await listContracts(this.db, condominium.id);
    return { condominium: { id: condominium.id, name: condominium.name }, contracts: presentContracts(rows, parisDate(now)) };
  }

  async create(viewer: StaffViewer, condominiumId: string, input: NewContract, evidence: Evidence): Promise<BuildingContract> {
    const condominium = await this.condominiumOf(viewer, condominiumId);
    const values: ContractInsert = {
      condominiumId: condominium.id,
      kind: input.kind,
      title: input.title,
      supplierName: input.supplierName,
      supplierPhone: input.supplierPhone ?? null,
      supplierEmail: input.supplierEmail ?? null,
      contractNumber: input.contractNumber ?? null,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      yearlyAmountCents: input.yearlyAmountCents,
      documentId: input.documentId ?? null,
    };
    await this.assertConsistent(viewer, condominium.id, values);
    const id = await this.db.transaction(async (tx) => {
      const created = await insertContract(tx, values);
      await this.audit(tx, viewer, 'contract.created', created, evidence, { condominiumId: condominium.id, title: values.title });
      return created;
    });
    return this.present(condominium.id, id);
  }

  async update(
    viewer: StaffViewer,
    condominiumId: string,
    contractId: string,
    input: ContractChange,
    evidence: Evidence,
  ): Promise<BuildingContract> {
    const condominium = await this.condominiumOf(viewer, condominiumId);
    const current = await findContract(this.db, condominium.id, contractId);
    if (!current) throw new AppError('NOT_FOUND');
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== undefined),
    ) as Partial<ContractInsert>;
    await this.assertConsistent(viewer, condominium.id, { ...current, ...changes });
    await this.db.transaction(async (tx) => {
      await updateContract(tx, contractId, changes);
      await this.audit(tx, viewer, 'contract.updated', contractId, evidence, {
        condominiumId: condominium.id,
        fields: Object.keys(changes),
      });
    });
    return this.present(condominium.id, contractId);
  }

  /** For a contract recorded by mistake; a contract that ran is ended (end date), so that its history stays. */
  async remove(viewer: StaffViewer, condominiumId: string, contractId: string, evidence: Evidence): Promise<void> {
    const condominium = await this.condominiumOf(viewer, condominiumId);
    const current = await findContract(this.db, condominium.id, contractId);
    if (!current) throw new AppError('NOT_FOUND');
    await this.db.transaction(async (tx) => {
      await deleteContract(tx, contractId);
      await this.audit(tx, viewer, 'contract.deleted', contractId, evidence, {
        condominiumId: condominium.id,
        title: current.title,
        supplierName: current.supplierName,
      });
    });
  }

  private async assertConsistent(
    viewer: StaffViewer,
    condominiumId: string,
    contract: { startDate: string; endDate?: string | null; documentId?: string | null },
  ) {
    if (contract.endDate && contract.endDate < contract.startDate) {
      throw invalid('endDate', 'La date de fin ne peut pas précéder la date de début.');
    }
    if (contract.documentId && !(await findCondominiumDocument(this.db, viewer.agencyId, condominiumId, contract.documentId))) {
      throw invalid('documentId', 'Ce document n’est pas publié pour cette copropriété.');
    }
  }

  private async condominiumOf(viewer: StaffViewer, condominiumId: string) {
    return policy.requireAgencyCondominium(viewer, await findCondominium(this.db, condominiumId));
  }

  private async present(condominiumId: string, contractId: string): Promise<BuildingContract> {
    const row = await findContract(this.db, condominiumId, contractId);
    if (!row) throw new AppError('NOT_FOUND');
    return presentContract(row, parisDate(new Date()));
  }

  private audit(
    tx: Parameters<typeof recordAuditEvent>[0],
    viewer: StaffViewer,
    action: string,
    contractId: string,
    evidence: Evidence,
    details: Record<string, unknown>,
  ) {
    return recordAuditEvent(tx, {
      accountId: viewer.accountId,
      action,
      targetType: 'building_contract',
      targetId: contractId,
      ...evidence,
      details,
    });
  }
}
