import { feedRoute } from '../../../lib/open-data/endpoints.ts';

export const GET = feedRoute('nl', 'all');
