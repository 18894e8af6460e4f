/**
 * A process that claims a background job and never finishes it, for the test of what a crash leaves behind
 * (claim.test.ts kills it with SIGKILL): forked with DATABASE_URL, it says `{ claimed }` once it holds the claim.
 */
import { Claims } from '../../../collector/store/claim.js';
import { connect } from '../../../collector/store/connect.js';

const connection = await connect({ dataDir: process.env.DATA_DIR ?? '.', databaseUrl: process.env.DATABASE_URL });
const claims = new Claims(connection.db, connection.engine);
void claims.run('retention', () => {
  process.send?.({ claimed: true });
  return new Promise<never>(() => undefined);
});
