/** The engine's exactly-once guarantees hold on the real SQLite ledger too, not only on the fake. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import type { Reply } from '../../src/core/engine-api.js';
import { openSqliteLedger } from '../../src/ledger/sqlite-ledger.js';
import { FakeAws } from '../fakes/fake-aws.js';
import { FakeClock, SequentialIds } from '../fakes/fake-clock.js';
import { tableParser } from '../fakes/fake-parse.js';
import { ADMIN, ADMIN2, MEMBER, settings } from './helpers.js';

function setup() {
  const clock = new FakeClock();
  const aws = new FakeAws({ clock });
  const ledger = openSqliteLedger(':memory:');
  const engine = createEngine({
    aws,
    ledger,
    clock,
    ids: new SequentialIds(),
    settings: settings(),
    parse: tableParser({
      'create key for marketing': { intent: 'create_key', businessUnit: 'marketing', longTerm: true },
    }),
    commandName: '/bedrock',
  });
  return { aws, ledger, engine };
}

const idOf = (r: Reply): string => r.deliveries.find((d) => d.requestId)?.requestId ?? '';

describe('engine on the SQLite ledger', () => {
  it('concurrent confirms execute once', async () => {
    const { aws, ledger, engine } = setup();
    const id = idOf(
      await engine.handleText({ requester: ADMIN, text: 'create key for marketing', surface: 'slash' }),
    );
    await Promise.all(
      [1, 2, 3].map(() =>
        engine.handleAction({ requester: ADMIN, action: 'confirm', requestId: id, surface: 'slash' }),
      ),
    );
    expect(aws.callsTo('createApiKey')).toHaveLength(1);
    expect((await ledger.get(id))?.state).toBe('completed');
    await ledger.close();
  });

  it('approve twice, reveal twice: one approval, one key, nothing secret stored', async () => {
    const { aws, ledger, engine } = setup();
    const id = idOf(
      await engine.handleText({ requester: MEMBER, text: 'create key for marketing', surface: 'dm' }),
    );
    await Promise.all(
      [ADMIN, ADMIN2].map((a) =>
        engine.handleAction({ requester: a, action: 'approve', requestId: id, surface: 'slash' }),
      ),
    );
    await Promise.all(
      [1, 2].map(() =>
        engine.handleAction({ requester: MEMBER, action: 'reveal', requestId: id, surface: 'dm' }),
      ),
    );
    expect(aws.callsTo('createApiKey')).toHaveLength(1);
    const history = JSON.stringify(await ledger.history({ limit: 100 }));
    const record = JSON.stringify(await ledger.get(id));
    expect(history.match(/"approved"/g)).toHaveLength(1);
    for (const secret of aws.issuedSecrets) {
      expect(history).not.toContain(secret);
      expect(record).not.toContain(secret);
    }
    await ledger.close();
  });
});
