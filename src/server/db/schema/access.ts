import {
  bigint,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { accounts, civility, persons } from './people.ts';

export const accountTokenPurpose = pgEnum('account_token_purpose', ['password_setup', 'password_reset', 'email_confirmation']);

/**
 * Single-use links sent by email: first connection, forgotten password, confirmation of a new address.
 * Only a hash of the token is stored; `usedAt` makes a second use fail.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    purpose: accountTokenPurpose('purpose').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** For an email confirmation: the address that becomes the account's once confirmed. */
    email: text('email'),
    requestedFromIp: text('requested_from_ip'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /**
     * When an address is attached to an account that had none, without being signed in, the link alone proves
     * only that the requester reads that mailbox: a code sent by SMS to the mobile on file proves it is the
     * person. Hash of that code, and the wrong tries so far.
     */
    smsCodeHash: text('sms_code_hash'),
    smsCodeAttempts: integer('sms_code_attempts').notNull().default(0),
  },
  (table) => [
    uniqueIndex('account_tokens_token_hash_key').on(table.tokenHash),
    index('account_tokens_account_idx').on(table.accountId),
  ],
);

/** Every change of an account's email, by the person or by staff, with the reason given. */
export const accountEmailChanges = pgTable(
  'account_email_changes',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    previousEmail: text('previous_email'),
    newEmail: text('new_email'),
    changedByAccountId: uuid('changed_by_account_id').references(() => accounts.id),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (table) => [index('account_email_changes_account_idx').on(table.accountId)],
);

/**
 * Recent failed sign-in attempts per account and per address, behind the growing delay; the temporary lock
 * itself is `accounts.locked_until`.
 */
export const loginThrottles = pgTable('login_throttles', {
  /** "account:<uuid>" or "ip:<address>". */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
});

/** WebAuthn credentials ("biométrie" of the mobile app). */
export const passkeys = pgTable(
  'passkeys',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    /** base64url credential id, as the browser reports it. */
    credentialId: text('credential_id').notNull(),
    /** base64url COSE public key. */
    publicKey: text('public_key').notNull(),
    signCount: bigint('sign_count', { mode: 'number' }).notNull().default(0),
    transports: text('transports').array().notNull().default([]),
    deviceType: text('device_type'),
    backedUp: boolean('backed_up').notNull().default(false),
    /** The person's own label, e.g. "iPhone de Marie". */
    name: text('name').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('passkeys_credential_id_key').on(table.credentialId),
    index('passkeys_account_idx').on(table.accountId),
  ],
);

export const webauthnCeremony = pgEnum('webauthn_ceremony', ['registration', 'authentication']);

/** A challenge lives for one ceremony and a few minutes. */
export const webauthnChallenges = pgTable(
  'webauthn_challenges',
  {
    id: id(),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    ceremony: webauthnCeremony('ceremony').notNull(),
    challenge: text('challenge').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('webauthn_challenges_challenge_key').on(table.challenge)],
);

/** An external identity (Google, Microsoft…) linked by the person from their profile. Never creates an account. */
export const linkedIdentities = pgTable(
  'linked_identities',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    email: text('email'),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('linked_identities_provider_subject_key').on(table.provider, table.subject),
    uniqueIndex('linked_identities_account_provider_key').on(table.accountId, table.provider),
  ],
);

export const oauthPurpose = pgEnum('oauth_purpose', ['login', 'link']);

/** The state of an authorization-code flow in progress (PKCE verifier, nonce), for ten minutes at most. */
export const oauthStates = pgTable('oauth_states', {
  state: text('state').primaryKey(),
  provider: text('provider').notNull(),
  purpose: oauthPurpose('purpose').notNull(),
  accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  rememberMe: boolean('remember_me').notNull().default(false),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Files kept by the storage interface (local folder or S3); the bytes live there, the facts here. */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: id(),
    storageKey: text('storage_key').notNull(),
    originalName: text('original_name').notNull(),
    /** Detected from the content, never trusted from the name or the browser. */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('stored_files_storage_key_key').on(table.storageKey)],
);

export const activationRequestStatus = pgEnum('activation_request_status', ['pending', 'approved', 'rejected']);
export const activationProofKind = pgEnum('activation_proof_kind', ['identity', 'property']);

/** Someone whose identifier or email is not recognised asks the agency to open their access, with proofs. */
export const activationRequests = pgTable(
  'activation_requests',
  {
    id: id(),
    /** The agency chosen by the requester; staff of that agency handle it. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    civility: civility('civility').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    clientReferenceHint: text('client_reference_hint'),
    lotNumberHint: text('lot_number_hint'),
    propertyAddress: text('property_address'),
    message: text('message'),
    status: activationRequestStatus('status').notNull().default('pending'),
    /** Lets the requester follow the request without an account; only its hash is stored. */
    trackingTokenHash: text('tracking_token_hash').notNull(),
    matchedPersonId: uuid('matched_person_id').references(() => persons.id),
    decidedByStaffId: uuid('decided_by_staff_id').references(() => staffMembers.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    staffRemindedAt: timestamp('staff_reminded_at', { withTimezone: true }),
    submittedFromIp: text('submitted_from_ip'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('activation_requests_tracking_token_key').on(table.trackingTokenHash),
    index('activation_requests_queue_idx').on(table.agencyId, table.status, table.createdAt),
  ],
);

export const activationRequestFiles = pgTable(
  'activation_request_files',
  {
    activationRequestId: uuid('activation_request_id')
      .notNull()
      .references(() => activationRequests.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    kind: activationProofKind('kind').notNull(),
  },
  (table) => [primaryKey({ columns: [table.activationRequestId, table.fileId] })],
);

/** Staff lock an account for a reason (distinct from the automatic lock after failed attempts). */
export const accountBlocks = pgTable('account_blocks', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  blockedByAccountId: uuid('blocked_by_account_id').references(() => accounts.id),
  reason: text('reason').notNull(),
  createdAt: createdAt(),
});
