/** Parses a duration setting: "15m", "6h", "1h30m", "2d", or a bare number of seconds. Null when unreadable. */
export function parseDurationSetting(text: string): number | null {
  const value = text.trim().toLowerCase();
  if (/^\d+$/.test(value)) return Number(value);
  const re = /(\d+(?:\.\d+)?)\s*(d|h|m|s)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) {
    const amount = Number(m[1]);
    const unit = m[2];
    total += amount * (unit === 'd' ? 86400 : unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
    matched = re.lastIndex;
  }
  if (matched === 0 || matched !== value.length) return null;
  return Math.round(total);
}
