import { feedPaths, feedRoute } from '../../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = feedPaths('en', 'theme');
export const GET = feedRoute('en', 'theme');
