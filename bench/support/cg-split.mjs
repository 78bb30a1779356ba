// Splits a cachegrind count of a parse run into what V8 spent compiling and what it spent running the
// parser (round twenty-one, speed21). A `parse-passes.mjs <root> 4 8` count is mostly warm-up: of the
// instructions of passes 2–4 (the 4-pass count less the 1-pass count), TurboFan compiling functions
// that only get hot then was about 45% at the start of round twenty-one, so a change that removes a tenth
// of the parse work moves that figure by about 5%, within its noise (which functions get compiled
// when). The "run" line here leaves the compilers out.
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/tmp/cg.b4 \
//     node --single-threaded bench/support/parse-passes.mjs <root> 4 8
//   (and the same with passes 1 into /tmp/cg.b1), then:
//   node bench/support/cg-split.mjs /tmp/cg.b4 [/tmp/cg.b1]      # with two files: the first less the second
// Needs cg_annotate (valgrind). Categories are by symbol name; JIT code (the parser's optimised and
// baseline code and the regex engine's native code) has no symbol and counts as "JIT code".
import process from 'node:process';
import console from 'node:console';
import { execFileSync } from 'node:child_process';

const CATEGORIES = [
  ['JIT code (JS, regex native)', (f) => f === '???:???'],
  ['TurboFan compiler', (f) => f.includes('compiler::')],
  [
    'regex compiler',
    (f) =>
      !f.includes('Builtins_') &&
      /RegExp(?!MacroAssembler::IsCharacterInRangeArray)|CharacterRange|TextNode|ChoiceNode|icu_|u_charType|Trace::|BoyerMoore|QuickCheck/.test(
        f,
      ),
  ],
  [
    'JS parser, bytecode, baseline compiler',
    (f) => /interpreter::|baseline::|Parser|Scanner|AstNode|BytecodeGenerator|Scope::/.test(f),
  ],
  ['C++ std containers (mostly compilers)', (f) => f.includes('std::')],
  ['IC builtins', (f) => /Builtins_(Keyed)?(Load|Store|Define)\w*IC/.test(f)],
  ['regex builtins', (f) => /Builtins_(RegExp|StringPrototype(Replace|Match|Search|Split))/.test(f)],
  ['other builtins', (f) => f.includes('Builtins_')],
  ['GC', (f) => /Heap|Scaveng|MarkCompact|Sweeper|Marking|Evacuat|RememberedSet|Slot/.test(f)],
  ['libc', (f) => /libc|\.S:|malloc|free/.test(f)],
  ['other C++ runtime', () => true],
];
const COMPILING = new Set([
  'TurboFan compiler',
  'regex compiler',
  'JS parser, bytecode, baseline compiler',
  'C++ std containers (mostly compilers)',
]);

function countsOf(file) {
  const out = execFileSync('cg_annotate', ['--threshold=0', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const byCategory = new Map(CATEGORIES.map(([name]) => [name, 0]));
  let total = 0;
  for (const line of out.split('\n')) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S.*)$/.exec(line);
    if (m === null || m[2] === 'PROGRAM TOTALS') continue;
    // (Only the per-function table: its rows name a file and a function.)
    if (!m[2].includes(':')) continue;
    const n = Number(m[1].replaceAll(',', ''));
    const name = CATEGORIES.find(([, test]) => test(m[2]))?.[0] ?? 'other C++ runtime';
    byCategory.set(name, (byCategory.get(name) ?? 0) + n);
    total += n;
  }
  return { byCategory, total };
}

const [file, less] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: node bench/support/cg-split.mjs <cachegrind.out> [<cachegrind.out to subtract>]');
  process.exit(2);
}
const a = countsOf(file);
const b = less === undefined ? null : countsOf(less);
const g = (n) => `${(n / 1e9).toFixed(3).padStart(8)} G`;
let run = 0;
const total = a.total - (b?.total ?? 0);
for (const [name] of CATEGORIES) {
  const n = (a.byCategory.get(name) ?? 0) - (b?.byCategory.get(name) ?? 0);
  if (!COMPILING.has(name)) run += n;
  console.log(`${g(n)} ${((100 * n) / total).toFixed(1).padStart(5)}%  ${name}`);
}
console.log(`${g(total)}        total`);
console.log(`${g(run)} ${((100 * run) / total).toFixed(1).padStart(5)}%  run (total less the compilers)`);
