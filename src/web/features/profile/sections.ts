import type { ComponentType } from 'react';
import { NotificationPreferencesSection } from '../notifications/NotificationPreferencesSection.tsx';
import { PasskeysSection } from '../passkeys/PasskeysSection.tsx';
import { CredentialsSection } from '../password/CredentialsSection.tsx';
import { AgencySection } from '../profile-details/AgencySection.tsx';
import { ContactDetailsSection } from '../profile-details/ContactDetailsSection.tsx';
import { HelpSection } from '../profile-details/HelpSection.tsx';
import { LinkedAccountsSection } from '../social-login/LinkedAccountsSection.tsx';
import { AccessLogSection } from './AccessLogSection.tsx';
import { DevicesSection } from './DevicesSection.tsx';

/**
 * The cards of the profile page, in order. Each feature that adds something to a person's account (contact
 * details, email, password, passkeys, linked providers) contributes its own section here; the sections of
 * clients only (contact details, agency, help) render nothing for staff.
 */
export const profileSections: ReadonlyArray<{ id: string; component: ComponentType }> = [
  { id: 'contact-details', component: ContactDetailsSection },
  { id: 'credentials', component: CredentialsSection },
  { id: 'passkeys', component: PasskeysSection },
  { id: 'linked-accounts', component: LinkedAccountsSection },
  { id: 'notifications', component: NotificationPreferencesSection },
  { id: 'devices', component: DevicesSection },
  { id: 'access-log', component: AccessLogSection },
  { id: 'agency', component: AgencySection },
  { id: 'help', component: HelpSection },
];
