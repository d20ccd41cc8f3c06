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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
