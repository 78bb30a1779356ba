import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';

describe('whom a credential is for, and whom a message speaks to', () => {
  it.each([
    ['token 3h for my flatmate <@U0FLAT001> please', 'U0FLAT001'],
    ['can I get a token for our working student <@U0STUD002>, 1h', 'U0STUD002'],
    ['token for my colleague <@U0COLL003> for 2 hours', 'U0COLL003'],
  ])('"for my/our <anyone> <@U…>" is the one the token is for: %s', (text, owner) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.owner).toBe(owner);
  });

  it.each([
    ['<@U0BOT0001> token for 4h. it is not for me, it is for <@U0PAIR004>', 'U0PAIR004'],
    ['<@U0BOT0001> token 2h in oregon. ps: for <@U0PAIR004>, not me', 'U0PAIR004'],
    ['<@U0BOT0001> token for 1 hour. Not for me but for <@U0PAIR004>', 'U0PAIR004'],
  ])('a sentence saying whom the token is for is part of the request: %s', (text, owner) => {
    const r = parseRequest(text);
    expect(r.intent).toBe('token');
    expect(r.owner).toBe(owner);
  });

  it('a person named as the future owner at the start is no addressee', () => {
    const r = parseRequest('<@U0OWNR005> will be the owner of the new claims-ml key, can you create it?');
    expect(r).toMatchObject({ intent: 'create_key', businessUnit: 'claims-ml', owner: 'U0OWNR005' });
    expect(parseRequest('<@U0OWNR005> is going to own the key for claims-ml, create it pls').owner).toBe(
      'U0OWNR005',
    );
  });

  it('thanking someone, then addressing the bot: the one thanked can still be the owner', () => {
    const r = parseRequest('thx <@U0HELP006>! <@U0BOT0001> create a key for risk-ml, owner <@U0HELP006>');
    expect(r).toMatchObject({ intent: 'create_key', businessUnit: 'risk-ml', owner: 'U0HELP006' });
    const none = parseRequest('thanks <@U0HELP006>, <@U0BOT0001> create a key for risk-ml');
    expect(none.owner).toBeNull();
  });

  it('a mention right after "sorry" is spoken to, not a corrected owner', () => {
    const r = parseRequest('sorry <@U0PEER007> my bad, that was me. rotate the key for ads-core please');
    expect(r.intent).toBe('rotate');
    expect(r.owner).toBeNull();
    // ... while a correction that names the owner still wins.
    const fixed = parseRequest('create a key for ads-core, owner <@U0PEER007>, no wait, owner <@U0PEER008>');
    expect(fixed.owner).toBe('U0PEER008');
  });

  it('look-alikes: people talked about stay no owner', () => {
    expect(parseRequest('token for 2h, my manager <@U0MGR0009> approved it').owner).toBeNull();
    expect(
      parseRequest('<@U0BOT0001> token 2h. for the record, <@U0MGR0009> said it is fine').owner,
    ).toBeNull();
  });
});

describe('the units the person asking owns', () => {
  it.each([
    'list my units, I need to pick one for the new key',
    'show me my teams please, then I will decide',
    'what are my units?',
    'list units - only mine',
    'list the teams, just my own',
    'which units where I am the owner?',
  ])('%s → list, owner me', (text) => {
    expect(parseRequest(text)).toMatchObject({ intent: 'list', owner: 'me' });
  });

  it.each(['list units, all of them', 'list units, thanks mine was a typo'])(
    'a list of every unit keeps no owner: %s',
    (text) => {
      const r = parseRequest(text);
      expect(r.intent).toBe('list');
      expect(r.owner).toBeNull();
    },
  );

  it('what one of my units has is no list of my units', () => {
    expect(parseRequest('list my units keys for growth').owner).not.toBe('me');
  });
});

describe('the word "owner" with no value after it', () => {
  it.each([
    'disable key AKIAQ2W3E4R5T6Y7U8I9, no idea who is owner but it was in a public gist',
    'what is set up for the data-eng team? I just took over the product owner role',
    '<@U0BOT0001> units please, for this table: | unit | owner | region |',
  ])('names no invalid owner: %s', (text) => {
    const r = parseRequest(text);
    expect(r.owner).toBeNull();
    expect(r.problems?.some((x) => x.slot === 'owner') ?? false).toBe(false);
  });

  it('a field of pasted material is no owner stated', () => {
    const r = parseRequest(
      '```\ncron: nightly_sync   owner: reporting\n```\nrotate the key for reporting please',
    );
    expect(r.intent).toBe('rotate');
    expect(r.problems?.some((x) => x.slot === 'owner') ?? false).toBe(false);
  });

  it('an owner that is no e-mail or mention, typed as the value, is still reported', () => {
    const r = parseRequest('create a key for growth, owner: dana');
    expect(r.problems).toEqual([expect.objectContaining({ slot: 'owner', stated: 'dana' })]);
  });
});
