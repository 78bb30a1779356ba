/**
 * Round fifty-seven, fix57 help-or-not (issue #17): where a question is for the bot's help and where it asks nothing of
 * the bot, by pattern. A token asked for in a place, as a question with no lifetime ("can I get a token in Frankfurt?
 * …"), asks whether the bot offers it there: help, topic regions, with the place, never the token (read so already; a
 * rule for it, tried this round, cost a held-out text and was taken out). A token question in another language asked
 * in theory, on a condition, against the limit or about a bound is help, topic limits (limit-asked-abroad.ts). Whether
 * the bot is down or only the asker's connection ("is the bot down or is it just me?", "… or just the plant wifi") is
 * asked of the channel: unknown (just-me-asked.ts). Every row is one of the fixer's own sentences, written before the
 * change: of the first 89, 75 were read exactly before and 83 after; of the 20 in other languages, 10 before and 16
 * after. The 10 still misread are left out and reported (a token asked in Mumbai, asked about, not acted on; a
 * question to a named colleague, another tool's API key, a hardware token's light, a complaint about the bot, a city's
 * weather; a Portuguese condition read as approvals, a Spanish bound as a token, a Greek question with no lifetime, a
 * Japanese one). Requests with a lifetime still act.
 */
import { describe } from 'vitest';
import { exactly, neverActs, stillActs } from './acted.js';

describe('help, topic regions: a token asked for in a place, as a question with no lifetime, asks whether the bot offers it there', () => {
  exactly([
    {
      text: 'can I get a token in Frankfurt? our supplier portal is hosted there',
      intent: 'help',
      topic: 'regions',
      region: 'eu-central-1',
    },
    { text: 'czy można dostać token w Londynie?', intent: 'help', topic: 'regions', region: 'eu-west-2' },
    {
      text: 'can I have tokens in Seoul? our partner studio sits there',
      intent: 'help',
      topic: 'regions',
      region: 'ap-northeast-2',
    },
    {
      text: 'can I get a token in Canada? data residency rules for the province',
      intent: 'help',
      topic: 'regions',
      region: 'ca-central-1',
    },
    {
      text: 'could I even get a token in Sydney?',
      intent: 'help',
      topic: 'regions',
      region: 'ap-southeast-2',
    },
    {
      text: 'may I get a token in Paris? the client is French and picky about it',
      intent: 'help',
      topic: 'regions',
      region: 'eu-west-3',
    },
    {
      text: 'can we get a token in Stockholm at all? the Nordic team asked',
      intent: 'help',
      topic: 'regions',
      region: 'eu-north-1',
    },
    {
      text: 'is it possible to get a token in Tokyo? the vendor is in Osaka',
      intent: 'help',
      topic: 'regions',
      region: 'ap-northeast-1',
    },
    {
      text: 'can I get a token in Singapore? most of our riders are there',
      intent: 'help',
      topic: 'regions',
      region: 'ap-southeast-1',
    },
    {
      text: 'can the interns get tokens in Ireland? legal wants everything in the EU',
      intent: 'help',
      topic: 'regions',
      region: 'eu-west-1',
    },
    {
      text: 'чи можу я отримати токен у Франкфурті?',
      intent: 'help',
      topic: 'regions',
      region: 'eu-central-1',
    },
    {
      text: 'posso ter um token em São Paulo? a latência da Europa é ruim',
      intent: 'help',
      topic: 'regions',
      region: 'sa-east-1',
    },
    {
      text: '¿puedo tener un token en Irlanda? por lo del RGPD',
      intent: 'help',
      topic: 'regions',
      region: 'eu-west-1',
    },
    {
      text: "est-ce que je peux avoir un token à Paris ? le client l'exige",
      intent: 'help',
      topic: 'regions',
      region: 'eu-west-3',
    },
  ]);
});

describe('help with its topic: what a token or key is, approvals, limits, models, commands, keeping a key safe (read as before)', () => {
  exactly([
    { text: 'what is the difference between a token and an access key?', intent: 'help', topic: 'key-kinds' },
    {
      text: "what's a long-term key vs a token, which should our unit use?",
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'who approves a new access key request?',
      intent: 'help',
      topic: 'approvals',
      keyKind: 'access-key',
    },
    { text: 'how long do key approvals usually take?', intent: 'help', topic: 'approvals' },
    { text: 'is there a maximum lifetime for a token?', intent: 'help', topic: 'limits' },
    { text: 'what is the longest token I can get?', intent: 'help', topic: 'limits' },
    { text: 'which models can a token call?', intent: 'help', topic: 'models' },
    { text: 'which regions does the bot offer?', intent: 'help', topic: 'regions' },
    { text: 'how do I rotate a key with the bot?', intent: 'help', topic: 'rotate' },
    { text: 'what does revoke do exactly?', intent: 'help', topic: 'revoke' },
    { text: 'how do I ask the bot for a token?', intent: 'help', topic: 'token' },
    { text: 'where can I see how much my unit has spent?', intent: 'help', topic: 'spend' },
    { text: 'what does the bot do?', intent: 'help', topic: 'general' },
    { text: 'how do I use this bot?', intent: 'help', topic: 'general' },
    {
      text: 'is it safe to put the access key in a GitHub Actions secret?',
      intent: 'help',
      topic: 'general',
      keyKind: 'access-key',
    },
    { text: 'what should I do if I leaked my token in a screenshot?', intent: 'help', topic: 'general' },
    { text: 'can a token last longer than 12 hours?', intent: 'help', topic: 'limits' },
    { text: 'in theory could I get a 16h token? not now', intent: 'help', topic: 'limits' },
    { text: 'what are the commands of the bot?', intent: 'help', topic: 'general' },
    { text: 'how do I create a key for my team?', intent: 'help', topic: 'create_key' },
    { text: 'what is an access key exactly?', intent: 'help', topic: 'key-kinds', keyKind: 'access-key' },
    { text: 'can tokens be issued for someone else?', intent: 'help', topic: 'token' },
    { text: 'who do I follow up with if my key is still pending?', intent: 'help', topic: 'approvals' },
    { text: 'what happens when a token expires?', intent: 'help', topic: 'token' },
    { text: "who can see our unit's key history?", intent: 'help', topic: 'history' },
  ]);
});

describe("unknown: whether the bot is down or only the asker's connection, asked of the channel (just-me-asked.ts)", () => {
  exactly([
    { text: 'is the bot down or is it just me? /bedrock hangs for ages', intent: 'unknown' },
    { text: 'is the bedrock bot down or is it just the office wifi?', intent: 'unknown' },
    { text: 'is the bot broken or is it only me again', intent: 'unknown' },
    { text: 'is the bot down or is it just my vpn acting up', intent: 'unknown' },
    { text: "is the bedrock bot offline or is it just our floor's network?", intent: 'unknown' },
    { text: 'is the bot dead or is it just me lol', intent: 'unknown' },
    { text: 'is the bot down or just me? nothing comes back', intent: 'unknown' },
    { text: 'is the bedrock bot broken or is it just the hotel wifi', intent: 'unknown' },
    { text: "bot down or is it just me? it's been spinning for 5 min", intent: 'unknown' },
    { text: 'is the bot down or is it just this laptop?', intent: 'unknown' },
    { text: "is the bot offline or it's just me", intent: 'unknown' },
    { text: 'is bedrock-bot down or is it just our VPN again?', intent: 'unknown' },
  ]);
});

describe("unknown: questions put to a person or the channel, other things' keys, remarks, and places that are not about tokens", () => {
  exactly([
    { text: 'Priya did you already get your token?', intent: 'unknown' },
    { text: 'did Marco ever get his key or is it still pending?', intent: 'unknown' },
    { text: 'anyone know if finance got their key yet?', intent: 'unknown' },
    {
      text: "should we ask the bot for our own key or keep sharing Ahmed's? let's decide friday",
      intent: 'unknown',
    },
    { text: 'has anyone here used the bot before?', intent: 'unknown' },
    { text: 'did the ops team already rotate their key or not yet?', intent: 'unknown' },
    { text: 'who here has a bedrock token already?', intent: 'unknown' },
    { text: 'where do I renew my GitHub token? not a bedrock thing', intent: 'unknown' },
    { text: 'who has the key to the server room?', intent: 'unknown' },
    { text: 'does anyone have the wifi password for the guest network?', intent: 'unknown' },
    { text: 'is the Stripe API key in the vault or in the old wiki?', intent: 'unknown' },
    { text: 'where do I find the npm token for the CI pipeline?', intent: 'unknown' },
    { text: 'who holds the spare key for the van?', intent: 'unknown' },
    { text: "I'll probably be in here a lot next week while Sam is away", intent: 'unknown' },
    { text: 'the bot was so quick yesterday, nice', intent: 'unknown' },
    { text: 'haha the bot answered in french to me', intent: 'unknown' },
    { text: 'the approval for my new laptop took three weeks, unbelievable', intent: 'unknown' },
    {
      text: 'we talked about tokens vs keys for an hour in the meeting and decided nothing',
      intent: 'unknown',
    },
    { text: 'thanks bot!', intent: 'unknown' },
    { text: 'is the Tokyo office closed tomorrow?', intent: 'unknown' },
    { text: 'can I get a desk in the Frankfurt office next week?', intent: 'unknown' },
    { text: 'who is going to the Singapore offsite?', intent: 'unknown' },
    { text: 'did the Paris team get their visas?', intent: 'unknown' },
    { text: 'is the Dublin canteen open on saturdays?', intent: 'unknown' },
    { text: 'any good hotels in Seoul near the venue?', intent: 'unknown' },
    { text: 'can we get a meeting room in Mumbai for thursday?', intent: 'unknown' },
  ]);
});

describe('token: the look-alikes that ask for a token now, with a lifetime (and the place), stay requests', () => {
  exactly([
    {
      text: 'can I get a token in Frankfurt for 3h?',
      intent: 'token',
      ttlSeconds: 10800,
      region: 'eu-central-1',
    },
    {
      text: 'token in Tokyo for 2 hours please',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'ap-northeast-1',
    },
    {
      text: 'could I have a token in eu-west-1 for 90 minutes?',
      intent: 'token',
      ttlSeconds: 5400,
      region: 'eu-west-1',
    },
    { text: 'can I get a token for 2h? need it now', intent: 'token', ttlSeconds: 7200 },
    { text: 'token for 4 hours please', intent: 'token', ttlSeconds: 14400 },
    {
      text: 'can I get a token in Singapore for the next 2 hours? need it now',
      intent: 'token',
      ttlSeconds: 7200,
      region: 'ap-southeast-1',
    },
  ]);
});

describe('a token question about a place or the bot is never acted on; a token asked for with a lifetime is', () => {
  neverActs([
    'can I get a token in Frankfurt? our supplier portal is hosted there',
    'could we have a token in Mumbai? the clinic data has to stay in India',
    'czy można dostać token w Londynie?',
    'can I have tokens in Seoul? our partner studio sits there',
    'can I get a token in Canada? data residency rules for the province',
    'could I even get a token in Sydney?',
    'may I get a token in Paris? the client is French and picky about it',
    'can we get a token in Stockholm at all? the Nordic team asked',
    'is it possible to get a token in Tokyo? the vendor is in Osaka',
    'can I get a token in Singapore? most of our riders are there',
    'can the interns get tokens in Ireland? legal wants everything in the EU',
    'чи можу я отримати токен у Франкфурті?',
    'posso ter um token em São Paulo? a latência da Europa é ruim',
    '¿puedo tener un token en Irlanda? por lo del RGPD',
    "est-ce que je peux avoir un token à Paris ? le client l'exige",
    'what is the difference between a token and an access key?',
    "what's a long-term key vs a token, which should our unit use?",
    'is there a maximum lifetime for a token?',
    'what is the longest token I can get?',
    'which models can a token call?',
    'how do I ask the bot for a token?',
    'what should I do if I leaked my token in a screenshot?',
    'can a token last longer than 12 hours?',
    'in theory could I get a 16h token? not now',
    'can tokens be issued for someone else?',
    'what happens when a token expires?',
    'Priya did you already get your token?',
    'who here has a bedrock token already?',
    'where do I renew my GitHub token? not a bedrock thing',
    'where do I find the npm token for the CI pipeline?',
    'we talked about tokens vs keys for an hour in the meeting and decided nothing',
  ]);
  stillActs([
    'can I get a token in Frankfurt for 3h?',
    'token in Tokyo for 2 hours please',
    'could I have a token in eu-west-1 for 90 minutes?',
    'can I get a token for 2h? need it now',
    'token for 4 hours please',
    'can I get a token in Singapore for the next 2 hours? need it now',
  ]);
});

describe('help, topic limits: a token question in another language that asks what is possible, in theory, on a condition, against the limit, a bound (limit-asked-abroad.ts)', () => {
  exactly([
    { text: 'teoretycznie mogę dostać token na dwa dni? na razie pytam', intent: 'help', topic: 'limits' },
    {
      text: 'en théorie je pourrais avoir un token de 20 heures ? pas pour tout de suite',
      intent: 'help',
      topic: 'limits',
    },
    {
      text: 'en teoría me pueden dar un token de 18 horas? es para planificar',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'si mi jefa me autoriza, puedo tener un token de 16 horas?', intent: 'help', topic: 'limits' },
    { text: 'si mon manager valide, je peux avoir un token de 14 heures ?', intent: 'help', topic: 'limits' },
    {
      text: 'un token peut durer combien de temps au maximum ? il peut durer une semaine ?',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'um token pode durar dois dias?', intent: 'help', topic: 'limits' },
    { text: 'un token puede durar tres días?', intent: 'help', topic: 'limits' },
    { text: 'existe tempo mínimo de token? é só um teste', intent: 'help', topic: 'limits' },
    { text: 'nếu sếp đồng ý thì em lấy token 3 ngày được không', intent: 'help', topic: 'limits' },
    { text: '如果经理同意，可以拿一个20小时以上的token吗？只是问问', intent: 'help', topic: 'limits' },
    {
      text: 'wenn mein Chef zustimmt, kann ich ein token für 20 Stunden bekommen?',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'чи можна токен на 20 годин? якщо ні, який максимум', intent: 'help', topic: 'limits' },
  ]);
  neverActs([
    'teoretycznie mogę dostać token na dwa dni? na razie pytam',
    'en théorie je pourrais avoir un token de 20 heures ? pas pour tout de suite',
    'en teoría me pueden dar un token de 18 horas? es para planificar',
    'si mi jefa me autoriza, puedo tener un token de 16 horas?',
    'si mon manager valide, je peux avoir un token de 14 heures ?',
    'un token peut durer combien de temps au maximum ? il peut durer une semaine ?',
    'um token pode durar dois dias?',
    'un token puede durar tres días?',
    'existe tempo mínimo de token? é só um teste',
    'nếu sếp đồng ý thì em lấy token 3 ngày được không',
    '如果经理同意，可以拿一个20小时以上的token吗？只是问问',
    'wenn mein Chef zustimmt, kann ich ein token für 20 Stunden bekommen?',
    'чи можна токен на 20 годин? якщо ні, який максимум',
  ]);
});

describe('token: the same languages asking for a token now, with a lifetime, stay requests', () => {
  exactly([
    { text: 'me das un token de 2 horas? gracias', intent: 'token', ttlSeconds: 7200 },
    { text: "je peux avoir un token de 3 heures ? c'est pour une démo", intent: 'token', ttlSeconds: 10800 },
    { text: 'posso ter um token de 1 hora? é pra um teste', intent: 'token', ttlSeconds: 3600 },
  ]);
});
