// Trains the intent classifier from labelled cases: shared by scripts/train-intent-model.mjs, which
// writes src/intent/intent-model.json, and by test/intent/intent-model.test.ts, which checks that the
// committed model is exactly what training on today's corpus and features produces.
//
// The model is a multinomial logistic regression (softmax over one weight per feature and intent, plus
// a bias per intent) with L2 regularisation, so that its probabilities are calibrated: the parser acts
// only above a probability chosen on dev. Features are sparse (a text has a few dozen of ~7,000), and
// the libraries on npm for logistic regression (ml-logistic-regression over ml-matrix, natural's) hold
// the data as a dense matrix and train one-vs-rest, so the trainer is these few lines: full-batch
// gradient descent with Adam steps, zero initial weights, a fixed number of epochs and a fixed order of
// summation, which makes training deterministic (the same corpus gives the same file, bit for bit).
import { loadCorpus, readCases } from '../test/intent/data/evaluate.mjs';

/**
 * Chosen leave-one-author-out (scripts/leave-one-author-out.mjs: 18 folds, 6,764 train+dev texts of
 * authors the fold's model never saw; whole parser: intent, exact, non-requests acted on), then dev.
 */
export const SETTINGS = {
  /** 400: 95.3% intent, 94.1% exact, 0 acted on, dev 95.7%; 300: the same out of fold, dev 95.5%. */
  epochs: 400,
  learningRate: 0.05,
  /**
   * L2 weight per training text (the loss is the mean cross-entropy plus l2/2 · |W|²). Out of fold
   * (300 epochs): 1e-3 93.9% intent, 3e-4 94.5%, 5e-5 95.3% and 0 acted on, 4e-5 95.2%, 2.5e-5
   * 95.3% but 1 acted on ("revoke sudo for contractors on the build boxes"), weaker ones more.
   */
  l2: 0.00005,
  /** Features seen in fewer training texts than this are left out (noise, and a smaller model). */
  minCount: 2,
  /**
   * ... and features seen in fewer corpus files (authors) than this: a feature of one author's texts
   * memorises that author. Out of fold the same figures as 1 (95.3% intent, 94.1% exact, 0 acted on)
   * with 10% fewer features (3: 95.2%, 94.0%, and dev 95.3%).
   */
  minFiles: 2,
  /**
   * The L2 of the rules' reading ("rule=token", …) as a multiple of the words'. The rules were written
   * with every training text in view, so on train they are nearly always right and the classifier
   * learns to echo them. 10 measured better for unseen writers (leave-one-author-out, 29 folds, 10,202
   * texts: 95.5% intent, 94.2% exact, 3 acted on, against 95.1%, 93.9%, 4 at 1) and on held-out (92.1%
   * against 91.8%), but turns "what credentials does the Payments Risk team hold?" into help
   * (test/intent/slot-kinds-eight.test.ts): not shipped until the read/help line in parse-request.ts
   * (0.55) is measured again with it.
   * Round ten measured every line of parse-request.ts's DECISION with both (33 folds, 11,420 texts,
   * fold models saved and parsed again per line). With today's lines, 1: 95.6% intent, 94.1% exact,
   * 3 acted on, 632 asked; 10: 95.8%, 94.3%, 3, 696 asked (dev exact 2,358 against 2,357). No line
   * brings 10's behaviour back where it differs: readOverHelp 0.7 and helpMargin 0.3 restore three
   * behaviour tests at no cost out of fold, readHoldsHelp 0.7 two more at -7 intents, and seven
   * still fail (the classifier, leaning on words, overrules confident rules: "Could the Investor
   * Relations team get a key?" → help, "make a new one for parcel-api and remove the old" → unknown,
   * "need a quick break, 10 mins, …" → token at 0.91, "could risk-models get a new api key please"
   * asked at 0.88). +0.16 points out of fold for 64 more questions and seven of those: 1 stays.
   */
  ruleL2: 1,
  /**
   * How much a tuned text (an earlier round's blind file, trainingCases) counts in the loss against a train-split text.
   * Round thirty-four shipped the classifier trained on the tuned files at 0.4, measured against the train split alone
   * on the same rules: held-out 2,839 → 2,853 (+14), dev 2,983 → 2,977, train 13,866 → 13,865, the tuned files +346 of
   * 28,789; and that round's three blind files, scored once before any rule work, 372/376/406 → 380/379/411 of
   * 419/418/446 (+16 of 1,283, acted on 1 → 1). Round thirty-three measured 0.4 against 1 (the unweighted tuned
   * files): 64 behaviour tests of earlier rounds failed at 0.4 and more at 1 (round thirty: 159); round thirty-four's
   * fixers fitted the rules to 0.4 (held-out.test.ts).
   */
  tunedWeight: 0.4,
  /** Weights are stored with this many decimals; a feature whose weights all round to 0 is left out. */
  decimals: 2,
  // augment (not set: none): training-time variants of each training text (augmentedTexts), what other
  // writers do to the same request; a variant whose features are those of its text, or of an earlier
  // variant, adds nothing. Round eleven, leave-one-author-out (37 folds, 12,359 texts; without: 95.9%
  // intent, 95.0% exact, 3 acted on, 698 asked) measured, fold by fold against the same folds without:
  // all five kinds, 24 folds (8,659 texts): exact 8,311 → 8,318, acted on 2 → 2, asked 464 → 501;
  // articles and punctuation, 11 folds (4,605): exact 4,484 → 4,486, acted on 0 → 0, asked 199 → 200.
  // (The runs were cut short by time; machine shared.)
  // Within noise and twice the rows (training 1.9× slower), so not set. (Word pairs that reach over
  // an article in features.ts, "rotate the key" → "rotate+key", measured the same: 11 folds, 4,605
  // texts, exact 4,484 → 4,488, acted on 0 → 0, asked 199 → 201; not shipped.)
  // Names masked (round twelve): each author invents its own teams and systems, so the prepared text
  // (training and run time alike) was read with names replaced by one placeholder word, "xxname".
  // Leave-one-author-out, 41 files, fold by fold against the same folds without:
  //  - the business unit the rules found (unless a lexicon word) and kebab-case names that are not
  //    English compounds ("on-call", "api-key"): 9 folds, 3,991 texts, exact -5 texts (6 folds worse,
  //    2 better), acted on 0 → 0;
  //  - kebab-case names only: 10 folds, 4,303 texts, the same exact rate fold for fold, acted on 0 → 0;
  //    shipped model retrained: dev exact +2 texts, train the same, held-out 92.3% → 92.2%.
  // (Backticked and capitalised names are gone by the time the text is prepared: lower-cased, markup
  // decoded.) minFiles: 2 already drops a name only one author used, so masking has little left to
  // do; not shipped. (Runs cut short by time; machine shared.)
  // Tag pairs (round eighteen): each word pair again with the lexicon tag in place of either word and
  // of both ("#Rotate+key", "the+#KeyNoun", "#Rotate+#KeyNoun"; features.ts, with classifyPrepared's
  // fast path: commit "Tag pairs (measured, NOT shipped …)" on branch decision18, reverted after it).
  // 19,147 features against 14,194. Leave-one-author-out, the first 11 folds (4,605 texts), fold for
  // fold against the same folds without: intent 4,501 → 4,503, exact 4,491 → 4,493, acted on 0 → 0,
  // asked 193 → 191 (16 folds run; the five after: -1, -1, +1, -1 and one not run without). Retrained
  // on train: train errors 174 → 162, dev 77 → 71 (97.44% → 97.64%), 0 acted on; the unseen-* files
  // 1,118 → 1,122; the tuned-* files +12 net, but five fall under unseen.test.ts's floors (delegates,
  // gamedev, mobile, regulated, services: -1 or -2 each) and slack-escaped.test.ts and one
  // slots17-seventeen test break. Out of fold it is noise (+2 of 4,605): not shipped.
  // With the tuned files (trainingCases({ tuned: true }), leave-one-author-out --with-tuned: 6,131 tuned
  // texts in every fold), the first 8 folds (3,696 texts) against the same folds without: intent 3,604
  // → 3,602, exact 3,595 → 3,594, acted on 0 → 0, asked 151 → 165: the tuned files' voices do not carry
  // to the corpus's authors out of fold (round seventeen measured +5 on held-out with the train split's
  // own authors in the model). Decision lines re-chosen for those fold models (--load-models --decide),
  // first 7 folds (3,277 texts), exact against the same folds without the tuned files at today's lines
  // (3,188): today's lines 3,188; holdMin 0.1 3,193 (asked 150) but holdMin 0.1 without the tuned files
  // 3,192 (asked 137): the gain is the line's, not the tuned files' (round ten: holdMin 0.1 -2 over 33
  // folds); holdMin 0.1 and readOverRead 0.8 3,191. Not shipped. (Runs cut short by time; machine shared.)
};

/**
 * Variants of a text as other writers would put it (deterministic: the choices are seeded by the text):
 *  - articles: without "the", "a", "an" ("rotate key for growth pls");
 *  - punctuation: without . , ! ? ; : (mobile and hurried writers);
 *  - typo: one longer word with two neighbouring letters swapped;
 *  - mention: with a mention of the bot in front (Slack's markup or a plain @name);
 *  - markup: a value-less word in bold or code markup.
 */
export function augmentedTexts(text, kinds) {
  const out = [];
  const seed = hashOf(text);
  for (const kind of kinds) {
    const v = VARIANTS[kind]?.(text, seed);
    if (v !== undefined && v !== text && !out.includes(v)) out.push(v);
  }
  return out;
}

const VARIANTS = {
  articles: (t) => t.replace(/\b(?:the|an?)\s+/gi, ''),
  punctuation: (t) => t.replace(/[.,!?;:]+(?=\s|$)/g, '').trim(),
  typo: (t, seed) => {
    const words = [...t.matchAll(/(?<![\w-])[a-z]{5,}(?![\w-])/g)];
    if (words.length === 0) return undefined;
    const m = words[seed % words.length];
    const at = m.index + 1 + ((seed >>> 8) % (m[0].length - 2));
    return t.slice(0, at) + t[at + 1] + t[at] + t.slice(at + 2);
  },
  mention: (t, seed) => `${['<@U05BEDROCK> ', '@bedrock-bot ', '@Bedrock Bot '][seed % 3]}${t}`,
  markup: (t, seed) => {
    const words = [...t.matchAll(/(?<=\s|^)[a-z][a-z-]{3,}(?=\s|$)/g)];
    if (words.length === 0) return undefined;
    const m = words[seed % words.length];
    const mark = (seed >>> 4) % 2 === 0 ? '*' : '`';
    return `${t.slice(0, m.index)}${mark}${m[0]}${mark}${t.slice(m.index + m[0].length)}`;
  },
};

/** FNV-1a of a text: the seed of its variants. */
function hashOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Earlier rounds' blind files, read and tuned on in the round after (test/intent/unseen.test.ts holds
 * them at their scores): voices the corpus lacks, which the shipped model trains on too (since round
 * thirty-four). Not the unseen-* files (measurement material until they are renamed) and never the corpus's dev or test split.
 */
export const TUNED_FILES = [
  'tuned-forms.jsonl',
  'tuned-gamedev.jsonl',
  'tuned-hackathon.jsonl',
  'tuned-regulated.jsonl',
  'tuned-agency.jsonl',
  'tuned-lab.jsonl',
  'tuned-retail.jsonl',
  'tuned-services.jsonl',
  'tuned-newsroom.jsonl',
  'tuned-iot.jsonl',
  'tuned-devrel.jsonl',
  'tuned-delegates.jsonl',
  // Round sixteen's blind files, tuned on in round seventeen:
  'tuned-campus.jsonl',
  'tuned-clinical.jsonl',
  'tuned-legal.jsonl',
  'tuned-logistics.jsonl',
  'tuned-mobile.jsonl',
  'tuned-oncall.jsonl',
  // round seventeen's, tuned on in round eighteen:
  'tuned-publicsector.jsonl',
  'tuned-energy.jsonl',
  'tuned-insurance.jsonl',
  // round eighteen's, tuned on in round nineteen:
  'tuned-hospitality.jsonl',
  'tuned-manufacturing.jsonl',
  'tuned-telecom.jsonl',
  // round nineteen's, tuned on in round twenty:
  'tuned-airline.jsonl',
  'tuned-construction.jsonl',
  'tuned-nonprofit.jsonl',
  // round twenty's, tuned on in round twenty-one:
  'tuned-bank.jsonl',
  'tuned-property.jsonl',
  'tuned-streaming.jsonl',
  // round twenty-one's, tuned on in round twenty-two:
  'tuned-pharma.jsonl',
  'tuned-automotive.jsonl',
  'tuned-schools.jsonl',
  'tuned-port.jsonl',
  'tuned-farmcoop.jsonl',
  'tuned-staffing.jsonl',
  'tuned-railway.jsonl',
  'tuned-brewery.jsonl',
  'tuned-satellite.jsonl',
  'tuned-museum.jsonl',
  'tuned-mining.jsonl',
  'tuned-events.jsonl',
  'tuned-quant.jsonl',
  'tuned-vet.jsonl',
  'tuned-loc.jsonl',
  'tuned-water.jsonl',
  'tuned-club.jsonl',
  'tuned-fab.jsonl',
  'tuned-orchestra.jsonl',
  'tuned-custody.jsonl',
  'tuned-locks.jsonl',
  'tuned-film.jsonl',
  'tuned-rental.jsonl',
  'tuned-zoo.jsonl',
  // round twenty-nine: three files written in the corpus's weakest styles (non-native and mixed-language; long,
  // buried and pasted; thread replies, dictation and shorthand), texts close to a held-out text left out:
  'tuned-styles-foreign.jsonl',
  'tuned-styles-long.jsonl',
  'tuned-styles-threads.jsonl',
  // round twenty-nine's, tuned on in round thirty:
  'tuned-cruise.jsonl',
  'tuned-architects.jsonl',
  'tuned-greenhouse.jsonl',
  // round thirty: three more files in the corpus's weak styles (lay staff and helpdesk; asking for or about others;
  // follow-ups and short turns), texts close to a held-out text left out:
  'tuned-styles-lay.jsonl',
  'tuned-styles-relay.jsonl',
  'tuned-styles-followups.jsonl',
  // round thirty's, tuned on in round thirty-one:
  'tuned-ski.jsonl',
  'tuned-dental.jsonl',
  'tuned-waste.jsonl',
  // round thirty-one's, tuned on in round thirty-two:
  'tuned-themepark.jsonl',
  'tuned-publisher.jsonl',
  'tuned-fitness.jsonl',
  // round thirty-two's, tuned on in round thirty-three:
  'tuned-courier.jsonl',
  'tuned-library.jsonl',
  'tuned-label.jsonl',
  // round thirty-three's, tuned on in round thirty-four:
  'tuned-met.jsonl',
  'tuned-bakery.jsonl',
  'tuned-dating.jsonl',
  // round thirty-four's, tuned on in round thirty-five:
  'tuned-fashion.jsonl',
  'tuned-esports.jsonl',
  'tuned-tax.jsonl',
  // round thirty-five's, tuned on in round thirty-six:
  'tuned-winery.jsonl',
  'tuned-shipyard.jsonl',
  'tuned-crypto.jsonl',
  // round thirty-six's, tuned on in round thirty-seven:
  'tuned-forestry.jsonl',
  'tuned-aerospace.jsonl',
  'tuned-edtech.jsonl',
  // round thirty-seven's, tuned on in round thirty-eight:
  'tuned-ocean.jsonl',
  'tuned-textile.jsonl',
  'tuned-pension.jsonl',
  // round thirty-eight's, tuned on in round thirty-nine:
  'tuned-auction.jsonl',
  'tuned-dairy.jsonl',
  'tuned-mssp.jsonl',
  // round thirty-nine's, tuned on in round forty:
  'tuned-airport.jsonl',
  'tuned-casino.jsonl',
  'tuned-genomics.jsonl',
  // round forty's, tuned on in round forty-one:
  'tuned-tollroad.jsonl',
  'tuned-ambulance.jsonl',
  'tuned-cosmetics.jsonl',
  // round forty-one's, tuned on in round forty-three:
  'tuned-lifts.jsonl',
  'tuned-seafood.jsonl',
  'tuned-colo.jsonl',
  // round forty-three's, tuned on in round forty-five:
  'tuned-solar.jsonl',
  'tuned-bpo.jsonl',
  'tuned-care.jsonl',
  // round forty-five's, tuned on in round forty-six:
  'tuned-cinema.jsonl',
  'tuned-payments.jsonl',
  'tuned-rides.jsonl',
  // round forty-six's, tuned on in round forty-seven:
  'tuned-chemicals.jsonl',
  'tuned-metro.jsonl',
  'tuned-pharmacy.jsonl',
  // round forty-seven's, tuned on in round forty-eight:
  'tuned-utility.jsonl',
  'tuned-facilities.jsonl',
  'tuned-webtoon.jsonl',
  // round forty-eight's, tuned on in round forty-nine:
  'tuned-parking.jsonl',
  'tuned-broadcast.jsonl',
  'tuned-ferry.jsonl',
  // (Round forty-nine's, tuned-vending, -aircargo and -printing, tuned on in round fifty, are read by the rules but not
  // trained on yet: trained on with the round's rules, held-out 2,869 against 2,870 without, dev 2,982 against 2,981,
  // round fifty's blind insurer and hotels 404 / 404 against 405 / 406 of 427 / 429, and 16 tuned or dev sentences
  // moved against 6; the classifier was retrained without them, as round fifty's features required.)
  // (Round fifty-two's, tuned-insurer, -hotels, -studio, -hospitals, -freight and -fintech, are read by the rules and
  // not trained on, like round fifty's; the round retrained for its features only, with this list unchanged: held-out
  // 2,870 -> 2,873, dev 2,981 -> 2,981 (one lost, one gained), the tuned files 53,675 -> 53,670 of 54,946 (eight lost,
  // between help, unknown and models); retrained once more after the merge's fixes changed a few texts' features (one
  // tuned text gained, one lost).)
  // (Round fifty-five trained on every tuned file as well, these and the ones below, with that round's rules: round
  // fifty-six's blind files, written that round and read by nobody, 1,521 -> 1,534 of 1,729 with their 2 non-requests
  // acted on -> 0, round fifty-five's unseen files 1,594 -> 1,606 of 1,727, held-out 2,873 -> 2,874, dev 2,980 -> 2,980,
  // train 13,876 -> 13,872; but it moved 14 behaviour tests of earlier rounds in the first 102 of 430 intent test files
  // (a form asking "is this safe?" carried out, since fixed in form-reading.ts; clear requests asked about; remarks
  // asked about or read as history), more than that round could review, so the model was not shipped with it.)
  // (Round thirty-eight's style files of other languages, tuned-styles-northern, -southern and -eastwest, are read by the
  // rules but not trained on yet: trained on with the round's rules, train 13,865 / dev 2,985 / held-out 2,857 against
  // 13,866 / 2,984 / 2,858 without, and 13 behaviour tests of earlier rounds failing against 3, the classifier
  // overruling the rules on sentences outside the corpus, as in rounds sixteen, thirty and thirty-one.)
];

/**
 * What the classifier is trained on: the corpus's train split, and (the shipped model since round thirty-four, at
 * SETTINGS.tunedWeight) every text of the tuned files
 * that the corpus does not hold (a text labelled twice keeps the corpus's label) and that is not near a dev or test text
 * (word-set Jaccard ≥ NEAR_HELD: mostly short requests like "token 2h pls", which any writer types; training on them
 * would score the dev and held-out splits on near copies of their own texts, about 11% of the tuned texts in round
 * thirty). Rounds sixteen, seventeen, thirty, thirty-one and thirty-three measured it (held-out.test.ts); `tuned:
 * false` is the train split alone.
 */
export function trainingCases({ tuned = true } = {}) {
  const corpus = loadCorpus();
  const out = corpus.filter((c) => c.split === 'train');
  if (!tuned) return out;
  const fold = (t) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Set(corpus.map((c) => fold(c.text)));
  const near = nearTexts(corpus.filter((c) => c.split !== 'train').map((c) => c.text));
  for (const file of TUNED_FILES)
    for (const c of readCases(file)) {
      const key = fold(c.text);
      if (seen.has(key) || near(c.text) >= NEAR_HELD) continue;
      seen.add(key);
      out.push({ ...c, split: 'tuned' });
    }
  return out;
}

/**
 * The settings for these training cases: the L2 is per training text (the mean loss plus l2/2 · |W|²), so over the
 * train split and the tuned texts the same strength over the sum of the losses is the train split's l2 scaled by its
 * share (round thirty: at the unscaled 5e-5 the train split fell from 13,861 to 13,805 exact, at the scaled 2.2e-5 to
 * 13,856).
 */
export function settingsFor(train, settings = SETTINGS) {
  const trainSplit = train.filter((c) => c.split === 'train').length;
  return trainSplit === train.length
    ? settings
    : { ...settings, l2: (settings.l2 * trainSplit) / totalWeight(train, settings) };
}

/** How much a training case counts in the loss: a tuned text `tunedWeight` (1 if not set) of a train-split text. */
function caseWeight(c, settings) {
  return c.split === 'tuned' ? (settings.tunedWeight ?? 1) : 1;
}

function totalWeight(train, settings) {
  return train.reduce((sum, c) => sum + caseWeight(c, settings), 0);
}

/** How near (word-set Jaccard) a tuned text may come to a dev or test text and still be trained on. */
export const NEAR_HELD = 0.55;

/** The words of a text as a set: letters and digits, case folded. */
function wordSet(text) {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** A function giving, for a text, its highest word-set Jaccard against any of `texts` (an inverted index). */
export function nearTexts(texts) {
  const sets = texts.map(wordSet);
  const byWord = new Map();
  sets.forEach((set, i) => {
    for (const w of set) (byWord.get(w) ?? byWord.set(w, []).get(w)).push(i);
  });
  return (text) => {
    const own = wordSet(text);
    const shared = new Map();
    for (const w of own) for (const i of byWord.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best = 0;
    for (const [i, n] of shared) best = Math.max(best, n / (own.size + sets[i].size - n));
    return best;
  };
}

/**
 * The model for these training cases ({ text, intent }), given the parser's feature function.
 * Returns the model as written to intent-model.json, and training figures.
 */
export function trainIntentModel(train, intentFeatures, settings = SETTINGS) {
  const { epochs, learningRate, l2, minCount, decimals } = settings;
  const { minFiles } = settings;
  const round = (x) => {
    const r = Math.round(x * 10 ** decimals) / 10 ** decimals;
    return r === 0 ? 0 : r;
  };
  const original = train.map((c) => intentFeatures(c.text));
  // Each text's rows: its own features, then those of its variants that differ (counted as one text).
  const groups = train.map((c, n) => {
    const rows = [original[n]];
    const seen = new Set([[...new Set(original[n])].sort().join(' ')]);
    for (const t of augmentedTexts(c.text, settings.augment ?? [])) {
      const fs = intentFeatures(t);
      const key = [...new Set(fs)].sort().join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push(fs);
    }
    return rows;
  });
  const counts = new Map();
  for (const g of groups) for (const f of new Set(g.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  if (minFiles > 1) {
    // A feature of one author's texts only memorises that author: left out.
    const files = new Map();
    train.forEach((c, n) => {
      const file = (c.source ?? '').replace(/:\d+$/, '');
      for (const f of groups[n].flat()) (files.get(f) ?? files.set(f, new Set()).get(f)).add(file);
    });
    for (const [f, set] of files) if (set.size < minFiles) counts.delete(f);
  }
  const featureSets = groups.flat();
  // Features and intents in the order first seen in the training cases.
  const index = new Map();
  for (const fs of featureSets)
    for (const f of fs) if ((counts.get(f) ?? 0) >= minCount && !index.has(f)) index.set(f, index.size);
  const intents = [];
  for (const c of train) if (!intents.includes(c.intent)) intents.push(c.intent);
  const K = intents.length;
  const F = index.size;
  const rows = featureSets.map((fs) => [
    ...new Set(fs.map((f) => index.get(f)).filter((i) => i !== undefined)),
  ]);
  const labels = train.flatMap((c, n) => groups[n].map(() => intents.indexOf(c.intent)));
  // Each row's share of the loss: its case's weight (caseWeight); a variant row counts as a text of its own.
  const rowWeights = train.flatMap((c, n) => groups[n].map(() => caseWeight(c, settings)));
  const totalRowWeight = rowWeights.reduce((a, b) => a + b, 0);
  // L2 per weight: the rules' reading ("rule=…") may be held to a stronger one (ruleL2, a multiple).
  const l2Of = new Float64Array(F * K).fill(l2);
  if ((settings.ruleL2 ?? 1) !== 1)
    for (const [f, i] of index)
      if (f.startsWith('rule=')) l2Of.fill(l2 * settings.ruleL2, i * K, (i + 1) * K);
  const N = rows.length;

  // Weights: F rows of K, then the biases (not regularised).
  const size = (F + 1) * K;
  const w = new Float64Array(size);
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const z = new Float64Array(K);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  let loss = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    loss = 0;
    for (let n = 0; n < N; n++) {
      const row = rows[n];
      for (let k = 0; k < K; k++) z[k] = w[F * K + k];
      for (const i of row) for (let k = 0; k < K; k++) z[k] += w[i * K + k];
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (z[k] > max) max = z[k];
      let total = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k] - max);
        total += z[k];
      }
      loss -= (rowWeights[n] * Math.log(z[labels[n]] / total)) / totalRowWeight;
      for (let k = 0; k < K; k++) {
        const g = (rowWeights[n] * (z[k] / total - (k === labels[n] ? 1 : 0))) / totalRowWeight;
        z[k] = g;
        grad[F * K + k] += g;
      }
      for (const i of row) for (let k = 0; k < K; k++) grad[i * K + k] += z[k];
    }
    let penalty = 0;
    for (let j = 0; j < F * K; j++) {
      grad[j] += l2Of[j] * w[j];
      penalty += l2Of[j] * w[j] * w[j];
    }
    loss += penalty / 2;
    const c1 = 1 - beta1 ** epoch;
    const c2 = 1 - beta2 ** epoch;
    for (let j = 0; j < size; j++) {
      m[j] = beta1 * m[j] + (1 - beta1) * grad[j];
      v[j] = beta2 * v[j] + (1 - beta2) * grad[j] * grad[j];
      w[j] -= (learningRate * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + eps);
    }
  }

  const features = [];
  const weights = [];
  for (const [f, i] of index) {
    const row = Array.from(w.subarray(i * K, (i + 1) * K), round);
    if (row.every((x) => x === 0)) continue;
    features.push(f);
    weights.push(row);
  }
  const model = {
    note: 'Generated by scripts/train-intent-model.mjs from the train split and the tuned files of test/intent/data; do not edit.',
    trainedOn: N,
    settings,
    intents,
    features,
    bias: Array.from(w.subarray(F * K, (F + 1) * K), round),
    weights,
  };
  return { model, epochs, error: loss };
}

/** The file's text for a model: what `npm run train:intent` writes. */
export function modelText(model) {
  return `${JSON.stringify(model)}\n`;
}
