/**
 * The one error type of Palier. Services throw `AppError` with a stable code; the HTTP status and the
 * default French message come from the catalogue below, applied in one place (the error handler).
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, message: 'Certaines informations saisies ne sont pas valides.' },
  BAD_REQUEST: { status: 400, message: 'La requête est incorrecte.' },
  UNAUTHENTICATED: { status: 401, message: 'Vous devez vous connecter pour accéder à cette page.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Identifiant ou mot de passe incorrect.' },
  LINK_INVALID: {
    status: 400,
    message: "Ce lien n'est pas valide. Vérifiez qu'il a été copié en entier, ou demandez-en un nouveau.",
  },
  LINK_EXPIRED: { status: 410, message: 'Ce lien a expiré. Demandez-en un nouveau : il vous sera envoyé par email.' },
  LINK_USED: { status: 410, message: 'Ce lien a déjà été utilisé. Demandez-en un nouveau si besoin.' },
  SMS_CODE_REQUIRED: { status: 400, message: 'Saisissez le code à 6 chiffres reçu par SMS.' },
  SMS_CODE_WRONG: { status: 400, message: 'Code incorrect.' },
  SMS_CODE_EXHAUSTED: { status: 410, message: "Trop d'essais : demandez un nouveau code." },
  SMS_NO_MOBILE: {
    status: 422,
    message:
      "Aucun numéro de mobile n'est enregistré dans votre profil : ajoutez-le dans « Mon profil » pour recevoir le code de signature par SMS.",
  },
  SMS_CODE_EXPIRED: { status: 410, message: 'Ce code a expiré : demandez-en un nouveau.' },
  SMS_CHALLENGE_EXHAUSTED: {
    status: 410,
    message: "Trop d'essais : ce code ne peut plus servir. Recommencez pour recevoir un nouveau code.",
  },
  SMS_CHALLENGE_USED: { status: 410, message: 'Ce code a déjà servi.' },
  SMS_RESEND_TOO_EARLY: { status: 429, message: 'Merci de patienter avant de demander un nouveau code.' },
  SMS_SEND_LIMIT: {
    status: 429,
    message: 'Trois codes ont déjà été envoyés pour cette demande : recommencez depuis le début.',
  },
  DIRECT_DEBIT_UNAVAILABLE: {
    status: 422,
    message: "Le prélèvement automatique n'est pas encore possible pour ce compte : contactez votre gestionnaire.",
  },
  MANDATE_ALREADY_ACTIVE: {
    status: 409,
    message:
      'Un prélèvement automatique est déjà actif pour ce compte : changez ses coordonnées bancaires ou révoquez-le avant d’en signer un autre.',
  },
  MANDATE_NOT_ACTIVE: { status: 409, message: "Ce mandat n'est plus actif : il ne peut plus être modifié." },
  PASSWORD_TOO_WEAK: { status: 400, message: "Ce mot de passe n'est pas assez sûr." },
  CURRENT_PASSWORD_WRONG: { status: 400, message: 'Le mot de passe actuel est incorrect.' },
  FORBIDDEN: { status: 403, message: "Vous n'avez pas accès à cette action." },
  ACCOUNT_BLOCKED: { status: 403, message: 'Votre accès a été suspendu par votre agence. Merci de la contacter.' },
  NOT_FOUND: { status: 404, message: "La ressource demandée n'existe pas." },
  CONFLICT: { status: 409, message: 'Cette opération est en conflit avec des données existantes.' },
  EMAIL_TAKEN: { status: 409, message: 'Le courriel existe déjà.' },
  REQUEST_ALREADY_DECIDED: { status: 409, message: 'Cette demande a déjà été traitée : elle ne peut plus être modifiée.' },
  CLIENT_HAS_NO_EMAIL: { status: 422, message: "Ce client n'a pas d'adresse email : corrigez-la d'abord." },
  CONTACT_CHANNEL_UNAVAILABLE: {
    status: 422,
    message: "Nous n'avons pas de quoi vous répondre par ce moyen : choisissez l'email ou le téléphone.",
  },
  CONTACT_REQUEST_ANSWERED: { status: 409, message: 'Cette demande a déjà reçu une réponse.' },
  PASSKEY_CHALLENGE_EXPIRED: {
    status: 400,
    message: "La demande de clé d'accès a expiré ou a déjà servi. Merci de recommencer.",
  },
  PASSKEY_REGISTRATION_FAILED: {
    status: 400,
    message: "Cette clé d'accès n'a pas pu être vérifiée. Merci de réessayer depuis cet appareil.",
  },
  PASSKEY_ALREADY_REGISTERED: { status: 409, message: "Cette clé d'accès est déjà enregistrée." },
  PASSKEY_REJECTED: {
    status: 401,
    message:
      "Cette clé d'accès n'est pas reconnue. Connectez-vous avec votre identifiant et votre mot de passe, puis ajoutez-la depuis votre profil.",
  },
  OAUTH_STATE_INVALID: {
    status: 400,
    message: 'Cette demande de connexion a expiré ou a déjà servi. Merci de recommencer.',
  },
  OAUTH_ACCESS_DENIED: { status: 401, message: 'La connexion a été annulée chez le fournisseur : rien n’a été modifié.' },
  OAUTH_PROVIDER_FAILED: {
    status: 502,
    message:
      'Le fournisseur de connexion ne répond pas ou n’a pas pu confirmer votre identité. Merci de réessayer dans quelques instants.',
  },
  IDENTITY_NOT_LINKED: {
    status: 401,
    message:
      'Ce compte n’est relié à aucun espace client. Connectez-vous avec votre identifiant, puis reliez-le depuis votre profil.',
  },
  IDENTITY_LINKED_ELSEWHERE: { status: 409, message: 'Ce compte est déjà relié à un autre espace client.' },
  PROVIDER_ALREADY_LINKED: {
    status: 409,
    message: 'Un compte de ce fournisseur est déjà relié à votre espace client. Déliez-le avant d’en relier un autre.',
  },
  DOCUMENT_TARGET_INVALID: {
    status: 422,
    message: 'Les destinataires choisis ne font pas partie de votre agence.',
  },
  DOCUMENT_FILE_REJECTED: { status: 422, message: "Ce fichier n'est pas un PDF, JPEG ou PNG : il ne peut pas être publié." },
  DOCUMENT_WITHDRAWN: { status: 409, message: 'Ce document a été retiré : il ne peut plus être modifié.' },
  FUNDS_CALL_ALREADY_ISSUED: { status: 409, message: 'Les appels de fonds de ce trimestre ont déjà été émis.' },
  FUNDS_CALL_NO_BUDGET: {
    status: 422,
    message: "Aucun budget n'est saisi pour cet exercice : saisissez-le avant d'appeler les fonds.",
  },
  FUNDS_CALL_LOT_WITHOUT_OWNER: { status: 422, message: "Certains lots n'ont pas de copropriétaire à la date d'exigibilité." },
  LANDLORD_STATEMENT_PERIOD_OPEN: {
    status: 422,
    message: "Cette période n'est pas terminée : un compte rendu de gérance s'émet une fois la période close.",
  },
  LANDLORD_STATEMENT_CONFLICT: {
    status: 409,
    message: 'Un compte rendu de gérance couvre déjà une partie de cette période ou une période postérieure.',
  },
  SUPPLIER_INVOICE_DUPLICATE: {
    status: 409,
    message: 'Une facture portant ce numéro est déjà enregistrée pour ce fournisseur dans cette copropriété.',
  },
  SUPPLIER_INVOICE_ALREADY_PAID: { status: 409, message: 'Cette facture est déjà réglée : son ordre de paiement existe.' },
  BUDGET_LOCKED: { status: 409, message: 'Des fonds ont déjà été appelés sur ce budget : il ne peut plus être modifié.' },
  BANK_STATEMENT_INVALID: {
    status: 422,
    message: "Ce relevé bancaire n'a pas pu être lu : importez un relevé CAMT.053 (XML) ou un export CSV de la banque.",
  },
  PAYMENT_ACCOUNT_MISMATCH: {
    status: 422,
    message:
      "Ce client n'a pas de compte dans la comptabilité de ce compte bancaire : choisissez un client de cette copropriété ou de la gérance.",
  },
  BANK_TRANSACTION_ALREADY_REVIEWED: { status: 409, message: 'Cette opération bancaire a déjà été rapprochée ou écartée.' },
  BANK_TRANSACTION_NOT_A_CREDIT: {
    status: 422,
    message: 'Seul un versement reçu peut être affecté à un client : cette opération est un débit du compte.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Le contenu envoyé est trop volumineux.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Le format du contenu envoyé n'est pas accepté." },
  RATE_LIMITED: { status: 429, message: 'Trop de tentatives. Merci de patienter avant de réessayer.' },
  INTERNAL: { status: 500, message: 'Une erreur inattendue est survenue. Merci de réessayer plus tard.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Le service est momentanément indisponible.' },
  LEDGER_ENTRY_UNBALANCED: {
    status: 422,
    message: 'Une écriture n’est pas équilibrée : le total des débits doit égaler celui des crédits.',
  },
  LEDGER_UNKNOWN_PERSON: { status: 422, message: 'Une référence client ne correspond à aucun client de l’agence.' },
  COLLECTION_DATE_TOO_SOON: {
    status: 422,
    message: 'La date de prélèvement doit laisser au moins 14 jours pour prévenir les débiteurs.',
  },
  COLLECTION_DATE_NOT_BUSINESS_DAY: {
    status: 422,
    message:
      'La date de prélèvement doit être un jour ouvré bancaire (ni week-end, ni 1er janvier, Vendredi saint, lundi de Pâques, 1er mai, 25 ou 26 décembre).',
  },
  COLLECTION_ACCOUNT_UNUSABLE: {
    status: 422,
    message: "Ce compte n'a pas d'identifiant créancier SEPA (ICS) : il ne peut pas prélever.",
  },
  COLLECTION_RUN_EMPTY: { status: 422, message: "Il n'y a rien à prélever sur ce compte à cette date." },
  COLLECTION_RUN_NOT_SUBMITTED: {
    status: 409,
    message:
      "Le fichier de prélèvement de cette remise n'a pas encore été généré : téléchargez-le et transmettez-le à la banque d'abord.",
  },
  DIRECT_DEBIT_NOT_SUBMITTED: {
    status: 409,
    message: "Ce prélèvement n'a pas été transmis à la banque : il ne peut pas être rejeté.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface FieldProblem {
  field: string;
  message: string;
}

export type ErrorDetails = { fields?: FieldProblem[]; retryAfterSeconds?: number } & Record<string, unknown>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message?: string, details?: ErrorDetails) {
    super(message ?? errorCatalogue[code].message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
