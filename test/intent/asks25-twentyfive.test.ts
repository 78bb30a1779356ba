/**
 * Round twenty-five, asks25: questions about the bot that round twenty-four's blind files (now
 * tuned-{museum,mining,events}) read as actions, with the wrong help topic or slots, and questions put to
 * people (or about the trade's own things) read as help. Sentences of our own, written before the parser's
 * answer was looked at (other units, verbs, word orders, lengths, typos, Slack markup), and look-alikes that
 * must not change.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked } from './acted.js';

describe('what one of our words means "in this context", set against its everyday sense: help key-kinds', () => {
  exactly([
    {
      text: "Sorry, new here: what exactly is a 'token' in this context? Not a raffle token, I assume.",
      intent: 'help',
      topic: 'key-kinds',
    },
    { text: 'what exactly is a *token* here? not a bus token surely', intent: 'help', topic: 'key-kinds' },
    {
      text: 'quick q — what’s a “token” in this context? I only know arcade tokens',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'what do you mean by token in this channel? like a voucher?',
      intent: 'help',
      topic: 'key-kinds',
    },
  ]);
  // asks25b, written before the parser's answer was looked at
  exactly([
    {
      text: "Hi all, bit of a newbie. What's a 'key' in this context? I'm guessing not a door key 🔑",
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'what does `token` actually mean here? not like a bus token i guess',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: '<@U0BEDROCK> what is a "token" in this context?? not the coat-check kind i take it',
      intent: 'help',
      topic: 'key-kinds',
    },
    {
      text: 'what exacly is an api key in this context, not the same as my locker key right?',
      intent: 'help',
      topic: 'key-kinds',
      // (README "Key kinds": what one kind is states that kind; this row first left it out by mistake.)
      keyKind: 'api-key',
    },
  ]);
  nothingAsked([
    'what does token mean in this context? the LLM output said 900 tokens',
    'what is a key in this context? the song sheet says key of G',
    'in this context a token is just a raffle ticket, right @sam?',
  ]);
  nothingAsked([
    'what exactly is a cloakroom token worth? lost mine at the gala',
    'what exactly is a raffle token? asking for the fete',
    'my prompt used 4k tokens, what exactly counts as a token there?',
  ]);
});

describe('whether Bedrock is offered in a place ("have Bedrock in X at all"): help regions with the Region', () => {
  exactly([
    {
      text: 'can we use bedrock in Bahrain at all? the site crew is out there',
      intent: 'help',
      topic: 'regions',
      region: 'me-south-1',
    },
    {
      text: 'do we have Bedrock in Frankfurt or not?',
      intent: 'help',
      topic: 'regions',
      region: 'eu-central-1',
    },
    {
      text: 'is bedrock even available in São Paulo?',
      intent: 'help',
      topic: 'regions',
      region: 'sa-east-1',
    },
    {
      text: 'can we get Bedrock in Mumbai at all? for the India leg',
      intent: 'help',
      topic: 'regions',
      region: 'ap-south-1',
    },
    {
      text: 'can we have bedrok in seoul at all??',
      intent: 'help',
      topic: 'regions',
      region: 'ap-northeast-2',
    },
  ]);
  keeps([
    ['token for 2h in dubai please', 'token'],
    ['list the models available in Frankfurt', 'models'],
  ]);
  nothingAsked(['we had Bedrock in Dubai at the expo booth last year, great demo']);
});

describe('whether a token can cover a whole N-day stretch, asked hypothetically: help limits, no lifetime', () => {
  exactly([
    { text: 'just curious, could I get a token for a full 7-day roster?', intent: 'help', topic: 'limits' },
    {
      text: 'hypothetically could i get a token for the whole 3-day festival?',
      intent: 'help',
      topic: 'limits',
    },
    { text: 'in theory, can I have a token that covers a 10-day shift?', intent: 'help', topic: 'limits' },
    { text: 'could I even get a token for a two-week swing?', intent: 'help', topic: 'limits' },
  ]);
  keeps([['can I get a token for 2h? rehearsal starts soon', 'token']]);
  nothingAsked(['just curious, how was the 14-day swing?', 'the 3-day festival starts friday']);
});

describe('a token for someone else not yet on Slack, no one named: help token, never a token', () => {
  exactly([
    { text: "could I get a token for a new starter? she isn't on Slack yet", intent: 'help', topic: 'token' },
    { text: "can I grab a token for my apprentice? he doesn't have slack", intent: 'help', topic: 'token' },
    {
      text: "is it possible to get a token for a colleague who's not on slack?",
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'can i request a token for my fill-in? he has no slack account yet',
      intent: 'help',
      topic: 'token',
    },
  ]);
  neverActs([
    "can I get a token for my offsider? he's not on slack",
    'my offsider got a token yesterday, works fine',
  ]);
  keeps([['token for my colleague <@U0ABCD123> for 2h', 'token']]);
  exactly([{ text: 'can I share my token with my offsider?', intent: 'help', topic: 'general' }]);
});

describe('"is there a way to see X" asks how to, not for X: help with the command\'s topic', () => {
  exactly([
    { text: 'is there a way to check what our team has spent on Bedrock?', intent: 'help', topic: 'spend' },
    { text: 'is there some way to check bedrock spending per month?', intent: 'help', topic: 'spend' },
    { text: 'any way to see how much bedrock has cost us so far?', intent: 'help', topic: 'spend' },
    { text: 'Is there a way to see how much we spent on Bedrock?', intent: 'help', topic: 'spend' },
  ]);
  exactly([
    {
      text: 'how much have we spent on bedrock this month?',
      intent: 'spend',
      period: { kind: 'month', monthsAgo: 0 },
    },
  ]);
  keeps([['show me bedrock spend for geology last month', 'spend', 'geology']]);
  nothingAsked(['is there a way to see how much we spent on the Christmas party?']);
});

describe('how to get a credential by a lay name ("one of those AI passes"): help token', () => {
  exactly([
    { text: 'how do I get one of those AI passes for the caption tool?', intent: 'help', topic: 'token' },
    { text: 'how does one get an AI login for the chat thing?', intent: 'help', topic: 'token' },
    { text: 'where do i get an AI password for the copy-writing tool', intent: 'help', topic: 'token' },
    { text: '<@U0BEDROCK> how can I get access to the AI tool?', intent: 'help', topic: 'token' },
  ]);
  keeps([['AI pass for 2h please', 'token']]);
  nothingAsked(['how do i get a ChatGPT login?']);
});

describe('whether a token is tied to a Region, with a place in the story: help regions with the Region', () => {
  exactly([
    {
      text: 'does a token only work in one region? heading to Tokyo next week',
      intent: 'help',
      topic: 'regions',
      region: 'ap-northeast-1',
    },
    {
      text: "is my token locked to a region? I'm in Frankfurt from monday",
      intent: 'help',
      topic: 'regions',
      region: 'eu-central-1',
    },
    {
      text: 'do tokens work in any region? off to Singapore for the expo',
      intent: 'help',
      topic: 'regions',
      region: 'ap-southeast-1',
    },
  ]);
  keeps([['token for 2h in sydney', 'token']]);
  nothingAsked(['which region is the sales team in?', 'I fly to Sydney tomorrow, cant wait']);
});

describe('musing whether asking would be mad, answered by oneself: unknown', () => {
  nothingAsked([
    'would it be overkill to request a token per volunteer? yeah probably',
    'is it silly to want a separate key for each gallery? 🙃 probably',
    'would it be mad to rotate keys every week? probably overkill haha',
  ]);
  keeps([['would it be possible to get a key for the gallery team?', 'create_key']]);
});

describe('our verbs listed as a joke ("sounds like a roster change lol"): unknown', () => {
  nothingAsked([
    "rotate, revoke, deprovision — sounds like my ex's playlist lol",
    'create, rotate, revoke... sounds like the shift roster haha',
  ]);
  exactly([{ text: 'revoke vs rotate vs deprovision?', intent: 'help' }]);
  keeps([['not revoke, just rotate doc-ai', 'rotate', 'doc-ai']]);
});

describe('whether one request is approved yet, asked of colleagues: unknown', () => {
  nothingAsked([
    "has the ops-dashboard key been approved yet? Tom's asking",
    'did the approval for the ticketing key come through? Priya is chasing',
  ]);
  exactly([
    { text: 'who approves key requests?', intent: 'help', topic: 'approvals' },
    { text: 'who approved the geology key?', intent: 'history', businessUnit: 'geology' },
  ]);
});

describe("questions about the trade's own things in our words (key, model, region, expire): unknown", () => {
  nothingAsked([
    'what key is the second song in? need to tell the strings',
    'what model of projector does gallery 3 use?',
    'which amp model does the headliner want? Marshall or Orange?',
    'any idea what AWS region the ticketing vendor is hosted in?',
    'how long do the ticket holds last before they expire?',
  ]);
  exactly([
    { text: 'what region should I pick for my token?', intent: 'help', topic: 'regions' },
    { text: 'how long does a token last before it expires?', intent: 'help', topic: 'limits' },
    { text: 'what models can I use with my token?', intent: 'help', topic: 'models' },
  ]);
});

describe('written before the parser was looked at in asks25, still misread then', () => {
  exactly([
    {
      text: 'is the token region-specific?? flying to Mumbai tonight',
      intent: 'help',
      topic: 'regions',
      region: 'ap-south-1',
    },
  ]);
  nothingAsked([
    'how do I get a backstage pass for the show?',
    'would it be crazy to ask for a key for every exhibit? lol probably',
    'revoke rotate deprovision lol this bot sounds like HR',
    'token, key, deprovision: sounds like a board game 😂',
    'any word on whether the geology key got approved? my boss keeps asking',
    'any news if the assay-lab token was approved yet?',
  ]);
});

// asks25b: more of each kind, written before the parser's answer was looked at
describe("asks25b: questions about the trade's own things in our words: unknown, never help", () => {
  nothingAsked([
    'what key is the finale in?? the brass need to know by soundcheck',
    "anyone know what model of drill rig they've got on pad 4?",
    'how long does a reservation hold at the hotel last before it lapses?',
    'any idea which AWS region the ticketing platform runs in? their docs just say EU',
    'what model mixing desk is in the main room, a CL5 or an SQ7?',
    'does the venue wifi token expire after 24h? guests keep getting kicked off',
  ]);
  exactly([
    { text: 'how long do tokens last before they expire?', intent: 'help', topic: 'limits' },
    { text: 'which region does the bot put my token in?', intent: 'help', topic: 'regions' },
    { text: 'what key kinds can I get?', intent: 'help', topic: 'key-kinds' },
  ]);
});

describe('asks25b: whether one request is approved yet, asked of colleagues: unknown', () => {
  nothingAsked([
    'any update on whether the vision-lab key got signed off? my manager keeps pinging me',
    'did anyone hear if the doc-ai token request was approved?',
    'has the approval for the crm key gone through yet?? Jo is waiting on it',
    '@here any word on the bookings key, approved or not?',
  ]);
  exactly([
    { text: 'how long does approval usually take for a key?', intent: 'help', topic: 'approvals' },
    { text: 'I asked for a key an hour ago — who do I chase?', intent: 'help', topic: 'approvals' },
    { text: 'who approved the crm key?', intent: 'history', businessUnit: 'crm' },
  ]);
});

describe('asks25b: musing about asking, answered by oneself, and our verbs as a joke: unknown, never acts', () => {
  nothingAsked([
    'would it be over the top to get a token every morning? prob yes lol',
    'is it excessive to want a key for each exhibit hall? yeah probably',
    'rotate, revoke, repeat — sounds like my gym routine 😂',
    'deprovision, rotate, revoke: sounds like a law firm haha',
    'token, key, rotate... sounds like a video game lol',
  ]);
  keeps([
    // (asks25b: first written 'would it be ok to get a token for 2h?', which reads as help before and after
    // this round's change: whether asking is allowed, README "Whether the bot offers something"; replaced.)
    ['can I get a token for 2h? probably should have asked yesterday lol', 'token'],
    ['token for 2h please, sounds like the demo needs it', 'token'],
    ['rotate the key, sounds like it leaked', 'rotate'],
    ['rotate the gallery-guide key please, it leaked', 'rotate', 'gallery-guide'],
  ]);
  exactly([{ text: 'rotate or revoke, which should I use after a leak?', intent: 'help' }]);
  neverActs(['would it be mad to rotate the ads key now? it leaked']);
});
