import type {RuleId} from '../rules.js';
import type {DataPath} from '../yaml-location.js';

/**
 * A teaching-quality problem: where it is in the pack's data, and (when not
 * the question or fact that path starts with) which item to name in the message.
 */
export type PackProblem = {rule: RuleId; path: DataPath; message: string; label?: DataPath};
