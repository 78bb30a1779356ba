/**
 * Round forty-eight, fix48e: readings the classifier's retrain moved, decided by the rules by kind. Sentences of our
 * own of each kind, and look-alikes that keep their reading.
 */
import { describe } from 'vitest';
import { exactly, keeps, neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a colleague asked to show, teach or walk one through a thing, "who here …", Pidgin "anybody sabi": put to the channel', () => {
  nothingAsked([
    "Can someone show me how to read the Cost Explorer export? it's all in USD",
    'could anybody walk me through the expense tool?',
    'can someone teach me how the rota app works',
    'anybody sabi if the bot don revoke the old boda-dispatch key?',
    'anyone sabi where the generator key dey?',
    'who here don try llama for Yoruba? the results I got were funny',
    'who here has used the bot for the payroll export before?',
  ]);
  // look-alikes: the bot asked, or who may approve asked of it
  exactly([
    { text: 'who approves key requests?', intent: 'help', topic: 'approvals' },
    { text: 'who can approve my key request?', intent: 'help', topic: 'approvals' },
  ]);
});

describe('what a command shows, its output named ("what info does details show"): help, that command', () => {
  exactly([
    { text: 'what info does details show about a key?', intent: 'help', topic: 'details' },
    { text: 'what fields does list show?', intent: 'help', topic: 'list' },
    { text: 'what information does history show?', intent: 'help', topic: 'history' },
    // look-alikes: the plain question, and what the bot needs for a request
    { text: 'what does details show?', intent: 'help', topic: 'details' },
    { text: 'what info do you need for an api key?', intent: 'help', keyKind: 'api-key' },
  ]);
});

describe('the team weighing the bot against a key it has or borrows: theirs to settle, nothing asked', () => {
  nothingAsked([
    "Menu-planner: bot key or keep borrowing Antoine's? he's back Monday, let's decide then",
    'พี่ว่าควรถามบอทหรือใช้ key ของทีมเราไปก่อนดีคะ',
    "should we ask the bot or just use Karthik's key for the demo?",
    'ask the bot or keep sharing the old one? thoughts',
  ]);
  // look-alike: the token asked of the bot
  slots([['token 2h please, the shared one expired', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe("another thing's name glossed as a token, a device's model, people's accounts, a unit kept: nothing asked", () => {
  nothingAsked([
    'a moeda do jogo (token) vai mudar de nome na 4.2',
    "yemekhane fişleri (token) bitti, İK'ya söyleyen var mı?",
    'ทีม QA ขอ model มือถือที่ใช้ทดสอบเกม ใครมีรุ่นเก่าบ้าง',
    'model mobil yang boleh buat GerakCar minimal tahun 2017',
    'revoke akun driver yang pakai GPS palsu, udah 37 akun minggu ini',
    'blokir akun pengguna yang spam',
    'franchise-portal stays!! the new franchisee is taking it over, nobody close it down',
    "don't shut it down, growth still uses it",
  ]);
  // look-alikes: a unit kept and its key changed after "just", a key of a unit named like an account
  keeps([
    ['aviation-wx stays, just revoke the key it has', 'revoke', 'aviation-wx'],
    ['growth stays, rotate its key please', 'rotate'],
  ]);
});

describe('a rota of people and a price of goods told: nothing asked', () => {
  nothingAsked([
    'was the standup rotation changed? when?',
    'the cleaning rotation changed again, I am on dishes',
    'the on-call rotation moved to tuesdays',
    'cost per unit of the mugs is 4 pounds',
    'price per box of the gloves is 12 euros now',
  ]);
  // look-alikes: our keys' record and spend
  exactly([
    { text: 'when was the ads key rotated?', intent: 'history', businessUnit: 'ads' },
    { text: "what's the cost per unit for bedrock?", intent: 'spend' },
  ]);
});

describe('who runs a named unit: its details', () => {
  reads([
    ['who runs search-ranking nowadays', 'details', 'search-ranking'],
    ['who manages the claims-ocr unit these days?', 'details', 'claims-ocr'],
    ['who owns menu-planner?', 'details', 'menu-planner'],
  ]);
  // look-alike: "who here …" asks the people
  nothingAsked(['who here looks after the Fenwick account now that Gareth left?']);
});

describe("the asker's own machine told, then a token with please: the asker's token", () => {
  stillActs(["my laptop's in the meeting room, token 2h please", 'my phone is at home. token for 3h pls']);
  // look-alike: a colleague asked for theirs
  nothingAsked(['my laptop died. can someone lend me theirs?']);
});

describe('"hay que" / "we need to" deprovision a named unit: the deprovision, asked about', () => {
  reads([
    ['hay que dar de baja tarifas-2024 en bedrock, ya no se usa', 'deprovision', 'tarifas-2024'],
    ['hay que dar de baja growth-legacy, ya terminó', 'deprovision', 'growth-legacy'],
    ['we need to deprovision promo-verano', 'deprovision', 'promo-verano'],
  ]);
  neverActs(['hay que dar de baja growth-legacy, ya terminó', 'we need to deprovision promo-verano']);
  // look-alike: told as done
  neverActs(['ya dimos de baja pricing-promo-verano el mes pasado']);
});

describe('how many keys one may have: help, limits', () => {
  exactly([
    { text: 'how many keys can we have for the mortgage pipeline?', intent: 'help', topic: 'limits' },
    { text: 'how many access keys can a unit have?', intent: 'help', topic: 'limits', keyKind: 'access-key' },
    // look-alike: what a unit has now
    { text: 'how many keys does growth have?', intent: 'details', businessUnit: 'growth' },
  ]);
});

describe("the models named as the AI's brains: the models", () => {
  reads([
    ["What AI brains have we got? (sorry, don't know the proper word)", 'models', null],
    ['what ai brains can we use', 'models', null],
  ]);
  // look-alike: a brain of a person
  slots([['my brain is fried, token 2h please', { intent: 'token', ttlSeconds: 7200 }]]);
});

describe('Spanish "del", of the, is no delete: a question with its reason after it', () => {
  exactly([
    {
      text: 'se puede tener tokens en Chile? por tema de que los datos no salgan del país',
      intent: 'help',
      region: 'sa-west-1',
      topic: 'regions',
    },
  ]);
  // look-alike: "del" opening a command
  keeps([['pls del the ads key', 'revoke', 'ads']]);
});
