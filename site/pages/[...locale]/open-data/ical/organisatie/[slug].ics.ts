import { feedPaths, feedRoute } from '../../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('organisation');
export const GET = feedRoute('organisation');
