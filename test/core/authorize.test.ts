import { describe, expect, it } from 'vitest';
import { authorize, authorizeApproval, isOwner } from '../../src/core/authorize.js';
import type { IntentName } from '../../src/core/request.js';
import { ADMIN, GUEST, MEMBER, OTHER, settings } from './helpers.js';

const owned = { tags: [{ key: 'owner', value: 'jane.doe@EXAMPLE.com' }] };
const s = settings();

describe('authorize', () => {
  it('lets admins (by setting or by flag) do everything', () => {
    const flagged = { ...OTHER, isAdmin: true };
    for (const intent of ['list', 'history', 'deprovision', 'create_key', 'rotate'] as IntentName[]) {
      expect(authorize(intent, ADMIN, s).kind).toBe('allow');
      expect(authorize(intent, flagged, s).kind).toBe('allow');
    }
  });

  it('opens help, models and tokens to members', () => {
    expect(authorize('help', MEMBER, s).kind).toBe('allow');
    expect(authorize('models', MEMBER, s).kind).toBe('allow');
    expect(authorize('token', MEMBER, s).kind).toBe('allow');
  });

  it('refuses tokens to guests unless allowed, with a reason', () => {
    const refused = authorize('token', GUEST, s);
    expect(refused).toMatchObject({ kind: 'refuse', reason: expect.stringMatching(/Guest/) });
    expect(authorize('token', GUEST, settings({ allowRestrictedUsers: true })).kind).toBe('allow');
  });

  it('keeps list and history for admins', () => {
    expect(authorize('list', MEMBER, s).kind).toBe('refuse');
    expect(authorize('history', MEMBER, s).kind).toBe('refuse');
  });

  it('sends long-term key requests by members to approval, refuses guests', () => {
    expect(authorize('create_key', MEMBER, s).kind).toBe('needs-approval');
    expect(authorize('create_key', MEMBER, s, owned).kind).toBe('needs-approval');
    expect(authorize('create_key', GUEST, s).kind).toBe('refuse');
  });

  it('lets owners (case-insensitive email) see details and rotate or revoke, but not deprovision', () => {
    expect(isOwner(MEMBER, owned)).toBe(true);
    expect(authorize('details', MEMBER, s, owned)).toEqual({ kind: 'allow', as: 'owner' });
    expect(authorize('rotate', MEMBER, s, owned)).toEqual({ kind: 'allow', as: 'owner' });
    expect(authorize('revoke', MEMBER, s, owned)).toEqual({ kind: 'allow', as: 'owner' });
    expect(authorize('deprovision', MEMBER, s, owned).kind).toBe('refuse');
    expect(authorize('details', OTHER, s, owned).kind).toBe('refuse');
    expect(authorize('rotate', OTHER, s, owned).kind).toBe('refuse');
    expect(authorize('details', { ...MEMBER, email: null }, s, owned).kind).toBe('refuse');
  });
});

describe('authorizeApproval', () => {
  it('refuses self-approval, even for admins', () => {
    expect(authorizeApproval(ADMIN, { requesterId: ADMIN.userId }, s)).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/your own/),
    });
  });
  it('refuses non-admins and allows other admins', () => {
    expect(authorizeApproval(OTHER, { requesterId: MEMBER.userId }, s).kind).toBe('refuse');
    expect(authorizeApproval(ADMIN, { requesterId: MEMBER.userId }, s).kind).toBe('allow');
  });
});
