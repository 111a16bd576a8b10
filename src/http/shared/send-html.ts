// Sending a rendered page: the one way markup leaves HTTP, so only Html (never a plain string
// that might hold a reader's text) is sent as text/html.
import type { FastifyReply } from 'fastify';
import type { Html } from '../../views/html.ts';

/** Sends `page` as an HTML document (status and headers as already set on `reply`). */
export function sendHtml(reply: FastifyReply, page: Html): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(page.text);
}
