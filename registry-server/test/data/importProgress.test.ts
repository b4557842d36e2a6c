// The board an instance keeps of its running imports (routes/data.ts asks it for getImportProgress): bounded, one
// import per owner and token, read back only by the same user in the same app and collection.
import { describe, expect, it } from 'vitest';
import { createImportProgressBoard } from '../../src/data/importProgress.ts';

const staff = { userId: 'u-staff', appId: 'hardship-hy', collection: 'records' };

describe('createImportProgressBoard', () => {
  it('follows an import from reading to writing, never past its photos, and forgets it at the end', () => {
    const board = createImportProgressBoard();
    const tracker = board.start(staff, 'token-0123456789abcdef')!;
    expect(board.read(staff, 'token-0123456789abcdef')).toEqual({ phase: 'reading', photos: 0, photosDone: 0 });
    tracker.set('photos', 10, 4);
    expect(board.read(staff, 'token-0123456789abcdef')).toEqual({ phase: 'photos', photos: 10, photosDone: 4 });
    // The last batch may count past the total: never more than it.
    tracker.set('photos', 10, 12);
    expect(board.read(staff, 'token-0123456789abcdef')?.photosDone).toBe(10);
    // What is read is a copy: a caller cannot change the board.
    const read = board.read(staff, 'token-0123456789abcdef')!;
    read.photosDone = 0;
    expect(board.read(staff, 'token-0123456789abcdef')?.photosDone).toBe(10);
    tracker.end();
    expect(board.read(staff, 'token-0123456789abcdef')).toBeUndefined();
    expect(board.size()).toBe(0);
  });

  it('is read only by the same user, app and collection, and runs a second import under a token in use unfollowed', () => {
    const board = createImportProgressBoard();
    const token = 'token-0123456789abcdef';
    board.start(staff, token)!.set('photos', 3, 1);
    expect(board.read({ ...staff, userId: 'u-staff2' }, token)).toBeUndefined();
    expect(board.read({ ...staff, appId: 'visit-log' }, token)).toBeUndefined();
    expect(board.read({ ...staff, collection: 'other' }, token)).toBeUndefined();
    expect(board.start(staff, token)).toBeUndefined();
    expect(board.read(staff, token)).toEqual({ phase: 'photos', photos: 3, photosDone: 1 });
    // Another user may use the same token for an import of theirs.
    expect(board.start({ ...staff, userId: 'u-staff2' }, token)).toBeDefined();
  });

  it('follows at most so many imports at once; the rest run unfollowed until one ends', () => {
    const board = createImportProgressBoard(2);
    const first = board.start(staff, 'token-a-0123456789ab')!;
    board.start(staff, 'token-b-0123456789ab');
    expect(board.start(staff, 'token-c-0123456789ab')).toBeUndefined();
    first.end();
    expect(board.start(staff, 'token-c-0123456789ab')).toBeDefined();
    expect(board.size()).toBe(2);
  });
});
