// Prints the AWS Regions the installed AWS SDK knows (partition, code, description) as JSON lines.
// test/core/aws-regions.test.ts uses it to prove src/core/aws-regions.ts lists every one of them.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const core = dirname(require.resolve('@aws-sdk/core/package.json'));
const source = readFileSync(
  join(core, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'),
  'utf8',
);
const json = source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1);
const info = JSON.parse(json);
for (const partition of info.partitions) {
  for (const [code, { description }] of Object.entries(partition.regions)) {
    if (code.endsWith('-global')) continue;
    process.stdout.write(`${JSON.stringify({ partition: partition.id, code, description })}\n`);
  }
}
