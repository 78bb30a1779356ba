/** Text the bot did not understand, and the parse result shown by the console/CLI. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Message } from './block-kit.js';
import { humanDuration } from '../core/durations.js';
import { context, message } from './blocks.js';
import { code, esc } from './format.js';
import { clip, fieldSections, sections } from './limits.js';

export function renderUnknown(o: Extract<Outcome, { type: 'unknown' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const said = clip(o.text.trim(), 200);
  return message(`I didn't understand "${esc(said)}". Try ${c} help.`, [
    ...sections(
      `🤔 I didn't understand ${said ? `“${esc(said)}”` : 'that'}. Some things I can do:\n• ${code(`${c} token 6h`)}  a short-term token for you\n• ${code(`${c} key for production-api owner x@co.com`)}  a long-term key for a system\n• ${code(`${c} models`)}  models you can use`,
    ),
    context(`Everything: ${code(`${c} help`)}`),
  ]);
}

export function renderParsed(o: Extract<Outcome, { type: 'parsed' }>, _ctx: RenderContext): Message {
  const p = o.parse;
  const v = (x: string | null): string => (x === null ? '–' : code(x));
  const fields = [
    `*Intent*\n${code(p.intent)} (confidence ${p.confidence.toFixed(2)})${p.topic ? `, topic ${code(p.topic)}` : ''}`,
    `*Business unit*\n${v(p.businessUnit)}`,
    `*Owner*\n${v(p.owner)}`,
    `*Token lifetime*\n${p.ttlSeconds === null ? '–' : humanDuration(p.ttlSeconds)}`,
    `*Region*\n${v(p.region)}`,
    `*Key kind*\n${v(p.keyKind)}`,
    `*Key expiry*\n${p.expiryDays === null ? '–' : `${p.expiryDays} days`}`,
    `*Key ID*\n${v(p.keyId)}`,
    `*Provider*\n${v(p.provider)}`,
    `*Flags*\n${[p.all ? 'all' : '', p.longTerm ? 'long-term' : ''].filter(Boolean).join(', ') || '–'}`,
  ];
  if (p.problems && p.problems.length > 0)
    fields.push(`*Problems*\n${p.problems.map((x) => esc(x.reason)).join('\n')}`);
  if (p.question)
    fields.push(
      `*Would ask*\n${esc(p.question.text)} ${p.question.alternatives.map((a) => code(a.text)).join(' / ')}`,
    );
  else if (p.alternatives && p.alternatives.length > 0)
    fields.push(`*Alternatives*\n${p.alternatives.map((a) => code(a.text)).join(' / ')}`);
  return message(`Parsed as ${p.intent} (confidence ${p.confidence.toFixed(2)})`, [
    ...fieldSections(fields),
    context(`Why: ${esc(p.reason)}`),
  ]);
}
