import type { DemoBatch } from '../batch.ts';
import type { RentalDemo } from '../rental.ts';
import type { SyndicDemo } from '../syndic.ts';
import { addAccountsAnnexes } from './accounts.ts';
import { addBuildingNotices } from './building-notices.ts';
import { addCallsForFunds } from './calls-for-funds.ts';
import { CondominiumView } from './condominium-view.ts';
import { agencyPaper, documentsContext, type RentalContext, type SyndicContext } from './context.ts';
import { addContracts } from './contracts.ts';
import { addCouncilDocuments } from './council.ts';
import { DemoDocuments } from './demo-documents.ts';
import { addGeneralMeetings } from './general-meetings.ts';
import { addTenantDocuments, type TenancyView, tenancyOf } from './lease.ts';
import { addMaintenanceDocuments } from './maintenance.ts';
import { addRulesDocument } from './rules.ts';
import { type DemoSchedule, demoSchedule } from './schedule.ts';

export interface DemoDocumentsPlan {
  documents: DemoDocuments;
  view: CondominiumView;
  schedule: DemoSchedule;
  tenancy: TenancyView;
  /** The minutes of the last three meetings, oldest first. */
  minutesIds: string[];
  /** The tenant's receipts, oldest first. */
  receiptIds: string[];
}

/**
 * Every demo document, described (not yet rendered): the legal minimum of a syndic's portal for the Créteil
 * condominium (décret 2019-502) and the rental files of GERASCO and its tenant LO300115.
 */
export function planDemoDocuments(
  batch: DemoBatch,
  syndic: SyndicDemo,
  rental: RentalDemo,
  today: string,
  now: Date,
): DemoDocumentsPlan {
  const documents = new DemoDocuments();
  const base = documentsContext(batch, documents, today, now);
  const view = new CondominiumView(batch, syndic);
  const schedule = demoSchedule(today);

  const condominium: SyndicContext = { ...base, syndic, view, ...agencyPaper(batch, syndic.agencyId) };
  addRulesDocument(condominium);
  addBuildingNotices(condominium, schedule);
  addMaintenanceDocuments(condominium);
  addContracts(condominium);
  const minutesIds = addGeneralMeetings(condominium);
  addAccountsAnnexes(condominium);
  addCallsForFunds(condominium, 'Allouard');
  addCouncilDocuments(condominium);

  const rentalFiles: RentalContext = { ...base, rental, ...agencyPaper(batch, rental.agencyId) };
  const tenancy = tenancyOf(rentalFiles, 'LO300115');
  const receiptIds = addTenantDocuments(rentalFiles, tenancy);
  // GERASCO's comptes rendus de gérance are computed on the rental books: src/server/demo/landlord-statements.ts.

  return { documents, view, schedule, tenancy, minutesIds, receiptIds };
}
