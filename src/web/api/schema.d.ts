// Generated from the OpenAPI document by `npm run api:types`. Do not edit by hand.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** État du service (base de données joignable) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Réglages publics du portail, lus par l'application web */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicSettings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Se connecter avec son identifiant (ou email) et son mot de passe
         * @description Ouvre une session (cookie httpOnly). Toute erreur répond INVALID_CREDENTIALS, sans dire si le compte existe.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Se déconnecter (la session est révoquée côté serveur) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes informations : identité, rôles et agences */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes appareils connectés */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: components["schemas"]["ActiveSession"][];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Déconnecter un appareil */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Déconnecter tous les autres appareils */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique des accès à mon compte (connexions, échecs, changements) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: components["schemas"]["AccessEvent"][];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes biens : lots en copropriété, biens confiés en gérance, logement loué */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PropertiesOverview"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/properties/lots/{lotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Détail d’un lot détenu : résumé, tantièmes, gestionnaire, conseil syndical */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    lotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LotDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/properties/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Détail d’un bien en gérance ou loué : résumé, bail en cours, gestionnaire */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Situation financière : le solde de chacun de mes comptes (copropriétaire, locataire) et le solde global */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinanceOverview"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Relevé d’un de mes comptes pour une année : écritures, solde courant, pièces
         * @description 404 pour un compte qui n’est pas celui de la personne.
         */
        get: {
            parameters: {
                query: {
                    account: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Statement"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/finance/statement/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exporter le relevé d’une année en PDF, CSV (Excel français) ou Excel */
        get: {
            parameters: {
                query: {
                    account: string;
                    year?: number;
                    format: "pdf" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Le fichier (application/pdf, text/csv ou xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/ledgers/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Importer des écritures du logiciel comptable de l’agence dans les comptes d’une copropriété
         * @description Tout ou rien. Une écriture déjà importée (même externalId) est comptée « unchanged ». 422 pour une écriture déséquilibrée (nommée) ou une référence client inconnue ; 404 pour une copropriété d’une autre agence.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LedgerImportInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerImportResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/rent-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les loyers appelés d’un mois, avec ce qui en est réglé */
        get: {
            parameters: {
                query: {
                    /** @example 2026-12 */
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffRentCalls"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Appeler les loyers d’un mois : un avis d’échéance par bail en cours, une seule fois
         * @description Pour chaque bail de l’agence en cours le premier jour du mois et pas encore appelé : l’écriture au journal LO, l’avis d’échéance publié à chaque locataire et sa notification. Une seconde demande n’appelle rien de plus.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 2026-12 */
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RentCallCounts"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/rent-calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un loyer appelé, avec ce qui en est réglé */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffRentCall"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/rent-receipts/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Délivrer les quittances et reçus dus aux locataires de l’agence
         * @description Les paiements soldent les mois les plus anciens d’abord : un mois payé en entier reçoit une quittance, un paiement partiel un reçu. Ce qui a déjà été délivré ne l’est pas deux fois.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RentReceiptCounts"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rent/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Avis d’échéance et quittances d’un compte locataire, mois par mois */
        get: {
            parameters: {
                query: {
                    account: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenantRentMonths"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes comptes payables par prélèvement, mes mandats, mon nom et mon adresse */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectDebitOptions"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Le texte du mandat à signer, et le code de signature envoyé par SMS
         * @description 422 sans mobile enregistré ou pour un compte non payable par prélèvement ; IBAN vérifié (messages en français).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountKey: string;
                        /** @enum {string} */
                        mode: "automatic" | "manual";
                        debtorName: string;
                        address: string;
                        /** @example FR76 3000 6000 0112 3456 7890 189 */
                        iban: string;
                        /** @example AGRIFRPP */
                        bic?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectDebitSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/challenges/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renvoyer un code (après 60 secondes, 3 envois au plus) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            challengeId: string;
                            /** @example 06 •• •• •• 78 */
                            sentTo: string;
                            /**
                             * @description Le code ne sert plus après
                             * @example 2026-11-22T10:00:00.000Z
                             */
                            expiresAt: string;
                            /**
                             * @description Un nouveau code peut être demandé à partir de
                             * @example 2026-11-22T10:00:00.000Z
                             */
                            resendAfter: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signer le mandat avec le code reçu par SMS
         * @description 5 essais, 10 minutes ; le code ne signe que le texte pour lequel il a été envoyé.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        challengeId: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SepaMandate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes mandats de prélèvement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SepaMandate"][];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/mandates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Révoquer un mandat : les prélèvements pas encore transmis à la banque sont annulés */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SepaMandate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/mandates/{id}/bank-details/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changer de compte débité : code envoyé par SMS pour les nouvelles coordonnées */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example FR76 3000 6000 0112 3456 7890 189 */
                        iban: string;
                        /** @example AGRIFRPP */
                        bic?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankDetailsChallenge"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/direct-debit/mandates/{id}/bank-details/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirmer les nouvelles coordonnées bancaires avec le code (la RUM est conservée) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        challengeId: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SepaMandate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes coordonnées : téléphones, adresse, préférence de contact, partage avec le conseil syndical */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProfileDetails"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Modifier mes coordonnées (seuls les champs envoyés changent ; chaque changement est historisé)
         * @description Numéros français uniquement, enregistrés sous la forme « 06 12 34 56 78 » ; le mobile doit être un 06 ou 07 et son changement demande le mot de passe actuel (currentPassword). Un texte vide efface un numéro. L’adresse email se change par POST /api/me/email (confirmée depuis la nouvelle boîte).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Les champs absents ne changent pas */
            requestBody: {
                content: {
                    "application/json": {
                        mobilePhone?: string | null;
                        landlinePhone?: string | null;
                        /** @description Adresse postale en France */
                        address?: {
                            line1: string;
                            /** @description Bâtiment, étage, lieu-dit… (vide : aucun) */
                            line2?: string | null;
                            postalCode: string;
                            city: string;
                        };
                        preferredContactChannel?: components["schemas"]["ContactChannelInput"];
                        councilContactConsent?: boolean;
                        /** @description Obligatoire pour changer le mobile quand le compte a un mot de passe */
                        currentPassword?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProfileDetails"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/staff/clients/{personId}/detail-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique des modifications des coordonnées d’un client de l’agence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetailChanges"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/properties/lots/{lotId}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contrats de la copropriété d’un lot détenu : en cours, et terminés depuis moins d’un an */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    lotId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuildingContracts"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/properties/units/{unitId}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contrats de la copropriété d’un bien en gérance (liste vide hors copropriété gérée) ; 404 pour un locataire */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuildingContracts"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/contracts/condominiums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les copropriétés de l’agence, pour choisir celle dont on gère les contrats */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgencyCondominiums"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/condominiums/{condominiumId}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tous les contrats d’une copropriété de l’agence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffBuildingContracts"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Enregistrer un contrat de la copropriété */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            /** @description Un contrat de la copropriété */
            requestBody: {
                content: {
                    "application/json": {
                        kind: components["schemas"]["ContractKindInput"];
                        title: string;
                        supplierName: string;
                        supplierPhone?: string | null;
                        supplierEmail?: string | null;
                        contractNumber?: string | null;
                        /** Format: date */
                        startDate: string;
                        /** @description Dernier jour couvert ; vide : reconduction tacite */
                        endDate?: string | null;
                        yearlyAmountCents: number;
                        documentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuildingContract"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/condominiums/{condominiumId}/contracts/{contractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Supprimer un contrat saisi par erreur (un contrat qui a couru se termine plutôt) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                    contractId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Modifier un contrat, ou le terminer en lui donnant une date de fin */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                    contractId: string;
                };
                cookie?: never;
            };
            /** @description Les champs absents ne changent pas ; terminer un contrat = lui donner une date de fin */
            requestBody: {
                content: {
                    "application/json": {
                        kind?: components["schemas"]["ContractKindInput"];
                        title?: string;
                        supplierName?: string;
                        supplierPhone?: string | null;
                        supplierEmail?: string | null;
                        contractNumber?: string | null;
                        /** Format: date */
                        startDate?: string;
                        /** @description Dernier jour couvert ; vide : reconduction tacite */
                        endDate?: string | null;
                        yearlyAmountCents?: number;
                        documentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BuildingContract"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/staff/condominiums/{condominiumId}/budgets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Le budget prévisionnel voté d’un exercice, par clé de répartition, et le fonds de travaux */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CondominiumBudget"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Saisir ou corriger le budget d’un exercice (refusé dès qu’un trimestre est appelé)
         * @description Le fonds de travaux doit représenter au moins 5 % du budget (art. 14-2-1).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BudgetInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CondominiumBudget"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/condominiums/{condominiumId}/funds-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les trimestres appelés, avec leur total et le nombre de copropriétaires */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundsCallList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Émettre les appels de fonds d’un trimestre : écritures et un appel par copropriétaire
         * @description Un trimestre ne s’émet qu’une fois : la seconde demande répond 409 FUNDS_CALL_ALREADY_ISSUED. Les PDF sont préparés ensuite en arrière-plan (`pdfPendingCount`) ; chaque copropriétaire est notifié quand le sien est publié.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FundsCallIssueInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundsCallDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/condominiums/{condominiumId}/funds-calls/{fundsCallId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un trimestre appelé : le montant de chaque copropriétaire et son appel en PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                    fundsCallId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundsCallDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enregistrer un règlement reçu (chèque, espèces, virement, carte) sur le compte d’un client
         * @description Écriture « BQ » : débit 512 / crédit 4501 (copropriétaire) ou 411 (locataire du bail). En-tête `Idempotency-Key` facultatif : la même clé enregistre un seul règlement.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecordPaymentInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecordedPayment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les comptes bancaires de l’agence (IBAN masqué) et le nombre d’opérations à rapprocher */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankAccountList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/bank-accounts/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Importer un relevé bancaire (CAMT.053 ou CSV) et rapprocher ses opérations
         * @description Formulaire multipart, champ `file` (5 Mo au plus). Une opération déjà importée ne l’est pas deux fois. Les virements portant une référence client ou de bail, ou le nom d’un client qui doit exactement ce montant, sont affectés ; nos prélèvements sont encaissés et leurs rejets enregistrés ; le reste est à rapprocher.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["BankStatementFormInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankStatementImportResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/bank-accounts/{id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les opérations importées d’un compte (les plus récentes d’abord), avec les clients probables des versements à rapprocher */
        get: {
            parameters: {
                query?: {
                    status?: "matched" | "unmatched" | "ignored";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankTransactionList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/bank-accounts/{id}/client-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les comptes clients tenus dans la comptabilité de ce compte bancaire, cherchés par nom ou référence */
        get: {
            parameters: {
                query?: {
                    /** @description Nom ou référence client, sans accents ni majuscules */
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankClientAccountList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/bank-transactions/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Affecter un versement à rapprocher au compte d’un client (le règlement est passé) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BankTransactionAssignInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankTransaction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/bank-transactions/{id}/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Écarter une opération sans effet sur les comptes clients (remboursement d’un fournisseur, frais déjà passés…) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankTransaction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les copropriétaires et locataires en retard de paiement (plus de 15 jours après l’appel impayé le plus ancien) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OverdueAccountList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Envoyer les relances choisies (ou toutes) par email
         * @description Une personne relancée il y a moins de 15 jours ne l’est pas à nouveau ; la réponse dit qui a été écarté et pourquoi.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SendRemindersInputInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SendRemindersResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/landlord-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les comptes rendus de gérance émis par l’agence : période, propriétaire, montants et PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffLandlordStatementList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Émettre les comptes rendus de gérance d’une période pour chaque mandat de l’agence
         * @description Honoraires (OD : débit 4671, crédit 706 et 44571) et virement (BQ : débit 4671, crédit 512) passés, PDF publié au propriétaire, notification. Une période déjà émise répond 200 avec les comptes rendus existants ; une période qui en chevauche une autre, ou la précède, répond 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LandlordStatementIssueInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LandlordStatementIssueResult"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LandlordStatementIssueResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/landlord-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes comptes rendus de gérance, du plus récent au plus ancien, avec leur PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LandlordStatementList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/collections/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les comptes bancaires de l’agence et s’ils peuvent prélever (ICS renseigné) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                /** Format: uuid */
                                id: string;
                                holderName: string;
                                ledgerName: string;
                                ibanMasked: string;
                                creditorIdentifier: string | null;
                                canCollect: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/collections/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les remises de prélèvements, et les prélèvements en attente d’une remise */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runs: {
                                /** Format: uuid */
                                id: string;
                                collectionDate: string;
                                /** @enum {string} */
                                status: "prepared" | "submitted" | "settled";
                                messageId: string;
                                /** Format: uuid */
                                creditorAccountId: string;
                                creditorName: string;
                                debitCount: number;
                                totalCents: number;
                                createdAt: string;
                            }[];
                            waiting: {
                                /** Format: uuid */
                                id: string;
                                collectionRunId: string | null;
                                debtorName: string;
                                clientReference: string | null;
                                accountLabel: string;
                                mandateReference: string;
                                /** @enum {string} */
                                mandateStatus: "active" | "revoked" | "lapsed";
                                amountCents: number;
                                collectionDate: string;
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                /** @enum {string} */
                                status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                endToEndId: string;
                                remittanceInformation: string;
                                prenotifiedAt: string | null;
                                returnReasonCode: string | null;
                                returnReasonLabel: string | null;
                                returnedAt: string | null;
                                representsDebitId: string | null;
                                representedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    collectionDate: string;
                                    /** @enum {string} */
                                    status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                } | null;
                                excludedReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Préparer une remise : les montants dus, les prélèvements uniques en attente et les pré-notifications
         * @description La date doit être un jour ouvré TARGET2 au moins 14 jours après aujourd’hui. Une seconde préparation pour le même compte et la même date complète la remise préparée avec ce qui est nouveau (`added`), sans rien prélever deux fois.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        bankAccountId: string;
                        /** Format: date */
                        collectionDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            collectionDate: string;
                            /** @enum {string} */
                            status: "prepared" | "submitted" | "settled";
                            messageId: string;
                            /** Format: uuid */
                            creditorAccountId: string;
                            creditorName: string;
                            debitCount: number;
                            totalCents: number;
                            createdAt: string;
                            debits: {
                                /** Format: uuid */
                                id: string;
                                collectionRunId: string | null;
                                debtorName: string;
                                clientReference: string | null;
                                accountLabel: string;
                                mandateReference: string;
                                /** @enum {string} */
                                mandateStatus: "active" | "revoked" | "lapsed";
                                amountCents: number;
                                collectionDate: string;
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                /** @enum {string} */
                                status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                endToEndId: string;
                                remittanceInformation: string;
                                prenotifiedAt: string | null;
                                returnReasonCode: string | null;
                                returnReasonLabel: string | null;
                                returnedAt: string | null;
                                representsDebitId: string | null;
                                representedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    collectionDate: string;
                                    /** @enum {string} */
                                    status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                } | null;
                                excludedReason: string | null;
                            }[];
                            groups: {
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                count: number;
                                totalCents: number;
                            }[];
                            excludedCount: number;
                            added?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/collections/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une remise : chaque prélèvement avec son débiteur, sa RUM, son montant, sa séquence et son état */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            collectionDate: string;
                            /** @enum {string} */
                            status: "prepared" | "submitted" | "settled";
                            messageId: string;
                            /** Format: uuid */
                            creditorAccountId: string;
                            creditorName: string;
                            debitCount: number;
                            totalCents: number;
                            createdAt: string;
                            debits: {
                                /** Format: uuid */
                                id: string;
                                collectionRunId: string | null;
                                debtorName: string;
                                clientReference: string | null;
                                accountLabel: string;
                                mandateReference: string;
                                /** @enum {string} */
                                mandateStatus: "active" | "revoked" | "lapsed";
                                amountCents: number;
                                collectionDate: string;
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                /** @enum {string} */
                                status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                endToEndId: string;
                                remittanceInformation: string;
                                prenotifiedAt: string | null;
                                returnReasonCode: string | null;
                                returnReasonLabel: string | null;
                                returnedAt: string | null;
                                representsDebitId: string | null;
                                representedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    collectionDate: string;
                                    /** @enum {string} */
                                    status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                } | null;
                                excludedReason: string | null;
                            }[];
                            groups: {
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                count: number;
                                totalCents: number;
                            }[];
                            excludedCount: number;
                            added?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/collections/runs/{runId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Le fichier de prélèvements (pain.008) à remettre à la banque
         * @description Générer le fichier marque la remise et ses prélèvements comme transmis. Le fichier .02 est conservé : un second téléchargement donne le même contenu. Les prélèvements d’un mandat révoqué ou caduc n’y figurent pas (en-tête `x-excluded-debits`).
         */
        get: {
            parameters: {
                query?: {
                    version?: "pain.008.001.02" | "pain.008.001.08";
                };
                header?: never;
                path: {
                    runId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Le fichier XML (application/xml) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/collections/runs/{runId}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** La banque a confirmé la remise : chaque prélèvement transmis est payé et comptabilisé */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    runId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        paidOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            collectionDate: string;
                            /** @enum {string} */
                            status: "prepared" | "submitted" | "settled";
                            messageId: string;
                            /** Format: uuid */
                            creditorAccountId: string;
                            creditorName: string;
                            debitCount: number;
                            totalCents: number;
                            createdAt: string;
                            debits: {
                                /** Format: uuid */
                                id: string;
                                collectionRunId: string | null;
                                debtorName: string;
                                clientReference: string | null;
                                accountLabel: string;
                                mandateReference: string;
                                /** @enum {string} */
                                mandateStatus: "active" | "revoked" | "lapsed";
                                amountCents: number;
                                collectionDate: string;
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                /** @enum {string} */
                                status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                endToEndId: string;
                                remittanceInformation: string;
                                prenotifiedAt: string | null;
                                returnReasonCode: string | null;
                                returnReasonLabel: string | null;
                                returnedAt: string | null;
                                representsDebitId: string | null;
                                representedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    collectionDate: string;
                                    /** @enum {string} */
                                    status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                } | null;
                                excludedReason: string | null;
                            }[];
                            groups: {
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                count: number;
                                totalCents: number;
                            }[];
                            excludedCount: number;
                            added?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/collections/debits/{debitId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enregistrer le rejet d’un prélèvement (motif ISO) : contre-passation, avis au débiteur, nouvelle présentation
         * @description Le montant est présenté à nouveau 14 jours plus tard (jour ouvré) sauf si le motif l’interdit (compte clôturé, opposition, remboursement demandé…). Enregistrer deux fois le même rejet ne change rien.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    debitId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reasonCode: string;
                        /** Format: date */
                        returnedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            collectionDate: string;
                            /** @enum {string} */
                            status: "prepared" | "submitted" | "settled";
                            messageId: string;
                            /** Format: uuid */
                            creditorAccountId: string;
                            creditorName: string;
                            debitCount: number;
                            totalCents: number;
                            createdAt: string;
                            debits: {
                                /** Format: uuid */
                                id: string;
                                collectionRunId: string | null;
                                debtorName: string;
                                clientReference: string | null;
                                accountLabel: string;
                                mandateReference: string;
                                /** @enum {string} */
                                mandateStatus: "active" | "revoked" | "lapsed";
                                amountCents: number;
                                collectionDate: string;
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                /** @enum {string} */
                                status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                endToEndId: string;
                                remittanceInformation: string;
                                prenotifiedAt: string | null;
                                returnReasonCode: string | null;
                                returnReasonLabel: string | null;
                                returnedAt: string | null;
                                representsDebitId: string | null;
                                representedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    collectionDate: string;
                                    /** @enum {string} */
                                    status: "scheduled" | "prenotified" | "submitted" | "paid" | "returned";
                                } | null;
                                excludedReason: string | null;
                            }[];
                            groups: {
                                /** @enum {string} */
                                sequenceType: "FRST" | "RCUR" | "OOFF" | "FNAL";
                                count: number;
                                totalCents: number;
                            }[];
                            excludedCount: number;
                            added?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les copropriétés dont je suis membre du conseil syndical (pour l’agence : ses copropriétés) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilCondominiumList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * L’espace du conseil syndical : la copropriété, ses clés de répartition et ses exercices
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Budget voté et dépenses réelles par clé et par compte, avec l’exercice précédent
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query?: {
                    /** @description L'exercice (par défaut : l'année en cours) */
                    year?: number;
                };
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilBudget"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * La balance générale du syndicat à une date (comptes copropriétaires totalisés)
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query?: {
                    /** @description La date de la balance (par défaut : aujourd'hui) */
                    date?: string;
                };
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilTrialBalance"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}/expenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Le relevé général des dépenses : par compte et par clé, chaque charge et sa facture
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query?: {
                    /** @description L'exercice (par défaut : l'année en cours) */
                    year?: number;
                };
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilExpenses"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}/bank-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les ordres bancaires : les paiements sortis du compte séparé
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query?: {
                    /** @description L'exercice (par défaut : l'année en cours) */
                    year?: number;
                };
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilBankOrders"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les factures des fournisseurs de l’exercice, réglées ou non, avec leur PDF
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query?: {
                    /** @description L'exercice (par défaut : l'année en cours) */
                    year?: number;
                };
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilInvoices"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}/spending-by-month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les dépenses mois par mois, comparées à l’exercice précédent
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query?: {
                    /** @description L'exercice (par défaut : l'année en cours) */
                    year?: number;
                };
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CouncilSpendingByMonth"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/council/condominiums/{condominiumId}/exports/{report}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exporter le budget ou le relevé général des dépenses d’un exercice en PDF ou en Excel
         * @description 404 pour qui ne siège pas au conseil syndical de la copropriété (ou n’est pas de son agence).
         */
        get: {
            parameters: {
                query: {
                    /** @description L'exercice (par défaut : l'année en cours) */
                    year?: number;
                    format: "pdf" | "xlsx";
                };
                header?: never;
                path: {
                    condominiumId: string;
                    report: "budget" | "expenses";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Le fichier (application/pdf ou xlsx) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/condominiums/{condominiumId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enregistrer une facture fournisseur : son PDF pour le conseil syndical et l’écriture d’achat
         * @description Formulaire multipart : supplierName, invoiceNumber, invoiceDate, label, accountCode (6…), allocationKeyId, amountCents et `file` (PDF). Un numéro déjà enregistré pour ce fournisseur : 409 SUPPLIER_INVOICE_DUPLICATE.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    condominiumId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["SupplierInvoiceFormInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierInvoice"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/invoices/{invoiceId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marquer une facture réglée : l’ordre bancaire (débit 401, crédit 512)
         * @description Une facture déjà réglée : 409 SUPPLIER_INVOICE_ALREADY_PAID.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierInvoicePaymentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierInvoice"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mes documents : filtres par dossier, année, type, bien ; recherche dans le texte des PDF
         * @description Ouvrir la liste sans filtre (pagination exceptée) compte comme une visite : sont « nouveaux » les documents publiés depuis la visite précédente (une visite commence après 30 minutes d'absence ; à la première, les 30 derniers jours). Un lotId ou unitId qui n'est pas un bien de la personne répond 404.
         */
        get: {
            parameters: {
                query?: {
                    folder?: components["schemas"]["DocumentFolderInput"];
                    year?: number;
                    kind?: string;
                    /** @description Recherche plein texte (titre, type et texte des PDF), en français : pluriels et accents indifférents */
                    q?: string;
                    /** @description Les documents de ce lot (onglet Documents du bien) */
                    lotId?: string;
                    /** @description Les documents de ce bien en gérance ou loué */
                    unitId?: string;
                    /** @description Seulement les nouveaux depuis la dernière visite */
                    onlyNew?: boolean | ("true" | "false");
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nombre de documents nouveaux depuis la dernière visite (page d'accueil) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentSummary"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Un document
         * @description 404 pour tout document qui n'est pas destiné à la personne (la tentative est journalisée).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Identifiant du document (uuid) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentItem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Télécharger ou afficher un document (version en cours)
         * @description Chaque téléchargement et chaque aperçu est enregistré. 404 pour tout document qui n’est pas destiné à la personne (la tentative est journalisée).
         */
        get: {
            parameters: {
                query?: {
                    /** @description inline : aperçu dans le navigateur ; attachment (par défaut) : téléchargement */
                    disposition?: "inline" | "attachment";
                };
                header?: never;
                path: {
                    /** @description Identifiant du document (uuid) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Le fichier, servi avec son type détecté au dépôt (application/pdf, image/jpeg ou image/png) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les documents publiés par l'agence (les plus récents d'abord) */
        get: {
            parameters: {
                query?: {
                    condominiumId?: string;
                    folder?: components["schemas"]["DocumentFolderInput"];
                    year?: number;
                    /** @description Recherche plein texte (titre, type et texte des PDF), en français : pluriels et accents indifférents */
                    q?: string;
                    /** @description Inclure les documents retirés */
                    includeWithdrawn?: boolean | ("true" | "false");
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffDocumentList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Publier un ou plusieurs documents (un document par fichier)
         * @description Formulaire multipart : dossier, type, année, portée et sa cible, puis un ou plusieurs fichiers `files` (PDF, JPEG ou PNG vérifiés d'après leur contenu, 25 Mo au plus chacun, 50 au plus). Tout ou rien. Les personnes concernées reçoivent une notification (une par personne pour l'envoi) sauf notify=false.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["DocumentPublishFormInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedDocuments"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/documents/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Les destinataires possibles d'une publication : copropriétés de l'agence, pour l'une d'elles ses bâtiments et lots, pour un client ses biens en gestion
         * @description Les personnes se cherchent avec GET /api/staff/clients.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Avec elle, ses bâtiments et ses lots */
                    condominiumId?: string;
                    /** @description Avec elle, les biens en gestion dont elle est bailleur ou locataire */
                    personId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentPublishingTargets"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Un document : ses versions et ses derniers téléchargements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffDocumentDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remplacer le fichier par une nouvelle version (les précédentes restent dans l’historique)
         * @description Formulaire multipart : `file`, `note` facultative, `notify=true` pour prévenir à nouveau.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["DocumentVersionFormInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffDocumentDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/documents/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retirer un document : plus personne ne le voit, sauf l’agence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentWithdrawalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffDocumentDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/documents/{id}/versions/{versionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** N'importe quelle version d'un document (agence) */
        get: {
            parameters: {
                query?: {
                    /** @description inline : aperçu dans le navigateur ; attachment (par défaut) : téléchargement */
                    disposition?: "inline" | "attachment";
                };
                header?: never;
                path: {
                    id: string;
                    versionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Le fichier, servi avec son type détecté au dépôt (application/pdf, image/jpeg ou image/png) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgotten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mot de passe oublié (ou première connexion) : recevoir un lien par email
         * @description Même réponse « sent » pour un identifiant inconnu et pour un compte avec adresse. « no_email » et « undeliverable » (le parcours du guide) sont limitées à 5 par heure et par adresse IP.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForgottenPasswordRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForgottenPasswordAnswer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgotten/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Donner une adresse email quand la fiche n’en a pas (confirmée depuis sa boîte et par un code SMS)
         * @description Un lien part vers l’adresse donnée et un code par SMS au mobile de la fiche ; sans mobile, rien n’est envoyé (needs_agency) : l’agence doit vérifier l’identité.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForgottenPasswordEmailRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForgottenPasswordAnswer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vérifier un lien reçu par email avant de choisir le mot de passe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordLinkRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/strength": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Juger un mot de passe pendant la saisie (le serveur revérifie à l’enregistrement) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordStrengthRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordStrength"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Créer ou réinitialiser le mot de passe avec le lien reçu, puis être connecté
         * @description Le lien ne sert qu’une fois ; toutes les autres sessions du compte sont fermées.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetPasswordRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vérifier un lien de confirmation d’adresse avant de le suivre (et savoir s’il demande un code SMS) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordLinkRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmailLink"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirmer une adresse email depuis le lien reçu dans sa boîte
         * @description Un lien donné depuis « Mot de passe oublié » (compte sans adresse) exige aussi le code reçu par SMS (smsCode) : SMS_CODE_REQUIRED sans lui, SMS_CODE_WRONG avec les essais restants, SMS_CODE_EXHAUSTED (410) après 5 erreurs, le lien étant alors perdu.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConfirmEmailRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmailConfirmed"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mon adresse email (et celle en attente de confirmation) et mon mot de passe */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credentials"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Changer mon mot de passe (le mot de passe actuel est demandé) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePasswordRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Changer mon adresse email : active une fois confirmée depuis la nouvelle boîte */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangeEmailRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credentials"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Annuler le changement d’adresse en attente */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credentials"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rechercher les clients de l'agence
         * @description Par nom, prénom, société, identifiant client (O/0 et I/1 confondus) ou numéro de lot, sans tenir compte des accents.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Nom, prénom, société, identifiant client (O/0 et I/1 confondus) ou numéro de lot */
                    query?: string;
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/clients/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fiche d'accès d'un client : identité, rôles, compte, connexions et historique */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAccess"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/clients/{personId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inviter le client ou lui renvoyer l'email de première connexion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAccess"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/clients/{personId}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Corriger l'adresse email du client (motif obligatoire, historisé)
         * @description Le client est prévenu à l'ancienne adresse (s'il y en avait une) et à la nouvelle.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientEmailCorrectionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAccess"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/clients/{personId}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspendre l'accès du client (motif obligatoire) : ses sessions sont fermées */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClientAccessBlockInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAccess"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Rétablir l'accès suspendu du client */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAccess"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/clients/{personId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lever le verrouillage automatique posé après des échecs de connexion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientAccess"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes clés d’accès (biométrie) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            passkeys: components["schemas"]["Passkey"][];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/passkeys/registration/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Préparer l’ajout d’une clé d’accès sur cet appareil
         * @description Défi à usage unique, valable 5 minutes, à passer à navigator.credentials.create().
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasskeyRegistrationStart"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/passkeys/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enregistrer la clé d’accès créée par l’appareil */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasskeyRegistrationRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Passkey"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/passkeys/{passkeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Supprimer une clé d’accès */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    passkeyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Renommer une clé d’accès */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    passkeyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RenamePasskeyRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Passkey"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/passkey/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Préparer une connexion avec une clé d’accès (sans identifiant)
         * @description Défi à usage unique, valable 5 minutes, à passer à navigator.credentials.get().
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasskeyAuthenticationOptions"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/passkey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Se connecter avec une clé d’accès
         * @description Vérifie la signature de l’appareil et ouvre une session (cookie httpOnly), comme la connexion par mot de passe.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasskeySignInRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les agences du portail (pour choisir la sienne dans une demande d’accès) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencies: components["schemas"]["PublicAgency"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Demander l'ouverture de son accès, avec ses justificatifs
         * @description Pour une personne dont l'identifiant ou l'email n'est pas reconnu. Formulaire multipart : les champs texte, une pièce d'identité (identityDocument) et un justificatif du lien avec le bien (propertyProof), en PDF, JPEG ou PNG de 10 Mo au plus chacun — le type est vérifié d'après le contenu. Répond le lien de suivi, aussi envoyé par email.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["ActivationRequestFormInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivationRequestReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activation-requests/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Où en est ma demande d'accès (avec le jeton du lien de suivi) */
        get: {
            parameters: {
                query: {
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivationRequestTracking"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/activation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les demandes d'accès de mon agence (en attente : les plus anciennes d'abord) */
        get: {
            parameters: {
                query?: {
                    status?: components["schemas"]["ActivationRequestStatusInput"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: components["schemas"]["ActivationQueueItem"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/activation-requests/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nombre de demandes d'accès en attente (pastille du menu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pending: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/activation-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une demande d'accès et ses justificatifs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivationRequestDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/activation-requests/{requestId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Afficher un justificatif (PDF, JPEG ou PNG, avec son type détecté au dépôt) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Le fichier, servi avec son type détecté (application/pdf, image/jpeg ou image/png) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/activation-requests/{requestId}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients de l'agence qui pourraient être le demandeur (nom, identifiant ou numéro de lot) */
        get: {
            parameters: {
                query: {
                    query: string;
                };
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: components["schemas"]["ActivationCandidate"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/activation-requests/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Valider la demande : ouvrir l'accès du client choisi et lui envoyer le lien de première connexion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivationApprovalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivationRequestDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/activation-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuser la demande, avec un motif envoyé au demandeur */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActivationRejectionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivationRequestDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes notifications (la cloche) : les plus récentes et le nombre de non lues */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marquer une de mes notifications comme lue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    notificationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationUnreadCount"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tout marquer comme lu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationUnreadCount"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes préférences de notification : le résumé quotidien par email */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreferences"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Activer ou désactiver le résumé quotidien par email */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        digestEmail: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreferences"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/staff/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notifier les copropriétaires et le conseil syndical d’une copropriété, ou un client de l’agence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffNotificationBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffNotificationReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Une question ? Contacter un conseiller
         * @description La demande est enregistrée et envoyée par email au gestionnaire du bien (sinon de l’agence) ; un accusé de réception est envoyé au client s’il a une adresse email.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactRequestBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactRequestReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les demandes de contact des clients de l'agence (en attente : les plus anciennes d'abord) */
        get: {
            parameters: {
                query?: {
                    status?: components["schemas"]["ContactRequestStatusInput"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffContactRequestList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/contact-requests/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nombre de demandes de contact en attente de réponse (pastille du menu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenContactRequestCount"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/contact-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Répondre à une demande de contact
         * @description La réponse est envoyée au client par email (s’il en a une) et apparaît dans ses notifications.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactAnswerBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffContactRequest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** À venir : assemblées, travaux, visites et échéances des 90 prochains jours */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Agenda"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/agenda/condominiums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les copropriétés de l'agence et leurs bâtiments (pour annoncer un événement) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAgendaCondominiums"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/scheduled-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les événements annoncés et pas encore passés, d'une copropriété ou de toute l'agence */
        get: {
            parameters: {
                query?: {
                    condominiumId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffScheduledEventList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Annoncer un événement (travaux, assemblée, visite…) à une copropriété ou à un de ses bâtiments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScheduledEventBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffScheduledEvent"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/scheduled-events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Retirer un événement annoncé */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    eventId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Boîte de réception de démonstration (emails et SMS conservés) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: components["schemas"]["OutboxMessage"][];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Les fournisseurs de connexion proposés (Google, Microsoft…) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SocialProviderList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Se connecter avec un compte externe déjà relié : redirige vers le fournisseur */
        get: {
            parameters: {
                query?: {
                    /** @description « Rester connecté » : uniquement sur un appareil personnel */
                    rememberMe?: string;
                };
                header?: never;
                path: {
                    /** @example google */
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirection (en-tête Location) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retour du fournisseur (connexion ou liaison) : redirige vers l’accueil, la connexion ou le profil */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path: {
                    /** @example google */
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirection (en-tête Location) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Redirection (en-tête Location) */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Retour du fournisseur par formulaire (Apple, response_mode=form_post) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example google */
                    provider: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        code?: string;
                        state?: string;
                        iss?: string;
                        error?: string;
                        error_description?: string;
                    };
                };
            };
            responses: {
                /** @description Redirection (en-tête Location) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Redirection (en-tête Location) */
                303: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/linked-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mes comptes reliés (Google, Microsoft…) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkedAccountList"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/linked-accounts/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Relier un compte externe : donne l’adresse du fournisseur où se connecter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @example google */
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SocialLinkStart"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/linked-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Délier un compte externe */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorInput: {
            /** @description Code stable de l'erreur, pour les clients de l'API (ex. VALIDATION_FAILED) */
            code: string;
            /** @description Message en français, à montrer à l'utilisateur */
            message: string;
            details?: {
                fields?: {
                    field: string;
                    message: string;
                }[];
                retryAfterSeconds?: number;
            } & {
                [key: string]: unknown;
            };
        };
        ActivationRequestFieldsInput: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            firstName?: string;
            lastName: string;
            email: string;
            phone?: string;
            clientReference?: string;
            lotNumber?: string;
            propertyAddress: string;
            message?: string;
        };
        ActivationRequestFormInput: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            firstName?: string;
            lastName: string;
            email: string;
            phone?: string;
            clientReference?: string;
            lotNumber?: string;
            propertyAddress: string;
            message?: string;
            /**
             * Format: binary
             * @description Pièce d'identité en cours de validité (PDF, JPEG ou PNG, 10 Mo au plus)
             */
            identityDocument: string;
            /**
             * Format: binary
             * @description Justificatif du lien avec le bien : bail, acte de propriété ou mandat (PDF, JPEG ou PNG, 10 Mo au plus)
             */
            propertyProof: string;
        };
        /**
         * @description pending : en cours de traitement ; approved : accès ouvert ; rejected : refusée (voir le motif)
         * @enum {string}
         */
        ActivationRequestStatusInput: "pending" | "approved" | "rejected";
        ActivationRequestReceiptInput: {
            status: components["schemas"]["ActivationRequestStatusInput"];
            /** @description Jeton de suivi, à conserver : il ne peut pas être retrouvé */
            trackingToken: string;
            /** @description Page de suivi de la demande (aussi envoyée par email) */
            trackingUrl: string;
        };
        ActivationRequestTrackingInput: {
            status: components["schemas"]["ActivationRequestStatusInput"];
            firstName: string | null;
            agencyName: string;
            /** Format: date-time */
            submittedAt: string;
            decidedAt: string | null;
            rejectionReason: string | null;
        };
        PublicAgencyInput: {
            id: string;
            name: string;
            city: string | null;
        };
        ActivationApprovalInput: {
            /** Format: uuid */
            personId: string;
        };
        ActivationRejectionInput: {
            reason: string;
        };
        ActivationQueueItemInput: {
            id: string;
            status: components["schemas"]["ActivationRequestStatusInput"];
            /** @example M. Gérard Lemoine */
            displayName: string;
            email: string;
            propertyAddress: string | null;
            /** Format: date-time */
            submittedAt: string;
            /** @description Heures écoulées depuis le dépôt */
            ageHours: number;
            decidedAt: string | null;
        };
        ActivationProofInput: {
            id: string;
            /**
             * @description identity : pièce d'identité ; property : lien avec le bien
             * @enum {string}
             */
            kind: "identity" | "property";
            originalName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            sizeBytes: number;
            /** @description Adresse du fichier, affichable dans le navigateur */
            url: string;
        };
        ActivationRequestDetailInput: {
            id: string;
            status: components["schemas"]["ActivationRequestStatusInput"];
            /** @example M. Gérard Lemoine */
            displayName: string;
            email: string;
            propertyAddress: string | null;
            /** Format: date-time */
            submittedAt: string;
            /** @description Heures écoulées depuis le dépôt */
            ageHours: number;
            decidedAt: string | null;
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            firstName: string | null;
            lastName: string;
            phone: string | null;
            clientReferenceHint: string | null;
            lotNumberHint: string | null;
            message: string | null;
            rejectionReason: string | null;
            matchedPerson: {
                id: string;
                displayName: string;
            } | null;
            /** @description Le membre du personnel qui a décidé */
            decidedBy: string | null;
            files: components["schemas"]["ActivationProofInput"][];
        };
        ActivationCandidateInput: {
            personId: string;
            displayName: string;
            /** @description Identifiants du client dans l'agence */
            references: string[];
            /** @description Adresse email du compte (absente : celle de la demande sera reprise) */
            email: string | null;
            /** @description Numéros des lots qu'il possède aujourd'hui dans l'agence */
            lots: string[];
        };
        /** @enum {string} */
        ScheduledEventKindInput: "travaux" | "assemblee" | "echeance" | "visite" | "autre";
        /**
         * @description Les événements annoncés par l’agence, et les échéances calculées : appel de fonds trimestriel (copropriétaire), loyer (locataire)
         * @enum {string}
         */
        AgendaItemKindInput: "travaux" | "assemblee" | "echeance" | "visite" | "autre" | "appel_de_fonds" | "loyer";
        AgendaItemInput: {
            /** @description L’identifiant de l’événement, ou une clé stable pour une échéance calculée */
            id: string;
            kind: components["schemas"]["AgendaItemKindInput"];
            /** @example Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027 */
            title: string;
            description: string | null;
            /** Format: date */
            startsOn: string;
            endsOn: string | null;
            condominiumName: string | null;
            buildingName: string | null;
        };
        AgendaInput: {
            /** @description Dans l’ordre des dates, sur les 90 prochains jours */
            items: components["schemas"]["AgendaItemInput"][];
        };
        StaffScheduledEventInput: {
            /** @description L’identifiant de l’événement, ou une clé stable pour une échéance calculée */
            id: string;
            kind: components["schemas"]["ScheduledEventKindInput"];
            /** @example Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027 */
            title: string;
            description: string | null;
            /** Format: date */
            startsOn: string;
            endsOn: string | null;
            condominiumName: string | null;
            buildingName: string | null;
            condominiumId: string;
            buildingId: string | null;
        };
        StaffScheduledEventListInput: {
            events: components["schemas"]["StaffScheduledEventInput"][];
        };
        ScheduledEventBodyInput: {
            /** Format: uuid */
            condominiumId: string;
            /** Format: uuid */
            buildingId?: string;
            kind: components["schemas"]["ScheduledEventKindInput"];
            title: string;
            description?: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn?: string;
        };
        StaffAgendaCondominiumsInput: {
            condominiums: {
                id: string;
                name: string;
                buildings: {
                    id: string;
                    name: string;
                }[];
            }[];
        };
        AgencyCardInput: {
            id: string;
            name: string;
            addressLine1: string | null;
            addressLine2: string | null;
            postalCode: string | null;
            city: string | null;
            phone: string | null;
            email: string | null;
            /** @description Une ligne par groupe de jours, ex. « Le vendredi : 9h - 12h // 13h30 - 16h » */
            openingHours: string[];
        };
        MeInput: {
            /** @enum {string} */
            kind: "client" | "staff";
            /** @example M. et Mme Allouard */
            displayName: string;
            firstName: string | null;
            email: string | null;
            roles: {
                /** @description Lots détenus aujourd’hui (copropriétaire de N biens) */
                coOwnerLotCount: number;
                isCouncilMember: boolean;
                /** @description Biens confiés en gérance aujourd’hui */
                landlordUnitCount: number;
                isTenant: boolean;
                staffRole: ("manager" | "accountant" | "admin") | null;
            };
            agencies: components["schemas"]["AgencyCardInput"][];
        };
        LoginRequestInput: {
            /**
             * @description Identifiant client (indiqué sur les appels de fonds, appels de loyer ou comptes rendus de gérance) ou adresse email
             * @example CO100452
             */
            identifier: string;
            password: string;
            /**
             * @description Rester connecté (uniquement sur un appareil personnel)
             * @default false
             */
            rememberMe: boolean;
        };
        ClientEmailCorrectionInput: {
            email: string;
            reason: string;
        };
        ClientAccessBlockInput: {
            reason: string;
        };
        ClientSummaryInput: {
            personId: string;
            /** @example M. et Mme Allouard */
            displayName: string;
            /** @description Identifiants client dans l'agence */
            references: string[];
            email: string | null;
            /** @description Numéros des lots détenus aujourd'hui dans les copropriétés de l'agence */
            lots: string[];
        };
        ClientListInput: {
            clients: components["schemas"]["ClientSummaryInput"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description blocked : suspendu par l’agence ; locked : verrouillé après des échecs ; never_connected : aucun mot de passe créé ; no_account : pas encore de compte
         * @enum {string}
         */
        ClientAccountStatusInput: "active" | "never_connected" | "locked" | "blocked" | "no_account";
        ClientAccessEventInput: {
            id: string;
            /** @description Code stable, ex. login.succeeded, login.failed, agency.access_suspended */
            action: string;
            /** Format: date-time */
            occurredAt: string;
            ipAddress: string | null;
            device: string | null;
            /** @description Pour une connexion : password, passkey ou oidc:<fournisseur> */
            method: string | null;
            /** @description Pour un refus : wrong_password, locked, blocked, unknown_identifier… */
            failureReason: string | null;
            /** @description Le membre de l'agence auteur de l'action */
            actorName: string | null;
            /** @description Le motif donné par l'agence */
            reason: string | null;
        };
        ClientEmailChangeInput: {
            id: string;
            previousEmail: string | null;
            newEmail: string | null;
            /** @enum {string} */
            changedBy: "agency" | "client" | "unknown";
            changedByName: string | null;
            reason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ClientAccessInput: {
            personId: string;
            displayName: string;
            companyName: string | null;
            mobilePhone: string | null;
            landlinePhone: string | null;
            /** @description Lignes de l'adresse postale */
            address: string[];
            references: string[];
            lots: string[];
            roles: {
                coOwnerLotCount: number;
                isCouncilMember: boolean;
                landlordUnitCount: number;
                isTenant: boolean;
            };
            account: {
                status: components["schemas"]["ClientAccountStatusInput"];
                email: string | null;
                hasPassword: boolean;
                lastLoginAt: string | null;
                /** @description Verrouillage automatique en cours, sinon null */
                lockedUntil: string | null;
                /** @description Suspension par l'agence */
                blocked: {
                    reason: string;
                    /** Format: date-time */
                    since: string;
                    byName: string | null;
                } | null;
            };
            /** @description Dernières connexions réussies */
            signIns: components["schemas"]["ClientAccessEventInput"][];
            /** @description Évènements du compte, du plus récent au plus ancien */
            events: components["schemas"]["ClientAccessEventInput"][];
            emailHistory: components["schemas"]["ClientEmailChangeInput"][];
        };
        /** @enum {string} */
        ContactReplyChannelInput: "email" | "telephone";
        ContactRequestBodyInput: {
            subject: string;
            message: string;
            replyChannel: components["schemas"]["ContactReplyChannelInput"];
            /** Format: uuid */
            lotId?: string;
            /** Format: uuid */
            unitId?: string;
        };
        ContactRequestReceiptInput: {
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Le gestionnaire à qui la demande a été transmise (null : l’adresse de l’agence) */
            managerName: string | null;
            agencyName: string;
        };
        /**
         * @description open : en attente de réponse ; answered : répondue
         * @enum {string}
         */
        ContactRequestStatusInput: "open" | "answered";
        StaffContactRequestInput: {
            id: string;
            status: components["schemas"]["ContactRequestStatusInput"];
            personId: string;
            /** @example M. et Mme Allouard */
            displayName: string;
            email: string | null;
            phone: string | null;
            subject: string;
            message: string;
            replyChannel: components["schemas"]["ContactReplyChannelInput"];
            /** @description L’adresse ou le numéro où répondre, relevé au moment de la demande */
            replyTo: string | null;
            /** @description Le bien concerné, tel que nommé au moment de la demande */
            property: string | null;
            managerName: string | null;
            /** Format: date-time */
            createdAt: string;
            answer: string | null;
            answeredAt: string | null;
            answeredBy: string | null;
        };
        StaffContactRequestListInput: {
            requests: components["schemas"]["StaffContactRequestInput"][];
        };
        ContactAnswerBodyInput: {
            answer: string;
        };
        OpenContactRequestCountInput: {
            open: number;
        };
        /** @enum {string} */
        ContractKindInput: "assurance" | "ascenseur" | "nettoyage" | "chauffage" | "espaces_verts" | "entretien" | "gardiennage" | "energie" | "autre";
        BuildingContractInput: {
            id: string;
            kind: components["schemas"]["ContractKindInput"];
            /** @example Assurance multirisque immeuble */
            kindLabel: string;
            /** @example Entretien et dépannage de l’ascenseur */
            title: string;
            supplier: {
                name: string;
                phone: string | null;
                email: string | null;
            };
            contractNumber: string | null;
            /** Format: date */
            startDate: string;
            /** @description Dernier jour couvert ; absent : reconduction tacite */
            endDate: string | null;
            tacitRenewal: boolean;
            /**
             * @description Selon les dates, à la date du jour à Paris
             * @enum {string}
             */
            status: "a_venir" | "en_cours" | "termine";
            /**
             * @description Montant annuel TTC en centimes
             * @example 123456
             */
            yearlyAmountCents: number;
            /** @description Le contrat signé parmi les documents (dossier Contrats), s’il est publié */
            documentId: string | null;
        };
        /** @description En cours d’abord, puis terminés ; par type */
        BuildingContractsInput: {
            contracts: components["schemas"]["BuildingContractInput"][];
        };
        StaffBuildingContractsInput: {
            condominium: {
                id: string;
                name: string;
            };
            contracts: components["schemas"]["BuildingContractInput"][];
        };
        AgencyCondominiumInput: {
            id: string;
            reference: string;
            name: string;
            city: string | null;
        };
        AgencyCondominiumsInput: {
            condominiums: components["schemas"]["AgencyCondominiumInput"][];
        };
        CouncilCondominiumInput: {
            id: string;
            name: string;
            addressLine1: string | null;
            postalCode: string | null;
            city: string | null;
        };
        CouncilCondominiumListInput: {
            condominiums: components["schemas"]["CouncilCondominiumInput"][];
        };
        CouncilKeyInput: {
            id: string;
            code: string;
            name: string;
            isGeneral: boolean;
        };
        CouncilOverviewInput: {
            condominium: components["schemas"]["CouncilCondominiumInput"];
            currentYear: number;
            /** @description Exercices ayant un budget ou des écritures, du plus récent */
            years: number[];
            keys: components["schemas"]["CouncilKeyInput"][];
        };
        CouncilBudgetLineInput: {
            accountCode: string;
            label: string;
            /** @description Budget voté */
            budgetCents: number;
            /** @description Dépenses réelles : débits − crédits des comptes 6 de l’exercice */
            actualCents: number;
            /** @description Budget − réel (positif : économie) */
            differenceCents: number;
            /** @description Réel ÷ budget × 100, à 0,1 près ; null sans budget */
            consumedPercent: number | null;
        };
        CouncilBudgetKeyInput: {
            /** @description null : charges saisies sans clé de répartition */
            keyId: string | null;
            code: string | null;
            name: string;
            /** @description Budget voté */
            budgetCents: number;
            /** @description Dépenses réelles : débits − crédits des comptes 6 de l’exercice */
            actualCents: number;
            /** @description Budget − réel (positif : économie) */
            differenceCents: number;
            /** @description Réel ÷ budget × 100, à 0,1 près ; null sans budget */
            consumedPercent: number | null;
            lines: components["schemas"]["CouncilBudgetLineInput"][];
        };
        CouncilBudgetTotalsInput: {
            /** @description Budget voté */
            budgetCents: number;
            /** @description Dépenses réelles : débits − crédits des comptes 6 de l’exercice */
            actualCents: number;
            /** @description Budget − réel (positif : économie) */
            differenceCents: number;
            /** @description Réel ÷ budget × 100, à 0,1 près ; null sans budget */
            consumedPercent: number | null;
        };
        CouncilBudgetYearInput: {
            year: number;
            /** @description Un budget a été voté pour cet exercice */
            voted: boolean;
            keys: components["schemas"]["CouncilBudgetKeyInput"][];
            totals: components["schemas"]["CouncilBudgetTotalsInput"];
        };
        CouncilBudgetInput: {
            condominium: components["schemas"]["CouncilCondominiumInput"];
            current: components["schemas"]["CouncilBudgetYearInput"];
            previous: components["schemas"]["CouncilBudgetYearInput"];
        };
        CouncilTrialBalanceAccountInput: {
            accountCode: string;
            label: string;
            debitCents: number;
            creditCents: number;
            /** @description Solde débiteur (0 si créditeur) */
            debitBalanceCents: number;
            /** @description Solde créditeur (0 si débiteur) */
            creditBalanceCents: number;
            /** @description Compte de tiers copropriétaires : total de tous les copropriétaires */
            aggregated: boolean;
        };
        CouncilTrialBalanceTotalsInput: {
            debitCents: number;
            creditCents: number;
            debitBalanceCents: number;
            creditBalanceCents: number;
        };
        CouncilTrialBalanceInput: {
            condominium: components["schemas"]["CouncilCondominiumInput"];
            /** Format: date */
            date: string;
            accounts: components["schemas"]["CouncilTrialBalanceAccountInput"][];
            totals: components["schemas"]["CouncilTrialBalanceTotalsInput"];
        };
        CouncilExpenseLineInput: {
            id: string;
            /** Format: date */
            date: string;
            supplierName: string | null;
            label: string;
            amountCents: number;
            invoiceId: string | null;
            invoiceNumber: string | null;
            documentId: string | null;
            /** @description Adresse du PDF de la facture pour la personne connectée */
            pdfUrl: string | null;
        };
        CouncilExpenseKeyInput: {
            keyId: string | null;
            name: string;
            totalCents: number;
            lines: components["schemas"]["CouncilExpenseLineInput"][];
        };
        CouncilExpenseAccountInput: {
            accountCode: string;
            label: string;
            totalCents: number;
            keys: components["schemas"]["CouncilExpenseKeyInput"][];
        };
        CouncilExpensesInput: {
            condominium: components["schemas"]["CouncilCondominiumInput"];
            year: number;
            totalCents: number;
            accounts: components["schemas"]["CouncilExpenseAccountInput"][];
        };
        CouncilBankOrderInput: {
            id: string;
            /** Format: date */
            date: string;
            beneficiary: string | null;
            label: string;
            amountCents: number;
            invoice: {
                id: string;
                invoiceNumber: string;
                documentId: string | null;
                /** @description Adresse du PDF de la facture pour la personne connectée */
                pdfUrl: string | null;
            } | null;
        };
        CouncilBankOrdersInput: {
            condominium: components["schemas"]["CouncilCondominiumInput"];
            year: number;
            totalCents: number;
            orders: components["schemas"]["CouncilBankOrderInput"][];
        };
        SupplierInvoiceInput: {
            id: string;
            supplierName: string;
            invoiceNumber: string;
            /** Format: date */
            invoiceDate: string;
            label: string;
            accountCode: string;
            allocationKey: {
                id: string;
                name: string;
            } | null;
            amountCents: number;
            paidOn: string | null;
            documentId: string | null;
            /** @description Adresse du PDF de la facture pour la personne connectée */
            pdfUrl: string | null;
        };
        CouncilInvoicesInput: {
            condominium: components["schemas"]["CouncilCondominiumInput"];
            year: number;
            totalCents: number;
            unpaidCents: number;
            invoices: components["schemas"]["SupplierInvoiceInput"][];
        };
        CouncilMonthSpendingInput: {
            month: number;
            amountCents: number;
            previousYearCents: number;
        };
        CouncilSpendingByMonthInput: {
            condominium: components["schemas"]["CouncilCondominiumInput"];
            year: number;
            months: components["schemas"]["CouncilMonthSpendingInput"][];
        };
        SupplierInvoiceFormInput: {
            supplierName: string;
            invoiceNumber: string;
            /** Format: date */
            invoiceDate: string;
            label: string;
            accountCode: string;
            /** Format: uuid */
            allocationKeyId: string;
            amountCents: number;
            /**
             * Format: binary
             * @description La facture en PDF (25 Mo au plus)
             */
            file: string;
        };
        SupplierInvoicePaymentInput: {
            /** Format: date */
            paidOn: string;
        };
        OutboxMessageInput: {
            id: string;
            /** @enum {string} */
            channel: "email" | "sms";
            recipient: string;
            subject: string | null;
            textBody: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "kept";
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        DocumentFolderInput: "reglement" | "carnet_entretien" | "diagnostics" | "contrats" | "assemblees" | "comptabilite" | "appels_de_fonds" | "vie_immeuble" | "bail" | "gerance" | "conseil_syndical" | "personnel";
        /**
         * @description Pour qui : une copropriété, un bâtiment, un lot, une personne, le conseil syndical
         * @enum {string}
         */
        DocumentScopeInput: "condominium" | "building" | "lot" | "person" | "council";
        DocumentFileInput: {
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            sizeBytes: number;
            /** @description Pour un PDF */
            pageCount: number | null;
            /** @example PV AG 2025.pdf */
            originalName: string;
        };
        DocumentItemInput: {
            /** Format: uuid */
            id: string;
            title: string;
            folder: components["schemas"]["DocumentFolderInput"];
            /** @example Assemblées générales */
            folderLabel: string;
            /** @example Procès-verbal */
            kind: string;
            year: number;
            /** Format: date-time */
            publishedAt: string;
            /** @description Publié depuis la dernière visite */
            isNew: boolean;
            scope: components["schemas"]["DocumentScopeInput"];
            /**
             * @example Copropriété Les Tilleuls
             * @example Bâtiment A
             * @example Lot 101
             * @example Personnel
             */
            scopeLabel: string;
            condominiumName: string | null;
            file: components["schemas"]["DocumentFileInput"];
            versionNumber: number;
            /** @description Extrait du texte autour des mots cherchés, entre « et » (avec q seulement) */
            snippet: string | null;
            previewUrl: string;
            downloadUrl: string;
        };
        DocumentListInput: {
            items: components["schemas"]["DocumentItemInput"][];
            /** @description Nombre de documents répondant aux filtres */
            total: number;
            /** @description Nouveaux depuis la dernière visite (sans les filtres) */
            newCount: number;
            facets: {
                /** @description Les dossiers qui contiennent au moins un document, dans l’ordre d’affichage */
                folders: {
                    folder: components["schemas"]["DocumentFolderInput"];
                    label: string;
                    count: number;
                }[];
                /** @description Du plus récent au plus ancien */
                years: number[];
                kinds: string[];
            };
            /** @description La visite précédente ; null à la première (sont alors nouveaux les 30 derniers jours) */
            newSince: string | null;
            page: number;
            pageSize: number;
        };
        DocumentSummaryInput: {
            /** @description Documents nouveaux depuis la dernière visite */
            newCount: number;
        };
        DocumentPublishingTargetsInput: {
            condominiums: {
                /** Format: uuid */
                id: string;
                reference: string;
                name: string;
            }[];
            buildings: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            lots: {
                /** Format: uuid */
                id: string;
                number: string;
                /** @enum {string} */
                kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
                buildingId: string | null;
                buildingName: string | null;
            }[];
            units: {
                /** Format: uuid */
                id: string;
                reference: string;
                /** @enum {string} */
                kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
                address: string | null;
                /** @enum {string} */
                relation: "landlord" | "tenant";
            }[];
        };
        StaffDocumentItemInput: {
            /** Format: uuid */
            id: string;
            title: string;
            folder: components["schemas"]["DocumentFolderInput"];
            folderLabel: string;
            kind: string;
            year: number;
            scope: components["schemas"]["DocumentScopeInput"];
            scopeLabel: string;
            condominiumName: string | null;
            /** @description Pour un document personnel */
            addresseeName: string | null;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string | null;
            withdrawnAt: string | null;
            versionNumber: number;
            versionCount: number;
            downloadCount: number;
            file: components["schemas"]["DocumentFileInput"];
            /** @description La version en cours (agence) */
            fileUrl: string;
        };
        StaffDocumentListInput: {
            items: components["schemas"]["StaffDocumentItemInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        StaffDocumentDetailInput: {
            /** Format: uuid */
            id: string;
            title: string;
            folder: components["schemas"]["DocumentFolderInput"];
            folderLabel: string;
            kind: string;
            year: number;
            scope: components["schemas"]["DocumentScopeInput"];
            scopeLabel: string;
            condominiumName: string | null;
            /** @description Pour un document personnel */
            addresseeName: string | null;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string | null;
            withdrawnAt: string | null;
            versionNumber: number;
            versionCount: number;
            downloadCount: number;
            file: components["schemas"]["DocumentFileInput"];
            /** @description La version en cours (agence) */
            fileUrl: string;
            withdrawnBy: string | null;
            withdrawalReason: string | null;
            versions: {
                /** Format: uuid */
                id: string;
                versionNumber: number;
                file: components["schemas"]["DocumentFileInput"];
                /** Format: date-time */
                publishedAt: string;
                publishedBy: string | null;
                note: string | null;
                fileUrl: string;
            }[];
            /** @description Les 100 derniers téléchargements et aperçus, du plus récent au plus ancien */
            downloads: {
                /** Format: date-time */
                at: string;
                who: string;
                /** @enum {string} */
                disposition: "preview" | "download";
                versionNumber: number;
                ipAddress: string | null;
            }[];
        };
        DocumentPublishFormInput: {
            folder: components["schemas"]["DocumentFolderInput"];
            kind: string;
            year: number;
            scope: components["schemas"]["DocumentScopeInput"];
            /** Format: uuid */
            condominiumId?: string;
            /** Format: uuid */
            buildingId?: string;
            /** Format: uuid */
            lotId?: string;
            /**
             * Format: uuid
             * @description Document personnel : son destinataire
             */
            personId?: string;
            /**
             * Format: uuid
             * @description Document personnel : le bien loué ou en gérance concerné
             */
            managedUnitId?: string;
            /** @description Avec un seul fichier ; sinon le titre est le nom du fichier, sans l'extension */
            title?: string;
            /** @description Prévenir les personnes concernées (oui par défaut) */
            notify?: boolean;
            /** @description Un ou plusieurs fichiers (PDF, JPEG ou PNG, 25 Mo au plus chacun, 50 au plus) */
            files: string[];
        };
        DocumentVersionFormInput: {
            /**
             * Format: binary
             * @description La nouvelle version (PDF, JPEG ou PNG, 25 Mo au plus)
             */
            file: string;
            /** @description Ce qui change, pour l’historique */
            note?: string;
            /** @description Prévenir à nouveau les personnes concernées (non par défaut) */
            notify?: boolean;
        };
        DocumentWithdrawalInput: {
            reason: string;
        };
        PublishedDocumentsInput: {
            documents: components["schemas"]["StaffDocumentItemInput"][];
        };
        BudgetInputInput: {
            /** Format: date */
            votedOn: string;
            worksFundCents: number;
            /**
             * @description Dispense de fonds de travaux (art. 14-2-1 II) : sous 5 % du budget, voire nul
             * @default false
             */
            worksFundExempt: boolean;
            /**
             * @description Motif de la dispense, obligatoire quand elle est demandée
             * @default null
             */
            worksFundExemptionReason: ("unanimous_under_10_lots" | "dtg_no_works") | null;
            lines: {
                /** Format: uuid */
                allocationKeyId: string;
                accountCode: string;
                label: string;
                amountCents: number;
            }[];
        };
        BudgetAllocationKeyInput: {
            id: string;
            code: string;
            name: string;
            isGeneral: boolean;
            totalShares: number;
        };
        BudgetLineInput: {
            id: string;
            allocationKeyId: string;
            accountCode: string;
            label: string;
            amountCents: number;
        };
        BudgetQuarterInput: {
            quarter: number;
            /** Format: date */
            dueDate: string;
            /** @description Ce que le trimestre appellera : provisions et fonds de travaux */
            totalCents: number;
            /** @description Copropriétaires appelés à la date d’exigibilité */
            coOwnerCount: number;
            issued: boolean;
        };
        CondominiumBudgetInput: {
            condominium: {
                id: string;
                name: string;
                /** @description Lots de la copropriété (dispense par unanimité : moins de 10) */
                lotCount: number;
            };
            year: number;
            keys: components["schemas"]["BudgetAllocationKeyInput"][];
            budget: {
                /** Format: date */
                votedOn: string;
                worksFundCents: number;
                worksFundExempt: boolean;
                worksFundExemptionReason: ("unanimous_under_10_lots" | "dtg_no_works") | null;
                /** @description Somme des lignes, hors fonds de travaux */
                totalCents: number;
                /** @description 5 % du budget (art. 14-2-1) */
                minimumWorksFundCents: number;
                lines: components["schemas"]["BudgetLineInput"][];
            } | null;
            /** @description Trimestres déjà appelés : le budget ne peut plus changer */
            issuedQuarters: number[];
            quarters: components["schemas"]["BudgetQuarterInput"][];
        };
        FundsCallIssueInput: {
            year: number;
            quarter: number;
        };
        FundsCallSummaryInput: {
            id: string;
            year: number;
            quarter: number;
            /** Format: date */
            dueDate: string;
            /** Format: date-time */
            issuedAt: string;
            totalCents: number;
            coOwnerCount: number;
            /** @description Appels dont le PDF est publié */
            pdfReadyCount: number;
            /** @description Appels dont le PDF est en cours de préparation (le copropriétaire est notifié ensuite) */
            pdfPendingCount: number;
        };
        FundsCallListInput: {
            calls: components["schemas"]["FundsCallSummaryInput"][];
        };
        FundsCallNoticeInput: {
            personId: string;
            name: string;
            totalCents: number;
            /** @description Solde antérieur (positif : dû par le copropriétaire) */
            previousBalanceCents: number;
            documentId: string | null;
            versionId: string | null;
        };
        FundsCallDetailInput: {
            id: string;
            year: number;
            quarter: number;
            /** Format: date */
            dueDate: string;
            /** Format: date-time */
            issuedAt: string;
            totalCents: number;
            coOwnerCount: number;
            /** @description Appels dont le PDF est publié */
            pdfReadyCount: number;
            /** @description Appels dont le PDF est en cours de préparation (le copropriétaire est notifié ensuite) */
            pdfPendingCount: number;
            notices: components["schemas"]["FundsCallNoticeInput"][];
        };
        HealthInput: {
            /** @constant */
            status: "ok";
            /** @constant */
            database: "ok";
        };
        PublicSettingsInput: {
            /** @description Vrai quand les emails et SMS sont conservés dans la boîte de réception de démonstration */
            demoMode: boolean;
            publicUrl: string;
        };
        LandlordStatementIssueInput: {
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
        };
        StaffLandlordStatementInput: {
            id: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @description « octobre 2026 », « 3e trimestre 2026 »… */
            periodLabel: string;
            mandateReference: string;
            feeRateBasisPoints: number;
            /** @description Montant reversé au propriétaire */
            transferredCents: number;
            /** @description Honoraires TTC */
            feesCents: number;
            /** @description TVA comprise dans les honoraires */
            feesVatCents: number;
            feesExcludingVatCents: number;
            documentId: string | null;
            /** Format: date-time */
            issuedAt: string;
            landlord: {
                id: string;
                name: string;
            };
            versionId: string | null;
        };
        StaffLandlordStatementListInput: {
            statements: components["schemas"]["StaffLandlordStatementInput"][];
        };
        LandlordStatementIssueResultInput: {
            /** @description Comptes rendus émis par cette demande (0 si la période l’était déjà) */
            createdCount: number;
            /** @description Tous les comptes rendus de la période */
            statements: components["schemas"]["StaffLandlordStatementInput"][];
        };
        LandlordStatementInput: {
            id: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @description « octobre 2026 », « 3e trimestre 2026 »… */
            periodLabel: string;
            mandateReference: string;
            feeRateBasisPoints: number;
            /** @description Montant reversé au propriétaire */
            transferredCents: number;
            /** @description Honoraires TTC */
            feesCents: number;
            /** @description TVA comprise dans les honoraires */
            feesVatCents: number;
            feesExcludingVatCents: number;
            documentId: string | null;
            /** Format: date-time */
            issuedAt: string;
        };
        LandlordStatementListInput: {
            statements: components["schemas"]["LandlordStatementInput"][];
        };
        FinanceAccountInput: {
            /**
             * @description Identifiant du compte, à rappeler pour son relevé
             * @example coOwner:…
             */
            key: string;
            /** @enum {string} */
            kind: "coOwner" | "tenant" | "landlord";
            /** @example Copropriété du 100 avenue Anatole France, 100 avenue Anatole France 1 rue Marc Sangnier, 94000 Créteil */
            label: string;
            /** @description Crédit − débit du point de vue de la personne : négatif = elle doit */
            balanceCents: number;
            /**
             * @description Date du solde (aujourd’hui)
             * @example 2026-11-22
             */
            balanceDate: string;
            /** @description Un mandat de prélèvement SEPA est actif pour ce bien */
            directDebitInProgress: boolean;
        };
        FinanceOverviewInput: {
            accounts: components["schemas"]["FinanceAccountInput"][];
            /** @description Somme des soldes des comptes */
            globalBalanceCents: number;
        };
        StatementLineInput: {
            id: string;
            /** @example 2026-01-01 */
            date: string;
            /** @example Prov./Chg courante 01/01/2026 */
            label: string;
            /** @description Signé du point de vue de la personne : négatif = appelé, positif = réglé */
            amountCents: number;
            /** @description Solde courant après cette ligne */
            balanceCents: number;
            /** @description Pièce à télécharger par /api/documents/:id/file */
            documentId: string | null;
        };
        StatementInput: {
            account: components["schemas"]["FinanceAccountInput"];
            year: number;
            /** @description Années disponibles, la plus récente d’abord */
            years: number[];
            /** @description Solde au 1er janvier de l’année */
            openingBalanceCents: number;
            /** @description Solde au 31 décembre (ou aujourd’hui) */
            closingBalanceCents: number;
            lines: components["schemas"]["StatementLineInput"][];
        };
        LedgerImportInput: {
            /** Format: uuid */
            condominiumId: string;
            entries: {
                externalId: string;
                journal: string;
                /** Format: date */
                date: string;
                label: string;
                lines: {
                    accountCode: string;
                    personReference?: string;
                    debitCents: number;
                    creditCents: number;
                    label?: string;
                }[];
            }[];
        };
        LedgerImportResultInput: {
            created: number;
            unchanged: number;
        };
        /**
         * @description document publié, message du gestionnaire, réponse à une demande de contact
         * @enum {string}
         */
        NotificationKindInput: "document" | "manager_message" | "contact_answer";
        NotificationInput: {
            id: string;
            kind: components["schemas"]["NotificationKindInput"];
            /** @example Nouveau document : Procès-verbal de l’AG du 12 juin 2026 */
            title: string;
            body: string | null;
            /** @description Chemin de l’espace client à ouvrir, ex. « /documents » */
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        NotificationListInput: {
            /** @description Toutes les notifications non lues, pas seulement celles de la liste */
            unreadCount: number;
            /** @description Les plus récentes d’abord */
            items: components["schemas"]["NotificationInput"][];
        };
        NotificationUnreadCountInput: {
            unreadCount: number;
        };
        NotificationPreferencesInput: {
            /** @description Recevoir chaque matin un email résumant les nouveautés */
            digestEmail: boolean;
            /** @description Sans adresse email, le résumé ne peut pas être envoyé */
            hasEmail: boolean;
        };
        StaffNotificationBodyInput: {
            /** Format: uuid */
            condominiumId?: string;
            /** Format: uuid */
            personId?: string;
            title: string;
            body: string;
        };
        StaffNotificationReceiptInput: {
            /** @description Le nombre de personnes notifiées */
            recipients: number;
        };
        PasskeyInput: {
            id: string;
            /** @description Nom donné par la personne, ex. « iPhone de Marie » */
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Dernière connexion avec cette clé */
            lastUsedAt: string | null;
            /** @description Clé synchronisée entre les appareils de la personne (trousseau, gestionnaire) */
            backedUp: boolean;
        };
        RenamePasskeyRequestInput: {
            name: string;
        };
        PasskeyRegistrationOptionsInput: {
            challenge: string;
            rp: {
                id?: string;
                name: string;
            };
            user: {
                id: string;
                name: string;
                displayName: string;
            };
            pubKeyCredParams: {
                /** @constant */
                type: "public-key";
                alg: number;
            }[];
            timeout?: number;
            excludeCredentials?: {
                id: string;
                type: string;
                transports?: string[];
            }[];
            authenticatorSelection?: {
                /** @enum {string} */
                authenticatorAttachment?: "platform" | "cross-platform";
                requireResidentKey?: boolean;
                /** @enum {string} */
                residentKey?: "discouraged" | "preferred" | "required";
                /** @enum {string} */
                userVerification?: "discouraged" | "preferred" | "required";
            };
            /** @enum {string} */
            attestation?: "none" | "indirect" | "direct" | "enterprise";
            hints?: ("hybrid" | "security-key" | "client-device")[];
            extensions?: {
                credProps?: boolean;
            };
        };
        PasskeyRegistrationStartInput: {
            options: components["schemas"]["PasskeyRegistrationOptionsInput"];
            /** @description Nom proposé d’après l’appareil, ex. « Chrome sur Android » */
            suggestedName: string;
        };
        PasskeyAuthenticationOptionsInput: {
            challenge: string;
            timeout?: number;
            rpId?: string;
            allowCredentials?: {
                id: string;
                type: string;
                transports?: string[];
            }[];
            /** @enum {string} */
            userVerification?: "discouraged" | "preferred" | "required";
            hints?: ("hybrid" | "security-key" | "client-device")[];
            extensions?: {
                credProps?: boolean;
            };
        };
        PasskeyRegistrationRequestInput: {
            response: {
                id: string;
                rawId: string;
                /** @constant */
                type: "public-key";
                /** @enum {string} */
                authenticatorAttachment?: "platform" | "cross-platform";
                /** @default {} */
                clientExtensionResults: {
                    appid?: boolean;
                    credProps?: {
                        rk?: boolean;
                    };
                    hmacCreateSecret?: boolean;
                };
                response: {
                    clientDataJSON: string;
                    attestationObject: string;
                    authenticatorData?: string;
                    transports?: string[];
                    publicKeyAlgorithm?: number;
                    publicKey?: string;
                };
            };
            /** @description Nom de la clé ; par défaut, le navigateur et le système de l’appareil */
            name?: string;
        };
        PasskeySignInRequestInput: {
            response: {
                id: string;
                rawId: string;
                /** @constant */
                type: "public-key";
                /** @enum {string} */
                authenticatorAttachment?: "platform" | "cross-platform";
                /** @default {} */
                clientExtensionResults: {
                    appid?: boolean;
                    credProps?: {
                        rk?: boolean;
                    };
                    hmacCreateSecret?: boolean;
                };
                response: {
                    clientDataJSON: string;
                    authenticatorData: string;
                    signature: string;
                    userHandle?: string;
                };
            };
            /**
             * @description Rester connecté (uniquement sur un appareil personnel)
             * @default false
             */
            rememberMe: boolean;
        };
        ForgottenPasswordRequestInput: {
            /**
             * @description Identifiant client (O et 0, I et 1 confondus) ou adresse email
             * @example CO100452
             */
            identifier: string;
        };
        ForgottenPasswordEmailRequestInput: {
            /**
             * @description Identifiant client (O et 0, I et 1 confondus) ou adresse email
             * @example CO100452
             */
            identifier: string;
            email: string;
        };
        ForgottenPasswordAnswerInput: {
            /**
             * @description sent : un email est parti si un compte correspond (même réponse pour un identifiant inconnu) ; no_email : le compte n’a pas d’adresse, la personne peut en donner une ; undeliverable : aucun email possible, voir l’agence ; needs_agency : aucun mobile sur la fiche pour vérifier l’identité, rien n’est envoyé, faire une demande d’ouverture d’accès ; confirmation_sent : un lien de confirmation est parti vers l’adresse donnée et un code par SMS au mobile de la fiche
             * @enum {string}
             */
            status: "sent" | "no_email" | "undeliverable" | "needs_agency" | "confirmation_sent";
            message: string;
            /** @description L’agence à contacter (no_email, undeliverable, needs_agency) */
            agency: components["schemas"]["AgencyCardInput"] | null;
            /** @description L’adresse à laquelle le lien de confirmation est parti */
            email: string | null;
            /**
             * @description Le mobile (masqué) auquel le code de vérification est parti
             * @example 06 •• •• •• 78
             */
            phone: string | null;
        };
        PasswordLinkRequestInput: {
            /** @description Le jeton reçu par email (paramètre « jeton » du lien) */
            token: string;
        };
        PasswordLinkInput: {
            /** @description Première connexion (aucun mot de passe encore) plutôt que réinitialisation */
            creating: boolean;
            displayName: string;
            /** @description Un identifiant du compte, pour le gestionnaire de mots de passe */
            identifier: string;
        };
        SetPasswordRequestInput: {
            /** @description Le jeton reçu par email (paramètre « jeton » du lien) */
            token: string;
            password: string;
        };
        PasswordStrengthRequestInput: {
            password: string;
            /** @description Le jeton du lien, pour juger aussi contre les noms du titulaire */
            token?: string;
        };
        PasswordStrengthInput: {
            acceptable: boolean;
            length: number;
            words: number;
            /** @description Au moins 12 caractères, ou une phrase d’au moins 4 mots */
            lengthRule: boolean;
            /** @description Score zxcvbn de 0 à 4 (3 au moins est exigé) */
            score: number | null;
            /** @description Ni courant, ni construit sur les noms ou identifiants de la personne */
            notGuessable: boolean;
            warning: string | null;
            suggestions: string[];
        };
        ConfirmEmailRequestInput: {
            /** @description Le jeton reçu par email (paramètre « jeton » du lien) */
            token: string;
            /**
             * @description Enchaîner sur la création du mot de passe (parcours « Mot de passe oublié »)
             * @default false
             */
            continueToPassword: boolean;
            /**
             * @description Le code reçu par SMS, quand le lien en demande un
             * @example 123456
             */
            smsCode?: string;
        };
        EmailLinkInput: {
            /** @description L’adresse que le lien confirme */
            email: string;
            /** @description Le code reçu par SMS doit accompagner la confirmation */
            smsCodeRequired: boolean;
            /** @description Le mobile (masqué) auquel le code est parti */
            phone: string | null;
            /** @description Essais restants pour le code, s’il y en a un */
            attemptsLeft: number | null;
        };
        EmailConfirmedInput: {
            email: string;
            /** @description Jeton pour créer le mot de passe, si demandé */
            passwordToken: string | null;
        };
        CredentialsInput: {
            email: string | null;
            /** @description Nouvelle adresse en attente de confirmation depuis sa boîte */
            pendingEmail: {
                email: string;
                /** Format: date-time */
                expiresAt: string;
            } | null;
            hasPassword: boolean;
        };
        ChangePasswordRequestInput: {
            /** @description Obligatoire quand le compte a déjà un mot de passe */
            currentPassword?: string;
            newPassword: string;
        };
        ChangeEmailRequestInput: {
            email: string;
            /** @description Obligatoire quand le compte a déjà un mot de passe */
            currentPassword?: string;
        };
        RecordPaymentInputInput: {
            /**
             * Format: uuid
             * @description Le copropriétaire, ou l’un des locataires du bail
             */
            personId?: string;
            /**
             * Format: uuid
             * @description La copropriété (compte de copropriétaire)
             */
            condominiumId?: string;
            /**
             * Format: uuid
             * @description Le bail (compte de locataire)
             */
            leaseId?: string;
            amountCents: number;
            /** Format: date */
            paidOn: string;
            /** @enum {string} */
            method: "virement" | "chèque" | "espèces" | "carte";
            /** @description N° de chèque, référence du virement… */
            reference?: string;
        };
        PaymentAccountRefInput: {
            /** @enum {string} */
            kind: "coOwner" | "tenant";
            personId: string;
            condominiumId: string | null;
            leaseId: string | null;
            /** @description La copropriété, ou la référence du bail */
            label: string;
        };
        RecordedPaymentInput: {
            entryId: string;
            /** @description Faux quand la même clé d’idempotence a déjà enregistré ce règlement */
            created: boolean;
            /** @description Montant réglé */
            amountCents: number;
            paidOn: string;
            /** @example Règlement par chèque n° 1234567 */
            label: string;
            /** @description Solde du compte après le règlement (négatif = reste dû) */
            balanceCents: number;
        };
        BankAccountInput: {
            id: string;
            holderName: string;
            /** @example FR76 •••• •••• •••• •••• •••0 189 */
            ibanMasked: string;
            bic: string | null;
            /** @enum {string} */
            kind: "condominium" | "rental";
            /** @description La copropriété, ou la gérance de l’agence */
            ledgerName: string;
            /** @description Opérations à rapprocher à la main */
            toReviewCount: number;
        };
        BankAccountListInput: {
            accounts: components["schemas"]["BankAccountInput"][];
        };
        BankStatementImportResultInput: {
            /** @description Nul quand tout le relevé avait déjà été importé */
            importId: string | null;
            /** @enum {string} */
            format: "camt053" | "csv";
            counts: {
                lines: number;
                new: number;
                alreadyImported: number;
                /** @description Virements affectés à un client */
                matched: number;
                /** @description Encaissements de nos prélèvements */
                collections: number;
                /** @description Prélèvements rejetés (R-transactions) */
                returns: number;
                /** @description À rapprocher à la main */
                unmatched: number;
            };
        };
        BankStatementFormInput: {
            /**
             * Format: binary
             * @description Relevé CAMT.053 (XML) ou export CSV, 5 Mo au plus
             */
            file: string;
        };
        BankTransactionCandidateInput: {
            personId: string;
            name: string;
            reference: string | null;
            account: components["schemas"]["PaymentAccountRefInput"];
            /** @description Ce que la personne doit sur ce compte */
            owedCents: number;
            /** @description Doit exactement ce montant, nom proche de l’émetteur */
            reasons: ("amount" | "name")[];
        };
        BankTransactionInput: {
            id: string;
            bookingDate: string;
            /** @description Positif : reçu ; négatif : payé */
            amountCents: number;
            counterpartyName: string | null;
            counterpartyIbanMasked: string | null;
            remittanceInformation: string | null;
            endToEndId: string | null;
            returnReasonCode: string | null;
            /** @enum {string} */
            status: "matched" | "unmatched" | "ignored";
            matchedPerson: {
                id: string;
                name: string;
                reference: string | null;
            } | null;
            directDebitId: string | null;
            reviewedAt: string | null;
            /** @description Pour un versement à rapprocher : les clients probables */
            candidates: components["schemas"]["BankTransactionCandidateInput"][];
        };
        BankTransactionListInput: {
            account: components["schemas"]["BankAccountInput"];
            transactions: components["schemas"]["BankTransactionInput"][];
        };
        BankClientAccountListInput: {
            accounts: components["schemas"]["BankTransactionCandidateInput"][];
        };
        BankTransactionAssignInput: {
            /**
             * Format: uuid
             * @description Le copropriétaire, ou l’un des locataires du bail
             */
            personId?: string;
            /**
             * Format: uuid
             * @description La copropriété (compte de copropriétaire)
             */
            condominiumId?: string;
            /**
             * Format: uuid
             * @description Le bail (compte de locataire)
             */
            leaseId?: string;
        };
        OverdueAccountInput: {
            personId: string;
            name: string;
            reference: string | null;
            hasEmail: boolean;
            account: components["schemas"]["PaymentAccountRefInput"];
            /** @description Total dû */
            owedCents: number;
            /** @description Échéance du plus ancien appel impayé */
            overdueSince: string;
            unpaidCalls: {
                date: string;
                label: string;
                remainingCents: number;
            }[];
            lastReminder: {
                sentAt: string;
                level: number;
            } | null;
            /** @description Faux si une relance est partie il y a moins de 15 jours */
            mayRemind: boolean;
        };
        OverdueAccountListInput: {
            accounts: components["schemas"]["OverdueAccountInput"][];
        };
        SendRemindersInputInput: {
            all?: boolean;
            items?: {
                /**
                 * Format: uuid
                 * @description Le copropriétaire, ou l’un des locataires du bail
                 */
                personId?: string;
                /**
                 * Format: uuid
                 * @description La copropriété (compte de copropriétaire)
                 */
                condominiumId?: string;
                /**
                 * Format: uuid
                 * @description Le bail (compte de locataire)
                 */
                leaseId?: string;
            }[];
        };
        SendRemindersResultInput: {
            sent: number;
            skipped: {
                personId: string;
                name: string;
                /** @enum {string} */
                reason: "recent" | "no_email" | "not_overdue";
            }[];
        };
        /**
         * @description Comment l’agence contacte la personne quand un choix existe
         * @enum {string}
         */
        ContactChannelInput: "email" | "telephone" | "courrier";
        PostalAddressInput: {
            line1: string | null;
            line2: string | null;
            postalCode: string | null;
            city: string | null;
        };
        AgencyManagerInput: {
            agencyId: string;
            name: string;
            email: string;
            phone: string | null;
        };
        ProfileDetailsInput: {
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            /** @example M. et Mme Allouard */
            displayName: string;
            mobilePhone: string | null;
            landlinePhone: string | null;
            address: components["schemas"]["PostalAddressInput"];
            preferredContactChannel: components["schemas"]["ContactChannelInput"];
            councilContactConsent: boolean;
            councilContactConsentAt: string | null;
            /** @description L’adresse du compte, en vigueur */
            email: string | null;
            /** @description Nouvelle adresse en attente de confirmation (voir POST /api/me/email) */
            pendingEmail: {
                email: string;
                /** Format: date-time */
                expiresAt: string;
            } | null;
            /** @description Le mot de passe actuel sera demandé pour changer le mobile */
            hasPassword: boolean;
            /** @description Les gestionnaires des dossiers de la personne aujourd’hui (copropriétés, gérance, location) */
            managers: components["schemas"]["AgencyManagerInput"][];
        };
        /** @enum {string} */
        PersonDetailFieldInput: "mobilePhone" | "landlinePhone" | "addressLine1" | "addressLine2" | "postalCode" | "city" | "preferredContactChannel" | "councilContactConsent";
        PersonDetailChangeInput: {
            id: string;
            field: components["schemas"]["PersonDetailFieldInput"];
            previousValue: string | null;
            newValue: string | null;
            /** Format: date-time */
            changedAt: string;
            changedBy: {
                /**
                 * @description client : la personne elle-même ; staff : un collaborateur d’agence ; unknown : import ou reprise
                 * @enum {string}
                 */
                kind: "client" | "staff" | "unknown";
                /** @description Le nom du collaborateur, s’il est de votre agence */
                name: string | null;
            };
        };
        /** @description Les plus récentes d’abord ; booléens en "true" / "false" */
        PersonDetailChangesInput: {
            changes: components["schemas"]["PersonDetailChangeInput"][];
        };
        LotShareInput: {
            /** @example GEN */
            keyCode: string;
            /** @example Charges générales */
            keyName: string;
            isGeneral: boolean;
            /**
             * @description Tantièmes du lot sous cette clé
             * @example 1250
             */
            shares: number;
            /**
             * @description Total des tantièmes de la clé
             * @example 10000
             */
            total: number;
        };
        OwnedLotInput: {
            id: string;
            /** @example 101 */
            number: string;
            /** @enum {string} */
            kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
            floor: string | null;
            staircase: string | null;
            /** @example Bâtiment A */
            building: string | null;
            description: string | null;
            /** @enum {string} */
            ownershipKind: "pleine_propriete" | "indivision" | "usufruit" | "nue_propriete";
            shares: components["schemas"]["LotShareInput"][];
        };
        /**
         * @description Loué tant qu’un bail court, sinon mise en location ou vacant
         * @enum {string}
         */
        RentalStatusInput: "vacant" | "mise_en_location" | "loue";
        ManagedUnitInput: {
            id: string;
            reference: string;
            /** @enum {string} */
            kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
            addressLine1: string | null;
            addressLine2: string | null;
            postalCode: string | null;
            city: string | null;
            floor: string | null;
            surfaceSquareMetres: number | null;
            status: components["schemas"]["RentalStatusInput"];
            /** @description Les signataires du bail en cours (vide si non loué) */
            tenantNames: string[];
            leaseStartDate: string | null;
        };
        RentedUnitInput: {
            id: string;
            reference: string;
            /** @enum {string} */
            kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
            addressLine1: string | null;
            addressLine2: string | null;
            postalCode: string | null;
            city: string | null;
            floor: string | null;
            surfaceSquareMetres: number | null;
            monthlyRentCents: number;
            monthlyChargesCents: number;
            /** Format: date */
            leaseStartDate: string;
            agencyName: string;
        };
        CondominiumHoldingsInput: {
            condominium: {
                id: string;
                name: string;
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
            };
            agencyName: string;
            lots: components["schemas"]["OwnedLotInput"][];
        };
        PropertiesOverviewInput: {
            coOwnership: components["schemas"]["CondominiumHoldingsInput"][];
            managed: components["schemas"]["ManagedUnitInput"][];
            rented: components["schemas"]["RentedUnitInput"][];
        };
        /** @description Le gestionnaire du dossier à l’agence */
        PropertyManagerInput: {
            name: string;
            email: string;
            phone: string | null;
        };
        /** @description Sans coordonnées : leur partage attend le consentement des copropriétaires */
        CouncilMemberInput: {
            displayName: string;
            /** @enum {string} */
            role: "president" | "member";
        };
        /** @description Téléphones et email vides pour qui n’a pas choisi de les partager */
        CoOwnerContactInput: {
            displayName: string;
            /** @description Numéros des lots détenus aujourd’hui dans la copropriété */
            lots: string[];
            /** @description A accepté de partager téléphone et email avec le conseil syndical */
            sharesContact: boolean;
            email: string | null;
            mobilePhone: string | null;
            landlinePhone: string | null;
        };
        LotDetailInput: {
            lot: components["schemas"]["OwnedLotInput"];
            condominium: {
                id: string;
                name: string;
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
            };
            buildingAddress: {
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
            } | null;
            /** @description Tous les lots détenus aujourd’hui dans cette copropriété */
            ownerLots: components["schemas"]["OwnedLotInput"][];
            manager: components["schemas"]["PropertyManagerInput"] | null;
            agency: components["schemas"]["AgencyCardInput"];
            council: components["schemas"]["CouncilMemberInput"][];
            /** @description Pour les membres du conseil syndical de la copropriété seulement (absent sinon) */
            coOwners?: components["schemas"]["CoOwnerContactInput"][];
        };
        UnitDetailInput: {
            unit: {
                id: string;
                reference: string;
                /** @enum {string} */
                kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
                floor: string | null;
                surfaceSquareMetres: number | null;
                /** @enum {string} */
                relation: "landlord" | "tenant";
                /** @description Pour le bailleur seulement */
                status: components["schemas"]["RentalStatusInput"] | null;
                tenantNames: string[];
                leaseStartDate: string | null;
                monthlyRentCents: number | null;
                monthlyChargesCents: number | null;
            };
            manager: components["schemas"]["PropertyManagerInput"] | null;
            agency: components["schemas"]["AgencyCardInput"];
            council: components["schemas"]["CouncilMemberInput"][];
            /** @description Pour les membres du conseil syndical de la copropriété seulement (absent sinon) */
            coOwners?: components["schemas"]["CoOwnerContactInput"][];
        };
        RentCallCountsInput: {
            /** @description Baux appelés par cette demande */
            called: number;
            /** @description Baux dont ce mois était déjà appelé */
            alreadyCalled: number;
            /** @description Total appelé par cette demande */
            totalCents: number;
        };
        RentReceiptCountsInput: {
            /** @description Quittances délivrées */
            quittances: number;
            /** @description Reçus de paiements partiels délivrés */
            receipts: number;
        };
        StaffRentCallInput: {
            id: string;
            /** @example 2026-12-01 */
            periodStart: string;
            dueDate: string;
            leaseReference: string;
            unitReference: string;
            address: string;
            tenants: string[];
            /** @description Loyer */
            rentCents: number;
            /** @description Provision sur charges */
            chargesCents: number;
            /** @description Réglé sur ce mois (les paiements soldent les mois les plus anciens d’abord) */
            paidCents: number;
            /**
             * @description Payé, partiellement payé, à payer
             * @enum {string}
             */
            status: "paid" | "partial" | "unpaid";
            quittanceIssued: boolean;
            receiptCount: number;
        };
        StaffRentCallsInput: {
            month: string;
            calls: components["schemas"]["StaffRentCallInput"][];
        };
        TenantRentMonthInput: {
            id: string;
            /** @example 2026-12-01 */
            periodStart: string;
            dueDate: string;
            /** @description Loyer */
            rentCents: number;
            /** @description Provision sur charges */
            chargesCents: number;
            /** @description Réglé sur ce mois */
            paidCents: number;
            /**
             * @description Payé, partiellement payé, à payer
             * @enum {string}
             */
            status: "paid" | "partial" | "unpaid";
            /** @description L’avis d’échéance (PDF) */
            noticeDocumentId: string | null;
            receipts: {
                /** @enum {string} */
                kind: "quittance" | "receipt";
                /** @description Montant reconnu */
                amountCents: number;
                issuedAt: string;
                /** @description Le PDF par /api/documents/:id/file */
                documentId: string | null;
            }[];
        };
        TenantRentMonthsInput: {
            account: string;
            months: components["schemas"]["TenantRentMonthInput"][];
        };
        ActiveSessionInput: {
            id: string;
            /** @description La session de cet appareil */
            current: boolean;
            /** @example Chrome sur Windows */
            device: string;
            /** @description Adresse IP de la dernière connexion (le lieu approximatif) */
            ipAddress: string | null;
            /** @description password, passkey ou oidc:<fournisseur> */
            method: string;
            /** @description « Rester connecté » coché */
            persistent: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
        };
        AccessEventInput: {
            id: string;
            /** @description Code stable de l’évènement, ex. login.succeeded, login.failed, logout, password.changed */
            action: string;
            /** Format: date-time */
            occurredAt: string;
            ipAddress: string | null;
            device: string | null;
        };
        DirectDebitAccountInput: {
            /** @example coOwner:… */
            key: string;
            /** @example Copropriété Les Tilleuls */
            label: string;
            /** @description Crédit − débit des comptes 450 de la personne : négatif = elle doit */
            balanceCents: number;
            /** @description Le prélèvement SEPA est possible (compte bancaire et ICS du créancier connus) */
            payable: boolean;
            /** @description Pourquoi le prélèvement n’est pas possible */
            reason: string | null;
            creditorName: string | null;
            /** @description ICS */
            creditorIdentifier: string | null;
        };
        SepaMandateInput: {
            id: string;
            accountKey: string | null;
            /** @description RUM */
            reference: string;
            /** @enum {string} */
            mode: "automatic" | "manual";
            /** @enum {string} */
            sequence: "recurrent" | "one_off";
            /** @enum {string} */
            status: "active" | "revoked" | "lapsed";
            debtorName: string;
            /** @example FR76 **** **** **** **** ***0 189 */
            ibanMasked: string;
            bic: string | null;
            /**
             * @description Date et heure de signature
             * @example 2026-11-22T10:00:00.000Z
             */
            signedAt: string;
            signaturePlace: string;
            revokedAt: string | null;
            /** @description Le mandat signé (PDF) par /api/documents/:id/file */
            documentId: string | null;
            scheduledDebits: {
                /** @description Montant */
                amountCents: number;
                collectionDate: string;
                status: string;
                sequenceType: string;
            }[];
        };
        DirectDebitOptionsInput: {
            accounts: components["schemas"]["DirectDebitAccountInput"][];
            mandates: components["schemas"]["SepaMandateInput"][];
            person: {
                name: string;
                /** @description Adresse sur le dossier, une ligne par ligne postale */
                address: string;
                /** @description Mobile masqué qui recevra le code, ou null */
                mobile: string | null;
            };
        };
        DirectDebitSummaryInput: {
            challengeId: string;
            /** @example 06 •• •• •• 78 */
            sentTo: string;
            /**
             * @description Le code ne sert plus après
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description Un nouveau code peut être demandé à partir de
             * @example 2026-11-22T10:00:00.000Z
             */
            resendAfter: string;
            /** @description Le texte complet du mandat à signer */
            summaryText: string;
            /** @description SHA-256 du texte (hexadécimal) */
            summaryHash: string;
            bankName: string | null;
        };
        BankDetailsChallengeInput: {
            challengeId: string;
            /** @example 06 •• •• •• 78 */
            sentTo: string;
            /**
             * @description Le code ne sert plus après
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description Un nouveau code peut être demandé à partir de
             * @example 2026-11-22T10:00:00.000Z
             */
            resendAfter: string;
            ibanMasked: string;
            bankName: string | null;
        };
        SocialProviderInput: {
            /**
             * @description Identifiant du fournisseur
             * @example google
             * @example microsoft
             * @example apple
             */
            id: string;
            /** @example Google */
            label: string;
        };
        SocialProviderListInput: {
            /** @description Vide quand aucun fournisseur n’est configuré */
            providers: components["schemas"]["SocialProviderInput"][];
        };
        SocialLinkStartInput: {
            /** @description Adresse du fournisseur où envoyer le navigateur */
            url: string;
        };
        LinkedAccountInput: {
            /** Format: uuid */
            id: string;
            /** @example google */
            provider: string;
            /** @example Google */
            providerLabel: string;
            /** @description Adresse donnée par le fournisseur, pour mémoire (jamais utilisée pour se connecter) */
            email: string | null;
            /** Format: date-time */
            linkedAt: string;
            /** @description Dernière connexion avec ce compte */
            lastUsedAt: string | null;
        };
        LinkedAccountListInput: {
            linkedAccounts: components["schemas"]["LinkedAccountInput"][];
        };
        Error: {
            /** @description Code stable de l'erreur, pour les clients de l'API (ex. VALIDATION_FAILED) */
            code: string;
            /** @description Message en français, à montrer à l'utilisateur */
            message: string;
            details?: {
                fields?: {
                    field: string;
                    message: string;
                }[];
                retryAfterSeconds?: number;
            } & {
                [key: string]: unknown;
            };
        };
        ActivationRequestFields: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            firstName?: string;
            lastName: string;
            /** Format: email */
            email: string;
            phone?: string;
            clientReference?: string;
            lotNumber?: string;
            propertyAddress: string;
            message?: string;
        };
        ActivationRequestForm: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            firstName?: string;
            lastName: string;
            /** Format: email */
            email: string;
            phone?: string;
            clientReference?: string;
            lotNumber?: string;
            propertyAddress: string;
            message?: string;
            /**
             * Format: binary
             * @description Pièce d'identité en cours de validité (PDF, JPEG ou PNG, 10 Mo au plus)
             */
            identityDocument: string;
            /**
             * Format: binary
             * @description Justificatif du lien avec le bien : bail, acte de propriété ou mandat (PDF, JPEG ou PNG, 10 Mo au plus)
             */
            propertyProof: string;
        };
        /**
         * @description pending : en cours de traitement ; approved : accès ouvert ; rejected : refusée (voir le motif)
         * @enum {string}
         */
        ActivationRequestStatus: "pending" | "approved" | "rejected";
        ActivationRequestReceipt: {
            status: components["schemas"]["ActivationRequestStatus"];
            /** @description Jeton de suivi, à conserver : il ne peut pas être retrouvé */
            trackingToken: string;
            /** @description Page de suivi de la demande (aussi envoyée par email) */
            trackingUrl: string;
        };
        ActivationRequestTracking: {
            status: components["schemas"]["ActivationRequestStatus"];
            firstName: string | null;
            agencyName: string;
            /** Format: date-time */
            submittedAt: string;
            decidedAt: string | null;
            rejectionReason: string | null;
        };
        PublicAgency: {
            id: string;
            name: string;
            city: string | null;
        };
        ActivationApproval: {
            /** Format: uuid */
            personId: string;
        };
        ActivationRejection: {
            reason: string;
        };
        ActivationQueueItem: {
            id: string;
            status: components["schemas"]["ActivationRequestStatus"];
            /** @example M. Gérard Lemoine */
            displayName: string;
            email: string;
            propertyAddress: string | null;
            /** Format: date-time */
            submittedAt: string;
            /** @description Heures écoulées depuis le dépôt */
            ageHours: number;
            decidedAt: string | null;
        };
        ActivationProof: {
            id: string;
            /**
             * @description identity : pièce d'identité ; property : lien avec le bien
             * @enum {string}
             */
            kind: "identity" | "property";
            originalName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            sizeBytes: number;
            /** @description Adresse du fichier, affichable dans le navigateur */
            url: string;
        };
        ActivationRequestDetail: {
            id: string;
            status: components["schemas"]["ActivationRequestStatus"];
            /** @example M. Gérard Lemoine */
            displayName: string;
            email: string;
            propertyAddress: string | null;
            /** Format: date-time */
            submittedAt: string;
            /** @description Heures écoulées depuis le dépôt */
            ageHours: number;
            decidedAt: string | null;
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            firstName: string | null;
            lastName: string;
            phone: string | null;
            clientReferenceHint: string | null;
            lotNumberHint: string | null;
            message: string | null;
            rejectionReason: string | null;
            matchedPerson: {
                id: string;
                displayName: string;
            } | null;
            /** @description Le membre du personnel qui a décidé */
            decidedBy: string | null;
            files: components["schemas"]["ActivationProof"][];
        };
        ActivationCandidate: {
            personId: string;
            displayName: string;
            /** @description Identifiants du client dans l'agence */
            references: string[];
            /** @description Adresse email du compte (absente : celle de la demande sera reprise) */
            email: string | null;
            /** @description Numéros des lots qu'il possède aujourd'hui dans l'agence */
            lots: string[];
        };
        /** @enum {string} */
        ScheduledEventKind: "travaux" | "assemblee" | "echeance" | "visite" | "autre";
        /**
         * @description Les événements annoncés par l’agence, et les échéances calculées : appel de fonds trimestriel (copropriétaire), loyer (locataire)
         * @enum {string}
         */
        AgendaItemKind: "travaux" | "assemblee" | "echeance" | "visite" | "autre" | "appel_de_fonds" | "loyer";
        AgendaItem: {
            /** @description L’identifiant de l’événement, ou une clé stable pour une échéance calculée */
            id: string;
            kind: components["schemas"]["AgendaItemKind"];
            /** @example Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027 */
            title: string;
            description: string | null;
            /** Format: date */
            startsOn: string;
            endsOn: string | null;
            condominiumName: string | null;
            buildingName: string | null;
        };
        Agenda: {
            /** @description Dans l’ordre des dates, sur les 90 prochains jours */
            items: components["schemas"]["AgendaItem"][];
        };
        StaffScheduledEvent: {
            /** @description L’identifiant de l’événement, ou une clé stable pour une échéance calculée */
            id: string;
            kind: components["schemas"]["ScheduledEventKind"];
            /** @example Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027 */
            title: string;
            description: string | null;
            /** Format: date */
            startsOn: string;
            endsOn: string | null;
            condominiumName: string | null;
            buildingName: string | null;
            condominiumId: string;
            buildingId: string | null;
        };
        StaffScheduledEventList: {
            events: components["schemas"]["StaffScheduledEvent"][];
        };
        ScheduledEventBody: {
            /** Format: uuid */
            condominiumId: string;
            /** Format: uuid */
            buildingId?: string;
            kind: components["schemas"]["ScheduledEventKind"];
            title: string;
            description?: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn?: string;
        };
        StaffAgendaCondominiums: {
            condominiums: {
                id: string;
                name: string;
                buildings: {
                    id: string;
                    name: string;
                }[];
            }[];
        };
        AgencyCard: {
            id: string;
            name: string;
            addressLine1: string | null;
            addressLine2: string | null;
            postalCode: string | null;
            city: string | null;
            phone: string | null;
            email: string | null;
            /** @description Une ligne par groupe de jours, ex. « Le vendredi : 9h - 12h // 13h30 - 16h » */
            openingHours: string[];
        };
        Me: {
            /** @enum {string} */
            kind: "client" | "staff";
            /** @example M. et Mme Allouard */
            displayName: string;
            firstName: string | null;
            email: string | null;
            roles: {
                /** @description Lots détenus aujourd’hui (copropriétaire de N biens) */
                coOwnerLotCount: number;
                isCouncilMember: boolean;
                /** @description Biens confiés en gérance aujourd’hui */
                landlordUnitCount: number;
                isTenant: boolean;
                staffRole: ("manager" | "accountant" | "admin") | null;
            };
            agencies: components["schemas"]["AgencyCard"][];
        };
        LoginRequest: {
            /**
             * @description Identifiant client (indiqué sur les appels de fonds, appels de loyer ou comptes rendus de gérance) ou adresse email
             * @example CO100452
             */
            identifier: string;
            password: string;
            /**
             * @description Rester connecté (uniquement sur un appareil personnel)
             * @default false
             */
            rememberMe: boolean;
        };
        ClientEmailCorrection: {
            /** Format: email */
            email: string;
            reason: string;
        };
        ClientAccessBlock: {
            reason: string;
        };
        ClientSummary: {
            personId: string;
            /** @example M. et Mme Allouard */
            displayName: string;
            /** @description Identifiants client dans l'agence */
            references: string[];
            email: string | null;
            /** @description Numéros des lots détenus aujourd'hui dans les copropriétés de l'agence */
            lots: string[];
        };
        ClientList: {
            clients: components["schemas"]["ClientSummary"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description blocked : suspendu par l’agence ; locked : verrouillé après des échecs ; never_connected : aucun mot de passe créé ; no_account : pas encore de compte
         * @enum {string}
         */
        ClientAccountStatus: "active" | "never_connected" | "locked" | "blocked" | "no_account";
        ClientAccessEvent: {
            id: string;
            /** @description Code stable, ex. login.succeeded, login.failed, agency.access_suspended */
            action: string;
            /** Format: date-time */
            occurredAt: string;
            ipAddress: string | null;
            device: string | null;
            /** @description Pour une connexion : password, passkey ou oidc:<fournisseur> */
            method: string | null;
            /** @description Pour un refus : wrong_password, locked, blocked, unknown_identifier… */
            failureReason: string | null;
            /** @description Le membre de l'agence auteur de l'action */
            actorName: string | null;
            /** @description Le motif donné par l'agence */
            reason: string | null;
        };
        ClientEmailChange: {
            id: string;
            previousEmail: string | null;
            newEmail: string | null;
            /** @enum {string} */
            changedBy: "agency" | "client" | "unknown";
            changedByName: string | null;
            reason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ClientAccess: {
            personId: string;
            displayName: string;
            companyName: string | null;
            mobilePhone: string | null;
            landlinePhone: string | null;
            /** @description Lignes de l'adresse postale */
            address: string[];
            references: string[];
            lots: string[];
            roles: {
                coOwnerLotCount: number;
                isCouncilMember: boolean;
                landlordUnitCount: number;
                isTenant: boolean;
            };
            account: {
                status: components["schemas"]["ClientAccountStatus"];
                email: string | null;
                hasPassword: boolean;
                lastLoginAt: string | null;
                /** @description Verrouillage automatique en cours, sinon null */
                lockedUntil: string | null;
                /** @description Suspension par l'agence */
                blocked: {
                    reason: string;
                    /** Format: date-time */
                    since: string;
                    byName: string | null;
                } | null;
            };
            /** @description Dernières connexions réussies */
            signIns: components["schemas"]["ClientAccessEvent"][];
            /** @description Évènements du compte, du plus récent au plus ancien */
            events: components["schemas"]["ClientAccessEvent"][];
            emailHistory: components["schemas"]["ClientEmailChange"][];
        };
        /** @enum {string} */
        ContactReplyChannel: "email" | "telephone";
        ContactRequestBody: {
            subject: string;
            message: string;
            replyChannel: components["schemas"]["ContactReplyChannel"];
            /** Format: uuid */
            lotId?: string;
            /** Format: uuid */
            unitId?: string;
        };
        ContactRequestReceipt: {
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Le gestionnaire à qui la demande a été transmise (null : l’adresse de l’agence) */
            managerName: string | null;
            agencyName: string;
        };
        /**
         * @description open : en attente de réponse ; answered : répondue
         * @enum {string}
         */
        ContactRequestStatus: "open" | "answered";
        StaffContactRequest: {
            id: string;
            status: components["schemas"]["ContactRequestStatus"];
            personId: string;
            /** @example M. et Mme Allouard */
            displayName: string;
            email: string | null;
            phone: string | null;
            subject: string;
            message: string;
            replyChannel: components["schemas"]["ContactReplyChannel"];
            /** @description L’adresse ou le numéro où répondre, relevé au moment de la demande */
            replyTo: string | null;
            /** @description Le bien concerné, tel que nommé au moment de la demande */
            property: string | null;
            managerName: string | null;
            /** Format: date-time */
            createdAt: string;
            answer: string | null;
            answeredAt: string | null;
            answeredBy: string | null;
        };
        StaffContactRequestList: {
            requests: components["schemas"]["StaffContactRequest"][];
        };
        ContactAnswerBody: {
            answer: string;
        };
        OpenContactRequestCount: {
            open: number;
        };
        /** @enum {string} */
        ContractKind: "assurance" | "ascenseur" | "nettoyage" | "chauffage" | "espaces_verts" | "entretien" | "gardiennage" | "energie" | "autre";
        BuildingContract: {
            id: string;
            kind: components["schemas"]["ContractKind"];
            /** @example Assurance multirisque immeuble */
            kindLabel: string;
            /** @example Entretien et dépannage de l’ascenseur */
            title: string;
            supplier: {
                name: string;
                phone: string | null;
                email: string | null;
            };
            contractNumber: string | null;
            /** Format: date */
            startDate: string;
            /** @description Dernier jour couvert ; absent : reconduction tacite */
            endDate: string | null;
            tacitRenewal: boolean;
            /**
             * @description Selon les dates, à la date du jour à Paris
             * @enum {string}
             */
            status: "a_venir" | "en_cours" | "termine";
            /**
             * @description Montant annuel TTC en centimes
             * @example 123456
             */
            yearlyAmountCents: number;
            /** @description Le contrat signé parmi les documents (dossier Contrats), s’il est publié */
            documentId: string | null;
        };
        /** @description En cours d’abord, puis terminés ; par type */
        BuildingContracts: {
            contracts: components["schemas"]["BuildingContract"][];
        };
        StaffBuildingContracts: {
            condominium: {
                id: string;
                name: string;
            };
            contracts: components["schemas"]["BuildingContract"][];
        };
        AgencyCondominium: {
            id: string;
            reference: string;
            name: string;
            city: string | null;
        };
        AgencyCondominiums: {
            condominiums: components["schemas"]["AgencyCondominium"][];
        };
        CouncilCondominium: {
            id: string;
            name: string;
            addressLine1: string | null;
            postalCode: string | null;
            city: string | null;
        };
        CouncilCondominiumList: {
            condominiums: components["schemas"]["CouncilCondominium"][];
        };
        CouncilKey: {
            id: string;
            code: string;
            name: string;
            isGeneral: boolean;
        };
        CouncilOverview: {
            condominium: components["schemas"]["CouncilCondominium"];
            currentYear: number;
            /** @description Exercices ayant un budget ou des écritures, du plus récent */
            years: number[];
            keys: components["schemas"]["CouncilKey"][];
        };
        CouncilBudgetLine: {
            accountCode: string;
            label: string;
            /** @description Budget voté */
            budgetCents: number;
            /** @description Dépenses réelles : débits − crédits des comptes 6 de l’exercice */
            actualCents: number;
            /** @description Budget − réel (positif : économie) */
            differenceCents: number;
            /** @description Réel ÷ budget × 100, à 0,1 près ; null sans budget */
            consumedPercent: number | null;
        };
        CouncilBudgetKey: {
            /** @description null : charges saisies sans clé de répartition */
            keyId: string | null;
            code: string | null;
            name: string;
            /** @description Budget voté */
            budgetCents: number;
            /** @description Dépenses réelles : débits − crédits des comptes 6 de l’exercice */
            actualCents: number;
            /** @description Budget − réel (positif : économie) */
            differenceCents: number;
            /** @description Réel ÷ budget × 100, à 0,1 près ; null sans budget */
            consumedPercent: number | null;
            lines: components["schemas"]["CouncilBudgetLine"][];
        };
        CouncilBudgetTotals: {
            /** @description Budget voté */
            budgetCents: number;
            /** @description Dépenses réelles : débits − crédits des comptes 6 de l’exercice */
            actualCents: number;
            /** @description Budget − réel (positif : économie) */
            differenceCents: number;
            /** @description Réel ÷ budget × 100, à 0,1 près ; null sans budget */
            consumedPercent: number | null;
        };
        CouncilBudgetYear: {
            year: number;
            /** @description Un budget a été voté pour cet exercice */
            voted: boolean;
            keys: components["schemas"]["CouncilBudgetKey"][];
            totals: components["schemas"]["CouncilBudgetTotals"];
        };
        CouncilBudget: {
            condominium: components["schemas"]["CouncilCondominium"];
            current: components["schemas"]["CouncilBudgetYear"];
            previous: components["schemas"]["CouncilBudgetYear"];
        };
        CouncilTrialBalanceAccount: {
            accountCode: string;
            label: string;
            debitCents: number;
            creditCents: number;
            /** @description Solde débiteur (0 si créditeur) */
            debitBalanceCents: number;
            /** @description Solde créditeur (0 si débiteur) */
            creditBalanceCents: number;
            /** @description Compte de tiers copropriétaires : total de tous les copropriétaires */
            aggregated: boolean;
        };
        CouncilTrialBalanceTotals: {
            debitCents: number;
            creditCents: number;
            debitBalanceCents: number;
            creditBalanceCents: number;
        };
        CouncilTrialBalance: {
            condominium: components["schemas"]["CouncilCondominium"];
            /** Format: date */
            date: string;
            accounts: components["schemas"]["CouncilTrialBalanceAccount"][];
            totals: components["schemas"]["CouncilTrialBalanceTotals"];
        };
        CouncilExpenseLine: {
            id: string;
            /** Format: date */
            date: string;
            supplierName: string | null;
            label: string;
            amountCents: number;
            invoiceId: string | null;
            invoiceNumber: string | null;
            documentId: string | null;
            /** @description Adresse du PDF de la facture pour la personne connectée */
            pdfUrl: string | null;
        };
        CouncilExpenseKey: {
            keyId: string | null;
            name: string;
            totalCents: number;
            lines: components["schemas"]["CouncilExpenseLine"][];
        };
        CouncilExpenseAccount: {
            accountCode: string;
            label: string;
            totalCents: number;
            keys: components["schemas"]["CouncilExpenseKey"][];
        };
        CouncilExpenses: {
            condominium: components["schemas"]["CouncilCondominium"];
            year: number;
            totalCents: number;
            accounts: components["schemas"]["CouncilExpenseAccount"][];
        };
        CouncilBankOrder: {
            id: string;
            /** Format: date */
            date: string;
            beneficiary: string | null;
            label: string;
            amountCents: number;
            invoice: {
                id: string;
                invoiceNumber: string;
                documentId: string | null;
                /** @description Adresse du PDF de la facture pour la personne connectée */
                pdfUrl: string | null;
            } | null;
        };
        CouncilBankOrders: {
            condominium: components["schemas"]["CouncilCondominium"];
            year: number;
            totalCents: number;
            orders: components["schemas"]["CouncilBankOrder"][];
        };
        SupplierInvoice: {
            id: string;
            supplierName: string;
            invoiceNumber: string;
            /** Format: date */
            invoiceDate: string;
            label: string;
            accountCode: string;
            allocationKey: {
                id: string;
                name: string;
            } | null;
            amountCents: number;
            paidOn: string | null;
            documentId: string | null;
            /** @description Adresse du PDF de la facture pour la personne connectée */
            pdfUrl: string | null;
        };
        CouncilInvoices: {
            condominium: components["schemas"]["CouncilCondominium"];
            year: number;
            totalCents: number;
            unpaidCents: number;
            invoices: components["schemas"]["SupplierInvoice"][];
        };
        CouncilMonthSpending: {
            month: number;
            amountCents: number;
            previousYearCents: number;
        };
        CouncilSpendingByMonth: {
            condominium: components["schemas"]["CouncilCondominium"];
            year: number;
            months: components["schemas"]["CouncilMonthSpending"][];
        };
        SupplierInvoiceForm: {
            supplierName: string;
            invoiceNumber: string;
            /** Format: date */
            invoiceDate: string;
            label: string;
            accountCode: string;
            /** Format: uuid */
            allocationKeyId: string;
            amountCents: number;
            /**
             * Format: binary
             * @description La facture en PDF (25 Mo au plus)
             */
            file: string;
        };
        SupplierInvoicePayment: {
            /** Format: date */
            paidOn: string;
        };
        OutboxMessage: {
            id: string;
            /** @enum {string} */
            channel: "email" | "sms";
            recipient: string;
            subject: string | null;
            textBody: string;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "kept";
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        DocumentFolder: "reglement" | "carnet_entretien" | "diagnostics" | "contrats" | "assemblees" | "comptabilite" | "appels_de_fonds" | "vie_immeuble" | "bail" | "gerance" | "conseil_syndical" | "personnel";
        /**
         * @description Pour qui : une copropriété, un bâtiment, un lot, une personne, le conseil syndical
         * @enum {string}
         */
        DocumentScope: "condominium" | "building" | "lot" | "person" | "council";
        DocumentFile: {
            /** @enum {string} */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            sizeBytes: number;
            /** @description Pour un PDF */
            pageCount: number | null;
            /** @example PV AG 2025.pdf */
            originalName: string;
        };
        DocumentItem: {
            /** Format: uuid */
            id: string;
            title: string;
            folder: components["schemas"]["DocumentFolder"];
            /** @example Assemblées générales */
            folderLabel: string;
            /** @example Procès-verbal */
            kind: string;
            year: number;
            /** Format: date-time */
            publishedAt: string;
            /** @description Publié depuis la dernière visite */
            isNew: boolean;
            scope: components["schemas"]["DocumentScope"];
            /**
             * @example Copropriété Les Tilleuls
             * @example Bâtiment A
             * @example Lot 101
             * @example Personnel
             */
            scopeLabel: string;
            condominiumName: string | null;
            file: components["schemas"]["DocumentFile"];
            versionNumber: number;
            /** @description Extrait du texte autour des mots cherchés, entre « et » (avec q seulement) */
            snippet: string | null;
            previewUrl: string;
            downloadUrl: string;
        };
        DocumentList: {
            items: components["schemas"]["DocumentItem"][];
            /** @description Nombre de documents répondant aux filtres */
            total: number;
            /** @description Nouveaux depuis la dernière visite (sans les filtres) */
            newCount: number;
            facets: {
                /** @description Les dossiers qui contiennent au moins un document, dans l’ordre d’affichage */
                folders: {
                    folder: components["schemas"]["DocumentFolder"];
                    label: string;
                    count: number;
                }[];
                /** @description Du plus récent au plus ancien */
                years: number[];
                kinds: string[];
            };
            /** @description La visite précédente ; null à la première (sont alors nouveaux les 30 derniers jours) */
            newSince: string | null;
            page: number;
            pageSize: number;
        };
        DocumentSummary: {
            /** @description Documents nouveaux depuis la dernière visite */
            newCount: number;
        };
        DocumentPublishingTargets: {
            condominiums: {
                /** Format: uuid */
                id: string;
                reference: string;
                name: string;
            }[];
            buildings: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            lots: {
                /** Format: uuid */
                id: string;
                number: string;
                /** @enum {string} */
                kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
                buildingId: string | null;
                buildingName: string | null;
            }[];
            units: {
                /** Format: uuid */
                id: string;
                reference: string;
                /** @enum {string} */
                kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
                address: string | null;
                /** @enum {string} */
                relation: "landlord" | "tenant";
            }[];
        };
        StaffDocumentItem: {
            /** Format: uuid */
            id: string;
            title: string;
            folder: components["schemas"]["DocumentFolder"];
            folderLabel: string;
            kind: string;
            year: number;
            scope: components["schemas"]["DocumentScope"];
            scopeLabel: string;
            condominiumName: string | null;
            /** @description Pour un document personnel */
            addresseeName: string | null;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string | null;
            withdrawnAt: string | null;
            versionNumber: number;
            versionCount: number;
            downloadCount: number;
            file: components["schemas"]["DocumentFile"];
            /** @description La version en cours (agence) */
            fileUrl: string;
        };
        StaffDocumentList: {
            items: components["schemas"]["StaffDocumentItem"][];
            total: number;
            page: number;
            pageSize: number;
        };
        StaffDocumentDetail: {
            /** Format: uuid */
            id: string;
            title: string;
            folder: components["schemas"]["DocumentFolder"];
            folderLabel: string;
            kind: string;
            year: number;
            scope: components["schemas"]["DocumentScope"];
            scopeLabel: string;
            condominiumName: string | null;
            /** @description Pour un document personnel */
            addresseeName: string | null;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string | null;
            withdrawnAt: string | null;
            versionNumber: number;
            versionCount: number;
            downloadCount: number;
            file: components["schemas"]["DocumentFile"];
            /** @description La version en cours (agence) */
            fileUrl: string;
            withdrawnBy: string | null;
            withdrawalReason: string | null;
            versions: {
                /** Format: uuid */
                id: string;
                versionNumber: number;
                file: components["schemas"]["DocumentFile"];
                /** Format: date-time */
                publishedAt: string;
                publishedBy: string | null;
                note: string | null;
                fileUrl: string;
            }[];
            /** @description Les 100 derniers téléchargements et aperçus, du plus récent au plus ancien */
            downloads: {
                /** Format: date-time */
                at: string;
                who: string;
                /** @enum {string} */
                disposition: "preview" | "download";
                versionNumber: number;
                ipAddress: string | null;
            }[];
        };
        DocumentPublishForm: {
            folder: components["schemas"]["DocumentFolder"];
            kind: string;
            year: number;
            scope: components["schemas"]["DocumentScope"];
            /** Format: uuid */
            condominiumId?: string;
            /** Format: uuid */
            buildingId?: string;
            /** Format: uuid */
            lotId?: string;
            /**
             * Format: uuid
             * @description Document personnel : son destinataire
             */
            personId?: string;
            /**
             * Format: uuid
             * @description Document personnel : le bien loué ou en gérance concerné
             */
            managedUnitId?: string;
            /** @description Avec un seul fichier ; sinon le titre est le nom du fichier, sans l'extension */
            title?: string;
            /** @description Prévenir les personnes concernées (oui par défaut) */
            notify?: boolean;
            /** @description Un ou plusieurs fichiers (PDF, JPEG ou PNG, 25 Mo au plus chacun, 50 au plus) */
            files: string[];
        };
        DocumentVersionForm: {
            /**
             * Format: binary
             * @description La nouvelle version (PDF, JPEG ou PNG, 25 Mo au plus)
             */
            file: string;
            /** @description Ce qui change, pour l’historique */
            note?: string;
            /** @description Prévenir à nouveau les personnes concernées (non par défaut) */
            notify?: boolean;
        };
        DocumentWithdrawal: {
            reason: string;
        };
        PublishedDocuments: {
            documents: components["schemas"]["StaffDocumentItem"][];
        };
        BudgetInput: {
            /** Format: date */
            votedOn: string;
            worksFundCents: number;
            /**
             * @description Dispense de fonds de travaux (art. 14-2-1 II) : sous 5 % du budget, voire nul
             * @default false
             */
            worksFundExempt: boolean;
            /**
             * @description Motif de la dispense, obligatoire quand elle est demandée
             * @default null
             */
            worksFundExemptionReason: ("unanimous_under_10_lots" | "dtg_no_works") | null;
            lines: {
                /** Format: uuid */
                allocationKeyId: string;
                accountCode: string;
                label: string;
                amountCents: number;
            }[];
        };
        BudgetAllocationKey: {
            id: string;
            code: string;
            name: string;
            isGeneral: boolean;
            totalShares: number;
        };
        BudgetLine: {
            id: string;
            allocationKeyId: string;
            accountCode: string;
            label: string;
            amountCents: number;
        };
        BudgetQuarter: {
            quarter: number;
            /** Format: date */
            dueDate: string;
            /** @description Ce que le trimestre appellera : provisions et fonds de travaux */
            totalCents: number;
            /** @description Copropriétaires appelés à la date d’exigibilité */
            coOwnerCount: number;
            issued: boolean;
        };
        CondominiumBudget: {
            condominium: {
                id: string;
                name: string;
                /** @description Lots de la copropriété (dispense par unanimité : moins de 10) */
                lotCount: number;
            };
            year: number;
            keys: components["schemas"]["BudgetAllocationKey"][];
            budget: {
                /** Format: date */
                votedOn: string;
                worksFundCents: number;
                worksFundExempt: boolean;
                worksFundExemptionReason: ("unanimous_under_10_lots" | "dtg_no_works") | null;
                /** @description Somme des lignes, hors fonds de travaux */
                totalCents: number;
                /** @description 5 % du budget (art. 14-2-1) */
                minimumWorksFundCents: number;
                lines: components["schemas"]["BudgetLine"][];
            } | null;
            /** @description Trimestres déjà appelés : le budget ne peut plus changer */
            issuedQuarters: number[];
            quarters: components["schemas"]["BudgetQuarter"][];
        };
        FundsCallIssue: {
            year: number;
            quarter: number;
        };
        FundsCallSummary: {
            id: string;
            year: number;
            quarter: number;
            /** Format: date */
            dueDate: string;
            /** Format: date-time */
            issuedAt: string;
            totalCents: number;
            coOwnerCount: number;
            /** @description Appels dont le PDF est publié */
            pdfReadyCount: number;
            /** @description Appels dont le PDF est en cours de préparation (le copropriétaire est notifié ensuite) */
            pdfPendingCount: number;
        };
        FundsCallList: {
            calls: components["schemas"]["FundsCallSummary"][];
        };
        FundsCallNotice: {
            personId: string;
            name: string;
            totalCents: number;
            /** @description Solde antérieur (positif : dû par le copropriétaire) */
            previousBalanceCents: number;
            documentId: string | null;
            versionId: string | null;
        };
        FundsCallDetail: {
            id: string;
            year: number;
            quarter: number;
            /** Format: date */
            dueDate: string;
            /** Format: date-time */
            issuedAt: string;
            totalCents: number;
            coOwnerCount: number;
            /** @description Appels dont le PDF est publié */
            pdfReadyCount: number;
            /** @description Appels dont le PDF est en cours de préparation (le copropriétaire est notifié ensuite) */
            pdfPendingCount: number;
            notices: components["schemas"]["FundsCallNotice"][];
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @constant */
            database: "ok";
        };
        PublicSettings: {
            /** @description Vrai quand les emails et SMS sont conservés dans la boîte de réception de démonstration */
            demoMode: boolean;
            publicUrl: string;
        };
        LandlordStatementIssue: {
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
        };
        StaffLandlordStatement: {
            id: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @description « octobre 2026 », « 3e trimestre 2026 »… */
            periodLabel: string;
            mandateReference: string;
            feeRateBasisPoints: number;
            /** @description Montant reversé au propriétaire */
            transferredCents: number;
            /** @description Honoraires TTC */
            feesCents: number;
            /** @description TVA comprise dans les honoraires */
            feesVatCents: number;
            feesExcludingVatCents: number;
            documentId: string | null;
            /** Format: date-time */
            issuedAt: string;
            landlord: {
                id: string;
                name: string;
            };
            versionId: string | null;
        };
        StaffLandlordStatementList: {
            statements: components["schemas"]["StaffLandlordStatement"][];
        };
        LandlordStatementIssueResult: {
            /** @description Comptes rendus émis par cette demande (0 si la période l’était déjà) */
            createdCount: number;
            /** @description Tous les comptes rendus de la période */
            statements: components["schemas"]["StaffLandlordStatement"][];
        };
        LandlordStatement: {
            id: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** @description « octobre 2026 », « 3e trimestre 2026 »… */
            periodLabel: string;
            mandateReference: string;
            feeRateBasisPoints: number;
            /** @description Montant reversé au propriétaire */
            transferredCents: number;
            /** @description Honoraires TTC */
            feesCents: number;
            /** @description TVA comprise dans les honoraires */
            feesVatCents: number;
            feesExcludingVatCents: number;
            documentId: string | null;
            /** Format: date-time */
            issuedAt: string;
        };
        LandlordStatementList: {
            statements: components["schemas"]["LandlordStatement"][];
        };
        FinanceAccount: {
            /**
             * @description Identifiant du compte, à rappeler pour son relevé
             * @example coOwner:…
             */
            key: string;
            /** @enum {string} */
            kind: "coOwner" | "tenant" | "landlord";
            /** @example Copropriété du 100 avenue Anatole France, 100 avenue Anatole France 1 rue Marc Sangnier, 94000 Créteil */
            label: string;
            /** @description Crédit − débit du point de vue de la personne : négatif = elle doit */
            balanceCents: number;
            /**
             * @description Date du solde (aujourd’hui)
             * @example 2026-11-22
             */
            balanceDate: string;
            /** @description Un mandat de prélèvement SEPA est actif pour ce bien */
            directDebitInProgress: boolean;
        };
        FinanceOverview: {
            accounts: components["schemas"]["FinanceAccount"][];
            /** @description Somme des soldes des comptes */
            globalBalanceCents: number;
        };
        StatementLine: {
            id: string;
            /** @example 2026-01-01 */
            date: string;
            /** @example Prov./Chg courante 01/01/2026 */
            label: string;
            /** @description Signé du point de vue de la personne : négatif = appelé, positif = réglé */
            amountCents: number;
            /** @description Solde courant après cette ligne */
            balanceCents: number;
            /** @description Pièce à télécharger par /api/documents/:id/file */
            documentId: string | null;
        };
        Statement: {
            account: components["schemas"]["FinanceAccount"];
            year: number;
            /** @description Années disponibles, la plus récente d’abord */
            years: number[];
            /** @description Solde au 1er janvier de l’année */
            openingBalanceCents: number;
            /** @description Solde au 31 décembre (ou aujourd’hui) */
            closingBalanceCents: number;
            lines: components["schemas"]["StatementLine"][];
        };
        LedgerImport: {
            /** Format: uuid */
            condominiumId: string;
            entries: {
                externalId: string;
                journal: string;
                /** Format: date */
                date: string;
                label: string;
                lines: {
                    accountCode: string;
                    personReference?: string;
                    debitCents: number;
                    creditCents: number;
                    label?: string;
                }[];
            }[];
        };
        LedgerImportResult: {
            created: number;
            unchanged: number;
        };
        /**
         * @description document publié, message du gestionnaire, réponse à une demande de contact
         * @enum {string}
         */
        NotificationKind: "document" | "manager_message" | "contact_answer";
        Notification: {
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** @example Nouveau document : Procès-verbal de l’AG du 12 juin 2026 */
            title: string;
            body: string | null;
            /** @description Chemin de l’espace client à ouvrir, ex. « /documents » */
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        NotificationList: {
            /** @description Toutes les notifications non lues, pas seulement celles de la liste */
            unreadCount: number;
            /** @description Les plus récentes d’abord */
            items: components["schemas"]["Notification"][];
        };
        NotificationUnreadCount: {
            unreadCount: number;
        };
        NotificationPreferences: {
            /** @description Recevoir chaque matin un email résumant les nouveautés */
            digestEmail: boolean;
            /** @description Sans adresse email, le résumé ne peut pas être envoyé */
            hasEmail: boolean;
        };
        StaffNotificationBody: {
            /** Format: uuid */
            condominiumId?: string;
            /** Format: uuid */
            personId?: string;
            title: string;
            body: string;
        };
        StaffNotificationReceipt: {
            /** @description Le nombre de personnes notifiées */
            recipients: number;
        };
        Passkey: {
            id: string;
            /** @description Nom donné par la personne, ex. « iPhone de Marie » */
            name: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Dernière connexion avec cette clé */
            lastUsedAt: string | null;
            /** @description Clé synchronisée entre les appareils de la personne (trousseau, gestionnaire) */
            backedUp: boolean;
        };
        RenamePasskeyRequest: {
            name: string;
        };
        PasskeyRegistrationOptions: {
            challenge: string;
            rp: {
                id?: string;
                name: string;
            };
            user: {
                id: string;
                name: string;
                displayName: string;
            };
            pubKeyCredParams: {
                /** @constant */
                type: "public-key";
                alg: number;
            }[];
            timeout?: number;
            excludeCredentials?: {
                id: string;
                type: string;
                transports?: string[];
            }[];
            authenticatorSelection?: {
                /** @enum {string} */
                authenticatorAttachment?: "platform" | "cross-platform";
                requireResidentKey?: boolean;
                /** @enum {string} */
                residentKey?: "discouraged" | "preferred" | "required";
                /** @enum {string} */
                userVerification?: "discouraged" | "preferred" | "required";
            };
            /** @enum {string} */
            attestation?: "none" | "indirect" | "direct" | "enterprise";
            hints?: ("hybrid" | "security-key" | "client-device")[];
            extensions?: {
                credProps?: boolean;
            };
        };
        PasskeyRegistrationStart: {
            options: components["schemas"]["PasskeyRegistrationOptions"];
            /** @description Nom proposé d’après l’appareil, ex. « Chrome sur Android » */
            suggestedName: string;
        };
        PasskeyAuthenticationOptions: {
            challenge: string;
            timeout?: number;
            rpId?: string;
            allowCredentials?: {
                id: string;
                type: string;
                transports?: string[];
            }[];
            /** @enum {string} */
            userVerification?: "discouraged" | "preferred" | "required";
            hints?: ("hybrid" | "security-key" | "client-device")[];
            extensions?: {
                credProps?: boolean;
            };
        };
        PasskeyRegistrationRequest: {
            response: {
                id: string;
                rawId: string;
                /** @constant */
                type: "public-key";
                /** @enum {string} */
                authenticatorAttachment?: "platform" | "cross-platform";
                /** @default {} */
                clientExtensionResults: {
                    appid?: boolean;
                    credProps?: {
                        rk?: boolean;
                    };
                    hmacCreateSecret?: boolean;
                };
                response: {
                    clientDataJSON: string;
                    attestationObject: string;
                    authenticatorData?: string;
                    transports?: string[];
                    publicKeyAlgorithm?: number;
                    publicKey?: string;
                };
            };
            /** @description Nom de la clé ; par défaut, le navigateur et le système de l’appareil */
            name?: string;
        };
        PasskeySignInRequest: {
            response: {
                id: string;
                rawId: string;
                /** @constant */
                type: "public-key";
                /** @enum {string} */
                authenticatorAttachment?: "platform" | "cross-platform";
                /** @default {} */
                clientExtensionResults: {
                    appid?: boolean;
                    credProps?: {
                        rk?: boolean;
                    };
                    hmacCreateSecret?: boolean;
                };
                response: {
                    clientDataJSON: string;
                    authenticatorData: string;
                    signature: string;
                    userHandle?: string;
                };
            };
            /**
             * @description Rester connecté (uniquement sur un appareil personnel)
             * @default false
             */
            rememberMe: boolean;
        };
        ForgottenPasswordRequest: {
            /**
             * @description Identifiant client (O et 0, I et 1 confondus) ou adresse email
             * @example CO100452
             */
            identifier: string;
        };
        ForgottenPasswordEmailRequest: {
            /**
             * @description Identifiant client (O et 0, I et 1 confondus) ou adresse email
             * @example CO100452
             */
            identifier: string;
            /** Format: email */
            email: string;
        };
        ForgottenPasswordAnswer: {
            /**
             * @description sent : un email est parti si un compte correspond (même réponse pour un identifiant inconnu) ; no_email : le compte n’a pas d’adresse, la personne peut en donner une ; undeliverable : aucun email possible, voir l’agence ; needs_agency : aucun mobile sur la fiche pour vérifier l’identité, rien n’est envoyé, faire une demande d’ouverture d’accès ; confirmation_sent : un lien de confirmation est parti vers l’adresse donnée et un code par SMS au mobile de la fiche
             * @enum {string}
             */
            status: "sent" | "no_email" | "undeliverable" | "needs_agency" | "confirmation_sent";
            message: string;
            /** @description L’agence à contacter (no_email, undeliverable, needs_agency) */
            agency: components["schemas"]["AgencyCard"] | null;
            /** @description L’adresse à laquelle le lien de confirmation est parti */
            email: string | null;
            /**
             * @description Le mobile (masqué) auquel le code de vérification est parti
             * @example 06 •• •• •• 78
             */
            phone: string | null;
        };
        PasswordLinkRequest: {
            /** @description Le jeton reçu par email (paramètre « jeton » du lien) */
            token: string;
        };
        PasswordLink: {
            /** @description Première connexion (aucun mot de passe encore) plutôt que réinitialisation */
            creating: boolean;
            displayName: string;
            /** @description Un identifiant du compte, pour le gestionnaire de mots de passe */
            identifier: string;
        };
        SetPasswordRequest: {
            /** @description Le jeton reçu par email (paramètre « jeton » du lien) */
            token: string;
            password: string;
        };
        PasswordStrengthRequest: {
            password: string;
            /** @description Le jeton du lien, pour juger aussi contre les noms du titulaire */
            token?: string;
        };
        PasswordStrength: {
            acceptable: boolean;
            length: number;
            words: number;
            /** @description Au moins 12 caractères, ou une phrase d’au moins 4 mots */
            lengthRule: boolean;
            /** @description Score zxcvbn de 0 à 4 (3 au moins est exigé) */
            score: number | null;
            /** @description Ni courant, ni construit sur les noms ou identifiants de la personne */
            notGuessable: boolean;
            warning: string | null;
            suggestions: string[];
        };
        ConfirmEmailRequest: {
            /** @description Le jeton reçu par email (paramètre « jeton » du lien) */
            token: string;
            /**
             * @description Enchaîner sur la création du mot de passe (parcours « Mot de passe oublié »)
             * @default false
             */
            continueToPassword: boolean;
            /**
             * @description Le code reçu par SMS, quand le lien en demande un
             * @example 123456
             */
            smsCode?: string;
        };
        EmailLink: {
            /** @description L’adresse que le lien confirme */
            email: string;
            /** @description Le code reçu par SMS doit accompagner la confirmation */
            smsCodeRequired: boolean;
            /** @description Le mobile (masqué) auquel le code est parti */
            phone: string | null;
            /** @description Essais restants pour le code, s’il y en a un */
            attemptsLeft: number | null;
        };
        EmailConfirmed: {
            email: string;
            /** @description Jeton pour créer le mot de passe, si demandé */
            passwordToken: string | null;
        };
        Credentials: {
            email: string | null;
            /** @description Nouvelle adresse en attente de confirmation depuis sa boîte */
            pendingEmail: {
                email: string;
                /** Format: date-time */
                expiresAt: string;
            } | null;
            hasPassword: boolean;
        };
        ChangePasswordRequest: {
            /** @description Obligatoire quand le compte a déjà un mot de passe */
            currentPassword?: string;
            newPassword: string;
        };
        ChangeEmailRequest: {
            /** Format: email */
            email: string;
            /** @description Obligatoire quand le compte a déjà un mot de passe */
            currentPassword?: string;
        };
        RecordPaymentInput: {
            /**
             * Format: uuid
             * @description Le copropriétaire, ou l’un des locataires du bail
             */
            personId?: string;
            /**
             * Format: uuid
             * @description La copropriété (compte de copropriétaire)
             */
            condominiumId?: string;
            /**
             * Format: uuid
             * @description Le bail (compte de locataire)
             */
            leaseId?: string;
            amountCents: number;
            /** Format: date */
            paidOn: string;
            /** @enum {string} */
            method: "virement" | "chèque" | "espèces" | "carte";
            /** @description N° de chèque, référence du virement… */
            reference?: string;
        };
        PaymentAccountRef: {
            /** @enum {string} */
            kind: "coOwner" | "tenant";
            personId: string;
            condominiumId: string | null;
            leaseId: string | null;
            /** @description La copropriété, ou la référence du bail */
            label: string;
        };
        RecordedPayment: {
            entryId: string;
            /** @description Faux quand la même clé d’idempotence a déjà enregistré ce règlement */
            created: boolean;
            /** @description Montant réglé */
            amountCents: number;
            paidOn: string;
            /** @example Règlement par chèque n° 1234567 */
            label: string;
            /** @description Solde du compte après le règlement (négatif = reste dû) */
            balanceCents: number;
        };
        BankAccount: {
            id: string;
            holderName: string;
            /** @example FR76 •••• •••• •••• •••• •••0 189 */
            ibanMasked: string;
            bic: string | null;
            /** @enum {string} */
            kind: "condominium" | "rental";
            /** @description La copropriété, ou la gérance de l’agence */
            ledgerName: string;
            /** @description Opérations à rapprocher à la main */
            toReviewCount: number;
        };
        BankAccountList: {
            accounts: components["schemas"]["BankAccount"][];
        };
        BankStatementImportResult: {
            /** @description Nul quand tout le relevé avait déjà été importé */
            importId: string | null;
            /** @enum {string} */
            format: "camt053" | "csv";
            counts: {
                lines: number;
                new: number;
                alreadyImported: number;
                /** @description Virements affectés à un client */
                matched: number;
                /** @description Encaissements de nos prélèvements */
                collections: number;
                /** @description Prélèvements rejetés (R-transactions) */
                returns: number;
                /** @description À rapprocher à la main */
                unmatched: number;
            };
        };
        BankStatementForm: {
            /**
             * Format: binary
             * @description Relevé CAMT.053 (XML) ou export CSV, 5 Mo au plus
             */
            file: string;
        };
        BankTransactionCandidate: {
            personId: string;
            name: string;
            reference: string | null;
            account: components["schemas"]["PaymentAccountRef"];
            /** @description Ce que la personne doit sur ce compte */
            owedCents: number;
            /** @description Doit exactement ce montant, nom proche de l’émetteur */
            reasons: ("amount" | "name")[];
        };
        BankTransaction: {
            id: string;
            bookingDate: string;
            /** @description Positif : reçu ; négatif : payé */
            amountCents: number;
            counterpartyName: string | null;
            counterpartyIbanMasked: string | null;
            remittanceInformation: string | null;
            endToEndId: string | null;
            returnReasonCode: string | null;
            /** @enum {string} */
            status: "matched" | "unmatched" | "ignored";
            matchedPerson: {
                id: string;
                name: string;
                reference: string | null;
            } | null;
            directDebitId: string | null;
            reviewedAt: string | null;
            /** @description Pour un versement à rapprocher : les clients probables */
            candidates: components["schemas"]["BankTransactionCandidate"][];
        };
        BankTransactionList: {
            account: components["schemas"]["BankAccount"];
            transactions: components["schemas"]["BankTransaction"][];
        };
        BankClientAccountList: {
            accounts: components["schemas"]["BankTransactionCandidate"][];
        };
        BankTransactionAssign: {
            /**
             * Format: uuid
             * @description Le copropriétaire, ou l’un des locataires du bail
             */
            personId?: string;
            /**
             * Format: uuid
             * @description La copropriété (compte de copropriétaire)
             */
            condominiumId?: string;
            /**
             * Format: uuid
             * @description Le bail (compte de locataire)
             */
            leaseId?: string;
        };
        OverdueAccount: {
            personId: string;
            name: string;
            reference: string | null;
            hasEmail: boolean;
            account: components["schemas"]["PaymentAccountRef"];
            /** @description Total dû */
            owedCents: number;
            /** @description Échéance du plus ancien appel impayé */
            overdueSince: string;
            unpaidCalls: {
                date: string;
                label: string;
                remainingCents: number;
            }[];
            lastReminder: {
                sentAt: string;
                level: number;
            } | null;
            /** @description Faux si une relance est partie il y a moins de 15 jours */
            mayRemind: boolean;
        };
        OverdueAccountList: {
            accounts: components["schemas"]["OverdueAccount"][];
        };
        SendRemindersInput: {
            all?: boolean;
            items?: {
                /**
                 * Format: uuid
                 * @description Le copropriétaire, ou l’un des locataires du bail
                 */
                personId?: string;
                /**
                 * Format: uuid
                 * @description La copropriété (compte de copropriétaire)
                 */
                condominiumId?: string;
                /**
                 * Format: uuid
                 * @description Le bail (compte de locataire)
                 */
                leaseId?: string;
            }[];
        };
        SendRemindersResult: {
            sent: number;
            skipped: {
                personId: string;
                name: string;
                /** @enum {string} */
                reason: "recent" | "no_email" | "not_overdue";
            }[];
        };
        /**
         * @description Comment l’agence contacte la personne quand un choix existe
         * @enum {string}
         */
        ContactChannel: "email" | "telephone" | "courrier";
        PostalAddress: {
            line1: string | null;
            line2: string | null;
            postalCode: string | null;
            city: string | null;
        };
        AgencyManager: {
            agencyId: string;
            name: string;
            email: string;
            phone: string | null;
        };
        ProfileDetails: {
            /** @enum {string} */
            civility: "M" | "MME" | "M_ET_MME" | "MM" | "MMES" | "SOCIETE";
            /** @example M. et Mme Allouard */
            displayName: string;
            mobilePhone: string | null;
            landlinePhone: string | null;
            address: components["schemas"]["PostalAddress"];
            preferredContactChannel: components["schemas"]["ContactChannel"];
            councilContactConsent: boolean;
            councilContactConsentAt: string | null;
            /** @description L’adresse du compte, en vigueur */
            email: string | null;
            /** @description Nouvelle adresse en attente de confirmation (voir POST /api/me/email) */
            pendingEmail: {
                email: string;
                /** Format: date-time */
                expiresAt: string;
            } | null;
            /** @description Le mot de passe actuel sera demandé pour changer le mobile */
            hasPassword: boolean;
            /** @description Les gestionnaires des dossiers de la personne aujourd’hui (copropriétés, gérance, location) */
            managers: components["schemas"]["AgencyManager"][];
        };
        /** @enum {string} */
        PersonDetailField: "mobilePhone" | "landlinePhone" | "addressLine1" | "addressLine2" | "postalCode" | "city" | "preferredContactChannel" | "councilContactConsent";
        PersonDetailChange: {
            id: string;
            field: components["schemas"]["PersonDetailField"];
            previousValue: string | null;
            newValue: string | null;
            /** Format: date-time */
            changedAt: string;
            changedBy: {
                /**
                 * @description client : la personne elle-même ; staff : un collaborateur d’agence ; unknown : import ou reprise
                 * @enum {string}
                 */
                kind: "client" | "staff" | "unknown";
                /** @description Le nom du collaborateur, s’il est de votre agence */
                name: string | null;
            };
        };
        /** @description Les plus récentes d’abord ; booléens en "true" / "false" */
        PersonDetailChanges: {
            changes: components["schemas"]["PersonDetailChange"][];
        };
        LotShare: {
            /** @example GEN */
            keyCode: string;
            /** @example Charges générales */
            keyName: string;
            isGeneral: boolean;
            /**
             * @description Tantièmes du lot sous cette clé
             * @example 1250
             */
            shares: number;
            /**
             * @description Total des tantièmes de la clé
             * @example 10000
             */
            total: number;
        };
        OwnedLot: {
            id: string;
            /** @example 101 */
            number: string;
            /** @enum {string} */
            kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
            floor: string | null;
            staircase: string | null;
            /** @example Bâtiment A */
            building: string | null;
            description: string | null;
            /** @enum {string} */
            ownershipKind: "pleine_propriete" | "indivision" | "usufruit" | "nue_propriete";
            shares: components["schemas"]["LotShare"][];
        };
        /**
         * @description Loué tant qu’un bail court, sinon mise en location ou vacant
         * @enum {string}
         */
        RentalStatus: "vacant" | "mise_en_location" | "loue";
        ManagedUnit: {
            id: string;
            reference: string;
            /** @enum {string} */
            kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
            addressLine1: string | null;
            addressLine2: string | null;
            postalCode: string | null;
            city: string | null;
            floor: string | null;
            surfaceSquareMetres: number | null;
            status: components["schemas"]["RentalStatus"];
            /** @description Les signataires du bail en cours (vide si non loué) */
            tenantNames: string[];
            leaseStartDate: string | null;
        };
        RentedUnit: {
            id: string;
            reference: string;
            /** @enum {string} */
            kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
            addressLine1: string | null;
            addressLine2: string | null;
            postalCode: string | null;
            city: string | null;
            floor: string | null;
            surfaceSquareMetres: number | null;
            monthlyRentCents: number;
            monthlyChargesCents: number;
            /** Format: date */
            leaseStartDate: string;
            agencyName: string;
        };
        CondominiumHoldings: {
            condominium: {
                id: string;
                name: string;
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
            };
            agencyName: string;
            lots: components["schemas"]["OwnedLot"][];
        };
        PropertiesOverview: {
            coOwnership: components["schemas"]["CondominiumHoldings"][];
            managed: components["schemas"]["ManagedUnit"][];
            rented: components["schemas"]["RentedUnit"][];
        };
        /** @description Le gestionnaire du dossier à l’agence */
        PropertyManager: {
            name: string;
            email: string;
            phone: string | null;
        };
        /** @description Sans coordonnées : leur partage attend le consentement des copropriétaires */
        CouncilMember: {
            displayName: string;
            /** @enum {string} */
            role: "president" | "member";
        };
        /** @description Téléphones et email vides pour qui n’a pas choisi de les partager */
        CoOwnerContact: {
            displayName: string;
            /** @description Numéros des lots détenus aujourd’hui dans la copropriété */
            lots: string[];
            /** @description A accepté de partager téléphone et email avec le conseil syndical */
            sharesContact: boolean;
            email: string | null;
            mobilePhone: string | null;
            landlinePhone: string | null;
        };
        LotDetail: {
            lot: components["schemas"]["OwnedLot"];
            condominium: {
                id: string;
                name: string;
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
            };
            buildingAddress: {
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
            } | null;
            /** @description Tous les lots détenus aujourd’hui dans cette copropriété */
            ownerLots: components["schemas"]["OwnedLot"][];
            manager: components["schemas"]["PropertyManager"] | null;
            agency: components["schemas"]["AgencyCard"];
            council: components["schemas"]["CouncilMember"][];
            /** @description Pour les membres du conseil syndical de la copropriété seulement (absent sinon) */
            coOwners?: components["schemas"]["CoOwnerContact"][];
        };
        UnitDetail: {
            unit: {
                id: string;
                reference: string;
                /** @enum {string} */
                kind: "appartement" | "maison" | "cave" | "parking" | "box" | "commerce" | "bureau" | "local" | "grenier" | "autre";
                addressLine1: string | null;
                addressLine2: string | null;
                postalCode: string | null;
                city: string | null;
                floor: string | null;
                surfaceSquareMetres: number | null;
                /** @enum {string} */
                relation: "landlord" | "tenant";
                /** @description Pour le bailleur seulement */
                status: components["schemas"]["RentalStatus"] | null;
                tenantNames: string[];
                leaseStartDate: string | null;
                monthlyRentCents: number | null;
                monthlyChargesCents: number | null;
            };
            manager: components["schemas"]["PropertyManager"] | null;
            agency: components["schemas"]["AgencyCard"];
            council: components["schemas"]["CouncilMember"][];
            /** @description Pour les membres du conseil syndical de la copropriété seulement (absent sinon) */
            coOwners?: components["schemas"]["CoOwnerContact"][];
        };
        RentCallCounts: {
            /** @description Baux appelés par cette demande */
            called: number;
            /** @description Baux dont ce mois était déjà appelé */
            alreadyCalled: number;
            /** @description Total appelé par cette demande */
            totalCents: number;
        };
        RentReceiptCounts: {
            /** @description Quittances délivrées */
            quittances: number;
            /** @description Reçus de paiements partiels délivrés */
            receipts: number;
        };
        StaffRentCall: {
            id: string;
            /** @example 2026-12-01 */
            periodStart: string;
            dueDate: string;
            leaseReference: string;
            unitReference: string;
            address: string;
            tenants: string[];
            /** @description Loyer */
            rentCents: number;
            /** @description Provision sur charges */
            chargesCents: number;
            /** @description Réglé sur ce mois (les paiements soldent les mois les plus anciens d’abord) */
            paidCents: number;
            /**
             * @description Payé, partiellement payé, à payer
             * @enum {string}
             */
            status: "paid" | "partial" | "unpaid";
            quittanceIssued: boolean;
            receiptCount: number;
        };
        StaffRentCalls: {
            month: string;
            calls: components["schemas"]["StaffRentCall"][];
        };
        TenantRentMonth: {
            id: string;
            /** @example 2026-12-01 */
            periodStart: string;
            dueDate: string;
            /** @description Loyer */
            rentCents: number;
            /** @description Provision sur charges */
            chargesCents: number;
            /** @description Réglé sur ce mois */
            paidCents: number;
            /**
             * @description Payé, partiellement payé, à payer
             * @enum {string}
             */
            status: "paid" | "partial" | "unpaid";
            /** @description L’avis d’échéance (PDF) */
            noticeDocumentId: string | null;
            receipts: {
                /** @enum {string} */
                kind: "quittance" | "receipt";
                /** @description Montant reconnu */
                amountCents: number;
                issuedAt: string;
                /** @description Le PDF par /api/documents/:id/file */
                documentId: string | null;
            }[];
        };
        TenantRentMonths: {
            account: string;
            months: components["schemas"]["TenantRentMonth"][];
        };
        ActiveSession: {
            id: string;
            /** @description La session de cet appareil */
            current: boolean;
            /** @example Chrome sur Windows */
            device: string;
            /** @description Adresse IP de la dernière connexion (le lieu approximatif) */
            ipAddress: string | null;
            /** @description password, passkey ou oidc:<fournisseur> */
            method: string;
            /** @description « Rester connecté » coché */
            persistent: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
        };
        AccessEvent: {
            id: string;
            /** @description Code stable de l’évènement, ex. login.succeeded, login.failed, logout, password.changed */
            action: string;
            /** Format: date-time */
            occurredAt: string;
            ipAddress: string | null;
            device: string | null;
        };
        DirectDebitAccount: {
            /** @example coOwner:… */
            key: string;
            /** @example Copropriété Les Tilleuls */
            label: string;
            /** @description Crédit − débit des comptes 450 de la personne : négatif = elle doit */
            balanceCents: number;
            /** @description Le prélèvement SEPA est possible (compte bancaire et ICS du créancier connus) */
            payable: boolean;
            /** @description Pourquoi le prélèvement n’est pas possible */
            reason: string | null;
            creditorName: string | null;
            /** @description ICS */
            creditorIdentifier: string | null;
        };
        SepaMandate: {
            id: string;
            accountKey: string | null;
            /** @description RUM */
            reference: string;
            /** @enum {string} */
            mode: "automatic" | "manual";
            /** @enum {string} */
            sequence: "recurrent" | "one_off";
            /** @enum {string} */
            status: "active" | "revoked" | "lapsed";
            debtorName: string;
            /** @example FR76 **** **** **** **** ***0 189 */
            ibanMasked: string;
            bic: string | null;
            /**
             * @description Date et heure de signature
             * @example 2026-11-22T10:00:00.000Z
             */
            signedAt: string;
            signaturePlace: string;
            revokedAt: string | null;
            /** @description Le mandat signé (PDF) par /api/documents/:id/file */
            documentId: string | null;
            scheduledDebits: {
                /** @description Montant */
                amountCents: number;
                collectionDate: string;
                status: string;
                sequenceType: string;
            }[];
        };
        DirectDebitOptions: {
            accounts: components["schemas"]["DirectDebitAccount"][];
            mandates: components["schemas"]["SepaMandate"][];
            person: {
                name: string;
                /** @description Adresse sur le dossier, une ligne par ligne postale */
                address: string;
                /** @description Mobile masqué qui recevra le code, ou null */
                mobile: string | null;
            };
        };
        DirectDebitSummary: {
            challengeId: string;
            /** @example 06 •• •• •• 78 */
            sentTo: string;
            /**
             * @description Le code ne sert plus après
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description Un nouveau code peut être demandé à partir de
             * @example 2026-11-22T10:00:00.000Z
             */
            resendAfter: string;
            /** @description Le texte complet du mandat à signer */
            summaryText: string;
            /** @description SHA-256 du texte (hexadécimal) */
            summaryHash: string;
            bankName: string | null;
        };
        BankDetailsChallenge: {
            challengeId: string;
            /** @example 06 •• •• •• 78 */
            sentTo: string;
            /**
             * @description Le code ne sert plus après
             * @example 2026-11-22T10:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description Un nouveau code peut être demandé à partir de
             * @example 2026-11-22T10:00:00.000Z
             */
            resendAfter: string;
            ibanMasked: string;
            bankName: string | null;
        };
        SocialProvider: {
            /**
             * @description Identifiant du fournisseur
             * @example google
             * @example microsoft
             * @example apple
             */
            id: string;
            /** @example Google */
            label: string;
        };
        SocialProviderList: {
            /** @description Vide quand aucun fournisseur n’est configuré */
            providers: components["schemas"]["SocialProvider"][];
        };
        SocialLinkStart: {
            /** @description Adresse du fournisseur où envoyer le navigateur */
            url: string;
        };
        LinkedAccount: {
            /** Format: uuid */
            id: string;
            /** @example google */
            provider: string;
            /** @example Google */
            providerLabel: string;
            /** @description Adresse donnée par le fournisseur, pour mémoire (jamais utilisée pour se connecter) */
            email: string | null;
            /** Format: date-time */
            linkedAt: string;
            /** @description Dernière connexion avec ce compte */
            lastUsedAt: string | null;
        };
        LinkedAccountList: {
            linkedAccounts: components["schemas"]["LinkedAccount"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
