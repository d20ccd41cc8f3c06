import { addDays, parisInstant } from '../../../domain/calendar.ts';
import type { PdfLetterhead } from '../../platform/pdf/pdf-document.ts';
import type { DemoBatch } from '../batch.ts';
import type { RentalDemo } from '../rental.ts';
import type { SyndicDemo } from '../syndic.ts';
import type { CondominiumView } from './condominium-view.ts';
import { type DemoDocuments, letterheadOf } from './demo-documents.ts';

/** The legal line under every page: who the agency is and under which licence it works (loi Hoguet). */
const FOOTER_NOTES: Record<string, string> = {
  'ImmoCity Coulon':
    'ImmoCity Coulon — SAS au capital de 150 000 € — RCS Créteil 812 345 678 — Carte professionnelle CPI 9401 2019 000 041 212',
  'ImmoCity Paris Suffren':
    'ImmoCity Paris Suffren — SAS au capital de 80 000 € — RCS Paris 823 456 789 — Carte professionnelle CPI 7501 2018 000 038 455',
};

/** What every family of demo documents needs: where to add them, for whom, and when "now" is. */
export interface DocumentsContext {
  batch: DemoBatch;
  documents: DemoDocuments;
  /** The load's Paris calendar date: relative dates (works notices, receipts) are computed from it. */
  today: string;
  now: Date;
  /** A past publication: the given day, but never within the last four days, so it never shows as new. */
  archived(date: string, time?: string): Date;
  /** A publication a few hours ago: these show as "new" to whoever signs in. */
  recent(hoursAgo: number): Date;
  /** A publication on its natural day even if recent (a receipt on the 5th), but never in the future. */
  dated(date: string, time?: string): Date;
}

export interface SyndicContext extends DocumentsContext {
  syndic: SyndicDemo;
  view: CondominiumView;
  letterhead: PdfLetterhead;
  footerNote: string;
}

export interface RentalContext extends DocumentsContext {
  rental: RentalDemo;
  letterhead: PdfLetterhead;
  footerNote: string;
}

export function documentsContext(batch: DemoBatch, documents: DemoDocuments, today: string, now: Date): DocumentsContext {
  const latestArchive = addDays(today, -4);
  return {
    batch,
    documents,
    today,
    now,
    // Calendar dates as 'YYYY-MM-DD' sort as text: the smaller string is the earlier day.
    archived: (date, time = '10:00') => parisInstant([date, latestArchive].sort()[0] ?? date, time),
    recent: (hoursAgo) => new Date(now.getTime() - hoursAgo * 3_600_000),
    dated: (date, time = '10:00') => new Date(Math.min(parisInstant(date, time).getTime(), now.getTime() - 3_600_000)),
  };
}

export function agencyPaper(batch: DemoBatch, agencyId: string): { letterhead: PdfLetterhead; footerNote: string } {
  const letterhead = letterheadOf(batch, agencyId);
  return { letterhead, footerNote: FOOTER_NOTES[letterhead.name] ?? letterhead.name };
}
