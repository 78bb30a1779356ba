/**
 * Round fifty-three, fix53d (tuned-observability): an observability firm's English (terse engineers, the English of
 * India, Poland, Brazil, Nigeria and the Philippines, requests buried in stories), fixed by kind in shared readers, and
 * checked with sentences of our own, not the data file's, with look-alikes that must not be acted on:
 *  - a named customer's own product credential (customers-credential.ts): "revoke client Initech's api key";
 *  - thanks for a credential had, in any writer's words (remark-told.ts); a checklist's status line "… done"
 *    (told-done-or-heard.ts); tokens said to suffice after a take-back (told-after-take-back.ts);
 *  - a read commanded after a story (parse-request.ts readClauseAfterStory); "check if haiku can …" is no supposition
 *    (mood.ts); which of two makers is available (rules.ts);
 *  - another trade's things listed by their owner (not-ours.ts); Tagalog "pa-check", Portuguese "o que tem na unit x".
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe("a named customer's own product credential is no unit's", () => {
  nothingAsked([
    'can you rotate the ingest key for customer Globex? they pasted it in a public github issue',
    "revoke client Initech's api key asap, contract ended yesterday",
    'delete the api keys of tenant hooli-prod, they offboarded last week',
    'pls deactivate customer Stark Industries api key, they didnt pay since march',
    'oga the customer api keys screen dey hang since morning',
    'customer acme-retail wants their api tokens rotated, I will do it from the admin console',
  ]);
  neverActs(["the customer's ingest token is leaking in their frontend bundle, revoke it pls"]);
  reads([
    ['revoke the api key for the customer-insights team', 'revoke', 'customer-insights-team'],
    ['rotate key for customer-360', 'rotate', 'customer-360'],
    ['rotate the customer 360 key', 'rotate', 'customer-360'],
    [
      'revoke the keys of the customer success team, they moved to the new account',
      'revoke',
      'customer-success-team',
    ],
    ['new api key for the customer insights pod pls', 'create_key', 'customer-insights-pod'],
    ['rotate the key for client Acme, unit is acme-onboarding', 'rotate', 'acme-onboarding'],
  ]);
});

describe('thanks, status lines and declines ask nothing', () => {
  nothingAsked([
    'valeu pelo token!',
    'salamat po sa token',
    'gracias por el token 🙌',
    'thanks for token',
    'revoke key search-ui prod done, staging next week',
    'rotate billing-api key done ✅',
    'key for log-router? nah overkill, a token is fine',
    'key for span-store? nah, overkill, tokens are enough for the poc',
  ]);
  keeps([
    ['rotate key for search-ui and ping me when done', 'rotate', 'search-ui'],
    ['rotate key ingest-gw staging pls', 'rotate', 'ingest-gw'],
    ['thanks for the token, can I get one for staging too?', 'token'],
  ]);
});

describe('a request after a story, and a purpose that is no supposition', () => {
  reads([
    [
      'finops was asking about our q3 numbers again in the standup, so can you show the spend for log-summarizer this month',
      'spend',
      'log-summarizer',
    ],
    [
      'long week, pager went off 14 times and the on-call was a mess. anyway pull the history for alert-dedup pls',
      'history',
      'alert-dedup',
    ],
    [
      'we argued for an hour in the retro about who rotated it first... wait, history ingest-gw',
      'history',
      'ingest-gw',
    ],
  ]);
  nothingAsked(['finance said they will pull the spend for the offsite from concur, nothing needed from us']);
  slots([
    [
      'token for 45 min, just want to see if sonnet can parse our span json',
      { ttlSeconds: 2700, provider: 'anthropic' },
    ],
    [
      'token for an hour pls, want to test if claude can summarize our incident timeline',
      { ttlSeconds: 3600 },
    ],
    ['need a token 2h, checking if llama handles our log lines', { ttlSeconds: 7200, provider: 'meta' }],
  ]);
  stillActs([
    'token for 45 min, just want to see if sonnet can parse our span json',
    'need a token 2h, checking if llama handles our log lines',
  ]);
  neverActs([
    'can i just check if a 12h token is even possible? not needed yet',
    'if we needed a token for 6h during the migration, would that work?',
  ]);
});

describe('which of two makers is available asks the list', () => {
  reads([
    ['is mistral available for us or only claude? asking before I port the prompt', 'models', null],
    [
      'is cohere available in our account or only the amazon ones? asking for the embeddings poc',
      'models',
      null,
    ],
    ['do we have access to nova or just the anthropic models?', 'models', null],
  ]);
  reads([['can my token call mistral or only the claude models?', 'help', null]]);
});

describe("another trade's things listed by their owner, and Taglish and Portuguese reads", () => {
  nothingAsked([
    'list all alerts owned by the checkout team in the sandbox tenant before the demo',
    'can you list all the monitors owned by platform in staging, need to clean up',
  ]);
  reads([
    ['list all keys for payments-pod', 'details', 'payments-pod'],
    ['o que tem no unit log-ingest?', 'details', 'log-ingest'],
    ['quais chaves tem na unit metrics-br?', 'details', 'metrics-br'],
    ['details of emea-oncall po', 'details', 'emea-oncall'],
    ['pa-check po ng keys ng sre-pod, salamat', 'details', 'sre-pod'],
  ]);
});

describe('help topics as a newcomer types them', () => {
  slots([
    ['whats an api key exactly? im new here', { intent: 'help', topic: 'key-kinds' }],
    ['whats a long-term key? backend dev here', { intent: 'help', topic: 'key-kinds' }],
    ['access keys in the frankfurt region ok or only tokens?', { intent: 'help', topic: 'regions' }],
    ['is a 400 day key allowed?', { intent: 'help', topic: 'limits' }],
    ['are 2 year keys ok? asking for the collector', { intent: 'help', topic: 'limits' }],
  ]);
});

describe('Portuguese spend of our own, Pidgin holders, form fields and service names', () => {
  nothingAsked([
    'quanto gastamos na festa de fim de ano?',
    'the key page dey hang since morning, anybody else?',
  ]);
  reads([
    ['quanto a gente gastou de bedrock mes passado?', 'spend', null],
    ['abeg who get that ingest-gw key?', 'details', 'ingest-gw'],
    ['BU: docs search\nRequest: long-term key\nValid for: 60 days', 'create_key', 'docs-search'],
    ['key for `faqBot` pls, 30 days', 'create_key', 'faq-bot'],
  ]);
  slots([
    [
      'token for 1h, want to check if haiku can classify our alerts',
      { ttlSeconds: 3600, provider: 'anthropic' },
    ],
  ]);
});
