import { hsdsJsonRoute } from '../../lib/open-data/endpoints.ts';

export const GET = hsdsJsonRoute('nl');
