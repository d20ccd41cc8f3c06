import type { ComponentType } from 'react';
import { PasskeysSection } from '../passkeys/PasskeysSection.tsx';
import { CredentialsSection } from '../password/CredentialsSection.tsx';
import { LinkedAccountsSection } from '../social-login/LinkedAccountsSection.tsx';
import { AccessLogSection } from './AccessLogSection.tsx';
import { DevicesSection } from './DevicesSection.tsx';

/**
 * The cards of the profile page, in order. Each feature that adds something to a person's account (email,
 * password, passkeys, linked providers) contributes its own section here.
 */
export const profileSections: ReadonlyArray<{ id: string; component: ComponentType }> = [
  { id: 'credentials', component: CredentialsSection },
  { id: 'passkeys', component: PasskeysSection },
  { id: 'linked-accounts', component: LinkedAccountsSection },
  { id: 'devices', component: DevicesSection },
  { id: 'access-log', component: AccessLogSection },
];
