import { AppError } from '../errors.ts';
import type { Viewer } from './viewer.ts';

/**
 * The one place that answers "may this person do this to that". Resource rules join it as features arrive;
 * what a viewer may not see is reported as NOT_FOUND, so that ids of other people's things reveal nothing.
 */
export const policy = {
  requireViewer(viewer: Viewer | undefined): Viewer {
    if (!viewer) throw new AppError('UNAUTHENTICATED');
    return viewer;
  },
  requireClient(viewer: Viewer | undefined): Extract<Viewer, { kind: 'client' }> {
    const known = policy.requireViewer(viewer);
    if (known.kind !== 'client') throw new AppError('NOT_FOUND');
    return known;
  },
  requireStaff(viewer: Viewer | undefined): Extract<Viewer, { kind: 'staff' }> {
    const known = policy.requireViewer(viewer);
    if (known.kind !== 'staff') throw new AppError('NOT_FOUND');
    return known;
  },
  /**
   * Staff handle the access of their own agency's clients only (the person holds a client reference there),
   * and never a staff login through the client routes: anything else reads as not found.
   */
  requireAgencyClient<T extends { agencyId: string; account: { staffMemberId: string | null } | null }>(
    viewer: Extract<Viewer, { kind: 'staff' }>,
    client: T | undefined,
  ): T {
    if (!client || client.agencyId !== viewer.agencyId || client.account?.staffMemberId) throw new AppError('NOT_FOUND');
    return client;
  },
  /** Staff act on their own agency's condominiums (and what hangs on them, e.g. contracts) only. */
  requireAgencyCondominium<T extends { agencyId: string }>(
    viewer: Extract<Viewer, { kind: 'staff' }>,
    condominium: T | undefined,
  ): T {
    if (!condominium || condominium.agencyId !== viewer.agencyId) throw new AppError('NOT_FOUND');
    return condominium;
  },
  /**
   * The council's space of a condominium: its council members in force (the caller has looked up whether the
   * client sits on it today) and the staff of the condominium's agency. Anyone else, co-owners included, is
   * told that it does not exist.
   */
  requireCouncilAccess<T extends { agencyId: string }>(
    viewer: Viewer,
    condominium: T | undefined,
    clientSitsOnCouncil: boolean,
  ): T {
    if (!condominium) throw new AppError('NOT_FOUND');
    if (viewer.kind === 'staff' ? condominium.agencyId === viewer.agencyId : clientSitsOnCouncil) return condominium;
    throw new AppError('NOT_FOUND');
  },
};
