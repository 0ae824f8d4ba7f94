import { feedPaths, feedRoute } from '../../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('en', 'organisation');
export const GET = feedRoute('en', 'organisation');
