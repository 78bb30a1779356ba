/**
 * Round fifty-seven, fix57 units (business-unit names as people write them): a unit's name of several plain words, no
 * hyphen and no backticks, is read whole where it stands before "key"/"keys" ("the dock scheduler key", "rotate the
 * parts returns desk key"), and ends where the sentence goes on (a place, a lifetime, "please", "and then"); words that
 * name no unit (a period, a greeting's team, a place, a person) stay no unit. Every row is the fixer's own sentence,
 * written before the change.
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

describe('a plain-words name before "key": the whole run is the unit', () => {
  reads([
    ['rotate the dock scheduler key', 'rotate', 'dock-scheduler'],
    ['revoke the tide gauge reader key please', 'revoke', 'tide-gauge-reader'],
    ['how old is the parts returns key?', 'details', 'parts-returns'],
    ['when does the loan letters key expire?', 'details', 'loan-letters'],
    ['rotate the shelf label notices key, 60 days', 'rotate', 'shelf-label-notices'],
    ['which region is the freight quotes key in?', 'details', 'freight-quotes'],
    ['revoke the bond summaries key, it leaked', 'revoke', 'bond-summaries'],
    ['rotate the claim letters key and then show me its history', 'rotate', 'claim-letters'],
    ['pause the ward rounds key until the audit is done', 'revoke', 'ward-rounds'],
    ['is the road works notices key an access key or an api key?', 'details', 'road-works-notices'],
    ['rotate the tenant screening key', 'rotate', 'tenant-screening'],
    ['revoke the lab results explainer key', 'revoke', 'lab-results-explainer'],
    ['how old is the recipe scaler key', 'details', 'recipe-scaler'],
    ['rotate the road works notices key asap', 'rotate', 'road-works-notices'],
    ['when was the donor calls key last rotated?', 'history', 'donor-calls'],
    ['revoke the parcel sorting key now', 'revoke', 'parcel-sorting'],
    ['rotate the bid writer key please', 'rotate', 'bid-writer'],
    ['how old is the port calls key?', 'details', 'port-calls'],
  ]);
});

describe('a plain-words name after "for": the run ends where the sentence goes on', () => {
  reads([
    ['api key for dock scheduler please', 'create_key', 'dock-scheduler'],
    ['new api key for tide gauge reader, 90 days', 'create_key', 'tide-gauge-reader'],
    ['rotate the key for parts returns model', 'rotate', 'parts-returns-model'],
    ['revoke the key for bond summaries', 'revoke', 'bond-summaries'],
    ['api key for freight quotes in frankfurt, 30 days', 'create_key', 'freight-quotes'],
    ['key for shelf label notices, owner me', 'create_key', 'shelf-label-notices'],
    ['create an api key for loan letters and then show me the spend', 'create_key', 'loan-letters'],
    ['api key for ward rounds please, sixty days', 'create_key', 'ward-rounds'],
    ['access key for tenant screening in ireland', 'create_key', 'tenant-screening'],
    ['how much did recipe scaler spend last month?', 'spend', 'recipe-scaler'],
    ['history for donor calls, previous month', 'history', 'donor-calls'],
    ['key for bid writer two please', 'create_key', 'bid-writer-2'],
    ['rotate the key for port calls model', 'rotate', 'port-calls-model'],
    ['api key for the harbour pilots team, 45 days', 'create_key', 'harbour-pilots-team'],
    ['api key for compost waste summaries, 30 days', 'create_key', 'compost-waste-summaries'],
    ['api key for bond summaries please', 'create_key', 'bond-summaries'],
    ['deprovision unit road works notices', 'deprovision', 'road-works-notices'],
    ['describe unit parcel sorting', 'details', 'parcel-sorting'],
    ['api key for the lab results explainer, 120 days', 'create_key', 'lab-results-explainer'],
    ['revoke the key for claim letters check', 'revoke', 'claim-letters-check'],
  ]);
});

describe('a plain-words name opening the message, before a dash or a question', () => {
  reads([
    ['dock scheduler — what keys does it have?', 'details', 'dock-scheduler'],
    ['parts returns desk, what is set up for them?', 'details', 'parts-returns-desk'],
    ['freight quotes team — which keys have they got?', 'details', 'freight-quotes-team'],
    ['freight notices — when do its keys expire?', 'details', 'freight-notices'],
  ]);
});

describe('hyphenated and team names still read as before', () => {
  reads([
    ['rotate the dock-scheduler key', 'rotate', 'dock-scheduler'],
    ['revoke the key for tide-gauge-reader', 'revoke', 'tide-gauge-reader'],
    ['api key for the harbour-pilots team, 30 days', 'create_key', 'harbour-pilots-team'],
    ['rotate the growth key', 'rotate', 'growth'],
    ['rotate the old growth key', 'rotate', 'growth'],
    ['revoke the new ads key', 'revoke', 'ads'],
    ['how old is the billing key?', 'details', 'billing'],
    ['rotate the api key for growth', 'rotate', 'growth'],
    ['revoke the access key for ads', 'revoke', 'ads'],
    ['rotate the current search key', 'rotate', 'search'],
    ['revoke the leaked payments key', 'revoke', 'payments'],
    ['rotate the prod key for checkout', 'rotate', 'checkout'],
  ]);
});

describe('words that name no unit: periods, greetings, places, people', () => {
  reads([
    ['spend for Q3 please', 'spend', null],
    ['bedrock spend for the whole of Q2?', 'spend', null],
    ['what did we spend last month, it is for closing', 'spend', null],
    ['Priya here from finance, what was the bedrock spend last month?', 'spend', null],
    ['Tom from legal here — total bedrock spend previous month please', 'spend', null],
    ['Hi, Marek from procurement: spend for last month across all units?', 'spend', null],
    ['rotate every key, a laptop went missing at the Leeds office', 'rotate', null],
    ['spend last month please, finance is asking', 'spend', null],
    ['history of every key action in March 2026 for the auditors', 'history', null],
    ['bedrock spend for H1 please', 'spend', null],
  ]);
});

describe('a correction or a second name: the one meant is the unit', () => {
  reads([
    ['rotate the dock-scheduler key. no wait, dock-scheduler-v2', 'rotate', 'dock-scheduler-v2'],
    ['revoke the grant-summaries key, sorry I meant grant-letters', 'revoke', 'grant-letters'],
    ['rotate the key for tenant-screening, owned by the lettings team', 'rotate', 'lettings-team'],
    ['revoke the key for the incident summaries', 'revoke', 'incident-summaries'],
    ['rotate the delay notices key', 'rotate', 'delay-notices'],
    // (fix58: "the … model" after an article is the system the key is for, its name the words before it, as
    // lead26-twentysix holds for "the churn model" → churn; typed bare, "for parts returns model", it stays whole.)
    ['access key for the parts returns model, 60 days', 'create_key', 'parts-returns'],
    ['api key for season pass renewals in ireland', 'create_key', 'season-pass-renewals'],
    ['details for freight-quotes please', 'details', 'freight-quotes'],
  ]);
});

describe('a unit described by whoever owns it: the unit owned', () => {
  reads([
    ['api key for whoever owns dock scheduler, 30 days', 'create_key', 'dock-scheduler'],
    ['a key for whoever owns freight-quotes these days please', 'create_key', 'freight-quotes'],
    [
      'new key for whoever owns the tide-gauge-reader bot, they asked me to relay',
      'create_key',
      'tide-gauge-reader',
    ],
  ]);
});

describe('look-alikes are not acted on', () => {
  neverActs([
    'the dock scheduler key is fine, no need to rotate it',
    'we talked about rotating the parts returns key at standup',
    'does the tide gauge reader key need rotating at some point?',
    'Priya here from finance, just saying hi',
    'the Leeds office team loves the bot',
    'spend for Q3 looked fine to me',
    'no need to revoke the grant summaries key',
    'should we rotate the ward rounds key, what do you think?',
    'the freight quotes team said their key works now',
    'rotating the menu pricing key was a good idea last week',
  ]);
});
