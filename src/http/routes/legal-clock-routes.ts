import type { AppContext } from '../../app/context.ts';
import type { Server } from '../server-type.ts';

export async function legalClockRoutes(_server: Server, _app: AppContext): Promise<void> {}
