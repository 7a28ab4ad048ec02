/** Messages of the official documents' errors, Vietnamese first (merged into the catalogues of messages.ts). */
export const DOCUMENT_ERROR_MESSAGES = {
  document_not_found: { vi: 'Không tìm thấy văn bản.', en: 'Document not found.' },
  document_already_issued: {
    vi: 'Văn bản của bước này đã được ban hành (số {citation}).',
    en: 'This step’s document has already been issued ({citation}).',
  },
  document_already_cancelled: { vi: 'Văn bản đã bị hủy.', en: 'The document has already been cancelled.' },
  signed_copy_not_found: {
    vi: 'Chưa có bản đã ký số của văn bản.',
    en: 'No signed copy of this document has been received.',
  },
  signed_copy_refused: { vi: 'Bản ký số không được chấp nhận.', en: 'The signed copy is refused.' },
  no_issued_documents: {
    vi: 'Hồ sơ chưa có văn bản nào được ban hành để in.',
    en: 'The case has no issued document to print.',
  },
  signed_copy_exists: {
    vi: 'Đã nhận bản ký số của văn bản này.',
    en: 'A signed copy of this document has already been received.',
  },
};

export const DOCUMENT_FIELD_MESSAGES = {
  unknown_document_kind: { vi: 'Loại văn bản không tồn tại.', en: 'Unknown document kind.' },
  step_not_of_kind: {
    vi: 'Bước của hồ sơ không ban hành loại văn bản này ({kind}).',
    en: 'This case step does not issue this kind of document ({kind}).',
  },
  not_a_pdf: { vi: 'Tệp không phải PDF.', en: 'The file is not a PDF.' },
  no_signature: { vi: 'Tệp PDF không có chữ ký số.', en: 'The PDF has no digital signature.' },
  different_document: {
    vi: 'Phần được ký không phải là văn bản Khiên đã ban hành.',
    en: 'The signed revision is not the document Khiên issued.',
  },
  signature_invalid: { vi: 'Chữ ký số không hợp lệ.', en: 'The digital signature does not verify.' },
  certificate_expired: {
    vi: 'Chứng thư số đã hết hạn hoặc chưa có hiệu lực tại thời điểm ký.',
    en: 'The certificate was not valid at the signing time.',
  },
  content_changed: {
    vi: 'Phần nối thêm sau văn bản đã ban hành làm thay đổi nội dung văn bản (không chỉ thêm chữ ký số).',
    en: 'What was appended after the issued document changes its content (it does not only add a signature).',
  },
  certificate_untrusted: {
    vi: 'Chứng thư số không do tổ chức chứng thực được tin cậy cấp.',
    en: 'The certificate was not issued by a trusted certification authority.',
  },
};
