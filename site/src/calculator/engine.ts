// Everything that needs core, loaded as one chunk right after the island hydrates: the form is usable from the
// first paint, and core (with both explanation catalogs) does not weigh on the page's first load.
export { describeProblem } from '@refund-desk/core';
export { compute } from './compute.js';
export { Results } from './Results.js';
