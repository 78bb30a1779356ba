/**
 * Round forty-nine, fix49l (a hunt of look-alikes in Arabic, Persian and Hebrew): Gulf, Egyptian and Levantine
 * Arabic in the Arabic script and in Arabizi, Persian and Finglish, and Hebrew, as people at companies type them in
 * Slack, with English words. Sentences of our own of each kind the parser misread, and look-alikes that keep their
 * reading.
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, slots, stillActs } from './acted.js';

describe('a colleague with an Arabic, Persian or Hebrew given name asked "can you" in lower case ("ya rami momken t3mel …")', () => {
  nothingAsked([
    'ya rami momken t3mel rotate lel key bta3 billing?',
    'ziad, can you rotate the key for payments?',
    'ya omid momken te3mel revoke lel key bta3 ads?',
    'yael can you make a new key for search?',
    'mehdi could you revoke the growth key?',
    'noor, can you make me a token for 2h?',
  ]);
  // look-alikes: a name inside a unit's name, or a person where a unit stands, still asks the bot
  stillActs(['token for 2h for noor-app']);
  keeps([
    ['create a key for team nour', 'create_key', 'nour'],
    ['rotate the key for reza', 'rotate'],
  ]);
});

describe('Egyptian "now" as typed ("dlwa2ty", "delwa2ti") and Gulf "el7een": "la2 msh dlwa2ty" takes the request back', () => {
  nothingAsked([
    'rotate el key bta3 growth? la2 msh dlwa2ty',
    'revoke el key bta3 ads? la2 msh dlwa2ty',
    'deprovision growth? la2, msh delwa2ti',
  ]);
  // look-alikes: "now" with the request keeps it ("e3mel rotate lel key bta3 payments dlwa2ty", do rotate the payments
  // key now: held here as not acted on until round fifty-three, when Egyptian "e3mel" (do) was glossed; tuned-carrier
  // labels "e3mel rotate lel key bta3 recharge_fraud, …" a rotate, and "dlwa2ty" alone takes nothing back)
  stillActs([
    'e3mel rotate lel key bta3 payments dlwa2ty',
    'rotate el key bta3 growth dlwa2ty law sama7t',
    '3ayez token le 2 sa3at dlwa2ty',
    'abi token sa3tein el7een',
  ]);
});

describe('a Persian count in words before its unit ("یه توکن دو ساعته میخوام") and "‌ای" after a unit ("۹۰ دقیقه‌ای")', () => {
  slots([
    ['یه توکن دو ساعته می‌خوام', { intent: 'token', ttlSeconds: 7200 }],
    ['یه توکن سه ساعت میخوام لطفا', { intent: 'token', ttlSeconds: 10800 }],
    ['توکن ۹۰ دقیقه‌ای می‌خوام', { intent: 'token', ttlSeconds: 5400 }],
    [
      'یه کلید ده روزه برای تیم growth بساز',
      { intent: 'create_key', businessUnit: 'growth', expiryDays: 10 },
    ],
  ]);
  // look-alikes: a count in a story, a hypothetical or a report asks nothing
  neverActs([
    'دو ساعت پیش کلید ads رو عوض کردم',
    'سه روز مرخصی گرفتم',
    'اگه مجبور بشیم یه توکن دو ساعته بگیریم چی میشه؟',
    'سارا گفت از بات یه توکن دو ساعته خواسته',
  ]);
});
