/**
 * The one error type of Palier. Services throw `AppError` with a stable code; the HTTP status and the
 * default French message come from the catalogue below, applied in one place (the error handler).
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, message: 'Certaines informations saisies ne sont pas valides.' },
  BAD_REQUEST: { status: 400, message: 'La requête est incorrecte.' },
  UNAUTHENTICATED: { status: 401, message: 'Vous devez vous connecter pour accéder à cette page.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Identifiant ou mot de passe incorrect.' },
  FORBIDDEN: { status: 403, message: "Vous n'avez pas accès à cette action." },
  ACCOUNT_BLOCKED: { status: 403, message: 'Votre accès a été suspendu par votre agence. Merci de la contacter.' },
  NOT_FOUND: { status: 404, message: "La ressource demandée n'existe pas." },
  CONFLICT: { status: 409, message: 'Cette opération est en conflit avec des données existantes.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Le contenu envoyé est trop volumineux.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Le format du contenu envoyé n'est pas accepté." },
  RATE_LIMITED: { status: 429, message: 'Trop de tentatives. Merci de patienter avant de réessayer.' },
  INTERNAL: { status: 500, message: 'Une erreur inattendue est survenue. Merci de réessayer plus tard.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Le service est momentanément indisponible.' },
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
