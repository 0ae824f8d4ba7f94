// The one free-port helper, shared with the scripts.
export { freePort } from '../../tooling/net.ts';
