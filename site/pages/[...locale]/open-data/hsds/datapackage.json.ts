import { dataPackageRoute } from '../../../lib/open-data/endpoints.ts';

export const GET = dataPackageRoute('nl');
