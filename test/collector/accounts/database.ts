/**
 * A fresh, migrated database on each engine for the accounts tests, opened as the collector opens it.
 */
import { connect, type Connection } from '../../../collector/store/connect.js';
import { migrate } from '../../../collector/store/migrate.js';
import type { TestDatabase, TestEngine } from '../engines.js';

export interface OpenTestDatabase {
  database: TestDatabase;
  connection: Connection;
  close(): Promise<void>;
}

export async function openTestDatabase(engine: TestEngine): Promise<OpenTestDatabase> {
  const database = await engine.newDatabase();
  const connection = await connect(database.settings);
  await migrate(connection, () => undefined);
  return {
    database,
    connection,
    close: async () => {
      await connection.db.destroy();
      await database.remove();
    },
  };
}

/** Where a cost is not what a test is about. */
export const CHEAP = { ln: 10, r: 8, p: 1 };
