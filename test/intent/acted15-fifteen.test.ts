import { describe, expect, it } from 'vitest';
import { acted, exactly } from './acted.js';

/**
 * Round fifteen (acted15): three kinds of non-request this round's blind files saw acted on, and the real
 * requests that look like them. Written before the parser's answers were looked at (two batches; the
 * second was written after the fix, to check it on text it was not made from); labels follow
 * test/intent/data/README.md.
 */
describe("a question hedged as curiosity or on someone else's say is help (README: help carries no lifetime)", () => {
  exactly([
    {
      text: 'just curious, could a contractor get a 6h token if their lead asked for one?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'hypothetically, could my manager have a 10 hour token if she asked me to set one up?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'in theory could I get a token for my intern if he needed one tomorrow?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'would it be possible to hand a 4h token to someone from finance if they asked?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'is it allowed to get a token for my director if she asks for it?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'what if I needed an 8h token for a visiting prof, could I get one?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'out of curiosity, can I request a 2h token on behalf of a colleague if they ask?',
      intent: 'help',
      topic: 'token',
    },
    { text: 'say my boss wanted a 12h token, could I get it for him?', intent: 'help', topic: 'token' },
    {
      text: 'just wondering: could a vendor be given a 3 hour token if our CTO asked?',
      intent: 'help',
      topic: 'token',
    },
    { text: 'if the client asked, could we issue them a 5h token?', intent: 'help', topic: 'token' },
    {
      text: 'curious: could my PhD student get a 3h token if her supervisor asked?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'hypothetically, if the client asked, could we give them a 1h token?',
      intent: 'help',
      topic: 'token',
    },
    {
      text: 'would it be possible to get a 6h token for a visitor if my lead okayed it?',
      intent: 'help',
      topic: 'token',
    },
    { text: 'just wondering, could I have a 2h token for my manager?', intent: 'help', topic: 'token' },
  ]);
});

describe('a report of how a token or key did, told, asks nothing', () => {
  exactly([
    { text: 'just tested: a 12h token survives the whole offsite. would recommend', intent: 'unknown' },
    { text: 'tried a 6h token yesterday, lasted through the entire hackathon demo', intent: 'unknown' },
    { text: 'confirmed: the 2h token expired mid-demo, classic', intent: 'unknown' },
    { text: 'turns out a 4h token is plenty for the workshop, 5 stars', intent: 'unknown' },
    { text: 'fyi the api key for growth worked fine in staging all week', intent: 'unknown' },
    { text: 'the 8 hour token I got lasted exactly 8 hours, as advertised', intent: 'unknown' },
    { text: 'rotated the ads key last night, no downtime at all. 10/10', intent: 'unknown' },
    { text: 'just tried revoking the old sales key \u2014 took 2 seconds, love it', intent: 'unknown' },
    { text: 'pro tip from experience: a 3h token covers a whole lecture block', intent: 'unknown' },
    { text: 'review: the 12h token made it through the all-day training, zero hiccups', intent: 'unknown' },
    { text: 'just tested: a 1h token is enough for the whole standup demo', intent: 'unknown' },
    { text: 'confirmed today that the 10h token survived the entire batch run', intent: 'unknown' },
    { text: 'turns out the key worked fine from the lab VPN after all', intent: 'unknown' },
    { text: 'our 4h token expired mid-demo lol, rookie mistake', intent: 'unknown' },
    { text: 'the 12h token lasted the whole conference day. 9/10', intent: 'unknown' },
  ]);
});

describe('"key" as an adjective of another noun, and kill of stories, slugs, syncs: no credential', () => {
  exactly([
    { text: "kill the key art on the homepage, it's the old campaign", intent: 'unknown' },
    { text: 'can we kill the key visual for the autumn launch? legal flagged it', intent: 'unknown' },
    { text: 'kill the key frame at 00:14, it flickers', intent: 'unknown' },
    { text: 'key takeaways from the offsite are in the doc', intent: 'unknown' },
    { text: 'please kill the story on page 3, the source backed out', intent: 'unknown' },
    { text: "let's kill the weekly sync, nobody comes anyway", intent: 'unknown' },
    { text: 'kill the slug fin-rates and rerun the page', intent: 'unknown' },
    { text: 'revoke the key messages slide, marketing rewrote them', intent: 'unknown' },
    { text: 'drop the key dates section from the newsletter', intent: 'unknown' },
    { text: "kill the key metrics panel on the dashboard, it's stale", intent: 'unknown' },
    { text: 'rotate the key account list between the reps this quarter', intent: 'unknown' },
    { text: "kill the key results slide, we'll present OKRs next week", intent: 'unknown' },
    { text: 'kill the key art for the spring sale banner', intent: 'unknown' },
    { text: 'we should kill the key visuals on the product page', intent: 'unknown' },
    { text: 'delete the key frames before export', intent: 'unknown' },
    { text: 'rotate the key account managers next quarter', intent: 'unknown' },
    { text: "kill the headline on the business front, it's wrong", intent: 'unknown' },
    { text: 'kill the draft about the merger, legal said no', intent: 'unknown' },
  ]);
});

describe('look-alikes that are requests and keep acting (kill of a credential stays revoke)', () => {
  exactly([
    { text: 'could I have a 12-hour token?', intent: 'token', ttlSeconds: 43200 },
    { text: 'can I get a 6h token please', intent: 'token', ttlSeconds: 21600 },
    { text: 'tested: need a 12h token for the load test', intent: 'token', ttlSeconds: 43200 },
    { text: 'tried everything, just give me a 2h token', intent: 'token', ttlSeconds: 7200 },
    { text: 'kill the growth key', intent: 'revoke', businessUnit: 'growth' },
    {
      text: 'kill the api key for ads-ranking',
      intent: 'revoke',
      businessUnit: 'ads-ranking',
      keyKind: 'api-key',
    },
    { text: 'revoke the key for art', intent: 'revoke', businessUnit: 'art' },
    { text: 'rotate the key for the design team', intent: 'rotate', businessUnit: 'design-team' },
    { text: 'confirmed with my lead: please rotate the sales key', intent: 'rotate', businessUnit: 'sales' },
    { text: 'just curious: rotate the growth key', intent: 'rotate', businessUnit: 'growth' },
    { text: 'kill the key for brand-art', intent: 'revoke', businessUnit: 'brand-art' },
    { text: 'kill the newsroom key, it leaked', intent: 'revoke', businessUnit: 'newsroom' },
    {
      text: 'token for 3h please, my boss asked for the numbers by tonight',
      intent: 'token',
      ttlSeconds: 10800,
    },
    { text: 'could I get a 4h token?', intent: 'token', ttlSeconds: 14400 },
    { text: 'is it possible to get a token for 3 hours?', intent: 'token', ttlSeconds: 10800 },
  ]);
});

// "kill" is kept as a plain revoke verb, not one of the slang verbs that are asked about (yank, zap, ditch,
// axe): the corpus has 40-odd labelled requests with it ("kill the vision-2 api key with fire", "KILL the
// pricing-ml key. now."), most of them urgent; only its object decides whether it is ours.
it.each(['kill the growth key', 'kill the api key for ads-ranking'])('%j is acted on', (text) => {
  expect(acted(text)).toBe(true);
});
