var ii = Object.defineProperty, oi = Object.defineProperties;
var si = Object.getOwnPropertyDescriptors;
var Dr = Object.getOwnPropertySymbols;
var ai = Object.prototype.hasOwnProperty, ci = Object.prototype.propertyIsEnumerable;
var Ur = (t, n, e) => n in t ? ii(t, n, { enumerable: !0, configurable: !0, writable: !0, value: e }) : t[n] = e, d = (t, n) => { for (var e in n ||= {})
    ai.call(n, e) && Ur(t, e, n[e]); if (Dr)
    for (var e of Dr(n))
        ci.call(n, e) && Ur(t, e, n[e]); return t; }, _ = (t, n) => oi(t, si(n));
var C = (t, n, e) => new Promise((r, i) => { var o = a => { try {
    c(e.next(a));
}
catch (u) {
    i(u);
} }, s = a => { try {
    c(e.throw(a));
}
catch (u) {
    i(u);
} }, c = a => a.done ? r(a.value) : Promise.resolve(a.value).then(o, s); c((e = e.apply(t, n)).next()); });
import { DOCUMENT as ui, Location as sr } from "@angular/common";
import * as R from "@angular/core";
import { \u0275isPromise as li, \u0275RuntimeError as D, computed as de, signal as qt, InjectionToken as re, EventEmitter as Je, input as di, inject as v, ViewContainerRef as hi, ChangeDetectorRef as fi, reflectComponentType as pi, runInInjectionContext as z, \u0275isInjectable as gi, \u0275isNgModule as Sa, isStandalone as Ca, createEnvironmentInjector as vi, Compiler as mi, \u0275maybeUnwrapDefaultExport as $r, NgModuleFactory as yi, afterNextRender as Ri, EnvironmentInjector as ar, DestroyRef as Si, untracked as Pe, \u0275Console as Ci, \u0275PendingTasksInternal as wi, \u0275INTERNAL_APPLICATION_ERROR_HANDLER as bi, \u0275formatRuntimeError as Ii } from "@angular/core";
import { isObservable as zr, from as W, of as m, BehaviorSubject as B, combineLatest as qr, EmptyError as Ei, Observable as Ai, concat as Mi, defer as cr, pipe as Ti, EMPTY as F, throwError as Ni, Subject as Ft, Subscription as _i } from "rxjs";
import { first as ge, map as P, switchMap as H, take as xe, startWith as Di, filter as ke, takeUntil as Ht, mergeMap as fe, concatMap as Fr, tap as G, takeLast as Hr, catchError as Br, finalize as Ui } from "rxjs/operators";
import * as Vr from "@angular/platform-browser";
var g = "primary", Ve = Symbol("RouteTitle"), Bt = class {
    params;
    constructor(n) { this.params = n || {}; }
    has(n) { return Object.hasOwn(this.params, n); }
    get(n) { if (this.has(n)) {
        let e = this.params[n];
        return Array.isArray(e) ? e[0] : e;
    } return null; }
    getAll(n) { if (this.has(n)) {
        let e = this.params[n];
        return Array.isArray(e) ? e : [e];
    } return []; }
    get keys() { return Object.keys(this.params); }
};
function ee(t) { return new Bt(t); }
function jt(t, n, e) { for (let r = 0; r < t.length; r++) {
    let i = t[r], o = n[r];
    if (i[0] === ":")
        e[i.substring(1)] = o;
    else if (i !== o.path)
        return !1;
} return !0; }
function Gr(t, n, e) { let r = e.path.split("/"), i = r.indexOf("**"); if (i === -1) {
    if (r.length > t.length || e.pathMatch === "full" && (n.hasChildren() || r.length < t.length))
        return null;
    let a = {}, u = t.slice(0, r.length);
    return jt(r, u, a) ? { consumed: u, posParams: a } : null;
} if (i !== r.lastIndexOf("**"))
    return null; let o = r.slice(0, i), s = r.slice(i + 1); if (o.length + s.length > t.length || e.pathMatch === "full" && n.hasChildren() && e.path !== "**")
    return null; let c = {}; return !jt(o, t.slice(0, o.length), c) || !jt(s, t.slice(t.length - s.length), c) ? null : { consumed: t, posParams: c }; }
function it(t) { return new Promise((n, e) => { t.pipe(ge()).subscribe({ next: r => n(r), error: r => e(r) }); }); }
function Oi(t, n) { if (t.length !== n.length)
    return !1; for (let e = 0; e < t.length; ++e)
    if (!Q(t[e], n[e]))
        return !1; return !0; }
function Q(t, n) { let e = t ? Vt(t) : void 0, r = n ? Vt(n) : void 0; if (!e || !r || e.length != r.length)
    return !1; let i; for (let o = 0; o < e.length; o++)
    if (i = e[o], !Wr(t[i], n[i]))
        return !1; return !0; }
function Vt(t) { return [...Object.keys(t), ...Object.getOwnPropertySymbols(t)]; }
function Wr(t, n) { if (Array.isArray(t) && Array.isArray(n)) {
    if (t.length !== n.length)
        return !1;
    let e = [...t].sort(), r = [...n].sort();
    return e.every((i, o) => r[o] === i);
}
else
    return t === n; }
function Pi(t) { return t.length > 0 ? t[t.length - 1] : null; }
function ve(t) { return zr(t) ? t : li(t) ? W(Promise.resolve(t)) : m(t); }
function Qr(t) { return zr(t) ? it(t) : Promise.resolve(t); }
var Li = { exact: Yr, subset: Zr }, Kr = { exact: ji, subset: xi, ignored: () => !0 }, ur = { paths: "exact", fragment: "ignored", matrixParams: "ignored", queryParams: "exact" }, we = { paths: "subset", fragment: "ignored", matrixParams: "ignored", queryParams: "subset" };
function lr(t, n, e) { let r = t instanceof U ? t : n.parseUrl(t); return de(() => Gt(n.lastSuccessfulNavigation()?.finalUrl ?? new U, r, d(d({}, we), e))); }
function Gt(t, n, e) { return Li[e.paths](t.root, n.root, e.matrixParams) && Kr[e.queryParams](t.queryParams, n.queryParams) && !(e.fragment === "exact" && t.fragment !== n.fragment); }
function ji(t, n) { return Q(t, n); }
function Yr(t, n, e) { if (!he(t.segments, n.segments) || !tt(t.segments, n.segments, e) || t.numberOfChildren !== n.numberOfChildren)
    return !1; for (let r in n.children)
    if (!t.children[r] || !Yr(t.children[r], n.children[r], e))
        return !1; return !0; }
function xi(t, n) { return Object.keys(n).length <= Object.keys(t).length && Object.keys(n).every(e => Wr(t[e], n[e])); }
function Zr(t, n, e) { return Jr(t, n, n.segments, e); }
function Jr(t, n, e, r) { if (t.segments.length > e.length) {
    let i = t.segments.slice(0, e.length);
    return !(!he(i, e) || n.hasChildren() || !tt(i, e, r));
}
else if (t.segments.length === e.length) {
    if (!he(t.segments, e) || !tt(t.segments, e, r))
        return !1;
    for (let i in n.children)
        if (!t.children[i] || !Zr(t.children[i], n.children[i], r))
            return !1;
    return !0;
}
else {
    let i = e.slice(0, t.segments.length), o = e.slice(t.segments.length);
    return !he(t.segments, i) || !tt(t.segments, i, r) || !t.children[g] ? !1 : Jr(t.children[g], n, o, r);
} }
function tt(t, n, e) { return n.every((r, i) => Kr[e](t[i].parameters, r.parameters)); }
var U = class {
    root;
    queryParams;
    fragment;
    _queryParamMap;
    constructor(n = new y([], {}), e = {}, r = null) { this.root = n, this.queryParams = e, this.fragment = r; }
    get queryParamMap() { return this._queryParamMap ??= ee(this.queryParams), this._queryParamMap; }
    toString() { return zi.serialize(this); }
}, y = class {
    segments;
    children;
    parent = null;
    constructor(n, e) { this.segments = n, this.children = e, Object.values(e).forEach(r => r.parent = this); }
    hasChildren() { return this.numberOfChildren > 0; }
    get numberOfChildren() { return Object.keys(this.children).length; }
    toString() { return rt(this); }
}, oe = class {
    path;
    parameters;
    _parameterMap;
    constructor(n, e) { this.path = n, this.parameters = e; }
    get parameterMap() { return this._parameterMap ??= ee(this.parameters), this._parameterMap; }
    toString() { return en(this); }
};
function ki(t, n) { return he(t, n) && t.every((e, r) => Q(e.parameters, n[r].parameters)); }
function he(t, n) { return t.length !== n.length ? !1 : t.every((e, r) => e.path === n[r].path); }
function $i(t, n) { let e = []; return Object.entries(t.children).forEach(([r, i]) => { r === g && (e = e.concat(n(i, r))); }), Object.entries(t.children).forEach(([r, i]) => { r !== g && (e = e.concat(n(i, r))); }), e; }
var ce = (() => { class t {
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: () => new te });
} return t; })(), te = class {
    parse(n) { let e = new Qt(n); return new U(e.parseRootSegment(), e.parseQueryParams(), e.parseFragment()); }
    serialize(n) { let e = `/${Ue(n.root, !0)}`, r = Hi(n.queryParams), i = typeof n.fragment == "string" ? `#${qi(n.fragment)}` : ""; return `${e}${r}${i}`; }
}, zi = new te;
function rt(t) { return t.segments.map(n => en(n)).join("/"); }
function Ue(t, n) { if (!t.hasChildren())
    return rt(t); if (n) {
    let e = t.children[g] ? Ue(t.children[g], !1) : "", r = [];
    return Object.entries(t.children).forEach(([i, o]) => { i !== g && r.push(`${i}:${Ue(o, !1)}`); }), r.length > 0 ? `${e}(${r.join("//")})` : e;
}
else {
    let e = $i(t, (r, i) => i === g ? [Ue(t.children[g], !1)] : [`${i}:${Ue(r, !1)}`]);
    return Object.keys(t.children).length === 1 && t.children[g] != null ? `${rt(t)}/${e[0]}` : `${rt(t)}/(${e.join("//")})`;
} }
function Xr(t) { return encodeURIComponent(t).replace(/%40/g, "@").replace(/%3A/gi, ":").replace(/%24/g, "$").replace(/%2C/gi, ","); }
function Xe(t) { return Xr(t).replace(/%3B/gi, ";"); }
function qi(t) { return encodeURI(t); }
function Wt(t) { return Xr(t).replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/%26/gi, "&"); }
function nt(t) { return decodeURIComponent(t); }
function Or(t) { return nt(t.replace(/\+/g, "%20")); }
function en(t) { return `${Wt(t.path)}${Fi(t.parameters)}`; }
function Fi(t) { return Object.entries(t).map(([n, e]) => `;${Wt(n)}=${Wt(e)}`).join(""); }
function Hi(t) { let n = Object.entries(t).map(([e, r]) => Array.isArray(r) ? r.map(i => `${Xe(e)}=${Xe(i)}`).join("&") : `${Xe(e)}=${Xe(r)}`).filter(e => e); return n.length ? `?${n.join("&")}` : ""; }
var xt = 1073741824;
function ot(t, n, e) { Number(n) >= 32 && !Object.hasOwn(t, xt) && (t[xt] = e, delete t[xt]), t[n] = e; }
var Bi = /^[^\/()?;#]+/;
function kt(t) { let n = t.match(Bi); return n ? n[0] : ""; }
var Vi = /^[^\/()?;=#]+/;
function Gi(t) { let n = t.match(Vi); return n ? n[0] : ""; }
var Wi = /^[^=?&#]+/;
function Qi(t) { let n = t.match(Wi); return n ? n[0] : ""; }
var Ki = /^[^&#]+/;
function Yi(t) { let n = t.match(Ki); return n ? n[0] : ""; }
var Qt = class {
    url;
    remaining;
    constructor(n) { this.url = n, this.remaining = n; }
    parseRootSegment() { for (; this.consumeOptional("/");)
        ; return this.remaining === "" || this.peekStartsWith("?") || this.peekStartsWith("#") ? new y([], {}) : new y([], this.parseChildren()); }
    parseQueryParams() { let n = {}; if (this.consumeOptional("?"))
        do
            this.parseQueryParam(n);
        while (this.consumeOptional("&")); return n; }
    parseFragment() { return this.consumeOptional("#") ? decodeURIComponent(this.remaining) : null; }
    parseChildren(n = 0) { if (n > 50)
        throw new D(4010, !1); if (this.remaining === "")
        return {}; this.consumeOptional("/"); let e = []; for (this.peekStartsWith("(") || e.push(this.parseSegment()); this.peekStartsWith("/") && !this.peekStartsWith("//") && !this.peekStartsWith("/(");)
        this.capture("/"), e.push(this.parseSegment()); let r = {}; this.peekStartsWith("/(") && (this.capture("/"), r = this.parseParens(!0, n)); let i = {}; return this.peekStartsWith("(") && (i = this.parseParens(!1, n)), (e.length > 0 || Object.keys(r).length > 0) && (i[g] = new y(e, r)), i; }
    parseSegment() { let n = kt(this.remaining); if (n === "" && this.peekStartsWith(";"))
        throw new D(4009, !1); return this.capture(n), new oe(nt(n), this.parseMatrixParams()); }
    parseMatrixParams() { let n = {}; for (; this.consumeOptional(";");)
        this.parseParam(n); return n; }
    parseParam(n) { let e = Gi(this.remaining); if (!e)
        return; this.capture(e); let r = ""; if (this.consumeOptional("=")) {
        let i = kt(this.remaining);
        i && (r = i, this.capture(r));
    } ot(n, nt(e), nt(r)); }
    parseQueryParam(n) { let e = Qi(this.remaining); if (!e)
        return; this.capture(e); let r = ""; if (this.consumeOptional("=")) {
        let s = Yi(this.remaining);
        s && (r = s, this.capture(r));
    } let i = Or(e), o = Or(r); if (Object.hasOwn(n, i)) {
        let s = n[i];
        Array.isArray(s) || (s = [s], n[i] = s), s.push(o);
    }
    else
        n[i] = o; }
    parseParens(n, e) { let r = Object.create(null); for (this.capture("("); !this.consumeOptional(")") && this.remaining.length > 0;) {
        let i = kt(this.remaining), o = this.remaining[i.length];
        if (o !== "/" && o !== ")" && o !== ";")
            throw new D(4010, !1);
        let s;
        i.indexOf(":") > -1 ? (s = i.slice(0, i.indexOf(":")), this.capture(s), this.capture(":")) : n && (s = g);
        let c = this.parseChildren(e + 1), a = Object.keys(c).length === 1 && c[g] ? c[g] : new y([], c);
        ot(r, s ?? g, a), this.consumeOptional("//");
    } return r; }
    peekStartsWith(n) { return this.remaining.startsWith(n); }
    consumeOptional(n) { return this.peekStartsWith(n) ? (this.remaining = this.remaining.substring(n.length), !0) : !1; }
    capture(n) { if (!this.consumeOptional(n))
        throw new D(4011, !1); }
};
function tn(t) { return t.segments.length > 0 ? new y([], { [g]: t }) : t; }
function rn(t) { let n = Object.create(null); for (let [r, i] of Object.entries(t.children)) {
    let o = rn(i);
    if (r === g && o.segments.length === 0 && o.hasChildren())
        for (let [s, c] of Object.entries(o.children))
            ot(n, s, c);
    else
        (o.segments.length > 0 || o.hasChildren()) && ot(n, r, o);
} let e = new y(t.segments, n); return Zi(e); }
function Zi(t) { if (t.numberOfChildren === 1 && t.children[g]) {
    let n = t.children[g];
    return new y(t.segments.concat(n.segments), n.children);
} return t; }
function se(t) { return t instanceof U; }
function nn(t, n, e = null, r = null, i = new te) { let o = on(t); return sn(o, n, e, r, i); }
function on(t) { let n; function e(o) { let s = {}; for (let a of o.children) {
    let u = e(a);
    s[a.outlet] = u;
} let c = new y(o.url, s); return o === t && (n = c), c; } let r = e(t.root), i = tn(r); return n ?? i; }
function sn(t, n, e, r, i) { let o = t; for (; o.parent;)
    o = o.parent; if (n.length === 0)
    return $t(o, o, o, e, r, i); let s = Ji(n); if (s.toRoot())
    return $t(o, o, new y([], {}), e, r, i); let c = Xi(s, o, t), a = c.processChildren ? Le(c.segmentGroup, c.index, s.commands) : cn(c.segmentGroup, c.index, s.commands); return $t(o, c.segmentGroup, a, e, r, i); }
function st(t) { return typeof t == "object" && t != null && !t.outlets && !t.segmentPath; }
function $e(t) { return typeof t == "object" && t != null && t.outlets; }
function Pr(t, n, e) { t ||= "\u0275"; let r = new U; return r.queryParams = { [t]: n }, e.parse(e.serialize(r)).queryParams[t]; }
function $t(t, n, e, r, i, o) { let s = {}; for (let [u, l] of Object.entries(r ?? {}))
    s[u] = Array.isArray(l) ? l.map(p => Pr(u, p, o)) : Pr(u, l, o); let c; t === n ? c = e : c = an(t, n, e); let a = tn(rn(c)); return new U(a, s, i); }
function an(t, n, e) { let r = Object.create(null); return Object.entries(t.children).forEach(([i, o]) => { o === n ? r[i] = e : r[i] = an(o, n, e); }), new y(t.segments, r); }
var at = class {
    isAbsolute;
    numberOfDoubleDots;
    commands;
    constructor(n, e, r) { if (this.isAbsolute = n, this.numberOfDoubleDots = e, this.commands = r, n && r.length > 0 && st(r[0]))
        throw new D(4003, !1); let i = r.find($e); if (i && i !== Pi(r))
        throw new D(4004, !1); }
    toRoot() { return this.isAbsolute && this.commands.length === 1 && this.commands[0] == "/"; }
};
function Ji(t) { if (typeof t[0] == "string" && t.length === 1 && t[0] === "/")
    return new at(!0, 0, t); let n = 0, e = !1, r = t.reduce((i, o, s) => { if (typeof o == "object" && o != null) {
    if (o.outlets) {
        let c = {};
        return Object.entries(o.outlets).forEach(([a, u]) => { c[a] = typeof u == "string" ? u.split("/") : u; }), [...i, { outlets: c }];
    }
    if (o.segmentPath)
        return [...i, o.segmentPath];
} return typeof o != "string" ? [...i, o] : s === 0 ? (o.split("/").forEach((c, a) => { a == 0 && c === "." || (a == 0 && c === "" ? e = !0 : c === ".." ? n++ : c != "" && i.push(c)); }), i) : [...i, o]; }, []); return new at(e, n, r); }
var Re = class {
    segmentGroup;
    processChildren;
    index;
    constructor(n, e, r) { this.segmentGroup = n, this.processChildren = e, this.index = r; }
};
function Xi(t, n, e) { if (t.isAbsolute)
    return new Re(n, !0, 0); if (!e)
    return new Re(n, !1, NaN); if (e.parent === null)
    return new Re(e, !0, 0); let r = st(t.commands[0]) ? 0 : 1, i = e.segments.length - 1 + r; return eo(e, i, t.numberOfDoubleDots); }
function eo(t, n, e) { let r = t, i = n, o = e; for (; o > i;) {
    if (o -= i, r = r.parent, !r)
        throw new D(4005, !1);
    i = r.segments.length;
} return new Re(r, !1, i - o); }
function to(t) { return $e(t[0]) ? t[0].outlets : { [g]: t }; }
function cn(t, n, e) { if (t ??= new y([], {}), t.segments.length === 0 && t.hasChildren())
    return Le(t, n, e); let r = ro(t, n, e), i = e.slice(r.commandIndex); if (r.match && r.pathIndex < t.segments.length) {
    let o = new y(t.segments.slice(0, r.pathIndex), {});
    return o.children[g] = new y(t.segments.slice(r.pathIndex), t.children), Le(o, 0, i);
}
else
    return r.match && i.length === 0 ? new y(t.segments, {}) : r.match && !t.hasChildren() ? Kt(t, n, e) : r.match ? Le(t, 0, i) : Kt(t, n, e); }
function Le(t, n, e) { if (e.length === 0)
    return new y(t.segments, {}); {
    let r = to(e), i = Object.create(null);
    if (Object.keys(r).some(o => o !== g) && t.children[g] && t.numberOfChildren === 1 && t.children[g].segments.length === 0) {
        let o = Le(t.children[g], n, e);
        return new y(t.segments, o.children);
    }
    return Object.entries(r).forEach(([o, s]) => { typeof s == "string" && (s = [s]), s !== null && (i[o] = cn(t.children[o], n, s)); }), Object.entries(t.children).forEach(([o, s]) => { r[o] === void 0 && (i[o] = s); }), new y(t.segments, i);
} }
function ro(t, n, e) { let r = 0, i = n, o = { match: !1, pathIndex: 0, commandIndex: 0 }; for (; i < t.segments.length;) {
    if (r >= e.length)
        return o;
    let s = t.segments[i], c = e[r];
    if ($e(c))
        break;
    let a = `${c}`, u = r < e.length - 1 ? e[r + 1] : null;
    if (i > 0 && a === void 0)
        break;
    if (a && u && typeof u == "object" && u.outlets === void 0) {
        if (!jr(a, u, s))
            return o;
        r += 2;
    }
    else {
        if (!jr(a, {}, s))
            return o;
        r++;
    }
    i++;
} return { match: !0, pathIndex: i, commandIndex: r }; }
function Kt(t, n, e) { let r = t.segments.slice(0, n), i = 0; for (; i < e.length;) {
    let o = e[i];
    if ($e(o)) {
        let a = no(o.outlets);
        return new y(r, a);
    }
    if (i === 0 && st(e[0])) {
        let a = t.segments[n];
        r.push(new oe(a.path, Lr(e[0]))), i++;
        continue;
    }
    let s = $e(o) ? o.outlets[g] : `${o}`, c = i < e.length - 1 ? e[i + 1] : null;
    s && c && st(c) ? (r.push(new oe(s, Lr(c))), i += 2) : (r.push(new oe(s, {})), i++);
} return new y(r, {}); }
function no(t) { let n = {}; return Object.entries(t).forEach(([e, r]) => { typeof r == "string" && (r = [r]), r !== null && (n[e] = Kt(new y([], {}), 0, r)); }), n; }
function Lr(t) { let n = {}; return Object.entries(t).forEach(([e, r]) => n[e] = `${r}`), n; }
function jr(t, n, e) { return t == e.path && Q(n, e.parameters); }
var Se = "imperative", A = (function (t) { return t[t.NavigationStart = 0] = "NavigationStart", t[t.NavigationEnd = 1] = "NavigationEnd", t[t.NavigationCancel = 2] = "NavigationCancel", t[t.NavigationError = 3] = "NavigationError", t[t.RoutesRecognized = 4] = "RoutesRecognized", t[t.ResolveStart = 5] = "ResolveStart", t[t.ResolveEnd = 6] = "ResolveEnd", t[t.GuardsCheckStart = 7] = "GuardsCheckStart", t[t.GuardsCheckEnd = 8] = "GuardsCheckEnd", t[t.RouteConfigLoadStart = 9] = "RouteConfigLoadStart", t[t.RouteConfigLoadEnd = 10] = "RouteConfigLoadEnd", t[t.ChildActivationStart = 11] = "ChildActivationStart", t[t.ChildActivationEnd = 12] = "ChildActivationEnd", t[t.ActivationStart = 13] = "ActivationStart", t[t.ActivationEnd = 14] = "ActivationEnd", t[t.Scroll = 15] = "Scroll", t[t.NavigationSkipped = 16] = "NavigationSkipped", t; })(A || {}), x = class {
    id;
    url;
    constructor(n, e) { this.id = n, this.url = e; }
}, K = class extends x {
    type = A.NavigationStart;
    navigationTrigger;
    restoredState;
    constructor(n, e, r = "imperative", i = null) { super(n, e), this.navigationTrigger = r, this.restoredState = i; }
    toString() { return `NavigationStart(id: ${this.id}, url: '${this.url}')`; }
}, O = class extends x {
    urlAfterRedirects;
    type = A.NavigationEnd;
    constructor(n, e, r) { super(n, e), this.urlAfterRedirects = r; }
    toString() { return `NavigationEnd(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}')`; }
}, I = (function (t) { return t[t.Redirect = 0] = "Redirect", t[t.SupersededByNewNavigation = 1] = "SupersededByNewNavigation", t[t.NoDataFromResolver = 2] = "NoDataFromResolver", t[t.GuardRejected = 3] = "GuardRejected", t[t.Aborted = 4] = "Aborted", t; })(I || {}), be = (function (t) { return t[t.IgnoredSameUrlNavigation = 0] = "IgnoredSameUrlNavigation", t[t.IgnoredByUrlHandlingStrategy = 1] = "IgnoredByUrlHandlingStrategy", t; })(be || {}), T = class extends x {
    reason;
    code;
    type = A.NavigationCancel;
    constructor(n, e, r, i) { super(n, e), this.reason = r, this.code = i; }
    toString() { return `NavigationCancel(id: ${this.id}, url: '${this.url}')`; }
};
function dr(t) { return t instanceof T && (t.code === I.Redirect || t.code === I.SupersededByNewNavigation); }
var $ = class extends x {
    reason;
    code;
    type = A.NavigationSkipped;
    constructor(n, e, r, i) { super(n, e), this.reason = r, this.code = i; }
}, Y = class extends x {
    error;
    target;
    type = A.NavigationError;
    constructor(n, e, r, i) { super(n, e), this.error = r, this.target = i; }
    toString() { return `NavigationError(id: ${this.id}, url: '${this.url}', error: ${this.error})`; }
}, ze = class extends x {
    urlAfterRedirects;
    state;
    type = A.RoutesRecognized;
    constructor(n, e, r, i) { super(n, e), this.urlAfterRedirects = r, this.state = i; }
    toString() { return `RoutesRecognized(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`; }
}, ct = class extends x {
    urlAfterRedirects;
    state;
    type = A.GuardsCheckStart;
    constructor(n, e, r, i) { super(n, e), this.urlAfterRedirects = r, this.state = i; }
    toString() { return `GuardsCheckStart(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`; }
}, ut = class extends x {
    urlAfterRedirects;
    state;
    shouldActivate;
    type = A.GuardsCheckEnd;
    constructor(n, e, r, i, o) { super(n, e), this.urlAfterRedirects = r, this.state = i, this.shouldActivate = o; }
    toString() { return `GuardsCheckEnd(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state}, shouldActivate: ${this.shouldActivate})`; }
}, lt = class extends x {
    urlAfterRedirects;
    state;
    type = A.ResolveStart;
    constructor(n, e, r, i) { super(n, e), this.urlAfterRedirects = r, this.state = i; }
    toString() { return `ResolveStart(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`; }
}, dt = class extends x {
    urlAfterRedirects;
    state;
    type = A.ResolveEnd;
    constructor(n, e, r, i) { super(n, e), this.urlAfterRedirects = r, this.state = i; }
    toString() { return `ResolveEnd(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`; }
}, ht = class {
    route;
    type = A.RouteConfigLoadStart;
    constructor(n) { this.route = n; }
    toString() { return `RouteConfigLoadStart(path: ${this.route.path})`; }
}, ft = class {
    route;
    type = A.RouteConfigLoadEnd;
    constructor(n) { this.route = n; }
    toString() { return `RouteConfigLoadEnd(path: ${this.route.path})`; }
}, pt = class {
    snapshot;
    type = A.ChildActivationStart;
    constructor(n) { this.snapshot = n; }
    toString() { return `ChildActivationStart(path: '${this.snapshot.routeConfig && this.snapshot.routeConfig.path || ""}')`; }
}, gt = class {
    snapshot;
    type = A.ChildActivationEnd;
    constructor(n) { this.snapshot = n; }
    toString() { return `ChildActivationEnd(path: '${this.snapshot.routeConfig && this.snapshot.routeConfig.path || ""}')`; }
}, vt = class {
    snapshot;
    type = A.ActivationStart;
    constructor(n) { this.snapshot = n; }
    toString() { return `ActivationStart(path: '${this.snapshot.routeConfig && this.snapshot.routeConfig.path || ""}')`; }
}, mt = class {
    snapshot;
    type = A.ActivationEnd;
    constructor(n) { this.snapshot = n; }
    toString() { return `ActivationEnd(path: '${this.snapshot.routeConfig && this.snapshot.routeConfig.path || ""}')`; }
}, Ie = class {
    routerEvent;
    position;
    anchor;
    scrollBehavior;
    type = A.Scroll;
    constructor(n, e, r, i) { this.routerEvent = n, this.position = e, this.anchor = r, this.scrollBehavior = i; }
    toString() { let n = this.position ? `${this.position[0]}, ${this.position[1]}` : null; return `Scroll(anchor: '${this.anchor}', position: '${n}')`; }
}, pe = class {
}, Ee = class {
}, Ae = class {
    url;
    navigationBehaviorOptions;
    constructor(n, e) { this.url = n, this.navigationBehaviorOptions = e; }
};
function io(t) { return !(t instanceof pe) && !(t instanceof Ae) && !(t instanceof Ee); }
var yt = class {
    rootInjector;
    outlet = null;
    route = null;
    children;
    attachRef = null;
    get injector() { return this.route?.snapshot._environmentInjector ?? this.rootInjector; }
    constructor(n) { this.rootInjector = n, this.children = new ae(this.rootInjector); }
    resetChildren() { this.children = new ae(this.rootInjector); }
}, ae = (() => { class t {
    rootInjector;
    contexts = new Map;
    constructor(e) { this.rootInjector = e; }
    onChildOutletCreated(e, r) { let i = this.getOrCreateContext(e); i.outlet = r, this.contexts.set(e, i); }
    onChildOutletDestroyed(e) { let r = this.getContext(e); r && (r.outlet = null, r.attachRef = null); }
    onOutletDeactivated() { let e = this.contexts; return this.contexts = new Map, e; }
    onOutletReAttached(e) { this.contexts = e; }
    getOrCreateContext(e) { let r = this.getContext(e); return r || (r = new yt(this.rootInjector), this.contexts.set(e, r)), r; }
    getContext(e) { return this.contexts.get(e) || null; }
    static \u0275fac = function (r) { return new (r || t)(R.\u0275\u0275inject(R.EnvironmentInjector)); };
    static \u0275prov = R.\u0275\u0275defineInjectable({ token: t, factory: t.\u0275fac, providedIn: "root" });
} return t; })(), Rt = class {
    _root;
    constructor(n) { this._root = n; }
    get root() { return this._root.value; }
    parent(n) { let e = this.pathFromRoot(n); return e.length > 1 ? e[e.length - 2] : null; }
    children(n) { let e = Yt(n, this._root); return e ? e.children.map(r => r.value) : []; }
    firstChild(n) { let e = Yt(n, this._root); return e && e.children.length > 0 ? e.children[0].value : null; }
    siblings(n) { let e = Zt(n, this._root); return e.length < 2 ? [] : e[e.length - 2].children.map(i => i.value).filter(i => i !== n); }
    pathFromRoot(n) { return Zt(n, this._root).map(e => e.value); }
};
function Yt(t, n) { if (t === n.value)
    return n; for (let e of n.children) {
    let r = Yt(t, e);
    if (r)
        return r;
} return null; }
function Zt(t, n) { if (t === n.value)
    return [n]; for (let e of n.children) {
    let r = Zt(t, e);
    if (r.length)
        return r.unshift(n), r;
} return []; }
var j = class {
    value;
    children;
    constructor(n, e) { this.value = n, this.children = e; }
    toString() { return `TreeNode(${this.value})`; }
};
function ye(t) { let n = {}; return t && t.children.forEach(e => n[e.value.outlet] = e), n; }
var qe = class extends Rt {
    snapshot;
    constructor(n, e) { super(n), this.snapshot = e, fr(this, n); }
    toString() { return this.snapshot.toString(); }
};
function un(t, n) { let e = oo(t, n), r = new B([new oe("", {})]), i = new B({}), o = new B({}), s = new B({}), c = new B(""), a = new Z(r, i, s, c, o, g, t, e.root); return a.snapshot = e.root, new qe(new j(a, []), e); }
function oo(t, n) { let e = {}, r = {}, i = {}, s = new Me([], e, i, "", r, g, t, null, {}, n); return new Fe("", new j(s, [])); }
var Z = class {
    urlSubject;
    paramsSubject;
    queryParamsSubject;
    fragmentSubject;
    dataSubject;
    outlet;
    component;
    snapshot;
    _futureSnapshot;
    _routerState;
    _paramMap;
    _queryParamMap;
    title;
    url;
    params;
    queryParams;
    fragment;
    data;
    resources;
    _localInjector;
    pending;
    paramsSignal;
    queryParamsSignal;
    paramMapSignal;
    queryParamMapSignal;
    fragmentSignal;
    dataSignal;
    constructor(n, e, r, i, o, s, c, a) { this.urlSubject = n, this.paramsSubject = e, this.queryParamsSubject = r, this.fragmentSubject = i, this.dataSubject = o, this.outlet = s, this.component = c, this._futureSnapshot = a, this.title = this.dataSubject?.pipe(P(u => u[Ve])) ?? m(void 0), this.url = n, this.params = e, this.queryParams = r, this.fragment = i, this.data = o; }
    get routeConfig() { return this._futureSnapshot.routeConfig; }
    get root() { return this._routerState.root; }
    get parent() { return this._routerState.parent(this); }
    get firstChild() { return this._routerState.firstChild(this); }
    get children() { return this._routerState.children(this); }
    get pathFromRoot() { return this._routerState.pathFromRoot(this); }
    get paramMap() { return this._paramMap ??= this.params.pipe(P(n => ee(n))), this._paramMap; }
    get queryParamMap() { return this._queryParamMap ??= this.queryParams.pipe(P(n => ee(n))), this._queryParamMap; }
    toString() { return this.snapshot ? this.snapshot.toString() : `Future(${this._futureSnapshot})`; }
    _setPending(n) { this._futureSnapshot = n, this.pending?.set(!0); }
}, so = "always";
function hr(t, n, e) { let r, { routeConfig: i } = t; return n !== null && (e === "always" || i?.path === "" || !n.component && !n.routeConfig?.loadComponent) ? r = { params: d(d({}, n.params), t.params), data: d(d({}, n.data), t.data), resolve: d(d(d(d({}, t.data), n.data), i?.data), t._resolvedData) } : r = { params: d({}, t.params), data: d({}, t.data), resolve: d(d({}, t.data), t._resolvedData ?? {}) }, i && hn(i) && (r.resolve[Ve] = i.title), r; }
var Me = class {
    url;
    params;
    queryParams;
    fragment;
    data;
    outlet;
    component;
    routeConfig;
    _resolve;
    _resolvedData;
    _routerState;
    _paramMap;
    _queryParamMap;
    _environmentInjector;
    resources;
    get title() { return this.data?.[Ve]; }
    constructor(n, e, r, i, o, s, c, a, u, l) { this.url = n, this.params = e, this.queryParams = r, this.fragment = i, this.data = o, this.outlet = s, this.component = c, this.routeConfig = a, this._resolve = u, this._environmentInjector = l; }
    get root() { return this._routerState.root; }
    get parent() { return this._routerState.parent(this); }
    get firstChild() { return this._routerState.firstChild(this); }
    get children() { return this._routerState.children(this); }
    get pathFromRoot() { return this._routerState.pathFromRoot(this); }
    get paramMap() { return this._paramMap ??= ee(this.params), this._paramMap; }
    get queryParamMap() { return this._queryParamMap ??= ee(this.queryParams), this._queryParamMap; }
    toString() { let n = this.url.map(r => r.toString()).join("/"), e = this.routeConfig ? this.routeConfig.path : ""; return `Route(url:'${n}', path:'${e}')`; }
}, Fe = class extends Rt {
    url;
    constructor(n, e) { super(e), this.url = n, fr(this, e); }
    toString() { return ln(this._root); }
};
function fr(t, n) { n.value._routerState = t, n.children.forEach(e => fr(t, e)); }
function ln(t) { let n = t.children.length > 0 ? ` { ${t.children.map(ln).join(", ")} } ` : ""; return `${t.value}${n}`; }
function zt(t) { if (t.snapshot) {
    let n = t.snapshot, e = t._futureSnapshot;
    t.snapshot = e, Q(n.queryParams, e.queryParams) || t.queryParamsSubject.next(e.queryParams), n.fragment !== e.fragment && t.fragmentSubject.next(e.fragment), Q(n.params, e.params) || t.paramsSubject.next(e.params), Oi(n.url, e.url) || t.urlSubject.next(e.url), Q(n.data, e.data) || t.dataSubject.next(e.data);
}
else
    t.snapshot = t._futureSnapshot, t.dataSubject.next(t._futureSnapshot.data); }
function dn(t) { if (t.paramsSignal !== void 0)
    return; let n = t, e = qt(!1); n.pending = e, n.paramsSignal = de(() => e() || !t.snapshot ? t._futureSnapshot.params : t.snapshot.params), n.queryParamsSignal = de(() => e() || !t.snapshot ? t._futureSnapshot.queryParams : t.snapshot.queryParams), n.paramMapSignal = de(() => ee(t.paramsSignal())), n.queryParamMapSignal = de(() => ee(t.queryParamsSignal())), n.fragmentSignal = de(() => e() || !t.snapshot ? t._futureSnapshot.fragment : t.snapshot.fragment), n.dataSignal = de(() => e() || !t.snapshot ? t._futureSnapshot.data : t.snapshot.data), n._setPending = r => { t._futureSnapshot = r, e.set(!0); }; }
function Jt(t, n) { let e = Q(t.params, n.params) && ki(t.url, n.url), r = !t.parent != !n.parent; return e && !r && (!t.parent || Jt(t.parent, n.parent)); }
function hn(t) { return typeof t.title == "string" || t.title === null; }
var fn = new re(""), pr = (() => { class t {
    activated = null;
    get activatedComponentRef() { return this.activated; }
    _activatedRoute = null;
    name = g;
    activateEvents = new Je;
    deactivateEvents = new Je;
    attachEvents = new Je;
    detachEvents = new Je;
    routerOutletData = di();
    parentContexts = v(ae);
    location = v(hi);
    changeDetector = v(fi);
    inputBinder = v(Ge, { optional: !0 });
    supportsBindingToComponentInputs = !0;
    ngOnChanges(e) { if (e.name) {
        let { firstChange: r, previousValue: i } = e.name;
        if (r)
            return;
        this.isTrackedInParentContexts(i) && (this.deactivate(), this.parentContexts.onChildOutletDestroyed(i)), this.initializeOutletWithName();
    } }
    ngOnDestroy() { this.isTrackedInParentContexts(this.name) && this.parentContexts.onChildOutletDestroyed(this.name), this.inputBinder?.unsubscribeFromRouteData(this); }
    isTrackedInParentContexts(e) { return this.parentContexts.getContext(e)?.outlet === this; }
    ngOnInit() { this.initializeOutletWithName(); }
    initializeOutletWithName() { if (this.parentContexts.onChildOutletCreated(this.name, this), this.activated)
        return; let e = this.parentContexts.getContext(this.name); e?.route && (e.attachRef ? this.attach(e.attachRef, e.route) : this.activateWith(e.route, e.injector)); }
    get isActivated() { return !!this.activated; }
    get component() { if (!this.activated)
        throw new D(4012, !1); return this.activated.instance; }
    get activatedRoute() { if (!this.activated)
        throw new D(4012, !1); return this._activatedRoute; }
    get activatedRouteData() { return this._activatedRoute ? this._activatedRoute.snapshot.data : {}; }
    detach() { if (!this.activated)
        throw new D(4012, !1); this.location.detach(); let e = this.activated; return this.activated = null, this._activatedRoute = null, this.detachEvents.emit(e.instance), e; }
    attach(e, r) { this.activated = e, this._activatedRoute = r, this.location.insert(e.hostView), this.inputBinder?.bindActivatedRouteToOutletComponent(this, this.location.injector), this.attachEvents.emit(e.instance); }
    deactivate() { if (this.activated) {
        let e = this.component;
        this.activated.destroy(), this.activated = null, this._activatedRoute = null, this.deactivateEvents.emit(e);
    } }
    activateWith(e, r) { if (this.isActivated)
        throw new D(4013, !1); this._activatedRoute = e; let i = this.location, s = e.snapshot.component, c = this.parentContexts.getOrCreateContext(this.name).children, a = new Xt(e, c, i.injector, this.routerOutletData); this.activated = i.createComponent(s, { index: i.length, injector: a, environmentInjector: r }), this.changeDetector.markForCheck(), this.inputBinder?.bindActivatedRouteToOutletComponent(this, this.location.injector), this.activateEvents.emit(this.activated.instance); }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275dir = R.\u0275\u0275defineDirective({ type: t, selectors: [["router-outlet"]], inputs: { name: "name", routerOutletData: [1, "routerOutletData"] }, outputs: { activateEvents: "activate", deactivateEvents: "deactivate", attachEvents: "attach", detachEvents: "detach" }, exportAs: ["outlet"], features: [R.\u0275\u0275NgOnChangesFeature] });
} return t; })(), Xt = class {
    route;
    childContexts;
    parent;
    outletData;
    constructor(n, e, r, i) { this.route = n, this.childContexts = e, this.parent = r, this.outletData = i; }
    get(n, e) { return n === Z ? this.route : n === ae ? this.childContexts : n === fn ? this.outletData : this.parent.get(n, e); }
}, Ge = new re(""), pn = (() => { class t {
    options;
    feature;
    outletDataSubscriptions = new Map;
    outletSeenKeys = new Map;
    outletEffects = new Map;
    constructor(e, r = null) { this.options = e, this.feature = r, this.options.queryParams ??= !0; }
    bindActivatedRouteToOutletComponent(e, r) { this.unsubscribeFromRouteData(e), this.subscribeToRouteData(e, r); }
    unsubscribeFromRouteData(e) { this.outletDataSubscriptions.get(e)?.unsubscribe(), this.outletDataSubscriptions.delete(e), this.outletSeenKeys.delete(e), this.outletEffects.get(e)?.forEach(r => r.destroy()), this.outletEffects.delete(e); }
    subscribeToRouteData(e, r) { let { activatedRoute: i } = e, o = [], s = []; if (this.feature?.createResourceOutletBindingEffects && e.activatedComponentRef) {
        let { handledKeys: a, createdEffects: u } = this.feature.createResourceOutletBindingEffects(e.activatedComponentRef, i, r);
        o.push(...u), s = a;
    } o.length > 0 && this.outletEffects.set(e, o); let c = qr([this.options.queryParams ? i.queryParams : m({}), i.params, i.data]).pipe(H(([a, u, l], p) => (l = d(d(d(d({}, a), u), l), i.resources || {}), p === 0 ? m(l) : Promise.resolve(l)))).subscribe(a => { if (!e.isActivated || !e.activatedComponentRef || e.activatedRoute !== i || i.component === null) {
        this.unsubscribeFromRouteData(e);
        return;
    } let u = pi(i.component); if (!u) {
        this.unsubscribeFromRouteData(e);
        return;
    } let l = this.outletSeenKeys.get(e); l || (l = new Set, this.outletSeenKeys.set(e, l)); for (let f of Object.keys(a))
        l.add(f); let p = this.options.unmatchedInputBehavior ?? "alwaysUndefined"; for (let { templateName: f } of u.inputs) {
        if (s.includes(f))
            continue;
        let w = a[f];
        (w !== void 0 || p === "alwaysUndefined" || l.has(f)) && e.activatedComponentRef.setInput(f, w);
    } }); this.outletDataSubscriptions.set(e, c); }
    static \u0275fac = function (r) { R.\u0275\u0275invalidFactory(); };
    static \u0275prov = R.\u0275\u0275defineInjectable({ token: t, factory: t.\u0275fac });
} return t; })(), gr = (() => { class t {
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275cmp = R.\u0275\u0275defineComponent({ type: t, selectors: [["ng-component"]], exportAs: ["emptyRouterOutlet"], decls: 1, vars: 0, template: function (r, i) { r & 1 && R.\u0275\u0275element(0, "router-outlet"); }, dependencies: [pr], encapsulation: 2, changeDetection: 1 });
} return t; })();
function vr(t) { let n = t.children && t.children.map(vr), e = n ? _(d({}, t), { children: n }) : d({}, t); return !e.component && !e.loadComponent && (n || e.loadChildren) && e.outlet && e.outlet !== g && (e.component = gr), e; }
function ao(t, n, e) { let r = new Set, i = He(t, n._root, e ? e._root : void 0, r); return { newlyCreatedRoutes: r, state: new qe(i, n) }; }
function He(t, n, e, r) { if (e && t.shouldReuseRoute(n.value, e.value.snapshot)) {
    let i = e.value;
    i._setPending(n.value);
    let o = co(t, n, e, r);
    return new j(i, o);
}
else {
    if (t.shouldAttach(n.value)) {
        let s = t.retrieve(n.value);
        if (s !== null) {
            let c = s.route;
            return c.value._setPending(n.value), c.children = n.children.map(a => He(t, a, void 0, r)), c;
        }
    }
    let i = uo(n.value);
    i._setPending(n.value), r.add(i);
    let o = n.children.map(s => He(t, s, void 0, r));
    return new j(i, o);
} }
function co(t, n, e, r) { return n.children.map(i => { for (let o of e.children)
    if (t.shouldReuseRoute(i.value, o.value.snapshot))
        return He(t, i, o, r); return He(t, i, void 0, r); }); }
function uo(t) { return new Z(new B(t.url), new B(t.params), new B(t.queryParams), new B(t.fragment), new B(t.data), t.outlet, t.component, t); }
var Te = class {
    redirectTo;
    navigationBehaviorOptions;
    constructor(n, e) { this.redirectTo = n, this.navigationBehaviorOptions = e; }
}, gn = "ngNavigationCancelingError";
function St(t, n) { let { redirectTo: e, navigationBehaviorOptions: r } = se(n) ? { redirectTo: n, navigationBehaviorOptions: void 0 } : n, i = vn(!1, I.Redirect); return i.url = e, i.navigationBehaviorOptions = r, i; }
function vn(t, n) { let e = new Error(`NavigationCancelingError: ${t || ""}`); return e[gn] = !0, e.cancellationCode = n, e; }
function lo(t) { return mn(t) && se(t.url); }
function mn(t) { return !!t && t[gn]; }
var er = class {
    routeReuseStrategy;
    futureState;
    currState;
    forwardEvent;
    inputBindingEnabled;
    constructor(n, e, r, i, o) { this.routeReuseStrategy = n, this.futureState = e, this.currState = r, this.forwardEvent = i, this.inputBindingEnabled = o; }
    activate(n) { let e = this.futureState._root, r = this.currState ? this.currState._root : null; this.deactivateChildRoutes(e, r, n), zt(this.futureState.root), this.activateChildRoutes(e, r, n); }
    deactivateChildRoutes(n, e, r) { let i = ye(e); n.children.forEach(o => { let s = o.value.outlet; this.deactivateRoutes(o, i[s], r), delete i[s]; }), Object.values(i).forEach(o => { this.deactivateRouteAndItsChildren(o, r); }); }
    deactivateRoutes(n, e, r) { let i = n.value, o = e ? e.value : null; if (i === o)
        if (i.component) {
            let s = r.getContext(i.outlet);
            s && this.deactivateChildRoutes(n, e, s.children);
        }
        else
            this.deactivateChildRoutes(n, e, r);
    else
        o && this.deactivateRouteAndItsChildren(e, r); }
    deactivateRouteAndItsChildren(n, e) { n.value.component && this.routeReuseStrategy.shouldDetach(n.value.snapshot) ? this.detachAndStoreRouteSubtree(n, e) : this.deactivateRouteAndOutlet(n, e); }
    detachAndStoreRouteSubtree(n, e) { let r = e.getContext(n.value.outlet), i = r && n.value.component ? r.children : e, o = ye(n); for (let s of Object.values(o))
        this.deactivateRouteAndItsChildren(s, i); if (r && r.outlet) {
        let s = r.outlet.detach(), c = r.children.contexts;
        r.resetChildren(), this.routeReuseStrategy.store(n.value.snapshot, { componentRef: s, route: n, contexts: c });
    } }
    deactivateRouteAndOutlet(n, e) { let r = e.getContext(n.value.outlet), i = r && n.value.component ? r.children : e, o = ye(n); for (let s of Object.values(o))
        this.deactivateRouteAndItsChildren(s, i); r && (r.outlet && (r.outlet.deactivate(), r.children.onOutletDeactivated()), r.attachRef = null, r.route = null), n.value._localInjector?.destroy(); }
    activateChildRoutes(n, e, r) { let i = ye(e); n.children.forEach(o => { this.activateRoutes(o, i[o.value.outlet], r), this.forwardEvent(new mt(o.value.snapshot)); }), n.children.length && this.forwardEvent(new gt(n.value.snapshot)); }
    activateRoutes(n, e, r) { let i = n.value, o = e ? e.value : null; if (zt(i), i === o)
        if (i.component) {
            let s = r.getOrCreateContext(i.outlet);
            this.activateChildRoutes(n, e, s.children);
        }
        else
            this.activateChildRoutes(n, e, r);
    else if (i.component) {
        let s = r.getOrCreateContext(i.outlet);
        if (this.routeReuseStrategy.shouldAttach(i.snapshot)) {
            let c = this.routeReuseStrategy.retrieve(i.snapshot);
            this.routeReuseStrategy.store(i.snapshot, null), s.children.onOutletReAttached(c.contexts), s.attachRef = c.componentRef, s.route = c.route.value, s.outlet && s.outlet.attach(c.componentRef, c.route.value), zt(c.route.value), this.activateChildRoutes(n, null, s.children);
        }
        else
            s.attachRef = null, s.route = i, s.outlet && s.outlet.activateWith(i, s.injector), this.activateChildRoutes(n, null, s.children);
    }
    else
        this.activateChildRoutes(n, null, r); }
}, Ct = class {
    path;
    route;
    constructor(n) { this.path = n, this.route = this.path[this.path.length - 1]; }
}, Ce = class {
    component;
    route;
    constructor(n, e) { this.component = n, this.route = e; }
};
function ho(t, n, e) { let r = t._root, i = n ? n._root : null; return Oe(r, i, e, [r.value]); }
function fo(t) { let n = t.routeConfig ? t.routeConfig.canActivateChild : null; return !n || n.length === 0 ? null : { node: t, guards: n }; }
function _e(t, n) { let e = Symbol(), r = n.get(t, e); return r === e ? typeof t == "function" && !gi(t) ? t : n.get(t) : r; }
function Oe(t, n, e, r, i = { canDeactivateChecks: [], canActivateChecks: [] }) { let o = ye(n); return t.children.forEach(s => { po(s, o[s.value.outlet], e, r.concat([s.value]), i), delete o[s.value.outlet]; }), Object.entries(o).forEach(([s, c]) => je(c, e.getContext(s), e, i)), i; }
function po(t, n, e, r, i = { canDeactivateChecks: [], canActivateChecks: [] }) { let o = t.value, s = n ? n.value : null, c = e ? e.getContext(t.value.outlet) : null; if (s && o.routeConfig === s.routeConfig) {
    let a = go(s, o, o.routeConfig.runGuardsAndResolvers);
    a ? i.canActivateChecks.push(new Ct(r)) : (o.data = s.data, o._resolvedData = s._resolvedData), o.component ? Oe(t, n, c ? c.children : null, r, i) : Oe(t, n, e, r, i), a && c && c.outlet && c.outlet.isActivated && i.canDeactivateChecks.push(new Ce(c.outlet.component, s));
}
else
    s && je(n, c, e, i), i.canActivateChecks.push(new Ct(r)), o.component ? Oe(t, null, c ? c.children : null, r, i) : Oe(t, null, e, r, i); return i; }
function go(t, n, e) { if (typeof e == "function")
    return z(n._environmentInjector, () => e(t, n)); switch (e) {
    case "pathParamsChange": return !he(t.url, n.url);
    case "pathParamsOrQueryParamsChange": return !he(t.url, n.url) || !Q(t.queryParams, n.queryParams);
    case "always": return !0;
    case "paramsOrQueryParamsChange": return !Jt(t, n) || !Q(t.queryParams, n.queryParams);
    default: return !Jt(t, n);
} }
function je(t, n, e, r) { let i = ye(t), o = t.value; Object.entries(i).forEach(([s, c]) => { o.component ? n ? je(c, n.children.getContext(s), n.children, r) : je(c, null, null, r) : je(c, e ? e.getContext(s) : null, e, r); }), o.component ? n && n.outlet && n.outlet.isActivated ? r.canDeactivateChecks.push(new Ce(n.outlet.component, o)) : r.canDeactivateChecks.push(new Ce(null, o)) : r.canDeactivateChecks.push(new Ce(null, o)); }
function We(t) { return typeof t == "function"; }
function vo(t) { return typeof t == "boolean"; }
function mo(t) { return t && We(t.canLoad); }
function yo(t) { return t && We(t.canActivate); }
function Ro(t) { return t && We(t.canActivateChild); }
function So(t) { return t && We(t.canDeactivate); }
function Co(t) { return t && We(t.canMatch); }
function yn(t) { return t instanceof Ei || t?.name === "EmptyError"; }
var et = Symbol("INITIAL_VALUE");
function Ne() { return H(t => qr(t.map(n => n.pipe(xe(1), Di(et)))).pipe(P(n => { for (let e of n)
    if (e !== !0) {
        if (e === et)
            return et;
        if (e === !1 || wo(e))
            return e;
    } return !0; }), ke(n => n !== et), xe(1))); }
function wo(t) { return se(t) || t instanceof Te; }
function Rn(t) { return t.aborted ? m(void 0).pipe(xe(1)) : new Ai(n => { let e = () => { n.next(), n.complete(); }; return t.addEventListener("abort", e), () => t.removeEventListener("abort", e); }); }
function Sn(t) { return Ht(Rn(t)); }
function bo(t) { return fe(n => { let { targetSnapshot: e, currentSnapshot: r, guards: { canActivateChecks: i, canDeactivateChecks: o } } = n; return o.length === 0 && i.length === 0 ? m(_(d({}, n), { guardsResult: !0 })) : Io(o, e, r).pipe(fe(s => s && vo(s) ? Eo(e, i, t) : m(s)), P(s => _(d({}, n), { guardsResult: s }))); }); }
function Io(t, n, e) { return W(t).pipe(fe(r => _o(r.component, r.route, e, n)), ge(r => r !== !0, !0)); }
function Eo(t, n, e) { return W(n).pipe(Fr(r => Mi(Mo(r.route.parent, e), Ao(r.route, e), No(t, r.path), To(t, r.route))), ge(r => r !== !0, !0)); }
function Ao(t, n) { return t !== null && n && n(new vt(t)), m(!0); }
function Mo(t, n) { return t !== null && n && n(new pt(t)), m(!0); }
function To(t, n) { let e = n.routeConfig ? n.routeConfig.canActivate : null; if (!e || e.length === 0)
    return m(!0); let r = e.map(i => cr(() => { let o = n._environmentInjector, s = _e(i, o), c = yo(s) ? s.canActivate(n, t) : z(o, () => s(n, t)); return ve(c).pipe(ge()); })); return m(r).pipe(Ne()); }
function No(t, n) { let e = n[n.length - 1], i = n.slice(0, n.length - 1).reverse().map(o => fo(o)).filter(o => o !== null).map(o => cr(() => { let s = o.guards.map(c => { let a = o.node._environmentInjector, u = _e(c, a), l = Ro(u) ? u.canActivateChild(e, t) : z(a, () => u(e, t)); return ve(l).pipe(ge()); }); return m(s).pipe(Ne()); })); return m(i).pipe(Ne()); }
function _o(t, n, e, r) { let i = n && n.routeConfig ? n.routeConfig.canDeactivate : null; if (!i || i.length === 0)
    return m(!0); let o = i.map(s => { let c = n._environmentInjector, a = _e(s, c), u = So(a) ? a.canDeactivate(t, n, e, r) : z(c, () => a(t, n, e, r)); return ve(u).pipe(ge()); }); return m(o).pipe(Ne()); }
function Do(t, n, e, r, i) { let o = n.canLoad; if (o === void 0 || o.length === 0)
    return m(!0); let s = o.map(c => { let a = _e(c, t), u = mo(a) ? a.canLoad(n, e) : z(t, () => a(n, e)), l = ve(u); return i ? l.pipe(Sn(i)) : l; }); return m(s).pipe(Ne(), Cn(r)); }
function Cn(t) { return Ti(G(n => { if (typeof n != "boolean")
    throw St(t, n); }), P(n => n === !0)); }
function Uo(t, n, e, r, i, o) { let s = n.canMatch; if (!s || s.length === 0)
    return m(!0); let c = s.map(a => { let u = _e(a, t), l = Co(u) ? u.canMatch(n, e, i) : z(t, () => u(n, e, i)); return ve(l).pipe(Sn(o)); }); return m(c).pipe(Ne(), Cn(r)); }
var X = class t extends Error {
    segmentGroup;
    constructor(n) { super(), this.segmentGroup = n || null, Object.setPrototypeOf(this, t.prototype); }
}, Be = class t extends Error {
    urlTree;
    constructor(n) { super(), this.urlTree = n, Object.setPrototypeOf(this, t.prototype); }
};
function Oo(t) { throw new D(4e3, !1); }
function Po(t) { throw vn(!1, I.GuardRejected); }
var tr = class {
    urlSerializer;
    urlTree;
    constructor(n, e) { this.urlSerializer = n, this.urlTree = e; }
    lineralizeSegments(n, e) { return C(this, null, function* () { let r = [], i = e.root; for (;;) {
        if (r = r.concat(i.segments), i.numberOfChildren === 0)
            return r;
        if (i.numberOfChildren > 1 || !i.children[g])
            throw Oo(`${n.redirectTo}`);
        i = i.children[g];
    } }); }
    applyRedirectCommands(n, e, r, i, o) { return C(this, null, function* () { let s = yield Lo(e, i, o); if (s instanceof U)
        throw new Be(s); let c = this.applyRedirectCreateUrlTree(s, this.urlSerializer.parse(s), n, r); if (s[0] === "/")
        throw new Be(c); return c; }); }
    applyRedirectCreateUrlTree(n, e, r, i) { let o = this.createSegmentGroup(n, e.root, r, i); return new U(o, this.createQueryParams(e.queryParams, this.urlTree.queryParams), e.fragment); }
    createQueryParams(n, e) { let r = {}; return Object.entries(n).forEach(([i, o]) => { if (typeof o == "string" && o[0] === ":") {
        let c = o.substring(1);
        r[i] = e[c];
    }
    else
        r[i] = o; }), r; }
    createSegmentGroup(n, e, r, i) { let o = this.createSegments(n, e.segments, r, i), s = Object.create(null); return Object.entries(e.children).forEach(([c, a]) => { s[c] = this.createSegmentGroup(n, a, r, i); }), new y(o, s); }
    createSegments(n, e, r, i) { return e.map(o => o.path[0] === ":" ? this.findPosParam(n, o, i) : this.findOrReturn(o, r)); }
    findPosParam(n, e, r) { let i = r[e.path.substring(1)]; if (!i)
        throw new D(4001, !1); return i; }
    findOrReturn(n, e) { let r = 0; for (let i of e) {
        if (i.path === n.path)
            return e.splice(r), i;
        r++;
    } return n; }
};
function Lo(t, n, e) { if (typeof t == "string")
    return Promise.resolve(t); let r = t; return it(ve(z(e, () => r(n)))); }
function jo(t, n) { return t.providers && !t._injector && (t._injector = vi(t.providers, n, `Route: ${t.path}`)), t._injector ?? n; }
function V(t) { return t.outlet || g; }
function xo(t, n) { let e = t.filter(r => V(r) === n); return e.push(...t.filter(r => V(r) !== n)), e; }
var rr = { matched: !1, consumedSegments: [], remainingSegments: [], parameters: {}, positionalParamSegments: {} };
function wn(t) { return { routeConfig: t.routeConfig, url: t.url, params: t.params, queryParams: t.queryParams, fragment: t.fragment, data: t.data, outlet: t.outlet, title: t.title, paramMap: t.paramMap, queryParamMap: t.queryParamMap }; }
function ko(t, n, e, r, i, o, s) { let c = bn(t, n, e); if (!c.matched)
    return m(c); let a = wn(o(c)); return r = jo(n, r), Uo(r, n, e, i, a, s).pipe(P(u => u === !0 ? c : d({}, rr))); }
function bn(t, n, e) { if (n.path === "")
    return n.pathMatch === "full" && (t.hasChildren() || e.length > 0) ? d({}, rr) : { matched: !0, consumedSegments: [], remainingSegments: e, parameters: {}, positionalParamSegments: {} }; let i = (n.matcher || Gr)(e, t, n); if (!i)
    return d({}, rr); let o = {}; Object.entries(i.posParams ?? {}).forEach(([c, a]) => { o[c] = a.path; }); let s = i.consumed.length > 0 ? d(d({}, o), i.consumed[i.consumed.length - 1].parameters) : o; return { matched: !0, consumedSegments: i.consumed, remainingSegments: e.slice(i.consumed.length), parameters: s, positionalParamSegments: i.posParams ?? {} }; }
function xr(t, n, e, r, i) { return e.length > 0 && qo(t, e, r, i) ? { segmentGroup: new y(n, zo(r, new y(e, t.children))), slicedSegments: [] } : e.length === 0 && Fo(t, e, r) ? { segmentGroup: new y(t.segments, $o(t, e, r, t.children)), slicedSegments: e } : { segmentGroup: new y(t.segments, t.children), slicedSegments: e }; }
function $o(t, n, e, r) { let i = {}; for (let o of e)
    if (It(t, n, o) && !r[V(o)]) {
        let s = new y([], {});
        i[V(o)] = s;
    } return d(d({}, r), i); }
function zo(t, n) { let e = {}; e[g] = n; for (let r of t)
    if (r.path === "" && V(r) !== g) {
        let i = new y([], {});
        e[V(r)] = i;
    } return e; }
function qo(t, n, e, r) { return e.some(i => !It(t, n, i) || !(V(i) !== g) ? !1 : !(r !== void 0 && V(i) === r)); }
function Fo(t, n, e) { return e.some(r => It(t, n, r)); }
function It(t, n, e) { return (t.hasChildren() || n.length > 0) && e.pathMatch === "full" ? !1 : e.path === ""; }
function Ho(t, n, e) { return n.length === 0 && !t.children[e]; }
var nr = class {
};
function Bo(t, n, e, r, i, o, s, c) { return C(this, null, function* () { return new ir(t, n, e, r, i, s, o, c).recognize(); }); }
var Vo = 31, ir = class {
    injector;
    configLoader;
    rootComponentType;
    config;
    urlTree;
    paramsInheritanceStrategy;
    urlSerializer;
    abortSignal;
    applyRedirects;
    absoluteRedirectCount = 0;
    allowRedirects = !0;
    constructor(n, e, r, i, o, s, c, a) { this.injector = n, this.configLoader = e, this.rootComponentType = r, this.config = i, this.urlTree = o, this.paramsInheritanceStrategy = s, this.urlSerializer = c, this.abortSignal = a, this.applyRedirects = new tr(this.urlSerializer, this.urlTree); }
    noMatchError(n) { return new D(4002, `'${n.segmentGroup}'`); }
    recognize() { return C(this, null, function* () { let n = xr(this.urlTree.root, [], [], this.config).segmentGroup, { children: e, rootSnapshot: r } = yield this.match(n), i = new j(r, e), o = new Fe("", i), s = nn(r, [], this.urlTree.queryParams, this.urlTree.fragment); return s.queryParams = this.urlTree.queryParams, o.url = this.urlSerializer.serialize(s), { state: o, tree: s }; }); }
    match(n) { return C(this, null, function* () { let e = new Me([], Object.freeze({}), Object.freeze(d({}, this.urlTree.queryParams)), this.urlTree.fragment, Object.freeze({}), g, this.rootComponentType, null, {}, this.injector); try {
        return { children: yield this.processSegmentGroup(this.injector, this.config, n, g, e), rootSnapshot: e };
    }
    catch (r) {
        if (r instanceof Be)
            return this.urlTree = r.urlTree, this.match(r.urlTree.root);
        throw r instanceof X ? this.noMatchError(r) : r;
    } }); }
    processSegmentGroup(n, e, r, i, o) { return C(this, null, function* () { if (r.segments.length === 0 && r.hasChildren())
        return this.processChildren(n, e, r, o); let s = yield this.processSegment(n, e, r, r.segments, i, !0, o); return s instanceof j ? [s] : []; }); }
    processChildren(n, e, r, i) { return C(this, null, function* () { let o = []; for (let a of Object.keys(r.children))
        a === "primary" ? o.unshift(a) : o.push(a); let s = []; for (let a of o) {
        let u = r.children[a], l = xo(e, a), p = yield this.processSegmentGroup(n, l, u, a, i);
        s.push(...p);
    } let c = In(s); return Go(c), c; }); }
    processSegment(n, e, r, i, o, s, c) { return C(this, null, function* () { for (let a of e)
        try {
            return yield this.processSegmentAgainstRoute(a._injector ?? n, e, a, r, i, o, s, c);
        }
        catch (u) {
            if (u instanceof X || yn(u))
                continue;
            throw u;
        } if (Ho(r, i, o))
        return new nr; throw new X(r); }); }
    processSegmentAgainstRoute(n, e, r, i, o, s, c, a) { return C(this, null, function* () { if (V(r) !== s && (s === g || !It(i, o, r)))
        throw new X(i); if (r.redirectTo === void 0)
        return this.matchSegmentAgainstRoute(n, i, r, o, s, a); if (this.allowRedirects && c)
        return this.expandSegmentAgainstRouteUsingRedirect(n, i, e, r, o, s, a); throw new X(i); }); }
    expandSegmentAgainstRouteUsingRedirect(n, e, r, i, o, s, c) { return C(this, null, function* () { let { matched: a, parameters: u, consumedSegments: l, positionalParamSegments: p, remainingSegments: f } = bn(e, i, o); if (!a)
        throw new X(e); typeof i.redirectTo == "string" && i.redirectTo[0] === "/" && (this.absoluteRedirectCount++, this.absoluteRedirectCount > Vo && (this.allowRedirects = !1)); let w = this.createSnapshot(n, i, o, u, c); if (this.abortSignal.aborted)
        throw new Error(this.abortSignal.reason); let E = yield this.applyRedirects.applyRedirectCommands(l, i.redirectTo, p, wn(w), n), b = yield this.applyRedirects.lineralizeSegments(i, E); return this.processSegment(n, r, e, b.concat(f), s, !1, c); }); }
    createSnapshot(n, e, r, i, o) { let s = new Me(r, i, Object.freeze(d({}, this.urlTree.queryParams)), this.urlTree.fragment, Qo(e), V(e), e.component ?? e._loadedComponent ?? null, e, Ko(e), n), c = hr(s, o, this.paramsInheritanceStrategy); return s.params = Object.freeze(c.params), s.data = Object.freeze(c.data), s; }
    matchSegmentAgainstRoute(n, e, r, i, o, s) { return C(this, null, function* () { if (this.abortSignal.aborted)
        throw new Error(this.abortSignal.reason); let c = J => this.createSnapshot(n, r, J.consumedSegments, J.parameters, s), a = yield it(ko(e, r, i, n, this.urlSerializer, c, this.abortSignal)); if (r.path === "**" && (e.children = {}), !a?.matched)
        throw new X(e); n = r._injector ?? n; let { routes: u } = yield this.getChildConfig(n, r, i), l = r._loadedInjector ?? n, { parameters: p, consumedSegments: f, remainingSegments: w } = a, E = this.createSnapshot(n, r, f, p, s), { segmentGroup: b, slicedSegments: M } = xr(e, f, w, u, o); if (M.length === 0 && b.hasChildren()) {
        let J = yield this.processChildren(l, u, b, E);
        return new j(E, J);
    } if (u.length === 0 && M.length === 0)
        return new j(E, []); let le = V(r) === o, ie = yield this.processSegment(l, u, b, M, le ? g : o, !0, E); return new j(E, ie instanceof j ? [ie] : []); }); }
    getChildConfig(n, e, r) { return C(this, null, function* () { if (e.children)
        return { routes: e.children, injector: n }; if (e.loadChildren) {
        if (e._loadedRoutes !== void 0) {
            let o = e._loadedNgModuleFactory;
            return o && !e._loadedInjector && (e._loadedInjector = o.create(n).injector), { routes: e._loadedRoutes, injector: e._loadedInjector };
        }
        if (this.abortSignal.aborted)
            throw new Error(this.abortSignal.reason);
        if (yield it(Do(n, e, r, this.urlSerializer, this.abortSignal))) {
            let o = yield this.configLoader.loadChildren(n, e);
            return e._loadedRoutes = o.routes, e._loadedInjector = o.injector, e._loadedNgModuleFactory = o.factory, o;
        }
        throw Po(e);
    } return { routes: [], injector: n }; }); }
};
function Go(t) { t.sort((n, e) => n.value.outlet === g ? -1 : e.value.outlet === g ? 1 : n.value.outlet.localeCompare(e.value.outlet)); }
function Wo(t) { let n = t.value.routeConfig; return n && n.path === ""; }
function In(t) { let n = [], e = new Set; for (let r of t) {
    if (!Wo(r)) {
        n.push(r);
        continue;
    }
    let i = n.find(o => r.value.routeConfig === o.value.routeConfig);
    i !== void 0 ? (i.children.push(...r.children), e.add(i)) : n.push(r);
} for (let r of e) {
    let i = In(r.children);
    n.push(new j(r.value, i));
} return n.filter(r => !e.has(r)); }
function Qo(t) { return t.data || {}; }
function Ko(t) { return t.resolve || {}; }
function Yo(t, n, e, r, i, o, s) { return fe(c => C(null, null, function* () { let { state: a, tree: u } = yield Bo(t, n, e, r, c.extractedUrl, i, o, s); return _(d({}, c), { targetSnapshot: a, urlAfterRedirects: u }); })); }
function Zo(t) { return fe(n => { let { targetSnapshot: e, guards: { canActivateChecks: r } } = n; if (!r.length)
    return m(n); let i = new Set(r.map(c => c.route)), o = new Set; for (let c of i)
    if (!o.has(c))
        for (let a of En(c))
            o.add(a); let s = 0; return W(o).pipe(Fr(c => i.has(c) ? Jo(c, e, t) : (c.data = hr(c, c.parent, t).resolve, m(void 0))), G(() => s++), Hr(1), fe(c => s === o.size ? m(n) : F)); }); }
function En(t) { let n = t.children.map(e => En(e)).flat(); return [t, ...n]; }
function Jo(t, n, e) { let r = t.routeConfig, i = t._resolve; return r?.title !== void 0 && !hn(r) && (i[Ve] = r.title), cr(() => (t.data = hr(t, t.parent, e).resolve, Xo(i, t, n).pipe(P(o => (t._resolvedData = o, t.data = d(d({}, t.data), o), null))))); }
function Xo(t, n, e) { let r = Vt(t); if (r.length === 0)
    return m({}); let i = {}; return W(r).pipe(fe(o => es(t[o], n, e).pipe(ge(), G(s => { if (s instanceof Te)
    throw St(new te, s); i[o] = s; }))), Hr(1), P(() => i), Br(o => yn(o) ? F : Ni(o))); }
function es(t, n, e) { let r = n._environmentInjector, i = _e(t, r), o = i.resolve ? i.resolve(n, e) : z(r, () => i(n, e)); return ve(o); }
var Et = new re("");
function wt(t) { return H(n => { let e = t(n); return e ? W(e).pipe(P(() => n)) : m(n); }); }
var mr = (() => { class t {
    buildTitle(e) { let r, i = e.root; for (; i !== void 0;)
        r = this.getResolvedTitleForRoute(i) ?? r, i = i.children.find(o => o.outlet === g); return r; }
    getResolvedTitleForRoute(e) { return e.data[Ve]; }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: () => v(An) });
} return t; })(), An = (() => { class t extends mr {
    title;
    constructor(e) { super(), this.title = e; }
    updateTitle(e) { let r = this.buildTitle(e); r !== void 0 && this.title.setTitle(r); }
    static \u0275fac = function (r) { return new (r || t)(R.\u0275\u0275inject(Vr.Title)); };
    static \u0275prov = R.\u0275\u0275defineInjectable({ token: t, factory: t.\u0275fac, providedIn: "root" });
} return t; })(), ne = new re("", { factory: () => ({}) }), me = new re(""), At = (() => { class t {
    componentLoaders = new WeakMap;
    childrenLoaders = new WeakMap;
    onLoadStartListener;
    onLoadEndListener;
    compiler = v(mi);
    loadComponent(e, r) { return C(this, null, function* () { if (this.componentLoaders.get(r))
        return this.componentLoaders.get(r); if (r._loadedComponent)
        return Promise.resolve(r._loadedComponent); this.onLoadStartListener && this.onLoadStartListener(r); let i = C(this, null, function* () { try {
        let o = yield Qr(z(e, () => r.loadComponent())), s = yield Tn($r(o));
        return this.onLoadEndListener && this.onLoadEndListener(r), r._loadedComponent = s, s;
    }
    finally {
        this.componentLoaders.delete(r);
    } }); return this.componentLoaders.set(r, i), i; }); }
    loadChildren(e, r) { if (this.childrenLoaders.get(r))
        return this.childrenLoaders.get(r); if (r._loadedRoutes)
        return Promise.resolve({ routes: r._loadedRoutes, injector: r._loadedInjector }); this.onLoadStartListener && this.onLoadStartListener(r); let i = C(this, null, function* () { try {
        let o = yield Mn(r, this.compiler, e, this.onLoadEndListener);
        return r._loadedRoutes = o.routes, r._loadedInjector = o.injector, r._loadedNgModuleFactory = o.factory, o;
    }
    finally {
        this.childrenLoaders.delete(r);
    } }); return this.childrenLoaders.set(r, i), i; }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })();
function Mn(t, n, e, r) { return C(this, null, function* () { let i = yield Qr(z(e, () => t.loadChildren())), o = yield Tn($r(i)), s; o instanceof yi || Array.isArray(o) ? s = o : s = yield n.compileModuleAsync(o), r && r(t); let c, a, u = !1, l; return Array.isArray(s) ? (a = s, u = !0) : (c = s.create(e).injector, l = s, a = c.get(me, [], { optional: !0, self: !0 }).flat()), { routes: a.map(vr), injector: c, factory: l }; }); }
function Tn(t) { return C(this, null, function* () { return t; }); }
var Mt = (() => { class t {
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: () => v(ts) });
} return t; })(), ts = (() => { class t {
    shouldProcessUrl(e) { return !0; }
    extract(e) { return e; }
    merge(e, r) { return e; }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })(), yr = new re(""), Rr = new re("");
function Nn(t, n, e, r) { let i = t.get(Rr), o = t.get(ui); if (r) {
    i.skipNextTransition = !1;
    return;
} if (!o.startViewTransition || i.skipNextTransition)
    return i.skipNextTransition = !1, new Promise(l => setTimeout(l)); let s, c = new Promise(l => { s = l; }), a = o.startViewTransition(() => (s(), rs(t))); a.updateCallbackDone.catch(l => { }), a.ready.catch(l => { }), a.finished.catch(l => { }); let { onViewTransitionCreated: u } = i; return u && z(t, () => u({ transition: a, from: n, to: e })), c; }
function rs(t) { return new Promise(n => { Ri({ read: () => setTimeout(n) }, { injector: t }); }); }
var ns = () => { }, Tt = new re(""), Nt = (() => { class t {
    currentNavigation = qt(null, { equal: () => !1 });
    currentTransition = null;
    lastSuccessfulNavigation = qt(null);
    events = new Ft;
    transitionAbortWithErrorSubject = new Ft;
    configLoader = v(At);
    environmentInjector = v(ar);
    destroyRef = v(Si);
    urlSerializer = v(ce);
    rootContexts = v(ae);
    location = v(sr);
    inputBindingEnabled = v(Ge, { optional: !0 }) !== null;
    titleStrategy = v(mr);
    options = v(ne, { optional: !0 }) || {};
    paramsInheritanceStrategy = this.options.paramsInheritanceStrategy || so;
    urlHandlingStrategy = v(Mt);
    createViewTransition = v(yr, { optional: !0 });
    navigationErrorHandler = v(Tt, { optional: !0 });
    routerResourcesFeature = v(Et, { optional: !0 });
    navigationId = 0;
    get hasRequestedNavigation() { return this.navigationId !== 0; }
    transitions;
    afterPreactivation = () => m(void 0);
    rootComponentType = null;
    destroyed = !1;
    constructor() { let e = i => this.events.next(new ht(i)), r = i => this.events.next(new ft(i)); this.configLoader.onLoadEndListener = r, this.configLoader.onLoadStartListener = e, this.destroyRef.onDestroy(() => { this.destroyed = !0; }); }
    complete() { this.transitions?.complete(); }
    handleNavigationRequest(e) { let r = ++this.navigationId; Pe(() => { this.transitions?.next(_(d({}, e), { extractedUrl: this.urlHandlingStrategy.extract(e.rawUrl), targetSnapshot: null, targetRouterState: null, guards: { canActivateChecks: [], canDeactivateChecks: [] }, guardsResult: null, id: r, routesRecognizeHandler: {}, beforeActivateHandler: {} })); }); }
    setupNavigations(e) { return this.transitions = new B(null), this.transitions.pipe(ke(r => r !== null), H(r => { let i = !0, o = !1, s = new AbortController, c = () => !o && this.currentTransition?.id === r.id; return m(r).pipe(H(a => { if (this.navigationId > r.id)
        return this.cancelNavigationTransition(r, "", I.SupersededByNewNavigation), F; this.currentTransition = r; let u = this.lastSuccessfulNavigation(); this.currentNavigation.set({ id: a.id, initialUrl: a.rawUrl, extractedUrl: a.extractedUrl, targetBrowserUrl: typeof a.extras.browserUrl == "string" ? this.urlSerializer.parse(a.extras.browserUrl) : a.extras.browserUrl, trigger: a.source, extras: a.extras, previousNavigation: u ? _(d({}, u), { previousNavigation: null }) : null, abort: () => s.abort(), routesRecognizeHandler: a.routesRecognizeHandler, beforeActivateHandler: a.beforeActivateHandler }); let l = !e.navigated || this.isUpdatingInternalState() || this.isUpdatedBrowserUrl(), p = a.extras.onSameUrlNavigation ?? e.onSameUrlNavigation; if (!l && p !== "reload")
        return this.events.next(new $(a.id, this.urlSerializer.serialize(a.rawUrl), "", be.IgnoredSameUrlNavigation)), a.resolve(!1), F; if (this.urlHandlingStrategy.shouldProcessUrl(a.rawUrl))
        return m(a).pipe(H(f => (this.events.next(new K(f.id, this.urlSerializer.serialize(f.extractedUrl), f.source, f.restoredState)), f.id !== this.navigationId ? F : Promise.resolve(f))), Yo(this.environmentInjector, this.configLoader, this.rootComponentType, e.config, this.urlSerializer, this.paramsInheritanceStrategy, s.signal), G(f => { r.targetSnapshot = f.targetSnapshot, r.urlAfterRedirects = f.urlAfterRedirects, this.currentNavigation.update(w => (w.finalUrl = f.urlAfterRedirects, w)), this.events.next(new Ee); }), H(f => W(r.routesRecognizeHandler.deferredHandle ?? m(void 0)).pipe(P(() => f))), G(() => { let f = new ze(a.id, this.urlSerializer.serialize(a.extractedUrl), this.urlSerializer.serialize(a.urlAfterRedirects), a.targetSnapshot); this.events.next(f); })); if (l && this.urlHandlingStrategy.shouldProcessUrl(a.currentRawUrl)) {
        let { id: f, extractedUrl: w, source: E, restoredState: b, extras: M } = a, le = new K(f, this.urlSerializer.serialize(w), E, b);
        this.events.next(le);
        let ie = un(this.rootComponentType, this.environmentInjector).snapshot;
        return this.currentTransition = r = _(d({}, a), { targetSnapshot: ie, urlAfterRedirects: w, extras: _(d({}, M), { skipLocationChange: !1, replaceUrl: !1 }) }), this.currentNavigation.update(J => (J.finalUrl = w, J)), m(r);
    }
    else
        return this.events.next(new $(a.id, this.urlSerializer.serialize(a.extractedUrl), "", be.IgnoredByUrlHandlingStrategy)), a.resolve(!1), F; }), P(a => { let u = new ct(a.id, this.urlSerializer.serialize(a.extractedUrl), this.urlSerializer.serialize(a.urlAfterRedirects), a.targetSnapshot); return this.events.next(u), this.currentTransition = r = _(d({}, a), { guards: ho(a.targetSnapshot, a.currentSnapshot, this.rootContexts) }), r; }), bo(a => this.events.next(a)), H(a => { if (r.guardsResult = a.guardsResult, a.guardsResult && typeof a.guardsResult != "boolean")
        throw St(this.urlSerializer, a.guardsResult); let u = new ut(a.id, this.urlSerializer.serialize(a.extractedUrl), this.urlSerializer.serialize(a.urlAfterRedirects), a.targetSnapshot, !!a.guardsResult); if (this.events.next(u), !c())
        return F; if (!a.guardsResult)
        return this.cancelNavigationTransition(a, "", I.GuardRejected), F; if (a.guards.canActivateChecks.length === 0)
        return m(a); let l = new lt(a.id, this.urlSerializer.serialize(a.extractedUrl), this.urlSerializer.serialize(a.urlAfterRedirects), a.targetSnapshot); if (this.events.next(l), !c())
        return F; let p = !1; return m(a).pipe(Zo(this.paramsInheritanceStrategy), G({ next: () => { p = !0; let f = new dt(a.id, this.urlSerializer.serialize(a.extractedUrl), this.urlSerializer.serialize(a.urlAfterRedirects), a.targetSnapshot); this.events.next(f); }, complete: () => { p || this.cancelNavigationTransition(a, "", I.NoDataFromResolver); } })); }), wt(a => { let u = p => { let f = []; if (p.routeConfig?._loadedComponent)
        p.component = p.routeConfig?._loadedComponent;
    else if (p.routeConfig?.loadComponent) {
        let w = p._environmentInjector;
        f.push(this.configLoader.loadComponent(w, p.routeConfig).then(E => { p.component = E; }));
    } for (let w of p.children)
        f.push(...u(w)); return f; }, l = u(a.targetSnapshot.root); return l.length === 0 ? m(a) : W(Promise.all(l).then(() => a)); }), H(a => { let { newlyCreatedRoutes: u, state: l } = ao(e.routeReuseStrategy, a.targetSnapshot, a.currentRouterState); return this.currentTransition = r = a = _(d({}, a), { targetRouterState: l, newlyCreatedRoutes: u }), this.currentNavigation.update(p => (p.targetRouterState = l, p)), m(a); }), this.routerResourcesFeature?.setupAndRunResources(s.signal) ?? (a => a), wt(() => this.afterPreactivation()), H(() => { let { currentSnapshot: a, targetSnapshot: u } = r, l = this.createViewTransition?.(this.environmentInjector, a.root, u.root, r.hasUAVisualTransition); return l ? W(l).pipe(P(() => r)) : m(r); }), xe(1), H(a => { i = !1, this.events.next(new pe); let u = r.beforeActivateHandler.deferredHandle; return u ? W(u.then(() => a)) : m(a); }), G(a => { new er(e.routeReuseStrategy, r.targetRouterState, r.currentRouterState, u => this.events.next(u), this.inputBindingEnabled).activate(this.rootContexts), a.newlyCreatedRoutes?.clear(), c() && (_n(a.targetRouterState), o = !0, this.currentNavigation.update(u => (u.abort = ns, u)), this.lastSuccessfulNavigation.set(Pe(this.currentNavigation)), this.events.next(new O(a.id, this.urlSerializer.serialize(a.extractedUrl), this.urlSerializer.serialize(a.urlAfterRedirects))), this.titleStrategy?.updateTitle(a.targetRouterState.snapshot), a.resolve(!0)); }), Ht(Rn(s.signal).pipe(ke(() => !o && i), G(() => { this.cancelNavigationTransition(r, s.signal.reason + "", I.Aborted); }))), G({ complete: () => { o = !0; } }), Ht(this.transitionAbortWithErrorSubject.pipe(G(a => { throw a; }))), Ui(() => { s.abort(), o || this.cancelNavigationTransition(r, "", I.SupersededByNewNavigation), this.currentTransition?.id === r.id && (this.currentNavigation.set(null), this.currentTransition = null); }), Br(a => { if (o = !0, kr(r), this.destroyed)
        return r.resolve(!1), F; if (mn(a))
        this.events.next(new T(r.id, this.urlSerializer.serialize(r.extractedUrl), a.message, a.cancellationCode)), lo(a) ? this.events.next(new Ae(a.url, a.navigationBehaviorOptions)) : r.resolve(!1);
    else {
        let u = new Y(r.id, this.urlSerializer.serialize(r.extractedUrl), a, r.targetSnapshot ?? void 0);
        try {
            let l = z(this.environmentInjector, () => this.navigationErrorHandler?.(u));
            if (l instanceof Te) {
                let { message: p, cancellationCode: f } = St(this.urlSerializer, l);
                this.events.next(new T(r.id, this.urlSerializer.serialize(r.extractedUrl), p, f)), this.events.next(new Ae(l.redirectTo, l.navigationBehaviorOptions));
            }
            else
                throw this.events.next(u), a;
        }
        catch (l) {
            this.options.resolveNavigationPromiseOnError ? r.resolve(!1) : r.reject(l);
        }
    } return F; })); })); }
    cancelNavigationTransition(e, r, i) { kr(e); let o = new T(e.id, this.urlSerializer.serialize(e.extractedUrl), r, i); this.events.next(o), e.resolve(!1); }
    isUpdatingInternalState() { return this.currentTransition?.extractedUrl.toString() !== this.currentTransition?.currentUrlTree.toString(); }
    isUpdatedBrowserUrl() { let e = this.urlHandlingStrategy.extract(this.urlSerializer.parse(this.location.path(!0))), r = Pe(this.currentNavigation), i = r?.targetBrowserUrl ?? r?.extractedUrl; return e.toString() !== i?.toString() && !r?.extras.skipLocationChange; }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })();
function is(t) { return t !== Se; }
function kr(t) { for (let n of t.newlyCreatedRoutes ?? [])
    n._localInjector?.destroy(), n._localInjector = void 0; _n(t.targetRouterState); }
function _n(t) { if (!t)
    return; let n = e => { e.value.pending?.set(!1), e.children.forEach(n); }; n(t._root); }
var Sr = new re("");
function Dn(t, n, e) { let r = new Set; n.snapshot.root && Un(n.snapshot.root, r); let i = t.retrieveStoredRouteHandles?.() || []; for (let o of i) {
    let s = o;
    if (s?.route?.value?.snapshot)
        for (let c of s.route.value.snapshot.pathFromRoot)
            c.routeConfig && r.add(c.routeConfig);
} or(e, r, t, !1); }
function Un(t, n) { t.routeConfig && n.add(t.routeConfig); for (let e of t.children)
    Un(e, n); }
function or(t, n, e, r) { for (let i of t) {
    let o = r || !!((i._injector || i._loadedInjector) && !n.has(i) && (e.shouldDestroyInjector?.(i) ?? !1));
    i.children && or(i.children, n, e, o), i.loadChildren && i._loadedRoutes && or(i._loadedRoutes, n, e, o), o && (i._injector && (i._injector.destroy(), i._injector = void 0), i._loadedInjector && (i._loadedInjector.destroy(), i._loadedInjector = void 0));
} }
function os(t) { let n = t; n && n.componentRef && (n.componentRef.destroy(), n.route.value._localInjector?.destroy()); }
var On = (() => { class t {
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: () => v(ss) });
} return t; })(), bt = class {
    shouldDetach(n) { return !1; }
    store(n, e) { }
    shouldAttach(n) { return !1; }
    retrieve(n) { return null; }
    shouldReuseRoute(n, e) { return n.routeConfig === e.routeConfig; }
    shouldDestroyInjector(n) { return !0; }
}, ss = (() => { class t extends bt {
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })(), De = (() => { class t {
    urlSerializer = v(ce);
    options = v(ne, { optional: !0 }) || {};
    canceledNavigationResolution = this.options.canceledNavigationResolution || "replace";
    location = v(sr);
    urlHandlingStrategy = v(Mt);
    urlUpdateStrategy = this.options.urlUpdateStrategy || "deferred";
    currentUrlTree = new U;
    getCurrentUrlTree() { return this.currentUrlTree; }
    rawUrlTree = this.currentUrlTree;
    getRawUrlTree() { return this.rawUrlTree; }
    createBrowserPath({ finalUrl: e, initialUrl: r, targetBrowserUrl: i }) { let o = e !== void 0 ? this.urlHandlingStrategy.merge(e, r) : r, s = i ?? o; return s instanceof U ? this.urlSerializer.serialize(s) : s; }
    routerUrlState(e) { return e?.targetBrowserUrl === void 0 || e?.finalUrl === void 0 ? {} : { \u0275routerUrl: this.urlSerializer.serialize(e.finalUrl) }; }
    commitTransition({ targetRouterState: e, finalUrl: r, initialUrl: i }) { r && e ? (this.currentUrlTree = r, this.rawUrlTree = this.urlHandlingStrategy.merge(r, i), this.routerState = e) : this.rawUrlTree = i; }
    routerState = un(null, v(ar));
    getRouterState() { return this.routerState; }
    _stateMemento = this.createStateMemento();
    get stateMemento() { return this._stateMemento; }
    updateStateMemento() { this._stateMemento = this.createStateMemento(); }
    createStateMemento() { return { rawUrlTree: this.rawUrlTree, currentUrlTree: this.currentUrlTree, routerState: this.routerState }; }
    restoredState() { return this.location.getState(); }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: () => v(as) });
} return t; })(), as = (() => { class t extends De {
    currentPageId = 0;
    lastSuccessfulId = -1;
    get browserPageId() { return this.canceledNavigationResolution !== "computed" ? this.currentPageId : this.restoredState()?.\u0275routerPageId ?? this.currentPageId; }
    registerNonRouterCurrentEntryChangeListener(e) { return this.location.subscribe(r => { r.type === "popstate" && setTimeout(() => { e(r.url, r.state, "popstate", { replaceUrl: !0 }, r.hasUAVisualTransition); }); }); }
    handleRouterEvent(e, r) { e instanceof K ? this.updateStateMemento() : e instanceof $ ? this.commitTransition(r) : e instanceof ze ? this.urlUpdateStrategy === "eager" && (r.extras.skipLocationChange || this.setBrowserUrl(this.createBrowserPath(r), r)) : e instanceof pe ? (this.commitTransition(r), this.urlUpdateStrategy === "deferred" && !r.extras.skipLocationChange && this.setBrowserUrl(this.createBrowserPath(r), r)) : e instanceof T && !dr(e) ? this.restoreHistory(r) : e instanceof Y ? this.restoreHistory(r, !0) : e instanceof O && (this.lastSuccessfulId = e.id, this.currentPageId = this.browserPageId); }
    setBrowserUrl(e, r) { let { extras: i, id: o } = r, { replaceUrl: s, state: c } = i; if (this.location.isCurrentPathEqualTo(e) || s) {
        let a = this.browserPageId, u = d(d({}, c), this.generateNgRouterState(o, a, r));
        this.location.replaceState(e, "", u);
    }
    else {
        let a = d(d({}, c), this.generateNgRouterState(o, this.browserPageId + 1, r));
        this.location.go(e, "", a);
    } }
    restoreHistory(e, r = !1) { if (this.canceledNavigationResolution === "computed") {
        let i = this.browserPageId, o = this.currentPageId - i;
        o !== 0 ? this.location.historyGo(o) : this.getCurrentUrlTree() === e.finalUrl && o === 0 && (this.resetInternalState(e), this.resetUrlToCurrentUrlTree());
    }
    else
        this.canceledNavigationResolution === "replace" && (r && this.resetInternalState(e), this.resetUrlToCurrentUrlTree()); }
    resetInternalState({ finalUrl: e }) { this.routerState = this.stateMemento.routerState, this.currentUrlTree = this.stateMemento.currentUrlTree, this.rawUrlTree = this.urlHandlingStrategy.merge(this.currentUrlTree, e ?? this.rawUrlTree); }
    resetUrlToCurrentUrlTree() { this.location.replaceState(this.urlSerializer.serialize(this.getRawUrlTree()), "", this.generateNgRouterState(this.lastSuccessfulId, this.currentPageId)); }
    generateNgRouterState(e, r, i) { return this.canceledNavigationResolution === "computed" ? d({ navigationId: e, \u0275routerPageId: r }, this.routerUrlState(i)) : d({ navigationId: e }, this.routerUrlState(i)); }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })();
function _t(t, n) { t.events.pipe(ke(e => e instanceof O || e instanceof T || e instanceof Y || e instanceof $), P(e => e instanceof O || e instanceof $ ? 0 : (e instanceof T ? e.code === I.Redirect || e.code === I.SupersededByNewNavigation : !1) ? 2 : 1), ke(e => e !== 2), xe(1)).subscribe(() => { n(); }); }
var q = (() => { class t {
    get currentUrlTree() { return this.stateManager.getCurrentUrlTree(); }
    get rawUrlTree() { return this.stateManager.getRawUrlTree(); }
    disposed = !1;
    nonRouterCurrentEntryChangeSubscription;
    console = v(Ci);
    stateManager = v(De);
    options = v(ne, { optional: !0 }) || {};
    pendingTasks = v(wi);
    urlUpdateStrategy = this.options.urlUpdateStrategy || "deferred";
    navigationTransitions = v(Nt);
    urlSerializer = v(ce);
    location = v(sr);
    urlHandlingStrategy = v(Mt);
    injector = v(ar);
    _events = new Ft;
    get events() { return this._events; }
    get routerState() { return this.stateManager.getRouterState(); }
    navigated = !1;
    routeReuseStrategy = v(On);
    injectorCleanup = v(Sr, { optional: !0 });
    onSameUrlNavigation = this.options.onSameUrlNavigation || "ignore";
    config = v(me, { optional: !0 })?.flat() ?? [];
    componentInputBindingEnabled = !!v(Ge, { optional: !0 });
    currentNavigation = this.navigationTransitions.currentNavigation.asReadonly();
    constructor() { this.resetConfig(this.config), this.navigationTransitions.setupNavigations(this).subscribe({ error: e => { } }), this.subscribeToNavigationEvents(); }
    eventsSubscription = new _i;
    subscribeToNavigationEvents() { let e = this.navigationTransitions.events.subscribe(r => { try {
        let i = this.navigationTransitions.currentTransition, o = Pe(this.navigationTransitions.currentNavigation);
        if (i !== null && o !== null) {
            if (this.stateManager.handleRouterEvent(r, o), r instanceof T && r.code !== I.Redirect && r.code !== I.SupersededByNewNavigation)
                this.navigated = !0;
            else if (r instanceof O)
                this.navigated = !0, this.injectorCleanup?.(this.routeReuseStrategy, this.routerState, this.config);
            else if (r instanceof Ae) {
                let s = r.navigationBehaviorOptions, c = this.urlHandlingStrategy.merge(r.url, i.currentRawUrl), a = d({ scroll: i.extras.scroll, browserUrl: i.extras.browserUrl, info: i.extras.info, skipLocationChange: i.extras.skipLocationChange, replaceUrl: i.extras.replaceUrl || this.urlUpdateStrategy === "eager" || is(i.source) }, s);
                this.scheduleNavigation(c, Se, null, a, i.hasUAVisualTransition, { resolve: i.resolve, reject: i.reject, promise: i.promise });
            }
        }
        io(r) && this._events.next(r);
    }
    catch (i) {
        this.navigationTransitions.transitionAbortWithErrorSubject.next(i);
    } }); this.eventsSubscription.add(e); }
    resetRootComponentType(e) { this.routerState.root.component = e, this.navigationTransitions.rootComponentType = e; }
    initialNavigation() { this.setUpLocationChangeListener(), this.navigationTransitions.hasRequestedNavigation || this.navigateToSyncWithBrowser(this.location.path(!0), Se, this.stateManager.restoredState(), { replaceUrl: !0 }); }
    setUpLocationChangeListener() { this.nonRouterCurrentEntryChangeSubscription ??= this.stateManager.registerNonRouterCurrentEntryChangeListener((e, r, i, o, s) => { this.navigateToSyncWithBrowser(e, i, r, o, s); }); }
    navigateToSyncWithBrowser(e, r, i, o, s) { let c = i?.navigationId ? i : null, a = i?.\u0275routerUrl ?? e; if (i?.\u0275routerUrl && (o = _(d({}, o), { browserUrl: e })), i) {
        let l = d({}, i);
        delete l.navigationId, delete l.\u0275routerPageId, delete l.\u0275routerUrl, Object.keys(l).length !== 0 && (o.state = l);
    } let u = this.parseUrl(a); this.scheduleNavigation(u, r, c, o, s).catch(l => { this.disposed || this.injector.get(bi)(l); }); }
    get url() { return this.serializeUrl(this.currentUrlTree); }
    getCurrentNavigation() { return Pe(this.navigationTransitions.currentNavigation); }
    get lastSuccessfulNavigation() { return this.navigationTransitions.lastSuccessfulNavigation; }
    resetConfig(e) { this.config = e.map(vr), this.navigated = !1; }
    ngOnDestroy() { this.dispose(); }
    dispose() { this._events.unsubscribe(), this.navigationTransitions.complete(), this.nonRouterCurrentEntryChangeSubscription?.unsubscribe(), this.nonRouterCurrentEntryChangeSubscription = void 0, this.disposed = !0, this.eventsSubscription.unsubscribe(); }
    createUrlTree(e, r = {}) { let { relativeTo: i, queryParams: o, fragment: s, queryParamsHandling: c, preserveFragment: a } = r, u = a ? this.currentUrlTree.fragment : s, l = null; switch (c ?? this.options.defaultQueryParamsHandling) {
        case "merge":
            l = d(d({}, this.currentUrlTree.queryParams), o);
            break;
        case "preserve":
            l = this.currentUrlTree.queryParams;
            break;
        default: l = o || null;
    } l !== null && (l = this.removeEmptyProps(l)); let p; try {
        let f = i ? i.snapshot : this.routerState.snapshot.root;
        p = on(f);
    }
    catch {
        (typeof e[0] != "string" || e[0][0] !== "/") && (e = []), p = this.currentUrlTree.root;
    } return sn(p, e, l, u ?? null, this.urlSerializer); }
    navigateByUrl(e, r = { skipLocationChange: !1 }) { let i = se(e) ? e : this.parseUrl(e), o = this.urlHandlingStrategy.merge(i, this.rawUrlTree); return this.scheduleNavigation(o, Se, null, r); }
    navigate(e, r = { skipLocationChange: !1 }) { return cs(e), this.navigateByUrl(this.createUrlTree(e, r), r); }
    serializeUrl(e) { return this.urlSerializer.serialize(e); }
    parseUrl(e) { try {
        return this.urlSerializer.parse(e);
    }
    catch {
        return this.console.warn(Ii(4018, !1)), this.urlSerializer.parse("/");
    } }
    isActive(e, r) { let i; if (r === !0 ? i = d({}, ur) : r === !1 ? i = d({}, we) : i = d(d({}, we), r), se(e))
        return Gt(this.currentUrlTree, e, i); let o = this.parseUrl(e); return Gt(this.currentUrlTree, o, i); }
    removeEmptyProps(e) { return Object.entries(e).reduce((r, [i, o]) => (o != null && (r[i] = o), r), {}); }
    scheduleNavigation(e, r, i, o, s, c) { if (this.disposed)
        return Promise.resolve(!1); let a, u, l; c ? (a = c.resolve, u = c.reject, l = c.promise) : l = new Promise((f, w) => { a = f, u = w; }); let p = this.pendingTasks.add(); return _t(this, () => { queueMicrotask(() => this.pendingTasks.remove(p)); }), this.navigationTransitions.handleNavigationRequest({ source: r, restoredState: i, currentUrlTree: this.currentUrlTree, currentRawUrl: this.currentUrlTree, rawUrl: e, extras: o, hasUAVisualTransition: s, resolve: a, reject: u, promise: l, currentSnapshot: this.routerState.snapshot, currentRouterState: this.routerState }), l.catch(Promise.reject.bind(Promise)); }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = R.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })();
function cs(t) { for (let n = 0; n < t.length; n++)
    if (t[n] == null)
        throw new D(4008, !1); }
import * as jn from "@angular/common";
import { ViewportScroller as xn, PlatformNavigation as us, PlatformLocation as ls, \u0275PRECOMMIT_HANDLER_SUPPORTED as ds, Location as Ut, LOCATION_INITIALIZED as hs, \u0275NavigationAdapterForLocation as fs, HashLocationStrategy as kn, LocationStrategy as Ir, PathLocationStrategy as ps } from "@angular/common";
import * as h from "@angular/core";
import { inject as S, HostAttributeToken as gs, linkedSignal as vs, untracked as L, signal as N, input as ms, \u0275INTERNAL_APPLICATION_ERROR_HANDLER as ys, effect as Er, \u0275RuntimeError as Na, computed as $n, booleanAttribute as Cr, EventEmitter as Rs, reflectComponentType as Ss, Injector as Ar, resourceFromSnapshots as Cs, DestroyRef as Mr, createEnvironmentInjector as zn, runInInjectionContext as Pn, InjectionToken as Ye, \u0275IS_HYDRATION_DOM_REUSE_ENABLED as ws, NgZone as bs, ApplicationRef as qn, EnvironmentInjector as Is, afterNextRender as Es, \u0275promiseWithResolvers as Ln, makeEnvironmentProviders as As, APP_BOOTSTRAP_LISTENER as Fn, provideAppInitializer as Hn, \u0275IS_ENABLED_BLOCKING_INITIAL_NAVIGATION as Ms, \u0275performanceMarkFeature as Ts } from "@angular/core";
import { Subject as Tr, of as ue, from as Dt, pipe as Ns } from "rxjs";
import { mergeAll as Ot, catchError as _s, filter as Ds, concatMap as Us, mergeMap as Os } from "rxjs/operators";
var Ps = (() => { class t {
    router = S(q);
    stateManager = S(De);
    fragment = N("");
    queryParams = N({});
    path = N("");
    serializer = S(ce);
    constructor() { this.updateState(), this.router.events?.subscribe(e => { e instanceof O && this.updateState(); }); }
    updateState() { let { fragment: e, root: r, queryParams: i } = this.stateManager.getCurrentUrlTree(); this.fragment.set(e), this.queryParams.set(i), this.path.set(this.serializer.serialize(new U(r))); }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = h.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })(), Pt = (() => { class t {
    router;
    route;
    tabIndexAttribute;
    renderer;
    el;
    locationStrategy;
    hrefAttributeValue = S(new gs("href"), { optional: !0 });
    reactiveHref = vs(() => this.isAnchorElement ? this.computeHref(this._urlTree()) : this.hrefAttributeValue);
    get href() { return L(this.reactiveHref); }
    set href(e) { this.reactiveHref.set(e); }
    set target(e) { this._target.set(e); }
    get target() { return L(this._target); }
    _target = N(void 0);
    set queryParams(e) { this._queryParams.set(e); }
    get queryParams() { return L(this._queryParams); }
    _queryParams = N(void 0, { equal: () => !1 });
    set fragment(e) { this._fragment.set(e); }
    get fragment() { return L(this._fragment); }
    _fragment = N(void 0);
    set queryParamsHandling(e) { this._queryParamsHandling.set(e); }
    get queryParamsHandling() { return L(this._queryParamsHandling); }
    _queryParamsHandling = N(void 0);
    set state(e) { this._state.set(e); }
    get state() { return L(this._state); }
    _state = N(void 0, { equal: () => !1 });
    set info(e) { this._info.set(e); }
    get info() { return L(this._info); }
    _info = N(void 0, { equal: () => !1 });
    set relativeTo(e) { this._relativeTo.set(e); }
    get relativeTo() { return L(this._relativeTo); }
    _relativeTo = N(void 0);
    set preserveFragment(e) { this._preserveFragment.set(e); }
    get preserveFragment() { return L(this._preserveFragment); }
    _preserveFragment = N(!1);
    set skipLocationChange(e) { this._skipLocationChange.set(e); }
    get skipLocationChange() { return L(this._skipLocationChange); }
    _skipLocationChange = N(!1);
    set replaceUrl(e) { this._replaceUrl.set(e); }
    get replaceUrl() { return L(this._replaceUrl); }
    _replaceUrl = N(!1);
    browserUrl = ms(void 0);
    isAnchorElement;
    onChanges = new Tr;
    applicationErrorHandler = S(ys);
    options = S(ne, { optional: !0 });
    reactiveRouterState = S(Ps);
    constructor(e, r, i, o, s, c) { this.router = e, this.route = r, this.tabIndexAttribute = i, this.renderer = o, this.el = s, this.locationStrategy = c; let a = s.nativeElement.tagName?.toLowerCase(); this.isAnchorElement = a === "a" || a === "area" || !!(typeof customElements == "object" && customElements.get(a)?.observedAttributes?.includes?.("href")); }
    setTabIndexIfNotOnNativeEl(e) { this.tabIndexAttribute != null || this.isAnchorElement || this.applyAttributeValue("tabindex", e); }
    ngOnChanges(e) { this.onChanges.next(this); }
    routerLinkInput = N(null);
    set routerLink(e) { e == null ? (this.routerLinkInput.set(null), this.setTabIndexIfNotOnNativeEl(null)) : (se(e) ? this.routerLinkInput.set(e) : this.routerLinkInput.set(Array.isArray(e) ? e : [e]), this.setTabIndexIfNotOnNativeEl("0")); }
    onClick(e, r, i, o, s) { let c = this._urlTree(); if (c === null || this.isAnchorElement && (e !== 0 || r || i || o || s || typeof this.target == "string" && this.target != "_self"))
        return !0; let a = this.browserUrl(), u = d({ skipLocationChange: this.skipLocationChange, replaceUrl: this.replaceUrl, state: this.state, info: this.info }, a !== void 0 && { browserUrl: a }); return this.router.navigateByUrl(c, u)?.catch(l => { this.applicationErrorHandler(l); }), !this.isAnchorElement; }
    ngOnDestroy() { }
    applyAttributeValue(e, r) { let i = this.renderer, o = this.el.nativeElement; r !== null ? i.setAttribute(o, e, r) : i.removeAttribute(o, e); }
    _urlTree = $n(() => { this.reactiveRouterState.path(), this._preserveFragment() && this.reactiveRouterState.fragment(); let e = i => i === "preserve" || i === "merge"; (e(this._queryParamsHandling()) || e(this.options?.defaultQueryParamsHandling)) && this.reactiveRouterState.queryParams(); let r = this.routerLinkInput(); return r === null || !this.router.createUrlTree ? null : se(r) ? r : this.router.createUrlTree(r, { relativeTo: this._relativeTo() !== void 0 ? this._relativeTo() : this.route, queryParams: this._queryParams(), fragment: this._fragment(), queryParamsHandling: this._queryParamsHandling(), preserveFragment: this._preserveFragment() }); }, { equal: (e, r) => this.computeHref(e) === this.computeHref(r) });
    get urlTree() { return L(this._urlTree); }
    computeHref(e) { return e !== null && this.locationStrategy ? this.locationStrategy?.prepareExternalUrl(this.router.serializeUrl(e)) ?? "" : null; }
    static \u0275fac = function (r) { return new (r || t)(h.\u0275\u0275directiveInject(q), h.\u0275\u0275directiveInject(Z), h.\u0275\u0275injectAttribute("tabindex"), h.\u0275\u0275directiveInject(h.Renderer2), h.\u0275\u0275directiveInject(h.ElementRef), h.\u0275\u0275directiveInject(jn.LocationStrategy)); };
    static \u0275dir = h.\u0275\u0275defineDirective({ type: t, selectors: [["", "routerLink", ""]], hostVars: 2, hostBindings: function (r, i) { r & 1 && h.\u0275\u0275listener("click", function (s) { return i.onClick(s.button, s.ctrlKey, s.shiftKey, s.altKey, s.metaKey); }), r & 2 && h.\u0275\u0275attribute("href", i.reactiveHref(), h.\u0275\u0275sanitizeUrlOrResourceUrl)("target", i._target()); }, inputs: { target: "target", queryParams: "queryParams", fragment: "fragment", queryParamsHandling: "queryParamsHandling", state: "state", info: "info", relativeTo: "relativeTo", preserveFragment: [2, "preserveFragment", "preserveFragment", Cr], skipLocationChange: [2, "skipLocationChange", "skipLocationChange", Cr], replaceUrl: [2, "replaceUrl", "replaceUrl", Cr], browserUrl: [1, "browserUrl"], routerLink: "routerLink" }, features: [h.\u0275\u0275NgOnChangesFeature] });
} return t; })(), Ls = (() => { class t {
    router;
    element;
    renderer;
    cdr;
    links;
    classes = [];
    routerEventsSubscription;
    linkInputChangesSubscription;
    _isActive = !1;
    get isActive() { return this._isActive; }
    routerLinkActiveOptions = { exact: !1 };
    ariaCurrentWhenActive;
    isActiveChange = new Rs;
    link = S(Pt, { optional: !0 });
    constructor(e, r, i, o) { this.router = e, this.element = r, this.renderer = i, this.cdr = o, this.routerEventsSubscription = e.events.subscribe(s => { s instanceof O && this.update(); }); }
    ngAfterContentInit() { ue(this.links.changes, ue(null)).pipe(Ot()).subscribe(e => { this.update(), this.subscribeToEachLinkOnChanges(); }); }
    subscribeToEachLinkOnChanges() { this.linkInputChangesSubscription?.unsubscribe(); let e = [...this.links.toArray(), this.link].filter(r => !!r).map(r => r.onChanges); this.linkInputChangesSubscription = Dt(e).pipe(Ot()).subscribe(r => { this._isActive !== this.isLinkActive(this.router)(r) && this.update(); }); }
    set routerLinkActive(e) { if (e == null) {
        this.classes = [];
        return;
    } let r = Array.isArray(e) ? e : e.split(" "); this.classes = r.filter(i => !!i); }
    ngOnChanges(e) { this.update(); }
    ngOnDestroy() { this.routerEventsSubscription.unsubscribe(), this.linkInputChangesSubscription?.unsubscribe(); }
    update() { !this.links || !this.router.navigated || this.routerLinkActiveOptions === null && !this._isActive || queueMicrotask(() => { let e = this.hasActiveLinks(); this.classes.forEach(r => { e ? this.renderer.addClass(this.element.nativeElement, r) : this.renderer.removeClass(this.element.nativeElement, r); }), e && this.ariaCurrentWhenActive !== void 0 ? this.renderer.setAttribute(this.element.nativeElement, "aria-current", this.ariaCurrentWhenActive.toString()) : this.renderer.removeAttribute(this.element.nativeElement, "aria-current"), this._isActive !== e && (this._isActive = e, this.cdr.markForCheck(), this.isActiveChange.emit(e)); }); }
    isLinkActive(e) { let r = this.routerLinkActiveOptions; if (r === null)
        return () => !1; let i; return r === void 0 ? i = d({}, we) : js(r) ? i = r : r.exact ?? !1 ? i = d({}, ur) : i = d({}, we), o => { let s = o.urlTree; return s ? L(lr(s, e, i)) : !1; }; }
    hasActiveLinks() { let e = this.isLinkActive(this.router); return this.link && e(this.link) || this.links.some(e); }
    static \u0275fac = function (r) { return new (r || t)(h.\u0275\u0275directiveInject(q), h.\u0275\u0275directiveInject(h.ElementRef), h.\u0275\u0275directiveInject(h.Renderer2), h.\u0275\u0275directiveInject(h.ChangeDetectorRef)); };
    static \u0275dir = h.\u0275\u0275defineDirective({ type: t, selectors: [["", "routerLinkActive", ""]], contentQueries: function (r, i, o) { if (r & 1 && h.\u0275\u0275contentQuery(o, Pt, 5), r & 2) {
            let s;
            h.\u0275\u0275queryRefresh(s = h.\u0275\u0275loadQuery()) && (i.links = s);
        } }, inputs: { routerLinkActiveOptions: "routerLinkActiveOptions", ariaCurrentWhenActive: "ariaCurrentWhenActive", routerLinkActive: "routerLinkActive" }, outputs: { isActiveChange: "isActiveChange" }, exportAs: ["routerLinkActive"], features: [h.\u0275\u0275NgOnChangesFeature] });
} return t; })();
function js(t) { let n = t; return !!(n.paths || n.matrixParams || n.queryParams || n.fragment); }
var Qe = Symbol(""), Nr = Symbol("");
function Bn(t) { let n = t.status(); return t.hasValue() || n !== "loading" && n !== "reloading"; }
function xs(t) { return t[Qe] = !1, t; }
function ks(t) { let n = S(Ar), e = n.get(q), { snapshot: r, frozenSnapshot: i } = $s(t, e, n), o = Cs(r); return o[Nr] = t, o[Qe] = t[Qe] !== !1, typeof t.reload == "function" ? o.reload = function () { return i() !== null ? !1 : t.reload(); } : o.reload = () => !1, o; }
function $s(t, n, e) { let r = N(null), i = N(!1), o = n.events.subscribe(s => { if (s instanceof K)
    i.set(!1), r() === null && r.set(t.snapshot());
else if (s instanceof O)
    r.set(null), i.set(!1);
else if (s instanceof $)
    r() !== null && i.set(!0);
else if (s instanceof T || s instanceof Y) {
    if (!(s instanceof Y || s instanceof T && s.code !== I.SupersededByNewNavigation && s.code !== I.Redirect))
        return;
    i.set(!0);
} }); return e.get(Mr).onDestroy(() => o.unsubscribe()), Er(() => { i() && Bn(t) && (i.set(!1), r.set(null)); }, { injector: e }), { snapshot: $n(() => r() ?? t.snapshot()), frozenSnapshot: r }; }
function zs(t, n, e) { let r = [], i = [], o = n.component ? Ss(n.component) : null; if (!o)
    return { createdEffects: r, handledKeys: i }; for (let { templateName: s } of o.inputs) {
    let c = n.resources?.[s];
    if (!c || !c[Qe])
        continue;
    let a = Er(() => { t.setInput(s, c.value()); }, { injector: e });
    r.push(a), i.push(s);
} return { createdEffects: r, handledKeys: i }; }
function qs(t) { return Ns(wt(({ newlyCreatedRoutes: n, targetRouterState: e }) => { if (!n || !e || t.aborted)
    return; let r = [], i = [], o = s => { let c = s.value; c && (dn(c), Fs(c, n, r, t, i)); for (let a of s.children)
    o(a); }; return o(e._root), Promise.all(r).then(() => Promise.all(i)); })); }
function Fs(t, n, e, r, i) { t.routeConfig?.resources && (n.has(t) ? e.push(Hs(t._futureSnapshot, t, r, i)) : Bs(t, i, r)); }
function Hs(t, n, e, r) { return C(this, null, function* () { let i = t?.routeConfig?.resources, o = t?._environmentInjector; if (!i || !o)
    return; let s = n._localInjector; s || (s = zn([], o), n._localInjector = s); let c = { params: n.paramsSignal, queryParams: n.queryParamsSignal, fragment: n.fragmentSignal, data: n.dataSignal, snapshot: n._futureSnapshot }, a = Pn(s, () => i(c)), u; if (a instanceof Promise) {
    if (u = yield a, e.aborted)
        return;
}
else
    u = a; if (!u)
    return; let l = {}; for (let [p, f] of Object.entries(u))
    l[p] = Pn(s, () => ks(f)); n.resources = n._futureSnapshot.resources = t.resources = l, Vn(n, l, r, e); }); }
function Bs(t, n, e) { let r = t.snapshot?.resources; r && (Object.values(r).forEach(i => { let o = i[Nr]; o.status() === "error" && o.reload?.(); }), t._futureSnapshot.resources = r, Vn(t, r, n, e)); }
function Vn(t, n, e, r) { if (r.aborted)
    return; let i = t._localInjector; if (!(!i || !n))
    for (let o of Object.values(n)) {
        let s = o;
        if (s[Qe] === !1)
            continue;
        let c = new Promise((a, u) => { let l = s[Nr], p = !1, f, w = () => { p = !0, b.destroy(), f?.(), r.removeEventListener("abort", E); }, E = () => { w(), a(); }; r.addEventListener("abort", E, { once: !0 }); let b = Er(() => { if (p)
            return; l.status() === "error" ? (w(), u(l.error())) : Bn(l) && (w(), a()); }, { injector: i, manualCleanup: !0 }); f = i.get(Mr).onDestroy(() => { w(), a(); }); });
        e.push(c);
    } }
var Ke = class {
}, Vs = (() => { class t {
    preload(e, r) { return r().pipe(_s(() => ue(null))); }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = h.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })(), Gs = (() => { class t {
    preload(e, r) { return ue(null); }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = h.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })(), Gn = (() => { class t {
    router;
    injector;
    preloadingStrategy;
    loader;
    subscription;
    constructor(e, r, i, o) { this.router = e, this.injector = r, this.preloadingStrategy = i, this.loader = o; }
    setUpPreloading() { this.subscription = this.router.events.pipe(Ds(e => e instanceof O), Us(() => this.preload())).subscribe(() => { }); }
    preload() { return this.processRoutes(this.injector, this.router.config); }
    ngOnDestroy() { this.subscription?.unsubscribe(); }
    processRoutes(e, r) { let i = []; for (let o of r) {
        o.providers && !o._injector && (o._injector = zn(o.providers, e, ""));
        let s = o._injector ?? e;
        o._loadedNgModuleFactory && !o._loadedInjector && (o._loadedInjector = o._loadedNgModuleFactory.create(s).injector);
        let c = o._loadedInjector ?? s;
        (o.loadChildren && !o._loadedRoutes && o.canLoad === void 0 || o.loadComponent && !o._loadedComponent) && i.push(this.preloadConfig(s, o)), (o.children || o._loadedRoutes) && i.push(this.processRoutes(c, o.children ?? o._loadedRoutes));
    } return Dt(i).pipe(Ot()); }
    preloadConfig(e, r) { return this.preloadingStrategy.preload(r, () => { if (e.destroyed)
        return ue(null); let i; r.loadChildren && r.canLoad === void 0 ? i = Dt(this.loader.loadChildren(e, r)) : i = ue(null); let o = i.pipe(Os(s => s === null ? ue(void 0) : (r._loadedRoutes = s.routes, r._loadedInjector = s.injector, r._loadedNgModuleFactory = s.factory, this.processRoutes(s.injector ?? e, s.routes)))); if (r.loadComponent && !r._loadedComponent) {
        let s = this.loader.loadComponent(e, r);
        return Dt([o, s]).pipe(Ot());
    }
    else
        return o; }); }
    static \u0275fac = function (r) { return new (r || t)(h.\u0275\u0275inject(q), h.\u0275\u0275inject(h.EnvironmentInjector), h.\u0275\u0275inject(Ke), h.\u0275\u0275inject(At)); };
    static \u0275prov = h.\u0275\u0275defineInjectable({ token: t, factory: t.\u0275fac, providedIn: "root" });
} return t; })(), Lt = new Ye(""), Wn = (() => { class t {
    options;
    routerEventsSubscription;
    scrollEventsSubscription;
    lastId = 0;
    lastSource = Se;
    restoredId = 0;
    store = {};
    isHydrating = S(ws, { optional: !0 }) ?? !1;
    urlSerializer = S(ce);
    zone = S(bs);
    viewportScroller = S(xn);
    transitions = S(Nt);
    constructor(e) { this.options = e, this.options.scrollPositionRestoration ||= "disabled", this.options.anchorScrolling ||= "disabled", this.isHydrating && S(qn).whenStable().then(() => { this.isHydrating = !1; }); }
    init() { this.options.scrollPositionRestoration !== "disabled" && this.viewportScroller.setHistoryScrollRestoration("manual"), this.routerEventsSubscription = this.createScrollEvents(), this.scrollEventsSubscription = this.consumeScrollEvents(); }
    createScrollEvents() { return this.transitions.events.subscribe(e => { e instanceof K ? (this.store[this.lastId] = this.viewportScroller.getScrollPosition(), this.lastSource = e.navigationTrigger, this.restoredId = e.restoredState ? e.restoredState.navigationId : 0) : e instanceof O ? (this.lastId = e.id, this.scheduleScrollEvent(e, this.urlSerializer.parse(e.urlAfterRedirects).fragment)) : e instanceof $ && e.code === be.IgnoredSameUrlNavigation && (this.lastSource = void 0, this.restoredId = 0, this.scheduleScrollEvent(e, this.urlSerializer.parse(e.url).fragment)); }); }
    consumeScrollEvents() { return this.transitions.events.subscribe(e => { if (!(e instanceof Ie) || e.scrollBehavior === "manual")
        return; let r = { behavior: "instant" }; e.position ? this.options.scrollPositionRestoration === "top" ? this.viewportScroller.scrollToPosition([0, 0], r) : this.options.scrollPositionRestoration === "enabled" && this.viewportScroller.scrollToPosition(e.position, r) : e.anchor && this.options.anchorScrolling === "enabled" ? this.viewportScroller.scrollToAnchor(e.anchor) : this.options.scrollPositionRestoration !== "disabled" && this.viewportScroller.scrollToPosition([0, 0]); }); }
    scheduleScrollEvent(e, r) { if (this.isHydrating)
        return; let i = L(this.transitions.currentNavigation)?.extras.scroll; this.zone.runOutsideAngular(() => C(this, null, function* () { yield new Promise(o => { setTimeout(o), typeof requestAnimationFrame < "u" && requestAnimationFrame(o); }), this.zone.run(() => { this.transitions.events.next(new Ie(e, this.lastSource === "popstate" ? this.store[this.restoredId] : null, r, i)); }); })); }
    ngOnDestroy() { this.routerEventsSubscription?.unsubscribe(), this.scrollEventsSubscription?.unsubscribe(); }
    static \u0275fac = function (r) { h.\u0275\u0275invalidFactory(); };
    static \u0275prov = h.\u0275\u0275defineInjectable({ token: t, factory: t.\u0275fac });
} return t; })();
var Ws = (() => { class t extends De {
    injector = S(Is);
    navigation = S(us);
    inMemoryScrollingEnabled = S(Lt, { optional: !0 }) !== null;
    base = new URL(S(ls).href).origin;
    appRootUrl = new URL(this.location.prepareExternalUrl?.("/") ?? "/", this.base);
    precommitHandlerSupported = S(ds);
    activeHistoryEntry = this.navigation.currentEntry;
    currentNavigation = {};
    nonRouterCurrentEntryChangeSubject = new Tr;
    nonRouterEntryChangeListener;
    get registered() { return this.nonRouterEntryChangeListener !== void 0 && !this.nonRouterEntryChangeListener.closed; }
    constructor() { super(); let e = r => { this.handleNavigate(r); }; this.navigation.addEventListener("navigate", e), S(Mr).onDestroy(() => this.navigation.removeEventListener("navigate", e)); }
    registerNonRouterCurrentEntryChangeListener(e) { return this.activeHistoryEntry = this.navigation.currentEntry, this.nonRouterEntryChangeListener = this.nonRouterCurrentEntryChangeSubject.subscribe(({ path: r, state: i, hasUAVisualTransition: o }) => { e(r, i, "popstate", this.precommitHandlerSupported ? {} : { replaceUrl: !0 }, o); }), this.nonRouterEntryChangeListener; }
    handleRouterEvent(e, r) { return C(this, null, function* () { if (this.currentNavigation = _(d({}, this.currentNavigation), { routerTransition: r }), e instanceof K)
        this.updateStateMemento(), this.precommitHandlerSupported && this.maybeCreateNavigationForTransition(r);
    else if (e instanceof $)
        this.finishNavigation(), this.commitTransition(r);
    else if (e instanceof Ee)
        r.routesRecognizeHandler.deferredHandle = new Promise(i => C(this, null, function* () { if (this.urlUpdateStrategy === "eager")
            try {
                this.maybeCreateNavigationForTransition(r), yield this.currentNavigation.commitUrl?.();
            }
            catch {
                return;
            } i(); }));
    else if (e instanceof pe)
        r.beforeActivateHandler.deferredHandle = new Promise(i => C(this, null, function* () { if (this.urlUpdateStrategy === "deferred")
            try {
                this.maybeCreateNavigationForTransition(r), yield this.currentNavigation.commitUrl?.();
            }
            catch {
                return;
            } this.commitTransition(r), i(); }));
    else if (e instanceof T || e instanceof Y) {
        if (e instanceof T && e.code === I.Redirect && !!this.currentNavigation.commitUrl)
            return;
        this.cancel(r, e);
    }
    else if (e instanceof O) {
        let { resolveHandler: i, removeAbortListener: o } = this.currentNavigation;
        this.currentNavigation = {}, o?.(), this.activeHistoryEntry = this.navigation.currentEntry, Es({ read: () => i?.() }, { injector: this.injector });
    } }); }
    maybeCreateNavigationForTransition(e) { let { navigationEvent: r, commitUrl: i } = this.currentNavigation; if (i || r && r.navigationType === "traverse" && this.eventAndRouterDestinationsMatch(r, e))
        return; this.currentNavigation.removeAbortListener?.(); let o = this.createBrowserPath(e); this.navigate(o, e); }
    navigate(e, r) { let i = r.extras.skipLocationChange ? this.navigation.currentEntry.url : this.location.prepareExternalUrl(e), o = d(d({}, r.extras.state), this.generateNgRouterState(r)), s = { \u0275routerInfo: { intercept: !0 } }; !this.navigation.transition && this.currentNavigation.navigationEvent && (r.extras.replaceUrl = !1); let c = this.location.isCurrentPathEqualTo(i) || r.extras.replaceUrl || r.extras.skipLocationChange ? "replace" : "push"; wr(this.navigation.navigate(i, { state: o, history: c, info: s })); }
    finishNavigation() { this.currentNavigation.commitUrl?.(), this.currentNavigation?.resolveHandler?.(), this.currentNavigation = {}; }
    cancel(e, r) { return C(this, null, function* () { this.currentNavigation.rejectNavigateEvent?.(); let i = {}; if (this.currentNavigation = i, dr(r))
        return; let o = this.canceledNavigationResolution === "computed" && this.navigation.currentEntry.key !== this.activeHistoryEntry.key; if (this.resetInternalState(e.finalUrl, o), this.navigation.currentEntry.id !== this.activeHistoryEntry.id && !(r instanceof T && r.code === I.Aborted && (yield Promise.resolve(), this.currentNavigation !== i)))
        if (o)
            wr(this.navigation.traverseTo(this.activeHistoryEntry.key, { info: { \u0275routerInfo: { intercept: !1 } } }));
        else {
            let s = this.urlSerializer.serialize(this.getCurrentUrlTree()), c = this.location.prepareExternalUrl(s);
            wr(this.navigation.navigate(c, { state: this.activeHistoryEntry.getState(), history: "replace", info: { \u0275routerInfo: { intercept: !1 } } }));
        } }); }
    resetInternalState(e, r) { this.routerState = this.stateMemento.routerState, this.currentUrlTree = this.stateMemento.currentUrlTree, this.rawUrlTree = r ? this.stateMemento.rawUrlTree : this.urlHandlingStrategy.merge(this.currentUrlTree, e ?? this.rawUrlTree); }
    handleNavigate(e) { if (!e.canIntercept || e.navigationType === "reload")
        return; let r = e?.info?.\u0275routerInfo; if (r && !r.intercept)
        return; let i = !!r; if (!i) {
        let { pathname: E, origin: b } = new URL(e.destination.url), { pathname: M, origin: le } = this.appRootUrl, ie = M.endsWith("/") ? M : M + "/";
        if (b !== le || E !== M && !E.startsWith(ie))
            return;
        if (this.currentNavigation.routerTransition?.abort(), !this.registered) {
            this.finishNavigation();
            return;
        }
    } this.currentNavigation = d({}, this.currentNavigation), this.currentNavigation.navigationEvent = e; let o = () => { this.currentNavigation.routerTransition?.abort(); }; e.signal.addEventListener("abort", o), this.currentNavigation.removeAbortListener = () => e.signal.removeEventListener("abort", o); let c = { scroll: this.inMemoryScrollingEnabled ? "manual" : this.currentNavigation.routerTransition?.extras.scroll ?? "after-transition" }, { promise: a, resolve: u, reject: l } = Ln(), { promise: p, resolve: f, reject: w } = Ln(); if (this.currentNavigation.rejectNavigateEvent = () => { e.signal.removeEventListener("abort", o), w(), l(); }, this.currentNavigation.resolveHandler = () => { this.currentNavigation.removeAbortListener?.(), u(); }, a.catch(() => { }), p.catch(() => { }), c.handler = () => a, this.deferredCommitSupported(e)) {
        let E = new Promise(b => { c.precommitHandler = M => (this.navigation.transition?.navigationType === "traverse" ? b(() => { }) : b(M.redirect.bind(M)), p); });
        this.currentNavigation.commitUrl = () => C(this, null, function* () { this.currentNavigation.commitUrl = void 0; let b = this.currentNavigation.routerTransition; if (b && !b.extras.skipLocationChange) {
            let M = this.createBrowserPath(b), le = this.location.isCurrentPathEqualTo(M) || b.extras.replaceUrl ? "replace" : "push", ie = d(d({}, b.extras.state), this.generateNgRouterState(b)), J = this.location.prepareExternalUrl(M);
            (yield E)(J, { state: ie, history: le });
        } return f(), yield this.navigation.transition?.committed; });
    } e.intercept(c), i || this.handleNavigateEventTriggeredOutsideRouterAPIs(e); }
    handleNavigateEventTriggeredOutsideRouterAPIs(e) { let r = e.destination.url.substring(this.appRootUrl.href.length - 1), i = e.destination.getState(); this.nonRouterCurrentEntryChangeSubject.next({ path: r, state: i, hasUAVisualTransition: e.hasUAVisualTransition }); }
    eventAndRouterDestinationsMatch(e, r) { let i = this.createBrowserPath(r), o = new URL(e.destination.url), s = new URL(this.location.prepareExternalUrl(i), o.origin); o.searchParams.sort(), s.searchParams.sort(); let { pathname: c, search: a, hash: u } = s, { pathname: l, search: p, hash: f } = o; return a === p && u === f && Ut.stripTrailingSlash(c) === Ut.stripTrailingSlash(l); }
    generateNgRouterState(e) { return _(d({}, this.routerUrlState(e)), { navigationId: e.id }); }
    deferredCommitSupported(e) { return this.precommitHandlerSupported && e.cancelable; }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275prov = h.\u0275\u0275defineService({ token: t, factory: t.\u0275fac });
} return t; })();
function wr(t) { return t.finished?.catch(() => { }), t.committed?.catch(() => { }), t; }
function Qs(t, ...n) { return As([{ provide: me, multi: !0, useValue: t }, { provide: Z, useFactory: Qn }, { provide: Fn, multi: !0, useFactory: Kn }, n.map(e => e.\u0275providers)]); }
function Qn() { return S(q).routerState.root; }
function k(t, n) { return { \u0275kind: t, \u0275providers: n }; }
function Ks(t = {}) { return k(4, [{ provide: Lt, useFactory: () => new Wn(t) }]); }
function Ys() { return k(11, [{ provide: De, useExisting: Ws }, { provide: Ut, useClass: fs }, []]); }
function Kn() { let t = S(Ar); return n => { let e = t.get(qn); if (n !== e.components[0])
    return; let r = t.get(q), i = t.get(Yn); t.get(_r) === 1 && r.initialNavigation(), t.get(Xn, null, { optional: !0 })?.setUpPreloading(), t.get(Lt, null, { optional: !0 })?.init(), r.resetRootComponentType(e.componentTypes[0]), i.closed || (i.next(), i.complete(), i.unsubscribe()); }; }
var Yn = new Ye("", { factory: () => new Tr }), _r = new Ye("", { factory: () => 1 });
function Zn() { let t = [{ provide: Ms, useValue: !0 }, { provide: _r, useValue: 0 }, Hn(() => { let n = S(Ar); return n.get(hs, Promise.resolve()).then(() => new Promise(r => { let i = n.get(q), o = n.get(Yn); _t(i, () => { r(!0); }), n.get(Nt).afterPreactivation = () => (r(!0), o.closed ? ue(void 0) : o), i.initialNavigation(); })); })]; return k(2, t); }
function Jn() { let t = [Hn(() => { S(q).setUpLocationChangeListener(); }), { provide: _r, useValue: 2 }]; return k(3, t); }
function Zs() { let t = []; return t = [], k(1, t); }
var Xn = new Ye("");
function ei(t) { return k(0, [{ provide: Xn, useExisting: Gn }, { provide: Ke, useExisting: t }]); }
function Js(t) { return k(5, [{ provide: ne, useValue: t }]); }
function Xs() { return k(6, [{ provide: Ir, useClass: kn }]); }
function ea(t) { return k(7, [{ provide: Tt, useValue: t }]); }
function ta() { return k(10, [{ provide: Sr, useValue: Dn }]); }
function ti(t = {}) { return k(8, [{ provide: Ge, useFactory: () => new pn(t, S(Et, { optional: !0 })) }]); }
function ri(t) { Ts("NgRouterViewTransitions"); let n = [{ provide: yr, useValue: Nn }, { provide: Rr, useValue: d({ skipNextTransition: !!t?.skipInitialTransition }, t) }]; return k(9, n); }
function ra() { return k(9, [{ provide: Et, useValue: { setupAndRunResources: qs, createResourceOutletBindingEffects: zs } }]); }
var ni = [Ut, { provide: ce, useClass: te }, q, ae, { provide: Z, useFactory: Qn }, At], na = (() => { class t {
    constructor() { }
    static forRoot(e, r) { return { ngModule: t, providers: [ni, [], { provide: me, multi: !0, useValue: e }, [], r?.errorHandler ? { provide: Tt, useValue: r.errorHandler } : [], { provide: ne, useValue: r || {} }, r?.useHash ? oa() : sa(), ia(), r?.preloadingStrategy ? ei(r.preloadingStrategy).\u0275providers : [], r?.initialNavigation ? aa(r) : [], r?.bindToComponentInputs ? ti(typeof r.bindToComponentInputs == "object" ? r.bindToComponentInputs : {}).\u0275providers : [], r?.enableViewTransitions ? ri().\u0275providers : [], ca()] }; }
    static forChild(e) { return { ngModule: t, providers: [{ provide: me, multi: !0, useValue: e }] }; }
    static \u0275fac = function (r) { return new (r || t); };
    static \u0275mod = h.\u0275\u0275defineNgModule({ type: t });
    static \u0275inj = h.\u0275\u0275defineInjector({});
} return t; })();
function ia() { return { provide: Lt, useFactory: () => { let t = S(xn), n = S(ne); return n.scrollOffset && t.setOffset(n.scrollOffset), new Wn(n); } }; }
function oa() { return { provide: Ir, useClass: kn }; }
function sa() { return { provide: Ir, useClass: ps }; }
function aa(t) { return [t.initialNavigation === "disabled" ? Jn().\u0275providers : [], t.initialNavigation === "enabledBlocking" ? Zn().\u0275providers : []]; }
var br = new Ye("");
function ca() { return [{ provide: br, useFactory: Kn }, { provide: Fn, multi: !0, useExisting: br }]; }
import { inject as Ze, Version as ua } from "@angular/core";
import "@angular/common";
import "rxjs";
import "rxjs/operators";
import "@angular/platform-browser";
function ec(t) { return t.map(n => (...e) => Ze(n).canMatch(...e)); }
function tc(t) { return t.map(n => (...e) => Ze(n).canActivate(...e)); }
function rc(t) { return t.map(n => (...e) => Ze(n).canActivateChild(...e)); }
function nc(t) { return t.map(n => (...e) => Ze(n).canDeactivate(...e)); }
function ic(t) { return (...n) => Ze(t).resolve(...n); }
var oc = new ua("22.1.8");
export { Z as ActivatedRoute, Me as ActivatedRouteSnapshot, mt as ActivationEnd, vt as ActivationStart, bt as BaseRouteReuseStrategy, gt as ChildActivationEnd, pt as ChildActivationStart, ae as ChildrenOutletContexts, An as DefaultTitleStrategy, te as DefaultUrlSerializer, A as EventType, ut as GuardsCheckEnd, ct as GuardsCheckStart, T as NavigationCancel, I as NavigationCancellationCode, O as NavigationEnd, Y as NavigationError, $ as NavigationSkipped, be as NavigationSkippedCode, K as NavigationStart, Gs as NoPreloading, yt as OutletContext, g as PRIMARY_OUTLET, Vs as PreloadAllModules, Ke as PreloadingStrategy, ne as ROUTER_CONFIGURATION, br as ROUTER_INITIALIZER, fn as ROUTER_OUTLET_DATA, me as ROUTES, Te as RedirectCommand, dt as ResolveEnd, lt as ResolveStart, ft as RouteConfigLoadEnd, ht as RouteConfigLoadStart, On as RouteReuseStrategy, q as Router, x as RouterEvent, Pt as RouterLink, Ls as RouterLinkActive, Pt as RouterLinkWithHref, na as RouterModule, pr as RouterOutlet, Gn as RouterPreloader, qe as RouterState, Fe as RouterStateSnapshot, ze as RoutesRecognized, Ie as Scroll, mr as TitleStrategy, Mt as UrlHandlingStrategy, oe as UrlSegment, y as UrlSegmentGroup, ce as UrlSerializer, U as UrlTree, oc as VERSION, ee as convertToParamMap, nn as createUrlTreeFromSnapshot, Gr as defaultUrlMatcher, os as destroyDetachedRouteHandle, lr as isActive, tc as mapToCanActivate, rc as mapToCanActivateChild, nc as mapToCanDeactivate, ec as mapToCanMatch, ic as mapToResolve, Qs as provideRouter, ti as withComponentInputBinding, Zs as withDebugTracing, Jn as withDisabledInitialNavigation, Zn as withEnabledBlockingInitialNavigation, ta as withExperimentalAutoCleanupInjectors, Ys as withExperimentalPlatformNavigation, Xs as withHashLocation, Ks as withInMemoryScrolling, ea as withNavigationErrorHandler, ei as withPreloading, Js as withRouterConfig, ri as withViewTransitions, gr as \u0275EmptyOutletComponent, ni as \u0275ROUTER_PROVIDERS, _t as \u0275afterNextNavigation, Mn as \u0275loadChildren, xs as \u0275nonBlocking, ra as \u0275withRouterResources };
/*! Bundled license information:

@angular/router/fesm2022/_router-chunk.mjs:
@angular/router/fesm2022/_router_module-chunk.mjs:
@angular/router/fesm2022/router.mjs:
  (**
   * @license Angular v22.1.8
   * (c) 2010-2026 Google LLC. https://angular.dev/
   * License: MIT
   *)
*/
