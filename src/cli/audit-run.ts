/** Wiring for `bedrock-bot audit`: the filter from the arguments, the configured ledger, stdout. */
import type { AppConfig } from '../config/load-config.js';
import { auditFilter, exportAudit, type AuditArgs } from './audit-command.js';
import type { Io } from './commands.js';

export async function runAuditCommand(config: AppConfig, args: AuditArgs, io: Io): Promise<number> {
  const filter = auditFilter(args, new Date());
  if (!filter.ok) {
    io.stderr.write(`${filter.problems.join('\n')}\n`);
    return 2;
  }
  const { openLedger } = await import('../app/runtime.js');
  const ledger = await openLedger(config, false);
  try {
    const write = (text: string): Promise<void> =>
      new Promise((resolve, reject) => io.stdout.write(text, (e) => (e ? reject(e) : resolve())));
    const count = await exportAudit({ ledger, filter: filter.value, write });
    io.stderr.write(`${count} events exported.\n`);
    return 0;
  } finally {
    await ledger.close();
  }
}
