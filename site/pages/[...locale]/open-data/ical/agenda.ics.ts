import { feedRoute, filePaths } from '../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = filePaths;
export const GET = feedRoute('all');
