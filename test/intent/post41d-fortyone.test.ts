/**
 * Round forty-one, the review of the merged fixers' work (post41d): a Region's place named in another language
 * (fix41h, fix41a, fix41c) made a message the parser barely reads count as read, its negation or past tense
 * ignored; the same sentences with a city not listed stay unknown. A text with such a place acts only where it acts
 * with the place unknown (parse-request.ts, parseRequest; other-language-places.ts; regions.ts namesOnlyAsTyped).
 * Names that are also words or names left out: Danish "inde", "Pekin", Czech "Milane", Italian "Israele",
 * Vietnamese "Thai Lan"/"Luan Don" without their accents.
 */
import { describe } from 'vitest';
import { neverActs, nothingAsked, reads, slots, stillActs } from './acted.js';

describe('a place named in another language does not make the text read', () => {
  const told = [
    'Я в Лондоне, токен не нужен',
    'Byłem w Japonii, token nie jest potrzebny',
    'V Londýně token nepotřebuju',
    'Nerušte klíč v Londýně',
    'Olin Lontoossa, en tarvinnut tokenia',
    'Eilen Lontoossa kierrätin avaimen',
    "Tayvan'daki ekip token istemiyor",
    "Almanya'daki ekip anahtarı döndürdü",
    'Mwenzangu yuko Afrika Kusini, hahitaji token',
    'Już unieważniłem klucz w Mediolanie',
    'Kolega w Dublinie potrzebuje klucza',
    'مفتاح في دبي',
    // look-alikes of our own
    'Я был в Сингапуре, токен не нужен',
    'Olin Tukholmassa, en tarvinnut tokenia',
  ];
  neverActs(told);
  nothingAsked(told);
  // (Czech, a colleague in London got a token yesterday: the getting told, "dostal" glossed "got"; fix47d's rule
  // decides it, whatever the classifier leans to.)
  nothingAsked(['Kolega v Londýně včera dostal token']);
  // the control: a city not listed
  nothingAsked([
    'Я в Москве, токен не нужен',
    'V Praze token nepotřebuju',
    'Olin Helsingissä, en tarvinnut tokenia',
  ]);
  // look-alikes: the requests the places were added for keep their Region
  slots([
    ['токен на 2 часа в Сингапуре', { intent: 'token', region: 'ap-southeast-1' }],
    ['cho tôi token ở Bắc Kinh', { intent: 'token', region: 'cn-north-1' }],
    ['Ninahitaji token Afrika Kusini', { intent: 'token', region: 'af-south-1' }],
    ['potrzebuję tokenu na 2 godziny w Mediolanie', { intent: 'token', region: 'eu-south-1' }],
    ['token 2h ở Luân Đôn', { intent: 'token', region: 'eu-west-2' }],
    ['Give me a key for Barein', { intent: 'token', region: 'me-south-1' }],
  ]);
  stillActs(['Jestem w Londynie, potrzebuję tokenu na 2 godziny']);
  slots([['Olen Lontoossa, tarvitsen tokenin', { intent: 'token', region: 'eu-west-2' }]]);
});

describe('names that are also words or names are no places', () => {
  nothingAsked(['Nøglen er inde']);
  reads([['Create a key for unit inde', 'create_key', 'inde']]);
  slots([
    ['Luan Don will rotate the key', { region: null }],
    ['We ate Pekin duck last night, rotate the key later', { region: null }],
    ['Milane, můžeš mi dát token?', { region: null }],
    ['I need a token for 2 hours in Inde', { region: null }],
    ['la mia collega Israele vuole un token', { region: null }],
    ['token 5h w Pekinie', { intent: 'token', region: 'cn-north-1' }],
  ]);
});
