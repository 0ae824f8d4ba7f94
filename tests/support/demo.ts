import { generateDemoData } from '../../scripts/seed/demo-data.mjs';
import { TEST_REFERENCE_DATE } from './suite.ts';

/** The demo data exactly as the suite's setup (suite.ts) seeded it into the test CMS. */
export const demo = generateDemoData({ referenceDate: TEST_REFERENCE_DATE });

/** Values that must never leave the CMS: e-mail addresses and phones of non-public contacts. */
export const privateContactValues = demo.contacts
  .filter((c) => c.visibility !== 'public')
  .flatMap((c) => [c.email, c.phone].filter((value): value is string => Boolean(value)));
