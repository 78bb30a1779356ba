import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DRY_RUN_LABEL, runConsole } from '../../src/console/console.js';
import type { Requester } from '../../src/core/requester.js';
import { createExampleAwsPort } from '../../src/dry-run/example-aws-port.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock } from '../fakes/fake-clock.js';
import { createStubEngine, type StubEngine } from './stub-engine.js';

interface Session {
  input: PassThrough;
  output: () => string;
  done: Promise<number>;
  engine: StubEngine;
  /** Resolves once the output contains `text` (after `from` characters). */
  waitFor(text: string | RegExp, from?: number): Promise<void>;
}

function start(
  opts: { dryRun?: boolean; terminal?: boolean; engine?: StubEngine; operator?: Partial<Requester> } = {},
): Session {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  const waiters: { test: () => boolean; resolve: () => void }[] = [];
  output.on('data', (c: Buffer) => {
    out += c.toString('utf8');
    for (const w of [...waiters]) {
      if (w.test()) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const dryRun = opts.dryRun ?? true;
  const engine = opts.engine ?? createStubEngine(createExampleAwsPort(new FakeClock()));
  const done = runConsole({
    engine,
    input,
    output,
    dryRun,
    operator: opts.operator ?? { displayName: 'ana' },
    ...(opts.terminal === undefined ? {} : { terminal: opts.terminal }),
  });
  return {
    input,
    output: () => out,
    done,
    engine,
    waitFor: (text, from = 0) =>
      new Promise<void>((resolve, reject) => {
        const test = () =>
          typeof text === 'string' ? out.slice(from).includes(text) : text.test(out.slice(from));
        if (test()) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${String(text)} in:\n${out}`)),
          5000,
        );
        waiters.push({ test, resolve: () => (clearTimeout(timer), resolve()) });
      }),
  };
}

/** Types the lines, then Ctrl-D (end of input); returns the exit code and everything printed. */
async function session(
  lines: string[],
  opts: Parameters<typeof start>[0] = {},
): Promise<{ code: number; out: string; engine: StubEngine }> {
  const s = start(opts);
  s.input.end(lines.map((l) => `${l}\n`).join(''));
  const code = await s.done;
  return { code, out: s.output(), engine: s.engine };
}

describe('the local console', () => {
  it('in a dry run, says so at the start and explains how to connect to AWS', async () => {
    const { code, out } = await session([]);
    expect(code).toBe(0);
    expect(out).toContain('you are ana (local operator, admin)');
    expect(out).toContain(DRY_RUN_LABEL);
    expect(out).toContain('AWS_ACCESS_KEY_ID');
    expect(out).toContain('AWS_PROFILE');
    expect(out).toMatch(/instance, container or pod role/);
    expect(out).toContain('then restart');
    expect(out).toContain('npx bedrock-bot doctor');
    expect(out).toContain('bedrock> ');
  });

  it('type "token 2h": the labelled, private example token', async () => {
    const { code, out, engine } = await session(['token 2h']);
    expect(code).toBe(0);
    expect(out).toContain(`[${DRY_RUN_LABEL}]`);
    expect(out).toContain('── bedrock-bot (only you can see this) · DRY RUN ──');
    expect(out).toMatch(/bedrock-api-key-EXAMPLE/);
    expect(engine.texts).toEqual([
      {
        requester: {
          userId: 'local-operator',
          email: null,
          displayName: 'ana',
          isAdmin: true,
          isRestricted: false,
        },
        text: 'token 2h',
        surface: 'console',
      },
    ]);
  });

  it('type "create key for marketing", pick 1 (Confirm): the key is created and shown', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const engine = createStubEngine(aws);
    const { code, out } = await session(['create key for marketing', '1'], { engine });
    expect(code).toBe(0);
    expect(out).toContain('[1] Confirm');
    expect(out).toContain('[2] Cancel');
    expect(out).toContain('Type a number to choose (dry run: nothing real happens).');
    expect(engine.actions).toEqual([
      {
        requester: expect.objectContaining({ userId: 'local-operator', isAdmin: true }),
        action: 'confirm',
        requestId: 'req-1',
        surface: 'console',
      },
    ]);
    expect(out).toContain('── bedrock-bot (updates the earlier message) · DRY RUN ──');
    expect(out).toMatch(/ABSKEXAMPLE/);
    const user = await aws.getUser('marketing-bedrock-user');
    expect(user.ok && user.value?.userName).toBe('marketing-bedrock-user');
    // Every reply in the dry run is labelled.
    expect(out.split(`[${DRY_RUN_LABEL}]`).length - 1).toBe(2);
  });

  it('pick 2 (Cancel): nothing is created', async () => {
    const aws = new FakeAws({ clock: new FakeClock() });
    const engine = createStubEngine(aws);
    const { out } = await session(['create key for marketing', '2'], { engine, dryRun: false });
    expect(engine.actions.map((a) => a.action)).toEqual(['cancel']);
    expect(aws.mutatingCalls()).toEqual([]);
    expect(out).not.toContain(DRY_RUN_LABEL);
    expect(out).toContain('Connected to AWS: requests act for real');
  });

  it('a number when nothing is offered, or out of range, does nothing', async () => {
    const { out, engine } = await session(['1', 'create key for marketing', '7', 'token', '1']);
    expect(out).toContain('There is nothing to choose: the last reply offered no buttons.');
    expect(out).toContain('Choose a number from 1 to 2.');
    // After the token reply, 1 is that reply's button (Dismiss), no longer the plan's Confirm.
    expect(engine.actions.map((a) => a.action)).toEqual(['dismiss']);
    expect(engine.texts.map((t) => t.text)).toEqual(['create key for marketing', 'token']);
  });

  it('asks again before a button with a confirmation dialog, as Slack does', async () => {
    const aws = new FakeAws({ clock: new FakeClock() });
    aws.seedUser({ userName: 'legacy-bedrock-user' });
    const engine = createStubEngine(aws);
    const { out } = await session(['delete legacy', '1', 'no', '1', 'y'], { engine, dryRun: false });
    expect(out).toContain('[1] Deprovision (!)');
    expect(out).toContain('Are you sure?: This permanently deletes');
    expect(out).toContain('Yes, delete? [y/N] ');
    expect(out).toContain('Not pressed.');
    expect(engine.actions.map((a) => [a.action, a.requestId])).toEqual([['confirm', 'req-1']]);
    expect(aws.callsTo('deleteUser')).toEqual([['legacy-bedrock-user']]);
  });

  it('a request typed at a [y/N] question is not pressed, and is answered as a new request', async () => {
    const aws = new FakeAws({ clock: new FakeClock() });
    aws.seedUser({ userName: 'legacy-bedrock-user' });
    const engine = createStubEngine(aws);
    const { out } = await session(['delete legacy', '1', 'token 2h'], { engine, dryRun: false });
    expect(out).toContain('Yes, delete? [y/N] ');
    expect(out).toContain('Not pressed.');
    expect(engine.actions).toEqual([]);
    expect(engine.texts.map((t) => t.text)).toEqual(['delete legacy', 'token 2h']);
    expect(aws.callsTo('deleteUser')).toEqual([]);
    expect(aws.callsTo('issueBearerToken')).toHaveLength(1);
  });

  it('help: how the console works, then what the bot can do', async () => {
    const { out, engine } = await session(['help']);
    expect(out).toContain('type the number of a choice to press it');
    expect(out).toContain('Ctrl-C clears the line');
    expect(engine.texts.map((t) => t.text)).toEqual(['help']);
  });

  it('exit and quit leave with 0, ignoring what follows', async () => {
    for (const word of ['exit', 'QUIT']) {
      const { code, out, engine } = await session([word, 'token']);
      expect(code).toBe(0);
      expect(out).toContain('Bye.');
      expect(engine.texts).toEqual([]);
    }
  });

  it('an engine error is reported and the session goes on', async () => {
    const { code, out, engine } = await session(['boom', 'silence', 'token']);
    expect(code).toBe(0);
    expect(out).toContain('✗ The bot failed unexpectedly: stub engine exploded');
    expect(out).toContain('(no reply)');
    expect(engine.texts.map((t) => t.text)).toEqual(['boom', 'silence', 'token']);
  });

  it('labels where each message would go: approvers, with their buttons numbered', async () => {
    const s = start({ operator: { displayName: 'bo', isAdmin: false } });
    s.input.write('create key for marketing\n');
    await s.waitFor('Type a number to choose');
    expect(s.output()).toContain('── bedrock-bot → approvers (the approval channel in Slack) · DRY RUN ──');
    // Whatever other buttons the reply has, the number shown for Approve presses Approve.
    const approve = /\[(\d+)\] Approve/.exec(s.output().split('→ approvers')[1] ?? '');
    const choose = /Choose: .*\[(\d+)\] Approve/.exec(s.output());
    const n = choose?.[1] ?? approve?.[1];
    expect(n).toBeDefined();
    s.input.end(`${n ?? ''}\n`);
    expect(await s.done).toBe(0);
    expect(s.engine.actions.map((a) => a.action)).toEqual(['approve']);
  });

  it('with buttons in several messages, lists them once more, numbered across the reply', async () => {
    const aws = createExampleAwsPort(new FakeClock());
    const inner = createStubEngine(aws);
    const engine: StubEngine = {
      ...inner,
      handleText: async (input) => {
        const a = await inner.handleText({ ...input, text: 'create key for marketing' });
        const b = await inner.handleText({ ...input, text: 'create key for sales' });
        return { at: a.at, deliveries: [...a.deliveries, ...b.deliveries] };
      },
    };
    const s = start({ engine });
    s.input.end('two plans\n3\n');
    expect(await s.done).toBe(0);
    expect(s.output()).toContain('Choose: [1] Confirm  [2] Cancel  [3] Confirm  [4] Cancel');
    expect(inner.actions.map((a) => [a.action, a.requestId])).toEqual([['confirm', 'req-2']]);
  });

  it('answers lines one at a time, in order, even when typed ahead', async () => {
    const s = start();
    s.input.write('token 1h\ncreate key for sales\n1\n');
    await s.waitFor('ABSKEXAMPLE');
    const out = s.output();
    expect(out.indexOf('bedrock-api-key-EXAMPLE')).toBeLessThan(out.indexOf('[1] Confirm'));
    expect(out.indexOf('[1] Confirm')).toBeLessThan(out.indexOf('ABSKEXAMPLE'));
    s.input.end();
    expect(await s.done).toBe(0);
  });

  describe('on a terminal', () => {
    it('recalls the previous line with the up arrow', async () => {
      const s = start({ terminal: true });
      s.input.write('token 2h\r');
      await s.waitFor('bedrock-api-key-EXAMPLE');
      const mark = s.output().length;
      s.input.write('\x1b[A\r');
      await s.waitFor('bedrock-api-key-EXAMPLE', mark);
      expect(s.engine.texts.map((t) => t.text)).toEqual(['token 2h', 'token 2h']);
      s.input.write('\x04');
      expect(await s.done).toBe(0);
    });

    it('Ctrl-C on a half-typed line clears it, as a shell does; Ctrl-C on an empty line leaves with 0', async () => {
      const s = start({ terminal: true });
      await s.waitFor('bedrock> ');
      s.input.write('half a requ');
      s.input.write('\x03');
      await s.waitFor('^C');
      s.input.write('token 2h\r');
      await s.waitFor('bedrock-api-key-EXAMPLE');
      // The cleared text was never sent, and the session went on.
      expect(s.engine.texts.map((t) => t.text)).toEqual(['token 2h']);
      expect(s.output()).not.toContain('Bye.');
      s.input.write('\x03');
      expect(await s.done).toBe(0);
      expect(s.output()).toContain('Bye.');
    });

    it('Ctrl-D leaves cleanly with 0', async () => {
      const s = start({ terminal: true });
      await s.waitFor('bedrock> ');
      s.input.write('\x04');
      expect(await s.done).toBe(0);
      expect(s.output()).toContain('Bye.');
    });
  });
});
