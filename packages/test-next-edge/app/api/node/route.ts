import { streamAnswer } from '@/lib/stream-answer';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = streamAnswer;
