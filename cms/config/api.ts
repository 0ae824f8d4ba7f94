export default {
  rest: {
    defaultLimit: 25,
    // Strapi clamps larger page sizes to this silently; the site's loaders page at 100.
    maxLimit: 100,
    withCount: true,
  },
};
