/** The parts of a plan every card shows: what it does, step by step with the exact AWS actions, and warnings. */
import type { Plan } from '../core/plan.js';
import type { Block } from './block-kit.js';
import { context } from './blocks.js';
import { code, esc, maskKeyId, plural } from './format.js';
import { fieldSections, packLines, sections } from './limits.js';

const KIND_WORDS: Record<Plan['kind'], string> = {
  create_key: 'Create a long-term key',
  rotate: 'Rotate a key',
  revoke: 'Revoke keys',
  deprovision: 'Deprovision a business unit',
  change_owner: 'Change the owner of a business unit',
};

function keyKindWords(kind: Plan['params']['keyKind']): string {
  if (kind === 'api-key') return 'Long-term Bedrock API key';
  if (kind === 'access-key') return 'IAM access key pair';
  return '–';
}

/** Facts about the plan as short fields. */
export function planFields(plan: Plan): Block[] {
  const p = plan.params;
  const fields = [
    `*Business unit*\n${esc(plan.businessUnit)}`,
    `*IAM user*\n${code(plan.userName)}`,
    `*What*\n${KIND_WORDS[plan.kind]}`,
  ];
  if (plan.kind === 'create_key' || plan.kind === 'rotate') {
    fields.push(`*Key type*\n${keyKindWords(p.keyKind)}`);
    if (p.keyKind === 'api-key')
      fields.push(`*Lifetime*\n${p.ageDays === null ? '⚠ never expires' : plural(p.ageDays, 'day')}`);
    fields.push(`*Region*\n${esc(p.region)}`);
  }
  if (p.owner) fields.push(`*Owner*\n${esc(p.owner)}`);
  if (p.targetKeys.length > 0) {
    const shown = p.targetKeys
      .slice(0, 5)
      .map((k) => esc(k.kind === 'access-key' ? maskKeyId(k.id) : k.label));
    const more = p.targetKeys.length > 5 ? ` …and ${p.targetKeys.length - 5} more` : '';
    fields.push(`*${plan.kind === 'rotate' ? 'Old keys' : 'Keys'}*\n${shown.join(', ')}${more}`);
  }
  if (plan.unitState) fields.push(`*IAM user now*\n${esc(plan.unitState)}`);
  if (p.tags.length > 0)
    fields.push(`*Tags*\n${p.tags.map((t) => `${esc(t.key)}=${esc(t.value)}`).join(', ')}`);
  return fieldSections(fields);
}

/** The numbered steps, each with its AWS actions; steps AWS already has are marked as skipped. */
export function planSteps(plan: Plan): Block[] {
  if (plan.steps.length === 0) return sections('_Nothing to do: AWS already matches this request._');
  const lines = plan.steps.map((s, i) => {
    const acts = s.actions.map((a) => code(a)).join(' ');
    const words = s.alreadyDone ? `~${esc(s.description)}~ _already done, skipped_` : esc(s.description);
    return `${i + 1}. ${s.destructive ? '🗑 ' : ''}${words}${acts ? `  ·  ${acts}` : ''}`;
  });
  const blocks: Block[] = packLines(['*Steps*', ...lines], {
    maxSections: 4,
    more: (n) => `…and ${plural(n, 'more step')}.`,
  }).blocks;
  const allActions = [...new Set(plan.steps.flatMap((s) => s.actions))];
  if (allActions.length > 0) blocks.push(context(`AWS calls: ${allActions.map((a) => esc(a)).join(', ')}`));
  return blocks;
}

/** What a destructive plan removes, said plainly. */
export function destructiveSummary(plan: Plan): string | null {
  if (!plan.destructive) return null;
  const gone = plan.steps
    .filter((s) => s.destructive && !s.alreadyDone)
    .map((s) => esc(s.description.replace(/\.$/, '')));
  const list =
    gone.length > 0
      ? gone.slice(0, 8).join('; ') + (gone.length > 8 ? `; …and ${gone.length - 8} more` : '')
      : esc(plan.title);
  const subject =
    plan.kind === 'deprovision'
      ? `the IAM user ${code(plan.userName)} and everything attached to it`
      : plural(plan.params.targetKeys.length || 1, 'key');
  return `🛑 *This permanently deletes ${subject}.* It cannot be undone, and anything still using ${plan.kind === 'deprovision' ? 'its keys' : 'them'} stops working at once.\n${list}.`;
}

export function planWarnings(plan: Plan): Block[] {
  const parts: string[] = [];
  const d = destructiveSummary(plan);
  if (d) parts.push(d);
  if (plan.warnings.length > 0) parts.push(plan.warnings.map((w) => `⚠ ${esc(w)}`).join('\n'));
  return parts.length > 0 ? sections(parts.join('\n\n')) : [];
}

/** Fields, steps and warnings in order. */
export function planBody(plan: Plan): Block[] {
  return [...planFields(plan), ...planSteps(plan), ...planWarnings(plan)];
}
