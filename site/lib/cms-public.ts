/** The public address of the CMS, where the suggestion forms post to (PUBLIC_CMS_URL at build time). */
export const PUBLIC_CMS_URL: string = (import.meta.env.PUBLIC_CMS_URL ?? 'http://localhost:1337').replace(/\/$/, '');
export const SUGGESTION_ENDPOINT = `${PUBLIC_CMS_URL}/api/suggestions`;
