/** As layout-shift.spec.ts, on a phone (the mobile project: 390×844, touch). */
import { expectNoLayoutShift } from './support/layout-shift.ts';
import { test } from './support/fixtures.ts';

expectNoLayoutShift(test);
