/**
 * What a view names itself in the document title, before the view's and the site's names: the
 * report view sets its agency and year, so that tabs, history and the route announcer tell
 * reports apart. Null for views whose name says it all.
 */
export const pageTitle = $state<{ subject: string | null }>({ subject: null });
