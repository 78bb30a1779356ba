/**
 * Round forty-nine, fix49c (tuned-styles-aegean, tuned-ferry): Turkish the parser misread, by kind. Sentences of our
 * own of each kind, and look-alikes that keep their reading (non-requests never acted on).
 */
import { describe } from 'vitest';
import { keeps, neverActs, nothingAsked, reads, slots } from './acted.js';

describe('a Turkish request taken back or corrected after a pause ("yok yok, dur, silme", "yok 5 saat yapalım")', () => {
  nothingAsked([
    "berth-planner key'ini sil... yok yok, dur, silme",
    "fleet-eta key'ini iptal et... yok, dur",
    'gate-ops anahtarını iptal et... yok yok, iptal etme',
  ]);
  slots([
    ['3 saat token... yok 5 saat yapalım', { intent: 'token', ttlSeconds: 18000 }],
    ['token 4 saat lütfen. pardon 6 saat demek istedim', { intent: 'token', ttlSeconds: 21600 }],
  ]);
  // look-alikes: a request left as it is, and "yok" as "there is none"
  keeps([["gate-ops key'ini iptal et", 'revoke', 'gate-ops']]);
  neverActs(['key yok bende, kimden alırım?']);
});

describe('our English words with a Turkish ending ("key\'lerini", "key\'ini") and the light verb "et-" in its forms', () => {
  reads([
    ["fleet-eta ve gate-ops key'lerini rotate et", 'rotate', 'fleet-eta'],
    ["`ops.gate.eta` key'ini rotate et", 'rotate', 'ops-gate-eta'],
    ["fleet-eta key'ini en son kim revoke etti?", 'history', 'fleet-eta'],
  ]);
  slots([
    [
      "gate-ops'un tüm key'lerini rotate edelim hocam",
      { intent: 'rotate', businessUnit: 'gate-ops', all: true },
    ],
  ]);
  // a supposition is for help; a question to the channel, a story and an action put off ask nothing
  slots([['revoke edersek eski token da ölüyor mu?', { intent: 'help', topic: 'revoke' }]]);
  nothingAsked([
    "biri biliyor mu bot fleet-eta key'ini rotate etti mi?",
    "bilen biri var mı, fleet-eta key'i zaten revoke etti mi?",
    "geçen ay tüm key'leri elle revoke ediyorduk",
    "fleet-eta'yı deprovision etmeyi sezon bitene kadar erteleyelim",
    "<@U05ELNIK> gate-ops key'ini rotate eder misin müsait olunca?",
  ]);
  slots([
    [
      "long-term key'ler Stockholm'de var mı yoksa sadece token mı?",
      { intent: 'help', region: 'eu-north-1' },
    ],
  ]);
});
