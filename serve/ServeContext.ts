/** What every route of the server shares: the workspace and its queue, jobs, sessions, and the request's own (who, language). */
import type { Context } from 'hono';
import type { Lang } from '../reports/i18n/getLabels.ts';
import type { Workspace } from '../workspace/workspace.ts';
import type { UiText } from './i18n/uiText.ts';
import type { Jobs } from './Jobs.ts';
import type { Session, Sessions } from './Sessions.ts';
import type { WorkspaceQueue } from './WorkspaceQueue.ts';

export interface ServeContext {
  ws: Workspace;
  queue: WorkspaceQueue;
  jobs: Jobs;
  sessions: Sessions;
  /** Sign-in required: users are set up, or the server listens beyond this computer. */
  loginRequired: boolean;
  /** Bound to 127.0.0.1/::1/localhost: requests must name such a host (no DNS rebinding). */
  loopback: boolean;
  /** The address people reach the server at behind a reverse proxy (https://kenes.example.kz); CSRF checks the Origin against it. */
  origin?: string;
  /** The signed-in person when none is needed (localhost, no users): the computer's own user. */
  localUser: string;
  localCsrf: string;
}

export type Env = { Variables: { session: Session; lang: Lang; t: UiText } };
export type Ctx = Context<Env>;
