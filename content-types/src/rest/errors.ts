/** A build could not get good data from the CMS. The message names the URL, entry and field. */
export class CmsError extends Error {
  readonly url: string;
  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CmsError';
    this.url = url;
  }
}
