/** One business unit in detail: user, ARN, tags, policies, access keys and Bedrock API keys with their ages. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { context, header, message } from './blocks.js';
import { code, daysBetween, esc, formatDay, maskKeyId, plural, relative, when } from './format.js';
import { fieldSections, packLines, sections } from './limits.js';

export function renderDetails(o: Extract<Outcome, { type: 'details' }>, ctx: RenderContext): Message {
  const d = o.details;
  const now = ctx.now;
  const c = ctx.commandName;
  const blocks: Block[] = [
    header(`Business unit ${d.businessUnit}`),
    ...fieldSections([
      `*IAM user*\n${code(d.user.userName)}`,
      `*Owner*\n${d.owner ? esc(d.owner) : '⚠ none'}`,
      `*ARN*\n${code(d.user.arn)}`,
      `*User ID*\n${code(d.user.userId)}`,
      `*Path*\n${code(d.user.path)}`,
      `*Created*\n${when(d.user.createdAt, now)}`,
    ]),
  ];

  const tags = d.user.tags.map((t) => `• ${esc(t.key)}: ${esc(t.value)}`);
  const policies = [
    ...d.attachedPolicies.map((p) => `• ${esc(p.policyName)} (managed) ${code(p.policyArn)}`),
    ...d.inlinePolicies.map((p) => `• ${esc(p)} (inline)`),
  ];
  blocks.push(
    ...sections(
      `*Tags*\n${tags.length > 0 ? tags.join('\n') : '_none_'}\n\n*Policies*\n${policies.length > 0 ? policies.join('\n') : '_none: this user cannot call Bedrock_'}`,
    ),
  );

  const apiLines = d.apiKeys.map((k) => {
    const flags: string[] = [];
    if (k.expiresAt === null) flags.push('⚠ never expires');
    else if (k.expiresAt.getTime() <= now.getTime()) flags.push('expired');
    else if (k.expiresAt.getTime() - now.getTime() <= 7 * 86_400_000) flags.push('⚠ expires soon');
    if (daysBetween(k.createdAt, now) > 90) flags.push('⚠ older than 90 days');
    const exp = k.expiresAt
      ? `expires ${formatDay(k.expiresAt)} (${relative(k.expiresAt, now)})`
      : 'never expires';
    return `• ${code(k.alias)} · ${k.status} · created ${formatDay(k.createdAt)} (${relative(k.createdAt, now)}) · ${exp}${flags.length ? ` · ${flags.join(', ')}` : ''}  ${code(k.credentialId)}`;
  });
  const akLines = d.accessKeys.map((k) => {
    const age = daysBetween(k.createdAt, now);
    const used = k.lastUsedAt
      ? `last used ${formatDay(k.lastUsedAt)} (${relative(k.lastUsedAt, now)})${k.lastUsedService ? ` via ${esc(k.lastUsedService)}` : ''}`
      : 'never used';
    return `• ${code(maskKeyId(k.accessKeyId))} · ${k.status} · created ${formatDay(k.createdAt)} (${relative(k.createdAt, now)}) · ${used}${age > 90 ? ' · ⚠ older than 90 days' : ''}`;
  });
  blocks.push(
    ...packLines(
      [`*Bedrock API keys* (${d.apiKeys.length} of 2)`, ...(apiLines.length ? apiLines : ['_none_'])],
      {
        maxSections: 3,
        more: (n) => `…and ${plural(n, 'more key')}.`,
      },
    ).blocks,
    ...packLines(
      [`*Access keys* (${d.accessKeys.length} of 2)`, ...(akLines.length ? akLines : ['_none_'])],
      {
        maxSections: 3,
        more: (n) => `…and ${plural(n, 'more key')}.`,
      },
    ).blocks,
    context(
      `Key values cannot be retrieved after creation. New key: ${code(`${c} key for ${d.businessUnit}`)} · rotate: ${code(`${c} rotate key for ${d.businessUnit}`)} · revoke: ${code(`${c} revoke key <id> for ${d.businessUnit}`)}`,
    ),
  );
  const keys = d.apiKeys.length + d.accessKeys.length;
  return message(`${esc(d.businessUnit)}: ${esc(d.user.userName)}, ${plural(keys, 'key')}`, blocks);
}
