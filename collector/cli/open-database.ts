/**
 * The command line uses the collector's own database, found from the same settings (DATA_DIR, or DATABASE_URL for
 * PostgreSQL), and brings its schema up to date first — so it works on a fresh install before the collector has
 * ever started, and says which database it wrote to.
 */
import { connect, type Connection } from '../store/connect.js';
import { migrate } from '../store/migrate.js';
import { readSettings } from '../settings.js';

export async function openDatabase(
  env: Record<string, string | undefined>,
  note: (line: string) => void,
): Promise<Connection> {
  const settings = readSettings(env);
  const connection = await connect({ dataDir: settings.dataDir, databaseUrl: settings.databaseUrl, log: note });
  try {
    await migrate(connection, note);
  } catch (error) {
    await connection.db.destroy();
    throw error;
  }
  return connection;
}
