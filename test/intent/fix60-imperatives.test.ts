/**
 * Round sixty, fix60 imperatives: clear requests that a quiet guard read as nothing asked, or as another action. Every
 * row is the fixer's own sentence, written for the kind:
 *  - "tear down / shut down everything for <name>": the whole of a unit named like an event, a season or a group of
 *    people (README "Lay names", "Units": named by the occasion), deprovisioned with the whole name as its unit;
 *  - "deprovision / decommission the <Name> pilot / crew / reading group / poc / trial": our verb on a unit whose name
 *    ends in a group's or a trial's noun;
 *  - "take away the key from the <name> crew / team": `revoke` (README "Lay names");
 *  - our verb on a key named by a unit's words ("rotate the menu translator key once …": asked about first, README
 *    "Later"); a new key for one others have seen is `rotate`; a unit gone "keys and all" is `deprovision`.
 * The look-alikes beside them (a time or a reason things are shut for, a plan or a question, a quote, a negation, our
 * verbs on crews, rotas, promos, door keys, legends and other systems' keys, a note to self) stay unknown and are never
 * acted on.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, stillActs } from './acted.js';

describe('everything for a unit named like an occasion is deprovisioned, the whole name its unit', () => {
  reads([
    ['tear down everything for onboarding week', 'deprovision', 'onboarding-week'],
    ['tear down everything for budget season now that it is signed off', 'deprovision', 'budget-season'],
    ['the regatta is over — tear down everything for regatta weekend', 'deprovision', 'regatta-weekend'],
    ['tear down everything for the old flood response drive', 'deprovision', 'flood-response-drive'],
    ['shut down everything for the library reading challenge', 'deprovision', 'library-reading-challenge'],
    ['shut down everything for design sprint berlin', 'deprovision', 'design-sprint-berlin'],
    ['tear down everything for lantern festival', 'deprovision', 'lantern-festival'],
    ['shut down everything for the harbour swim project, it is done', 'deprovision', 'harbour-swim'],
  ]);
  stillActs([
    'tear down everything for onboarding week',
    'tear down everything for the old flood response drive',
  ]);
});

describe('our verb on a unit named with a group or a trial noun', () => {
  reads([
    ['deprovision the Coastal Birds pilot, funding ran out', 'deprovision', 'coastal-birds-pilot'],
    [
      'deprovision the Thursday book club group, nobody comes any more',
      'deprovision',
      'thursday-book-club-group',
    ],
    ['decommission the customer letters poc', 'deprovision', 'customer-letters-poc'],
    ['deprovision the Kitchen Robots trial, the vendor pulled out', 'deprovision', 'kitchen-robots-trial'],
    ['deprovision the Night Market squad, they merged with events', 'deprovision', 'night-market-squad'],
    ['take away the key from the night kitchen crew', 'revoke', 'night-kitchen-crew'],
    ['take away the key we gave the Lantern team, the contract ended', 'revoke', 'lantern-team'],
  ]);
});

describe("a key named by a unit's words, a new key for a seen one, a unit gone with its keys", () => {
  reads([
    ['rotate the menu translator key once the new release is out', 'rotate', 'menu-translator'],
    ['revoke the seed catalogue key, the contractor is gone', 'revoke', 'seed-catalogue'],
    ['rotate the dock scheduling key, it was pasted in a public channel', 'rotate', 'dock-scheduling'],
    [
      'can I get a fresh key for tide-charts? the old one showed up in a screenshot on the wiki',
      'rotate',
      'tide-charts',
    ],
    [
      'new keys for route-planner please, the old ones were pasted in a public ticket',
      'rotate',
      'route-planner',
    ],
    ['we want the pantry-bot unit gone completely, keys and all', 'deprovision', 'pantry-bot'],
    ['create an api key for farm shop orders', 'create_key', 'farm-shop-orders'],
  ]);
  // (A condition not met yet is asked about before anything is done.)
  neverActs(['rotate the menu translator key once the new release is out']);
});

describe('look-alikes stay unknown and are never acted on', () => {
  nothingAsked([
    'shut down everything for the night, see you tomorrow',
    'tear down everything for the weekend, the hall is booked on monday',
    'shut down everything for the fire drill at 3pm',
    'tear down everything for the maintenance window',
    "don't tear down everything for the fundraiser yet",
    'should we tear down everything for the gala tonight?',
    'shut down everything for christmas, the office is closed',
    '> tear down everything for onboarding week',
    'deprovision the pilot light on the boiler, it keeps flickering',
    'rotate the residents on the night rota please',
    'revoke the 2x1 promo, marketing overdid it',
    'take away the car key from the kids',
    'take away the key from the interns, they keep leaving the door open',
    'rotate the front door key, the landlord asked',
    'make a key for the wiring diagram symbols',
    'create a key for the plate map colours',
    'revoke the hotel room key for guest 412',
    'note to self: rotate the parcel photo key after lunch',
    'new key for the shed please, the old one got stuck in the lock',
    'we need a fresh key for the locker, the old one is bent',
    'rotate the grafana api key pls',
  ]);
  neverActs(['we will tear down everything for the expo next thursday']);
});
