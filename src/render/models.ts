/**
 * The models that can be called in a Region, by provider, with the ID to use (the model's own or an
 * inference profile's, from core/model-catalog.ts), whether this account can call each one now, and
 * what to do when it cannot.
 */
import type { RenderContext } from './render-reply.js';
import type { ModelAvailability } from '../core/aws-port.js';
import { availabilityVerdict, MODEL_ACCESS_DOCS, MODEL_ACCESS_STEPS } from '../core/model-access-advice.js';
import { messagesApiUrl, servedByMessagesApi, type InvocableModel } from '../core/model-catalog.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { context, header, message } from './blocks.js';
import { code, esc, plural } from './format.js';
import { packLines, sections } from './limits.js';

type ModelsOutcome = Extract<Outcome, { type: 'models' }>;

const ROUTE: Record<InvocableModel['route'], string> = {
  'on-demand': '',
  'geo-profile': ' _(inference profile)_',
  'global-profile': ' _(global profile)_',
};

const MARK: Record<ReturnType<typeof availabilityVerdict>['verdict'], string> = {
  callable: '✓',
  pending: '⏳',
  'needs-subscription': '○',
  'not-authorized': '✗',
  'not-here': '✗',
};

function modelLine(
  m: InvocableModel,
  isDefault: boolean,
  availability: ModelAvailability | undefined,
): string {
  const verdict = availability === undefined ? null : availabilityVerdict(availability);
  let line = `${verdict === null ? '•' : MARK[verdict.verdict]} ${esc(m.modelName)}  ${code(m.invokeId)}${ROUTE[m.route]}`;
  if (isDefault) line += ' *default*';
  if (verdict !== null && verdict.verdict !== 'callable') line += ` — ${esc(verdict.advice)}`;
  return line;
}

export function renderModels(o: ModelsOutcome, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const { catalog } = o;
  const what = o.provider ? `${o.provider} models` : 'models';
  const models = catalog.models;
  const accessHelp = `*If a call is refused:*\n${MODEL_ACCESS_STEPS.map((s, i) => `${i + 1}. ${esc(s)}`).join('\n')}\n<${MODEL_ACCESS_DOCS}|How model access works (AWS docs)>`;
  if (models.length === 0) {
    const unreachable =
      catalog.unreachable.length > 0
        ? `\n${plural(catalog.unreachable.length, 'model')} exist here but can be called neither on demand nor through an inference profile from ${esc(o.region)}.`
        : '';
    return message(`No ${esc(what)} can be called in ${esc(o.region)}.`, [
      ...sections(
        `No ${esc(what)} can be called in ${esc(o.region)}.${unreachable}\nTry a Region where they can: ${code(`${c} models in us-east-1`)}\n${accessHelp}`,
      ),
      context(
        `Check from a shell: ${code(`aws bedrock list-inference-profiles --region ${o.region} --type-equals SYSTEM_DEFINED`)}`,
      ),
    ]);
  }
  const byProvider = new Map<string, InvocableModel[]>();
  for (const m of models) byProvider.set(m.providerName, [...(byProvider.get(m.providerName) ?? []), m]);
  const providers = [...byProvider.keys()].sort((a, b) =>
    a === 'Anthropic' ? -1 : b === 'Anthropic' ? 1 : a.localeCompare(b),
  );
  const lines: string[] = [];
  for (const p of providers) {
    const list = byProvider.get(p) ?? [];
    lines.push(
      `*${esc(p)}* (${list.length})`,
      ...list.map((m) => modelLine(m, m === catalog.defaultModel, o.availability[m.modelId])),
    );
  }
  const checked =
    o.availabilityUnchecked !== null
      ? `Whether this account can call each model was not checked: ${esc(o.availabilityUnchecked)}.`
      : Object.keys(o.availability).length > 0
        ? '✓ callable · ⏳ subscribing (retry in ~15 min) · ○ not subscribed yet · ✗ refused'
        : null;
  const blocks: Block[] = [
    header(`Bedrock ${what} in ${o.region} (${models.length})`),
    ...packLines(lines, {
      maxSections: 10,
      more: (n) => `…and ${n} more lines; ask for one provider: ${code(`${c} models anthropic`)}`,
    }).blocks,
  ];
  const needsHelp =
    o.availabilityUnchecked !== null ||
    Object.values(o.availability).some((a) => availabilityVerdict(a).verdict !== 'callable');
  if (needsHelp) blocks.push(...sections(accessHelp));
  const messagesApi = models.filter(servedByMessagesApi);
  blocks.push(
    context(
      ...[
        checked,
        messagesApi.length > 0
          ? `${esc(messagesApi.map((m) => m.modelName).join(', '))} also ${messagesApi.length === 1 ? 'answers' : 'answer'} on the Anthropic Messages API: ${code(messagesApiUrl(o.region))} (the Anthropic SDK's ${code('AnthropicBedrockMantle')}).`
          : null,
        `Use the ID shown as ${code('modelId')} (in a URL path, write ${code(':')} as ${code('%3A')}). IDs starting with a geography (${code('us.')}, ${code('eu.')}, ${code('jp.')}, ${code('au.')}…) or ${code('global.')} are cross-Region inference profiles callable from ${esc(o.region)}. Other Region: ${code(`${c} models in <region>`)}`,
      ].filter((t): t is string => t !== null),
    ),
  );
  return message(
    `${plural(models.length, 'model')} in ${esc(o.region)}`,
    blocks,
    false,
    `ask for one provider: ${c} models anthropic`,
  );
}
