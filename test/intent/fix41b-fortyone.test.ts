/**
 * Round forty-one, fix41b (tuned-cosmetics, tuned-tollroad): the people of a trade named by their place are the story's,
 * no Region (regions.ts); "stability" before a lab's or a test's noun names no provider (rules.ts); a clause after a
 * dash saying whose system the named one is, a spoken name ending in "check", and a terse "spend on <spoken system>"
 * (unit-finder.ts); Korean casual "how much" and "completely" (korean-words.ts); Portuguese "pode <verb>?", "já fiz"
 * (a change reported done), Polish "unitów"/"nasz unit"/"jak sprawdzić", Spanish and Portuguese tens joined with
 * "y"/"e", Spanish "puedo" (more-languages.ts); the models a credential allows asked in another language
 * (models-abroad.ts); an UpperCamelCase name with a version (secrets.ts); "I think we must <change> because …"
 * (learner-english.ts); a key left in a recording (mood.ts); "we'll just rotate it" promised whole (negation.ts).
 * Sentences of our own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('the people of a trade named by their place are the story, no Region', () => {
  slots([
    ['new key for team Rosewater, the pilot with the Lyon chemists, owner ana@corp.io', { region: null }],
    ['deprovision team Rosewater, the Osaka perfumers ended the trial', { region: null }],
  ]);
  // look-alikes: a place asked for, and things in a place, stay the Region
  slots([
    ['token 2h in seoul for the chemists', { region: 'ap-northeast-2', ttlSeconds: 7200 }],
    ['models in tokyo?', { region: 'ap-northeast-1' }],
  ]);
});

describe('"stability" before a lab\'s or a test\'s noun names no provider', () => {
  slots([
    [
      'token for 3 hours, I am stuck in the stability chamber room all day',
      { provider: null, ttlSeconds: 10800 },
    ],
    ['token 4h please, stability testing all afternoon', { provider: null }],
  ]);
  // look-alikes: Stability AI's models stay its
  slots([
    ['any stability models in oregon?', { intent: 'models', provider: 'stability' }],
    ['token 2h for stability image models', { provider: 'stability' }],
  ]);
});

describe('a clause after a dash saying whose system the named one is leaves the named unit', () => {
  reads([
    ["api key for Label Lens please — the packaging team's tool for proofs", 'create_key', 'label-lens'],
    ["rotate the key for batch-scribe, it's the qa team's bot", 'rotate', 'batch-scribe'],
  ]);
  // look-alike: with no name before it, the team that owns the tool is the unit
  reads([["a key for the packaging team's proofing tool", 'create_key', 'packaging-team']]);
});

describe('a spoken name of two words or more may end in "check"', () => {
  reads([
    ['revoke the key of label claims check, the vendor laptop was stolen', 'revoke', 'label-claims-check'],
    ['rotate the key for shelf price check', 'rotate', 'shelf-price-check'],
  ]);
  keeps([['rotate the growth key and check', 'rotate', 'growth']]);
});

describe('a terse "spend on <spoken system name>" names the system', () => {
  reads([
    ['spend on claims triage bot', 'spend', 'claims-triage-bot'],
    ['spend on shade finder assistant?', 'spend', 'shade-finder-assistant'],
  ]);
  // look-alikes: what was spent on things stays no request
  nothingAsked(['spend on spare parts this month is crazy', 'spend on the new chatbot was way over budget']);
});

describe('Korean: casual "how much" and "completely"', () => {
  slots([
    ['glow-copy 이번 달 비용 얼마야?', { intent: 'spend', businessUnit: 'glow-copy' }],
    ['glow-quiz 유닛 완전히 삭제해 주세요', { intent: 'deprovision', businessUnit: 'glow-quiz' }],
  ]);
});

describe('Portuguese: "pode <verb>?" asks the bot; "já fiz <change>" reports it done', () => {
  reads([
    ['pode desprovisionar o verao_2025_copy?', 'deprovision', 'verao-2025-copy'],
    ['pode revogar a chave do promo-br?', 'revoke', 'promo-br'],
  ]);
  nothingAsked(['já fiz rotate da chave do promo-br, podem ignorar o alerta']);
  // look-alike: asked of the channel, never acted on
  neverActs(['alguém pode revogar a chave do promo-br?']);
});

describe('Polish: "unitów", "nasz unit", "jak sprawdzić"', () => {
  keeps([
    ['pokaż wszystkie unity', 'list'],
    ['jak sprawdzić, ile wydaje nasz unit w tym miesiącu?', 'help'],
  ]);
  reads([['pokaż szczegóły unitu fleet-ai', 'details', 'fleet-ai']]);
});

describe('Spanish and Portuguese tens joined to units with "y"/"e"', () => {
  slots([
    ['token por treinta y cinco minutos', { intent: 'token', ttlSeconds: 2100 }],
    ['um token de quarenta e cinco minutos por favor', { intent: 'token', ttlSeconds: 2700 }],
    ['token por veinte minutos', { intent: 'token', ttlSeconds: 1200 }],
  ]);
});

describe('the models a credential allows, asked in another language, is help', () => {
  slots([
    ['¿qué modelos puedo usar con mi token?', { intent: 'help', topic: 'models' }],
    ['quais modelos posso usar com a minha chave?', { intent: 'help', topic: 'models' }],
  ]);
  // look-alike: the models there are, asked alone, stay the list
  keeps([['¿qué modelos hay en frankfurt?', 'models']]);
});

describe('an UpperCamelCase name with a version is a name, no secret', () => {
  reads([
    ['deprov `GlowQuizV3`', 'deprovision', 'glow-quiz-v3'],
    ['rotate the key for `ShadeFinderV2`', 'rotate', 'shade-finder-v2'],
  ]);
});

describe('"I think we must <change>" with its reason now asks for it', () => {
  keeps([
    [
      'Hi, I think we must revoke key of label-lens, because the vendor lose the laptop',
      'revoke',
      'label-lens',
    ],
  ]);
  // look-alike: a musing with no reason stays one
  nothingAsked(['I think we must rotate the key at some point']);
});

describe('a key left in a recording or a screenshot is ours', () => {
  reads([
    ['rotate the key for the promo squad, Jonas left it in a screen recording', 'rotate', 'promo-squad'],
    ['revoke the glow-api key pls, Ana left it in a screenshot', 'revoke', 'glow-api'],
  ]);
  // look-alike: a door key lost at a place stays a thing carried
  nothingAsked(['cancel the depot key, i lost it at the station']);
});

describe('a change promised with "just" or "then" is promised whole', () => {
  nothingAsked([
    "if we ever lose the glow-api key we'll just rotate it, the runbook says so",
    "no worries, we'll then revoke the promo-br key ourselves",
  ]);
  neverActs(["if the pilot ends we'll just deprovision glow-quiz"]);
});
