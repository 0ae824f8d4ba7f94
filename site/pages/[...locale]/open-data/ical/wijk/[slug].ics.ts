import { feedPaths, feedRoute } from '../../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('wijk');
export const GET = feedRoute('wijk');
