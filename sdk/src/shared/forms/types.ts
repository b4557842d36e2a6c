import type { LocalizedText, Manifest, Role } from '../types.ts';

/**
 * The newest format of a form definition this SDK reads and writes; a runtime refuses a newer one rather than guess.
 * 1: the first. 2: `matchBy` may name several fields together, or an address field. 3: a choice field may word its
 * options in English (`optionsEn`), and a number field its unit (`unitEn`). A definition declares the lowest format that expresses it (`definitionVersionFor`),
 * so one that needs nothing new still opens in older runtimes.
 */
export const FORM_DEFINITION_VERSION = 3;

/** The one collection a form app stores its records in. */
export const FORM_COLLECTION = 'records';

/** Every kind of field a form app may use (the designer's palette). */
export const FIELD_KINDS = [
  'text',
  'textarea',
  'number',
  'date',
  'datetime',
  'choice',
  'multichoice',
  'yesno',
  'phone',
  'idcard',
  'address',
  'person',
  'unit',
  'photo',
  'status',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

interface FieldBase {
  /** The record's property name: a short identifier (`residentName`), never shown to staff. */
  key: string;
  label: LocalizedText;
  help?: LocalizedText;
  required?: boolean;
}

export interface TextField extends FieldBase {
  kind: 'text';
  default?: string;
  minLength?: number;
  /** At most 200; 100 when absent. */
  maxLength?: number;
  /** A person's name (户主姓名): the list sorts it with the first character read as a surname (曾 zeng, 单 shan). */
  personName?: boolean;
}
export interface TextareaField extends FieldBase {
  kind: 'textarea';
  default?: string;
  /** At most 5000; 2000 when absent. */
  maxLength?: number;
}
export interface NumberField extends FieldBase {
  kind: 'number';
  default?: number;
  /** Shown after the value: 人, 元, 件, 平方米. */
  unit?: string;
  /** The unit on English screens (people, yuan, m²); none: `unit` as it is. Needs format 3. */
  unitEn?: string;
  min?: number;
  max?: number;
  /** Digits after the decimal point; 0 (the default) means whole numbers. */
  decimals?: number;
}
export interface DateField extends FieldBase {
  kind: 'date';
  /** `today` (in Shanghai, when the form opens) or a date `YYYY-MM-DD`. */
  default?: string;
}
export interface DateTimeField extends FieldBase {
  kind: 'datetime';
  /** `now` (when the form opens). */
  default?: 'now';
}
/**
 * The English wording of a choice field's options, keyed by the option (`{"楼道停放充电": "Charged in a stairwell"}`).
 * Records store the option itself whatever the screen's language; an option without an English wording shows as it is.
 */
export type OptionsEn = Record<string, string>;
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: string[];
  optionsEn?: OptionsEn;
  default?: string;
}
export interface MultichoiceField extends FieldBase {
  kind: 'multichoice';
  options: string[];
  optionsEn?: OptionsEn;
  default?: string[];
}
export interface YesNoField extends FieldBase {
  kind: 'yesno';
  default?: boolean;
}
export interface PhoneField extends FieldBase {
  kind: 'phone';
}
export interface IdCardField extends FieldBase {
  kind: 'idcard';
}
export interface AddressField extends FieldBase {
  kind: 'address';
}
export interface PersonField extends FieldBase {
  kind: 'person';
  /** `me`: whoever fills the form. */
  default?: 'me';
}
export interface UnitField extends FieldBase {
  kind: 'unit';
  /** `mine`: the unit of whoever fills the form. */
  default?: 'mine';
}
export interface PhotoField extends FieldBase {
  kind: 'photo';
  /** At most 9; 3 when absent. */
  maxPhotos?: number;
}
/** The record's place in the flow: set when a record is made and moved only by the flow's transitions. */
export interface StatusField extends FieldBase {
  kind: 'status';
}

export type FormField =
  | TextField
  | TextareaField
  | NumberField
  | DateField
  | DateTimeField
  | ChoiceField
  | MultichoiceField
  | YesNoField
  | PhoneField
  | IdCardField
  | AddressField
  | PersonField
  | UnitField
  | PhotoField
  | StatusField;

/** A field an earlier version had and this one dropped: its values stay readable (read-only), or were moved. */
export type RetiredField = FormField & {
  /** The live field the values were copied into when this version was published. */
  movedTo?: string;
};

export interface FormSection {
  title: LocalizedText;
  description?: LocalizedText;
  fields: FormField[];
}

/** A stored address: 楼号 and 室号, both as written on the door. */
export interface AddressValue {
  building: string;
  room: string;
}
/** A stored person or unit from the org tree: the id for lookups, the name as it was when chosen. */
export interface OrgRef {
  id?: string;
  name: string;
}
/** A stored photo: an attachment the server keeps (see docs/form-apps.md, 尚未完成). */
export interface PhotoRef {
  id: string;
  name?: string;
}

export type StateTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface FlowState {
  key: string;
  label: LocalizedText;
  tone?: StateTone;
  /** Kept so records already in it stay readable and can leave it; nothing may move into it any more. */
  retired?: boolean;
}

export interface FlowTransition {
  from: string;
  to: string;
  /** The button's text; `转为{state}` when absent. */
  label?: LocalizedText;
  /** Who may take this step; absent: anyone who may edit the record. */
  roles?: Role[];
}

/** An optional status flow (待处理 → 处理中 → 已办结) over the definition's one `status` field. */
export interface FormFlow {
  states: FlowState[];
  initial: string;
  transitions: FlowTransition[];
}

export interface ListView {
  /** Field keys shown as columns, left to right. */
  columns: string[];
  sort?: { field: string; direction: 'asc' | 'desc' };
  /** Fields offered as filters above the list (choice, multichoice, yesno, status, date, unit, person). */
  filters?: string[];
  /** Fields the search box looks in. */
  search?: string[];
  /** Records per page; 20 when absent. */
  pageSize?: number;
}

export interface FormViews {
  list: ListView;
  /** Fields shown on a record's page, in order; every field when absent. */
  detail?: { fields?: string[] };
  /** How many columns the form lays its fields out in at 1366×768 (2 when absent). */
  form?: { columns?: 1 | 2 | 3 };
}

/** The manifest's descriptive fields, which a form app has as any app does. */
export type FormDescription = Pick<Manifest, 'id' | 'name' | 'description' | 'version' | 'icon' | 'category' | 'keywords' | 'scenario' | 'owner' | 'visibility' | 'changelog'>;

/**
 * A no-code form app: the manifest's descriptive fields, the sections and fields of its one collection (`records`),
 * its views and an optional status flow. The form runtime renders any definition that passes `validateDefinition`.
 */
export interface FormDefinition extends FormDescription {
  definitionVersion: number;
  sections: FormSection[];
  retired?: RetiredField[];
  views: FormViews;
  flow?: FormFlow;
  /**
   * The field whose value names one record (身份证号, 车牌号, 物资编号), or up to three whose values do so together
   * (`['name', 'address']`: 姓名 + 住址, where a ledger has no number): the ledger holds one record per value. The form
   * warns when a new or edited record has a value another record has, and an import finds the rows already in the
   * ledger by it (to skip or update them). Live fields of kind `text`, `phone` or `idcard` (`matchFields` gives them).
   * Absent: an import still warns by the form's 身份证号 fields, and the form does not warn.
   */
  matchBy?: string | string[];
}
