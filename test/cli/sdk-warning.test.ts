/**
 * The terminal front ends drop exactly the AWS SDK's NodeVersionSupportWarning (emitted through
 * process.emitWarning by @aws-sdk/core on Node < 22); every other warning still reaches Node.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('filterSdkNodeVersionWarning', () => {
  const original = process.emitWarning;
  afterEach(() => {
    process.emitWarning = original;
    vi.resetModules();
  });

  it('drops the SDK warning, keeps its text once for a debug line, and lets other warnings through', async () => {
    const seen: unknown[] = [];
    process.emitWarning = ((w: unknown) => {
      seen.push(w);
    }) as typeof process.emitWarning;
    const { filterSdkNodeVersionWarning, takeSuppressedSdkWarning } = await import(
      '../../src/cli/sdk-warning.js'
    );
    filterSdkNodeVersionWarning();
    filterSdkNodeVersionWarning(); // idempotent
    // Exactly as @aws-sdk/core emits it.
    const { emitWarningIfUnsupportedVersion, state } = await import('@aws-sdk/core/client');
    state.warningEmitted = false;
    emitWarningIfUnsupportedVersion('v20.19.0');
    process.emitWarning('something else', 'DeprecationWarning');
    expect(seen).toEqual(['something else']);
    expect(takeSuppressedSdkWarning()).toMatch(/^NodeVersionSupportWarning: The AWS SDK for JavaScript/);
    expect(takeSuppressedSdkWarning()).toBeNull();
  });
});
