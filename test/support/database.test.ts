import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from '../../src/server/db/schema/index.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

describe('test databases', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => Promise.all([first.close(), second.close()]));

  it('are migrated and isolated from each other', async () => {
    await first.db.insert(agencies).values({ name: 'Agence isolée', kind: 'syndic' });
    expect(await first.db.select().from(agencies)).toHaveLength(1);
    expect(await second.db.select().from(agencies)).toHaveLength(0);
  });
});
