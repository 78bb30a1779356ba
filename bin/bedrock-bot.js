#!/usr/bin/env node
// The package entry point: runs the compiled CLI (built by `npm ci` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error(
    'bedrock-bot is not built yet. Run `npm ci` (or `npm run build`) in the project folder first.',
  );
  process.exit(1);
}
const { main } = await import(cli.href);
await main(process.argv.slice(2));
