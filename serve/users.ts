/**
 * The people who may use `kenes serve`: `users.json` in the workspace, each with a role and a
 * password hashed with scrypt (node:crypto) and a random salt. A plain password is never stored,
 * and a check compares hashes in constant time, so a wrong password takes as long as a right one.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';

export const USERS_FILE = 'users.json';
export const ROLES = ['secretariat', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface StoredUser {
  name: string;
  role: Role;
  /** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
  password: string;
  created: string;
}

const SCRYPT = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 64;
const NAME = /^[\p{L}\p{N}._-]{1,64}$/u;
export const MIN_PASSWORD = 10;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCallback(password, salt, keyLength, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export async function loadUsers(workspaceDir: string): Promise<StoredUser[]> {
  const file = join(workspaceDir, USERS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const users = JSON.parse(text) as StoredUser[];
    if (!Array.isArray(users) || !users.every((u) => typeof u.name === 'string' && ROLES.includes(u.role) && typeof u.password === 'string')) throw new Error('not a list of users');
    return users;
  } catch (cause) {
    throw new KenesError('serve.badUsers', `cannot read the users: ${(cause as Error).message}`, { location: { file }, exitCode: EXIT_USAGE, cause });
  }
}

/** Adds a user, or sets the role and password of one of that name; the file is written whole and renamed into place. */
export async function addUser(workspaceDir: string, name: string, role: string, password: string): Promise<StoredUser> {
  if (!NAME.test(name)) {
    throw new KenesError('users.badName', `"${name}" cannot be a user name`, { exitCode: EXIT_USAGE, hint: 'Letters, digits, ".", "_" and "-", up to 64.' });
  }
  if (!ROLES.includes(role as Role)) {
    throw new KenesError('users.badRole', `unknown role "${role}"`, { exitCode: EXIT_USAGE, hint: `Roles: ${ROLES.join(', ')}.` });
  }
  if ([...password].length < MIN_PASSWORD) {
    throw new KenesError('users.shortPassword', `a password needs at least ${MIN_PASSWORD} characters`, { exitCode: EXIT_USAGE });
  }
  const users = (await loadUsers(workspaceDir)).filter((u) => u.name !== name);
  const user: StoredUser = { name, role: role as Role, password: await hashPassword(password), created: new Date().toISOString() };
  users.push(user);
  const file = join(workspaceDir, USERS_FILE);
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, JSON.stringify(users, null, 2) + '\n', { mode: 0o600 });
  await rename(tmp, file);
  return user;
}
