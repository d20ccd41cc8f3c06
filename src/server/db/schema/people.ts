import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id, postalAddress } from './common.ts';

export const civility = pgEnum('civility', ['M', 'MME', 'M_ET_MME', 'MM', 'MMES', 'SOCIETE']);
/** How a person prefers to be contacted by the agency when a choice exists. */
export const contactChannel = pgEnum('contact_channel', ['email', 'telephone', 'courrier']);

/** A client of one or several agencies: co-owner, council member, landlord, tenant, or several at once. */
export const persons = pgTable(
  'persons',
  {
    id: id(),
    civility: civility('civility').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    /** For a company (SCI, SARL…) or an indivision named as such. */
    companyName: text('company_name'),
    mobilePhone: text('mobile_phone'),
    landlinePhone: text('landline_phone'),
    ...postalAddress(),
    preferredContactChannel: contactChannel('preferred_contact_channel').notNull().default('email'),
    /** The daily email listing new documents and notifications; the person can switch it off. */
    notificationDigestEmail: boolean('notification_digest_email').notNull().default(true),
    /**
     * When the person agreed that the council members of their condominium see their phone and email
     * (null: never agreed, or withdrew). Without it the council sees the name only.
     */
    councilContactConsentAt: timestamp('council_contact_consent_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [check('persons_named', sql`${table.lastName} is not null or ${table.companyName} is not null`)],
);

/**
 * The identifiers printed on calls for funds, rent calls and landlord statements. A person has one per
 * agency file; any of them opens the same account. `canonical` folds case and the O/0, I/1 confusions so
 * two references that a person could mistake for each other can never both exist.
 */
export const clientReferences = pgTable(
  'client_references',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    reference: text('reference').notNull(),
    canonical: text('canonical').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('client_references_canonical_key').on(table.canonical),
    index('client_references_person_idx').on(table.personId),
  ],
);

/** A login: either a client's (person) or a staff member's, never both. Email is optional for clients. */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    personId: uuid('person_id').references(() => persons.id),
    staffMemberId: uuid('staff_member_id').references(() => staffMembers.id),
    email: text('email'),
    passwordHash: text('password_hash'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('accounts_person_key').on(table.personId),
    uniqueIndex('accounts_staff_member_key').on(table.staffMemberId),
    uniqueIndex('accounts_email_key').on(sql`lower(${table.email})`),
    check('accounts_one_owner', sql`(${table.personId} is null) <> (${table.staffMemberId} is null)`),
  ],
);

/** Opaque session tokens: only their keyed hash is stored, so a database leak yields no usable session. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    persistent: boolean('persistent').notNull(),
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** How the session was opened: "password", "passkey", or "oidc:<provider>". */
    method: text('method').notNull().default('password'),
  },
  (table) => [uniqueIndex('sessions_token_hash_key').on(table.tokenHash), index('sessions_account_idx').on(table.accountId)],
);

/** Every change of a person's details, by the person or by staff: the manager sees what changed and when. */
export const personDetailChanges = pgTable(
  'person_detail_changes',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** The field's name in the API, e.g. "mobilePhone", "addressLine1", "councilContactConsent". */
    field: text('field').notNull(),
    previousValue: text('previous_value'),
    newValue: text('new_value'),
    changedByAccountId: uuid('changed_by_account_id').references(() => accounts.id),
    createdAt: createdAt(),
  },
  (table) => [index('person_detail_changes_person_idx').on(table.personId, table.createdAt)],
);
