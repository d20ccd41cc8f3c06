import { pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, postalAddress } from './common.ts';

export const agencyKind = pgEnum('agency_kind', ['syndic', 'rental', 'mixed']);
export const staffRole = pgEnum('staff_role', ['manager', 'accountant', 'admin']);

export const agencies = pgTable('agencies', {
  id: id(),
  name: text('name').notNull(),
  kind: agencyKind('kind').notNull(),
  ...postalAddress(),
  phone: text('phone'),
  email: text('email'),
  /** One line per group of days, e.g. "Du lundi au jeudi : 9h - 12h // 13h30 - 17h". */
  openingHours: text('opening_hours').array().notNull().default([]),
  createdAt: createdAt(),
});

export const staffMembers = pgTable('staff_members', {
  id: id(),
  agencyId: uuid('agency_id')
    .notNull()
    .references(() => agencies.id),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email').notNull(),
  phone: text('phone'),
  role: staffRole('role').notNull(),
  createdAt: createdAt(),
});
