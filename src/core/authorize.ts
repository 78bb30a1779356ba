/**
 * Who may do what. Pure: the caller supplies the requester, the settings and (for per-business-unit
 * intents) the business unit's IAM user so ownership can be checked.
 *
 * Policy:
 * - help and models: everyone.
 * - short-term tokens: every member; guests and restricted accounts only when ALLOW_RESTRICTED_USERS.
 * - list and history: admins only (the list reveals every business unit and its owner).
 * - details and spend: admins, and the owner of that business unit.
 * - long-term keys: admins directly (after confirmation); members may request them (admin approval),
 *   including owners, since a new key is a new credential to track; never guests.
 * - rotate and revoke: admins and the business unit's owner, directly (after confirmation).
 * - deprovision: admins only.
 * - approving: admins only, never their own request.
 */
import type { IntentName } from './request.js';
import type { IamUser } from './aws-port.js';
import type { Requester } from './requester.js';
import type { CoreSettings } from './settings.js';

export type Decision =
  | { kind: 'allow'; as: 'admin' | 'owner' | 'member' }
  | { kind: 'needs-approval' }
  | { kind: 'refuse'; reason: string; hint?: string };

export function isAdmin(requester: Requester, settings: Pick<CoreSettings, 'adminUserIds'>): boolean {
  return requester.isAdmin || settings.adminUserIds.includes(requester.userId);
}

export function ownerOf(user: Pick<IamUser, 'tags'> | null): string | null {
  const owner = user?.tags.find((t) => t.key === 'owner')?.value.trim();
  return owner ? owner : null;
}

/** The requester owns the business unit when its owner tag equals their email (case-insensitive). */
export function isOwner(requester: Requester, user: Pick<IamUser, 'tags'> | null): boolean {
  const owner = ownerOf(user);
  return (
    owner !== null && requester.email !== null && owner.toLowerCase() === requester.email.trim().toLowerCase()
  );
}

const ADMIN_HINT = 'Ask someone on the platform team (a bot admin).';

export function authorize(
  intent: IntentName,
  requester: Requester,
  settings: Pick<CoreSettings, 'adminUserIds' | 'allowRestrictedUsers' | 'allowExternalUsers'>,
  /** The business unit's IAM user, when the intent is about one (null when it does not exist). */
  unitUser: Pick<IamUser, 'tags'> | null = null,
): Decision {
  // People from other organisations (Slack Connect) get nothing but help, unless allowed.
  if (requester.isExternal === true && settings.allowExternalUsers !== true && intent !== 'help') {
    return {
      kind: 'refuse',
      reason: 'People from other organisations (Slack Connect) cannot use this bot here.',
      hint: 'Ask someone in this workspace for access, or a bot admin to set ALLOW_EXTERNAL_USERS.',
    };
  }
  const admin = isAdmin(requester, settings);
  if (admin) return { kind: 'allow', as: 'admin' };
  const owner = isOwner(requester, unitUser);

  switch (intent) {
    case 'help':
    case 'unknown':
    case 'models':
      return { kind: 'allow', as: 'member' };
    case 'token':
      if (requester.isRestricted && !settings.allowRestrictedUsers) {
        return {
          kind: 'refuse',
          reason: 'Guest and restricted accounts cannot get Bedrock credentials in this workspace.',
          hint: 'If you need access, ask a bot admin to enable it for guests or to issue credentials for your project.',
        };
      }
      return { kind: 'allow', as: 'member' };
    case 'list':
      return {
        kind: 'refuse',
        reason: 'Only bot admins can list every business unit.',
        hint: `${ADMIN_HINT} If you own a business unit, ask for "details for <business unit>".`,
      };
    case 'history':
      return { kind: 'refuse', reason: 'Only bot admins can see the request history.', hint: ADMIN_HINT };
    case 'details':
    case 'spend':
      if (owner) return { kind: 'allow', as: 'owner' };
      return {
        kind: 'refuse',
        reason: `Only bot admins and the business unit's owner can see its ${intent === 'spend' ? 'spend' : 'details'}.`,
        hint: `${ADMIN_HINT} The owner is whoever's email is in the unit's owner tag.`,
      };
    case 'create_key':
      if (requester.isRestricted) {
        return {
          kind: 'refuse',
          reason: 'Guest and restricted accounts cannot request long-term credentials.',
          hint: ADMIN_HINT,
        };
      }
      return { kind: 'needs-approval' };
    case 'rotate':
    case 'revoke':
      if (owner) return { kind: 'allow', as: 'owner' };
      return {
        kind: 'refuse',
        reason: `Only bot admins and the business unit's owner can ${intent} its keys.`,
        hint: `${ADMIN_HINT} Or ask the owner (the email in the unit's owner tag).`,
      };
    case 'deprovision':
      return {
        kind: 'refuse',
        reason: 'Only bot admins can remove a business unit and its IAM user.',
        hint: owner
          ? `As the owner you can revoke its keys instead: "revoke all keys for <business unit>".`
          : ADMIN_HINT,
      };
  }
}

/** May `approver` decide on a request made by `requesterId`? */
export function authorizeApproval(
  approver: Requester,
  request: { requesterId: string },
  settings: Pick<CoreSettings, 'adminUserIds' | 'allowExternalUsers'>,
): Decision {
  if (approver.isExternal === true && settings.allowExternalUsers !== true) {
    return {
      kind: 'refuse',
      reason: 'People from other organisations (Slack Connect) cannot approve requests here.',
    };
  }
  if (approver.userId === request.requesterId) {
    return {
      kind: 'refuse',
      reason: 'You cannot approve or deny your own request.',
      hint: 'Another bot admin has to decide on it.',
    };
  }
  if (!isAdmin(approver, settings)) {
    return { kind: 'refuse', reason: 'Only bot admins can approve or deny requests.' };
  }
  return { kind: 'allow', as: 'admin' };
}
