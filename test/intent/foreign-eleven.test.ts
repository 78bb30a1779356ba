import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acts } from './data/evaluate.mjs';

/** Round eleven: whole requests and non-requests in Polish and Turkish, and phrases of the others. */
type Want = { intent: string } & Record<string, unknown>;

function expectParse(text: string, want: Want): void {
  const p = parseRequest(text) as unknown as Record<string, unknown>;
  for (const [slot, value] of Object.entries(want)) expect(p[slot], `${slot} of "${text}"`).toEqual(value);
}

describe('Polish requests', () => {
  it.each([
    ['potrzebuję tokenu na 3 godziny', { intent: 'token', ttlSeconds: 10800 }],
    ['poproszę token na 45 minut', { intent: 'token', ttlSeconds: 2700 }],
    ['potrzebujemy klucza dla zespołu logistyka', { intent: 'create_key', businessUnit: 'logistyka' }],
    [
      'utwórz klucz dla zespołu finanse na 90 dni',
      { intent: 'create_key', businessUnit: 'finanse', expiryDays: 90 },
    ],
    ['usuń klucz zespołu marketing', { intent: 'revoke', businessUnit: 'marketing' }],
    ['zrotuj klucz zespołu sales proszę', { intent: 'rotate', businessUnit: 'sales' }],
    ['wymień klucz zespołu growth', { intent: 'rotate', businessUnit: 'growth' }],
    ['unieważnij klucz zespołu reklama', { intent: 'revoke', businessUnit: 'reklama' }],
    ['unieważnij wszystkie klucze zespołu kadry', { intent: 'revoke', businessUnit: 'kadry', all: true }],
    [
      'ile wydał zespół growth w tym miesiącu?',
      { intent: 'spend', businessUnit: 'growth', period: { kind: 'month', monthsAgo: 0 } },
    ],
  ] as const)('"%s"', (text, want) => {
    expectParse(text, want);
  });
});

describe('Turkish requests (the verb last, postpositions after their noun)', () => {
  it.each([
    ['3 saatlik token lazım', { intent: 'token', ttlSeconds: 10800 }],
    ['bana 2 saat için token lazım lütfen', { intent: 'token', ttlSeconds: 7200 }],
    ['45 dakika için token istiyorum', { intent: 'token', ttlSeconds: 2700 }],
    [
      'satış ekibi için anahtar lazım, 90 gün',
      { intent: 'create_key', businessUnit: 'satis', expiryDays: 90 },
    ],
    ['marketing ekibinin anahtarını iptal et', { intent: 'revoke', businessUnit: 'marketing' }],
    ['growth ekibinin anahtarını yenile lütfen', { intent: 'rotate', businessUnit: 'growth' }],
    ['muhasebe ekibinin anahtarını sil', { intent: 'revoke', businessUnit: 'muhasebe' }],
    [
      'growth ne kadar harcadı geçen ay?',
      { intent: 'spend', businessUnit: 'growth', period: { kind: 'month', monthsAgo: 1 } },
    ],
    ['token nasıl alınır?', { intent: 'help' }],
  ] as const)('"%s"', (text, want) => {
    expectParse(text, want);
  });
});

describe('phrases the word-by-word reading missed', () => {
  it.each([
    [
      'pouvez-vous faire la rotation de la clé de marketing ?',
      { intent: 'rotate', businessUnit: 'marketing' },
    ],
    ['faites la rotation des clés de growth svp', { intent: 'rotate', businessUnit: 'growth' }],
    ['trek de sleutel van marketing in', { intent: 'revoke', businessUnit: 'marketing' }],
    ['trek alle sleutels van growth in', { intent: 'revoke', businessUnit: 'growth', all: true }],
    [
      'quanto o growth gastou há 3 meses?',
      { intent: 'spend', businessUnit: 'growth', period: { kind: 'month', monthsAgo: 3 } },
    ],
    [
      'cosa è successo nelle ultime 3 settimane? history',
      { intent: 'history', period: { kind: 'days', days: 21 } },
    ],
    ['kosten van growth in de laatste 3 weken', { intent: 'spend', businessUnit: 'growth' }],
    ['jak dostać token?', { intent: 'help' }],
  ] as const)('"%s"', (text, want) => {
    expectParse(text, want);
  });
});

describe('thanks for the help, in any language, is thanks (no question for help)', () => {
  it.each([
    'Danke für die Hilfe!',
    'danke schön für deine Hilfe gestern',
    'gracias por tu ayuda',
    'merci pour ton aide',
    "grazie per l'aiuto",
    'obrigada pela ajuda, funcionou',
    'bedankt voor de hulp',
    'dziękuję za pomoc!',
    'yardımın için teşekkürler',
  ])('"%s"', (text) => {
    const p = parseRequest(text);
    expect(p.intent).toBe('unknown');
    expect(acts(p)).toBe(false);
  });

  it('thanks first, then a request: the request', () => {
    expectParse('danke für die hilfe, ich brauche noch einen Token für 2 Stunden', {
      intent: 'token',
      ttlSeconds: 7200,
    });
  });
});

describe('taken back, not needed, greetings, stories, questions: never acted on', () => {
  it.each([
    // Not needed, don't.
    'nie trzeba, dzięki',
    'już nie potrzebuję tokenu',
    'nie usuwaj klucza zespołu marketing',
    'nie usuwajcie kluczy zespołu growth',
    'gerek yok, teşekkürler',
    'token artık lazım değil',
    'anahtarı silme',
    'anahtarı iptal etmeyin',
    'lütfen anahtarı yenileme',
    // Greetings and thanks alone.
    'cześć wszystkim',
    'merhaba arkadaşlar',
    'Dziękuję',
    'Teşekkürler',
    // What was done, what we should do.
    'wczoraj usunąłem klucz zespołu marketing',
    'dün marketing ekibinin anahtarını iptal ettik',
    'marketing ekibinin anahtarını iptal etmeli miyiz?',
    'czy powinniśmy zrotować klucz zespołu sales?',
    'on a fait la rotation de la clé hier',
    'ik trek mijn vraag in',
    // Keys of everyday life, other vendors' tokens.
    'zgubiłem klucz do biura',
    'potrzebuję klucza do mieszkania',
    'kto ma klucz do sali?',
    'anahtarımı evde unuttum',
    'anahtarlar masanın üstünde',
    'Schlüssel für das Büro brauche ich morgen',
    "j'ai perdu la clé du bureau",
    'ho bisogno della chiave della macchina',
    'ik heb de sleutel van de fietsenstalling nodig',
    'potrzebuję tokenu do Figmy na 2 godziny',
    'potrzebuję tokenu do GitHuba na 2 godziny',
    "GitHub'a token lazım",
    'metro için token lazım',
    'usuń plik z dysku',
  ])('"%s"', (text) => {
    expect(acts(parseRequest(text))).toBe(false);
  });

  it.each([
    'cześć wszystkim',
    'merhaba arkadaşlar',
    'gerek yok, teşekkürler',
    'anahtarımı evde unuttum',
    'Schlüssel für das Büro brauche ich morgen',
    'potrzebuję tokenu do Figmy na 2 godziny',
  ])('"%s" is unknown', (text) => {
    expect(parseRequest(text).intent).toBe('unknown');
  });
});

describe('English look-alikes stay as they were', () => {
  it.each([
    ['thanks for the help yesterday!', 'unknown'],
    ['we did a trek in the alps, the key of the hut was lost', 'unknown'],
    ['i need a token for 2 hours', 'token'],
    ['rotate the key of growth', 'rotate'],
    ['revoke the key of marketing please', 'revoke'],
    ["kim's team needs a key for growth", 'create_key'],
  ] as const)('"%s" → %s', (text, intent) => {
    expect(parseRequest(text).intent).toBe(intent);
  });
});
