import { listBedrockWrapperSupportedModels } from '@bedrock-wrapper/ai-provider';
import { currentBackend } from '@/lib/bedrock-backend';
import { Chat, type ChatModel } from './chat';

// The backend (real AWS or the emulator) is known only when the server runs.
export const dynamic = 'force-dynamic';

export default function Page() {
  const backend = currentBackend();
  const models: ChatModel[] = listBedrockWrapperSupportedModels().map(model => ({
    name: model.name,
    vision: model.vision.invoke || model.vision.converse,
    reasoning: model.name.endsWith('-Thinking'),
    converseOnly: !model.apis.invoke,
  }));
  const backendLabel =
    backend.kind === 'aws'
      ? `AWS Bedrock (${backend.region})`
      : `Bedrock emulator at ${backend.url}${backend.embedded ? ' (embedded: no AWS credentials found)' : ''}`;
  return <Chat models={models} backendLabel={backendLabel} />;
}
