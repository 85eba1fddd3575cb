// The views of the rule core's report: needed once a report has come, so they
// load while the form is drawn. They format dates and amounts with
// i18n/format.ts, whose date check brings the case schema along.
export { FindingsList } from './findings';
export { Payments } from './payment-card';
export { Checklist, Deadlines } from './timeline';
