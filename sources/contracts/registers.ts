/** Every register kenes knows, in the order they are loaded and listed. */
import { activities } from './activities.ts';
import { appeals } from './appeals.ts';
import { attendance } from './attendance.ts';
import { bodies } from './bodies.ts';
import type { Register } from './defineRegister.ts';
import { letters } from './letters.ts';
import { media } from './media.ts';
import { meetings } from './meetings.ts';
import { members } from './members.ts';
import { npaReviews } from './npaReviews.ts';
import { plan } from './plan.ts';
import { statedFigures } from './statedFigures.ts';
import { votes } from './votes.ts';

export const REGISTERS: readonly Register[] = [
  members, bodies, meetings, attendance, votes, activities, appeals, letters, npaReviews, media, statedFigures, plan,
];

export function findRegister(id: string): Register | undefined {
  return REGISTERS.find((r) => r.id === id);
}

/** The register a sheet or file name stands for, if any. */
export function recognizeRegister(name: string): Register | undefined {
  return REGISTERS.find((r) => r.matchesName(name));
}
