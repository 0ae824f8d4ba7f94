// Reading published content back over Strapi's REST API, as the model says it looks: the populate tree each
// type needs, paged fetching with retries, validation of every entry with the type's schema, and content
// snapshots (all public types in every language) as files. The site's loader and the tools read content here.
export { CmsError } from './errors.ts';
export { collectionUrl, fetchCollection, PAGE_SIZE, type CmsOptions } from './fetch-collection.ts';
export { populateFor } from './populate.ts';
export { fetchSnapshot, readSnapshot, writeSnapshot, type Snapshot } from './snapshot.ts';
export { describeSync, DIGEST_PATH, modelDigest, syncSnapshot, type SyncedSnapshot, type SyncReport } from './sync.ts';
