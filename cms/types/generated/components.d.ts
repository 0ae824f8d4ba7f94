import type { Schema, Struct } from '@strapi/strapi';

export interface OrganisationChannel extends Struct.ComponentSchema {
  collectionName: 'components_organisation_channels';
  info: {
    description: 'Hoe de organisatie haar achterban bereikt';
    displayName: 'Kanaal';
    icon: 'message';
  };
  attributes: {
    kind: Schema.Attribute.Enumeration<
      ['whatsapp', 'facebook', 'instagram', 'tiktok', 'telegram', 'signal', 'youtube', 'gebedshuis', 'nieuwsbrief', 'bijeenkomsten', 'mond-tot-mond', 'radio']
    > &
      Schema.Attribute.Required;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface OrganisationSupportNeed extends Struct.ComponentSchema {
  collectionName: 'components_organisation_support_needs';
  info: {
    displayName: 'Ondersteuningsvraag';
    icon: 'question';
  };
  attributes: {
    need: Schema.Attribute.Enumeration<
      ['bestuursleden', 'vrijwilligers', 'financiering', 'eherkenning', 'initiatievenfonds', 'ruimte', 'training', 'communicatie']
    > &
      Schema.Attribute.Required;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    publicCall: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
  };
}

export interface SharedAddress extends Struct.ComponentSchema {
  collectionName: 'components_shared_addresss';
  info: {
    description: 'Postadres met co\u00F6rdinaten (WGS84) en CBS-buurtcode';
    displayName: 'Adres';
    icon: 'pinMap';
  };
  attributes: {
    addressCheck: Schema.Attribute.Enumeration<['found', 'not-found', 'unreachable', 'manual']> & Schema.Attribute.Private;
    buurtCode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    city: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    houseNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    houseNumberAddition: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    latitude: Schema.Attribute.Decimal;
    longitude: Schema.Attribute.Decimal;
    postcode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 7;
      }>;
    street: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedSocialLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_social_links';
  info: {
    displayName: 'Sociale media';
    icon: 'link';
  };
  attributes: {
    platform: Schema.Attribute.Enumeration<['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'whatsapp', 'telegram', 'overig']> &
      Schema.Attribute.Required;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface SupportAnswer extends Struct.ComponentSchema {
  collectionName: 'components_support_answers';
  info: {
    displayName: 'Beantwoordt vraag';
    icon: 'check';
  };
  attributes: {
    need: Schema.Attribute.Enumeration<
      ['bestuursleden', 'vrijwilligers', 'financiering', 'eherkenning', 'initiatievenfonds', 'ruimte', 'training', 'communicatie']
    > &
      Schema.Attribute.Required;
  };
}

export interface WijkBuurt extends Struct.ComponentSchema {
  collectionName: 'components_wijk_buurts';
  info: {
    displayName: 'Buurt';
    icon: 'pinMap';
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'organisation.channel': OrganisationChannel;
      'organisation.support-need': OrganisationSupportNeed;
      'shared.address': SharedAddress;
      'shared.social-link': SharedSocialLink;
      'support.answer': SupportAnswer;
      'wijk.buurt': WijkBuurt;
    }
  }
}
