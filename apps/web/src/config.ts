/**
 * The only reader of `import.meta.env`. The app talks to its own
 * origin: the server serves it in production and Vite proxies in development.
 */
export const config = Object.freeze({
  graphqlUrl: '/graphql',
  refreshUrl: '/auth/refresh',
  isDev: import.meta.env.DEV,
});
