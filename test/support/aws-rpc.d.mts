export function encode(value: unknown): unknown;
export function decode(value: unknown, makeSecret: (value: string) => unknown): unknown;
export function serveAwsPort(
  port: object,
  makeSecret: (value: string) => unknown,
): Promise<{ url: string; close(): Promise<void> }>;
export function remoteAwsPort(url: string, makeSecret: (value: string) => unknown): object;
