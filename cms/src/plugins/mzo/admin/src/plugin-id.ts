export const PLUGIN_ID = 'mzo';
