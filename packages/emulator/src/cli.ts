import { parseArgs } from 'node:util';
import { startEmulator } from './start-emulator';

/** `bedrock-emulator [--port N] [--host H] [--delay-ms N]`: runs until SIGINT/SIGTERM. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'delay-ms': { type: 'string', default: '0' },
  },
});
const emulator = await startEmulator({
  port: Number(values.port),
  host: values.host,
  eventDelayMs: Number(values['delay-ms']),
});
console.log(`listening on ${emulator.url}`);
const stop = async () => {
  await emulator.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
