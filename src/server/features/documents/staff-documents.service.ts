import type { Readable } from 'node:stream';
import { parisDate } from '../../../domain/calendar.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { type FileStorage, StoredObjectMissing } from '../../platform/storage/file-storage.ts';
import { discardFiles, recordStoredFile } from '../../platform/storage/stored-files.ts';
import type { MultipartForm, UploadedFile } from '../../platform/storage/uploads.ts';
import { parseFormFields } from '../activation-requests/activation-requests.schema.ts';
import { insertNotifications, type NewNotification } from '../notifications/notifications.repository.ts';
import { personsWhoCanSee } from './documents.repository.ts';
import type { OpenedFile } from './documents.service.ts';
import { type ExtractedText, extractPdfText } from './documents.uploads.ts';
import { presentPersonUnit, presentStaffDetail, presentStaffDocument } from './staff-documents.presenter.ts';
import {
  findAgencyBuilding,
  findAgencyCondominium,
  findAgencyDocuments,
  findAgencyLot,
  findAgencyUnit,
  findAgencyVersionFile,
  findWithdrawer,
  insertDocument,
  insertVersion,
  isAgencyClient,
  lastVersionNumber,
  listAgencyCondominiums,
  listAgencyDocuments,
  listCondominiumBuildings,
  listCondominiumLots,
  listDownloads,
  listPersonUnits,
  listVersions,
  lockAgencyDocument,
  markWithdrawn,
  replaceBodyText,
} from './staff-documents.repository.ts';
import {
  type PublishFields,
  publishFields,
  STAFF_PAGE_SIZE,
  type StaffDocumentListQuery,
  versionFields,
} from './staff-documents.schema.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;

export interface StaffDocumentsDependencies {
  db: Database;
  storage: FileStorage;
}

const notFound = () => new AppError('NOT_FOUND', "Ce document n'existe pas.");
const DOWNLOADS_SHOWN = 100;

type Target = Pick<PublishFields, 'condominiumId' | 'buildingId' | 'lotId' | 'personId' | 'managedUnitId'>;

/**
 * The agency's side of documents: publishing one or many files, replacing a version, withdrawing, and the
 * history of each document. Publishing notifies, in the same transaction, everyone the reading rule lets see it.
 */
export class StaffDocumentsService {
  constructor(private readonly deps: StaffDocumentsDependencies) {}

  async list(viewer: Staff, query: StaffDocumentListQuery) {
    const { rows, total } = await listAgencyDocuments(
      this.deps.db,
      { agencyId: viewer.agencyId, ...query, includeWithdrawn: query.includeWithdrawn ?? false },
      STAFF_PAGE_SIZE,
      (query.page - 1) * STAFF_PAGE_SIZE,
    );
    return { items: rows.map(presentStaffDocument), total, page: query.page, pageSize: STAFF_PAGE_SIZE };
  }

  async targets(viewer: Staff, query: { condominiumId?: string | undefined; personId?: string | undefined }) {
    const { db } = this.deps;
    const { condominiumId, personId } = query;
    if (condominiumId && !(await findAgencyCondominium(db, viewer.agencyId, condominiumId))) {
      throw new AppError('NOT_FOUND', "Cette copropriété n'existe pas.");
    }
    if (personId && !(await isAgencyClient(db, viewer.agencyId, personId))) {
      throw new AppError('NOT_FOUND', "Cette personne n'est pas cliente de l'agence.");
    }
    const [condominiums, buildings, lots, units] = await Promise.all([
      listAgencyCondominiums(db, viewer.agencyId),
      condominiumId ? listCondominiumBuildings(db, condominiumId) : [],
      condominiumId ? listCondominiumLots(db, condominiumId) : [],
      personId ? listPersonUnits(db, viewer.agencyId, personId) : [],
    ]);
    return { condominiums, buildings, lots, units: units.map(presentPersonUnit) };
  }

  async detail(viewer: Staff, documentId: string) {
    const { db } = this.deps;
    const [row] = await findAgencyDocuments(db, viewer.agencyId, [documentId]);
    if (!row) throw notFound();
    const [versions, downloads, withdrawer] = await Promise.all([
      listVersions(db, documentId),
      listDownloads(db, documentId, DOWNLOADS_SHOWN),
      findWithdrawer(db, row.document.withdrawnByStaffId),
    ]);
    return presentStaffDetail({ row, versions, downloads, withdrawer });
  }

  /**
   * One document per file, all or nothing: the files are already in storage (read from the form); the rows,
   * the audit events and the notifications are written in one transaction, and on any failure the stored
   * bytes are deleted.
   */
  async publish(viewer: Staff, form: MultipartForm, evidence: Evidence, now = new Date()) {
    const { db, storage } = this.deps;
    try {
      const fields = parseFormFields(publishFields, form.fields);
      requireFiles(form.files, fields.title);
      const target = await this.checkTarget(viewer.agencyId, fields);
      // Read before the transaction: extracting the text of fifty PDFs must not hold it open.
      const texts: ExtractedText[] = [];
      for (const file of form.files) texts.push(await extractPdfText(storage, file));
      const ids = await db.transaction(async (tx) => {
        const created: { id: string; title: string }[] = [];
        for (const [index, file] of form.files.entries()) {
          const text = texts[index] ?? { bodyText: '', pageCount: null };
          const title = fields.title ?? titleFromFileName(file.originalName);
          const stored = await recordStoredFile(tx, file);
          const document = await insertDocument(tx, {
            agencyId: viewer.agencyId,
            folder: fields.folder,
            kind: fields.kind,
            title,
            year: fields.year,
            scope: fields.scope,
            ...target,
            bodyText: text.bodyText,
            publishedAt: now,
            publishedByStaffId: viewer.staffMemberId,
          });
          await insertVersion(tx, {
            documentId: document.id,
            versionNumber: 1,
            storedFileId: stored.id,
            pageCount: text.pageCount,
            publishedByStaffId: viewer.staffMemberId,
          });
          await recordAuditEvent(tx, {
            accountId: viewer.accountId,
            action: 'document.published',
            targetType: 'document',
            targetId: document.id,
            ...evidence,
            details: {
              folder: fields.folder,
              scope: fields.scope,
              ...target,
              fileName: file.originalName,
              notify: fields.notify,
            },
          });
          created.push({ id: document.id, title });
        }
        if (fields.notify) {
          await notifyConcerned(tx, viewer.agencyId, created, parisDate(now), {
            one: (title) => `Nouveau document : ${title}`,
            many: (count) => `${count} nouveaux documents`,
          });
        }
        return created.map((document) => document.id);
      });
      const rows = await findAgencyDocuments(db, viewer.agencyId, ids);
      return { documents: rows.map(presentStaffDocument) };
    } catch (error) {
      // The refusal is what staff must see; bytes that failed to delete have no row and stay unreachable.
      await discardFiles(storage, form.files).catch(() => undefined);
      throw error;
    }
  }

  /** A corrected file: a new version that people get from now on; the previous ones stay in the history. */
  async addVersion(viewer: Staff, documentId: string, form: MultipartForm, evidence: Evidence, now = new Date()) {
    const { db, storage } = this.deps;
    try {
      const fields = parseFormFields(versionFields, form.fields);
      const [file, ...others] = form.files;
      if (!file || others.length > 0) {
        const message = file ? 'Une seule nouvelle version à la fois.' : 'Joignez le nouveau fichier (PDF, JPEG ou PNG).';
        throw new AppError('VALIDATION_FAILED', message, { fields: [{ field: 'file', message }] });
      }
      const text = await extractPdfText(storage, file);
      await db.transaction(async (tx) => {
        const document = await lockAgencyDocument(tx, viewer.agencyId, documentId);
        if (!document) throw notFound();
        if (document.withdrawnAt) throw new AppError('DOCUMENT_WITHDRAWN');
        const versionNumber = (await lastVersionNumber(tx, document.id)) + 1;
        const stored = await recordStoredFile(tx, file);
        await insertVersion(tx, {
          documentId: document.id,
          versionNumber,
          storedFileId: stored.id,
          pageCount: text.pageCount,
          publishedByStaffId: viewer.staffMemberId,
          note: fields.note ?? null,
        });
        await replaceBodyText(tx, document.id, text.bodyText);
        await recordAuditEvent(tx, {
          accountId: viewer.accountId,
          action: 'document.version_added',
          targetType: 'document',
          targetId: document.id,
          ...evidence,
          details: { versionNumber, fileName: file.originalName, notify: fields.notify },
        });
        if (fields.notify) {
          await notifyConcerned(tx, viewer.agencyId, [{ id: document.id, title: document.title }], parisDate(now), {
            one: (title) => `Document mis à jour : ${title}`,
            many: (count) => `${count} documents mis à jour`,
          });
        }
      });
    } catch (error) {
      await discardFiles(storage, form.files).catch(() => undefined);
      throw error;
    }
    return this.detail(viewer, documentId);
  }

  /** Hidden from everyone but staff from now on; nothing is deleted (the file stays, with its history). */
  async withdraw(viewer: Staff, documentId: string, reason: string, evidence: Evidence) {
    await this.deps.db.transaction(async (tx) => {
      const document = await lockAgencyDocument(tx, viewer.agencyId, documentId);
      if (!document) throw notFound();
      if (document.withdrawnAt) throw new AppError('DOCUMENT_WITHDRAWN', 'Ce document a déjà été retiré.');
      await markWithdrawn(tx, document.id, viewer.staffMemberId, reason);
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'document.withdrawn',
        targetType: 'document',
        targetId: document.id,
        ...evidence,
        details: { reason },
      });
    });
    return this.detail(viewer, documentId);
  }

  /** Any version's bytes, for staff: the history stays readable, withdrawn documents included. */
  async openVersion(viewer: Staff, documentId: string, versionId: string): Promise<OpenedFile> {
    const file = await findAgencyVersionFile(this.deps.db, viewer.agencyId, documentId, versionId);
    if (!file) throw new AppError('NOT_FOUND', "Cette version n'existe pas.");
    try {
      return { ...file, body: (await this.deps.storage.get(file.storageKey)) as Readable };
    } catch (error) {
      if (error instanceof StoredObjectMissing) throw new AppError('NOT_FOUND', "Ce fichier n'est plus disponible.");
      throw error;
    }
  }

  /**
   * Only what the scope needs is kept, and every id must be of the agency: a condominium it manages, a
   * building or lot of one of them, one of its clients, a unit under one of its mandates. Anything else is
   * refused as 422, naming the field.
   */
  private async checkTarget(agencyId: string, fields: PublishFields): Promise<Target> {
    const { db } = this.deps;
    const refuse = (field: keyof Target, message: string) =>
      new AppError('DOCUMENT_TARGET_INVALID', message, { fields: [{ field, message }] });
    const condominium = async (id: string | undefined) => {
      if (id && !(await findAgencyCondominium(db, agencyId, id))) {
        throw refuse('condominiumId', 'La copropriété choisie ne fait pas partie de votre agence.');
      }
      return id;
    };
    const lot = async (id: string, condominiumId: string | undefined) => {
      const found = await findAgencyLot(db, agencyId, id);
      if (!found) throw refuse('lotId', 'Le lot choisi ne fait pas partie des copropriétés de votre agence.');
      if (condominiumId && found.condominiumId !== condominiumId) {
        throw refuse('lotId', "Le lot choisi n'appartient pas à la copropriété choisie.");
      }
      return found;
    };

    switch (fields.scope) {
      case 'condominium':
      case 'council':
        return { condominiumId: await condominium(fields.condominiumId) };
      case 'building': {
        const condominiumId = await condominium(fields.condominiumId);
        const building = await findAgencyBuilding(db, agencyId, fields.buildingId ?? '');
        if (!building) throw refuse('buildingId', 'Le bâtiment choisi ne fait pas partie des copropriétés de votre agence.');
        if (condominiumId && building.condominiumId !== condominiumId) {
          throw refuse('buildingId', "Le bâtiment choisi n'appartient pas à la copropriété choisie.");
        }
        return { condominiumId: building.condominiumId, buildingId: building.id };
      }
      case 'lot': {
        const found = await lot(fields.lotId ?? '', await condominium(fields.condominiumId));
        return { condominiumId: found.condominiumId, lotId: found.id };
      }
      case 'person': {
        if (!fields.personId || !(await isAgencyClient(db, agencyId, fields.personId))) {
          throw refuse('personId', "Le destinataire choisi n'est pas un client de votre agence.");
        }
        const condominiumId = await condominium(fields.condominiumId);
        const named = fields.lotId ? await lot(fields.lotId, condominiumId) : undefined;
        if (fields.managedUnitId && !(await findAgencyUnit(db, agencyId, fields.managedUnitId))) {
          throw refuse('managedUnitId', "Le bien choisi n'est pas sous un mandat de gestion de votre agence.");
        }
        return {
          personId: fields.personId,
          condominiumId: named?.condominiumId ?? condominiumId,
          lotId: named?.id,
          managedUnitId: fields.managedUnitId,
        };
      }
    }
  }
}

function requireFiles(files: UploadedFile[], title: string | undefined): void {
  if (files.length === 0) {
    const message = 'Joignez au moins un fichier (PDF, JPEG ou PNG).';
    throw new AppError('VALIDATION_FAILED', message, { fields: [{ field: 'files', message }] });
  }
  if (title && files.length > 1) {
    const message = 'Un titre ne se donne que pour un seul fichier : sinon chaque document prend le nom de son fichier.';
    throw new AppError('VALIDATION_FAILED', message, { fields: [{ field: 'title', message }] });
  }
}

/** "PV_AG-2025.pdf" → "PV AG 2025": the name people gave the file, without its extension or separators. */
export function titleFromFileName(name: string): string {
  const title = name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return title.slice(0, 200) || 'Document';
}

interface Wording {
  one: (title: string) => string;
  many: (count: number) => string;
}

/**
 * One notification per person for the whole batch, whatever the number of documents they can see in it: the
 * people concerned are asked of the reading rule itself (`personsWhoCanSee`), never worked out again here.
 */
async function notifyConcerned(
  tx: Executor,
  agencyId: string,
  created: { id: string; title: string }[],
  today: string,
  wording: Wording,
): Promise<void> {
  const titles = new Map(created.map((document) => [document.id, document.title]));
  const byPerson = new Map<string, string[]>();
  for (const { personId, documentId } of await personsWhoCanSee(
    tx,
    created.map((document) => document.id),
    today,
  )) {
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), documentId]);
  }
  const rows: NewNotification[] = [...byPerson].map(([personId, documentIds]) => {
    const [only] = documentIds;
    if (documentIds.length === 1 && only) {
      return {
        agencyId,
        personId,
        kind: 'document',
        title: wording.one(titles.get(only) ?? ''),
        link: `/documents?document=${only}`,
        documentId: only,
      };
    }
    const listed = documentIds.map((id) => titles.get(id) ?? '');
    return {
      agencyId,
      personId,
      kind: 'document',
      title: wording.many(documentIds.length),
      body: listed.length > 5 ? `${listed.slice(0, 5).join(' ; ')} ; …` : listed.join(' ; '),
      link: '/documents',
    };
  });
  await insertNotifications(tx, rows);
}
