import type { Db, Tx } from '../kysely.ts';
import { normaliseProfile, type ProcedureProfile } from '../../domain/profile/procedure-profile.ts';
import { DomainError } from '../../domain/errors.ts';

/**
 * Published profile versions never change, so they are cached by (code, version) once read.
 */
export class ProfileRepository {
  private cache = new Map<string, ProcedureProfile>();

  constructor(private readonly db: Db) {}

  async get(code: string, version: number, tx: Db | Tx = this.db): Promise<ProcedureProfile> {
    const key = `${code}@${version}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const row = await tx
      .selectFrom('procedure_profiles')
      .select('definition')
      .where('code', '=', code)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw new DomainError('not_found', 'profile_not_found', [], { code, version });
    const profile = normaliseProfile(row.definition as ProcedureProfile);
    this.cache.set(key, profile);
    return profile;
  }

  async latest(code: string, tx: Db | Tx = this.db): Promise<ProcedureProfile> {
    const row = await tx
      .selectFrom('procedure_profiles')
      .select('version')
      .where('code', '=', code)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row) throw new DomainError('not_found', 'profile_not_found', [], { code });
    return this.get(code, row.version, tx);
  }

  async list(): Promise<{ code: string; version: number; publishedAt: Date; definition: ProcedureProfile }[]> {
    const rows = await this.db
      .selectFrom('procedure_profiles')
      .select(['code', 'version', 'published_at', 'definition'])
      .orderBy('code')
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({
      code: r.code,
      version: r.version,
      publishedAt: r.published_at,
      definition: normaliseProfile(r.definition as ProcedureProfile),
    }));
  }

  async publish(
    profile: Omit<ProcedureProfile, 'version'>,
    publishedBy: string | null,
    tx: Tx,
  ): Promise<ProcedureProfile> {
    const last = await tx
      .selectFrom('procedure_profiles')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('code', '=', profile.code)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const published: ProcedureProfile = normaliseProfile({ ...profile, version } as ProcedureProfile);
    await tx
      .insertInto('procedure_profiles')
      .values({ code: profile.code, version, definition: JSON.stringify(published), published_by: publishedBy })
      .execute();
    return published;
  }
}
