import { presentAgencyCard } from '../me/me.presenter.ts';
import type { Credentials } from './credentials.service.ts';
import type { ForgottenAnswer } from './password.service.ts';

export const presentForgottenAnswer = (answer: ForgottenAnswer) => ({
  status: answer.status,
  message: answer.message,
  agency: answer.agency ? presentAgencyCard(answer.agency) : null,
  email: answer.email,
  phone: answer.phone,
});

export const presentCredentials = (credentials: Credentials) => ({
  email: credentials.email,
  pendingEmail: credentials.pendingEmail
    ? { email: credentials.pendingEmail.email, expiresAt: credentials.pendingEmail.expiresAt.toISOString() }
    : null,
  hasPassword: credentials.hasPassword,
});
