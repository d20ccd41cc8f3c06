import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { hashSessionToken } from '../../platform/auth/session-tokens.ts';
import { completeSignIn, type OpenedSession, type SignInEvidence } from '../../platform/auth/sign-in.ts';
import type { SocialProviderId } from '../../platform/auth/social-provider-settings.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError, type ErrorCode, isAppError } from '../../platform/errors.ts';
import { type CallbackParameters, newFlowSecrets, type SocialProviderClients } from './social-login.clients.ts';
import type { ExternalIdentity } from './social-login.providers.ts';
import {
  deleteAccountIdentity,
  deleteExpiredOAuthStates,
  findAccountIdentity,
  findIdentityBySubject,
  insertLinkedIdentity,
  insertOAuthState,
  listAccountIdentities,
  type OAuthStateRow,
  takeOAuthState,
  touchLinkedIdentity,
} from './social-login.repository.ts';

/** A flow started at a provider must come back within ten minutes. */
export const FLOW_LIFETIME_MS = 10 * 60 * 1000;

export type FlowPurpose = 'login' | 'link';

/** Where to send the browser, and the value of the cookie that ties the flow to this browser. */
export interface StartedFlow {
  url: string;
  binding: string;
}

export type CallbackOutcome =
  | { purpose: 'login'; provider: SocialProviderId; session: OpenedSession }
  | { purpose: 'link'; provider: SocialProviderId };

interface Provider {
  id: SocialProviderId;
  label: string;
}

/**
 * Social login never creates an account: a person links an external identity from their profile (signed in),
 * and later signs in with it. Identities are matched on (provider, subject) only — never on an email
 * address, which a provider may let anyone claim.
 */
export class SocialLoginService {
  constructor(private readonly deps: { db: Database; sessionSecret: string; providers: SocialProviderClients }) {}

  listProviders() {
    return this.deps.providers.list();
  }

  async startLogin(providerId: string, rememberMe: boolean): Promise<StartedFlow> {
    const provider = this.deps.providers.require(providerId);
    return this.start(provider, { purpose: 'login', accountId: null, rememberMe });
  }

  async startLink(viewer: Viewer, providerId: string): Promise<StartedFlow> {
    const provider = this.deps.providers.require(providerId);
    if (await findAccountIdentity(this.deps.db, viewer.accountId, provider.id)) throw alreadyLinked(provider);
    return this.start(provider, { purpose: 'link', accountId: viewer.accountId, rememberMe: false });
  }

  /**
   * The provider's answer: the state is taken (single use) and must be alive and started from this browser;
   * then the code is exchanged and the identity signs in or is linked. Every refusal is audited and thrown
   * as an AppError whose details carry the flow's purpose, so the browser is sent back to the right page.
   */
  async finish(
    providerId: string,
    answer: CallbackParameters,
    binding: string | undefined,
    evidence: SignInEvidence,
  ): Promise<CallbackOutcome> {
    const provider = this.deps.providers.require(providerId);
    const flow = answer.state ? await takeOAuthState(this.deps.db, answer.state, provider.id) : undefined;
    const stateProblem = !flow
      ? 'unknown_state'
      : flow.expiresAt <= new Date()
        ? 'expired_state'
        : !sameBinding(binding, this.bindingOf(flow.state))
          ? 'other_browser'
          : flow.purpose === 'link' && !flow.accountId
            ? 'no_account'
            : undefined;
    if (!flow || stateProblem) {
      throw await this.refuse(provider, flow, 'OAUTH_STATE_INVALID', evidence, { reason: stateProblem });
    }
    if (answer.error) {
      const code = answer.error === 'access_denied' ? 'OAUTH_ACCESS_DENIED' : 'OAUTH_PROVIDER_FAILED';
      throw await this.refuse(provider, flow, code, evidence, { reason: 'provider_error', providerError: answer.error });
    }
    let identity: ExternalIdentity;
    try {
      identity = await this.deps.providers.identify(provider.id, answer, flow);
    } catch (error) {
      const details = isAppError(error) ? error.details : undefined;
      throw await this.refuse(provider, flow, 'OAUTH_PROVIDER_FAILED', evidence, { reason: 'exchange_failed', ...details });
    }
    if (flow.purpose === 'link') {
      await this.link(provider, flow, identity, evidence);
      return { purpose: 'link', provider: provider.id };
    }
    return { purpose: 'login', provider: provider.id, session: await this.signIn(provider, flow, identity, evidence) };
  }

  listLinked(viewer: Viewer) {
    return listAccountIdentities(this.deps.db, viewer.accountId);
  }

  async unlink(viewer: Viewer, linkId: string, evidence: SignInEvidence): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      const removed = await deleteAccountIdentity(tx, viewer.accountId, linkId);
      if (!removed) throw new AppError('NOT_FOUND', 'Ce compte relié n’existe pas ou a déjà été délié.');
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'identity.unlinked',
        targetType: 'linked_identity',
        targetId: removed.id,
        ...evidence,
        details: { provider: removed.provider, email: removed.email },
      });
    });
  }

  private async start(
    provider: Provider,
    flow: { purpose: FlowPurpose; accountId: string | null; rememberMe: boolean },
  ): Promise<StartedFlow> {
    const secrets = newFlowSecrets();
    // Built first: a provider that cannot be reached leaves no half-started flow behind.
    const url = await this.deps.providers.authorizationUrl(provider.id, secrets);
    const now = new Date();
    await deleteExpiredOAuthStates(this.deps.db, now);
    await insertOAuthState(this.deps.db, {
      ...secrets,
      ...flow,
      provider: provider.id,
      expiresAt: new Date(now.getTime() + FLOW_LIFETIME_MS),
    });
    return { url, binding: this.bindingOf(secrets.state) };
  }

  private async signIn(
    provider: Provider,
    flow: OAuthStateRow,
    identity: ExternalIdentity,
    evidence: SignInEvidence,
  ): Promise<OpenedSession> {
    const link = await findIdentityBySubject(this.deps.db, provider.id, identity.subject);
    if (!link) {
      throw await this.refuse(provider, flow, 'IDENTITY_NOT_LINKED', evidence, {
        reason: 'not_linked',
        subject: identity.subject,
      });
    }
    try {
      const session = await completeSignIn(this.deps.db, this.deps.sessionSecret, {
        accountId: link.accountId,
        method: `oidc:${provider.id}`,
        persistent: flow.rememberMe,
        evidence,
      });
      await touchLinkedIdentity(this.deps.db, link.id, new Date(), identity.email);
      return session;
    } catch (error) {
      // completeSignIn audits its own refusals (a suspended account); the purpose tells where to send the person.
      if (isAppError(error)) throw new AppError(error.code, error.message, { ...error.details, purpose: 'login' });
      throw error;
    }
  }

  private async link(provider: Provider, flow: OAuthStateRow, identity: ExternalIdentity, evidence: SignInEvidence) {
    const accountId = flow.accountId ?? '';
    const refusal = await this.deps.db.transaction(async (tx): Promise<ErrorCode | undefined> => {
      const holder = await findIdentityBySubject(tx, provider.id, identity.subject);
      // Linking again the identity already linked here changes nothing and is no error.
      if (holder?.accountId === accountId) return undefined;
      if (holder) return 'IDENTITY_LINKED_ELSEWHERE';
      if (await findAccountIdentity(tx, accountId, provider.id)) return 'PROVIDER_ALREADY_LINKED';
      const linked = await insertLinkedIdentity(tx, { accountId, provider: provider.id, ...identity });
      // A concurrent link took one of the two unique keys between the checks and the insert.
      if (!linked) return 'IDENTITY_LINKED_ELSEWHERE';
      await recordAuditEvent(tx, {
        accountId,
        action: 'identity.linked',
        targetType: 'linked_identity',
        targetId: linked.id,
        ...evidence,
        details: { provider: provider.id, email: identity.email },
      });
      return undefined;
    });
    if (refusal) {
      throw await this.refuse(provider, flow, refusal, evidence, { reason: refusal.toLowerCase(), subject: identity.subject });
    }
  }

  /** Leaves the trace of a refused flow (outside any transaction, so it survives) and builds the error to throw. */
  private async refuse(
    provider: Provider,
    flow: OAuthStateRow | undefined,
    code: ErrorCode,
    evidence: SignInEvidence,
    details: Record<string, unknown>,
  ): Promise<AppError> {
    const purpose = flow?.purpose;
    await recordAuditEvent(this.deps.db, {
      accountId: flow?.accountId ?? null,
      action: purpose === 'link' ? 'identity.link_refused' : 'login.failed',
      ...evidence,
      details: { method: `oidc:${provider.id}`, ...details },
    });
    return new AppError(code, messageFor(code, provider), { purpose, provider: provider.id });
  }

  /** The cookie value tying a flow to the browser that started it, derived from the state with the server key. */
  private bindingOf(state: string): string {
    return hashSessionToken(this.deps.sessionSecret, `oauth-flow:${state}`);
  }
}

function sameBinding(received: string | undefined, expected: string): boolean {
  if (!received || received.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(received), Buffer.from(expected));
}

const alreadyLinked = (provider: Provider) =>
  new AppError('PROVIDER_ALREADY_LINKED', messageFor('PROVIDER_ALREADY_LINKED', provider));

/** The catalogue's messages, naming the provider where the person needs to know which account is meant. */
function messageFor(code: ErrorCode, provider: Provider): string | undefined {
  switch (code) {
    case 'IDENTITY_NOT_LINKED':
      return `Ce compte ${provider.label} n’est relié à aucun espace client. Connectez-vous avec votre identifiant, puis reliez-le depuis votre profil.`;
    case 'IDENTITY_LINKED_ELSEWHERE':
      return `Ce compte ${provider.label} est déjà relié à un autre espace client.`;
    case 'PROVIDER_ALREADY_LINKED':
      return `Un compte ${provider.label} est déjà relié à votre espace client. Déliez-le avant d’en relier un autre.`;
    default:
      return undefined;
  }
}
