/**
 * A request the accounts room refuses, with a code a caller can act on and a message in words for the person. The
 * command line turns `kind` into its exit status; the HTTP routes into a status code.
 */
export type AccountErrorCode =
  | 'bad-email'
  | 'bad-role'
  | 'bad-name'
  | 'weak-password'
  | 'duplicate-account'
  | 'duplicate-token'
  | 'unknown-account'
  | 'unknown-token'
  | 'last-admin'
  | 'bad-practices'
  | 'out-of-scope'
  | 'yourself'
  | 'conflict';

/** `invalid`: what was given can never work; `refused`: it conflicts with what is stored. */
const INVALID: readonly AccountErrorCode[] = ['bad-email', 'bad-role', 'bad-name', 'weak-password', 'bad-practices'];

export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
    /** The field of a request that is wrong (`email`, `role`, `practices`), when one is. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }

  get kind(): 'invalid' | 'refused' {
    return INVALID.includes(this.code) ? 'invalid' : 'refused';
  }
}
