/** The practices a staff request may see, as records: the directory's, narrowed to the account's or token's scope. */
import type { FastifyRequest } from 'fastify';
import type { PracticeDirectory } from '../practices/practice-directory.js';
import type { Practice } from '../practices/practices.js';
import { sees } from '../practices/scope.js';

export async function practicesSeenBy(request: FastifyRequest, directory: PracticeDirectory): Promise<Practice[]> {
  const scope = request.staff?.practices ?? [];
  return (await directory.all()).filter((p) => sees(scope, p.id));
}
