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
};
