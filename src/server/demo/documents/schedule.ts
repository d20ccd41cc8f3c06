import { addDays, nextWorkingDay } from '../../../domain/calendar.ts';

/**
 * What is coming in the Créteil condominium, relative to the day the demo is loaded so that "À venir" is
 * never empty: the works notice, the events and the notifications all read their dates from here.
 */
export interface DemoSchedule {
  waterCut: string;
  liftVisit: string;
  facadeWorksStart: string;
  facadeWorksEnd: string;
  /** Scaffolding goes up on building B first: the event of that building alone. */
  scaffoldingB: string;
  generalMeeting: string;
  /** Not in Créteil: the ventilation visit of the tenant's building, 20 rue de Chambéry. */
  ventilationVisit: string;
}

export function demoSchedule(today: string): DemoSchedule {
  const facadeWorksStart = nextWorkingDay(addDays(today, 21));
  return {
    waterCut: nextWorkingDay(addDays(today, 6)),
    liftVisit: nextWorkingDay(addDays(today, 10)),
    facadeWorksStart,
    facadeWorksEnd: addDays(facadeWorksStart, 7 * 14),
    scaffoldingB: nextWorkingDay(addDays(facadeWorksStart, 14)),
    generalMeeting: nextWorkingDay(addDays(today, 61)),
    ventilationVisit: nextWorkingDay(addDays(today, 9)),
  };
}

/** The contractor chosen by the general meeting of 12 June 2026 for the façades. */
export const facadeContractor = {
  name: 'Façades & Patrimoine',
  address: '18 rue des Artisans, 94450 Limeil-Brévannes',
  phone: '01 45 69 22 10',
  amountCents: 18_640_000,
} as const;
