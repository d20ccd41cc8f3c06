import type { ComponentType } from 'react';
import { AccessLogSection } from './AccessLogSection.tsx';
import { DevicesSection } from './DevicesSection.tsx';

/**
 * The cards of the profile page, in order. Each feature that adds something to a person's account (email,
 * password, passkeys, linked providers) contributes its own section here.
 */
export const profileSections: ReadonlyArray<{ id: string; component: ComponentType }> = [
  { id: 'devices', component: DevicesSection },
  { id: 'access-log', component: AccessLogSection },
];
