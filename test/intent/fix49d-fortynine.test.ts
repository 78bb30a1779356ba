/**
 * Round forty-nine, fix49d: readings the round's retrain moved (sentences the rules had left to the classifier's lean),
 * now decided by the rules by kind, and Latin American Spanish. Sentences of our own of each kind, and look-alikes
 * that keep their reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('Spanish: who did an action of ours to a key, in the preterite ("quién revocó / rotó / borró / creó …"): history', () => {
  reads([
    ['quién revocó el key de cobranzas-mx? lo necesito pa la auditoría', 'history', 'cobranzas-mx'],
    ['quién rotó la llave de pagos-cl la semana pasada?', 'history', 'pagos-cl'],
    ['quién generó el token de soporte-ar?', 'history', 'soporte-ar'],
    ['oigan, quién creó la key de fletes-pe?', 'history', 'fletes-pe'],
  ]);
  // look-alikes: another thing deleted; a revocation asked for
  neverActs(['quién borró el archivo de cobranzas?', 'quién eliminó el grupo del asado?']);
  keeps([['revocá el key de cobranzas-mx porfa', 'revoke', 'cobranzas-mx']]);
});

describe('Spanish: the team weighing whom to tell or ask ("le avisamos a …?", "ya le preguntaron al …?"): nothing asked', () => {
  nothingAsked([
    'le avisamos a finanzas del gasto de IA de este mes? o mejor después del cierre',
    'les avisamos a los de compras del gasto en bedrock? o esperamos',
    'ya le preguntaron al PO si quiere el token de 4 horas o de 8?',
    'le preguntamos a seguridad si el key de pagos-mx se filtró?',
  ]);
  // look-alike: a talk told, then the request (asked about until round fifty-five; read since its Spanish verbs, "crea"
  // an order, as the request it is)
  keeps([
    ['le avisamos a finanzas y dijo que sí, crea el key para pagos-mx porfa', 'create_key', 'pagos-mx'],
  ]);
});

describe('Indonesian: which units there are ("ada unit apa aja", "unit apa saja yang ada"): the list', () => {
  reads([
    ['ada unit apa aja sih di bedrock?', 'list', null],
    ['unit apa saja yang ada di bedrock kita?', 'list', null],
    ['ada tim apa aja?', 'list', null],
  ]);
  // look-alike: the office's air conditioners
  nothingAsked(['di kantor ada unit apa aja sih? AC nya rusak semua']);
});

describe('Romanian: which models we have ("ce modele avem?"): models', () => {
  reads([
    ['ce modele avem?', 'models', null],
    ['ce modele sunt pe bedrock?', 'models', null],
    ['ce modele putem folosi?', 'models', null],
  ]);
});

describe('Chinese: put to a colleague named first ("小王，你帮我…"), or asked later on a condition ("如果…，我再申請"): nothing asked', () => {
  nothingAsked([
    '小李，你帮我开个token吧，我这边没权限',
    '老张，能帮我建个key吗',
    '王姐，麻烦帮我 rotate 一下 key',
    '如果老板批准的话，我再来申请 key',
    '等 demo 定了我再去申请 token',
  ]);
  // look-alikes: one more token asked for now; "如果可以的話" is please
  slots([
    ['我再要一个token，2小时', { intent: 'token', ttlSeconds: 7200 }],
    ['如果可以的話，请给我一个 token，4小时', { intent: 'token', ttlSeconds: 14400 }],
  ]);
});

describe("a chat app's group deleted ('delete the WhatsApp group …'): the chat's, nothing asked of us", () => {
  nothingAsked([
    'delete the WhatsApp group for the old project abeg, e don too much',
    'remove the telegram group for the launch, we no need am again',
    'pls delete the wechat group for the vendor trip',
  ]);
  // look-alikes: a unit named for a chat app, a team's group deprovisioned
  keeps([
    ['revoke the key of the whatsapp-bot unit', 'revoke', 'whatsapp-bot'],
    ['deprovision the data group', 'deprovision', 'data-group'],
  ]);
});

describe('how approval works ("how does approval work here?"): help on approvals', () => {
  slots([
    [
      'How does approval work here? Our site manager wants to know before we send anything',
      { intent: 'help', topic: 'approvals' },
    ],
    ['how do approvals work?', { intent: 'help', topic: 'approvals' }],
    ['how does key approval work for contractors?', { intent: 'help', topic: 'approvals' }],
  ]);
  // look-alikes: another thing's approval
  nothingAsked(['how does expense approval work here?', 'how does the PTO approval work?']);
});

describe("a unit's spend in a short question ('what's the spend on fareAnalytics'): spend", () => {
  reads([
    ["what's the spend on ticketOcr", 'spend', 'ticket-ocr'],
    ['whats the spend on route-planner this month?', 'spend', 'route-planner'],
    ['what is the cost of payroll-ml?', 'spend', 'payroll-ml'],
  ]);
});

describe('Spanish: "estamos seguros de que …?" (are we sure that): the team weighing what it knows, nothing asked', () => {
  nothingAsked([
    'estamos seguros de que se filtró el key de pagos-mx? o fue falsa alarma',
    'estamos seguras que hay que rotar la llave de cobranzas?',
  ]);
});

describe('Spanish: "me das otro de 2 horas?" (give me another one) after a token expired: the token', () => {
  slots([
    ['uf, se me venció el token, me das otro de 3 horas?', { intent: 'token', ttlSeconds: 10800 }],
    ['expiró mi token, me pasas otro de 1 hora porfa?', { intent: 'token', ttlSeconds: 3600 }],
  ]);
});

describe('Spanish: "cuándo rotaron por última vez el key de x?" (when was it last rotated): history', () => {
  reads([
    ['cuándo rotaron por última vez el key de antifraude-cl?', 'history', 'antifraude-cl'],
    ['cuándo crearon por última vez la llave de pagos-mx?', 'history', 'pagos-mx'],
  ]);
  // look-alike: a truck's tyres
  neverActs(['cuándo rotaron por última vez las llantas del camión?']);
});

describe("a bank's token, the device that signs transfers ('token BCA sy rusak'): the bank's, nothing asked", () => {
  nothingAsked([
    'token BCA sy rusak, hrs ke cabang ya?',
    'token mandiri saya hilang, gimana ya?',
    'my banking token died, do I go to the branch?',
  ]);
  // look-alikes: a unit whose name starts with "bank"
  slots([['token 2h for bank-ops pls', { intent: 'token', ttlSeconds: 7200 }]]);
});
