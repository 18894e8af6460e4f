/**
 * The after-submit part (parts.ts): making the submission, delivery — storing and sending — and the thank-you
 * screen, which no patient reaches before delivery has their answers. Fetched at idle or at Submit, whichever comes first.
 */
export * from '../../delivery/index.js';
export { buildSubmission } from '../../core/submission.js';
export { thankYou } from './thank-you.js';
