import { definePeerConformanceSuite } from './peer-conformance-suite';

// The latest @ai-sdk/amazon-bedrock and this provider's `/v2`, both through the latest ai.
definePeerConformanceSuite('ai-latest');
