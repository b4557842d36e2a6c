/* The paging parameters lists share: kept out of the contract's public exports, as each route's schema carries them. */
import { Type } from '@sinclair/typebox';

/** The largest `?offset=` of a paged list: far beyond any list a person pages through, and within what SQL's OFFSET takes. */
const MAX_PAGE_OFFSET = 1_000_000;

/**
 * `?offset=` of every paged list. Bounded: past 2^63 (`offset=1e400`, `99999999999999999999`) both engines refuse the
 * number, and the list answered 500.
 */
export const OffsetQuerySchema = Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_PAGE_OFFSET, default: 0 }));
