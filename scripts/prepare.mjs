// Runs on `npm ci` / `npm install`: compiles TypeScript to dist/ so `npx bedrock-bot` works right away.
// In a production install (`npm ci --omit=dev`) TypeScript is absent: then dist/ must already exist
// (the Docker build stage copies it in), and we say so plainly instead of failing obscurely.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  tsc = null;
}

if (tsc === null) {
  if (existsSync('dist/cli/main.js')) process.exit(0);
  console.error(
    'prepare: TypeScript is not installed and dist/ is missing; run `npm ci` with dev dependencies, or build first.',
  );
  process.exit(1);
}
const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
