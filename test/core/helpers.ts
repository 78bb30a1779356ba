/** Shared builders for core tests. */
import { emptyParse, type ParseResult } from '../../src/core/request.js';
import type { Requester } from '../../src/core/requester.js';
import { DEFAULT_SETTINGS, type CoreSettings } from '../../src/core/settings.js';

export function settings(overrides: Partial<CoreSettings> = {}): CoreSettings {
  return { ...DEFAULT_SETTINGS, adminUserIds: ['UADMIN1', 'UADMIN2'], ...overrides };
}

export const ADMIN: Requester = {
  userId: 'UADMIN1',
  email: 'ops@example.com',
  displayName: 'Olga Ops',
  isAdmin: false,
  isRestricted: false,
};
export const ADMIN2: Requester = {
  userId: 'UADMIN2',
  email: 'root@example.com',
  displayName: 'Rita Root',
  isAdmin: false,
  isRestricted: false,
};
export const MEMBER: Requester = {
  userId: 'U024BE7LH',
  email: 'Jane.Doe@example.com',
  displayName: 'Jane Doe',
  isAdmin: false,
  isRestricted: false,
};
export const OTHER: Requester = {
  userId: 'U0OTHER01',
  email: 'bob@example.com',
  displayName: 'Bob',
  isAdmin: false,
  isRestricted: false,
};
export const GUEST: Requester = {
  userId: 'U0GUEST01',
  email: 'guest@partner.com',
  displayName: 'Guest',
  isAdmin: false,
  isRestricted: true,
};

export function parsed(overrides: Partial<ParseResult>): ParseResult {
  return emptyParse({ confidence: 1, reason: 'test', ...overrides });
}
