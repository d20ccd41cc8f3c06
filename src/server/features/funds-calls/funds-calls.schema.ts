import { z } from 'zod';

export const condominiumParams = z.object({ condominiumId: z.uuid({ error: 'Copropriété inconnue.' }) });

export const budgetParams = condominiumParams.extend({
  year: z.coerce
    .number({ error: 'Indiquez l’exercice.' })
    .int({ error: 'Indiquez l’exercice.' })
    .min(2000, { error: 'Exercice invalide.' })
    .max(2100, { error: 'Exercice invalide.' }),
});

export const fundsCallParams = condominiumParams.extend({ fundsCallId: z.uuid({ error: 'Appel de fonds inconnu.' }) });

const cents = (missing: string) =>
  z
    .number({ error: missing })
    .int({ error: 'Un montant en centimes est un nombre entier.' })
    .min(0, { error: 'Le montant ne peut pas être négatif.' })
    .max(100_000_000_000, { error: 'Ce montant est trop élevé.' });

/**
 * Art. 14-2-1 II: the general meeting of a condominium of fewer than 10 lots may decide unanimously not to
 * build a works fund; any condominium is dispensed while its technical survey (DTG) shows no works needed in
 * the next ten years.
 */
export const WORKS_FUND_EXEMPTION_REASONS = ['unanimous_under_10_lots', 'dtg_no_works'] as const;
export const worksFundExemptionReason = z.enum(WORKS_FUND_EXEMPTION_REASONS, {
  error: 'Choisissez le motif de la dispense : décision unanime (moins de 10 lots) ou DTG sans travaux sur 10 ans.',
});

export const budgetLineInput = z.object({
  allocationKeyId: z.uuid({ error: 'Choisissez la clé de répartition.' }),
  accountCode: z
    .string({ error: 'Indiquez le compte de charges.' })
    .trim()
    .regex(/^6\d{1,5}$/, { error: 'Le compte de charges commence par 6 (ex. 614, 6141).' }),
  label: z
    .string({ error: 'Indiquez le libellé.' })
    .trim()
    .min(1, { error: 'Indiquez le libellé.' })
    .max(120, { error: 'Le libellé ne dépasse pas 120 caractères.' }),
  amountCents: cents('Indiquez le montant.'),
});

export const budgetInput = z
  .object({
    votedOn: z.iso.date({ error: 'Indiquez la date du vote de l’assemblée générale.' }),
    worksFundCents: cents('Indiquez la cotisation au fonds de travaux.'),
    worksFundExempt: z
      .boolean({ error: 'Indiquez si la copropriété est dispensée du fonds de travaux.' })
      .default(false)
      .meta({ description: 'Dispense de fonds de travaux (art. 14-2-1 II) : sous 5 % du budget, voire nul' }),
    worksFundExemptionReason: worksFundExemptionReason
      .nullable()
      .default(null)
      .meta({ description: 'Motif de la dispense, obligatoire quand elle est demandée' }),
    lines: z.array(budgetLineInput).max(200, { error: 'Un budget compte au plus 200 lignes.' }),
  })
  .meta({ id: 'BudgetInput' });

export const budgetView = z
  .object({
    condominium: z.object({
      id: z.string(),
      name: z.string(),
      lotCount: z.number().int().meta({ description: 'Lots de la copropriété (dispense par unanimité : moins de 10)' }),
    }),
    year: z.number().int(),
    keys: z.array(
      z
        .object({ id: z.string(), code: z.string(), name: z.string(), isGeneral: z.boolean(), totalShares: z.number().int() })
        .meta({ id: 'BudgetAllocationKey' }),
    ),
    budget: z
      .object({
        votedOn: z.iso.date(),
        worksFundCents: z.number().int(),
        worksFundExempt: z.boolean(),
        worksFundExemptionReason: z.enum(WORKS_FUND_EXEMPTION_REASONS).nullable(),
        totalCents: z.number().int().meta({ description: 'Somme des lignes, hors fonds de travaux' }),
        minimumWorksFundCents: z.number().int().meta({ description: '5 % du budget (art. 14-2-1)' }),
        lines: z.array(
          z
            .object({
              id: z.string(),
              allocationKeyId: z.string(),
              accountCode: z.string(),
              label: z.string(),
              amountCents: z.number().int(),
            })
            .meta({ id: 'BudgetLine' }),
        ),
      })
      .nullable(),
    issuedQuarters: z.array(z.number().int()).meta({ description: 'Trimestres déjà appelés : le budget ne peut plus changer' }),
    quarters: z.array(
      z
        .object({
          quarter: z.number().int(),
          dueDate: z.iso.date(),
          totalCents: z.number().int().meta({ description: 'Ce que le trimestre appellera : provisions et fonds de travaux' }),
          coOwnerCount: z.number().int().meta({ description: 'Copropriétaires appelés à la date d’exigibilité' }),
          issued: z.boolean(),
        })
        .meta({ id: 'BudgetQuarter' }),
    ),
  })
  .meta({ id: 'CondominiumBudget' });

export const issueInput = z
  .object({
    year: z
      .number({ error: 'Indiquez l’exercice.' })
      .int({ error: 'Indiquez l’exercice.' })
      .min(2000, { error: 'Exercice invalide.' })
      .max(2100, { error: 'Exercice invalide.' }),
    quarter: z
      .number({ error: 'Choisissez le trimestre.' })
      .int({ error: 'Choisissez le trimestre.' })
      .min(1, { error: 'Le trimestre va de 1 à 4.' })
      .max(4, { error: 'Le trimestre va de 1 à 4.' }),
  })
  .meta({ id: 'FundsCallIssue' });

export const fundsCallSummary = z
  .object({
    id: z.string(),
    year: z.number().int(),
    quarter: z.number().int(),
    dueDate: z.iso.date(),
    issuedAt: z.iso.datetime({ offset: true }),
    totalCents: z.number().int(),
    coOwnerCount: z.number().int(),
    pdfReadyCount: z.number().int().meta({ description: 'Appels dont le PDF est publié' }),
    pdfPendingCount: z
      .number()
      .int()
      .meta({ description: 'Appels dont le PDF est en cours de préparation (le copropriétaire est notifié ensuite)' }),
  })
  .meta({ id: 'FundsCallSummary' });

export const fundsCallList = z.object({ calls: z.array(fundsCallSummary) }).meta({ id: 'FundsCallList' });

export const fundsCallDetail = fundsCallSummary
  .extend({
    notices: z.array(
      z
        .object({
          personId: z.string(),
          name: z.string(),
          totalCents: z.number().int(),
          previousBalanceCents: z.number().int().meta({ description: 'Solde antérieur (positif : dû par le copropriétaire)' }),
          documentId: z.string().nullable(),
          versionId: z.string().nullable(),
        })
        .meta({ id: 'FundsCallNotice' }),
    ),
  })
  .meta({ id: 'FundsCallDetail' });

export type BudgetInput = z.infer<typeof budgetInput>;
export type FundsCallDetail = z.infer<typeof fundsCallDetail>;
