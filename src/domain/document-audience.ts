/**
 * Who may read a published document. The rule is written here once, as plain data, and the SQL condition of
 * `features/documents/documents.repository.ts` is checked against it (documents.visibility.test.ts): what this
 * module says a person sees is exactly what the portal lets them open.
 */

export const DOCUMENT_FOLDERS = [
  { folder: 'reglement', label: 'Règlement de copropriété', ownersOnly: false },
  { folder: 'carnet_entretien', label: "Carnet d'entretien", ownersOnly: true },
  { folder: 'diagnostics', label: 'Diagnostics', ownersOnly: false },
  { folder: 'contrats', label: 'Contrats', ownersOnly: true },
  { folder: 'assemblees', label: 'Assemblées générales', ownersOnly: true },
  { folder: 'comptabilite', label: 'Comptabilité', ownersOnly: true },
  { folder: 'appels_de_fonds', label: 'Appels de fonds', ownersOnly: true },
  { folder: 'vie_immeuble', label: "Vie de l'immeuble", ownersOnly: false },
  { folder: 'bail', label: 'Bail et quittances', ownersOnly: false },
  { folder: 'gerance', label: 'Gérance', ownersOnly: false },
  { folder: 'conseil_syndical', label: 'Conseil syndical', ownersOnly: true },
  { folder: 'personnel', label: 'Documents personnels', ownersOnly: false },
] as const;

export type DocumentFolder = (typeof DOCUMENT_FOLDERS)[number]['folder'];
export type DocumentScope = 'condominium' | 'building' | 'lot' | 'person' | 'council';

/** The seed's words for the owners' folders, shown next to them. */
export const OWNERS_ONLY_NOTICE = 'Uniquement pour les propriétaires et copropriétaires';

export const folderLabel = (folder: DocumentFolder): string =>
  DOCUMENT_FOLDERS.find((entry) => entry.folder === folder)?.label ?? folder;

/**
 * The folders whose shared documents (condominium, building, lot) a tenant may open: the building's rules,
 * its diagnostics and its common life. An allow-list rather than the owners' list, so that a folder added
 * later stays closed to tenants until someone decides otherwise. A tenant's own lease and receipts are
 * person documents, which the addressee reads whatever their folder.
 */
export const TENANT_SHARED_FOLDERS: readonly DocumentFolder[] = ['reglement', 'diagnostics', 'vie_immeuble'];

/** In force on `today` (a Paris calendar date): begun, and not yet ended — the end date is the first day without it. */
export interface Period {
  startDate: string;
  endDate: string | null;
}

export const isInForce = (period: Period, today: string): boolean =>
  period.startDate <= today && (period.endDate === null || period.endDate > today);

/** Where a lot sits: what a condominium-, building- or lot-scoped document is matched against. */
export interface LotPlace {
  lotId: string;
  buildingId: string | null;
  condominiumId: string;
}

/** Everything of a person that the rule reads, with their dates; the rule itself decides what is in force. */
export interface PersonFacts {
  personId: string;
  ownerships: (LotPlace & Period)[];
  /** Managed units under the person's mandates that are lots of a condominium (`lot_id` set). */
  mandates: (LotPlace & Period)[];
  /** The lots of the units the person rents (leases they sign). */
  leases: (LotPlace & Period)[];
  councils: ({ condominiumId: string } & Period)[];
}

export interface DocumentFacts {
  scope: DocumentScope;
  folder: DocumentFolder;
  condominiumId: string | null;
  buildingId: string | null;
  lotId: string | null;
  personId: string | null;
  withdrawn: boolean;
}

export type Relation = 'addressee' | 'owner' | 'landlord' | 'tenant' | 'council';

/** Whether a lot falls under a shared document's scope. */
export function lotInScope(document: DocumentFacts, place: LotPlace): boolean {
  switch (document.scope) {
    case 'condominium':
      return document.condominiumId !== null && place.condominiumId === document.condominiumId;
    case 'building':
      return document.buildingId !== null && place.buildingId === document.buildingId;
    case 'lot':
      return document.lotId !== null && place.lotId === document.lotId;
    default:
      return false;
  }
}

/**
 * The relations through which the person may read the document today (empty: they may not). Owners and
 * landlords read every folder of what concerns their lots; tenants only `TENANT_SHARED_FOLDERS`; the council's
 * documents go to its members; a person document to the person named. A withdrawn document to nobody.
 */
export function relationsTo(person: PersonFacts, document: DocumentFacts, today: string): Relation[] {
  if (document.withdrawn) return [];
  const relations: Relation[] = [];
  if (document.scope === 'person') {
    if (document.personId === person.personId) relations.push('addressee');
    return relations;
  }
  if (document.scope === 'council') {
    const member = person.councils.some(
      (seat) => seat.condominiumId === document.condominiumId && document.condominiumId !== null && isInForce(seat, today),
    );
    if (member) relations.push('council');
    return relations;
  }
  const reaches = (places: (LotPlace & Period)[]) =>
    places.some((place) => isInForce(place, today) && lotInScope(document, place));
  if (reaches(person.ownerships)) relations.push('owner');
  if (reaches(person.mandates)) relations.push('landlord');
  if (TENANT_SHARED_FOLDERS.includes(document.folder) && reaches(person.leases)) relations.push('tenant');
  return relations;
}

export const canSee = (person: PersonFacts, document: DocumentFacts, today: string): boolean =>
  relationsTo(person, document, today).length > 0;

/*
 * "Nouveau depuis votre dernière visite". A visit of the documents page starts when it is opened after a
 * pause of more than 30 minutes; during a visit the documents published after the previous visit stay marked
 * new, so that reading one does not make the others lose their mark. On the very first visit there is no
 * previous one: what was published in the last 30 days is new.
 */
export const VISIT_PAUSE_MS = 30 * 60 * 1000;
export const FIRST_VISIT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export interface VisitState {
  lastSeenAt: Date;
  /** When the previous visit was last seen; null during the first visit. */
  newSince: Date | null;
}

export interface OpenedVisit {
  /** What to store when this request opens or continues the visit. */
  state: VisitState;
  /** The previous visit (null on the first one), as the page shows it. */
  newSince: Date | null;
  /** Documents published strictly after this instant are new. */
  threshold: Date;
}

export function openVisit(previous: VisitState | undefined, now: Date): OpenedVisit {
  const newSince = !previous
    ? null
    : now.getTime() - previous.lastSeenAt.getTime() > VISIT_PAUSE_MS
      ? previous.lastSeenAt
      : previous.newSince;
  return {
    state: { lastSeenAt: now, newSince },
    newSince,
    threshold: newSince ?? new Date(now.getTime() - FIRST_VISIT_WINDOW_MS),
  };
}
