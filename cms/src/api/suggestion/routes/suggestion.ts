import { factories } from '@strapi/strapi';

// Never readable through the content API (no find/findOne routes, whatever a token may do).
export default factories.createCoreRouter('api::suggestion.suggestion', { only: ['create'] });
