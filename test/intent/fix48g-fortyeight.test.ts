/**
 * Round forty-eight, fix48g (tuned-styles-francophone): French, Québécois and franglais reads of ours (list, details,
 * history, spend) and their periods that the parser misread. Sentences of our own of each kind, and look-alikes that
 * keep their reading.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, slots } from './acted.js';

describe('spend and history asked in French ("les dépenses de X", "le billing du mois dernier", "on a claqué combien")', () => {
  slots([
    [
      'les dépenses de moteur-ia le mois dernier svp',
      { intent: 'spend', businessUnit: 'moteur-ia', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'le billing du mois dernier de paie-bot stp',
      { intent: 'spend', businessUnit: 'paie-bot', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      "ce qui s'est passé sur fraude-ml la semaine dernière",
      { intent: 'history', businessUnit: 'fraude-ml', period: { kind: 'days', days: 7 } },
    ],
    [
      'on a claqué combien sur chat-rh ce mois-ci ?',
      { intent: 'spend', businessUnit: 'chat-rh', period: { kind: 'month', monthsAgo: 0 } },
    ],
    ['ça nous coûte combien, voix-ia ?', { intent: 'spend', businessUnit: 'voix-ia' }],
  ]);
  // look-alikes: the trade's own spend and past, told
  nothingAsked([
    'ça nous coûte combien, la cantine ?',
    'le spectacle du mois dernier était génial',
    'les dépenses du resto le mois dernier étaient énormes',
  ]);
  neverActs(['le billing de la cantine du mois dernier était faux']);
});

describe('whose units, asked in French ("appartiennent à", "qui sont à moi", "dont je suis propriétaire", "des BU")', () => {
  slots([
    ['quelles unités appartiennent à <@U0ABCDEF> ?', { intent: 'list', owner: 'U0ABCDEF' }],
    ["c'est quoi les unités qui sont à moi ?", { intent: 'list', owner: 'me' }],
    ['tu peux afficher la liste des unités dont je suis propriétaire ?', { intent: 'list', owner: 'me' }],
    ['liste des BU de jean.dupont@exemple.fr', { intent: 'list', owner: 'jean.dupont@exemple.fr' }],
    ['la liste complète des unités stp', { intent: 'list', all: true }],
  ]);
  nothingAsked(['la voiture appartient à Paul', 'la liste complète des invités pour samedi']);
});

describe("a unit's key asked after in French (still valid, which Region, checked, which key)", () => {
  slots([
    ['est-ce que la clé de paie-ia est toujours valide ?', { intent: 'details', businessUnit: 'paie-ia' }],
    ['dans quelle région est la clé de scoring-v2 ?', { intent: 'details', businessUnit: 'scoring-v2' }],
    ['quand expire la clé de ocr-ia ?', { intent: 'details', businessUnit: 'ocr-ia' }],
  ]);
  nothingAsked(['la clé du local vélo est toujours bonne ?', 'dans quelle région est le bureau de Lyon ?']);
});

describe('questions about the bot in French ("comment on fait une rotation", "comment savoir", "quelles régions")', () => {
  slots([
    ['comment on fait une rotation de clé avec vous ?', { intent: 'help', topic: 'rotate' }],
    ['comment savoir quand ma clé expire ?', { intent: 'help', topic: 'details' }],
    ['quelles régions sont disponibles chez vous ?', { intent: 'help', topic: 'regions' }],
    ['est-ce que mistral est dispo via toi ?', { intent: 'help', topic: 'models' }],
    ["l'historique remonte jusqu'à quand exactement ?", { intent: 'help', topic: 'history' }],
    ['comment on voit la liste de nos unités ?', { intent: 'help', topic: 'list' }],
    ['token ou access key pour un script de nuit ?', { intent: 'help', topic: 'key-kinds', keyKind: null }],
  ]);
  nothingAsked([
    'comment savoir si le train part à l’heure ?',
    'on fait une rotation des équipes de nuit lundi',
    'la liste de mes courses est sur le frigo',
  ]);
  neverActs(["jeton ou clé du casier, je sais plus ce qu'il faut"]);
});

describe('who did something to a key, asked in French ("qui a révoqué", "c\'est qui qui a approuvé", "a été tournée")', () => {
  slots([
    [
      'qui a fait la rotation de la clé de paie-ia la dernière fois ?',
      { intent: 'history', businessUnit: 'paie-ia' },
    ],
    ['qui a révoqué la clé de scoring-v2 ?', { intent: 'history', businessUnit: 'scoring-v2' }],
    ["c'est qui qui a approuvé la clé de voix-ia ?", { intent: 'history', businessUnit: 'voix-ia' }],
  ]);
  nothingAsked([
    'qui a validé mes congés ?',
    'qui a révoqué le badge de Paul ?',
    'qui a fait la rotation des équipes de nuit ?',
  ]);
});
