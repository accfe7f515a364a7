import { a as ki, c as dh, d as fh, e as ph, g as hh, h as gh, i as mh, j as vh, l as yh, o as Bc } from "@nf-internal/chunk-MSCNJETE";
import { $ as Ip, $a as Ne, $b as Ti, $c as Yp, $d as uh, A as wt, Aa as So, Ab as Ro, Ac as zp, Ad as Ai, B as wn, Ba as _p, Bb as Zt, Bc as Gp, Bd as xt, C as di, Ca as KT, Cb as Y, Cc as Mc, Cd as On, D as Ka, Da as H, Db as Rp, Dc as wi, Dd as cM, E as Ye, Ea as m, Eb as Yt, Ec as Ni, Ed as xi, F as Ut, Fa as S, Fb as bt, Fc as jo, Fd as Pc, G as Co, Ga as q, Gb as ko, Gc as wc, Gd as oh, H as fi, Ha as le, Hb as de, Hc as _i, Hd as rh, I as z, Ia as X, Ib as kp, Ic as Nc, Id as ih, J as ke, Ja as ae, Jb as Op, Jc as Si, Jd as Fc, K as Ke, Ka as Gt, Kb as Lp, Kc as qp, Kd as Ri, L as To, La as P, Lb as re, Lc as ne, Ld as jc, M as N, Ma as x, Mb as lc, Mc as ot, Md as Hc, N as Te, Na as $e, Nb as Oo, Nc as Ce, Nd as lM, O as mp, Oa as C, Ob as Pp, Oc as _c, Od as uM, P as Ja, Pa as _t, Pb as Lo, Pc as Sc, Pd as en, Q as Wt, Qa as bo, Qb as Di, Qc as bc, Qd as sh, R as vp, Ra as _n, Rb as Ci, Rc as bi, Rd as dM, S as Me, Sa as ee, Sb as Po, Sc as Ho, Sd as fM, T as He, Ta as St, Tb as uc, Tc as Ge, Td as ah, U as pi, Ua as Sn, Ub as et, Uc as Rn, Ud as pM, V as D, Va as Je, Vb as Fp, Vc as JT, Vd as hM, W as Xa, Wa as we, Wb as jp, Wc as Qp, Wd as gM, X as Nn, Xa as rc, Xb as Hp, Xc as Zp, Xd as ch, Y as hi, Ya as ic, Yb as Vp, Yc as ge, Yd as mM, Z as yp, Za as Ii, Zb as Bp, Zc as kn, Zd as lh, _ as Ve, _a as bn, _b as dc, _c as Kt, _d as Vo, a as WT, aa as ec, ab as qt, ac as Fo, ad as Kp, ae as Vc, b as fp, ba as Mo, bb as Oe, bc as fc, bd as At, c as Ga, ca as wo, cb as I, cc as pc, cd as XT, d as ai, da as tc, db as _e, dc as $p, dd as Jp, e as T, ea as Ep, eb as Xe, ec as hc, ed as Xp, f as pp, fa as No, fb as Ao, fc as gc, fd as Ac, g as $t, ga as gi, gb as Qt, gc as g, gd as V, h as hp, ha as mi, hb as k, hc as w, hd as xc, i as ci, ia as ct, ib as te, ic as mc, id as Rc, j as li, ja as j, jb as Z, jc as vc, jd as Jt, k as zT, ka as Nt, kb as sc, kc as M, kd as kc, l as qa, la as nc, lb as ve, lc as Up, ld as eM, m as W, ma as Dp, mb as An, mc as xn, md as tM, n as ui, na as _o, nb as Le, nc as ze, nd as Oc, o as gp, oa as Be, ob as Ue, oc as yc, od as eh, p as Qa, pa as Cp, pb as ac, pc as Mi, pd as ut, q as se, qa as YT, qb as Sp, qc as Ic, qd as Lc, r as Do, ra as oc, rb as We, rc as Ec, rd as nM, s as GT, sa as Tp, sb as bp, sc as Dc, sd as oM, t as qT, ta as vi, tb as Ap, tc as fe, td as rM, u as Za, ua as Mp, ub as xp, uc as tt, ud as iM, v as Mn, va as wp, vb as ue, vc as Cc, vd as sM, w as Ya, wa as yi, wb as Ei, wc as he, wd as th, x as A, xa as lt, xb as cc, xc as nt, xd as Xt, y as QT, ya as zt, yb as xo, yc as Wp, yd as nh, z as ZT, za as Np, zb as R, zc as Tc, zd as aM } from "@nf-internal/chunk-FXMGZDLM";
import { b as $T } from "@nf-internal/chunk-4QB5IMV2";
import { B as ii, E as si, L as UT, a as je, b, c as lp, f as za, g as ni, n as Io, p as oi, r as ri, s as Eo, w as up, x as dp } from "@nf-internal/chunk-TJDZ6PJ5";
import { a as U, b as xe, c as cp, d as Re, e as Wa } from "@nf-internal/chunk-PZNONLPT";
import { Subject as Vg, Subscription as vM } from "rxjs";
import { map as yM } from "rxjs/operators";
var Xn = Symbol("InputSignalNode#UNSET"), Cu = xe(U({}, si), { transformFn: void 0, applyValueToInputSignal(e, t) { ii(e, t); } });
function st(e) { return { toString: e }.toString(); }
var O = (function (e) { return e[e.TemplateCreateStart = 0] = "TemplateCreateStart", e[e.TemplateCreateEnd = 1] = "TemplateCreateEnd", e[e.TemplateUpdateStart = 2] = "TemplateUpdateStart", e[e.TemplateUpdateEnd = 3] = "TemplateUpdateEnd", e[e.LifecycleHookStart = 4] = "LifecycleHookStart", e[e.LifecycleHookEnd = 5] = "LifecycleHookEnd", e[e.OutputStart = 6] = "OutputStart", e[e.OutputEnd = 7] = "OutputEnd", e[e.BootstrapApplicationStart = 8] = "BootstrapApplicationStart", e[e.BootstrapApplicationEnd = 9] = "BootstrapApplicationEnd", e[e.BootstrapComponentStart = 10] = "BootstrapComponentStart", e[e.BootstrapComponentEnd = 11] = "BootstrapComponentEnd", e[e.ChangeDetectionStart = 12] = "ChangeDetectionStart", e[e.ChangeDetectionEnd = 13] = "ChangeDetectionEnd", e[e.ChangeDetectionSyncStart = 14] = "ChangeDetectionSyncStart", e[e.ChangeDetectionSyncEnd = 15] = "ChangeDetectionSyncEnd", e[e.AfterRenderHooksStart = 16] = "AfterRenderHooksStart", e[e.AfterRenderHooksEnd = 17] = "AfterRenderHooksEnd", e[e.ComponentStart = 18] = "ComponentStart", e[e.ComponentEnd = 19] = "ComponentEnd", e[e.DeferBlockStateStart = 20] = "DeferBlockStateStart", e[e.DeferBlockStateEnd = 21] = "DeferBlockStateEnd", e[e.DynamicComponentStart = 22] = "DynamicComponentStart", e[e.DynamicComponentEnd = 23] = "DynamicComponentEnd", e[e.HostBindingsUpdateStart = 24] = "HostBindingsUpdateStart", e[e.HostBindingsUpdateEnd = 25] = "HostBindingsUpdateEnd", e; })(O || {}), ts = class {
    previousValue;
    currentValue;
    firstChange;
    constructor(t, n, o) { this.previousValue = t, this.currentValue = n, this.firstChange = o; }
    isFirstChange() { return this.firstChange; }
};
function Bg(e, t, n, o) { t !== null ? t.applyValueToInputSignal(t, o) : e[n] = o; }
var $g = null, Ug = (() => { $g = Ih; let e = () => Ih; return e.ngInherit = !0, e; })();
function IM() { return $g; }
function Ih(e) { return e.type.prototype.ngOnChanges && (e.setInput = DM), EM; }
function EM() { let e = Wg(this), t = e?.current; if (t) {
    let n = e.previous;
    if (n === ct)
        e.previous = t;
    else
        for (let o in t)
            n[o] = t[o];
    e.current = null, this.ngOnChanges(t);
} }
function DM(e, t, n, o, r) { let i = this.declaredInputs[o], s = Wg(e) || CM(e, { previous: ct, current: null }), a = s.current || (s.current = {}), c = s.previous, l = c[i]; a[i] = new ts(l && l.currentValue, n, c === ct), Bg(e, t, r, n); }
var fl = "__ngSimpleChanges__";
function Wg(e) { return Object.hasOwn(e, fl) && e[fl] || null; }
function CM(e, t) { return e[fl] = t; }
var Eh = [];
var L = function (e, t = null, n) { for (let o = 0; o < Eh.length; o++) {
    let r = Eh[o];
    r(e, t, n);
} };
function TM(e, t, n) { let { ngOnChanges: o, ngOnInit: r, ngDoCheck: i } = t.type.prototype; if (o) {
    let s = IM()(t);
    (n.preOrderHooks ??= []).push(e, s), (n.preOrderCheckHooks ??= []).push(e, s);
} r && (n.preOrderHooks ??= []).push(0 - e, r), i && ((n.preOrderHooks ??= []).push(e, i), (n.preOrderCheckHooks ??= []).push(e, i)); }
function zg(e, t) { for (let n = t.directiveStart, o = t.directiveEnd; n < o; n++) {
    let i = e.data[n].type.prototype, { ngAfterContentInit: s, ngAfterContentChecked: a, ngAfterViewInit: c, ngAfterViewChecked: l, ngOnDestroy: u } = i;
    s && (e.contentHooks ??= []).push(-n, s), a && ((e.contentHooks ??= []).push(n, a), (e.contentCheckHooks ??= []).push(n, a)), c && (e.viewHooks ??= []).push(-n, c), l && ((e.viewHooks ??= []).push(n, l), (e.viewCheckHooks ??= []).push(n, l)), u != null && (e.destroyHooks ??= []).push(n, u);
} }
function Gi(e, t, n) { Gg(e, t, 3, n); }
function qi(e, t, n, o) { (e[S] & 3) === n && Gg(e, t, n, o); }
function $c(e, t) { let n = e[S]; (n & 3) === t && (n &= 16383, n += 1, e[S] = n); }
function Gg(e, t, n, o) { let r = o !== void 0 ? e[Sn] & 65535 : 0, i = o ?? -1, s = t.length - 1, a = 0; for (let c = r; c < s; c++)
    if (typeof t[c + 1] == "number") {
        if (a = t[c], o != null && a >= o)
            break;
    }
    else
        t[c] < 0 && (e[Sn] += 65536), (a < i || i == -1) && (MM(e, n, t, c), e[Sn] = (e[Sn] & 4294901760) + c + 2), c++; }
function Dh(e, t) { L(O.LifecycleHookStart, e, t); let n = b(null); try {
    t.call(e);
}
finally {
    b(n), L(O.LifecycleHookEnd, e, t);
} }
function MM(e, t, n, o) { let r = n[o] < 0, i = n[o + 1], s = r ? -n[o] : n[o], a = e[s]; r ? e[S] >> 14 < e[Sn] >> 16 && (e[S] & 3) === t && (e[S] += 16384, Dh(a, i)) : Dh(a, i); }
var Bn = -1, cn = class {
    factory;
    name;
    injectImpl;
    resolving = !1;
    canSeeViewProviders;
    multi;
    componentProviders;
    index;
    providerFactory;
    constructor(t, n, o, r) { this.factory = t, this.name = r, this.canSeeViewProviders = n, this.injectImpl = o; }
};
function xs(e) { return e != null && typeof e == "object" && (e.insertBeforeIndex === null || typeof e.insertBeforeIndex == "number" || Array.isArray(e.insertBeforeIndex)); }
function qg(e) { return !!(e.type & 128); }
function wM(e) { return (e.flags & 8) !== 0; }
function NM(e) { return (e.flags & 16) !== 0; }
function _M(e, t, n) { let o = 0; for (; o < n.length;) {
    let r = n[o];
    if (typeof r == "number") {
        if (r !== 0)
            break;
        o++;
        let i = n[o++], s = n[o++], a = n[o++];
        e.setAttribute(t, s, a, i);
    }
    else {
        let i = r, s = n[++o];
        SM(i) ? e.setProperty(t, i, s) : e.setAttribute(t, i, s), o++;
    }
} return o; }
function Qg(e) { return e === 3 || e === 4 || e === 6; }
function SM(e) { return e.charCodeAt(0) === 64; }
function Gn(e, t) { if (!(t === null || t.length === 0))
    if (e === null || e.length === 0)
        e = t.slice();
    else {
        let n = -1;
        for (let o = 0; o < t.length; o++) {
            let r = t[o];
            typeof r == "number" ? n = r : n === 0 || (n === -1 || n === 2 ? Ch(e, n, r, null, t[++o]) : Ch(e, n, r, null, null));
        }
    } return e; }
function Ch(e, t, n, o, r) { let i = 0, s = e.length; if (t === -1)
    s = -1;
else
    for (; i < e.length;) {
        let a = e[i++];
        if (typeof a == "number") {
            if (a === t) {
                s = -1;
                break;
            }
            else if (a > t) {
                s = i - 1;
                break;
            }
        }
    } for (; i < e.length;) {
    let a = e[i];
    if (typeof a == "number")
        break;
    if (a === n) {
        r !== null && (e[i + 1] = r);
        return;
    }
    i++, r !== null && i++;
} s !== -1 && (e.splice(s, 0, t), i = s + 1), e.splice(i++, 0, n), r !== null && e.splice(i++, 0, r); }
function Zg(e) { return e !== Bn; }
function ns(e) { return e & 32767; }
function bM(e) { return e >> 16; }
function os(e, t) { let n = bM(e), o = t; for (; n > 0;)
    o = o[_n], n--; return o; }
var pl = !0;
function rs(e) { let t = pl; return pl = e, t; }
var AM = 256, Yg = AM - 1, Kg = 5, xM = 0, rt = {};
function RM(e, t, n) { let o; typeof n == "string" ? o = n.charCodeAt(0) || 0 : Object.hasOwn(n, Ut) && (o = n[Ut]), o == null && (o = n[Ut] = xM++); let r = o & Yg, i = 1 << r; t.data[e + (r >> Kg)] |= i; }
function is(e, t) { let n = Jg(e, t); if (n !== -1)
    return n; let o = t[m]; o.firstCreatePass && (e.injectorIndex = t.length, Uc(o.data, e), Uc(t, null), Uc(o.blueprint, null)); let r = Tu(e, t), i = e.injectorIndex; if (Zg(r)) {
    let s = ns(r), a = os(r, t), c = a[m].data;
    for (let l = 0; l < 8; l++)
        t[i + l] = a[s + l] | c[s + l];
} return t[i + 8] = r, i; }
function Uc(e, t) { e.push(0, 0, 0, 0, 0, 0, 0, 0, t); }
function Jg(e, t) { return e.injectorIndex === -1 || e.parent && e.parent.injectorIndex === e.injectorIndex || t[e.injectorIndex + 8] === null ? -1 : e.injectorIndex; }
function Tu(e, t) { if (e.parent && e.parent.injectorIndex !== -1)
    return e.parent.injectorIndex; let n = 0, o = null, r = t; for (; r !== null;) {
    if (o = om(r), o === null)
        return Bn;
    if (n++, r = r[_n], o.injectorIndex !== -1)
        return o.injectorIndex | n << 16;
} return Bn; }
function hl(e, t, n) { RM(e, t, n); }
function kM(e, t) { if (t === "class")
    return e.classes; if (t === "style")
    return e.styles; let n = e.attrs; if (n) {
    let o = n.length, r = 0;
    for (; r < o;) {
        let i = n[r];
        if (Qg(i))
            break;
        if (i === 0)
            r = r + 2;
        else if (typeof i == "number")
            for (r++; r < o && typeof n[r] == "string";)
                r++;
        else {
            if (i === t)
                return n[r + 1];
            r = r + 2;
        }
    }
} return null; }
function Xg(e, t, n) { if (n & 8 || e !== void 0)
    return e; Ja(t, "NodeInjector"); }
function em(e, t, n, o) { if (n & 8 && o === void 0 && (o = null), (n & 3) === 0) {
    let r = e[x], i = Wt(void 0);
    try {
        return r ? r.get(t, o, n & 8) : vp(t, o, n & 8);
    }
    finally {
        Wt(i);
    }
} return Xg(o, t, n); }
function Mu(e, t, n, o = 0, r) { if (e !== null) {
    if (t[S] & 2048 && !(o & 2)) {
        let s = FM(e, t, n, o, rt);
        if (s !== rt)
            return s;
    }
    let i = tm(e, t, n, o, rt);
    if (i !== rt)
        return i;
} return em(t, n, o, r); }
function tm(e, t, n, o, r) { let i = LM(n); if (typeof i == "function") {
    if (!wc(t, e, o))
        return o & 1 ? Xg(r, n, o) : em(t, n, o, r);
    try {
        let s;
        if (s = i(o), s == null && !(o & 8))
            Ja(n);
        else
            return s;
    }
    finally {
        Nc();
    }
}
else if (typeof i == "number") {
    let s = null, a = Jg(e, t), c = Bn, l = o & 1 ? t[ee][X] : null;
    for ((a === -1 || o & 4) && (c = a === -1 ? Tu(e, t) : t[a + 8], c === Bn || !Mh(o, !1) ? a = -1 : (s = t[m], a = ns(c), t = os(c, t))); a !== -1;) {
        let u = t[m];
        if (Th(i, a, u.data)) {
            let d = OM(a, t, n, s, o, l);
            if (d !== rt)
                return d;
        }
        c = t[a + 8], c !== Bn && Mh(o, t[m].data[a + 8] === l) && Th(i, a, t) ? (s = u, a = ns(c), t = os(c, t)) : a = -1;
    }
} return r; }
function OM(e, t, n, o, r, i) { let s = t[m], a = s.data[e + 8], c = o == null ? ve(a) && pl : o != s && (a.type & 3) !== 0, l = r & 1 && i === a, u = Qi(a, s, n, c, l); return u !== null ? or(t, s, u, a, r) : rt; }
function Qi(e, t, n, o, r) { let i = e.providerIndexes, s = t.data, a = i & 1048575, c = e.directiveStart, l = e.directiveEnd, u = i >> 20, d = o ? a : a + u, f = r ? a + u : l; for (let p = d; p < f; p++) {
    let h = s[p];
    if (p < c && n === h || p >= c && h.type === n)
        return p;
} if (r) {
    let p = s[c];
    if (p && Le(p) && p.type === n)
        return c;
} return null; }
function or(e, t, n, o, r) { let i = e[n], s = t.data; if (i instanceof cn) {
    let a = i;
    if (a.resolving)
        throw mp("");
    let c = rs(a.canSeeViewProviders);
    a.resolving = !0;
    let l = s[n].type || s[n], u, d = a.injectImpl ? Wt(a.injectImpl) : null, f = wc(e, o, 0);
    try {
        i = e[n] = a.factory(void 0, r, s, e, o), t.firstCreatePass && n >= o.directiveStart && TM(n, s[n], t);
    }
    finally {
        d !== null && Wt(d), rs(c), a.resolving = !1, Nc();
    }
} return i; }
function LM(e) { if (typeof e == "string")
    return e.charCodeAt(0) || 0; let t = Object.hasOwn(e, Ut) ? e[Ut] : void 0; return typeof t == "number" ? t >= 0 ? t & Yg : PM : t; }
function Th(e, t, n) { let o = 1 << e; return !!(n[t + (e >> Kg)] & o); }
function Mh(e, t) { return !(e & 2) && !(e & 1 && t); }
function wu(e) { return e._lView; }
function Mr(e) { return e._tNode; }
var ye = class {
    _tNode;
    _lView;
    constructor(t, n) { this._tNode = t, this._lView = n; }
    get(t, n, o) { return Mu(this._tNode, this._lView, t, Xa(o), n); }
};
function PM() { return new ye(M(), g()); }
function nm(e) { return st(() => { let t = e.prototype.constructor, n = t[Ye] || gl(t), o = Object.prototype, r = Object.getPrototypeOf(e.prototype).constructor; for (; r && r !== o;) {
    let i = r[Ye] || gl(r);
    if (i && i !== n)
        return i;
    r = Object.getPrototypeOf(r);
} return i => new i; }); }
function gl(e) { return ui(e) ? () => { let t = gl(W(e)); return t && t(); } : hi(e); }
function FM(e, t, n, o, r) { let i = e, s = t; for (; i !== null && s !== null && s[S] & 2048 && !Ue(s);) {
    let a = tm(i, s, n, o | 2, rt);
    if (a !== rt)
        return a;
    o &= -5;
    let c = i.parent;
    if (!c) {
        let l = s[rc];
        if (l) {
            let u = l.get(n, rt, o);
            if (u !== rt)
                return u;
        }
        c = om(s), s = s[_n];
    }
    i = c;
} return r; }
function om(e) { let t = e[m], n = t.type; return n === 2 ? t.declTNode : n === 1 ? e[X] : null; }
function Rs(e) { return kM(M(), e); }
var jM = () => (typeof requestIdleCallback < "u" ? requestIdleCallback : e => setTimeout(e)).bind(globalThis), HM = () => (typeof requestIdleCallback < "u" ? cancelIdleCallback : clearTimeout).bind(globalThis), ks = new A("", { factory: () => new ml });
function VM(e) { return Be([{ provide: ks, useExisting: e }]); }
var ml = class {
    requestIdleCallback = jM();
    cancelIdleCallback = HM();
    requestOnIdle(t, n) { return this.requestIdleCallback(t, n); }
    cancelOnIdle(t) { return this.cancelIdleCallback(t); }
}, Pn = "__annotations__", Fn = "__parameters__", jn = "__prop__metadata__";
function eo(e, t, n, o, r) { return st(() => { let i = Nu(t); function s(...a) { if (this instanceof s)
    return i.call(this, ...a), this; let c = new s(...a); return function (u) { return r && r(u, ...a), (Object.hasOwn(u, Pn) ? u[Pn] : Object.defineProperty(u, Pn, { value: [] })[Pn]).push(c), u; }; } return n && (s.prototype = Object.create(n.prototype)), s.prototype.ngMetadataName = e, s.annotationCls = s, s; }); }
function Nu(e) { return function (...n) { if (e) {
    let o = e(...n);
    for (let r in o)
        this[r] = o[r];
} }; }
function to(e, t, n) { return st(() => { let o = Nu(t); function r(...i) { if (this instanceof r)
    return o.apply(this, i), this; let s = new r(...i); return a.annotation = s, a; function a(c, l, u) { let d = Object.hasOwn(c, Fn) ? c[Fn] : Object.defineProperty(c, Fn, { value: [] })[Fn]; for (; d.length <= u;)
    d.push(null); return (d[u] = d[u] || []).push(s), c; } } return r.prototype.ngMetadataName = e, r.annotationCls = r, r; }); }
function vt(e, t, n, o) { return st(() => { let r = Nu(t); function i(...s) { if (this instanceof i)
    return r.apply(this, s), this; let a = new i(...s); function c(l, u) { if (l === void 0)
    throw new Error("Standard Angular field decorators are not supported in JIT mode."); let d = l.constructor, f = Object.hasOwn(d, jn) ? d[jn] : Object.defineProperty(d, jn, { value: {} })[jn]; f[u] = Object.hasOwn(f, u) && f[u] || [], f[u].unshift(a); } return c; } return n && (i.prototype = Object.create(n.prototype)), i.prototype.ngMetadataName = e, i.annotationCls = i, i; }); }
function Q(e) { let t = Me.ng; if (t && t.\u0275compilerFacade)
    return t.\u0275compilerFacade; throw new Error("JIT compiler unavailable"); }
function yt(e) { return { token: e.token, providedIn: e.autoProvided === !1 ? null : "root", factory: e.factory, value: void 0 }; }
var ss = { \u0275\u0275defineInjectable: se, \u0275\u0275defineInjector: Do, \u0275\u0275defineService: yt, \u0275\u0275inject: He, \u0275\u0275invalidFactoryDep: pi, resolveForwardRef: W }, rm = Function;
function Oi(e) { return typeof e == "function"; }
var BM = /^function\s+\S+\(\)\s*{[\s\S]+\.apply\(this,\s*(arguments|(?:[^()]+\(\[\],)?[^()]+\(arguments\).*)\)/, $M = /^class\s+[A-Za-z\d$_]*\s*extends\s+[^{]+{/, UM = /^class\s+[A-Za-z\d$_]*\s*extends\s+[^{]+{[\s\S]*constructor\s*\(/, WM = /^class\s+[A-Za-z\d$_]*\s*extends\s+[^{]+{[\s\S]*constructor\s*\(\)\s*{[^}]*super\(\.\.\.arguments\)/;
function zM(e) { return BM.test(e) || WM.test(e) || $M.test(e) && !UM.test(e); }
var as = class {
    _reflect;
    constructor(t) { this._reflect = t || Me.Reflect; }
    factory(t) { return (...n) => new t(...n); }
    _zipTypesAndAnnotations(t, n) { let o; typeof t > "u" ? o = wo(n.length) : o = wo(t.length); for (let r = 0; r < o.length; r++)
        typeof t > "u" ? o[r] = [] : t[r] && t[r] != Object ? o[r] = [t[r]] : o[r] = [], n && n[r] != null && (o[r] = o[r].concat(n[r])); return o; }
    _ownParameters(t, n) { let o = t.toString(); if (zM(o))
        return null; if (t.parameters && t.parameters !== n.parameters)
        return t.parameters; let r = t.ctorParameters; if (r && r !== n.ctorParameters) {
        let a = typeof r == "function" ? r() : r, c = a.map(u => u && u.type), l = a.map(u => u && Wc(u.decorators));
        return this._zipTypesAndAnnotations(c, l);
    } let i = Object.hasOwn(t, Fn) && t[Fn], s = this._reflect && this._reflect.getOwnMetadata && this._reflect.getOwnMetadata("design:paramtypes", t); return s || i ? this._zipTypesAndAnnotations(s, i) : wo(t.length); }
    parameters(t) { if (!Oi(t))
        return []; let n = Li(t), o = this._ownParameters(t, n); return !o && n !== Object && (o = this.parameters(n)), o || []; }
    _ownAnnotations(t, n) { if (t.annotations && t.annotations !== n.annotations) {
        let o = t.annotations;
        return typeof o == "function" && o.annotations && (o = o.annotations), o;
    } return t.decorators && t.decorators !== n.decorators ? Wc(t.decorators) : Object.hasOwn(t, Pn) ? t[Pn] : null; }
    annotations(t) { if (!Oi(t))
        return []; let n = Li(t), o = this._ownAnnotations(t, n) || []; return (n !== Object ? this.annotations(n) : []).concat(o); }
    _ownPropMetadata(t, n) { if (t.propMetadata && t.propMetadata !== n.propMetadata) {
        let o = t.propMetadata;
        return typeof o == "function" && o.propMetadata && (o = o.propMetadata), o;
    } if (t.propDecorators && t.propDecorators !== n.propDecorators) {
        let o = t.propDecorators, r = {};
        return Object.keys(o).forEach(i => { r[i] = Wc(o[i]); }), r;
    } return Object.hasOwn(t, jn) ? t[jn] : null; }
    propMetadata(t) { if (!Oi(t))
        return {}; let n = Li(t), o = {}; if (n !== Object) {
        let i = this.propMetadata(n);
        Object.keys(i).forEach(s => { o[s] = i[s]; });
    } let r = this._ownPropMetadata(t, n); return r && Object.keys(r).forEach(i => { let s = []; Object.hasOwn(o, i) && s.push(...o[i]), s.push(...r[i]), o[i] = s; }), o; }
    ownPropMetadata(t) { return Oi(t) ? this._ownPropMetadata(t, Li(t)) || {} : {}; }
    hasLifecycleHook(t, n) { return t instanceof rm && n in t.prototype; }
};
function Wc(e) { return e ? e.map(t => { let o = t.type.annotationCls, r = t.args ? t.args : []; return new o(...r); }) : []; }
function Li(e) { let t = e.prototype ? Object.getPrototypeOf(e.prototype) : null; return (t ? t.constructor : null) || Object; }
var im = Nn(to("Inject", e => ({ token: e })), -1), sm = Nn(to("Optional"), 8), am = Nn(to("Self"), 2), cm = Nn(to("SkipSelf"), 4), lm = Nn(to("Host"), 1), um = to("Attribute", e => ({ attributeName: e, __NG_ELEMENT_ID__: () => Rs(e) })), wh = null;
function _u() { return wh = wh || new as; }
function wr(e) { return dm(_u().parameters(e)); }
function dm(e) { return e.map(t => GM(t)); }
function GM(e) { let t = { token: null, attribute: null, host: !1, optional: !1, self: !1, skipSelf: !1 }; if (Array.isArray(e) && e.length > 0)
    for (let n = 0; n < e.length; n++) {
        let o = e[n];
        if (o === void 0)
            continue;
        let r = Object.getPrototypeOf(o);
        if (o instanceof sm || r.ngMetadataName === "Optional")
            t.optional = !0;
        else if (o instanceof cm || r.ngMetadataName === "SkipSelf")
            t.skipSelf = !0;
        else if (o instanceof am || r.ngMetadataName === "Self")
            t.self = !0;
        else if (o instanceof lm || r.ngMetadataName === "Host")
            t.host = !0;
        else if (o instanceof im)
            t.token = o.token;
        else if (o instanceof um) {
            if (o.attributeName === void 0)
                throw new T(-204, !1);
            t.attribute = o.attributeName;
        }
        else
            t.token = o;
    }
else
    e === void 0 || Array.isArray(e) && e.length === 0 ? t.token = null : t.token = e; return t; }
function qM(e, t) { let n = null, o = null; Object.hasOwn(e, Mn) || Object.defineProperty(e, Mn, { get: () => (n === null && (n = Q({ usage: 0, kind: "injectable", type: e }).compileInjectable(ss, `ng:///${e.name}/\u0275prov.js`, KM(e, t))), n) }), Object.hasOwn(e, Ye) || Object.defineProperty(e, Ye, { get: () => { if (o === null) {
        let r = Q({ usage: 0, kind: "injectable", type: e });
        o = r.compileFactory(ss, `ng:///${e.name}/\u0275fac.js`, { name: e.name, type: e, typeArgumentCount: 0, deps: wr(e), target: r.FactoryTarget.Injectable });
    } return o; }, configurable: !0 }); }
var QM = $t({ provide: String, useValue: $t });
function Nh(e) { return e.useClass !== void 0; }
function ZM(e) { return QM in e; }
function _h(e) { return e.useFactory !== void 0; }
function YM(e) { return e.useExisting !== void 0; }
function KM(e, t) { let n = t || { providedIn: null }, o = { name: e.name, type: e, typeArgumentCount: 0, providedIn: n.providedIn }; return (Nh(n) || _h(n)) && n.deps !== void 0 && (o.deps = dm(n.deps)), Nh(n) ? o.useClass = n.useClass : ZM(n) ? o.useValue = n.useValue : _h(n) ? o.useFactory = n.useFactory : YM(n) && (o.useExisting = n.useExisting), o; }
var JM = eo("Injectable", void 0, void 0, void 0, (e, t) => qM(e, t));
function XM(e, t) { let n = null, o = null; Object.hasOwn(e, Mn) || Object.defineProperty(e, Mn, { get: () => (n === null && (n = Q({ usage: 0, kind: "service", type: e }).compileService(ss, `ng:///${e.name}/\u0275prov.js`, ew(e, t))), n) }), Object.hasOwn(e, Ye) || Object.defineProperty(e, Ye, { get: () => { if (o === null) {
        let r = Q({ usage: 0, kind: "service", type: e });
        o = r.compileFactory(ss, `ng:///${e.name}/\u0275fac.js`, { name: e.name, type: e, typeArgumentCount: 0, deps: wr(e), target: r.FactoryTarget.Service });
    } return o; }, configurable: !0 }); }
function ew(e, t) { return { name: e.name, type: e, typeArgumentCount: 0, autoProvided: t?.autoProvided, factory: t?.factory }; }
var tw = eo("Service", void 0, void 0, void 0, (e, t) => XM(e, t));
function nw() { return no(M(), g()); }
function no(e, t) { return new Nr(Y(e, t)); }
var Nr = (() => { class e {
    nativeElement;
    constructor(n) { this.nativeElement = n; }
    static __NG_ELEMENT_ID__ = nw;
} return e; })();
function fm(e) { return e instanceof Nr ? e.nativeElement : e; }
function ow() { return this._results[Symbol.iterator](); }
var cs = class {
    _emitDistinctChangesOnly;
    dirty = !0;
    _onDirty = void 0;
    _results = [];
    _changesDetected = !1;
    _changes = void 0;
    length = 0;
    first = void 0;
    last = void 0;
    get changes() { return this._changes ??= new Vg; }
    constructor(t = !1) { this._emitDistinctChangesOnly = t; }
    get(t) { return this._results[t]; }
    map(t) { return this._results.map(t); }
    filter(t) { return this._results.filter(t); }
    find(t) { return this._results.find(t); }
    reduce(t, n) { return this._results.reduce(t, n); }
    forEach(t) { this._results.forEach(t); }
    some(t) { return this._results.some(t); }
    toArray() { return this._results.slice(); }
    toString() { return this._results.toString(); }
    reset(t, n) { this.dirty = !1; let o = Ve(t); (this._changesDetected = !yp(this._results, o, n)) && (this._results = o, this.length = o.length, this.last = o[this.length - 1], this.first = o[0]); }
    notifyOnChanges() { this._changes !== void 0 && (this._changesDetected || !this._emitDistinctChangesOnly) && this._changes.next(this); }
    onDirty(t) { this._onDirty = t; }
    setDirty() { this.dirty = !0, this._onDirty?.(); }
    destroy() { this._changes !== void 0 && (this._changes.complete(), this._changes.unsubscribe()); }
    [Symbol.iterator] = ow;
}, In = "ngSkipHydration", rw = "ngskiphydration";
function Su(e) { let t = e.mergedAttrs; if (t === null)
    return !1; for (let n = 0; n < t.length; n += 2) {
    let o = t[n];
    if (typeof o == "number")
        return !1;
    if (typeof o == "string" && o.toLowerCase() === rw)
        return !0;
} return !1; }
function pm(e) { return e.hasAttribute(In); }
function rr(e) { return (e.flags & 128) === 128; }
function oo(e) { if (rr(e))
    return !0; let t = e.parent; for (; t;) {
    if (rr(e) || Su(t))
        return !0;
    t = t.parent;
} return !1; }
function hm(e) { return rr(e) || Su(e) || oo(e); }
var Os = (function (e) { return e[e.OnPush = 0] = "OnPush", e[e.Eager = 1] = "Eager", e[e.Default = 1] = "Default", e; })(Os || {}), Ls = new Map, iw = 0;
function sw() { return iw++; }
function aw(e) { Ls.set(e[we], e); }
function gm(e) { return Ls.get(e) || null; }
function vl(e) { Ls.delete(e[we]); }
function cw() { return Ls; }
var ls = class {
    lViewId;
    nodeIndex;
    native;
    component;
    directives;
    localRefs;
    get lView() { return gm(this.lViewId); }
    constructor(t, n, o) { this.lViewId = t, this.nodeIndex = n, this.native = o; }
};
function Ie(e) { let t = Zi(e); if (t) {
    if (te(t)) {
        let n = t, o, r, i;
        if (mm(e)) {
            if (o = fw(n, e), o == -1)
                throw new Error("The provided component was not found in the application");
            r = e;
        }
        else if (uw(e)) {
            if (o = pw(n, e), o == -1)
                throw new Error("The provided directive was not found in the application");
            i = vm(o, n);
        }
        else if (o = bh(n, e), o == -1)
            return null;
        let s = R(n[o]), a = Zi(s), c = a && !Array.isArray(a) ? a : Sh(n, o, s);
        if (r && c.component === void 0 && (c.component = r, Se(c.component, c)), i && c.directives === void 0) {
            c.directives = i;
            for (let l = 0; l < i.length; l++)
                Se(i[l], c);
        }
        Se(c.native, c), t = c;
    }
}
else {
    let n = e, o = n;
    for (; o = o.parentNode;) {
        let r = Zi(o);
        if (r) {
            let i = Array.isArray(r) ? r : r.lView;
            if (!i)
                return null;
            let s = bh(i, n);
            if (s >= 0) {
                let a = R(i[s]), c = Sh(i, s, a);
                Se(a, c), t = c;
                break;
            }
        }
    }
} return t || null; }
function Sh(e, t, n) { return new ls(e[we], t, n); }
var yl = "__ngContext__";
function Se(e, t) { te(t) ? (e[yl] = t[we], aw(t)) : e[yl] = t; }
function Zi(e) { let t = e[yl]; return typeof t == "number" ? gm(t) : t || null; }
function lw(e) { let t = Zi(e); return t ? te(t) ? t : t.lView : null; }
function mm(e) { return e && e.constructor && e.constructor.\u0275cmp; }
function uw(e) { return e && e.constructor && e.constructor.\u0275dir; }
function bh(e, t) { let n = e[m]; for (let o = I; o < n.bindingStartIndex; o++)
    if (R(e[o]) === t)
        return o; return -1; }
function dw(e) { if (e.child)
    return e.child; if (e.next)
    return e.next; for (; e.parent && !e.parent.next;)
    e = e.parent; return e.parent && e.parent.next; }
function fw(e, t) { let n = e[m].components; if (n)
    for (let o = 0; o < n.length; o++) {
        let r = n[o];
        if (de(r, e)[P] === t)
            return r;
    }
else if (de(I, e)[P] === t)
    return I; return -1; }
function pw(e, t) { let n = e[m].firstChild; for (; n;) {
    let o = n.directiveStart, r = n.directiveEnd;
    for (let i = o; i < r; i++)
        if (e[i] === t)
            return n.index;
    n = dw(n);
} return -1; }
function vm(e, t) { let n = t[m].data[e]; if (n.directiveStart === 0)
    return j; let o = []; for (let r = n.directiveStart; r < n.directiveEnd; r++) {
    let i = t[r];
    mm(i) || o.push(i);
} return o; }
function hw(e, t) { let n = t[m].data[e]; return ve(n) ? t[n.directiveStart + n.componentOffset] : null; }
function gw(e, t) { let n = e[m].data[t]; if (n && n.localNames) {
    let o = {}, r = n.index + 1;
    for (let i = 0; i < n.localNames.length; i += 2)
        o[n.localNames[i]] = e[r], r++;
    return o;
} return null; }
function ym(e) { return Em(e[_t]); }
function Im(e) { return Em(e[le]); }
function Em(e) { for (; e !== null && !Z(e);)
    e = e[le]; return e; }
function* mw(e, t) { let n = e.child; for (; n;)
    yield [n, t], n = n.next; if (e.componentOffset > -1) {
    let r = de(e.index, t);
    if (te(r)) {
        let s = r[m].firstChild;
        for (; s;)
            yield [s, r], s = s.next;
    }
} let o = t[e.index]; if (Z(o))
    for (let r = k; r < o.length; r++) {
        let i = o[r], a = i[m].firstChild;
        for (; a;)
            yield [a, i], a = a.next;
    } }
function* vw(e) { let n = e[m].firstChild; for (; n;)
    yield* Wa(Dm(n, e)), n = n.next; }
function* Dm(e, t) { yield [e, t]; for (let [n, o] of mw(e, t))
    yield* Wa(Dm(n, o)); }
function* bu(e) { for (let [t, n] of vw(e))
    t.directiveEnd > t.directiveStart && (yield [t, n]); }
function Ah(e) { let t = Ie(e); if (t === null)
    return null; if (t.component === void 0) {
    let n = t.lView;
    if (n === null)
        return null;
    t.component = hw(t.nodeIndex, n);
} return t.component; }
function yw(e) { _w(e); let t = Ie(e), n = t ? t.lView : null; return n === null ? null : n[P]; }
function Iw(e) { let t = Ie(e), n = t ? t.lView : null; if (n === null)
    return null; let o; for (; n[m].type === 2 && (o = et(n));)
    n = o; return Ue(n) ? null : n[P]; }
function Au(e) { let t = Ie(e), n = t ? t.lView : null; if (n === null)
    return ge.NULL; let o = n[m].data[t.nodeIndex]; return new ye(o, n); }
function Ew(e) { let t = Ie(e), n = t ? t.lView : null; if (n === null)
    return []; let o = n[m], r = o.data[t.nodeIndex], i = [], s = r.providerIndexes & 1048575, a = r.directiveEnd; for (let c = s; c < a; c++) {
    let l = o.data[c];
    Nw(l) && (l = l.type), i.push(l);
} return i; }
function Dw(e) { if (e instanceof Text)
    return []; let t = Ie(e), n = t ? t.lView : null; if (n === null)
    return []; let o = n[m], r = t.nodeIndex; return o?.data[r] ? (t.directives === void 0 && (t.directives = vm(r, n)), t.directives === null ? [] : [...t.directives]) : []; }
var Cm = (function (e) { return e[e.Default = 0] = "Default", e[e.OnPush = 1] = "OnPush", e; })(Cm || {}), Tm = (function (e) { return e[e.Emulated = 0] = "Emulated", e[e.None = 1] = "None", e; })(Tm || {});
function Cw(e) { let t = Ie(e); if (t === null)
    return {}; if (t.localRefs === void 0) {
    let n = t.lView;
    if (n === null)
        return {};
    t.localRefs = gw(n, t.nodeIndex);
} return t.localRefs || {}; }
function Tw(e) { return Ie(e).native; }
function Mw(e) { let t = Ie(e), n = t === null ? null : t.lView; if (n === null)
    return []; let o = n[m], r = n[Gt], i = o.cleanup, s = []; if (i && r)
    for (let a = 0; a < i.length;) {
        let c = i[a++], l = i[a++];
        if (typeof c == "string") {
            let u = c, d = R(n[l]), f = r[i[a++]], p = i[a++], h = typeof p == "boolean" || p >= 0 ? "dom" : "output", v = typeof p == "boolean" ? p : !1;
            e == d && s.push({ element: e, name: u, callback: f, useCapture: v, type: h });
        }
    } return s.sort(ww), s; }
function ww(e, t) { return e.name == t.name ? 0 : e.name < t.name ? -1 : 1; }
function Nw(e) { return e.type !== void 0 && e.declaredInputs !== void 0 && e.resolveHostDirectives !== void 0; }
function _w(e) { if (typeof Element < "u" && !(e instanceof Element))
    throw new Error("Expecting instance of DOM Element"); }
var Il;
function Sw(e) { Il = e; }
function _r() { if (Il !== void 0)
    return Il; if (typeof document < "u")
    return document; throw new T(210, !1); }
var xu = "h", Ru = "b", Mm = "f", wm = "n", Sr = "e", Ps = "t", ro = "c", br = "x", ht = "r", Fs = "i", Ar = "n", io = "d", js = "l", Hs = "di", xr = "s", ku = "p", Rr = "t", En = new A(""), Nm = !1, Ou = new A("", { factory: () => Nm }), Lu = new A(""), Vs = new A(""), Pu = !1, _m = new A("", { factory: () => [] }), Fu = new A(""), kr = new A("", { factory: () => new Map }), bw = new A(""), us = { passive: !0, capture: !0 }, zc = new WeakMap, Gc = new WeakMap, kt = new WeakMap, ds = ["click", "keydown"], fs = ["mouseenter", "mouseover", "focusin"], Pi = new Map, ir = class {
    callbacks = new Set;
    listener = () => { for (let t of this.callbacks)
        t(); };
};
function Sm(e, t) { let n = Gc.get(e); if (!n) {
    n = new ir, Gc.set(e, n);
    for (let o of ds)
        e.addEventListener(o, n.listener, us);
} return n.callbacks.add(t), () => { let { callbacks: o, listener: r } = n; if (o.delete(t), o.size === 0) {
    Gc.delete(e);
    for (let i of ds)
        e.removeEventListener(i, r, us);
} }; }
function bm(e, t) { let n = zc.get(e); if (!n) {
    n = new ir, zc.set(e, n);
    for (let o of fs)
        e.addEventListener(o, n.listener, us);
} return n.callbacks.add(t), () => { let { callbacks: o, listener: r } = n; if (o.delete(t), o.size === 0) {
    for (let i of fs)
        e.removeEventListener(i, r, us);
    zc.delete(e);
} }; }
function Aw(e) { let t = Am(e); return new IntersectionObserver(n => { for (let o of n)
    o.isIntersecting && kt.has(o.target) && kt.get(o.target)?.get(t)?.listener(); }, e); }
function xw(e, t, n, o) { let r = Am(o), i = kt.get(e)?.get(r); Pi.has(r) || Pi.set(r, { observer: n(o), count: 0 }); let s = Pi.get(r); if (!i) {
    i = new ir, s.observer.observe(e);
    let a = kt.get(e);
    a ? a.set(r, i) : (a = new Map, kt.set(e, a)), a.set(r, i), s.count++;
} return i.callbacks.add(t), () => { if (kt.get(e)?.has(r)) {
    if (i.callbacks.delete(t), i.callbacks.size === 0) {
        s.observer.unobserve(e), s.count--;
        let a = kt.get(e);
        a && (a.delete(r), a.size === 0 && kt.delete(e));
    }
    s.count === 0 && (s.observer.disconnect(), Pi.delete(r));
} }; }
function Am(e) {
    return e ? `${e.rootMargin}/${typeof e.threshold == "number" ? e.threshold : e.threshold?.join(`
`)}` : "";
}
var so = "ngb";
function ju(e, t, n = null) { if (t.length === 0 || e.nodeType !== Node.ELEMENT_NODE)
    return; let o = e.getAttribute(ki.JSACTION), r = t.reduce((s, a) => (o?.indexOf(a) ?? -1) === -1 ? s + a + ":;" : s, ""); e.setAttribute(ki.JSACTION, `${o ?? ""}${r}`); let i = n ?? ""; i !== "" && r.length > 0 && e.setAttribute(so, i); }
var xm = (e, t, n) => { let o = e, r = o.__jsaction_fns ?? new Map, i = r.get(t) ?? []; i.push(n), r.set(t, i), o.__jsaction_fns = r; }, Hu = (e, t) => { let n = e, o = n.getAttribute(so) ?? "", r = t.get(o) ?? new Set; r.has(n) || r.add(n), t.set(o, r); };
function Rw(e, t) { if (e.length > 0) {
    let n = [];
    for (let r of e)
        t.has(r) && (n = [...n, ...t.get(r)]);
    new Set(n).forEach(Vu);
} }
var Vu = e => { e.removeAttribute(ki.JSACTION), e.removeAttribute(so), e.__jsaction_fns = void 0; }, Bu = new A("", { factory: () => ({}) }), El = new WeakMap;
function kw(e, t) { if (e == null || typeof e != "object")
    return; let n = El.get(e); n || (n = new WeakSet, El.set(e, n)), n.add(t); }
function $u(e, t) { let n = t?.__jsaction_fns?.get(e.type); if (!(!n || !t?.isConnected) && !(t && El.get(e)?.has(t)))
    for (let o of n)
        o(e); }
var Dl = new Map;
function Rm(e, t) { return Dl.set(e, t), () => Dl.delete(e); }
var xh = !1, km = (e, t, n, o) => { };
function Ow(e, t, n, o) { km(e, t, n, o); }
function Om() { xh || (km = (e, t, n, o) => { let r = e[x].get(ut); Dl.get(r)?.(t, n, o); }, xh = !0); }
var It = new A(""), Lw = (() => { class e {
    registry = new Map;
    cleanupFns = new Map;
    jsActionMap = D(kr);
    contract = D(Bu);
    add(n, o) { if (this.registry.set(n, o), this.awaitingCallbacks.has(n)) {
        let r = this.awaitingCallbacks.get(n);
        for (let i of r)
            i();
    } }
    get(n) { return this.registry.get(n) ?? null; }
    has(n) { return this.registry.has(n); }
    cleanup(n) { Rw(n, this.jsActionMap); for (let o of n)
        this.registry.delete(o), this.jsActionMap.delete(o), this.invokeTriggerCleanupFns(o), this.hydrating.delete(o), this.awaitingCallbacks.delete(o); this.size === 0 && this.contract.instance?.cleanUp(); }
    get size() { return this.registry.size; }
    addCleanupFn(n, o) { let r = []; this.cleanupFns.has(n) && (r = this.cleanupFns.get(n)), r.push(o), this.cleanupFns.set(n, r); }
    invokeTriggerCleanupFns(n) { let o = this.cleanupFns.get(n) ?? []; for (let r of o)
        r(); this.cleanupFns.delete(n); }
    hydrating = new Map;
    awaitingCallbacks = new Map;
    awaitParentBlock(n, o) { let r = this.awaitingCallbacks.get(n) ?? []; r.push(o), this.awaitingCallbacks.set(n, r); }
    static \u0275prov = se({ token: e, providedIn: null, factory: () => new e });
} return e; })();
function ao(e) { return (e.flags & 32) === 32; }
var Lm = "__nghData__", Bs = Lm, Pm = "__nghDeferData__", $s = Pm;
function Pw(e) { return e === Lm || e === Pm; }
var $n = "ngh", Fm = "nghm", jm = () => null;
function Fw(e, t, n = !1) { let o = e.getAttribute($n); if (o == null)
    return null; let [r, i] = o.split("|"); if (o = n ? i : r, !o)
    return null; let s = i ? `|${i}` : "", a = n ? r : s, c = {}; if (o !== "") {
    let u = t.get(Xt, null, { optional: !0 });
    u !== null && (c = u.get(Bs, [])[Number(o)]);
} let l = { data: c, firstChild: e.firstChild ?? null }; return n && (l.firstChild = e, Us(l, 0, e.nextSibling)), a ? e.setAttribute($n, a) : e.removeAttribute($n), l; }
function Hm() { jm = Fw; }
function Vm(e, t, n = !1) { return jm(e, t, n); }
function Uu(e) { let t = e._lView; return t[m].type === 2 ? null : (Ue(t) && (t = t[I]), t); }
function jw(e) { return e.textContent?.replace(/\s/gm, ""); }
function Hw(e) { let t = _r(), n = t.createNodeIterator(e, NodeFilter.SHOW_COMMENT, { acceptNode(i) { let s = jw(i); return s === "ngetn" || s === "ngtns" ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT; } }), o, r = []; for (; o = n.nextNode();)
    r.push(o); for (let i of r)
    i.textContent === "ngetn" ? i.replaceWith(t.createTextNode("")) : i.remove(); }
var Bm = (function (e) { return e.Hydrated = "hydrated", e.Skipped = "skipped", e.Mismatched = "mismatched", e; })(Bm || {}), Vw = "__ngDebugHydrationInfo__";
function Bw(e) { return e[Vw] ?? null; }
function Us(e, t, n) { e.segmentHeads ??= {}, e.segmentHeads[t] = n; }
function Cl(e, t) { return e.segmentHeads?.[t] ?? null; }
function Or(e) { return e.get(Fu, !1, { optional: !0 }); }
var $w = !1;
function Uw() { $w = !1; }
function $m(e, t) { let n = e.data, o = n[Sr]?.[t] ?? null; return o === null && n[ro]?.[t] && (o = Wu(e, t)), o; }
function Ww(e, t) { return e.data[Sr]?.[t] !== void 0; }
function Um(e, t) { return e.data[ro]?.[t] ?? null; }
function Wu(e, t) { let n = Um(e, t) ?? [], o = 0; for (let r of n)
    o += r[ht] * (r[br] ?? 1); return o; }
function Wm(e) { if (typeof e.disconnectedNodes > "u") {
    let t = e.data[io];
    e.disconnectedNodes = t ? new Set(t) : null;
} return e.disconnectedNodes; }
function Ws(e, t) { if (typeof e.disconnectedNodes > "u") {
    let n = e.data[io];
    e.disconnectedNodes = n ? new Set(n) : null;
} return !!Wm(e)?.has(t); }
function zs(e, t) { let n = e[ae]; return n !== null && !Fo() && !ao(t) && !Ws(n, t.index - I); }
function zu(e, t) { let n = t, o = e.corruptedTextNodes; n.textContent === "" ? o.set(n, "ngetn") : n.nextSibling?.nodeType === Node.TEXT_NODE && o.set(n, "ngtns"); }
function zm(e) { let t = []; return e !== null && (e.has(4) && t.push(...fs), e.has(3) && t.push(...ds)), t; }
function zw(e, t) { let n = t.get(It), r = t.get(Xt).get($s, {}), i = !1, s = e, a = null, c = []; for (; !i && s;) {
    i = n.has(s);
    let l = n.hydrating.get(s);
    if (a === null && l != null) {
        a = l.promise;
        break;
    }
    c.unshift(s), s = r[s][ku];
} return { parentBlockPromise: a, hydrationQueue: c }; }
function Gw(e) { let t = e.body.querySelectorAll("[jsaction]"), n = new Set, o = [fs.join(":;"), ds.join(":;")].join("|"); for (let r of t) {
    let i = r.getAttribute("jsaction"), s = r.getAttribute("ngb");
    i?.match(o) && s !== null && n.add(r);
} return n; }
function qw(e, t) { let n = Gw(e), o = t.get(kr); for (let r of n)
    Hu(r, o); }
var Gm = () => ({});
function Qw(e) { let t = e.get(Xt, null, { optional: !0 }); return t !== null ? t.get($s, {}) : {}; }
function Zw() { Gm = Qw; }
function Yw(e) { return Gm(e); }
function Kw(e) { return typeof e == "object" && e.trigger === 5; }
function Jw(e) { return e[Rr]?.find(n => Kw(n))?.delay ?? null; }
function Xw(e) { let t = e[Rr]; if (t)
    for (let n of t) {
        if (n === 2)
            return !0;
        if (typeof n == "object" && n.trigger === 2)
            return n.intersectionObserverOptions || !0;
    } return null; }
function Rh(e, t) { return e[Rr]?.includes(t) ?? !1; }
function eN(e) { return { data: e, hydrate: { idle: Rh(e, 0), immediate: Rh(e, 1), timer: Jw(e), viewport: Xw(e) } }; }
function tN(e) { let t = Yw(e), n = new Map; for (let o in t)
    n.set(o, eN(t[o])); return n; }
function qc(e) { return !!e && e.nodeType === Node.COMMENT_NODE && e.textContent?.trim() === Fm; }
function kh(e) { for (; e && e.nodeType === Node.TEXT_NODE;)
    e = e.previousSibling; return e; }
function qm(e) { for (let o of e.body.childNodes)
    if (qc(o))
        return; let t = kh(e.body.previousSibling); if (qc(t))
    return; let n = kh(e.head.lastChild); if (!qc(n))
    throw new T(-507, !1); }
function Qm(e, t) { let n = e.contentQueries; if (n !== null) {
    let o = b(null);
    try {
        for (let r = 0; r < n.length; r += 2) {
            let i = n[r], s = n[r + 1];
            if (s !== -1) {
                let a = e.data[s];
                jo(i), a.contentQueries(2, t[s], s);
            }
        }
    }
    finally {
        b(o);
    }
} }
function Tl(e, t, n) { jo(0); let o = b(null); try {
    t(e, n);
}
finally {
    b(o);
} }
function Gu(e, t, n) { if (sc(t)) {
    let o = b(null);
    try {
        let r = t.directiveStart, i = t.directiveEnd;
        for (let s = r; s < i; s++) {
            let a = e.data[s];
            if (a.contentQueries) {
                let c = n[s];
                a.contentQueries(1, c, s);
            }
        }
    }
    finally {
        b(o);
    }
} }
var Pe = (function (e) { return e[e.Emulated = 0] = "Emulated", e[e.None = 2] = "None", e[e.ShadowDom = 3] = "ShadowDom", e[e.ExperimentalIsolatedShadowDom = 4] = "ExperimentalIsolatedShadowDom", e; })(Pe || {}), nN = { name: "custom-elements" }, oN = { name: "no-errors-schema" }, Zm = !1;
function rN(e) { Zm = e; }
function iN() { return Zm; }
var Ym = !1;
function sN(e) { Ym = e; }
function aN() { return Ym; }
var Km = { "http://www.w3.org/2000/svg": Ei, "http://www.w3.org/1998/Math/MathML": cc }, Fi;
function Jm() { if (Fi === void 0 && (Fi = null, Me.trustedTypes))
    try {
        Fi = Me.trustedTypes.createPolicy("angular", { createHTML: e => e, createScript: e => e, createScriptURL: e => e });
    }
    catch { } return Fi; }
function co(e) { return Jm()?.createHTML(e) || e; }
function cN(e) { return Jm()?.createScriptURL(e) || e; }
var ji;
function qu() { if (ji === void 0 && (ji = null, Me.trustedTypes))
    try {
        ji = Me.trustedTypes.createPolicy("angular#unsafe-bypass", { createHTML: e => e, createScript: e => e, createScriptURL: e => e });
    }
    catch { } return ji; }
function Oh(e) { return qu()?.createHTML(e) || e; }
function Lh(e) { return qu()?.createScript(e) || e; }
function Ph(e) { return qu()?.createScriptURL(e) || e; }
var gt = class {
    changingThisBreaksApplicationSecurity;
    constructor(t) { this.changingThisBreaksApplicationSecurity = t; }
    toString() { return `SafeValue must use [property]=binding: ${this.changingThisBreaksApplicationSecurity} (see ${ai})`; }
}, Ml = class extends gt {
    getTypeName() { return "HTML"; }
}, wl = class extends gt {
    getTypeName() { return "Style"; }
}, Nl = class extends gt {
    getTypeName() { return "Script"; }
}, _l = class extends gt {
    getTypeName() { return "URL"; }
}, Sl = class extends gt {
    getTypeName() { return "ResourceURL"; }
};
function it(e) { return e instanceof gt ? e.changingThisBreaksApplicationSecurity : e; }
function lo(e, t) { let n = Xm(e); if (n != null && n !== t) {
    if (n === "ResourceURL" && t === "URL")
        return !0;
    throw new Error(`Required a safe ${t}, got a ${n} (see ${ai})`);
} return n === t; }
function Xm(e) { return e instanceof gt && e.getTypeName() || null; }
function lN(e) { return new Ml(e); }
function uN(e) { return new wl(e); }
function dN(e) { return new Nl(e); }
function fN(e) { return new _l(e); }
function pN(e) { return new Sl(e); }
function ev(e) { let t = new Al(e); return hN() ? new bl(t) : t; }
var bl = class {
    inertDocumentHelper;
    constructor(t) { this.inertDocumentHelper = t; }
    getInertBodyElement(t) { t = "<body><remove></remove>" + t; try {
        let n = new window.DOMParser().parseFromString(co(t), "text/html").body;
        return n === null ? this.inertDocumentHelper.getInertBodyElement(t) : (n.firstChild?.remove(), n);
    }
    catch {
        return null;
    } }
}, Al = class {
    defaultDoc;
    inertDocument;
    constructor(t) { this.defaultDoc = t, this.inertDocument = this.defaultDoc.implementation.createHTMLDocument("sanitization-inert"); }
    getInertBodyElement(t) { let n = this.inertDocument.createElement("template"); return n.innerHTML = co(t), n; }
};
function hN() { try {
    return !!new window.DOMParser().parseFromString(co(""), "text/html");
}
catch {
    return !1;
} }
var gN = /^(?!javascript:)(?:[a-z0-9+.-]+:|[^&:\/?#]*(?:[\/?#]|$))/i;
function Gs(e) { return e = String(e), e.match(gN) ? e : "unsafe:" + e; }
function Et(e) { let t = Object.create(null); for (let n of e.split(","))
    t[n] = !0; return t; }
function Lr(...e) { let t = Object.create(null); for (let n of e)
    for (let o in n)
        Object.hasOwn(n, o) && (t[o] = !0); return t; }
var tv = Et("area,br,col,hr,img,wbr"), nv = Et("colgroup,dd,dt,li,p,tbody,td,tfoot,th,thead,tr"), ov = Et("rp,rt"), mN = Lr(ov, nv), vN = Lr(nv, Et("address,article,aside,blockquote,caption,center,del,details,dialog,dir,div,dl,figure,figcaption,footer,h1,h2,h3,h4,h5,h6,header,hgroup,hr,ins,main,map,menu,nav,ol,pre,section,summary,table,ul")), yN = Lr(ov, Et("a,abbr,acronym,audio,b,bdi,bdo,big,br,cite,code,del,dfn,em,font,i,img,ins,kbd,label,map,mark,picture,q,ruby,rp,rt,s,samp,small,source,span,strike,strong,sub,sup,time,track,tt,u,var,video")), xl = Lr(tv, vN, yN, mN), rv = Et("background,cite,href,itemtype,longdesc,poster,src,xlink:href"), IN = Et("abbr,accesskey,align,alt,autoplay,axis,bgcolor,border,cellpadding,cellspacing,class,clear,color,cols,colspan,compact,controls,coords,datetime,default,dir,download,face,headers,height,hidden,hreflang,hspace,ismap,itemscope,itemprop,kind,label,lang,language,loop,media,muted,nohref,nowrap,open,preload,rel,rev,role,rows,rowspan,rules,scope,scrolling,shape,size,sizes,span,srclang,srcset,start,summary,tabindex,target,title,translate,type,usemap,valign,value,vspace,width"), EN = Et("aria-activedescendant,aria-atomic,aria-autocomplete,aria-busy,aria-checked,aria-colcount,aria-colindex,aria-colspan,aria-controls,aria-current,aria-describedby,aria-details,aria-disabled,aria-dropeffect,aria-errormessage,aria-expanded,aria-flowto,aria-grabbed,aria-haspopup,aria-hidden,aria-invalid,aria-keyshortcuts,aria-label,aria-labelledby,aria-level,aria-live,aria-modal,aria-multiline,aria-multiselectable,aria-orientation,aria-owns,aria-placeholder,aria-posinset,aria-pressed,aria-readonly,aria-relevant,aria-required,aria-roledescription,aria-rowcount,aria-rowindex,aria-rowspan,aria-selected,aria-setsize,aria-sort,aria-valuemax,aria-valuemin,aria-valuenow,aria-valuetext"), Rl = Lr(rv, IN, EN), DN = Et("script,style,template"), kl = class {
    sanitizedSomething = !1;
    buf = [];
    sanitizeChildren(t) { let n = t.firstChild, o = !0, r = []; for (; n;) {
        if (n.nodeType === Node.ELEMENT_NODE ? o = this.startElement(n) : n.nodeType === Node.TEXT_NODE ? this.chars(n.nodeValue) : this.sanitizedSomething = !0, o && n.firstChild) {
            r.push(n), n = MN(n);
            continue;
        }
        for (; n;) {
            n.nodeType === Node.ELEMENT_NODE && this.endElement(n);
            let i = TN(n);
            if (i) {
                n = i;
                break;
            }
            n = r.pop();
        }
    } return this.buf.join(""); }
    startElement(t) { let n = Fh(t).toLowerCase(); if (!Object.hasOwn(xl, n))
        return this.sanitizedSomething = !0, !Object.hasOwn(DN, n); this.buf.push("<"), this.buf.push(n); let o = t.attributes; for (let r = 0; r < o.length; r++) {
        let i = o.item(r), s = i.name, a = s.toLowerCase();
        if (!Object.hasOwn(Rl, a)) {
            this.sanitizedSomething = !0;
            continue;
        }
        let c = i.value;
        rv[a] && (c = Gs(c)), this.buf.push(" ", s, '="', jh(c), '"');
    } return this.buf.push(">"), !0; }
    endElement(t) { let n = Fh(t).toLowerCase(); Object.hasOwn(xl, n) && !Object.hasOwn(tv, n) && (this.buf.push("</"), this.buf.push(n), this.buf.push(">")); }
    chars(t) { this.buf.push(jh(t)); }
};
function CN(e, t) { return (e.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_CONTAINED_BY) !== Node.DOCUMENT_POSITION_CONTAINED_BY; }
function TN(e) { let t = e.nextSibling; if (t && e !== t.previousSibling)
    throw iv(t); return t; }
function MN(e) { let t = e.firstChild; if (t && CN(e, t))
    throw iv(t); return t; }
function Fh(e) { let t = e.nodeName; return typeof t == "string" ? t : "FORM"; }
function iv(e) { return new Error(`Failed to sanitize html because the element is clobbered: ${e.outerHTML}`); }
var wN = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g, NN = /([^\#-~ |!])/g;
function jh(e) { return e.replace(/&/g, "&amp;").replace(wN, function (t) { let n = t.charCodeAt(0), o = t.charCodeAt(1); return "&#" + ((n - 55296) * 1024 + (o - 56320) + 65536) + ";"; }).replace(NN, function (t) { return "&#" + t.charCodeAt(0) + ";"; }).replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
var Hi;
function sv(e, t) { let n = null; try {
    Hi = Hi || ev(e);
    let o = t ? String(t) : "";
    n = Hi.getInertBodyElement(o);
    let r = 5, i = o;
    do {
        if (r === 0)
            throw new Error("Failed to sanitize html because the input is unstable");
        r--, o = i, i = n.innerHTML, n = Hi.getInertBodyElement(o);
    } while (o !== i);
    let a = new kl().sanitizeChildren(Ol(n) || n);
    return co(a);
}
finally {
    if (n) {
        let o = Ol(n) || n;
        for (; o.firstChild;)
            o.firstChild.remove();
    }
} }
function Ol(e) { return "content" in e && _N(e) ? e.content : null; }
function _N(e) { return e.nodeType === Node.ELEMENT_NODE && e.nodeName === "TEMPLATE"; }
var SN = /^>|^->|<!--|-->|--!>|<!-$/g, bN = /(<|>)/g, AN = "\u200B$1\u200B";
function xN(e) { return e.replace(SN, t => t.replace(bN, AN)); }
function Qu(e, t) { return e.createText(t); }
function av(e, t, n) { e.setValue(t, n); }
function Zu(e, t) { return e.createComment(xN(t)); }
function qs(e, t, n) { return e.createElement(t, n); }
function Qe(e, t, n, o, r) { e.insertBefore(t, n, o, r); }
function cv(e, t, n) { e.appendChild(t, n); }
function Hh(e, t, n, o, r) { o !== null ? Qe(e, t, n, o, r) : cv(e, t, n); }
function Pr(e, t, n, o) { e.removeChild(null, t, n, o); }
function lv(e) { e.textContent = ""; }
function RN(e, t, n) { e.setAttribute(t, "style", n); }
function kN(e, t, n) { n === "" ? e.removeAttribute(t, "class") : e.setAttribute(t, "class", n); }
function uv(e, t, n) { let { mergedAttrs: o, classes: r, styles: i } = n; o !== null && _M(e, t, o), r !== null && kN(e, t, r), i !== null && RN(e, t, i); }
function ON(e) { let t = g(); e.src = "", e.srcdoc = co(""), Pr(t[C], e); }
function dv(e, t = !0) { if (e[0] != ":")
    return [null, e]; let n = e.indexOf(":", 1); if (n === -1) {
    if (t)
        throw new Error(`Unsupported format "${e}" expecting ":namespace:name"`);
    return [null, e];
} return [e.slice(1, n), e.slice(n + 1)]; }
function Yu(e, t, n) { if (t !== void 0 && n !== void 0 && gv(t, n) !== ue.HTML)
    return e; let o = Fr(); return o ? Oh(o.sanitize(ue.HTML, e) || "") : lo(e, "HTML") ? Oh(it(e)) : sv(_r(), N(e)); }
function Ku(e) { let t = Fr(); return t ? t.sanitize(ue.STYLE, e) || "" : lo(e, "Style") ? it(e) : N(e); }
function Ju(e) { let t = Fr(); return t ? t.sanitize(ue.URL, e) || "" : lo(e, "URL") ? it(e) : Gs(N(e)); }
function Qs(e) { let t = Fr(); if (t)
    return Ph(t.sanitize(ue.RESOURCE_URL, e) || ""); if (lo(e, "ResourceURL"))
    return Ph(it(e)); throw new T(904, !1); }
function Xu(e) { let t = Fr(); if (t)
    return Lh(t.sanitize(ue.SCRIPT, e) || ""); if (lo(e, "Script"))
    return Lh(it(e)); throw new T(905, !1); }
function fv(e) { return co(e[0]); }
function pv(e) { return cN(e[0]); }
function LN(e, t) { switch (gv(e, t)) {
    case ue.RESOURCE_URL: return Qs;
    case ue.URL: return Ju;
    default: return null;
} }
function hv(e, t, n) { return LN(t, n)?.(e) ?? e; }
function Fr() { let e = g(); return e && e[$e].sanitizer; }
function gv(e, t) { let [n, o] = mv(e); return xo(o, t, n); }
function mv(e) { e = e.toLowerCase(); let t = dv(e, !1); if (t[0])
    return t; let o = ne() === -1 ? null : Ce(), r = o?.namespace; if (e === "#host" && o?.type === 2) {
    let i = Y(o, g());
    if (i.tagName && (e = i.tagName.toLowerCase()), r == null) {
        let s = i.namespaceURI;
        r = s && Km[s];
    }
} return [r, e]; }
var Vi = new Set(["href", "xlink:href"]), PN = { animate: { to: Vi, values: Vi, from: Vi }, set: { to: Vi } };
function ed(e, t, n) { let r = ne() === -1 ? null : Ce(); if (r && r.type !== 2)
    return e; let [i, s] = mv(t); if (xo(s, n, i) !== ue.ATTRIBUTE_NO_BINDING)
    return e; let c = g(); if (r) {
    if (s === "iframe") {
        let u = Y(r, c);
        ON(u);
    }
    else if (i === Ei || !i) {
        let u = PN[s]?.[n.toLowerCase()];
        if (u) {
            let d = Y(r, c);
            if (FN(d, u))
                throw new T(-910, !1);
            return e;
        }
    }
} let l = !1; throw new T(-910, l); }
function FN(e, t) { for (let n of e.getAttributeNames()) {
    if (n.toLowerCase() !== "attributename")
        continue;
    let o = e.getAttribute(n);
    if (o !== null && t.has(o.toLowerCase()))
        return o;
} return null; }
function jN() { return Be([]); }
function vv(e) { return e.ownerDocument.defaultView; }
function yv(e) { return e.ownerDocument; }
function td(e) { return e.ownerDocument.body; }
var HN = "\uFFFD";
function Uo(e) { return e instanceof Function ? e() : e; }
function VN(e, t, n) { let o = e.length; for (;;) {
    let r = e.indexOf(t, n);
    if (r === -1)
        return r;
    if (r === 0 || e.charCodeAt(r - 1) <= 32) {
        let i = t.length;
        if (r + i === o || e.charCodeAt(r + i) <= 32)
            return r;
    }
    n = r + 1;
} }
var Iv = "ng-template";
function BN(e, t, n, o) { let r = 0; if (o) {
    for (; r < t.length && typeof t[r] == "string"; r += 2)
        if (t[r] === "class" && VN(t[r + 1].toLowerCase(), n, 0) !== -1)
            return !0;
}
else if (nd(e))
    return !1; if (r = t.indexOf(1, r), r > -1) {
    let i;
    for (; ++r < t.length && typeof (i = t[r]) == "string";)
        if (i.toLowerCase() === n)
            return !0;
} return !1; }
function nd(e) { return e.type === 4 && e.value !== Iv; }
function $N(e, t, n) { let o = e.type === 4 && !n ? Iv : e.value; return t === o; }
function UN(e, t, n) { let o = 4, r = e.attrs, i = r !== null ? GN(r) : 0, s = !1; for (let a = 0; a < t.length; a++) {
    let c = t[a];
    if (typeof c == "number") {
        if (!s && !qe(o) && !qe(c))
            return !1;
        if (s && qe(c))
            continue;
        s = !1, o = c | o & 1;
        continue;
    }
    if (!s)
        if (o & 4) {
            if (o = 2 | o & 1, c !== "" && !$N(e, c, n) || c === "" && t.length === 1) {
                if (qe(o))
                    return !1;
                s = !0;
            }
        }
        else if (o & 8) {
            if (r === null || !BN(e, r, c, n)) {
                if (qe(o))
                    return !1;
                s = !0;
            }
        }
        else {
            let l = t[++a], u = WN(c, r, nd(e), n);
            if (u === -1) {
                if (qe(o))
                    return !1;
                s = !0;
                continue;
            }
            if (l !== "") {
                let d;
                if (u > i ? d = "" : d = r[u + 1].toLowerCase(), o & 2 && l !== d) {
                    if (qe(o))
                        return !1;
                    s = !0;
                }
            }
        }
} return qe(o) || s; }
function qe(e) { return (e & 1) === 0; }
function WN(e, t, n, o) { if (t === null)
    return -1; let r = 0; if (o || !n) {
    let i = !1;
    for (; r < t.length;) {
        let s = t[r];
        if (s === e)
            return r;
        if (s === 3 || s === 6)
            i = !0;
        else if (s === 1 || s === 2) {
            let a = t[++r];
            for (; typeof a == "string";)
                a = t[++r];
            continue;
        }
        else {
            if (s === 4)
                break;
            if (s === 0) {
                r += 4;
                continue;
            }
        }
        r += i ? 1 : 2;
    }
    return -1;
}
else
    return qN(t, e); }
function Ev(e, t, n = !1) { for (let o = 0; o < t.length; o++)
    if (UN(e, t[o], n))
        return !0; return !1; }
function zN(e) { let t = e.attrs; if (t != null) {
    let n = t.indexOf(5);
    if ((n & 1) === 0)
        return t[n + 1];
} return null; }
function GN(e) { for (let t = 0; t < e.length; t++) {
    let n = e[t];
    if (Qg(n))
        return t;
} return e.length; }
function qN(e, t) { let n = e.indexOf(4); if (n > -1)
    for (n++; n < e.length;) {
        let o = e[n];
        if (typeof o == "number")
            return -1;
        if (o === t)
            return n;
        n++;
    } return -1; }
function QN(e, t) { e: for (let n = 0; n < t.length; n++) {
    let o = t[n];
    if (e.length === o.length) {
        for (let r = 0; r < e.length; r++)
            if (e[r] !== o[r])
                continue e;
        return !0;
    }
} return !1; }
function Vh(e, t) { return e ? ":not(" + t.trim() + ")" : t; }
function ZN(e) { let t = e[0], n = 1, o = 2, r = "", i = !1; for (; n < e.length;) {
    let s = e[n];
    if (typeof s == "string")
        if (o & 2) {
            let a = e[++n];
            r += "[" + s + (a.length > 0 ? '="' + a + '"' : "") + "]";
        }
        else
            o & 8 ? r += "." + s : o & 4 && (r += " " + s);
    else
        r !== "" && !qe(s) && (t += Vh(i, r), r = ""), o = s, i = i || !qe(o);
    n++;
} return r !== "" && (t += Vh(i, r)), t; }
function YN(e) { return e.map(ZN).join(","); }
function KN(e) { let t = [], n = [], o = 1, r = 2; for (; o < e.length;) {
    let i = e[o];
    if (typeof i == "string")
        r === 2 ? i !== "" && t.push(i, e[++o]) : r === 8 && n.push(i);
    else {
        if (!qe(r))
            break;
        r = i;
    }
    o++;
} return n.length && t.push(1, ...n), t; }
var F = {}, ps = (function (e) { return e[e.Important = 1] = "Important", e[e.DashCase = 2] = "DashCase", e; })(ps || {}), Ll;
function od(e, t) { return Ll(e, t); }
function JN(e) { Ll === void 0 && (Ll = e()); }
var Dv = new A("", { factory: () => !1 }), Cv = new A("", { factory: () => XN }), XN = 4e3;
function hs(e) { if (!e)
    return 0; let t = e.toLowerCase().indexOf("ms") > -1 ? 1 : 1e3; return parseFloat(e) * t; }
function rn(e, t) { return e.getPropertyValue(t).split(",").map(o => o.trim()); }
function e_(e) { let t = rn(e, "transition-property"), n = rn(e, "transition-duration"), o = rn(e, "transition-delay"), r = { propertyName: "", duration: 0, animationName: void 0 }; for (let i = 0; i < t.length; i++) {
    let s = hs(o[i]) + hs(n[i]);
    s > r.duration && (r.propertyName = t[i], r.duration = s);
} return r; }
function t_(e) { let t = rn(e, "animation-name"), n = rn(e, "animation-delay"), o = rn(e, "animation-duration"), r = rn(e, "animation-iteration-count"), i = { animationName: "", propertyName: void 0, duration: 0 }; for (let s = 0; s < t.length; s++) {
    let a = hs(n[s]) + hs(o[s]), c = r[s];
    a > i.duration && c !== "infinite" && (i.animationName = t[s], i.duration = a);
} return i; }
function Tv(e, t) { return e !== void 0 && e.duration > t.duration; }
function Mv(e) { return (e.animationName != null || e.propertyName != null) && e.duration > 0; }
function wv(e) { let t = e.effect?.getTiming(); if (t === void 0)
    return; let n = typeof t.duration == "number" ? t.duration : 0, o = (t.delay ?? 0) + n, r = e.playbackRate; return r !== void 0 && r !== 0 && r !== 1 && (o /= Math.abs(r)), o; }
function n_(e, t) { let n = getComputedStyle(e), o = t_(n), r = e_(n), i = o.duration > r.duration ? o : r; Tv(t.get(e), i) || Mv(i) && t.set(e, i); }
function Nv(e, t, n) { if (!n)
    return; let o = e.getAnimations(); return o.length === 0 ? n_(e, t) : o_(e, t, o); }
function o_(e, t, n) { let o = { animationName: void 0, propertyName: void 0, duration: 0 }; for (let r of n) {
    if (r.effect?.getTiming()?.iterations === 1 / 0)
        continue;
    let s = wv(r) ?? 0, a, c;
    r.animationName ? c = r.animationName : a = r.transitionProperty, s >= o.duration && (o = { animationName: c, propertyName: a, duration: s });
} Tv(t.get(e), o) || Mv(o) && t.set(e, o); }
var Pt = new Set, r_ = !1, i_ = 1, Dn = (typeof ngServerMode > "u" || !ngServerMode) && typeof document < "u" && typeof document?.documentElement?.getAnimations == "function";
function Zs(e) { return e[x].get(Dv, r_); }
function s_(e, t, n) { let o = qn.get(e); if (o) {
    for (let r of t)
        o.classList.push(r);
    for (let r of n)
        o.cleanupFns.push(r);
}
else
    qn.set(e, { classList: t, cleanupFns: n }); }
function rd(e) { let t = qn.get(e); if (t) {
    for (let n of t.cleanupFns)
        n();
    qn.delete(e);
} an.delete(e); }
var a_ = () => { }, qn = new WeakMap, an = new WeakMap, sr = new WeakMap;
function _v(e) { return e ? e[_n] ?? e : null; }
var Wo = new WeakSet;
function Pl(e, t) { let n = sr.get(e); if (n && n.length > 0) {
    let o = n.findIndex(r => r.el === t);
    o > -1 && n.splice(o, 1);
} n?.length === 0 && sr.delete(e); }
function c_(e, t, n) { let o = sr.get(e); if (!o || o.length === 0)
    return; let r = t.parentNode, i = t.previousSibling, s = _v(n); for (let a = o.length - 1; a >= 0; a--) {
    let { el: c, declarationView: l } = o[a], u = c.parentNode;
    c === t ? (o.splice(a, 1), Wo.add(c), c.dispatchEvent(new CustomEvent("animationend", { detail: { cancel: !0 } }))) : i && c === i ? (o.splice(a, 1), c.dispatchEvent(new CustomEvent("animationend", { detail: { cancel: !0 } })), c.parentNode?.removeChild(c)) : u && r && u !== r && (s === null || l === null || s === l) && (o.splice(a, 1), c.dispatchEvent(new CustomEvent("animationend", { detail: { cancel: !0 } })), c.parentNode?.removeChild(c));
} }
function id(e, t, n) { let o = _v(n), r = sr.get(e); r ? r.some(i => i.el === t) || r.push({ el: t, declarationView: o }) : sr.set(e, [{ el: t, declarationView: o }]); }
function gs(e) { let t = e[Oe] ??= {}; return t.enter ??= new Map; }
function ln(e) { let t = e[Oe] ??= {}; return t.leave ??= new Map; }
function Sv(e) { let t = typeof e == "function" ? e() : e, n = Array.isArray(t) ? t : null; return typeof t == "string" && (n = t.trim().split(/\s+/).filter(o => o)), n; }
function l_(e, t) { if (!Dn)
    return; let n = qn.get(e); if (n && n.classList.length > 0 && u_(e, n.classList))
    for (let o of n.classList)
        t.removeClass(e, o); rd(e); }
function u_(e, t) { for (let n of t)
    if (e.classList.contains(n))
        return !0; return !1; }
function ar(e) { return e.composedPath ? e.composedPath()[0] : e.target; }
function sd(e, t) { let n = an.get(t); if (n === void 0)
    return !0; if (t !== ar(e))
    return !1; let o = e.animation; if (o) {
    let r = wv(o);
    if (r !== void 0 && r + i_ < n.duration)
        return !1;
} return n.animationName !== void 0 ? e.animationName === n.animationName : n.propertyName !== void 0 ? n.propertyName === "all" || e.propertyName === n.propertyName : !1; }
function Ys(e, t, n) { let o = e.get(t.index) ?? { animateFns: [] }; o.animateFns.push(n), e.set(t.index, o); }
function Fl(e, t) { if (e)
    for (let n of e)
        n(); for (let n of t)
    n(); }
function jl(e, t) { let n = ln(e).get(t.index); n && (n.resolvers = void 0); }
function Bi(e, t, n, o, r) { Pl(t, n), Fl(o, r), jl(e, t); }
var Ks = (function (e) { return e[e.CHANGE_DETECTION = 0] = "CHANGE_DETECTION", e[e.AFTER_NEXT_RENDER = 1] = "AFTER_NEXT_RENDER", e; })(Ks || {}), Cn = new A(""), Bh = new Set;
function K(e) { Bh.has(e) || (Bh.add(e), performance?.mark?.("mark_feature_usage", { detail: { feature: e } })); }
var Js = (() => { class e {
    impl = null;
    execute() { this.impl?.execute(); }
    static \u0275prov = se({ token: e, providedIn: "root", factory: () => new e });
} return e; })(), ad = [0, 1, 2, 3], cd = (() => { class e {
    ngZone = D(V);
    scheduler = D(xt);
    errorHandler = D(Rc, { optional: !0 });
    sequences = new Set;
    deferredRegistrations = new Set;
    executing = !1;
    constructor() { D(Cn, { optional: !0 }); }
    execute() { let n = this.sequences.size > 0; n && L(O.AfterRenderHooksStart), this.executing = !0; for (let o of ad)
        for (let r of this.sequences)
            if (!(r.erroredOrDestroyed || !r.hooks[o]))
                try {
                    r.pipelinedValue = this.ngZone.runOutsideAngular(() => this.maybeTrace(() => { let i = r.hooks[o]; return i(r.pipelinedValue); }, r.snapshot));
                }
                catch (i) {
                    r.erroredOrDestroyed = !0, this.errorHandler?.handleError(i);
                } this.executing = !1; for (let o of this.sequences)
        o.afterRun(), o.once && (this.sequences.delete(o), o.destroy()); for (let o of this.deferredRegistrations)
        this.sequences.add(o); this.deferredRegistrations.size > 0 && this.scheduler.notify(7), this.deferredRegistrations.clear(), n && L(O.AfterRenderHooksEnd); }
    register(n) { let { view: o } = n; o !== void 0 ? ((o[qt] ??= []).push(n), Ci(o), o[S] |= 8192) : this.executing ? this.deferredRegistrations.add(n) : this.addSequence(n); }
    addSequence(n) { this.sequences.add(n), this.scheduler.notify(7); }
    unregister(n) { this.executing && this.sequences.has(n) ? (n.erroredOrDestroyed = !0, n.pipelinedValue = void 0, n.once = !0) : (this.sequences.delete(n), this.deferredRegistrations.delete(n)); }
    maybeTrace(n, o) { return o ? o.run(Ks.AFTER_NEXT_RENDER, n) : n(); }
    static \u0275prov = se({ token: e, providedIn: "root", factory: () => new e });
} return e; })(), cr = class {
    impl;
    hooks;
    view;
    once;
    snapshot;
    erroredOrDestroyed = !1;
    pipelinedValue = void 0;
    unregisterOnDestroy;
    constructor(t, n, o, r, i, s = null) { this.impl = t, this.hooks = n, this.view = o, this.once = r, this.snapshot = s, this.unregisterOnDestroy = i?.onDestroy(() => this.destroy()); }
    afterRun() { this.erroredOrDestroyed = !1, this.pipelinedValue = void 0, this.snapshot?.dispose(), this.snapshot = null; }
    destroy() { this.impl.unregister(this), this.unregisterOnDestroy?.(); let t = this.view?.[qt]; t && (this.view[qt] = t.filter(n => n !== this)); }
};
function bv(e, t) { let n = t?.injector ?? D(ge); return typeof ngServerMode < "u" && ngServerMode ? Xs : (K("NgAfterRender"), Av(e, n, t, !1)); }
function ld(e, t) { let n = t?.injector ?? D(ge); return typeof ngServerMode < "u" && ngServerMode ? Xs : (K("NgAfterNextRender"), Av(e, n, t, !0)); }
function d_(e) { return e instanceof Function ? [void 0, void 0, e, void 0] : [e.earlyRead, e.write, e.mixedReadWrite, e.read]; }
function Av(e, t, n, o) { let r = t.get(Js); r.impl ??= t.get(cd); let i = t.get(Cn, null, { optional: !0 }), s = n?.manualCleanup !== !0 ? t.get(Kt) : null, a = t.get(Ai, null, { optional: !0 }), c = new cr(r.impl, d_(e), a?.view, o, s, i?.snapshot(null)); return r.impl.register(c), c; }
var Xs = { destroy() { } }, jr = new A("", { factory: () => { let e = D(lt), t = new Set; return e.onDestroy(() => t.clear()), { queue: t, isScheduled: !1, scheduler: null, injector: e }; } });
function xv(e, t, n) { let o = e.get(jr); if (Array.isArray(t))
    for (let r of t)
        o.queue.add(r), n?.detachedLeaveAnimationFns?.push(r);
else
    o.queue.add(t), n?.detachedLeaveAnimationFns?.push(t); o.scheduler && o.scheduler(e); }
function f_(e, t) { let n = e.get(jr); if (Array.isArray(t))
    for (let o of t)
        n.queue.delete(o);
else
    n.queue.delete(t); }
function p_(e, t) { let n = e.get(jr); if (t.detachedLeaveAnimationFns) {
    for (let o of t.detachedLeaveAnimationFns)
        n.queue.delete(o);
    t.detachedLeaveAnimationFns = void 0;
} }
function h_(e) { let t = e.get(jr); t.isScheduled || (ld(() => { t.isScheduled = !1; for (let n of t.queue)
    n(); t.queue.clear(); }, { injector: t.injector }), t.isScheduled = !0); }
function ea(e) { let t = e.get(jr); t.scheduler = h_, t.scheduler(e); }
function ud(e, t) { for (let [n, o] of t)
    xv(e, o.animateFns); }
function $h(e, t, n, o) { let r = e?.[Oe]?.enter; t !== null && r && r.has(n.index) && ud(o, r); }
function Uh(e, t, n, o) { try {
    n.get(nc);
}
catch {
    return o(!1);
} let r = e?.[Oe]; r?.enter?.has(t.index) && f_(n, r.enter.get(t.index).animateFns); let i = g_(e, t, r); if (i.size === 0) {
    let s = !1;
    if (e) {
        let a = [];
        ta(e, t, a), s = a.length > 0;
    }
    if (!s)
        return o(!1);
} e && Pt.add(e[we]), xv(n, () => m_(e, t, r || void 0, i, o), r || void 0); }
function g_(e, t, n) { let o = new Map, r = n?.leave; if (r && r.has(t.index) && o.set(t.index, r.get(t.index)), e && r)
    for (let [i, s] of r) {
        if (o.has(i))
            continue;
        let c = e[m].data[i].parent;
        for (; c;) {
            if (c === t) {
                o.set(i, s);
                break;
            }
            c = c.parent;
        }
    } return o; }
function m_(e, t, n, o, r) { let i = []; if (n && n.leave)
    for (let [s] of o) {
        if (!n.leave.has(s))
            continue;
        let a = n.leave.get(s);
        for (let c of a.animateFns) {
            let { promise: l } = c();
            i.push(l);
        }
        n.detachedLeaveAnimationFns = void 0;
    } if (e && ta(e, t, i), i.length > 0) {
    let s = n || e?.[Oe];
    if (s) {
        let a = s.running;
        a && i.push(a), s.running = Promise.allSettled(i), y_(e, s.running, r);
    }
    else
        Promise.allSettled(i).then(() => { e && Pt.delete(e[we]), r(!0); });
}
else
    e && Pt.delete(e[we]), r(!1); }
function ta(e, t, n) { if (t.type & 12) {
    let r = e[t.index];
    if (Z(r))
        for (let i = k; i < r.length; i++) {
            let s = r[i];
            s[m].type === 2 && v_(s, n);
        }
} let o = t.child; for (; o;)
    ta(e, o, n), o = o.next; }
function v_(e, t) { let n = e[Oe]; if (n && n.leave)
    for (let r of n.leave.values())
        for (let i of r.animateFns) {
            let { promise: s } = i();
            t.push(s);
        } let o = e[m].firstChild; for (; o;)
    ta(e, o, t), o = o.next; }
function y_(e, t, n) { t.then(() => { e[Oe]?.running === t && (e[Oe].running = void 0, Pt.delete(e[we])), n(!0); }); }
function Hn(e, t, n, o, r, i, s, a) { if (r != null) {
    let c, l = !1;
    Z(r) ? c = r : te(r) && (l = !0, r = r[H]);
    let u = R(r);
    e === 0 && o !== null ? ($h(a, o, i, n), s == null ? cv(t, o, u) : Qe(t, o, u, s || null, !0)) : e === 1 && o !== null ? ($h(a, o, i, n), Qe(t, o, u, s || null, !0), c_(i, u, a)) : e === 2 ? (a?.[Oe]?.leave?.has(i.index) && id(i, u, a), Wo.delete(u), Uh(a, i, n, d => { if (Wo.has(u)) {
        Wo.delete(u);
        return;
    } Pr(t, u, l, d); })) : e === 3 && (Wo.delete(u), Uh(a, i, n, () => { t.destroyNode(u); })), c != null && w_(t, e, n, c, i, o, s);
} }
function Rv(e, t) { kv(e, t), t[H] = null, t[X] = null; }
function I_(e, t, n, o, r, i) { o[H] = r, o[X] = t, oa(e, o, n, 1, r, i); }
function kv(e, t) { t[$e].changeDetectionScheduler?.notify(9), oa(e, t, t[C], 2, null, null); }
function E_(e) { let t = e[_t]; if (!t)
    return Qc(e[m], e); for (; t;) {
    let n = null;
    if (te(t))
        n = t[_t];
    else {
        let o = t[k];
        o && (n = o);
    }
    if (!n) {
        for (; t && !t[le] && t !== e;)
            te(t) && Qc(t[m], t), t = t[q];
        t === null && (t = e), te(t) && Qc(t[m], t), n = t && t[le];
    }
    t = n;
} }
function dd(e, t) { let n = e[Qt], o = n.indexOf(t); n.splice(o, 1); }
function Hr(e, t) { if (We(t))
    return; let n = t[C]; n.destroyNode && oa(e, t, n, 3, null, null), E_(t); }
function Qc(e, t) { if (We(t))
    return; let n = b(null); try {
    t[S] &= -129, t[S] |= 256, t[Ne] && Eo(t[Ne]), C_(e, t), D_(e, t), t[m].type === 1 && t[C].destroy();
    let o = t[St];
    if (o !== null && Z(t[q])) {
        o !== t[q] && dd(o, t);
        let r = t[Je];
        r !== null && r.detachView(e);
    }
    vl(t);
}
finally {
    b(n);
} }
function D_(e, t) { let n = e.cleanup, o = t[Gt]; if (n !== null)
    for (let s = 0; s < n.length - 1; s += 2)
        if (typeof n[s] == "string") {
            let a = n[s + 3];
            a >= 0 ? o[a]() : o[-a].unsubscribe(), s += 2;
        }
        else {
            let a = o[n[s + 1]];
            n[s].call(a);
        } o !== null && (t[Gt] = null); let r = t[ic]; if (r !== null) {
    t[ic] = null;
    for (let s = 0; s < r.length; s++) {
        let a = r[s];
        a();
    }
} let i = t[bn]; if (i !== null) {
    t[bn] = null;
    for (let s of i)
        s.destroy();
} }
function C_(e, t) { let n; if (e != null && (n = e.destroyHooks) != null)
    for (let o = 0; o < n.length; o += 2) {
        let r = t[n[o]];
        if (!(r instanceof cn)) {
            let i = n[o + 1];
            if (Array.isArray(i))
                for (let s = 0; s < i.length; s += 2) {
                    let a = r[i[s]], c = i[s + 1];
                    L(O.LifecycleHookStart, a, c);
                    try {
                        c.call(a);
                    }
                    finally {
                        L(O.LifecycleHookEnd, a, c);
                    }
                }
            else {
                L(O.LifecycleHookStart, r, i);
                try {
                    i.call(r);
                }
                finally {
                    L(O.LifecycleHookEnd, r, i);
                }
            }
        }
    } }
function fd(e, t, n) { if (t === null)
    throw new T(510, !1); return Ov(e, t.parent, n); }
function Ov(e, t, n) { let o = t; for (; o !== null && o.type & 168;)
    t = o, o = t.parent; if (o === null)
    return n[H]; if (ve(o)) {
    let { encapsulation: r } = e.data[o.directiveStart + o.componentOffset];
    if (r === Pe.None || r === Pe.Emulated)
        return null;
} return Y(o, n); }
function Lv(e, t, n) { return Fv(e, t, n); }
function Pv(e, t, n) { return e.type & 40 ? Y(e, n) : null; }
var Fv = Pv, Hl;
function jv(e, t) { Fv = e, Hl = t; }
function na(e, t, n, o) { let r = fd(e, o, t), i = t[C], s = o.parent || t[X], a = Lv(s, o, t); if (r != null)
    if (Array.isArray(n))
        for (let c = 0; c < n.length; c++)
            Hh(i, r, n[c], a, !1);
    else
        Hh(i, r, n, a, !1); Hl !== void 0 && Hl(i, o, t, n, r); }
function sn(e, t) { if (t !== null) {
    let n = t.type;
    if (n & 3)
        return Y(t, e);
    if (n & 4)
        return Vl(-1, e[t.index]);
    if (n & 8) {
        let o = t.child;
        if (o !== null)
            return sn(e, o);
        {
            let r = e[t.index];
            return Z(r) ? Vl(-1, r) : R(r);
        }
    }
    else {
        if (n & 128)
            return sn(e, t.next);
        if (n & 32)
            return od(t, e)() || R(e[t.index]);
        {
            let o = Hv(e, t);
            if (o !== null) {
                if (Array.isArray(o))
                    return o[0];
                let r = et(e[ee]);
                return sn(r, o);
            }
            else
                return sn(e, t.next);
        }
    }
} return null; }
function Hv(e, t) { if (t !== null) {
    let o = e[ee][X], r = t.projection;
    return o.projection[r];
} return null; }
function Vl(e, t) { let n = k + e + 1; if (n < t.length) {
    let o = t[n], r = o[m].firstChild;
    if (r !== null)
        return sn(o, r);
} return t[Xe]; }
function pd(e, t, n, o, r, i, s) { for (; n != null;) {
    let a = o[x];
    if (n.type === 128) {
        n = n.next;
        continue;
    }
    let c = o[n.index], l = n.type;
    if (s && t === 0 && (c && Se(R(c), o), n.flags |= 2), !ao(n))
        if (l & 8)
            pd(e, t, n.child, o, r, i, !1), Hn(t, e, a, r, c, n, i, o);
        else if (l & 32) {
            let u = od(n, o), d;
            for (; d = u();)
                Hn(t, e, a, r, d, n, i, o);
            Hn(t, e, a, r, c, n, i, o);
        }
        else
            l & 16 ? Vv(e, t, o, n, r, i) : Hn(t, e, a, r, c, n, i, o);
    n = s ? n.projectionNext : n.next;
} }
function oa(e, t, n, o, r, i) { e.type === 3 ? T_(n, o, t, r, i) : pd(n, o, e.firstChild, t, r, i, !1); }
function T_(e, t, n, o, r) { let s = n[m].firstChild, a = s.next, c = R(n[s.index]), l = R(n[a.index]), u = a.index + 1, d = n[u]; if (t === 1 || t === 0)
    o !== null && (d && d.hasChildNodes() ? Qe(e, o, d, r, !0) : (Qe(e, o, c, r, !0), Qe(e, o, l, r, !0)));
else if (t === 2) {
    if (d || (d = document.createDocumentFragment(), n[u] = d), c && c.parentNode === d)
        return;
    let f = c;
    for (; f !== null;) {
        let p = f.nextSibling;
        if (d.appendChild(f), f === l)
            break;
        f = p;
    }
} }
function M_(e, t, n) { let o = t[C], r = fd(e, n, t), i = n.parent || t[X], s = Lv(i, n, t); Vv(o, 0, t, n, r, s); }
function Vv(e, t, n, o, r, i) { let s = n[ee], c = s[X].projection[o.projection]; if (Array.isArray(c))
    for (let l = 0; l < c.length; l++) {
        let u = c[l];
        Hn(t, e, n[x], r, u, o, i, n);
    }
else {
    let l = c, u = s[q];
    rr(o) && (l.flags |= 128), pd(e, t, l, u, r, i, !0);
} }
function w_(e, t, n, o, r, i, s) { let a = o[Xe], c = R(o); if (a !== c && Hn(t, e, n, i, a, r, s), (o[S] & 4) === 0)
    for (let l = k; l < o.length; l++) {
        let u = o[l];
        oa(u[m], u, e, t, i, a);
    } }
function N_(e, t, n, o, r) { if (t)
    r ? e.addClass(n, o) : e.removeClass(n, o);
else {
    let i = o.indexOf("-") === -1 ? void 0 : ps.DashCase;
    r == null ? e.removeStyle(n, o, i) : (typeof r == "string" && r.endsWith("!important") && (r = r.slice(0, -10), i |= ps.Important), e.setStyle(n, o, r, i));
} }
function ra(e, t, n, o, r, i, s, a, c, l, u) { let d = I + o, f = d + r, p = __(d, f), h = typeof l == "function" ? l() : l; return p[m] = { type: e, blueprint: p, template: n, queries: null, viewQuery: a, declTNode: t, data: p.slice().fill(null, d), bindingStartIndex: d, expandoStartIndex: f, hostBindingOpCodes: null, firstCreatePass: !0, firstUpdatePass: !0, staticViewQueries: !1, staticContentQueries: !1, preOrderHooks: null, preOrderCheckHooks: null, contentHooks: null, contentCheckHooks: null, viewHooks: null, viewCheckHooks: null, destroyHooks: null, cleanup: null, contentQueries: null, components: null, directiveRegistry: typeof i == "function" ? i() : i, pipeRegistry: typeof s == "function" ? s() : s, firstChild: null, schemas: c, consts: h, incompleteFirstPass: !1, ssrId: u }; }
function __(e, t) { let n = []; for (let o = 0; o < t; o++)
    n.push(o < e ? null : F); return n; }
function Bv(e) { let t = e.tView; return t === null || t.incompleteFirstPass ? e.tView = ra(1, null, e.template, e.decls, e.vars, e.directiveDefs, e.pipeDefs, e.viewQuery, e.schemas, e.consts, e.id) : t; }
function Vr(e, t, n, o, r, i, s, a, c, l, u) { let d = t.blueprint.slice(); return d[H] = r, d[S] = o | 4 | 128 | 8 | 64 | 1024, (l !== null || e && e[S] & 2048) && (d[S] |= 2048), lc(d), d[q] = d[_n] = e, d[P] = n, d[$e] = s || e && e[$e], d[C] = a || e && e[C], d[x] = c || e && e[x] || null, d[X] = i, d[we] = sw(), d[ae] = u, d[rc] = l, d[ee] = t.type == 2 ? e[ee] : d, d; }
function S_(e, t, n) { let o = Y(t, e), r = Bv(n), i = e[$e].rendererFactory, s = ia(e, Vr(e, r, null, hd(n), o, t, null, i.createRenderer(o, n), null, null, null)); return e[t.index] = s; }
function hd(e) { let t = 16; return e.signals ? t = 4096 : e.onPush && (t = 64), t; }
function Br(e, t, n, o) { if (n === 0)
    return -1; let r = t.length; for (let i = 0; i < n; i++)
    t.push(o), e.blueprint.push(o), e.data.push(null); return r; }
function ia(e, t) { return e[_t] ? e[bo][le] = t : e[_t] = t, e[bo] = t, t; }
function $v(e = 1) { Uv(w(), g(), ne() + e, !1); }
function Uv(e, t, n, o) { if (!o)
    if ((t[S] & 3) === 3) {
        let i = e.preOrderCheckHooks;
        i !== null && Gi(t, i, n);
    }
    else {
        let i = e.preOrderHooks;
        i !== null && qi(t, i, 0, n);
    } ot(n); }
var $r = (function (e) { return e[e.None = 0] = "None", e[e.SignalBased = 1] = "SignalBased", e[e.HasDecoratorInputTransform = 2] = "HasDecoratorInputTransform", e; })($r || {});
function un(e, t, n, o) { let r = b(null); try {
    let [i, s, a] = e.inputs[n], c = null;
    (s & $r.SignalBased) !== 0 && (c = t[i][je]), c !== null && c.transformFn !== void 0 ? o = c.transformFn(o) : a !== null && (o = a.call(t, o)), e.setInput !== null ? e.setInput(t, c, o, n, i) : Bg(t, c, i, o);
}
finally {
    b(r);
} }
function Wv(e, t, n, o, r) { let i = ne(), s = o & 2; try {
    ot(-1), s && t.length > I && Uv(e, t, I, !1);
    let a = s ? O.TemplateUpdateStart : O.TemplateCreateStart;
    L(a, r, n), n(o, r);
}
finally {
    ot(i);
    let a = s ? O.TemplateUpdateEnd : O.TemplateCreateEnd;
    L(a, r, n);
} }
function sa(e, t, n) { k_(e, t, n), (n.flags & 64) === 64 && O_(e, t, n); }
function uo(e, t, n = Y) { let o = t.localNames; if (o !== null) {
    let r = t.index + 1;
    for (let i = 0; i < o.length; i += 2) {
        let s = o[i + 1], a = s === -1 ? n(t, e) : e[s];
        e[r++] = a;
    }
} }
function b_(e, t, n, o) { let i = o.get(Ou, Nm) || n === Pe.ShadowDom || n === Pe.ExperimentalIsolatedShadowDom, s = e.selectRootElement(t, i); return A_(s), s; }
function A_(e) { zv(e); }
var zv = () => null;
function x_(e) { pm(e) ? lv(e) : Hw(e); }
function Gv() { zv = x_; }
function R_(e) { return e === "class" ? "className" : e === "for" ? "htmlFor" : e === "formaction" ? "formAction" : e === "innerHtml" ? "innerHTML" : e === "readonly" ? "readOnly" : e === "tabindex" ? "tabIndex" : e; }
function gd(e, t, n, o, r, i) { let s = t[m]; if (ua(e, s, t, n, o)) {
    ve(e) && qv(t, e.index);
    return;
} e.type & 3 && (n = R_(n)), md(e, t, n, o, r, i); }
function md(e, t, n, o, r, i) { if (e.type & 3) {
    let s = Y(e, t);
    o = i != null ? i(o, e.value || "", n) : o, r.setProperty(s, n, o);
}
else
    e.type & 12; }
function qv(e, t) { let n = de(t, e); n[S] & 16 || (n[S] |= 64); }
function k_(e, t, n) { let o = n.directiveStart, r = n.directiveEnd; ve(n) && S_(t, n, e.data[o + n.componentOffset]), e.firstCreatePass || is(n, t); let i = n.initialInputs; for (let s = o; s < r; s++) {
    let a = e.data[s], c = or(t, e, s, n);
    if (Se(c, t), i !== null && F_(t, s - o, c, a, n, i), Le(a)) {
        let l = de(n.index, t);
        l[P] = or(t, e, s, n);
    }
} }
function O_(e, t, n) { let o = n.directiveStart, r = n.directiveEnd, i = n.index, s = Gp(); try {
    ot(i);
    for (let a = o; a < r; a++) {
        let c = e.data[a], l = t[a];
        Mc(a), (c.hostBindings !== null || c.hostVars !== 0 || c.hostAttrs !== null) && L_(c, l);
    }
}
finally {
    ot(-1), Mc(s);
} }
function L_(e, t) { e.hostBindings !== null && e.hostBindings(1, t); }
function vd(e, t) { let n = e.directiveRegistry, o = null; if (n)
    for (let r = 0; r < n.length; r++) {
        let i = n[r];
        Ev(t, i.selectors, !1) && (o ??= [], Le(i) ? o.unshift(i) : o.push(i));
    } return o; }
function P_(e, t, n, o, r, i) { let s = Y(e, t); aa(t[C], s, i, e.value, n, o, r); }
function aa(e, t, n, o, r, i, s) { if (i == null)
    s?.(i, o || "", r), e.removeAttribute(t, r, n);
else {
    let a = s == null ? N(i) : s(i, o || "", r);
    e.setAttribute(t, r, a, n);
} }
function F_(e, t, n, o, r, i) { let s = i[t]; if (s !== null)
    for (let a = 0; a < s.length; a += 2) {
        let c = s[a], l = s[a + 1];
        un(o, n, c, l);
    } }
function ca(e, t, n, o, r) { let i = I + n, s = t[m], a = r(s, t, e, o, n); t[i] = a, ze(e, !0); let c = e.type === 2; return c ? (uv(t[C], a, e), (Vp() === 0 || An(e)) && Se(a, t), Bp()) : Se(a, t), Ho() && (!c || !ao(e)) && na(s, t, a, e), e; }
function la(e) { let t = e; return yc() ? Mi() : (t = t.parent, ze(t, !1)), t; }
function Qv(e, t, n) { return (e === null || Le(e)) && (n = Ro(n[t.index])), n[C]; }
function yd(e, t) { let n = e[x]; if (!n)
    return; let o; try {
    o = n.get(Jt, null);
}
catch {
    o = null;
} o?.(t); }
function ua(e, t, n, o, r) { let i = e.inputs?.[o], s = e.hostDirectiveInputs?.[o], a = !1; if (s)
    for (let c = 0; c < s.length; c += 2) {
        let l = s[c], u = s[c + 1], d = t.data[l];
        un(d, n[l], u, r), a = !0;
    } if (i)
    for (let c of i) {
        let l = n[c], u = t.data[c];
        un(u, l, o, r), a = !0;
    } return a; }
function Zv(e, t, n, o, r, i) { let s = null, a = null, c = null, l = !1, u = e.directiveToIndex.get(o.type); if (typeof u == "number" ? s = u : [s, a, c] = u, a !== null && c !== null && e.hostDirectiveInputs && Object.hasOwn(e.hostDirectiveInputs, r)) {
    let d = e.hostDirectiveInputs[r];
    for (let f = 0; f < d.length; f += 2) {
        let p = d[f];
        if (p >= a && p <= c) {
            let h = t.data[p], v = d[f + 1];
            un(h, n[p], v, i), l = !0;
        }
        else if (p > c)
            break;
    }
} return s !== null && Object.hasOwn(o.inputs, r) && (un(o, n[s], r, i), l = !0), l; }
function j_(e, t) { let n = de(t, e), o = n[m]; H_(o, n); let r = n[H]; r !== null && n[ae] === null && (n[ae] = Vm(r, n[x])), L(O.ComponentStart); try {
    da(o, n, n[P]);
}
finally {
    L(O.ComponentEnd, n[P]);
} }
function H_(e, t) { for (let n = t.length; n < e.blueprint.length; n++)
    t.push(e.blueprint[n]); }
function da(e, t, n) { _i(t); try {
    let o = e.viewQuery;
    o !== null && Tl(1, o, n);
    let r = e.template;
    r !== null && Wv(e, t, r, 1, n), e.firstCreatePass && (e.firstCreatePass = !1), t[Je]?.finishViewCreation(e), e.staticContentQueries && Qm(e, t), e.staticViewQueries && Tl(2, e.viewQuery, n);
    let i = e.components;
    i !== null && V_(t, i);
}
catch (o) {
    throw e.firstCreatePass && (e.incompleteFirstPass = !0, e.firstCreatePass = !1), o;
}
finally {
    t[S] &= -5, Si();
} }
function V_(e, t) { for (let n = 0; n < t.length; n++)
    j_(e, t[n]); }
function jt(e, t, n, o) { let r = b(null); try {
    let i = t.tView, a = e[S] & 4096 ? 4096 : 16, c = Vr(e, i, n, a, null, t, null, null, o?.injector ?? null, o?.embeddedViewInjector ?? null, o?.dehydratedView ?? null), l = e[t.index];
    c[St] = l;
    let u = e[Je];
    return u !== null && (c[Je] = u.createEmbeddedView(i)), da(i, c, n), c;
}
finally {
    b(r);
} }
function dn(e, t) { return !t || t.firstChild === null || rr(e); }
function Ft(e, t, n, o, r = !1) { if (e.type === 3) {
    let i = e.firstChild, s = i.next, a = R(t[i.index]), c = R(t[s.index]), l = a;
    for (; l !== null && (o.push(l), l !== c);)
        l = l.nextSibling;
    return o;
} for (; n !== null;) {
    if (n.type === 128) {
        n = r ? n.projectionNext : n.next;
        continue;
    }
    let i = t[n.index];
    if (i !== null)
        if (Z(i)) {
            let a = i[Xe];
            a !== i[H] && o.push(R(i)), i[S] & 4 || fa(i, o), o.push(a);
        }
        else
            o.push(R(i));
    let s = n.type;
    if (s & 8)
        Ft(e, t, n.child, o);
    else if (s & 32) {
        let a = od(n, t), c;
        for (; c = a();)
            o.push(c);
    }
    else if (s & 16) {
        let a = Hv(t, n);
        if (Array.isArray(a))
            o.push(...a);
        else {
            let c = et(t[ee]);
            Ft(c[m], c, a, o, !0);
        }
    }
    n = r ? n.projectionNext : n.next;
} return o; }
function fa(e, t) { for (let n = k; n < e.length; n++) {
    let o = e[n], r = o[m].firstChild;
    r !== null && Ft(o[m], o, r, t);
} }
function Yv(e) { if (e[qt] !== null) {
    for (let t of e[qt])
        t.impl.addSequence(t);
    e[qt].length = 0;
} }
var Kv = [];
function B_(e) { return e[Ne] ?? $_(e); }
function $_(e) { let t = Kv.pop() ?? Object.create(W_); return t.lView = e, t; }
function U_(e) { e.lView[Ne] !== e && (e.lView = null, Kv.push(e)); }
var W_ = xe(U({}, za), { consumerIsAlwaysLive: !0, kind: "template", consumerMarkedDirty: e => { Ci(e.lView); }, consumerOnSignalRead() { this.lView[Ne] = this; } });
function z_(e) { let t = e[Ne] ?? Object.create(G_); return t.lView = e, t; }
var G_ = xe(U({}, za), { consumerIsAlwaysLive: !0, kind: "template", consumerMarkedDirty: e => { let t = et(e.lView); for (; t && !Jv(t[m]);)
        t = et(t); t && Oo(t); }, consumerOnSignalRead() { this.lView[Ne] = this; } });
function Jv(e) { return e.type !== 2; }
function Xv(e) { if (e[bn] === null)
    return; let t = !0; for (; t;) {
    let n = !1;
    for (let o of e[bn])
        if (o.dirty && (n = !0, o.zone === null || Zone.current === o.zone ? o.run() : o.zone.run(() => o.run()), e[bn] === null))
            return;
    t = n && !!(e[S] & 8192);
} }
var q_ = 100;
function ey(e, t = 0) { let o = e[$e].rendererFactory, r = !1; r || o.begin?.(); try {
    Q_(e, t);
}
finally {
    r || o.end?.();
} }
function Q_(e, t) { let n = Ec(); try {
    Dc(!0), Bl(e, t);
    let o = 0;
    for (; Lo(e);) {
        if (o === q_)
            throw new T(103, !1);
        o++, Bl(e, 1);
    }
}
finally {
    Dc(n);
} }
function ty(e, t, n, o) { if (We(t))
    return; let r = t[S], i = !1, s = !1; _i(t); let a = !0, c = null, l = null; i || (Jv(e) ? (l = B_(t), c = Io(l)) : lp() === null ? (a = !1, l = z_(t), c = Io(l)) : t[Ne] && (Eo(t[Ne]), t[Ne] = null)); try {
    lc(t), Cc(e.bindingStartIndex), n !== null && Wv(e, t, n, 2, o);
    let u = (r & 3) === 3;
    if (!i)
        if (u) {
            let p = e.preOrderCheckHooks;
            p !== null && Gi(t, p, null);
        }
        else {
            let p = e.preOrderHooks;
            p !== null && qi(t, p, 0, null), $c(t, 0);
        }
    if (s || Z_(t), Xv(t), ny(t, 0), e.contentQueries !== null && Qm(e, t), !i)
        if (u) {
            let p = e.contentCheckHooks;
            p !== null && Gi(t, p);
        }
        else {
            let p = e.contentHooks;
            p !== null && qi(t, p, 1), $c(t, 1);
        }
    K_(e, t);
    let d = e.components;
    d !== null && ry(t, d, 0);
    let f = e.viewQuery;
    if (f !== null && Tl(2, f, o), !i)
        if (u) {
            let p = e.viewCheckHooks;
            p !== null && Gi(t, p);
        }
        else {
            let p = e.viewHooks;
            p !== null && qi(t, p, 2), $c(t, 2);
        }
    if (e.firstUpdatePass === !0 && (e.firstUpdatePass = !1), t[Ii]) {
        for (let p of t[Ii])
            p();
        t[Ii] = null;
    }
    i || (Yv(t), t[S] &= -73);
}
catch (u) {
    throw i || Ci(t), u;
}
finally {
    l !== null && (oi(l, c), a && U_(l)), Si();
} }
function ny(e, t) { for (let n = ym(e); n !== null; n = Im(n))
    for (let o = k; o < n.length; o++) {
        let r = n[o];
        oy(r, t);
    } }
function Z_(e) { for (let t = ym(e); t !== null; t = Im(t)) {
    if (!(t[S] & 2))
        continue;
    let n = t[Qt];
    for (let o = 0; o < n.length; o++) {
        let r = n[o];
        Oo(r);
    }
} }
function Y_(e, t, n) { L(O.ComponentStart); let o = de(t, e); try {
    oy(o, n);
}
finally {
    L(O.ComponentEnd, o[P]);
} }
function oy(e, t) { Op(e) && Bl(e, t); }
function Bl(e, t) { let o = e[m], r = e[S], i = e[Ne], s = !!(t === 0 && r & 16); if (s ||= !!(r & 64 && t === 0), s ||= !!(r & 1024), s ||= !!(i?.dirty && ri(i)), s ||= !1, i && (i.dirty = !1), e[S] &= -9217, s)
    ty(o, e, o.template, e[P]);
else if (r & 8192) {
    let a = b(null);
    try {
        Xv(e), ny(e, 1);
        let c = o.components;
        c !== null && ry(e, c, 1), Yv(e);
    }
    finally {
        b(a);
    }
} }
function ry(e, t, n) { for (let o = 0; o < t.length; o++)
    Y_(e, t[o], n); }
function K_(e, t) { let n = e.hostBindingOpCodes; if (n !== null)
    try {
        for (let o = 0; o < n.length; o++) {
            let r = n[o];
            if (r < 0)
                ot(~r);
            else {
                let i = r, s = n[++o], a = n[++o];
                zp(s, i);
                let c = t[i];
                L(O.HostBindingsUpdateStart, c);
                try {
                    a(2, c);
                }
                finally {
                    L(O.HostBindingsUpdateEnd, c);
                }
            }
        }
    }
    finally {
        ot(-1);
    } }
function pa(e, t) { let n = Ec() ? 64 : 1088; for (e[$e].changeDetectionScheduler?.notify(t); e;) {
    e[S] |= n;
    let o = et(e);
    if (Ue(e) && !o)
        return e;
    e = o;
} return null; }
function Id(e, t, n, o) { return [e, !0, 0, t, null, o, null, n, null, null]; }
function iy(e, t) { let n = k + t; if (n < e.length)
    return e[n]; }
function Dt(e, t, n, o = !0) { let r = t[m]; if (J_(r, t, e, n), o) {
    let s = Vl(n, e), a = t[C], c = a.parentNode(e[Xe]);
    c !== null && I_(r, e[X], a, t, c, s);
} let i = t[ae]; i !== null && i.firstChild !== null && (i.firstChild = null); }
function Ur(e, t) { let n = lr(e, t); return n !== void 0 && Hr(n[m], n), n; }
function lr(e, t) { if (e.length <= k)
    return; let n = k + t, o = e[n]; if (o) {
    let r = o[St];
    r !== null && r !== e && dd(r, o), t > 0 && (e[n - 1][le] = o[le]);
    let i = Mo(e, k + t);
    Rv(o[m], o);
    let s = i[Je];
    s !== null && s.detachView(i[m]), o[q] = null, o[le] = null, o[S] &= -129;
} return o; }
function J_(e, t, n, o) { let r = k + o, i = n.length; o > 0 && (n[r - 1][le] = t), o < i - k ? (t[le] = n[r], ec(n, k + o, t)) : (n.push(t), t[le] = null), t[q] = n; let s = t[St]; s !== null && n !== s && sy(s, t); let a = t[Je]; a !== null && a.insertView(e), Di(t), t[S] |= 128; }
function sy(e, t) { let n = e[Qt], o = t[q]; if (te(o))
    e[S] |= 2;
else {
    let r = o[q][ee];
    t[ee] !== r && (e[S] |= 2);
} n === null ? e[Qt] = [t] : n.push(t); }
var mt = class {
    _lView;
    _cdRefInjectingView;
    _appRef = null;
    _attachedToViewContainer = !1;
    exhaustive;
    get rootNodes() { let t = this._lView, n = t[m]; return Ft(n, t, n.firstChild, []); }
    constructor(t, n) { this._lView = t, this._cdRefInjectingView = n; }
    get context() { return this._lView[P]; }
    set context(t) { this._lView[P] = t; }
    get destroyed() { return We(this._lView); }
    destroy() { if (this._appRef)
        this._appRef.detachView(this);
    else if (this._attachedToViewContainer) {
        let t = this._lView[q];
        if (Z(t)) {
            let n = t[Ao], o = n ? n.indexOf(this) : -1;
            o > -1 && (lr(t, o), Mo(n, o));
        }
        this._attachedToViewContainer = !1;
    } Hr(this._lView[m], this._lView); }
    onDestroy(t) { Po(this._lView, t); }
    markForCheck() { pa(this._cdRefInjectingView || this._lView, 4); }
    detach() { this._lView[S] &= -129; }
    reattach() { Di(this._lView), this._lView[S] |= 128; }
    detectChanges() { this._lView[S] |= 1024, ey(this._lView); }
    checkNoChanges() { }
    attachToViewContainerRef() { if (this._appRef)
        throw new T(902, !1); this._attachedToViewContainer = !0; }
    detachFromAppRef() { this._appRef = null; let t = Ue(this._lView), n = this._lView[St]; n !== null && !t && dd(n, this._lView), kv(this._lView[m], this._lView); }
    attachToAppRef(t) { if (this._attachedToViewContainer)
        throw new T(902, !1); this._appRef = t; let n = Ue(this._lView), o = this._lView[St]; o !== null && !n && sy(o, this._lView), Di(this._lView); }
};
function X_(e) { return Lo(e._lView) || !!(e._lView[S] & 64); }
function eS(e) { Oo(e._lView); }
var ur = (() => { class e {
    _declarationLView;
    _declarationTContainer;
    elementRef;
    static __NG_ELEMENT_ID__ = tS;
    constructor(n, o, r) { this._declarationLView = n, this._declarationTContainer = o, this.elementRef = r; }
    get ssrId() { return this._declarationTContainer.tView?.ssrId || null; }
    createEmbeddedView(n, o) { return this.createEmbeddedViewImpl(n, o); }
    createEmbeddedViewImpl(n, o, r) { let i = jt(this._declarationLView, this._declarationTContainer, n, { embeddedViewInjector: o, dehydratedView: r }); return new mt(i); }
} return e; })();
function tS() { return ha(M(), g()); }
function ha(e, t) { return e.type & 4 ? new ur(t, e, no(e, t)) : null; }
var $l = "<-- AT THIS LOCATION", nS = "/guide/hydration#third-party-scripts-with-dom-manipulation";
function oS(e) { switch (e) {
    case 4: return "view container";
    case 2: return "element";
    case 8: return "ng-container";
    case 32: return "icu";
    case 64: return "i18n";
    case 16: return "projection";
    case 1: return "text";
    case 128: return "@let";
    default: return "<unknown>";
} }
function rS(e, t) {
    let n = `During serialization, Angular was unable to find an element in the DOM:

`, o = `${cS(e, t, !1)}

`, r = uS();
    throw new T(-502, n + o + r);
}
function ay(e) {
    let t = "During serialization, Angular detected DOM nodes that were created outside of Angular context and provided as projectable nodes (likely via `ViewContainerRef.createComponent` or `createComponent` APIs). Hydration is not supported for such cases, consider refactoring the code to avoid this pattern or using `ngSkipHydration` on the host element of the component.\n\n", n = `${lS(e)}

`, o = t + n + dS();
    return new T(-503, o);
}
function iS(e) { let t = []; if (e.attrs)
    for (let n = 0; n < e.attrs.length;) {
        let o = e.attrs[n++];
        if (typeof o == "number")
            break;
        let r = e.attrs[n++];
        t.push(`${o}="${ms(r)}"`);
    } return t.join(" "); }
var sS = new Set(["ngh", "ng-version", "ng-server-context"]);
function aS(e) { let t = []; for (let n = 0; n < e.attributes.length; n++) {
    let o = e.attributes[n];
    sS.has(o.name) || t.push(`${o.name}="${ms(o.value)}"`);
} return t.join(" "); }
function Zc(e, t = "\u2026") { switch (e.type) {
    case 1: return `#text${e.value ? `(${e.value})` : ""}`;
    case 2:
        let o = iS(e), r = e.value.toLowerCase();
        return `<${r}${o ? " " + o : ""}>${t}</${r}>`;
    case 8: return "<!-- ng-container -->";
    case 4: return "<!-- container -->";
    default: return `#node(${oS(e.type)})`;
} }
function Yi(e, t = "\u2026") { let n = e; switch (n.nodeType) {
    case Node.ELEMENT_NODE:
        let o = n.tagName.toLowerCase(), r = aS(n);
        return `<${o}${r ? " " + r : ""}>${t}</${o}>`;
    case Node.TEXT_NODE:
        let i = n.textContent ? ms(n.textContent) : "";
        return `#text${i ? `(${i})` : ""}`;
    case Node.COMMENT_NODE: return `<!-- ${ms(n.textContent ?? "")} -->`;
    default: return `#node(${n.nodeType})`;
} }
function cS(e, t, n) {
    let r = "";
    t.prev ? (r += `  \u2026
`, r += "  " + Zc(t.prev) + `
`) : t.type && t.type & 12 && (r += `  \u2026
`), n ? (r += "  " + Zc(t) + `
`, r += `  <!-- container -->  ${$l}
`) : r += "  " + Zc(t) + `  ${$l}
`, r += `  \u2026
`;
    let i = t.type ? fd(e[m], t, e) : null;
    return i && (r = Yi(i, `
` + r)), r;
}
function lS(e) {
    let n = "", o = e;
    return o.previousSibling && (n += `  \u2026
`, n += "  " + Yi(o.previousSibling) + `
`), n += "  " + Yi(o) + `  ${$l}
`, e.nextSibling && (n += `  \u2026
`), e.parentNode && (n = Yi(o.parentNode, `
` + n)), n;
}
function uS(e) {
    return `To fix this problem:
  * check ${e ? `the "${e}"` : "corresponding"} component for hydration-related issues
  * check to see if your template has valid HTML structure
  * check if there are any third-party scripts that manipulate the DOM. More info: ${Ga}${nS}
  * or skip hydration by adding the \`ngSkipHydration\` attribute to its host node in a template

`;
}
function dS() {
    return `Note: attributes are only displayed to better represent the DOM but have no effect on hydration mismatches.

`;
}
function fS(e) { return e.replace(/\s+/gm, ""); }
function ms(e, t = 50) { return e ? (e = fS(e), e.length > t ? `${e.substring(0, t - 1)}\u2026` : e) : ""; }
function pS(e) { let t = e.textContent?.slice(0, 50); return t ? `${e.nodeName} ("${t}")` : e.nodeName; }
function cy(e, t, n) { let o = t.insertBeforeIndex, r = Array.isArray(o) ? o[0] : o; return r === null ? Pv(e, t, n) : R(n[r]); }
function ly(e, t, n, o, r) { let i = t.insertBeforeIndex; if (Array.isArray(i)) {
    let s = o, a = null;
    if (t.type & 3 || (a = s, s = r), s !== null && t.componentOffset === -1)
        for (let c = 1; c < i.length; c++) {
            let l = n[i[c]];
            Qe(e, s, l, a, !1);
        }
} }
function Ht(e, t, n, o, r) { let i = e.data[t]; if (i === null)
    i = Ed(e, t, n, o, r), Wp() && (i.flags |= 32);
else if (i.type & 64) {
    i.type = n, i.value = o, i.attrs = r;
    let s = xn();
    i.injectorIndex = s === null ? -1 : s.injectorIndex;
} return ze(i, !0), i; }
function Ed(e, t, n, o, r) { let i = Up(), s = yc(), a = s ? i : i && i.parent, c = e.data[t] = Ul(e, a, n, t, o, r); return hS(e, c, i, s), c; }
function hS(e, t, n, o) { e.firstChild === null && (e.firstChild = t), n !== null && (o ? n.child == null && t.parent !== null && (n.child = t) : n.next === null && (n.next = t, t.prev = n)); }
function Ul(e, t, n, o, r, i) { let s = t ? t.injectorIndex : -1, a = 0; return Fo() && (a |= 128), { type: n, index: o, insertBeforeIndex: null, injectorIndex: s, directiveStart: -1, directiveEnd: -1, directiveStylingLast: -1, componentOffset: -1, controlDirectiveIndex: -1, customControlIndex: -1, propertyBindings: null, flags: a, providerIndexes: 0, value: r, namespace: bi(), attrs: i, mergedAttrs: null, localNames: null, initialInputs: null, inputs: null, hostDirectiveInputs: null, outputs: null, hostDirectiveOutputs: null, directiveToIndex: null, tView: null, next: null, prev: null, projectionNext: null, child: null, parent: t, projection: null, styles: null, stylesWithoutHost: null, residualStyles: void 0, classes: null, classesWithoutHost: null, residualClasses: void 0, classBindings: 0, styleBindings: 0 }; }
function uy(e, t) { if (e.push(t), e.length > 1)
    for (let n = e.length - 2; n >= 0; n--) {
        let o = e[n];
        dy(o) || gS(o, t) && mS(o) === null && vS(o, t.index);
    } }
function dy(e) { return !(e.type & 64); }
function gS(e, t) { return dy(t) || e.index > t.index; }
function mS(e) { let t = e.insertBeforeIndex; return Array.isArray(t) ? t[0] : t; }
function vS(e, t) { let n = e.insertBeforeIndex; Array.isArray(n) ? n[0] = t : (jv(cy, ly), e.insertBeforeIndex = t); }
var yS = $t({ currentCaseLViewIndex: $t }), AL = $t({ tView: $t });
function Go(e, t) { let n = e.data[t]; return n === null || typeof n == "string" ? null : Object.hasOwn(n, yS) ? n : n.value; }
function IS(e, t, n) { let o = e.data[t]; o === null ? e.data[t] = n : o.value = n; }
function ES(e, t) { let n = e.insertBeforeIndex; n === null ? (jv(cy, ly), n = e.insertBeforeIndex = [null, t]) : (gp(Array.isArray(n), !0, "Expecting array here"), n.push(t)); }
function DS(e, t, n) { let o = Ed(e, n, 64, null, null); return uy(t, o), o; }
function ga(e, t) { let n = t[e.currentCaseLViewIndex]; return n === null ? n : n < 0 ? ~n : n; }
function CS(e) { return e >>> 17; }
function TS(e) { return (e & 131070) >>> 1; }
function MS(e, t, n) { return e | t << 17 | n << 1; }
function fy(e) { return e === -1; }
function Dd(e, t, n) { e.index = 0; let o = ga(t, n); o !== null ? e.removes = t.remove[o] : e.removes = j; }
function vs(e) { if (e.index < e.removes.length) {
    let t = e.removes[e.index++];
    if (t > 0)
        return e.lView[t];
    {
        e.stack.push(e.index, e.removes);
        let n = ~t, o = e.lView[m].data[n];
        return Dd(e, o, e.lView), vs(e);
    }
}
else
    return e.stack.length === 0 ? (e.lView = void 0, null) : (e.removes = e.stack.pop(), e.index = e.stack.pop(), vs(e)); }
function wS() { let e = { stack: [], index: -1 }; function t(n, o) { for (e.lView = o; e.stack.length;)
    e.stack.pop(); return Dd(e, n.value, o), vs.bind(null, e); } return t; }
function NS(e, t) { let n = { stack: [], index: -1, lView: t }; return Dd(n, e, t), vs.bind(null, n); }
var _S = new RegExp(`^(\\d+)*(${Ru}|${xu})*(.*)`);
function SS(e, t) { let n = [e]; for (let o of t) {
    let r = n.length - 1;
    if (r > 0 && n[r - 1] === o) {
        let i = n[r] || 1;
        n[r] = i + 1;
    }
    else
        n.push(o, "");
} return n.join(""); }
function bS(e) { let t = e.match(_S), [n, o, r, i] = t, s = o ? parseInt(o, 10) : r, a = []; for (let [c, l, u] of i.matchAll(/(f|n)(\d*)/g)) {
    let d = parseInt(u, 10) || 1;
    a.push(l, d);
} return [s, ...a]; }
function AS(e) { return !e.prev && e.parent?.type === 8; }
function Yc(e) { return e.index - I; }
function fo(e, t) { return !(e.type & 144) && !!t[e.index] && py(R(t[e.index])); }
function py(e) { return !!e && !e.isConnected; }
function hy(e, t) { let n = e.i18nNodes; if (n)
    return n.get(t); }
function xS(e, t, n) { let r = e.data[Ar]?.[n]; return r ? gy(r, t) : null; }
function Wr(e, t, n, o) { let r = Yc(o), i = hy(e, r); if (i === void 0) {
    let s = e.data[Ar];
    if (s?.[r])
        i = gy(s[r], n);
    else if (t.firstChild === o)
        i = e.firstChild;
    else {
        let a = o.prev === null, c = o.prev ?? o.parent;
        if (AS(o)) {
            let l = Yc(o.parent);
            i = Cl(e, l);
        }
        else {
            let l = Y(c, n);
            if (a)
                i = l.firstChild;
            else {
                let u = Yc(c), d = Cl(e, u);
                if (c.type === 2 && d) {
                    let p = Wu(e, u) + 1;
                    i = ma(p, d);
                }
                else
                    i = l.nextSibling;
            }
        }
    }
} return i; }
function ma(e, t) { let n = t; for (let o = 0; o < e; o++) {
    if (n == null)
        throw new T(-501, !1);
    n = n.nextSibling;
} return n; }
function RS(e, t) { let n = e; for (let o = 0; o < t.length; o += 2) {
    let r = t[o], i = t[o + 1];
    for (let s = 0; s < i; s++) {
        if (!n)
            throw new T(509, !1);
        switch (r) {
            case Mm:
                n = n.firstChild;
                break;
            case wm:
                n = n.nextSibling;
                break;
        }
    }
} if (!n)
    throw new T(509, !1); return n; }
function gy(e, t) { let [n, ...o] = bS(e), r; if (n === xu)
    r = t[ee][H];
else if (n === Ru)
    r = td(t[ee][H]);
else {
    let i = Number(n);
    r = R(t[i + I]);
} return RS(r, o); }
function Wl(e, t) { if (e === t)
    return []; if (e.parentElement == null || t.parentElement == null)
    return null; if (e.parentElement === t.parentElement)
    return kS(e, t); {
    let n = t.parentElement, o = Wl(e, n), r = Wl(n.firstChild, t);
    return !o || !r ? null : [...o, Mm, ...r];
} }
function kS(e, t) { let n = [], o = null; for (o = e; o != null && o !== t; o = o.nextSibling)
    n.push(wm); return o == null ? null : n; }
function Wh(e, t, n) { let o = Wl(e, t); return o === null ? null : SS(n, o); }
function my(e, t, n) { let o = e.parent, r, i, s; for (; o !== null && (fo(o, t) || n?.has(o.index));)
    o = o.parent; o === null || !(o.type & 3) ? (r = s = xu, i = t[ee][H]) : (r = o.index, i = R(t[r]), s = N(r - I)); let a = R(t[e.index]); if (e.type & 44) {
    let l = sn(t, e);
    l && (a = l);
} let c = Wh(i, a, s); if (c === null && i !== a) {
    let l = i.ownerDocument.body;
    if (c = Wh(l, a, Ru), c === null)
        throw rS(t, e);
} return c; }
function OS(e, t) { let n = e.createNodeIterator(t, NodeFilter.SHOW_COMMENT, { acceptNode: LS }), o, r = new Map; for (; o = n.nextNode();) {
    let i = "ngh=", s = o?.textContent, a = s?.indexOf(i) ?? -1;
    if (a > -1) {
        let c = s.substring(a + i.length).trim();
        r.set(c, o);
    }
} return r; }
function LS(e) { return e.textContent?.trimStart().startsWith("ngh=") ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT; }
var vy = !1, yy = () => { };
function Cd(e) { vy = e; }
function va() { return vy; }
function PS(e, t, n, o) { yy(e, t, n, o); }
function Iy() { yy = BS; }
function Ey(e) { return e = e ?? D(ge), e.get(Lu, !1); }
function Dy(e, t) { let n = t.i18nChildren.get(e); return n === void 0 && (n = FS(e), t.i18nChildren.set(e, n)), n; }
function FS(e) { let t = new Set; function n(o) { switch (t.add(o.index), o.kind) {
    case 1:
    case 2: {
        for (let r of o.children)
            n(r);
        break;
    }
    case 3: {
        for (let r of o.cases)
            for (let i of r)
                n(i);
        break;
    }
} } for (let o = I; o < e.bindingStartIndex; o++) {
    let r = e.data[o];
    if (!(!r || !r.ast))
        for (let i of r.ast)
            n(i);
} return t.size === 0 ? null : t; }
function Cy(e, t, n) { if (!n.isI18nHydrationEnabled)
    return null; let o = e[m], r = o.data[t]; if (!r || !r.ast)
    return null; let i = o.data[r.parentTNodeIndex]; if (i && hm(i))
    return null; let s = { caseQueue: [], disconnectedNodes: new Set, disjointNodes: new Set }; return zl(e, s, n, r.ast), s.caseQueue.length === 0 && s.disconnectedNodes.size === 0 && s.disjointNodes.size === 0 ? null : s; }
function zl(e, t, n, o) { let r = null; for (let i of o) {
    let s = HS(e, t, n, i);
    s && (jS(r, s) && t.disjointNodes.add(i.index - I), r = s);
} return r; }
function jS(e, t) { return e && e.nextSibling !== t; }
function HS(e, t, n, o) { let r = R(e[o.index]); if (!r || py(r))
    return t.disconnectedNodes.add(o.index - I), null; let i = r; switch (o.kind) {
    case 0: {
        zu(n, i);
        break;
    }
    case 1:
    case 2: {
        zl(e, t, n, o.children);
        break;
    }
    case 3: {
        let s = e[o.currentCaseLViewIndex];
        if (s != null) {
            let a = s < 0 ? ~s : s;
            t.caseQueue.push(a), zl(e, t, n, o.cases[a]);
        }
        break;
    }
} return VS(e, o); }
function VS(e, t) { let o = e[m].data[t.index]; return xs(o) ? sn(e, o) : t.kind === 3 ? NS(o, e)() ?? R(e[t.index]) : R(e[t.index]) ?? null; }
function tn(e, t) { e.currentNode = t; }
function Bo(e, t, n) { let o = n.index - I, { disconnectedNodes: r } = e, i = t.currentNode; return t.isConnected ? (e.i18nNodes.set(o, i), r.delete(o)) : r.add(o), i; }
function Kc(e, t) { let n = e.currentNode; for (let o = 0; o < t && n; o++)
    n = n?.nextSibling ?? null; return n; }
function Jc(e, t) { return { currentNode: t, isConnected: e.isConnected }; }
function BS(e, t, n, o) { let r = e[ae]; if (!r || !va() || n && (hm(n) || Ws(r, n.index - I)))
    return; let i = e[m], s = i.data[t]; function a() { if (fy(o)) {
    let p = Wr(r, i, e, n);
    return n.type & 8 ? p : p.firstChild;
} return r?.firstChild; } let c = a(), l = Wm(r) ?? new Set, u = r.i18nNodes ??= new Map, d = r.data[js]?.[t - I] ?? [], f = r.dehydratedIcuData ??= new Map; Ln({ hydrationInfo: r, lView: e, i18nNodes: u, disconnectedNodes: l, caseQueue: d, dehydratedIcuData: f }, { currentNode: c, isConnected: !0 }, s.ast), r.disconnectedNodes = l.size === 0 ? null : l; }
function Ln(e, t, n) { if (Array.isArray(n)) {
    let o = t;
    for (let r of n) {
        let i = xS(e.hydrationInfo, e.lView, r.index - I);
        i && (o = Jc(t, i)), Ln(e, o, r);
    }
}
else {
    if (e.disconnectedNodes.has(n.index - I))
        return;
    switch (n.kind) {
        case 0: {
            let o = Bo(e, t, n);
            tn(t, o?.nextSibling ?? null);
            break;
        }
        case 1: {
            Ln(e, Jc(t, t.currentNode?.firstChild ?? null), n.children);
            let o = Bo(e, t, n);
            tn(t, o?.nextSibling ?? null);
            break;
        }
        case 2: {
            let o = n.index - I, { hydrationInfo: r } = e, i = $m(r, o);
            switch (n.type) {
                case 0: {
                    let s = Bo(e, t, n);
                    if (Ww(r, o)) {
                        Ln(e, t, n.children);
                        let a = Kc(t, 1);
                        tn(t, a);
                    }
                    else if (Ln(e, Jc(t, t.currentNode?.firstChild ?? null), n.children), tn(t, s?.nextSibling ?? null), i !== null) {
                        let a = Kc(t, i + 1);
                        tn(t, a);
                    }
                    break;
                }
                case 1: {
                    Bo(e, t, n);
                    let s = Kc(t, i + 1);
                    tn(t, s);
                    break;
                }
            }
            break;
        }
        case 3: {
            let o = t.isConnected ? e.caseQueue.shift() : null, r = { currentNode: null, isConnected: !1 };
            for (let s = 0; s < n.cases.length; s++)
                Ln(e, s === o ? t : r, n.cases[s]);
            o !== null && e.dehydratedIcuData.set(n.index, { case: o, node: n });
            let i = Bo(e, t, n);
            tn(t, i?.nextSibling ?? null);
            break;
        }
    }
} }
var Ty = () => { };
function $S(e, t, n) { Ty(e, t, n); }
function My() { Ty = US; }
function US(e, t, n) { let o = e[ae]?.dehydratedIcuData; o && o.get(t)?.case === n && o.delete(t); }
function WS(e) { let t = e[ae]; if (t) {
    let { i18nNodes: n, dehydratedIcuData: o } = t;
    if (n && o) {
        let r = e[C];
        for (let i of o.values())
            zS(r, n, i);
    }
    t.i18nNodes = void 0, t.dehydratedIcuData = void 0;
} }
function zS(e, t, n) { for (let o of n.node.cases[n.case]) {
    let r = t.get(o.index - I);
    r && Pr(e, r, !1);
} }
function ya(e) { let t = e[_e] ?? [], o = e[q][C], r = []; for (let i of t)
    i.data[Hs] !== void 0 ? r.push(i) : wy(i, o); e[_e] = r; }
function GS(e) { let { lContainer: t } = e, n = t[_e]; if (n === null)
    return; let r = t[q][C]; for (let i of n)
    wy(i, r); }
function wy(e, t) { let n = 0, o = e.firstChild; if (o) {
    let r = e.data[ht];
    for (; n < r;) {
        let i = o.nextSibling;
        Pr(t, o, !1), o = i, n++;
    }
} }
function Ia(e) { ya(e); let t = e[H]; te(t) && dr(t); for (let n = k; n < e.length; n++)
    dr(e[n]); }
function dr(e) { WS(e); let t = e[m]; for (let n = I; n < t.bindingStartIndex; n++)
    if (Z(e[n])) {
        let o = e[n];
        Ia(o);
    }
    else
        te(e[n]) && dr(e[n]); }
function Td(e) { let t = e._views; for (let n of t) {
    let o = Uu(n);
    o !== null && o[H] !== null && (te(o) ? dr(o) : Ia(o));
} }
function qS(e, t, n, o) { e !== null && (n.cleanup(t), Ia(e.lContainer), Td(o)); }
function QS(e, t) { let n = []; for (let o of t)
    for (let r = 0; r < (o[br] ?? 1); r++) {
        let i = { data: o, firstChild: null };
        o[ht] > 0 && (i.firstChild = e, e = ma(o[ht], e)), n.push(i);
    } return [e, n]; }
var Ny = () => null, _y = () => null;
function Sy() { Ny = ZS, _y = YS; }
function ZS(e, t) { return Ay(e, t) ? e[_e].shift() : (ya(e), null); }
function fr(e, t) { return Ny(e, t); }
function YS(e, t, n) { if (t.tView.ssrId === null)
    return null; let o = fr(e, t.tView.ssrId); return n[m].firstUpdatePass && o === null && KS(n, t), o; }
function by(e, t, n) { return _y(e, t, n); }
function KS(e, t) { let n = t; for (; n;) {
    if (zh(e, n))
        return;
    if ((n.flags & 256) === 256)
        break;
    n = n.prev;
} for (n = t.next; n && (n.flags & 512) === 512;) {
    if (zh(e, n))
        return;
    n = n.next;
} }
function Ay(e, t) { let n = e[_e]; return !t || n === null || n.length === 0 ? !1 : n[0].data[Fs] === t; }
function zh(e, t) { let n = t.tView?.ssrId; if (n == null)
    return !1; let o = e[t.index]; return Z(o) && Ay(o, n) ? (ya(o), !0) : !1; }
var xy = class {
}, pr = class {
}, Gl = class {
    destroyNode = null;
    static __NG_ELEMENT_ID__ = () => JS();
};
function JS() { let e = g(), t = M(), n = de(t.index, e); return (te(n) ? n : e)[C]; }
var Ry = (() => { class e {
    static \u0275prov = se({ token: e, providedIn: "root", factory: () => null });
} return e; })(), ky = Symbol("RENDER"), Oy = Symbol("ON_DESTROY"), Ly = Symbol("CONTENT_ADAPTER"), Py = Symbol("GET_CONTEXT");
function XS(e) { return typeof e == "object" && e !== null && ky in e; }
function Md(e) { return e.ngModule !== void 0; }
function nn(e) { return !!Co(e); }
function $i(e) { return !!Ke(e); }
function Gh(e) { return !!ke(e); }
function qo(e) { return !!z(e); }
function eb(e) { return z(e) ? "component" : ke(e) ? "directive" : Ke(e) ? "pipe" : "type"; }
function tb(e, t) { if (ui(e) && (e = W(e), !e))
    throw new Error(`Expected forwardRef function, imported from "${Te(t)}", to return a standalone entity or NgModule but got "${Te(e) || e}".`); if (Co(e) == null) {
    let n = z(e) || ke(e) || Ke(e);
    if (n != null) {
        if (!n.standalone) {
            let o = eb(e);
            throw new Error(`The "${Te(e)}" ${o}, imported from "${Te(t)}", is not standalone. Does the ${o} have the standalone: false flag?`);
        }
    }
    else
        throw Md(e) ? new Error(`A module with providers was imported from "${Te(t)}". Modules with providers are not supported in standalone components imports.`) : XS(e) ? new Error(`A foreign component, imported from "${Te(t)}", cannot be imported using 'imports'. Foreign components are only supported in AOT mode and must be registered in 'foreignImports'.`) : new Error(`The "${Te(e)}" type, imported from "${Te(t)}", must be a standalone component / directive / pipe or an NgModule. Did you forget to add the required @Component / @Directive / @Pipe or @NgModule annotation?`);
} }
var ql = class {
    ownerNgModule = new WeakMap;
    ngModulesWithSomeUnresolvedDecls = new Set;
    ngModulesScopeCache = new WeakMap;
    standaloneComponentsScopeCache = new WeakMap;
    resolveNgModulesDecls() { if (this.ngModulesWithSomeUnresolvedDecls.size !== 0) {
        for (let t of this.ngModulesWithSomeUnresolvedDecls) {
            let n = Co(t);
            if (n?.declarations)
                for (let o of Uo(n.declarations))
                    qo(o) && this.ownerNgModule.set(o, t);
        }
        this.ngModulesWithSomeUnresolvedDecls.clear();
    } }
    getComponentDependencies(t, n) { this.resolveNgModulesDecls(); let o = z(t); if (o === null)
        throw new Error(`Attempting to get component dependencies for a type that is not a component: ${t}`); if (o.standalone) {
        let r = this.getStandaloneComponentScope(t, n);
        return r.compilation.isPoisoned ? { dependencies: [] } : { dependencies: [...r.compilation.directives, ...r.compilation.pipes, ...r.compilation.ngModules] };
    }
    else {
        if (!this.ownerNgModule.has(t))
            return { dependencies: [] };
        let r = this.getNgModuleScope(this.ownerNgModule.get(t));
        return r.compilation.isPoisoned ? { dependencies: [] } : { dependencies: [...r.compilation.directives, ...r.compilation.pipes] };
    } }
    registerNgModule(t, n) { if (!nn(t))
        throw new Error(`Attempting to register a Type which is not NgModule as NgModule: ${t}`); this.ngModulesWithSomeUnresolvedDecls.add(t); }
    clearScopeCacheFor(t) { this.ngModulesScopeCache.delete(t), this.standaloneComponentsScopeCache.delete(t); }
    getNgModuleScope(t) { if (this.ngModulesScopeCache.has(t))
        return this.ngModulesScopeCache.get(t); let n = this.computeNgModuleScope(t); return this.ngModulesScopeCache.set(t, n), n; }
    computeNgModuleScope(t) { let n = fi(t), o = { exported: { directives: new Set, pipes: new Set }, compilation: { directives: new Set, pipes: new Set } }; for (let r of Uo(n.imports))
        if (nn(r)) {
            let i = this.getNgModuleScope(r);
            Rt(i.exported.directives, o.compilation.directives), Rt(i.exported.pipes, o.compilation.pipes);
        }
        else if (To(r))
            if (Gh(r) || qo(r))
                o.compilation.directives.add(r);
            else if ($i(r))
                o.compilation.pipes.add(r);
            else
                throw new T(980, "The standalone imported type is neither a component nor a directive nor a pipe");
        else {
            o.compilation.isPoisoned = !0;
            break;
        } if (!o.compilation.isPoisoned)
        for (let r of Uo(n.declarations)) {
            if (nn(r) || To(r)) {
                o.compilation.isPoisoned = !0;
                break;
            }
            $i(r) ? o.compilation.pipes.add(r) : o.compilation.directives.add(r);
        } for (let r of Uo(n.exports))
        if (nn(r)) {
            let i = this.getNgModuleScope(r);
            Rt(i.exported.directives, o.exported.directives), Rt(i.exported.pipes, o.exported.pipes), Rt(i.exported.directives, o.compilation.directives), Rt(i.exported.pipes, o.compilation.pipes);
        }
        else
            $i(r) ? o.exported.pipes.add(r) : o.exported.directives.add(r); return o; }
    getStandaloneComponentScope(t, n) { if (this.standaloneComponentsScopeCache.has(t))
        return this.standaloneComponentsScopeCache.get(t); let o = this.computeStandaloneComponentScope(t, n); return this.standaloneComponentsScopeCache.set(t, o), o; }
    computeStandaloneComponentScope(t, n) { let o = { compilation: { directives: new Set([t]), pipes: new Set, ngModules: new Set } }; for (let r of Ve(n ?? [])) {
        let i = W(r);
        try {
            tb(i, t);
        }
        catch {
            return o.compilation.isPoisoned = !0, o;
        }
        if (nn(i)) {
            o.compilation.ngModules.add(i);
            let s = this.getNgModuleScope(i);
            if (s.exported.isPoisoned)
                return o.compilation.isPoisoned = !0, o;
            Rt(s.exported.directives, o.compilation.directives), Rt(s.exported.pipes, o.compilation.pipes);
        }
        else if ($i(i))
            o.compilation.pipes.add(i);
        else if (Gh(i) || qo(i))
            o.compilation.directives.add(i);
        else
            return o.compilation.isPoisoned = !0, o;
    } return o; }
    isOrphanComponent(t) { let n = z(t); return !n || n.standalone ? !1 : (this.resolveNgModulesDecls(), !this.ownerNgModule.has(t)); }
};
function Rt(e, t) { for (let n of e)
    t.add(n); }
var Qn = new ql;
function nb(e, t) { let n = e; for (; n;) {
    let o = lw(n);
    if (o !== null)
        for (let r = I; r < o.length; r++) {
            let i = o[r];
            if (!te(i) && !Z(i) || i[H] !== n)
                continue;
            let s = o[m], a = Yt(s, r);
            if (ve(a)) {
                let c = s.data[a.directiveStart + a.componentOffset], l = wd(c);
                if (l !== null && (!t || t(n, l)))
                    return l;
                break;
            }
        }
    n = n.parentNode;
} return null; }
function wd(e) { return e.debugInfo?.className || e.type.name || null; }
var Ki = {}, Ot = class {
    injector;
    parentInjector;
    constructor(t, n) { this.injector = t, this.parentInjector = n; }
    get(t, n, o) { let r = this.injector.get(t, Ki, o); return r !== Ki || n === Ki ? r : this.parentInjector.get(t, n, o); }
};
function hr(e) { return Ea(e) ? Array.isArray(e) || !(e instanceof Map) && Symbol.iterator in e : !1; }
function ob(e, t, n) { let o = e[Symbol.iterator](), r = t[Symbol.iterator](); for (;;) {
    let i = o.next(), s = r.next();
    if (i.done && s.done)
        return !0;
    if (i.done || s.done || !n(i.value, s.value))
        return !1;
} }
function Fy(e, t) { if (Array.isArray(e))
    for (let n = 0; n < e.length; n++)
        t(e[n]);
else {
    let n = e[Symbol.iterator](), o;
    for (; !(o = n.next()).done;)
        t(o.value);
} }
function Ea(e) { return e !== null && (typeof e == "function" || typeof e == "object"); }
function jy(e, t) { let n = hr(e), o = hr(t); return n && o ? ob(e, t, jy) : !n && (e && (typeof e == "object" || typeof e == "function")) && !o && (t && (typeof t == "object" || typeof t == "function")) ? !0 : Object.is(e, t); }
function Ze(e, t, n) { return e[t] = n; }
function po(e, t) { return e[t]; }
function $(e, t, n) { if (n === F)
    return !1; let o = e[t]; return Object.is(o, n) ? !1 : (e[t] = n, !0); }
function fn(e, t, n, o) { let r = $(e, t, n); return $(e, t + 1, o) || r; }
function Da(e, t, n, o, r) { let i = fn(e, t, n, o); return $(e, t + 2, r) || i; }
function Fe(e, t, n, o, r, i) { let s = fn(e, t, n, o); return fn(e, t + 2, r, i) || s; }
function Lt(e, t, n) { return function o(r) { let i = o.__ngNativeEl__; i !== void 0 && kw(r, i); let s = ve(e) ? de(e.index, t) : t; pa(s, 5); let a = t[P], c = qh(t, a, n, r), l = o.__ngNextListenerFn__; for (; l;)
    c = qh(t, a, l, r) && c, l = l.__ngNextListenerFn__; return c; }; }
function qh(e, t, n, o) { let r = b(null); try {
    return L(O.OutputStart, t, n), n(o) !== !1;
}
catch (i) {
    return yd(e, i), !1;
}
finally {
    L(O.OutputEnd, t, n), b(r);
} }
function Nd(e, t, n, o, r, i, s, a) { let c = An(e), l = !1, u = null; if (!o && c && (u = ib(t, n, i, e.index)), u !== null) {
    let d = u.__ngLastListenerFn__ || u;
    d.__ngNextListenerFn__ = s, u.__ngLastListenerFn__ = s, l = !0;
}
else {
    let d = Y(e, n), f = o ? o(d) : d;
    Ow(n, f, i, a), o || (a.__ngNativeEl__ = d);
    let p = r.listen(f, i, a);
    if (!rb(i)) {
        let h = o ? v => o(R(v[e.index])) : e.index;
        Hy(h, t, n, i, a, p, !1);
    }
} return l; }
function rb(e) { return e.startsWith("animation") || e.startsWith("transition"); }
function ib(e, t, n, o) { let r = e.cleanup; if (r != null)
    for (let i = 0; i < r.length - 1; i += 2) {
        let s = r[i];
        if (s === n && r[i + 1] === o) {
            let a = t[Gt], c = r[i + 2];
            return a && a.length > c ? a[c] : null;
        }
        typeof s == "string" && (i += 2);
    } return null; }
function Hy(e, t, n, o, r, i, s) { let a = t.firstCreatePass ? jp(t) : null, c = Fp(n), l = c.length; c.push(r, i), a && a.push(o, e, l, (l + 1) * (s ? -1 : 1)); }
function sb(e, t, n, o, r) { let i = Lt(e, t, n), s = Ql(e, t, o, r, i); }
function Ql(e, t, n, o, r) { let i = null, s = null, a = null, c = !1, l = e.directiveToIndex.get(n.type); if (typeof l == "number" ? i = l : [i, s, a] = l, s !== null && a !== null && e.hostDirectiveOutputs && Object.hasOwn(e.hostDirectiveOutputs, o)) {
    let u = e.hostDirectiveOutputs[o];
    for (let d = 0; d < u.length; d += 2) {
        let f = u[d];
        if (f >= s && f <= a)
            c = !0, ys(e, t, f, u[d + 1], o, r);
        else if (f > a)
            break;
    }
} return Object.hasOwn(n.outputs, o) && (c = !0, ys(e, t, i, o, o, r)), c; }
function ys(e, t, n, o, r, i) { let s = t[n], a = t[m], l = a.data[n].outputs[o], d = s[l].subscribe(i); Hy(e.index, a, t, r, i, d, !0); }
function Vy() { By(); }
function By() { let e = g(), t = w(), n = M(); if (t.firstCreatePass && ab(t, n), n.controlDirectiveIndex === -1)
    return; K("NgSignalForms"); let o = e[n.controlDirectiveIndex]; t.data[n.controlDirectiveIndex].controlDef.create(o, new Is(e, t, n)); }
function $y() { Uy(); }
function Uy() { let e = g(), t = w(), n = Ce(); if (n.controlDirectiveIndex === -1)
    return; let o = t.data[n.controlDirectiveIndex].controlDef, r = e[n.controlDirectiveIndex]; o.update(r, new Is(e, t, n)); }
var Is = class {
    lView;
    tView;
    tNode;
    hasPassThrough;
    constructor(t, n, o) { this.lView = t, this.tView = n, this.tNode = o, this.hasPassThrough = !!(o.flags & 4096); }
    get customControl() { return this.tNode.customControlIndex !== -1 ? this.lView[this.tNode.customControlIndex] : void 0; }
    get nativeElement() { return Y(this.tNode, this.lView); }
    get descriptor() { return `<${this.tNode.value}>`; }
    listenToCustomControlOutput(t, n) { let o = this.tView.data[this.tNode.customControlIndex]; Ql(this.tNode, this.lView, o, t, Lt(this.tNode, this.lView, n)); }
    listenToCustomControlModel(t) { let n = this.tNode.flags & 1024 ? "valueChange" : "checkedChange", o = this.tView.data[this.tNode.customControlIndex]; Ql(this.tNode, this.lView, o, n, Lt(this.tNode, this.lView, t)); }
    listenToDom(t, n) { Nd(this.tNode, this.tView, this.lView, void 0, this.lView[C], t, n, Lt(this.tNode, this.lView, n)); }
    setInputOnDirectives(t, n, o) { let r = this.tNode.inputs?.[t], i = this.tNode.hostDirectiveInputs?.[t]; if (!r && !i)
        return !1; let s = !1; if (r)
        for (let a of r) {
            if (a === this.tNode.controlDirectiveIndex)
                continue;
            let c = this.lView[a], l = this.tView.data[a];
            (!o || o(Zh(c, l, t))) && (un(l, c, t, n), s = !0);
        } if (i)
        for (let a = 0; a < i.length; a += 2) {
            let c = i[a];
            if (c === this.tNode.controlDirectiveIndex)
                continue;
            let l = this.lView[c], u = i[a + 1], d = this.tView.data[c];
            (!o || o(Zh(l, d, t))) && (un(d, l, u, n), s = !0);
        } return s; }
    setCustomControlModelInput(t) { let n = this.tView.data[this.tNode.customControlIndex], o = this.tNode.flags & 1024 ? "value" : "checked"; Zv(this.tNode, this.tView, this.lView, n, o, t); }
    customControlHasInput(t) { if (this.tNode.customControlIndex === -1)
        return !1; let n = this.tView.data[this.tNode.customControlIndex]; return (n.signalFormsInputPresence ??= this._buildCustomControlInputCache(n))[t] === !0; }
    _buildCustomControlInputCache(t) { let n = {}; for (let o in t.inputs)
        n[o] = !0; if (t.hostDirectives !== null) {
        let o = [...t.hostDirectives];
        for (; o.length > 0;) {
            let r = o.shift();
            if (typeof r != "function") {
                for (let s in r.inputs)
                    n[r.inputs[s]] = !0;
                let i = Qh(r.directive);
                i !== null && o.push(...i);
                continue;
            }
            for (let i of r()) {
                if (typeof i == "function")
                    continue;
                if (i.inputs)
                    for (let a = 0; a < i.inputs.length; a += 2) {
                        let c = i.inputs[a + 1] || i.inputs[a];
                        n[c] = !0;
                    }
                let s = Qh(i.directive);
                s !== null && o.push(...s);
            }
        }
    } return n; }
};
function Qh(e) { return typeof e == "function" && "\u0275dir" in e ? e.\u0275dir.hostDirectives ?? null : null; }
function Zh(e, t, n) { if (!t.inputs || !Object.hasOwn(t.inputs, n))
    return; let [o, r] = t.inputs[n]; if ((r & $r.SignalBased) !== 0) {
    let s = e[o][je];
    return s.value === Xn ? void 0 : s.value;
} return e[o]; }
function ab(e, t, n) { for (let r = t.directiveStart; r < t.directiveEnd; r++)
    if (e.data[r].controlDef) {
        t.controlDirectiveIndex = r;
        break;
    } if (t.controlDirectiveIndex === -1)
    return; let o = e.data[t.controlDirectiveIndex].controlDef; if (o.passThroughInput && (t.inputs?.[o.passThroughInput]?.length ?? 0) > 1) {
    t.flags |= 4096;
    return;
} cb(e, t); }
function cb(e, t) { for (let n = t.directiveStart; n < t.directiveEnd; n++) {
    let o = e.data[n];
    if (!(t.directiveToIndex && !t.directiveToIndex.has(o.type))) {
        if (Yh(o, "value")) {
            t.flags |= 1024, t.customControlIndex = n;
            return;
        }
        if (Yh(o, "checked")) {
            t.flags |= 2048, t.customControlIndex = n;
            return;
        }
    }
} if (t.hostDirectiveInputs !== null && t.hostDirectiveOutputs !== null && t.directiveToIndex !== null) {
    let n = (o, r) => { let i = t.hostDirectiveInputs[o], s = t.hostDirectiveOutputs[o + "Change"]; if (!i || !s)
        return !1; for (let a = 0; a < i.length; a += 2) {
        let c = i[a];
        for (let l = 0; l < s.length; l += 2) {
            let u = s[l];
            if (c === u)
                for (let d of t.directiveToIndex.values()) {
                    if (!Array.isArray(d))
                        continue;
                    let [f, p, h] = d;
                    if (c >= p && c <= h)
                        return t.flags |= r, t.customControlIndex = f, !0;
                }
        }
    } return !1; };
    if (n("value", 1024) || n("checked", 2048))
        return;
} }
function Yh(e, t) { return lb(e, t) && ub(e, t + "Change"); }
function lb(e, t) { return t in e.inputs; }
function ub(e, t) { return t in e.outputs; }
var pt = Symbol("BINDING"), Kh = { kind: "input", requiredVars: 1 }, db = { kind: "output", requiredVars: 0 };
function Jh(e, t, n) { let o = g(), r = he(); if ($(o, r, n)) {
    let i = o[m], s = Ce(), a = de(s.index, o);
    pa(a, 1);
    let c = i.directiveRegistry[e], l = Zv(s, i, o, c, t, n);
} }
function Wy(e, t) { if (e === "formField") {
    let o = { [pt]: Kh, create: () => { By(); }, update: () => { Jh(o.targetIdx, e, t()), Uy(); } };
    return o;
} let n = { [pt]: Kh, update: () => Jh(n.targetIdx, e, t()) }; return n; }
function zy(e, t) { let n = { [pt]: db, create: () => { let o = g(), r = M(), s = o[m].directiveRegistry[n.targetIdx]; sb(r, o, t, s, e); } }; return n; }
function fb(e, t) { let n = Wy(e, t), o = zy(e + "Change", i => t.set(i)); return { [pt]: { kind: "twoWay", requiredVars: n[pt].requiredVars + o[pt].requiredVars }, set targetIdx(i) { n.targetIdx = i, o.targetIdx = i; }, create: o.create, update: n.update }; }
var Gy = new A("");
function Es(e, t, n) { let o = n ? e.styles : null, r = n ? e.classes : null, i = 0; if (t !== null)
    for (let s = 0; s < t.length; s++) {
        let a = t[s];
        if (typeof a == "number")
            i = a;
        else if (i == 1)
            r = li(r, a);
        else if (i == 2) {
            let c = a, l = t[++s];
            o = li(o, c + ": " + l + ";");
        }
    } n ? e.styles = o : e.stylesWithoutHost = o, n ? e.classes = r : e.classesWithoutHost = r; }
function ho(e, t = 0) { let n = g(); if (n === null)
    return He(e, t); let o = M(); return Mu(o, n, W(e), t); }
function qy() { let e = "invalid"; throw new Error(e); }
function Qy(e, t, n, o, r) { let i = o === null ? null : { "": -1 }, s = r(e, n); if (s !== null) {
    let a = s, c = null, l = null;
    for (let u of s)
        if (u.resolveHostDirectives !== null) {
            [a, c, l] = u.resolveHostDirectives(s);
            break;
        }
    gb(e, t, n, a, i, c, l);
} i !== null && o !== null && pb(n, o, i); }
function pb(e, t, n) { let o = e.localNames = []; for (let r = 0; r < t.length; r += 2) {
    let i = n[t[r + 1]];
    if (i == null)
        throw new T(-301, !1);
    o.push(t[r], i);
} }
function hb(e, t, n) { t.componentOffset = n, (e.components ??= []).push(t.index); }
function gb(e, t, n, o, r, i, s) { let a = o.length, c = null; for (let f = 0; f < a; f++) {
    let p = o[f];
    c === null && Le(p) && (c = p, hb(e, n, f)), hl(is(n, t), e, p.type);
} Db(n, e.data.length, a), c?.viewProvidersResolver && c.viewProvidersResolver(c); for (let f = 0; f < a; f++) {
    let p = o[f];
    p.providersResolver && p.providersResolver(p);
} let l = !1, u = !1, d = Br(e, t, a, null); a > 0 && (n.directiveToIndex = new Map); for (let f = 0; f < a; f++) {
    let p = o[f];
    if (n.mergedAttrs = Gn(n.mergedAttrs, p.hostAttrs), vb(e, n, t, d, p), Eb(d, p, r), s !== null && s.has(p)) {
        let [v, y] = s.get(p);
        n.directiveToIndex.set(p.type, [d, v + n.directiveStart, y + n.directiveStart]);
    }
    else
        (i === null || !i.has(p)) && n.directiveToIndex.set(p.type, d);
    p.contentQueries !== null && (n.flags |= 4), (p.hostBindings !== null || p.hostAttrs !== null || p.hostVars !== 0) && (n.flags |= 64);
    let h = p.type.prototype;
    !l && (h.ngOnChanges || h.ngOnInit || h.ngDoCheck) && ((e.preOrderHooks ??= []).push(n.index), l = !0), !u && (h.ngOnChanges || h.ngDoCheck) && ((e.preOrderCheckHooks ??= []).push(n.index), u = !0), d++;
} mb(e, n, i); }
function mb(e, t, n) { for (let o = t.directiveStart; o < t.directiveEnd; o++) {
    let r = e.data[o];
    if (n === null || !n.has(r))
        Xh(0, t, r, o), Xh(1, t, r, o), tg(t, o, !1);
    else {
        let i = n.get(r);
        eg(0, t, i, o), eg(1, t, i, o), tg(t, o, !0);
    }
} }
function Xh(e, t, n, o) { let r = e === 0 ? n.inputs : n.outputs; for (let i in r)
    if (Object.hasOwn(r, i)) {
        let s;
        e === 0 ? s = t.inputs ??= {} : s = t.outputs ??= {}, s[i] ??= [], s[i].push(o), Zy(t, i);
    } }
function eg(e, t, n, o) { let r = e === 0 ? n.inputs : n.outputs; for (let i in r)
    if (Object.hasOwn(r, i)) {
        let s = r[i], a;
        e === 0 ? a = t.hostDirectiveInputs ??= {} : a = t.hostDirectiveOutputs ??= {}, a[s] ??= [], a[s].push(o, i), Zy(t, s);
    } }
function Zy(e, t) { t === "class" ? e.flags |= 8 : t === "style" && (e.flags |= 16); }
function tg(e, t, n) { let { attrs: o, inputs: r, hostDirectiveInputs: i } = e; if (o === null || !n && r === null || n && i === null || nd(e)) {
    e.initialInputs ??= [], e.initialInputs.push(null);
    return;
} let s = null, a = 0; for (; a < o.length;) {
    let c = o[a];
    if (c === 0) {
        a += 4;
        continue;
    }
    else if (c === 5) {
        a += 2;
        continue;
    }
    else if (typeof c == "number")
        break;
    if (!n && Object.hasOwn(r, c)) {
        let l = r[c];
        for (let u of l)
            if (u === t) {
                s ??= [], s.push(c, o[a + 1]);
                break;
            }
    }
    else if (n && Object.hasOwn(i, c)) {
        let l = i[c];
        for (let u = 0; u < l.length; u += 2)
            if (l[u] === t) {
                s ??= [], s.push(l[u + 1], o[a + 1]);
                break;
            }
    }
    a += 2;
} e.initialInputs ??= [], e.initialInputs.push(s); }
function vb(e, t, n, o, r) { e.data[o] = r; let i = r.factory || (r.factory = hi(r.type, !0)), s = new cn(i, Le(r), ho, null); e.blueprint[o] = s, n[o] = s, yb(e, t, o, Br(e, n, r.hostVars, F), r); }
function yb(e, t, n, o, r) { let i = r.hostBindings; if (i) {
    let s = e.hostBindingOpCodes;
    s === null && (s = e.hostBindingOpCodes = []);
    let a = ~t.index;
    Ib(s) != a && s.push(a), s.push(n, o, i);
} }
function Ib(e) { let t = e.length; for (; t > 0;) {
    let n = e[--t];
    if (typeof n == "number" && n < 0)
        return n;
} return 0; }
function Eb(e, t, n) { if (n) {
    if (t.exportAs)
        for (let o = 0; o < t.exportAs.length; o++)
            n[t.exportAs[o]] = e;
    Le(t) && (n[""] = e);
} }
function Db(e, t, n) { e.flags |= 1, e.directiveStart = t, e.directiveEnd = t + n, e.providerIndexes = t; }
function _d(e, t, n, o, r, i, s, a) { let c = t[m], l = c.consts, u = re(l, s), d = Ht(c, e, n, o, u); return i && Qy(c, t, d, re(l, a), r), d.mergedAttrs = Gn(d.mergedAttrs, d.attrs), d.attrs !== null && Es(d, d.attrs, !1), d.mergedAttrs !== null && Es(d, d.mergedAttrs, !0), c.queries !== null && c.queries.elementStart(c, d), d; }
function Sd(e, t) { zg(e, t), sc(t) && e.queries.elementEnd(t); }
function Yy(e, t, n, o, r, i) { let s = t.consts, a = re(s, r), c = Ht(t, e, n, o, a); if (c.mergedAttrs = Gn(c.mergedAttrs, c.attrs), i != null) {
    let l = re(s, i);
    c.localNames = [];
    for (let u = 0; u < l.length; u += 2)
        c.localNames.push(l[u], -1);
} return c.attrs !== null && Es(c, c.attrs, !1), c.mergedAttrs !== null && Es(c, c.mergedAttrs, !0), t.queries !== null && t.queries.elementStart(t, c), c; }
var Ky = typeof ShadowRoot < "u", Cb = typeof Document < "u";
function Tb(e) { return Object.keys(e).map(t => { let [n, o, r] = e[t], i = { propName: n, templateName: t, isSignal: (o & $r.SignalBased) !== 0 }; return r && (i.transform = r), i; }); }
function Mb(e) { return Object.keys(e).map(t => ({ propName: e[t], templateName: t })); }
function wb(e, t, n) { let o = t instanceof lt ? t : t?.injector; return o && e.getStandaloneInjector !== null && (o = e.getStandaloneInjector(o) || o), o ? new Ot(n, o) : n; }
function Nb(e) { let t = e.get(pr, null); if (t === null)
    throw new T(407, !1); let n = e.get(Ry, null), o = e.get(xt, null), r = e.get(Cn, null, { optional: !0 }); return { rendererFactory: t, sanitizer: n, changeDetectionScheduler: o, ngReflect: !1, tracingService: r }; }
function _b(e, t, n) { let o = Jy(e); return qs(t, o, o === "svg" ? Ei : o === "math" ? cc : n); }
function Sb(e) { if ((e && "localName" in e && typeof e.localName == "string" ? e.localName : e?.tagName)?.toLowerCase() === "script")
    throw new T(905, !1); }
function Jy(e) { return (e.selectors[0][0] || "div").toLowerCase(); }
var pn = class {
    componentDef;
    ngModule;
    selector;
    componentType;
    ngContentSelectors;
    isBoundToModule;
    cachedInputs = null;
    cachedOutputs = null;
    get inputs() { return this.cachedInputs ??= Tb(this.componentDef.inputs), this.cachedInputs; }
    get outputs() { return this.cachedOutputs ??= Mb(this.componentDef.outputs), this.cachedOutputs; }
    constructor(t, n) { this.componentDef = t, this.ngModule = n, this.componentType = t.type, this.selector = YN(t.selectors), this.ngContentSelectors = t.ngContentSelectors ?? [], this.isBoundToModule = !!n; }
    create(t, n, o, r, i, s, a) { L(O.DynamicComponentStart); let c = b(null); try {
        let l = this.componentDef, u = wb(l, r || this.ngModule, t), d = Nb(u), f = d.tracingService;
        return f && f.componentCreate ? f.componentCreate(wd(l), () => this.createComponentRef(d, u, n, o, i, s, a)) : this.createComponentRef(d, u, n, o, i, s, a);
    }
    finally {
        b(c);
    } }
    createComponentRef(t, n, o, r, i, s, a) { let c = this.componentDef, l = bb(r, c, s, i), u = t.rendererFactory.createRenderer(null, c), d = r ? b_(u, r, c.encapsulation, n) : _b(c, u, a ?? null); Sb(d); let f = n.get(Gy, null), p = Ab(d, () => n.get(kn, null) ?? _r()); f && f.addHost(p); let h = s?.some(ng) || i?.some(E => typeof E != "function" && E.bindings.some(ng)), v = Vr(null, l, null, 512 | hd(c), null, null, t, u, n, null, Vm(d, n, !0)); f && Ky && p instanceof ShadowRoot && Po(v, () => { f.removeHost(p); }), v[I] = d, _i(v); let y = null; try {
        let E = _d(I, v, 2, "#host", () => l.directiveRegistry, !0, 0);
        uv(u, d, E), Se(d, v), sa(l, v, E), Gu(l, E, v), Sd(l, E), o !== void 0 && Rb(E, this.ngContentSelectors, o), y = de(E.index, v), v[P] = y[P], da(l, v, null);
    }
    catch (E) {
        throw y !== null && vl(y), vl(v), E;
    }
    finally {
        L(O.DynamicComponentEnd), Si();
    } return new Ds(this.componentType, v, !!h); }
};
function bb(e, t, n, o) { let r = e ? ["ng-version", "22.1.8"] : KN(t.selectors[0]), i = null, s = null, a = 0; if (n)
    for (let u of n)
        a += u[pt].requiredVars, u.create && (u.targetIdx = 0, (i ??= []).push(u)), u.update && (u.targetIdx = 0, (s ??= []).push(u)); if (o)
    for (let u = 0; u < o.length; u++) {
        let d = o[u];
        if (typeof d != "function")
            for (let f of d.bindings) {
                a += f[pt].requiredVars;
                let p = u + 1;
                f.create && (f.targetIdx = p, (i ??= []).push(f)), f.update && (f.targetIdx = p, (s ??= []).push(f));
            }
    } let c = [t]; if (o)
    for (let u of o) {
        let d = typeof u == "function" ? u : u.type, f = ke(d);
        c.push(f);
    } return ra(0, null, xb(i, s), 1, a, c, null, null, null, [r], null); }
function Ab(e, t) { let n = e.getRootNode?.(); return Cb && n instanceof Document ? n.head : n && Ky && n instanceof ShadowRoot ? n : t().head; }
function xb(e, t) { return !e && !t ? null : n => { if (n & 1 && e)
    for (let o of e)
        o.create(); if (n & 2 && t)
    for (let o of t)
        o.update(); }; }
function ng(e) { let t = e[pt].kind; return t === "input" || t === "twoWay"; }
var Ds = class extends xy {
    _rootLView;
    _hasInputBindings;
    instance;
    hostView;
    changeDetectorRef;
    componentType;
    location;
    previousInputValues = null;
    _tNode;
    constructor(t, n, o) { super(), this._rootLView = n, this._hasInputBindings = o, this._tNode = Yt(n[m], I), this.location = no(this._tNode, n), this.instance = de(this._tNode.index, n)[P], this.hostView = this.changeDetectorRef = new mt(n, void 0), this.componentType = t; }
    setInput(t, n) { this._hasInputBindings; let o = this._tNode; if (this.previousInputValues ??= new Map, this.previousInputValues.has(t) && Object.is(this.previousInputValues.get(t), n))
        return; let r = this._rootLView, i = ua(o, r[m], r, t, n); this.previousInputValues.set(t, n); let s = de(o.index, r); pa(s, 1); }
    get injector() { return new ye(this._tNode, this._rootLView); }
    destroy() { this.hostView.destroy(); }
    onDestroy(t) { this.hostView.onDestroy(t); }
};
function Rb(e, t, n) { let o = e.projection = []; for (let r = 0; r < t.length; r++) {
    let i = n[r];
    o.push(i != null && i.length ? Array.from(i) : null);
} }
var Ca = (() => { class e {
    static __NG_ELEMENT_ID__ = kb;
} return e; })();
function kb() { let e = M(); return Xy(e, g()); }
var Zl = class e extends Ca {
    _lContainer;
    _hostTNode;
    _hostLView;
    constructor(t, n, o) { super(), this._lContainer = t, this._hostTNode = n, this._hostLView = o; }
    get element() { return no(this._hostTNode, this._hostLView); }
    get injector() { return new ye(this._hostTNode, this._hostLView); }
    get parentInjector() { let t = Tu(this._hostTNode, this._hostLView); if (Zg(t)) {
        let n = os(t, this._hostLView), o = ns(t), r = n[m].data[o + 8];
        return new ye(r, n);
    }
    else
        return new ye(null, this._hostLView); }
    clear() { for (; this.length > 0;)
        this.remove(this.length - 1); }
    get(t) { let n = og(this._lContainer); return n !== null && n[t] || null; }
    get length() { return this._lContainer.length - k; }
    createEmbeddedView(t, n, o) { let r, i; typeof o == "number" ? r = o : o != null && (r = o.index, i = o.injector); let s = fr(this._lContainer, t.ssrId), a = t.createEmbeddedViewImpl(n || {}, i, s); return this.insertImpl(a, r, dn(this._hostTNode, s)), a; }
    createComponent(t, n, o, r, i, s, a) { let c, l = n || {}; c = l.index, o = l.injector, r = l.projectableNodes, i = l.environmentInjector || l.ngModuleRef, s = l.directives, a = l.bindings; let u = new pn(z(t)), d = o || this.parentInjector; if (!i && u.ngModule == null) {
        let E = this.parentInjector.get(lt, null);
        E && (i = E);
    } let f = z(u.componentType ?? {}), p = fr(this._lContainer, f?.id ?? null), h = p?.firstChild ?? null, v = u.create(d, r, h, i, s, a, this._getHostElementNamespace()); return this.insertImpl(v.hostView, c, dn(this._hostTNode, p)), v; }
    _getHostElementNamespace() { if (this._hostTNode.type & 2) {
        let t = this._hostTNode.parent ?? this._hostLView[X];
        return t !== null && t.type & 2 && typeof t.value == "string" && t.value.toLowerCase() === "foreignobject" ? null : t?.namespace ?? null;
    } return this._hostTNode.namespace; }
    insert(t, n) { return this.insertImpl(t, n, !0); }
    insertImpl(t, n, o) { let r = t._lView; if (Lp(r)) {
        let a = this.indexOf(t);
        if (a !== -1)
            this.detach(a);
        else {
            let c = r[q], l = new e(c, c[X], c[q]);
            l.detach(l.indexOf(t));
        }
    } let i = this._adjustIndex(n), s = this._lContainer; return Dt(s, r, i, o), t.attachToViewContainerRef(), ec(Xc(s), i, t), t; }
    move(t, n) { return this.insert(t, n); }
    indexOf(t) { let n = og(this._lContainer); return n !== null ? n.indexOf(t) : -1; }
    remove(t) { let n = this._adjustIndex(t, -1), o = lr(this._lContainer, n); o && (Mo(Xc(this._lContainer), n), Hr(o[m], o)); }
    detach(t) { let n = this._adjustIndex(t, -1), o = lr(this._lContainer, n); return o && Mo(Xc(this._lContainer), n) != null ? new mt(o) : null; }
    _adjustIndex(t, n = 0) { return t ?? this.length + n; }
};
function og(e) { return e[Ao]; }
function Xc(e) { return e[Ao] || (e[Ao] = []); }
function Xy(e, t) { let n, o = t[e.index]; return Z(o) ? n = o : (n = Id(o, t, null, e), t[e.index] = n, ia(t, n)), eI(n, t, e, o), new Zl(n, e, t); }
function Ob(e, t) { let n = e[C], o = n.createComment(""), r = Y(t, e), i = n.parentNode(r); return Qe(n, i, o, n.nextSibling(r), !1), o; }
var eI = nI, bd = () => !1;
function tI(e, t, n) { return bd(e, t, n); }
function nI(e, t, n, o) { if (e[Xe])
    return; let r; n.type & 8 ? r = R(o) : r = Ob(t, n), e[Xe] = r; }
function Lb(e, t, n) { if (e[Xe] && e[_e])
    return !0; let o = n[ae], r = t.index - I; if (!o || oo(t) || Ws(o, r))
    return !1; let s = Cl(o, r), a = o.data[ro]?.[r]; if (a === void 0)
    return !1; let [c, l] = QS(s, a); return e[Xe] = c, e[_e] = l, !0; }
function Pb(e, t, n, o) { bd(e, n, t) || nI(e, t, n, o); }
function oI() { eI = Pb, bd = Lb; }
var Yl = class e {
    queryList;
    matches = null;
    constructor(t) { this.queryList = t; }
    clone() { return new e(this.queryList); }
    setDirty() { this.queryList.setDirty(); }
}, Kl = class e {
    queries;
    constructor(t = []) { this.queries = t; }
    createEmbeddedView(t) { let n = t.queries; if (n !== null) {
        let o = t.contentQueries !== null ? t.contentQueries[0] : n.length, r = [];
        for (let i = 0; i < o; i++) {
            let s = n.getByIndex(i), a = this.queries[s.indexInDeclarationView];
            r.push(a.clone());
        }
        return new e(r);
    } return null; }
    insertView(t) { this.dirtyQueriesWithMatches(t); }
    detachView(t) { this.dirtyQueriesWithMatches(t); }
    finishViewCreation(t) { this.dirtyQueriesWithMatches(t); }
    dirtyQueriesWithMatches(t) { for (let n = 0; n < this.queries.length; n++)
        xd(t, n).matches !== null && this.queries[n].setDirty(); }
}, Cs = class {
    flags;
    read;
    predicate;
    constructor(t, n, o = null) { this.flags = n, this.read = o, typeof t == "string" ? this.predicate = Bb(t) : this.predicate = t; }
}, Jl = class e {
    queries;
    constructor(t = []) { this.queries = t; }
    elementStart(t, n) { for (let o = 0; o < this.queries.length; o++)
        this.queries[o].elementStart(t, n); }
    elementEnd(t) { for (let n = 0; n < this.queries.length; n++)
        this.queries[n].elementEnd(t); }
    embeddedTView(t) { let n = null; for (let o = 0; o < this.length; o++) {
        let r = n !== null ? n.length : 0, i = this.getByIndex(o).embeddedTView(t, r);
        i && (i.indexInDeclarationView = o, n !== null ? n.push(i) : n = [i]);
    } return n !== null ? new e(n) : null; }
    template(t, n) { for (let o = 0; o < this.queries.length; o++)
        this.queries[o].template(t, n); }
    getByIndex(t) { return this.queries[t]; }
    get length() { return this.queries.length; }
    track(t) { this.queries.push(t); }
}, Xl = class e {
    metadata;
    matches = null;
    indexInDeclarationView = -1;
    crossesNgTemplate = !1;
    _declarationNodeIndex;
    _appliesToNextNode = !0;
    constructor(t, n = -1) { this.metadata = t, this._declarationNodeIndex = n; }
    elementStart(t, n) { this.isApplyingToNode(n) && this.matchTNode(t, n); }
    elementEnd(t) { this._declarationNodeIndex === t.index && (this._appliesToNextNode = !1); }
    template(t, n) { this.elementStart(t, n); }
    embeddedTView(t, n) { return this.isApplyingToNode(t) ? (this.crossesNgTemplate = !0, this.addMatch(-t.index, n), new e(this.metadata)) : null; }
    isApplyingToNode(t) { if (this._appliesToNextNode && (this.metadata.flags & 1) !== 1) {
        let n = this._declarationNodeIndex, o = t.parent;
        for (; o !== null && o.type & 8 && o.index !== n;)
            o = o.parent;
        return n === (o !== null ? o.index : -1);
    } return this._appliesToNextNode; }
    matchTNode(t, n) { let o = this.metadata.predicate; if (Array.isArray(o))
        for (let r = 0; r < o.length; r++) {
            let i = o[r];
            this.matchTNodeWithReadOption(t, n, Fb(n, i)), this.matchTNodeWithReadOption(t, n, Qi(n, t, i, !1, !1));
        }
    else
        o === ur ? n.type & 4 && this.matchTNodeWithReadOption(t, n, -1) : this.matchTNodeWithReadOption(t, n, Qi(n, t, o, !1, !1)); }
    matchTNodeWithReadOption(t, n, o) { if (o !== null) {
        let r = this.metadata.read;
        if (r !== null)
            if (r === Nr || r === Ca || r === ur && n.type & 4)
                this.addMatch(n.index, -2);
            else {
                let i = Qi(n, t, r, !1, !1);
                i !== null && this.addMatch(n.index, i);
            }
        else
            this.addMatch(n.index, o);
    } }
    addMatch(t, n) { this.matches === null ? this.matches = [t, n] : this.matches.push(t, n); }
};
function Fb(e, t) { let n = e.localNames; if (n !== null) {
    for (let o = 0; o < n.length; o += 2)
        if (n[o] === t)
            return n[o + 1];
} return null; }
function jb(e, t) { return e.type & 11 ? no(e, t) : e.type & 4 ? ha(e, t) : null; }
function Hb(e, t, n, o) { return n === -1 ? jb(t, e) : n === -2 ? Vb(e, t, o) : or(e, e[m], n, t); }
function Vb(e, t, n) { if (n === Nr)
    return no(t, e); if (n === ur)
    return ha(t, e); if (n === Ca)
    return Xy(t, e); }
function rI(e, t, n, o) { let r = t[Je].queries[o]; if (r.matches === null) {
    let i = e.data, s = n.matches, a = [];
    for (let c = 0; s !== null && c < s.length; c += 2) {
        let l = s[c];
        if (l < 0)
            a.push(null);
        else {
            let u = i[l];
            a.push(Hb(t, u, s[c + 1], n.metadata.read));
        }
    }
    r.matches = a;
} return r.matches; }
function eu(e, t, n, o) { let r = e.queries.getByIndex(n), i = r.matches; if (i !== null) {
    let s = rI(e, t, r, n);
    for (let a = 0; a < i.length; a += 2) {
        let c = i[a];
        if (c > 0)
            o.push(s[a / 2]);
        else {
            let l = i[a + 1], u = t[-c];
            for (let d = k; d < u.length; d++) {
                let f = u[d];
                f[St] === f[q] && eu(f[m], f, l, o);
            }
            if (u[Qt] !== null) {
                let d = u[Qt];
                for (let f = 0; f < d.length; f++) {
                    let p = d[f];
                    eu(p[m], p, l, o);
                }
            }
        }
    }
} return o; }
function Ad(e, t) { return e[Je].queries[t].queryList; }
function iI(e, t, n) { let o = new cs((n & 4) === 4); return Hp(e, t, o, o.destroy), (t[Je] ??= new Kl).queries.push(new Yl(o)) - 1; }
function sI(e, t, n) { let o = w(); return o.firstCreatePass && (cI(o, new Cs(e, t, n), -1), (t & 2) === 2 && (o.staticViewQueries = !0)), iI(o, g(), t); }
function aI(e, t, n, o) { let r = w(); if (r.firstCreatePass) {
    let i = M();
    cI(r, new Cs(t, n, o), i.index), $b(r, e), (n & 2) === 2 && (r.staticContentQueries = !0);
} return iI(r, g(), n); }
function Bb(e) { return e.split(",").map(t => t.trim()); }
function cI(e, t, n) { e.queries === null && (e.queries = new Jl), e.queries.track(new Xl(t, n)); }
function $b(e, t) { let n = e.contentQueries || (e.contentQueries = []), o = n.length ? n[n.length - 1] : -1; t !== o && n.push(e.queries.length - 1, t); }
function xd(e, t) { return e.queries.getByIndex(t); }
function lI(e, t) { let n = e[m], o = xd(n, t); return o.crossesNgTemplate ? eu(n, e, t, []) : rI(n, e, o, t); }
function Rd(e, t, n) { let o, r = up(() => { o._dirtyCounter(); let i = Ub(o, e); if (t && i === void 0)
    throw new T(-951, !1); return i; }); return o = r[je], o._dirtyCounter = Oc(0), o._flatValue = void 0, r; }
function kd(e) { return Rd(!0, !1, e); }
function Od(e) { return Rd(!0, !0, e); }
function Ld(e) { return Rd(!1, !1, e); }
function uI(e, t) { let n = e[je]; n._lView = g(), n._queryIndex = t, n._queryList = Ad(n._lView, t), n._queryList.onDirty(() => n._dirtyCounter.update(o => o + 1)); }
function Ub(e, t) { let n = e._lView, o = e._queryIndex; if (n === void 0 || o === void 0 || n[S] & 4)
    return t ? void 0 : j; let r = Ad(n, o), i = lI(n, o); return r.reset(i, fm), t ? r.first : r._changesDetected || e._flatValue === void 0 ? e._flatValue = r.toArray() : e._flatValue; }
function Pd(e) { return !!e && typeof e.then == "function"; }
function dI(e) { return !!e && typeof e.subscribe == "function"; }
var hn = class {
}, fI = class {
};
function Wb(e, t) { return new Zn(e, t ?? null, []); }
var Zn = class extends hn {
    ngModuleType;
    _parent;
    _bootstrapComponents = [];
    _r3Injector;
    instance;
    destroyCbs = [];
    constructor(t, n, o, r = !0) { super(), this.ngModuleType = t, this._parent = n; let i = Co(t); this._bootstrapComponents = Uo(i.bootstrap), this._r3Injector = Qp(t, n, [{ provide: hn, useValue: this }, ...o], ci(t), new Set(["environment"])), r && this.resolveInjectorInitializers(); }
    resolveInjectorInitializers() { this._r3Injector.resolveInjectorInitializers(), this.instance = this._r3Injector.get(this.ngModuleType); }
    get injector() { return this._r3Injector; }
    destroy() { let t = this._r3Injector; !t.destroyed && t.destroy(), this.destroyCbs.forEach(n => n()), this.destroyCbs = null; }
    onDestroy(t) { this.destroyCbs.push(t); }
}, Yn = class extends fI {
    moduleType;
    constructor(t) { super(), this.moduleType = t; }
    create(t) { return new Zn(this.moduleType, t, []); }
};
function pI(e, t, n) { return new Zn(e, t, n, !1); }
var gr = class extends hn {
    injector;
    instance = null;
    constructor(t) { super(); let n = new zt([...t.providers, { provide: hn, useValue: this }], t.parent || yi(), t.debugName, new Set(["environment"])); this.injector = n, t.runEnvironmentInitializers && n.resolveInjectorInitializers(); }
    destroy() { this.injector.destroy(); }
    onDestroy(t) { this.injector.onDestroy(t); }
};
function Fd(e, t, n = null) { return new gr({ providers: e, parent: t, debugName: n, runEnvironmentInitializers: !0 }).injector; }
var zb = (() => { class e {
    _injector;
    cachedInjectors = new Map;
    constructor(n) { this._injector = n; }
    getOrCreateStandaloneInjector(n) { if (!n.standalone)
        return null; if (!this.cachedInjectors.has(n)) {
        let o = oc(!1, n.type), r = o.length > 0 ? Fd([o], this._injector, "") : null;
        this.cachedInjectors.set(n, r);
    } return this.cachedInjectors.get(n); }
    ngOnDestroy() { try {
        for (let n of this.cachedInjectors.values())
            n !== null && n.destroy();
    }
    finally {
        this.cachedInjectors.clear();
    } }
    static \u0275prov = se({ token: e, providedIn: "environment", factory: () => new e(He(lt)) });
} return e; })();
function hI(e) { return st(() => { let t = yI(e), n = xe(U({}, t), { decls: e.decls, vars: e.vars, template: e.template, consts: e.consts || null, ngContentSelectors: e.ngContentSelectors, onPush: e.changeDetection !== Os.Eager, directiveDefs: null, pipeDefs: null, dependencies: t.standalone && e.dependencies || null, getStandaloneInjector: t.standalone ? r => r.get(zb).getOrCreateStandaloneInjector(n) : null, getExternalStyles: null, signals: e.signals ?? !1, data: e.data || {}, encapsulation: e.encapsulation || Pe.Emulated, styles: e.styles || j, _: null, schemas: e.schemas || null, tView: null, id: "" }); t.standalone && K("NgStandalone"), II(n); let o = e.dependencies; return n.directiveDefs = Ts(o, gI), n.pipeDefs = Ts(o, Ke), n.id = Zb(n), n; }); }
function gI(e) { return z(e) || ke(e); }
function jd(e) { return st(() => ({ type: e.type, bootstrap: e.bootstrap || j, declarations: e.declarations || j, imports: e.imports || j, exports: e.exports || j, transitiveCompileScopes: null, schemas: e.schemas || null, id: e.id || null })); }
function Gb(e, t) { if (e == null)
    return ct; let n = {}; for (let o in e)
    if (Object.hasOwn(e, o)) {
        let r = e[o], i, s, a, c;
        Array.isArray(r) ? (a = r[0], i = r[1], s = r[2] ?? i, c = r[3] || null) : (i = r, s = r, a = $r.None, c = null), n[i] = [o, a, c], t[i] = s;
    } return n; }
function qb(e) { if (e == null)
    return ct; let t = {}; for (let n in e)
    Object.hasOwn(e, n) && (t[e[n]] = n); return t; }
function mI(e) { return st(() => { let t = yI(e); return II(t), t; }); }
function vI(e) { return { type: e.type, name: e.name, factory: null, pure: e.pure !== !1, standalone: e.standalone ?? !0, onDestroy: e.type.prototype.ngOnDestroy || null }; }
function yI(e) { let t = {}; return { type: e.type, providersResolver: null, viewProvidersResolver: null, factory: null, hostBindings: e.hostBindings || null, hostVars: e.hostVars || 0, hostAttrs: e.hostAttrs || null, contentQueries: e.contentQueries || null, declaredInputs: t, inputConfig: e.inputs || ct, exportAs: e.exportAs || null, standalone: e.standalone ?? !0, signals: e.signals === !0, selectors: e.selectors || j, viewQuery: e.viewQuery || null, features: e.features || null, setInput: null, resolveHostDirectives: null, hostDirectives: null, controlDef: null, signalFormsInputPresence: null, inputs: Gb(e.inputs, t), outputs: qb(e.outputs), debugInfo: null }; }
function II(e) { e.features?.forEach(t => t(e)); }
function Ts(e, t) { return e ? () => { let n = typeof e == "function" ? e() : e, o = []; for (let r of n) {
    let i = t(r);
    i !== null && o.push(i);
} return o; } : null; }
var Qb = new Map;
function Zb(e) { let t = 0, n = typeof e.consts == "function" ? "" : e.consts, o = [e.selectors, e.ngContentSelectors, e.hostVars, e.hostAttrs, n, e.vars, e.decls, e.encapsulation, e.standalone, e.signals, e.exportAs, JSON.stringify(e.inputs), JSON.stringify(e.outputs), Object.getOwnPropertyNames(e.type.prototype), !!e.contentQueries, !!e.viewQuery]; for (let i of o.join("|"))
    t = Math.imul(31, t) + i.charCodeAt(0) << 0; return t += 2147483648, "c" + t; }
var Qo = "__ngAsyncComponentMetadataFn__", EI = "__ngAsyncMetadataLoaded__";
function Yb(e) { let t = e; return t[Qo] === EI ? null : t[Qo] ?? null; }
function DI(e, t, n) { let o = e; return o[Qo] = () => Promise.all(t()).then(r => (n(...r), o[Qo] = EI, r)), o[Qo]; }
function Hd(e, t, n, o) { return st(() => { let r = e; t !== null && (Object.hasOwn(r, "decorators") && r.decorators !== void 0 ? r.decorators.push(...t) : r.decorators = t), n !== null && (r.ctorParameters = n), o !== null && (Object.hasOwn(r, "propDecorators") && r.propDecorators !== void 0 ? r.propDecorators = U(U({}, r.propDecorators), o) : r.propDecorators = o); }); }
var Vd = new A("");
function CI(e) { return Be([{ provide: Vd, multi: !0, useValue: e }]); }
var Bd = (() => { class e {
    resolve;
    reject;
    initialized = !1;
    done = !1;
    donePromise = new Promise((n, o) => { this.resolve = n, this.reject = o; });
    appInits = D(Vd, { optional: !0 }) ?? [];
    injector = D(ge);
    constructor() { }
    runInitializers() { if (this.initialized)
        return; let n = []; for (let r of this.appInits) {
        let i = So(this.injector, r);
        if (Pd(i))
            n.push(i);
        else if (dI(i)) {
            let s = new Promise((a, c) => { i.subscribe({ complete: a, error: c }); });
            n.push(s);
        }
    } let o = () => { this.done = !0, this.resolve(); }; Promise.all(n).then(() => { o(); }).catch(r => { this.reject(r); }), n.length === 0 && o(), this.initialized = !0; }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = yt({ token: e, factory: e.\u0275fac });
} return e; })(), gn = new Map, mr = new Set;
function TI(e) { return Re(this, null, function* () { let t = gn; gn = new Map; let n = new Map; function o(i) { let s = n.get(i); if (s)
    return s; let a = e(i).then(c => tA(i, c)); return n.set(i, a), a; } let r = Array.from(t).map(a => Re(null, [a], function* ([i, s]) { if (s.styleUrl && s.styleUrls?.length)
    throw new Error("@Component cannot define both `styleUrl` and `styleUrls`. Use `styleUrl` if the component has one stylesheet, or `styleUrls` if it has multiple"); let c = []; s.templateUrl && c.push(o(s.templateUrl).then(f => { s.template = f; })); let l = typeof s.styles == "string" ? [s.styles] : s.styles ?? []; s.styles = l; let { styleUrl: u, styleUrls: d } = s; if (u && (d = [u], s.styleUrl = void 0), d?.length) {
    let f = Promise.all(d.map(p => o(p))).then(p => { l.push(...p), s.styleUrls = void 0; });
    c.push(f);
} yield Promise.all(c), mr.delete(i); })); yield Promise.all(r); }); }
function Kb(e, t) { MI(t) && (gn.set(e, t), mr.add(e)); }
function Jb(e) { return mr.has(e); }
function MI(e) { return !!(e.templateUrl && !Object.hasOwn(e, "template") || e.styleUrls?.length || e.styleUrl); }
function Xb() { let e = gn; return gn = new Map, e; }
function eA(e) { mr.clear(); for (let t of e.keys())
    mr.add(t); gn = e; }
function wI() { return gn.size === 0; }
function tA(e, t) { return Re(this, null, function* () { if (typeof t == "string")
    return t; if (t.status !== void 0 && t.status !== 200)
    throw new T(918, !1); return t.text(); }); }
var tu = new Map, NI = !0;
function nA(e, t, n) { if (t && t !== n && NI)
    throw new T(921, !1); }
function $d(e, t) { let n = tu.get(t) || null; nA(t, n, e), tu.set(t, e); }
function Ud(e) { return tu.get(e); }
function oA(e) { NI = !e; }
function _I(e) { return t => { t.controlDef = { create: (n, o) => { n?.\u0275ngControlCreate(o); }, update: (n, o) => { n?.\u0275ngControlUpdate?.(o); }, passThroughInput: e }; }; }
function SI(e) { let t = n => { let o = Array.isArray(e); n.hostDirectives === null ? (n.resolveHostDirectives = rA, n.hostDirectives = o ? e.map(nu) : [e]) : o ? n.hostDirectives.unshift(...e.map(nu)) : n.hostDirectives.unshift(e); }; return t.ngInherit = !0, t; }
function rA(e) { let t = [], n = !1, o = null, r = null; for (let i = 0; i < e.length; i++) {
    let s = e[i];
    if (s.hostDirectives !== null) {
        let a = t.length;
        o ??= new Map, r ??= new Map, bI(s, t, o, e), r.set(s, [a, t.length - 1]);
    }
    i === 0 && Le(s) && (n = !0, t.push(s));
} for (let i = n ? 1 : 0; i < e.length; i++)
    t.push(e[i]); return o !== null && o.forEach((i, s) => { iA(s.declaredInputs, i.inputs); }), [t, o, r]; }
function bI(e, t, n, o) { if (e.hostDirectives !== null)
    for (let r of e.hostDirectives)
        if (typeof r == "function") {
            let i = r();
            for (let s of i)
                rg(nu(s), t, n, o);
        }
        else
            rg(r, t, n, o); }
function rg(e, t, n, o) { let r = ke(e.directive); if (bI(r, t, n, o), n.has(r)) {
    let i = n.get(r);
    ig(i, e.inputs, "input"), ig(i, e.outputs, "output");
}
else
    o.includes(r) || (n.set(r, e), t.push(r)); }
function ig(e, t, n) { let o = n === "input" ? e.inputs : e.outputs; Object.keys(t).forEach(r => { let i = t[r]; (!Object.hasOwn(o, r) || o[r] === i) && (o[r] = i); }); }
function nu(e) { return typeof e == "function" ? { directive: W(e), inputs: {}, outputs: {} } : { directive: W(e.directive), inputs: sg(e.inputs), outputs: sg(e.outputs) }; }
function sg(e) { let t = {}; if (e !== void 0 && e.length > 0)
    for (let n = 0; n < e.length; n += 2)
        t[e[n]] = e[n + 1]; return t; }
function iA(e, t) { for (let n in t)
    if (Object.hasOwn(t, n)) {
        let o = t[n], r = e[n];
        e[o] = r;
    } }
function sA(e) { return Object.getPrototypeOf(e.prototype).constructor; }
function Wd(e) { let t = sA(e.type), n = !0, o = [e]; for (; t && t !== Function.prototype && t !== Object.prototype;) {
    let r, i = Object.hasOwn(t, wt) ? t[wt] : void 0, s = Object.hasOwn(t, wn) ? t[wn] : void 0;
    if (Le(e))
        r = i ?? s;
    else {
        if (i)
            throw new T(903, !1);
        r = s;
    }
    if (r) {
        if (n) {
            o.push(r);
            let c = e;
            c.inputs = el(e.inputs), c.declaredInputs = el(e.declaredInputs), c.outputs = el(e.outputs);
            let l = r.hostBindings;
            l && dA(e, l);
            let u = r.viewQuery, d = r.contentQueries;
            if (u && lA(e, u), d && uA(e, d), aA(e, r), hp(e.outputs, r.outputs), Le(r) && r.data.animation) {
                let f = e.data;
                f.animation = (f.animation || []).concat(r.data.animation);
            }
        }
        let a = r.features;
        if (a)
            for (let c = 0; c < a.length; c++) {
                let l = a[c];
                l && l.ngInherit && l(e), l === Wd && (n = !1);
            }
    }
    t = Object.getPrototypeOf(t);
} cA(o); }
function aA(e, t) { for (let n in t.inputs) {
    if (!Object.hasOwn(t.inputs, n) || Object.hasOwn(e.inputs, n))
        continue;
    let o = t.inputs[n];
    o !== void 0 && (e.inputs[n] = o, e.declaredInputs[n] = t.declaredInputs[n]);
} }
function cA(e) { let t = 0, n = null; for (let o = e.length - 1; o >= 0; o--) {
    let r = e[o];
    r.hostVars = t += r.hostVars, r.hostAttrs = Gn(r.hostAttrs, n = Gn(n, r.hostAttrs));
} }
function el(e) { return e === ct ? {} : e === j ? [] : e; }
function lA(e, t) { let n = e.viewQuery; n ? e.viewQuery = (o, r) => { t(o, r), n(o, r); } : e.viewQuery = t; }
function uA(e, t) { let n = e.contentQueries; n ? e.contentQueries = (o, r, i) => { t(o, r, i), n(o, r, i); } : e.contentQueries = t; }
function dA(e, t) { let n = e.hostBindings; n ? e.hostBindings = (o, r) => { t(o, r), n(o, r); } : e.hostBindings = t; }
function AI(e, t, n, o, r, i, s, a) { if (n.firstCreatePass) {
    e.mergedAttrs = Gn(e.mergedAttrs, e.attrs);
    let u = e.tView = ra(2, e, r, i, s, n.directiveRegistry, n.pipeRegistry, null, n.schemas, n.consts, null);
    n.queries !== null && (n.queries.template(n, e), u.queries = n.queries.embeddedTView(e));
} a && (e.flags |= a), ze(e, !1); let c = xI(n, t, e, o); Ho() && na(n, t, c, e), Se(c, t); let l = Id(c, t, c, e); t[o + I] = l, ia(t, l), tI(l, e, t); }
function fA(e, t, n, o, r, i, s, a, c, l, u) { let d = n + I, f; return t.firstCreatePass ? (f = Ht(t, d, 4, s || null, a || null), Ti() && Qy(t, e, f, re(t.consts, l), vd), zg(t, f)) : f = t.data[d], AI(f, e, t, n, o, r, i, c), An(f) && sa(t, e, f), l != null && uo(e, f, u), f; }
function mn(e, t, n, o, r, i, s, a, c, l, u) { let d = n + I, f; if (t.firstCreatePass) {
    if (f = Ht(t, d, 4, s || null, a || null), l != null) {
        let p = re(t.consts, l);
        f.localNames = [];
        for (let h = 0; h < p.length; h += 2)
            f.localNames.push(p[h], -1);
    }
}
else
    f = t.data[d]; return AI(f, e, t, n, o, r, i, c), l != null && uo(e, f, u), f; }
function zd(e, t, n, o, r, i, s, a) { let c = g(), l = w(), u = re(l.consts, i); return fA(c, l, e, t, n, o, r, u, void 0, s, a), zd; }
function Gd(e, t, n, o, r, i, s, a) { let c = g(), l = w(), u = re(l.consts, i); return mn(c, l, e, t, n, o, r, u, void 0, s, a), Gd; }
var xI = RI;
function RI(e, t, n, o) { return Ge(!0), t[C].createComment(""); }
function pA(e, t, n, o) { let r = !zs(t, n); Ge(r); let i = t[ae]?.data[Ps]?.[o] ?? null; if (i !== null && n.tView !== null && n.tView.ssrId === null && (n.tView.ssrId = i), r)
    return RI(e, t); let s = t[ae], a = Wr(s, e, t, n); Us(s, o, a); let c = Wu(s, o); return ma(c, a); }
function kI() { xI = pA; }
var oe = (function (e) { return e[e.NOT_STARTED = 0] = "NOT_STARTED", e[e.IN_PROGRESS = 1] = "IN_PROGRESS", e[e.COMPLETE = 2] = "COMPLETE", e[e.FAILED = 3] = "FAILED", e; })(oe || {}), ag = 0, hA = 1, B = (function (e) { return e[e.Placeholder = 0] = "Placeholder", e[e.Loading = 1] = "Loading", e[e.Complete = 2] = "Complete", e[e.Error = 3] = "Error", e; })(B || {}), vr = (function (e) { return e[e.Initial = -1] = "Initial", e; })(vr || {}), Un = 0, Ct = 1, zo = 2, Ui = 3, gA = 4, mA = 5, Ta = 6, vA = 7, Wn = 8, yA = 9, qd = (function (e) { return e[e.Manual = 0] = "Manual", e[e.Playthrough = 1] = "Playthrough", e; })(qd || {});
function zr(e, t, n) { let o = LI(e); t[o] === null && (t[o] = []), t[o].push(n); }
function Ji(e, t) { let n = LI(e), o = t[n]; if (o !== null) {
    for (let r of o)
        r();
    t[n] = null;
} }
function OI(e) { Ji(1, e), Ji(0, e), Ji(2, e); }
function LI(e) { let t = gA; return e === 1 ? t = mA : e === 2 && (t = yA), t; }
function Gr(e) { return e + 1; }
function Ee(e, t) { let n = e[m], o = Gr(t.index); return e[o]; }
function IA(e, t, n) { let o = e[m], r = Gr(t); e[r] = n; }
function ce(e, t) { let n = Gr(t.index); return e.data[n]; }
function EA(e, t, n) { let o = Gr(t); e.data[o] = n; }
function DA(e, t, n) { let o = t[m], r = ce(o, n); switch (e) {
    case B.Complete: return r.primaryTmplIndex;
    case B.Loading: return r.loadingTmplIndex;
    case B.Error: return r.errorTmplIndex;
    case B.Placeholder: return r.placeholderTmplIndex;
    default: return null;
} }
function ou(e, t) { return t === B.Placeholder ? e.placeholderBlockConfig?.[ag] ?? null : t === B.Loading ? e.loadingBlockConfig?.[ag] ?? null : null; }
function PI(e) { return e.loadingBlockConfig?.[hA] ?? null; }
function cg(e, t) { if (!e || e.length === 0)
    return t; let n = new Set(e); for (let o of t)
    n.add(o); return e.length === n.size ? e : Array.from(n); }
function CA(e, t) { let n = t.primaryTmplIndex + I; return Yt(e, n); }
function FI(e) { return e !== null && typeof e == "object" && typeof e.primaryTmplIndex == "number"; }
function jI(e, t) { let n = null, o = Gr(t.index); return I < o && o < e.bindingStartIndex && (n = ce(e, t)), !!n && FI(n); }
var TA = (() => { class e {
    cachedInjectors = new Map;
    getOrCreateInjector(n, o, r, i) { if (!this.cachedInjectors.has(n)) {
        let s = r.length > 0 ? Fd(r, o, i) : null;
        this.cachedInjectors.set(n, s);
    } return this.cachedInjectors.get(n); }
    ngOnDestroy() { try {
        for (let n of this.cachedInjectors.values())
            n !== null && n.destroy();
    }
    finally {
        this.cachedInjectors.clear();
    } }
    static \u0275prov = se({ token: e, providedIn: "environment", factory: () => new e });
} return e; })();
function Ma(e) { return (t, n) => HI(e, t, n); }
function HI(e, t, n) { let o = n.get(VI), r = n.get(V), i = () => o.remove(t); return o.add(e, t, r), i; }
var VI = (() => { class e {
    executingCallbacks = !1;
    timeoutId = null;
    invokeTimerAt = null;
    current = [];
    deferred = [];
    add(n, o, r) { let i = this.executingCallbacks ? this.deferred : this.current; this.addToQueue(i, Date.now() + n, o), this.scheduleTimer(r); }
    remove(n) { let { current: o, deferred: r } = this; this.removeFromQueue(o, n) === -1 && this.removeFromQueue(r, n), o.length === 0 && r.length === 0 && this.clearTimeout(); }
    addToQueue(n, o, r) { let i = n.length; for (let s = 0; s < n.length; s += 2)
        if (n[s] > o) {
            i = s;
            break;
        } Ep(n, i, o, r); }
    removeFromQueue(n, o) { let r = -1; for (let i = 0; i < n.length; i += 2)
        if (n[i + 1] === o) {
            r = i;
            break;
        } return r > -1 && tc(n, r, 2), r; }
    scheduleTimer(n) { let o = () => { this.clearTimeout(), this.executingCallbacks = !0; let i = [...this.current], s = Date.now(); for (let c = 0; c < i.length; c += 2) {
        let l = i[c], u = i[c + 1];
        if (l <= s)
            u();
        else
            break;
    } let a = -1; for (let c = 0; c < this.current.length && this.current[c] <= s; c += 2)
        a = c + 1; if (a >= 0 && tc(this.current, 0, a + 1), this.executingCallbacks = !1, this.deferred.length > 0) {
        for (let c = 0; c < this.deferred.length; c += 2) {
            let l = this.deferred[c], u = this.deferred[c + 1];
            this.addToQueue(this.current, l, u);
        }
        this.deferred.length = 0;
    } this.scheduleTimer(n); }; if (this.current.length > 0) {
        let i = Date.now(), s = this.current[0];
        if (this.timeoutId === null || this.invokeTimerAt && this.invokeTimerAt - s > 16) {
            this.clearTimeout();
            let a = Math.max(s - i, 16);
            this.invokeTimerAt = s, this.timeoutId = n.runOutsideAngular(() => setTimeout(() => n.run(o), a));
        }
    } }
    clearTimeout() { this.timeoutId !== null && (clearTimeout(this.timeoutId), this.timeoutId = null); }
    ngOnDestroy() { this.clearTimeout(), this.current.length = 0, this.deferred.length = 0; }
    static \u0275prov = se({ token: e, providedIn: "root", factory: () => new e });
} return e; })(), MA = new A("DEFER_BLOCK_DEPENDENCY_INTERCEPTOR"), BI = new A("");
function tl(e, t, n) { return e.get(TA).getOrCreateInjector(t, e, n, ""); }
function wA(e, t, n) { if (e instanceof Ot) {
    let r = e.injector, i = e.parentInjector, s = tl(i, t, n);
    return new Ot(r, s);
} let o = e.get(lt); if (o !== e) {
    let r = tl(o, t, n);
    return new Ot(e, r);
} return tl(e, t, n); }
function ft(e, t, n, o = !1) { let r = n[q], i = r[m]; if (We(r))
    return; let s = Ee(r, t), a = s[Ct], c = s[vA]; if (!(c !== null && e < c) && ug(a, e) && ug(s[Un] ?? -1, e)) {
    let l = ce(i, t), d = !o && (typeof ngServerMode > "u" || !ngServerMode) && (PI(l) !== null || ou(l, B.Loading) !== null || ou(l, B.Placeholder)) ? ru : $I;
    try {
        d(e, s, n, t, r);
    }
    catch (f) {
        yd(r, f);
    }
} }
function NA(e, t) { let n = e[_e]?.findIndex(r => r.data[xr] === t[Ct]) ?? -1; return { dehydratedView: n > -1 ? e[_e][n] : null, dehydratedViewIx: n }; }
function $I(e, t, n, o, r) { L(O.DeferBlockStateStart); let i = DA(e, r, o); if (i !== null) {
    t[Ct] = e;
    let s = r[m], a = i + I, c = Yt(s, a), l = 0;
    Ur(n, l);
    let u;
    if (e === B.Complete) {
        let h = ce(s, o), v = h.providers;
        v && v.length > 0 && (u = wA(r[x], h, v));
    }
    let { dehydratedView: d, dehydratedViewIx: f } = NA(n, t), p = jt(r, c, null, { injector: u, dehydratedView: d });
    if (Dt(n, p, l, dn(c, d)), Oo(p), f > -1 && n[_e]?.splice(f, 1), (e === B.Complete || e === B.Error) && Array.isArray(t[Wn])) {
        for (let h of t[Wn])
            h();
        t[Wn] = null;
    }
} L(O.DeferBlockStateEnd); }
function _A(e, t, n, o, r) { let i = Date.now(), s = r[m], a = ce(s, o); if (t[zo] === null || t[zo] <= i) {
    t[zo] = null;
    let c = PI(a), l = t[Ui] !== null;
    if (e === B.Loading && c !== null && !l) {
        t[Un] = e;
        let u = lg(c, t, o, n, r);
        t[Ui] = u;
    }
    else {
        e > B.Loading && l && (t[Ui](), t[Ui] = null, t[Un] = null), $I(e, t, n, o, r);
        let u = ou(a, e);
        u !== null && (t[zo] = i + u, lg(u, t, o, n, r));
    }
}
else
    t[Un] = e; }
function lg(e, t, n, o, r) { return HI(e, () => { let s = t[Un]; t[zo] = null, t[Un] = null, s !== null && ft(s, n, o); }, r[x]); }
function ug(e, t) { return e < t; }
function go(e, t) { let n = e[t.index]; ft(B.Placeholder, t, n); }
function dg(e, t, n) { e.loadingPromise.then(() => { e.loadingState === oe.COMPLETE ? ft(B.Complete, t, n) : e.loadingState === oe.FAILED && ft(B.Error, t, n); }); }
var ru = null;
function UI(e, t, n, o) { let r = e.consts; n != null && (t.placeholderBlockConfig = re(r, n)), o != null && (t.loadingBlockConfig = re(r, o)), ru === null && (ru = _A); }
function Qd(e, t) { return !(e === 0 && typeof ngServerMode < "u" && ngServerMode || t[x].get(BI, null, { optional: !0 })?.behavior === qd.Manual); }
function Zd(e, t, n, o) { let r = n.get(V); return xw(e, () => r.run(t), i => r.runOutsideAngular(() => Aw(i)), o); }
function SA(e, t, n) { return n == null ? e : n >= 0 ? Pp(n, e) : e[t.index][k] ?? null; }
function bA(e, t) { return Zt(I + t, e); }
function mo(e, t, n, o, r, i, s, a) { if (!Qd(s, e))
    return; let c = e[x], l = c.get(V), u; function d() { if (We(e)) {
    u.destroy();
    return;
} let f = Ee(e, t), p = f[Ct]; if (p !== vr.Initial && p !== B.Placeholder) {
    u.destroy();
    return;
} let h = SA(e, t, o); if (!h || (u.destroy(), We(h)))
    return; let v = bA(h, n), y = r(v, () => { l.run(() => { e !== h && uc(h, y), i(); }); }, c, a); e !== h && Po(h, y), zr(s, f, y); } u = bv({ read: d }, { injector: c }); }
var AA = (() => { class e {
    log(n) { console.log(n); }
    warn(n) { console.warn(n); }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = se({ token: e, factory: e.\u0275fac, providedIn: "platform" });
} return e; })(), iu = class {
    resolverToTokenToDependencies = new WeakMap;
    resolverToProviders = new WeakMap;
    resolverToEffects = new WeakMap;
    standaloneInjectorToComponent = new WeakMap;
    reset() { this.resolverToTokenToDependencies = new WeakMap, this.resolverToProviders = new WeakMap, this.standaloneInjectorToComponent = new WeakMap; }
}, xA = new iu;
function wa() { return xA; }
var WI = (function (e) { return e[e.Defer = 0] = "Defer", e[e.For = 1] = "For", e; })(WI || {});
function RA(e) { let { standaloneInjectorToComponent: t } = wa(); if (t.has(e))
    return t.get(e); let n = e.get(hn, null, { self: !0, optional: !0 }); return n === null || n.instance === null ? null : n.instance.constructor; }
function kA(e) { let t = Mr(e), { resolverToProviders: n } = wa(), o = n.get(t) ?? [], r = Array.from(Zp()).map(i => ({ token: i, isViewProvider: !1, provider: i })); return [...o, ...r]; }
function OA(e) { let t = new Map, o = LA(t, new Set); return Tp(e, o, [], new Set), t; }
function LA(e, t) { return (n, o) => { if (e.has(n) || e.set(n, [o]), !t.has(o))
    for (let r of e.keys()) {
        let i = e.get(r), s = Za(o);
        if (!s) {
            let l = o.ngModule;
            s = Za(l);
        }
        if (!s)
            return;
        let a = i[0], c = !1;
        Ip(s.imports, l => { c || (c = l.ngModule === a || l === a, c && e.get(r)?.unshift(o)); });
    } t.add(o); }; }
function PA(e) { let t = wa().resolverToProviders.get(e) ?? []; if (FA(e))
    return t; let n = RA(e); if (n === null)
    return t; let o = OA(n), r = []; for (let i of t) {
    let s = i.provider, a = s.provide;
    if (a === Nt || a === Dp)
        continue;
    let c = o.get(s) ?? [];
    z(n)?.standalone && (c = [n, ...c]), r.push(xe(U({}, i), { importPath: c }));
} return r; }
function FA(e) { return e instanceof zt && e.scopes.has("platform"); }
function zI(e) { if (e instanceof ye)
    return kA(e); if (e instanceof lt)
    return PA(e); Qa("getInjectorProviders only supports NodeInjector and EnvironmentInjector"); }
function GI(e) { if (e instanceof ye) {
    let t = wu(e), n = Mr(e);
    return bp(n, t), { type: "element", source: Y(n, t) };
} return e instanceof zt ? { type: "environment", source: e.source ?? null } : e instanceof _o ? { type: "null", source: null } : null; }
function jA(e) { return e.kind === "computed"; }
function HA(e) { return e.kind === "template"; }
function VA(e) { return e.kind === "signal"; }
function BA(e) { let t = Mr(e); Ap(t); let n = wu(e); xp(n); let o = n[t.index]; return te(o) ? o[Ne] ?? null : null; }
var fg = new WeakMap, pg = 0;
function $A(e) { let t = Array.from(e.keys()), n = [], o = []; for (let [r, i] of e.entries()) {
    let s = t.indexOf(r), a = fg.get(r);
    a || (pg++, a = pg.toString(), fg.set(r, a)), jA(r) ? n.push({ label: r.debugName, value: r.value, kind: r.kind, epoch: r.version, debuggableFn: r.computation, id: a }) : VA(r) ? n.push({ label: r.debugName, value: r.value, kind: r.kind, epoch: r.version, id: a }) : HA(r) ? n.push({ label: r.debugName ?? r.lView?.[H]?.tagName?.toLowerCase?.(), kind: r.kind, epoch: r.version, debuggableFn: r.lView?.[P]?.constructor, id: a }) : n.push({ label: r.debugName, kind: r.kind, epoch: r.version, id: a });
    for (let c of i)
        o.push({ consumer: s, producer: t.indexOf(c) });
} return { nodes: n, edges: o }; }
function UA(e) { let t = e; return e instanceof ye && (t = wu(e)), (wa().resolverToEffects.get(t) ?? []).map(r => r instanceof oh ? r[je] : r.signal[je]); }
function qI(e, t = new Map) { for (let n of e) {
    if (t.has(n))
        continue;
    let o = [];
    for (let r = n.producers; r !== void 0; r = r.nextProducer) {
        let i = r.producer;
        o.push(i);
    }
    t.set(n, o), qI(o, t);
} return t; }
function QI(e) { let t = null; if (!(e instanceof ye) && !(e instanceof zt))
    return Qa("getSignalGraph must be called with a NodeInjector or R3Injector"); e instanceof ye && (t = BA(e)); let n = UA(e), o = t ? [t, ...n] : n, r = qI(o); return $A(r); }
var WA = new WeakMap;
function zA(e) { return WA.get(e); }
function GA() { return K("Chrome DevTools profiling"), () => { }; }
function qA(e) { let t = e.get(kn), n = e.get(ut), o = nh(t, n), r = {}; for (let [i, s] of Object.entries(o))
    Pw(i) || (r[i] = s); return r; }
var hg = "ng";
function QA(e, t) { ZA(e, t); }
function ZA(e, t) { if (typeof COMPILED > "u" || !COMPILED) {
    let n = Me;
    n[hg] ??= {}, n[hg][e] = t;
} }
var ZI = new A(""), YI = new A(""), KI = new A("USE_PENDING_TASKS", { providedIn: "root", factory: () => typeof Zone > "u" }), YA = (() => { class e {
    _ngZone;
    registry;
    _isZoneStable = !0;
    _callbacks = [];
    _taskTrackingZone = null;
    _destroyRef;
    pendingTasksInternal = D(At);
    _usePendingTasks = D(KI);
    constructor(n, o, r) { this._ngZone = n, this.registry = o, _p() && (this._destroyRef = D(Kt, { optional: !0 }) ?? void 0), Yd || (XI(r), r.addToWindow(o)), this._watchAngularEvents(), n.run(() => { this._taskTrackingZone = typeof Zone > "u" ? null : Zone.current.get("TaskTrackingZone"); }); }
    _watchAngularEvents() { let n = this._ngZone.onUnstable.subscribe({ next: () => { this._isZoneStable = !1; } }), o, r; this._ngZone.runOutsideAngular(() => { this._usePendingTasks && (o = this.pendingTasksInternal.hasPendingTasksObservable.subscribe(() => { this.isStable() && this._ngZone.runOutsideAngular(() => { this._runCallbacksIfReady(); }); })), r = this._ngZone.onStable.subscribe({ next: () => { V.assertNotInAngularZone(), queueMicrotask(() => { this._isZoneStable = !0, this._runCallbacksIfReady(); }); } }); }), this._destroyRef?.onDestroy(() => { n.unsubscribe(), o?.unsubscribe(), r.unsubscribe(); }); }
    isStable() { return this._isZoneStable && !this._ngZone.hasPendingMacrotasks && (!this._usePendingTasks || !this.pendingTasksInternal.hasPendingTasks); }
    _runCallbacksIfReady() { if (this.isStable())
        queueMicrotask(() => { for (; this._callbacks.length !== 0;) {
            let n = this._callbacks.pop();
            clearTimeout(n.timeoutId), n.doneCb();
        } });
    else {
        let n = this.getPendingTasks();
        this._callbacks = this._callbacks.filter(o => o.updateCb && o.updateCb(n) ? (clearTimeout(o.timeoutId), !1) : !0);
    } }
    getPendingTasks() { return this._taskTrackingZone ? this._taskTrackingZone.macroTasks.map(n => ({ source: n.source, creationLocation: n.creationLocation, data: n.data })) : []; }
    addCallback(n, o, r) { let i = -1; o && o > 0 && (i = setTimeout(() => { this._callbacks = this._callbacks.filter(s => s.timeoutId !== i), n(); }, o)), this._callbacks.push({ doneCb: n, timeoutId: i, updateCb: r }); }
    whenStable(n, o, r) { if (r && !this._taskTrackingZone)
        throw new Error('Task tracking zone is required when passing an update callback to whenStable(). Is "zone.js/plugins/task-tracking" loaded?'); this.addCallback(n, o, r), this._runCallbacksIfReady(); }
    registerApplication(n) { this.registry.registerApplication(n, this); }
    unregisterApplication(n) { this.registry.unregisterApplication(n); }
    findProviders(n, o, r) { return []; }
    static \u0275fac = function (o) { return new (o || e)(He(V), He(JI), He(YI)); };
    static \u0275prov = se({ token: e, factory: e.\u0275fac });
} return e; })(), JI = (() => { class e {
    _applications = new Map;
    registerApplication(n, o) { this._applications.set(n, o); }
    unregisterApplication(n) { this._applications.delete(n); }
    unregisterAllApplications() { this._applications.clear(); }
    getTestability(n) { return this._applications.get(n) || null; }
    getAllTestabilities() { return Array.from(this._applications.values()); }
    getAllRootElements() { return Array.from(this._applications.keys()); }
    findTestabilityInTree(n, o = !0) { return Yd?.findTestabilityInTree(this, n, o) ?? null; }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = se({ token: e, factory: e.\u0275fac, providedIn: "platform" });
} return e; })();
function XI(e) { Yd = e; }
var Yd, qr = new A("");
function Kd() { dp(() => { let e = ""; throw new T(-600, e); }); }
var KA = 10;
function Jd(e, t) { return Array.isArray(t) ? t.reduce(Jd, e) : U(U({}, e), t); }
var be = (() => { class e {
    _runningTick = !1;
    _destroyed = !1;
    _destroyListeners = [];
    _views = [];
    internalErrorHandler = D(Jt);
    afterRenderManager = D(Js);
    zonelessEnabled = D(On);
    rootEffectScheduler = D(Pc);
    dirtyFlags = 0;
    tracingSnapshot = null;
    allTestViews = new Set;
    autoDetectTestViews = new Set;
    includeAllTestViews = !1;
    afterTick = new Vg;
    get allViews() { return [...(this.includeAllTestViews ? this.allTestViews : this.autoDetectTestViews).keys(), ...this._views]; }
    get destroyed() { return this._destroyed; }
    componentTypes = [];
    components = [];
    internalPendingTask = D(At);
    get isStable() { return this.internalPendingTask.hasPendingTasksObservable.pipe(yM(n => !n)); }
    constructor() { D(Cn, { optional: !0 }); }
    whenStable() { let n; return new Promise(o => { n = this.isStable.subscribe({ next: r => { r && o(); } }); }).finally(() => { n.unsubscribe(); }); }
    _injector = D(lt);
    _rendererFactory = null;
    get injector() { return this._injector; }
    bootstrap(n, o) { return this.bootstrapImpl(n, o); }
    bootstrapImpl(n, o, r = ge.NULL) { return this._injector.get(V).run(() => { if (L(O.BootstrapComponentStart), !this._injector.get(Bd).done) {
        let E = "";
        throw new T(405, E);
    } let a = z(n), c = this._injector.get(hn), l = new pn(a, c); this.componentTypes.push(n); let { hostElement: u, directives: d, bindings: f } = JA(o), p = u || l.selector, h = l.create(r, [], p, c.injector, d, f), v = h.location.nativeElement, y = h.injector.get(ZI, null); return y?.registerApplication(v), h.onDestroy(() => { this.detachView(h.hostView), Zo(this.components, h), y?.unregisterApplication(v); }), this._loadComponent(h), L(O.BootstrapComponentEnd, h), h; }); }
    tick() { this.zonelessEnabled || (this.dirtyFlags |= 1), this._tick(); }
    _tick() { L(O.ChangeDetectionStart), this.tracingSnapshot !== null ? this.tracingSnapshot.run(Ks.CHANGE_DETECTION, this.tickImpl) : this.tickImpl(); }
    tickImpl = () => { if (this._runningTick)
        throw L(O.ChangeDetectionEnd), new T(101, !1); let n = b(null); try {
        this._runningTick = !0, this.synchronize();
    }
    finally {
        this._runningTick = !1, this.tracingSnapshot?.dispose(), this.tracingSnapshot = null, b(n), this.afterTick.next(), L(O.ChangeDetectionEnd);
    } };
    synchronize() { this._rendererFactory === null && !this._injector.destroyed && (this._rendererFactory = this._injector.get(pr, null, { optional: !0 })); let n = 0; for (; this.dirtyFlags !== 0 && n++ < KA;) {
        L(O.ChangeDetectionSyncStart);
        try {
            this.synchronizeOnce();
        }
        finally {
            L(O.ChangeDetectionSyncEnd);
        }
    } }
    synchronizeOnce() { this.dirtyFlags & 16 && (this.dirtyFlags &= -17, this.rootEffectScheduler.flush()); let n = !1; if (this.dirtyFlags & 7) {
        let o = !!(this.dirtyFlags & 1);
        this.dirtyFlags &= -8, this.dirtyFlags |= 8;
        for (let { _lView: r } of this.allViews) {
            if (!o && !Lo(r))
                continue;
            let i = o && !this.zonelessEnabled ? 0 : 1;
            ey(r, i), n = !0;
        }
        if (this.dirtyFlags &= -5, this.syncDirtyFlagsWithViews(), this.dirtyFlags & 23)
            return;
    } n || (this._rendererFactory?.begin?.(), this._rendererFactory?.end?.()), this.dirtyFlags & 8 && (this.dirtyFlags &= -9, this.afterRenderManager.execute()), this.syncDirtyFlagsWithViews(); }
    syncDirtyFlagsWithViews() { if (this.allViews.some(({ _lView: n }) => Lo(n))) {
        this.dirtyFlags |= 2;
        return;
    }
    else
        this.dirtyFlags &= -8; }
    attachView(n) { let o = n; this._views.push(o), o.attachToAppRef(this); }
    detachView(n) { let o = n; Zo(this._views, o), o.detachFromAppRef(); }
    _loadComponent(n) { this.attachView(n.hostView); try {
        this.tick();
    }
    catch (r) {
        this.internalErrorHandler(r);
    } this.components.push(n), this._injector.get(qr, []).forEach(r => r(n)); }
    ngOnDestroy() { if (!this._destroyed)
        try {
            this._destroyListeners.forEach(n => n()), this._views.slice().forEach(n => n.destroy());
        }
        finally {
            this._destroyed = !0, this._views = [], this._destroyListeners = [];
        } }
    onDestroy(n) { return this._destroyListeners.push(n), () => Zo(this._destroyListeners, n); }
    destroy() { if (this._destroyed)
        throw new T(406, !1); let n = this._injector; n.destroy && !n.destroyed && n.destroy(); }
    get viewCount() { return this._views.length; }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = yt({ token: e, factory: e.\u0275fac });
} return e; })();
function JA(e) { return e === void 0 || typeof e == "string" || e instanceof Element ? { hostElement: e } : e; }
function Zo(e, t) { let n = e.indexOf(t); n > -1 && e.splice(n, 1); }
function eE(e, t, n) { let o = t.get(XA), r = () => o.remove(e); return o.add(e, n), r; }
function Xd(e) { return (t, n) => eE(t, n, e); }
var XA = (() => { class e {
    buckets = new Map;
    callbackBucket = new Map;
    applicationRef = D(be);
    ngZone = D(V);
    idleService = D(ks);
    add(n, o) { let r = gg(o); this.callbackBucket.set(n, r); let i = this.buckets.get(r); i == null && (i = { idleId: null, queue: new Set }, this.buckets.set(r, i)), i.queue.add(n), this.scheduleBucket(i, o); }
    remove(n) { let o = this.callbackBucket.get(n); if (o === void 0)
        return; this.callbackBucket.delete(n); let r = this.buckets.get(o); r && (r.queue.delete(n), r.queue.size === 0 && (this.cancelBucket(r), this.buckets.delete(o))); }
    scheduleBucket(n, o) { if (n.idleId !== null)
        return; let r = gg(o), i = s => { for (let a of n.queue)
        try {
            a(), this.applicationRef._tick();
        }
        finally {
            if (n.queue.delete(a), this.callbackBucket.delete(a), s && s.timeRemaining() === 0 && !s.didTimeout)
                break;
        } n.idleId = null, n.queue.size > 0 ? this.scheduleBucket(n, o) : this.buckets.delete(r); }; n.idleId = this.idleService.requestOnIdle(s => this.ngZone.run(() => i(s)), o); }
    cancelBucket(n) { n.idleId !== null && (this.idleService.cancelOnIdle(n.idleId), n.idleId = null); }
    ngOnDestroy() { for (let n of this.buckets.values())
        this.cancelBucket(n); this.buckets.clear(), this.callbackBucket.clear(); }
    static \u0275prov = se({ token: e, providedIn: "root", factory: () => new e });
} return e; })();
function gg(e) { return !e || e.timeout == null ? "" : `${e.timeout}`; }
function tE(e) { let t = g(), n = M(); if (go(t, n), !Qd(0, t))
    return; let o = t[x], r = Ee(t, n), i = e(() => De(0, t, n), o); zr(0, r, i); }
function nE(e) { if (typeof ngServerMode < "u" && ngServerMode)
    return; let t = g(), n = t[x], o = M(), r = t[m], i = ce(r, o); if (i.loadingState === oe.NOT_STARTED) {
    let s = Ee(t, o), c = e(() => Qr(i, t, o), n);
    zr(1, s, c);
} }
function oE(e, t, n) { if (typeof ngServerMode < "u" && ngServerMode)
    return; let o = t[x], r = Ee(t, n), i = r[Ta], s = e(() => Tt(o, i), o); zr(2, r, s); }
function Qr(e, t, n) { Na(e, t, n); }
function Na(e, t, n) { let o = t[x], r = t[m]; if (e.loadingState !== oe.NOT_STARTED)
    return e.loadingPromise ?? Promise.resolve(); let i = Ee(t, n), s = CA(r, e); e.loadingState = oe.IN_PROGRESS, Ji(1, i); let a = e.dependencyResolverFn, c = o.get(jc).add(); return a ? (e.loadingPromise = Promise.allSettled(a()).then(l => { let u = !1, d = null, f = [], p = []; for (let h = 0; h < l.length; h++) {
    let v = l[h];
    if (v.status === "fulfilled") {
        let y = v.value, E = z(y) || ke(y);
        if (E)
            f.push(E);
        else {
            let _ = Ke(y);
            _ && p.push(_);
        }
    }
    else {
        u = !0, d = v.reason instanceof Error ? v.reason : new Error(String(v.reason));
        break;
    }
} if (u) {
    if (e.loadingState = oe.FAILED, e.errorTmplIndex === null) {
        let v = "", y = new T(-750, v);
        yd(t, y);
    }
}
else {
    e.loadingState = oe.COMPLETE;
    let h = s.tView;
    if (f.length > 0) {
        h.directiveRegistry = cg(h.directiveRegistry, f);
        let v = f.map(E => E.type), y = oc(!1, ...v);
        e.providers = y;
    }
    p.length > 0 && (h.pipeRegistry = cg(h.pipeRegistry, p));
} }), e.loadingPromise.finally(() => { e.loadingPromise = null, c(); })) : (e.loadingPromise = Promise.resolve().then(() => { e.loadingPromise = null, e.loadingState = oe.COMPLETE, c(); }), e.loadingPromise); }
function De(e, t, n) { let o = t[m], r = t[n.index]; if (!Qd(e, t))
    return; let i = Ee(t, n), s = ce(o, n); switch (OI(i), s.loadingState) {
    case oe.NOT_STARTED:
        ft(B.Loading, n, r), Na(s, t, n), s.loadingState === oe.IN_PROGRESS && dg(s, n, r);
        break;
    case oe.IN_PROGRESS:
        ft(B.Loading, n, r), dg(s, n, r);
        break;
    case oe.COMPLETE:
        ft(B.Complete, n, r);
        break;
    case oe.FAILED:
        ft(B.Error, n, r);
        break;
    default:
} }
function Tt(e, t, n) { return Re(this, null, function* () { let o = e.get(It); if (o.hydrating.has(t))
    return; let { parentBlockPromise: i, hydrationQueue: s } = zw(t, e); if (s.length === 0)
    return; i !== null && s.shift(), nx(o, s), i !== null && (yield i); let a = s[0]; o.has(a) ? yield mg(e, s, n) : o.awaitParentBlock(a, () => Re(null, null, function* () { return yield mg(e, s, n); })); }); }
function mg(e, t, n) { return Re(this, null, function* () { let o = e.get(It), r = o.hydrating, i = e.get(At), s = i.add(); for (let u = 0; u < t.length; u++) {
    let d = t[u], f = o.get(d);
    if (f != null) {
        if (yield rx(f), yield ox(e), ex(f)) {
            GS(f), vg(t.slice(u), o);
            break;
        }
        r.get(d).resolve();
    }
    else {
        tx(u, t, o), vg(t.slice(u), o);
        break;
    }
} let a = t[t.length - 1]; yield r.get(a)?.promise, i.remove(s), n && n(t); let c = e.get(be), l = o.get(a); i.hasPendingTasks && (yield c.whenStable(), c.destroyed) || qS(l, t, o, c); }); }
function ex(e) { return Ee(e.lView, e.tNode)[Ct] === B.Error; }
function tx(e, t, n) { let o = e - 1, r = o > -1 ? n.get(t[o]) : null; r && Ia(r.lContainer); }
function vg(e, t) { let n = t.hydrating; for (let o of e)
    n.get(o)?.reject(); t.cleanup(e); }
function nx(e, t) { for (let n of t)
    e.hydrating.set(n, Rn()); }
function ox(e) { return new Promise(t => ld(t, { injector: e })); }
function rx(e) { return Re(this, null, function* () { let { tNode: t, lView: n } = e, o = Ee(n, t); return new Promise(r => { ix(o, r), De(2, n, t); }); }); }
function ix(e, t) { Array.isArray(e[Wn]) || (e[Wn] = []), e[Wn].push(t); }
function J(e, t, n) { return e === 0 ? yg(t, n) : e === 2 ? !yg(t, n) : !(typeof ngServerMode < "u" && ngServerMode); }
function sx(e) { return e != null && (e & 1) === 1; }
function yg(e, t) { let n = e[x], o = ce(e[m], t), r = Or(n), i = sx(o.flags); if (typeof ngServerMode < "u" && ngServerMode)
    return !r || !i; let a = Ee(e, t)[Ta] !== null; return !(i && a && r); }
function Vt(e, t) { let n = ce(e, t); return n.hydrateTriggers ??= new Map; }
function ax(e, t, n) { let o = [], r = [], i = [], s = []; for (let [a, c] of t) {
    let l = n.get(a);
    if (l !== void 0) {
        let u = c.data[ht], d = l;
        for (let f = 0; f < u; f++) {
            if (d = d.previousSibling, d.nodeType !== Node.ELEMENT_NODE)
                continue;
            let p = { el: d, blockName: a };
            c.hydrate.idle && o.push(p), c.hydrate.immediate && s.push(p), c.hydrate.timer !== null && (p.delay = c.hydrate.timer, r.push(p)), c.hydrate.viewport && (typeof c.hydrate.viewport != "boolean" && (p.intersectionObserverOptions = c.hydrate.viewport), i.push(p));
        }
    }
} cx(e, o), dx(e, s), lx(e, i), ux(e, r); }
function cx(e, t) { for (let n of t) {
    let o = e.get(It), i = eE(() => Tt(e, n.blockName), e);
    o.addCleanupFn(n.blockName, i);
} }
function lx(e, t) { if (t.length > 0) {
    let n = e.get(It);
    for (let o of t) {
        let r = Zd(o.el, () => Tt(e, o.blockName), e, o.intersectionObserverOptions);
        n.addCleanupFn(o.blockName, r);
    }
} }
function ux(e, t) { for (let n of t) {
    let o = e.get(It), r = () => Tt(e, n.blockName), s = Ma(n.delay)(r, e);
    o.addCleanupFn(n.blockName, s);
} }
function dx(e, t) { for (let n of t)
    Tt(e, n.blockName); }
function rE(e, t, n, o, r, i, s, a, c, l) { let u = g(), d = w(), f = e + I, p = mn(u, d, e, null, 0, 0), h = u[x], v = Or(h); if (d.firstCreatePass) {
    K("NgDefer");
    let at = { primaryTmplIndex: t, loadingTmplIndex: o ?? null, placeholderTmplIndex: r ?? null, errorTmplIndex: i ?? null, placeholderBlockConfig: null, loadingBlockConfig: null, dependencyResolverFn: n ?? null, loadingState: oe.NOT_STARTED, loadingPromise: null, providers: null, hydrateTriggers: null, debug: null, flags: l ?? 0 };
    c?.(d, at, a, s), EA(d, f, at);
} let y = u[f]; tI(y, p, u); let E = null, _ = null; if (y[_e]?.length > 0) {
    let at = y[_e][0].data;
    _ = at[Hs] ?? null, E = at[xr];
} let G = [null, vr.Initial, null, null, null, null, _, E, null, null]; IA(u, f, G); let me = null; _ !== null && v && (me = h.get(It), me.add(_, { lView: u, tNode: p, lContainer: y })); let Ae = () => { OI(G), _ !== null && me?.cleanup([_]); }; zr(0, G, () => uc(u, Ae)), Po(u, Ae); }
function iE(e) { let t = g(), n = Ce(); if (!J(0, t, n))
    return; let o = he(); if ($(t, o, e)) {
    let r = b(null);
    try {
        let i = !!e, a = Ee(t, n)[Ct];
        i === !1 && a === vr.Initial ? go(t, n) : i === !0 && (a === vr.Initial || a === B.Placeholder) && De(0, t, n);
    }
    finally {
        b(r);
    }
} }
function sE(e) { let t = g(), n = Ce(); if (!J(1, t, n))
    return; let o = he(); if ($(t, o, e)) {
    let r = b(null);
    try {
        let i = !!e, s = t[m], a = ce(s, n);
        i === !0 && a.loadingState === oe.NOT_STARTED && Qr(a, t, n);
    }
    finally {
        b(r);
    }
} }
function aE(e) { let t = g(), n = Ce(); if (!J(2, t, n))
    return; let o = he(), r = w(); if (Vt(r, n).set(6, null), $(t, o, e))
    if (typeof ngServerMode < "u" && ngServerMode)
        De(2, t, n);
    else {
        let s = t[x], a = b(null);
        try {
            if (!!e === !0) {
                let u = Ee(t, n)[Ta];
                Tt(s, u);
            }
        }
        finally {
            b(a);
        }
    } }
function cE() { let e = g(), t = M(); if (!J(2, e, t))
    return; Vt(w(), t).set(7, null), typeof ngServerMode < "u" && ngServerMode && De(2, e, t); }
function lE(e) { let t = g(), n = M(); J(0, t, n) && tE(Xd({ timeout: e })); }
function uE(e) { let t = g(), n = M(); J(1, t, n) && nE(Xd({ timeout: e })); }
function dE(e) { let t = g(), n = M(); if (!J(2, t, n))
    return; Vt(w(), n).set(0, null), typeof ngServerMode < "u" && ngServerMode ? De(2, t, n) : oE(Xd({ timeout: e }), t, n); }
function fE() { let e = g(), t = M(); if (!J(0, e, t))
    return; ce(e[m], t).loadingTmplIndex === null && go(e, t), De(0, e, t); }
function pE() { let e = g(), t = M(); if (!J(1, e, t))
    return; let n = e[m], o = ce(n, t); o.loadingState === oe.NOT_STARTED && Na(o, e, t); }
function hE() { let e = g(), t = M(); if (!J(2, e, t))
    return; if (Vt(w(), t).set(1, null), typeof ngServerMode < "u" && ngServerMode)
    De(2, e, t);
else {
    let o = e[x], i = Ee(e, t)[Ta];
    Tt(o, i);
} }
function gE(e) { let t = g(), n = M(); J(0, t, n) && tE(Ma(e)); }
function mE(e) { let t = g(), n = M(); J(1, t, n) && nE(Ma(e)); }
function vE(e) { let t = g(), n = M(); if (!J(2, t, n))
    return; Vt(w(), n).set(5, { type: 5, delay: e }), typeof ngServerMode < "u" && ngServerMode ? De(2, t, n) : oE(Ma(e), t, n); }
function yE(e, t) { let n = g(), o = M(); J(0, n, o) && (go(n, o), typeof ngServerMode < "u" && ngServerMode || mo(n, o, e, t, bm, () => De(0, n, o), 0)); }
function IE(e, t) { let n = g(), o = M(); if (!J(1, n, o))
    return; let r = n[m], i = ce(r, o); i.loadingState === oe.NOT_STARTED && mo(n, o, e, t, bm, () => Qr(i, n, o), 1); }
function EE() { let e = g(), t = M(); if (!J(2, e, t))
    return; Vt(w(), t).set(4, null), typeof ngServerMode < "u" && ngServerMode && De(2, e, t); }
function DE(e, t) { let n = g(), o = M(); J(0, n, o) && (go(n, o), typeof ngServerMode < "u" && ngServerMode || mo(n, o, e, t, Sm, () => De(0, n, o), 0)); }
function CE(e, t) { let n = g(), o = M(); if (!J(1, n, o))
    return; let r = n[m], i = ce(r, o); i.loadingState === oe.NOT_STARTED && mo(n, o, e, t, Sm, () => Qr(i, n, o), 1); }
function TE() { let e = g(), t = M(); if (!J(2, e, t))
    return; Vt(w(), t).set(3, null), typeof ngServerMode < "u" && ngServerMode && De(2, e, t); }
function ME(e, t, n) { let o = g(), r = M(); J(0, o, r) && (go(o, r), typeof ngServerMode < "u" && ngServerMode || mo(o, r, e, t, Zd, () => De(0, o, r), 0, n)); }
function wE(e, t, n) { let o = g(), r = M(); if (!J(1, o, r))
    return; let i = o[m], s = ce(i, r); s.loadingState === oe.NOT_STARTED && mo(o, r, e, t, Zd, () => Qr(s, o, r), 1, n); }
function NE(e) { let t = g(), n = M(); if (!J(2, t, n))
    return; Vt(w(), n).set(2, e ? { type: 2, intersectionObserverOptions: e } : null), typeof ngServerMode < "u" && ngServerMode && De(2, t, n); }
function ef(e, t) { let n = g(), o = he(); if ($(n, o, t)) {
    let r = w(), i = Ce();
    if (ua(i, r, n, e, t))
        ve(i) && qv(n, i.index);
    else {
        let a = Y(i, n);
        aa(n[C], a, null, i.value, e, t, null);
    }
} return ef; }
function tf(e, t, n, o) { let r = g(), i = he(); if ($(r, i, t)) {
    let s = w(), a = Ce();
    P_(a, r, e, t, n, o);
} return tf; }
function Yo(e) { if (K("NgAnimateEnter"), typeof ngServerMode < "u" && ngServerMode || !Dn)
    return Yo; let t = g(); if (Zs(t))
    return Yo; let n = M(), o = t[x].get(V); return Ys(gs(t), n, () => fx(t, n, e, o)), ea(t[x]), ud(t[x], gs(t)), Yo; }
function fx(e, t, n, o) { let r = Y(t, e), i = e[C], s = Sv(n), a = [], c = !1, l = d => { if (ar(d) !== r)
    return; let f = d instanceof AnimationEvent ? "animationend" : "transitionend"; o.runOutsideAngular(() => { i.listen(r, f, u); }); }, u = d => { ar(d) === r && (sd(d, r) && (c = !0), px(d, r, i)); }; if (s && s.length > 0) {
    o.runOutsideAngular(() => { a.push(i.listen(r, "animationstart", l)), a.push(i.listen(r, "transitionstart", l)); }), s_(r, s, a);
    for (let d of s)
        i.addClass(r, d);
    o.runOutsideAngular(() => { requestAnimationFrame(() => { if (!c && (Nv(r, an, Dn), !an.has(r))) {
        for (let d of s)
            i.removeClass(r, d);
        rd(r);
    } }); });
} }
function px(e, t, n) { let o = qn.get(t); if (!(ar(e) !== t || !o) && sd(e, t)) {
    e.stopPropagation();
    for (let r of o.classList)
        n.removeClass(t, r);
    rd(t);
} }
function Ko(e) { if (K("NgAnimateEnter"), typeof ngServerMode < "u" && ngServerMode || !Dn)
    return Ko; let t = g(); if (Zs(t))
    return Ko; let n = M(); return Ys(gs(t), n, () => hx(t, n, e)), ea(t[x]), ud(t[x], gs(t)), Ko; }
function hx(e, t, n) { let o = Y(t, e); n.call(e[P], { target: o, animationComplete: a_ }); }
function Jo(e) { if (K("NgAnimateLeave"), typeof ngServerMode < "u" && ngServerMode || !Dn)
    return Jo; let t = g(); if (Zs(t))
    return Jo; let o = M(), r = t[x].get(V); return Ys(ln(t), o, () => gx(t, o, e, r)), ea(t[x]), Jo; }
function gx(e, t, n, o) { let { promise: r, resolve: i } = Rn(), s = Y(t, e), a = e[C]; Pt.add(e[we]), (ln(e).get(t.index).resolvers ??= []).push(i); let c = Sv(n); return c && c.length > 0 ? mx(s, t, e, c, a, o) : i(), { promise: r, resolve: i }; }
function mx(e, t, n, o, r, i) { l_(e, r); let s = [], a = ln(n).get(t.index)?.resolvers, c, l = !1, u = d => { if (!(ar(d) !== e && d.type !== "animation-fallback") && (d.type === "animation-fallback" || sd(d, e))) {
    if (l = !0, c && clearTimeout(c), d.type !== "animation-fallback" && d.stopPropagation(), an.delete(e), Pl(t, e), Array.isArray(t.projection))
        for (let p of o)
            r.removeClass(e, p);
    Fl(a, s), jl(n, t);
} }; i.runOutsideAngular(() => { s.push(r.listen(e, "animationend", u)), s.push(r.listen(e, "transitionend", u)); }), id(t, e); for (let d of o)
    r.addClass(e, d); i.runOutsideAngular(() => { requestAnimationFrame(() => { if (l)
    return; Nv(e, an, Dn); let d = an.get(e); d ? (c = setTimeout(() => { u(new CustomEvent("animation-fallback")); }, d.duration + 50), s.push(() => clearTimeout(c))) : (Pl(t, e), Fl(a, s), jl(n, t)); }); }); }
function Ms(e) { if (K("NgAnimateLeave"), typeof ngServerMode < "u" && ngServerMode || !Dn)
    return Ms; let t = g(), n = M(); Pt.add(t[we]); let o = t[x].get(V), r = t[x].get(Cv); return Ys(ln(t), n, () => vx(t, n, e, o, r)), ea(t[x]), Ms; }
function vx(e, t, n, o, r) { let { promise: i, resolve: s } = Rn(), a = Y(t, e), c = [], l = e[C], u = Zs(e); (ln(e).get(t.index).resolvers ??= []).push(s); let d = ln(e).get(t.index)?.resolvers; if (u)
    Bi(e, t, a, d, c);
else {
    let f = setTimeout(() => Bi(e, t, a, d, c), r), p = { target: a, animationComplete: () => { Bi(e, t, a, d, c), clearTimeout(f); } };
    id(t, a), o.runOutsideAngular(() => { c.push(l.listen(a, "animationend", () => { Bi(e, t, a, d, c), clearTimeout(f); }, { once: !0 })); }), n.call(e[P], p);
} return { promise: i, resolve: s }; }
function _E() { return g()[ee][P]; }
var su = class {
    destroy(t) { }
    updateValue(t, n) { }
    swap(t, n) { let o = Math.min(t, n), r = Math.max(t, n), i = this.detach(r); if (r - o > 1) {
        let s = this.detach(o);
        this.attach(o, i), this.attach(r, s);
    }
    else
        this.attach(o, i); }
    move(t, n) { this.attach(n, this.detach(t)); }
};
function nl(e, t, n, o, r) { return e === n && Object.is(t, o) ? 1 : Object.is(r(e, t), r(n, o)) ? -1 : 0; }
function yx(e, t, n, o) { let r, i, s = 0, a = e.length - 1, c = void 0; if (Array.isArray(t)) {
    b(o);
    let l = t.length - 1;
    for (b(null); s <= a && s <= l;) {
        let u = e.at(s), d = t[s], f = nl(s, u, s, d, n);
        if (f !== 0) {
            f < 0 && e.updateValue(s, d), s++;
            continue;
        }
        let p = e.at(a), h = t[l], v = nl(a, p, l, h, n);
        if (v !== 0) {
            v < 0 && e.updateValue(a, h), a--, l--;
            continue;
        }
        let y = n(s, u), E = n(a, p), _ = n(s, d);
        if (Object.is(_, E)) {
            let G = n(l, h);
            Object.is(G, y) ? (e.swap(s, a), e.updateValue(a, h), l--, a--) : e.move(a, s), e.updateValue(s, d), s++;
            continue;
        }
        if (r ??= new ws, i ??= Eg(e, s, a, n), au(e, r, s, _))
            e.updateValue(s, d), s++, a++;
        else if (i.has(_))
            r.set(y, e.detach(s)), a--;
        else {
            let G = e.create(s, t[s]);
            e.attach(s, G), s++, a++;
        }
    }
    for (; s <= l;)
        Ig(e, r, n, s, t[s]), s++;
}
else if (t != null) {
    b(o);
    let l = t[Symbol.iterator]();
    b(null);
    let u = l.next();
    for (; !u.done && s <= a;) {
        let d = e.at(s), f = u.value, p = nl(s, d, s, f, n);
        if (p !== 0)
            p < 0 && e.updateValue(s, f), s++, u = l.next();
        else {
            r ??= new ws, i ??= Eg(e, s, a, n);
            let h = n(s, f);
            if (au(e, r, s, h))
                e.updateValue(s, f), s++, a++, u = l.next();
            else if (!i.has(h))
                e.attach(s, e.create(s, f)), s++, a++, u = l.next();
            else {
                let v = n(s, d);
                r.set(v, e.detach(s)), a--;
            }
        }
    }
    for (; !u.done;)
        Ig(e, r, n, e.length, u.value), u = l.next();
} for (; s <= a;)
    e.destroy(e.detach(a--)); r?.forEach(l => { e.destroy(l); }); }
function au(e, t, n, o) { return t !== void 0 && t.has(o) ? (e.attach(n, t.get(o)), t.delete(o), !0) : !1; }
function Ig(e, t, n, o, r) { if (au(e, t, o, n(o, r)))
    e.updateValue(o, r);
else {
    let i = e.create(o, r);
    e.attach(o, i);
} }
function Eg(e, t, n, o) { let r = new Set; for (let i = t; i <= n; i++)
    r.add(o(i, e.at(i))); return r; }
var ws = class {
    kvMap = new Map;
    _vMap = void 0;
    has(t) { return this.kvMap.has(t); }
    delete(t) { if (!this.has(t))
        return !1; let n = this.kvMap.get(t); return this._vMap !== void 0 && this._vMap.has(n) ? (this.kvMap.set(t, this._vMap.get(n)), this._vMap.delete(n)) : this.kvMap.delete(t), !0; }
    get(t) { return this.kvMap.get(t); }
    set(t, n) { if (this.kvMap.has(t)) {
        let o = this.kvMap.get(t);
        this._vMap === void 0 && (this._vMap = new Map);
        let r = this._vMap;
        for (; r.has(o);)
            o = r.get(o);
        r.set(o, n);
    }
    else
        this.kvMap.set(t, n); }
    forEach(t) { for (let [n, o] of this.kvMap)
        if (t(o, n), this._vMap !== void 0) {
            let r = this._vMap;
            for (; r.has(o);)
                o = r.get(o), t(o, n);
        } }
};
function SE(e, t, n, o, r, i, s, a) { K("NgControlFlow"); let c = g(), l = w(), u = re(l.consts, i); return mn(c, l, e, t, n, o, r, u, 256, s, a), _a; }
function _a(e, t, n, o, r, i, s, a) { K("NgControlFlow"); let c = g(), l = w(), u = re(l.consts, i); return mn(c, l, e, t, n, o, r, u, 512, s, a), _a; }
function bE(e, t) { K("NgControlFlow"); let n = g(), o = he(), r = n[o] !== F ? n[o] : -1, i = r !== -1 ? Ns(n, I + r) : void 0, s = 0; if ($(n, o, e)) {
    let a = b(null);
    try {
        if (i !== void 0 && Ur(i, s), e !== -1) {
            let c = I + e, l = Ns(n, c), u = du(n[m], c), d = by(l, u, n), f = jt(n, u, t, { dehydratedView: d });
            Dt(l, f, s, dn(u, d));
        }
    }
    finally {
        b(a);
    }
}
else if (i !== void 0) {
    let a = iy(i, s);
    a !== void 0 && (a[P] = t);
} }
var cu = class {
    lContainer;
    $implicit;
    $index;
    constructor(t, n, o) { this.lContainer = t, this.$implicit = n, this.$index = o; }
    get $count() { return this.lContainer.length - k; }
};
function AE(e) { return e; }
function xE(e, t) { return t; }
var lu = class {
    hasEmptyBlock;
    trackByFn;
    liveCollection;
    constructor(t, n, o) { this.hasEmptyBlock = t, this.trackByFn = n, this.liveCollection = o; }
};
function RE(e, t, n, o, r, i, s, a, c, l, u, d, f) { K("NgControlFlow"); let p = g(), h = w(), v = c !== void 0, y = g(), E = a ? s.bind(y[ee][P]) : s, _ = new lu(v, E); y[I + e] = _, mn(p, h, e + 1, t, n, o, r, re(h.consts, i), 256), v && mn(p, h, e + 2, c, l, u, d, re(h.consts, f), 512); }
var uu = class extends su {
    lContainer;
    hostLView;
    templateTNode;
    operationsCounter = void 0;
    needsIndexUpdate = !1;
    constructor(t, n, o) { super(), this.lContainer = t, this.hostLView = n, this.templateTNode = o; }
    get length() { return this.lContainer.length - k; }
    at(t) { return this.getLView(t)[P].$implicit; }
    attach(t, n) { let o = n[ae]; this.needsIndexUpdate ||= t !== this.length, Dt(this.lContainer, n, t, dn(this.templateTNode, o)), Ix(this.lContainer, t); }
    detach(t) { return this.needsIndexUpdate ||= t !== this.length - 1, Ex(this.lContainer, t), Dx(this.lContainer, t); }
    create(t, n) { let o = fr(this.lContainer, this.templateTNode.tView.ssrId); return jt(this.hostLView, this.templateTNode, new cu(this.lContainer, n, t), { dehydratedView: o }); }
    destroy(t) { Hr(t[m], t); }
    updateValue(t, n) { this.getLView(t)[P].$implicit = n; }
    reset() { this.needsIndexUpdate = !1; }
    updateIndexes() { if (this.needsIndexUpdate)
        for (let t = 0; t < this.length; t++)
            this.getLView(t)[P].$index = t; }
    getLView(t) { return Cx(this.lContainer, t); }
};
function kE(e) { let t = b(null), n = ne(); try {
    let o = g(), r = o[m], i = o[n], s = n + 1, a = Ns(o, s);
    if (i.liveCollection === void 0) {
        let l = du(r, s);
        i.liveCollection = new uu(a, o, l);
    }
    else
        i.liveCollection.reset();
    let c = i.liveCollection;
    if (yx(c, e, i.trackByFn, t), c.updateIndexes(), i.hasEmptyBlock) {
        let l = he(), u = c.length === 0;
        if ($(o, l, u)) {
            let d = n + 2, f = Ns(o, d);
            if (u) {
                let p = du(r, d), h = by(f, p, o), v = jt(o, p, void 0, { dehydratedView: h });
                Dt(f, v, 0, dn(p, h));
            }
            else
                r.firstUpdatePass && ya(f), Ur(f, 0);
        }
    }
}
finally {
    b(t);
} }
function Ns(e, t) { return e[t]; }
function Ix(e, t) { if (e.length <= k)
    return; let n = k + t, o = e[n], r = o ? o[Oe] : void 0; if (o && r && r.detachedLeaveAnimationFns && r.detachedLeaveAnimationFns.length > 0) {
    let i = o[x];
    p_(i, r), Pt.delete(o[we]), r.detachedLeaveAnimationFns = void 0;
} }
function Ex(e, t) { if (e.length <= k)
    return; let n = k + t, o = e[n], r = o ? o[Oe] : void 0; r && r.leave && r.leave.size > 0 && (r.detachedLeaveAnimationFns = []); }
function Dx(e, t) { return lr(e, t); }
function Cx(e, t) { return iy(e, t); }
function du(e, t) { return Yt(e, t); }
function nf(e, t, n) { let o = g(), r = he(); if ($(o, r, t)) {
    let i = w(), s = Ce();
    gd(s, o, e, t, o[C], n);
} return nf; }
function fu(e, t, n, o, r) { ua(t, e, n, r ? "class" : "style", o); }
function yr(e, t, n, o) { let r = g(), i = r[m], s = e + I, a = i.firstCreatePass ? _d(s, r, 2, t, vd, Ti(), n, o) : i.data[s]; if (ve(a)) {
    let c = r[$e].tracingService;
    if (c && c.componentCreate) {
        let l = i.data[a.directiveStart + a.componentOffset];
        return c.componentCreate(wd(l), () => (Dg(e, t, r, a, o), yr));
    }
} return Dg(e, t, r, a, o), yr; }
function Dg(e, t, n, o, r) { if (ca(o, n, e, t, sf), An(o)) {
    let i = n[m];
    sa(i, n, o), Gu(i, o, n);
} r != null && uo(n, o); }
function Sa() { let e = w(), t = M(), n = la(t); return e.firstCreatePass && Sd(e, n), fc(n) && gc(), dc(), n.classesWithoutHost != null && wM(n) && fu(e, n, g(), n.classesWithoutHost, !0), n.stylesWithoutHost != null && NM(n) && fu(e, n, g(), n.stylesWithoutHost, !1), Sa; }
function of(e, t, n, o) { return yr(e, t, n, o), Sa(), of; }
function ba(e, t, n, o) { let r = g(), i = r[m], s = e + I, a = i.firstCreatePass ? Yy(s, i, 2, t, n, o) : i.data[s]; return ca(a, r, e, t, sf), o != null && uo(r, a), ba; }
function Aa() { let e = M(), t = la(e); return fc(t) && gc(), dc(), Aa; }
function rf(e, t, n, o) { return ba(e, t, n, o), Aa(), rf; }
var sf = (e, t, n, o, r) => (Ge(!0), qs(t[C], o, bi()));
function Tx(e, t, n, o, r) { let i = !zs(t, n); if (Ge(i), i)
    return qs(t[C], o, bi()); let s = t[ae], a = Wr(s, e, t, n); if (Um(s, r) && Us(s, r, a.nextSibling), s) {
    if (a == null)
        throw new T(-502, `<${o}>`);
    if (a.nodeType !== Node.ELEMENT_NODE)
        throw new T(-500, !1);
    (Su(n) || pm(a)) && ve(n) && ($p(n), lv(a));
} return a; }
function OE() { sf = Tx; }
function xa(e, t, n) { let o = g(), r = o[m], i = e + I, s = r.firstCreatePass ? _d(i, o, 8, "ng-container", vd, Ti(), t, n) : r.data[i]; if (ca(s, o, e, "ng-container", uf), An(s)) {
    let a = o[m];
    sa(a, o, s), Gu(a, s, o);
} return n != null && uo(o, s), xa; }
function Zr() { let e = w(), t = M(), n = la(t); return e.firstCreatePass && Sd(e, n), Zr; }
function af(e, t, n) { return xa(e, t, n), Zr(), af; }
function Ra(e, t, n) { let o = g(), r = o[m], i = e + I, s = r.firstCreatePass ? Yy(i, r, 8, "ng-container", t, n) : r.data[i]; return ca(s, o, e, "ng-container", uf), n != null && uo(o, s), Ra; }
function cf() { let e = M(), t = la(e); return Zr; }
function lf(e, t, n) { return Ra(e, t, n), cf(), lf; }
var uf = (e, t, n, o, r) => (Ge(!0), Zu(t[C], ""));
function Mx(e, t, n, o, r) { let i, s = !zs(t, n); if (Ge(s), s)
    return Zu(t[C], ""); let a = t[ae], c = Wr(a, e, t, n), l = $m(a, r); return Us(a, r, c), i = ma(l, c), i; }
function LE() { uf = Mx; }
var PE = new A("FOREIGN_CONTEXT"), pu = class extends mt {
    get head() { let t = this._lView, n = t[m]; return t[n.firstChild.index]; }
    get tail() { let t = this._lView, n = t[m]; return t[n.firstChild.next.index]; }
};
function wx(e, t) { let n = e[q], o = e[X], r = n[C], i = ra(3, o, null, 3, 0, null, null, null, null, null, null), s = i.data[I] = Ul(i, null, 2, I, "", null), a = i.data[I + 1] = Ul(i, null, 2, I + 1, "", null); i.firstChild = s, s.next = a, a.prev = s; let c = Vr(n, i, null, 0, null, null, null, r, null, null, null), l = c[s.index] = r.createComment(""), u = c[a.index] = r.createComment(""); c[S] &= -5; let d = new pu(c); if (Dt(e, c, t), !l.parentNode) {
    let f = document.createDocumentFragment();
    f.appendChild(l), f.appendChild(u);
    let p = a.index + 1;
    c[p] = f;
} return d; }
function FE(e, t, n) { let o = g(), r = w(), i = e + I, s = re(r.consts, t), a; r.firstCreatePass ? (a = Ht(r, i, 4, null, null), Mi()) : (a = r.data[i], ze(a, !1)); let c = o[C], l = c.createComment(""); na(r, o, l, a), Se(l, o); let u = Id(l, o, l, a); o[i] = u, ia(o, u); let d = wx(u, 0), f = ih(o, o[$e].changeDetectionScheduler, () => { if (f.destroy(), We(o))
    return; let p = b(null); try {
    let h = n ? n() : void 0, v = Mu(a, o, PE, 8), [y, E] = s[ky](h, v ?? void 0), _ = d.tail, G = _.parentNode;
    if (G)
        for (let me = 0; me < y.length; me++)
            Qe(c, G, y[me], _, !1);
    E && d.onDestroy(E);
}
finally {
    b(p);
} }); }
var _s = class {
    context;
    constructor(t) { this.context = t; }
    get(t, n) { return t === PE ? this.context : n; }
};
function jE(e, t) { let n = g(), o = e + I, r = n[o]; r[S] |= 4; let i = w(), s = i.data[o], a = re(i.consts, t); return [n, r, s, a]; }
function HE(e, t) { let [n, o, r, i] = jE(e, t), s = i[Ly], a = i[Oy], c = i[Py]; return s(() => { let u = c ? { embeddedViewInjector: new _s(c()) } : void 0, d = jt(n, r, null, u); Dt(o, d, o.length - k, !1), a(() => { if (!We(d)) {
    let p = o.indexOf(d, k);
    Ur(o, p - k);
} }); let f = d[m]; return Ft(f, d, f.firstChild, []); }); }
function VE(e, t) { let [n, o, r, i] = jE(e, t), s = i[Ly], a = i[Oy], c = i[Py]; return (...l) => s(() => { let d = c ? { embeddedViewInjector: new _s(c()) } : void 0, f = jt(n, r, l, d); Dt(o, f, o.length - k, !1), a(() => { if (!We(f)) {
    let h = o.indexOf(f, k);
    Ur(o, h - k);
} }); let p = f[m]; return Ft(p, f, p.firstChild, []); }); }
function BE() { return g(); }
function df(e, t, n) { let o = g(), r = he(); if ($(o, r, t)) {
    let i = w(), s = Ce();
    md(s, o, e, t, o[C], n);
} return df; }
function ff(e, t, n) { let o = g(), r = he(); if ($(o, r, t)) {
    let i = w(), s = Ce(), a = wi(i.data), c = Qv(a, s, o);
    md(s, o, e, t, c, n);
} return ff; }
var $o = void 0;
function Nx(e) { let t = Math.floor(Math.abs(e)), n = e.toString().replace(/^[^.]*\.?/, "").length; return t === 1 && n === 0 ? 1 : 5; }
var _x = ["en", [["a", "p"], ["AM", "PM"]], [["AM", "PM"]], [["S", "M", "T", "W", "T", "F", "S"], ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"]], $o, [["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"], ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]], $o, [["B", "A"], ["BC", "AD"], ["Before Christ", "Anno Domini"]], 0, [6, 0], ["M/d/yy", "MMM d, y", "MMMM d, y", "EEEE, MMMM d, y"], ["h:mm\u202Fa", "h:mm:ss\u202Fa", "h:mm:ss\u202Fa z", "h:mm:ss\u202Fa zzzz"], ["{1}, {0}", $o, $o, $o], [".", ",", ";", "%", "+", "-", "E", "\xD7", "\u2030", "\u221E", "NaN", ":"], ["#,##0.###", "#,##0%", "\xA4#,##0.00", "#E0"], "USD", "$", "US Dollar", {}, "ltr", Nx], zn = Object.create(null);
function Sx(e, t, n) { typeof t != "string" && (n = t, t = e[Ir.LocaleId]), t = t.toLowerCase().replace(/_/g, "-"), zn[t] = e, n && (zn[t][Ir.ExtraData] = n); }
function pf(e) { let t = xx(e), n = Cg(t); if (n)
    return n; let o = t.split("-")[0]; if (n = Cg(o), n)
    return n; if (o === "en")
    return _x; throw new T(701, !1); }
function bx(e) { return pf(e)[Ir.CurrencyCode] || null; }
function $E(e) { return pf(e)[Ir.PluralCase]; }
function Cg(e) { if (!(e in zn)) {
    let t = Me.ng && Me.ng.common && Me.ng.common.locales && Me.ng.common.locales[e];
    return t !== void 0 && (zn[e] = t), t;
} return zn[e]; }
function Ax() { zn = Object.create(null); }
var Ir = { LocaleId: 0, DayPeriodsFormat: 1, DayPeriodsStandalone: 2, DaysFormat: 3, DaysStandalone: 4, MonthsFormat: 5, MonthsStandalone: 6, Eras: 7, FirstDayOfWeek: 8, WeekendRange: 9, DateFormat: 10, TimeFormat: 11, DateTimeFormat: 12, NumberSymbols: 13, NumberFormats: 14, CurrencyCode: 15, CurrencySymbol: 16, CurrencyName: 17, Currencies: 18, Directionality: 19, PluralCase: 20, ExtraData: 21 };
function xx(e) { return e.toLowerCase().replace(/_/g, "-"); }
var Rx = ["zero", "one", "two", "few", "many"];
function kx(e, t) { let n = $E(t)(parseInt(e, 10)), o = Rx[n]; return o !== void 0 ? o : "other"; }
var Yr = "en-US", Ox = "USD", UE = { marker: "element" }, WE = { marker: "ICU" }, dt = (function (e) { return e[e.SHIFT = 2] = "SHIFT", e[e.APPEND_EAGERLY = 1] = "APPEND_EAGERLY", e[e.COMMENT = 2] = "COMMENT", e; })(dt || {}), zE = Yr;
function GE(e) { typeof e == "string" && (zE = e.toLowerCase().replace(/_/g, "-")); }
function Lx() { return zE; }
var Er = 0, Xo = 0;
function Px(e) { e && (Er = Er | 1 << Math.min(Xo, 31)), Xo++; }
function Fx(e, t, n) { try {
    if (Xo > 0) {
        let o = e.data[n], r = Array.isArray(o) ? o : o.update, i = tt() - Xo - 1;
        YE(e, t, r, i, Er);
    }
}
finally {
    Er = 0, Xo = 0;
} }
function qE(e, t, n) { let o = e[C]; switch (n) {
    case Node.COMMENT_NODE: return Zu(o, t);
    case Node.TEXT_NODE: return Qu(o, t);
    case Node.ELEMENT_NODE: return qs(o, t, null);
} }
var er = (e, t, n, o) => (Ge(!0), qE(e, n, o));
function jx(e, t, n, o) { let r = e[ae], i = t - I, s = !va() || !r || Fo() || Ws(r, i); return Ge(s), s ? qE(e, n, o) : hy(r, i); }
function QE() { er = jx; }
function Hx(e, t, n, o) { let r = e[C]; for (let i = 0; i < t.length; i++) {
    let s = t[i++], a = t[i], c = (s & dt.COMMENT) === dt.COMMENT, l = (s & dt.APPEND_EAGERLY) === dt.APPEND_EAGERLY, u = s >>> dt.SHIFT, d = e[u], f = !1;
    d === null && (d = e[u] = er(e, u, a, c ? Node.COMMENT_NODE : Node.TEXT_NODE), f = Ho()), l && n !== null && f && Qe(r, n, d, o, !1);
} }
function ZE(e, t, n, o) { let r = n[C], i = null, s; for (let a = 0; a < t.length; a++) {
    let c = t[a];
    if (typeof c == "string") {
        let l = t[++a];
        n[l] === null && (n[l] = er(n, l, c, Node.TEXT_NODE));
    }
    else if (typeof c == "number")
        switch (c & 1) {
            case 0:
                let l = CS(c);
                i === null && (i = l, s = r.parentNode(o));
                let u, d;
                if (l === i ? (u = o, d = s) : (u = null, d = R(n[l])), d !== null) {
                    let v = TS(c), y = n[v];
                    Qe(r, d, y, u, !1);
                    let E = Go(e, v);
                    if (E !== null && typeof E == "object") {
                        let _ = ga(E, n);
                        _ !== null && ZE(e, E.create[_], n, n[E.anchorIdx]);
                    }
                }
                break;
            case 1:
                let f = c >>> 1, p = t[++a], h = t[++a];
                aa(r, Zt(f, n), null, null, p, h, null);
                break;
            default:
        }
    else
        switch (c) {
            case WE:
                let l = t[++a], u = t[++a];
                if (n[u] === null) {
                    let p = n[u] = er(n, u, l, Node.COMMENT_NODE);
                    Se(p, n);
                }
                break;
            case UE:
                let d = t[++a], f = t[++a];
                if (n[f] === null) {
                    let p = n[f] = er(n, f, d, Node.ELEMENT_NODE);
                    Se(p, n);
                }
                break;
            default:
        }
} }
function YE(e, t, n, o, r) { for (let i = 0; i < n.length; i++) {
    let s = n[i], a = n[++i];
    if (s & r) {
        let c = "";
        for (let l = i + 1; l <= i + a; l++) {
            let u = n[l];
            if (typeof u == "string")
                c += u;
            else if (typeof u == "number")
                if (u < 0)
                    c += N(t[o - u]);
                else {
                    let d = u >>> 2;
                    switch (u & 3) {
                        case 1:
                            let f = n[++l], p = n[++l], h = e.data[d];
                            if (typeof h == "string")
                                aa(t[C], t[d], null, h, f, c, p);
                            else {
                                let y = ne();
                                ot(d);
                                try {
                                    gd(h, t, f, c, t[C], p);
                                }
                                finally {
                                    ot(y);
                                }
                            }
                            break;
                        case 0:
                            let v = t[d];
                            v !== null && av(t[C], v, c);
                            break;
                        case 2:
                            Vx(e, Go(e, d), t, c);
                            break;
                        case 3:
                            Tg(e, Go(e, d), o, t);
                            break;
                    }
                }
        }
    }
    else {
        let c = n[i + 1];
        if (c > 0 && (c & 3) === 3) {
            let l = c >>> 2, u = Go(e, l);
            t[u.currentCaseLViewIndex] < 0 && Tg(e, u, o, t);
        }
    }
    i += a;
} }
function Tg(e, t, n, o) { let r = o[t.currentCaseLViewIndex]; if (r !== null) {
    let i = Er;
    r < 0 && (r = o[t.currentCaseLViewIndex] = ~r, i = -1), YE(e, o, t.update[r], n, i);
} }
function Vx(e, t, n, o) { let r = Bx(t, o); if (ga(t, n) !== r && (KE(e, t, n), n[t.currentCaseLViewIndex] = r === null ? null : ~r, r !== null)) {
    let s = n[t.anchorIdx];
    s && ZE(e, t.create[r], n, s), $S(n, t.anchorIdx, r);
} }
function KE(e, t, n) { let o = ga(t, n); if (o !== null) {
    let r = t.remove[o];
    for (let i = 0; i < r.length; i++) {
        let s = r[i];
        if (s > 0) {
            let a = Zt(s, n);
            a !== null && Pr(n[C], a);
        }
        else
            KE(e, Go(e, ~s), n);
    }
} }
function Bx(e, t) { let n = e.cases.indexOf(t); if (n === -1)
    switch (e.type) {
        case 1: {
            let o = kx(t, Lx());
            n = e.cases.indexOf(o), n === -1 && o !== "other" && (n = e.cases.indexOf("other"));
            break;
        }
        case 0: {
            n = e.cases.indexOf("other");
            break;
        }
    } return n === -1 ? null : n; }
var Ss = /�(\d+):?\d*�/gi, $x = /({\s*�\d+:?\d*�\s*,\s*\S{6}\s*,[\s\S]*})/gi, Ux = /�(\d+)�/, JE = /^\s*(�\d+:?\d*�)\s*,\s*(select|plural)\s*,/, tr = "\uFFFD", Wx = /�\/?\*(\d+:\d+)�/gi, zx = /�(\/?[#*]\d+):?\d*�/gi, Gx = /\uE500/g;
function qx(e) { return e.replace(Gx, " "); }
function Qx(e, t, n, o, r, i) { let s = xn(), a = [], c = [], l = [[]], u = [[]]; r = Jx(r, i); let d = qx(r).split(zx); for (let f = 0; f < d.length; f++) {
    let p = d[f];
    if ((f & 1) === 0) {
        let h = hu(p);
        for (let v = 0; v < h.length; v++) {
            let y = h[v];
            if ((v & 1) === 0) {
                let E = y;
                E !== "" && Zx(u[0], e, s, l[0], a, c, n, E);
            }
            else {
                let E = y;
                if (typeof E != "object")
                    throw new Error(`Unable to parse ICU expression in "${r}" message.`);
                let G = XE(e, s, l[0], n, a, "", !0).index;
                tD(u[0], e, n, c, t, E, G);
            }
        }
    }
    else {
        let h = p.charCodeAt(0) === 47, v = p.charCodeAt(h ? 1 : 0), y = I + Number.parseInt(p.substring(h ? 2 : 1));
        if (h)
            l.shift(), u.shift(), ze(xn(), !1);
        else {
            let E = DS(e, l[0], y);
            l.unshift([]), ze(E, !0);
            let _ = { kind: 2, index: y, children: [], type: v === 35 ? 0 : 1 };
            u[0].push(_), u.unshift(_.children);
        }
    }
} e.data[o] = { create: a, update: c, ast: u[0], parentTNodeIndex: t }; }
function XE(e, t, n, o, r, i, s) { let a = Br(e, o, 1, null), c = a << dt.SHIFT, l = xn(); t === l && (l = null), l === null && (c |= dt.APPEND_EAGERLY), s && (c |= dt.COMMENT, JN(wS)), r.push(c, i === null ? "" : i); let u = Ed(e, a, s ? 32 : 1, i === null ? "" : i, null); uy(n, u); let d = u.index; return ze(u, !1), l !== null && t !== l && ES(l, d), u; }
function Zx(e, t, n, o, r, i, s, a) { let c = a.match(Ss), u = XE(t, n, o, s, r, c ? null : a, !1).index; c && bs(i, a, u, null, 0, null), e.push({ kind: 0, index: u }); }
function Yx(e, t, n) { let o = M(), r = o.index, i = []; if (e.firstCreatePass && e.data[t] === null) {
    for (let s = 0; s < n.length; s += 2) {
        let a = n[s], c = n[s + 1];
        if (c !== "") {
            if ($x.test(c))
                throw new Error(`ICU expressions are not supported in attributes. Message: "${c}".`);
            let l = o.namespace ? `:${o.namespace}:${o.value}` : o.value;
            bs(i, c, r, a, Kx(i), gu(a, l));
        }
    }
    e.data[t] = i;
} }
function bs(e, t, n, o, r, i) { let s = e.length, a = s + 1; e.push(null, null); let c = s + 2, l = t.split(Ss), u = 0; for (let d = 0; d < l.length; d++) {
    let f = l[d];
    if (d & 1) {
        let p = r + parseInt(f, 10);
        e.push(-1 - p), u = u | eD(p);
    }
    else
        f !== "" && e.push(f);
} return e.push(n << 2 | (o ? 1 : 0)), o && e.push(o, i), e[s] = u, e[a] = e.length - c, u; }
function Kx(e) { let t = 0; for (let n = 0; n < e.length; n++) {
    let o = e[n];
    typeof o == "number" && o < 0 && t++;
} return t; }
function eD(e) { return 1 << Math.min(e, 31); }
function Mg(e) { let t, n = "", o = 0, r = !1, i; for (; (t = Wx.exec(e)) !== null;)
    r ? t[0] === `${tr}/*${i}${tr}` && (o = t.index, r = !1) : (n += e.substring(o, t.index + t[0].length), i = t[1], r = !0); return n += e.slice(o), n; }
function Jx(e, t) { if (fy(t))
    return Mg(e); {
    let n = e.indexOf(`:${t}${tr}`) + 2 + t.toString().length, o = e.search(new RegExp(`${tr}\\/\\*\\d+:${t}${tr}`));
    return Mg(e.substring(n, o));
} }
function tD(e, t, n, o, r, i, s) { let a = 0, c = { type: i.type, currentCaseLViewIndex: Br(t, n, 1, null), anchorIdx: s, cases: [], create: [], remove: [], update: [] }; nR(o, i, s), IS(t, s, c); let l = i.values, u = []; for (let d = 0; d < l.length; d++) {
    let f = l[d], p = [];
    for (let v = 0; v < f.length; v++) {
        let y = f[v];
        if (typeof y != "string") {
            let E = p.push(y) - 1;
            f[v] = `<!--\uFFFD${E}\uFFFD-->`;
        }
    }
    let h = [];
    u.push(h), a = eR(h, t, c, n, o, r, i.cases[d], f.join(""), p) | a;
} a && oR(o, a, s), e.push({ kind: 3, index: s, cases: u, currentCaseLViewIndex: c.currentCaseLViewIndex }); }
function Xx(e) { let t = [], n = [], o = 1, r = 0; e = e.replace(JE, function (s, a, c) { return c === "select" ? o = 0 : o = 1, r = parseInt(a.slice(1), 10), ""; }); let i = hu(e); for (let s = 0; s < i.length;) {
    let a = i[s++].trim();
    o === 1 && (a = a.replace(/\s*(?:=)?(\w+)\s*/, "$1")), a.length && t.push(a);
    let c = hu(i[s++]);
    t.length > n.length && n.push(c);
} return { type: o, mainBinding: r, cases: t, values: n }; }
function hu(e) { if (!e)
    return []; let t = 0, n = [], o = [], r = /[{}]/g; r.lastIndex = 0; let i; for (; i = r.exec(e);) {
    let a = i.index;
    if (i[0] == "}") {
        if (n.pop(), n.length == 0) {
            let c = e.substring(t, a);
            JE.test(c) ? o.push(Xx(c)) : o.push(c), t = a + 1;
        }
    }
    else {
        if (n.length == 0) {
            let c = e.substring(t, a);
            o.push(c), t = a + 1;
        }
        n.push("{");
    }
} let s = e.substring(t); return o.push(s), o; }
function eR(e, t, n, o, r, i, s, a, c) { let l = [], u = [], d = []; n.cases.push(s), n.create.push(l), n.remove.push(u), n.update.push(d); let p = ev(_r()).getInertBodyElement(a), h = Ol(p) || p; return h ? nD(e, t, n, o, r, l, u, d, h, i, c, 0) : 0; }
function nD(e, t, n, o, r, i, s, a, c, l, u, d) { let f = 0, p = c.firstChild; for (; p;) {
    let h = Br(t, o, 1, null);
    switch (p.nodeType) {
        case Node.ELEMENT_NODE:
            let v = p, y = v.tagName.toLowerCase();
            if (Object.hasOwn(xl, y)) {
                ol(i, UE, y, l, h), t.data[h] = y;
                let me = v.attributes;
                for (let at = 0; at < me.length; at++) {
                    let Bt = me.item(at), ti = Bt.name.toLowerCase(), VT = !!Bt.value.match(Ss), ip = v.namespaceURI, sp = ip && Km[ip], ap = sp ? `:${sp}:${y}` : y;
                    if (VT)
                        Object.hasOwn(Rl, ti) && bs(a, Bt.value, h, Bt.name, 0, gu(ti, ap));
                    else if (Rl[ti]) {
                        let BT = Bt.value;
                        gu(ti, ap) ? Ng(i, h, Bt.name, "unsafe:blocked") : Ng(i, h, Bt.name, BT);
                    }
                }
                let Ae = { kind: 1, index: h, children: [] };
                e.push(Ae), f = nD(Ae.children, t, n, o, r, i, s, a, p, h, u, d + 1) | f, wg(s, h, d);
            }
            break;
        case Node.TEXT_NODE:
            let E = p.textContent || "", _ = E.match(Ss);
            ol(i, null, _ ? "" : E, l, h), wg(s, h, d), _ && (f = bs(a, E, h, null, 0, null) | f), e.push({ kind: 0, index: h });
            break;
        case Node.COMMENT_NODE:
            let G = Ux.exec(p.textContent || "");
            if (G) {
                let me = parseInt(G[1], 10), Ae = u[me];
                ol(i, WE, "", l, h), tD(e, t, o, r, l, Ae, h), tR(s, h, d);
            }
            break;
    }
    p = p.nextSibling;
} return f; }
function wg(e, t, n) { n === 0 && e.push(t); }
function tR(e, t, n) { n === 0 && (e.push(~t), e.push(t)); }
function nR(e, t, n) { e.push(eD(t.mainBinding), 2, -1 - t.mainBinding, n << 2 | 2); }
function oR(e, t, n) { e.push(t, 1, n << 2 | 3); }
function ol(e, t, n, o, r) { t !== null && e.push(t), e.push(n, r, MS(0, o, r)); }
function Ng(e, t, n, o) { e.push(t << 1 | 1, n, o); }
function gu(e, t) { let n; if (t) {
    let [o, r] = dv(t, !1);
    n = xo(r, e, o);
}
else
    n = xo("*", e); switch (n) {
    case ue.HTML: return Yu;
    case ue.STYLE: return Ku;
    case ue.SCRIPT: return Xu;
    case ue.URL: return Gs;
    case ue.RESOURCE_URL: return Qs;
    case ue.ATTRIBUTE_NO_BINDING: return ed;
    default: return null;
} }
var _g = 0, rR = /\[(�.+?�?)\]/, iR = /\[(�.+?�?)\]|(�\/?\*\d+:\d+�)/g, sR = /({\s*)(VAR_(PLURAL|SELECT)(_\d+)?)(\s*,)/g, aR = /{([A-Z0-9_]+)}/g, cR = /�I18N_EXP_(ICU(_\d+)?)�/g, lR = /\/\*/, uR = /\d+\:(\d+)/;
function dR(e, t = {}) { let n = e; if (rR.test(e)) {
    let o = {}, r = [_g];
    n = n.replace(iR, (i, s, a) => { let c = s || a, l = o[c] || []; if (l.length || (c.split("|").forEach(v => { let y = v.match(uR), E = y ? parseInt(y[1], 10) : _g, _ = lR.test(v); l.push([E, _, v]); }), o[c] = l), !l.length)
        throw new Error(`i18n postprocess: unmatched placeholder - ${c}`); let u = r[r.length - 1], d = 0; for (let v = 0; v < l.length; v++)
        if (l[v][0] === u) {
            d = v;
            break;
        } let [f, p, h] = l[d]; return p ? r.pop() : u !== f && r.push(f), l.splice(d, 1), h; });
} return Object.keys(t).length && (n = n.replace(sR, (o, r, i, s, a, c) => Object.hasOwn(t, i) ? `${r}${t[i]}${c}` : o), n = n.replace(aR, (o, r) => Object.hasOwn(t, r) ? t[r] : o), n = n.replace(cR, (o, r) => { if (Object.hasOwn(t, r)) {
    let i = t[r];
    if (!i.length)
        throw new Error(`i18n postprocess: unmatched ICU - ${o} with key: ${r}`);
    return i.shift();
} return o; })), n; }
function hf(e, t, n = -1) { let o = w(), r = g(), i = I + e, s = re(o.consts, t), a = xn(); if (o.firstCreatePass && Qx(o, a === null ? 0 : a.index, r, i, s, n), o.type === 2) {
    let f = r[ee];
    f[S] |= 32;
}
else
    r[S] |= 32; let c = o.data[i], l = a === r[X] ? null : a, u = Ov(o, l, r), d = a && a.type & 8 ? r[a.index] : null; PS(r, i, a, n), Hx(r, c.create, u, d), Tc(!0); }
function gf() { Tc(!1); }
function oD(e, t, n) { hf(e, t, n), gf(); }
function rD(e, t) { let n = w(), o = re(n.consts, t); Yx(n, e + I, o); }
function mf(e) { let t = g(); return Px($(t, he(), e)), mf; }
function iD(e) { Fx(w(), g(), e + I); }
function sD(e, t = {}) { return dR(e, t); }
function vf(e, t, n) { let o = g(), r = w(), i = M(); return Ef(r, o, o[C], i, e, t, n), vf; }
function yf(e, t) { let n = M(), o = g(), r = w(), i = wi(r.data), s = Qv(i, n, o); return Ef(r, o, s, n, e, t), yf; }
function If(e, t, n) { let o = g(), r = w(), i = M(); return (i.type & 3 || n) && Nd(i, r, o, n, o[C], e, t, Lt(i, o, t)), If; }
function Ef(e, t, n, o, r, i, s) { let a = !0, c = null; if ((o.type & 3 || s) && (c ??= Lt(o, t, i), Nd(o, e, t, s, n, r, i, c) && (a = !1)), a) {
    let l = o.outputs?.[r], u = o.hostDirectiveOutputs?.[r];
    if (u && u.length)
        for (let d = 0; d < u.length; d += 2) {
            let f = u[d], p = u[d + 1];
            c ??= Lt(o, t, i), ys(o, t, f, p, r, c);
        }
    if (l && l.length)
        for (let d of l)
            c ??= Lt(o, t, i), ys(o, t, d, r, r, c);
} }
function aD(e = 1) { return qp(e); }
function fR(e, t) { let n = null, o = zN(e); for (let r = 0; r < t.length; r++) {
    let i = t[r];
    if (i === "*") {
        n = r;
        continue;
    }
    if (o === null ? Ev(e, i, !0) : QN(o, i))
        return r;
} return n; }
function cD(e) { let t = g()[ee][X]; if (!t.projection) {
    let n = e ? e.length : 1, o = t.projection = wo(n, null), r = o.slice(), i = t.child;
    for (; i !== null;) {
        if (i.type !== 128) {
            let s = e ? fR(i, e) : 0;
            s !== null && (r[s] ? r[s].projectionNext = i : o[s] = i, r[s] = i);
        }
        i = i.next;
    }
} }
function lD(e, t = 0, n, o, r, i) { let s = g(), a = w(), c = o ? e + 1 : null; c !== null && mn(s, a, c, o, r, i, null, n); let l = Ht(a, I + e, 16, null, n || null); l.projection === null && (l.projection = t), Mi(); let d = !s[ae] || Fo(); s[ee][X].projection[l.projection] === null && c !== null ? pR(s, a, c) : d && !ao(l) && M_(a, s, l); }
function pR(e, t, n) { let o = I + n, r = t.data[o], i = e[o], s = fr(i, r.tView.ssrId), a = jt(e, r, void 0, { dehydratedView: s }); Dt(i, a, 0, dn(r, s)); }
function Df(e, t, n, o) { return aI(e, t, n, o), Df; }
function Cf(e, t, n) { return sI(e, t, n), Cf; }
function uD(e) { let t = g(), n = w(), o = Ni(); jo(o + 1); let r = xd(n, o); if (e.dirty && kp(t) === ((r.metadata.flags & 2) === 2)) {
    if (r.matches === null)
        e.reset([]);
    else {
        let i = lI(t, o);
        e.reset(i, fm), e.notifyOnChanges();
    }
    return !0;
} return !1; }
function dD() { return Ad(g(), Ni()); }
function Tf(e, t, n, o, r) { return uI(t, aI(e, n, o, r)), Tf; }
function Mf(e, t, n, o) { return uI(e, sI(t, n, o)), Mf; }
function fD(e = 1) { jo(Ni() + e); }
function pD(e) { let t = Ic(); return bt(t, I + e); }
function Wi(e, t) { return e << 17 | t << 2; }
function vn(e) { return e >> 17 & 32767; }
function hR(e) { return (e & 2) == 2; }
function gR(e, t) { return e & 131071 | t << 17; }
function mu(e) { return e | 2; }
function Kn(e) { return (e & 131068) >> 2; }
function rl(e, t) { return e & -131069 | t << 2; }
function mR(e) { return (e & 1) === 1; }
function vu(e) { return e | 1; }
function vR(e, t, n, o, r, i) { let s = i ? t.classBindings : t.styleBindings, a = vn(s), c = Kn(s); e[o] = n; let l = !1, u; if (Array.isArray(n)) {
    let d = n;
    u = d[1], (u === null || mi(d, u) > 0) && (l = !0);
}
else
    u = n; if (r)
    if (c !== 0) {
        let f = vn(e[a + 1]);
        e[o + 1] = Wi(f, a), f !== 0 && (e[f + 1] = rl(e[f + 1], o)), e[a + 1] = gR(e[a + 1], o);
    }
    else
        e[o + 1] = Wi(a, 0), a !== 0 && (e[a + 1] = rl(e[a + 1], o)), a = o;
else
    e[o + 1] = Wi(c, 0), a === 0 ? a = o : e[c + 1] = rl(e[c + 1], o), c = o; l && (e[o + 1] = mu(e[o + 1])), Sg(e, u, o, !0), Sg(e, u, o, !1), yR(t, u, e, o, i), s = Wi(a, c), i ? t.classBindings = s : t.styleBindings = s; }
function yR(e, t, n, o, r) { let i = r ? e.residualClasses : e.residualStyles; i != null && typeof t == "string" && mi(i, t) >= 0 && (n[o + 1] = vu(n[o + 1])); }
function Sg(e, t, n, o) { let r = e[n + 1], i = t === null, s = o ? vn(r) : Kn(r), a = !1; for (; s !== 0 && (a === !1 || i);) {
    let c = e[s], l = e[s + 1];
    IR(c, t) && (a = !0, e[s + 1] = o ? vu(l) : mu(l)), s = o ? vn(l) : Kn(l);
} a && (e[n + 1] = o ? mu(r) : vu(r)); }
function IR(e, t) { return e === null || t == null || (Array.isArray(e) ? e[1] : e) === t ? !0 : Array.isArray(e) && typeof t == "string" ? mi(e, t) >= 0 : !1; }
var ie = { textEnd: 0, key: 0, keyEnd: 0, value: 0, valueEnd: 0 };
function hD(e) { return e.substring(ie.key, ie.keyEnd); }
function ER(e) { return e.substring(ie.value, ie.valueEnd); }
function DR(e) { return vD(e), gD(e, Jn(e, 0, ie.textEnd)); }
function gD(e, t) { let n = ie.textEnd; return n === t ? -1 : (t = ie.keyEnd = TR(e, ie.key = t, n), Jn(e, t, n)); }
function CR(e) { return vD(e), mD(e, Jn(e, 0, ie.textEnd)); }
function mD(e, t) { let n = ie.textEnd, o = ie.key = Jn(e, t, n); return n === o ? -1 : (o = ie.keyEnd = MR(e, o, n), o = bg(e, o, n, 58), o = ie.value = Jn(e, o, n), o = ie.valueEnd = wR(e, o, n), bg(e, o, n, 59)); }
function vD(e) { ie.key = 0, ie.keyEnd = 0, ie.value = 0, ie.valueEnd = 0, ie.textEnd = e.length; }
function Jn(e, t, n) { for (; t < n && e.charCodeAt(t) <= 32;)
    t++; return t; }
function TR(e, t, n) { for (; t < n && e.charCodeAt(t) > 32;)
    t++; return t; }
function MR(e, t, n) { let o; for (; t < n && ((o = e.charCodeAt(t)) === 45 || o === 95 || (o & -33) >= 65 && (o & -33) <= 90 || o >= 48 && o <= 57);)
    t++; return t; }
function bg(e, t, n, o) { return t = Jn(e, t, n), t < n && t++, t; }
function wR(e, t, n) { let o = -1, r = -1, i = -1, s = t, a = s; for (; s < n;) {
    let c = e.charCodeAt(s++);
    if (c === 59)
        return a;
    c === 34 || c === 39 ? a = s = Ag(e, c, s, n) : t === s - 4 && i === 85 && r === 82 && o === 76 && c === 40 ? a = s = Ag(e, 41, s, n) : c > 32 && (a = s), i = r, r = o, o = c & -33;
} return a; }
function Ag(e, t, n, o) { let r = -1, i = n; for (; i < o;) {
    let s = e.charCodeAt(i++);
    if (s == t && r !== 92)
        return i;
    s == 92 && r === 92 ? r = 0 : r = s;
} throw new Error; }
function wf(e, t, n) { return ED(e, t, n, !1), wf; }
function Nf(e, t) { return ED(e, t, null, !0), Nf; }
function yD(e) { DD(MD, NR, e, !1); }
function NR(e, t) { for (let n = CR(t); n >= 0; n = mD(t, n))
    MD(e, hD(t), ER(t)); }
function ID(e) { DD(kR, _R, e, !0); }
function _R(e, t) { for (let n = DR(t); n >= 0; n = gD(t, n))
    No(e, hD(t), !0); }
function ED(e, t, n, o) { let r = g(), i = w(), s = nt(2); if (i.firstUpdatePass && TD(i, e, s, o), t !== F && $(r, s, t)) {
    let a = i.data[ne()];
    wD(i, a, r, r[C], e, r[s + 1] = LR(t, n), o, s);
} }
function DD(e, t, n, o) { let r = w(), i = nt(2); r.firstUpdatePass && TD(r, null, i, o); let s = g(); if (n !== F && $(s, i, n)) {
    let a = r.data[ne()];
    if (ND(a, o) && !CD(r, i)) {
        let c = o ? a.classesWithoutHost : a.stylesWithoutHost;
        c !== null && (n = li(c, n || "")), fu(r, a, s, n, o);
    }
    else
        OR(r, a, s, s[C], s[i + 1], s[i + 1] = RR(e, t, n), o, i);
} }
function CD(e, t) { return t >= e.expandoStartIndex; }
function TD(e, t, n, o) { let r = e.data; if (r[n + 1] === null) {
    let i = r[ne()], s = CD(e, n);
    ND(i, o) && t === null && !s && (t = !1), t = SR(r, i, t, o), vR(r, i, t, n, s, o);
} }
function SR(e, t, n, o) { let r = wi(e), i = o ? t.residualClasses : t.residualStyles; if (r === null)
    (o ? t.classBindings : t.styleBindings) === 0 && (n = il(null, e, t, n, o), n = Dr(n, t.attrs, o), i = null);
else {
    let s = t.directiveStylingLast;
    if (s === -1 || e[s] !== r)
        if (n = il(r, e, t, n, o), i === null) {
            let c = bR(e, t, o);
            c !== void 0 && Array.isArray(c) && (c = il(null, e, t, c[1], o), c = Dr(c, t.attrs, o), AR(e, t, o, c));
        }
        else
            i = xR(e, t, o);
} return i !== void 0 && (o ? t.residualClasses = i : t.residualStyles = i), n; }
function bR(e, t, n) { let o = n ? t.classBindings : t.styleBindings; if (Kn(o) !== 0)
    return e[vn(o)]; }
function AR(e, t, n, o) { let r = n ? t.classBindings : t.styleBindings; e[vn(r)] = o; }
function xR(e, t, n) { let o, r = t.directiveEnd; for (let i = 1 + t.directiveStylingLast; i < r; i++) {
    let s = e[i].hostAttrs;
    o = Dr(o, s, n);
} return Dr(o, t.attrs, n); }
function il(e, t, n, o, r) { let i = null, s = n.directiveEnd, a = n.directiveStylingLast; for (a === -1 ? a = n.directiveStart : a++; a < s && (i = t[a], o = Dr(o, i.hostAttrs, r), i !== e);)
    a++; return e !== null && (n.directiveStylingLast = a), o; }
function Dr(e, t, n) { let o = n ? 1 : 2, r = -1; if (t !== null)
    for (let i = 0; i < t.length; i++) {
        let s = t[i];
        typeof s == "number" ? r = s : r === o && (Array.isArray(e) || (e = e === void 0 ? [] : ["", e]), No(e, s, n ? !0 : t[++i]));
    } return e === void 0 ? null : e; }
function RR(e, t, n) { if (n == null || n === "")
    return j; let o = [], r = it(n); if (Array.isArray(r))
    for (let i = 0; i < r.length; i++)
        e(o, r[i], !0);
else if (r instanceof Set)
    for (let i of r)
        e(o, i, !0);
else if (typeof r == "object")
    for (let i in r)
        Object.hasOwn(r, i) && e(o, i, r[i]);
else
    typeof r == "string" && t(o, r); return o; }
function MD(e, t, n) { No(e, t, it(n)); }
function kR(e, t, n) { let o = String(t); o !== "" && !o.includes(" ") && No(e, o, n); }
function OR(e, t, n, o, r, i, s, a) { r === F && (r = j); let c = 0, l = 0, u = 0 < r.length ? r[0] : null, d = 0 < i.length ? i[0] : null; for (; u !== null || d !== null;) {
    let f = c < r.length ? r[c + 1] : void 0, p = l < i.length ? i[l + 1] : void 0, h = null, v;
    u === d ? (c += 2, l += 2, f !== p && (h = d, v = p)) : d === null || u !== null && u < d ? (c += 2, h = u) : (l += 2, h = d, v = p), h !== null && wD(e, t, n, o, h, v, s, a), u = c < r.length ? r[c] : null, d = l < i.length ? i[l] : null;
} }
function wD(e, t, n, o, r, i, s, a) { if (!(t.type & 3))
    return; let c = e.data, l = c[a + 1], u = mR(l) ? xg(c, t, n, r, Kn(l), s) : void 0; if (!As(u)) {
    As(i) || hR(l) && (i = xg(c, null, n, r, a, s));
    let d = Zt(ne(), n);
    N_(o, s, d, r, i);
} }
function xg(e, t, n, o, r, i) { let s = t === null, a; for (; r > 0;) {
    let c = e[r], l = Array.isArray(c), u = l ? c[1] : c, d = u === null, f = n[r + 1];
    f === F && (f = d ? j : void 0);
    let p = d ? gi(f, o) : u === o ? f : void 0;
    if (l && !As(p) && (p = gi(c, o)), As(p) && (a = p, s))
        return a;
    let h = e[r + 1];
    r = s ? vn(h) : Kn(h);
} if (t !== null) {
    let c = i ? t.residualClasses : t.residualStyles;
    c != null && (a = gi(c, o));
} return a; }
function As(e) { return e !== void 0; }
function LR(e, t) { return e == null || e === "" || (typeof t == "string" ? e = it(e) + t : typeof e == "object" && (e = ci(it(e)))), e; }
function ND(e, t) { return (e.flags & (t ? 8 : 16)) !== 0; }
function _D(e, t = "") { let n = g(), o = w(), r = e + I, i = o.firstCreatePass ? Ht(o, r, 1, t, null) : o.data[r], s = SD(o, n, i, t); n[r] = s, Ho() && na(o, n, s, i), ze(i, !1); }
var SD = (e, t, n, o) => (Ge(!0), Qu(t[C], o));
function PR(e, t, n, o) { let r = !zs(t, n); if (Ge(r), r)
    return Qu(t[C], o); let i = t[ae]; return Wr(i, e, t, n); }
function bD() { SD = PR; }
function AD(e, t) { let n = !1, o = tt(); for (let i = 1; i < t.length; i += 2)
    n = $(e, o++, t[i]) || n; if (Cc(o), !n)
    return F; let r = t[0]; for (let i = 1; i < t.length; i += 2)
    r += N(t[i]) + (i + 1 !== t.length ? t[i + 1] : ""); return r; }
function xD(e, t, n, o = "") { return $(e, he(), n) ? t + N(n) + o : F; }
function RD(e, t, n, o, r, i = "") { let s = tt(), a = fn(e, s, n, r); return nt(2), a ? t + N(n) + o + N(r) + i : F; }
function kD(e, t, n, o, r, i, s, a = "") { let c = tt(), l = Da(e, c, n, r, s); return nt(3), l ? t + N(n) + o + N(r) + i + N(s) + a : F; }
function OD(e, t, n, o, r, i, s, a, c, l = "") { let u = tt(), d = Fe(e, u, n, r, s, c); return nt(4), d ? t + N(n) + o + N(r) + i + N(s) + a + N(c) + l : F; }
function LD(e, t, n, o, r, i, s, a, c, l, u, d = "") { let f = tt(), p = Fe(e, f, n, r, s, c); return p = $(e, f + 4, u) || p, nt(5), p ? t + N(n) + o + N(r) + i + N(s) + a + N(c) + l + N(u) + d : F; }
function PD(e, t, n, o, r, i, s, a, c, l, u, d, f, p = "") { let h = tt(), v = Fe(e, h, n, r, s, c); return v = fn(e, h + 4, u, f) || v, nt(6), v ? t + N(n) + o + N(r) + i + N(s) + a + N(c) + l + N(u) + d + N(f) + p : F; }
function FD(e, t, n, o, r, i, s, a, c, l, u, d, f, p, h, v = "") { let y = tt(), E = Fe(e, y, n, r, s, c); return E = Da(e, y + 4, u, f, h) || E, nt(7), E ? t + N(n) + o + N(r) + i + N(s) + a + N(c) + l + N(u) + d + N(f) + p + N(h) + v : F; }
function jD(e, t, n, o, r, i, s, a, c, l, u, d, f, p, h, v, y, E = "") { let _ = tt(), G = Fe(e, _, n, r, s, c); return G = Fe(e, _ + 4, u, f, h, y) || G, nt(8), G ? t + N(n) + o + N(r) + i + N(s) + a + N(c) + l + N(u) + d + N(f) + p + N(h) + v + N(y) + E : F; }
function _f(e) { return ka("", e), _f; }
function ka(e, t, n) { let o = g(), r = xD(o, e, t, n); return r !== F && Mt(o, ne(), r), ka; }
function Sf(e, t, n, o, r) { let i = g(), s = RD(i, e, t, n, o, r); return s !== F && Mt(i, ne(), s), Sf; }
function bf(e, t, n, o, r, i, s) { let a = g(), c = kD(a, e, t, n, o, r, i, s); return c !== F && Mt(a, ne(), c), bf; }
function Af(e, t, n, o, r, i, s, a, c) { let l = g(), u = OD(l, e, t, n, o, r, i, s, a, c); return u !== F && Mt(l, ne(), u), Af; }
function xf(e, t, n, o, r, i, s, a, c, l, u) { let d = g(), f = LD(d, e, t, n, o, r, i, s, a, c, l, u); return f !== F && Mt(d, ne(), f), xf; }
function Rf(e, t, n, o, r, i, s, a, c, l, u, d, f) { let p = g(), h = PD(p, e, t, n, o, r, i, s, a, c, l, u, d, f); return h !== F && Mt(p, ne(), h), Rf; }
function kf(e, t, n, o, r, i, s, a, c, l, u, d, f, p, h) { let v = g(), y = FD(v, e, t, n, o, r, i, s, a, c, l, u, d, f, p, h); return y !== F && Mt(v, ne(), y), kf; }
function Of(e, t, n, o, r, i, s, a, c, l, u, d, f, p, h, v, y) { let E = g(), _ = jD(E, e, t, n, o, r, i, s, a, c, l, u, d, f, p, h, v, y); return _ !== F && Mt(E, ne(), _), Of; }
function Lf(e) { let t = g(), n = AD(t, e); return n !== F && Mt(t, ne(), n), Lf; }
function Mt(e, t, n) { let o = Zt(t, e); av(e[C], o, n); }
function Pf(e, t, n) { Ri(t) && (t = t()); let o = g(), r = he(); if ($(o, r, t)) {
    let i = w(), s = Ce();
    gd(s, o, e, t, o[C], n);
} return Pf; }
function HD(e, t) { let n = Ri(e); return n && e.set(t), n; }
function Ff(e, t) { let n = g(), o = w(), r = M(); return Ef(o, n, n[C], r, e, t), Ff; }
var VD = {};
function jf(e) { K("NgLet"); let t = w(), n = g(), o = e + I, r = Ht(t, o, 128, null, null); return ze(r, !1), ko(t, n, o, VD), jf; }
function BD(e) { let t = w(), n = g(), o = ne(); return ko(t, n, o, e), e; }
function $D(e) { let t = Ic(), n = bt(t, I + e); if (n === VD)
    throw new T(314, !1); return n; }
function UD(e, t) { let n = w(), o = g(), r = o[C], i = "data-ng-source-location"; for (let [s, a, c, l] of t) {
    let u = Yt(n, s + I), d = Zt(s + I, o);
    if (!d.hasAttribute(i)) {
        let f = `${e}@o:${a},l:${c},c:${l}`;
        r.setAttribute(d, i, f);
    }
} }
function WD(e) { return $(g(), he(), e) ? N(e) : F; }
function zD(e, t, n = "") { return xD(g(), e, t, n); }
function GD(e, t, n, o, r = "") { return RD(g(), e, t, n, o, r); }
function qD(e, t, n, o, r, i, s = "") { return kD(g(), e, t, n, o, r, i, s); }
function QD(e, t, n, o, r, i, s, a, c = "") { return OD(g(), e, t, n, o, r, i, s, a, c); }
function ZD(e, t, n, o, r, i, s, a, c, l, u = "") { return LD(g(), e, t, n, o, r, i, s, a, c, l, u); }
function YD(e, t, n, o, r, i, s, a, c, l, u, d, f = "") { return PD(g(), e, t, n, o, r, i, s, a, c, l, u, d, f); }
function KD(e, t, n, o, r, i, s, a, c, l, u, d, f, p, h = "") { return FD(g(), e, t, n, o, r, i, s, a, c, l, u, d, f, p, h); }
function JD(e, t, n, o, r, i, s, a, c, l, u, d, f, p, h, v, y = "") { return jD(g(), e, t, n, o, r, i, s, a, c, l, u, d, f, p, h, v, y); }
function XD(e) { return AD(g(), e); }
function eC(e, t, n) { let o = fe() + e, r = g(); return r[o] === F ? Ze(r, o, t(n, r)) : po(r, o); }
function Rg(e, t, n) { let o = w(); o.firstCreatePass && tC(t, o.data, o.blueprint, Le(e), n); }
function tC(e, t, n, o, r) { if (e = W(e), Array.isArray(e))
    for (let i = 0; i < e.length; i++)
        tC(e[i], t, n, o, r);
else {
    let i = w(), s = g(), a = M(), c = vi(e) ? e : W(e.provide), l = Np(e), u = a.providerIndexes & 1048575, d = a.directiveStart, f = a.providerIndexes >> 20;
    if (vi(e) || !e.multi) {
        let p = new cn(l, r, ho, null), h = al(c, t, r ? u : u + f, d);
        h === -1 ? (hl(is(a, s), i, c), sl(i, e, t.length), t.push(c), a.directiveStart++, a.directiveEnd++, r && (a.providerIndexes += 1048576), n.push(p), s.push(p)) : (n[h] = p, s[h] = p);
    }
    else {
        let p = al(c, t, u + f, d), h = al(c, t, u, u + f), v = p >= 0 && n[p], y = h >= 0 && n[h];
        if (r && !y || !r && !v) {
            hl(is(a, s), i, c);
            let E = HR(r ? jR : FR, n.length, r, o, l, e);
            !r && y && (n[h].providerFactory = E), sl(i, e, t.length, 0), t.push(c), a.directiveStart++, a.directiveEnd++, r && (a.providerIndexes += 1048576), n.push(E), s.push(E);
        }
        else {
            let E = nC(n[r ? h : p], l, !r && o);
            sl(i, e, p > -1 ? p : h, E);
        }
        !r && o && y && n[h].componentProviders++;
    }
} }
function sl(e, t, n, o) { let r = vi(t), i = Mp(t); if (r || i) {
    let c = (i ? W(t.useClass) : t).prototype.ngOnDestroy;
    if (c) {
        let l = e.destroyHooks || (e.destroyHooks = []);
        if (!r && t.multi) {
            let u = l.indexOf(n);
            u === -1 ? l.push(n, [o, c]) : l[u + 1].push(o, c);
        }
        else
            l.push(n, c);
    }
} }
function nC(e, t, n) { return n && e.componentProviders++, e.multi.push(t) - 1; }
function al(e, t, n, o) { for (let r = n; r < o; r++)
    if (t[r] === e)
        return r; return -1; }
function FR(e, t, n, o, r) { return yu(this.multi, []); }
function jR(e, t, n, o, r) { let i = this.multi, s; if (this.providerFactory) {
    let a = this.providerFactory.componentProviders, c = or(o, o[m], this.providerFactory.index, r);
    s = c.slice(0, a), yu(i, s);
    for (let l = a; l < c.length; l++)
        s.push(c[l]);
}
else
    s = [], yu(i, s); return s; }
function yu(e, t) { for (let n = 0; n < e.length; n++) {
    let o = e[n];
    t.push(o());
} return t; }
function HR(e, t, n, o, r, i) { let s = new cn(e, n, ho, null); return s.multi = [], s.index = t, s.componentProviders = 0, nC(s, r, o && !n), s; }
function oC(e, t) { return n => { n.providersResolver = (o, r) => Rg(o, r ? r(e) : e, !1), t && (n.viewProvidersResolver = (o, r) => Rg(o, r ? r(t) : t, !0)); }; }
function rC(e) { return t => { e.length < 1 || (t.getExternalStyles = n => e.map(r => r + "?ngcomp" + (n ? "=" + encodeURIComponent(n) : "") + "&e=" + t.encapsulation)); }; }
function iC(e, t, n) { let o = e.\u0275cmp; o.directiveDefs = Ts(t, gI), o.pipeDefs = Ts(n, Ke); }
function sC(e, t) { return st(() => { let n = fi(e); n.declarations = zi(t.declarations || j), n.imports = zi(t.imports || j), n.exports = zi(t.exports || j), t.bootstrap && (n.bootstrap = zi(t.bootstrap)), Qn.registerNgModule(e, t); }); }
function zi(e) { if (typeof e == "function")
    return e; let t = Ve(e); return t.some(ui) ? () => t.map(W).map(kg) : t.map(kg); }
function kg(e) { return Md(e) ? e.ngModule : e; }
var Hf = () => null, Vf = () => { }, Iu = !1, Oa = new A("");
function aC() { return Hf(); }
function Bf(e) { e.requested && e.activated && Vf(e.injector, e.document); }
function cC() { if (Iu || (Iu = !0, Zw(), K("NgIncrementalHydration"), Hf = () => new Lw, Vf = (e, t) => { let n = tN(e), o = OS(t, t.body); ax(e, n, o), qw(t, e); }), typeof ngServerMode > "u" || !ngServerMode) {
    let t = g()[x].get(Oa, null, { optional: !0 });
    t !== null && !t.activated && (t.activated = !0, Bf(t));
} }
function VR() { Iu = !1, Hf = () => null, Vf = () => { }; }
function lC(e, t) { let n = fe() + e, o = g(); return o[n] === F ? Ze(o, n, t()) : po(o, n); }
function uC(e, t, n) { return IC(g(), fe(), e, t, n); }
function dC(e, t, n, o) { return EC(g(), fe(), e, t, n, o); }
function fC(e, t, n, o, r) { return DC(g(), fe(), e, t, n, o, r); }
function pC(e, t, n, o, r, i, s) { return CC(g(), fe(), e, t, n, o, r, i); }
function hC(e, t, n, o, r, i, s) { let a = fe() + e, c = g(), l = Fe(c, a, n, o, r, i); return $(c, a + 4, s) || l ? Ze(c, a + 5, t(n, o, r, i, s)) : po(c, a + 5); }
function gC(e, t, n, o, r, i, s, a) { let c = fe() + e, l = g(), u = Fe(l, c, n, o, r, i); return fn(l, c + 4, s, a) || u ? Ze(l, c + 6, t(n, o, r, i, s, a)) : po(l, c + 6); }
function mC(e, t, n, o, r, i, s, a, c) { let l = fe() + e, u = g(), d = Fe(u, l, n, o, r, i); return Da(u, l + 4, s, a, c) || d ? Ze(u, l + 7, t(n, o, r, i, s, a, c)) : po(u, l + 7); }
function vC(e, t, n, o, r, i, s, a, c, l) { let u = fe() + e, d = g(), f = Fe(d, u, n, o, r, i); return Fe(d, u + 4, s, a, c, l) || f ? Ze(d, u + 8, t(n, o, r, i, s, a, c, l)) : po(d, u + 8); }
function yC(e, t, n) { return TC(g(), fe(), e, t, n); }
function Kr(e, t) { let n = e[t]; return n === F ? void 0 : n; }
function IC(e, t, n, o, r, i) { let s = t + n; return $(e, s, r) ? Ze(e, s + 1, i ? o.call(i, r) : o(r)) : Kr(e, s + 1); }
function EC(e, t, n, o, r, i, s) { let a = t + n; return fn(e, a, r, i) ? Ze(e, a + 2, s ? o.call(s, r, i) : o(r, i)) : Kr(e, a + 2); }
function DC(e, t, n, o, r, i, s, a) { let c = t + n; return Da(e, c, r, i, s) ? Ze(e, c + 3, a ? o.call(a, r, i, s) : o(r, i, s)) : Kr(e, c + 3); }
function CC(e, t, n, o, r, i, s, a, c) { let l = t + n; return Fe(e, l, r, i, s, a) ? Ze(e, l + 4, c ? o.call(c, r, i, s, a) : o(r, i, s, a)) : Kr(e, l + 4); }
function TC(e, t, n, o, r, i) { let s = t + n, a = !1; for (let c = 0; c < r.length; c++)
    $(e, s++, r[c]) && (a = !0); return a ? Ze(e, s, o.apply(i, r)) : Kr(e, s); }
function MC(e, t) { let n = w(), o, r = e + I; n.firstCreatePass ? (o = BR(t, n.pipeRegistry), n.data[r] = o, o.onDestroy && (n.destroyHooks ??= []).push(r, o.onDestroy)) : o = n.data[r]; let i = o.factory || (o.factory = hi(o.type, !0)), s, a = Wt(ho); try {
    let c = rs(!1), l = i();
    return rs(c), ko(n, g(), r, l), l;
}
finally {
    Wt(a);
} }
function BR(e, t) { if (t)
    for (let n = t.length - 1; n >= 0; n--) {
        let o = t[n];
        if (e === o.name)
            return o;
    } }
function wC(e, t, n) { let o = e + I, r = g(), i = bt(r, o); return Jr(r, o) ? IC(r, fe(), t, i.transform, n, i) : i.transform(n); }
function NC(e, t, n, o) { let r = e + I, i = g(), s = bt(i, r); return Jr(i, r) ? EC(i, fe(), t, s.transform, n, o, s) : s.transform(n, o); }
function _C(e, t, n, o, r) { let i = e + I, s = g(), a = bt(s, i); return Jr(s, i) ? DC(s, fe(), t, a.transform, n, o, r, a) : a.transform(n, o, r); }
function SC(e, t, n, o, r, i) { let s = e + I, a = g(), c = bt(a, s); return Jr(a, s) ? CC(a, fe(), t, c.transform, n, o, r, i, c) : c.transform(n, o, r, i); }
function bC(e, t, n) { let o = e + I, r = g(), i = bt(r, o); return Jr(r, o) ? TC(r, fe(), t, i.transform, n, i) : i.transform.apply(i, n); }
function Jr(e, t) { return e[m].data[t].pure; }
function AC(e, t) { return ha(e, t); }
function xC(e, t) { return () => { try {
    return Qn.getComponentDependencies(e, t).dependencies;
}
catch (n) {
    throw console.error(`Computing dependencies in local compilation mode for the component "${e.name}" failed with the exception:`, n), n;
} }; }
function RC(e, t) { let n = z(e); n !== null && (n.debugInfo = t); }
function kC(e, t, n) { let o = `./@ng/component?c=${e}&t=${encodeURIComponent(t)}`; return new URL(o, n).href; }
function OC(e, t, n, o, r = null, i = null) { let s = z(e); t.apply(null, [e, n, ...o]); let { newDef: a, oldDef: c } = $R(s, z(e)); if (e[wt] = a, c.tView) {
    let l = cw().values();
    for (let u of l)
        Ue(u) && u[q] === null && Xi(r, i, a, c, u);
} }
function $R(e, t) { let n = U({}, e); return { newDef: Object.assign(e, t, { directiveDefs: n.directiveDefs, pipeDefs: n.pipeDefs, setInput: n.setInput, type: n.type }), oldDef: n }; }
function Xi(e, t, n, o, r) { let i = r[m]; if (i === o.tView) {
    WR(e, t, n, o, r);
    return;
} for (let s = I; s < i.bindingStartIndex; s++) {
    let a = r[s];
    if (Z(a)) {
        te(a[H]) && Xi(e, t, n, o, a[H]);
        for (let c = k; c < a.length; c++)
            Xi(e, t, n, o, a[c]);
    }
    else
        te(a) && Xi(e, t, n, o, a);
} }
function UR(e, t) { e.componentReplaced?.(t.id); }
function WR(e, t, n, o, r) { let i = r[P], s = r[H], a = r[q], c = r[X], l = r[x].get(V, null), u = () => { if (o.encapsulation === Pe.ShadowDom || o.encapsulation === Pe.ExperimentalIsolatedShadowDom) {
    let h = s.cloneNode(!1);
    s.replaceWith(h), s = h;
} let d = Bv(n), f = Vr(a, d, i, hd(n), s, c, null, null, null, null, null); zR(a, r, f, c.index), Hr(r[m], r), dr(r); let p = r[$e].rendererFactory; UR(p, o), f[C] = p.createRenderer(s, n), Rv(r[m], r), GR(c), da(d, f, i), ty(d, f, d.template, i); }; l === null ? Og(e, t, u) : l.run(() => Og(e, t, u)); }
function Og(e, t, n) {
    try {
        n();
    }
    catch (o) {
        let r = o;
        if (t !== null && r.message) {
            let i = r.message + (r.stack ? `
` + r.stack : "");
            e?.hot?.send?.("angular:invalidate", { id: t, message: i, error: !0 });
        }
        throw o;
    }
}
function zR(e, t, n, o) { for (let r = I; r < e[m].bindingStartIndex; r++) {
    let i = e[r];
    if ((te(i) || Z(i)) && i[le] === t) {
        i[le] = n;
        break;
    }
} e[_t] === t && (e[_t] = n), e[bo] === t && (e[bo] = n), n[le] = t[le], t[le] = null, e[o] = n; }
function GR(e) { if (e.projection !== null) {
    for (let t of e.projection)
        xs(t) && (t.projectionNext = null, t.flags &= -3);
    e.projection = null;
} }
var pe = { \u0275\u0275animateEnter: Yo, \u0275\u0275animateEnterListener: Ko, \u0275\u0275animateLeave: Jo, \u0275\u0275animateLeaveListener: Ms, \u0275\u0275attribute: tf, \u0275\u0275defineComponent: hI, \u0275\u0275defineDirective: mI, \u0275\u0275defineInjectable: se, \u0275\u0275defineInjector: Do, \u0275\u0275defineNgModule: jd, \u0275\u0275defineService: yt, \u0275\u0275definePipe: vI, \u0275\u0275directiveInject: ho, \u0275\u0275getInheritedFactory: nm, \u0275\u0275inject: He, \u0275\u0275injectAttribute: Rs, \u0275\u0275invalidFactory: qy, \u0275\u0275invalidFactoryDep: pi, \u0275\u0275templateRefExtractor: AC, \u0275\u0275resetView: vc, \u0275\u0275HostDirectivesFeature: SI, \u0275\u0275NgOnChangesFeature: Ug, \u0275\u0275ControlFeature: _I, \u0275\u0275ProvidersFeature: oC, \u0275\u0275InheritDefinitionFeature: Wd, \u0275\u0275ExternalStylesFeature: rC, \u0275\u0275nextContext: aD, \u0275\u0275namespaceHTML: bc, \u0275\u0275namespaceMathML: Sc, \u0275\u0275namespaceSVG: _c, \u0275\u0275enableBindings: pc, \u0275\u0275disableBindings: hc, \u0275\u0275elementStart: yr, \u0275\u0275elementEnd: Sa, \u0275\u0275element: of, \u0275\u0275foreignComponent: FE, \u0275\u0275foreignContent: HE, \u0275\u0275foreignContentFn: VE, \u0275\u0275elementContainerStart: xa, \u0275\u0275elementContainerEnd: Zr, \u0275\u0275domElement: rf, \u0275\u0275domElementStart: ba, \u0275\u0275domElementEnd: Aa, \u0275\u0275domElementContainer: lf, \u0275\u0275domElementContainerStart: Ra, \u0275\u0275domElementContainerEnd: cf, \u0275\u0275domTemplate: Gd, \u0275\u0275domListener: If, \u0275\u0275elementContainer: af, \u0275\u0275pureFunction0: lC, \u0275\u0275pureFunction1: uC, \u0275\u0275pureFunction2: dC, \u0275\u0275pureFunction3: fC, \u0275\u0275pureFunction4: pC, \u0275\u0275pureFunction5: hC, \u0275\u0275pureFunction6: gC, \u0275\u0275pureFunction7: mC, \u0275\u0275pureFunction8: vC, \u0275\u0275pureFunctionV: yC, \u0275\u0275getCurrentView: BE, \u0275\u0275restoreView: mc, \u0275\u0275listener: vf, \u0275\u0275projection: lD, \u0275\u0275syntheticHostProperty: ff, \u0275\u0275syntheticHostListener: yf, \u0275\u0275pipeBind1: wC, \u0275\u0275pipeBind2: NC, \u0275\u0275pipeBind3: _C, \u0275\u0275pipeBind4: SC, \u0275\u0275pipeBindV: bC, \u0275\u0275projectionDef: cD, \u0275\u0275domProperty: df, \u0275\u0275ariaProperty: ef, \u0275\u0275property: nf, \u0275\u0275control: $y, \u0275\u0275controlCreate: Vy, \u0275\u0275pipe: MC, \u0275\u0275queryRefresh: uD, \u0275\u0275queryAdvance: fD, \u0275\u0275viewQuery: Cf, \u0275\u0275viewQuerySignal: Mf, \u0275\u0275loadQuery: dD, \u0275\u0275contentQuery: Df, \u0275\u0275contentQuerySignal: Tf, \u0275\u0275reference: pD, \u0275\u0275classMap: ID, \u0275\u0275styleMap: yD, \u0275\u0275styleProp: wf, \u0275\u0275classProp: Nf, \u0275\u0275advance: $v, \u0275\u0275template: zd, \u0275\u0275conditional: bE, \u0275\u0275conditionalCreate: SE, \u0275\u0275conditionalBranchCreate: _a, \u0275\u0275defer: rE, \u0275\u0275deferWhen: iE, \u0275\u0275deferOnIdle: lE, \u0275\u0275deferOnImmediate: fE, \u0275\u0275deferOnTimer: gE, \u0275\u0275deferOnHover: yE, \u0275\u0275deferOnInteraction: DE, \u0275\u0275deferOnViewport: ME, \u0275\u0275deferPrefetchWhen: sE, \u0275\u0275deferPrefetchOnIdle: uE, \u0275\u0275deferPrefetchOnImmediate: pE, \u0275\u0275deferPrefetchOnTimer: mE, \u0275\u0275deferPrefetchOnHover: IE, \u0275\u0275deferPrefetchOnInteraction: CE, \u0275\u0275deferPrefetchOnViewport: wE, \u0275\u0275deferHydrateWhen: aE, \u0275\u0275deferHydrateNever: cE, \u0275\u0275deferHydrateOnIdle: dE, \u0275\u0275deferHydrateOnImmediate: hE, \u0275\u0275deferHydrateOnTimer: vE, \u0275\u0275deferHydrateOnHover: EE, \u0275\u0275deferHydrateOnInteraction: TE, \u0275\u0275deferHydrateOnViewport: NE, \u0275\u0275deferEnableTimerScheduling: UI, \u0275\u0275enableIncrementalHydrationRuntime: cC, \u0275\u0275repeater: kE, \u0275\u0275repeaterCreate: RE, \u0275\u0275repeaterTrackByIndex: AE, \u0275\u0275repeaterTrackByIdentity: xE, \u0275\u0275componentInstance: _E, \u0275\u0275text: _D, \u0275\u0275textInterpolate: _f, \u0275\u0275textInterpolate1: ka, \u0275\u0275textInterpolate2: Sf, \u0275\u0275textInterpolate3: bf, \u0275\u0275textInterpolate4: Af, \u0275\u0275textInterpolate5: xf, \u0275\u0275textInterpolate6: Rf, \u0275\u0275textInterpolate7: kf, \u0275\u0275textInterpolate8: Of, \u0275\u0275textInterpolateV: Lf, \u0275\u0275i18n: oD, \u0275\u0275i18nAttributes: rD, \u0275\u0275i18nExp: mf, \u0275\u0275i18nStart: hf, \u0275\u0275i18nEnd: gf, \u0275\u0275i18nApply: iD, \u0275\u0275i18nPostprocess: sD, \u0275\u0275resolveWindow: vv, \u0275\u0275resolveDocument: yv, \u0275\u0275resolveBody: td, \u0275\u0275setComponentScope: iC, \u0275\u0275setNgModuleScope: sC, \u0275\u0275registerNgModuleType: $d, \u0275\u0275getComponentDepsFactory: xC, \u0275setClassDebugInfo: RC, \u0275\u0275declareLet: jf, \u0275\u0275storeLet: BD, \u0275\u0275arrowFunction: eC, \u0275\u0275readContextLet: $D, \u0275\u0275attachSourceLocations: UD, \u0275\u0275interpolate: WD, \u0275\u0275interpolate1: zD, \u0275\u0275interpolate2: GD, \u0275\u0275interpolate3: qD, \u0275\u0275interpolate4: QD, \u0275\u0275interpolate5: ZD, \u0275\u0275interpolate6: YD, \u0275\u0275interpolate7: KD, \u0275\u0275interpolate8: JD, \u0275\u0275interpolateV: XD, \u0275\u0275sanitizeHtml: Yu, \u0275\u0275sanitizeStyle: Ku, \u0275\u0275sanitizeResourceUrl: Qs, \u0275\u0275sanitizeScript: Xu, \u0275\u0275validateAttribute: ed, \u0275\u0275sanitizeUrl: Ju, \u0275\u0275sanitizeUrlOrResourceUrl: hv, \u0275\u0275trustConstantHtml: fv, \u0275\u0275trustConstantResourceUrl: pv, forwardRef: qa, resolveForwardRef: W, \u0275\u0275twoWayProperty: Pf, \u0275\u0275twoWayBindingSet: HD, \u0275\u0275twoWayListener: Ff, \u0275\u0275replaceMetadata: OC, \u0275\u0275getReplaceMetadataURL: kC }, Vn = null;
function LC(e) { Vn !== null && (e.defaultEncapsulation !== Vn.defaultEncapsulation || e.preserveWhitespaces !== Vn.preserveWhitespaces) || (Vn = e); }
function qR() { return Vn; }
function QR() { Vn = null; }
var nr = [];
function ZR(e, t) { nr.push({ moduleType: e, ngModule: t }); }
var cl = !1;
function PC() { if (!cl) {
    cl = !0;
    try {
        for (let e = nr.length - 1; e >= 0; e--) {
            let { moduleType: t, ngModule: n } = nr[e];
            n.declarations && n.declarations.every(FC) && (nr.splice(e, 1), ek(t, n));
        }
    }
    finally {
        cl = !1;
    }
} }
function FC(e) { return Array.isArray(e) ? e.every(FC) : !!W(e); }
function jC(e, t = {}) { HC(e, t), t.id !== void 0 && $d(e, t.id), ZR(e, t); }
function HC(e, t, n = !1) { let o = Ve(t.declarations || j), r = null; Object.defineProperty(e, Ka, { configurable: !0, get: () => (r === null && (r = Q({ usage: 0, kind: "NgModule", type: e }).compileNgModule(pe, `ng:///${e.name}/\u0275mod.js`, { type: e, bootstrap: Ve(t.bootstrap || j).map(W), declarations: o.map(W), imports: Ve(t.imports || j).map(W).map(Lg), exports: Ve(t.exports || j).map(W).map(Lg), schemas: t.schemas ? Ve(t.schemas) : null, id: t.id || null }), r.schemas || (r.schemas = [])), r) }); let i = null; Object.defineProperty(e, Ye, { get: () => { if (i === null) {
        let a = Q({ usage: 0, kind: "NgModule", type: e });
        i = a.compileFactory(pe, `ng:///${e.name}/\u0275fac.js`, { name: e.name, type: e, deps: wr(e), target: a.FactoryTarget.NgModule, typeArgumentCount: 0 });
    } return i; }, configurable: !1 }); let s = null; Object.defineProperty(e, Ya, { get: () => { if (s === null) {
        let a = { name: e.name, type: e, providers: t.providers || j, imports: [(t.imports || j).map(W), (t.exports || j).map(W)] };
        s = Q({ usage: 0, kind: "NgModule", type: e }).compileInjector(pe, `ng:///${e.name}/\u0275inj.js`, a);
    } return s; }, configurable: !1 }); }
function YR(e, t) { let n = `Unexpected "${Te(e)}" found in the "declarations" array of the`, o = `"${Te(e)}" is marked as standalone and can't be declared in any NgModule - did you intend to import it instead (by adding it to the "imports" array)?`; return `${n} ${t}, ${o}`; }
var KR = new WeakMap, JR = new WeakMap;
function XR() { KR = new WeakMap, JR = new WeakMap, nr.length = 0, Qb.clear(); }
function ek(e, t) { let n = Ve(t.declarations || j), o = Uf(e); n.forEach(r => { if (r = W(r), Object.hasOwn(r, wt)) {
    let s = z(r);
    $f(s, o);
}
else
    !Object.hasOwn(r, wn) && !Object.hasOwn(r, di) && (r.ngSelectorScope = e); }); }
function $f(e, t) { e.directiveDefs = () => Array.from(t.compilation.directives).map(n => Object.hasOwn(n, wt) ? z(n) : ke(n)).filter(n => !!n), e.pipeDefs = () => Array.from(t.compilation.pipes).map(n => Ke(n)), e.schemas = t.schemas, e.tView = null; }
function Uf(e) { if (nn(e)) {
    let t = Qn.getNgModuleScope(e), n = fi(e);
    return U({ schemas: n.schemas || null }, t);
}
else if (To(e)) {
    if ((z(e) || ke(e)) !== null)
        return { schemas: null, compilation: { directives: new Set, pipes: new Set }, exported: { directives: new Set([e]), pipes: new Set } };
    if (Ke(e) !== null)
        return { schemas: null, compilation: { directives: new Set, pipes: new Set }, exported: { directives: new Set, pipes: new Set([e]) } };
} throw new Error(`${e.name} does not have a module def (\u0275mod property)`); }
function Lg(e) { return Md(e) ? e.ngModule : e; }
var ll = 0;
function VC(e, t) {
    let n = null;
    Kb(e, t), $C(e, t), Object.defineProperty(e, wt, { get: () => {
            if (n === null) {
                let o = Q({ usage: 0, kind: "component", type: e });
                if (t.foreignImports !== void 0)
                    throw new Error(`Foreign components are not supported in JIT mode. Component '${e.name}' cannot specify 'foreignImports'.`);
                if (MI(t)) {
                    let u = [`Component '${e.name}' is not resolved:`];
                    throw t.templateUrl && u.push(` - templateUrl: ${t.templateUrl}`), t.styleUrls && t.styleUrls.length && u.push(` - styleUrls: ${JSON.stringify(t.styleUrls)}`), t.styleUrl && u.push(` - styleUrl: ${t.styleUrl}`), u.push("Did you run and wait for 'resolveComponentResources()'?"), new Error(u.join(`
`));
                }
                let r = qR(), i = t.preserveWhitespaces;
                i === void 0 && (r !== null && r.preserveWhitespaces !== void 0 ? i = r.preserveWhitespaces : i = !1);
                let s = t.encapsulation;
                s === void 0 && (r !== null && r.defaultEncapsulation !== void 0 ? s = r.defaultEncapsulation : s = Pe.Emulated);
                let a = t.templateUrl || `ng:///${e.name}/template.html`, c = UC(e, t), l = xe(U({}, c), { typeSourceSpan: o.createParseSourceSpan("Component", e.name, a), template: t.template || "", preserveWhitespaces: i, styles: typeof t.styles == "string" ? [t.styles] : t.styles || j, animations: t.animations, declarations: [], changeDetection: t.changeDetection, encapsulation: s, viewProviders: t.viewProviders || null, hasDirectiveDependencies: !c.isStandalone || t.imports != null && t.imports.length > 0 });
                ll++;
                try {
                    if (l.usesInheritance && WC(e), n = o.compileComponent(pe, a, l), l.isStandalone) {
                        let u = Ve(t.imports || j), { directiveDefs: d, pipeDefs: f } = tk(e, u);
                        n.directiveDefs = d, n.pipeDefs = f, n.dependencies = () => u.map(W);
                    }
                }
                finally {
                    ll--;
                }
                if (ll === 0 && PC(), nk(e)) {
                    let u = Uf(e.ngSelectorScope);
                    $f(n, u);
                }
                if (t.schemas)
                    if (l.isStandalone)
                        n.schemas = t.schemas;
                    else
                        throw new Error(`The 'schemas' was specified for the ${Te(e)} but is only valid on a component that is standalone.`);
                else
                    l.isStandalone && (n.schemas = []);
            }
            return n;
        }, set: o => { n = o; }, configurable: !1 });
}
function tk(e, t) { return { directiveDefs: () => qo(e) ? [...Qn.getStandaloneComponentScope(e, t).compilation.directives].map(i => z(i) || ke(i)).filter(i => i !== null) : [], pipeDefs: () => qo(e) ? [...Qn.getStandaloneComponentScope(e, t).compilation.pipes].map(i => Ke(i)).filter(i => i !== null) : [] }; }
function nk(e) { return e.ngSelectorScope !== void 0; }
function Wf(e, t) { let n = null; $C(e, t || {}), Object.defineProperty(e, wn, { get: () => { if (n === null) {
        let o = BC(e, t || {});
        n = Q({ usage: 0, kind: "directive", type: e }).compileDirective(pe, o.sourceMapUrl, o.metadata);
    } return n; }, configurable: !1 }); }
function BC(e, t) { let n = e && e.name, o = `ng:///${n}/\u0275dir.js`, r = Q({ usage: 0, kind: "directive", type: e }), i = UC(e, t); return i.typeSourceSpan = r.createParseSourceSpan("Directive", n, o), i.usesInheritance && WC(e), { metadata: i, sourceMapUrl: o }; }
function $C(e, t) { let n = null; Object.defineProperty(e, Ye, { get: () => { if (n === null) {
        let o = BC(e, t), r = Q({ usage: 0, kind: "directive", type: e });
        n = r.compileFactory(pe, `ng:///${e.name}/\u0275fac.js`, { name: o.metadata.name, type: o.metadata.type, typeArgumentCount: 0, deps: wr(e), target: r.FactoryTarget.Directive });
    } return n; }, configurable: !1 }); }
function ok(e) { return Object.getPrototypeOf(e.prototype) === Object.prototype; }
function UC(e, t) { let n = _u(), o = n.ownPropMetadata(e); return { name: e.name, legacyOptionalChaining: !1, type: e, selector: t.selector !== void 0 ? t.selector : null, host: t.host || ct, propMetadata: o, inputs: t.inputs || j, outputs: t.outputs || j, queries: Pg(e, o, zC), lifecycle: { usesOnChanges: n.hasLifecycleHook(e, "ngOnChanges") }, controlCreate: n.hasLifecycleHook(e, "\u0275ngControlCreate") ? { passThroughInput: null } : null, typeSourceSpan: null, usesInheritance: !ok(e), exportAs: sk(t.exportAs), providers: t.providers || null, viewQueries: Pg(e, o, GC), isStandalone: t.standalone === void 0 ? !0 : !!t.standalone, isSignal: !!t.signals, hostDirectives: t.hostDirectives?.map(r => typeof r == "function" ? { directive: r } : r) || null }; }
function WC(e) { let t = Object.prototype, n = Object.getPrototypeOf(e.prototype).constructor; for (; n && n !== t;)
    !ke(n) && !z(n) && ck(n) && Wf(n, null), n = Object.getPrototypeOf(n); }
function rk(e) { return typeof e == "string" ? QC(e) : W(e); }
function ik(e, t) { return { propertyName: e, predicate: rk(t.selector), descendants: t.descendants, first: t.first, read: t.read ? t.read : null, static: !!t.static, emitDistinctChangesOnly: !!t.emitDistinctChangesOnly, isSignal: !!t.isSignal }; }
function Pg(e, t, n) { let o = [], r = []; for (let i in t)
    if (Object.hasOwn(t, i)) {
        let s = t[i];
        s.forEach(a => { if (n(a)) {
            if (!a.selector)
                throw new Error(`Can't construct a query for the property "${i}" of "${Te(e)}" since the query selector wasn't defined.`);
            if (s.some(qC))
                throw new Error("Cannot combine @Input decorators with query decorators");
            let c = ik(i, a);
            c.isSignal ? o.push(c) : r.push(c);
        } });
    } return [...o, ...r]; }
function sk(e) { return e === void 0 ? null : QC(e); }
function zC(e) { let t = e.ngMetadataName; return t === "ContentChild" || t === "ContentChildren"; }
function GC(e) { let t = e.ngMetadataName; return t === "ViewChild" || t === "ViewChildren"; }
function qC(e) { return e.ngMetadataName === "Input"; }
function QC(e) { return e.split(",").map(t => t.trim()); }
var ak = ["ngOnChanges", "ngOnInit", "ngOnDestroy", "ngDoCheck", "ngAfterViewInit", "ngAfterViewChecked", "ngAfterContentInit", "ngAfterContentChecked"];
function ck(e) { let t = _u(); if (ak.some(o => t.hasLifecycleHook(e, o)))
    return !0; let n = t.propMetadata(e); for (let o in n) {
    let r = n[o];
    for (let i = 0; i < r.length; i++) {
        let s = r[i], a = s.ngMetadataName;
        if (qC(s) || zC(s) || GC(s) || a === "Output" || a === "HostBinding" || a === "HostListener")
            return !0;
    }
} return !1; }
function ZC(e, t) { let n = null, o = null; Object.defineProperty(e, Ye, { get: () => { if (o === null) {
        let r = Fg(e, t), i = Q({ usage: 0, kind: "pipe", type: r.type });
        o = i.compileFactory(pe, `ng:///${r.name}/\u0275fac.js`, { name: r.name, type: r.type, typeArgumentCount: 0, deps: wr(e), target: i.FactoryTarget.Pipe });
    } return o; }, configurable: !1 }), Object.defineProperty(e, di, { get: () => { if (n === null) {
        let r = Fg(e, t);
        n = Q({ usage: 0, kind: "pipe", type: r.type }).compilePipe(pe, `ng:///${r.name}/\u0275pipe.js`, r);
    } return n; }, configurable: !1 }); }
function Fg(e, t) { return { type: e, name: e.name, pipeName: t.name, pure: t.pure !== void 0 ? t.pure : !0, isStandalone: t.standalone === void 0 ? !0 : !!t.standalone }; }
var YC = eo("Directive", (e = {}) => e, void 0, void 0, (e, t) => Wf(e, t)), lk = eo("Component", (e = {}) => U({ changeDetection: Os.Eager }, e), YC, void 0, (e, t) => VC(e, t)), uk = eo("Pipe", e => U({ pure: !0 }, e), void 0, void 0, (e, t) => ZC(e, t)), dk = vt("Input", e => e ? typeof e == "string" ? { alias: e } : e : {}), fk = vt("Output", e => ({ alias: e })), pk = vt("HostBinding", e => ({ hostPropertyName: e })), hk = vt("HostListener", (e, t) => ({ eventName: e, args: t })), gk = eo("NgModule", e => e, void 0, void 0, (e, t) => jC(e, t));
var KC = (() => { class e {
    applicationErrorHandler = D(Jt);
    appRef = D(be);
    taskService = D(At);
    ngZone = D(V);
    zonelessEnabled = D(On);
    tracing = D(Cn, { optional: !0 });
    zoneIsDefined = typeof Zone < "u" && !!Zone.root.run;
    schedulerTickApplyArgs = [{ data: { __scheduler_tick__: !0 } }];
    subscriptions = new vM;
    angularZoneId = this.zoneIsDefined ? this.ngZone._inner?.get(Ac) : null;
    scheduleInRootZone = !this.zonelessEnabled && this.zoneIsDefined && (D(xi, { optional: !0 }) ?? !1);
    cancelScheduledCallback = null;
    useMicrotaskScheduler = !1;
    runningTick = !1;
    pendingRenderTaskId = null;
    constructor() { this.subscriptions.add(this.appRef.afterTick.subscribe(() => { let n = this.taskService.add(); if (!this.runningTick && (this.cleanup(), !this.zonelessEnabled || this.appRef.includeAllTestViews)) {
        this.taskService.remove(n);
        return;
    } this.switchToMicrotaskScheduler(), this.taskService.remove(n); })), this.subscriptions.add(this.ngZone.onUnstable.subscribe(() => { this.runningTick || this.cleanup(); })); }
    switchToMicrotaskScheduler() { this.ngZone.runOutsideAngular(() => { let n = this.taskService.add(); this.useMicrotaskScheduler = !0, queueMicrotask(() => { this.useMicrotaskScheduler = !1, this.taskService.remove(n); }); }); }
    notify(n) { if (!this.zonelessEnabled && n === 5)
        return; switch (n) {
        case 0:
        case 2: {
            this.appRef.dirtyFlags |= 2;
            break;
        }
        case 3:
        case 4:
        case 5:
        case 1: {
            this.appRef.dirtyFlags |= 4;
            break;
        }
        case 6: {
            this.appRef.dirtyFlags |= 2;
            break;
        }
        case 12: {
            this.appRef.dirtyFlags |= 16;
            break;
        }
        case 13: {
            this.appRef.dirtyFlags |= 2;
            break;
        }
        case 11: break;
        default: this.appRef.dirtyFlags |= 8;
    } if (this.appRef.tracingSnapshot = this.tracing?.snapshot(this.appRef.tracingSnapshot) ?? null, !this.shouldScheduleTick())
        return; let o = this.useMicrotaskScheduler ? Xp : Jp; this.pendingRenderTaskId = this.taskService.add(), this.scheduleInRootZone ? this.cancelScheduledCallback = Zone.root.run(() => o(() => this.tick())) : this.cancelScheduledCallback = this.ngZone.runOutsideAngular(() => o(() => this.tick())); }
    shouldScheduleTick() { return !(this.appRef.destroyed || this.pendingRenderTaskId !== null || this.runningTick || this.appRef._runningTick || !this.zonelessEnabled && this.zoneIsDefined && Zone.current.get(Ac + this.angularZoneId)); }
    tick() { if (this.runningTick || this.appRef.destroyed)
        return; if (this.appRef.dirtyFlags === 0) {
        this.cleanup();
        return;
    } !this.zonelessEnabled && this.appRef.dirtyFlags & 7 && (this.appRef.dirtyFlags |= 1); let n = this.taskService.add(); try {
        this.ngZone.run(() => { this.runningTick = !0, this.appRef._tick(); }, void 0, this.schedulerTickApplyArgs);
    }
    catch (o) {
        this.applicationErrorHandler(o);
    }
    finally {
        this.taskService.remove(n), this.cleanup();
    } }
    ngOnDestroy() { this.subscriptions.unsubscribe(), this.cleanup(); }
    cleanup() { if (this.runningTick = !1, this.cancelScheduledCallback?.(), this.cancelScheduledCallback = null, this.pendingRenderTaskId !== null) {
        let n = this.pendingRenderTaskId;
        this.pendingRenderTaskId = null, this.taskService.remove(n);
    } }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = yt({ token: e, factory: e.\u0275fac });
} return e; })();
function mk() { return K("NgZoneless"), Be([...La(), []]); }
function La() { return [{ provide: xt, useExisting: KC }, { provide: V, useClass: xc }, { provide: On, useValue: !0 }]; }
var vk = (() => { class e {
    compileModuleSync(n) { return new Yn(n); }
    compileModuleAsync(n) { return Promise.resolve(this.compileModuleSync(n)); }
    clearCache() { }
    clearCacheFor(n) { }
    getModuleId(n) { }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = yt({ token: e, factory: e.\u0275fac });
} return e; })(), JC = new A(""), Eu = class {
};
function yk() { return typeof ngI18nClosureMode < "u" && ngI18nClosureMode && typeof goog < "u" && goog.LOCALE !== "en" ? goog.LOCALE : typeof $localize < "u" && $localize.locale || Yr; }
var zf = new A("", { factory: () => D(zf, { optional: !0, skipSelf: !0 }) || yk() }), Ik = new A("", { factory: () => Ox }), Ek = new A(""), Dk = new A(""), XC = (function (e) { return e[e.Error = 0] = "Error", e[e.Warning = 1] = "Warning", e[e.Ignore = 2] = "Ignore", e; })(XC || {});
function es(e, t) { let n = e[m]; for (let o = I; o < n.bindingStartIndex; o++)
    if (Z(e[o])) {
        let r = e[o];
        if (!(o === n.bindingStartIndex - 1)) {
            let s = n.data[o], a = ce(n, s);
            if (FI(a)) {
                t.push({ lContainer: r, lView: e, tNode: s, tDetails: a });
                continue;
            }
        }
        te(r[H]) && es(r[H], t);
        for (let s = k; s < r.length; s++)
            es(r[s], t);
    }
    else
        te(e[o]) && es(e[o], t); }
var Du = class {
    name;
    callback;
    constructor(t, n) { this.name = t, this.callback = n; }
};
function Ck(e) { return e.map(t => t.nativeElement); }
var Cr = class {
    nativeNode;
    constructor(t) { this.nativeNode = t; }
    get parent() { let t = this.nativeNode.parentNode; return t ? new yn(t) : null; }
    get injector() { return Au(this.nativeNode); }
    get componentInstance() { let t = this.nativeNode; return t && (Ah(t) || Iw(t)); }
    get context() { return Ah(this.nativeNode) || yw(this.nativeNode); }
    get listeners() { return Mw(this.nativeNode).filter(t => t.type === "dom"); }
    get references() { return Cw(this.nativeNode); }
    get providerTokens() { return Ew(this.nativeNode); }
}, yn = class extends Cr {
    constructor(t) { super(t); }
    get nativeElement() { return this.nativeNode.nodeType == Node.ELEMENT_NODE ? this.nativeNode : null; }
    get name() { let t = Ie(this.nativeNode), n = t ? t.lView : null; return n !== null ? n[m].data[t.nodeIndex].value : this.nativeNode.nodeName; }
    get properties() { let t = Ie(this.nativeNode), n = t ? t.lView : null; if (n === null)
        return {}; let o = n[m].data, r = o[t.nodeIndex], i = {}; return Tk(this.nativeElement, i), wk(i, r, n, o), i; }
    get attributes() { let t = {}, n = this.nativeElement; if (!n)
        return t; let o = Ie(n), r = o ? o.lView : null; if (r === null)
        return {}; let i = r[m].data[o.nodeIndex].attrs, s = []; if (i) {
        let a = 0;
        for (; a < i.length;) {
            let c = i[a];
            if (typeof c != "string")
                break;
            let l = i[a + 1];
            t[c] = l, s.push(c.toLowerCase()), a += 2;
        }
    } for (let a of n.attributes)
        s.includes(a.name) || (t[a.name] = a.value); return t; }
    get styles() { return this.nativeElement?.style ?? {}; }
    get classes() { let t = {}, o = this.nativeElement.className; return (typeof o != "string" ? o.baseVal.split(" ") : o.split(" ")).forEach(i => t[i] = !0), t; }
    get childNodes() { let t = this.nativeNode.childNodes, n = []; for (let o = 0; o < t.length; o++) {
        let r = t[o];
        n.push(Tr(r));
    } return n; }
    get children() { let t = this.nativeElement; if (!t)
        return []; let n = t.children, o = []; for (let r = 0; r < n.length; r++) {
        let i = n[r];
        o.push(Tr(i));
    } return o; }
    query(t) { return this.queryAll(t)[0] || null; }
    queryAll(t) { let n = []; return jg(this, t, n, !0), n; }
    queryAllNodes(t) { let n = []; return jg(this, t, n, !1), n; }
    triggerEventHandler(t, n) { let o = this.nativeNode, r = []; this.listeners.forEach(i => { if (i.name === t) {
        let s = i.callback;
        s.call(o, n), r.push(s);
    } }), typeof o.eventListeners == "function" && o.eventListeners(t).forEach(i => { if (i.toString().indexOf("__ngUnwrap__") !== -1) {
        let s = i("__ngUnwrap__");
        return r.indexOf(s) === -1 && s.call(o, n);
    } }); }
};
function Tk(e, t) { if (e) {
    let n = Object.getPrototypeOf(e), o = Node.prototype;
    for (; n !== null && n !== o;) {
        let r = Object.getOwnPropertyDescriptors(n);
        for (let i in r)
            if (!i.startsWith("__") && !i.startsWith("on")) {
                let s = e[i];
                Mk(s) && (t[i] = s);
            }
        n = Object.getPrototypeOf(n);
    }
} }
function Mk(e) { return typeof e == "string" || typeof e == "boolean" || typeof e == "number" || e === null; }
function jg(e, t, n, o) { let r = Ie(e.nativeNode), i = r ? r.lView : null; if (i !== null) {
    let s = i[m].data[r.nodeIndex];
    on(s, i, t, n, o, e.nativeNode);
}
else
    Gf(e.nativeNode, t, n, o); }
function on(e, t, n, o, r, i) { let s = Rp(e, t); if (e.type & 11) {
    if (ul(s, n, o, r, i), ve(e)) {
        let c = de(e.index, t);
        c && c[m].firstChild && on(c[m].firstChild, c, n, o, r, i);
    }
    else
        e.child && on(e.child, t, n, o, r, i), s && Gf(s, n, o, r);
    let a = t[e.index];
    Z(a) && Hg(a, n, o, r, i);
}
else if (e.type & 4) {
    let a = t[e.index];
    ul(a[Xe], n, o, r, i), Hg(a, n, o, r, i);
}
else if (e.type & 16) {
    let a = t[ee], l = a[X].projection[e.projection];
    if (Array.isArray(l))
        for (let u of l)
            ul(u, n, o, r, i);
    else if (l) {
        let u = a[q], d = u[m].data[l.index];
        on(d, u, n, o, r, i);
    }
}
else
    e.child && on(e.child, t, n, o, r, i); if (i !== s) {
    let a = e.flags & 2 ? e.projectionNext : e.next;
    a && on(a, t, n, o, r, i);
} }
function Hg(e, t, n, o, r) { for (let i = k; i < e.length; i++) {
    let s = e[i], a = s[m].firstChild;
    a && on(a, s, t, n, o, r);
} }
function ul(e, t, n, o, r) { if (r !== e) {
    let i = Tr(e);
    if (!i)
        return;
    (o && i instanceof yn && t(i) && n.indexOf(i) === -1 || !o && t(i) && n.indexOf(i) === -1) && n.push(i);
} }
function Gf(e, t, n, o) { let r = e.childNodes, i = r.length; for (let s = 0; s < i; s++) {
    let a = r[s], c = Tr(a);
    c && ((o && c instanceof yn && t(c) && n.indexOf(c) === -1 || !o && t(c) && n.indexOf(c) === -1) && n.push(c), Gf(a, t, n, o));
} }
function wk(e, t, n, o) { let r = t.propertyBindings; if (r !== null)
    for (let i = 0; i < r.length; i++) {
        let s = r[i], c = o[s].split(HN), l = c[0];
        if (c.length > 1) {
            let u = c[1];
            for (let d = 1; d < c.length - 1; d++)
                u += N(n[s + d - 1]) + c[d + 1];
            e[l] = u;
        }
        else
            e[l] = n[s];
    } }
var dl = "__ng_debug__";
function Tr(e) { return e instanceof Node ? (Object.hasOwn(e, dl) || (e[dl] = e.nodeType == Node.ELEMENT_NODE ? new yn(e) : new Cr(e)), e[dl]) : null; }
import { Subscription as Nk } from "rxjs";
import "rxjs/operators";
typeof globalThis.ngServerMode > "u" && (globalThis.ngServerMode = typeof window > "u");
var oP = Symbol();
function IT(e, t) { let n = Object.create(Cu); n.value = e, n.transformFn = t?.transform; function o() { if (ni(n), n.value === Xn) {
    let r = null;
    throw new T(-950, r);
} return n.value; } return o[je] = n, o; }
var _k = (function (e) { return e.Angular = "angular", e.ACX = "acx", e.Wiz = "wiz", e; })(_k || {}), eT = class {
    attributeName;
    constructor(t) { this.attributeName = t; }
    __NG_ELEMENT_ID__ = () => Rs(this.attributeName);
    toString() { return `HostAttributeToken ${this.attributeName}`; }
}, rP = (() => { let e = new A(""); return e.__NG_ELEMENT_ID__ = t => { let n = M(); if (n === null)
    throw new T(-204, !1); if (n.type & 2)
    return n.value; if (t & 8)
    return null; throw new T(-204, !1); }, e; })();
function Sk(e) { return bk(e) ? e.default : e; }
function bk(e) { return e && typeof e == "object" && "default" in e; }
function iP(e, t) { let n = D(ge), o = null, r = () => (o || (o = e()), o); return t?.prefetch && t.prefetch().then(() => r()).catch(() => { }), () => r().then(i => n.get(Sk(i))); }
function sP(e) { let t = D(ks), { promise: n, resolve: o } = Rn(); return t.requestOnIdle(() => o(), e), n; }
var Tn = (function (e) { return e[e.Directive = 0] = "Directive", e[e.Component = 1] = "Component", e[e.Injectable = 2] = "Injectable", e[e.Pipe = 3] = "Pipe", e[e.NgModule = 4] = "NgModule", e[e.Service = 5] = "Service", e; })(Tn || {});
function aP(e) { return new Hc; }
function tT(e, t) { return IT(e, t); }
function Ak(e) { return IT(Xn, e); }
var cP = (tT.required = Ak, tT);
function ET(e, t) { let n = Object.create(Cu), o = new Hc; n.value = e; function r() { return ni(n), nT(n.value), n.value; } return r[je] = n, r.asReadonly = eh.bind(r), r.set = i => { n.equal(n.value, i) || (ii(n, i), o.emit(i)); }, r.update = i => { nT(n.value), r.set(i(n.value)); }, r.subscribe = o.subscribe.bind(o), r.destroyRef = o.destroyRef, r; }
function nT(e) { if (e === Xn)
    throw new T(952, !1); }
function oT(e, t) { return ET(e, t); }
function xk(e) { return ET(Xn, e); }
var lP = (oT.required = xk, oT);
function rT(e, t) { return kd(t); }
function Rk(e, t) { return Od(t); }
var uP = (rT.required = Rk, rT);
function dP(e, t) { return Ld(t); }
function iT(e, t) { return kd(t); }
function kk(e, t) { return Od(t); }
var fP = (iT.required = kk, iT);
function pP(e, t) { return Ld(t); }
function hP(...e) { return e.reduce((t, n) => Object.assign(t, n, { providers: [...t.providers, ...n.providers] }), { providers: [] }); }
var DT = !0, yo = class {
}, gP = vt("ContentChildren", (e, t = {}) => U({ selector: e, first: !1, isViewQuery: !1, descendants: !1, emitDistinctChangesOnly: DT }, t), yo), mP = vt("ContentChild", (e, t = {}) => U({ selector: e, first: !0, isViewQuery: !1, descendants: !0 }, t), yo), vP = vt("ViewChildren", (e, t = {}) => U({ selector: e, first: !1, isViewQuery: !0, descendants: !0, emitDistinctChangesOnly: DT }, t), yo), yP = vt("ViewChild", (e, t) => U({ selector: e, first: !0, isViewQuery: !0, descendants: !0 }, t), yo), IP = (() => { class e {
    constructor(n) { }
    static \u0275fac = function (o) { return new (o || e)(He(be)); };
    static \u0275mod = jd({ type: e });
    static \u0275inj = Do({});
} return e; })(), EP = new A("", { providedIn: "platform", factory: () => null }), DP = new A("", { providedIn: "platform", factory: () => null }), CP = new A("", { providedIn: "platform", factory: () => null }), Pa = new WeakSet, sT = "";
function aT(e) { return e.get(Vs, Pu); }
function Ok() { let e = [{ provide: Vs, useFactory: () => { let t = !0; if (typeof ngServerMode > "u" || !ngServerMode) {
            let n = D(ut);
            t = !!window._ejsas?.[n];
        } return t && K("NgEventReplay"), t; } }]; return (typeof ngServerMode > "u" || !ngServerMode) && e.push({ provide: Nt, useValue: () => { let t = D(be), { injector: n } = t; if (!Pa.has(t)) {
        let o = D(kr);
        if (aT(n)) {
            Om();
            let r = n.get(ut), i = Rm(r, (s, a, c) => { s.nodeType === Node.ELEMENT_NODE && (xm(s, a, c), Hu(s, o)); });
            t.onDestroy(i);
        }
    } }, multi: !0 }, { provide: qr, useFactory: () => { let t = D(be), { injector: n } = t; return () => { if (!aT(n) || Pa.has(t))
        return; Pa.add(t); let o = n.get(ut); t.onDestroy(() => { Pa.delete(t), typeof ngServerMode < "u" && !ngServerMode && Bc(o); }), t.whenStable().then(() => { if (t.destroyed)
        return; let r = n.get(Bu); Lk(r, n); let i = n.get(kr); i.get(sT)?.forEach(Vu), i.delete(sT); let s = r.instance; Or(n) ? t.onDestroy(() => s.cleanUp()) : s.cleanUp(); }); }; }, multi: !0 }), e; }
var Lk = (e, t) => { let n = t.get(ut), o = window._ejsas[n], r = e.instance = new vh(new ph(o.c)); for (let a of o.et)
    r.addEvent(a); for (let a of o.etc)
    r.addEvent(a); let i = yh(n); r.replayEarlyEventInfos(i), Bc(n); let s = new gh(a => { Fk(t, a, a.currentTarget); }); mh(r, s); };
function Pk(e, t, n) { let o = new Map, r = t[Gt], i = e.cleanup; if (!i || !r)
    return o; for (let s = 0; s < i.length;) {
    let a = i[s++], c = i[s++];
    if (typeof a != "string")
        continue;
    let l = a;
    if (!fh(l))
        continue;
    dh(l) ? n.capture.add(l) : n.regular.add(l);
    let u = R(t[c]);
    s++;
    let d = i[s++];
    (typeof d == "boolean" || d >= 0) && (o.has(u) ? o.get(u).push(l) : o.set(u, [l]));
} return o; }
function Fk(e, t, n) { let o = (n && n.getAttribute(so)) ?? ""; /d\d+/.test(o) ? jk(o, e, t, n) : t.eventPhase === hh.REPLAY && $u(t, n); }
function jk(e, t, n, o) { let r = t.get(_m); r.push({ event: n, currentTarget: o }), Tt(t, e, Hk(r)); }
function Hk(e) { return t => { let n = new Set(t), o = []; for (let { event: r, currentTarget: i } of e) {
    let s = i.getAttribute(so);
    n.has(s) ? $u(r, i) : o.push({ event: r, currentTarget: i });
} e.length = 0, e.push(...o); }; }
var cT = !1, lT = !1, Vk = 1e4;
function Bk() { cT || (cT = !0, Hm(), OE(), bD(), LE(), kI(), oI(), Sy(), Gv()); }
function $k() { lT || (lT = !0, QE(), Iy(), My()); }
function Uk(e) { return e.whenStable(); }
var TP = "ngcm";
function MP() { let e = [{ provide: En, useFactory: () => { let t = !0; return (typeof ngServerMode > "u" || !ngServerMode) && (t = !!D(Xt, { optional: !0 })?.get(Bs, null)), t && K("NgHydration"), t; } }, { provide: Nt, useValue: () => { if (Cd(!1), typeof ngServerMode < "u" && ngServerMode)
            return; let t = D(kn); D(En) && (qm(t), Bk()); }, multi: !0 }]; return (typeof ngServerMode > "u" || !ngServerMode) && e.push({ provide: Ou, useFactory: () => D(En) }, { provide: qr, useFactory: () => { let t = D(xt); if (D(En)) {
        let n = D(be);
        return () => { Uk(n).then(() => { n.destroyed || (Td(n), t.notify(7)); }); };
    } return () => { }; }, multi: !0 }), Be(e); }
function wP() { return [{ provide: Lu, useFactory: () => D(En) }, { provide: Nt, useValue: () => { D(En) && ($k(), Cd(!0), K("NgI18nHydration")); }, multi: !0 }]; }
function NP() { let e = [Ok(), { provide: Fu, useValue: !0 }, { provide: It, useFactory: aC }]; return (typeof ngServerMode > "u" || !ngServerMode) && e.push({ provide: Oa, useFactory: () => ({ requested: !1, activated: !1, injector: D(ge), document: D(kn) }) }, { provide: qr, useFactory: () => { let t = D(Oa); return () => { t.requested || (t.requested = !0, Bf(t)); }; }, multi: !0 }), e; }
var uT = Vk - 1e3, Zf = class {
    openTasks = new Map;
    add(t) { this.openTasks.set(t, new Error("Task stack tracking error")); }
    remove(t) { this.openTasks.delete(t); }
};
function _P() { let e = new Zf, { openTasks: t } = e; return Be([{ provide: Kp, useValue: e }, CI(() => { console.warn("Stability debugging utility was provided in production mode. This will cause debug code to be included in production bundles. If this is intentional because you are debugging stability issues in a production environment, you can ignore this warning."); let n = D(V), o = D(be), r = null; typeof Zone < "u" && n.run(() => { r = Zone.current.get("TaskTrackingZone"); }), n.runOutsideAngular(() => { let i = setTimeout(() => { if (console.debug(`---- Application did not stabilize within ${uT / 1e3} seconds ----`), typeof Zone < "u" && !r && console.info('Zone.js is present but no TaskTrackingZone found. To enable better debugging of tasks in the Angular Zone, import "zone.js/plugins/task-tracking" in your application.'), r?.macroTasks?.length) {
        console.group("Macrotasks keeping Angular Zone unstable:");
        for (let s of r?.macroTasks ?? [])
            console.debug(s.creationLocation.stack);
        console.groupEnd();
    } console.group("PendingTasks keeping application unstable:"); for (let s of t.values())
        console.debug(s.stack); console.groupEnd(); }, uT); o.whenStable().then(() => { clearTimeout(i); }); }); })]); }
var Fa = class {
    supports(t) { return hr(t); }
    create(t) { return new Yf(t); }
}, Wk = (e, t) => t, Yf = class {
    length = 0;
    collection;
    _linkedRecords = null;
    _unlinkedRecords = null;
    _previousItHead = null;
    _itHead = null;
    _itTail = null;
    _additionsHead = null;
    _additionsTail = null;
    _movesHead = null;
    _movesTail = null;
    _removalsHead = null;
    _removalsTail = null;
    _identityChangesHead = null;
    _identityChangesTail = null;
    _trackByFn;
    constructor(t) { this._trackByFn = t || Wk; }
    forEachItem(t) { let n; for (n = this._itHead; n !== null; n = n._next)
        t(n); }
    forEachOperation(t) { let n = this._itHead, o = this._removalsHead, r = 0, i = null; for (; n || o;) {
        let s = !o || n && n.currentIndex < dT(o, r, i) ? n : o, a = dT(s, r, i), c = s.currentIndex;
        if (s === o)
            r--, o = o._nextRemoved;
        else if (n = n._next, s.previousIndex == null)
            r++;
        else {
            i || (i = []);
            let l = a - r, u = c - r;
            if (l != u) {
                for (let f = 0; f < l; f++) {
                    let p = f < i.length ? i[f] : i[f] = 0, h = p + f;
                    u <= h && h < l && (i[f] = p + 1);
                }
                let d = s.previousIndex;
                i[d] = u - l;
            }
        }
        a !== c && t(s, a, c);
    } }
    forEachPreviousItem(t) { let n; for (n = this._previousItHead; n !== null; n = n._nextPrevious)
        t(n); }
    forEachAddedItem(t) { let n; for (n = this._additionsHead; n !== null; n = n._nextAdded)
        t(n); }
    forEachMovedItem(t) { let n; for (n = this._movesHead; n !== null; n = n._nextMoved)
        t(n); }
    forEachRemovedItem(t) { let n; for (n = this._removalsHead; n !== null; n = n._nextRemoved)
        t(n); }
    forEachIdentityChange(t) { let n; for (n = this._identityChangesHead; n !== null; n = n._nextIdentityChange)
        t(n); }
    diff(t) { if (t == null && (t = []), !hr(t))
        throw new T(900, !1); return this.check(t) ? this : null; }
    onDestroy() { }
    check(t) { this._reset(); let n = this._itHead, o = !1, r, i, s; if (Array.isArray(t)) {
        this.length = t.length;
        for (let a = 0; a < this.length; a++)
            i = t[a], s = this._trackByFn(a, i), n === null || !Object.is(n.trackById, s) ? (n = this._mismatch(n, i, s, a), o = !0) : (o && (n = this._verifyReinsertion(n, i, s, a)), Object.is(n.item, i) || this._addIdentityChange(n, i)), n = n._next;
    }
    else
        r = 0, Fy(t, a => { s = this._trackByFn(r, a), n === null || !Object.is(n.trackById, s) ? (n = this._mismatch(n, a, s, r), o = !0) : (o && (n = this._verifyReinsertion(n, a, s, r)), Object.is(n.item, a) || this._addIdentityChange(n, a)), n = n._next, r++; }), this.length = r; return this._truncate(n), this.collection = t, this.isDirty; }
    get isDirty() { return this._additionsHead !== null || this._movesHead !== null || this._removalsHead !== null || this._identityChangesHead !== null; }
    _reset() { if (this.isDirty) {
        let t;
        for (t = this._previousItHead = this._itHead; t !== null; t = t._next)
            t._nextPrevious = t._next;
        for (t = this._additionsHead; t !== null; t = t._nextAdded)
            t.previousIndex = t.currentIndex;
        for (this._additionsHead = this._additionsTail = null, t = this._movesHead; t !== null; t = t._nextMoved)
            t.previousIndex = t.currentIndex;
        this._movesHead = this._movesTail = null, this._removalsHead = this._removalsTail = null, this._identityChangesHead = this._identityChangesTail = null;
    } }
    _mismatch(t, n, o, r) { let i; return t === null ? i = this._itTail : (i = t._prev, this._remove(t)), t = this._unlinkedRecords === null ? null : this._unlinkedRecords.get(o, null), t !== null ? (Object.is(t.item, n) || this._addIdentityChange(t, n), this._reinsertAfter(t, i, r)) : (t = this._linkedRecords === null ? null : this._linkedRecords.get(o, r), t !== null ? (Object.is(t.item, n) || this._addIdentityChange(t, n), this._moveAfter(t, i, r)) : t = this._addAfter(new Kf(n, o), i, r)), t; }
    _verifyReinsertion(t, n, o, r) { let i = this._unlinkedRecords === null ? null : this._unlinkedRecords.get(o, null); return i !== null ? t = this._reinsertAfter(i, t._prev, r) : t.currentIndex != r && (t.currentIndex = r, this._addToMoves(t, r)), t; }
    _truncate(t) { for (; t !== null;) {
        let n = t._next;
        this._addToRemovals(this._unlink(t)), t = n;
    } this._unlinkedRecords !== null && this._unlinkedRecords.clear(), this._additionsTail !== null && (this._additionsTail._nextAdded = null), this._movesTail !== null && (this._movesTail._nextMoved = null), this._itTail !== null && (this._itTail._next = null), this._removalsTail !== null && (this._removalsTail._nextRemoved = null), this._identityChangesTail !== null && (this._identityChangesTail._nextIdentityChange = null); }
    _reinsertAfter(t, n, o) { this._unlinkedRecords !== null && this._unlinkedRecords.remove(t); let r = t._prevRemoved, i = t._nextRemoved; return r === null ? this._removalsHead = i : r._nextRemoved = i, i === null ? this._removalsTail = r : i._prevRemoved = r, this._insertAfter(t, n, o), this._addToMoves(t, o), t; }
    _moveAfter(t, n, o) { return this._unlink(t), this._insertAfter(t, n, o), this._addToMoves(t, o), t; }
    _addAfter(t, n, o) { return this._insertAfter(t, n, o), this._additionsTail === null ? this._additionsTail = this._additionsHead = t : this._additionsTail = this._additionsTail._nextAdded = t, t; }
    _insertAfter(t, n, o) { let r = n === null ? this._itHead : n._next; return t._next = r, t._prev = n, r === null ? this._itTail = t : r._prev = t, n === null ? this._itHead = t : n._next = t, this._linkedRecords === null && (this._linkedRecords = new ja), this._linkedRecords.put(t), t.currentIndex = o, t; }
    _remove(t) { return this._addToRemovals(this._unlink(t)); }
    _unlink(t) { this._linkedRecords !== null && this._linkedRecords.remove(t); let n = t._prev, o = t._next; return n === null ? this._itHead = o : n._next = o, o === null ? this._itTail = n : o._prev = n, t; }
    _addToMoves(t, n) { return t.previousIndex === n || (this._movesTail === null ? this._movesTail = this._movesHead = t : this._movesTail = this._movesTail._nextMoved = t), t; }
    _addToRemovals(t) { return this._unlinkedRecords === null && (this._unlinkedRecords = new ja), this._unlinkedRecords.put(t), t.currentIndex = null, t._nextRemoved = null, this._removalsTail === null ? (this._removalsTail = this._removalsHead = t, t._prevRemoved = null) : (t._prevRemoved = this._removalsTail, this._removalsTail = this._removalsTail._nextRemoved = t), t; }
    _addIdentityChange(t, n) { return t.item = n, this._identityChangesTail === null ? this._identityChangesTail = this._identityChangesHead = t : this._identityChangesTail = this._identityChangesTail._nextIdentityChange = t, t; }
}, Kf = class {
    item;
    trackById;
    currentIndex = null;
    previousIndex = null;
    _nextPrevious = null;
    _prev = null;
    _next = null;
    _prevDup = null;
    _nextDup = null;
    _prevRemoved = null;
    _nextRemoved = null;
    _nextAdded = null;
    _nextMoved = null;
    _nextIdentityChange = null;
    constructor(t, n) { this.item = t, this.trackById = n; }
}, Jf = class {
    _head = null;
    _tail = null;
    add(t) { this._head === null ? (this._head = this._tail = t, t._nextDup = null, t._prevDup = null) : (this._tail._nextDup = t, t._prevDup = this._tail, t._nextDup = null, this._tail = t); }
    get(t, n) { let o; for (o = this._head; o !== null; o = o._nextDup)
        if ((n === null || n <= o.currentIndex) && Object.is(o.trackById, t))
            return o; return null; }
    remove(t) { let n = t._prevDup, o = t._nextDup; return n === null ? this._head = o : n._nextDup = o, o === null ? this._tail = n : o._prevDup = n, this._head === null; }
}, ja = class {
    map = new Map;
    put(t) { let n = t.trackById, o = this.map.get(n); o || (o = new Jf, this.map.set(n, o)), o.add(t); }
    get(t, n) { let o = t, r = this.map.get(o); return r ? r.get(t, n) : null; }
    remove(t) { let n = t.trackById; return this.map.get(n).remove(t) && this.map.delete(n), t; }
    get isEmpty() { return this.map.size === 0; }
    clear() { this.map.clear(); }
};
function dT(e, t, n) { let o = e.previousIndex; if (o === null)
    return o; let r = 0; return n && o < n.length && (r = n[o]), o + t + r; }
var Ha = class {
    supports(t) { return t instanceof Map || Ea(t); }
    create() { return new Xf; }
}, Xf = class {
    _records = new Map;
    _mapHead = null;
    _appendAfter = null;
    _previousMapHead = null;
    _changesHead = null;
    _changesTail = null;
    _additionsHead = null;
    _additionsTail = null;
    _removalsHead = null;
    get isDirty() { return this._additionsHead !== null || this._changesHead !== null || this._removalsHead !== null; }
    forEachItem(t) { let n; for (n = this._mapHead; n !== null; n = n._next)
        t(n); }
    forEachPreviousItem(t) { let n; for (n = this._previousMapHead; n !== null; n = n._nextPrevious)
        t(n); }
    forEachChangedItem(t) { let n; for (n = this._changesHead; n !== null; n = n._nextChanged)
        t(n); }
    forEachAddedItem(t) { let n; for (n = this._additionsHead; n !== null; n = n._nextAdded)
        t(n); }
    forEachRemovedItem(t) { let n; for (n = this._removalsHead; n !== null; n = n._nextRemoved)
        t(n); }
    diff(t) { if (!t)
        t = new Map;
    else if (!(t instanceof Map || Ea(t)))
        throw new T(900, !1); return this.check(t) ? this : null; }
    check(t) { this._reset(); let n = this._mapHead; if (this._appendAfter = null, this._forEach(t, (o, r) => { if (n && n.key === r)
        this._maybeAddToChanges(n, o), this._appendAfter = n, n = n._next;
    else {
        let i = this._getOrCreateRecordForKey(r, o);
        n = this._insertBeforeOrAppend(n, i);
    } }), n) {
        n._prev && (n._prev._next = null), this._removalsHead = n;
        for (let o = n; o !== null; o = o._nextRemoved)
            o === this._mapHead && (this._mapHead = null), this._records.delete(o.key), o._nextRemoved = o._next, o.previousValue = o.currentValue, o.currentValue = null, o._prev = null, o._next = null;
    } return this._changesTail && (this._changesTail._nextChanged = null), this._additionsTail && (this._additionsTail._nextAdded = null), this.isDirty; }
    _insertBeforeOrAppend(t, n) { if (t) {
        let o = t._prev;
        return n._next = t, n._prev = o, t._prev = n, o && (o._next = n), t === this._mapHead && (this._mapHead = n), this._appendAfter = t, t;
    } return this._appendAfter ? (this._appendAfter._next = n, n._prev = this._appendAfter) : this._mapHead = n, this._appendAfter = n, null; }
    _getOrCreateRecordForKey(t, n) { if (this._records.has(t)) {
        let r = this._records.get(t);
        this._maybeAddToChanges(r, n);
        let i = r._prev, s = r._next;
        return i && (i._next = s), s && (s._prev = i), r._next = null, r._prev = null, r;
    } let o = new ep(t); return this._records.set(t, o), o.currentValue = n, this._addToAdditions(o), o; }
    _reset() { if (this.isDirty) {
        let t;
        for (this._previousMapHead = this._mapHead, t = this._previousMapHead; t !== null; t = t._next)
            t._nextPrevious = t._next;
        for (t = this._changesHead; t !== null; t = t._nextChanged)
            t.previousValue = t.currentValue;
        for (t = this._additionsHead; t != null; t = t._nextAdded)
            t.previousValue = t.currentValue;
        this._changesHead = this._changesTail = null, this._additionsHead = this._additionsTail = null, this._removalsHead = null;
    } }
    _maybeAddToChanges(t, n) { Object.is(n, t.currentValue) || (t.previousValue = t.currentValue, t.currentValue = n, this._addToChanges(t)); }
    _addToAdditions(t) { this._additionsHead === null ? this._additionsHead = this._additionsTail = t : (this._additionsTail._nextAdded = t, this._additionsTail = t); }
    _addToChanges(t) { this._changesHead === null ? this._changesHead = this._changesTail = t : (this._changesTail._nextChanged = t, this._changesTail = t); }
    _forEach(t, n) { t instanceof Map ? t.forEach(n) : Object.keys(t).forEach(o => n(t[o], o)); }
}, ep = class {
    key;
    previousValue = null;
    currentValue = null;
    _nextPrevious = null;
    _next = null;
    _prev = null;
    _nextAdded = null;
    _nextRemoved = null;
    _nextChanged = null;
    constructor(t) { this.key = t; }
};
function fT() { return new CT([new Fa]); }
var CT = (() => { class e {
    factories;
    static \u0275prov = se({ token: e, providedIn: "root", factory: fT });
    constructor(n) { this.factories = n; }
    static create(n, o) { if (o != null) {
        let r = o.factories.slice();
        n = n.concat(r);
    } return new e(n); }
    static extend(n) { return { provide: e, useFactory: () => { let o = D(e, { optional: !0, skipSelf: !0 }); return e.create(n, o || fT()); } }; }
    find(n) { let o = this.factories.find(r => r.supports(n)); if (o != null)
        return o; throw new T(901, !1); }
} return e; })();
function pT() { return new TT([new Ha]); }
var TT = (() => { class e {
    static \u0275prov = se({ token: e, providedIn: "root", factory: pT });
    factories;
    constructor(n) { this.factories = n; }
    static create(n, o) { if (o) {
        let r = o.factories.slice();
        n = n.concat(r);
    } return new e(n); }
    static extend(n) { return { provide: e, useFactory: () => { let o = D(e, { optional: !0, skipSelf: !0 }); return e.create(n, o || pT()); } }; }
    find(n) { let o = this.factories.find(r => r.supports(n)); if (o)
        return o; throw new T(901, !1); }
} return e; })(), zk = (() => { class e {
    static __NG_ELEMENT_ID__ = Gk;
} return e; })();
function Gk(e) { return qk(M(), g(), (e & 16) === 16); }
function qk(e, t, n) { if (ve(e) && !n) {
    let o = de(e.index, t);
    return new mt(o, o);
}
else if (e.type & 175) {
    let o = t[ee];
    return new mt(o, t);
} return null; }
var Qk = [new Ha], Zk = [new Fa], SP = new CT(Zk), bP = new TT(Qk);
function AP(e) { return Be([]); }
var Yk = (() => { class e {
    zone = D(V);
    changeDetectionScheduler = D(xt);
    applicationRef = D(be);
    applicationErrorHandler = D(Jt);
    _onMicrotaskEmptySubscription;
    initialize() { this._onMicrotaskEmptySubscription || (this._onMicrotaskEmptySubscription = this.zone.onMicrotaskEmpty.subscribe({ next: () => { this.changeDetectionScheduler.runningTick || this.zone.run(() => { try {
            this.applicationRef.dirtyFlags |= 1, this.applicationRef._tick();
        }
        catch (n) {
            this.applicationErrorHandler(n);
        } }); } })); }
    ngOnDestroy() { this._onMicrotaskEmptySubscription?.unsubscribe(); }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = yt({ token: e, factory: e.\u0275fac });
} return e; })(), Kk = new A("", { factory: () => !1 });
function Jk({ ngZoneFactory: e, scheduleInRootZone: t }) { return e ??= () => new V(xe(U({}, MT()), { scheduleInRootZone: t })), [{ provide: On, useValue: !1 }, { provide: V, useFactory: e }, { provide: Nt, multi: !0, useFactory: () => { let n = D(Yk, { optional: !0 }); return () => n.initialize(); } }, { provide: Nt, multi: !0, useFactory: () => { let n = D(Xk); return () => { n.initialize(); }; } }, { provide: xi, useValue: t ?? Yp }]; }
function xP(e) { let t = e?.scheduleInRootZone, n = Jk({ ngZoneFactory: () => { let o = MT(e); return o.scheduleInRootZone = t, o.shouldCoalesceEventChangeDetection && K("NgZone_CoalesceEvent"), new V(o); }, scheduleInRootZone: t }); return Be([{ provide: Kk, useValue: !0 }, n]); }
function MT(e) { return { enableLongStackTrace: !1, shouldCoalesceEventChangeDetection: e?.eventCoalescing ?? !1, shouldCoalesceRunChangeDetection: e?.runCoalescing ?? !1 }; }
var Xk = (() => { class e {
    subscription = new Nk;
    initialized = !1;
    zone = D(V);
    pendingTasks = D(At);
    initialize() { if (this.initialized)
        return; this.initialized = !0; let n = null; !this.zone.isStable && !this.zone.hasPendingMacrotasks && !this.zone.hasPendingMicrotasks && (n = this.pendingTasks.add()), this.zone.runOutsideAngular(() => { this.subscription.add(this.zone.onStable.subscribe(() => { V.assertNotInAngularZone(), queueMicrotask(() => { n !== null && !this.zone.hasPendingMacrotasks && !this.zone.hasPendingMicrotasks && (this.pendingTasks.remove(n), n = null); }); })); }), this.subscription.add(this.zone.onUnstable.subscribe(() => { V.assertInAngularZone(), n ??= this.pendingTasks.add(); })); }
    ngOnDestroy() { this.subscription.unsubscribe(); }
    static \u0275fac = function (o) { return new (o || e); };
    static \u0275prov = yt({ token: e, factory: e.\u0275fac });
} return e; })();
function eO(e, t, n) { let o = new Yn(n); return Promise.resolve(o); }
function hT(e) { for (let t = e.length - 1; t >= 0; t--)
    if (e[t] !== void 0)
        return e[t]; }
var Va = new A(""), tO = new A("");
function Xr(e) { return !e.moduleRef; }
function wT(e) { let t = Xr(e) ? e.r3Injector : e.moduleRef.injector, n = t.get(V); return n.run(() => { Xr(e) ? e.r3Injector.resolveInjectorInitializers() : e.moduleRef.resolveInjectorInitializers(); let o = t.get(Jt), r; if (n.runOutsideAngular(() => { r = n.onError.subscribe({ next: o }); }), Xr(e)) {
    let i = () => t.destroy(), s = e.platformInjector.get(Va);
    s.add(i), t.onDestroy(() => { r.unsubscribe(), s.delete(i); });
}
else {
    let i = () => e.moduleRef.destroy(), s = e.platformInjector.get(Va);
    s.add(i), e.moduleRef.onDestroy(() => { Zo(e.allPlatformModules, e.moduleRef), r.unsubscribe(), s.delete(i); });
} return oO(o, n, () => { let i = t.get(At), s = i.add(), a = t.get(Bd); return a.runInitializers(), a.donePromise.then(() => { let c = t.get(zf, Yr); if (GE(c || Yr), !t.get(tO, !0))
    return Xr(e) ? t.get(be) : (e.allPlatformModules.push(e.moduleRef), e.moduleRef); if (Xr(e)) {
    let u = t.get(be);
    return e.rootComponent !== void 0 && u.bootstrap(e.rootComponent), u;
}
else
    return NT?.(e.moduleRef, e.allPlatformModules), e.moduleRef; }).finally(() => { i.remove(s); }); }); }); }
var NT;
function gT() { NT = nO; }
function nO(e, t) { let n = e.injector.get(be); if (e._bootstrapComponents.length > 0)
    e._bootstrapComponents.forEach(o => n.bootstrap(o));
else if (e.instance.ngDoBootstrap)
    e.instance.ngDoBootstrap(n);
else
    throw new T(-403, !1); t.push(e); }
function oO(e, t, n) { try {
    let o = n();
    return Pd(o) ? o.catch(r => { throw t.runOutsideAngular(() => e(r)), r; }) : o;
}
catch (o) {
    throw t.runOutsideAngular(() => e(o)), o;
} }
var _T = (() => { class e {
    _injector;
    _modules = [];
    _destroyListeners = [];
    _destroyed = !1;
    constructor(n) { this._injector = n; }
    bootstrapModuleFactory(n, o) { let r = [La(), ...o?.applicationProviders ?? [], kc], i = pI(n.moduleType, this.injector, r); return gT(), wT({ moduleRef: i, allPlatformModules: this._modules, platformInjector: this.injector }); }
    bootstrapModule(n, o = []) { let r = Jd({}, o); return gT(), eO(this.injector, r, n).then(i => this.bootstrapModuleFactory(i, r)); }
    onDestroy(n) { this._destroyListeners.push(n); }
    get injector() { return this._injector; }
    destroy() { if (this._destroyed)
        throw new T(404, !1); this._modules.slice().forEach(o => o.destroy()), this._destroyListeners.forEach(o => o()); let n = this._injector.get(Va, null); n && (n.forEach(o => o()), n.clear()), this._destroyed = !0; }
    get destroyed() { return this._destroyed; }
    static \u0275fac = function (o) { return new (o || e)(He(ge)); };
    static \u0275prov = se({ token: e, factory: e.\u0275fac, providedIn: "platform" });
} return e; })();
function ST(e) { let t = GI(e); if (t?.type === "null")
    return { name: "Null Injector", type: "null", providers: [], children: [] }; let n = []; if ((t?.type === "element" || t?.type === "environment") && (n = zI(e).map(o => ({ token: o.token, value: e.get(o.token, null, { optional: !0, self: !0 }) }))), t?.type === "element") {
    let o = Mr(e), r = o ? o.providerIndexes >> 20 : 0, i = n.slice(0, r), s = n.slice(r);
    return { name: e.constructor.name, type: "element", providers: s, viewProviders: i, children: [], hostElement: t.source };
} return { name: t?.source ?? e.constructor.name ?? "Unknown Injector", type: "environment", providers: n, children: [] }; }
var RP = { name: "angular:di_graph", description: "\nExposes the Angular Dependency Injection (DI) graph of the application.\n\nThis tool extracts both the element injector tree (associated with DOM elements and components)\nand the environment injector tree (associated with modules and standalone application roots).\nIt captures the relationship structure and the providers resolved at each level.\n\nReturns:\n- `elementInjectorRoots`: An array of root element injectors (one for each Angular application\n  root found). Each node forms a tree hierarchy:\n  - `name`: The constructor name of this injector.\n  - `type`: 'element'.\n  - `providers`: Array of providers configured on this injector.\n    - `token`: The DI token.\n    - `value`: The resolved value of that provider if it was instantiated.\n  - `hostElement`: The DOM element that this injector is associated with.\n  - `children`: Array of child element injectors.\n- `environmentInjectorRoot`: The root environment injector. It forms a tree hierarchy of nodes\n  representing all environment injectors:\n  - `name`: The identifier for the environment injector.\n  - `type`: 'environment' or 'null'.\n  - `providers`: Array of providers configured on this injector.\n    - `token`: The DI token.\n    - `value`: The resolved value of that provider if it was instantiated.\n  - `children`: Array of child environment injectors.\n  ".trim(), inputSchema: { type: "object", properties: {} }, execute: () => Re(null, null, function* () { let e = Array.from(document.querySelectorAll("[ng-version]")); if (e.length === 0)
        throw new Error("Could not find Angular root element ([ng-version]) on the page."); return rO(e); }) };
function rO(e) { let t = e.map(n => { let o = Ie(n); if (!o?.lView)
    throw new Error(`Could not find an \`LView\` for root \`<${n.tagName.toLowerCase()}>\`, is it an Angular component?`); return o.lView; }); return { elementInjectorRoots: t.map(n => iO(n)), environmentInjectorRoot: sO(t) }; }
function iO(e) { if (e[m].type !== 0)
    throw new Error(`Expected a root LView but got type: \`${e[m].type}\`.`); let t = []; for (let [o, r] of bu(e)) {
    let i = new ye(o, r), s = ST(i);
    for (; t.length > 0;) {
        let [a, c, l] = t[t.length - 1], u = bT(o, a), d = aO(r, c, a);
        if (u || d) {
            l.children.push(s);
            break;
        }
        else
            t.pop();
    }
    t.push([o, r, s]);
} if (t.length === 0)
    throw new Error("Expected at least one component/directive in the root `LView`."); let [, , n] = t[0]; return n; }
function sO(e) { let t = new Map, n; function o(r) { let i = t.get(r); if (i)
    return i; let s = ST(r); t.set(r, s); let a = cO(r); if (a)
    o(a).children.push(s);
else if (!n)
    n = s;
else if (n !== s)
    throw new Error("Expected only one root environment injector, but found multiple.", { cause: { firstRoot: n, secondRoot: s } }); return s; } for (let r of e)
    for (let [, i] of bu(r))
        o(i[x]); if (!n)
    throw new Error("Expected a root environment injector but did not find one."); return n; }
function bT(e, t) { let n = e; for (; n;) {
    if (n === t)
        return !0;
    n = n.parent;
} return !1; }
function aO(e, t, n) { let o = e, r = null; for (; o && o !== t;)
    r = o[X], o = et(o); return o === t && r !== null && bT(r, n); }
function cO(e) { if (e instanceof Ot)
    return e.parentInjector; if (e instanceof zt)
    return e.parent; if (e instanceof _o)
    return; throw new Error(`Unknown injector type: "${e.constructor.name}".`); }
var kP = { name: "angular:signal_graph", description: "\nExposes the Angular signal dependency graph for a given DOM element.\n\nThis tool extracts the reactive dependency graph (signals, computeds, and effects) that\nare transitive dependencies of the effects of that element. It will include signals\nauthored in other components/services and depended upon by the target component, but\nwill *not* include signals only used in descendant components effects.\n\nParams:\n- `target`: The element to get the signal graph for. Must be the host element of an\n  Angular component.\n\nReturns:\n- `nodes`: An array of reactive nodes discovered in the context. Each node contains:\n  - `kind`: The type of reactive node ('signal', 'computed', 'effect', or 'template'\n    for component template effects).\n  - `value`: The current evaluated value of the node (if applicable).\n  - `label`: The symbol name of the associated signal if available (ex.\n    `const foo = signal(0);` has `label: 'foo'`).\n  - `epoch`: The internal version number of the node's value.\n- `edges`: An array of dependency links representing which nodes read from which other\n  nodes.\n  - `consumer`: The index in the `nodes` array of the node that depends on the value.\n  - `producer`: The index in the `nodes` array of the node that provides the value.\n\nExample: An edge with `{consumer: 2, producer: 0}` means that `nodes[2]` (e.g. an\n`effect`) reads the value of `nodes[0]` (e.g. a `signal`).\n  ".trim(), inputSchema: { type: "object", properties: { target: { type: "object", description: "The element to get the signal graph for.", "x-mcp-type": "HTMLElement" } }, required: ["target"] }, execute: t => Re(null, [t], function* ({ target: e }) { if (!(e instanceof HTMLElement))
        throw new Error('Invalid input: "target" must be an HTMLElement.'); let n = Au(e); if (n instanceof _o)
        throw new Error('Invalid input: "target" is not the host element of an Angular component.'); let o = QI(n); return { nodes: o.nodes.map(a => { var c = a, { id: r, debuggableFn: i } = c, s = cp(c, ["id", "debuggableFn"]); return s; }), edges: o.edges }; }) };
var vo = null;
function lO(e) { if ($a())
    throw new T(400, !1); Kd(), vo = typeof ngServerMode > "u" || !ngServerMode ? e : null; let t = e.get(_T); return xT(e), t; }
function uO(e, t, n = []) { let o = `Platform: ${t}`, r = new A(o); return (i = []) => { let s = $a(); if (!s) {
    let a = [...n, ...i, { provide: r, useValue: !0 }];
    s = e?.(a) ?? lO(AT(a, o));
} return typeof ngServerMode < "u" && ngServerMode ? s : dO(r); }; }
function AT(e = [], t) { return ge.create({ name: t, providers: [{ provide: wp, useValue: "platform" }, { provide: Va, useValue: new Set([() => vo = null]) }, ...e] }); }
function dO(e) { let t = $a(); if (!t)
    throw new T(-401, !1); return t; }
function $a() { return typeof ngServerMode < "u" && ngServerMode ? null : vo?.get(_T) ?? null; }
function OP() { $a()?.destroy(); }
function fO(e = []) { if (vo)
    return vo; let t = AT(e); return (typeof ngServerMode > "u" || !ngServerMode) && (vo = t), Kd(), xT(t), t; }
function LP(e) { return { provide: Lc, useValue: e, multi: !0 }; }
function xT(e) { let t = e.get(Lc, null); So(e, () => { t?.forEach(n => n()); }); }
function PP(e) { let { rootComponent: t, appProviders: n, platformProviders: o, platformRef: r } = e; if (L(O.BootstrapApplicationStart), typeof ngServerMode < "u" && ngServerMode && !r)
    throw new T(-401, !1); try {
    let i = r?.injector ?? fO(o), s = [La(), kc, ...n || []], a = new gr({ providers: s, parent: i, debugName: "", runEnvironmentInitializers: !1 });
    return wT({ r3Injector: a.injector, platformInjector: i, rootComponent: t });
}
catch (i) {
    return Promise.reject(i);
}
finally {
    L(O.BootstrapApplicationEnd);
} }
var tp = class {
    views = [];
    indexByContent = new Map;
    add(t) { let n = JSON.stringify(t); if (!this.indexByContent.has(n)) {
        let o = this.views.length;
        return this.views.push(t), this.indexByContent.set(n, o), o;
    } return this.indexByContent.get(n); }
    getAll() { return this.views; }
}, pO = 0;
function RT(e) { return e.ssrId || (e.ssrId = `t${pO++}`), e.ssrId; }
function kT(e, t, n) { let o = []; return Ft(e, t, n, o), o.length; }
function hO(e) { let t = []; return fa(e, t), t.length; }
function OT(e, t) { let n = e[H]; return n && !n.hasAttribute(In) ? Ba(n, e, null, t) : null; }
function LT(e, t) { let n = Ro(e[H]), o = OT(n, t); if (o === null)
    return; let r = R(n[H]), i = e[q], s = Ba(r, i, null, t), a = n[C], c = `${o}|${s}`; a.setAttribute(r, $n, c); }
function FP(e, t) { let n = e.injector, o = Ey(n), r = Or(n), i = new tp, s = new Map, a = e._views, c = n.get(Vs, Pu), l = { regular: new Set, capture: new Set }, u = new Map; e.injector.get(ut); for (let p of a) {
    let h = Uu(p);
    if (h !== null) {
        let v = { serializedViewCollection: i, corruptedTextNodes: s, isI18nHydrationEnabled: o, isIncrementalHydrationEnabled: r, i18nChildren: new Map, eventTypesToReplay: l, shouldReplayEvents: c, deferBlocks: u };
        Z(h) ? LT(h, v) : OT(h, v), IO(s, t);
    }
} let d = i.getAll(), f = n.get(Xt); if (f.set(Bs, d), u.size > 0) {
    let p = {};
    for (let [h, v] of u.entries())
        p[h] = v;
    f.set($s, p);
} return l; }
function gO(e, t, n, o, r) { let i = [], s = ""; for (let a = k; a < e.length; a++) {
    let c = e[a], l, u, d;
    if (Ue(c) && (c = c[I], Z(c))) {
        u = hO(c) + 2, LT(c, r);
        let p = Ro(c[H]);
        d = { [Fs]: p[m].ssrId, [ht]: u };
    }
    if (!d) {
        let p = c[m];
        p.type === 1 ? (l = p.ssrId, u = 1) : (l = RT(p), u = kT(p, c, p.firstChild)), d = { [Fs]: l, [ht]: u };
        let h = !1;
        if (jI(n[m], t)) {
            let v = Ee(n, t), y = ce(n[m], t);
            if (r.isIncrementalHydrationEnabled && y.hydrateTriggers !== null) {
                let E = `d${r.deferBlocks.size}`;
                y.hydrateTriggers.has(7) && (h = !0);
                let _ = [];
                fa(e, _);
                let G = { [ht]: _.length, [xr]: v[Ct] }, me = mO(y.hydrateTriggers);
                me.length > 0 && (G[Rr] = me), o !== null && (G[ku] = o), r.deferBlocks.set(E, G);
                let Ae = R(e);
                Ae !== void 0 ? Ae.nodeType === Node.COMMENT_NODE && mT(Ae, E) : mT(Ae, E), h || DO(y, _, E, r), o = E, d[Hs] = E;
            }
            d[xr] = v[Ct];
        }
        if (!h) {
            let v = R(c[H]);
            (c[m].type !== 1 || v === null || !v.hasAttribute(In)) && Object.assign(d, PT(e[a], o, r));
        }
    }
    let f = JSON.stringify(d);
    if (i.length > 0 && f === s) {
        let p = i[i.length - 1];
        p[br] ??= 1, p[br]++;
    }
    else
        s = f, i.push(d);
} return i; }
function mO(e) { let t = new Set([0, 1, 2, 5]), n = []; for (let [o, r] of e)
    t.has(o) && (r === null ? n.push(o) : r.type === 5 ? n.push({ trigger: o, delay: r.delay }) : n.push({ trigger: o, intersectionObserverOptions: r.intersectionObserverOptions })); return n; }
function ei(e, t, n, o) { let r = t.index - I; e[Ar] ??= {}, e[Ar][r] ??= my(t, n, o); }
function qf(e, t) { let n = typeof t == "number" ? t : t.index - I; e[io] ??= [], e[io].includes(n) || e[io].push(n); }
function PT(e, t = null, n) { let o = {}, r = e[m], i = Dy(r, n), s = n.shouldReplayEvents ? Pk(r, e, n.eventTypesToReplay) : null; for (let a = I; a < r.bindingStartIndex; a++) {
    let c = r.data[a], l = a - I, u = Cy(e, a, n);
    if (u) {
        o[js] ??= {}, o[js][l] = u.caseQueue;
        for (let d of u.disconnectedNodes)
            qf(o, d);
        for (let d of u.disjointNodes) {
            let f = r.data[d + I];
            ei(o, f, e, i);
        }
        continue;
    }
    if (xs(c) && !ao(c)) {
        if (Z(e[a]) && c.tView && (o[Ps] ??= {}, o[Ps][l] = RT(c.tView)), fo(c, e) && EO(c)) {
            qf(o, c);
            continue;
        }
        if (Array.isArray(c.projection)) {
            for (let d of c.projection)
                if (d)
                    if (!Array.isArray(d))
                        !ac(d) && !oo(d) && (fo(d, e) ? qf(o, d) : ei(o, d, e, i));
                    else
                        throw ay(R(e[a]));
        }
        if (vO(o, c, e, i), Z(e[a])) {
            let d = e[a][H];
            if (Array.isArray(d)) {
                let f = R(d);
                f.hasAttribute(In) || Ba(f, d, t, n);
            }
            o[ro] ??= {}, o[ro][l] = gO(e[a], c, e, t, n);
        }
        else if (Array.isArray(e[a]) && !qg(c)) {
            let d = R(e[a][H]);
            d.hasAttribute(In) || Ba(d, e[a], t, n);
        }
        else if (c.type & 8)
            o[Sr] ??= {}, o[Sr][l] = kT(r, e, c.child);
        else if (c.type & 144) {
            let d = c.next;
            for (; d !== null && d.type & 144;)
                d = d.next;
            d && !oo(d) && ei(o, d, e, i);
        }
        else if (c.type & 1) {
            let d = R(e[a]);
            zu(n, d);
        }
        if (s && c.type & 2) {
            let d = R(e[a]);
            s.has(d) && ju(d, s.get(d), t);
        }
    }
} return o; }
function vO(e, t, n, o) { ac(t) || (t.projectionNext && t.projectionNext !== t.next && !oo(t.projectionNext) && ei(e, t.projectionNext, n, o), t.prev === null && t.parent !== null && fo(t.parent, n) && !fo(t, n) && ei(e, t, n, o)); }
function yO(e) { let t = e[P]; if (!t?.constructor)
    return !1; let n = z(t.constructor); return n?.encapsulation === Pe.ShadowDom || n?.encapsulation === Pe.ExperimentalIsolatedShadowDom; }
function Ba(e, t, n, o) { let r = t[C]; if (Sp(t) && !va() || yO(t))
    return r.setAttribute(e, In, ""), null; {
    let i = PT(t, n, o), s = o.serializedViewCollection.add(i);
    return r.setAttribute(e, $n, s.toString()), s;
} }
function mT(e, t) { e.textContent = `ngh=${t}`; }
function IO(e, t) { for (let [n, o] of e)
    n.after(t.createComment(o)); }
function EO(e) { let t = e; for (; t != null;) {
    if (ve(t))
        return !0;
    t = t.parent;
} return !1; }
function DO(e, t, n, o) { let r = zm(e.hydrateTriggers); for (let i of r)
    o.eventTypesToReplay.regular.add(i); if (r.length > 0) {
    let i = t.filter(s => s.nodeType === Node.ELEMENT_NODE);
    for (let s of i)
        ju(s, r, n);
} }
function jP(e) { let t = g(); for (; t;) {
    if (t[m].type === 1 && e(t[P]))
        return t[P];
    if (Ue(t))
        break;
    t = et(t);
} return null; }
var CO = "\u{1F170}\uFE0F", Ua = !1;
function HP(e) { if (!Ua)
    return; let { startLabel: t } = FT(e); performance.mark(t); }
function VP(e) { if (!Ua)
    return; let { startLabel: t, labelName: n, endLabel: o } = FT(e); performance.mark(o), performance.measure(n, t, o), performance.clearMarks(t), performance.clearMarks(o); }
function FT(e) { let t = `${CO}:${e}`; return { labelName: t, startLabel: `start:${t}`, endLabel: `end:${t}` }; }
var vT = !1;
function BP() { if (!vT && (typeof performance > "u" || !performance.mark || !performance.measure)) {
    vT = !0, console.warn("Performance API is not supported on this platform");
    return;
} Ua = !0; }
function $P() { Ua = !1; }
function UP(e) { }
function WP(e) { return typeof e == "boolean" ? e : e != null && e !== "false"; }
function zP(e, t = NaN) { return !isNaN(parseFloat(e)) && !isNaN(Number(e)) ? Number(e) : t; }
var Qf = Symbol("NOT_SET"), jT = new Set, TO = xe(U({}, si), { kind: "afterRenderEffectPhase", consumerIsAlwaysLive: !0, consumerAllowSignalWrites: !0, value: Qf, cleanup: null, consumerMarkedDirty() { if (this.sequence.impl.executing) {
        if (this.sequence.lastPhase === null || this.sequence.lastPhase < this.phase)
            return;
        this.sequence.erroredOrDestroyed = !0;
    } this.sequence.scheduler.notify(7); }, phaseFn(e) { if (this.sequence.lastPhase = this.phase, !this.dirty)
        return this.signal; if (this.dirty = !1, this.value !== Qf && !ri(this))
        return this.signal; try {
        for (let r of this.cleanup ?? jT)
            r();
    }
    finally {
        this.cleanup?.clear();
    } let t = []; e !== void 0 && t.push(e), t.push(this.registerCleanupFn); let n = Io(this), o; try {
        o = this.userFn.apply(null, t);
    }
    finally {
        oi(this, n);
    } return (this.value === Qf || !this.equal(this.value, o)) && (this.value = o, this.version++), this.signal; } }), np = class extends cr {
    scheduler;
    lastPhase = null;
    nodes = [void 0, void 0, void 0, void 0];
    onDestroyFns = null;
    constructor(t, n, o, r, i, s = null) { super(t, [void 0, void 0, void 0, void 0], o, !1, i.get(Kt), s), this.scheduler = r; for (let a of ad) {
        let c = n[a];
        if (c === void 0)
            continue;
        let l = Object.create(TO);
        l.sequence = this, l.phase = a, l.userFn = c, l.dirty = !0, l.signal = () => (ni(l), l.value), l.signal[je] = l, l.registerCleanupFn = u => (l.cleanup ??= new Set).add(u), this.nodes[a] = l, this.hooks[a] = u => l.phaseFn(u);
    } }
    afterRun() { super.afterRun(), this.lastPhase = null; }
    destroy() { if (this.onDestroyFns !== null)
        for (let t of this.onDestroyFns)
            t(); super.destroy(); for (let t of this.nodes)
        if (t)
            try {
                for (let n of t.cleanup ?? jT)
                    n();
            }
            finally {
                Eo(t);
            } }
};
function GP(e, t) { if (typeof ngServerMode < "u" && ngServerMode)
    return Xs; let n = t?.injector ?? D(ge), o = n.get(xt), r = n.get(Js), i = n.get(Cn, null, { optional: !0 }); r.impl ??= n.get(cd); let s = e; typeof s == "function" && (s = { mixedReadWrite: e }); let a = n.get(Ai, null, { optional: !0 }), c = new np(r.impl, [s.earlyRead, s.write, s.mixedReadWrite, s.read], a?.view, o, n, i?.snapshot(null)); return r.impl.register(c), c; }
function qP(e) { return Q({ usage: 1, kind: "directive", type: e.type }).compileDirectiveDeclaration(pe, `ng:///${e.type.name}/\u0275fac.js`, e); }
function QP(e) { Hd(e.type, e.decorators, e.ctorParameters ?? null, e.propDecorators ?? null); }
function ZP(e) { DI(e.type, e.resolveDeferredDeps, (...t) => { let n = e.resolveMetadata(...t); Hd(e.type, n.decorators, n.ctorParameters, n.propDecorators); }); }
function YP(e) { return Q({ usage: 1, kind: "component", type: e.type }).compileComponentDeclaration(pe, `ng:///${e.type.name}/\u0275cmp.js`, e); }
function KP(e) { return Q({ usage: 1, kind: MO(e.target), type: e.type }).compileFactoryDeclaration(pe, `ng:///${e.type.name}/\u0275fac.js`, e); }
function MO(e) { switch (e) {
    case Tn.Directive: return "directive";
    case Tn.Component: return "component";
    case Tn.Injectable: return "injectable";
    case Tn.Pipe: return "pipe";
    case Tn.NgModule: return "NgModule";
    case Tn.Service: return "service";
} }
function JP(e) { return Q({ usage: 1, kind: "injectable", type: e.type }).compileInjectableDeclaration(pe, `ng:///${e.type.name}/\u0275prov.js`, e); }
function XP(e) { return Q({ usage: 1, kind: "NgModule", type: e.type }).compileInjectorDeclaration(pe, `ng:///${e.type.name}/\u0275inj.js`, e); }
function e1(e) { return Q({ usage: 1, kind: "NgModule", type: e.type }).compileNgModuleDeclaration(pe, `ng:///${e.type.name}/\u0275mod.js`, e); }
function t1(e) { return Q({ usage: 1, kind: "pipe", type: e.type }).compilePipeDeclaration(pe, `ng:///${e.type.name}/\u0275pipe.js`, e); }
function n1(e) { return Q({ usage: 1, kind: "service", type: e.type }).compileServiceDeclaration(pe, `ng:///${e.type.name}/\u0275prov.js`, e); }
function o1(e) { let t = Ud(e); if (!t)
    throw HT(e); return new Yn(t); }
function r1(e) { let t = Ud(e); if (!t)
    throw HT(e); return t; }
function HT(e) { return new T(920, !1); }
var op = class extends zk {
}, yT = class extends op {
}, i1 = uO(null, "core", []);
function s1(e, t) { let n = z(e), o = t.elementInjector || yi(); return new pn(n).create(o, t.projectableNodes, t.hostElement, t.environmentInjector, t.directives, t.bindings); }
function a1(e) { let t = z(e); if (!t)
    return null; let n = new pn(t); return { get selector() { return n.selector; }, get type() { return n.componentType; }, get inputs() { return n.inputs; }, get outputs() { return n.outputs; }, get ngContentSelectors() { return n.ngContentSelectors; }, get isStandalone() { return t.standalone; }, get isSignal() { return t.signals; } }; }
function wO(e) { return new rp(Fc(e) ? e : en(e)); }
var rp = class {
    snapshot;
    constructor(t) { this.snapshot = t; }
    get state() { return this.snapshot(); }
    value = en(() => { if (this.state.status === "error")
        throw new ch(this.state.error); return this.state.value; });
    status = en(() => this.state.status);
    error = en(() => this.state.status === "error" ? this.state.error : void 0);
    isLoading = en(() => this.state.status === "loading" || this.state.status === "reloading");
    isValueDefined = en(() => this.state.status !== "error" && this.state.value !== void 0);
    hasValue() { return this.isValueDefined(); }
};
function c1(e, t, n) { if (lh())
    throw uh(); let o = n?.injector ?? D(ge), r, i, s, a = () => { s !== void 0 && (clearTimeout(s), s = void 0); }; o.get(Kt).onDestroy(() => { a(), r = void 0; }); let c = ah({ source: () => { try {
        return Vo(!0), { value: e(), thrown: !1 };
    }
    catch (l) {
        return Vc(l), { error: l, thrown: !0 };
    }
    finally {
        Vo(!1);
    } }, computation: (l, u) => u !== void 0 ? u.value : l.thrown ? { status: "error", error: l.error } : { status: "resolved", value: l.value } }); return rh(() => { let l; try {
    Vo(!0), l = e();
}
catch (h) {
    Vc(h), c.set({ status: "error", error: h }), a(), r = i = void 0;
    return;
}
finally {
    Vo(!1);
} let u = sh(c), d = n?.equal ?? Object.is; if (u.status === "reloading" || u.status === "loading") {
    if (d(l, i))
        return;
}
else if (u.status === "resolved" && d(l, u.value))
    return; a(); let p = (typeof t == "number" ? () => new Promise(h => { s = setTimeout(() => { s = void 0, h(); }, t); }) : t)(l, u); p === void 0 ? (c.set({ status: "resolved", value: l }), r = i = void 0) : (u.status !== "loading" && u.status !== "error" && c.set({ status: "loading", value: u.value }), r = p, i = l, p.then(() => { r === p && (c.set({ status: "resolved", value: l }), r = i = void 0); })); }, { injector: o }), wO(c); }
function l1() { return !1; }
function u1() { }
function NO(e, t) { return Re(this, null, function* () { if (typeof ngServerMode < "u" && ngServerMode)
    return; let n = globalThis.document.modelContext ?? globalThis.navigator.modelContext; if (!n || typeof n.registerTool != "function")
    return; let o = t ?? D(ge), r = o.get(Kt), i = new AbortController, s = xe(U({}, e), { execute: (a, c) => { let l = c?.signal ? AbortSignal.any([i.signal, c.signal]) : i.signal; return So(o, () => e.execute(a, xe(U({}, c), { signal: l }))); } }); r.onDestroy(() => { i.abort(); }), yield n.registerTool(s, { signal: i.signal }); }); }
function d1(e) { return Be([Cp(() => { for (let t of e)
        NO(t); })]); }
export { oM as ANIMATION_MODULE_TYPE, qr as APP_BOOTSTRAP_LISTENER, ut as APP_ID, Vd as APP_INITIALIZER, Bd as ApplicationInitStatus, IP as ApplicationModule, be as ApplicationRef, um as Attribute, JC as COMPILER_OPTIONS, rM as CSP_NONCE, nN as CUSTOM_ELEMENTS_SCHEMA, Os as ChangeDetectionStrategy, zk as ChangeDetectorRef, vk as Compiler, Eu as CompilerFactory, lk as Component, xy as ComponentRef, mP as ContentChild, gP as ContentChildren, Ik as DEFAULT_CURRENCY_CODE, kn as DOCUMENT, yn as DebugElement, Du as DebugEventListener, Cr as DebugNode, Yf as DefaultIterableDiffer, Kt as DestroyRef, YC as Directive, Nt as ENVIRONMENT_INITIALIZER, Nr as ElementRef, yT as EmbeddedViewRef, lt as EnvironmentInjector, Rc as ErrorHandler, XT as EventEmitter, rP as HOST_TAG_NAME, lm as Host, eT as HostAttributeToken, pk as HostBinding, hk as HostListener, nc as INJECTOR, im as Inject, JM as Injectable, A as InjectionToken, ge as Injector, dk as Input, CT as IterableDiffers, TT as KeyValueDiffers, zf as LOCALE_ID, Cv as MAX_ANIMATION_TIMEOUT, XC as MissingTranslationStrategy, oN as NO_ERRORS_SCHEMA, gk as NgModule, fI as NgModuleFactory, hn as NgModuleRef, V as NgZone, sm as Optional, fk as Output, Hc as OutputEmitterRef, nM as PLATFORM_ID, Lc as PLATFORM_INITIALIZER, jc as PendingTasks, uk as Pipe, _T as PlatformRef, yo as Query, cs as QueryList, EP as REQUEST, CP as REQUEST_CONTEXT, DP as RESPONSE_INIT, Gl as Renderer2, pr as RendererFactory2, ps as RendererStyleFlags2, dM as ResourceDependencyError, fM as ResourceParamsStatus, Ry as Sanitizer, ue as SecurityContext, am as Self, tw as Service, ts as SimpleChange, cm as SkipSelf, Ek as TRANSLATIONS, Dk as TRANSLATIONS_FORMAT, ur as TemplateRef, YA as Testability, JI as TestabilityRegistry, Xt as TransferState, rm as Type, fp as VERSION, WT as Version, yP as ViewChild, vP as ViewChildren, Ca as ViewContainerRef, Pe as ViewEncapsulation, op as ViewRef, bv as afterEveryRender, ld as afterNextRender, GP as afterRenderEffect, Ck as asNativeElements, KT as assertInInjectionContext, aM as assertNotInReactiveContext, dO as assertPlatform, WP as booleanAttribute, en as computed, fP as contentChild, pP as contentChildren, s1 as createComponent, Fd as createEnvironmentInjector, Wb as createNgModule, lO as createPlatform, uO as createPlatformFactory, c1 as debounced, NO as declareExperimentalWebMcpTool, OP as destroyPlatform, rh as effect, u1 as enableProdMode, GA as enableProfiling, qa as forwardRef, Tr as getDebugNode, o1 as getModuleFactory, r1 as getNgModuleById, $a as getPlatform, YT as importProvidersFrom, D as inject, iP as injectAsync, cP as input, Wy as inputBinding, l1 as isDevMode, Fc as isSignal, To as isStandalone, Ri as isWritableSignal, ah as linkedSignal, Be as makeEnvironmentProviders, th as makeStateKey, hP as mergeApplicationConfig, lP as model, zP as numberAttribute, sP as onIdle, aP as output, zy as outputBinding, i1 as platformCore, CI as provideAppInitializer, eM as provideBrowserGlobalErrorListeners, AP as provideCheckNoChangesConfig, Cp as provideEnvironmentInitializer, d1 as provideExperimentalWebMcpTools, VM as provideIdleServiceWith, jN as provideNgReflectAttributes, LP as providePlatformInitializer, _P as provideStabilityDebugging, xP as provideZoneChangeDetection, mk as provideZonelessChangeDetection, a1 as reflectComponentType, W as resolveForwardRef, pM as resource, wO as resourceFromSnapshots, So as runInInjectionContext, XI as setTestabilityGetter, Oc as signal, fb as twoWayBinding, sh as untracked, uP as viewChild, dP as viewChildren, Dv as \u0275ANIMATIONS_DISABLED, Cm as \u0275AcxChangeDetectionStrategy, Tm as \u0275AcxViewEncapsulation, Js as \u0275AfterRenderManager, uM as \u0275CACHE_ACTIVE, TP as \u0275CLIENT_RENDER_MODE_FLAG, k as \u0275CONTAINER_HEADER_OFFSET, xt as \u0275ChangeDetectionScheduler, AA as \u0275Console, WI as \u0275ControlFlowBlockType, Yr as \u0275DEFAULT_LOCALE_ID, BI as \u0275DEFER_BLOCK_CONFIG, MA as \u0275DEFER_BLOCK_DEPENDENCY_INTERCEPTOR, It as \u0275DEHYDRATED_BLOCK_REGISTRY, qd as \u0275DeferBlockBehavior, B as \u0275DeferBlockState, tO as \u0275ENABLE_ROOT_COMPONENT_BOOTSTRAP, _m as \u0275EVENT_REPLAY_QUEUE, Pc as \u0275EffectScheduler, _k as \u0275Framework, Bm as \u0275HydrationStatus, sM as \u0275IMAGE_CONFIG, iM as \u0275IMAGE_CONFIG_DEFAULTS, wp as \u0275INJECTOR_SCOPE, oP as \u0275INPUT_SIGNAL_BRAND_WRITE_TYPE, Jt as \u0275INTERNAL_APPLICATION_ERROR_HANDLER, bw as \u0275IS_ENABLED_BLOCKING_INITIAL_NAVIGATION, En as \u0275IS_HYDRATION_DOM_REUSE_ENABLED, Fu as \u0275IS_INCREMENTAL_HYDRATION_ENABLED, kr as \u0275JSACTION_BLOCK_ELEMENT_MAP, Bu as \u0275JSACTION_EVENT_CONTRACT, ls as \u0275LContext, Ir as \u0275LocaleDataIndex, wt as \u0275NG_COMP_DEF, wn as \u0275NG_DIR_DEF, Ut as \u0275NG_ELEMENT_ID, Ya as \u0275NG_INJ_DEF, Ka as \u0275NG_MOD_DEF, di as \u0275NG_PIPE_DEF, Mn as \u0275NG_PROV_DEF, Ki as \u0275NOT_FOUND_CHECK_ONLY_ELEMENT_INJECTOR, F as \u0275NO_CHANGE, Yn as \u0275NgModuleFactory, xc as \u0275NoopNgZone, CO as \u0275PERFORMANCE_MARK_PREFIX, Kk as \u0275PROVIDED_NG_ZONE, cM as \u0275PROVIDED_ZONELESS, At as \u0275PendingTasksInternal, O as \u0275ProfilerEvent, zt as \u0275R3Injector, as as \u0275ReflectionCapabilities, pn as \u0275Render3ComponentFactory, Ds as \u0275Render3ComponentRef, Zn as \u0275Render3NgModuleRef, hM as \u0275ResourceImpl, T as \u0275RuntimeError, Gy as \u0275SHARED_STYLES_HOST, je as \u0275SIGNAL, Fm as \u0275SSR_CONTENT_INTEGRITY_MARKER, ZI as \u0275TESTABILITY, YI as \u0275TESTABILITY_GETTER, VI as \u0275TimerScheduler, Ks as \u0275TracingAction, Cn as \u0275TracingService, KI as \u0275USE_PENDING_TASKS, mt as \u0275ViewRef, ai as \u0275XSS_SECURITY_URL, On as \u0275ZONELESS_ENABLED, sv as \u0275_sanitizeHtml, Gs as \u0275_sanitizeUrl, Pt as \u0275allLeavingAnimations, lo as \u0275allowSanitizationBypassAndThrow, FP as \u0275annotateForHydration, UP as \u0275assertType, lN as \u0275bypassSanitizationTrustHtml, pN as \u0275bypassSanitizationTrustResourceUrl, dN as \u0275bypassSanitizationTrustScript, uN as \u0275bypassSanitizationTrustStyle, fN as \u0275bypassSanitizationTrustUrl, mM as \u0275chain, Xb as \u0275clearResolutionOfComponentResourcesQueue, VC as \u0275compileComponent, Wf as \u0275compileDirective, jC as \u0275compileNgModule, HC as \u0275compileNgModuleDefs, eO as \u0275compileNgModuleFactory, ZC as \u0275compilePipe, Xa as \u0275convertToBitFlags, JT as \u0275createInjector, fO as \u0275createOrReusePlatformInjector, SP as \u0275defaultIterableDiffers, bP as \u0275defaultKeyValueDiffers, Qn as \u0275depsTracker, pS as \u0275describeDomNode, jy as \u0275devModeEqual, $P as \u0275disableProfiling, BP as \u0275enableProfiling, gM as \u0275encapsulateResourceError, pf as \u0275findLocaleData, PC as \u0275flushModuleScopingQueueAsMuchAsPossible, pp as \u0275formatRuntimeError, YR as \u0275generateStandaloneInDeclarationsError, Yb as \u0275getAsyncClassMetadataFn, nb as \u0275getClosestComponentName, z as \u0275getComponentDef, zA as \u0275getComponentInstanceDeepLinkId, jP as \u0275getCurrentClosestComponentInstance, es as \u0275getDeferBlocks, Dw as \u0275getDirectives, _r as \u0275getDocument, Tw as \u0275getHostElement, GT as \u0275getInjectableDef, Ie as \u0275getLContext, bx as \u0275getLocaleCurrencyCode, $E as \u0275getLocalePluralCase, lM as \u0275getOutputDestroyRef, Xm as \u0275getSanitizationBypassType, qA as \u0275getTransferState, iN as \u0275getUnknownElementStrictMode, aN as \u0275getUnknownPropertyStrictMode, Me as \u0275global, Jy as \u0275inferTagNameFromDefinition, Gk as \u0275injectChangeDetectorRef, PP as \u0275internalCreateApplication, Jk as \u0275internalProvideZoneChangeDetection, Jb as \u0275isComponentDefPendingResolution, ZT as \u0275isEnvironmentProviders, lh as \u0275isInParamsFunction, qT as \u0275isInjectable, nn as \u0275isNgModule, Pd as \u0275isPromise, dI as \u0275isSubscribable, X_ as \u0275isViewDirty, eS as \u0275markForRefresh, Sk as \u0275maybeUnwrapDefaultExport, st as \u0275noSideEffects, $f as \u0275patchComponentDefWithScope, K as \u0275performanceMarkFeature, Rn as \u0275promiseWithResolvers, La as \u0275provideZonelessChangeDetectionInternal, QA as \u0275publishNonCoreGlobalUtil, Bw as \u0275readHydrationInfo, Sx as \u0275registerLocaleData, ft as \u0275renderDeferBlockState, XR as \u0275resetCompiledComponents, Uw as \u0275resetIncrementalHydrationEnabledWarnedForTests, VR as \u0275resetIncrementalHydrationRuntimeForTests, QR as \u0275resetJitOptions, TI as \u0275resolveComponentResources, eA as \u0275restoreComponentResolutionQueue, oA as \u0275setAllowDuplicateNgModuleIdsForTest, UT as \u0275setAlternateWeakRefImpl, RC as \u0275setClassDebugInfo, Hd as \u0275setClassMetadata, DI as \u0275setClassMetadataAsync, $T as \u0275setCurrentInjector, Sw as \u0275setDocument, Vo as \u0275setInParamsFunction, QT as \u0275setInjectorProfilerContext, GE as \u0275setLocaleId, rN as \u0275setUnknownElementStrictMode, sN as \u0275setUnknownPropertyStrictMode, HP as \u0275startMeasuring, VP as \u0275stopMeasuring, ko as \u0275store, ci as \u0275stringify, Uf as \u0275transitiveScopesFor, Na as \u0275triggerResourceLoading, zT as \u0275truncateMiddle, Ax as \u0275unregisterLocaleData, it as \u0275unwrapSafeValue, tM as \u0275unwrapWritableSignal, MP as \u0275withDomHydration, Ok as \u0275withEventReplay, wP as \u0275withI18nSupport, NP as \u0275withIncrementalHydration, _I as \u0275\u0275ControlFeature, rC as \u0275\u0275ExternalStylesFeature, Tn as \u0275\u0275FactoryTarget, SI as \u0275\u0275HostDirectivesFeature, Wd as \u0275\u0275InheritDefinitionFeature, Ug as \u0275\u0275NgOnChangesFeature, oC as \u0275\u0275ProvidersFeature, $v as \u0275\u0275advance, Yo as \u0275\u0275animateEnter, Ko as \u0275\u0275animateEnterListener, Jo as \u0275\u0275animateLeave, Ms as \u0275\u0275animateLeaveListener, ef as \u0275\u0275ariaProperty, eC as \u0275\u0275arrowFunction, UD as \u0275\u0275attachSourceLocations, tf as \u0275\u0275attribute, ID as \u0275\u0275classMap, Nf as \u0275\u0275classProp, _E as \u0275\u0275componentInstance, bE as \u0275\u0275conditional, _a as \u0275\u0275conditionalBranchCreate, SE as \u0275\u0275conditionalCreate, Df as \u0275\u0275contentQuery, Tf as \u0275\u0275contentQuerySignal, $y as \u0275\u0275control, Vy as \u0275\u0275controlCreate, jf as \u0275\u0275declareLet, rE as \u0275\u0275defer, UI as \u0275\u0275deferEnableTimerScheduling, cE as \u0275\u0275deferHydrateNever, EE as \u0275\u0275deferHydrateOnHover, dE as \u0275\u0275deferHydrateOnIdle, hE as \u0275\u0275deferHydrateOnImmediate, TE as \u0275\u0275deferHydrateOnInteraction, vE as \u0275\u0275deferHydrateOnTimer, NE as \u0275\u0275deferHydrateOnViewport, aE as \u0275\u0275deferHydrateWhen, yE as \u0275\u0275deferOnHover, lE as \u0275\u0275deferOnIdle, fE as \u0275\u0275deferOnImmediate, DE as \u0275\u0275deferOnInteraction, gE as \u0275\u0275deferOnTimer, ME as \u0275\u0275deferOnViewport, IE as \u0275\u0275deferPrefetchOnHover, uE as \u0275\u0275deferPrefetchOnIdle, pE as \u0275\u0275deferPrefetchOnImmediate, CE as \u0275\u0275deferPrefetchOnInteraction, mE as \u0275\u0275deferPrefetchOnTimer, wE as \u0275\u0275deferPrefetchOnViewport, sE as \u0275\u0275deferPrefetchWhen, iE as \u0275\u0275deferWhen, hI as \u0275\u0275defineComponent, mI as \u0275\u0275defineDirective, se as \u0275\u0275defineInjectable, Do as \u0275\u0275defineInjector, jd as \u0275\u0275defineNgModule, vI as \u0275\u0275definePipe, yt as \u0275\u0275defineService, ho as \u0275\u0275directiveInject, hc as \u0275\u0275disableBindings, rf as \u0275\u0275domElement, lf as \u0275\u0275domElementContainer, cf as \u0275\u0275domElementContainerEnd, Ra as \u0275\u0275domElementContainerStart, Aa as \u0275\u0275domElementEnd, ba as \u0275\u0275domElementStart, If as \u0275\u0275domListener, df as \u0275\u0275domProperty, Gd as \u0275\u0275domTemplate, of as \u0275\u0275element, af as \u0275\u0275elementContainer, Zr as \u0275\u0275elementContainerEnd, xa as \u0275\u0275elementContainerStart, Sa as \u0275\u0275elementEnd, yr as \u0275\u0275elementStart, pc as \u0275\u0275enableBindings, cC as \u0275\u0275enableIncrementalHydrationRuntime, FE as \u0275\u0275foreignComponent, HE as \u0275\u0275foreignContent, VE as \u0275\u0275foreignContentFn, xC as \u0275\u0275getComponentDepsFactory, BE as \u0275\u0275getCurrentView, nm as \u0275\u0275getInheritedFactory, kC as \u0275\u0275getReplaceMetadataURL, oD as \u0275\u0275i18n, iD as \u0275\u0275i18nApply, rD as \u0275\u0275i18nAttributes, gf as \u0275\u0275i18nEnd, mf as \u0275\u0275i18nExp, sD as \u0275\u0275i18nPostprocess, hf as \u0275\u0275i18nStart, He as \u0275\u0275inject, Rs as \u0275\u0275injectAttribute, WD as \u0275\u0275interpolate, zD as \u0275\u0275interpolate1, GD as \u0275\u0275interpolate2, qD as \u0275\u0275interpolate3, QD as \u0275\u0275interpolate4, ZD as \u0275\u0275interpolate5, YD as \u0275\u0275interpolate6, KD as \u0275\u0275interpolate7, JD as \u0275\u0275interpolate8, XD as \u0275\u0275interpolateV, qy as \u0275\u0275invalidFactory, pi as \u0275\u0275invalidFactoryDep, vf as \u0275\u0275listener, dD as \u0275\u0275loadQuery, bc as \u0275\u0275namespaceHTML, Sc as \u0275\u0275namespaceMathML, _c as \u0275\u0275namespaceSVG, aD as \u0275\u0275nextContext, QP as \u0275\u0275ngDeclareClassMetadata, ZP as \u0275\u0275ngDeclareClassMetadataAsync, YP as \u0275\u0275ngDeclareComponent, qP as \u0275\u0275ngDeclareDirective, KP as \u0275\u0275ngDeclareFactory, JP as \u0275\u0275ngDeclareInjectable, XP as \u0275\u0275ngDeclareInjector, e1 as \u0275\u0275ngDeclareNgModule, t1 as \u0275\u0275ngDeclarePipe, n1 as \u0275\u0275ngDeclareService, MC as \u0275\u0275pipe, wC as \u0275\u0275pipeBind1, NC as \u0275\u0275pipeBind2, _C as \u0275\u0275pipeBind3, SC as \u0275\u0275pipeBind4, bC as \u0275\u0275pipeBindV, lD as \u0275\u0275projection, cD as \u0275\u0275projectionDef, nf as \u0275\u0275property, lC as \u0275\u0275pureFunction0, uC as \u0275\u0275pureFunction1, dC as \u0275\u0275pureFunction2, fC as \u0275\u0275pureFunction3, pC as \u0275\u0275pureFunction4, hC as \u0275\u0275pureFunction5, gC as \u0275\u0275pureFunction6, mC as \u0275\u0275pureFunction7, vC as \u0275\u0275pureFunction8, yC as \u0275\u0275pureFunctionV, fD as \u0275\u0275queryAdvance, uD as \u0275\u0275queryRefresh, $D as \u0275\u0275readContextLet, pD as \u0275\u0275reference, $d as \u0275\u0275registerNgModuleType, kE as \u0275\u0275repeater, RE as \u0275\u0275repeaterCreate, xE as \u0275\u0275repeaterTrackByIdentity, AE as \u0275\u0275repeaterTrackByIndex, OC as \u0275\u0275replaceMetadata, vc as \u0275\u0275resetView, td as \u0275\u0275resolveBody, yv as \u0275\u0275resolveDocument, vv as \u0275\u0275resolveWindow, mc as \u0275\u0275restoreView, Yu as \u0275\u0275sanitizeHtml, Qs as \u0275\u0275sanitizeResourceUrl, Xu as \u0275\u0275sanitizeScript, Ku as \u0275\u0275sanitizeStyle, Ju as \u0275\u0275sanitizeUrl, hv as \u0275\u0275sanitizeUrlOrResourceUrl, iC as \u0275\u0275setComponentScope, sC as \u0275\u0275setNgModuleScope, BD as \u0275\u0275storeLet, yD as \u0275\u0275styleMap, wf as \u0275\u0275styleProp, yf as \u0275\u0275syntheticHostListener, ff as \u0275\u0275syntheticHostProperty, zd as \u0275\u0275template, AC as \u0275\u0275templateRefExtractor, _D as \u0275\u0275text, _f as \u0275\u0275textInterpolate, ka as \u0275\u0275textInterpolate1, Sf as \u0275\u0275textInterpolate2, bf as \u0275\u0275textInterpolate3, Af as \u0275\u0275textInterpolate4, xf as \u0275\u0275textInterpolate5, Rf as \u0275\u0275textInterpolate6, kf as \u0275\u0275textInterpolate7, Of as \u0275\u0275textInterpolate8, Lf as \u0275\u0275textInterpolateV, fv as \u0275\u0275trustConstantHtml, pv as \u0275\u0275trustConstantResourceUrl, HD as \u0275\u0275twoWayBindingSet, Ff as \u0275\u0275twoWayListener, Pf as \u0275\u0275twoWayProperty, ed as \u0275\u0275validateAttribute, Cf as \u0275\u0275viewQuery, Mf as \u0275\u0275viewQuerySignal };
/*! Bundled license information:

@angular/core/fesm2022/_debug_node-chunk.mjs:
@angular/core/fesm2022/core.mjs:
  (**
   * @license Angular v22.1.8
   * (c) 2010-2026 Google LLC. https://angular.dev/
   * License: MIT
   *)
*/
