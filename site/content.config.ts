import { defineCollection } from 'astro:content';
import { strapiLoader } from './loaders/strapi.ts';

// One collection per public content type; entries are validated against the content model in the loader.
export const collections = {
  organisation: defineCollection({ loader: strapiLoader('organisation') }),
  activity: defineCollection({ loader: strapiLoader('activity') }),
  room: defineCollection({ loader: strapiLoader('room') }),
  theme: defineCollection({ loader: strapiLoader('theme') }),
  wijk: defineCollection({ loader: strapiLoader('wijk') }),
  community: defineCollection({ loader: strapiLoader('community') }),
  language: defineCollection({ loader: strapiLoader('language') }),
  'target-group': defineCollection({ loader: strapiLoader('target-group') }),
  'contact-person': defineCollection({ loader: strapiLoader('contact-person') }),
  'support-offer': defineCollection({ loader: strapiLoader('support-offer') }),
  consultation: defineCollection({ loader: strapiLoader('consultation') }),
};
