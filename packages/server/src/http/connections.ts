import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Close connections beyond `max` open at once from one client address, at once: a CDS client needs
 * a few keep-alive connections, not hundreds (slow-header floods hold one each).
 */
export function limitConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
