import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v2';
import * as ai from 'ai';
import { defineCompatSuite } from './compat-suite';

defineCompatSuite(ai, 'ai@5', bedrockWrapperProvider);
