// What every bench child server does with its parent: report the port it listens on over IPC,
// and close when told "stop".
import type { Server } from 'node:http';

/** Listens on an ephemeral loopback port and wires the report and the stop message. */
export function listenForParent(server: Server): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.on('message', (message) => {
    if (message === 'stop') server.close(() => process.exit(0));
  });
}
