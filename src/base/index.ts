export { RkElement } from './rk-element.js';
export { LocalizeController, inheritedLang } from './localize.js';
export { ClockController, ManualClock, systemClock, type Clock, type TimeHost } from './clock.js';
export {
  DataController,
  LoadError,
  parseJsonResponse,
  type DataOptions,
  type LoadErrorCode,
  type LoadState,
  type RkErrorDetail,
  type RkLoadDetail,
} from './data-controller.js';
export { settingsContext, ensureContextRoot, type RkSettings } from './contexts.js';
export { baseMessages, loadErrorMessage, type BaseMessages } from './messages.js';
export { renderLoadStatus } from './status.js';
export { tokens, shared } from './theme.js';
