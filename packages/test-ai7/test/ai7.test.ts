import * as ai from 'ai';
import { defineV2CompatSuite } from '../../test-ai5/test/v2-compat-suite';

// The suite is typed against ai@5's declarations; ai@7 has the same functions the suite calls.
defineV2CompatSuite(ai as unknown as Parameters<typeof defineV2CompatSuite>[0], 'ai@7');
