import { activityEventPaths, activityEventRoute } from '../../../../lib/open-data/endpoints.ts';

export const getStaticPaths = activityEventPaths;
export const GET = activityEventRoute;
