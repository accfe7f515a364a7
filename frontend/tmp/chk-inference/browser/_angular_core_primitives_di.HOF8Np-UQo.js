import { a, b, c, d, e, f, g, h } from "@nf-internal/chunk-4QB5IMV2";
import "@nf-internal/chunk-PZNONLPT";
export { d as NOT_FOUND, e as NotFoundError, g as defineInjectable, a as getCurrentInjector, c as inject, f as isNotFound, h as registerInjectable, b as setCurrentInjector };
