import { z } from 'zod';
import { documentFile, documentFolder, documentScope, pageField, queryFlag, searchField, yearField } from './documents.schema.ts';

export const STAFF_PAGE_SIZE = 50;

export const staffDocumentListQuery = z.object({
  condominiumId: z.uuid({ error: 'Identifiant de copropriété invalide.' }).optional(),
  folder: documentFolder.optional(),
  year: yearField.optional(),
  q: searchField,
  includeWithdrawn: queryFlag.optional().meta({ description: 'Inclure les documents retirés' }),
  page: pageField,
});
export type StaffDocumentListQuery = z.infer<typeof staffDocumentListQuery>;

export const staffDocumentParams = z.object({ id: z.uuid({ error: 'Identifiant de document invalide.' }) });
export const staffVersionParams = staffDocumentParams.extend({
  versionId: z.uuid({ error: 'Identifiant de version invalide.' }),
});

export const targetsQuery = z.object({
  condominiumId: z
    .uuid({ error: 'Identifiant de copropriété invalide.' })
    .optional()
    .meta({ description: 'Avec elle, ses bâtiments et ses lots' }),
  personId: z
    .uuid({ error: 'Identifiant de personne invalide.' })
    .optional()
    .meta({ description: 'Avec elle, les biens en gestion dont elle est bailleur ou locataire' }),
});

const lotKind = z.enum(['appartement', 'maison', 'cave', 'parking', 'box', 'commerce', 'bureau', 'local', 'grenier', 'autre']);

export const publishingTargets = z
  .object({
    condominiums: z.array(z.object({ id: z.uuid(), reference: z.string(), name: z.string() })),
    buildings: z.array(z.object({ id: z.uuid(), name: z.string() })),
    lots: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        kind: lotKind,
        buildingId: z.uuid().nullable(),
        buildingName: z.string().nullable(),
      }),
    ),
    units: z.array(
      z.object({
        id: z.uuid(),
        reference: z.string(),
        kind: lotKind,
        address: z.string().nullable(),
        relation: z.enum(['landlord', 'tenant']),
      }),
    ),
  })
  .meta({ id: 'DocumentPublishingTargets' });

export const staffDocumentItem = z
  .object({
    id: z.uuid(),
    title: z.string(),
    folder: documentFolder,
    folderLabel: z.string(),
    kind: z.string(),
    year: z.number().int(),
    scope: documentScope,
    scopeLabel: z.string(),
    condominiumName: z.string().nullable(),
    addresseeName: z.string().nullable().meta({ description: 'Pour un document personnel' }),
    publishedAt: z.iso.datetime(),
    publishedBy: z.string().nullable(),
    withdrawnAt: z.iso.datetime().nullable(),
    versionNumber: z.number().int(),
    versionCount: z.number().int(),
    downloadCount: z.number().int(),
    file: documentFile,
    fileUrl: z.string().meta({ description: 'La version en cours (agence)' }),
  })
  .meta({ id: 'StaffDocumentItem' });
export type StaffDocumentItem = z.infer<typeof staffDocumentItem>;

export const staffDocumentList = z
  .object({
    items: z.array(staffDocumentItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'StaffDocumentList' });

export const staffDocumentDetail = staffDocumentItem
  .extend({
    withdrawnBy: z.string().nullable(),
    withdrawalReason: z.string().nullable(),
    versions: z.array(
      z.object({
        id: z.uuid(),
        versionNumber: z.number().int(),
        file: documentFile,
        publishedAt: z.iso.datetime(),
        publishedBy: z.string().nullable(),
        note: z.string().nullable(),
        fileUrl: z.string(),
      }),
    ),
    downloads: z
      .array(
        z.object({
          at: z.iso.datetime(),
          who: z.string(),
          disposition: z.enum(['preview', 'download']),
          versionNumber: z.number().int(),
          ipAddress: z.string().nullable(),
        }),
      )
      .meta({ description: 'Les 100 derniers téléchargements et aperçus, du plus récent au plus ancien' }),
  })
  .meta({ id: 'StaffDocumentDetail' });
export type StaffDocumentDetail = z.infer<typeof staffDocumentDetail>;

// Form fields arrive as strings; an empty optional field means "not given".
const optionalId = (what: string) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.uuid({ error: `Identifiant de ${what} invalide.` }).optional())
    .optional();

const formFlag = (byDefault: boolean) =>
  z
    .enum(['true', 'false', ''], { error: 'attendu : true ou false' })
    .optional()
    .transform((value) => (value === undefined || value === '' ? byDefault : value === 'true'));

const SCOPE_TARGET = {
  condominium: ['condominiumId', 'Choisissez la copropriété.'],
  council: ['condominiumId', 'Choisissez la copropriété dont le conseil syndical recevra le document.'],
  building: ['buildingId', 'Choisissez le bâtiment.'],
  lot: ['lotId', 'Choisissez le lot.'],
  person: ['personId', 'Choisissez le destinataire.'],
} as const;

/** The text fields of `POST /staff/documents` (multipart), checked once the files are stored. */
export const publishFields = z
  .object({
    folder: documentFolder,
    kind: z
      .string({ error: 'Indiquez le type de document.' })
      .trim()
      .min(1, { error: 'Indiquez le type de document.' })
      .max(100, { error: 'Le type est limité à 100 caractères.' }),
    year: yearField,
    scope: documentScope,
    condominiumId: optionalId('copropriété'),
    buildingId: optionalId('bâtiment'),
    lotId: optionalId('lot'),
    personId: optionalId('destinataire'),
    managedUnitId: optionalId('bien en gérance'),
    title: z
      .string()
      .trim()
      .max(200, { error: 'Le titre est limité à 200 caractères.' })
      .transform((value) => value || undefined)
      .optional(),
    notify: formFlag(true),
  })
  .superRefine((fields, context) => {
    const [field, message] = SCOPE_TARGET[fields.scope];
    if (!fields[field]) context.addIssue({ code: 'custom', path: [field], message });
    // A shared document is for everyone of its target: naming one person or rented unit would mean nothing.
    if (fields.scope !== 'person') {
      for (const personal of ['personId', 'managedUnitId'] as const) {
        if (fields[personal]) {
          context.addIssue({ code: 'custom', path: [personal], message: 'Seul un document personnel nomme un destinataire.' });
        }
      }
    }
  });
export type PublishFields = z.output<typeof publishFields>;

export const publishForm = z
  .object({
    folder: documentFolder,
    kind: z.string(),
    year: z.number().int(),
    scope: documentScope,
    condominiumId: z.uuid().optional(),
    buildingId: z.uuid().optional(),
    lotId: z.uuid().optional(),
    personId: z.uuid().optional().meta({ description: 'Document personnel : son destinataire' }),
    managedUnitId: z.uuid().optional().meta({ description: 'Document personnel : le bien loué ou en gérance concerné' }),
    title: z
      .string()
      .optional()
      .meta({ description: "Avec un seul fichier ; sinon le titre est le nom du fichier, sans l'extension" }),
    notify: z.boolean().optional().meta({ description: 'Prévenir les personnes concernées (oui par défaut)' }),
    files: z
      .array(z.file())
      .meta({ description: 'Un ou plusieurs fichiers (PDF, JPEG ou PNG, 25 Mo au plus chacun, 50 au plus)' }),
  })
  .meta({ id: 'DocumentPublishForm' });

export const versionFields = z.object({
  note: z
    .string()
    .trim()
    .max(500, { error: 'La note est limitée à 500 caractères.' })
    .transform((value) => value || undefined)
    .optional(),
  notify: formFlag(false),
});

export const versionForm = z
  .object({
    file: z.file().meta({ description: 'La nouvelle version (PDF, JPEG ou PNG, 25 Mo au plus)' }),
    note: z.string().optional().meta({ description: 'Ce qui change, pour l’historique' }),
    notify: z.boolean().optional().meta({ description: 'Prévenir à nouveau les personnes concernées (non par défaut)' }),
  })
  .meta({ id: 'DocumentVersionForm' });

export const withdrawBody = z
  .object({
    reason: z
      .string({ error: 'Le motif du retrait est obligatoire.' })
      .trim()
      .min(3, { error: 'Le motif du retrait est obligatoire (3 caractères au moins).' })
      .max(500, { error: 'Le motif est limité à 500 caractères.' }),
  })
  .meta({ id: 'DocumentWithdrawal' });

export const publishedDocuments = z.object({ documents: z.array(staffDocumentItem) }).meta({ id: 'PublishedDocuments' });
