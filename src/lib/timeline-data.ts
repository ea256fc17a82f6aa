/** The timeline island's data for the whole dataset, made once per build (the home page, the embed and the parts share it). */
import { timelinePayload } from './timeline-payload.ts';
import type { TimelineData } from '../shared/dataset.ts';
import { articleHeadings } from './articles.ts';
import { derived } from './dataset.ts';

export const timelineData = (): Promise<TimelineData> => derived('timeline-data', async (index) => timelinePayload(index.dataset, await articleHeadings()));
