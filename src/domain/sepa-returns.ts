/**
 * What happens after a SEPA Core collection is sent: the TARGET2 calendar (a collection can only be requested for
 * a day the interbank system settles), the ISO 20022 reason codes of a returned collection (R-transaction) in the
 * words a French debtor understands, and whether the amount may be presented again.
 */
import { addDays, parseCalendarDate, weekday } from './calendar.ts';

// --- TARGET2 business days ----------------------------------------------------------------------------------------

/** Easter Sunday of a year (anonymous Gregorian algorithm, valid for every year of the Gregorian calendar). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * TARGET2 is closed on weekends, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December: French public
 * holidays such as 14 July are settlement days for SEPA, so they are not excluded.
 */
export function isTargetBusinessDay(date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  const { year } = parseCalendarDate(date);
  const monthDay = date.slice(5);
  if (['01-01', '05-01', '12-25', '12-26'].includes(monthDay)) return false;
  const easter = easterSunday(year);
  return date !== addDays(easter, -2) && date !== addDays(easter, 1);
}

/** The first TARGET2 business day on or after `date`. */
export function nextTargetBusinessDay(date: string): string {
  let day = date;
  while (!isTargetBusinessDay(day)) day = addDays(day, 1);
  return day;
}

// --- Return reasons -----------------------------------------------------------------------------------------------

export interface ReturnReason {
  code: string;
  /** What the debtor and the staff read: "Provision insuffisante". */
  label: string;
  /** The amount may be presented again under the same mandate. */
  representable: boolean;
  /** The mandate can no longer be used: the account is closed, there is no mandate, the debtor died. */
  lapsesMandate: boolean;
}

const reason = (code: string, label: string, representable: boolean, lapsesMandate = false): ReturnReason => ({
  code,
  label,
  representable,
  lapsesMandate,
});

/**
 * The reason codes French banks send back (EPC SEPA Core rulebook, ISO 20022 ExternalReturnReason1Code). Only
 * a temporary cause (insufficient funds, a technical problem, no reason given) allows a new presentation: for
 * the others the debtor or their bank said no, and collecting again would be rejected or contested.
 */
export const RETURN_REASONS: readonly ReturnReason[] = [
  reason('AM04', 'Provision insuffisante', true),
  reason('MS03', 'Motif non communiqué par la banque', true),
  reason('CNOR', 'Banque du créancier injoignable', true),
  reason('DNOR', 'Banque du débiteur injoignable', true),
  reason('TM01', 'Reçu après l’heure limite de la banque', true),
  reason('AC01', 'Numéro de compte incorrect', false),
  reason('AC04', 'Compte clôturé', false, true),
  reason('AC06', 'Compte bloqué', false),
  reason('AC13', 'Compte non autorisé aux prélèvements', false),
  reason('AG01', 'Opération interdite sur ce compte', false),
  reason('AG02', 'Code opération incorrect', false),
  reason('AM05', 'Prélèvement en double', false),
  reason('BE05', 'Créancier non reconnu', false),
  reason('FF01', 'Format de fichier incorrect', false),
  reason('MD01', 'Absence de mandat', false, true),
  reason('MD02', 'Informations du mandat manquantes ou incorrectes', false),
  reason('MD06', 'Remboursement demandé par le débiteur', false),
  reason('MD07', 'Débiteur décédé', false, true),
  reason('MS02', 'Refus du débiteur', false),
  reason('RC01', 'Code BIC incorrect', false),
  reason('RR01', 'Identification du débiteur manquante (motif réglementaire)', false),
  reason('RR02', 'Nom ou adresse du débiteur manquant (motif réglementaire)', false),
  reason('RR03', 'Nom ou adresse du créancier manquant (motif réglementaire)', false),
  reason('RR04', 'Motif réglementaire', false),
  reason('SL01', 'Service spécifique de la banque du débiteur (opposition ou liste de créanciers)', false),
];

const BY_CODE = new Map(RETURN_REASONS.map((item) => [item.code, item]));

/**
 * The reason of a code as the bank sent it ("am04 " → AM04). A code we do not know is not presented again: a new
 * collection that the bank may refuse for the same unknown cause costs the debtor fees.
 */
export function returnReason(code: string): ReturnReason {
  const normalised = code.trim().toUpperCase();
  return BY_CODE.get(normalised) ?? reason(normalised, `Motif ${normalised}`, false);
}

/** Presented again at least 14 days after the return (the debtor is told the new date), on a settlement day. */
export const REPRESENTATION_DELAY_DAYS = 14;

/** The date a returned collection is presented again, or null when its reason forbids it. */
export function representationDate(code: string, returnedOn: string): string | null {
  if (!returnReason(code).representable) return null;
  return nextTargetBusinessDay(addDays(returnedOn, REPRESENTATION_DELAY_DAYS));
}
