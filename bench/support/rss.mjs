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
