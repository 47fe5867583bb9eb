/**
 * Next.js calls `register()` once when the server starts. Without AWS credentials (environment or ~/.aws files,
 * see lib/bedrock-backend.ts) and without an emulator URL given from outside, it starts the project's Bedrock
 * emulator inside this process, so `npm start` works on a machine with no AWS account and no network.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { needsEmbeddedEmulator, rememberEmbeddedEmulator } = await import('./lib/bedrock-backend');
  if (!needsEmbeddedEmulator()) return;
  const { startEmulator } = await import('@bedrock-wrapper/emulator');
  // A little delay per event makes the emulator's answers stream visibly, as a real model's do.
  const emulator = await startEmulator({ eventDelayMs: 25 });
  rememberEmbeddedEmulator(emulator.url);
  console.log(`bedrock emulator: ${emulator.url} (no AWS credentials found; set them to use real Bedrock)`);
}
