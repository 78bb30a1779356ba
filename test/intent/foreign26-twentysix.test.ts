/**
 * Round twenty-six, foreign26: requests in other languages (Russian, Polish, Tagalog, Portuguese, French) and
 * help questions put in learners' English, misread. Sentences of our own, written before the parser's answer
 * was looked at, and look-alikes (chit-chat with the same words) that must not change and must never act.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Russian: the verbs, nouns and lifetimes of our commands (ключ, токен, ротируй, отзови, на N дней)', () => {
  reads([
    ['Я бы хотел ключ для ledger-sync, на 90 дней', 'create_key', 'ledger-sync'],
    ['нужен ключ для fraud-ml пожалуйста', 'create_key', 'fraud-ml'],
    ['создай ключ для *pricing-api*', 'create_key', 'pricing-api'],
    ['ротируй ключ для risk-engine', 'rotate', 'risk-engine'],
    ['пожалуйста, ротируйте ключ doc-intel', 'rotate', 'doc-intel'],
    ['отзови ключ для chat-support, он утёк', 'revoke', 'chat-support'],
    ['Отзовите ключ growth-lab пожалуйста', 'revoke', 'growth-lab'],
  ]);
  slots([
    [
      'Я бы хотел ключ для ledger-sync, владелец ivan.petrov@acme.io, на 90 дней',
      { intent: 'create_key', businessUnit: 'ledger-sync', owner: 'ivan.petrov@acme.io', expiryDays: 90 },
    ],
    ['нужен токен на 2 часа', { intent: 'token', ttlSeconds: 7200 }],
    ['можно токен на 3 часа пожалуйста', { intent: 'token', ttlSeconds: 10800 }],
  ]);
  // look-alikes: keys of doors and cars, thanks, a key told of
  nothingAsked([
    'ключ от офиса у меня',
    'кто взял ключ от переговорки?',
    'спасибо за ключ, всё работает',
    'я потерял ключи от машины',
  ]);
  neverActs(['не ротируйте ключ risk-engine пока', 'ключ для fraud-ml уже ротировали вчера']);
});

describe('Polish: a command said as its noun ("rotacja klucza", "unieważnienie klucza") is the command', () => {
  reads([
    ['rotacja klucza dla risk-engine, dzięki', 'rotate', 'risk-engine'],
    ['prosze o rotację klucza zespołu ledger-sync', 'rotate', 'ledger-sync'],
    ['Rotacja klucza dla `doc-intel` poproszę', 'rotate', 'doc-intel'],
  ]);
  // look-alikes: on-call rotation, the office key, a rotation told of
  nothingAsked([
    'rotacja dyżurów od poniedziałku',
    'klucz do biura jest u mnie',
    'rotacja opon w samochodzie',
  ]);
  neverActs(['rotacja klucza dla risk-engine była wczoraj']);
});

describe('Tagalog: paki-/pa- glued to our English verbs, and number words for hours', () => {
  reads([
    ['pakirevoke po yung key ng chat-support', 'revoke', 'chat-support'],
    ['pakirotate naman ng key ng risk-engine', 'rotate', 'risk-engine'],
    ['Pakirotate po yung api key ng ledger-sync, salamat', 'rotate', 'ledger-sync'],
    ['pacreate po ng key para sa fraud-ml', 'create_key', 'fraud-ml'],
  ]);
  slots([
    ['dalawang oras na token po, pls', { intent: 'token', ttlSeconds: 7200 }],
    ['token po para sa tatlong oras', { intent: 'token', ttlSeconds: 10800 }],
    ['pahingi po ng token, isang oras lang', { intent: 'token', ttlSeconds: 3600 }],
    ['apat na oras na token naman', { intent: 'token', ttlSeconds: 14400 }],
  ]);
  // look-alikes: a room key, waiting two hours, passing a message on
  nothingAsked([
    'pakibigay po yung susi ng kwarto',
    'dalawang oras na ako naghihintay sa lobby',
    'pakisabi kay ana na tapos na yung meeting',
  ]);
});

describe("Portuguese and French: 'my units', and the owner named ('propriétaire: <@U…>')", () => {
  slots([
    ['quais são as minhas units no bedrock?', { intent: 'list', owner: 'me' }],
    ['mostra as minhas units por favor', { intent: 'list', owner: 'me' }],
    ['quais sao minhas units?', { intent: 'list', owner: 'me' }],
    [
      'Nouvelle clé pour le projet hydro-data svp, propriétaire: <@U07ABCD12>',
      { intent: 'create_key', owner: 'U07ABCD12' },
    ],
    [
      'une clé pour ledger-sync, propriétaire marie.dupont@acme.fr, merci',
      { intent: 'create_key', businessUnit: 'ledger-sync', owner: 'marie.dupont@acme.fr' },
    ],
    [
      'nouvelle clé pour fraud-ml, le propriétaire sera <@U02XYZ789>',
      { intent: 'create_key', businessUnit: 'fraud-ml', owner: 'U02XYZ789' },
    ],
  ]);
  // look-alikes: holidays, the landlord, a flat's owner
  nothingAsked([
    'minhas férias começam amanhã',
    'minhas plantas morreram',
    'le propriétaire de l’appartement est <@U07ABCD12>',
  ]);
});

describe('help questions in learners’ English, with their topic', () => {
  slots([
    [
      'Olá, the bot can make also the keys for machines, or only the tokens for people?',
      { intent: 'help', topic: 'key-kinds' },
    ],
    ['is possible to have a key for a machine, not a person?', { intent: 'help', topic: 'key-kinds' }],
    [
      'asked a key for ledger-sync 3 hours ago and nobody answered, who I must chase?',
      { intent: 'help', topic: 'approvals' },
    ],
    [
      'I request a token yesterday and no one approve it, who I should ping?',
      { intent: 'help', topic: 'approvals' },
    ],
    ['my key request is waiting since monday, whom I must chase?', { intent: 'help', topic: 'approvals' }],
    [
      'can I have a token in Manila? or the closest is Singapore?',
      { intent: 'help', topic: 'regions', region: 'ap-southeast-1' },
    ],
    [
      'can I get a token in Lagos? or the nearest is Cape Town?',
      { intent: 'help', topic: 'regions', region: 'af-south-1' },
    ],
    ['what counts as a unit for the bot? our desk or a cost centre?', { intent: 'help', topic: 'general' }],
    ['what is a unit for the bot, a team or a project?', { intent: 'help', topic: 'general' }],
    [
      'what counts as a business unit here, the squad or the department?',
      { intent: 'help', topic: 'general' },
    ],
  ]);
  // look-alikes: people, other things, the team's own units
  nothingAsked([
    'the machines in the lab need new keys for the lockers',
    'who must I chase for the expense report? nobody answered',
  ]);
  // (merge38: round thirty-eight's retrain reads "our flight goes to Manila, or the closest is Singapore?" as a help
  // question about Regions rather than nothing asked: help only answers; it is never carried out.)
  neverActs(['our flight goes to Manila, or the closest is Singapore?']);
});
