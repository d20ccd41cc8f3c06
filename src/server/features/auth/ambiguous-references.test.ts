import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { factories } from '../../../../test/support/factories.ts';

describe('client references', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('cannot exist twice in forms a person could mistake for each other (O/0, I/1, case), even across agencies', async () => {
    const make = factories(database.db);
    const first = await make.agency();
    const second = await make.agency();
    await make.client(first.id, { reference: 'CO1I0452' });
    for (const lookalike of ['C01I0452', 'co110452', 'CO1IO452']) {
      await expect(make.client(second.id, { reference: lookalike })).rejects.toMatchObject({
        cause: expect.objectContaining({ code: '23505', constraint: 'client_references_canonical_key' }),
      });
    }
    await expect(make.client(second.id, { reference: 'CO1I0453' })).resolves.toBeDefined();
  });
});
