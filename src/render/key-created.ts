/**
 * The long-term key message: a Bedrock API key (used as a bearer token) or an IAM access key pair.
 * The only place a long-term secret is revealed; shown once, only to the requester.
 */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { actions, button, context, dialog, dismissButton, divider, header, message } from './blocks.js';
import { code, codeBlock, esc, formatDay, maskKeyId, plural, relative, when } from './format.js';
import { fieldSections, sections } from './limits.js';
import { exportSections } from './secret-exports.js';
import type { EnvVar } from './secret-exports.js';
import {
  awsCliConverse,
  chosenModel,
  claudeCode,
  curlBearer,
  javascriptConverse,
  pythonConverse,
} from './snippets.js';
import { modelNote } from './token.js';

type KeyCreated = Extract<Outcome, { type: 'key-created' }>;

export function renderKeyCreated(o: KeyCreated, ctx: RenderContext): Message {
  const isApiKey = o.keyKind === 'api-key';
  const cmd = ctx.commandName;
  const model = chosenModel(o.catalog);
  const what = isApiKey ? 'Long-term Bedrock API key' : 'IAM access key';
  const rotated = o.rotation !== null;

  const fields = [
    `*IAM user*\n${code(o.userName)}${o.userCreated ? ' (created now)' : ''}`,
    `*Region*\n${esc(o.region)}`,
    `*Type*\n${what}`,
  ];
  const vars: EnvVar[] = [];
  let expiry: Date | null = null;
  if (isApiKey && o.apiKey) {
    expiry = o.apiKey.expiresAt;
    fields.push(`*Key alias*\n${code(o.apiKey.alias)}`, `*Created*\n${when(o.apiKey.createdAt, ctx.now)}`);
    fields.push(`*Expires*\n${expiry ? when(expiry, ctx.now) : '⚠ never'}`);
    vars.push({ name: 'AWS_BEARER_TOKEN_BEDROCK', value: o.apiKey.secret.reveal() });
  } else if (o.accessKey) {
    fields.push(
      `*Access key ID*\n${code(o.accessKey.accessKeyId)}`,
      `*Created*\n${when(o.accessKey.createdAt, ctx.now)}`,
      '*Expires*\nnever (rotate it yourself)',
    );
    vars.push(
      { name: 'AWS_ACCESS_KEY_ID', value: o.accessKey.accessKeyId },
      { name: 'AWS_SECRET_ACCESS_KEY', value: o.accessKey.secretAccessKey.reveal() },
    );
  }
  vars.push({ name: 'AWS_REGION', value: o.region });

  const blocks: Block[] = [
    header(`✓ ${rotated ? 'New key' : what} for ${o.businessUnit}`),
    ...fieldSections(fields),
    ...sections(
      `⚠️ *Save it now: it is shown once and cannot be retrieved later.* Store it in AWS Secrets Manager or your team's vault, never in code, chat or tickets.${
        expiry ? ` It stops working on ${formatDay(expiry)} (${relative(expiry, ctx.now)}).` : ''
      }`,
    ),
    ...sections('*Set it where your system runs*'),
    ...exportSections(vars),
    ...sections(
      isApiKey
        ? `*Try it*\n${codeBlock(curlBearer(model.id))}`
        : `*Try it* (the AWS CLI signs the request with the access key)\n${codeBlock(awsCliConverse(model.id))}`,
    ),
    context(modelNote(model, o.catalog, cmd)),
    ...sections(`*Python* (boto3)\n${codeBlock(pythonConverse(model.id, isApiKey))}`),
    ...sections(
      `*JavaScript* (AWS SDK v3)\n${codeBlock(javascriptConverse(model.id, isApiKey))}\n*Claude Code*\n${codeBlock(claudeCode(model.id))}`,
    ),
    divider(),
  ];

  const notes: string[] = [];
  if (o.otherKeys.length > 0) {
    const total = o.otherKeys.length + 1;
    notes.push(
      `ℹ ${esc(o.businessUnit)} now has ${plural(total, isApiKey ? 'Bedrock API key' : 'access key')} (AWS allows 2): ${o.otherKeys
        .map((k) => (k.kind === 'access-key' ? code(maskKeyId(k.id)) : code(k.label)))
        .join(', ')} and the new one.`,
    );
  }
  for (const n of o.notes) notes.push(`ℹ ${esc(n)}`);
  if (notes.length > 0) blocks.push(...sections(notes.join('\n')));

  if (o.rotation) {
    const old = o.rotation.oldKeys
      .map((k) => (k.kind === 'access-key' ? code(maskKeyId(k.id)) : code(k.label)))
      .join(', ');
    blocks.push(
      ...sections(
        `*Next: retire the old ${o.rotation.oldKeys.length === 1 ? 'key' : 'keys'}* (${old || 'none'}).\n1. Put the new key everywhere the old one is used.\n2. Check that those systems work (the commands above).\n3. Then delete the old ${o.rotation.oldKeys.length === 1 ? 'key' : 'keys'} here. Until you do, both work.`,
      ),
      actions(
        button('delete_old', 'Delete old key now', o.rotation.requestId, {
          style: 'danger',
          confirm: dialog(
            'Delete the old key?',
            `Anything still using ${old || 'the old key'} stops working at once. This cannot be undone.`,
            'Yes, delete',
            'Go back',
          ),
        }),
        button('keep_old', 'Keep it for now', o.rotation.requestId),
      ),
    );
  } else {
    blocks.push(
      ...sections(
        `*Rotation:* ${expiry ? `before ${formatDay(expiry)}` : 'every 30–90 days'}, run ${code(`${cmd} rotate key for ${o.businessUnit}`)}: a new key is created first, and the old one is deleted only after you confirm your systems use the new one.`,
      ),
    );
  }

  const tagLines = o.tags.map((t) => `• ${esc(t.key)}: ${esc(t.value)}`).join('\n');
  blocks.push(
    ...sections(
      `*Cost tracking:* ${code(o.userName)} is tagged\n${tagLines || '• (no tags)'}\nBedrock attributes each call to the IAM user that made it. Activate ${code('business-unit')}, ${code('purpose')} and ${code('owner')} once in Billing → Cost allocation tags; then in Cost Explorer filter Service = Amazon Bedrock and group by Tag ${code('business-unit')}.`,
    ),
    context(
      `*Why short-term tokens are better for people:* they expire by themselves (15 min – 12 h), need no IAM user, nothing to rotate or revoke. For your own use: ${code(`${cmd} token`)}.`,
      `🔒 Long-term credentials: least privilege, one system per key, watch CloudTrail for unusual use, revoke at once if exposed: ${code(`${cmd} revoke key ${isApiKey ? (o.apiKey?.credentialId ?? '<id>') : (o.accessKey?.accessKeyId ?? '<id>')} for ${o.businessUnit}`)}.`,
    ),
    actions(dismissButton(o.rotation?.requestId ?? null)),
  );

  const text = `${rotated ? 'New key' : what} created for ${esc(o.businessUnit)} (${esc(o.region)}). Shown once, only to you: save it now.`;
  return message(text, blocks, true);
}
