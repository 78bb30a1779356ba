/**
 * A read or a help question put as the message's opening, whatever story follows (round twenty-two):
 * "who at Veltrax has bedrock already? our plant in Puebla wants to know who to talk to" (list), "which of
 * these bots are mine? I lose track after the summer" (list, owner me), "qué modelos hay disponibles?
 * queremos uno bueno para traducir" (models), "I think I leaked my token in a screen share?? what do I do"
 * (help, general). Each reader is in its own file and opens with a word test. parse-request.ts keeps the
 * whole message's reading when it already agrees or is itself an action; otherwise this reading wins, and an
 * action asked after the question is offered beside a read as an alternative, or, after a help question
 * (help carries no alternatives), asked about with help as the other button.
 */
import type { IntentName } from '../core/request.js';
import type { HelpTopic } from '../core/request.js';
import { modelsAskedAbroad } from './models-abroad.js';
import { ownTokenLeaked } from './own-token-leaked.js';
import { ownUnitsAsked } from './own-units-asked.js';
import { whoHasBedrock } from './who-has-bedrock.js';

export interface AskedFirst {
  intent: IntentName;
  owner: string | null;
  topic?: HelpTopic;
  reason: string;
}

/** The reading of a read or help question put first, or null. */
export function askedFirstRead(lowered: string): AskedFirst | null {
  if (whoHasBedrock(lowered))
    return { intent: 'list', owner: null, reason: 'asks who in the organisation has bedrock' };
  if (ownUnitsAsked(lowered))
    return { intent: 'list', owner: 'me', reason: "asks which units are the asker's" };
  if (modelsAskedAbroad(lowered))
    return { intent: 'models', owner: null, reason: 'asks which models there are' };
  if (ownTokenLeaked(lowered))
    return {
      intent: 'help',
      owner: null,
      topic: 'general',
      reason: "asks what to do about one's own token leaked",
    };
  return null;
}
