import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';
import { SECRET_WORD, maskSecrets } from '../../src/intent/secrets.js';
import { exactly } from './acted.js';

/**
 * Round fifteen (secrets15): a secret pasted into a message is masked before anything reads the text
 * (src/intent/secrets.ts). Property tests: random secret-shaped strings (12–64 mixed case and digits,
 * base64 with `+/=`, hex 32–64, the AWS secret key's 40, Bedrock API keys `ABSK…` and
 * `bedrock-api-key-…`) in every place a person pastes one; the whole parse (slots, question,
 * alternatives, problems, reason) never holds the secret nor any eight characters of it, nor the
 * placeholder. Look-alikes that are values (key IDs, units with digits, Regions, model IDs, e-mail
 * addresses, links, tickets) are kept as written. Written before the parser's answers were looked at.
 */

/** A small seeded generator (the same strings on every run). */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}
const random = generator(20261201);
const SMALL = 'abcdefghijklmnopqrstuvwxyz';
const CAPITALS = SMALL.toUpperCase();
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const between = (a: number, b: number): number => a + Math.floor(random() * (b - a + 1));
const one = (chars: string): string => chars[Math.floor(random() * chars.length)] ?? '';

/** A random string of `n` characters from `chars` holding one of each of `must`. */
function text(n: number, chars: string, must: string[]): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < n; i++) s += one(chars);
    if (must.every((m) => [...s].some((c) => m.includes(c)))) return s;
  }
}

const BASE64 = SMALL + CAPITALS + DIGITS + '+/';
/** Secret shapes: [name, the whole string, the random part that must never be shown]. */
const SHAPES: Record<string, () => { secret: string; random: string }> = {
  'mixed case and digits, 12-64': () => {
    const s = text(between(12, 64), SMALL + CAPITALS + DIGITS, [SMALL, CAPITALS, DIGITS]);
    return { secret: s, random: s };
  },
  'base64 with +/=': () => {
    const s = text(between(16, 60), BASE64, [SMALL, CAPITALS, DIGITS, '+/']);
    return { secret: s + '='.repeat(between(0, 2)), random: s };
  },
  'hex 32-64': () => {
    const s = text(between(32, 64), HEX, [DIGITS, 'abcdef']);
    return { secret: s, random: s };
  },
  'AWS secret access key (40)': () => {
    const s = text(40, BASE64, [SMALL, CAPITALS, DIGITS]);
    return { secret: s, random: s };
  },
  'Bedrock API key ABSK…': () => {
    const s = text(between(20, 120), BASE64, [SMALL, CAPITALS, DIGITS]);
    return { secret: `ABSK${s}`, random: s };
  },
  'Bedrock API key bedrock-api-key-…': () => {
    const s = text(between(20, 100), BASE64, [SMALL, CAPITALS, DIGITS]);
    return { secret: `bedrock-api-key-${s}`, random: s };
  },
};

/** Places a person pastes a secret: after "for", before "key", in backticks, a form, a fence, a quote. */
const PLACES: ((s: string) => string)[] = [
  (s) => `rotate the key for ${s}`,
  (s) => `pls rotate the key for ${s} asap`,
  (s) => `new key for ${s}, 30 days`,
  (s) => `revoke the ${s} key`,
  (s) => `can you deprovision ${s} key for search`,
  (s) => `the old key was \`${s}\`, revoke it`,
  (s) => `rotate \`${s}\` please`,
  (s) => `Team: growth\nRequest: rotate\nsecret: ${s}`,
  (s) => `Unit: ${s}\nAction: revoke`,
  (s) => `owner: ${s}\nrotate the risk key`,
  (s) => `this leaked, rotate the ads key:\n\`\`\`\nAWS_SECRET_ACCESS_KEY=${s}\n\`\`\``,
  (s) => `> ${s}\nrevoke that key for ads`,
  (s) => `&gt; ${s}\nrevoke that one`,
  (s) => `he said "${s}" is the key, revoke it for marketing`,
  (s) => `rotate key id ${s} for growth`,
  (s) => `what is ${s} attached to?`,
  (s) => `deprovision ${s}`,
  (s) => `offboard team ${s}`,
  (s) => `token for ${s} 2h`,
];

/** Every run of eight characters of the random part, lower-cased (the parser lower-cases names). */
function pieces(random: string): string[] {
  const out: string[] = [];
  for (let a = 0; a + 8 <= random.length; a++) out.push(random.slice(a, a + 8).toLowerCase());
  return out;
}

describe('a pasted secret never comes back in the parse, in any place, of any shape', () => {
  for (const [shape, make] of Object.entries(SHAPES))
    it(shape, () => {
      for (let n = 0; n < 6; n++)
        for (const place of PLACES) {
          const { secret, random: part } = make();
          const message = place(secret);
          const parse = parseRequest(message);
          const json = JSON.stringify(parse).toLowerCase();
          const shown = pieces(part).find((p) => json.includes(p));
          expect(shown, `${message} → ${json}`).toBeUndefined();
          expect(json.includes(SECRET_WORD), `${message} → ${json}`).toBe(false);
          // (Nothing is done with the secret as a value: no value holds any of it, checked above.)
          if (ACTING_INTENTS.has(parse.intent) && parse.question === undefined)
            expect(parse.keyId, message).toBeNull();
        }
    });
});

describe('look-alikes that are values are kept as written (not masked)', () => {
  it.each([
    'revoke AKIAIOSFODNN7EXAMPLE for growth',
    'rotate ASIAY34FZKBOKMUTVV7A now',
    'revoke ACCAP4W8NV2XK7QJ3LRZ for churn-model',
    'details for ABSKexample42',
    'rotate ABSK-demo-key-771',
    'the key id bk-22aa91 for growth',
    'revoke BRK-7f3a9c21',
    'rotate the key for team-7',
    'new key for recs-v2, 30 days',
    'deprovision hack-12 and hackathon-2026',
    'token 2h in eu-central-1, or ap-southeast-2',
    'does anthropic.claude-3-5-sonnet-20240620-v1:0 work with an api key?',
    'is us.anthropic.claude-3-7-sonnet-20250219-v1:0 allowed for growth?',
    'can we use meta.llama3-1-70b-instruct-v1:0 or amazon.titan-embed-text-v2:0',
    'owner anna.berg2024@acme.com, key for ads',
    'owner: <mailto:Finance-Eng2024@acme.com|Finance-Eng2024@acme.com>',
    'see <https://jira.acme.io/browse/PLAT-3101|PLAT-3101> — key for doc-intel please',
    'the sheet <https://docs.google.com/spreadsheets/d/1AbCdEf2GhIjK3LmN|inventory>',
    'ticket CHG0012345 / INC0012345678 approved, rotate growth',
    '(ref. BaFin-2026-118) history of underwriting-ai',
    'key for customer-360-analytics, fraudDetector and the GPT4o pilot',
    'who deleted the final_FINAL_v3 folder?',
    '<@U02LUCAS> <#C0123ABCD|general> internationalization deprovisioning',
    'Llama-3.1-8B vs Claude-3.5-Sonnet for the Q3-2026 roadmap',
  ])('%s', (message) => {
    expect(maskSecrets(message)).toBe(message);
  });
});

describe('secrets in the examples of the brief, and after "key id"', () => {
  it.each([
    ['rotate the key for wJalrXUtnFEMI/K7MDENG+bPxRfiCY', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCY'],
    ['the old key was ABSKQmVkcm9ja0FQSUtleS0…, revoke it', 'ABSKQmVkcm9ja0FQSUtleS0'],
    [
      'secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nrotate it',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ],
    ['key for Xk29dQab12CD', 'Xk29dQab12CD'],
    ['rotate the key for pPIJ21d9TbwcESLkG pls', 'pPIJ21d9TbwcESLkG'],
    ['revoke 9e4WT6u29/s0NV3+u6+W2xDMxw6kdADs4qP74aRD', '9e4WT6u29/s0NV3+u6+W2xDMxw6kdADs4qP74aRD'],
    [
      'token=ghp_16C7e42F292c6912E7710c838347Ae178B4a, rotate the ci key',
      'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    ],
    [
      'leaked xoxb-1234567890-abcdefghijKLMNOP in #general, rotate growth',
      'xoxb-1234567890-abcdefghijKLMNOP',
    ],
  ])('%s', (message, secret) => {
    expect(maskSecrets(message)).not.toContain(secret.slice(4, 12));
    const json = JSON.stringify(parseRequest(message)).toLowerCase();
    expect(json).not.toContain(secret.slice(4, 12).toLowerCase());
  });

  exactly([
    {
      text: 'revoke key id wJalrXUtnFEMI/K7MDENG for search',
      intent: 'revoke',
      businessUnit: 'search',
      invalid: ['keyId'],
    },
    {
      text: 'rotate key id 7c4a8d09ca3762af61e59520943dc26494f8941b for ads',
      intent: 'rotate',
      businessUnit: 'ads',
      invalid: ['keyId'],
    },
    {
      text: 'rotate the key `Tq8vZ2pL0xR4mN7kB3wY` for risk',
      intent: 'rotate',
      businessUnit: 'risk',
      invalid: ['keyId'],
    },
    {
      text: 'revoke key AKIAIOSFODNN7EXAMPLE for growth',
      intent: 'revoke',
      businessUnit: 'growth',
      keyId: 'AKIAIOSFODNN7EXAMPLE',
    },
    { text: 'rotate the key for team-7', intent: 'rotate', businessUnit: 'team-7' },
    { text: 'new key for recs-v2, 30 days', intent: 'create_key', businessUnit: 'recs-v2', expiryDays: 30 },
    { text: 'token for 2h in eu-central-1', intent: 'token', ttlSeconds: 7200, region: 'eu-central-1' },
  ]);
});
