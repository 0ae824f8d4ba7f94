import { filePaths, hsdsJsonRoute } from '../../../lib/open-data/endpoints.ts';

export const getStaticPaths = filePaths;
export const GET = hsdsJsonRoute;
