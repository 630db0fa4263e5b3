// Refusals as values on the wire: every 4xx/5xx answers `{error: {code, message}}` (the
// contract's apiErrorSchema), with a sentence an officer or an integrator can act on.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../../../shared/sync/contract';
import { applySecurityHeaders } from './security-headers';

/** Thrown by handlers; the error handler turns it into the answer. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const apiError = (code: string, message: string): ApiError => ({ error: { code, message } });

export function sendError(reply: FastifyReply, error: HttpError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply.code(error.status).send(apiError(error.code, error.message));
}

// Fastify's own refusals (body parsing, limits), translated to stable codes and Vietnamese sentences.
const FRAMEWORK_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON', 'Nội dung yêu cầu không phải JSON hợp lệ.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'MALFORMED_JSON', 'Yêu cầu khai báo JSON nhưng không có nội dung.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'Nội dung yêu cầu vượt quá giới hạn của Cổng; hãy gửi thành nhiều đợt nhỏ hơn.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Kiểu nội dung (Content-Type) không được hỗ trợ cho địa chỉ này.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_CONTENT_LENGTH', 'Content-Length không khớp với độ dài nội dung đã gửi.'],
};

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error);
    const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
    if (known) return sendError(reply, new HttpError(...known));
    if (error instanceof SyntaxError || (error.statusCode === 400 && /json/i.test(error.message))) {
      return sendError(reply, new HttpError(400, 'MALFORMED_JSON', 'Nội dung yêu cầu không phải JSON hợp lệ.'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, new HttpError(error.statusCode, 'BAD_REQUEST', `Yêu cầu không hợp lệ: ${error.message}`));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, new HttpError(500, 'INTERNAL_ERROR', 'Cổng gặp lỗi khi xử lý yêu cầu; dữ liệu chưa được ghi. Hãy thử lại sau ít phút.'));
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new HttpError(404, 'NOT_FOUND', `Cổng không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`)),
  );
}

/**
 * Fastify's `frameworkErrors`: what its router refuses before any hook or handler runs (a URL that
 * is not valid percent-encoding, a path parameter over the length limit), answered like every other
 * refusal rather than in Fastify's own shape.
 */
export function routerErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  applySecurityHeaders(request, reply);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void sendError(reply, new HttpError(414, 'URL_TOO_LONG', 'Địa chỉ yêu cầu có tham số dài quá giới hạn của Cổng.'));
    return;
  }
  void sendError(reply, new HttpError(400, 'BAD_URL', 'Địa chỉ yêu cầu không hợp lệ (mã hoá phần trăm sai hoặc ký tự không được phép).'));
}
