/**
 * Round forty-one, fix41g (tuned-hackathon, tuned-delegates): a worry of doing harm after a question about a command
 * ("what does rotate do? don't wanna break anything", "… don't want to nuke the wrong thing") is no credential refused
 * (negation.ts); the whole of what was set up for a work's trial or pilot removed, "shut down everything for the Aurora
 * refit trial", is a unit of ours, no machine taken out for work (tuned-cruise, not-ours.ts). Sentences of our own of
 * each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads } from './acted.js';

describe('a worry of harm after a question about a command is no negated request', () => {
  keeps([
    ['what does revoke do exactly? dont wanna break anything for the interns', 'help'],
    ['how does deprovision work? i do not want to mess up everything for my team', 'help'],
    ["is rotate the same as revoke? don't want to delete the wrong one", 'help'],
  ]);
  // look-alikes: our own verb not wanted on anything is a refusal, and the change said instead stays asked
  nothingAsked(["we don't want to rotate anything this week"]);
  keeps([["we don't want to revoke anything, just rotate the billing key please", 'rotate', 'billing']]);
  neverActs(["don't want to break anything, so I won't deprovision the sandbox"]);
});

describe("everything set up for a work's trial or pilot, shut down, is a unit of ours", () => {
  reads([
    ['shut down everything for the boiler inspection pilot', 'deprovision', 'boiler-inspection-pilot'],
    ['please shut everything down for the Neptune overhaul trial', 'deprovision', 'neptune-overhaul-trial'],
  ]);
  // look-alikes: a machine shut down for its refit or a trial run of the work stays no credential's
  neverActs([
    'shut down the bow thruster for the refit',
    'shut down engine 2 for the overhaul trial run',
    'shut down the chillers for the inspection, everything else stays on',
  ]);
});
