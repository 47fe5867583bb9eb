import { bedrockWrapperProvider } from '@bedrock-wrapper/ai-provider/v3';
import * as ai from 'ai';
import { defineCompatSuite } from '../../test-ai5/test/compat-suite';

// The suite is typed against ai@5's declarations; ai@6 has the same functions, and /v3 the same provider shape.
type Suite = Parameters<typeof defineCompatSuite>;
defineCompatSuite(ai as unknown as Suite[0], 'ai@6', bedrockWrapperProvider as unknown as Suite[2]);
