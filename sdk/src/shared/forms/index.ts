// Form apps (no-code 台账): the definition, its checks, the records' schema, version compatibility and the templates.
// Plain code with no ajv and no generated code, so it runs in the desktop's page (CSP) as well as on the server.
export { FIELD_KINDS, FORM_COLLECTION, FORM_DEFINITION_VERSION } from './types.ts';
export type {
  AddressValue,
  FieldKind,
  FlowState,
  FlowTransition,
  FormDefinition,
  FormDescription,
  FormField,
  FormFlow,
  FormSection,
  FormViews,
  ListView,
  OptionsEn,
  OrgRef,
  PhotoRef,
  RetiredField,
  StateTone,
} from './types.ts';
export { EXPORT_STAMP_COLUMNS, FORM_LIMITS } from './limits.ts';
export { formDefinitionSchema } from './formDefinitionSchema.ts';
export { validateDefinition } from './validateDefinition.ts';
export type { DefinitionValidation } from './validateDefinition.ts';
export type { DefinitionError, DefinitionErrorCode } from './definitionError.ts';
export { definitionToCollectionSchema } from './definitionToCollectionSchema.ts';
export { checkFormRecord } from './checkFormRecord.ts';
export type { FormRecordProblem } from './checkFormRecord.ts';
export { checkFieldValue, isEmptyValue } from './checkFieldValue.ts';
export { FILTERABLE_KINDS, SEARCHABLE_KINDS } from './checkViews.ts';
export { definitionVersionFor, fieldByKey, fieldLabels, formFields, MATCH_FIELDS_MAX, MATCHABLE_KINDS, matchFields, matchKeys, matchText, nameField, personNameFields } from './formFields.ts';
export { optionLabel, unitLabel } from './fieldWords.ts';
export { defaultListQuery } from './defaultListQuery.ts';
export { initialValues, type RecordMaker } from './initialValues.ts';
export { type CellReading, readCell } from './readCell.ts';
export { fieldsFromSheet, type SheetColumnSample, type SheetFields } from './fieldsFromSheet.ts';
export { allowedTransitions, canMove, flowState, reachableStates, statusField } from './flow.ts';
export { compatibility, retireField } from './compatibility.ts';
export type { ChangeKind, CompatibilityReport, FieldDecision, FormChange } from './compatibility.ts';
export { ID_CARD_PATTERN, idCardCheckCharacter, isValidIdCard } from './idCard.ts';
export { isValidPhone, PHONE_PATTERN } from './phone.ts';
export { FORM_TEMPLATES } from './templates/index.ts';
