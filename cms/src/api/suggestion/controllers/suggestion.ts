import { factories } from '@strapi/strapi';
import { DEFAULT_LOCALE, localeInfo, parseSuggestion, SUGGESTION_PAGE_TEXT, type Locale } from '@mzo/content-types';
import { cmsPublicAddresses } from '../../../public-addresses';

/** The thanks page in the form's language: Dutch at the root, the others under /<code>/. */
const thanks = (locale: Locale) => (locale === DEFAULT_LOCALE ? '/bedankt/' : `/${locale}/bedankt/`);

function siteUrl(path: string) {
  return new URL(path, cmsPublicAddresses().siteUrl).href;
}

function wantsJson(ctx) {
  return ctx.is('application/json') || (ctx.get('accept') ?? '').includes('application/json');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** For a form posted without JavaScript: a plain page listing what to fix, with a way back. */
function errorPage(locale: Locale, errors: Record<string, string>, back: string) {
  const title = SUGGESTION_PAGE_TEXT.title[locale];
  const backText = SUGGESTION_PAGE_TEXT.back[locale];
  const items = Object.values(errors)
    .map((m) => `<li>${escapeHtml(m)}</li>`)
    .join('');
  return `<!doctype html><html lang="${locale}" dir="${localeInfo(locale).dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><ul>${items}</ul><p><a href="${escapeHtml(back)}">${backText}</a></p></main></body></html>`;
}

/**
 * Public suggestions: validated against the form definition, honeypot hits dropped silently, only
 * the form's fields stored, never published and never readable through the content API.
 */
export default factories.createCoreController('api::suggestion.suggestion', ({ strapi }) => ({
  async submit(ctx) {
    const result = parseSuggestion(ctx.request.body);
    const json = wantsJson(ctx);
    if ('errors' in result) {
      ctx.status = 400;
      if (json) {
        ctx.body = { error: { status: 400, name: 'ValidationError', message: 'Invalid suggestion', details: { errors: result.errors } } };
      } else {
        ctx.type = 'html';
        ctx.body = errorPage(result.locale, result.errors as Record<string, string>, ctx.get('referer') || siteUrl('/'));
      }
      return;
    }
    const input = (result as Extract<typeof result, { ok: true }>).value;
    let organisationId: string | undefined;
    if (input.organisation) {
      const [found] = await strapi.documents('api::organisation.organisation').findMany({
        filters: { slug: input.organisation },
        status: 'published',
        fields: ['documentId'],
        limit: 1,
      });
      if (!found) {
        const message = SUGGESTION_PAGE_TEXT.notInGuide[input.locale];
        ctx.status = 400;
        ctx.body = json
          ? { error: { status: 400, name: 'ValidationError', message, details: { errors: { organisation: message } } } }
          : errorPage(input.locale, { organisation: message }, siteUrl('/'));
        return;
      }
      organisationId = found.documentId;
    }
    if (!input.isBot) {
      await strapi.documents('api::suggestion.suggestion').create({
        data: {
          kind: input.kind,
          organisation: organisationId ?? null,
          organisationName: input.organisationName ?? null,
          wijkName: input.wijkName ?? null,
          message: input.message,
          submitterName: input.submitterName ?? null,
          submitterEmail: input.submitterEmail ?? null,
          consentAt: input.consent && (input.submitterName || input.submitterEmail) ? new Date().toISOString() : null,
          status: 'new',
        },
      });
    }
    if (json) {
      ctx.status = 201;
      ctx.body = { data: { received: true } };
    } else {
      ctx.status = 303;
      ctx.redirect(siteUrl(thanks(input.locale)));
    }
  },
}));
