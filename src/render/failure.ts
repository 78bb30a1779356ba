/** Failures explained for people (what happened, the fix, the policy to ask for), refusals and invalid requests. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { context, header, message } from './blocks.js';
import { code, codeBlock, esc } from './format.js';
import { sections } from './limits.js';

export function renderFailure(o: Extract<Outcome, { type: 'failure' }>, ctx: RenderContext): Message {
  const f = o.failure;
  const blocks: Block[] = [header(`✗ ${f.title}`), ...sections(esc(f.detail))];
  if (f.fix.length > 0) {
    blocks.push(
      ...sections(`*How to fix it*\n${f.fix.map((step, i) => `${i + 1}. ${esc(step)}`).join('\n')}`),
    );
  }
  if (f.policyStatement) {
    blocks.push(
      ...sections(
        `*The policy statement to ask your AWS administrator for*\n${codeBlock(f.policyStatement)}`,
      ),
    );
  }
  if (f.commands && f.commands.length > 0) {
    blocks.push(...sections(`*Check it yourself*\n${codeBlock(f.commands.join('\n'))}`));
  }
  if (f.retryable) blocks.push(...sections('↻ This is usually temporary: try again in a minute.'));
  const meta: string[] = [];
  if (f.awsAction) meta.push(`AWS action: ${code(f.awsAction)}`);
  if (f.awsErrorName) meta.push(`error: ${code(f.awsErrorName)}`);
  if (o.reference) meta.push(`reference: ${code(o.reference)}`);
  meta.push(`help: ${code(`${ctx.commandName} help`)}`);
  blocks.push(context(meta.join('  ·  ')));
  const text = `Failed: ${esc(f.title)}${o.reference ? ` (reference ${esc(o.reference)})` : ''}`;
  return message(text, blocks);
}

export function renderRefused(o: Extract<Outcome, { type: 'refused' }>, ctx: RenderContext): Message {
  const blocks: Block[] = [...sections(`🚫 *Not allowed:* ${esc(o.reason)}`)];
  blocks.push(context(o.hint ? esc(o.hint) : `See what you can ask for: ${code(`${ctx.commandName} help`)}`));
  return message(`Not allowed: ${esc(o.reason)}`, blocks);
}

export function renderInvalid(o: Extract<Outcome, { type: 'invalid' }>, ctx: RenderContext): Message {
  const problems = o.problems.length > 0 ? o.problems : ['The request could not be understood.'];
  const first = problems[0] ?? '';
  const blocks: Block[] = [
    ...sections(`✏️ *That request needs a fix:*\n${problems.map((p) => `• ${esc(p)}`).join('\n')}`),
    context(o.hint ? esc(o.hint) : `Examples: ${code(`${ctx.commandName} help`)}`),
  ];
  return message(`That request needs a fix: ${esc(first)}`, blocks);
}
