export type {
  BedrockOperation,
  EmulatedStopReason,
  Emulator,
  EmulatorOptions,
  RecordedRequest,
  ScriptedBehaviour,
  ScriptedReply,
} from './emulator-types';
export { startEmulator } from './start-emulator';
