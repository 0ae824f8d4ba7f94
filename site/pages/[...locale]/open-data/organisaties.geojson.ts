import { filePaths, geoJsonRoute } from '../../../lib/open-data/endpoints.ts';

export const getStaticPaths = filePaths;
export const GET = geoJsonRoute('organisations');
