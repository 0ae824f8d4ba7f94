// The one free-port helper, shared with the scripts.
export { freePort } from '../../scripts/lib/net.mjs';
