import { generateAnswer } from '@/lib/generate-answer';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = generateAnswer;
