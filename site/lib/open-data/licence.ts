/**
 * The licence of every open-data file: CC0 1.0, as the Dutch government recommends for open data.
 * It waives copyright and database rights; it does not make personal data free of the GDPR, which is
 * why only contact people who consented to being public are included.
 */
export const LICENCE = {
  name: 'CC0-1.0',
  title: 'Creative Commons Zero v1.0 Universal (CC0 1.0)',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;
