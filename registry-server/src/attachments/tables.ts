/** A photo of a form record (migration 013). */
export interface AttachmentsTable {
  /** 32 random hex digits. */
  id: string;
  app_id: string;
  /** The photo field it was uploaded for. */
  field: string;
  /** The uploader's unit while unsaved; the record's unit once a record names it. */
  unit_id: string;
  uploaded_by: string;
  /** Null until a record names it. */
  record_id: string | null;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp';
  size: number;
  width: number;
  height: number;
  sha256: string;
  created_at: string;
  /** The bytes on PostgreSQL; null on SQLite (the file store holds them). */
  content: Buffer | null;
}

export interface AttachmentTables {
  attachments: AttachmentsTable;
}
