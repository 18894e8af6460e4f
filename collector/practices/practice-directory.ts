/**
 * The practices as one collector process serves them: read from the database and kept for a few seconds, so a
 * submission costs no extra query, while a practice added or changed in another process (or by `npm run staff`)
 * is served everywhere within `maxAgeMs`. A change made through this process is seen at once (`forget`).
 */
import type { Practice, Practices } from './practices.js';

export class PracticeDirectory {
  private byId: Map<string, Practice> | undefined;
  private loadedAt = 0;
  private loading: Promise<Map<string, Practice>> | undefined;

  constructor(
    private readonly practices: Practices,
    private readonly maxAgeMs = 10_000,
    private readonly clock: () => number = Date.now,
  ) {}

  async find(id: string): Promise<Practice | undefined> {
    return (await this.current()).get(id);
  }

  async all(): Promise<Practice[]> {
    return [...(await this.current()).values()];
  }

  /** Read again on the next request (after this process changed a practice). */
  forget(): void {
    this.byId = undefined;
  }

  private async current(): Promise<Map<string, Practice>> {
    if (this.byId && this.clock() - this.loadedAt < this.maxAgeMs) return this.byId;
    this.loading ??= this.practices
      .list()
      .then((list) => {
        this.byId = new Map(list.map((p) => [p.id, p]));
        this.loadedAt = this.clock();
        return this.byId;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }
}

/**
 * Whether a submission's location is one its practice lists. A practice that lists none accepts any; a submission
 * that names none (a website form) is never flagged.
 */
export function isUnknownLocation(practice: Practice, location: unknown): boolean {
  if (typeof location !== 'string' || location.trim() === '' || practice.locations.length === 0) return false;
  return !practice.locations.some((l) => l.id === location.trim());
}
