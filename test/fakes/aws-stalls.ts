/**
 * AWS that stalls, around a FakeAws: one method takes effect and then never answers (the process is
 * stuck there when it is killed, or a replica is busy there), or answers only after a pause (AWS is
 * slow while the bot is told to stop). Every other method passes through.
 */
import type { AwsPort } from '../../src/core/aws-port.js';
import type { FakeAws } from './fake-aws.js';

function around(
  aws: FakeAws,
  method: keyof AwsPort,
  call: (run: () => Promise<unknown>) => Promise<unknown>,
): AwsPort {
  return new Proxy(aws, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const fn = (value as (...a: unknown[]) => Promise<unknown>).bind(target);
      if (prop !== method) return fn;
      return (...args: unknown[]) => call(() => fn(...args));
    },
  });
}

/** `method` takes effect in AWS, then never answers. */
export function hangingAfter(aws: FakeAws, method: keyof AwsPort): AwsPort {
  return around(aws, method, async (run) => {
    await run();
    return new Promise(() => undefined);
  });
}

/** `method` answers only after `ms`. */
export function slowOn(aws: FakeAws, method: keyof AwsPort, ms: number): AwsPort {
  return around(aws, method, async (run) => {
    await new Promise((r) => setTimeout(r, ms));
    return run();
  });
}
