import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::support-offer.support-offer');
