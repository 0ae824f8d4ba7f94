import { feedPaths, feedRoute } from '../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('nl', 'wijk');
export const GET = feedRoute('nl', 'wijk');
