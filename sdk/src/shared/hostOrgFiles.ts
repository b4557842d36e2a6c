/*
 * The host API's photo uploads (`toolbox.files`) and org-tree reads (`toolbox.org`), added in host API 1.1. Both are
 * optional on ToolboxContext: an older desktop lacks them, so an app checks before it offers a photo or a picker.
 */
import type { AttachmentDto, UnitPerson } from './api/attachments.ts';
import type { UnitDto } from './api/org.ts';

/** A photo the registry keeps: put `{id}` in the record's photo field; `url` shows it to whoever may see the record. */
export type UploadedFile = AttachmentDto;

export interface UploadOptions {
  /** The photo field of the form the photo is for (the server refuses any other field). */
  field: string;
  /** Called as the bytes go up, with the share sent (0–1). */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

/** Photos for form records: checked by content (JPEG, PNG, WebP), ≤ 10 MB, re-encoded without metadata (GPS). */
export interface ToolboxFiles {
  /**
   * Uploads one photo for `options.field`. Rejects with a `ToolboxSdkError` carrying the registry's code
   * (`TOOLBOX_ATTACHMENT_NOT_IMAGE`, `TOOLBOX_ATTACHMENT_TOO_LARGE`, …) and its message, as the test double does.
   */
  upload(file: Blob, options: UploadOptions): Promise<UploadedFile>;
  /** Where an attachment of this app is read (an `<img src>`). */
  url(id: string): string;
}

/** A unit of the org tree, as `GET /api/org/units` lists it. */
export type OrgUnit = UnitDto;
/** A member of a unit: id and name only. */
export type OrgPerson = UnitPerson;

/** The org tree the user may read: every unit, and the people of their own unit (any unit's for those who administer it). */
export interface ToolboxOrg {
  units(): Promise<OrgUnit[]>;
  people(unitId: string): Promise<OrgPerson[]>;
}
