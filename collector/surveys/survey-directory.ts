/**
 * The survey registry as one collector process serves it: read from the database and kept for a few seconds, so a
 * submission costs no extra query, while a version added in another process (or by `npm run staff`) is known
 * everywhere within `maxAgeMs` — and at once when a submission names a version this process has not seen
 * (`ensure`, at most once per `missEveryMs`, so a flood of made-up survey ids cannot become a flood of queries).
 */
import type { SurveyDefinition } from '../../src/core/definition.js';
import type { KnownSurveys } from './known-surveys.js';
import type { RegisteredSurvey, SurveyRegistry } from './survey-registry.js';

const key = (id: string, version: string) => `${id}\u0000${version}`;

export class SurveyDirectory {
  private byKey = new Map<string, RegisteredSurvey>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<void> | undefined;
  /** Versions this process has already recorded as used. */
  private readonly markedUsed = new Set<string>();

  /** The lookup the checks, results and erasure take. */
  readonly known: KnownSurveys = Object.assign(
    (id: string, version: string): SurveyDefinition | undefined => this.byKey.get(key(id, version))?.definition,
    { refresh: () => this.current() },
  );

  constructor(
    readonly registry: SurveyRegistry,
    private readonly maxAgeMs = 10_000,
    private readonly missEveryMs = 1_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Every version known; `fresh`: read from the database now, for work that must not miss one added a moment ago. */
  async all(options: { fresh?: boolean } = {}): Promise<RegisteredSurvey[]> {
    await (options.fresh ? this.load() : this.current());
    return [...this.byKey.values()];
  }

  /** The version a submission names: read again first when it is not known here and the last read is not fresh. */
  async ensure(id: string, version: string): Promise<RegisteredSurvey | undefined> {
    await this.current();
    let found = this.byKey.get(key(id, version));
    if (!found && this.clock() - this.loadedAt >= this.missEveryMs) {
      await this.load();
      found = this.byKey.get(key(id, version));
    }
    return found;
  }

  /** A submission was checked against this version: record (once per process) that it may no longer change. */
  async used(survey: RegisteredSurvey): Promise<void> {
    const k = key(survey.id, survey.version);
    if (survey.builtIn || survey.usedAt !== null || this.markedUsed.has(k)) return;
    await this.registry.markUsed(survey.id, survey.version);
    this.markedUsed.add(k);
    // What is served of it changes too (it may now be cached for a day): read it again on the next request.
    this.forget();
  }

  /** Read again on the next request (after this process changed the registry). */
  forget(): void {
    this.loadedAt = Number.NEGATIVE_INFINITY;
  }

  private async current(): Promise<void> {
    if (this.clock() - this.loadedAt < this.maxAgeMs) return;
    await this.load();
  }

  private load(): Promise<void> {
    this.loading ??= this.registry
      .all()
      .then((list) => {
        this.byKey = new Map(list.map((s) => [key(s.id, s.version), s]));
        this.loadedAt = this.clock();
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}
