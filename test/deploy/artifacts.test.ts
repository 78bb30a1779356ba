/**
 * The deployment artifacts a platform team pastes or builds: they must match what the code needs.
 */
import { readFileSync } from 'node:fs';
import { REQUEST_SHORTCUT_CALLBACK } from '../../src/render/request-form.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REQUIRED_BOT_SCOPES } from '../../src/doctor/doctor.js';

const root = join(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

interface Manifest {
  features: {
    slash_commands: { command: string; should_escape: boolean }[];
    bot_user: { display_name: string };
    app_home: { home_tab_enabled: boolean };
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

describe('manifest.yml', () => {
  const manifest = parse(read('manifest.yml')) as Manifest;

  it('creates the /bedrock command, the events and interactivity in Socket Mode', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/bedrock']);
    // Escaped, so mentions and channels arrive as <@U…> and <#C…> for the parser.
    expect(manifest.features.slash_commands[0]?.should_escape).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.im',
    ]);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    // The request form's global shortcut, within the schema's limits (name ≤ 24, description ≤ 150).
    const [shortcut] = manifest.features.shortcuts;
    expect(shortcut).toMatchObject({ type: 'global', callback_id: REQUEST_SHORTCUT_CALLBACK });
    expect(shortcut?.name.length).toBeLessThanOrEqual(24);
    expect(shortcut?.description.length).toBeLessThanOrEqual(150);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it('asks for exactly the scopes the bot uses (the ones doctor checks, plus usergroups:read for an admin group)', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [...REQUIRED_BOT_SCOPES, 'usergroups:read'].sort(),
    );
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1] ?? '');

  it('is multi-stage on a current Node LTS image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const image of stages) expect(image).toMatch(/^node:(22|24)[.-]/);
  });

  it('installs production dependencies only, runs as a non-root user and starts node directly', () => {
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(runtime).toMatch(/^USER node$/m);
    const cmd = /^CMD (\[.*\])$/m.exec(runtime)?.[1];
    expect(cmd).toBeDefined();
    const argv = JSON.parse(cmd ?? '[]') as string[];
    expect(argv[0]).toBe('node');
    expect(argv.slice(-2)).toEqual(['bin/bedrock-bot.js', 'start']);
    // The container runs node exactly as `npm start` does (the benchmark measures that command).
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(argv.join(' ')).toBe(pkg.scripts.start);
    expect(runtime).not.toMatch(/^(CMD|ENTRYPOINT).*npm/m);
  });

  it('HEALTHCHECK passes only while the listener answers /healthz, and fails when nothing listens', async () => {
    const { execFile } = await import('node:child_process');
    const { createServer } = await import('node:http');
    const line = /^HEALTHCHECK .* CMD node -e "(.*)"$/m.exec(dockerfile)?.[1];
    expect(line).toBeDefined();
    const probe = (port: number): Promise<number> =>
      new Promise((resolve) => {
        const child = execFile(process.execPath, ['-e', line ?? ''], {
          env: { ...process.env, PORT: String(port) },
        });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/healthz' ? 200 : 404);
      res.end('{"ok":true}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    expect(await probe(port)).toBe(0);
    await new Promise<void>((r) => server.close(() => r()));
    expect(await probe(port)).toBe(1);
    const failing = createServer((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    await new Promise<void>((r) => failing.listen(0, '127.0.0.1', r));
    expect(await probe((failing.address() as { port: number }).port)).toBe(1);
    await new Promise<void>((r) => failing.close(() => r()));
  });

  it('keeps everything needed at run time out of devDependencies', () => {
    const pkg = JSON.parse(read('package.json')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const runtimeDep of [
      '@slack/bolt',
      '@slack/web-api',
      '@aws-sdk/client-iam',
      '@aws-sdk/client-sts',
      '@aws-sdk/client-bedrock',
      '@aws/bedrock-token-generator',
      'pino',
      'better-sqlite3',
      'pg',
      'prom-client',
      'valibot',
      'commander',
    ]) {
      expect(pkg.dependencies[runtimeDep], runtimeDep).toBeDefined();
    }
  });
});

describe('.env.example', () => {
  it('documents every setting the config loader reads', () => {
    const example = read('.env.example');
    const loader = read('src/config/load-config.ts');
    const schemaBlock = loader.slice(
      loader.indexOf('const schema = v.object({'),
      loader.indexOf('});', loader.indexOf('const schema = v.object({')),
    );
    const settings = [...schemaBlock.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1] ?? '');
    expect(settings.length).toBeGreaterThan(20);
    for (const setting of settings.filter((s) => !['AWS_REGION', 'AWS_ENDPOINT_URL', 'HOST'].includes(s))) {
      expect(example, setting).toContain(setting);
    }
  });
});

describe('the supported runtime and set-up text', () => {
  it('Node 22: engines, the Docker image and the README agree', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=22');
    expect(read('Dockerfile')).toMatch(/^FROM node:22-/m);
    expect(read('README.md')).toContain('Needs **Node.js 22**');
  });

  it('the README names the build tools better-sqlite3 needs without a prebuilt binary', () => {
    expect(read('README.md')).toContain('python3, make and a C++ compiler (g++)');
  });

  it("HTTP mode: the README uses the manifest's own field names (url on the slash command)", () => {
    const readme = read('README.md');
    // Slack's manifest schema (app-manifests.v1.features.slash_commands): slash commands take `url`;
    // event subscriptions and interactivity take `request_url`.
    expect(readme).toContain('`url: https://your-host/slack/events` on the slash command');
    expect(readme).toContain(
      '`request_url: https://your-host/slack/events` under `settings.event_subscriptions`',
    );
  });
});
