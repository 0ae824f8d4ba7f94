import { defineCollection } from 'astro:content';
import {
  activity,
  community,
  consultation,
  contactPerson,
  language,
  organisation,
  room,
  supportOffer,
  targetGroup,
  theme,
  wijk,
  type TypeDefinition,
} from '@mzo/content-types';
import type { z } from 'zod';
import { strapiLoader } from './loaders/strapi.ts';

// One collection per public content type, typed and validated by the content model's schema for that type.
const collection = <S extends z.ZodObject>(type: Pick<TypeDefinition, 'name'> & { schema: S }) =>
  defineCollection({ loader: strapiLoader(type.name), schema: type.schema });

export const collections = {
  organisation: collection(organisation),
  activity: collection(activity),
  room: collection(room),
  theme: collection(theme),
  wijk: collection(wijk),
  community: collection(community),
  language: collection(language),
  'target-group': collection(targetGroup),
  'contact-person': collection(contactPerson),
  'support-offer': collection(supportOffer),
  consultation: collection(consultation),
};
