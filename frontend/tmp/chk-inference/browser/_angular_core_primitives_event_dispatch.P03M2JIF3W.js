import { a, b, c, d, e, f, g, h, i, j, k, l, m, n, o } from "@nf-internal/chunk-MSCNJETE";
import "@nf-internal/chunk-PZNONLPT";
export { a as Attribute, j as EventContract, e as EventContractContainer, h as EventDispatcher, f as EventInfoWrapper, g as EventPhase, k as bootstrapAppScopedEarlyEventContract, o as clearAppScopedEarlyEventContract, b as getActionCache, l as getAppScopedQueuedEventInfos, c as isCaptureEventType, d as isEarlyEventType, m as registerAppScopedDispatcher, i as registerDispatcher, n as removeAllAppScopedEventListeners };
