import { parisDate } from '../../../domain/calendar.ts';
import type { Database } from '../../db/client.ts';
import { policy } from '../../platform/auth/policy.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { type CouncilExportFormat, type CouncilReport, exportCouncilReport } from './council.exports.ts';
import { type PdfUrlOf, presentBudgetYear, presentExpenses, presentInvoice, presentTrialBalance } from './council.presenter.ts';
import {
  actualSpending,
  bankOrders,
  chargeLines,
  currentVersions,
  findAgency,
  findCondominium,
  hasBudget,
  listAgencyCondominiums,
  listBudgetLines,
  listCouncilCondominiums,
  listInvoices,
  listKeys,
  listYears,
  monthlySpending,
  sitsOnCouncil,
  trialBalance,
} from './council.repository.ts';

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * "Les + du Conseil Syndical": what the council members of a condominium (and its agency's staff) may read of
 * the syndicate's books — budget against actual, trial balance, expense report, bank orders, invoices. Read
 * only; co-owners' accounts only ever appear summed.
 */
export class CouncilService {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today() {
    return parisDate(this.clock());
  }

  async list(viewer: Viewer) {
    const condominiums =
      viewer.kind === 'staff'
        ? await listAgencyCondominiums(this.db, viewer.agencyId)
        : await listCouncilCondominiums(this.db, viewer.personId, this.today());
    return { condominiums };
  }

  /** The condominium if the viewer may open its council space; 404 otherwise. */
  async condominium(viewer: Viewer, condominiumId: string) {
    const found = await findCondominium(this.db, condominiumId);
    const member =
      viewer.kind === 'client' && found ? await sitsOnCouncil(this.db, viewer.personId, condominiumId, this.today()) : false;
    const { agencyId, ...view } = policy.requireCouncilAccess(viewer, found, member);
    return { id: view.id, agencyId, view };
  }

  /** Where the viewer downloads a document: the person's documents route, or the staff's version route. */
  private async pdfUrls(viewer: Viewer, documentIds: (string | null)[]): Promise<PdfUrlOf> {
    const versions = await currentVersions(
      this.db,
      [...new Set(documentIds)].filter((id): id is string => id !== null),
    );
    return (documentId) => {
      if (!documentId) return null;
      const versionId = versions.get(documentId);
      if (!versionId) return null;
      return viewer.kind === 'staff'
        ? `/api/staff/documents/${documentId}/versions/${versionId}/file`
        : `/api/documents/${documentId}/file`;
    };
  }

  async overview(viewer: Viewer, condominiumId: string) {
    const { view } = await this.condominium(viewer, condominiumId);
    const currentYear = yearOf(this.today());
    const [years, keys] = await Promise.all([listYears(this.db, condominiumId), listKeys(this.db, condominiumId)]);
    return {
      condominium: view,
      currentYear,
      years: years.includes(currentYear) ? years : [currentYear, ...years].sort((a, b) => b - a),
      keys,
    };
  }

  private async budgetYear(condominiumId: string, year: number) {
    const [keys, lines, actuals, voted] = await Promise.all([
      listKeys(this.db, condominiumId),
      listBudgetLines(this.db, condominiumId, year),
      actualSpending(this.db, condominiumId, year),
      hasBudget(this.db, condominiumId, year),
    ]);
    return presentBudgetYear({ year, voted, keys, budgetLines: lines, actuals });
  }

  async budget(viewer: Viewer, condominiumId: string, year = yearOf(this.today())) {
    const { view } = await this.condominium(viewer, condominiumId);
    const [current, previous] = await Promise.all([
      this.budgetYear(condominiumId, year),
      this.budgetYear(condominiumId, year - 1),
    ]);
    return { condominium: view, current, previous };
  }

  /** The budget or the expense report as a PDF or an Excel file (the same figures as on screen). */
  async export(
    viewer: Viewer,
    condominiumId: string,
    report: CouncilReport,
    format: CouncilExportFormat,
    year = yearOf(this.today()),
  ) {
    const { view, agencyId } = await this.condominium(viewer, condominiumId);
    const agency = await findAgency(this.db, agencyId);
    const context = {
      condominiumName: view.name,
      year,
      today: this.today(),
      letterhead: {
        name: agency?.name ?? '',
        addressLines: [agency?.addressLine1 ?? '', `${agency?.postalCode ?? ''} ${agency?.city ?? ''}`.trim()].filter(Boolean),
        phone: agency?.phone ?? null,
        email: agency?.email ?? null,
      },
    };
    if (report === 'budget')
      return exportCouncilReport({ kind: 'budget', budget: await this.budgetYear(condominiumId, year) }, context, format);
    const [rows, keys] = await Promise.all([chargeLines(this.db, condominiumId, year), listKeys(this.db, condominiumId)]);
    return exportCouncilReport({ kind: 'expenses', expenses: presentExpenses(rows, keys, () => null) }, context, format);
  }

  async trialBalance(viewer: Viewer, condominiumId: string, date = this.today()) {
    const { view } = await this.condominium(viewer, condominiumId);
    return { condominium: view, date, ...presentTrialBalance(await trialBalance(this.db, condominiumId, date)) };
  }

  async expenses(viewer: Viewer, condominiumId: string, year = yearOf(this.today())) {
    const { view } = await this.condominium(viewer, condominiumId);
    const [rows, keys] = await Promise.all([chargeLines(this.db, condominiumId, year), listKeys(this.db, condominiumId)]);
    const pdfUrlOf = await this.pdfUrls(
      viewer,
      rows.map((row) => row.documentId),
    );
    return { condominium: view, year, ...presentExpenses(rows, keys, pdfUrlOf) };
  }

  async bankOrders(viewer: Viewer, condominiumId: string, year = yearOf(this.today())) {
    const { view } = await this.condominium(viewer, condominiumId);
    const [orders, invoices] = await Promise.all([
      bankOrders(this.db, condominiumId, year),
      listInvoices(this.db, condominiumId, null),
    ]);
    const invoiceById = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    const pdfUrlOf = await this.pdfUrls(
      viewer,
      orders.map((order) => (order.invoiceId ? (invoiceById.get(order.invoiceId)?.documentId ?? null) : null)),
    );
    return {
      condominium: view,
      year,
      totalCents: orders.reduce((sum, order) => sum + order.amountCents, 0),
      orders: orders.map((order) => {
        const invoice = order.invoiceId ? invoiceById.get(order.invoiceId) : undefined;
        return {
          id: order.entryId,
          date: order.entryDate,
          beneficiary: order.beneficiary ?? invoice?.supplierName ?? null,
          label: order.label,
          amountCents: order.amountCents,
          invoice: invoice
            ? {
                id: invoice.id,
                invoiceNumber: invoice.invoiceNumber,
                documentId: invoice.documentId,
                pdfUrl: pdfUrlOf(invoice.documentId),
              }
            : null,
        };
      }),
    };
  }

  async invoices(viewer: Viewer, condominiumId: string, year = yearOf(this.today())) {
    const { view } = await this.condominium(viewer, condominiumId);
    const rows = await listInvoices(this.db, condominiumId, year);
    const pdfUrlOf = await this.pdfUrls(
      viewer,
      rows.map((row) => row.documentId),
    );
    const invoices = rows.map((row) => presentInvoice(row, pdfUrlOf));
    return {
      condominium: view,
      year,
      totalCents: invoices.reduce((sum, invoice) => sum + invoice.amountCents, 0),
      unpaidCents: invoices.filter((invoice) => !invoice.paidOn).reduce((sum, invoice) => sum + invoice.amountCents, 0),
      invoices,
    };
  }

  async spendingByMonth(viewer: Viewer, condominiumId: string, year = yearOf(this.today())) {
    const { view } = await this.condominium(viewer, condominiumId);
    const [current, previous] = await Promise.all([
      monthlySpending(this.db, condominiumId, year),
      monthlySpending(this.db, condominiumId, year - 1),
    ]);
    return {
      condominium: view,
      year,
      months: Array.from({ length: 12 }, (_, index) => ({
        month: index + 1,
        amountCents: current.get(index + 1) ?? 0,
        previousYearCents: previous.get(index + 1) ?? 0,
      })),
    };
  }
}
