import type { CoreWarning } from '../core/core-parts';
import type { EdgeNotice } from './convert-edge-call';

/** A warning in the V3/V4 wording: an unsupported setting or tool is an `unsupported` feature. */
export function unsupportedFeatureWarning(warning: EdgeNotice | CoreWarning) {
  switch (warning.type) {
    case 'unsupported-setting':
      return { type: 'unsupported' as const, feature: warning.setting, details: warning.details };
    case 'unsupported-tool':
      return { type: 'unsupported' as const, feature: `tool ${warning.tool.name}`, details: warning.details };
    default:
      return warning;
  }
}
