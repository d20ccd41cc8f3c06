import { parisDate } from '../../../domain/calendar.ts';
import { parseFrenchPhoneNumber } from '../../../domain/phone-number.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { policy } from '../../platform/auth/policy.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError, errorCatalogue } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { verifyPassword } from '../../platform/passwords.ts';
import { findAgencyClient } from '../client-access/client-account.repository.ts';
import { type AccountHolder, findAccountHolder, findPendingEmailChange } from '../password/password.repository.ts';
import { queueMobileChangedNotice } from './profile-details.emails.ts';
import { presentDetailChange, presentDetails } from './profile-details.presenter.ts';
import {
  type DetailChangeInsert,
  findPersonForUpdate,
  insertDetailChanges,
  listDetailChanges,
  listManagersOfPerson,
  type PersonRow,
  updatePersonDetails,
} from './profile-details.repository.ts';
import type { DetailChanges, DetailField, DetailsPatch, ProfileDetails } from './profile-details.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;
type StaffViewer = Extract<Viewer, { kind: 'staff' }>;
type PersonValues = Parameters<typeof updatePersonDetails>[2];

/** One number typed two ways ("+33 6…" on an old file, "06…" typed now) is not a change. */
function samePhone(stored: string | null, typed: string | null): boolean {
  if (stored === typed) return true;
  if (stored === null || typed === null) return false;
  const [a, b] = [parseFrenchPhoneNumber(stored), parseFrenchPhoneNumber(typed)];
  return a !== null && b !== null && a.national === b.national;
}

interface Change {
  field: DetailField;
  previous: string | null;
  next: string | null;
}

/** What the input changes on the person, field by field; an unchanged field is simply absent. */
export function diffDetails(person: PersonRow, input: DetailsPatch, now: Date): { values: PersonValues; changes: Change[] } {
  const values: PersonValues = {};
  const changes: Change[] = [];
  const compare = <K extends keyof PersonValues>(field: DetailField, column: K, next: PersonValues[K], same: boolean) => {
    if (same) return;
    values[column] = next;
    changes.push({ field, previous: String(person[column] ?? '') || null, next: String(next ?? '') || null });
  };
  if (input.mobilePhone !== undefined) {
    compare('mobilePhone', 'mobilePhone', input.mobilePhone, samePhone(person.mobilePhone, input.mobilePhone));
  }
  if (input.landlinePhone !== undefined) {
    compare('landlinePhone', 'landlinePhone', input.landlinePhone, samePhone(person.landlinePhone, input.landlinePhone));
  }
  if (input.address) {
    const { line1, line2 = null, postalCode, city } = input.address;
    compare('addressLine1', 'addressLine1', line1, person.addressLine1 === line1);
    compare('addressLine2', 'addressLine2', line2, person.addressLine2 === line2);
    compare('postalCode', 'postalCode', postalCode, person.postalCode === postalCode);
    compare('city', 'city', city, person.city === city);
  }
  const channel = input.preferredContactChannel;
  if (channel !== undefined) {
    compare('preferredContactChannel', 'preferredContactChannel', channel, person.preferredContactChannel === channel);
  }
  const consented = person.councilContactConsentAt !== null;
  if (input.councilContactConsent !== undefined && input.councilContactConsent !== consented) {
    values.councilContactConsentAt = input.councilContactConsent ? now : null;
    changes.push({ field: 'councilContactConsent', previous: String(consented), next: String(input.councilContactConsent) });
  }
  return { values, changes };
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', `${errorCatalogue.VALIDATION_FAILED.message} ${field} : ${message}`, {
    fields: [{ field, message }],
  });

/**
 * The agency must be able to use the channel the person prefers: "téléphone" needs a number on file,
 * "courrier" a complete postal address. Checked on the result of the change, whichever field moved.
 */
function assertChannelReachable(after: PersonRow, input: DetailsPatch): void {
  if (after.preferredContactChannel === 'telephone' && !after.mobilePhone && !after.landlinePhone) {
    const field =
      input.preferredContactChannel !== undefined
        ? 'preferredContactChannel'
        : input.mobilePhone === null
          ? 'mobilePhone'
          : 'landlinePhone';
    throw invalid(field, 'Pour être contacté par téléphone, gardez au moins un numéro de téléphone.');
  }
  if (after.preferredContactChannel === 'courrier' && !(after.addressLine1 && after.postalCode && after.city)) {
    throw invalid('preferredContactChannel', 'Pour être contacté par courrier, indiquez d’abord votre adresse postale complète.');
  }
}

/**
 * "Mes coordonnées": a person's phones, postal address, contact preference and consent to share their contact
 * details with the council. Every change is kept (one row per field, previous and new value, who) in the same
 * transaction as the change and its audit event, so the manager sees exactly what changed and when.
 */
export class ProfileDetailsService {
  constructor(private readonly deps: { db: Database; outbox: Outbox; config: Config }) {}

  async describe(viewer: ClientViewer, now = new Date()): Promise<ProfileDetails> {
    const holder = await this.holderOf(viewer.accountId);
    const person = holder.person;
    if (!person) throw new AppError('NOT_FOUND');
    const [pendingEmail, managers] = await Promise.all([
      findPendingEmailChange(this.deps.db, holder.accountId, now),
      listManagersOfPerson(this.deps.db, person.id, parisDate(now)),
    ]);
    return presentDetails(person, { email: holder.email, hasPassword: holder.hasPassword, pendingEmail }, managers);
  }

  async update(viewer: ClientViewer, input: DetailsPatch, evidence: Evidence, now = new Date()): Promise<ProfileDetails> {
    const { db } = this.deps;
    const holder = await this.holderOf(viewer.accountId);
    if (!holder.person) throw new AppError('NOT_FOUND');
    /*
     * Changing the mobile asks for the current password, as changing the email does: the mobile receives the SMS
     * codes that let someone attach an email to the account ("Mot de passe oublié"), so a session left open on a
     * shared computer must not be enough to redirect them. The phone on the landline field protects nothing.
     */
    const mobileChanging = input.mobilePhone !== undefined && !samePhone(holder.person.mobilePhone, input.mobilePhone);
    if (mobileChanging) await this.checkCurrentPassword(holder, input.currentPassword, evidence);

    await db.transaction(async (tx) => {
      const person = await findPersonForUpdate(tx, viewer.personId);
      if (!person) throw new AppError('NOT_FOUND');
      const { values, changes } = diffDetails(person, input, now);
      if (changes.length === 0) return;
      const mobileChange = changes.find((change) => change.field === 'mobilePhone');
      // Another request changed the mobile between the check above and this lock: the password was not asked.
      if (mobileChange && !mobileChanging)
        throw new AppError('CONFLICT', 'Vos coordonnées viennent de changer : rechargez la page.');
      assertChannelReachable({ ...person, ...values }, input);

      await updatePersonDetails(tx, person.id, values);
      await insertDetailChanges(
        tx,
        changes.map(
          (change): DetailChangeInsert => ({
            personId: person.id,
            field: change.field,
            previousValue: change.previous,
            newValue: change.next,
            changedByAccountId: holder.accountId,
            createdAt: now,
          }),
        ),
      );
      // The values stay in the history table; the audit trail names the fields only.
      await recordAuditEvent(tx, {
        accountId: holder.accountId,
        action: 'details.changed',
        targetType: 'person',
        targetId: person.id,
        ...evidence,
        details: { fields: changes.map((change) => change.field) },
      });
      if (mobileChange && holder.email) {
        await queueMobileChangedNotice(
          tx,
          this.deps,
          { ...holder, email: holder.email },
          { newMobile: mobileChange.next, at: now },
        );
      }
    });
    return this.describe(viewer, now);
  }

  /** For the agency's staff: the client's history of changes, if the person is a client of their agency. */
  async history(viewer: StaffViewer, personId: string): Promise<DetailChanges> {
    const client = policy.requireAgencyClient(viewer, await findAgencyClient(this.deps.db, viewer.agencyId, personId));
    const rows = await listDetailChanges(this.deps.db, client.person.id);
    return {
      changes: rows
        .map((row) => presentDetailChange(row, client.person.id, viewer.agencyId))
        .filter((change) => change !== undefined),
    };
  }

  /** As in features/password: an account opened by passkey or linked provider only has no password to ask for. */
  private async checkCurrentPassword(holder: AccountHolder, currentPassword: string | undefined, evidence: Evidence) {
    if (!holder.hasPassword) return;
    if (currentPassword && (await verifyPassword(holder.passwordHash, currentPassword))) return;
    await recordAuditEvent(this.deps.db, { accountId: holder.accountId, action: 'password.check_failed', ...evidence });
    const message = currentPassword
      ? 'Le mot de passe actuel est incorrect.'
      : 'Saisissez votre mot de passe actuel pour changer de mobile.';
    throw new AppError('CURRENT_PASSWORD_WRONG', message, { fields: [{ field: 'currentPassword', message }] });
  }

  private async holderOf(accountId: string): Promise<AccountHolder> {
    const holder = await findAccountHolder(this.deps.db, accountId);
    if (!holder) throw new AppError('UNAUTHENTICATED');
    return holder;
  }
}
