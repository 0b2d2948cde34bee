import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * At most `size` request bodies read and parsed at once. A request past the limit waits before its
 * body is read: its socket stays paused (Node stops reading once a small buffer fills), so waiting
 * costs no memory. Use as a `preParsing` hook, after authentication: a slot is held until the
 * response is sent or the connection closes.
 */
export function bodySlots(size: number) {
  let free = size;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async function holdSlot(_req: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    let held = true;
    reply.raw.once('close', () => {
      if (held) release();
      held = false;
    });
  };
}
