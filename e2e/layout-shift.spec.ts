/**
 * Nothing moves once painted: the space the timeline and every script-made part take is
 * there in the first paint, so the cumulative layout shift is 0 (Lighthouse measured 0.557
 * on the home page before). Runs at desktop size here and at phone size in layout-shift.mobile.
 */
import { expectNoLayoutShift } from './support/layout-shift.ts';
import { test } from './support/fixtures.ts';

expectNoLayoutShift(test);
