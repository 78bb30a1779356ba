/**
 * The layer rules of README's Development section hold: a probe file that breaks any of them fails
 * `npm run lint`, and a probe that keeps to them passes. Probes are linted through ESLint's API with
 * the project's own eslint.config.js, as if they sat at the given path inside src/.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const forbidden: Array<[file: string, code: string]> = [
  // core/ imports nothing outside core/ and no package
  ['src/core/probe.ts', "import { App } from '@slack/bolt';"],
  ['src/core/probe.ts', "import { readFileSync } from 'node:fs';"],
  ['src/core/probe.ts', "import { readFileSync } from 'fs';"],
  ['src/core/probe.ts', "import { pino } from 'pino';"],
  ['src/core/probe.ts', "import { IAMClient } from '@aws-sdk/client-iam';"],
  ['src/core/probe.ts', "import type { Logger } from '../log/logger.js';"],
  ['src/core/probe.ts', "import { renderOutcome } from '../render/render-outcome.js';"],
  ['src/core/probe.ts', "import { parseRequest } from '../intent/parse-request.js';"],
  ['src/core/probe.ts', "export { createSlackApp } from '../slack/slack-app.js';"],
  ['src/core/probe.ts', "export * from '../slack/slack-app.js';"],
  ['src/core/probe.ts', "const m = await import('../slack/slack-app.js'); export { m };"],
  ['src/core/nested/probe.ts', "import { createLogger } from '../../log/logger.js';"],
  ['src/core/probe.ts', "import type { X } from '../../test/fakes/fake-aws.js';"],
  // intent/ imports core/ and its NLP libraries only
  ['src/intent/probe.ts', "import { renderOutcome } from '../render/render-outcome.js';"],
  ['src/intent/probe.ts', "import { readFileSync } from 'node:fs';"],
  ['src/intent/probe.ts', "import natural from 'natural';"],
  // render/ imports core/ only
  ['src/render/probe.ts', "import type { Block } from '@slack/bolt';"],
  ['src/render/probe.ts', "import { parseRequest } from '../intent/parse-request.js';"],
  ['src/render/probe.ts', "import { loadConfig } from '../config/load-config.js';"],
  // aws/ imports core/ and the AWS SDK
  ['src/aws/probe.ts', "import { App } from '@slack/bolt';"],
  ['src/aws/probe.ts', "import { renderOutcome } from '../render/render-outcome.js';"],
  ['src/aws/probe.ts', "import Database from 'better-sqlite3';"],
  // ledger/ imports core/ and its database driver
  ['src/ledger/probe.ts', "import { IAMClient } from '@aws-sdk/client-iam';"],
  ['src/ledger/probe.ts', "import { renderOutcome } from '../render/render-outcome.js';"],
  // slack/ imports core/, render/ and Bolt
  ['src/slack/probe.ts', "import { IAMClient } from '@aws-sdk/client-iam';"],
  ['src/slack/probe.ts', "import { parseRequest } from '../intent/parse-request.js';"],
  ['src/slack/probe.ts', "import { createSqliteLedger } from '../ledger/sqlite-ledger.js';"],
  ['src/slack/probe.ts', "import Database from 'better-sqlite3';"],
  // front ends compose, but still reach AWS, the database and Bolt through their layers
  ['src/console/probe.ts', "import { IAMClient } from '@aws-sdk/client-iam';"],
  ['src/cli/probe.ts', "import Database from 'better-sqlite3';"],
  ['src/app/probe.ts', "import { App } from '@slack/bolt';"],
  // a folder without a rule
  ['src/newfolder/probe.ts', 'export const x = 1;'],
  // only src/config reads process.env
  ['src/slack/probe.ts', 'export const token = process.env.SLACK_BOT_TOKEN;'],
  ['src/app/probe.ts', "import { env } from 'node:process'; export const t = env.X;"],
];

const allowed: Array<[file: string, code: string]> = [
  ['src/core/probe.ts', "import type { ParseResult } from './request.js'; export type P = ParseResult;"],
  [
    'src/core/nested/probe.ts',
    "import type { ParseResult } from '../request.js'; export type P = ParseResult;",
  ],
  [
    'src/intent/probe.ts',
    "import { NeuralNetwork } from '@nlpjs/neural'; import type { ParseResult } from '../core/request.js'; export { NeuralNetwork }; export type P = ParseResult;",
  ],
  [
    'src/intent/probe.ts',
    "import { containerBootstrap } from '@nlpjs/core'; import winkNLP from 'wink-nlp'; export { containerBootstrap, winkNLP };",
  ],
  ['src/render/probe.ts', "import type { Outcome } from '../core/outcome.js'; export type O = Outcome;"],
  [
    'src/aws/probe.ts',
    "import { IAMClient } from '@aws-sdk/client-iam'; import { getTokenProvider } from '@aws/bedrock-token-generator'; import type { HttpRequest } from '@smithy/protocol-http'; import { ok } from '../core/result.js'; export { IAMClient, getTokenProvider, ok }; export type H = HttpRequest;",
  ],
  [
    'src/ledger/probe.ts',
    "import Database from 'better-sqlite3'; import pg from 'pg'; import postgres from 'postgres'; import type { LedgerPort } from '../core/ledger-port.js'; export { Database, pg, postgres }; export type L = LedgerPort;",
  ],
  [
    'src/slack/probe.ts',
    "import { App } from '@slack/bolt'; import { WebClient } from '@slack/web-api'; import { toBlockKit } from '../render/block-kit.js'; import type { Logger } from '../log/logger.js'; import { request } from 'node:https'; export { App, WebClient, toBlockKit, request }; export type L = Logger;",
  ],
  ['src/config/probe.ts', 'export const token = process.env.SLACK_BOT_TOKEN;'],
  [
    'src/app/probe.ts',
    "import { createSlackApp } from '../slack/slack-app.js'; import { createSqliteLedger } from '../ledger/sqlite-ledger.js'; import { readFileSync } from 'node:fs'; export { createSlackApp, createSqliteLedger, readFileSync };",
  ],
  [
    'src/cli/probe.ts',
    "import { Command } from 'commander'; import { createEngine } from '../core/engine.js'; export { Command, createEngine };",
  ],
];

describe('layer rules', () => {
  it.each(forbidden)('%s: `%s` fails lint', async (file, code) => {
    const found = await problems(file, code);
    expect(
      found.some((p) => /^(layers\/imports|no-restricted-properties|no-restricted-imports):/.test(p)),
    ).toBe(true);
  });

  it.each(allowed)('%s: `%s` passes lint', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it('every folder of src/ has a layer rule that no later block replaces', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    for (const folder of folders) {
      const config = await eslint.calculateConfigForFile(`src/${folder}/probe.ts`);
      expect(config.rules['layers/imports'], folder).toEqual([2]);
      expect(await problems(`src/${folder}/probe.ts`, 'export const x = 1;'), folder).toEqual([]);
    }
  });
});

describe("README's layer table", () => {
  it('says exactly what eslint/layers.js enforces, for every folder', async () => {
    const { readFileSync } = await import('node:fs');
    type Rule = { layers: string[] | '*'; packages: string[] | '*'; builtins: boolean };
    const layersModule: string = '../../eslint/layers.js';
    const { LAYERS } = (await import(layersModule)) as { LAYERS: Record<string, Rule> };
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| folder')).split('\n\n')[0] ?? '';
    const names = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    const described = new Map<string, unknown>();
    for (const row of table.split('\n').slice(2)) {
      const [folders = '', layers = '', packages = '', builtins = ''] = row.split('|').slice(1, -1);
      const rule = {
        layers: layers.trim() === 'any' ? '*' : names(layers).map((n) => n.replace(/\/$/, '')),
        packages: packages.trim().startsWith('any but') ? '*' : names(packages),
        builtins: builtins.trim() === 'yes',
      };
      for (const folder of names(folders)) described.set(folder.replace(/\/$/, ''), rule);
    }
    expect([...described.keys()].sort()).toEqual(Object.keys(LAYERS).sort());
    for (const [folder, rule] of Object.entries(LAYERS)) {
      expect(described.get(folder), folder).toEqual({
        layers: rule.layers,
        packages: rule.packages,
        builtins: rule.builtins,
      });
    }
  });
});

describe('Block Kit is built in src/render only', () => {
  const section = "export const b = { type: 'section', text: { type: 'mrkdwn', text: 'hi' } };";
  it.each(['src/slack/probe.ts', 'src/core/probe.ts', 'src/console/probe.ts', 'src/slack/app-home/probe.ts'])(
    '%s: a section block literal fails lint',
    async (file) => {
      expect((await problems(file, section)).some((p) => p.startsWith('no-restricted-syntax:'))).toBe(true);
    },
  );

  it('src/render/probe.ts: the same literal passes lint', async () => {
    expect(await problems('src/render/probe.ts', section)).toEqual([]);
  });
});
