import { REVIEW_LABELS_ZH } from '@toolbox/sdk/api';

// The CSV prints the labels the admin console shows: one table, in the contract.
export const RECOMMENDATION_ZH = REVIEW_LABELS_ZH.recommendation;
export const SCENARIO_ZH = REVIEW_LABELS_ZH.scenario;
export const STATUS_ZH = REVIEW_LABELS_ZH.status;
/** Why usage events were not counted, as the CSV prints it. */
export const REFUSAL_ZH = REVIEW_LABELS_ZH.refusal;
