/**
 * The AWS SDK warns once per process, through `process.emitWarning`, that its releases after early
 * 2027 need Node 22 ("NodeVersionSupportWarning: The AWS SDK for JavaScript (v3) …", seven lines).
 * On the terminal front ends that lands in the middle of the console banner or of `run` output, so
 * the entry point drops exactly that warning (every other warning still reaches stderr) and keeps
 * its text for a debug log line. Node 22 is the supported runtime (README, Docker image, engines).
 */

export const SDK_NODE_WARNING_PREFIX = 'NodeVersionSupportWarning';

let suppressed: string | null = null;
let installed = false;

function warningText(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  if (warning instanceof Error) return `${warning.name}: ${warning.message}`;
  return '';
}

export function isSdkNodeVersionWarning(warning: unknown, typeOrOptions?: unknown): boolean {
  const text = warningText(warning);
  if (text.startsWith(SDK_NODE_WARNING_PREFIX)) return true;
  if (warning instanceof Error && warning.name === SDK_NODE_WARNING_PREFIX) return true;
  if (typeOrOptions === SDK_NODE_WARNING_PREFIX) return true;
  return (
    typeof typeOrOptions === 'object' &&
    typeOrOptions !== null &&
    (typeOrOptions as { type?: unknown }).type === SDK_NODE_WARNING_PREFIX
  );
}

/** Wraps `process.emitWarning` once; idempotent. */
export function filterSdkNodeVersionWarning(): void {
  if (installed) return;
  installed = true;
  const original = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  const filtered = (warning: unknown, ...rest: unknown[]): void => {
    if (isSdkNodeVersionWarning(warning, rest[0])) {
      suppressed ??= warningText(warning);
      return;
    }
    original(warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
}

/** The dropped warning's text, once (then null), for a debug log line. */
export function takeSuppressedSdkWarning(): string | null {
  const text = suppressed;
  suppressed = null;
  return text;
}
