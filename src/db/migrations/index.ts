import type { Migration } from 'kysely';
import * as m001 from './001-initial.ts';
import * as m002 from './002-legal-clock.ts';
import * as m003 from './003-protection.ts';
import * as m004 from './004-statistics.ts';
import * as m005 from './005-protection-worklist.ts';
import * as m006 from './006-case-search-words.ts';
import * as m007 from './007-protection-rule-sets-v2.ts';
import * as m008 from './008-law-coverage-territory.ts';
import * as m009 from './009-vote-settings.ts';
import * as m010 from './010-access-hardening.ts';
import * as m012 from './012-checkpoints.ts';
import * as m014 from './014-official-documents.ts';
import * as m015 from './015-notification-resolution.ts';
import * as m016 from './016-registration-campaigns.ts';
import * as m017 from './017-identity.ts';
import * as m018 from './018-dashboard-tallies.ts';
import * as m019 from './019-replication-showcase.ts';
import * as m020 from './020-checkpoint-subtrees.ts';
import * as m021 from './021-documents-without-case.ts';
import * as m022 from './022-access-log.ts';
import * as m023 from './023-second-factor.ts';
import * as m024 from './024-person-identities.ts';
import * as m025 from './025-implementation-plans.ts';
import * as m026 from './026-periodic-review-reports.ts';
import * as m027 from './027-deadline-watch.ts';
import * as m028 from './028-campaign-reminder-days.ts';
import * as m029 from './029-case-province.ts';
import * as m030 from './030-dashboard-speed.ts';
import * as m031 from './031-compliance-by-area.ts';
import * as m032 from './032-search-word-statistics.ts';
import * as m033 from './033-write-triggers.ts';
import * as m034 from './034-people-directory.ts';
import * as m035 from './035-people-area.ts';
import * as m036 from './036-province-units.ts';

/** Migrations are listed in code (not read from a folder) so that they ship with any build. */
export const MIGRATIONS: Record<string, Migration> = {
  '001-initial': m001,
  '002-legal-clock': m002,
  '003-protection': m003,
  '004-statistics': m004,
  '005-protection-worklist': m005,
  '006-case-search-words': m006,
  '007-protection-rule-sets-v2': m007,
  '008-law-coverage-territory': m008,
  '009-vote-settings': m009,
  '010-access-hardening': m010,
  '012-checkpoints': m012,
  '014-official-documents': m014,
  '015-notification-resolution': m015,
  '016-registration-campaigns': m016,
  '017-identity': m017,
  '018-dashboard-tallies': m018,
  '019-replication-showcase': m019,
  '020-checkpoint-subtrees': m020,
  '021-documents-without-case': m021,
  '022-access-log': m022,
  '023-second-factor': m023,
  '024-person-identities': m024,
  '025-implementation-plans': m025,
  '026-periodic-review-reports': m026,
  '027-deadline-watch': m027,
  '028-campaign-reminder-days': m028,
  '029-case-province': m029,
  '030-dashboard-speed': m030,
  '031-compliance-by-area': m031,
  '032-search-word-statistics': m032,
  '033-write-triggers': m033,
  '034-people-directory': m034,
  '035-people-area': m035,
  '036-province-units': m036,
};
