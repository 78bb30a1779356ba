import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/intent/parse-request.js';
import { acted } from './acted.js';

/**
 * Round fifteen (groups15): units named with a group noun other than "team", kept after the name as
 * "team" is (test/intent/data/README.md, "Units are written as named"). Sentences written before the
 * parser's answers were looked at; look-alikes (furniture, premises, a place's office, a meeting, a pod
 * of whales) name no unit and are never acted on.
 */
const named = (rows: [string, string, string][]) =>
  it.each(rows)('%j → %s %s', (text, intent, unit) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, unit]);
  });
const noUnit = (rows: [string, string][]) =>
  it.each(rows)('%j → %s, no unit, not acted on', (text, intent) => {
    const parse = parseRequest(text);
    expect([parse.intent, parse.businessUnit]).toEqual([intent, null]);
    if (intent === 'unknown') expect(acted(text)).toBe(false);
  });

describe('a desk named as a unit ("the politics desk") is one; furniture and the help desk are not', () => {
  named([
    ['can you set up an api key for the politics desk, 90 days', 'create_key', 'politics-desk'],
    ["rotate the data desk's key please", 'rotate', 'data-desk'],
    ['how much did the Sports Desk spend last month?', 'spend', 'sports-desk'],
    ['revoke the fx-trading desk key, it leaked', 'revoke', 'fx-trading-desk'],
    ['what keys does the metro desk have', 'details', 'metro-desk'],
    ['show details for the pricing desk', 'details', 'pricing-desk'],
    ['who created keys for the graphics desk last week', 'history', 'graphics-desk'],
    ['deprovision the night desk, it closed', 'deprovision', 'night-desk'],
    ['the Data Desk needs a long-term key, owner <@U01ABCDEF>', 'create_key', 'data-desk'],
    ['key for the investigations desk, access key, 30 days', 'create_key', 'investigations-desk'],
    ['could the opinion desk get a bedrock api key? 60 days', 'create_key', 'opinion-desk'],
    ['who owns the fx desk key?', 'details', 'fx-desk'],
    ['history of the Rates Desk keys last month', 'history', 'rates-desk'],
  ]);
  noUnit([
    ['my desk is by the window, come grab the keys', 'unknown'],
    ['the help desk is closed today', 'unknown'],
    ['leave the keys at the front desk please', 'unknown'],
    ['I finally got a standing desk', 'unknown'],
    ['the IT desk fixed my laptop, thanks', 'unknown'],
    ['I left my keys on my desk', 'unknown'],
    ['who is at the reception desk today', 'unknown'],
    ['is anyone using the hot desk near the kitchen', 'unknown'],
    ['can someone bring the office keys to the service desk', 'unknown'],
    ['the new desk chairs arrived', 'unknown'],
  ]);
});

describe('an office named as a unit ("the privacy office") is one; premises and places are not', () => {
  named([
    ['create key for the Data Protection Office, 30 days', 'create_key', 'data-protection-office'],
    ['what keys does the Program Management Office have', 'details', 'program-management-office'],
    ['api key for the Risk Office, 90 days, owner <@U02RISK01>', 'create_key', 'risk-office'],
    ['who created keys for the Strategy Office last week', 'history', 'strategy-office'],
    ['what keys does the Portfolio Office have', 'details', 'portfolio-office'],
  ]);
  noUnit([
    ['office hours are moved to Thursday', 'unknown'],
    ['the office wifi is down again', 'unknown'],
    ["token for 2h, I'm in the Paris office", 'token'],
    ['the office is closed on Monday', 'unknown'],
    ['who has the key to the office kitchen', 'unknown'],
    ["I'll be in the Berlin office tomorrow if anyone needs keys", 'unknown'],
    ['greetings from the Lisbon office!', 'unknown'],
    ['does the head office need a badge for visitors', 'unknown'],
    ['the post office lost my parcel again', 'unknown'],
    ['the office printer is jammed again', 'unknown'],
    ['can someone unlock the office door, I forgot my keys', 'unknown'],
  ]);
});

describe('a group noun of several words ("working group", "task force", "centre of excellence") ends the name', () => {
  named([
    ['rotate the AI Centre of Excellence key', 'rotate', 'ai-centre-of-excellence'],
    ['key for the automation center of excellence', 'create_key', 'automation-center-of-excellence'],
    ['create a key for the NLP working group, 30 days', 'create_key', 'nlp-working-group'],
    ["revoke the pricing task force's key", 'revoke', 'pricing-task-force'],
    ['how much did the eval working group spend this month', 'spend', 'eval-working-group'],
    ["rotate the Safety working group's key", 'rotate', 'safety-working-group'],
    ['key for the migration task force, access key, 14 days', 'create_key', 'migration-task-force'],
    ['deprovision the GDPR task force, the project ended', 'deprovision', 'gdpr-task-force'],
    ['spend for the Data Centre of Excellence last quarter', 'spend', 'data-centre-of-excellence'],
    ['how much did the Cloud Centre of Excellence spend last month', 'spend', 'cloud-centre-of-excellence'],
    ["revoke the eval working group's access key", 'revoke', 'eval-working-group'],
    ['who owns the ml task force key?', 'details', 'ml-task-force'],
  ]);
  noUnit([
    ['the working group meets on Tuesdays', 'unknown'],
    ['the task force report is due friday', 'unknown'],
    ['the working group agreed to rotate keys every 90 days', 'unknown'],
    ['centre of excellence kickoff at 3pm in room 4', 'unknown'],
  ]);
});

describe('other group nouns (squad, pod, crew, guild, chapter, tribe, cell, studio, bureau, lab, practice, circle, hub)', () => {
  named([
    ['create a key for the checkout squad', 'create_key', 'checkout-squad'],
    ["rotate the Search Squad's api key", 'rotate', 'search-squad'],
    ['how much has the onboarding squad spent this month', 'spend', 'onboarding-squad'],
    ['revoke the mobile squad key', 'revoke', 'mobile-squad'],
    ['api key for the growth pod, 60 days', 'create_key', 'growth-pod'],
    ["rotate the Billing Pod's key", 'rotate', 'billing-pod'],
    ['what does the payments pod have set up?', 'details', 'payments-pod'],
    ["revoke the search-infra pod's access key", 'revoke', 'search-infra-pod'],
    ['key for the night-shift crew, 14 days', 'create_key', 'night-shift-crew'],
    ['rotate the Field Crew key', 'rotate', 'field-crew'],
    ['create a key for the frontend guild', 'create_key', 'frontend-guild'],
    ["revoke the Data Guild's key", 'revoke', 'data-guild'],
    ['api key for the qa chapter please', 'create_key', 'qa-chapter'],
    ["rotate the payments tribe's key", 'rotate', 'payments-tribe'],
    ['key for the fraud cell, 30 days', 'create_key', 'fraud-cell'],
    ['spend for the design circle last month', 'spend', 'design-circle'],
    ['create a key for the motion studio', 'create_key', 'motion-studio'],
    ["rotate the Berlin bureau's key", 'rotate', 'berlin-bureau'],
    ['revoke the Design Studio key', 'revoke', 'design-studio'],
    ['api key for the vision lab, 90 days', 'create_key', 'vision-lab'],
    ['how much did the Robotics Lab spend last month', 'spend', 'robotics-lab'],
    ['key for the ranking group', 'create_key', 'ranking-group'],
    ["rotate the Risk Analytics group's key", 'rotate', 'risk-analytics-group'],
    ['api key for the cloud practice, 45 days', 'create_key', 'cloud-practice'],
    ['how much did the Data Practice spend', 'spend', 'data-practice'],
    ['create a key for the content hub', 'create_key', 'content-hub'],
    ['key for the Finance department, 90 days', 'create_key', 'finance-department'],
    ['revoke the ingest pod key now', 'revoke', 'ingest-pod'],
    ['create an api key for the capture crew', 'create_key', 'capture-crew'],
    ["rotate the insights studio's access key", 'rotate', 'insights-studio'],
    ['how much did the vision lab spend', 'spend', 'vision-lab'],
    ['deprovision the partner hub', 'deprovision', 'partner-hub'],
  ]);
  noUnit([
    ['the squad is going to lunch at noon', 'unknown'],
    ['we saw a pod of whales on the offsite', 'unknown'],
    ['my pod keeps crashing in kubernetes', 'unknown'],
    ['the guild meeting on Friday is cancelled', 'unknown'],
    ['the lab results came back fine', 'unknown'],
    ['the pod is restarting, give it a minute', 'unknown'],
    ['our crew won the hackathon 🎉', 'unknown'],
  ]);
});
