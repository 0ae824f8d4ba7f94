import { feedPaths, feedRoute } from '../../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('theme');
export const GET = feedRoute('theme');
