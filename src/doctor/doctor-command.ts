/**
 * Wiring for `bedrock-bot doctor`: loads the settings, finds AWS credentials, builds the real AWS
 * adapter and hands everything to `runDoctor`. Kept apart from doctor.ts so the checks stay
 * testable with stubs and this file stays thin.
 */
import { loadConfig } from '../config/load-config.js';
import type { PolicySimulator } from './doctor.js';
import { runDoctor } from './doctor.js';

export interface DoctorCommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export async function runDoctorCommand(io: DoctorCommandIo): Promise<number> {
  const config = loadConfig();
  const region = config.ok ? config.value.core.defaultRegion : 'us-east-1';
  let aws = null;
  let simulate: PolicySimulator | null = null;
  if (config.ok) {
    io.stderr.write('Checking… (AWS and Slack calls may take a few seconds)\n');
    const awsModule = await import('../aws/aws-adapter.js');
    if (await awsModule.hasAwsCredentials({ region })) {
      aws = awsModule.createAwsAdapter({
        region,
        ...(config.ok ? { iamUserPath: config.value.core.iamUserPath } : {}),
      });
      simulate = (await import('../aws/policy-simulator.js')).createPolicySimulator({ region });
    }
  }
  return runDoctor({ config, aws, simulate, stdout: io.stdout, nodeVersion: process.version });
}
