/** Foundation models by provider with the IDs to use; when there are none, how to get access. */
import type { RenderContext } from './render-reply.js';
import type { ModelInfo } from '../core/aws-port.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { context, header, message } from './blocks.js';
import { code, esc, plural } from './format.js';
import { packLines, sections } from './limits.js';
import { invocationId } from './snippets.js';

function modelLine(m: ModelInfo, region: string): string {
  const inv = invocationId(m, region);
  let line = `• ${esc(m.modelName)}  ${code(inv.id)}`;
  if (inv.viaProfile) line += ' _(inference profile)_';
  if (inv.profileUnknown) line += ' _(needs an inference profile)_';
  if (m.status === 'LEGACY') line += ' _legacy_';
  return line;
}

export function renderModels(o: Extract<Outcome, { type: 'models' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const what = o.provider ? `${o.provider} models` : 'models';
  if (o.models.length === 0) {
    return message(`No ${esc(what)} available in ${esc(o.region)}.`, [
      ...sections(
        `No ${esc(what)} are available to this account in ${esc(o.region)}.\n*To fix it:*\n1. An AWS admin opens the Bedrock console in ${esc(o.region)} → *Model access* and enables the models (Anthropic models ask for a short use-case form once).\n2. Or try a region where they are enabled: ${code(`${c} models in us-west-2`)}`,
      ),
      context(
        `Check from a shell: ${code(`aws bedrock list-foundation-models --region ${o.region} --by-output-modality TEXT`)}`,
      ),
    ]);
  }
  const byProvider = new Map<string, ModelInfo[]>();
  for (const m of o.models) {
    const list = byProvider.get(m.providerName) ?? [];
    list.push(m);
    byProvider.set(m.providerName, list);
  }
  const providers = [...byProvider.keys()].sort((a, b) =>
    a === 'Anthropic' ? -1 : b === 'Anthropic' ? 1 : a.localeCompare(b),
  );
  const lines: string[] = [];
  for (const p of providers) {
    const models = (byProvider.get(p) ?? []).sort(
      (a, b) =>
        Number(a.status === 'LEGACY') - Number(b.status === 'LEGACY') ||
        a.modelName.localeCompare(b.modelName),
    );
    lines.push(`*${esc(p)}* (${models.length})`, ...models.map((m) => modelLine(m, o.region)));
  }
  const blocks: Block[] = [
    header(`Bedrock ${what} in ${o.region} (${o.models.length})`),
    ...packLines(lines, {
      maxSections: 12,
      more: (n) => `…and ${n} more lines; ask for one provider: ${code(`${c} models anthropic`)}`,
    }).blocks,
    context(
      `Use the ID shown as ${code('modelId')} (or in the URL path, with ${code(':')} written ${code('%3A')}). IDs starting ${code('us.')}/${code('eu.')}/${code('apac.')} are cross-Region inference profiles. Other region: ${code(`${c} models in <region>`)}`,
    ),
  ];
  return message(
    `${plural(o.models.length, 'model')} in ${esc(o.region)}`,
    blocks,
    false,
    `ask for one provider: ${c} models anthropic`,
  );
}
