import { parseCalendarDate } from '../../../domain/calendar.ts';
import { quarterOf } from '../../../domain/due-dates.ts';
import { frenchDate, frenchMonthName, frenchOrdinal } from '../../../domain/french-dates.ts';
import type { AgendaEventRow } from './agenda.repository.ts';
import type { AgendaItem, StaffScheduledEvent } from './agenda.schema.ts';

export const presentEvent = (row: AgendaEventRow): AgendaItem => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  description: row.description,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  condominiumName: row.condominiumName,
  buildingName: row.buildingName,
});

export const presentStaffEvent = (row: AgendaEventRow): StaffScheduledEvent => ({
  ...presentEvent(row),
  kind: row.kind,
  condominiumId: row.condominiumId,
  buildingId: row.buildingId,
});

/** "Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027". */
export function presentFundsCall(condominium: { id: string; name: string }, dueOn: string): AgendaItem {
  const { year } = parseCalendarDate(dueOn);
  return {
    id: `appel-de-fonds:${condominium.id}:${dueOn}`,
    kind: 'appel_de_fonds',
    title: `Appel de fonds du ${frenchOrdinal(quarterOf(dueOn))} trimestre ${year} — exigible le ${frenchDate(dueOn)}`,
    description: 'Provisions sur le budget prévisionnel, exigibles le premier jour de chaque trimestre.',
    startsOn: dueOn,
    endsOn: null,
    condominiumName: condominium.name,
    buildingName: null,
  };
}

/** "Loyer de décembre 2026 — échéance le 1er décembre". */
export function presentRentDue(
  lease: { id: string; unitReference: string; addressLine1: string | null; city: string | null },
  dueOn: string,
): AgendaItem {
  const { year, month } = parseCalendarDate(dueOn);
  const place = [lease.addressLine1, lease.city].filter(Boolean).join(', ');
  return {
    id: `loyer:${lease.id}:${dueOn}`,
    kind: 'loyer',
    title: `Loyer de ${frenchMonthName(month)} ${year} — échéance le ${frenchDate(dueOn, { withYear: false })}`,
    description: place ? `Logement ${lease.unitReference}, ${place}` : `Logement ${lease.unitReference}`,
    startsOn: dueOn,
    endsOn: null,
    condominiumName: null,
    buildingName: null,
  };
}
