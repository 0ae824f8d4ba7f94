import { geoJsonRoute } from '../../lib/open-data/endpoints.ts';

export const GET = geoJsonRoute('nl', 'rooms');
