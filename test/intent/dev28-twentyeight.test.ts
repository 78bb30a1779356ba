/**
 * Round twenty-eight, dev28: kinds of the dev split's misreadings. Sentences of our own, written before the
 * parser's answer was looked at, and look-alikes that must not change.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads } from './acted.js';

describe("what one unit has, asked in another language's word order ('quais chaves a suporte tem?', 'wat heeft X allemaal?')", () => {
  reads([
    ['quais chaves o growth tem?', 'details', 'growth'],
    ['que chaves o kyc tem no bedrock?', 'details', 'kyc'],
    ['quais chaves tem o suporte?', 'details', 'suporte'],
    ['welke keys heeft fraud-ml?', 'details', 'fraud-ml'],
    ['wat heeft doc-intel allemaal?', 'details', 'doc-intel'],
    ['<@U0BOTID> welke sleutels heeft *recsys*?', 'details', 'recsys'],
    ['welche Schlüssel hat risk-ml?', 'details', 'risk-ml'],
    ['was hat payments alles?', 'details', 'payments'],
    ['¿qué claves tiene ventas?', 'details', 'ventas'],
    ['quelles clés a marketing ?', 'details', 'marketing'],
  ]);
  // look-alikes: a person or a pronoun where the unit stands, the spend and the models asked as before
  nothingAsked(['quais chaves você tem em casa?', 'was hat er alles gesagt?']);
  reads([
    ['hoeveel heeft growth vorige maand uitgegeven?', 'spend', 'growth'],
    ['quais unidades têm chaves?', 'list', null],
  ]);
  neverActs([
    'wat heeft hij allemaal gedaan?',
    'welche Schlüssel hat der Hausmeister?',
    'wat heeft de bot allemaal gedaan met mijn key?',
  ]);
});

describe("a credential named in someone else's words (in quotes) and then asked for as 'one' is asked for", () => {
  reads([
    [
      "Hi, a colleague said to ask you for 'a token' for the playground. Could I have one, please?",
      'token',
      null,
    ],
    ['my manager told me to get "a token" for the workshop. can I have one?', 'token', null],
    ['someone mentioned a "bedrock token" to try claude — can I get one pls', 'token', null],
    ["IT said I should ask here for 'an access token'. could i get one for today?", 'token', null],
    ['apparently I need a “token” to use the AI. may I have one?', 'token', null],
  ]);
  // look-alikes: the quoted word is talked about, or one is had already
  neverActs([
    "a colleague said to ask you for 'a token' but I already have one",
    'my manager keeps saying "a token" like it is magic. what even is one?',
    'someone said "rotate the key" in the meeting, no idea what it means',
    'the word "token" is everywhere in the docs, can I have one sentence that explains it?',
  ]);
});

describe('who owns a thing of another tool (a SharePoint site, a Confluence space, a Drive folder) asks nothing of the bot', () => {
  nothingAsked([
    "Who is the owner of the SharePoint 'Brand Guidelines'? I need edit rights",
    'who owns the Confluence space for onboarding? need write access',
    "who's the owner of the jira project PLAT? I want admin rights",
    'does anyone know the owner of the google drive folder "Q3 decks"?',
    'who is the owner of the *Notion* page Runbooks?',
  ]);
  // look-alikes: the owner of one of our units or keys is its details
  reads([
    ['who is the owner of growth?', 'details', 'growth'],
    ['who owns the recsys unit?', 'details', 'recsys'],
    ['who is the owner of the doc-ai key? I need to ask them something', 'details', 'doc-ai'],
  ]);
  neverActs(['who owns the sharepoint connector key? it needs rotating maybe']);
});
