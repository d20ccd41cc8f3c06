import { z } from 'zod';
import { DOCUMENT_FOLDERS, type DocumentFolder } from '../../../domain/document-audience.ts';

export const documentFolder = z
  .enum(DOCUMENT_FOLDERS.map((entry) => entry.folder) as [DocumentFolder, ...DocumentFolder[]], {
    error: 'Dossier inconnu.',
  })
  .meta({ id: 'DocumentFolder' });

export const documentScope = z.enum(['condominium', 'building', 'lot', 'person', 'council']).meta({
  id: 'DocumentScope',
  description: 'Pour qui : une copropriété, un bâtiment, un lot, une personne, le conseil syndical',
});

export const DEFAULT_PAGE_SIZE = 50;

export const yearField = z.coerce
  .number({ error: "L'année doit être un nombre." })
  .int({ error: "L'année doit être un nombre entier." })
  .min(1900, { error: "L'année doit être postérieure à 1900." })
  .max(2200, { error: "L'année n'est pas plausible." });

export const pageField = z.coerce
  .number({ error: 'Le numéro de page doit être un nombre.' })
  .int({ error: 'Le numéro de page doit être un entier.' })
  .min(1, { error: 'Les pages commencent à 1.' })
  .max(10_000, { error: 'Numéro de page trop grand.' })
  .default(1);

export const searchField = z
  .string()
  .trim()
  .max(200, { error: 'La recherche est limitée à 200 caractères.' })
  .optional()
  .meta({ description: 'Recherche plein texte (titre, type et texte des PDF), en français : pluriels et accents indifférents' });

/**
 * A flag of the query string: `true`/`false` as a browser sends it, or a real boolean (typed clients). Kept a
 * boolean in the OpenAPI document so that the typed web client passes `true`, not `'true'`.
 */
export const queryFlag = z
  .union([z.boolean(), z.enum(['true', 'false'], { error: 'attendu : true ou false' })])
  .transform((value) => value === true || value === 'true');

const uuidFilter = (what: string) => z.uuid({ error: `Identifiant de ${what} invalide.` }).optional();

export const documentListQuery = z.object({
  folder: documentFolder.optional(),
  year: yearField.optional(),
  kind: z.string().trim().min(1).max(100, { error: 'Le type est limité à 100 caractères.' }).optional(),
  q: searchField,
  lotId: uuidFilter('lot').meta({ description: 'Les documents de ce lot (onglet Documents du bien)' }),
  unitId: uuidFilter('bien').meta({ description: 'Les documents de ce bien en gérance ou loué' }),
  onlyNew: queryFlag.optional().meta({ description: 'Seulement les nouveaux depuis la dernière visite' }),
  page: pageField,
  pageSize: z.coerce
    .number({ error: 'La taille de page doit être un nombre.' })
    .int({ error: 'La taille de page doit être un entier.' })
    .min(1, { error: 'Au moins un document par page.' })
    .max(200, { error: 'Au plus 200 documents par page.' })
    .default(DEFAULT_PAGE_SIZE),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

/**
 * Any text: an id that is not even a uuid must answer 404 like any other id that is not the person's (and be
 * logged the same way), not 400.
 */
export const documentParams = z.object({
  id: z.string().max(200).meta({ description: 'Identifiant du document (uuid)' }),
});

export const fileQuery = z.object({
  disposition: z
    .enum(['inline', 'attachment'], { error: 'attendu : inline ou attachment' })
    .default('attachment')
    .meta({ description: 'inline : aperçu dans le navigateur ; attachment (par défaut) : téléchargement' }),
});

export const documentFile = z
  .object({
    contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    sizeBytes: z.number().int(),
    pageCount: z.number().int().nullable().meta({ description: 'Pour un PDF' }),
    originalName: z.string().meta({ examples: ['PV AG 2025.pdf'] }),
  })
  .meta({ id: 'DocumentFile' });

export const documentItem = z
  .object({
    id: z.uuid(),
    title: z.string(),
    folder: documentFolder,
    folderLabel: z.string().meta({ examples: ['Assemblées générales'] }),
    kind: z.string().meta({ examples: ['Procès-verbal'] }),
    year: z.number().int(),
    publishedAt: z.iso.datetime(),
    isNew: z.boolean().meta({ description: 'Publié depuis la dernière visite' }),
    scope: documentScope,
    scopeLabel: z.string().meta({ examples: ['Copropriété Les Tilleuls', 'Bâtiment A', 'Lot 101', 'Personnel'] }),
    condominiumName: z.string().nullable(),
    file: documentFile,
    versionNumber: z.number().int(),
    snippet: z
      .string()
      .nullable()
      .meta({ description: 'Extrait du texte autour des mots cherchés, entre « et » (avec q seulement)' }),
    previewUrl: z.string(),
    downloadUrl: z.string(),
  })
  .meta({ id: 'DocumentItem' });
export type DocumentItem = z.infer<typeof documentItem>;

export const documentList = z
  .object({
    items: z.array(documentItem),
    total: z.number().int().meta({ description: 'Nombre de documents répondant aux filtres' }),
    newCount: z.number().int().meta({ description: 'Nouveaux depuis la dernière visite (sans les filtres)' }),
    facets: z.object({
      folders: z
        .array(z.object({ folder: documentFolder, label: z.string(), count: z.number().int() }))
        .meta({ description: 'Les dossiers qui contiennent au moins un document, dans l’ordre d’affichage' }),
      years: z.array(z.number().int()).meta({ description: 'Du plus récent au plus ancien' }),
      kinds: z.array(z.string()),
    }),
    newSince: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'La visite précédente ; null à la première (sont alors nouveaux les 30 derniers jours)' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'DocumentList' });
export type DocumentList = z.infer<typeof documentList>;

export const documentSummary = z
  .object({ newCount: z.number().int().meta({ description: 'Documents nouveaux depuis la dernière visite' }) })
  .meta({ id: 'DocumentSummary' });

/** Binary answers: documented as such, never serialized by the zod compiler. */
export const fileResponse = z
  .unknown()
  .meta({ description: 'Le fichier, servi avec son type détecté au dépôt (application/pdf, image/jpeg ou image/png)' });
