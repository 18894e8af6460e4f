/** GET /api/health: the collector is up (for a monitor, or a kiosk checking its endpoint). */
import type { FastifyInstance } from 'fastify';

export function healthRoutes(app: FastifyInstance, _options: unknown, done: (error?: Error) => void): void {
  app.get('/api/health', (_request, reply) => reply.header('Cache-Control', 'no-store').send({ ok: true }));
  done();
}
