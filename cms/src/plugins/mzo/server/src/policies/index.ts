import canConfirmOrganisation from './can-confirm-organisation';
import hasPermission from './has-permission';

export default { 'has-permission': hasPermission, 'can-confirm-organisation': canConfirmOrganisation };
