// Prints, as JSON, the content types and components the CMS actually loads (after Strapi has
// applied its own defaults), so tests can compare them with the content model.
import { withStrapi } from './lib/strapi-app.mjs';

const loaded = await withStrapi(async (strapi) => {
  const pick = ({ attributes, options, pluginOptions }) => ({ attributes, options, pluginOptions });
  return {
    contentTypes: Object.fromEntries(
      Object.entries(strapi.contentTypes)
        .filter(([uid]) => uid.startsWith('api::'))
        .map(([uid, ct]) => [uid, pick(ct)]),
    ),
    components: Object.fromEntries(Object.entries(strapi.components).map(([uid, c]) => [uid, pick(c)])),
  };
});
process.stdout.write(`\n@@CMS-SCHEMAS@@${JSON.stringify(loaded)}\n`);
