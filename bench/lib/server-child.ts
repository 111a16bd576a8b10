// Child-process entry: starts Silkpress the way production does (config from the environment,
// openServices, buildApp, listen on loopback with an ephemeral port) and reports the port to the
// parent over IPC. A "stop" message closes it cleanly, so --cpu-prof profiles get written.
import { openServices } from '../../src/compose.ts';
import { loadConfig } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';

const config = loadConfig(process.env);
const services = await openServices(config);
const app = await buildApp(services.deps, { trustProxy: config.trustProxy });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

process.on('message', (message) => {
  if (message !== 'stop') return;
  void (async () => {
    await app.close();
    await services.close();
    process.exit(0);
  })();
});
process.send?.({ type: 'listening', port });
