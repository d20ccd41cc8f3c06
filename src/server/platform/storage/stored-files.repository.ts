import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { storedFiles } from '../../db/schema/index.ts';

export type StoredFileRow = typeof storedFiles.$inferSelect;
export type NewStoredFile = Omit<typeof storedFiles.$inferInsert, 'id' | 'createdAt'>;

export async function insertStoredFile(db: Executor, file: NewStoredFile): Promise<StoredFileRow> {
  const [row] = await db.insert(storedFiles).values(file).returning();
  if (!row) throw new Error('stored file insert returned no row');
  return row;
}

export async function findStoredFile(db: Executor, id: string): Promise<StoredFileRow | undefined> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row;
}
