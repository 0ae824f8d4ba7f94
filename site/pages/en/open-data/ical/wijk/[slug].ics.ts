import { feedPaths, feedRoute } from '../../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('en', 'wijk');
export const GET = feedRoute('en', 'wijk');
