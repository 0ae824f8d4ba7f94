import { factories } from '@strapi/strapi';

// Listing only: public contacts are read as a list and joined to organisations by the site.
export default factories.createCoreRouter('api::contact-person.contact-person', { only: ['find'] });
