/**
 * "Who is signed in", for admins who see every practice: every open session and a way to end one. Types only, shared
 * by the collector, its tests and the console's Sessions screen (docs/collector.md). For people signed in in a
 * browser: an API token is refused (403), as the server page refused it.
 *
 *   GET  /api/staff/sessions            SessionList
 *   POST /api/staff/sessions/<id>/end   → SessionEnded (with `Clear-Site-Data: "cache"` when it was the caller's own)
 */

export interface OpenSessionView {
  /** The session's row id (not its secret): what End names. */
  id: string;
  email: string;
  role: 'admin' | 'staff';
  /** `second-factor`: past the password, the code not yet given. */
  stage: 'signed-in' | 'second-factor';
  createdAt: string;
  lastActivityAt: string;
  address: string | null;
  userAgent: string | null;
  /** The caller's own session: ending it signs them out. */
  yours: boolean;
}

export interface SessionList {
  sessions: OpenSessionView[];
}

export interface SessionEnded {
  /** False when it had ended already. */
  ended: boolean;
  /** It was the caller's own: they are signed out now. */
  signedOut: boolean;
}
