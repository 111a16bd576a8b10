// The loan-gap audit (issue 15, 2026-12-07): verdicts on its development examples
// (loan-gap-examples.ts), or with --heldout on its held-out batch (loan-gap-heldout-examples.ts),
// with the shipped model; --show prints each text's verdict and signals.
import { LOAN_GAP_GENUINE_DEV, LOAN_GAP_SPAM_DEV } from '../src/spam/examples/loan-gap-examples.ts';
import {
  LOAN_GAP_GENUINE_HELDOUT,
  LOAN_GAP_SPAM_HELDOUT,
} from '../src/spam/examples/loan-gap-heldout-examples.ts';
import { auditBatches } from './spam-batch-audit.ts';

auditBatches(
  [
    ['loan-gap-spam-dev', LOAN_GAP_SPAM_DEV],
    ['loan-gap-genuine-dev', LOAN_GAP_GENUINE_DEV],
  ],
  [
    ['loan-gap-spam-heldout', LOAN_GAP_SPAM_HELDOUT],
    ['loan-gap-genuine-heldout', LOAN_GAP_GENUINE_HELDOUT],
  ],
);
