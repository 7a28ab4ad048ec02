import type { SignedCheckpoint } from '../app/verify/create-checkpoint.ts';
import type { SigningKey } from '../app/verify/signing-key.ts';

const dmy = (isoDate: string) => isoDate.split('-').reverse().join('/');

/**
 * The daily mail to witnesses, in Vietnamese then English (a witness is an institution, not a user
 * with a language setting). The checkpoints are the mirror file's JSON lines, verbatim, so a
 * witness can keep them as they are and check them with `npm run witness` or the offline verifier.
 */
export function checkpointMail(
  checkpoints: SignedCheckpoint[],
  key: Pick<SigningKey, 'keyId' | 'publicKeyPem'>,
  publicUrl: string,
  day: string,
) {
  const last = checkpoints.at(-1)!;
  const subject = `[Khiên] Điểm kiểm chứng ngày ${dmy(day)}: #${checkpoints[0]!.id}–#${last.id} / Checkpoints of ${day}`;
  const text = [
    `Kính gửi đơn vị chứng kiến,`,
    ``,
    `Dưới đây là ${checkpoints.length} điểm kiểm chứng đã ký của hệ thống Khiên (${publicUrl}), mới nhất là #${last.id} (${last.treeSize} đầu chuỗi, gốc ${last.rootHash}).`,
    `Xin lưu giữ thư này: nếu về sau hồ sơ bị viết lại hoặc cắt bớt, một điểm kiểm chứng đã lưu sẽ chứng minh điều đó.`,
    ``,
    `Dear witness,`,
    ``,
    `Below are ${checkpoints.length} signed checkpoint(s) of the Khiên installation at ${publicUrl}, the newest #${last.id} (${last.treeSize} chain heads, root ${last.rootHash}).`,
    `Please keep this mail: should the record later be rewritten or cut short, a checkpoint you hold proves it.`,
    `Check: npm run witness -- ${publicUrl}`,
    ``,
    `== Khóa công khai / Public key (Ed25519, ${key.keyId}) ==`,
    key.publicKeyPem.trim(),
    ``,
    `== Điểm kiểm chứng / Checkpoints (JSON lines) ==`,
    ...checkpoints.map((c) => JSON.stringify(c)),
    ``,
  ].join('\n');
  return { subject, text };
}
