import { inflateSync } from 'node:zlib';

/**
 * What the revisions appended to an issued PDF change. A signing tool appends an incremental
 * update (ISO 32000-1 §7.5.6) holding the signature dictionary, its field and widget, the form,
 * and new versions of the catalog and the signed page that point at them. An update may also
 * redefine any other object — a page's content stream, its resources, a font — and then the
 * signed file shows something other than what was issued, while every byte issued is still its
 * beginning. So each object the appended bytes define is read: a new object is harmless unless
 * an existing one comes to point at it, and an existing object may be redefined only in the
 * entries a signature needs.
 */
export type UpdateFinding =
  | { kind: 'changed'; object: number; what: string }
  | { kind: 'freed'; object: number }
  | { kind: 'unreadable'; object: number | null };

interface PdfObject {
  /** The dictionary's text (latin1), or the whole body for a non-dictionary object. */
  dict: string;
  stream: Buffer | null;
}

const OBJ = /(\d+)\s+(\d+)\s+obj\b/g;

/** The objects defined in `bytes`, in order (a later definition of a number wins), with those packed in object streams. */
export function objectsIn(bytes: Buffer): { objects: Map<number, PdfObject>; unreadable: number[] } {
  const text = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const unreadable: number[] = [];
  OBJ.lastIndex = 0;
  for (let m = OBJ.exec(text); m; m = OBJ.exec(text)) {
    const n = Number(m[1]);
    const start = m.index + m[0].length;
    const streamAt = text.slice(start, start + 100_000).search(/\bstream\r?\n|endobj/);
    if (streamAt < 0) break;
    const head = text.slice(start, start + streamAt);
    if (text.startsWith('stream', start + streamAt)) {
      const dataStart = start + streamAt + (text[start + streamAt + 6] === '\r' ? 8 : 7);
      const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(head);
      const end = direct ? dataStart + Number(direct[1]) : text.indexOf('endstream', dataStart);
      if (end < dataStart) {
        unreadable.push(n);
        break;
      }
      objects.set(n, { dict: head, stream: bytes.subarray(dataStart, end) });
      OBJ.lastIndex = end;
    } else {
      objects.set(n, { dict: head, stream: null });
      OBJ.lastIndex = start + streamAt;
    }
  }
  // Objects packed in object streams (PDF 1.5) count as defined by the revision that packs them.
  for (const [n, o] of [...objects]) {
    if (!/\/Type\s*\/ObjStm\b/.test(o.dict)) continue;
    const packed = unpack(o);
    if (!packed) unreadable.push(n);
    else for (const [k, v] of packed) objects.set(k, v);
  }
  return { objects, unreadable };
}

function decoded(o: PdfObject): Buffer | null {
  if (!o.stream) return null;
  const filter = /\/Filter\s*\[?\s*\/(\w+)\s*\]?/.exec(o.dict)?.[1];
  if (!filter) return o.stream;
  if (filter !== 'FlateDecode' || /\/DecodeParms/.test(o.dict)) return null;
  try {
    return inflateSync(o.stream);
  } catch {
    return null;
  }
}

function unpack(o: PdfObject): Map<number, PdfObject> | null {
  const data = decoded(o)?.toString('latin1');
  const count = Number(/\/N\s+(\d+)/.exec(o.dict)?.[1]);
  const first = Number(/\/First\s+(\d+)/.exec(o.dict)?.[1]);
  if (data === undefined || !Number.isInteger(count) || !Number.isInteger(first)) return null;
  const header = data.slice(0, first).trim().split(/\s+/).map(Number);
  if (header.length < count * 2 || header.some((x) => !Number.isInteger(x))) return null;
  const out = new Map<number, PdfObject>();
  for (let i = 0; i < count; i++) {
    const from = first + header[i * 2 + 1]!;
    const to = i + 1 < count ? first + header[i * 2 + 3]! : data.length;
    out.set(header[i * 2]!, { dict: data.slice(from, to), stream: null });
  }
  return out;
}

/** Reads one PDF value starting at `i` (after white space); returns where it ends. */
function valueEnd(s: string, i: number): number {
  const c = s[i];
  if (c === '<' && s[i + 1] === '<') {
    let j = i + 2;
    for (;;) {
      j = skipSpace(s, j);
      if (j >= s.length) return j;
      if (s.startsWith('>>', j)) return j + 2;
      j = valueEnd(s, j);
    }
  }
  if (c === '[') {
    let j = i + 1;
    for (;;) {
      j = skipSpace(s, j);
      if (j >= s.length || s[j] === ']') return j + 1;
      j = valueEnd(s, j);
    }
  }
  if (c === '(') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '\\') j++;
      else if (s[j] === '(') depth++;
      else if (s[j] === ')' && --depth === 0) return j + 1;
    }
    return s.length;
  }
  if (c === '<') return s.indexOf('>', i) + 1 || s.length;
  if (c === '/') return i + 1 + (/^[^\s/<>[\]()%{}]*/.exec(s.slice(i + 1))?.[0].length ?? 0);
  const ref = /^\d+\s+\d+\s+R\b/.exec(s.slice(i, i + 30));
  if (ref) return i + ref[0].length;
  return i + Math.max(1, /^[^\s/<>[\]()%{}]*/.exec(s.slice(i))?.[0].length ?? 1);
}

const skipSpace = (s: string, i: number) => {
  while (i < s.length && /\s/.test(s[i]!)) i++;
  return i;
};

/** A dictionary's top-level entries, each value with its white space collapsed; null when not a dictionary. */
export function dictEntries(text: string): Map<string, string> | null {
  const s = text.trim();
  if (!s.startsWith('<<')) return null;
  const entries = new Map<string, string>();
  let i = 2;
  for (;;) {
    i = skipSpace(s, i);
    if (i >= s.length || s.startsWith('>>', i)) return entries;
    if (s[i] !== '/') return null;
    const keyEnd = valueEnd(s, i);
    const key = s.slice(i + 1, keyEnd);
    const from = skipSpace(s, keyEnd);
    const to = valueEnd(s, from);
    entries.set(key, s.slice(from, to).replace(/\s+/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']'));
    i = to;
  }
}

/** The entries a signature may add or change in an object that already exists, by the object's /Type. */
const MAY_CHANGE: Record<string, Set<string>> = {
  Catalog: new Set(['AcroForm', 'Perms', 'DSS', 'Extensions']),
  Page: new Set(['Annots']),
};
/** Document information (the trailer's /Info) is metadata, not what the document shows. */
const INFO_KEYS = new Set(['Producer', 'Creator', 'ModDate', 'CreationDate', 'Title', 'Author', 'Subject', 'Keywords']);

/** Object numbers the appended cross-reference tables free (an object removed from what is shown). */
function freedIn(appended: string): number[] {
  const freed: number[] = [];
  for (const table of appended.matchAll(/\bxref\s*\n([\s\S]*?)trailer/g)) {
    const lines = table[1]!.split(/\r?\n/).map((l) => l.trim());
    let n = 0;
    for (const l of lines) {
      const sub = /^(\d+)\s+(\d+)$/.exec(l);
      if (sub) {
        n = Number(sub[1]);
        continue;
      }
      const entry = /^\d{10}\s+\d{5}\s+([fn])$/.exec(l);
      if (!entry) continue;
      if (entry[1] === 'f' && n !== 0) freed.push(n);
      n++;
    }
  }
  return freed;
}

/**
 * Everything the revisions appended after `issued` change of what `issued` shows; empty when
 * they only add a signature. `issued` must be the beginning of `file`.
 */
export function inspectAppended(issued: Buffer, file: Buffer): UpdateFinding[] {
  const before = objectsIn(issued).objects;
  const after = objectsIn(file.subarray(issued.length));
  const findings: UpdateFinding[] = after.unreadable.map((object) => ({ kind: 'unreadable' as const, object }));
  const info = Number(/\/Info\s+(\d+)\s+\d+\s+R/.exec(issued.toString('latin1').slice(-2000))?.[1] ?? -1);
  const infoValues = new Set(
    [...(dictEntries(before.get(info)?.dict ?? '') ?? new Map()).values()].flatMap((v) =>
      /^(\d+) \d+ R$/.test(v) ? [Number(v.split(' ')[0])] : [],
    ),
  );
  for (const [n, next] of after.objects) {
    const prior = before.get(n);
    if (!prior) continue;
    if (n === info || infoValues.has(n)) {
      const keys = dictEntries(next.dict);
      if (!keys ? n === info : [...keys.keys()].some((k) => !INFO_KEYS.has(k)))
        findings.push({ kind: 'changed', object: n, what: 'info' });
      continue;
    }
    const was = dictEntries(prior.dict);
    const now = dictEntries(next.dict);
    if (!was || !now || prior.stream || next.stream) {
      findings.push({ kind: 'changed', object: n, what: prior.stream ? 'stream' : 'object' });
      continue;
    }
    const type = was.get('Type')?.replace(/^\//, '') ?? '';
    const allowed = MAY_CHANGE[type] ?? new Set<string>();
    const keys = new Set([...was.keys(), ...now.keys()]);
    const changed = [...keys].filter((k) => !allowed.has(k) && was.get(k) !== now.get(k));
    if (changed.length > 0)
      findings.push({ kind: 'changed', object: n, what: `${type || 'object'}: ${changed.join(', ')}` });
    else if (type === 'Page') findings.push(...addedAnnotations(n, was, now, after.objects));
  }
  for (const n of freedIn(file.subarray(issued.length).toString('latin1')))
    if (before.has(n)) findings.push({ kind: 'freed', object: n });
  if (/\/Type\s*\/XRef\b/.test(file.subarray(issued.length).toString('latin1')) && findings.length === 0) {
    // A cross-reference stream may free objects too; read them as the classic table's entries.
    for (const [, o] of after.objects)
      if (/\/Type\s*\/XRef\b/.test(o.dict)) findings.push(...xrefStreamFreed(o, before));
  }
  return findings;
}

/** Type-0 (free) entries of a cross-reference stream for objects the issued file defines. */
function xrefStreamFreed(o: PdfObject, before: Map<number, PdfObject>): UpdateFinding[] {
  const data = decoded(o);
  const w = /\/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(o.dict)?.slice(1).map(Number);
  if (!data || !w) return [{ kind: 'unreadable', object: null }];
  const size = Number(/\/Size\s+(\d+)/.exec(o.dict)?.[1] ?? 0);
  const index = /\/Index\s*\[([\d\s]+)\]/.exec(o.dict)?.[1]?.trim().split(/\s+/).map(Number) ?? [0, size];
  const width = w[0]! + w[1]! + w[2]!;
  const out: UpdateFinding[] = [];
  let at = 0;
  for (let k = 0; k + 1 < index.length; k += 2) {
    for (let n = index[k]!; n < index[k]! + index[k + 1]!; n++, at += width) {
      const type = w[0] === 0 ? 1 : data.readUIntBE(at, w[0]!);
      if (type === 0 && n !== 0 && before.has(n)) out.push({ kind: 'freed', object: n });
    }
  }
  return out;
}

const refsIn = (value: string | undefined) =>
  new Set([...(value ?? '').matchAll(/(\d+) \d+ R/g)].map((m) => Number(m[1])));

/**
 * A page may gain annotations only as signature widgets: any other annotation (a text box, a
 * stamp, a drawing) would lay words over the page the signer did not issue.
 */
function addedAnnotations(
  page: number,
  was: Map<string, string>,
  now: Map<string, string>,
  objects: Map<number, PdfObject>,
): UpdateFinding[] {
  const before = refsIn(was.get('Annots'));
  const annots = now.get('Annots') ?? '';
  if (annots && !annots.startsWith('[')) return [{ kind: 'changed', object: page, what: 'Page: Annots' }];
  const out: UpdateFinding[] = [];
  for (const n of refsIn(annots)) {
    if (before.has(n)) continue;
    const a = dictEntries(objects.get(n)?.dict ?? '');
    if (a?.get('Subtype') !== '/Widget' || a.get('FT') !== '/Sig')
      out.push({ kind: 'changed', object: n, what: 'annotation' });
  }
  if (/<</.test(annots)) out.push({ kind: 'changed', object: page, what: 'Page: Annots' });
  return out;
}
