// @ts-check
/**
 * The layer rules of src/, as ONE table and ONE ESLint rule.
 *
 * Each folder under src/ is a layer. A file may import:
 *   - files of its own layer;
 *   - files of the layers listed in `layers` ('*' = any layer);
 *   - packages matching `packages` ('*' = any package, minus `forbiddenPackages`);
 *   - Node's built-in modules only when `builtins` is true.
 * Everything else is reported. A folder missing from the table is reported too, so a new folder
 * cannot slip in without a rule. Relative imports are resolved against the importing file, so the
 * rule holds at any depth of nesting. README.md's Development section describes this table.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Packages only one layer may import: the AWS SDK (aws/), database drivers (ledger/), Bolt (slack/). */
const AWS_SDK = ['@aws-sdk/*', '@aws/*', '@smithy/*'];
const DATABASE_DRIVERS = ['better-sqlite3', 'pg', 'postgres'];
const BOLT = ['@slack/bolt'];

/** Front ends and app/ compose every layer; they still reach AWS, the database and Bolt through them. */
const COMPOSER = {
  layers: '*',
  packages: '*',
  forbiddenPackages: [...AWS_SDK, ...DATABASE_DRIVERS, ...BOLT],
  builtins: true,
};

/**
 * @typedef {{ layers: string[] | '*', packages: string[] | '*', forbiddenPackages?: string[], builtins: boolean }} LayerRule
 * @type {Record<string, LayerRule>}
 */
export const LAYERS = {
  core: { layers: [], packages: [], builtins: false },
  intent: { layers: ['core'], packages: ['@nlpjs/*', 'wink-*'], builtins: false },
  render: { layers: ['core'], packages: [], builtins: false },
  aws: { layers: ['core', 'log'], packages: [...AWS_SDK], builtins: true },
  ledger: { layers: ['core', 'log'], packages: [...DATABASE_DRIVERS], builtins: true },
  slack: { layers: ['core', 'render', 'log'], packages: ['@slack/*'], builtins: true },
  log: { layers: ['core'], packages: ['pino', 'pino-pretty'], builtins: true },
  config: { layers: ['core'], packages: ['valibot'], builtins: true },
  console: COMPOSER,
  cli: COMPOSER,
  doctor: COMPOSER,
  'dry-run': COMPOSER,
  app: COMPOSER,
};

/** @param {string} pattern a package name, `scope/*` or `prefix-*` */
function globToRegExp(pattern) {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** @param {string} name @param {string[]} patterns */
function matchesAny(name, patterns) {
  return patterns.some((pattern) => globToRegExp(pattern).test(name));
}

/** @param {string} source the import specifier of a package, e.g. `@aws-sdk/client-iam/dist` */
function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : /** @type {string} */ (parts[0]);
}

const BUILTINS = new Set(builtinModules);

/**
 * Why `source`, imported from the file `filename` (absolute) of `layer`, breaks the table; undefined if it does not.
 * @param {string} srcRoot absolute path of src/
 * @param {string} filename
 * @param {string} source
 * @returns {string | undefined}
 */
export function layerViolation(srcRoot, filename, source) {
  const layer = path.relative(srcRoot, filename).split(path.sep)[0] ?? '';
  const rule = LAYERS[layer];
  if (!rule) return `src/${layer} has no layer rule: add it to LAYERS in eslint/layers.js.`;

  if (source.startsWith('.') || source.startsWith('/')) {
    const target = path.relative(srcRoot, path.resolve(path.dirname(filename), source));
    const parts = target.split(path.sep);
    if (parts[0] === '..' || parts.length < 2)
      return `src/${layer} may not import files outside src/ (${source}).`;
    const targetLayer = /** @type {string} */ (parts[0]);
    if (targetLayer === layer) return undefined;
    if (rule.layers === '*' ? !(targetLayer in LAYERS) : !rule.layers.includes(targetLayer)) {
      return `src/${layer} may not import src/${targetLayer} (${source}); it may import ${describeLayers(rule)}.`;
    }
    return undefined;
  }

  if (source.startsWith('node:') || BUILTINS.has(packageName(source))) {
    return rule.builtins ? undefined : `src/${layer} does no I/O: it may not import Node's ${source}.`;
  }
  const name = packageName(source);
  const allowed =
    rule.packages === '*'
      ? !matchesAny(name, rule.forbiddenPackages ?? [])
      : matchesAny(name, rule.packages) && !matchesAny(name, rule.forbiddenPackages ?? []);
  if (allowed) return undefined;
  return `src/${layer} may not import the package ${name}; ${describePackages(layer, rule, name)}`;
}

/** @param {LayerRule} rule */
function describeLayers(rule) {
  if (rule.layers === '*') return 'any layer';
  return rule.layers.length ? rule.layers.map((l) => `src/${l}`).join(', ') : 'nothing outside itself';
}

/** @param {string} layer @param {LayerRule} rule @param {string} name */
function describePackages(layer, rule, name) {
  const owner = Object.entries(LAYERS).find(
    ([other, r]) => other !== layer && Array.isArray(r.packages) && matchesAny(name, r.packages),
  );
  if (owner) return `only src/${owner[0]} may.`;
  if (rule.packages === '*') return 'it is reserved for another layer.';
  return rule.packages.length ? `it may import ${rule.packages.join(', ')}.` : 'it imports no packages.';
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder of src/ imports only what its layer allows (eslint/layers.js).' },
    schema: [],
    messages: { layer: '{{why}}' },
  },
  create(context) {
    const srcRoot = path.resolve(context.cwd, 'src');
    const filename = path.resolve(context.cwd, context.filename);
    /** @param {any} node @param {any} sourceNode */
    function check(node, sourceNode) {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const why = layerViolation(srcRoot, filename, sourceNode.value);
      if (why) context.report({ node, messageId: 'layer', data: { why } });
    }
    const layer = path.relative(srcRoot, filename).split(path.sep)[0] ?? '';
    return {
      /** @param {any} node */
      Program: (node) => {
        if (!LAYERS[layer]) {
          const why = `src/${layer} has no layer rule: add it to LAYERS in eslint/layers.js.`;
          context.report({ node, messageId: 'layer', data: { why } });
        }
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      /** @param {any} node `import x = require('y')` and `import('y')` types */
      TSExternalModuleReference: (node) => check(node, node.expression),
      /** @param {any} node */
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};

export const layersPlugin = { rules: { imports: importsRule } };
