import { z } from 'zod';

export const condominiumParams = z.object({ condominiumId: z.uuid({ error: 'Copropriété inconnue.' }) });
export const invoiceParams = z.object({ invoiceId: z.uuid({ error: 'Facture inconnue.' }) });

const fiscalYear = z.coerce
  .number({ error: 'Exercice invalide.' })
  .int({ error: 'Exercice invalide.' })
  .min(2000, { error: 'Exercice invalide.' })
  .max(2100, { error: 'Exercice invalide.' });

export const yearQuery = z.object({
  year: fiscalYear.optional().meta({ description: "L'exercice (par défaut : l'année en cours)" }),
});

export const exportParams = condominiumParams.extend({
  report: z.enum(['budget', 'expenses'], { error: 'Rapport inconnu : budget ou expenses.' }),
});

export const exportQuery = yearQuery.extend({
  format: z.enum(['pdf', 'xlsx'], { error: 'Format inconnu : pdf ou xlsx.' }),
});

export const trialBalanceQuery = z.object({
  date: z.iso
    .date({ error: 'Indiquez une date au format AAAA-MM-JJ.' })
    .optional()
    .meta({ description: "La date de la balance (par défaut : aujourd'hui)" }),
});

const cents = z.number().int();

export const councilCondominium = z
  .object({
    id: z.string(),
    name: z.string(),
    addressLine1: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
  })
  .meta({ id: 'CouncilCondominium' });

export const councilCondominiumList = z
  .object({ condominiums: z.array(councilCondominium) })
  .meta({ id: 'CouncilCondominiumList' });

export const councilOverview = z
  .object({
    condominium: councilCondominium,
    currentYear: z.number().int(),
    years: z.array(z.number().int()).meta({ description: 'Exercices ayant un budget ou des écritures, du plus récent' }),
    keys: z.array(
      z.object({ id: z.string(), code: z.string(), name: z.string(), isGeneral: z.boolean() }).meta({ id: 'CouncilKey' }),
    ),
  })
  .meta({ id: 'CouncilOverview' });

const comparison = {
  budgetCents: cents.meta({ description: 'Budget voté' }),
  actualCents: cents.meta({ description: 'Dépenses réelles : débits − crédits des comptes 6 de l’exercice' }),
  differenceCents: cents.meta({ description: 'Budget − réel (positif : économie)' }),
  consumedPercent: z.number().nullable().meta({ description: 'Réel ÷ budget × 100, à 0,1 près ; null sans budget' }),
};

export const budgetYear = z
  .object({
    year: z.number().int(),
    voted: z.boolean().meta({ description: 'Un budget a été voté pour cet exercice' }),
    keys: z.array(
      z
        .object({
          keyId: z.string().nullable().meta({ description: 'null : charges saisies sans clé de répartition' }),
          code: z.string().nullable(),
          name: z.string(),
          ...comparison,
          lines: z.array(
            z.object({ accountCode: z.string(), label: z.string(), ...comparison }).meta({ id: 'CouncilBudgetLine' }),
          ),
        })
        .meta({ id: 'CouncilBudgetKey' }),
    ),
    totals: z.object(comparison).meta({ id: 'CouncilBudgetTotals' }),
  })
  .meta({ id: 'CouncilBudgetYear' });

export const councilBudget = z
  .object({ condominium: councilCondominium, current: budgetYear, previous: budgetYear })
  .meta({ id: 'CouncilBudget' });

export const councilTrialBalance = z
  .object({
    condominium: councilCondominium,
    date: z.iso.date(),
    accounts: z.array(
      z
        .object({
          accountCode: z.string(),
          label: z.string(),
          debitCents: cents,
          creditCents: cents,
          debitBalanceCents: cents.meta({ description: 'Solde débiteur (0 si créditeur)' }),
          creditBalanceCents: cents.meta({ description: 'Solde créditeur (0 si débiteur)' }),
          aggregated: z.boolean().meta({ description: 'Compte de tiers copropriétaires : total de tous les copropriétaires' }),
        })
        .meta({ id: 'CouncilTrialBalanceAccount' }),
    ),
    totals: z
      .object({ debitCents: cents, creditCents: cents, debitBalanceCents: cents, creditBalanceCents: cents })
      .meta({ id: 'CouncilTrialBalanceTotals' }),
  })
  .meta({ id: 'CouncilTrialBalance' });

const documentLink = {
  documentId: z.string().nullable(),
  pdfUrl: z.string().nullable().meta({ description: 'Adresse du PDF de la facture pour la personne connectée' }),
};

export const councilExpenses = z
  .object({
    condominium: councilCondominium,
    year: z.number().int(),
    totalCents: cents,
    accounts: z.array(
      z
        .object({
          accountCode: z.string(),
          label: z.string(),
          totalCents: cents,
          keys: z.array(
            z
              .object({
                keyId: z.string().nullable(),
                name: z.string(),
                totalCents: cents,
                lines: z.array(
                  z
                    .object({
                      id: z.string(),
                      date: z.iso.date(),
                      supplierName: z.string().nullable(),
                      label: z.string(),
                      amountCents: cents,
                      invoiceId: z.string().nullable(),
                      invoiceNumber: z.string().nullable(),
                      ...documentLink,
                    })
                    .meta({ id: 'CouncilExpenseLine' }),
                ),
              })
              .meta({ id: 'CouncilExpenseKey' }),
          ),
        })
        .meta({ id: 'CouncilExpenseAccount' }),
    ),
  })
  .meta({ id: 'CouncilExpenses' });

export const councilBankOrders = z
  .object({
    condominium: councilCondominium,
    year: z.number().int(),
    totalCents: cents,
    orders: z.array(
      z
        .object({
          id: z.string(),
          date: z.iso.date(),
          beneficiary: z.string().nullable(),
          label: z.string(),
          amountCents: cents,
          invoice: z.object({ id: z.string(), invoiceNumber: z.string(), ...documentLink }).nullable(),
        })
        .meta({ id: 'CouncilBankOrder' }),
    ),
  })
  .meta({ id: 'CouncilBankOrders' });

export const supplierInvoiceView = z
  .object({
    id: z.string(),
    supplierName: z.string(),
    invoiceNumber: z.string(),
    invoiceDate: z.iso.date(),
    label: z.string(),
    accountCode: z.string(),
    allocationKey: z.object({ id: z.string(), name: z.string() }).nullable(),
    amountCents: cents,
    paidOn: z.iso.date().nullable(),
    ...documentLink,
  })
  .meta({ id: 'SupplierInvoice' });

export const councilInvoices = z
  .object({
    condominium: councilCondominium,
    year: z.number().int(),
    totalCents: cents,
    unpaidCents: cents,
    invoices: z.array(supplierInvoiceView),
  })
  .meta({ id: 'CouncilInvoices' });

export const spendingByMonth = z
  .object({
    condominium: councilCondominium,
    year: z.number().int(),
    months: z.array(
      z
        .object({ month: z.number().int().min(1).max(12), amountCents: cents, previousYearCents: cents })
        .meta({ id: 'CouncilMonthSpending' }),
    ),
  })
  .meta({ id: 'CouncilSpendingByMonth' });

/* Staff: recording an invoice (multipart form) and its payment. */

const text = (missing: string, max: number, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

export const invoiceFields = z.object({
  supplierName: text('Indiquez le fournisseur.', 120, 'Le nom du fournisseur ne dépasse pas 120 caractères.'),
  invoiceNumber: text('Indiquez le numéro de la facture.', 40, 'Le numéro ne dépasse pas 40 caractères.'),
  invoiceDate: z.iso.date({ error: 'Indiquez la date de la facture.' }),
  label: text('Indiquez le libellé.', 160, 'Le libellé ne dépasse pas 160 caractères.'),
  accountCode: z
    .string({ error: 'Indiquez le compte de charges.' })
    .trim()
    .regex(/^6\d{1,5}$/, { error: 'Le compte de charges commence par 6 (ex. 614, 6141).' }),
  allocationKeyId: z.uuid({ error: 'Choisissez la clé de répartition.' }),
  amountCents: z.coerce
    .number({ error: 'Indiquez le montant.' })
    .int({ error: 'Un montant en centimes est un nombre entier.' })
    .min(1, { error: 'Le montant doit être positif.' })
    .max(100_000_000_000, { error: 'Ce montant est trop élevé.' }),
});

export const invoiceForm = invoiceFields
  .extend({ file: z.file().meta({ description: 'La facture en PDF (25 Mo au plus)' }) })
  .meta({ id: 'SupplierInvoiceForm' });

export const paymentInput = z
  .object({ paidOn: z.iso.date({ error: 'Indiquez la date du paiement.' }) })
  .meta({ id: 'SupplierInvoicePayment' });

export type InvoiceFields = z.infer<typeof invoiceFields>;
