// Rendered in the browser only: this page reads the query string and needs the engine.
export const ssr = false;
