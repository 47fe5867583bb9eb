import { streamAnswer } from '@/lib/stream-answer';

export const runtime = 'edge';
export const dynamic = 'force-dynamic';

export const POST = streamAnswer;
