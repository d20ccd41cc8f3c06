import { z } from 'zod';

export const CLIENTS_PAGE_SIZE = 20;

export const clientSearchQuery = z.object({
  query: z
    .string()
    .trim()
    .max(100, { error: 'La recherche est limitée à 100 caractères.' })
    .default('')
    .meta({ description: 'Nom, prénom, société, identifiant client (O/0 et I/1 confondus) ou numéro de lot' }),
  page: z.coerce
    .number({ error: 'Le numéro de page doit être un nombre.' })
    .int({ error: 'Le numéro de page doit être un entier.' })
    .min(1, { error: 'Les pages commencent à 1.' })
    .max(10_000, { error: 'Numéro de page trop grand.' })
    .default(1),
});

export const personParams = z.object({ personId: z.uuid({ error: 'Identifiant de client invalide.' }) });

const reason = (what: string) =>
  z
    .string({ error: `Le motif ${what} est obligatoire.` })
    .trim()
    .min(3, { error: `Le motif ${what} est obligatoire (3 caractères au moins).` })
    .max(500, { error: 'Le motif est limité à 500 caractères.' });

export const emailCorrectionBody = z
  .object({
    email: z
      .string({ error: "L'adresse email est obligatoire." })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "L'adresse email n'est pas valide." }).max(254, { error: "L'adresse email est trop longue." })),
    reason: reason('de la correction'),
  })
  .meta({ id: 'ClientEmailCorrection' });

export const blockBody = z.object({ reason: reason('de la suspension') }).meta({ id: 'ClientAccessBlock' });

export const clientSummary = z
  .object({
    personId: z.string(),
    displayName: z.string().meta({ examples: ['M. et Mme Allouard'] }),
    references: z.array(z.string()).meta({ description: "Identifiants client dans l'agence" }),
    email: z.string().nullable(),
    lots: z.array(z.string()).meta({ description: "Numéros des lots détenus aujourd'hui dans les copropriétés de l'agence" }),
  })
  .meta({ id: 'ClientSummary' });

export const clientList = z
  .object({
    clients: z.array(clientSummary),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'ClientList' });

export const accountStatus = z.enum(['active', 'never_connected', 'locked', 'blocked', 'no_account']).meta({
  id: 'ClientAccountStatus',
  description:
    'blocked : suspendu par l’agence ; locked : verrouillé après des échecs ; never_connected : aucun mot de passe créé ; no_account : pas encore de compte',
});

export const clientAccessEvent = z
  .object({
    id: z.string(),
    action: z.string().meta({ description: 'Code stable, ex. login.succeeded, login.failed, agency.access_suspended' }),
    occurredAt: z.iso.datetime(),
    ipAddress: z.string().nullable(),
    device: z.string().nullable(),
    method: z.string().nullable().meta({ description: 'Pour une connexion : password, passkey ou oidc:<fournisseur>' }),
    failureReason: z
      .string()
      .nullable()
      .meta({ description: 'Pour un refus : wrong_password, locked, blocked, unknown_identifier…' }),
    actorName: z.string().nullable().meta({ description: "Le membre de l'agence auteur de l'action" }),
    reason: z.string().nullable().meta({ description: "Le motif donné par l'agence" }),
  })
  .meta({ id: 'ClientAccessEvent' });

export const emailChange = z
  .object({
    id: z.string(),
    previousEmail: z.string().nullable(),
    newEmail: z.string().nullable(),
    changedBy: z.enum(['agency', 'client', 'unknown']),
    changedByName: z.string().nullable(),
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ClientEmailChange' });

export const clientAccess = z
  .object({
    personId: z.string(),
    displayName: z.string(),
    companyName: z.string().nullable(),
    mobilePhone: z.string().nullable(),
    landlinePhone: z.string().nullable(),
    address: z.array(z.string()).meta({ description: "Lignes de l'adresse postale" }),
    references: z.array(z.string()),
    lots: z.array(z.string()),
    roles: z.object({
      coOwnerLotCount: z.number().int(),
      isCouncilMember: z.boolean(),
      landlordUnitCount: z.number().int(),
      isTenant: z.boolean(),
    }),
    account: z.object({
      status: accountStatus,
      email: z.string().nullable(),
      hasPassword: z.boolean(),
      lastLoginAt: z.iso.datetime().nullable(),
      lockedUntil: z.iso.datetime().nullable().meta({ description: 'Verrouillage automatique en cours, sinon null' }),
      blocked: z
        .object({ reason: z.string(), since: z.iso.datetime(), byName: z.string().nullable() })
        .nullable()
        .meta({ description: "Suspension par l'agence" }),
    }),
    signIns: z.array(clientAccessEvent).meta({ description: 'Dernières connexions réussies' }),
    events: z.array(clientAccessEvent).meta({ description: 'Évènements du compte, du plus récent au plus ancien' }),
    emailHistory: z.array(emailChange),
  })
  .meta({ id: 'ClientAccess' });

export type ClientAccess = z.infer<typeof clientAccess>;
export type ClientAccessEvent = z.infer<typeof clientAccessEvent>;
