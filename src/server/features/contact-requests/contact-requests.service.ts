import { parisDate } from '../../../domain/calendar.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { findAgenciesServingPerson } from '../me/me.repository.ts';
import { insertNotifications } from '../notifications/notifications.repository.ts';
import { listManagedUnits, listOwnedLots, listRentedUnits } from '../properties/properties.repository.ts';
import { acknowledgement, answerEmail, managerNotice, type RequestFacts } from './contact-requests.emails.ts';
import { presentStaffContactRequest } from './contact-requests.presenter.ts';
import {
  type ContactRequestStatus,
  countOpenContactRequests,
  findAgencyContact,
  findClientReference,
  findFirstManager,
  findReferenceAgency,
  findRequester,
  findStaff,
  insertContactRequest,
  listAgencyContactRequests,
  lockAgencyContactRequest,
  saveAnswer,
} from './contact-requests.repository.ts';
import type { ContactRequestBody } from './contact-requests.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;
type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

interface Deps {
  db: Database;
  outbox: Outbox;
  config: Pick<Config, 'publicUrl'>;
}

/** Where a request goes: the agency, its manager for that property (if known), and how to name the property. */
interface Destination {
  agencyId: string;
  managerId: string | null;
  property: string | null;
}

const requestNotFound = () => new AppError('NOT_FOUND', "Cette demande n'existe pas ou ne concerne pas votre agence.");
const propertyNotFound = () => new AppError('NOT_FOUND', "Ce bien n'existe pas ou ne fait pas partie de vos biens.");

/**
 * "Une question ? Contacter un conseiller": the request is stored, emailed to the manager of the property
 * (else to the agency's first manager, else to the agency's address) and acknowledged to the person; staff
 * answer it from the portal, which emails the answer and puts it in the person's notifications.
 */
export class ContactRequestsService {
  constructor(private readonly deps: Deps) {}

  async submit(viewer: ClientViewer, input: ContactRequestBody, now = new Date()) {
    const { db, outbox, config } = this.deps;
    return db.transaction(async (tx) => {
      const requester = await findRequester(tx, viewer.personId);
      if (!requester) throw new AppError('NOT_FOUND');
      const { person, email } = requester;
      const phone = person.mobilePhone ?? person.landlinePhone;
      const replyTo = input.replyChannel === 'email' ? email : phone;
      if (!replyTo) {
        throw new AppError(
          'CONTACT_CHANNEL_UNAVAILABLE',
          input.replyChannel === 'email'
            ? "Votre espace client n'a pas d'adresse email : choisissez une réponse par téléphone, ou ajoutez une adresse dans votre profil."
            : "Aucun numéro de téléphone n'est enregistré sur votre fiche : choisissez une réponse par email, ou ajoutez un numéro dans votre profil.",
        );
      }

      const destination = await this.destinationOf(tx, viewer.personId, input, parisDate(now));
      const managerId = destination.managerId ?? (await findFirstManager(tx, destination.agencyId)) ?? null;
      // One after the other: a transaction's connection runs one query at a time.
      const agency = await findAgencyContact(tx, destination.agencyId);
      const manager = managerId ? await findStaff(tx, managerId) : undefined;
      const clientReference = await findClientReference(tx, viewer.personId, destination.agencyId);
      if (!agency) throw new AppError('NOT_FOUND');

      const request = await insertContactRequest(tx, {
        agencyId: agency.id,
        personId: viewer.personId,
        managerId: manager?.id ?? null,
        subject: input.subject,
        message: input.message,
        replyChannel: input.replyChannel,
        replyTo,
        propertyLabel: destination.property,
      });

      const name = displayName(person);
      const facts: RequestFacts = {
        displayName: name,
        clientReference,
        email,
        phone,
        subject: input.subject,
        message: input.message,
        replyChannel: input.replyChannel,
        replyTo,
        property: destination.property,
      };
      // A manager on file reads it in their own mailbox; otherwise the agency's address does, not no one.
      const managerAddress = manager?.email ?? agency.email;
      if (managerAddress) {
        const notice = managerNotice(manager?.firstName ?? null, facts, `${config.publicUrl}/gestion/demandes-contact`);
        await outbox.queueEmail(tx, {
          agencyId: agency.id,
          to: managerAddress,
          subject: notice.subject,
          ...renderEmail({ agencyName: agency.name, ...notice.body }),
        });
      }
      const managerName = manager ? `${manager.firstName} ${manager.lastName}` : null;
      if (email) {
        const receipt = acknowledgement(name, facts, managerName ? `${managerName}, votre gestionnaire` : agency.name);
        await outbox.queueEmail(tx, {
          agencyId: agency.id,
          to: email,
          subject: receipt.subject,
          ...renderEmail({ agencyName: agency.name, ...receipt.body }),
        });
      }
      return { id: request.id, createdAt: request.createdAt.toISOString(), managerName, agencyName: agency.name };
    });
  }

  async list(viewer: StaffViewer, status: ContactRequestStatus) {
    const rows = await listAgencyContactRequests(this.deps.db, viewer.agencyId, status);
    return { requests: rows.map(presentStaffContactRequest) };
  }

  async countOpen(viewer: StaffViewer) {
    return { open: await countOpenContactRequests(this.deps.db, viewer.agencyId) };
  }

  async answer(viewer: StaffViewer, requestId: string, answer: string, evidence: Evidence, now = new Date()) {
    const { db, outbox, config } = this.deps;
    await db.transaction(async (tx) => {
      const request = await lockAgencyContactRequest(tx, viewer.agencyId, requestId);
      if (!request) throw requestNotFound();
      if (request.answeredAt) throw new AppError('CONTACT_REQUEST_ANSWERED');
      await saveAnswer(tx, request.id, { text: answer, staffMemberId: viewer.staffMemberId, at: now });

      const requester = await findRequester(tx, request.personId);
      const staff = await findStaff(tx, viewer.staffMemberId);
      const agency = await findAgencyContact(tx, request.agencyId);
      const staffName = staff ? `${staff.firstName} ${staff.lastName}` : 'Votre gestionnaire';
      await insertNotifications(tx, [
        {
          agencyId: request.agencyId,
          personId: request.personId,
          kind: 'contact_answer',
          title: `Réponse à votre demande : ${request.subject}`,
          body: answer,
          link: null,
        },
      ]);
      if (requester?.email) {
        const message = answerEmail(displayName(requester.person), request.subject, answer, staffName, `${config.publicUrl}/`);
        await outbox.queueEmail(tx, {
          agencyId: request.agencyId,
          to: requester.email,
          subject: message.subject,
          ...renderEmail({ agencyName: agency?.name ?? 'Palier', ...message.body }),
        });
      }
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'contact_request.answered',
        targetType: 'contact_request',
        targetId: request.id,
        ipAddress: evidence.ipAddress,
        userAgent: evidence.userAgent,
        details: { personId: request.personId },
      });
    });
    const [row] = await listAgencyContactRequests(db, viewer.agencyId, 'answered', { requestId });
    if (!row) throw requestNotFound();
    return presentStaffContactRequest(row);
  }

  /**
   * The property named in the request must be the person's today (else not found); without one, the first of
   * their holdings with a manager decides, else any agency serving them or holding their file.
   */
  private async destinationOf(tx: Executor, personId: string, input: ContactRequestBody, today: string): Promise<Destination> {
    if (input.lotId) {
      const [lot] = await listOwnedLots(tx, personId, today, { lotId: input.lotId });
      if (!lot) throw propertyNotFound();
      return {
        agencyId: lot.agencyId,
        managerId: lot.condominium.managerId,
        property: `Lot ${lot.number} · ${lot.condominium.name}`,
      };
    }
    if (input.unitId) {
      const [unit] = [
        ...(await listManagedUnits(tx, personId, today, input.unitId)),
        ...(await listRentedUnits(tx, personId, today, input.unitId)),
      ];
      if (!unit) throw propertyNotFound();
      const place = [unit.addressLine1, unit.postalCode, unit.city].filter(Boolean).join(' ');
      return {
        agencyId: unit.agencyId,
        managerId: unit.managerId,
        property: place ? `${unit.reference} · ${place}` : unit.reference,
      };
    }
    const holdings = [
      ...(await listOwnedLots(tx, personId, today)).map((lot) => ({
        agencyId: lot.agencyId,
        managerId: lot.condominium.managerId,
      })),
      ...(await listManagedUnits(tx, personId, today)),
      ...(await listRentedUnits(tx, personId, today)),
    ];
    const managed = holdings.find((holding) => holding.managerId);
    if (managed) return { agencyId: managed.agencyId, managerId: managed.managerId, property: null };
    const agencyId = holdings[0]?.agencyId ?? (await findAgenciesServingPerson(tx, personId, today))[0]?.id;
    const fallback = agencyId ?? (await findReferenceAgency(tx, personId));
    if (!fallback)
      throw new AppError('NOT_FOUND', "Aucune agence ne gère votre dossier : votre demande n'a pas pu être transmise.");
    return { agencyId: fallback, managerId: null, property: null };
  }
}
