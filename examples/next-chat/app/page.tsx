import { listBedrockWrapperSupportedModels } from '@bedrock-wrapper/ai-provider';
import { currentBackend, describeBackend } from '@/lib/bedrock-backend';
import { toChatModel } from '@/lib/chat-models';
import { Chat } from './chat';

// The backend (real AWS or the emulator) is known only when the server runs.
export const dynamic = 'force-dynamic';

export default function Page() {
  const backend = currentBackend();
  return (
    <Chat
      models={listBedrockWrapperSupportedModels().map(toChatModel)}
      backendKind={backend.kind}
      // No URL: the header says which Bedrock and where the credentials come from, not internal addresses.
      backendLabel={describeBackend(backend)}
    />
  );
}
