/** Images editors may upload (logos, photos of rooms); SVG is refused because it can carry script. */
const UPLOAD_ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];

export default ({ env }) => ({
  i18n: {
    enabled: true,
  },
  upload: {
    config: {
      // Bytes; UPLOAD_SIZE_LIMIT overrides (default 5 MB).
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 5 * 1024 * 1024),
      security: {
        allowedTypes: UPLOAD_ALLOWED_TYPES,
        deniedTypes: ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'application/javascript'],
      },
    },
  },
});
