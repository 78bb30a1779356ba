import { describe, expect, it } from 'vitest';
import { parseDurationSetting } from '../../src/config/duration-setting.js';
import { compactDuration, durationAdjective, limitDuration } from '../../src/core/durations.js';

describe('durations written short', () => {
  it('writes the setting syntax, which reads back to the same number of seconds', () => {
    for (const seconds of [900, 3600, 5400, 43_200, 1000, 45]) {
      expect(parseDurationSetting(compactDuration(seconds)), String(seconds)).toBe(seconds);
    }
    expect(compactDuration(43_200)).toBe('12h');
    expect(compactDuration(5400)).toBe('90m');
  });

  it('writes limits as people read them', () => {
    expect(durationAdjective(43_200)).toBe('12-hour');
    expect(durationAdjective(900)).toBe('15-minute');
    expect(limitDuration(43_200)).toBe('12h');
    expect(limitDuration(900)).toBe('15 minutes');
  });
});
