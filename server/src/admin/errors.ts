/**
 * The organisers' API answers errors in the contract's envelope, `{ error: { code, message } }`,
 * with codes of its own (docs/admin-api.md) and messages in Vietnamese: unlike the
 * participant's element, the dashboard shows the server's message as it is.
 */
export type AdminErrorCode =
  | 'invalid_credentials'
  | 'unauthenticated'
  | 'csrf'
  | 'forbidden'
  | 'rate_limited'
  | 'bad_request'
  | 'not_found'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'internal';

export class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly code: AdminErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AdminError';
  }

  body() {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const MESSAGES = {
  invalidCredentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  unauthenticated: 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  csrf: 'Yêu cầu bị từ chối vì không kèm mã xác thực của phiên làm việc hoặc không gửi từ trang quản trị. Vui lòng tải lại trang rồi thực hiện lại.',
  forbidden: 'Tài khoản không có quyền thực hiện thao tác này. Thao tác này chỉ dành cho tài khoản quản trị.',
  throttled: (minutes: number) => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
  notFound: 'Không tìm thấy địa chỉ được yêu cầu.',
  badRequest: 'Yêu cầu không hợp lệ.',
  unsupportedMediaType: 'Định dạng tệp không được hỗ trợ. Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).',
  tooLarge: (mb: number) => `Tệp quá lớn (tối đa ${mb} MB).`,
  internal: 'Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.',
} as const;
