import canConfirmOrganisation from './can-confirm-organisation';
import hasPermission from './has-permission';
import isRedacteur from './is-redacteur';

export default { 'has-permission': hasPermission, 'can-confirm-organisation': canConfirmOrganisation, 'is-redacteur': isRedacteur };
