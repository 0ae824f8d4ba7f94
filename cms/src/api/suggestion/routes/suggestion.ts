// The one public write endpoint. No read routes exist, so no role or token can list suggestions.
export default {
  routes: [
    {
      method: 'POST',
      path: '/suggestions',
      handler: 'api::suggestion.suggestion.submit',
      config: {
        auth: false,
        middlewares: ['api::suggestion.rate-limit'],
      },
    },
  ],
};
