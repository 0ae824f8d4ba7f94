import contentDigest from './content-digest';
import myOrganisations from './my-organisations';
import consultationList from './consultation-list';
import freshness from './freshness';
import outcomes from './outcomes';
import importing from './import';
import invitations from './invitations';
import review from './review';
import siteStatus from './site-status';

export default {
  'content-digest': contentDigest,
  freshness,
  outcomes,
  review,
  'site-status': siteStatus,
  'consultation-list': consultationList,
  import: importing,
  invitations,
  'my-organisations': myOrganisations,
};
