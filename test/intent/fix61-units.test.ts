/**
 * Round sixty-one, fix61 units: which words name the business unit.
 * - The small words of other languages that join a unit's name to the sentence (Turkish "şu", Swedish "vad", "och",
 *   Danish "og det skal", Polish "mu", "dla", Spanish "por", "cuántas", "esto", Portuguese "pro", Vietnamese "cho",
 *   Hindi and Marathi "karna", "ka", "sathi", Tagalog "agad", Indonesian "buat", "yg") are never a unit's name, nor
 *   part of one: README "No unit" (a word of the sentence names none). foreign-glue-words.ts, read by
 *   business-unit.ts's isNameWord.
 * - A plain word before a unit written with hyphens is the sentence's, not the name's ("bedrock money
 *   rider-support-bot", "AI chatbot-cs", "do painel export-bi"): README "Units written as service names", a code
 *   name is written whole. code-name-start.ts, in unit-finder.ts's add.
 * - The guards: a time, a place, a person or a generic word ("demo", "testing") is still no unit; a team noun after a
 *   hyphenated name is still kept; an English word that is a name stays one.
 * Every sentence is the fixer's own.
 */
import { describe } from 'vitest';
import { neverActs, reads } from './acted.js';

describe('a small word of another language is no part of the unit', () => {
  reads([
    ['iptal et şu ledger-sync key, artık lazım değil', 'revoke', 'ledger-sync'],
    ['şu cargo-eta key rotate et lütfen', 'rotate', 'cargo-eta'],
    ['vad har menu-ocr för nycklar?', 'details', 'menu-ocr'],
    ['nie usuwaj promo-writer, tylko zrotuj mu klucz', 'rotate', 'promo-writer'],
    ['api key cho invoiceHelper, owner <@U04TRANBAO>', 'create_key', 'invoice-helper'],
    ['xoay key cho route-advisor nha', 'rotate', 'route-advisor'],
    ['stock-alerts ka api key ka expiry kab hai?', 'details', 'stock-alerts'],
    ['tyre-scan ki key rotate karna hai', 'rotate', 'tyre-scan'],
    ['revoca esto urgente, la key de quote-builder', 'revoke', 'quote-builder'],
    ['bikin api key buat claims-ocr yg long term dong', 'create_key', 'claims-ocr'],
    ['nowy klucz api dla route-advisor proszę', 'create_key', 'route-advisor'],
    ['key rotate karun dya stock-alerts sathi', 'rotate', 'stock-alerts'],
    ['cuántas claves tiene quote-builder?', 'details', 'quote-builder'],
    ['pakirevoke na po agad yung key ng fleet-notes', 'revoke', 'fleet-notes'],
  ]);
});

describe('a small word of another language alone names no unit', () => {
  reads([
    ['gasto por unidad del mes pasado, lo pide contabilidad', 'spend', null],
    ['iptal et şu key: bk-3c77a1, stajyer ayrıldı', 'revoke', null],
    ['vad har vi för nycklar i menu-ocr?', 'details', 'menu-ocr'],
  ]);
});

describe('a plain word before a hyphen-written name is the sentence’s', () => {
  reads([
    ['how much bedrock money did parcel-router burn last week', 'spend', 'parcel-router'],
    ['pengeluaran AI review-summariser bulan lalu berapa?', 'spend', 'review-summariser'],
    ['desactiva a chave do painel sales-bi por favor', 'revoke', 'sales-bi'],
    ["leave grant-writer's unit alone, just revoke its key", 'revoke', 'grant-writer'],
    ['rotate the key for the pricing shelf-tagger', 'rotate', 'shelf-tagger'],
    ['what did the chatbot faq-helper spend this month', 'spend', 'faq-helper'],
  ]);
});

describe('names written whole stay whole', () => {
  reads([
    ['api key for the ledger-sync team, 30 days', 'create_key', 'ledger-sync-team'],
    ['deprovision the fleet-notes unit', 'deprovision', 'fleet-notes'],
    ['rotate the parcel-router key', 'rotate', 'parcel-router'],
    ['key for menu-ocr-v2 please, 60 days', 'create_key', 'menu-ocr-v2'],
    ['revoke the key for growth', 'revoke', 'growth'],
    ['how much did the data platform team spend last month?', 'spend', 'data-platform-team'],
    ['rotate the key for the supply chain team', 'rotate', 'supply-chain-team'],
  ]);
});

describe('a time, a place, a person or a generic word is still no unit', () => {
  reads([
    ['rotate the parcel-router key after the maintenance window', 'rotate', 'parcel-router'],
    ['key for menu-ocr, it runs in frankfurt', 'create_key', 'menu-ocr'],
    ['a key for dr. okafor please', 'create_key', null],
    ['rotate the parcel-router key before the demo', 'rotate', 'parcel-router'],
    ['revoke the testing key of parcel-router', 'revoke', 'parcel-router'],
    ['spend for ledger-sync yesterday', 'spend', 'ledger-sync'],
    ['what did we spend on bedrock last week?', 'spend', null],
    ['history of every key change in march', 'history', null],
  ]);
  neverActs([
    'who is using the testing key on the staging box?',
    'the demo went well, thanks all',
    'vad tycker ni om bedrock?',
    'şu toplantı ne zaman?',
  ]);
});
