import { parisDate } from '../../../domain/calendar.ts';
import { canonicalClientReference } from '../../../domain/client-reference.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { policy } from '../../platform/auth/policy.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { type ExportFormat, exportStatement } from './ledger.exports.ts';
import { accountLabel, presentStatement } from './ledger.presenter.ts';
import {
  type AccountScope,
  accountBalance,
  accountLines,
  accountYears,
  activeMandateCondominiums,
  activeMandateLeases,
  condominiumLedger,
  findCondominiumAgency,
  findStatementParties,
  listCoOwnedCondominiums,
  listLandlordAgencies,
  listTenantLeasesWithLines,
  personDocumentCopies,
  personsByReference,
  postEntry,
  visibleDocumentIds,
} from './ledger.repository.ts';
import type { FinanceAccount, FinanceOverview, ImportBody, Statement } from './ledger.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;
type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

const noAccount = () => new AppError('NOT_FOUND', "Ce compte n'existe pas ou ne fait pas partie de vos biens.");

/**
 * "Situation financière": a person's own third-party accounts — never anyone else's lines (a co-owner's debt is
 * no other co-owner's business, domain rules §6) — and the import of the agency's accounting entries.
 */
export class LedgerService {
  constructor(private readonly db: Database) {}

  async overview(viewer: ClientViewer, now = new Date()): Promise<FinanceOverview> {
    const accounts = await this.accounts(viewer.personId, parisDate(now));
    return {
      accounts: accounts.map((account) => account.account),
      globalBalanceCents: accounts.reduce((sum, account) => sum + account.account.balanceCents, 0),
    };
  }

  async statement(viewer: ClientViewer, key: string, year: number | undefined, now = new Date()): Promise<Statement> {
    return (await this.statementWithAgency(viewer, key, year, now)).statement;
  }

  async export(viewer: ClientViewer, key: string, year: number | undefined, format: ExportFormat, now = new Date()) {
    const { statement, agencyId } = await this.statementWithAgency(viewer, key, year, now);
    const { agency, person } = await findStatementParties(this.db, agencyId, viewer.personId);
    if (!agency || !person) throw noAccount();
    return exportStatement(statement, { agency, person }, format);
  }

  private async statementWithAgency(viewer: ClientViewer, key: string, year: number | undefined, now: Date) {
    const today = parisDate(now);
    const found = (await this.accounts(viewer.personId, today)).find((account) => account.account.key === key);
    if (!found) throw noAccount();
    const years = await accountYears(this.db, found.scope);
    const currentYear = Number(today.slice(0, 4));
    const shown = year ?? years[0] ?? currentYear;
    const [opening, lines] = await Promise.all([
      accountBalance(this.db, found.scope, `${shown}-01-01`),
      accountLines(this.db, found.scope, shown),
    ]);
    const documentIds = [...new Set(lines.flatMap((line) => (line.documentId ? [line.documentId] : [])))];
    const [visible, copies] = await Promise.all([
      visibleDocumentIds(this.db, viewer.personId, documentIds, today),
      // A rent document is published once per co-tenant: the entry links the first copy, each sees their own.
      found.scope.kind === 'tenant' ? personDocumentCopies(this.db, viewer.personId, documentIds) : new Map<string, string>(),
    ]);
    const readable = new Map<string, string>();
    for (const id of documentIds) {
      const own = visible.has(id) ? id : copies.get(id);
      if (own) readable.set(id, own);
    }
    const statement = presentStatement(
      found.account,
      shown,
      years.includes(currentYear) ? years : [currentYear, ...years],
      opening,
      lines,
      readable,
    );
    return { statement, agencyId: found.agencyId };
  }

  /** Each account with the scope its lines are read with. */
  private async accounts(
    personId: string,
    today: string,
  ): Promise<Array<{ account: FinanceAccount; scope: AccountScope; agencyId: string }>> {
    const [condominiums, leases, mandates, landlordAgencies] = await Promise.all([
      listCoOwnedCondominiums(this.db, personId, today),
      listTenantLeasesWithLines(this.db, personId, today),
      activeMandateCondominiums(this.db, personId),
      listLandlordAgencies(this.db, personId),
    ]);
    const debitedLeases = await activeMandateLeases(
      this.db,
      leases.map((lease) => lease.leaseId),
    );
    const scoped: Array<{ kind: FinanceAccount['kind']; id: string; agencyId: string; label: string; scope: AccountScope }> = [
      ...condominiums
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
        .map((condominium) => ({
          kind: 'coOwner' as const,
          id: condominium.id,
          agencyId: condominium.agencyId,
          label: accountLabel(condominium.name, condominium),
          scope: { kind: 'coOwner' as const, condominiumId: condominium.id, personId },
        })),
      ...leases.map((lease) => ({
        kind: 'tenant' as const,
        id: lease.leaseId,
        agencyId: lease.agencyId,
        label: accountLabel(`Location ${lease.reference}`, lease),
        scope: { kind: 'tenant' as const, leaseId: lease.leaseId },
      })),
      ...landlordAgencies
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
        .map((agency) => ({
          kind: 'landlord' as const,
          id: agency.agencyId,
          agencyId: agency.agencyId,
          label: `Solde propriétaire — ${agency.name}`,
          scope: { kind: 'landlord' as const, agencyId: agency.agencyId, personId },
        })),
    ];
    return Promise.all(
      scoped.map(async (item) => ({
        scope: item.scope,
        agencyId: item.agencyId,
        account: {
          key: `${item.kind}:${item.id}`,
          kind: item.kind,
          label: item.label,
          balanceCents: await accountBalance(this.db, item.scope),
          balanceDate: today,
          directDebitInProgress:
            (item.kind === 'coOwner' && mandates.has(item.id)) || (item.kind === 'tenant' && debitedLeases.has(item.id)),
        },
      })),
    );
  }

  /**
   * The agency's accounting system posts its entries: all or nothing, each checked for balance here (so the
   * answer names the faulty entry) before the database's own check at commit; an entry already imported
   * under the same external id is left as it is.
   */
  async importEntries(viewer: StaffViewer, body: ImportBody): Promise<{ created: number; unchanged: number }> {
    policy.requireAgencyCondominium(viewer, await findCondominiumAgency(this.db, body.condominiumId));
    for (const entry of body.entries) {
      const debit = entry.lines.reduce((sum, line) => sum + line.debitCents, 0);
      const credit = entry.lines.reduce((sum, line) => sum + line.creditCents, 0);
      const oneSided = entry.lines.every((line) => (line.debitCents === 0) !== (line.creditCents === 0));
      if (debit !== credit || !oneSided)
        throw new AppError(
          'LEDGER_ENTRY_UNBALANCED',
          `L’écriture ${entry.externalId} n’est pas équilibrée (débit ${debit} ≠ crédit ${credit} centimes, ou une ligne porte les deux sens).`,
          { externalId: entry.externalId },
        );
    }
    const references = [
      ...new Set(
        body.entries.flatMap((entry) => entry.lines.flatMap((line) => (line.personReference ? [line.personReference] : []))),
      ),
    ];
    const persons = await personsByReference(this.db, viewer.agencyId, references.map(canonicalClientReference));
    const unknown = references.filter((reference) => !persons.has(canonicalClientReference(reference)));
    if (unknown.length > 0)
      throw new AppError('LEDGER_UNKNOWN_PERSON', `Référence client inconnue de l’agence : ${unknown.join(', ')}.`, {
        references: unknown,
      });

    return this.db.transaction(async (tx) => {
      const ledgerId = await condominiumLedger(tx, body.condominiumId);
      let created = 0;
      for (const entry of body.entries) {
        const result = await postEntry(
          tx,
          {
            ledgerId,
            journal: entry.journal,
            entryDate: entry.date,
            label: entry.label,
            source: 'import',
            externalId: entry.externalId,
          },
          entry.lines.map((line) => ({
            accountCode: line.accountCode,
            personId: line.personReference ? (persons.get(canonicalClientReference(line.personReference)) ?? null) : null,
            label: line.label ?? null,
            debitCents: line.debitCents,
            creditCents: line.creditCents,
          })),
        );
        if (result.created) created += 1;
      }
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'ledger.entries_imported',
        targetType: 'condominium',
        targetId: body.condominiumId,
        details: { created, unchanged: body.entries.length - created },
      });
      return { created, unchanged: body.entries.length - created };
    });
  }
}
