import type { Database } from '../db/client.ts';
import { agencies } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword } from '../platform/passwords.ts';
import { DemoBatch } from './batch.ts';
import { demoPassword } from './demo-accounts.ts';
import { NameGenerator, seededRandom } from './people.ts';
import { buildRental, rentalLastNames } from './rental.ts';
import { buildSyndic, syndicLastNames } from './syndic.ts';

export { demoAccounts, demoPassword } from './demo-accounts.ts';

/** Any fixed number: the same seed gives the same demo people on every machine. */
const DEMO_SEED = 20_260_115;

/** The demo is only ever loaded into an empty database: any agency means real or earlier data. */
export async function hasDemoData(db: Database): Promise<boolean> {
  const rows = await db.select({ id: agencies.id }).from(agencies).limit(1);
  return rows.length > 0;
}

/**
 * Fills an empty database with the seeds' ImmoCity examples: the Créteil condominium of ImmoCity Coulon
 * and GERASCO's 28 units managed by ImmoCity Paris Suffren. All or nothing, in one transaction.
 */
export async function loadDemoData(db: Database): Promise<void> {
  const random = seededRandom(DEMO_SEED);
  const names = new NameGenerator(random);
  names.reserve(...syndicLastNames, ...rentalLastNames);
  const batch = new DemoBatch();
  buildSyndic(batch, names, random);
  buildRental(batch, names, random);

  // argon2id is deliberately slow: one hash, shared by every demo account since they share the password.
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    // Checked inside the transaction, so two instances starting together cannot both load the demo.
    await tx.execute('lock table agencies in exclusive mode');
    const existing = await tx.select({ id: agencies.id }).from(agencies).limit(1);
    if (existing.length > 0)
      throw new AppError(
        'CONFLICT',
        'La base de données contient déjà des agences : les données de démonstration ne sont chargées que dans une base vide.',
      );
    await batch.writeTo(tx, passwordHash);
  });
}
