import { csvPaths, csvRoute } from '../../../lib/open-data/endpoints.ts';

export const getStaticPaths = csvPaths('nl');
export const GET = csvRoute('nl');
