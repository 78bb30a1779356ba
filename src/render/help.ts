/** Usage with examples; admins also see the admin commands. */
import type { RenderContext } from './render-reply.js';
import type { Outcome } from '../core/outcome.js';
import type { HelpTopic } from '../core/request.js';
import { userNameFor } from '../core/validation.js';
import type { Block, Message } from './block-kit.js';
import { actions, context, header, message } from './blocks.js';
import { code } from './format.js';
import { homeButton } from './home-view.js';
import { sections } from './limits.js';

function line(cmd: string, example: string, what: string): string {
  return `• ${code(`${cmd} ${example}`)}  ${what}`;
}

/** Short answers to what people ask about, by help topic. */
function topicAnswer(topic: HelpTopic, c: string): string | null {
  switch (topic) {
    case 'token':
      return `*Tokens:* a short-term Bedrock bearer token for you, 15 minutes to 12 hours, shown only to you. Ask with ${code(`${c} token 2h`)}.`;
    case 'create_key':
      return `*Long-term keys* are for systems (servers, CI/CD), one IAM user per business unit: ${code(`${c} key for <unit> owner you@co.com`)}. For yourself, a token is better.`;
    case 'rotate':
      return `*Rotate* makes a new key for a unit first and deletes the old one only after you confirm: ${code(`${c} rotate key for <unit>`)}.`;
    case 'revoke':
      return `*Revoke* deletes a unit's key (or all of them) after you confirm: ${code(`${c} revoke key <ID> for <unit>`)} or ${code(`${c} revoke all keys for <unit>`)}.`;
    case 'deprovision':
      return `*Deprovision* (admins) deletes a unit's keys, policies and IAM user: ${code(`${c} deprovision <unit>`)}.`;
    case 'list':
      return `*List* (admins) shows every business unit with owner and keys: ${code(`${c} list`)}. One person's units: ${code(`${c} list units owned by jane@example.com`)} or ${code(`${c} which units does @jane own`)} (anyone may list their own).`;
    case 'details':
      return `*Details* of a unit (its owner or admins): ${code(`${c} details for <unit>`)}.`;
    case 'models':
      return `*Models* you can use, by provider and Region: ${code(`${c} models`)}, ${code(`${c} models in eu-central-1`)}.`;
    case 'history':
      return `*History* (admins) shows recent requests and changes: ${code(`${c} history`)}.`;
    case 'spend':
      return `*Spend* (a unit's owner or admins): what the unit's long-term keys cost in Bedrock, from Cost Explorer: ${code(`${c} spend for <unit>`)} (this month), ${code(`${c} spend for <unit> last month`)}, ${code(`${c} spend for <unit> last 7 days`)}; admins get every unit at once with ${code(`${c} spend last month`)}. An admin activates the cost allocation tag iamPrincipal/business-unit once; figures lag about a day.`;
    case 'key-kinds':
      return '*Which kind of key?* A token is for you, for hours. A Bedrock API key (the default for systems) is a bearer key that expires. An IAM access key pair signs with SigV4 and never expires on its own: ask for "access key" when a tool needs one.';
    case 'limits':
      return '*Limits:* tokens live 15 minutes to 12 hours; Bedrock API keys expire after the days you ask for (or the default); a unit has at most two keys of each kind.';
    case 'regions':
      return `*Regions:* say a code or a place: ${code(`${c} token 2h in eu-central-1`)}, ${code(`${c} models in Frankfurt`)}. Without one, the default Region is used.`;
    case 'approvals':
      return "*Approvals:* members' key requests go to the admins; once one approves, you click Reveal to see the key, once. Tokens need no approval.";
    default:
      return null;
  }
}

type Example = readonly [example: string, what: string];

/** One section: a heading, its examples, and an optional closing note. */
function group(cmd: string, heading: string, examples: readonly Example[], note = ''): Block[] {
  return sections(
    [heading, ...examples.map(([example, what]) => line(cmd, example, what)), note]
      .filter(Boolean)
      .join('\n'),
  );
}

export function renderHelp(o: Extract<Outcome, { type: 'help' }>, ctx: RenderContext): Message {
  const c = ctx.commandName;
  const answer = o.topic ? topicAnswer(o.topic, c) : null;
  const blocks: Block[] = [
    header('Bedrock credentials, self-service'),
    ...(answer ? sections(answer) : []),
    // The form, for whoever would rather not remember the syntax (Slack opens it with the click's trigger).
    actions(homeButton('request', 'Request credentials with a form', 'form', 'primary')),
    ...group(c, '*For you (recommended):* a short-term bearer token, 15 min to 12 h, shown only to you.', [
      ['token', '12 h token in the default region'],
      ['token 6h', 'or `30m`, `2h`…'],
      ['token 2h in eu-west-1', 'another region'],
    ]),
    ...group(
      c,
      `*For systems* (servers, CI/CD): a long-term key for a business unit, on its own IAM user \`${userNameFor('<unit>')}\`.`,
      [
        ['key for production-api owner x@co.com', 'Bedrock API key (expires)'],
        ['key for ci-pipeline, access key', 'IAM access key pair instead'],
        ['rotate key for production-api', 'new key first, old one deleted after you confirm'],
        ['revoke key ACCA… for production-api', 'or `revoke all keys for production-api`'],
        ['details for production-api', "user, tags, policies, keys (admins and the unit's owner)"],
        ['list units owned by <your email>', "the units you own (admins: anyone's)"],
        ['spend for production-api last month', "the unit's Bedrock cost (admins and the unit's owner)"],
      ],
      o.isAdmin
        ? ''
        : "_Members' key requests go to the admins for approval; once approved you click Reveal to see the key, once._",
    ),
    ...group(c, '*Models*', [
      ['models', 'models you can use, by provider, with IDs'],
      ['models in us-west-2', 'another region'],
      ['models anthropic', 'one provider'],
    ]),
  ];
  if (o.isAdmin) {
    blocks.push(
      ...group(c, '*Admins*', [
        ['list', 'every business unit with owner, key counts and flags'],
        ['history', 'recent requests, approvals and changes'],
        ['history for production-api', 'one unit'],
        ['spend last month', "every unit's Bedrock cost, largest first"],
        ['deprovision production-api', 'delete its keys, policies and the IAM user'],
      ]),
    );
  }
  blocks.push(
    context(
      'Plain words work too: "I need Bedrock access for 2 hours", "long-term credentials for marketing". Every change shows a plan and waits for your Confirm.',
    ),
  );
  return message(`How to use ${c}: ${c} token, ${c} key for <unit>, ${c} models`, blocks);
}
