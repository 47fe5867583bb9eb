import { generateAnswer } from '@/lib/generate-answer';

export const runtime = 'edge';
export const dynamic = 'force-dynamic';

export const POST = generateAnswer;
