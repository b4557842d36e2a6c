// `@toolbox/sdk/ui`: the light apps' shared look. Plain React components, styles prefixed `tbx-`, zh-CN and en.
export { Button, type ButtonProps } from './Button.tsx';
export { Card, type CardProps } from './Card.tsx';
export { PageHeader, type PageHeaderProps } from './PageHeader.tsx';
export { AppFrame, type AppFrameProps } from './AppFrame.tsx';
export { LoadFailedNotice, LoadingLine, type LoadFailedNoticeProps } from './LoadState.tsx';
export { FilterBar, FilterSelect, type FilterBarProps, type FilterSelectProps } from './FilterBar.tsx';
export { DataTable, type DataTableColumn, type DataTableProps, type DataTableSort } from './DataTable.tsx';
export { StatusTag, type StatusTagProps, type StatusTone } from './StatusTag.tsx';
export { EmptyState, type EmptyStateProps } from './EmptyState.tsx';
export { Notice, type NoticeProps } from './Notice.tsx';
export { FieldNotes, type FieldNotesProps } from './FieldNotes.tsx';
export { SchemaForm, type SchemaFormProps } from './SchemaForm.tsx';
export { schemaFields, type SchemaField, type FieldWidget } from './schemaFields.ts';
export { localizeSchema, type FieldText } from './localizeSchema.ts';
export { ensureStyles, UI_CSS } from './styles.ts';
export { InboxIcon, SearchIcon, WarningIcon } from './icons.tsx';
