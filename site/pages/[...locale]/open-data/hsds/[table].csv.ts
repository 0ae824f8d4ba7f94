import { csvPaths, csvRoute } from '../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = csvPaths;
export const GET = csvRoute;
