// The loan and betting coverage audit (issue 15, 2026-12-07, late): verdicts on its development
// examples (money-examples.ts), or with --heldout on its held-out batch (money-heldout-examples.ts),
// with the shipped model; --show prints each text's verdict and signals.
import {
  MONEY_BET_SPAM_DEV,
  MONEY_GENUINE_DEV,
  MONEY_LOAN_SPAM_DEV,
} from '../src/spam/examples/money-examples.ts';
import {
  MONEY_BET_SPAM_HELDOUT,
  MONEY_GENUINE_HELDOUT,
  MONEY_LOAN_SPAM_HELDOUT,
} from '../src/spam/examples/money-heldout-examples.ts';
import { auditBatches } from './spam-batch-audit.ts';

auditBatches(
  [
    ['loan-dev', MONEY_LOAN_SPAM_DEV],
    ['bet-dev', MONEY_BET_SPAM_DEV],
    ['genuine-dev', MONEY_GENUINE_DEV],
  ],
  [
    ['loan-heldout', MONEY_LOAN_SPAM_HELDOUT],
    ['bet-heldout', MONEY_BET_SPAM_HELDOUT],
    ['genuine-heldout', MONEY_GENUINE_HELDOUT],
  ],
);
