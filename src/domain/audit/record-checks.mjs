// The checks of a case's record, in one dependency-free module. The server's `/verify` imports it,
// and `scripts/build-verifier.mjs` copies it verbatim into the single-file offline verifier
// (`scripts/verify-export.mjs`, also shipped in each dossier), so that both run the same code; a
// test keeps the copy in step. Plain JavaScript with JSDoc types: nothing to compile for a
// stranger, and SHA-256 is passed in (node:crypto on the server and in Node.js, a pure
// implementation in the browser).

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level and no insignificant white space.
 * @param {unknown} value
 * @returns {string}
 */
export function canonicalJson(value) {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = /** @type {Record<string, unknown>} */ (value);
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/**
 * @typedef {(data: string | Uint8Array) => string} Sha256Hex
 * @typedef {{ detector: string, subject: string, message: string, seq?: number, field?: string }} RecordProblem
 * @typedef {Record<string, { from: string[], to: string[] }>} TransitionTable
 */

/**
 * Checks everything a case's record is made of and names each difference. `bundle` is the export
 * format (`khien-case-export/2`); a part that is absent is reported as not checked, never as OK.
 * @param {any} bundle
 * @param {{ sha256: Sha256Hex, transitions: TransitionTable }} tools
 */
export function verifyRecord(bundle, tools) {
  /** @type {RecordProblem[]} */
  const problems = [];
  /** @type {string[]} */
  const unchecked = [];
  const events = Array.isArray(bundle.events) ? bundle.events : [];
  const chain = checkChain(events, tools.sha256, problems);
  checkChainAgainstRow(bundle.case, chain, problems);
  checkPlanVersions(bundle.planVersions ?? [], events, bundle.case, tools.sha256, problems);
  checkAttachments(bundle.attachments ?? [], events, problems, unchecked);
  replayCaseRow(bundle.case, events, tools, problems, unchecked);
  if (bundle.protection) checkProtection(bundle.protection, events, tools.sha256, problems);
  else unchecked.push('protection');
  if (bundle.rewards) checkRewards(bundle.rewards, events, problems);
  else unchecked.push('rewards');
  return { ok: problems.length === 0, events: events.length, headHash: chain.head, problems, unchecked };
}

/** @param {any[]} events @param {Sha256Hex} sha256 @param {RecordProblem[]} problems */
function checkChain(events, sha256, problems) {
  let prev = GENESIS_HASH;
  events.forEach((e, i) => {
    const { prevHash, hash, ...content } = e;
    const subject = `event ${i + 1}`;
    if (e.seq !== i + 1)
      problems.push({ detector: 'chain', subject, seq: i + 1, field: 'seq', message: `sequence number ${e.seq}` });
    if (prevHash !== prev)
      problems.push({
        detector: 'chain',
        subject,
        seq: i + 1,
        field: 'prevHash',
        message: 'does not link to the event before it',
      });
    if (sha256(`${prev}\n${canonicalJson(content)}`) !== hash)
      problems.push({
        detector: 'chain',
        subject,
        seq: i + 1,
        field: 'hash',
        message: 'content does not match its hash',
      });
    prev = typeof hash === 'string' ? hash : prev;
  });
  return { head: prev, length: events.length };
}

/** @param {any} row @param {{ head: string, length: number }} chain @param {RecordProblem[]} problems */
function checkChainAgainstRow(row, chain, problems) {
  if (!row) return problems.push({ detector: 'case_row', subject: 'case', message: 'the record has no case row' });
  if (row.eventCount !== chain.length)
    problems.push({
      detector: 'chain_end',
      subject: 'case.eventCount',
      field: 'eventCount',
      message: `the chain has ${chain.length} events, the case records ${row.eventCount}`,
    });
  if (row.headHash !== (chain.length ? chain.head : null))
    problems.push({
      detector: 'chain_end',
      subject: 'case.headHash',
      field: 'headHash',
      message: `the chain ends in ${chain.head.slice(0, 12)}…, the case records ${String(row.headHash).slice(0, 12)}…`,
    });
}

/** @param {any[]} events @param {string} key */
const payloadsWith = (events, key) =>
  events.filter((e) => e.payload && e.payload[key] !== undefined && e.payload[key] !== null);

/** Each plan version's content against the hash the event that saved it recorded. */
function checkPlanVersions(
  /** @type {any[]} */ plans,
  /** @type {any[]} */ events,
  /** @type {any} */ row,
  /** @type {Sha256Hex} */ sha256,
  /** @type {RecordProblem[]} */ problems,
) {
  const recorded = payloadsWith(events, 'planSha256');
  const versions = new Set();
  for (const p of plans) {
    versions.add(p.version);
    const subject = `plan version ${p.version}`;
    const actual = sha256(canonicalJson(p.plan));
    if (actual !== p.sha256)
      problems.push({ detector: 'plan_version', subject, field: 'plan', message: 'content does not match its hash' });
    const own = recorded.filter((e) => e.payload.planVersion === p.version);
    const anchors = own.length ? own : recorded;
    if (!anchors.some((e) => e.payload.planSha256 === actual))
      problems.push({
        detector: 'plan_version',
        subject,
        field: 'plan',
        message: 'no event of the chain records this content',
      });
  }
  for (const e of recorded) {
    if (!versions.has(e.payload.planVersion))
      problems.push({
        detector: 'plan_version',
        subject: `plan version ${e.payload.planVersion}`,
        seq: e.seq,
        message: `event ${e.seq} records it but the record has no such version`,
      });
  }
  const latest = recorded.reduce((m, e) => Math.max(m, e.payload.planVersion), 0);
  if (row && row.planVersion !== undefined && recorded.length && row.planVersion !== latest) {
    problems.push({
      detector: 'case_row',
      subject: 'case.planVersion',
      field: 'planVersion',
      message: `the events record version ${latest} as the latest plan, the case ${row.planVersion}`,
    });
  }
}

/** Each attachment against the event that recorded it, and its stored bytes against that hash. */
function checkAttachments(
  /** @type {any[]} */ attachments,
  /** @type {any[]} */ events,
  /** @type {RecordProblem[]} */ problems,
  /** @type {string[]} */ unchecked,
) {
  const added = new Map(events.filter((e) => e.type === 'attachment_added').map((e) => [e.payload.attachmentId, e]));
  let bytesMissing = false;
  for (const a of attachments) {
    const subject = `attachment ${a.filename ?? a.id}`;
    const event = added.get(a.id);
    if (!event) problems.push({ detector: 'attachment', subject, message: 'no event of the chain records it' });
    else if (event.payload.sha256 !== a.sha256)
      problems.push({
        detector: 'attachment',
        subject,
        seq: event.seq,
        field: 'sha256',
        message: `its hash differs from the one event ${event.seq} recorded`,
      });
    if (a.storedSha256 === undefined) bytesMissing = true;
    else if (a.storedSha256 !== (event?.payload.sha256 ?? a.sha256))
      problems.push({
        detector: 'attachment_bytes',
        subject,
        field: 'content',
        message: 'the stored bytes do not match the recorded hash',
      });
  }
  for (const [id, e] of added) {
    if (!attachments.some((a) => a.id === id))
      problems.push({
        detector: 'attachment',
        subject: `attachment ${e.payload.filename ?? id}`,
        seq: e.seq,
        message: `event ${e.seq} records it but the record has no such attachment`,
      });
  }
  if (bytesMissing) unchecked.push('attachment bytes');
}

/**
 * The case row recomputed from its events through the rule table: each transition must leave
 * the state the chain was in and lead where the rule allows; the state and version are the
 * replay's; the facts must hash to what the last event recorded.
 */
function replayCaseRow(
  /** @type {any} */ row,
  /** @type {any[]} */ events,
  /** @type {{ sha256: Sha256Hex, transitions: TransitionTable }} */ tools,
  /** @type {RecordProblem[]} */ problems,
  /** @type {string[]} */ unchecked,
) {
  if (!row) return;
  /** @type {string | null} */
  let state = null;
  let version = 0;
  /** @type {string | null} */
  let factsSha256 = null;
  for (const e of events) {
    const p = e.payload ?? {};
    if (typeof p.factsSha256 === 'string' && p.to !== undefined) factsSha256 = p.factsSha256;
    if (p.to === undefined) continue;
    // An edited type may name anything, `constructor` or `__proto__` included: only the table's own entries are rules.
    const rule =
      typeof e.type === 'string' && Object.hasOwn(tools.transitions, e.type) ? tools.transitions[e.type] : undefined;
    const subject = `event ${e.seq}`;
    if (!rule)
      problems.push({
        detector: 'replay',
        subject,
        seq: e.seq,
        field: 'type',
        message: `${e.type} is not an action of the rule table`,
      });
    else {
      const from = state ?? '(none)';
      if ((p.from ?? '(none)') !== from)
        problems.push({
          detector: 'replay',
          subject,
          seq: e.seq,
          field: 'payload.from',
          message: `leaves ${p.from ?? '(none)'} but the chain was in ${from}`,
        });
      if (!rule.from.includes(from))
        problems.push({
          detector: 'replay',
          subject,
          seq: e.seq,
          field: 'type',
          message: `${e.type} is not allowed in ${from}`,
        });
      if (!rule.to.includes(p.to) && !(p.to === from && rule.to.includes('same')))
        problems.push({
          detector: 'replay',
          subject,
          seq: e.seq,
          field: 'payload.to',
          message: `${e.type} cannot lead to ${p.to}`,
        });
    }
    state = p.to;
    version += 1;
  }
  if (row.state !== state)
    problems.push({
      detector: 'replay',
      subject: 'case.state',
      field: 'state',
      message: `the events lead to ${state}, the case says ${row.state}`,
    });
  if (row.version !== version)
    problems.push({
      detector: 'replay',
      subject: 'case.version',
      field: 'version',
      message: `the events give version ${version}, the case says ${row.version}`,
    });
  if (row.facts === undefined) unchecked.push('case facts');
  else if (factsSha256 === null) unchecked.push('case facts (no event records their hash)');
  else if (tools.sha256(canonicalJson(row.facts)) !== factsSha256)
    problems.push({
      detector: 'replay',
      subject: 'case.facts',
      field: 'facts',
      message: 'the facts differ from those the last action recorded',
    });
}

/**
 * Protection cases, determinations and fact versions recomputed from the chain's protection events.
 * @param {{ cases: any[], determinations: any[], factVersions: any[] }} protection
 */
function checkProtection(
  protection,
  /** @type {any[]} */ events,
  /** @type {Sha256Hex} */ sha256,
  /** @type {RecordProblem[]} */ problems,
) {
  /** @type {Map<string, { status: string, factsVersion: number, decidedResult: string | null, decisionEventSeq: number | null, revocationEventSeq: number | null, caseId: string }>} */
  const expected = new Map();
  /** @type {Map<string, any>} */
  const openedCases = new Map();
  for (const e of events) {
    const p = e.payload ?? {};
    const opened = p.protectionCase;
    if (opened && Array.isArray(opened.determinations)) {
      openedCases.set(opened.id, { seq: e.seq, ruleSet: opened.ruleSet });
      for (const d of opened.determinations)
        expected.set(d.id, {
          status: 'pending',
          factsVersion: 0,
          decidedResult: null,
          decisionEventSeq: null,
          revocationEventSeq: null,
          caseId: opened.id,
        });
    }
    const d = p.determinationId ? expected.get(p.determinationId) : undefined;
    if (!d) {
      if (p.determinationId)
        problems.push({
          detector: 'protection',
          subject: `event ${e.seq}`,
          seq: e.seq,
          message: `concerns determination ${p.determinationId}, which no protection case opened`,
        });
      continue;
    }
    if (e.type === 'protection_facts_recorded')
      Object.assign(d, { status: 'facts_recorded', factsVersion: p.factsVersion });
    if (e.type === 'protection_decided')
      Object.assign(d, { status: 'decided', decidedResult: p.decidedResult, decisionEventSeq: e.seq });
    if (e.type === 'protection_revoked') Object.assign(d, { status: 'revoked', revocationEventSeq: e.seq });
  }
  for (const pc of protection.cases) {
    const opened = openedCases.get(pc.id);
    if (!opened)
      problems.push({
        detector: 'protection',
        subject: `protection case ${pc.id}`,
        message: 'no event of the chain opened it',
      });
    else if (opened.ruleSet && opened.ruleSet.sha256 !== pc.ruleSetSha256)
      problems.push({
        detector: 'protection',
        subject: `protection case ${pc.id}`,
        field: 'ruleSetSha256',
        message: `its rule set differs from the one event ${opened.seq} recorded`,
      });
    const mine = [...expected.values()].filter((d) => d.caseId === pc.id);
    const open = mine.some((d) => d.status === 'pending' || d.status === 'facts_recorded');
    if (mine.length && pc.status !== (open ? 'open' : 'decided'))
      problems.push({
        detector: 'protection',
        subject: `protection case ${pc.id}`,
        field: 'status',
        message: `the events leave it ${open ? 'open' : 'decided'}, the row says ${pc.status}`,
      });
  }
  for (const id of openedCases.keys()) {
    if (!protection.cases.some((pc) => pc.id === id))
      problems.push({
        detector: 'protection',
        subject: `protection case ${id}`,
        message: 'opened in the chain but missing from the record',
      });
  }
  const rows = new Map(protection.determinations.map((d) => [d.id, d]));
  for (const [id, want] of expected) {
    const got = rows.get(id);
    const subject = `determination ${id}`;
    if (!got) {
      problems.push({ detector: 'protection', subject, message: 'opened in the chain but missing from the record' });
      continue;
    }
    for (const field of /** @type {const} */ ([
      'status',
      'factsVersion',
      'decidedResult',
      'decisionEventSeq',
      'revocationEventSeq',
    ])) {
      if (got[field] !== want[field])
        problems.push({
          detector: 'protection',
          subject,
          field,
          message: `the events give ${want[field]}, the row says ${got[field]}`,
        });
    }
  }
  for (const id of rows.keys())
    if (!expected.has(id))
      problems.push({
        detector: 'protection',
        subject: `determination ${id}`,
        message: 'no event of the chain opened it',
      });
  for (const f of protection.factVersions) {
    const subject = `facts ${f.version} of determination ${f.determinationId}`;
    const event = events[f.eventSeq - 1];
    const p = event?.payload ?? {};
    if (sha256(canonicalJson(f.facts)) !== f.factsSha256)
      problems.push({ detector: 'protection', subject, field: 'facts', message: 'content does not match its hash' });
    if (sha256(canonicalJson(f.recommendation)) !== f.recommendationSha256)
      problems.push({
        detector: 'protection',
        subject,
        field: 'recommendation',
        message: 'content does not match its hash',
      });
    if (
      event?.type !== 'protection_facts_recorded' ||
      p.determinationId !== f.determinationId ||
      p.factsVersion !== f.version ||
      p.factsSha256 !== f.factsSha256 ||
      p.recommendationSha256 !== f.recommendationSha256
    ) {
      problems.push({
        detector: 'protection',
        subject,
        seq: f.eventSeq,
        message: `event ${f.eventSeq} does not record these facts`,
      });
    }
  }
}

/** Reward proposals recomputed from the chain's reward events. @param {any[]} rewards */
function checkRewards(rewards, /** @type {any[]} */ events, /** @type {RecordProblem[]} */ problems) {
  /** @type {Map<string, { status: string, version: number, proposalEventSeq: number, form: string }>} */
  const expected = new Map();
  for (const e of events) {
    const p = e.payload ?? {};
    if (!p.rewardProposalId) continue;
    if (e.type === 'reward_proposed') {
      expected.set(p.rewardProposalId, { status: 'proposed', version: 1, proposalEventSeq: e.seq, form: p.form });
      continue;
    }
    const r = expected.get(p.rewardProposalId);
    if (!r) {
      problems.push({
        detector: 'reward',
        subject: `event ${e.seq}`,
        seq: e.seq,
        message: `concerns reward proposal ${p.rewardProposalId}, which the chain never proposed`,
      });
      continue;
    }
    if (e.type === 'reward_decided') Object.assign(r, { status: p.decision, version: r.version + 1 });
    if (e.type === 'reward_outcome_recorded') Object.assign(r, { status: p.outcome, version: r.version + 1 });
  }
  const rows = new Map(rewards.map((r) => [r.id, r]));
  for (const [id, want] of expected) {
    const got = rows.get(id);
    const subject = `reward proposal ${id}`;
    if (!got) {
      problems.push({ detector: 'reward', subject, message: 'proposed in the chain but missing from the record' });
      continue;
    }
    for (const field of /** @type {const} */ (['status', 'version', 'proposalEventSeq', 'form'])) {
      if (got[field] !== want[field])
        problems.push({
          detector: 'reward',
          subject,
          field,
          message: `the events give ${want[field]}, the row says ${got[field]}`,
        });
    }
  }
  for (const id of rows.keys())
    if (!expected.has(id))
      problems.push({
        detector: 'reward',
        subject: `reward proposal ${id}`,
        message: 'no event of the chain proposed it',
      });
}
