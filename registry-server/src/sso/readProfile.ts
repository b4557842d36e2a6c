import type { RoleName } from '../db/schema.ts';
import { USERNAME_PATTERN } from '../users/userStore.ts';
import { ROLE_RANK } from './parseRoleMap.ts';
import type { OidcSettings } from './SsoConfig.ts';

/** What the provider says about the user, read through the configured claims. */
export interface SsoProfile {
  username: string;
  /** The display name; null when the claim is missing (the username then stands in for a new user). */
  name: string | null;
  /** The unit id for a user created on first sign-in; null when the claim is missing. */
  unitId: string | null;
  /** The role from the role mapping; null when there is no mapping or the claim is missing. */
  role: RoleName | null;
}

/** A claim by name; `a.b` reads a nested member (Keycloak puts client roles under `resource_access.<client>.roles`). */
function claim(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function oneLine(value: unknown, max: number): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  // No control characters (a line break would forge lines wherever the name is shown or exported).
  const control = [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  return text && text.length <= max && !control ? text : null;
}

/** Values of a roles or groups claim: an array, or one string of values separated by spaces or commas. */
function values(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').slice(0, 200);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean).slice(0, 200);
  return [];
}

/** The profile of the claims, or the name of the username claim when it is missing or unusable. */
export function readProfile(claims: Record<string, unknown>, settings: OidcSettings): SsoProfile | { missing: string } {
  // The roster's rule for usernames (users/userStore.ts): a name it could not hold cannot be matched or created.
  const username = oneLine(claim(claims, settings.claims.username), 64)?.normalize('NFKC');
  if (!username || !new RegExp(USERNAME_PATTERN).test(username)) return { missing: settings.claims.username };
  let role: RoleName | null = null;
  const map = settings.roleMap;
  const raw = claim(claims, settings.claims.roles);
  if (map && raw !== undefined) {
    role = 'staff';
    // Several mapped values: the strongest role among them.
    for (const v of values(raw)) {
      const mapped = map.get(v);
      if (mapped && ROLE_RANK[mapped] > ROLE_RANK[role]) role = mapped;
    }
  }
  return {
    username,
    // The roster holds names of at most 40 characters; a longer one is left out rather than cut.
    name: oneLine(claim(claims, settings.claims.name), 40),
    unitId: oneLine(claim(claims, settings.claims.unit), 64),
    role,
  };
}
