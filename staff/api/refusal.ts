/**
 * What a screen says when the collector could not do what it asked: offline, not allowed (in the screen's own
 * words), or the collector's own reason (in the screen's own sentence around it, `{0}`, where it has one).
 */
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { fill, staffStrings } from '../i18n/index.js';
import { ApiError } from './client.js';

export function refusalText(error: unknown, lang: StaffLanguage, forbidden?: string, problem?: string): string {
  const t = staffStrings(lang);
  if (error instanceof ApiError && error.status === 0) return t.offline;
  if (forbidden !== undefined && error instanceof ApiError && error.status === 403) return forbidden;
  return fill(problem ?? t.problem, error instanceof Error ? error.message : String(error));
}

/** An admin who sees every practice of the group: the deployment's pages (audit, settings, practices) are theirs. */
export const isGroupAdmin = (me: Me): boolean => me.role === 'admin' && me.everyPractice;
