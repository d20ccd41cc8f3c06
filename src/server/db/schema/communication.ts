import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies, staffMembers } from './agencies.ts';
import { createdAt, id } from './common.ts';
import { documents } from './documents.ts';
import { persons } from './people.ts';

export const notificationKind = pgEnum('notification_kind', ['document', 'manager_message', 'contact_answer']);

/**
 * The bell of the home page. Shown in the app as soon as written; `emailedAt` is set when the daily digest
 * has carried it (or was switched off), so no notification is emailed twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: notificationKind('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** A path of the web client, e.g. "/documents?document=…". */
    link: text('link'),
    documentId: uuid('document_id').references(() => documents.id),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (table) => [
    index('notifications_person_idx').on(table.personId, table.createdAt),
    index('notifications_digest_idx').on(table.emailedAt, table.createdAt),
  ],
);

/** "Une question ? Contacter un conseiller": stored, emailed to the manager, answered by email. */
export const contactRequests = pgTable(
  'contact_requests',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** The manager it was addressed to (the property's, else none: the agency's address receives it). */
    managerId: uuid('manager_id').references(() => staffMembers.id),
    subject: text('subject').notNull(),
    message: text('message').notNull(),
    /** How the person would like to be answered, and where: copied at the time of the request. */
    replyChannel: text('reply_channel').notNull(),
    replyTo: text('reply_to'),
    /** The property the question is about, as named when it was asked ("Lot 101 · Copropriété …"). */
    propertyLabel: text('property_label'),
    createdAt: createdAt(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredByStaffId: uuid('answered_by_staff_id').references(() => staffMembers.id),
  },
  (table) => [
    index('contact_requests_agency_idx').on(table.agencyId, table.createdAt),
    index('contact_requests_person_idx').on(table.personId, table.createdAt),
  ],
);
