import { NOT_FOUND, NotFoundError, defineInjectable, getCurrentInjector, inject, isNotFound, registerInjectable, setCurrentInjector } from "@nf-internal/chunk-PTGDQD45";
import "@nf-internal/chunk-FMGVFGPW";
export { NOT_FOUND, NotFoundError, defineInjectable, getCurrentInjector, inject, isNotFound, registerInjectable, setCurrentInjector };
//# sourceMappingURL=_angular_core_primitives_di.D3IPsfYOgn-dev.js.map
