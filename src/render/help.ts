/** Usage with examples; admins also see the admin commands. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { Block, Message } from './block-kit.js';
import { context, header, message } from './blocks.js';
import { code } from './format.js';
import { sections } from './limits.js';

function line(cmd: string, example: string, what: string): string {
  return `• ${code(`${cmd} ${example}`)}  ${what}`;
}

export function renderHelp(o: Extract<Outcome, { type: 'help' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const blocks: Block[] = [
    header('Bedrock credentials, self-service'),
    ...sections(
      [
        '*For you (recommended):* a short-term bearer token, 15 min to 12 h, shown only to you.',
        line(c, 'token', '12 h token in the default region'),
        line(c, 'token 6h', 'or `30m`, `2h`…'),
        line(c, 'token 2h in eu-west-1', 'another region'),
      ].join('\n'),
    ),
    ...sections(
      [
        '*For systems* (servers, CI/CD): a long-term key for a business unit, on its own IAM user `<unit>-bedrock-user`.',
        line(c, 'key for production-api owner x@co.com', 'Bedrock API key (expires)'),
        line(c, 'key for ci-pipeline, access key', 'IAM access key pair instead'),
        line(c, 'rotate key for production-api', 'new key first, old one deleted after you confirm'),
        line(c, 'revoke key ACCA… for production-api', 'or `revoke all keys for production-api`'),
        line(c, 'details for production-api', "user, tags, policies, keys (admins and the unit's owner)"),
        o.isAdmin
          ? ''
          : "_Members' key requests go to the admins for approval; once approved you click Reveal to see the key, once._",
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    ...sections(
      [
        '*Models*',
        line(c, 'models', 'models you can use, by provider, with IDs'),
        line(c, 'models in us-west-2', 'another region'),
        line(c, 'models anthropic', 'one provider'),
      ].join('\n'),
    ),
  ];
  if (o.isAdmin) {
    blocks.push(
      ...sections(
        [
          '*Admins*',
          line(c, 'list', 'every business unit with owner, key counts and flags'),
          line(c, 'history', 'recent requests, approvals and changes'),
          line(c, 'history for production-api', 'one unit'),
          line(c, 'deprovision production-api', 'delete its keys, policies and the IAM user'),
        ].join('\n'),
      ),
    );
  }
  blocks.push(
    context(
      'Plain words work too: "I need Bedrock access for 2 hours", "long-term credentials for marketing". Every change shows a plan and waits for your Confirm.',
    ),
  );
  return message(`How to use ${c}: ${c} token, ${c} key for <unit>, ${c} models`, blocks);
}
