import { streamV4 } from '@/lib/stream-v4';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = streamV4;
