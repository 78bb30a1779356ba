// Resident set size of a child process, from /proc/<pid>/status (Linux).
import { readFileSync } from 'node:fs';

/** VmRSS of the process in MB (MiB), or null when it cannot be read. */
export function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** User + system CPU time of the process so far in ms, from /proc/<pid>/stat, or null. */
export function cpuMs(pid, ticksPerSecond = 100) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may contain spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}
