import { csvPaths, csvRoute } from '../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = csvPaths('en');
export const GET = csvRoute('en');
