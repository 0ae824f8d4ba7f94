import type { z } from 'zod';
import type {
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
} from '@mzo/content-types';

/** Entry types as the public REST API returns them, derived from the content model. */
export type Organisation = z.infer<typeof organisation.schema>;
export type Activity = z.infer<typeof activity.schema>;
export type Room = z.infer<typeof room.schema>;
export type Theme = z.infer<typeof theme.schema>;
export type Wijk = z.infer<typeof wijk.schema>;
export type Community = z.infer<typeof community.schema>;
export type Language = z.infer<typeof language.schema>;
export type TargetGroup = z.infer<typeof targetGroup.schema>;
export type PublicContact = z.infer<typeof contactPerson.schema>;
export type SupportOffer = z.infer<typeof supportOffer.schema>;
export type Consultation = z.infer<typeof consultation.schema>;
