import { feedPaths, feedRoute } from '../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('nl', 'theme');
export const GET = feedRoute('nl', 'theme');
