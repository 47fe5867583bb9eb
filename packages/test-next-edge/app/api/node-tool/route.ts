import { streamToolCall } from '@/lib/stream-tool-call';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = streamToolCall;
