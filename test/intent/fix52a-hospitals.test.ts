/**
 * Round fifty-two, fix52a (tuned-hospitals): the Iberian Romance languages glossed as whole paradigms
 * (iberian-words.ts): the verbs of rotating, disabling, replacing and tearing down in their persons and polite forms,
 * the prepositions fused with articles ("pro", "pra") that are no part of a unit's name, periods, corrections, what the
 * bot has, who did what, forms in Slack's bold, the owner set "como responsável", and requests taken back with "deixa" or
 * "cancela" (romance-take-back.ts). Sentences of our own, not the data file's, and look-alikes not acted on.
 */
import { describe } from 'vitest';
import { neverActs, reads, slots } from './acted.js';

describe('the verbs in every person: rotate, disable, replace, deprovision (pt, gl, es, ca)', () => {
  reads([
    ['rotacionem a chave do agenda-cirurgica, por favor', 'rotate', 'agenda-cirurgica'],
    ['pode rotacionar a access key da farmacia-central?', 'rotate', 'farmacia-central'],
    ['rotad la clave de triaje-urgencias, se ha filtrado', 'rotate', 'triaje-urgencias'],
    ['roteu la clau de nomines-bcn, si us plau', 'rotate', 'nomines-bcn'],
    ['desative a chave de API da telemedicina-sp', 'revoke', 'telemedicina-sp'],
    ['substitua a chave do portal-exames, foi exposta', 'rotate', 'portal-exames'],
    ['desprovisionem a unidade prontuario-legado', 'deprovision', 'prontuario-legado'],
    ['desmantelleu la unitat arxiu-vell, ja no serveix', 'deprovision', 'arxiu-vell'],
    ['encerrem a unidade `censo_leitos_old`', 'deprovision', 'censo-leitos-old'],
    ['desprovisiona o estoque-antigo', 'deprovision', 'estoque-antigo'],
  ]);
  neverActs([
    'a Marta já rotacionou a chave do portal-exames ontem',
    'vamos desprovisionar o censo-leitos quando o contrato acabar, aí vemos',
  ]);
});

describe('"pro", "pra": for, no part of the unit', () => {
  slots([
    [
      'key pro agendamento-online, 90 dias',
      { intent: 'create_key', businessUnit: 'agendamento-online', expiryDays: 90 },
    ],
    [
      'chave pra farmacia_central, 6 meses',
      { intent: 'create_key', businessUnit: 'farmacia-central', expiryDays: 180 },
    ],
    [
      'chave de API pro lab-central, 30 dias',
      { intent: 'create_key', businessUnit: 'lab-central', keyKind: 'api-key', expiryDays: 30 },
    ],
    [
      'token 2h pro claude, quero testar uns prompts',
      { intent: 'token', ttlSeconds: 7200, provider: 'anthropic' },
    ],
  ]);
  neverActs(['o token serve pro Llama e pro Mistral?']);
});

describe('periods, corrections and who did what', () => {
  slots([
    [
      'gasto do lab-central em fevereiro',
      { intent: 'spend', businessUnit: 'lab-central', period: { kind: 'named-month', month: 2, year: null } },
    ],
    [
      'spend da farmacia-central nas últimas três semanas',
      { intent: 'spend', businessUnit: 'farmacia-central', period: { kind: 'days', days: 21 } },
    ],
    [
      'gastos do portal-exames 2 meses atrás',
      { intent: 'spend', businessUnit: 'portal-exames', period: { kind: 'month', monthsAgo: 2 } },
    ],
    [
      'o que a ana.lima@hospital.pt fez no bot mês passado?',
      { intent: 'history', period: { kind: 'month', monthsAgo: 1 } },
    ],
    [
      'chave pro lab-central, 30 dias. na verdade 45',
      { intent: 'create_key', businessUnit: 'lab-central', expiryDays: 45 },
    ],
    ['um token de 8h, ou melhor, 5', { intent: 'token', ttlSeconds: 18000 }],
    ['token de 3 horas, digo, 2', { intent: 'token', ttlSeconds: 7200 }],
    [
      'chave pro lab-central, 60 dias. 90, digo',
      { intent: 'create_key', businessUnit: 'lab-central', expiryDays: 90 },
    ],
  ]);
  reads([
    ['quem aprovou a chave do agenda-cirurgica?', 'history', 'agenda-cirurgica'],
    ['quem criou a chave da farmacia-central?', 'history', 'farmacia-central'],
    ['qui ha rotat la clau de nomines-bcn?', 'history', 'nomines-bcn'],
    ['rotaciona a chave do agenda-cirurgica? não pera, do portal-exames', 'rotate', 'portal-exames'],
    ['a chave do lab-central ainda tá válida?', 'details', 'lab-central'],
  ]);
});

describe('what the bot has: models', () => {
  slots([
    ['tem Mistral no bot?', { intent: 'models', provider: 'mistral' }],
    ['dá pra usar llama aqui?', { intent: 'models', provider: 'meta' }],
    ['tem nova disponível?', { intent: 'models', provider: 'amazon' }],
  ]);
});

describe('forms in bold and the owner set "como responsável"', () => {
  slots([
    [
      '*Unidade*: farmacia-central\n*Validade*: 60\n*Dono*: ana.lima@hospital.pt',
      {
        intent: 'create_key',
        businessUnit: 'farmacia-central',
        expiryDays: 60,
        owner: 'ana.lima@hospital.pt',
      },
    ],
    [
      'chave pro lab-central, 60 dias, e coloca o Rui como responsável: <@U0ABCDEF>',
      { intent: 'create_key', businessUnit: 'lab-central', owner: 'U0ABCDEF' },
    ],
  ]);
});

describe('a request taken back: "deixa", "deixa quieto", "na verdade não", "cancela"', () => {
  neverActs([
    'rotaciona a chave do lab-central? não, deixa quieto',
    'token de 3h... deixa, já resolvi com a Ana',
    'revoga a chave do portal-exames. na verdade não, deixa, a equipe ainda usa',
    'token de 2h pra mim\n\nah não, cancela, a cirurgia foi adiada',
  ]);
});

describe('how-to and hedged questions, the owner being the asker, the bill', () => {
  reads([
    ['como eu vejo o histórico de uma chave?', 'help', null],
    ['o que este bot faz?', 'help', null],
    ['bot, o que é esse tal de rotate?', 'help', null],
  ]);
  neverActs([
    'hipoteticamente, dá pra ter um token de 30h?',
    'em tese, um token de 16 horas seria possível?',
  ]);
  slots([
    [
      'gera uma chave pro lab-central, 30 dias, responsável eu mesmo',
      { intent: 'create_key', businessUnit: 'lab-central', owner: null, expiryDays: 30, invalid: null },
    ],
    [
      'qto ficou a conta do bedrock mês passado?',
      { intent: 'spend', period: { kind: 'month', monthsAgo: 1 } },
    ],
  ]);
});

describe('what happens when I do it, what a kind is', () => {
  slots([
    ['o que acontece quando eu rotaciono uma chave?', { intent: 'help', topic: 'rotate' }],
    ['qué pasa si revoco una clave?', { intent: 'help', topic: 'revoke' }],
    ['api key é o quê? nunca usei', { intent: 'help', topic: 'key-kinds' }],
  ]);
});
