import { feedPaths, feedRoute } from '../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('nl', 'organisation');
export const GET = feedRoute('nl', 'organisation');
