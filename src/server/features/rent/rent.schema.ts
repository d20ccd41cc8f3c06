import { z } from 'zod';

const cents = (description: string) => z.number().int().meta({ description });

const month = z
  .string({ error: 'Indiquez le mois (AAAA-MM).' })
  .regex(/^(20\d{2})-(0[1-9]|1[0-2])$/, { error: 'Indiquez le mois au format AAAA-MM, par exemple 2026-12.' })
  .meta({ examples: ['2026-12'] });

export const callBody = z.object({ month });
export const monthQuery = z.object({ month });
export const callParams = z.object({ id: z.uuid({ error: 'Appel de loyer inconnu.' }) });
export const accountQuery = z.object({ account: z.string().min(1).max(200) });

export const callCounts = z
  .object({
    called: z.number().int().meta({ description: 'Baux appelés par cette demande' }),
    alreadyCalled: z.number().int().meta({ description: 'Baux dont ce mois était déjà appelé' }),
    totalCents: cents('Total appelé par cette demande'),
  })
  .meta({ id: 'RentCallCounts' });

export const receiptCounts = z
  .object({
    quittances: z.number().int().meta({ description: 'Quittances délivrées' }),
    receipts: z.number().int().meta({ description: 'Reçus de paiements partiels délivrés' }),
  })
  .meta({ id: 'RentReceiptCounts' });

export const rentStatus = z.enum(['paid', 'partial', 'unpaid']).meta({ description: 'Payé, partiellement payé, à payer' });

export const staffRentCall = z
  .object({
    id: z.string(),
    periodStart: z.string().meta({ examples: ['2026-12-01'] }),
    dueDate: z.string(),
    leaseReference: z.string(),
    unitReference: z.string(),
    address: z.string(),
    tenants: z.array(z.string()),
    rentCents: cents('Loyer'),
    chargesCents: cents('Provision sur charges'),
    paidCents: cents('Réglé sur ce mois (les paiements soldent les mois les plus anciens d’abord)'),
    status: rentStatus,
    quittanceIssued: z.boolean(),
    receiptCount: z.number().int(),
  })
  .meta({ id: 'StaffRentCall' });

export const staffRentCalls = z.object({ month: z.string(), calls: z.array(staffRentCall) }).meta({ id: 'StaffRentCalls' });

const acknowledgement = z.object({
  kind: z.enum(['quittance', 'receipt']),
  amountCents: cents('Montant reconnu'),
  issuedAt: z.string(),
  documentId: z.string().nullable().meta({ description: 'Le PDF par /api/documents/:id/file' }),
});

export const tenantRentMonth = z
  .object({
    id: z.string(),
    periodStart: z.string().meta({ examples: ['2026-12-01'] }),
    dueDate: z.string(),
    rentCents: cents('Loyer'),
    chargesCents: cents('Provision sur charges'),
    paidCents: cents('Réglé sur ce mois'),
    status: rentStatus,
    noticeDocumentId: z.string().nullable().meta({ description: 'L’avis d’échéance (PDF)' }),
    receipts: z.array(acknowledgement),
  })
  .meta({ id: 'TenantRentMonth' });

export const tenantRentMonths = z
  .object({ account: z.string(), months: z.array(tenantRentMonth) })
  .meta({ id: 'TenantRentMonths' });

export type StaffRentCall = z.infer<typeof staffRentCall>;
export type TenantRentMonth = z.infer<typeof tenantRentMonth>;
