#!/usr/bin/env node
// Checks a case record exported from Khiên (GET /api/cases/{code}/export) without trusting the
// server that produced it: it recomputes every event hash, the chain's links and length, and the
// SHA-256 of every plan version, and checks that each plan version and attachment is anchored by
// an event of the chain. Needs only Node.js; it imports nothing from Khiên on purpose.
//
//   node scripts/verify-export.mjs TH-2026-000123.json
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
}

const sha256 = (...parts) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex');

export function verifyExport(bundle) {
  const problems = [];
  let prev = '0'.repeat(64);
  bundle.events.forEach((e, i) => {
    const { prevHash, hash, ...content } = e;
    if (e.seq !== i + 1) problems.push(`event ${i + 1}: sequence number ${e.seq}`);
    if (prevHash !== prev) problems.push(`event ${e.seq}: does not link to the event before it`);
    if (sha256(prev, '\n', canonicalJson(content)) !== hash) problems.push(`event ${e.seq}: content does not match its hash`);
    prev = hash;
  });
  if (bundle.events.length !== bundle.case.eventCount || prev !== bundle.case.headHash) {
    problems.push(`chain: ${bundle.events.length} events ending in ${prev.slice(0, 12)}…, the case records ${bundle.case.eventCount} ending in ${String(bundle.case.headHash).slice(0, 12)}…`);
  }
  const anchored = new Set(bundle.events.flatMap((e) => [e.payload?.planSha256, e.payload?.sha256]).filter(Boolean));
  for (const p of bundle.planVersions) {
    if (sha256(canonicalJson(p.plan)) !== p.sha256) problems.push(`plan version ${p.version}: content does not match its hash`);
    if (!anchored.has(p.sha256)) problems.push(`plan version ${p.version}: no event of the chain records it`);
  }
  for (const a of bundle.attachments) {
    if (!anchored.has(a.sha256)) problems.push(`attachment ${a.filename}: no event of the chain records it`);
  }
  return { ok: problems.length === 0, events: bundle.events.length, headHash: prev, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/verify-export.mjs <export.json>');
    process.exit(2);
  }
  const result = verifyExport(JSON.parse(readFileSync(file, 'utf8')));
  if (result.ok) console.log(`OK: ${result.events} events, head ${result.headHash}`);
  else for (const p of result.problems) console.log(`BROKEN: ${p}`);
  process.exit(result.ok ? 0 : 1);
}
