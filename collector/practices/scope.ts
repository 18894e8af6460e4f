/**
 * Which practices a person or a script may see (pure). `every`: the whole group (a group admin, or any account of a
 * deployment with one practice); a list: only those. Every query for patients' submissions is narrowed by it, so a
 * scoped account never reads another practice's patients, whatever page, export or API answer asks.
 */
export type PracticeScope = 'every' | readonly string[];

export function sees(scope: PracticeScope, practiceId: string): boolean {
  return scope === 'every' || scope.includes(practiceId);
}

/** The practice ids a store query is limited to; undefined means no limit. */
export function limitOf(scope: PracticeScope): readonly string[] | undefined {
  return scope === 'every' ? undefined : scope;
}

/**
 * The limit for one request that may ask for a single practice (`?practice=`): that one when the scope allows it,
 * else undefined (the caller refuses). Without a request, the scope's own limit.
 */
export function narrowed(scope: PracticeScope, asked: string | undefined): readonly string[] | undefined | 'refused' {
  if (asked === undefined || asked === '') return limitOf(scope);
  return sees(scope, asked) ? [asked] : 'refused';
}

export function describeScope(scope: PracticeScope): string {
  return scope === 'every' ? 'every practice' : scope.length ? scope.join(', ') : 'no practice';
}
