/** The short-term bearer token message: the only place a token is revealed. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { humanDuration } from '../core/durations.js';
import { actions, context, dismissButton, header, message } from './blocks.js';
import { code, codeBlock, esc, relative, when } from './format.js';
import { sections } from './limits.js';
import { exportSections } from './secret-exports.js';
import {
  anthropicSdk,
  autoRefreshJavascript,
  chosenModel,
  claudeCode,
  curlBearer,
  javascriptConverse,
  MODEL_PLACEHOLDER,
  pythonConverse,
} from './snippets.js';
import type { ChosenModel } from './snippets.js';
import type { ModelCatalog } from '../core/model-catalog.js';
import { MODEL_ACCESS_DOCS, MODEL_ACCESS_SHORT } from '../core/model-access-advice.js';

type TokenOutcome = Extract<Outcome, { type: 'token' }>;

const ROUTE_NOTE: Record<NonNullable<ChosenModel['route']>, string> = {
  'on-demand': '',
  'geo-profile': ' (a cross-Region inference profile that keeps requests in this geography)',
  'global-profile': ' (a global cross-Region inference profile: the only way to call it from this Region)',
};

/** The model line under the snippets: which model they use and why, or how to find one. */
export function modelNote(model: ChosenModel, catalog: ModelCatalog, commandName: string): string {
  const region = catalog.region;
  const others = code(`${commandName} models in ${region}`);
  if (model.placeholder) {
    return `*Model:* replace ${code(MODEL_PLACEHOLDER)} with a model ID from ${others}. ${esc(MODEL_ACCESS_SHORT)} <${MODEL_ACCESS_DOCS}|How model access works>`;
  }
  let note = `*Model:* ${esc(model.name ?? model.id)} ${code(model.id)}${model.route === null ? '' : ROUTE_NOTE[model.route]}. Others: ${others}.`;
  if (catalog.defaultNote !== null) note += ` ${esc(catalog.defaultNote)}`;
  note += ` AccessDenied on the first call? <${MODEL_ACCESS_DOCS}|how model access works> (Marketplace subscription, Anthropic use-case form, ~15 min wait).`;
  return note;
}

export function renderToken(o: TokenOutcome, ctx: RenderContext): Message {
  const { token } = o;
  const region = token.region;
  const model = chosenModel(o.catalog);
  const refreshTtl = Math.min(Math.max(o.requestedTtlSeconds, 900), 43_200);

  // The two lines people paste come first.
  const blocks: Block[] = [
    header('✓ Bedrock token ready'),
    ...exportSections([
      { name: 'AWS_BEARER_TOKEN_BEDROCK', value: token.token.reveal() },
      { name: 'AWS_REGION', value: region },
    ]),
    context(
      `Expires ${when(token.expiresAt, ctx.now)} · ${esc(region)} · signed by ${code(token.signerArn)}`,
      '🔒 Only you can see this and nobody can show it again. Treat it like a password: not in channels, tickets or code. It stops working by itself.',
    ),
  ];

  const why: string[] = [];
  if (token.cappedBySigningCredentials) {
    why.push(
      `⚠ *Shorter than the ${humanDuration(o.requestedTtlSeconds)} you asked for:* a token cannot outlive the AWS credentials that signed it, and those expire ${relative(token.expiresAt, ctx.now)}. Ask again then for a new one.`,
    );
  }
  if (token.roleDurationFallbackSeconds !== null) {
    why.push(
      `⚠ The signing role allows sessions of at most ${humanDuration(token.roleDurationFallbackSeconds)}, so the token was signed with a session that long. An admin can raise the role's maximum session duration (up to 12 h).`,
    );
  }
  if (why.length > 0) blocks.push(...sections(why.join('\n')));

  blocks.push(
    ...sections(`*Try it*\n${codeBlock(curlBearer(model.id))}`),
    context(modelNote(model, o.catalog, ctx.commandName)),
    ...sections(`*Claude Code*\n${codeBlock(claudeCode(model.id))}`),
    ...sections(`*Python* (boto3)\n${codeBlock(pythonConverse(model.id, true))}`),
    ...sections(
      `*JavaScript* (AWS SDK v3)\n${codeBlock(javascriptConverse(model.id, true))}\n*Anthropic SDK*\n${codeBlock(anthropicSdk(model.id))}`,
    ),
    ...sections(
      `*Long-running app?* This token cannot be refreshed. An app with its own AWS credentials (a role) mints tokens itself, and the client refreshes them:\n${codeBlock(autoRefreshJavascript(region, model.id, refreshTtl))}\nServers and CI/CD: ask for a long-term key for a business unit, ${code(`${ctx.commandName} key for <business-unit>`)}.`,
    ),
    actions(dismissButton(null)),
  );

  const text = `Bedrock token ready (${esc(region)}), expires ${when(token.expiresAt, ctx.now)}. Only you can see it.`;
  return message(text, blocks, true);
}
