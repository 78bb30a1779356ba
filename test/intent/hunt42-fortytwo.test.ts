/**
 * Round forty-two, hunt42: texts written to ask nothing of the bot that it acted on, fixed by kind, each with look-alike
 * requests that keep their reading: a colleague named and asked in another language with no comma after the name
 * (name-asked-abroad.ts), a request withdrawn or made conditional in Vietnamese (more-languages.ts), the writer's offer
 * to a colleague (writer-offer.ts), a quoted command told of (quoted-command-told.ts, reported-request.ts). (A plan's
 * points headed by a label, "Next steps: revoke all keys, …", were made to ask nothing too, and taken out again by the
 * lead: the change read "next steps: rotate the payments key, then deprovision old-search" as a sure deprovisioning,
 * where main asks; units26's tests caught it.)
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, stillActs } from './acted.js';

describe('a colleague named, then asked in another language', () => {
  nothingAsked([
    'Jonas kannst du bitte einen Key für team atlas anlegen?',
    'Lukas könntest du bitte den marketing key widerrufen',
    'Julie tu peux créer une clé pour l’équipe atlas stp',
    'Élodie peux-tu créer une clé pour atlas',
    'Lars kan du rotere nøkkelen til marketing?',
    'Олег можешь сделать ключ для atlas?',
    'Budi tolong buatkan key untuk tim atlas',
    'Juma tafadhali tengeneza ufunguo wa atlas',
    'Mehmet abi atlas takımı için key oluşturur musun',
    'Emre bey atlas için key oluşturabilir misiniz',
    'Priya ji marketing ki key rotate kar dijiye',
    'anh Nam ơi, tạo giúp em cái key cho team atlas nhé',
    'chị Lan ơi, xoay key cho team marketing giúp em với',
    'anh Minh ơi tạo token 2 tiếng cho em nhé',
    'em Hà ơi, revoke key marketing giúp chị',
    'Minh ơi tạo key cho team atlas với',
    'Herr Weber könnten Sie den atlas Key widerrufen?',
    'Pak Budi tolong rotasi key atlas ya',
  ]);
  keeps([
    ["Salut tu peux créer une clé pour l'équipe atlas", 'create_key', 'atlas'],
    ['Bitte kannst du einen Key für team atlas erstellen', 'create_key', 'atlas'],
    ['Bot tu peux créer une clé pour atlas', 'create_key', 'atlas'],
    ['bot ơi tạo key cho team atlas với', 'create_key', 'atlas'],
    ['Moin kannst du mir einen token für 2h geben', 'token'],
    ['kannst du bitte einen Key für team atlas anlegen?', 'create_key', 'atlas'],
    ['Hej kan du skapa en nyckel för atlas?', 'create_key', 'atlas'],
    ['Tolong buatkan key untuk tim atlas', 'create_key', 'atlas'],
    ['atlas takımı için key oluşturur musun', 'create_key', 'atlas'],
    ['Super tu peux me donner un token de 2h', 'token'],
    ['Dzięki możesz zrobić klucz dla atlas', 'create_key', 'atlas'],
  ]);
});

describe('a request withdrawn or made conditional, in Vietnamese', () => {
  nothingAsked([
    'định xin token 2 tiếng nhưng thôi khỏi',
    'tính tạo key cho atlas mà thôi bỏ đi',
    'em định xoay key marketing nhưng thôi để sau',
  ]);
  neverActs(['nếu dự án được duyệt thì sẽ cần key cho atlas']);
  keeps([
    ['cho em xin token 2 tiếng nhé', 'token'],
    ['xoay key của marketing giúp mình với', 'rotate', 'marketing'],
    ['nếu được thì tạo key cho team atlas giúp em nhé', 'create_key', 'atlas'],
    ['tạo key cho team atlas giúp em nhé, nếu được', 'create_key', 'atlas'],
    ['cho em xin token 2 tiếng, thôi nhé', 'token'],
    ['tạo key cho atlas đi, không thì thôi', 'create_key', 'atlas'],
  ]);
  stillActs(['nếu được thì tạo key cho team atlas giúp em nhé']);
});

describe("the writer's offer to a colleague", () => {
  nothingAsked([
    'I can revoke the marketing key for you if you want',
    "I'll revoke the marketing key for you if you want",
    'sure, I’ll create the key for atlas if you like',
    'we could rotate the atlas key for u',
    'happy to deprovision atlas if needed',
    "I'd be happy to revoke the marketing key for you",
  ]);
  keeps([
    ['I want a token for 2h', 'token'],
    ['revoke the marketing key for me if you can', 'revoke', 'marketing'],
    ["I'd like a key for atlas for my team", 'create_key', 'atlas'],
    ["I'll need a token for 2h if you can", 'token'],
  ]);
});

describe('a quoted command, told of', () => {
  nothingAsked([
    'release notes: "revoke all keys" now asks for confirmation',
    'release notes: revoke all keys now asks for confirmation',
    '"revoke all keys" now asks for confirmation',
    '"revoke all keys" is disabled now',
    'heads up: `rotate atlas` now requires approval',
  ]);
  neverActs(['"deprovision atlas" returned an error lol']);
  keeps([
    ['"revoke all keys" please', 'revoke'],
    ['"token 2h" is what I need', 'token'],
    ['`rotate atlas` pls', 'rotate', 'atlas'],
  ]);
});

describe('a question word opening a question is no colleague named', () => {
  keeps([
    ['Was können Sie?', 'help'],
    ['Wie kannst du mir helfen?', 'help'],
  ]);
  nothingAsked(['Jonas kannst du einen Key für atlas anlegen?', 'Julie tu peux créer une clé pour atlas ?']);
});
