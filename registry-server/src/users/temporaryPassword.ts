import { randomInt } from 'node:crypto';

// No 0/o, 1/l/i: the temporary password is read aloud or copied by hand from the admin's screen.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** `xxxx-xxxx-xxxx`: 12 random characters (about 59 bits), good for one sign-in, after which the user chooses their own. */
export function temporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
