import { publicAddresses } from '@mzo/content-types/addresses';

/** The public address of the CMS, where the suggestion forms post to (read when the site is built). */
export const PUBLIC_CMS_URL: string = publicAddresses(process.env).cmsUrl;
export const SUGGESTION_ENDPOINT = `${PUBLIC_CMS_URL}/api/suggestions`;
