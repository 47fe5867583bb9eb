import * as ai from 'ai';
import { defineV2CompatSuite } from './v2-compat-suite';

defineV2CompatSuite(ai, 'ai@5');
