import { describe, expect, it } from 'vitest';
import { ACTING_INTENTS } from '../../src/core/request.js';
import { parseRequest } from '../../src/intent/parse-request.js';

/** The engine would carry it out: an acting intent with no question. */
const acts = (text: string): boolean => {
  const r = parseRequest(text);
  return ACTING_INTENTS.has(r.intent) && r.question === undefined;
};

/**
 * People outside engineering name our credentials in their own words: "the AI password", "an AI
 * pass", "my account for the AI", "a Claude login", "access to the AI tool". For the person asking,
 * for some hours, that is a token; for a team, a system or for good, a long-term key; when nothing
 * tells which, the bot asks.
 */
describe('lay names for our credentials', () => {
  it.each<[string, number]>([
    ['can I have the AI password for 3 hours please', 10800],
    ['the chatbot password please, one hour', 3600],
    ['my AI account for the next two hours pls', 7200],
    ['genai password for 4 hours, thanks', 14400],
    ['could you send me an AI login that works for 90 minutes?', 5400],
    ['a temporary password for the AI tool, 45 min would be great', 2700],
    ['hello! may I get a pass for the AI thing? two hours is enough', 7200],
    ['I need a login to the AI for the afternoon, say 4h', 14400],
    ['please give me password for use AI, 2 hour', 7200],
    ['I need AI access 3 hour for my presentation', 10800],
    ['an AI pass for half an hour please, I want to try a prompt', 1800],
  ])('"%s" is a token for the person asking', (text, ttl) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.businessUnit).toBeNull();
  });

  it.each([
    ['a Claude login for two hours please', 7200],
    ['could I have the Claude password for 1 hour?', 3600],
    ['need access to Claude for 30 minutes to draft a memo', 1800],
  ])('"%s" is a token for Claude (provider anthropic)', (text, ttl) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(ttl);
    expect(r.provider).toBe('anthropic');
  });

  it('an AI pass for a colleague is their token', () => {
    const r = parseRequest('please make an AI pass for <@U0AB12CD3>, two hours');
    expect(r.intent).toBe('token');
    expect(r.owner).toBe('U0AB12CD3');
    expect(r.ttlSeconds).toBe(7200);
  });

  it.each<[string, string]>([
    ['a permanent AI password for the claims-triage team please', 'claims-triage-team'],
    ['our robot needs an AI login that never expires, unit is procurement-bots', 'procurement-bots'],
    ['AI account for the contracts-desk unit please, it runs all the time', 'contracts-desk'],
    ['access to Claude for my team please, we are hr-insights', 'hr-insights'],
    ['an app password for the AI for support-macros, the tool runs 24/7', 'support-macros'],
    ['we need a permanent login for the AI for team payroll-assist', 'payroll-assist'],
  ])('"%s" is a long-term key for the unit', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('create_key');
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'can I get the AI password?',
    'I need an AI login please',
    'the AI pass thing, can I have one?',
    'could I please have a Claude login',
    'access to the AI please',
  ])('"%s" names no lifetime, team or use: the bot asks before issuing anything', (text) => {
    const r = parseRequest(text);
    expect(acts(text)).toBe(false);
    expect(r.question?.alternatives.length ?? 0).toBeGreaterThan(1);
  });

  it.each([
    'I forgot my Okta password again',
    'what is the wifi password for the 3rd floor?',
    'can you get me a Midjourney account?',
    'the ChatGPT login page is down',
    'does anyone have the streaming password for the office tv',
    'please reset my laptop password',
    'I need a login for the expenses portal',
    'can I get a Grammarly account for my team?',
    'my AI pass from yesterday worked great, thanks',
    'please delete the chatbot account on Intercom, we cancelled it',
    'can you give me a ChatGPT login for 2 hours?',
    'need a Copilot seat for the new designer, asap',
    'a Gemini account for our team please, marketing-ops',
    'reset the AI account password in Notion for me pls',
  ])('"%s" is not ours to act on', (text) => {
    expect(acts(text)).toBe(false);
    expect(['unknown', 'help']).toContain(parseRequest(text).intent);
  });
});

/** Lay verbs: "take away" a key is a revoke; "change" a key, or a new one after a leak, a rotation. */
describe('lay verbs for our actions', () => {
  it.each<[string, string]>([
    ['please take away the proposal-bot key', 'proposal-bot'],
    ['take the key away from vendor-pilot, the trial ended', 'vendor-pilot'],
    ['can you take away the AI password of the events-team? the event is over', 'events-team'],
    ['could you take back the key we gave to quiz-night', 'quiz-night'],
  ])('"%s" revokes', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBe(unit);
  });

  it.each<[string, string]>([
    ['change the AI key of support-ops please', 'support-ops'],
    ['please change the password of the hr-assist AI key', 'hr-assist'],
    ['our AI password for legal-ops leaked, can you change it?', 'legal-ops'],
    ['someone saw the marketing-ai key on my screen during a demo, a new one please', 'marketing-ai'],
    ['I read the finance-bots key out loud in a meeting, can we get a new key', 'finance-bots'],
    ['the key of doc-summaries was in a screenshot I posted, please replace it', 'doc-summaries'],
  ])('"%s" rotates', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('rotate');
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'can you change the meeting to 3pm?',
    'please change the owner of the calendar invite',
    'take away the pizza boxes from the kitchen please',
    'the main takeaway from the retro: rotate who runs standup',
  ])('"%s" is no action of ours', (text) => {
    expect(acts(text)).toBe(false);
  });
});

/** E-mail written into Slack: greeting, sign-off and signature are not the request. */
describe('e-mail shape', () => {
  it.each<[string, string]>([
    [
      'Dear Bedrock team,\n\nFollowing the end of the pilot, please revoke the pilot-x key.\n\nRegards,\nProcurement',
      'pilot-x',
    ],
    [
      'Dear Security team,\n\nFurther to our call, please rotate the key for growth.\n\nKind regards,\nTariq\nInformation Security',
      'growth',
    ],
    [
      'Hello Platform Team,\n\nIn line with the architecture review, please deprovision old-search entirely.\n\nBest,\nAnn Lee\nHead of Data Platform',
      'old-search',
    ],
    [
      'Hi all,\n\nplease create a long-term key for claims-ocr, owner is <@U0CLAIMS1>.\n\nThanks,\nRobin\nSenior Programme Manager\nClaims Operations',
      'claims-ocr',
    ],
  ])('the unit comes from the request, not the letter around it', (text, unit) => {
    expect(parseRequest(text).businessUnit).toBe(unit);
  });

  it.each([
    'Hi,\n\nPlease revoke the access key AKIAW6E3R9T1Y5U8I2OQ immediately.\n\nBest,\nDaniel Frost\nInformation Security Officer',
    'Hello,\n\nplease revoke key AKIAZZ3R9T1Y5U8I2OQ4, it was emailed to a supplier.\n\nRegards,\nMira\nData Protection Officer\nOut-of-hours: +44 20 7946 0000',
  ])('a signature names no unit', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBeNull();
  });

  it('a signature e-mail is not the owner', () => {
    const r = parseRequest(
      'Dear team,\n\nI would appreciate a token for 2 hours.\n\nMany thanks,\nHanna Weiss\nhanna.weiss@example.com',
    );
    expect(r.intent).toBe('token');
    expect(r.owner).toBeNull();
    expect(r.ttlSeconds).toBe(7200);
  });

  it.each([
    'Good morning,\n\nWhich tokens were issued to <@U0CL41R3>? (Asking on behalf of Internal Audit.)\n\nRegards,\nHenrietta',
    'Hi,\n\nwhat changed in the last 30 days? (I am asking for the Risk Committee)\n\nThanks,\nOmar',
  ])('"(asking on behalf of …)" names no unit', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('history');
    expect(r.businessUnit).toBeNull();
  });

  it.each([
    'Dear colleagues,\n\nThe CAB has rejected CHG0045512 (long-term access key for claims-automation). Please do not proceed.\n\nRegards,\nChange Manager',
    'Dear all, the change board did not approve the new key for fraud-ml. Please do not proceed with it. Thanks, Ops',
    "Hi team,\n\nthe steering committee declined the request to deprovision legacy-bi, so please don't proceed.\n\nBest,\nKim",
    'FYI the CAB turned down CHG-9912 (rotate all keys for payments). Do not proceed until further notice.',
  ])("a change board's rejection never acts", (text) => {
    const r = parseRequest(text);
    expect(acts(text)).toBe(false);
    expect(r.intent).toBe('unknown');
  });
});

describe('lay names, more', () => {
  it.each([
    'it is a "bearer" something I think? for two hours please',
    'the bearer thingy or whatever, 1 hour pls',
    'can I have the bearer or something for 3h',
  ])('"%s": a half-remembered "bearer" names no key kind', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.keyKind).toBeNull();
  });

  it.each<[string, string]>([
    ['a permanent password for the invoice tool please, unit: ap-automation', 'ap-automation'],
    ['hi, an app login for our filing robot, business unit is records-ops', 'records-ops'],
    ['we need a system password for the AI that sorts tickets, team triage-desk', 'triage-desk'],
  ])('"%s": a lasting password for a system is a key for the unit', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('create_key');
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'can I get a permanent password for the guest wifi?',
    'how do I make an app password for Outlook?',
    'the service login for the HR portal is broken again',
  ])('"%s": other systems\' passwords are not ours', (text) => {
    expect(acts(text)).toBe(false);
    expect(['unknown', 'help']).toContain(parseRequest(text).intent);
  });
});

describe('e-mail shape, more', () => {
  it('phone lines in a signature state nothing', () => {
    const r = parseRequest(
      'Hello,\n\nplease rotate the key for claims-ai today.\n\nSecurity Desk\nOut-of-hours: +44 20 7946 0000\nTel. 030 1234567',
    );
    expect(r.intent).toBe('rotate');
    expect(r.businessUnit).toBe('claims-ai');
    expect(r.ttlSeconds).toBeNull();
  });

  it.each(['<@U0BOTID>\n\nSent from my iPhone', '<@U0BOTID>\nsent from my phone'])(
    '"%s": a mention and a phone footer is a bare mention: help',
    (text) => {
      expect(parseRequest(text).intent).toBe('help');
    },
  );

  it('"URGENT" over the salutation is no unit either', () => {
    const r = parseRequest(
      'URGENT\n\nDear Security team,\n\nplease revoke the key for vendor-chat, it was posted in a public forum.\n\nThanks,\nMo',
    );
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBe('vendor-chat');
  });
});

describe('lay verbs, more', () => {
  it.each<[string, string]>([
    ['shut down all of it for old-crm, the project ended', 'old-crm'],
    ['can you close down the AI access for vendor-x completely', 'vendor-x'],
    ['please wind down everything bedrock for hackweek-24', 'hackweek-24'],
    ['we are done with demo-day-7, please clean it all up', 'demo-day-7'],
    ['clean up everything for sandbox-ml, the team moved on', 'sandbox-ml'],
  ])('"%s" ends the whole setup: deprovision', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('deprovision');
    expect(r.businessUnit).toBe(unit);
  });

  it.each<[string, string]>([
    ['stop the doc-search key, cost spike', 'doc-search'],
    ['please pause the key for growth-lab until further notice', 'growth-lab'],
    ['freeze the marketing-ai key please', 'marketing-ai'],
    ['kill the ledger-bot key, the bill is exploding', 'ledger-bot'],
  ])('"%s" stops a key: revoke', (text, unit) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('revoke');
    expect(r.businessUnit).toBe(unit);
  });

  it.each([
    'stop sharing keys in slack please!',
    'the build server shut down for maintenance last night',
    'we had to close down the office kitchen for a week',
    'please clean up the kitchen, everything is a mess',
    'clean up everything in the shared drive before friday',
    'please stop using the old key in your notebooks, it is going away',
  ])('"%s" acts on nothing', (text) => {
    expect(acts(text)).toBe(false);
  });
});

describe('e-mail headers and disclaimers', () => {
  it("a forwarded mail's header states no unit and no owner", () => {
    const r = parseRequest(
      '---------- Forwarded message ---------\nFrom: Cloud Alerts <alerts@example.com>\nDate: Mon, 2 Mar 2026 at 08:00\nSubject: Strange traffic\n\nSee below. Could you rotate the checkout key to be safe?\n\nThanks,\nLee',
    );
    expect(r.intent).toBe('rotate');
    expect(r.businessUnit).toBe('checkout');
    expect(r.owner).toBeNull();
  });

  it('"On … wrote:" is no owner', () => {
    const r = parseRequest(
      'On Tue, 3 Mar 2026 at 09:14, Raj Patel <raj.patel@example.com> wrote:\n> could somebody get me bedrock access?\n\nplease create a token for 3 hours for me so I can help Raj.',
    );
    expect(r.intent).toBe('token');
    expect(r.owner).toBeNull();
    expect(r.ttlSeconds).toBe(10800);
  });

  it.each([
    'Hi,\n\nplease create a token for 2 hours for me.\n\nKind regards,\nJo\n\nCONFIDENTIALITY NOTICE: This e-mail is confidential. If you are not the intended recipient, please delete it and notify the sender.',
    'Hello,\n\na token for 2 hours please.\n\nThis email and any attachments are confidential and intended solely for the addressee. If you received it in error, please delete it.',
  ])('a disclaimer\'s "please delete it" is no request', (text) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.ttlSeconds).toBe(7200);
  });
});
