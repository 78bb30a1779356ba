/** The short-term bearer token message: the only place a token is revealed. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { actions, context, dismissButton, divider, header, message } from './blocks.js';
import { code, codeBlock, esc, humanDuration, relative, when } from './format.js';
import { sections } from './limits.js';
import { exportSections } from './secret-exports.js';
import {
  autoRefreshPython,
  autoRefreshTypescript,
  chooseModel,
  curlBearer,
  pythonConverse,
  typescriptConverse,
} from './snippets.js';
import type { ChosenModel } from './snippets.js';

type TokenOutcome = Extract<Outcome, { type: 'token' }>;

/** The model line under the snippets: which model they use, or how to find one. */
export function modelNote(model: ChosenModel, region: string, commandName: string): string {
  if (model.placeholder) {
    return `*Model:* replace ${code('<MODEL_ID>')} with a model you can use in ${esc(region)}: ${code(`${commandName} models in ${region}`)} lists them. None are enabled? Ask an admin to enable model access (Bedrock console → Model access).`;
  }
  let note = `*Model:* ${esc(model.name ?? model.id)} ${code(model.id)}`;
  if (model.viaProfile) note += ' (a cross-Region inference profile: this model is invoked through one)';
  if (model.profileUnknown)
    note += ` (may need an inference-profile ID: ${code(`aws bedrock list-inference-profiles --region ${region}`)})`;
  return `${note}. Other models: ${code(`${commandName} models in ${region}`)}.`;
}

export function renderToken(o: TokenOutcome, ctx: RenderContext): Message {
  const { token } = o;
  const region = token.region;
  const lifetime = Math.round((token.expiresAt.getTime() - ctx.now.getTime()) / 1000);
  const model = chooseModel(o.models, region);
  const refreshTtl = Math.min(Math.max(o.requestedTtlSeconds, 900), 43_200);

  const blocks: Block[] = [
    header('✓ Bedrock token ready'),
    {
      type: 'section',
      fields: [
        `*Expires*\n${when(token.expiresAt, ctx.now)}`,
        `*Region*\n${esc(region)}`,
        `*Type*\nShort-term bearer token (${humanDuration(lifetime)})`,
        `*Signed by*\n${code(token.signerArn)}`,
      ].map((text) => ({ type: 'mrkdwn' as const, text })),
    },
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
    ...sections('*1. Set it in your shell* (only you can see this message; nobody can show it again)'),
    ...exportSections([
      { name: 'AWS_BEARER_TOKEN_BEDROCK', value: token.token.reveal() },
      { name: 'AWS_REGION', value: region },
    ]),
    ...sections(`*2. Try it*\n${codeBlock(curlBearer(model.id))}`),
    context(modelNote(model, region, ctx.commandName)),
    ...sections(`*Python* (boto3)\n${codeBlock(pythonConverse(model.id, region, true))}`),
    ...sections(`*TypeScript* (AWS SDK v3)\n${codeBlock(typescriptConverse(model.id, true))}`),
    divider(),
    ...sections(
      `*Long-running app?* A token cannot be refreshed or extended. An app that has its own AWS credentials (a role) should mint tokens itself with the token generator instead of using this one:\n${codeBlock(autoRefreshTypescript(model.id, region, refreshTtl))}`,
    ),
    ...sections(codeBlock(autoRefreshPython(model.id, region, refreshTtl))),
    context(
      `🔒 Treat it like a password: don't paste it in channels, tickets or code, and never commit it. It works until ${when(token.expiresAt, ctx.now)}, then stops by itself.`,
      `Need credentials for a server or CI/CD? Ask for a long-term key for its business unit: ${code(`${ctx.commandName} key for <business-unit>`)}.`,
    ),
    actions(dismissButton(null)),
  );

  const text = `Bedrock token ready (${esc(region)}), expires ${when(token.expiresAt, ctx.now)}. Only you can see it.`;
  return message(text, blocks, true);
}
