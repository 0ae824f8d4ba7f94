import * as React from 'react';
import { useLocation } from 'react-router-dom';
import { useFetchClient, useForm } from '@strapi/strapi/admin';

/** For each type created from "Mijn organisatie": the relation that names the organisation. */
const OWNER_RELATION: Record<string, string> = {
  'api::activity.activity': 'organisation',
  'api::room.room': 'providerOrganisation',
  'api::contact-person.contact-person': 'organisation',
};

interface PanelProps {
  model: string;
  documentId?: string;
}

/**
 * A new activity, room or contact opened from "Mijn organisatie" (…/create?mzoOrganisation=<documentId>)
 * starts with that organisation chosen, as if it had been picked in the relation field. An edit-view
 * side panel without a panel of its own: it only sets the form's value once. (The server links a new
 * entry of a volunteer with one organisation to it in any case: editing/document-middleware.ts.)
 */
export function OrganisationPrefill({ model, documentId }: PanelProps) {
  const relation = OWNER_RELATION[model];
  const { search } = useLocation();
  const organisation = new URLSearchParams(search).get('mzoOrganisation');
  const { get } = useFetchClient();
  const onChange = useForm('OrganisationPrefill', (state) => state.onChange);
  const current = useForm('OrganisationPrefill', (state) => (relation ? (state.values as Record<string, unknown>)[relation] : undefined)) as
    | { connect?: unknown[] }
    | undefined;
  const done = React.useRef(false);
  React.useEffect(() => {
    if (documentId || !relation || !organisation || done.current || current?.connect?.length) return;
    done.current = true;
    get<{ data: { id: number; documentId: string; name: string; locale?: string; status?: string } }>(
      `/content-manager/collection-types/api::organisation.organisation/${organisation}`,
    )
      .then(({ data: { data } }) => {
        onChange(`${relation}.connect`, [
          {
            id: data.id,
            apiData: { id: data.id, documentId: data.documentId, locale: data.locale, isTemporary: true },
            status: data.status,
            __temp_key__: 'a0',
            name: data.name,
            label: data.name,
            href: `../collection-types/api::organisation.organisation/${data.documentId}`,
          },
        ]);
      })
      .catch(() => undefined);
  }, [documentId, relation, organisation, current, get, onChange]);
  return null;
}
