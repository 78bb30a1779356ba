import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { MORE_PHRASE_TRIGGER } from '../../src/intent/more-languages.js';
import { rewriteSurface } from '../../src/intent/surface.js';
import { SLOTS, acts as actsOn } from './data/evaluate.mjs';

/** What a person would see of a parse: the intent, the slots it states, the help topic, refused slots. */
function read(text: string): Record<string, unknown> {
  const r: ParseResult = parseRequest(text);
  const out: Record<string, unknown> = { intent: r.intent };
  for (const slot of SLOTS) {
    const v = r[slot];
    if (v !== null && v !== undefined && v !== false) out[slot] = v;
  }
  if (r.intent === 'help' && r.topic !== undefined) out.topic = r.topic;
  const invalid = [...new Set((r.problems ?? []).map((p) => p.slot))];
  if (invalid.length > 0) out.invalid = invalid;
  return out;
}

const acts = (text: string): boolean => actsOn(parseRequest(text));

type Case = [string, Record<string, unknown>];

describe('command-line syntax', () => {
  it.each<Case>([
    [
      '/bedrock key --bu fraud-ml --kind api-key',
      { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'api-key' },
    ],
    [
      '/bedrock create-key -bu ocr-team -kind access',
      { intent: 'create_key', businessUnit: 'ocr-team', keyKind: 'access-key' },
    ],
    [
      '/bedrock key --team=vision-lab --type=api --days 45',
      { intent: 'create_key', businessUnit: 'vision-lab', keyKind: 'api-key', expiryDays: 45 },
    ],
    ['/bedrock rotate --bu=billing-etl --force', { intent: 'rotate', businessUnit: 'billing-etl' }],
    ['/bedrock revoke --bu payments-ml --all', { intent: 'revoke', businessUnit: 'payments-ml', all: true }],
    ['/bedrock show billing-etl --json', { intent: 'details', businessUnit: 'billing-etl' }],
    ['/bedrock ls --all', { intent: 'list', all: true }],
    ['/bedrock list --format json', { intent: 'list' }],
  ])('%s: flags are slots, never part of the unit', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['/bedrock token -t 90m', { intent: 'token', ttlSeconds: 5400 }],
    ['/bedrock token --ttl 0', { intent: 'token', invalid: ['ttlSeconds'] }],
    ['/bedrock token --ttl=13h', { intent: 'token', invalid: ['ttlSeconds'] }],
    ['tok ttl=2h', { intent: 'token', ttlSeconds: 7200 }],
  ])('%s: a token lifetime flag, refused when impossible', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      '/bedrock history --bu billing-etl --days 14',
      { intent: 'history', businessUnit: 'billing-etl', period: { kind: 'days', days: 14 } },
    ],
    [
      '/bedrock spend --bu vision-lab --period last-7-days',
      { intent: 'spend', businessUnit: 'vision-lab', period: { kind: 'days', days: 7 } },
    ],
    ['/bedrock history --month last', { intent: 'history', period: { kind: 'month', monthsAgo: 1 } }],
    ['/bedrock spend --month this', { intent: 'spend', period: { kind: 'month', monthsAgo: 0 } }],
  ])('%s: days and months look back for history and spend', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['/bedrock rotate -h', { intent: 'help', topic: 'rotate' }],
    ['/bedrock deprovision --help', { intent: 'help', topic: 'deprovision' }],
    ['/bedrock token -h', { intent: 'help', topic: 'token' }],
  ])('%s: -h after a command asks for help about it', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      'key bu=fraud-ml kind=access-key exp=30',
      { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'access-key', expiryDays: 30 },
    ],
    ['key for bu=vision-lab exp 60d', { intent: 'create_key', businessUnit: 'vision-lab', expiryDays: 60 }],
    ['key vision-lab exp 0d', { intent: 'create_key', businessUnit: 'vision-lab', invalid: ['expiryDays'] }],
    [
      'new key\n- bu: fraud-ml\n- kind: api key\n- exp: 30d',
      { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'api-key', expiryDays: 30 },
    ],
    [
      'Team name: ocr-lab\nKey type: access key\nExpiry: 30 days\npls create',
      { intent: 'create_key', businessUnit: 'ocr-lab', keyKind: 'access-key', expiryDays: 30 },
    ],
    [
      '```yaml\nteam: vision-lab\nauth: api_key\n```\nneed a long term key for this',
      { intent: 'create_key', businessUnit: 'vision-lab', keyKind: 'api-key' },
    ],
  ])('%s: fields written name=value or one per line', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      '/bedrock key --unit fraud-ml --key-kind api --expires-in 30',
      { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'api-key', expiryDays: 30 },
    ],
    ['/bedrock token --minutes 45', { intent: 'token', ttlSeconds: 2700 }],
    ['/bedrock token --hours 3', { intent: 'token', ttlSeconds: 10800 }],
    [
      '/bedrock key --bu ocr-lab --owner-email li@acme.io',
      { intent: 'create_key', businessUnit: 'ocr-lab', owner: 'li@acme.io' },
    ],
    ['/bedrock token -t2h', { intent: 'token', ttlSeconds: 7200 }],
    ['/bedrock revoke --key-id AKIAABCDEFGHIJKLMNOP', { intent: 'revoke', keyId: 'AKIAABCDEFGHIJKLMNOP' }],
    ['/bedrock details --id AKIAABCDEFGHIJKLMNOP', { intent: 'details', keyId: 'AKIAABCDEFGHIJKLMNOP' }],
  ])('%s: long flag names', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      '{"team": "vision-lab", "kind": "access_key", "exp": 30}\ncreate this pls',
      { intent: 'create_key', businessUnit: 'vision-lab', keyKind: 'access-key', expiryDays: 30 },
    ],
    [
      "pls create: {'bu': 'fraud-ml', 'type': 'api-key'}",
      { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'api-key' },
    ],
    [
      'token {"ttl": "3h", "region": "eu-west-1"}',
      { intent: 'token', ttlSeconds: 10800, region: 'eu-west-1' },
    ],
  ])('%s: JSON-ish fields', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['key create fraud-ml', { intent: 'create_key', businessUnit: 'fraud-ml' }],
    [
      '/bedrock key new vision-lab --days 30',
      { intent: 'create_key', businessUnit: 'vision-lab', expiryDays: 30 },
    ],
    ['token new 2h', { intent: 'token', ttlSeconds: 7200 }],
  ])('%s: noun-then-verb subcommands', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('leaves flags it does not know, and flags in pasted code, alone', () => {
    expect(rewriteSurface('kubectl get pods -n ml')).toBe('kubectl get pods -n ml');
    expect(rewriteSurface('```ssh-keygen -t ed25519```')).toBe('```ssh-keygen -t ed25519```');
  });
});

describe('shorthand of commands', () => {
  it.each<Case>([
    ['rvk fraud-ml keys', { intent: 'revoke', businessUnit: 'fraud-ml', all: true }],
    ['rvk the vision-lab key', { intent: 'revoke', businessUnit: 'vision-lab' }],
    ['rvk AKIAABCDEFGHIJKLMNOP', { intent: 'revoke', keyId: 'AKIAABCDEFGHIJKLMNOP' }],
    ['desc fraud-ml', { intent: 'details', businessUnit: 'fraud-ml' }],
    ['pls desc ocr-lab', { intent: 'details', businessUnit: 'ocr-lab' }],
    ['decom fraud-ml', { intent: 'deprovision', businessUnit: 'fraud-ml' }],
    ['decom the vision-lab unit', { intent: 'deprovision', businessUnit: 'vision-lab' }],
    ['regen the fraud-ml key', { intent: 'rotate', businessUnit: 'fraud-ml' }],
    ['rvk all pls', { intent: 'revoke', all: true }],
    ['rot all', { intent: 'rotate', all: true }],
    ['regen all', { intent: 'rotate', all: true }],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      'cost fraud-ml last month',
      { intent: 'spend', businessUnit: 'fraud-ml', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'cost of vision-lab in the last 14 days',
      { intent: 'spend', businessUnit: 'vision-lab', period: { kind: 'days', days: 14 } },
    ],
    [
      '$ for ocr-lab this month',
      { intent: 'spend', businessUnit: 'ocr-lab', period: { kind: 'month', monthsAgo: 0 } },
    ],
  ])('%s: "cost" and "$" ask what was spent', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ["who rvk'd the fraud-ml key", { intent: 'history', businessUnit: 'fraud-ml' }],
    ["who rot'd vision-lab", { intent: 'history', businessUnit: 'vision-lab' }],
    ["who deprov'd ocr-lab", { intent: 'history', businessUnit: 'ocr-lab' }],
    ['hist fraud-ml', { intent: 'history', businessUnit: 'fraud-ml' }],
    ['/bedrock audit vision-lab', { intent: 'history', businessUnit: 'vision-lab' }],
    ['history last month', { intent: 'history', period: { kind: 'month', monthsAgo: 1 } }],
  ])('%s: past forms of the shorthand, and the history command, ask who did it', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['help rvk', { intent: 'help', topic: 'revoke' }],
    ['help rot', { intent: 'help', topic: 'rotate' }],
    ['help deprov', { intent: 'help', topic: 'deprovision' }],
    ['help ls', { intent: 'help', topic: 'list' }],
    ['help tok', { intent: 'help', topic: 'token' }],
    ['what rvk does exactly', { intent: 'help', topic: 'revoke' }],
    ['is decom reversible?', { intent: 'help', topic: 'deprovision' }],
  ])('%s: the shorthand names the help topic', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['key for rot-team', { intent: 'create_key', businessUnit: 'rot-team' }],
    ['details of desc-api', { intent: 'details', businessUnit: 'desc-api' }],
    ['rotate rvk-tools', { intent: 'rotate', businessUnit: 'rvk-tools' }],
    [
      'spend of cost-center-ai last month',
      { intent: 'spend', businessUnit: 'cost-center-ai', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ])('%s: a unit named like a shorthand keeps its name', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads "$" as spend only before for/on/of, never a shell prompt', () => {
    expect(rewriteSurface('$ git log --oneline')).not.toContain('spend');
    expect(read('```\n$ git log --oneline\n```\nthat shows the history btw').intent).not.toBe('spend');
  });
});

describe('dictated values', () => {
  it.each<Case>([
    ['token for minus two hours', { intent: 'token', invalid: ['ttlSeconds'] }],
    [
      'key for team fraud-ml expiring in minus 5 days',
      { intent: 'create_key', businessUnit: 'fraud-ml', invalid: ['expiryDays'] },
    ],
    ['token for 2 point 5 hours', { intent: 'token', ttlSeconds: 9000 }],
    ['token for one point five hours', { intent: 'token', ttlSeconds: 5400 }],
    ['token for a hundred and twenty minutes', { intent: 'token', ttlSeconds: 7200 }],
    ['token for three hundred minutes', { intent: 'token', ttlSeconds: 18000 }],
    ['token for to hours', { intent: 'token', ttlSeconds: 7200 }],
    ['token for for hours', { intent: 'token', ttlSeconds: 14400 }],
    ['token for negative one hour', { intent: 'token', invalid: ['ttlSeconds'] }],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      'token for lena at acme dot io for one hour',
      { intent: 'token', owner: 'lena@acme.io', ttlSeconds: 3600 },
    ],
    [
      'key for team fraud-ml owner jo dot kim at acme dot com',
      { intent: 'create_key', businessUnit: 'fraud-ml', owner: 'jo.kim@acme.com' },
    ],
    [
      'new key for ocr-lab owner li at example dot co dot uk',
      { intent: 'create_key', businessUnit: 'ocr-lab', owner: 'li@example.co.uk' },
    ],
    [
      'key for team ocr-lab owner jo underscore kim at acme dot io',
      { intent: 'create_key', businessUnit: 'ocr-lab', owner: 'jo_kim@acme.io' },
    ],
    [
      'token for anna dash berg at acme dot com for 2 hours',
      { intent: 'token', owner: 'anna-berg@acme.com', ttlSeconds: 7200 },
    ],
  ])('%s: a spoken e-mail is the owner', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['token in us west two for one hour', { intent: 'token', region: 'us-west-2', ttlSeconds: 3600 }],
    ['models in eu central one', { intent: 'models', region: 'eu-central-1' }],
    ['token in ap north east one', { intent: 'token', region: 'ap-northeast-1' }],
    ['token in us west five', { intent: 'token', invalid: ['region'] }],
  ])('%s: a spoken Region code', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      'key for team growth comma ninety days',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 90 },
    ],
    [
      'key for team growth dash analytics for ninety days',
      { intent: 'create_key', businessUnit: 'growth-analytics', expiryDays: 90 },
    ],
    ['deprovision unit old hyphen search', { intent: 'deprovision', businessUnit: 'old-search' }],
    [
      'new key for team ads comma owner sara at acme dot com',
      { intent: 'create_key', businessUnit: 'ads', owner: 'sara@acme.com' },
    ],
  ])('%s: dictated punctuation and names', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('meeting someone "at" a place is no e-mail', () => {
    expect(rewriteSurface('a dash of salt please')).toBe('a dash of salt please');
    expect(rewriteSurface('see you at the office at noon')).toBe('see you at the office at noon');
    expect(acts('happy birthday lena at acme dot com')).toBe(false);
  });
});

describe('phone typing', () => {
  it.each<Case>([
    ['tokenfor 2h', { intent: 'token', ttlSeconds: 7200 }],
    ['tokenpls 30m', { intent: 'token', ttlSeconds: 1800 }],
    ['tokenplease2h', { intent: 'token', ttlSeconds: 7200 }],
    ['keyfor fraud-ml', { intent: 'create_key', businessUnit: 'fraud-ml' }],
    ['api keu for fraud-ml', { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'api-key' }],
    ['de provision fraud-ml please', { intent: 'deprovision', businessUnit: 'fraud-ml' }],
    ['key for tem fraud-ml', { intent: 'create_key', businessUnit: 'fraud-ml' }],
    [
      'key for team fraud-ml expiring in 30 dsys',
      { intent: 'create_key', businessUnit: 'fraud-ml', expiryDays: 30 },
    ],
    ['token for 2 huors', { intent: 'token', ttlSeconds: 7200 }],
    ['can i have a taken for 2h', { intent: 'token', ttlSeconds: 7200 }],
    ['new kry for vision-lab', { intent: 'create_key', businessUnit: 'vision-lab' }],
  ])('%s: glued, split or mistyped words', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['revolt the fraud-ml key', { intent: 'revoke', businessUnit: 'fraud-ml' }],
    ['pls revolt all keys for vision-lab', { intent: 'revoke', businessUnit: 'vision-lab', all: true }],
    ['revolt the token for ocr-lab', { intent: 'revoke', businessUnit: 'ocr-lab' }],
  ])('%s: autocorrect\'s "revolt" in command position is revoke', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['token 2h in paris\n*frankfurt', { intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' }],
    ['token for 3h *4h', { intent: 'token', ttlSeconds: 14400 }],
    ['key for team kestrel\n*falcon', { intent: 'create_key', businessUnit: 'falcon' }],
    [
      'key for vision-lab 90 days\n*60 days',
      { intent: 'create_key', businessUnit: 'vision-lab', expiryDays: 60 },
    ],
  ])('%s: a trailing *value corrects the value before it', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('takes *bold* and bullets for what they are', () => {
    expect(read('key for *fraud-ml*')).toEqual({ intent: 'create_key', businessUnit: 'fraud-ml' });
    expect(rewriteSurface('*sigh')).toBe('*sigh');
    expect(rewriteSurface('todo:\n* rotate keys')).not.toContain('meant');
  });

  it.each(['revolt against the new dress code', 'the fans revolt when the key player leaves'])(
    '"%s" is no revocation',
    (text) => {
      expect(parseRequest(text).intent).not.toBe('revoke');
      expect(acts(text)).toBe(false);
    },
  );
});

describe('words of other languages', () => {
  it.each<Case>([
    ['bitte einen Token für 3 Stunden', { intent: 'token', ttlSeconds: 10800 }],
    ['Token für 45 Minuten bitte', { intent: 'token', ttlSeconds: 2700 }],
    ['token 2 std', { intent: 'token', ttlSeconds: 7200 }],
    ['un token para dos horas por favor', { intent: 'token', ttlSeconds: 7200 }],
    ['un token pour 2 heures s’il vous plaît', { intent: 'token', ttlSeconds: 7200 }],
    ['preciso de um token para 3 horas', { intent: 'token', ttlSeconds: 10800 }],
    ['mujhe ek token chahiye 3 ghante ke liye', { intent: 'token', ttlSeconds: 10800 }],
    ['un token per 2 ore per favore', { intent: 'token', ttlSeconds: 7200 }],
    ['een token voor 2 uur alsjeblieft', { intent: 'token', ttlSeconds: 7200 }],
  ])('%s: a token', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      'wir brauchen einen Schlüssel für team Vertrieb, 3 Monate',
      { intent: 'create_key', businessUnit: 'vertrieb', expiryDays: 90 },
    ],
    [
      'necesito una key para el equipo fraud-ml, 6 meses',
      { intent: 'create_key', businessUnit: 'fraud-ml', expiryDays: 180 },
    ],
    [
      'precisamos de uma chave para a equipe ocr-lab, 30 dias',
      { intent: 'create_key', businessUnit: 'ocr-lab', expiryDays: 30 },
    ],
    ['une clé pour l’équipe vision-lab, merci', { intent: 'create_key', businessUnit: 'vision-lab' }],
    [
      'una chiave per il team fraud-ml, 3 mesi, grazie',
      { intent: 'create_key', businessUnit: 'fraud-ml', expiryDays: 90 },
    ],
    [
      'sleutel voor team fraud-ml, 30 dagen, bedankt',
      { intent: 'create_key', businessUnit: 'fraud-ml', expiryDays: 30 },
    ],
  ])('%s: a key for a unit', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    ['bitte den key von fraud-ml rotieren', { intent: 'rotate', businessUnit: 'fraud-ml' }],
    ['por favor revoca la key de vision-lab', { intent: 'revoke', businessUnit: 'vision-lab' }],
    ['muéstrame todas las units', { intent: 'list', all: true }],
  ])('%s: other commands', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      'bitte die Unit ocr-lab komplett entfernen, das Team wurde aufgelöst',
      { intent: 'deprovision', businessUnit: 'ocr-lab' },
    ],
    ['bitte den Schlüssel AKIAABCDEFGHIJKLMNOP sperren', { intent: 'revoke', keyId: 'AKIAABCDEFGHIJKLMNOP' }],
    ['alle Keys von fraud-ml bitte sperren', { intent: 'revoke', businessUnit: 'fraud-ml', all: true }],
  ])('%s: the verb German puts last', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<Case>([
    [
      'historial de fraud-ml en los últimos 30 días por favor',
      { intent: 'history', businessUnit: 'fraud-ml', period: { kind: 'days', days: 30 } },
    ],
    [
      'combien a dépensé vision-lab le mois dernier, merci',
      { intent: 'spend', businessUnit: 'vision-lab', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'spesa di ocr-lab il mese scorso per favore',
      { intent: 'spend', businessUnit: 'ocr-lab', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'Kosten von fraud-ml im März bitte',
      { intent: 'spend', businessUnit: 'fraud-ml', period: { kind: 'named-month', month: 3, year: null } },
    ],
    [
      'quién creó keys en septiembre de 2026?',
      { intent: 'history', period: { kind: 'named-month', month: 9, year: 2026 } },
    ],
  ])('%s: history and spend, with their periods', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['danke!', 'muchas gracias', 'merci beaucoup', 'grazie mille'])(
    '"%s" thanks, and asks nothing',
    (text) => {
      expect(read(text)).toEqual({ intent: 'unknown' });
    },
  );

  it('leaves thanks out of a request instead of making it sound like chit-chat', () => {
    const r = parseRequest('API key for the ocr-lab team, 60 days. merci!');
    expect([r.intent, r.businessUnit, r.expiryDays, r.question]).toEqual([
      'create_key',
      'ocr-lab-team',
      60,
      undefined,
    ]);
  });

  it.each([
    'die Unit fraud-ml bitte nicht löschen',
    'ich brauche den Token nicht mehr',
    'ich brauche keinen Token mehr',
    'keinen token bitte',
    'vergiss den Key für fraud-ml',
    'bitte nicht den key von fraud-ml rotieren',
    'olvídalo, ya no necesito el token',
    'no borres la key de ventas por favor',
    'je n’ai plus besoin de la clé, merci',
    'ne supprimez pas la clé de vision-lab',
    'não preciso mais do token',
    'esquece o token',
    'rehne do, token nahi chahiye ab',
    'lascia perdere, non mi serve più il token',
    'non mi serve la chiave di fraud-ml',
    'laat maar, ik heb de token niet meer nodig',
    'ik heb de sleutel voor fraud-ml niet meer nodig',
  ])('"%s" withdraws or refuses: nothing is done', (text) => {
    expect(acts(text)).toBe(false);
    expect(parseRequest(text).intent).toBe('unknown');
  });

  it('reads the words only where they are whole words of a message in that language', () => {
    // English words that are also German or Spanish ones stay English.
    for (const text of [
      'the token will die in an hour',
      'pour the coffee please',
      'la la land is on tonight',
    ])
      expect(rewriteSurface(text)).toBe(text);
    // Never inside a unit name or an e-mail.
    expect(read('key for team de-ops bitte')).toEqual({ intent: 'create_key', businessUnit: 'de-ops' });
    expect(read('token for ana.para@acme.com bitte')).toEqual({
      intent: 'token',
      owner: 'ana.para@acme.com',
    });
  });
});

describe('chat abbreviations and non-native word order', () => {
  it.each<Case>([
    [
      'please create key api for fraud-ml',
      { intent: 'create_key', businessUnit: 'fraud-ml', keyKind: 'api-key' },
    ],
    ['history for sept 2026', { intent: 'history', period: { kind: 'named-month', month: 9, year: 2026 } }],
    [
      'spend of fraud-ml in sept',
      { intent: 'spend', businessUnit: 'fraud-ml', period: { kind: 'named-month', month: 9, year: null } },
    ],
    ['which units r on bedrock', { intent: 'list' }],
    ['what can u do', { intent: 'help', topic: 'general' }],
    ['apikey 4 me pls', { intent: 'token', keyKind: 'api-key' }],
    ['key w/o expiry for fraud-ml', { intent: 'create_key', businessUnit: 'fraud-ml' }],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['pls dnt revoke fraud-ml', 'plz dnt rotate the vision-lab key'])('"%s" is a refusal', (text) => {
    expect(acts(text)).toBe(false);
  });

  it('reads stretched and shortened words', () => {
    expect(rewriteSurface('tok 2h pleeease')).toBe('tok 2h please');
    expect(rewriteSurface('maybe tmrw')).toBe('maybe tomorrow');
    expect(rewriteSurface('plies and pleats')).toBe('plies and pleats');
    expect(rewriteSurface("i've taken 2 hours off")).toBe("i've taken 2 hours off");
  });
});

describe('asking the bot what it does, and keys by emoji', () => {
  it.each<Case>([
    ['/bedrock ?', { intent: 'help', topic: 'general' }],
    ['??', { intent: 'help', topic: 'general' }],
    ['man bedrock', { intent: 'help', topic: 'general' }],
    ['/bedrock man', { intent: 'help', topic: 'general' }],
    [':key: pls', { intent: 'token' }],
    ['token for one (1) hour', { intent: 'token', ttlSeconds: 3600 }],
    [
      'key for ocr-lab for thirty (30) days',
      { intent: 'create_key', businessUnit: 'ocr-lab', expiryDays: 30 },
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['?', ':key:', '🔑', 'man, what a week'])('"%s" asks nothing of the bot', (text) => {
    expect(['unknown', 'help']).toContain(parseRequest(text).intent);
    expect(acts(text)).toBe(false);
  });
});

describe('ordinary text', () => {
  it.each(['token for 2h in eu-west-1', 'create a key for marketing, 90 days', 'list all units', ''])(
    '"%s" is returned as it is',
    (text) => {
      expect(rewriteSurface(text)).toBe(text);
    },
  );
});

describe('the glossary step on text past ASCII without an accented letter (speed42a: its test tried in parts)', () => {
  // Each text is found by a different part of the step's test (a strong word, a phrase, a number with a unit of
  // another language) and has a character past ASCII, so none is decided by the cheap tests before it.
  it.each([
    ['bitte den token rotieren 🙏', 'please the token rotate 🙏'],
    ['por favor un token para ventas 🙏', 'please a token for ventas 🙏'],
    ['token for 2 stunden 🙏', 'token for 2 hours 🙏'],
    ['2 std token “please”', '2 hours token “please”'],
  ])('"%s" is read in English', (text, english) => {
    expect(rewriteSurface(text)).toBe(english);
  });
});

describe('the phrase triggers, compiled without the u flag', () => {
  // Without 'u', "\p{L}" is the four characters "p{L}", not a letter: "(?![\p{L}])" let "badilisha keyboard" through
  // as "badilisha key", and "vor\s+\p{L}+\s+monaten" never matched a number in words.
  it('hold no Unicode property escape', () => {
    expect(MORE_PHRASE_TRIGGER).not.toMatch(/\\[pP]\{/);
  });

  it('read "badilisha" as rotate only before a key, not before a word that starts with "key"', () => {
    expect(rewriteSurface('pls badilisha key ya data-eng')).toBe('pls rotate key of data-eng');
    expect(rewriteSurface('badilisha keyboard yangu')).toBe('badilisha keyboard yangu');
  });
});
