// The page's drawing helpers, all from the shared core (www/core/): highlight
// planning and what a highlight means. Kept as one module for the page's
// imports and its tests.
export { plan, planSteps } from './core/plan.js';
export { KINDS, KIND_LABEL } from './core/kinds.js';
export { label, entityOf, entityName, countryName, formatCoord, describeDateValue, dateExtent, fillTooltip } from './core/describe.js';
