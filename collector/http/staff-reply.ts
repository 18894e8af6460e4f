/** A staff page as the answer: HTML, never cached (it may hold patients' words or a CSRF token). */
import type { FastifyReply } from 'fastify';

export function staffHtml(reply: FastifyReply, status: number, body: string) {
  return reply.code(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(body);
}
