import { a, b as f } from "@nf-internal/chunk-PZNONLPT";
var i = null, F = !1, m = 1, x = null, d = Symbol("SIGNAL");
function p(e) { let r = i; return i = e, r; }
function Q() { return i; }
function W() { return F; }
function X(e) { return e[d] !== void 0; }
var C = { version: 0, lastCleanEpoch: 0, dirty: !1, producers: void 0, producersTail: void 0, consumers: void 0, consumersTail: void 0, recomputing: !1, consumerAllowSignalWrites: !1, consumerIsAlwaysLive: !1, kind: "unknown", producerMustRecompute: () => !1, producerRecomputeValue: () => { }, consumerMarkedDirty: () => { }, consumerOnSignalRead: () => { } };
function w(e) { if (F)
    throw new Error(""); if (i === null)
    return; i.consumerOnSignalRead(e); let r = i.producersTail; if (r !== void 0 && r.producer === e)
    return; let n, t = i.recomputing; if (t && (n = r !== void 0 ? r.nextProducer : i.producers, n !== void 0 && n.producer === e)) {
    i.producersTail = n, n.lastReadVersion = e.version, n.knownValidAtEpoch = m;
    return;
} let u = e.consumersTail; if (u !== void 0 && u.consumer === i && (!t || u.knownValidAtEpoch === m))
    return; let o = A(i), s = { producer: e, consumer: i, nextProducer: n, prevConsumer: void 0, knownValidAtEpoch: m, lastReadVersion: e.version, nextConsumer: void 0 }; i.producersTail = s, r !== void 0 ? r.nextProducer = s : i.producers = s, o && B(e, s); }
function _() { m++; }
function y(e) { if (!(A(e) && !e.dirty) && !(!e.dirty && e.lastCleanEpoch === m)) {
    if (!e.producerMustRecompute(e) && !k(e)) {
        S(e);
        return;
    }
    e.producerRecomputeValue(e), S(e);
} }
function M(e) { if (e.consumers === void 0)
    return; let r = F; F = !0; try {
    for (let n = e.consumers; n !== void 0; n = n.nextConsumer) {
        let t = n.consumer;
        t.dirty || L(t);
    }
}
finally {
    F = r;
} }
function V() { return i?.consumerAllowSignalWrites !== !1; }
function L(e) { e.dirty = !0, M(e), e.consumerMarkedDirty?.(e); }
function S(e) { e.dirty = !1, e.lastCleanEpoch = m; }
function E(e) { return e && G(e), p(e); }
function G(e) { if (e.producersTail?.knownValidAtEpoch === m) {
    let r = e.producers;
    for (; r !== void 0;)
        r.knownValidAtEpoch = null, r = r.nextProducer;
} e.producersTail = void 0, e.recomputing = !0; }
function h(e, r) { p(r), e && $(e); }
function $(e) { e.recomputing = !1; let r = e.producersTail, n = r !== void 0 ? r.nextProducer : e.producers; if (n !== void 0) {
    if (A(e))
        do
            n = I(n);
        while (n !== void 0);
    r !== void 0 ? r.nextProducer = void 0 : e.producers = void 0;
} }
function k(e) { for (let r = e.producers; r !== void 0; r = r.nextProducer) {
    let n = r.producer, t = r.lastReadVersion;
    if (t !== n.version || (y(n), t !== n.version))
        return !0;
} return !1; }
function q(e) { if (A(e)) {
    let r = e.producers;
    for (; r !== void 0;)
        r = I(r);
} e.producers = void 0, e.producersTail = void 0, e.consumers = void 0, e.consumersTail = void 0; }
function B(e, r) { let n = e.consumersTail, t = A(e); if (n !== void 0 ? (r.nextConsumer = n.nextConsumer, n.nextConsumer = r) : (r.nextConsumer = void 0, e.consumers = r), r.prevConsumer = n, e.consumersTail = r, !t)
    for (let u = e.producers; u !== void 0; u = u.nextProducer)
        B(u.producer, u); }
function I(e) { let r = e.producer, n = e.nextProducer, t = e.nextConsumer, u = e.prevConsumer; if (e.nextConsumer = void 0, e.prevConsumer = void 0, t !== void 0 ? t.prevConsumer = u : r.consumersTail = u, u !== void 0)
    u.nextConsumer = t;
else if (r.consumers = t, !A(r)) {
    let o = r.producers;
    for (; o !== void 0;)
        o = I(o);
} return n; }
function A(e) { return e.consumerIsAlwaysLive || e.consumers !== void 0; }
function D(e) { x?.(e); }
function Y(e) { let r = x; return x = e, r; }
function N(e, r) { return Object.is(e, r); }
function Z(e, r) { let n = Object.create(ee); n.computation = e, r !== void 0 && (n.equal = r); let t = () => { if (y(n), w(n), n.value === l)
    throw n.error; return n.value; }; return t[d] = n, D(n), t; }
var g = Symbol("UNSET"), v = Symbol("COMPUTING"), l = Symbol("ERRORED"), ee = f(a({}, C), { value: g, dirty: !0, error: null, equal: N, kind: "computed", producerMustRecompute(e) { return e.value === g || e.value === v; }, producerRecomputeValue(e) { if (e.value === v)
        throw new Error(""); let r = e.value; e.value = v; let n = E(e), t, u = !1; try {
        t = e.computation(), p(null), u = r !== g && r !== l && t !== l && e.equal(r, t);
    }
    catch (o) {
        t = l, e.error = o;
    }
    finally {
        h(e, n);
    } if (u) {
        e.value = r;
        return;
    } e.value = t, e.version++; } });
function re() { throw new Error; }
var z = re;
function H(e) { z(e); }
function ne(e) { z = e; }
var T = null;
function te(e, r) { let n = Object.create(J); n.value = e, r !== void 0 && (n.equal = r); let t = () => K(n); return t[d] = n, D(n), [t, s => P(n, s), s => R(n, s)]; }
function ue(e) { let r = T; return T = e, r; }
function K(e) { return w(e), e.value; }
function P(e, r) { V() || H(e), e.equal(e.value, r) || (e.value = r, ie(e)); }
function R(e, r) { V() || H(e), P(e, r(e.value)); }
function oe(e) { T?.(e); }
var J = f(a({}, C), { equal: N, value: void 0, kind: "signal" });
function ie(e) { e.version++, _(), M(e), T?.(e); }
var se = f(a({}, C), { consumerIsAlwaysLive: !0, consumerAllowSignalWrites: !0, dirty: !0, kind: "effect" });
function ce(e) { if (e.dirty = !1, e.version > 0 && !k(e))
    return; e.version++; let r = E(e); try {
    e.cleanup(), e.fn();
}
finally {
    h(e, r);
} }
function le(e, r, n) { let t = Object.create(de); t.source = e, t.computation = r, n != null && (t.equal = n); let o = () => { if (y(t), w(t), t.value === l)
    throw t.error; return t.value; }; return o[d] = t, D(t), o; }
function ae(e, r) { y(e), P(e, r), S(e); }
function fe(e, r) { if (y(e), e.value === l)
    throw e.error; R(e, r), S(e); }
var de = f(a({}, C), { value: g, dirty: !0, error: null, equal: N, kind: "linkedSignal", producerMustRecompute(e) { return e.value === g || e.value === v; }, producerRecomputeValue(e) { if (e.value === v)
        throw new Error(""); let r = e.value; e.value = v; let n = E(e), t, u = !1; try {
        let o = e.source(), s = r !== g && r !== l, b = s ? { source: e.sourceValue, value: r } : void 0;
        t = e.computation(o, b), e.sourceValue = o, p(null), u = s && t !== l && e.equal(r, t);
    }
    catch (o) {
        t = l, e.error = o;
    }
    finally {
        h(e, n);
    } if (u) {
        e.value = r;
        return;
    } e.value = t, e.version++; } });
function pe(e) { let r = p(null); try {
    return e();
}
finally {
    p(r);
} }
function me(e) { }
var U = { header: (e, r) => { if (!O(e) || r?.ngSkipFormatting)
        return null; let n; try {
        n = e();
    }
    catch (o) {
        return ["span", `Signal(\u26A0\uFE0F Error)${o.message ? `: ${o.message}` : ""}`];
    } let t = "computation" in e[d] ? "Computed" : "Signal", u = n === null || !Array.isArray(n) && typeof n != "object"; return ["span", {}, ["span", {}, `${t}(`], O(n) ? U.header(n, r) : u && n !== void 0 && typeof n != "function" ? ["object", { object: n }] : ge(n), ["span", {}, ")"]]; }, hasBody: (e, r) => { if (!O(e))
        return !1; try {
        e();
    }
    catch {
        return !1;
    } return !r?.ngSkipFormatting; }, body: (e, r) => { let n = "var(--sys-color-primary)"; return ["div", { style: "background: #FFFFFF10; padding-left: 4px; padding-top: 2px; padding-bottom: 2px;" }, ["div", { style: `color: ${n}` }, "Signal value: "], ["div", { style: "padding-left: .5rem;" }, ["object", { object: e(), config: r }]], ["div", { style: `color: ${n}` }, "Signal function: "], ["div", { style: "padding-left: .5rem;" }, ["object", { object: e, config: f(a({}, r), { ngSkipFormatting: !0 }) }]]]; } };
function ge(e) { if (e === null)
    return "null"; if (Array.isArray(e))
    return `Array(${e.length})`; if (e instanceof Element)
    return `<${e.tagName.toLowerCase()}>`; if (e instanceof URL)
    return "URL"; switch (typeof e) {
    case "undefined": return "undefined";
    case "function": return "prototype" in e ? "class" : "() => {\u2026}";
    case "object": return e.constructor.name === "Object" ? "{\u2026}" : `${e.constructor.name} {}`;
    default: return ["object", { object: e, config: { ngSkipFormatting: !0 } }];
} }
function O(e) { return e[d] !== void 0; }
function we() { globalThis.devtoolsFormatters ??= [], globalThis.devtoolsFormatters.some(e => e === U) || globalThis.devtoolsFormatters.push(U); }
function De(e, r, n) { let t = Object.create(ve); n && (t.consumerAllowSignalWrites = !0), t.fn = e, t.schedule = r; let u = c => { t.cleanupFn = c; }; function o(c) { return c.fn === null && c.schedule === null; } function s(c) { o(c) || (q(c), c.cleanupFn(), c.fn = null, c.schedule = null, c.cleanupFn = j); } let b = () => { if (t.fn === null)
    return; if (W())
    throw new Error(""); if (t.dirty = !1, t.version > 0 && !k(t))
    return; t.version++; let c = E(t); try {
    t.cleanupFn(), t.cleanupFn = j, t.fn(u);
}
finally {
    h(t, c);
} }; return t.ref = { notify: () => L(t), run: b, cleanup: () => t.cleanupFn(), destroy: () => s(t), [d]: t }, t.ref; }
var j = () => { }, ve = f(a({}, C), { consumerIsAlwaysLive: !0, consumerAllowSignalWrites: !1, consumerMarkedDirty: e => { e.schedule !== null && e.schedule(e.ref); }, cleanupFn: j });
export { d as a, p as b, Q as c, W as d, X as e, C as f, w as g, _ as h, y as i, M as j, V as k, L as l, S as m, E as n, G as o, h as p, $ as q, k as r, q as s, D as t, Y as u, N as v, Z as w, ne as x, te as y, ue as z, K as A, P as B, R as C, oe as D, J as E, se as F, ce as G, le as H, ae as I, fe as J, pe as K, me as L, we as M, De as N };
/*! Bundled license information:

@angular/core/fesm2022/_effect-chunk.mjs:
@angular/core/fesm2022/_untracked-chunk.mjs:
@angular/core/fesm2022/_weak_ref-chunk.mjs:
@angular/core/fesm2022/primitives-signals.mjs:
  (**
   * @license Angular v22.1.8
   * (c) 2010-2026 Google LLC. https://angular.dev/
   * License: MIT
   *)
*/
