import { $b as W, A, B as an, C as X, D as L, Da as si, E as he, Eb as il, Fb as lo, Ga as je, Gb as al, Ib as ol, J as ni, Jb as sl, Kb as Rt, L as q, Lb as co, M as ju, Ma as rl, Mb as ul, N as Qu, Na as ze, O as ii, Oa as ui, Ob as ll, P as de, Q as At, R as qt, Ra as ro, S as O, Sa as no, Sb as cl, T as Ju, Ua as io, V as ue, Va as ao, Vb as un, W as tt, Wa as oo, Xa as so, Za as nl, Zb as fo, _ as $u, a as od, aa as Ja, b as Ze, bc as Er, ca as el, cc as li, db as sn, dc as fl, e as Sr, ea as ai, ec as pl, f as Xu, fa as tl, fc as rt, ga as $a, gb as uo, h as H, i as te, ic as ft, jc as vl, k as I, ka as Tt, l as Se, la as Xt, lc as hl, m as re, ma as Zt, n as Zu, o as yt, oa as xr, p as It, q as S, r as P, ra as Ne, s as Kt, t as Ue, tc as dl, v as ve, w as ne, wa as eo, x as nn, xa as on, y as N, ya as to, z as V, za as oi } from "@nf-internal/chunk-LHZIPXHN";
import { __extends as sd } from "tslib";
var ud = ".", jt = "___EC__COMPONENT__CONTAINER___", ml = "___EC__EXTENDED_CLASS___";
function Be(e) { var t = { main: "", sub: "" }; if (e) {
    var r = e.split(ud);
    t.main = r[0] || "", t.sub = r[1] || "";
} return t; }
function ld(e) { de(/^[a-zA-Z0-9_]+([.][a-zA-Z0-9_]+)?$/.test(e), 'componentType "' + e + '" illegal'); }
function gl(e) { return !!(e && e[ml]); }
function Tr(e, t) { e.$constructor = e, e.extend = function (r) { var n = this, i; return cd(n) ? i = (function (a) { sd(o, a); function o() { return a.apply(this, arguments) || this; } return o; })(n) : (i = function () { (r.$constructor || n).apply(this, arguments); }, Zu(i, this)), I(i.prototype, r), i[ml] = !0, i.extend = this.extend, i.superCall = pd, i.superApply = vd, i.superClass = n, i; }; }
function cd(e) { return V(e) && /^class\s/.test(Function.prototype.toString.call(e)); }
function ci(e, t) { e.extend = t.extend; }
var fd = Math.round(Math.random() * 10);
function yl(e) { var t = ["__\0is_clz", fd++].join("_"); e.prototype[t] = !0, e.isInstance = function (r) { return !!(r && r[t]); }; }
function pd(e, t) { for (var r = [], n = 2; n < arguments.length; n++)
    r[n - 2] = arguments[n]; return this.superClass.prototype[t].apply(e, r); }
function vd(e, t, r) { return this.superClass.prototype[t].apply(e, r); }
function kt(e) { var t = {}; e.registerClass = function (n) { var i = n.type || n.prototype.type; if (i) {
    ld(i), n.prototype.type = i;
    var a = Be(i);
    if (!a.sub)
        t[a.main] = n;
    else if (a.sub !== jt) {
        var o = r(a);
        o[a.sub] = n;
    }
} return n; }, e.getClass = function (n, i, a) { var o = t[n]; if (o && o[jt] && (o = i ? o[i] : null), a && !o)
    throw new Error(i ? "Component " + n + "." + (i || "") + " is used but not imported." : n + ".type should be specified."); return o; }, e.getClassesByMainType = function (n) { var i = Be(n), a = [], o = t[i.main]; return o && o[jt] ? S(o, function (s, u) { u !== jt && a.push(s); }) : a.push(o), a; }, e.hasClass = function (n) { var i = Be(n); return !!t[i.main]; }, e.getAllClassMainTypes = function () { var n = []; return S(t, function (i, a) { n.push(a); }), n; }, e.hasSubTypes = function (n) { var i = Be(n), a = t[i.main]; return a && a[jt]; }; function r(n) { var i = t[n.main]; return (!i || !i[jt]) && (i = t[n.main] = {}, i[jt] = !0), i; } }
function _t(e, t) { for (var r = 0; r < e.length; r++)
    e[r][1] || (e[r][1] = e[r][0]); return t = t || !1, function (n, i, a) { for (var o = {}, s = 0; s < e.length; s++) {
    var u = e[s][1];
    if (!(i && re(i, u) >= 0 || a && re(a, u) < 0)) {
        var c = n.getShallow(u, t);
        c != null && (o[e[s][0]] = c);
    }
} return o; }; }
var hd = [["fill", "color"], ["shadowBlur"], ["shadowOffsetX"], ["shadowOffsetY"], ["opacity"], ["shadowColor"]], dd = _t(hd), _l = (function () { function e() { } return e.prototype.getAreaStyle = function (t, r) { return dd(this, t, r); }, e; })();
var Sl = 1e-4, fi = 20, lx = 14;
function md(e) { return e.replace(/^\s+|\s+$/g, ""); }
var Fe = Math.min, j = Math.max, Ee = Math.abs, nt = Math.round, Dt = Math.floor, Dr = Math.ceil, Lt = Math.pow, Pt = Math.log, ln = Math.LN10, gd = Math.PI, yd = Math.random;
function vo(e, t, r, n) { var i = t[0], a = t[1], o = r[0], s = r[1], u = a - i, c = s - o; if (u === 0)
    return c === 0 ? o : (o + s) / 2; if (n)
    if (u > 0) {
        if (e <= i)
            return o;
        if (e >= a)
            return s;
    }
    else {
        if (e >= i)
            return o;
        if (e <= a)
            return s;
    }
else {
    if (e === i)
        return o;
    if (e === a)
        return s;
} return (e - i) / u * c + o; }
var we = _d;
function _d(e, t, r) { switch (e) {
    case "center":
    case "middle":
        e = "50%";
        break;
    case "left":
    case "top":
        e = "0%";
        break;
    case "right":
    case "bottom":
        e = "100%";
        break;
} return Sd(e, t, r); }
function Sd(e, t, r) { return A(e) ? xl(e) ? parseFloat(e) / 100 * t + (r || 0) : parseFloat(e) : e == null ? NaN : +e; }
function cx(e) { return A(e) && xl(e); }
function xl(e) { return !!md(e).match(/%$/); }
function ie(e, t, r) { return isNaN(t) ? r ? "" + e : +e : (t = Fe(j(0, t), fi), e = (+e).toFixed(t), r ? e : +e); }
function fx(e, t, r) { return t == null && (t = 10), ie(e, t, r); }
function pi(e) { return e.sort(function (t, r) { return t - r; }), e; }
function pt(e) { if (e = +e, isNaN(e))
    return 0; if (e > 1e-14) {
    for (var t = 1, r = 0; r < 15; r++, t *= 10)
        if (nt(e * t) / t === e)
            return r;
} return xd(e); }
function xd(e) { var t = e.toString().toLowerCase(), r = t.indexOf("e"), n = r > 0 ? +t.slice(r + 1) : 0, i = r > 0 ? r : t.length, a = t.indexOf("."), o = a < 0 ? 0 : i - 1 - a; return j(0, o - n); }
function px(e, t) { var r = Dt(Pt(e[1] - e[0]) / ln), n = nt(Pt(Ee(t[1] - t[0])) / ln), i = Fe(j(-r + n, 0), fi); return isFinite(i) ? i : fi; }
function vx(e, t, r) { var n = Ee(e[1] - e[0]); if (!isFinite(n) || n === 0)
    return NaN; var i = Pt(2 * Ee(r || 1) * Ee(n)) / ln, a = Pt(Ee(t)) / ln, o = j(0, Dr(-i + a)); return isFinite(o) || (o = NaN), o; }
function hx(e, t, r) { if (!e[t])
    return 0; var n = Ed(e, r); return n[t] || 0; }
function Ed(e, t) { var r = Kt(e, function (p, h) { return p + (isNaN(h) ? 0 : h); }, 0); if (r === 0)
    return []; for (var n = Lt(10, t), i = P(e, function (p) { return (isNaN(p) ? 0 : p) / r * n * 100; }), a = n * 100, o = P(i, function (p) { return Dt(p); }), s = Kt(o, function (p, h) { return p + h; }, 0), u = P(i, function (p, h) { return p - o[h]; }); s < a;) {
    for (var c = Number.NEGATIVE_INFINITY, f = null, l = 0, v = u.length; l < v; ++l)
        u[l] > c && (c = u[l], f = l);
    ++o[f], u[f] = 0, ++s;
} return P(o, function (p) { return p / n; }); }
function El(e, t) { var r = j(pt(e), pt(t)), n = e + t; return r > fi ? n : ie(n, r); }
var dx = Lt(2, 53) - 1;
function mx(e) { var t = gd * 2; return (e % t + t) % t; }
function gx(e) { return e > -Sl && e < Sl; }
var Td = /^(?:(\d{4})(?:[-\/](\d{1,2})(?:[-\/](\d{1,2})(?:[T ](\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?(Z|[\+\-]\d\d:?\d\d)?)?)?)?)?$/;
function vt(e) { if (e instanceof Date)
    return e; if (A(e)) {
    var t = Td.exec(e);
    if (!t)
        return new Date(NaN);
    if (t[8]) {
        var r = +t[4] || 0;
        return t[8].toUpperCase() !== "Z" && (r -= +t[8].slice(0, 3)), new Date(Date.UTC(+t[1], +(t[2] || 1) - 1, +t[3] || 1, r, +(t[5] || 0), +t[6] || 0, t[7] ? +t[7].substring(0, 3) : 0));
    }
    else
        return new Date(+t[1], +(t[2] || 1) - 1, +t[3] || 1, +t[4] || 0, +(t[5] || 0), +t[6] || 0, t[7] ? +t[7].substring(0, 3) : 0);
}
else if (e == null)
    return new Date(NaN); return new Date(nt(e)); }
function Tl(e) { return Lt(10, vi(e)); }
function vi(e) { if (e === 0)
    return 0; var t = Dt(Pt(e) / ln); return e / Lt(10, t) >= 10 && t++, t; }
var Dd = 2;
function cn(e, t) { var r = vi(e), n = Lt(10, r), i = e / n, a; return t === Dd ? a = 1 : t ? i < 1.5 ? a = 1 : i < 2.5 ? a = 2 : i < 4 ? a = 3 : i < 7 ? a = 5 : a = 10 : i < 1 ? a = 1 : i < 2 ? a = 2 : i < 3 ? a = 3 : i < 5 ? a = 5 : a = 10, e = a * n, ie(e, -r); }
function yx(e, t) { var r = (e.length - 1) * t + 1, n = Dt(r), i = +e[n - 1], a = r - n; return a ? i + a * (e[n] - i) : i; }
function _x(e) { e.sort(function (u, c) { return s(u, c, 0) ? -1 : 1; }); for (var t = -1 / 0, r = 1, n = 0; n < e.length;) {
    for (var i = e[n].interval, a = e[n].close, o = 0; o < 2; o++)
        i[o] <= t && (i[o] = t, a[o] = o ? 1 : 1 - r), t = i[o], r = a[o];
    i[0] === i[1] && a[0] * a[1] !== 1 ? e.splice(n, 1) : n++;
} return e; function s(u, c, f) { return u.interval[f] < c.interval[f] || u.interval[f] === c.interval[f] && (u.close[f] - c.close[f] === (f ? -1 : 1) || !f && s(u, c, 1)); } }
function St(e) { var t = parseFloat(e); return t == e && (t !== 0 || !A(e) || e.indexOf("x") <= 0) ? t : NaN; }
function ho(e) { return !isNaN(St(e)); }
function fn() { return nt(yd() * 9); }
function Dl(e, t) { return t === 0 ? e : Dl(t, e % t); }
function mo(e, t) { return e == null ? t : t == null ? e : e * t / Dl(e, t); }
function it(e) { return e != null && isFinite(e); }
var Cd = "[ECharts] ", bl = {}, bd = typeof console < "u" && console.warn && console.log;
function Md(e, t, r) { if (bd) {
    if (r) {
        if (bl[t])
            return;
        bl[t] = !0;
    }
    console[e](Cd + t);
} }
function go(e, t) { Md("error", e, t); }
function Oe(e) { throw new Error(e); }
function Ml(e, t, r) { return (t - e) * r + e; }
var Nl = "series\0", wl = "\0_ec_\0";
function J(e) { return e instanceof Array ? e : e == null ? [] : [e]; }
function yo(e, t, r) { if (e) {
    e[t] = e[t] || {}, e.emphasis = e.emphasis || {}, e.emphasis[t] = e.emphasis[t] || {};
    for (var n = 0, i = r.length; n < i; n++) {
        var a = r[n];
        !e.emphasis[t].hasOwnProperty(a) && e[t].hasOwnProperty(a) && (e.emphasis[t][a] = e[t][a]);
    }
} }
var _o = ["fontStyle", "fontWeight", "fontSize", "fontFamily", "rich", "tag", "color", "textBorderColor", "textBorderWidth", "width", "height", "lineHeight", "align", "verticalAlign", "baseline", "shadowColor", "shadowBlur", "shadowOffsetX", "shadowOffsetY", "textShadowColor", "textShadowBlur", "textShadowOffsetX", "textShadowOffsetY", "backgroundColor", "borderColor", "borderWidth", "borderRadius", "padding"];
function Qt(e) { return L(e) && !N(e) && !(e instanceof Date) ? e.value : e; }
function Ol(e) { return L(e) && !(e instanceof Array); }
function Il(e, t, r) { var n = r === "normalMerge", i = r === "replaceMerge", a = r === "replaceAll"; e = e || [], t = (t || []).slice(); var o = O(); S(t, function (u, c) { if (!L(u)) {
    t[c] = null;
    return;
} }); var s = Nd(e, o, r); return (n || i) && wd(s, e, o, t), n && Od(s, t), n || i ? Id(s, t, i) : a && Ad(s, t), Rd(s), s; }
function Nd(e, t, r) { var n = []; if (r === "replaceAll")
    return n; for (var i = 0; i < e.length; i++) {
    var a = e[i];
    a && a.id != null && t.set(a.id, i), n.push({ existing: r === "replaceMerge" || Cr(a) ? null : a, newOption: null, keyInfo: null, brandNew: null });
} return n; }
function wd(e, t, r, n) { S(n, function (i, a) { if (!(!i || i.id == null)) {
    var o = pn(i.id), s = r.get(o);
    if (s != null) {
        var u = e[s];
        de(!u.newOption, 'Duplicated option on id "' + o + '".'), u.newOption = i, u.existing = t[s], n[a] = null;
    }
} }); }
function Od(e, t) { S(t, function (r, n) { if (!(!r || r.name == null))
    for (var i = 0; i < e.length; i++) {
        var a = e[i].existing;
        if (!e[i].newOption && a && (a.id == null || r.id == null) && !Cr(r) && !Cr(a) && Al("name", a, r)) {
            e[i].newOption = r, t[n] = null;
            return;
        }
    } }); }
function Id(e, t, r) { S(t, function (n) { if (n) {
    for (var i, a = 0; (i = e[a]) && (i.newOption || Cr(i.existing) || i.existing && n.id != null && !Al("id", n, i.existing));)
        a++;
    i ? (i.newOption = n, i.brandNew = r) : e.push({ newOption: n, brandNew: r, existing: null, keyInfo: null }), a++;
} }); }
function Ad(e, t) { S(t, function (r) { e.push({ newOption: r, brandNew: !0, existing: null, keyInfo: null }); }); }
function Rd(e) { var t = O(); S(e, function (r) { var n = r.existing; n && t.set(n.id, r); }), S(e, function (r) { var n = r.newOption; de(!n || n.id == null || !t.get(n.id) || t.get(n.id) === r, "id duplicates: " + (n && n.id)), n && n.id != null && t.set(n.id, r), !r.keyInfo && (r.keyInfo = {}); }), S(e, function (r, n) { var i = r.existing, a = r.newOption, o = r.keyInfo; if (L(a)) {
    if (o.name = a.name != null ? pn(a.name) : i ? i.name : Nl + n, i)
        o.id = pn(i.id);
    else if (a.id != null)
        o.id = pn(a.id);
    else {
        var s = 0;
        do
            o.id = "\0" + o.name + "\0" + s++;
        while (t.get(o.id));
    }
    t.set(o.id, r);
} }); }
function Al(e, t, r) { var n = He(t[e], null), i = He(r[e], null); return n != null && i != null && n === i; }
function pn(e) { return He(e, ""); }
function He(e, t) { return e == null ? t : A(e) ? e : X(e) || an(e) ? e + "" : t; }
function hi(e) { var t = e.name; return !!(t && t.indexOf(Nl)); }
function Cr(e) { return e && e.id != null && pn(e.id).indexOf(wl) === 0; }
function Dx(e) { return wl + e; }
function Rl(e, t, r) { S(e, function (n) { var i = n.newOption; L(i) && (n.keyInfo.mainType = t, n.keyInfo.subType = kd(t, i, n.existing, r)); }); }
function kd(e, t, r, n) { var i = t.type ? t.type : r ? r.subType : n.determineSubType(e, t); return i; }
function Cx(e, t) { var r = {}, n = {}; return i(e || [], r), i(t || [], n, r), [a(r), a(n)]; function i(o, s, u) { for (var c = 0, f = o.length; c < f; c++) {
    var l = He(o[c].seriesId, null);
    if (l == null)
        return;
    for (var v = J(o[c].dataIndex), p = u && u[l], h = 0, m = v.length; h < m; h++) {
        var d = v[h];
        p && p[d] ? p[d] = null : (s[l] || (s[l] = {}))[d] = 1;
    }
} } function a(o, s) { var u = []; for (var c in o)
    if (o.hasOwnProperty(c) && o[c] != null)
        if (s)
            u.push(+c);
        else {
            var f = a(o[c], !0);
            f.length && u.push({ seriesId: c, dataIndex: f });
        } return u; } }
function Jt(e, t) { if (t.dataIndexInside != null)
    return t.dataIndexInside; if (t.dataIndex != null)
    return N(t.dataIndex) ? P(t.dataIndex, function (r) { return e.indexOfRawIndex(r); }) : e.indexOfRawIndex(t.dataIndex); if (t.name != null)
    return N(t.name) ? P(t.name, function (r) { return e.indexOfName(r); }) : e.indexOfName(t.name); }
function B() { var e = "__ec_inner_" + Pd++; return function (t) { return t[e] || (t[e] = {}); }; }
var Pd = fn();
function di(e, t, r) { var n = So(t, r), i = n.mainTypeSpecified, a = n.queryOptionMap, o = n.others, s = o, u = r ? r.defaultMainType : null; return !i && u && a.set(u, {}), a.each(function (c, f) { var l = Mr(e, f, c, { useDefault: u === f, enableAll: r && r.enableAll != null ? r.enableAll : !0, enableNone: r && r.enableNone != null ? r.enableNone : !0 }); s[f + "Models"] = l.models, s[f + "Model"] = l.models[0]; }), s; }
function So(e, t) { var r; if (A(e)) {
    var n = {};
    n[e + "Index"] = 0, r = n;
}
else
    r = e; var i = O(), a = {}, o = !1; return S(r, function (s, u) { if (u === "dataIndex" || u === "dataIndexInside") {
    a[u] = s;
    return;
} var c = u.match(/^(\w+)(Index|Id|Name)$/) || [], f = c[1], l = (c[2] || "").toLowerCase(); if (!(!f || !l || t && t.includeMainTypes && re(t.includeMainTypes, f) < 0)) {
    o = o || !!f;
    var v = i.get(f) || i.set(f, {});
    v[l] = s;
} }), { mainTypeSpecified: o, queryOptionMap: i, others: a }; }
var br = { useDefault: !0, enableAll: !1, enableNone: !1 }, bx = { useDefault: !1, enableAll: !0, enableNone: !0 };
function Mr(e, t, r, n) { n = n || br; var i = r.index, a = r.id, o = r.name, s = { models: null, specified: i != null || a != null || o != null }; if (!s.specified) {
    var u = void 0;
    return s.models = n.useDefault && (u = e.getComponent(t)) ? [u] : [], s;
} if (i === "none" || i === !1) {
    if (n.enableNone)
        return s.models = [], s;
    i = -1;
} return i === "all" && (n.enableAll ? i = a = o = null : i = -1), s.models = e.queryComponents({ mainType: t, index: i, id: a, name: o }), s; }
function kl(e, t, r) { var n = {}; n[t + "Id"] = e[t + "Id"], n[t + "Index"] = e[t + "Index"], n[t + "Name"] = e[t + "Name"]; var i = { mainType: t, query: n }; return r && (i.subType = r), i; }
function xo(e, t, r) { e.setAttribute ? e.setAttribute(t, r) : e[t] = r; }
function Pl(e, t) { return e.getAttribute ? e.getAttribute(t) : e[t]; }
function Mx(e) { return e === "auto" ? Ze.domSupported ? "html" : "richText" : e || "html"; }
function Nx(e, t) { var r = O(), n = []; return S(e, function (i) { var a = t(i); (r.get(a) || (n.push(a), r.set(a, []))).push(i); }), { keys: n, buckets: r }; }
function Ll(e, t, r, n, i) { var a = t == null || t === "auto"; if (n == null)
    return n; if (X(n)) {
    var o = Ml(r || 0, n, i);
    return ie(o, a ? Math.max(pt(r || 0), pt(n)) : t);
}
else {
    if (A(n))
        return i < 1 ? r : n;
    for (var s = [], u = r, c = n, f = Math.max(u ? u.length : 0, c.length), l = 0; l < f; ++l) {
        var v = e.getDimensionInfo(l);
        if (v && v.type === "ordinal")
            s[l] = (i < 1 && u ? u : c)[l];
        else {
            var p = u && u[l] ? u[l] : 0, h = c[l], o = Ml(p, h, i);
            s[l] = ie(o, a ? Math.max(pt(p), pt(h)) : t);
        }
    }
    return s;
} }
var wx = (function () { function e() { } return e.prototype.reset = function (t, r, n, i) { return this._list = t, this._step = i = i || 1, this._idx = r, this._end = n ?? (i > 0 ? t.length : 0), this.item = null, this.key = NaN, this; }, e.prototype.next = function () { return (this._step > 0 ? this._idx < this._end : this._idx >= this._end) ? (this.item = this._list[this._idx], this.key = this._idx = this._idx + this._step, !0) : !1; }, e; })();
function Ox(e) { e.option = e.parentModel = e.ecModel = null; }
function Ge() { return [1 / 0, -1 / 0]; }
function Ul(e, t) { ht(t) && (t < e[0] && (e[0] = t), t > e[1] && (e[1] = t)); }
function Eo(e, t) { ht(t) && t < e[0] && (e[0] = t); }
function To(e, t) { ht(t) && t > e[1] && (e[1] = t); }
function Fl(e, t) { Ct(t[0], t[1]) && (t[0] < e[0] && (e[0] = t[0]), t[1] > e[1] && (e[1] = t[1])); }
function ht(e) { return e != null && isFinite(e); }
function Ct(e, t) { return ht(e) && ht(t) && e <= t; }
function Vl(e) { var t = e[1] - e[0]; return isFinite(t) && t >= 0; }
function zl(e) { Ct(e[0], e[1]) && e[0] > e[1] && (e[0] = e[1]); }
function Bl() { var e = "__ec_once_" + Ld++; return function (t, r) { ue(t, e) || (t[e] = 1, r()); }; }
var Ld = fn();
function Nr(e, t, r) { var n = O(), i = 0; S(e, function (a) { var o = t(a), s = n.get(o) || 0; r && r(a, s), !s && !r && (e[i++] = a), n.set(o, s + 1); }), r || (e.length = i); }
function Hl(e) { return e.value + ""; }
function Gl(e) { return e + ""; }
function Ix(e, t) { return q(t, !0) ? e.seriesIndex + 2 : 0; }
function Yl(e, t, r) { var n = e.getData().count(); return { progressiveRender: r.progressiveEnabled && t.incrementalPrepareRender && n >= r.threshold, large: e.get("large") && n >= e.get("largeThreshold"), modDataCount: e.get("progressiveChunkMode") === "mod" ? e.getData().count() : null }; }
function Ax(e, t) { return { seriesType: e, overallReset: t }; }
function mi(e) { return { overallReset: e }; }
var Me = B(), Wl = function (e, t, r, n) { if (n) {
    var i = Me(n);
    i.dataIndex = r, i.dataType = t, i.seriesIndex = e, i.ssrType = "chart", n.type === "group" && n.traverse(function (a) { var o = Me(a); o.seriesIndex = e, o.dataIndex = r, o.dataType = t, o.ssrType = "chart"; });
} };
var hn = "undefined", gi = "series", yi = O(["tooltip", "label", "itemName", "itemId", "itemGroupId", "itemChildGroupId", "seriesName"]), Ie = "original", me = "arrayRows", Ae = "objectRows", Ye = "keyedColumns", Qe = "typedArray", Do = "unknown", Je = "column", xt = "row", Lx = "Roam";
var Ud = ["getDom", "getZr", "getWidth", "getHeight", "getDevicePixelRatio", "dispatchAction", "isSSR", "isDisposed", "on", "off", "getDataURL", "getConnectedDataURL", "getOption", "getId", "updateLabelLayout"], Fd = (function () { function e(t) { S(Ud, function (r) { this[r] = ne(t[r], t); }, this); } return e; })();
function Kl(e, t) { return t.mainType === gi ? e.getViewOfSeriesModel(t) : e.getViewOfComponentModel(t); }
var _i = Fd;
var ql = 1, Xl = {}, $l = B(), Mo = B(), No = 0, dn = 1, mn = 2, bt = ["emphasis", "blur", "select"], wo = ["normal", "emphasis", "blur", "select"], Vd = 10, zd = 9, Ut = "highlight", gn = "downplay", yn = "select", xi = "unselect", _n = "toggleSelect", Ei = "selectchanged";
function wr(e) { return e != null && e !== "none"; }
function Ti(e, t, r) { e.onHoverStateChange && (e.hoverState || 0) !== r && e.onHoverStateChange(t), e.hoverState = r; }
function ec(e) { Ti(e, "emphasis", mn); }
function tc(e) { e.hoverState === mn && Ti(e, "normal", No); }
function Oo(e) { Ti(e, "blur", dn); }
function rc(e) { e.hoverState === dn && Ti(e, "normal", No); }
function Bd(e) { e.selected = !0; }
function Hd(e) { e.selected = !1; }
function Zl(e, t, r) { t(e, r); }
function Mt(e, t, r) { Zl(e, t, r), e.isGroup && e.traverse(function (n) { Zl(n, t, r); }); }
function Kx(e, t) { switch (t) {
    case "emphasis":
        e.hoverState = mn;
        break;
    case "normal":
        e.hoverState = No;
        break;
    case "blur":
        e.hoverState = dn;
        break;
    case "select": e.selected = !0;
} }
function Gd(e, t, r, n) { for (var i = e.style, a = {}, o = 0; o < t.length; o++) {
    var s = t[o], u = i[s];
    a[s] = u ?? (n && n[s]);
} for (var o = 0; o < e.animators.length; o++) {
    var c = e.animators[o];
    c.__fromStateTransition && c.__fromStateTransition.indexOf(r) < 0 && c.targetName === "style" && c.saveTo(a, t);
} return a; }
function Yd(e, t, r, n) { var i = r && re(r, "select") >= 0, a = !1; if (e instanceof W) {
    var o = $l(e), s = i && o.selectFill || o.normalFill, u = i && o.selectStroke || o.normalStroke;
    if (wr(s) || wr(u)) {
        n = n || {};
        var c = n.style || {};
        c.fill === "inherit" ? (a = !0, n = I({}, n), c = I({}, c), c.fill = s) : !wr(c.fill) && wr(s) ? (a = !0, n = I({}, n), c = I({}, c), c.fill = uo(s)) : !wr(c.stroke) && wr(u) && (a || (n = I({}, n), c = I({}, c)), c.stroke = uo(u)), n.style = c;
    }
} if (n && n.z2 == null) {
    a || (n = I({}, n));
    var f = e.z2EmphasisLift;
    n.z2 = e.z2 + (f ?? Vd);
} return n; }
function Wd(e, t, r) { if (r && r.z2 == null) {
    r = I({}, r);
    var n = e.z2SelectLift;
    r.z2 = e.z2 + (n ?? zd);
} return r; }
function Kd(e, t, r) { var n = re(e.currentStates, t) >= 0, i = e.style.opacity, a = n ? null : Gd(e, ["opacity"], t, { opacity: 1 }); r = r || {}; var o = r.style || {}; return o.opacity == null && (r = I({}, r), o = I({ opacity: n ? i : a.opacity * .1 }, o), r.style = o), r; }
function Co(e, t) { var r = this.states[e]; if (this.style) {
    if (e === "emphasis")
        return Yd(this, e, t, r);
    if (e === "blur")
        return Kd(this, e, r);
    if (e === "select")
        return Wd(this, e, r);
} return r; }
function qd(e) { e.stateProxy = Co; var t = e.getTextContent(), r = e.getTextGuideLine(); t && (t.stateProxy = Co), r && (r.stateProxy = Co); }
function jl(e, t) { !ic(e, t) && !e.__highByOuter && Mt(e, ec); }
function Ql(e, t) { !ic(e, t) && !e.__highByOuter && Mt(e, tc); }
function Sn(e, t) { e.__highByOuter |= 1 << (t || 0), Mt(e, ec); }
function xn(e, t) { !(e.__highByOuter &= ~(1 << (t || 0))) && Mt(e, tc); }
function nc(e) { Mt(e, Oo); }
function Io(e) { Mt(e, rc); }
function Ao(e) { Mt(e, Bd); }
function Ro(e) { Mt(e, Hd); }
function ic(e, t) { return e.__highDownSilentOnTouch && t.zrByTouch; }
function ko(e) { var t = e.getModel(), r = [], n = []; t.eachComponent(function (i, a) { var o = Mo(a), s = Kl(e, a), u = i === "series"; !u && n.push(s), o.isBlured && (s.group.traverse(function (c) { rc(c); }), u && r.push(a)), o.isBlured = !1; }), S(n, function (i) { i && i.toggleBlurSeries && i.toggleBlurSeries(r, !1, t); }); }
function bo(e, t, r, n) { var i = n.getModel(); r = r || "coordinateSystem"; function a(c, f) { for (var l = 0; l < f.length; l++) {
    var v = c.getItemGraphicEl(f[l]);
    v && Io(v);
} } if (e != null && !(!t || t === "none")) {
    var o = i.getSeriesByIndex(e), s = o.coordinateSystem;
    s && s.master && (s = s.master);
    var u = [];
    i.eachSeries(function (c) { var f = o === c, l = c.coordinateSystem; l && l.master && (l = l.master); var v = l && s ? l === s : f; if (!(r === "series" && !f || r === "coordinateSystem" && !v || t === "series" && f)) {
        var p = n.getViewOfSeriesModel(c);
        if (p.group.traverse(function (d) { d.__highByOuter && f && t === "self" || Oo(d); }), It(t))
            a(c.getData(), t);
        else if (L(t))
            for (var h = ve(t), m = 0; m < h.length; m++)
                a(c.getData(h[m]), t[h[m]]);
        u.push(c), Mo(c).isBlured = !0;
    } }), i.eachComponent(function (c, f) { if (c !== "series") {
        var l = n.getViewOfComponentModel(f);
        l && l.toggleBlurSeries && l.toggleBlurSeries(u, !0, i);
    } });
} }
function Si(e, t, r) { if (!(e == null || t == null)) {
    var n = r.getModel().getComponent(e, t);
    if (n) {
        Mo(n).isBlured = !0;
        var i = r.getViewOfComponentModel(n);
        !i || !i.focusBlurEnabled || i.group.traverse(function (a) { Oo(a); });
    }
} }
function ac(e, t, r) { var n = e.seriesIndex, i = e.getData(t.dataType); if (i) {
    var a = Jt(i, t);
    a = (N(a) ? a[0] : a) || 0;
    var o = i.getItemGraphicEl(a);
    if (!o)
        for (var s = i.count(), u = 0; !o && u < s;)
            o = i.getItemGraphicEl(u++);
    if (o) {
        var c = Me(o);
        bo(n, c.focus, c.blurScope, r);
    }
    else {
        var f = e.get(["emphasis", "focus"]), l = e.get(["emphasis", "blurScope"]);
        f != null && bo(n, f, l, r);
    }
} }
function Di(e, t, r, n) { var i = { focusSelf: !1, dispatchers: null }; if (e == null || e === "series" || t == null || r == null)
    return i; var a = n.getModel().getComponent(e, t); if (!a)
    return i; var o = n.getViewOfComponentModel(a); if (!o || !o.findHighDownDispatchers)
    return i; for (var s = o.findHighDownDispatchers(r), u, c = 0; c < s.length; c++)
    if (Me(s[c]).focus === "self") {
        u = !0;
        break;
    } return { focusSelf: u, dispatchers: s }; }
function oc(e, t, r) { var n = Me(e), i = Di(n.componentMainType, n.componentIndex, n.componentHighDownName, r), a = i.dispatchers, o = i.focusSelf; a ? (o && Si(n.componentMainType, n.componentIndex, r), S(a, function (s) { return jl(s, t); })) : (bo(n.seriesIndex, n.focus, n.blurScope, r), n.focus === "self" && Si(n.componentMainType, n.componentIndex, r), jl(e, t)); }
function sc(e, t, r) { ko(r); var n = Me(e), i = Di(n.componentMainType, n.componentIndex, n.componentHighDownName, r).dispatchers; i ? S(i, function (a) { return Ql(a, t); }) : Ql(e, t); }
function uc(e, t, r) { if (Ci(t)) {
    var n = t.dataType, i = e.getData(n), a = Jt(i, t);
    N(a) || (a = [a]), e[t.type === _n ? "toggleSelect" : t.type === yn ? "select" : "unselect"](a, n);
} }
function Po(e) { var t = e.getAllData(); S(t, function (r) { var n = r.data, i = r.type; n.eachItemGraphicEl(function (a, o) { e.isSelected(o, i) ? Ao(a) : Ro(a); }); }); }
function lc(e) { var t = []; return e.eachSeries(function (r) { var n = r.getAllData(); S(n, function (i) { var a = i.data, o = i.type, s = r.getSelectedDataIndices(); if (s.length > 0) {
    var u = { dataIndex: s, seriesIndex: r.seriesIndex };
    o != null && (u.dataType = o), t.push(u);
} }); }), t; }
function Xd(e, t, r) { cc(e, !0), Mt(e, qd), jd(e, t, r); }
function Zd(e) { cc(e, !1); }
function qx(e, t, r, n) { n ? Zd(e) : Xd(e, t, r); }
function jd(e, t, r) { var n = Me(e); t != null ? (n.focus = t, n.blurScope = r) : n.focus && (n.focus = null); }
var Jl = ["emphasis", "blur", "select"], Qd = { itemStyle: "getItemStyle", lineStyle: "getLineStyle", areaStyle: "getAreaStyle" };
function Xx(e, t, r, n) { r = r || "itemStyle"; for (var i = 0; i < Jl.length; i++) {
    var a = Jl[i], o = t.getModel([a, r]), s = e.ensureState(a);
    s.style = n ? n(o) : o[Qd[r]]();
} }
function cc(e, t) { var r = t === !1, n = e; e.highDownSilentOnTouch && (n.__highDownSilentOnTouch = e.highDownSilentOnTouch), (!r || n.__highDownDispatcher) && (n.__highByOuter = n.__highByOuter || 0, n.__highDownDispatcher = !r); }
function En(e) { return !!(e && e.__highDownDispatcher); }
function Zx(e, t, r) { var n = Me(e); n.componentMainType = t.mainType, n.componentIndex = t.componentIndex, n.componentHighDownName = r; }
function fc(e) { var t = Xl[e]; return t == null && ql <= 32 && (t = Xl[e] = ql++), t; }
function Ci(e) { var t = e.type; return t === yn || t === xi || t === _n; }
function Lo(e) { var t = e.type; return t === Ut || t === gn; }
function pc(e) { var t = $l(e); t.normalFill = e.style.fill, t.normalStroke = e.style.stroke; var r = e.states.select || {}; t.selectFill = r.style && r.style.fill || null, t.selectStroke = r.style && r.style.stroke || null; }
var Ui = {};
od(Ui, { Arc: () => Nn, BezierCurve: () => qo, BoundingRect: () => ze, Circle: () => Dn, CompoundPath: () => vl, Ellipse: () => zo, Group: () => Rt, HOVER_LAYER_FOR_INCREMENTAL: () => rs, HOVER_LAYER_FROM_THRESHOLD: () => ts, HOVER_LAYER_NO: () => es, Image: () => Er, IncrementalDisplayable: () => Hc, Line: () => Mn, LinearGradient: () => Vc, OrientedBoundingRect: () => Bc, Path: () => W, Point: () => je, Polygon: () => Wo, Polyline: () => Ko, RadialGradient: () => zc, Rect: () => rt, Ring: () => Go, Sector: () => Ho, Text: () => ft, WH: () => Bm, XY: () => zm, applyTransform: () => Zc, calcZ2Range: () => cg, clipPointsByRect: () => eg, clipRectByRect: () => tg, createIcon: () => rg, decomposeTransform: () => pg, ensureCopyRect: () => ug, ensureCopyTransform: () => lg, expandOrShrinkRect: () => ag, extendPath: () => Ym, extendShape: () => Hm, getCurrentCanvasPainter: () => vg, getShapeClass: () => Wm, getTransform: () => jm, groupTransition: () => $m, initProps: () => ki, isBoundingRectAxisAligned: () => sg, isElementRemoved: () => rr, lineLineIntersect: () => jc, linePolygonIntersect: () => ng, makeImage: () => ns, makePath: () => Li, mergePath: () => Km, payloadDisableAnimation: () => fg, registerShape: () => mt, removeElement: () => jo, removeElementWithFadeOut: () => Yc, resizePath: () => Xc, retrieveZInfo: () => as, setTooltipConfig: () => og, subPixelOptimize: () => Zm, subPixelOptimizeLine: () => qm, subPixelOptimizeRect: () => Xm, transformDirection: () => Qm, traverseElements: () => is, traverseUpdateZ: () => os, updateProps: () => wn });
import { __extends as gc } from "tslib";
var Or = un.CMD, Jd = [[], [], []], vc = Math.sqrt, $d = Math.atan2;
function Uo(e, t) { if (t) {
    var r = e.data, n = e.len(), i, a, o, s, u, c, f = Or.M, l = Or.C, v = Or.L, p = Or.R, h = Or.A, m = Or.Q;
    for (o = 0, s = 0; o < n;) {
        switch (i = r[o++], s = o, a = 0, i) {
            case f:
                a = 1;
                break;
            case v:
                a = 1;
                break;
            case l:
                a = 3;
                break;
            case m:
                a = 2;
                break;
            case h:
                var d = t[4], g = t[5], y = vc(t[0] * t[0] + t[1] * t[1]), _ = vc(t[2] * t[2] + t[3] * t[3]), E = $d(-t[1] / _, t[0] / y);
                r[o] *= y, r[o++] += d, r[o] *= _, r[o++] += g, r[o++] *= y, r[o++] *= _, r[o++] += E, r[o++] += E, o += 2, s = o;
                break;
            case p: c[0] = r[o++], c[1] = r[o++], Tt(c, c, t), r[s++] = c[0], r[s++] = c[1], c[0] += r[o++], c[1] += r[o++], Tt(c, c, t), r[s++] = c[0], r[s++] = c[1];
        }
        for (u = 0; u < a; u++) {
            var x = Jd[u];
            x[0] = r[o++], x[1] = r[o++], Tt(x, x, t), r[s++] = x[0], r[s++] = x[1];
        }
    }
    e.increaseVersion();
} }
var Fo = Math.sqrt, bi = Math.sin, Mi = Math.cos, Tn = Math.PI;
function hc(e) { return Math.sqrt(e[0] * e[0] + e[1] * e[1]); }
function Vo(e, t) { return (e[0] * t[0] + e[1] * t[1]) / (hc(e) * hc(t)); }
function dc(e, t) { return (e[0] * t[1] < e[1] * t[0] ? -1 : 1) * Math.acos(Vo(e, t)); }
function mc(e, t, r, n, i, a, o, s, u, c, f) { var l = u * (Tn / 180), v = Mi(l) * (e - r) / 2 + bi(l) * (t - n) / 2, p = -1 * bi(l) * (e - r) / 2 + Mi(l) * (t - n) / 2, h = v * v / (o * o) + p * p / (s * s); h > 1 && (o *= Fo(h), s *= Fo(h)); var m = (i === a ? -1 : 1) * Fo((o * o * (s * s) - o * o * (p * p) - s * s * (v * v)) / (o * o * (p * p) + s * s * (v * v))) || 0, d = m * o * p / s, g = m * -s * v / o, y = (e + r) / 2 + Mi(l) * d - bi(l) * g, _ = (t + n) / 2 + bi(l) * d + Mi(l) * g, E = dc([1, 0], [(v - d) / o, (p - g) / s]), x = [(v - d) / o, (p - g) / s], T = [(-1 * v - d) / o, (-1 * p - g) / s], C = dc(x, T); if (Vo(x, T) <= -1 && (C = Tn), Vo(x, T) >= 1 && (C = 0), C < 0) {
    var w = Math.round(C / Tn * 1e6) / 1e6;
    C = Tn * 2 + w % 2 * Tn;
} f.addData(c, y, _, o, s, E, C, l, a); }
var em = /([mlvhzcqtsa])([^mlvhzcqtsa]*)/ig, tm = /-?([0-9]*\.)?[0-9]+([eE]-?[0-9]+)?/g;
function rm(e) { var t = new un; if (!e)
    return t; var r = 0, n = 0, i = r, a = n, o, s = un.CMD, u = e.match(em); if (!u)
    return t; for (var c = 0; c < u.length; c++) {
    for (var f = u[c], l = f.charAt(0), v = void 0, p = f.match(tm) || [], h = p.length, m = 0; m < h; m++)
        p[m] = parseFloat(p[m]);
    for (var d = 0; d < h;) {
        var g = void 0, y = void 0, _ = void 0, E = void 0, x = void 0, T = void 0, C = void 0, w = r, D = n, M = void 0, R = void 0;
        switch (l) {
            case "l":
                r += p[d++], n += p[d++], v = s.L, t.addData(v, r, n);
                break;
            case "L":
                r = p[d++], n = p[d++], v = s.L, t.addData(v, r, n);
                break;
            case "m":
                r += p[d++], n += p[d++], v = s.M, t.addData(v, r, n), i = r, a = n, l = "l";
                break;
            case "M":
                r = p[d++], n = p[d++], v = s.M, t.addData(v, r, n), i = r, a = n, l = "L";
                break;
            case "h":
                r += p[d++], v = s.L, t.addData(v, r, n);
                break;
            case "H":
                r = p[d++], v = s.L, t.addData(v, r, n);
                break;
            case "v":
                n += p[d++], v = s.L, t.addData(v, r, n);
                break;
            case "V":
                n = p[d++], v = s.L, t.addData(v, r, n);
                break;
            case "C":
                v = s.C, t.addData(v, p[d++], p[d++], p[d++], p[d++], p[d++], p[d++]), r = p[d - 2], n = p[d - 1];
                break;
            case "c":
                v = s.C, t.addData(v, p[d++] + r, p[d++] + n, p[d++] + r, p[d++] + n, p[d++] + r, p[d++] + n), r += p[d - 2], n += p[d - 1];
                break;
            case "S":
                g = r, y = n, M = t.len(), R = t.data, o === s.C && (g += r - R[M - 4], y += n - R[M - 3]), v = s.C, w = p[d++], D = p[d++], r = p[d++], n = p[d++], t.addData(v, g, y, w, D, r, n);
                break;
            case "s":
                g = r, y = n, M = t.len(), R = t.data, o === s.C && (g += r - R[M - 4], y += n - R[M - 3]), v = s.C, w = r + p[d++], D = n + p[d++], r += p[d++], n += p[d++], t.addData(v, g, y, w, D, r, n);
                break;
            case "Q":
                w = p[d++], D = p[d++], r = p[d++], n = p[d++], v = s.Q, t.addData(v, w, D, r, n);
                break;
            case "q":
                w = p[d++] + r, D = p[d++] + n, r += p[d++], n += p[d++], v = s.Q, t.addData(v, w, D, r, n);
                break;
            case "T":
                g = r, y = n, M = t.len(), R = t.data, o === s.Q && (g += r - R[M - 4], y += n - R[M - 3]), r = p[d++], n = p[d++], v = s.Q, t.addData(v, g, y, r, n);
                break;
            case "t":
                g = r, y = n, M = t.len(), R = t.data, o === s.Q && (g += r - R[M - 4], y += n - R[M - 3]), r += p[d++], n += p[d++], v = s.Q, t.addData(v, g, y, r, n);
                break;
            case "A":
                _ = p[d++], E = p[d++], x = p[d++], T = p[d++], C = p[d++], w = r, D = n, r = p[d++], n = p[d++], v = s.A, mc(w, D, r, n, T, C, _, E, x, v, t);
                break;
            case "a":
                _ = p[d++], E = p[d++], x = p[d++], T = p[d++], C = p[d++], w = r, D = n, r += p[d++], n += p[d++], v = s.A, mc(w, D, r, n, T, C, _, E, x, v, t);
                break;
        }
    }
    (l === "z" || l === "Z") && (v = s.Z, t.addData(v), r = i, n = a), o = v;
} return t.toStatic(), t; }
var yc = (function (e) { gc(t, e); function t() { return e !== null && e.apply(this, arguments) || this; } return t.prototype.applyTransform = function (r) { }, t; })(W);
function _c(e) { return e.setData != null; }
function Sc(e, t) { var r = rm(e), n = I({}, t); return n.buildPath = function (i) { var a = _c(i); if (a && i.canSave()) {
    i.appendPath(r);
    var o = i.getContext();
    o && i.rebuildPath(o, 1);
}
else {
    var o = a ? i.getContext() : i;
    o && r.rebuildPath(o, 1);
} }, n.applyTransform = function (i) { Uo(r, i), this.dirtyShape(); }, n; }
function xc(e, t) { return new yc(Sc(e, t)); }
function Ec(e, t) { var r = Sc(e, t), n = (function (i) { gc(a, i); function a(o) { var s = i.call(this, o) || this; return s.applyTransform = r.applyTransform, s.buildPath = r.buildPath, s; } return a; })(yc); return n; }
function Tc(e, t) { for (var r = [], n = e.length, i = 0; i < n; i++) {
    var a = e[i];
    r.push(a.getUpdatedPathProxy(!0));
} var o = new W(t); return o.createPathProxy(), o.buildPath = function (s) { if (_c(s)) {
    s.appendPath(r);
    var u = s.getContext();
    u && s.rebuildPath(u, 1);
} }, o; }
import { __extends as im } from "tslib";
var am = (function () { function e() { this.cx = 0, this.cy = 0, this.r = 0; } return e; })();
var Dc = (function (e) { im(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultShape = function () { return new am; }, t.prototype.buildPath = function (r, n) { r.moveTo(n.cx + n.r, n.cy), r.arc(n.cx, n.cy, n.r, 0, Math.PI * 2); }, t; })(W);
Dc.prototype.type = "circle";
var Dn = Dc;
import { __extends as om } from "tslib";
var sm = (function () { function e() { this.cx = 0, this.cy = 0, this.rx = 0, this.ry = 0; } return e; })();
var Cc = (function (e) { om(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultShape = function () { return new sm; }, t.prototype.buildPath = function (r, n) { var i = .5522848, a = n.cx, o = n.cy, s = n.rx, u = n.ry, c = s * i, f = u * i; r.moveTo(a - s, o), r.bezierCurveTo(a - s, o - f, a - c, o - u, a, o - u), r.bezierCurveTo(a + c, o - u, a + s, o - f, a + s, o), r.bezierCurveTo(a + s, o + f, a + c, o + u, a, o + u), r.bezierCurveTo(a - c, o + u, a - s, o + f, a - s, o), r.closePath(); }, t; })(W);
Cc.prototype.type = "ellipse";
var zo = Cc;
import { __extends as pm } from "tslib";
var Mc = Math.PI, Bo = Mc * 2, $t = Math.sin, Ir = Math.cos, um = Math.acos, Re = Math.atan2, bc = Math.abs, bn = Math.sqrt, Cn = Math.max, Et = Math.min, dt = 1e-4;
function lm(e, t, r, n, i, a, o, s) { var u = r - e, c = n - t, f = o - i, l = s - a, v = l * u - f * c; if (!(v * v < dt))
    return v = (f * (t - a) - l * (e - i)) / v, [e + v * u, t + v * c]; }
function Ni(e, t, r, n, i, a, o) { var s = e - r, u = t - n, c = (o ? a : -a) / bn(s * s + u * u), f = c * u, l = -c * s, v = e + f, p = t + l, h = r + f, m = n + l, d = (v + h) / 2, g = (p + m) / 2, y = h - v, _ = m - p, E = y * y + _ * _, x = i - a, T = v * m - h * p, C = (_ < 0 ? -1 : 1) * bn(Cn(0, x * x * E - T * T)), w = (T * _ - y * C) / E, D = (-T * y - _ * C) / E, M = (T * _ + y * C) / E, R = (-T * y + _ * C) / E, F = w - d, k = D - g, G = M - d, Y = R - g; return F * F + k * k > G * G + Y * Y && (w = M, D = R), { cx: w, cy: D, x0: -f, y0: -l, x1: w * (i / x - 1), y1: D * (i / x - 1) }; }
function cm(e) { var t; if (N(e)) {
    var r = e.length;
    if (!r)
        return e;
    r === 1 ? t = [e[0], e[0], 0, 0] : r === 2 ? t = [e[0], e[0], e[1], e[1]] : r === 3 ? t = e.concat(e[2]) : t = e;
}
else
    t = [e, e, e, e]; return t; }
function Nc(e, t) { var r, n = Cn(t.r, 0), i = Cn(t.r0 || 0, 0), a = n > 0, o = i > 0; if (!(!a && !o)) {
    if (a || (n = i, i = 0), i > n) {
        var s = n;
        n = i, i = s;
    }
    var u = t.startAngle, c = t.endAngle;
    if (!(isNaN(u) || isNaN(c))) {
        var f = t.cx, l = t.cy, v = !!t.clockwise, p = bc(c - u), h = p > Bo && p % Bo;
        if (h > dt && (p = h), !(n > dt))
            e.moveTo(f, l);
        else if (p > Bo - dt)
            e.moveTo(f + n * Ir(u), l + n * $t(u)), e.arc(f, l, n, u, c, !v), i > dt && (e.moveTo(f + i * Ir(c), l + i * $t(c)), e.arc(f, l, i, c, u, v));
        else {
            var m = void 0, d = void 0, g = void 0, y = void 0, _ = void 0, E = void 0, x = void 0, T = void 0, C = void 0, w = void 0, D = void 0, M = void 0, R = void 0, F = void 0, k = void 0, G = void 0, Y = n * Ir(u), U = n * $t(u), K = i * Ir(c), ae = i * $t(c), Z = p > dt;
            if (Z) {
                var ye = t.cornerRadius;
                ye && (r = cm(ye), m = r[0], d = r[1], g = r[2], y = r[3]);
                var pe = bc(n - i) / 2;
                if (_ = Et(pe, g), E = Et(pe, y), x = Et(pe, m), T = Et(pe, d), D = C = Cn(_, E), M = w = Cn(x, T), (C > dt || w > dt) && (R = n * Ir(c), F = n * $t(c), k = i * Ir(u), G = i * $t(u), p < Mc)) {
                    var _e = lm(Y, U, k, G, R, F, K, ae);
                    if (_e) {
                        var ut = Y - _e[0], ee = U - _e[1], se = R - _e[0], be = F - _e[1], Wt = 1 / $t(um((ut * se + ee * be) / (bn(ut * ut + ee * ee) * bn(se * se + be * be))) / 2), ti = bn(_e[0] * _e[0] + _e[1] * _e[1]);
                        D = Et(C, (n - ti) / (Wt + 1)), M = Et(w, (i - ti) / (Wt - 1));
                    }
                }
            }
            if (!Z)
                e.moveTo(f + Y, l + U);
            else if (D > dt) {
                var lt = Et(g, D), ct = Et(y, D), z = Ni(k, G, Y, U, n, lt, v), Q = Ni(R, F, K, ae, n, ct, v);
                e.moveTo(f + z.cx + z.x0, l + z.cy + z.y0), D < C && lt === ct ? e.arc(f + z.cx, l + z.cy, D, Re(z.y0, z.x0), Re(Q.y0, Q.x0), !v) : (lt > 0 && e.arc(f + z.cx, l + z.cy, lt, Re(z.y0, z.x0), Re(z.y1, z.x1), !v), e.arc(f, l, n, Re(z.cy + z.y1, z.cx + z.x1), Re(Q.cy + Q.y1, Q.cx + Q.x1), !v), ct > 0 && e.arc(f + Q.cx, l + Q.cy, ct, Re(Q.y1, Q.x1), Re(Q.y0, Q.x0), !v));
            }
            else
                e.moveTo(f + Y, l + U), e.arc(f, l, n, u, c, !v);
            if (!(i > dt) || !Z)
                e.lineTo(f + K, l + ae);
            else if (M > dt) {
                var lt = Et(m, M), ct = Et(d, M), z = Ni(K, ae, R, F, i, -ct, v), Q = Ni(Y, U, k, G, i, -lt, v);
                e.lineTo(f + z.cx + z.x0, l + z.cy + z.y0), M < w && lt === ct ? e.arc(f + z.cx, l + z.cy, M, Re(z.y0, z.x0), Re(Q.y0, Q.x0), !v) : (ct > 0 && e.arc(f + z.cx, l + z.cy, ct, Re(z.y0, z.x0), Re(z.y1, z.x1), !v), e.arc(f, l, i, Re(z.cy + z.y1, z.cx + z.x1), Re(Q.cy + Q.y1, Q.cx + Q.x1), v), lt > 0 && e.arc(f + Q.cx, l + Q.cy, lt, Re(Q.y1, Q.x1), Re(Q.y0, Q.x0), !v));
            }
            else
                e.lineTo(f + K, l + ae), e.arc(f, l, i, c, u, v);
        }
        e.closePath();
    }
} }
var vm = (function () { function e() { this.cx = 0, this.cy = 0, this.r0 = 0, this.r = 0, this.startAngle = 0, this.endAngle = Math.PI * 2, this.clockwise = !0, this.cornerRadius = 0; } return e; })();
var wc = (function (e) { pm(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultShape = function () { return new vm; }, t.prototype.buildPath = function (r, n) { Nc(r, n); }, t.prototype.isZeroArea = function () { return this.shape.startAngle === this.shape.endAngle || this.shape.r === this.shape.r0; }, t; })(W);
wc.prototype.type = "sector";
var Ho = wc;
import { __extends as hm } from "tslib";
var dm = (function () { function e() { this.cx = 0, this.cy = 0, this.r = 0, this.r0 = 0; } return e; })();
var Oc = (function (e) { hm(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultShape = function () { return new dm; }, t.prototype.buildPath = function (r, n) { var i = n.cx, a = n.cy, o = Math.PI * 2; r.moveTo(i + n.r, a), r.arc(i, a, n.r, 0, o, !1), r.moveTo(i + n.r0, a), r.arc(i, a, n.r0, 0, o, !0); }, t; })(W);
Oc.prototype.type = "ring";
var Go = Oc;
import { __extends as mm } from "tslib";
function Yo(e, t, r, n) { var i = [], a = [], o = [], s = [], u, c, f, l; if (n) {
    f = [1 / 0, 1 / 0], l = [-1 / 0, -1 / 0];
    for (var v = 0, p = e.length; v < p; v++)
        Xt(f, f, e[v]), Zt(l, l, e[v]);
    Xt(f, f, n[0]), Zt(l, l, n[1]);
} for (var v = 0, p = e.length; v < p; v++) {
    var h = e[v];
    if (r)
        u = e[v ? v - 1 : p - 1], c = e[(v + 1) % p];
    else if (v === 0 || v === p - 1) {
        i.push($u(e[v]));
        continue;
    }
    else
        u = e[v - 1], c = e[v + 1];
    el(a, c, u), ai(a, a, t);
    var m = $a(h, u), d = $a(h, c), g = m + d;
    g !== 0 && (m /= g, d /= g), ai(o, a, -m), ai(s, a, d);
    var y = Ja([], h, o), _ = Ja([], h, s);
    n && (Zt(y, y, f), Xt(y, y, l), Zt(_, _, f), Xt(_, _, l)), i.push(y), i.push(_);
} return r && i.push(i.shift()), i; }
function wi(e, t, r) { var n = t.smooth, i = t.points; if (i && i.length >= 2) {
    if (n) {
        var a = Yo(i, n, r, t.smoothConstraint);
        e.moveTo(i[0][0], i[0][1]);
        for (var o = i.length, s = 0; s < (r ? o : o - 1); s++) {
            var u = a[s * 2], c = a[s * 2 + 1], f = i[(s + 1) % o];
            e.bezierCurveTo(u[0], u[1], c[0], c[1], f[0], f[1]);
        }
    }
    else {
        e.moveTo(i[0][0], i[0][1]);
        for (var s = 1, l = i.length; s < l; s++)
            e.lineTo(i[s][0], i[s][1]);
    }
    r && e.closePath();
} }
var gm = (function () { function e() { this.points = null, this.smooth = 0, this.smoothConstraint = null; } return e; })();
var Ac = (function (e) { mm(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultShape = function () { return new gm; }, t.prototype.buildPath = function (r, n) { wi(r, n, !0); }, t; })(W);
Ac.prototype.type = "polygon";
var Wo = Ac;
import { __extends as ym } from "tslib";
var _m = (function () { function e() { this.points = null, this.percent = 1, this.smooth = 0, this.smoothConstraint = null; } return e; })();
var Rc = (function (e) { ym(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultStyle = function () { return { stroke: "#000", fill: null }; }, t.prototype.getDefaultShape = function () { return new _m; }, t.prototype.buildPath = function (r, n) { wi(r, n, !1); }, t; })(W);
Rc.prototype.type = "polyline";
var Ko = Rc;
import { __extends as Sm } from "tslib";
var xm = {}, Em = (function () { function e() { this.x1 = 0, this.y1 = 0, this.x2 = 0, this.y2 = 0, this.percent = 1; } return e; })();
var kc = (function (e) { Sm(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultStyle = function () { return { stroke: "#000", fill: null }; }, t.prototype.getDefaultShape = function () { return new Em; }, t.prototype.buildPath = function (r, n) { var i, a, o, s; if (this.subPixelOptimize) {
    var u = li(xm, n, this.style);
    i = u.x1, a = u.y1, o = u.x2, s = u.y2;
}
else
    i = n.x1, a = n.y1, o = n.x2, s = n.y2; var c = n.percent; c !== 0 && (r.moveTo(i, a), c < 1 && (o = i * (1 - c) + o * c, s = a * (1 - c) + s * c), r.lineTo(o, s)); }, t.prototype.pointAt = function (r) { var n = this.shape; return [n.x1 * (1 - r) + n.x2 * r, n.y1 * (1 - r) + n.y2 * r]; }, t; })(W);
kc.prototype.type = "line";
var Mn = kc;
import { __extends as Tm } from "tslib";
var We = [], Dm = (function () { function e() { this.x1 = 0, this.y1 = 0, this.x2 = 0, this.y2 = 0, this.cpx1 = 0, this.cpy1 = 0, this.percent = 1; } return e; })();
function Pc(e, t, r) { var n = e.cpx2, i = e.cpy2; return n != null || i != null ? [(r ? no : ro)(e.x1, e.cpx1, e.cpx2, e.x2, t), (r ? no : ro)(e.y1, e.cpy1, e.cpy2, e.y2, t)] : [(r ? oo : ao)(e.x1, e.cpx1, e.x2, t), (r ? oo : ao)(e.y1, e.cpy1, e.y2, t)]; }
var Uc = (function (e) { Tm(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultStyle = function () { return { stroke: "#000", fill: null }; }, t.prototype.getDefaultShape = function () { return new Dm; }, t.prototype.buildPath = function (r, n) { var i = n.x1, a = n.y1, o = n.x2, s = n.y2, u = n.cpx1, c = n.cpy1, f = n.cpx2, l = n.cpy2, v = n.percent; v !== 0 && (r.moveTo(i, a), f == null || l == null ? (v < 1 && (so(i, u, o, v, We), u = We[1], o = We[2], so(a, c, s, v, We), c = We[1], s = We[2]), r.quadraticCurveTo(u, c, o, s)) : (v < 1 && (io(i, u, f, o, v, We), u = We[1], f = We[2], o = We[3], io(a, c, l, s, v, We), c = We[1], l = We[2], s = We[3]), r.bezierCurveTo(u, c, f, l, o, s))); }, t.prototype.pointAt = function (r) { return Pc(this.shape, r, !1); }, t.prototype.tangentAt = function (r) { var n = Pc(this.shape, r, !0); return tl(n, n); }, t; })(W);
Uc.prototype.type = "bezier-curve";
var qo = Uc;
import { __extends as Cm } from "tslib";
var bm = (function () { function e() { this.cx = 0, this.cy = 0, this.r = 0, this.startAngle = 0, this.endAngle = Math.PI * 2, this.clockwise = !0; } return e; })();
var Fc = (function (e) { Cm(t, e); function t(r) { return e.call(this, r) || this; } return t.prototype.getDefaultStyle = function () { return { stroke: "#000", fill: null }; }, t.prototype.getDefaultShape = function () { return new bm; }, t.prototype.buildPath = function (r, n) { var i = n.cx, a = n.cy, o = Math.max(n.r, 0), s = n.startAngle, u = n.endAngle, c = n.clockwise, f = Math.cos(s), l = Math.sin(s); r.moveTo(f * o + i, l * o + a), r.arc(i, a, o, s, u, !c); }, t; })(W);
Fc.prototype.type = "arc";
var Nn = Fc;
import { __extends as Nm } from "tslib";
var Mm = (function () { function e(t) { this.colorStops = t || []; } return e.prototype.addColorStop = function (t, r) { this.colorStops.push({ offset: t, color: r }); }, e; })(), Oi = Mm;
var wm = (function (e) { Nm(t, e); function t(r, n, i, a, o, s) { var u = e.call(this, o) || this; return u.x = r ?? 0, u.y = n ?? 0, u.x2 = i ?? 1, u.y2 = a ?? 0, u.type = "linear", u.global = s || !1, u; } return t; })(Oi), Vc = wm;
import { __extends as Om } from "tslib";
var Im = (function (e) { Om(t, e); function t(r, n, i, a, o) { var s = e.call(this, a) || this; return s.x = r ?? .5, s.y = n ?? .5, s.r = i ?? .5, s.type = "radial", s.global = o || !1, s; } return t; })(Oi), zc = Im;
var Xo = Math.min, Am = Math.max, Ii = Math.abs, er = [0, 0], tr = [0, 0], De = rl(), Ai = De.minTv, Ri = De.maxTv, Rm = (function () { function e(t, r) { this._corners = [], this._axes = [], this._origin = [0, 0]; for (var n = 0; n < 4; n++)
    this._corners[n] = new je; for (var n = 0; n < 2; n++)
    this._axes[n] = new je; t && this.fromBoundingRect(t, r); } return e.prototype.fromBoundingRect = function (t, r) { var n = this._corners, i = this._axes, a = t.x, o = t.y, s = a + t.width, u = o + t.height; if (n[0].set(a, o), n[1].set(s, o), n[2].set(s, u), n[3].set(a, u), r)
    for (var c = 0; c < 4; c++)
        n[c].transform(r); je.sub(i[0], n[1], n[0]), je.sub(i[1], n[3], n[0]), i[0].normalize(), i[1].normalize(); for (var c = 0; c < 2; c++)
    this._origin[c] = i[c].dot(n[0]); }, e.prototype.intersect = function (t, r, n) { var i = !0, a = !r; return r && je.set(r, 0, 0), De.reset(n, !a), !this._intersectCheckOneSide(this, t, a, 1) && (i = !1, a) || !this._intersectCheckOneSide(t, this, a, -1) && (i = !1, a) || !a && !De.negativeSize && je.copy(r, i ? De.useDir ? De.dirMinTv : Ai : Ri), i; }, e.prototype._intersectCheckOneSide = function (t, r, n, i) { for (var a = !0, o = 0; o < 2; o++) {
    var s = t._axes[o];
    if (t._getProjMinMaxOnAxis(o, t._corners, er), t._getProjMinMaxOnAxis(o, r._corners, tr), De.negativeSize || er[1] < tr[0] || er[0] > tr[1]) {
        if (a = !1, De.negativeSize || n)
            return a;
        var u = Ii(tr[0] - er[1]), c = Ii(er[0] - tr[1]);
        Xo(u, c) > Ri.len() && (u < c ? je.scale(Ri, s, -u * i) : je.scale(Ri, s, c * i));
    }
    else if (!n) {
        var u = Ii(tr[0] - er[1]), c = Ii(er[0] - tr[1]);
        (De.useDir || Xo(u, c) < Ai.len()) && ((u < c || !De.bidirectional) && (je.scale(Ai, s, u * i), De.useDir && De.calcDirMTV()), (u >= c || !De.bidirectional) && (je.scale(Ai, s, -c * i), De.useDir && De.calcDirMTV()));
    }
} return a; }, e.prototype._getProjMinMaxOnAxis = function (t, r, n) { for (var i = this._axes[t], a = this._origin, o = r[0].dot(i) + a[t], s = o, u = o, c = 1; c < r.length; c++) {
    var f = r[c].dot(i) + a[t];
    s = Xo(f, s), u = Am(f, u);
} n[0] = s + De.touchThreshold, n[1] = u - De.touchThreshold, De.negativeSize = n[1] < n[0]; }, e; })(), Bc = Rm;
import { __extends as km } from "tslib";
var Pm = [], Lm = (function (e) { km(t, e); function t() { var r = e !== null && e.apply(this, arguments) || this; return r.notClear = !0, r.incremental = hl, r._displayables = [], r._temporaryDisplayables = [], r._cursor = 0, r; } return t.prototype.traverse = function (r, n) { r.call(n, this); }, t.prototype.useStyle = function () { this.style = {}; }, t.prototype._useHoverStyle = function () { this.__hoverStyle = null; }, t.prototype.getCursor = function () { return this._cursor; }, t.prototype.innerAfterBrush = function () { this._cursor = this._displayables.length; }, t.prototype.clearDisplaybles = function () { this._displayables = [], this._temporaryDisplayables = [], this._cursor = 0, this.markRedraw(), this.notClear = !1; }, t.prototype.clearTemporalDisplayables = function () { this._temporaryDisplayables = []; }, t.prototype.addDisplayable = function (r, n) { n ? this._temporaryDisplayables.push(r) : this._displayables.push(r), this.markRedraw(); }, t.prototype.addDisplayables = function (r, n) { n = n || !1; for (var i = 0; i < r.length; i++)
    this.addDisplayable(r[i], n); }, t.prototype.getDisplayables = function () { return this._displayables; }, t.prototype.getTemporalDisplayables = function () { return this._temporaryDisplayables; }, t.prototype.eachPendingDisplayable = function (r) { for (var n = this._cursor; n < this._displayables.length; n++)
    r && r(this._displayables[n]); for (var n = 0; n < this._temporaryDisplayables.length; n++)
    r && r(this._temporaryDisplayables[n]); }, t.prototype.update = function () { this.updateTransform(); for (var r = this._cursor; r < this._displayables.length; r++) {
    var n = this._displayables[r];
    n.parent = this, n.update(), n.parent = null;
} for (var r = 0; r < this._temporaryDisplayables.length; r++) {
    var n = this._temporaryDisplayables[r];
    n.parent = this, n.update(), n.parent = null;
} }, t.prototype.getBoundingRect = function () { if (!this._rect) {
    for (var r = new ze(1 / 0, 1 / 0, -1 / 0, -1 / 0), n = 0; n < this._displayables.length; n++) {
        var i = this._displayables[n], a = i.getBoundingRect().clone();
        i.needLocalTransform() && a.applyTransform(i.getLocalTransform(Pm)), r.union(a);
    }
    this._rect = r;
} return this._rect; }, t.prototype.contain = function (r, n) { var i = this.transformCoordToLocal(r, n), a = this.getBoundingRect(); if (a.contain(i[0], i[1]))
    for (var o = 0; o < this._displayables.length; o++) {
        var s = this._displayables[o];
        if (s.contain(r, n))
            return !0;
    } return !1; }, t; })(cl), Hc = Lm;
var Um = B();
function Fm(e, t, r, n, i) { var a; if (t && t.ecModel) {
    var o = t.ecModel.getUpdatePayload();
    a = o && o.animation;
} var s = t && t.isAnimationEnabled(), u = e === "update"; if (s) {
    var c = void 0, f = void 0, l = void 0;
    n ? (c = q(n.duration, 200), f = q(n.easing, "cubicOut"), l = 0) : (c = t.getShallow(u ? "animationDurationUpdate" : "animationDuration"), f = t.getShallow(u ? "animationEasingUpdate" : "animationEasing"), l = t.getShallow(u ? "animationDelayUpdate" : "animationDelay")), a && (a.duration != null && (c = a.duration), a.easing != null && (f = a.easing), a.delay != null && (l = a.delay)), V(l) && (l = l(r, i)), V(c) && (c = c(r));
    var v = { duration: c || 0, delay: l, easing: f };
    return v;
}
else
    return null; }
function Zo(e, t, r, n, i, a, o) { var s = !1, u; V(i) ? (o = a, a = i, i = null) : L(i) && (a = i.cb, o = i.during, s = i.isFrom, u = i.removeOpt, i = i.dataIndex); var c = e === "leave"; c || t.stopAnimation("leave"); var f = Fm(e, n, i, c ? u || {} : null, n && n.getAnimationDelayParams ? n.getAnimationDelayParams(t, i) : null); if (f && f.duration > 0) {
    var l = f.duration, v = f.delay, p = f.easing, h = { duration: l, delay: v || 0, easing: p, done: a, force: !!a || !!o, setToFinal: !c, scope: e, during: o };
    s ? t.animateFrom(r, h) : t.animateTo(r, h);
}
else
    t.stopAnimation(), !s && t.attr(r), o && o(1), a && a(); }
function wn(e, t, r, n, i, a) { Zo("update", e, t, r, n, i, a); }
function ki(e, t, r, n, i, a) { Zo("enter", e, t, r, n, i, a); }
function rr(e) { if (!e.__zr)
    return !0; for (var t = 0; t < e.animators.length; t++) {
    var r = e.animators[t];
    if (r.scope === "leave")
        return !0;
} return !1; }
function jo(e, t, r, n, i, a) { rr(e) || Zo("leave", e, t, r, n, i, a); }
function Gc(e, t, r, n) { e.removeTextContent(), e.removeTextGuideLine(), jo(e, { style: { opacity: 0 } }, t, r, n); }
function Yc(e, t, r) { function n() { e.parent && e.parent.remove(e); } e.isGroup ? e.traverse(function (i) { i.isGroup || Gc(i, t, r, n); }) : Gc(e, t, r, n); }
function tE(e) { Um(e).oldStyle = e.style; }
var Jo = {}, zm = ["x", "y"], Bm = ["width", "height"], es = 0, ts = 1, rs = 2;
function Hm(e) { return W.extend(e); }
var Gm = Ec;
function Ym(e, t) { return Gm(e, t); }
function mt(e, t) { Jo[e] = t; }
function Wm(e) { if (Jo.hasOwnProperty(e))
    return Jo[e]; }
function Li(e, t, r, n) { var i = xc(e, t); return r && (n === "center" && (r = qc(r, i.getBoundingRect())), Xc(i, r)), i; }
function ns(e, t, r) { var n = new Er({ style: { image: e, x: t.x, y: t.y, width: t.width, height: t.height }, onload: function (i) { if (r === "center") {
        var a = { width: i.width, height: i.height };
        n.setStyle(qc(t, a));
    } } }); return n; }
function qc(e, t) { var r = t.width / t.height, n = e.height * r, i; n <= e.width ? i = e.height : (n = e.width, i = n / r); var a = e.x + e.width / 2, o = e.y + e.height / 2; return { x: a - n / 2, y: o - i / 2, width: n, height: i }; }
var Km = Tc;
function Xc(e, t) { if (e.applyTransform) {
    var r = e.getBoundingRect(), n = r.calculateTransform(t);
    e.applyTransform(n);
} }
function qm(e, t) { return li(e, e, { lineWidth: t }), e; }
function Xm(e, t) { return fl(e, e, t), e; }
var Zm = pl;
function jm(e, t) { for (var r = on([]); e && e !== t;)
    oi(r, e.getLocalTransform(), r), e = e.parent; return r; }
function Zc(e, t, r) { return t && !It(t) && (t = lo.getLocalTransform(t)), r && (t = si([], t)), Tt([], e, t); }
function Qm(e, t, r) { var n = t[4] === 0 || t[5] === 0 || t[0] === 0 ? 1 : Ee(2 * t[4] / t[0]), i = t[4] === 0 || t[5] === 0 || t[2] === 0 ? 1 : Ee(2 * t[4] / t[2]), a = [e === "left" ? -n : e === "right" ? n : 0, e === "top" ? -i : e === "bottom" ? i : 0]; return a = Zc(a, t, r), Ee(a[0]) > Ee(a[1]) ? a[0] > 0 ? "right" : "left" : a[1] > 0 ? "bottom" : "top"; }
function Wc(e) { return !e.isGroup; }
function Jm(e) { return e.shape != null; }
function $m(e, t, r) { if (!e || !t)
    return; function n(o) { var s = {}; return o.traverse(function (u) { Wc(u) && u.anid && (s[u.anid] = u); }), s; } function i(o) { var s = { x: o.x, y: o.y, rotation: o.rotation }; return Jm(o) && (s.shape = H(o.shape)), s; } var a = n(e); t.traverse(function (o) { if (Wc(o) && o.anid) {
    var s = a[o.anid];
    if (s) {
        var u = i(o);
        o.attr(i(s)), wn(o, u, r, Me(o).dataIndex);
    }
} }); }
function eg(e, t) { return P(e, function (r) { var n = r[0]; n = j(n, t.x), n = Fe(n, t.x + t.width); var i = r[1]; return i = j(i, t.y), i = Fe(i, t.y + t.height), [n, i]; }); }
function tg(e, t) { var r = j(e.x, t.x), n = Fe(e.x + e.width, t.x + t.width), i = j(e.y, t.y), a = Fe(e.y + e.height, t.y + t.height); if (n >= r && a >= i)
    return { x: r, y: i, width: n - r, height: a - i }; }
function rg(e, t, r) { var n = I({ rectHover: !0 }, t), i = n.style = { strokeNoScale: !0 }; if (r = r || { x: -1, y: -1, width: 2, height: 2 }, e)
    return e.indexOf("image://") === 0 ? (i.image = e.slice(8), Se(i, r), new Er(n)) : Li(e.replace("path://", ""), n, r, "center"); }
function ng(e, t, r, n, i) { for (var a = 0, o = i[i.length - 1]; a < i.length; a++) {
    var s = i[a];
    if (jc(e, t, r, n, s[0], s[1], o[0], o[1]))
        return !0;
    o = s;
} }
function jc(e, t, r, n, i, a, o, s) { var u = r - e, c = n - t, f = o - i, l = s - a, v = Qo(f, l, u, c); if (ig(v))
    return !1; var p = e - i, h = t - a, m = Qo(p, h, u, c) / v; if (m < 0 || m > 1)
    return !1; var d = Qo(p, h, f, l) / v; return !(d < 0 || d > 1); }
function Qo(e, t, r, n) { return e * n - r * t; }
function ig(e) { return e <= 1e-6 && e >= -1e-6; }
function ag(e, t, r, n, i) { return t == null || (X(t) ? $[0] = $[1] = $[2] = $[3] = t : ($[0] = t[0], $[1] = t[1], $[2] = t[2], $[3] = t[3]), n && ($[0] = j(0, $[0]), $[1] = j(0, $[1]), $[2] = j(0, $[2]), $[3] = j(0, $[3])), r && ($[0] = -$[0], $[1] = -$[1], $[2] = -$[2], $[3] = -$[3]), Kc(e, $, "x", "width", 3, 1, i && i[0] || 0), Kc(e, $, "y", "height", 0, 2, i && i[1] || 0)), e; }
var $ = [0, 0, 0, 0];
function Kc(e, t, r, n, i, a, o) { var s = t[a] + t[i], u = e[n]; e[n] += s, o = j(0, Fe(o, u)), e[n] < o ? (e[n] = o, e[r] += t[i] >= 0 ? -t[i] : t[a] >= 0 ? u + t[a] : Ee(s) > 1e-8 ? (u - o) * t[i] / s : 0) : e[r] -= t[i]; }
function og(e) { var t = e.itemTooltipOption, r = e.componentModel, n = e.itemName, i = A(t) ? { formatter: t } : t, a = r.mainType, o = r.componentIndex, s = { componentType: a, name: n, $vars: ["name"] }; s[a + "Index"] = o; var u = e.formatterParamsExtra; u && S(ve(u), function (f) { ue(s, f) || (s[f] = u[f], s.$vars.push(f)); }); var c = Me(e.el); c.componentMainType = a, c.componentIndex = o, c.tooltipConfig = { name: n, option: Se({ content: n, encodeHTMLContent: !0, formatterParams: s }, i) }; }
function $o(e, t) { var r; e.isGroup && (r = t(e)), r || e.traverse(t); }
function is(e, t) { if (e)
    if (N(e))
        for (var r = 0; r < e.length; r++)
            $o(e[r], t);
    else
        $o(e, t); }
function sg(e) { return !e || Ee(e[1]) < Pi && Ee(e[2]) < Pi || Ee(e[0]) < Pi && Ee(e[3]) < Pi; }
var Pi = 1e-5;
function ug(e, t) { return e ? ze.copy(e, t) : t.clone(); }
function lg(e, t) { return t ? to(e || eo(), t) : void 0; }
function as(e) { return { z: e.get("z") || 0, zlevel: e.get("zlevel") || 0 }; }
function cg(e) { var t = -1 / 0, r = 1 / 0; $o(e, function (a) { n(a), n(a.getTextContent()), n(a.getTextGuideLine()); }); function n(a) { if (!(!a || a.isGroup)) {
    var o = a.currentStates;
    if (o.length)
        for (var s = 0; s < o.length; s++)
            i(a.states[o[s]]);
    i(a);
} } function i(a) { if (a) {
    var o = a.z2;
    o > t && (t = o), o < r && (r = o);
} } return r > t && (r = t = 0), { min: r, max: t }; }
function os(e, t, r) { Qc(e, t, r, -1 / 0); }
function Qc(e, t, r, n) { if (e.ignoreModelZ)
    return n; var i = e.getTextContent(), a = e.getTextGuideLine(), o = e.isGroup; if (o)
    for (var s = e.childrenRef(), u = 0; u < s.length; u++)
        n = j(Qc(s[u], t, r, n), n);
else
    e.z = t, e.zlevel = r, n = j(e.z2 || 0, n); if (i && (i.z = t, i.zlevel = r, isFinite(n) && (i.z2 = n + 2)), a) {
    var c = e.textGuideLineConfig;
    a.z = t, a.zlevel = r, isFinite(n) && (a.z2 = n + (c && c.showAbove ? 1 : -1));
} return n; }
function fg(e) { return e.animation = { duration: 0 }, e; }
function pg(e, t) { return t ? to(On.transform, t) : on(On.transform), On.decomposeTransform(), il(e, On), e; }
var On = new lo;
On.transform = eo();
function vg(e) { var t = e.getZr().painter; return t.getType() === "canvas" ? t : null; }
mt("circle", Dn);
mt("ellipse", zo);
mt("sector", Ho);
mt("ring", Go);
mt("polygon", Wo);
mt("polyline", Ko);
mt("rect", rt);
mt("line", Mn);
mt("bezierCurve", qo);
mt("arc", Nn);
var Fi = {};
function of(e, t) { for (var r = 0; r < bt.length; r++) {
    var n = bt[r], i = t[n], a = e.ensureState(n);
    a.style = a.style || {}, a.style.text = i;
} var o = e.currentStates.slice(); e.clearStates(!0), e.setStyle({ text: t.normal }), e.useStates(o, !0); }
function ss(e, t, r) { var n = e.labelFetcher, i = e.labelDataIndex, a = e.labelDimIndex, o = t.normal, s; n && (s = n.getFormattedLabel(i, "normal", null, a, o && o.get("formatter"), r != null ? { interpolatedValue: r } : null)), s == null && (s = V(e.defaultText) ? e.defaultText(i, e, r) : e.defaultText); for (var u = { normal: s }, c = 0; c < bt.length; c++) {
    var f = bt[c], l = t[f];
    u[f] = q(n ? n.getFormattedLabel(i, f, null, a, l && l.get("formatter")) : null, s);
} return u; }
function LE(e, t, r, n) { r = r || Fi; for (var i = e instanceof ft, a = !1, o = 0; o < wo.length; o++) {
    var s = t[wo[o]];
    if (s && s.getShallow("show")) {
        a = !0;
        break;
    }
} var u = i ? e : e.getTextContent(); if (a) {
    i || (u || (u = new ft, e.setTextContent(u)), e.stateProxy && (u.stateProxy = e.stateProxy));
    var c = ss(r, t), f = t.normal, l = !!f.getShallow("show"), v = Jc(f, n && n.normal, r, !1, !i);
    v.text = c.normal, i || e.setTextConfig($c(f, r, !1));
    for (var o = 0; o < bt.length; o++) {
        var p = bt[o], s = t[p];
        if (s) {
            var h = u.ensureState(p), m = !!q(s.getShallow("show"), l);
            if (m !== l && (h.ignore = !m), h.style = Jc(s, n && n[p], r, !0, !i), h.style.text = c[p], !i) {
                var d = e.ensureState(p);
                d.textConfig = $c(s, r, !0);
            }
        }
    }
    u.silent = !!f.getShallow("silent"), u.style.x != null && (v.x = u.style.x), u.style.y != null && (v.y = u.style.y), u.ignore = !l, u.useStyle(v), u.dirty(), r.enableTextSetter && (us(u).setLabelText = function (g) { var y = ss(r, t, g); of(u, y); });
}
else
    u && (u.ignore = !0); e.dirty(); }
function UE(e, t) { t = t || "label"; for (var r = { normal: e.getModel(t) }, n = 0; n < bt.length; n++) {
    var i = bt[n];
    r[i] = e.getModel([i, t]);
} return r; }
function Jc(e, t, r, n, i) { var a = {}; return hg(a, e, r, n, i), t && I(a, t), a; }
function $c(e, t, r) { t = t || {}; var n = {}, i, a = e.getShallow("rotate"), o = q(e.getShallow("distance"), r ? null : 5), s = e.getShallow("offset"); return i = e.getShallow("position") || (r ? null : "inside"), i === "outside" && (i = t.defaultOutsidePosition || "top"), i != null && (n.position = i), s != null && (n.offset = s), a != null && (a *= Math.PI / 180, n.rotation = a), o != null && (n.distance = o), n.outsideFill = e.get("color") === "inherit" ? t.inheritColor || null : "auto", t.autoOverflowArea != null && (n.autoOverflowArea = t.autoOverflowArea), t.layoutRect != null && (n.layoutRect = t.layoutRect), n; }
function hg(e, t, r, n, i) { r = r || Fi; var a = t.ecModel, o = a && a.option.textStyle, s = dg(t), u; if (s) {
    u = {};
    var c = "richInheritPlainLabel", f = q(t.get(c), a ? a.get(c) : void 0);
    for (var l in s)
        if (s.hasOwnProperty(l)) {
            var v = t.getModel(["rich", l]);
            nf(u[l] = {}, v, o, t, f, r, n, i, !1, !0);
        }
} u && (e.rich = u); var p = t.get("overflow"); p && (e.overflow = p); var h = t.get("lineOverflow"); h && (e.lineOverflow = h); var m = e, d = t.get("minMargin"); if (d != null)
    d = X(d) ? d / 2 : 0, m.margin = [d, d, d, d], m.__marginType = af.minMargin;
else {
    var g = t.get("textMargin");
    g != null && (m.margin = ii(g), m.__marginType = af.textMargin);
} nf(e, t, o, null, null, r, n, i, !0, !1); }
function dg(e) { for (var t; e && e !== e.ecModel;) {
    var r = (e.option || Fi).rich;
    if (r) {
        t = t || {};
        for (var n = ve(r), i = 0; i < n.length; i++) {
            var a = n[i];
            t[a] = 1;
        }
    }
    e = e.parentModel;
} return t; }
var ef = ["fontStyle", "fontWeight", "fontSize", "fontFamily", "textShadowColor", "textShadowBlur", "textShadowOffsetX", "textShadowOffsetY"], tf = ["align", "lineHeight", "width", "height", "tag", "verticalAlign", "ellipsis"], rf = ["padding", "borderWidth", "borderRadius", "borderDashOffset", "backgroundColor", "borderColor", "shadowColor", "shadowBlur", "shadowOffsetX", "shadowOffsetY"];
function nf(e, t, r, n, i, a, o, s, u, c) { r = !o && r || Fi; var f = a && a.inheritColor, l = t.getShallow("color"), v = t.getShallow("textBorderColor"), p = q(t.getShallow("opacity"), r.opacity); (l === "inherit" || l === "auto") && (f ? l = f : l = null), (v === "inherit" || v === "auto") && (f ? v = f : v = null), s || (l = l || r.color, v = v || r.textBorderColor), l != null && (e.fill = l), v != null && (e.stroke = v); var h = q(t.getShallow("textBorderWidth"), r.textBorderWidth); h != null && (e.lineWidth = h); var m = q(t.getShallow("textBorderType"), r.textBorderType); m != null && (e.lineDash = m); var d = q(t.getShallow("textBorderDashOffset"), r.textBorderDashOffset); d != null && (e.lineDashOffset = d), !o && p == null && !c && (p = a && a.defaultOpacity), p != null && (e.opacity = p), !o && !s && e.fill == null && a.inheritColor && (e.fill = a.inheritColor); for (var g = 0; g < ef.length; g++) {
    var y = ef[g], _ = i !== !1 && n ? ju(t.getShallow(y), n.getShallow(y), r[y]) : q(t.getShallow(y), r[y]);
    _ != null && (e[y] = _);
} for (var g = 0; g < tf.length; g++) {
    var y = tf[g], _ = t.getShallow(y);
    _ != null && (e[y] = _);
} if (e.verticalAlign == null) {
    var E = t.getShallow("baseline");
    E != null && (e.verticalAlign = E);
} if (!u || !a.disableBox) {
    for (var g = 0; g < rf.length; g++) {
        var y = rf[g], _ = t.getShallow(y);
        _ != null && (e[y] = _);
    }
    var x = t.getShallow("borderType");
    x != null && (e.borderDash = x), (e.backgroundColor === "auto" || e.backgroundColor === "inherit") && f && (e.backgroundColor = f), (e.borderColor === "auto" || e.borderColor === "inherit") && f && (e.borderColor = f);
} }
function sf(e, t) { var r = t && t.getModel("textStyle"); return At([e.fontStyle || r && r.getShallow("fontStyle") || "", e.fontWeight || r && r.getShallow("fontWeight") || "", (e.fontSize || r && r.getShallow("fontSize") || 12) + "px", e.fontFamily || r && r.getShallow("fontFamily") || "sans-serif"].join(" ")); }
var us = B();
function FE(e, t, r, n) { if (e) {
    var i = us(e);
    i.prevValue = i.value, i.value = r;
    var a = t.normal;
    i.valueAnimation = a.get("valueAnimation"), i.valueAnimation && (i.precision = a.get("precision"), i.defaultInterpolatedText = n, i.statesModels = t);
} }
function VE(e, t, r, n, i) { var a = us(e); if (!a.valueAnimation || a.prevValue === a.value)
    return; var o = a.defaultInterpolatedText, s = q(a.interpolatedValue, a.prevValue), u = a.value; function c(f) { var l = Ll(r, a.precision, s, u, f); a.interpolatedValue = f === 1 ? null : l; var v = ss({ labelDataIndex: t, labelFetcher: i, defaultText: o ? o(l) : l + "" }, a.statesModels, l); of(e, v); } e.percent = 0, (a.prevValue == null ? ki : wn)(e, { percent: 1 }, n, t, null, c); }
var af = { minMargin: 1, textMargin: 2 };
var mg = ["textStyle", "color"], ls = ["fontStyle", "fontWeight", "fontSize", "fontFamily", "padding", "lineHeight", "rich", "width", "height", "overflow"], cs = new ft, gg = (function () { function e() { } return e.prototype.getTextColor = function (t) { var r = this.ecModel; return this.getShallow("color") || (!t && r ? r.get(mg) : null); }, e.prototype.getFont = function () { return sf({ fontStyle: this.getShallow("fontStyle"), fontWeight: this.getShallow("fontWeight"), fontSize: this.getShallow("fontSize"), fontFamily: this.getShallow("fontFamily") }, this.ecModel); }, e.prototype.getTextRect = function (t) { for (var r = { text: t, verticalAlign: this.getShallow("verticalAlign") || this.getShallow("baseline") }, n = 0; n < ls.length; n++)
    r[ls[n]] = this.getShallow(ls[n]); return cs.useStyle(r), cs.update(), cs.getBoundingRect(); }, e; })(), uf = gg;
var fs = [["lineWidth", "width"], ["stroke", "color"], ["opacity"], ["shadowBlur"], ["shadowOffsetX"], ["shadowOffsetY"], ["shadowColor"], ["lineDash", "type"], ["lineDashOffset", "dashOffset"], ["lineCap", "cap"], ["lineJoin", "join"], ["miterLimit"]], yg = _t(fs), lf = (function () { function e() { } return e.prototype.getLineStyle = function (t) { return yg(this, t); }, e; })();
var ps = [["fill", "color"], ["stroke", "borderColor"], ["lineWidth", "borderWidth"], ["opacity"], ["shadowBlur"], ["shadowOffsetX"], ["shadowOffsetY"], ["shadowColor"], ["lineDash", "borderType"], ["lineDashOffset", "borderDashOffset"], ["lineCap", "borderCap"], ["lineJoin", "borderJoin"], ["miterLimit", "borderMiterLimit"]], _g = _t(ps), cf = (function () { function e() { } return e.prototype.getItemStyle = function (t, r) { return _g(this, t, r); }, e; })();
var nr = (function () { function e(t, r, n) { this.parentModel = r, this.ecModel = n, this.option = t; } return e.prototype.init = function (t, r, n) { for (var i = [], a = 3; a < arguments.length; a++)
    i[a - 3] = arguments[a]; }, e.prototype.mergeOption = function (t, r) { te(this.option, t, !0); }, e.prototype.get = function (t, r) { return t == null ? this.option : this._doGet(this.parsePath(t), !r && this.parentModel); }, e.prototype.getShallow = function (t, r) { var n = this.option, i = n == null ? n : n[t]; if (i == null && !r) {
    var a = this.parentModel;
    a && (i = a.getShallow(t));
} return i; }, e.prototype.getModel = function (t, r) { var n = t != null, i = n ? this.parsePath(t) : null, a = n ? this._doGet(i) : this.option; return r = r || this.parentModel && this.parentModel.getModel(this.resolveParentPath(i)), new e(a, r, this.ecModel); }, e.prototype.isEmpty = function () { return this.option == null; }, e.prototype.restoreData = function () { }, e.prototype.clone = function () { var t = this.constructor; return new t(H(this.option)); }, e.prototype.parsePath = function (t) { return typeof t == "string" ? t.split(".") : t; }, e.prototype.resolveParentPath = function (t) { return t; }, e.prototype.isAnimationEnabled = function () { if (!Ze.node && this.option) {
    if (this.option.animation != null)
        return !!this.option.animation;
    if (this.parentModel)
        return this.parentModel.isAnimationEnabled();
} }, e.prototype._doGet = function (t, r) { var n = this.option; if (!t)
    return n; for (var i = 0; i < t.length && !(t[i] && (n = n && typeof n == "object" ? n[t[i]] : null, n == null)); i++)
    ; return n == null && r && (n = r._doGet(this.resolveParentPath(t), r.parentModel)), n; }, e; })();
Tr(nr);
yl(nr);
yt(nr, lf);
yt(nr, cf);
yt(nr, _l);
yt(nr, uf);
var ke = nr;
var ff = { time: { month: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], monthAbbr: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], dayOfWeek: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], dayOfWeekAbbr: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] }, legend: { selector: { all: "All", inverse: "Inv" } }, toolbox: { brush: { title: { rect: "Box Select", polygon: "Lasso Select", lineX: "Horizontally Select", lineY: "Vertically Select", keep: "Keep Selections", clear: "Clear Selections" } }, dataView: { title: "Data View", lang: ["Data View", "Close", "Refresh"] }, dataZoom: { title: { zoom: "Zoom", back: "Zoom Reset" } }, magicType: { title: { line: "Switch to Line Chart", bar: "Switch to Bar Chart", stack: "Stack", tiled: "Tile" } }, restore: { title: "Restore" }, saveAsImage: { title: "Save as Image", lang: ["Right Click to Save Image"] } }, series: { typeNames: { pie: "Pie chart", bar: "Bar chart", line: "Line chart", scatter: "Scatter plot", effectScatter: "Ripple scatter plot", radar: "Radar chart", tree: "Tree", treemap: "Treemap", boxplot: "Boxplot", candlestick: "Candlestick", k: "K line chart", heatmap: "Heat map", map: "Map", parallel: "Parallel coordinate map", lines: "Line graph", graph: "Relationship graph", sankey: "Sankey diagram", funnel: "Funnel chart", gauge: "Gauge", pictorialBar: "Pictorial bar", themeRiver: "Theme River Map", sunburst: "Sunburst", custom: "Custom chart", chart: "Chart" } }, aria: { general: { withTitle: 'This is a chart about "{title}"', withoutTitle: "This is a chart" }, series: { single: { prefix: "", withName: " with type {seriesType} named {seriesName}.", withoutName: " with type {seriesType}." }, multiple: { prefix: ". It consists of {seriesCount} series count.", withName: " The {seriesId} series is a {seriesType} representing {seriesName}.", withoutName: " The {seriesId} series is a {seriesType}.", separator: { middle: "", end: "" } } }, data: { allData: "The data is as follows: ", partialData: "The first {displayCnt} items are: ", withName: "the data for {name} is {value}", withoutName: "{value}", separator: { middle: ", ", end: ". " } } } };
var pf = { time: { month: ["\u4E00\u6708", "\u4E8C\u6708", "\u4E09\u6708", "\u56DB\u6708", "\u4E94\u6708", "\u516D\u6708", "\u4E03\u6708", "\u516B\u6708", "\u4E5D\u6708", "\u5341\u6708", "\u5341\u4E00\u6708", "\u5341\u4E8C\u6708"], monthAbbr: ["1\u6708", "2\u6708", "3\u6708", "4\u6708", "5\u6708", "6\u6708", "7\u6708", "8\u6708", "9\u6708", "10\u6708", "11\u6708", "12\u6708"], dayOfWeek: ["\u661F\u671F\u65E5", "\u661F\u671F\u4E00", "\u661F\u671F\u4E8C", "\u661F\u671F\u4E09", "\u661F\u671F\u56DB", "\u661F\u671F\u4E94", "\u661F\u671F\u516D"], dayOfWeekAbbr: ["\u65E5", "\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94", "\u516D"] }, legend: { selector: { all: "\u5168\u9009", inverse: "\u53CD\u9009" } }, toolbox: { brush: { title: { rect: "\u77E9\u5F62\u9009\u62E9", polygon: "\u5708\u9009", lineX: "\u6A2A\u5411\u9009\u62E9", lineY: "\u7EB5\u5411\u9009\u62E9", keep: "\u4FDD\u6301\u9009\u62E9", clear: "\u6E05\u9664\u9009\u62E9" } }, dataView: { title: "\u6570\u636E\u89C6\u56FE", lang: ["\u6570\u636E\u89C6\u56FE", "\u5173\u95ED", "\u5237\u65B0"] }, dataZoom: { title: { zoom: "\u533A\u57DF\u7F29\u653E", back: "\u533A\u57DF\u7F29\u653E\u8FD8\u539F" } }, magicType: { title: { line: "\u5207\u6362\u4E3A\u6298\u7EBF\u56FE", bar: "\u5207\u6362\u4E3A\u67F1\u72B6\u56FE", stack: "\u5207\u6362\u4E3A\u5806\u53E0", tiled: "\u5207\u6362\u4E3A\u5E73\u94FA" } }, restore: { title: "\u8FD8\u539F" }, saveAsImage: { title: "\u4FDD\u5B58\u4E3A\u56FE\u7247", lang: ["\u53F3\u952E\u53E6\u5B58\u4E3A\u56FE\u7247"] } }, series: { typeNames: { pie: "\u997C\u56FE", bar: "\u67F1\u72B6\u56FE", line: "\u6298\u7EBF\u56FE", scatter: "\u6563\u70B9\u56FE", effectScatter: "\u6D9F\u6F2A\u6563\u70B9\u56FE", radar: "\u96F7\u8FBE\u56FE", tree: "\u6811\u56FE", treemap: "\u77E9\u5F62\u6811\u56FE", boxplot: "\u7BB1\u578B\u56FE", candlestick: "K\u7EBF\u56FE", k: "K\u7EBF\u56FE", heatmap: "\u70ED\u529B\u56FE", map: "\u5730\u56FE", parallel: "\u5E73\u884C\u5750\u6807\u56FE", lines: "\u7EBF\u56FE", graph: "\u5173\u7CFB\u56FE", sankey: "\u6851\u57FA\u56FE", funnel: "\u6F0F\u6597\u56FE", gauge: "\u4EEA\u8868\u76D8\u56FE", pictorialBar: "\u8C61\u5F62\u67F1\u56FE", themeRiver: "\u4E3B\u9898\u6CB3\u6D41\u56FE", sunburst: "\u65ED\u65E5\u56FE", custom: "\u81EA\u5B9A\u4E49\u56FE\u8868", chart: "\u56FE\u8868" } }, aria: { general: { withTitle: "\u8FD9\u662F\u4E00\u4E2A\u5173\u4E8E\u201C{title}\u201D\u7684\u56FE\u8868\u3002", withoutTitle: "\u8FD9\u662F\u4E00\u4E2A\u56FE\u8868\uFF0C" }, series: { single: { prefix: "", withName: "\u56FE\u8868\u7C7B\u578B\u662F{seriesType}\uFF0C\u8868\u793A{seriesName}\u3002", withoutName: "\u56FE\u8868\u7C7B\u578B\u662F{seriesType}\u3002" }, multiple: { prefix: "\u5B83\u7531{seriesCount}\u4E2A\u56FE\u8868\u7CFB\u5217\u7EC4\u6210\u3002", withName: "\u7B2C{seriesId}\u4E2A\u7CFB\u5217\u662F\u4E00\u4E2A\u8868\u793A{seriesName}\u7684{seriesType}\uFF0C", withoutName: "\u7B2C{seriesId}\u4E2A\u7CFB\u5217\u662F\u4E00\u4E2A{seriesType}\uFF0C", separator: { middle: "\uFF1B", end: "\u3002" } } }, data: { allData: "\u5176\u6570\u636E\u662F\u2014\u2014", partialData: "\u5176\u4E2D\uFF0C\u524D{displayCnt}\u9879\u662F\u2014\u2014", withName: "{name}\u7684\u6570\u636E\u662F{value}", withoutName: "{value}", separator: { middle: "\uFF0C", end: "" } } } };
var zi = "ZH", vs = "EN", Ar = vs, Vi = {}, hs = {}, Bi = Ze.domSupported ? (function () { var e = (document.documentElement.lang || navigator.language || navigator.browserLanguage || Ar).toUpperCase(); return e.indexOf(zi) > -1 ? zi : Ar; })() : Ar;
function ds(e, t) { e = e.toUpperCase(), hs[e] = new ke(t), Vi[e] = t; }
function vf(e) { if (A(e)) {
    var t = Vi[e.toUpperCase()] || {};
    return e === zi || e === vs ? H(t) : te(H(t), H(Vi[Ar]), !1);
}
else
    return te(H(e), H(Vi[Ar]), !1); }
function hf(e) { return hs[e]; }
function df() { return hs[Ar]; }
ds(vs, ff);
ds(zi, pf);
import { __extends as Ug } from "tslib";
var Sg = Math.round(Math.random() * 10);
function Ft(e) { return [e || "", Sg++].join("_"); }
function mf(e) { var t = {}; e.registerSubTypeDefaulter = function (r, n) { var i = Be(r); t[i.main] = n; }, e.determineSubType = function (r, n) { var i = n.type; if (!i) {
    var a = Be(r).main;
    e.hasSubTypes(r) && t[a] && (i = t[a](n));
} return i; }; }
function gf(e, t) { e.topologicalTravel = function (a, o, s, u) { if (!a.length)
    return; var c = r(o), f = c.graph, l = c.noEntryList, v = {}; for (S(a, function (y) { v[y] = !0; }); l.length;) {
    var p = l.pop(), h = f[p], m = !!v[p];
    m && (s.call(u, p, h.originalDeps.slice()), delete v[p]), S(h.successor, m ? g : d);
} S(v, function () { var y = ""; throw new Error(y); }); function d(y) { f[y].entryCount--, f[y].entryCount === 0 && l.push(y); } function g(y) { v[y] = !0, d(y); } }; function r(a) { var o = {}, s = []; return S(a, function (u) { var c = n(o, u), f = c.originalDeps = t(u), l = i(f, a); c.entryCount = l.length, c.entryCount === 0 && s.push(u), S(l, function (v) { re(c.predecessor, v) < 0 && c.predecessor.push(v); var p = n(o, v); re(p.successor, v) < 0 && p.successor.push(u); }); }), { graph: o, noEntryList: s }; } function n(a, o) { return a[o] || (a[o] = { predecessor: [], successor: [] }), a[o]; } function i(a, o) { var s = []; return S(a, function (u) { re(o, u) >= 0 && s.push(u); }), s; } }
function fT(e, t) { return te(te({}, e, !0), t, !0); }
var xg = null;
function le() { return xg; }
function Hi(e, t) { var r = le(), n = t.breakOption, i = t.breakParsed; return !i && r && (i = r.parseAxisBreakOption(n, e)), i; }
function ir(e) { var t = e.brk; return t ? t.breaks : []; }
function pT(e) { var t = e.brk; return t ? t.hasBreaks() : !1; }
var Wi = 1e3, Ki = Wi * 60, Rr = Ki * 60, $e = Rr * 24, gs = $e * 365, Eg = { year: /({yyyy}|{yy})/, month: /({MMMM}|{MMM}|{MM}|{M})/, day: /({dd}|{d})/, hour: /({HH}|{H}|{hh}|{h})/, minute: /({mm}|{m})/, second: /({ss}|{s})/, millisecond: /({SSS}|{S})/ }, Yi = { year: "{yyyy}", month: "{MMM}", day: "{d}", hour: "{HH}:{mm}", minute: "{HH}:{mm}", second: "{HH}:{mm}:{ss}", millisecond: "{HH}:{mm}:{ss} {SSS}" }, Tg = "{yyyy}-{MM}-{dd} {HH}:{mm}:{ss} {SSS}", Gi = "{yyyy}-{MM}-{dd}", ys = { year: "{yyyy}", month: "{yyyy}-{MM}", day: Gi, hour: Gi + " " + Yi.hour, minute: Gi + " " + Yi.minute, second: Gi + " " + Yi.second, millisecond: Tg }, Ke = ["year", "month", "day", "hour", "minute", "second", "millisecond"], yf = ["year", "half-year", "quarter", "month", "week", "half-week", "day", "half-day", "quarter-day", "hour", "minute", "second", "millisecond"];
function _f(e) { return !A(e) && !V(e) ? Dg(e) : e; }
function Dg(e) { e = e || {}; var t = {}, r = !0; return S(Ke, function (n) { r && (r = e[n] == null); }), S(Ke, function (n, i) { var a = e[n]; t[n] = {}; for (var o = null, s = i; s >= 0; s--) {
    var u = Ke[s], c = L(a) && !N(a) ? a[u] : a, f = void 0;
    N(c) ? (f = c.slice(), o = f[0] || "") : A(c) ? (o = c, f = [o]) : (o == null ? o = Yi[n] : Eg[u].test(o) || (o = t[u][u][0] + " " + o), f = [o], r && (f[1] = "{primary|" + o + "}")), t[n][u] = f;
} }), t; }
function Pe(e, t) { return e += "", "0000".substr(0, t - e.length) + e; }
function kr(e) { switch (e) {
    case "half-year":
    case "quarter": return "month";
    case "week":
    case "half-week": return "day";
    case "half-day":
    case "quarter-day": return "hour";
    default: return e;
} }
function Sf(e) { return e === kr(e); }
function xf(e) { switch (e) {
    case "year":
    case "month": return "day";
    case "millisecond": return "millisecond";
    default: return "second";
} }
function In(e, t, r, n) { var i = vt(e), a = i[_s(r)](), o = i[Xi(r)]() + 1, s = Math.floor((o - 1) / 3) + 1, u = i[Zi(r)](), c = i["get" + (r ? "UTC" : "") + "Day"](), f = i[ji(r)](), l = (f - 1) % 12 + 1, v = i[Qi(r)](), p = i[Ji(r)](), h = i[$i(r)](), m = f >= 12 ? "pm" : "am", d = m.toUpperCase(), g = n instanceof ke ? n : hf(n || Bi) || df(), y = g.getModel("time"), _ = y.get("month"), E = y.get("monthAbbr"), x = y.get("dayOfWeek"), T = y.get("dayOfWeekAbbr"); return (t || "").replace(/{a}/g, m + "").replace(/{A}/g, d + "").replace(/{yyyy}/g, a + "").replace(/{yy}/g, Pe(a % 100 + "", 2)).replace(/{Q}/g, s + "").replace(/{MMMM}/g, _[o - 1]).replace(/{MMM}/g, E[o - 1]).replace(/{MM}/g, Pe(o, 2)).replace(/{M}/g, o + "").replace(/{dd}/g, Pe(u, 2)).replace(/{d}/g, u + "").replace(/{eeee}/g, x[c]).replace(/{ee}/g, T[c]).replace(/{e}/g, c + "").replace(/{HH}/g, Pe(f, 2)).replace(/{H}/g, f + "").replace(/{hh}/g, Pe(l + "", 2)).replace(/{h}/g, l + "").replace(/{mm}/g, Pe(v, 2)).replace(/{m}/g, v + "").replace(/{ss}/g, Pe(p, 2)).replace(/{s}/g, p + "").replace(/{SSS}/g, Pe(h, 3)).replace(/{S}/g, h + ""); }
function Ef(e, t, r, n, i) { var a = null; if (A(r))
    a = r;
else if (V(r)) {
    var o = { time: e.time, level: e.time ? e.time.level : 0 }, s = le();
    s && s.makeAxisLabelFormatterParamBreak(o, e.break), a = r(e.value, t, o);
}
else {
    var u = e.time;
    if (u) {
        var c = r[u.lowerTimeUnit][u.upperTimeUnit];
        a = c[Math.min(u.level, c.length - 1)] || "";
    }
    else {
        var f = ar(e.value, i);
        a = r[f][f][0];
    }
} return In(new Date(e.value), a, i, n); }
function ar(e, t) { var r = vt(e), n = r[Xi(t)]() + 1, i = r[Zi(t)](), a = r[ji(t)](), o = r[Qi(t)](), s = r[Ji(t)](), u = r[$i(t)](), c = u === 0, f = c && s === 0, l = f && o === 0, v = l && a === 0, p = v && i === 1, h = p && n === 1; return h ? "year" : p ? "month" : v ? "day" : l ? "hour" : f ? "minute" : c ? "second" : "millisecond"; }
function qi(e, t, r) { switch (t) {
    case "year": e[Ss(r)](0);
    case "month": e[xs(r)](1);
    case "day": e[Es(r)](0);
    case "hour": e[Ts(r)](0);
    case "minute": e[Ds(r)](0);
    case "second": e[Cs(r)](0);
} return e; }
function _s(e) { return e ? "getUTCFullYear" : "getFullYear"; }
function Xi(e) { return e ? "getUTCMonth" : "getMonth"; }
function Zi(e) { return e ? "getUTCDate" : "getDate"; }
function ji(e) { return e ? "getUTCHours" : "getHours"; }
function Qi(e) { return e ? "getUTCMinutes" : "getMinutes"; }
function Ji(e) { return e ? "getUTCSeconds" : "getSeconds"; }
function $i(e) { return e ? "getUTCMilliseconds" : "getMilliseconds"; }
function Tf(e) { return e ? "setUTCFullYear" : "setFullYear"; }
function Ss(e) { return e ? "setUTCMonth" : "setMonth"; }
function xs(e) { return e ? "setUTCDate" : "setDate"; }
function Es(e) { return e ? "setUTCHours" : "setHours"; }
function Ts(e) { return e ? "setUTCMinutes" : "setMinutes"; }
function Ds(e) { return e ? "setUTCSeconds" : "setSeconds"; }
function Cs(e) { return e ? "setUTCMilliseconds" : "setMilliseconds"; }
function Cg(e, t, r, n, i, a, o, s) { var u = new ft({ style: { text: e, font: t, align: r, verticalAlign: n, padding: i, rich: a, overflow: o ? "truncate" : null, lineHeight: s } }); return u.getBoundingRect(); }
function Ms(e) { if (!ho(e))
    return A(e) ? e : "-"; var t = (e + "").split("."); return t[0].replace(/(\d{1,3})(?=(?:\d{3})+(?!\d))/g, "$1,") + (t.length > 1 ? "." + t[1] : ""); }
function DT(e, t) { return e = (e || "").toLowerCase().replace(/-(.)/g, function (r, n) { return n.toUpperCase(); }), t && e && (e = e.charAt(0).toUpperCase() + e.slice(1)), e; }
var Cf = ii;
function ea(e, t, r) { var n = "{yyyy}-{MM}-{dd} {HH}:{mm}:{ss}"; function i(f) { return f && At(f) ? f : "-"; } function a(f) { return it(f); } var o = t === "time", s = e instanceof Date; if (o || s) {
    var u = o ? vt(e) : e;
    if (isNaN(+u)) {
        if (s)
            return "-";
    }
    else
        return In(u, n, r);
} if (t === "ordinal")
    return an(e) ? i(e) : X(e) && a(e) ? e + "" : "-"; var c = St(e); return a(c) ? Ms(c) : an(e) ? i(e) : typeof e == "boolean" ? e + "" : "-"; }
var Df = ["a", "b", "c", "d", "e", "f", "g"], bs = function (e, t) { return "{" + e + (t ?? "") + "}"; };
function bf(e, t, r) { N(t) || (t = [t]); var n = t.length; if (!n)
    return ""; for (var i = t[0].$vars || [], a = 0; a < i.length; a++) {
    var o = Df[a];
    e = e.replace(bs(o), bs(o, 0));
} for (var s = 0; s < n; s++)
    for (var u = 0; u < i.length; u++) {
        var c = t[s][i[u]];
        e = e.replace(bs(Df[u], s), r ? Ne(c) : c);
    } return e; }
function CT(e, t, r) { return S(t, function (n, i) { e = e.replace("{" + i + "}", r ? Ne(n) : n); }), e; }
function Mf(e, t) { var r = A(e) ? { color: e, extraCssText: t } : e || {}, n = r.color, i = r.type; t = r.extraCssText; var a = r.renderMode || "html"; if (!n)
    return ""; if (a === "html")
    return i === "subItem" ? '<span style="display:inline-block;vertical-align:middle;margin-right:8px;margin-left:3px;border-radius:4px;width:4px;height:4px;background-color:' + Ne(n) + ";" + (t || "") + '"></span>' : '<span style="display:inline-block;margin-right:4px;border-radius:10px;width:10px;height:10px;background-color:' + Ne(n) + ";" + (t || "") + '"></span>'; var o = r.markerId || "markerX"; return { renderMode: a, content: "{" + o + "|}  ", style: i === "subItem" ? { width: 4, height: 4, borderRadius: 2, backgroundColor: n } : { width: 10, height: 10, borderRadius: 5, backgroundColor: n } }; }
function bT(e, t, r) {
    (e === "week" || e === "month" || e === "quarter" || e === "half-year" || e === "year") && (e = `MM-dd
yyyy`);
    var n = vt(t), i = r ? "getUTC" : "get", a = n[i + "FullYear"](), o = n[i + "Month"]() + 1, s = n[i + "Date"](), u = n[i + "Hours"](), c = n[i + "Minutes"](), f = n[i + "Seconds"](), l = n[i + "Milliseconds"]();
    return e = e.replace("MM", Pe(o, 2)).replace("M", o).replace("yyyy", a).replace("yy", Pe(a % 100 + "", 2)).replace("dd", Pe(s, 2)).replace("d", s).replace("hh", Pe(u, 2)).replace("h", u).replace("mm", Pe(c, 2)).replace("m", c).replace("ss", Pe(f, 2)).replace("s", f).replace("SSS", Pe(l, 3)), e;
}
function MT(e) { return e && e.charAt(0).toUpperCase() + e.substr(1); }
function Nf(e, t) { return t = t || "transparent", A(e) ? e : L(e) && e.colorStops && (e.colorStops[0] || {}).color || t; }
function NT(e, t) { if (t === "_blank" || t === "blank") {
    var r = window.open();
    r.opener = null, r.location.href = e;
}
else
    window.open(e, t); }
var ta = {}, Ns = {}, Mg = (function () { function e() { this._normalMasterList = [], this._nonSeriesBoxMasterList = []; } return e.prototype.create = function (t, r) { this._nonSeriesBoxMasterList = n(ta, !0), this._normalMasterList = n(Ns, !1); function n(i, a) { var o = []; return S(i, function (s, u) { var c = s.create(t, r); o = o.concat(c || []); }), o; } }, e.prototype.update = function (t, r) { S(this._normalMasterList, function (n) { n.update && n.update(t, r); }); }, e.prototype.getCoordinateSystems = function () { return this._normalMasterList.concat(this._nonSeriesBoxMasterList); }, e.register = function (t, r) { if (t === "matrix" || t === "calendar") {
    ta[t] = r;
    return;
} Ns[t] = r; }, e.get = function (t) { return Ns[t] || ta[t]; }, e; })();
function Ng(e) { return !!ta[e]; }
var wg = 1, ws = 2;
function AT(e) { wf.set(e.fullType, { getCoord2: void 0 }).getCoord2 = e.getCoord2; }
var wf = O();
function na(e) { var t = e.getShallow("coord", !0), r = wg; if (t == null) {
    var n = wf.get(e.type);
    n && n.getCoord2 && (r = ws, t = n.getCoord2(e));
} return { coord: t, from: r }; }
var Pr = 0, ra = 1, Og = 2;
function Ig(e, t) { var r = e.getShallow("coordinateSystem"), n = e.getShallow("coordinateSystemUsage", !0), i = n != null, a = Pr; if (r) {
    var o = e.mainType === "series";
    n == null && (n = o ? "data" : "box"), n === "data" ? (a = ra, o || (a = Pr)) : n === "box" && (a = Og, !o && !Ng(r) && (a = Pr));
} return { coordSysType: r, kind: a }; }
function RT(e) { var t = e.targetModel, r = e.coordSysType, n = e.coordSysProvider, i = e.isDefaultDataCoordSys, a = e.allowNotFound, o = Ig(t, !0), s = o.kind, u = o.coordSysType; if (i && s !== ra && (s = ra, u = r), s === Pr || u !== r)
    return Pr; var c = n(r, t); return c ? (s === ra ? t.coordinateSystem = c : t.boxCoordinateSystem = c, s) : Pr; }
var kT = function (e, t) { var r = t.getReferringComponents(e, br).models[0]; return r && r.coordinateSystem; }, ia = Mg;
var aa = S, Ag = ["left", "right", "top", "bottom", "width", "height"], or = [["width", "left", "right"], ["height", "top", "bottom"]];
function Os(e, t, r, n, i) { var a = 0, o = 0; n == null && (n = 1 / 0), i == null && (i = 1 / 0); var s = 0; t.eachChild(function (u, c) { var f = u.getBoundingRect(), l = t.childAt(c + 1), v = l && l.getBoundingRect(), p, h; if (e === "horizontal") {
    var m = f.width + (v ? -v.x + f.x : 0);
    p = a + m, p > n || u.newline ? (a = 0, p = m, o += s + r, s = f.height) : s = Math.max(s, f.height);
}
else {
    var d = f.height + (v ? -v.y + f.y : 0);
    h = o + d, h > i || u.newline ? (a += s + r, o = 0, h = d, s = f.width) : s = Math.max(s, f.width);
} u.newline || (u.x = a, u.y = o, u.markRedraw(), e === "horizontal" ? a = p + r : o = h + r); }); }
var VT = Os, zT = nn(Os, "vertical"), BT = nn(Os, "horizontal");
function Of(e, t) { return { left: e.getShallow("left", t), top: e.getShallow("top", t), right: e.getShallow("right", t), bottom: e.getShallow("bottom", t), width: e.getShallow("width", t), height: e.getShallow("height", t) }; }
function Rg(e, t) { var r = kg(e, t, { enableLayoutOnlyByCenter: !0 }), n = e.getBoxLayoutParams(), i, a; if (r.type === An.point)
    a = r.refPoint, i = oa(n, { width: t.getWidth(), height: t.getHeight() });
else {
    var o = e.get("center"), s = N(o) ? o : [o, o];
    i = oa(n, r.refContainer), a = r.boxCoordFrom === ws ? r.refPoint : [we(s[0], i.width) + i.x, we(s[1], i.height) + i.y];
} return { viewRect: i, center: a }; }
function HT(e, t) { var r = Rg(e, t), n = r.viewRect, i = r.center, a = e.get("radius"); N(a) || (a = [0, a]); var o = we(n.width, t.getWidth()), s = we(n.height, t.getHeight()), u = Math.min(o, s), c = we(a[0], u / 2), f = we(a[1], u / 2); return { cx: i[0], cy: i[1], r0: c, r: f, viewRect: n }; }
function oa(e, t, r) { r = Cf(r || 0); var n = t.width, i = t.height, a = we(e.left, n), o = we(e.top, i), s = we(e.right, n), u = we(e.bottom, i), c = we(e.width, n), f = we(e.height, i), l = r[2] + r[0], v = r[1] + r[3], p = e.aspect; switch (isNaN(c) && (c = n - s - v - a), isNaN(f) && (f = i - u - l - o), p != null && (isNaN(c) && isNaN(f) && (p > n / i ? c = n * .8 : f = i * .8), isNaN(c) && (c = p * f), isNaN(f) && (f = c / p)), isNaN(a) && (a = n - s - c - v), isNaN(o) && (o = i - u - f - l), e.left || e.right) {
    case "center":
        a = n / 2 - c / 2 - r[3];
        break;
    case "right":
        a = n - c - v;
        break;
} switch (e.top || e.bottom) {
    case "middle":
    case "center":
        o = i / 2 - f / 2 - r[0];
        break;
    case "bottom":
        o = i - f - l;
        break;
} a = a || 0, o = o || 0, isNaN(c) && (c = n - v - a - (s || 0)), isNaN(f) && (f = i - l - o - (u || 0)); var h = new ze((t.x || 0) + a + r[3], (t.y || 0) + o + r[0], c, f); return h.margin = r, h; }
function GT(e, t, r) { var n = e.getShallow("preserveAspect", !0); if (!n)
    return t; var i = t.width / t.height; if (Math.abs(Math.atan(r) - Math.atan(i)) < 1e-9)
    return t; var a = e.getShallow("preserveAspectAlign", !0), o = e.getShallow("preserveAspectVerticalAlign", !0), s = { width: t.width, height: t.height }, u = n === "cover"; return i > r && !u || i < r && u ? (s.width = t.height * r, a === "left" ? s.left = 0 : a === "right" ? s.right = 0 : s.left = "center") : (s.height = t.width / r, o === "top" ? s.top = 0 : o === "bottom" ? s.bottom = 0 : s.top = "middle"), oa(s, t); }
var An = { rect: 1, point: 2 };
function kg(e, t, r) { var n, i, a, o = e.boxCoordinateSystem, s; if (o) {
    var u = na(e), c = u.coord, f = u.from;
    if (o.dataToLayout) {
        a = An.rect, s = f;
        var l = o.dataToLayout(c);
        n = l.contentRect || l.rect;
    }
    else
        r && r.enableLayoutOnlyByCenter && o.dataToPoint && (a = An.point, s = f, i = o.dataToPoint(c));
} return a == null && (a = An.rect), a === An.rect && (n || (n = { x: 0, y: 0, width: t.getWidth(), height: t.getHeight() }), i = [n.x + n.width / 2, n.y + n.height / 2]), { type: a, refContainer: n, refPoint: i, boxCoordFrom: s }; }
function YT(e, t, r, n, i, a) { var o = !i || !i.hv || i.hv[0], s = !i || !i.hv || i.hv[1], u = i && i.boundingMode || "all"; if (a = a || e, a.x = e.x, a.y = e.y, !o && !s)
    return !1; var c; if (u === "raw")
    c = e.type === "group" ? new ze(0, 0, +t.width || 0, +t.height || 0) : e.getBoundingRect();
else if (c = e.getBoundingRect(), e.needLocalTransform()) {
    var f = e.getLocalTransform();
    c = c.clone(), c.applyTransform(f);
} var l = oa(Se({ width: c.width, height: c.height }, t), r, n), v = o ? l.x - c.x : 0, p = s ? l.y - c.y : 0; return u === "raw" ? (a.x = v, a.y = p) : (a.x += v, a.y += p), a === e && e.markRedraw(), !0; }
function WT(e, t) { return e[or[t][0]] != null || e[or[t][1]] != null && e[or[t][2]] != null; }
function Lr(e) { var t = e.layoutMode || e.constructor.layoutMode; return L(t) ? t : t ? { type: t } : null; }
function Ur(e, t, r) { var n = r && r.ignoreSize; !N(n) && (n = [n, n]); var i = o(or[0], 0), a = o(or[1], 1); u(or[0], e, i), u(or[1], e, a); function o(c, f) { var l = {}, v = 0, p = {}, h = 0, m = 2; if (aa(c, function (y) { p[y] = e[y]; }), aa(c, function (y) { ue(t, y) && (l[y] = p[y] = t[y]), s(l, y) && v++, s(p, y) && h++; }), n[f])
    return s(t, c[1]) ? p[c[2]] = null : s(t, c[2]) && (p[c[1]] = null), p; if (h === m || !v)
    return p; if (v >= m)
    return l; for (var d = 0; d < c.length; d++) {
    var g = c[d];
    if (!ue(l, g) && ue(e, g)) {
        l[g] = e[g];
        break;
    }
} return l; } function s(c, f) { return c[f] != null && c[f] !== "auto"; } function u(c, f, l) { aa(c, function (v) { f[v] = l[v]; }); } }
function sa(e) { return Pg({}, e); }
function Pg(e, t) { return t && e && aa(Ag, function (r) { ue(t, r) && (e[r] = t[r]); }), e; }
var Fg = B(), Fr = (function (e) { Ug(t, e); function t(r, n, i) { var a = e.call(this, r, n, i) || this; return a.uid = Ft("ec_cpt_model"), a; } return t.prototype.init = function (r, n, i) { this.mergeDefaultAndTheme(r, i); }, t.prototype.mergeDefaultAndTheme = function (r, n) { var i = Lr(this), a = i ? sa(r) : {}, o = n.getTheme(); te(r, o.get(this.mainType)), te(r, this.getDefaultOption()), i && Ur(r, a, i); }, t.prototype.mergeOption = function (r, n) { te(this.option, r, !0); var i = Lr(this); i && Ur(this.option, r, i); }, t.prototype.optionUpdated = function (r, n) { }, t.prototype.getDefaultOption = function () { var r = this.constructor; if (!gl(r))
    return r.defaultOption; var n = Fg(this); if (!n.defaultOption) {
    for (var i = [], a = r; a;) {
        var o = a.prototype.defaultOption;
        o && i.push(o), a = a.superClass;
    }
    for (var s = {}, u = i.length - 1; u >= 0; u--)
        s = te(s, i[u], !0);
    n.defaultOption = s;
} return n.defaultOption; }, t.prototype.getReferringComponents = function (r, n) { var i = r + "Index", a = r + "Id"; return Mr(this.ecModel, r, { index: this.get(i, !0), id: this.get(a, !0) }, n); }, t.prototype.getBoxLayoutParams = function () { return Of(this, !1); }, t.prototype.getZLevelKey = function () { return ""; }, t.prototype.setZLevel = function (r) { this.option.zlevel = r; }, t.protoInitialize = (function () { var r = t.prototype; r.type = "component", r.id = "", r.name = "", r.mainType = "", r.subType = "", r.componentIndex = 0; })(), t; })(ke);
ci(Fr, ke);
kt(Fr);
mf(Fr);
gf(Fr, Vg);
function Vg(e) { var t = []; return S(Fr.getClassesByMainType(e), function (r) { t = t.concat(r.dependencies || r.prototype.dependencies || []); }), t = P(t, function (r) { return Be(r).main; }), e !== "dataset" && re(t, "dataset") <= 0 && t.unshift("dataset"), t; }
var ce = Fr;
import { __extends as Sy } from "tslib";
var If = B(), zg = B(), Rn = (function () { function e() { } return e.prototype.getColorFromPalette = function (t, r, n) { var i = J(this.get("color", !0)), a = this.get("colorLayer", !0); return Af(this, If, i, a, t, r, n); }, e.prototype.clearColorPalette = function () { Hg(this, If); }, e; })();
function JT(e, t, r, n) { var i = J(e.get(["aria", "decal", "decals"])); return Af(e, zg, i, null, t, r, n); }
function Bg(e, t) { for (var r = e.length, n = 0; n < r; n++)
    if (e[n].length > t)
        return e[n]; return e[r - 1]; }
function Af(e, t, r, n, i, a, o) { a = a || e; var s = t(a), u = s.paletteIdx || 0, c = s.paletteNameMap = s.paletteNameMap || {}; if (c.hasOwnProperty(i))
    return c[i]; var f = o == null || !n ? r : Bg(n, o); if (f = f || r, !(!f || !f.length)) {
    var l = f[u];
    return i && (c[i] = l), s.paletteIdx = (u + 1) % f.length, l;
} }
function Hg(e, t) { t(e).paletteIdx = 0, t(e).paletteNameMap = {}; }
var Te = { Must: 1, Might: 2, Not: 3 }, Rf = B();
function kf(e) { Rf(e).datasetMap = O(); }
function nD(e, t, r) { var n = {}, i = ua(t); if (!i || !e)
    return n; var a = [], o = [], s = t.ecModel, u = Rf(s).datasetMap, c = i.uid + "_" + r.seriesLayoutBy, f, l; e = e.slice(), S(e, function (m, d) { var g = L(m) ? m : e[d] = { name: m }; g.type === "ordinal" && f == null && (f = d, l = h(g)), n[g.name] = []; }); var v = u.get(c) || u.set(c, { categoryWayDim: l, valueWayDim: 0 }); S(e, function (m, d) { var g = m.name, y = h(m); if (f == null) {
    var _ = v.valueWayDim;
    p(n[g], _, y), p(o, _, y), v.valueWayDim += y;
}
else if (f === d)
    p(n[g], 0, y), p(a, 0, y);
else {
    var _ = v.categoryWayDim;
    p(n[g], _, y), p(o, _, y), v.categoryWayDim += y;
} }); function p(m, d, g) { for (var y = 0; y < g; y++)
    m.push(d + y); } function h(m) { var d = m.dimsDef; return d ? d.length : 1; } return a.length && (n.itemName = a), o.length && (n.seriesName = o), n; }
function iD(e, t, r) { var n = {}, i = ua(e); if (!i)
    return n; var a = t.sourceFormat, o = t.dimensionsDefine, s; (a === Ae || a === Ye) && S(o, function (f, l) { (L(f) ? f.name : f) === "name" && (s = l); }); var u = (function () { for (var f = {}, l = {}, v = [], p = 0, h = Math.min(5, r); p < h; p++) {
    var m = Lf(t.data, a, t.seriesLayoutBy, o, t.startIndex, p);
    v.push(m);
    var d = m === Te.Not;
    if (d && f.v == null && p !== s && (f.v = p), (f.n == null || f.n === f.v || !d && v[f.n] === Te.Not) && (f.n = p), g(f) && v[f.n] !== Te.Not)
        return f;
    d || (m === Te.Might && l.v == null && p !== s && (l.v = p), (l.n == null || l.n === l.v) && (l.n = p));
} function g(y) { return y.v != null && y.n != null; } return g(f) ? f : g(l) ? l : null; })(); if (u) {
    n.value = [u.v];
    var c = s ?? u.n;
    n.itemName = [c], n.seriesName = [c];
} return n; }
function ua(e) { var t = e.get("data", !0); if (!t)
    return Mr(e.ecModel, "dataset", { index: e.get("datasetIndex", !0), id: e.get("datasetId", !0) }, br).models[0]; }
function Pf(e) { return !e.get("transform", !0) && !e.get("fromTransformResult", !0) ? [] : Mr(e.ecModel, "dataset", { index: e.get("fromDatasetIndex", !0), id: e.get("fromDatasetId", !0) }, br).models; }
function la(e, t) { return Lf(e.data, e.sourceFormat, e.seriesLayoutBy, e.dimensionsDefine, e.startIndex, t); }
function Lf(e, t, r, n, i, a) { var o, s = 5; if (he(e))
    return Te.Not; var u, c; if (n) {
    var f = n[a];
    L(f) ? (u = f.name, c = f.type) : A(f) && (u = f);
} if (c != null)
    return c === "ordinal" ? Te.Must : Te.Not; if (t === me) {
    var l = e;
    if (r === xt) {
        for (var v = l[a], p = 0; p < (v || []).length && p < s; p++)
            if ((o = E(v[i + p])) != null)
                return o;
    }
    else
        for (var p = 0; p < l.length && p < s; p++) {
            var h = l[i + p];
            if (h && (o = E(h[a])) != null)
                return o;
        }
}
else if (t === Ae) {
    var m = e;
    if (!u)
        return Te.Not;
    for (var p = 0; p < m.length && p < s; p++) {
        var d = m[p];
        if (d && (o = E(d[u])) != null)
            return o;
    }
}
else if (t === Ye) {
    var g = e;
    if (!u)
        return Te.Not;
    var v = g[u];
    if (!v || he(v))
        return Te.Not;
    for (var p = 0; p < v.length && p < s; p++)
        if ((o = E(v[p])) != null)
            return o;
}
else if (t === Ie)
    for (var y = e, p = 0; p < y.length && p < s; p++) {
        var d = y[p], _ = Qt(d);
        if (!N(_))
            return Te.Not;
        if ((o = E(_[a])) != null)
            return o;
    } function E(x) { var T = A(x); if (x != null && isFinite(Number(x)) && x !== "")
    return T ? Te.Might : Te.Not; if (T && x !== "-")
    return Te.Must; } return Te.Not; }
var ca = (function () { function e(t) { this.data = t.data || (t.sourceFormat === Ye ? {} : []), this.sourceFormat = t.sourceFormat || Do, this.seriesLayoutBy = t.seriesLayoutBy || Je, this.startIndex = t.startIndex || 0, this.dimensionsDetectedCount = t.dimensionsDetectedCount, this.metaRawOption = t.metaRawOption; var r = this.dimensionsDefine = t.dimensionsDefine; if (r)
    for (var n = 0; n < r.length; n++) {
        var i = r[n];
        i.type == null && la(this, n) === Te.Must && (i.type = "ordinal");
    } } return e; })();
function Vr(e) { return e instanceof ca; }
function kn(e, t, r) { r = r || Is(e); var n = t.seriesLayoutBy, i = Gg(e, r, n, t.sourceHeader, t.dimensions), a = new ca({ data: e, sourceFormat: r, seriesLayoutBy: n, dimensionsDefine: i.dimensionsDefine, startIndex: i.startIndex, dimensionsDetectedCount: i.dimensionsDetectedCount, metaRawOption: H(t) }); return a; }
function fa(e) { return new ca({ data: e, sourceFormat: he(e) ? Qe : Ie }); }
function Vf(e) { return new ca({ data: e.data, sourceFormat: e.sourceFormat, seriesLayoutBy: e.seriesLayoutBy, dimensionsDefine: H(e.dimensionsDefine), startIndex: e.startIndex, dimensionsDetectedCount: e.dimensionsDetectedCount }); }
function Is(e) { var t = Do; if (he(e))
    t = Qe;
else if (N(e)) {
    e.length === 0 && (t = me);
    for (var r = 0, n = e.length; r < n; r++) {
        var i = e[r];
        if (i != null) {
            if (N(i) || he(i)) {
                t = me;
                break;
            }
            else if (L(i)) {
                t = Ae;
                break;
            }
        }
    }
}
else if (L(e)) {
    for (var a in e)
        if (ue(e, a) && It(e[a])) {
            t = Ye;
            break;
        }
} return t; }
function Gg(e, t, r, n, i) { var a, o; if (!e)
    return { dimensionsDefine: Uf(i), startIndex: o, dimensionsDetectedCount: a }; if (t === me) {
    var s = e;
    n === "auto" || n == null ? Ff(function (c) { c != null && c !== "-" && (A(c) ? o == null && (o = 1) : o = 0); }, r, s, 10) : o = X(n) ? n : n ? 1 : 0, !i && o === 1 && (i = [], Ff(function (c, f) { i[f] = c != null ? c + "" : ""; }, r, s, 1 / 0)), a = i ? i.length : r === xt ? s.length : s[0] ? s[0].length : null;
}
else if (t === Ae)
    i || (i = Yg(e));
else if (t === Ye)
    i || (i = [], S(e, function (c, f) { i.push(f); }));
else if (t === Ie) {
    var u = Qt(e[0]);
    a = N(u) && u.length || 1;
} return { startIndex: o, dimensionsDefine: Uf(i), dimensionsDetectedCount: a }; }
function Yg(e) { for (var t = 0, r; t < e.length && !(r = e[t++]);)
    ; if (r)
    return ve(r); }
function Uf(e) { if (e) {
    var t = O();
    return P(e, function (r, n) { r = L(r) ? r : { name: r }; var i = { name: r.name, displayName: r.displayName, type: r.type }; if (i.name == null)
        return i; i.name += "", i.displayName == null && (i.displayName = i.name); var a = t.get(i.name); return a ? i.name += "-" + a.count++ : t.set(i.name, { count: 1 }), i; });
} }
function Ff(e, t, r, n) { if (t === xt)
    for (var i = 0; i < r.length && i < n; i++)
        e(r[i] ? r[i][0] : null, i);
else
    for (var a = r[0] || [], i = 0; i < a.length && i < n; i++)
        e(a[i], i); }
function pa(e) { var t = e.sourceFormat; return t === Ae || t === Ye; }
var sr, ur, lr, cr, zf, Bf, ha = (function () { function e(t, r) { var n = Vr(t) ? t : fa(t); this._source = n; var i = this._data = n.data, a = n.sourceFormat, o = n.seriesLayoutBy; if (a === Qe && (this._offset = 0, this._dimSize = r, this._data = i), 0)
    var s; Bf(this, i, n); } return e.prototype.getSource = function () { return this._source; }, e.prototype.count = function () { return 0; }, e.prototype.getItem = function (t, r) { }, e.prototype.appendData = function (t) { }, e.prototype.clean = function () { }, e.protoInitialize = (function () { var t = e.prototype; t.pure = !1, t.persistent = !0; })(), e.internalField = (function () { var t; Bf = function (o, s, u) { var c = u.sourceFormat, f = u.seriesLayoutBy, l = u.startIndex, v = u.dimensionsDefine, p = zf[Ls(c, f)]; if (I(o, p), c === Qe)
    o.getItem = r, o.count = i, o.fillStorage = n;
else {
    var h = Rs(c, f);
    o.getItem = ne(h, null, s, l, v);
    var m = ks(c, f);
    o.count = ne(m, null, s, l, v);
} }; var r = function (o, s) { o = o - this._offset, s = s || []; for (var u = this._data, c = this._dimSize, f = c * o, l = 0; l < c; l++)
    s[l] = u[f + l]; return s; }, n = function (o, s, u, c) { for (var f = this._data, l = this._dimSize, v = 0; v < l; v++) {
    for (var p = c[v], h = p[0] == null ? 1 / 0 : p[0], m = p[1] == null ? -1 / 0 : p[1], d = s - o, g = u[v], y = 0; y < d; y++) {
        var _ = f[y * l + v];
        g[o + y] = _, _ < h && (h = _), _ > m && (m = _);
    }
    p[0] = h, p[1] = m;
} }, i = function () { return this._data ? this._data.length / this._dimSize : 0; }; zf = (t = {}, t[me + "_" + Je] = { pure: !0, appendData: a }, t[me + "_" + xt] = { pure: !0, appendData: function () { throw new Error('Do not support appendData when set seriesLayoutBy: "row".'); } }, t[Ae] = { pure: !0, appendData: a }, t[Ye] = { pure: !0, appendData: function (o) { var s = this._data; S(o, function (u, c) { for (var f = s[c] || (s[c] = []), l = 0; l < (u || []).length; l++)
        f.push(u[l]); }); } }, t[Ie] = { appendData: a }, t[Qe] = { persistent: !1, pure: !0, appendData: function (o) { this._data = o; }, clean: function () { this._offset += this.count(), this._data = null; } }, t); function a(o) { for (var s = 0; s < o.length; s++)
    this._data.push(o[s]); } })(), e; })();
var va = function (e) { N(e) || go("series.data or dataset.source must be an array."); }, _D = (sr = {}, sr[me + "_" + Je] = va, sr[me + "_" + xt] = va, sr[Ae] = va, sr[Ye] = function (e, t) { for (var r = 0; r < t.length; r++) {
    var n = t[r].name;
    n == null && go("dimension name must not be null/undefined.");
} }, sr[Ie] = va, sr), Hf = function (e, t, r, n) { return e[n]; }, Wg = (ur = {}, ur[me + "_" + Je] = function (e, t, r, n) { return e[n + t]; }, ur[me + "_" + xt] = function (e, t, r, n, i) { n += t; for (var a = i || [], o = e, s = 0; s < o.length; s++) {
    var u = o[s];
    a[s] = u ? u[n] : null;
} return a; }, ur[Ae] = Hf, ur[Ye] = function (e, t, r, n, i) { for (var a = i || [], o = 0; o < r.length; o++) {
    var s = r[o].name, u = s != null ? e[s] : null;
    a[o] = u ? u[n] : null;
} return a; }, ur[Ie] = Hf, ur);
function Rs(e, t) { var r = Wg[Ls(e, t)]; return r; }
var Gf = function (e, t, r) { return e.length; }, Kg = (lr = {}, lr[me + "_" + Je] = function (e, t, r) { return Math.max(0, e.length - t); }, lr[me + "_" + xt] = function (e, t, r) { var n = e[0]; return n ? Math.max(0, n.length - t) : 0; }, lr[Ae] = Gf, lr[Ye] = function (e, t, r) { var n = r[0].name, i = n != null ? e[n] : null; return i ? i.length : 0; }, lr[Ie] = Gf, lr);
function ks(e, t) { var r = Kg[Ls(e, t)]; return r; }
var As = function (e, t, r) { return e[t]; }, qg = (cr = {}, cr[me] = As, cr[Ae] = function (e, t, r) { return e[r]; }, cr[Ye] = As, cr[Ie] = function (e, t, r) { var n = Qt(e); return n instanceof Array ? n[t] : n; }, cr[Qe] = As, cr);
function Ps(e) { var t = qg[e]; return t; }
function Ls(e, t) { return e === me ? e + "_" + t : e; }
function zr(e, t, r) { if (e) {
    var n = e.getRawDataItem(t);
    if (n != null) {
        var i = e.getStore(), a = i.getSource().sourceFormat;
        if (r != null) {
            var o = e.getDimensionIndex(r), s = i.getDimensionProperty(o);
            return Ps(a)(n, o, s);
        }
        else {
            var u = n;
            return a === Ie && (u = Qt(n)), u;
        }
    }
} }
var Xg = /\{@(.+?)\}/g, Yf = (function () { function e() { } return e.prototype.getDataParams = function (t, r) { var n = this.getData(r), i = this.getRawValue(t, r), a = n.getRawIndex(t), o = n.getName(t), s = n.getRawDataItem(t), u = n.getItemVisual(t, "style"), c = u && u[n.getItemVisual(t, "drawType") || "fill"], f = u && u.stroke, l = this.mainType, v = l === "series", p = n.userOutput && n.userOutput.get(); return { componentType: l, componentSubType: this.subType, componentIndex: this.componentIndex, seriesType: v ? this.subType : null, seriesIndex: this.seriesIndex, seriesId: v ? this.id : null, seriesName: v ? this.name : null, name: o, dataIndex: a, data: s, dataType: r, value: i, color: c, borderColor: f, dimensionNames: p ? p.fullDimensions : null, encode: p ? p.encode : null, $vars: ["seriesName", "name", "value"] }; }, e.prototype.getFormattedLabel = function (t, r, n, i, a, o) { r = r || "normal"; var s = this.getData(n), u = this.getDataParams(t, n); if (o && (u.value = o.interpolatedValue), i != null && N(u.value) && (u.value = u.value[i]), !a) {
    var c = s.getItemModel(t);
    a = c.get(r === "normal" ? ["label", "formatter"] : [r, "label", "formatter"]);
} if (V(a))
    return u.status = r, u.dimensionIndex = i, a(u); if (A(a)) {
    var f = bf(a, u);
    return f.replace(Xg, function (l, v) { var p = v.length, h = v; h.charAt(0) === "[" && h.charAt(p - 1) === "]" && (h = +h.slice(1, p - 1)); var m = zr(s, t, h); if (o && N(o.interpolatedValue)) {
        var d = s.getDimensionIndex(h);
        d >= 0 && (m = o.interpolatedValue[d]);
    } return m != null ? m + "" : ""; });
} }, e.prototype.getRawValue = function (t, r) { return zr(this.getData(r), t); }, e.prototype.formatTooltip = function (t, r, n) { }, e; })();
function TD(e) { var t, r; return L(e) ? e.type && (r = e) : t = e, { text: t, frag: r }; }
function Vt(e) { return new Zg(e); }
var Zg = (function () { function e(t) { t = t || {}, this._reset = t.reset, this._plan = t.plan, this._count = t.count, this._onDirty = t.onDirty, this._dirty = !0; } return e.prototype.perform = function (t) { var r = this._upstream, n = t && t.skip; if (this._dirty && r) {
    var i = this.context;
    i.data = i.outputData = r.context.outputData;
} this.__pipeline && (this.__pipeline.currentTask = this); var a; this._plan && !n && (a = this._plan(this.context)); var o = f(this._modBy), s = this._modDataCount || 0, u = f(t && t.modBy), c = t && t.modDataCount || 0; (o !== u || s !== c) && (a = "reset"); function f(y) { return !(y >= 1) && (y = 1), y; } var l; (this._dirty || a === "reset") && (this._dirty = !1, l = this._doReset(n)), this._modBy = u, this._modDataCount = c; var v = t && t.step; if (r ? this._dueEnd = r._outputDueEnd : this._dueEnd = this._count ? this._count(this.context) : 1 / 0, this._progress) {
    var p = this._dueIndex, h = Math.min(v != null ? this._dueIndex + v : 1 / 0, this._dueEnd);
    if (!n && (l || p < h)) {
        var m = this._progress;
        if (N(m))
            for (var d = 0; d < m.length; d++)
                this._doProgress(m[d], p, h, u, c);
        else
            this._doProgress(m, p, h, u, c);
    }
    this._dueIndex = h;
    var g = this._settedOutputEnd != null ? this._settedOutputEnd : h;
    this._outputDueEnd = g;
}
else
    this._dueIndex = this._outputDueEnd = this._settedOutputEnd != null ? this._settedOutputEnd : this._dueEnd; return this.unfinished(); }, e.prototype.dirty = function () { this._dirty = !0, this._onDirty && this._onDirty(this.context); }, e.prototype._doProgress = function (t, r, n, i, a) { Wf.reset(r, n, i, a), this._callingProgress = t, this._callingProgress({ start: r, end: n, count: n - r, next: Wf.next }, this.context); }, e.prototype._doReset = function (t) { this._dueIndex = this._outputDueEnd = this._dueEnd = 0, this._settedOutputEnd = null; var r, n; !t && this._reset && (r = this._reset(this.context), r && r.progress && (n = r.forceFirstProgress, r = r.progress), N(r) && !r.length && (r = null)), this._progress = r, this._modBy = this._modDataCount = null; var i = this._downstream; return i && i.dirty(), n; }, e.prototype.unfinished = function () { return this._progress && this._dueIndex < this._dueEnd; }, e.prototype.pipe = function (t) { (this._downstream !== t || this._dirty) && (this._downstream = t, t._upstream = this, t.dirty()); }, e.prototype.dispose = function () { this._disposed || (this._upstream && (this._upstream._downstream = null), this._downstream && (this._downstream._upstream = null), this._dirty = !1, this._disposed = !0); }, e.prototype.getUpstream = function () { return this._upstream; }, e.prototype.getDownstream = function () { return this._downstream; }, e.prototype.setOutputEnd = function (t) { this._outputDueEnd = this._settedOutputEnd = t; }, e; })();
var Wf = (function () { var e, t, r, n, i, a = { reset: function (u, c, f, l) { t = u, e = c, r = f, n = l, i = Math.ceil(n / r), a.next = r > 1 && n > 0 ? s : o; } }; return a; function o() { return t < e ? t++ : null; } function s() { var u = t % i * r + Math.ceil(t / i), c = t >= e ? null : u < n ? u : t; return t++, c; } })();
function Br(e, t) { var r = t && t.type; return r === "ordinal" ? e : (r === "time" && !X(e) && e != null && e !== "-" && (e = +vt(e)), e == null || e === "" ? NaN : Number(e)); }
var jg = O({ number: function (e) { return parseFloat(e); }, time: function (e) { return +vt(e); }, trim: function (e) { return A(e) ? At(e) : e; } });
function ID(e) { return jg.get(e); }
var Kf = { lt: function (e, t) { return e < t; }, lte: function (e, t) { return e <= t; }, gt: function (e, t) { return e > t; }, gte: function (e, t) { return e >= t; } }, Qg = (function () { function e(t, r) { if (!X(r)) {
    var n = "";
    Oe(n);
} this._opFn = Kf[t], this._rvalFloat = St(r); } return e.prototype.evaluate = function (t) { return X(t) ? this._opFn(t, this._rvalFloat) : this._opFn(St(t), this._rvalFloat); }, e; })(), qf = (function () { function e(t, r) { var n = t === "desc"; this._resultLT = n ? 1 : -1, r == null && (r = n ? "min" : "max"), this._incomparable = r === "min" ? -1 / 0 : 1 / 0; } return e.prototype.evaluate = function (t, r) { var n = X(t) ? t : St(t), i = X(r) ? r : St(r), a = isNaN(n), o = isNaN(i); if (a && (n = this._incomparable), o && (i = this._incomparable), a && o) {
    var s = A(t), u = A(r);
    s && (n = u ? t : 0), u && (i = s ? r : 0);
} return n < i ? this._resultLT : n > i ? -this._resultLT : 0; }, e; })();
var Jg = (function () { function e(t, r) { this._rval = r, this._isEQ = t, this._rvalTypeof = typeof r, this._rvalFloat = St(r); } return e.prototype.evaluate = function (t) { var r = t === this._rval; if (!r) {
    var n = typeof t;
    n !== this._rvalTypeof && (n === "number" || this._rvalTypeof === "number") && (r = St(t) === this._rvalFloat);
} return this._isEQ ? r : !r; }, e; })();
function AD(e, t) { return e === "eq" || e === "ne" ? new Jg(e === "eq", t) : ue(Kf, e) ? new Qg(e, t) : null; }
function Xf(e) { var t = "", r = -1 / 0, n = -1 / 0, i = 1 / 0, a = 1 / 0; return e && (e.g != null && (t += "G" + e.g, r = e.g), e.ge != null && (t += "GE" + e.ge, n = e.ge), e.l != null && (t += "L" + e.l, i = e.l), e.le != null && (t += "LE" + e.le, a = e.le)), { key: t, g: r, ge: n, l: i, le: a }; }
function Zf(e, t) { return t > e.g && t >= e.ge && t < e.l && t <= e.le; }
var $g = (function () { function e() { } return e.prototype.getRawData = function () { throw new Error("not supported"); }, e.prototype.getRawDataItem = function (t) { throw new Error("not supported"); }, e.prototype.cloneRawData = function () { }, e.prototype.getDimensionInfo = function (t) { }, e.prototype.cloneAllDimensionInfo = function () { }, e.prototype.count = function () { }, e.prototype.retrieveValue = function (t, r) { }, e.prototype.retrieveValueFromItem = function (t, r) { }, e.prototype.convertValue = function (t, r) { return Br(t, r); }, e; })();
function ey(e, t) { var r = new $g, n = e.data, i = r.sourceFormat = e.sourceFormat, a = e.startIndex, o = ""; e.seriesLayoutBy !== Je && Oe(o); var s = [], u = {}, c = e.dimensionsDefine; if (c)
    S(c, function (m, d) { var g = m.name, y = { index: d, name: g, displayName: m.displayName }; if (s.push(y), g != null) {
        var _ = "";
        ue(u, g) && Oe(_), u[g] = y;
    } });
else
    for (var f = 0; f < e.dimensionsDetectedCount; f++)
        s.push({ index: f }); var l = Rs(i, Je); t.__isBuiltIn && (r.getRawDataItem = function (m) { return l(n, a, s, m); }, r.getRawData = ne(ty, null, e)), r.cloneRawData = ne(ry, null, e); var v = ks(i, Je); r.count = ne(v, null, n, a, s); var p = Ps(i); r.retrieveValue = function (m, d) { var g = l(n, a, s, m); return h(g, d); }; var h = r.retrieveValueFromItem = function (m, d) { if (m != null) {
    var g = s[d];
    if (g)
        return p(m, d, g.name);
} }; return r.getDimensionInfo = ne(ny, null, s, u), r.cloneAllDimensionInfo = ne(iy, null, s), r; }
function ty(e) { var t = e.sourceFormat; if (!Us(t)) {
    var r = "";
    Oe(r);
} return e.data; }
function ry(e) { var t = e.sourceFormat, r = e.data; if (!Us(t)) {
    var n = "";
    Oe(n);
} if (t === me) {
    for (var i = [], a = 0, o = r.length; a < o; a++)
        i.push(r[a].slice());
    return i;
}
else if (t === Ae) {
    for (var i = [], a = 0, o = r.length; a < o; a++)
        i.push(I({}, r[a]));
    return i;
} }
function ny(e, t, r) { if (r != null) {
    if (X(r) || !isNaN(r) && !ue(t, r))
        return e[r];
    if (ue(t, r))
        return t[r];
} }
function iy(e) { return H(e); }
var jf = O();
function Qf(e) { e = H(e); var t = e.type, r = ""; t || Oe(r); var n = t.split(":"); n.length !== 2 && Oe(r); var i = !1; n[0] === "echarts" && (t = n[1], i = !0), e.__isBuiltIn = i, jf.set(t, e); }
function Jf(e, t, r) { var n = J(e), i = n.length, a = ""; i || Oe(a); for (var o = 0, s = i; o < s; o++) {
    var u = n[o];
    t = ay(u, t, r, i === 1 ? null : o), o !== s - 1 && (t.length = Math.max(t.length, 1));
} return t; }
function ay(e, t, r, n) { var i = ""; t.length || Oe(i), L(e) || Oe(i); var a = e.type, o = jf.get(a); o || Oe(i); var s = P(t, function (f) { return ey(f, o); }), u = J(o.transform({ upstream: s[0], upstreamList: s, config: H(e.config) })); if (0 && e.print)
    var c; return P(u, function (f, l) { var v = ""; L(f) || Oe(v), f.data || Oe(v); var p = Is(f.data); Us(p) || Oe(v); var h, m = t[0]; if (m && l === 0 && !f.dimensions) {
    var d = m.startIndex;
    d && (f.data = m.data.slice(0, d).concat(f.data)), h = { seriesLayoutBy: Je, sourceHeader: d, dimensions: m.metaRawOption.dimensions };
}
else
    h = { seriesLayoutBy: Je, sourceHeader: 0, dimensions: f.dimensions }; return kn(f.data, h, null); }); }
function Us(e) { return e === me || e === Ae; }
var oy = typeof Uint32Array === hn ? Array : Uint32Array, sy = typeof Uint16Array === hn ? Array : Uint16Array, Vs = typeof Int32Array === hn ? Array : Int32Array, $f = typeof Float64Array === hn ? Array : Float64Array, tp = { float: $f, int: Vs, ordinal: Array, number: Array, time: $f }, Fs;
function Hr(e) { return e > 65535 ? oy : sy; }
function uy(e) { var t = e.constructor; return t === Array ? e.slice() : new t(e); }
function ep(e, t, r, n, i) { var a = tp[r || "float"]; if (i) {
    var o = e[t], s = o && o.length;
    if (s !== n) {
        for (var u = new a(n), c = 0; c < s; c++)
            u[c] = o[c];
        e[t] = u;
    }
}
else
    e[t] = new a(n); }
var ly = (function () { function e() { this._chunks = [], this._rawExtent = [], this._extent = [], this._count = 0, this._rawCount = 0, this._calcDimNameToIdx = O(); } return e.prototype.initData = function (t, r, n) { this._provider = t, this._chunks = [], this._indices = null, this.getRawIndex = this._getRawIdxIdentity; var i = t.getSource(), a = this.defaultDimValueGetter = Fs[i.sourceFormat]; this._dimValueGetter = n || a, this._rawExtent = []; var o = pa(i); this._dimensions = P(r, function (s) { return { type: s.type, property: s.property }; }), this._initDataFromProvider(0, t.count()); }, e.prototype.getProvider = function () { return this._provider; }, e.prototype.getSource = function () { return this._provider.getSource(); }, e.prototype.ensureCalculationDimension = function (t, r) { var n = this._calcDimNameToIdx, i = this._dimensions, a = n.get(t); if (a != null) {
    if (i[a].type === r)
        return a;
}
else
    a = i.length; return i[a] = { type: r }, n.set(t, a), this._chunks[a] = new tp[r || "float"](this._rawCount), this._rawExtent[a] = Ge(), a; }, e.prototype.collectOrdinalMeta = function (t, r) { var n = this._chunks[t], i = this._dimensions[t], a = this._rawExtent, o = i.ordinalOffset || 0, s = n.length; o === 0 && (a[t] = Ge()); for (var u = a[t], c = o; c < s; c++) {
    var f = n[c] = r.parseAndCollect(n[c]);
    isNaN(f) || (u[0] = Math.min(f, u[0]), u[1] = Math.max(f, u[1]));
} i.ordinalMeta = r, i.ordinalOffset = s, i.type = "ordinal"; }, e.prototype.getOrdinalMeta = function (t) { var r = this._dimensions[t], n = r.ordinalMeta; return n; }, e.prototype.getDimensionProperty = function (t) { var r = this._dimensions[t]; return r && r.property; }, e.prototype.appendData = function (t) { var r = this._provider, n = this.count(); r.appendData(t); var i = r.count(); return r.persistent || (i += n), n < i && this._initDataFromProvider(n, i, !0), [n, i]; }, e.prototype.appendValues = function (t, r) { for (var n = this._chunks, i = this._dimensions, a = i.length, o = this._rawExtent, s = this.count(), u = s + Math.max(t.length, r || 0), c = 0; c < a; c++) {
    var f = i[c];
    ep(n, c, f.type, u, !0);
} for (var l = [], v = s; v < u; v++)
    for (var p = v - s, h = 0; h < a; h++) {
        var f = i[h], m = Fs.arrayRows.call(this, t[p] || l, f.property, p, h);
        n[h][v] = m;
        var d = o[h];
        m < d[0] && (d[0] = m), m > d[1] && (d[1] = m);
    } return this._rawCount = this._count = u, { start: s, end: u }; }, e.prototype._initDataFromProvider = function (t, r, n) { for (var i = this._provider, a = this._chunks, o = this._dimensions, s = o.length, u = this._rawExtent, c = P(o, function (y) { return y.property; }), f = 0; f < s; f++) {
    var l = o[f];
    u[f] || (u[f] = Ge()), ep(a, f, l.type, r, n);
} if (i.fillStorage)
    i.fillStorage(t, r, a, u);
else
    for (var v = [], p = t; p < r; p++) {
        v = i.getItem(p, v);
        for (var h = 0; h < s; h++) {
            var m = a[h], d = this._dimValueGetter(v, c[h], p, h);
            m[p] = d;
            var g = u[h];
            d < g[0] && (g[0] = d), d > g[1] && (g[1] = d);
        }
    } !i.persistent && i.clean && i.clean(), this._rawCount = this._count = r, this._extent = []; }, e.prototype.count = function () { return this._count; }, e.prototype.get = function (t, r) { if (!(r >= 0 && r < this._count))
    return NaN; var n = this._chunks[t]; return n ? n[this.getRawIndex(r)] : NaN; }, e.prototype.getValues = function (t, r) { var n = [], i = []; if (r == null) {
    r = t, t = [];
    for (var a = 0; a < this._dimensions.length; a++)
        i.push(a);
}
else
    i = t; for (var a = 0, o = i.length; a < o; a++)
    n.push(this.get(i[a], r)); return n; }, e.prototype.getByRawIndex = function (t, r) { if (!(r >= 0 && r < this._rawCount))
    return NaN; var n = this._chunks[t]; return n ? n[r] : NaN; }, e.prototype.getSum = function (t) { var r = this._chunks[t], n = 0; if (r)
    for (var i = 0, a = this.count(); i < a; i++) {
        var o = this.get(t, i);
        isNaN(o) || (n += o);
    } return n; }, e.prototype.getMedian = function (t) { var r = []; this.each([t], function (i) { isNaN(i) || r.push(i); }), pi(r); var n = this.count(); return n === 0 ? 0 : n % 2 === 1 ? r[(n - 1) / 2] : (r[n / 2] + r[n / 2 - 1]) / 2; }, e.prototype.indexOfRawIndex = function (t) { if (t >= this._rawCount || t < 0)
    return -1; if (!this._indices)
    return t; var r = this._indices, n = r[t]; if (n != null && n < this._count && n === t)
    return t; for (var i = 0, a = this._count - 1; i <= a;) {
    var o = (i + a) / 2 | 0;
    if (r[o] < t)
        i = o + 1;
    else if (r[o] > t)
        a = o - 1;
    else
        return o;
} return -1; }, e.prototype.getIndices = function () { var t, r = this._indices; if (r) {
    var n = r.constructor, i = this._count;
    if (n === Array) {
        t = new n(i);
        for (var a = 0; a < i; a++)
            t[a] = r[a];
    }
    else
        t = new n(r.buffer, 0, i);
}
else {
    var n = Hr(this._rawCount);
    t = new n(this.count());
    for (var a = 0; a < t.length; a++)
        t[a] = a;
} return t; }, e.prototype.filter = function (t, r) { if (!this._count)
    return this; for (var n = this.clone(), i = n.count(), a = Hr(n._rawCount), o = new a(i), s = [], u = t.length, c = 0, f = t[0], l = n._chunks, v = 0; v < i; v++) {
    var p = void 0, h = n.getRawIndex(v);
    if (u === 0)
        p = r(v);
    else if (u === 1) {
        var m = l[f][h];
        p = r(m, v);
    }
    else {
        for (var d = 0; d < u; d++)
            s[d] = l[t[d]][h];
        s[d] = v, p = r.apply(null, s);
    }
    p && (o[c++] = h);
} return c < i && (n._indices = o), n._count = c, n._extent = [], n._updateGetRawIdx(), n; }, e.prototype.selectRange = function (t) { var r = this.clone(), n = r._count; if (!n)
    return this; var i = ve(t), a = i.length; if (!a)
    return this; var o = r.count(), s = Hr(r._rawCount), u = new s(o), c = 0, f = i[0], l = t[f][0], v = t[f][1], p = r._chunks, h = !1; if (!r._indices) {
    var m = 0;
    if (a === 1) {
        for (var d = p[i[0]], g = 0; g < n; g++) {
            var y = d[g];
            (y >= l && y <= v || isNaN(y)) && (u[c++] = m), m++;
        }
        h = !0;
    }
    else if (a === 2) {
        for (var d = p[i[0]], _ = p[i[1]], E = t[i[1]][0], x = t[i[1]][1], g = 0; g < n; g++) {
            var y = d[g], T = _[g];
            (y >= l && y <= v || isNaN(y)) && (T >= E && T <= x || isNaN(T)) && (u[c++] = m), m++;
        }
        h = !0;
    }
} if (!h)
    if (a === 1)
        for (var g = 0; g < o; g++) {
            var C = r.getRawIndex(g), y = p[i[0]][C];
            (y >= l && y <= v || isNaN(y)) && (u[c++] = C);
        }
    else
        for (var g = 0; g < o; g++) {
            for (var w = !0, C = r.getRawIndex(g), D = 0; D < a; D++) {
                var M = i[D], y = p[M][C];
                (y < t[M][0] || y > t[M][1]) && (w = !1);
            }
            w && (u[c++] = r.getRawIndex(g));
        } return c < o && (r._indices = u), r._count = c, r._extent = [], r._updateGetRawIdx(), r; }, e.prototype.map = function (t, r) { var n = this.clone(t); return this._updateDims(n, t, r), n; }, e.prototype.modify = function (t, r) { this._updateDims(this, t, r); }, e.prototype._updateDims = function (t, r, n) { for (var i = t._chunks, a = [], o = r.length, s = t.count(), u = [], c = t._rawExtent, f = 0; f < r.length; f++)
    c[r[f]] = Ge(); for (var l = 0; l < s; l++) {
    for (var v = t.getRawIndex(l), p = 0; p < o; p++)
        u[p] = i[r[p]][v];
    u[o] = l;
    var h = n && n.apply(null, u);
    if (h != null) {
        typeof h != "object" && (a[0] = h, h = a);
        for (var f = 0; f < h.length; f++) {
            var m = r[f], d = h[f], g = c[m], y = i[m];
            y && (y[v] = d), d < g[0] && (g[0] = d), d > g[1] && (g[1] = d);
        }
    }
} }, e.prototype.lttbDownSample = function (t, r) { var n = this.clone([t], !0), i = n._chunks, a = i[t], o = this.count(), s = 0, u = Math.floor(1 / r), c = this.getRawIndex(0), f, l, v, p = new (Hr(this._rawCount))(Math.min((Math.ceil(o / u) + 2) * 2, o)); p[s++] = c; for (var h = 1; h < o - 1; h += u) {
    for (var m = Math.min(h + u, o - 1), d = Math.min(h + u * 2, o), g = (d + m) / 2, y = 0, _ = m; _ < d; _++) {
        var E = this.getRawIndex(_), x = a[E];
        isNaN(x) || (y += x);
    }
    y /= d - m;
    var T = h, C = Math.min(h + u, o), w = h - 1, D = a[c];
    f = -1, v = T;
    for (var M = -1, R = 0, _ = T; _ < C; _++) {
        var E = this.getRawIndex(_), x = a[E];
        if (isNaN(x)) {
            R++, M < 0 && (M = E);
            continue;
        }
        l = Math.abs((w - g) * (x - D) - (w - _) * (y - D)), l > f && (f = l, v = E);
    }
    R > 0 && R < C - T && (p[s++] = Math.min(M, v), v = Math.max(M, v)), p[s++] = v, c = v;
} return p[s++] = this.getRawIndex(o - 1), n._count = s, n._indices = p, n.getRawIndex = this._getRawIdx, n; }, e.prototype.minmaxDownSample = function (t, r) { for (var n = this.clone([t], !0), i = n._chunks, a = Math.floor(1 / r), o = i[t], s = this.count(), u = new (Hr(this._rawCount))(Math.ceil(s / a) * 2), c = 0, f = 0; f < s; f += a) {
    var l = f, v = o[this.getRawIndex(l)], p = f, h = o[this.getRawIndex(p)], m = a;
    f + a > s && (m = s - f);
    for (var d = 0; d < m; d++) {
        var g = this.getRawIndex(f + d), y = o[g];
        y < v && (v = y, l = f + d), y > h && (h = y, p = f + d);
    }
    var _ = this.getRawIndex(l), E = this.getRawIndex(p);
    l < p ? (u[c++] = _, u[c++] = E) : (u[c++] = E, u[c++] = _);
} return n._count = c, n._indices = u, n._updateGetRawIdx(), n; }, e.prototype.downSample = function (t, r, n, i) { for (var a = this.clone([t], !0), o = a._chunks, s = [], u = Math.floor(1 / r), c = o[t], f = this.count(), l = a._rawExtent[t] = Ge(), v = new (Hr(this._rawCount))(Math.ceil(f / u)), p = 0, h = 0; h < f; h += u) {
    u > f - h && (u = f - h, s.length = u);
    for (var m = 0; m < u; m++) {
        var d = this.getRawIndex(h + m);
        s[m] = c[d];
    }
    var g = n(s), y = this.getRawIndex(Math.min(h + i(s, g) || 0, f - 1));
    c[y] = g, g < l[0] && (l[0] = g), g > l[1] && (l[1] = g), v[p++] = y;
} return a._count = p, a._indices = v, a._updateGetRawIdx(), a; }, e.prototype.each = function (t, r) { if (this._count)
    for (var n = t.length, i = this._chunks, a = 0, o = this.count(); a < o; a++) {
        var s = this.getRawIndex(a);
        switch (n) {
            case 0:
                r(a);
                break;
            case 1:
                r(i[t[0]][s], a);
                break;
            case 2:
                r(i[t[0]][s], i[t[1]][s], a);
                break;
            default:
                for (var u = 0, c = []; u < n; u++)
                    c[u] = i[t[u]][s];
                c[u] = a, r.apply(null, c);
        }
    } }, e.prototype.getDataExtent = function (t, r) { var n = this._chunks[t], i = Ge(); if (!n)
    return i; var a = this.count(), o = !this._indices && !r; if (o)
    return this._rawExtent[t].slice(); var s = this._extent, u = s[t] || (s[t] = {}), c = Xf(r), f = c.key, l = u[f]; if (l)
    return l.slice(); for (var v = i[0], p = i[1], h = 0; h < a; h++) {
    var m = this.getRawIndex(h), d = n[m];
    (!r || Zf(c, d)) && (d < v && (v = d), d > p && (p = d));
} return u[f] = [v, p]; }, e.prototype.getRawDataItem = function (t) { var r = this.getRawIndex(t); if (this._provider.persistent)
    return this._provider.getItem(r); for (var n = [], i = this._chunks, a = 0; a < i.length; a++)
    n.push(i[a][r]); return n; }, e.prototype.clone = function (t, r) { var n = new e, i = this._chunks, a = t && Kt(t, function (s, u) { return s[u] = !0, s; }, {}); if (a)
    for (var o = 0; o < i.length; o++)
        n._chunks[o] = a[o] ? uy(i[o]) : i[o];
else
    n._chunks = i; return this._copyCommonProps(n), r || (n._indices = this._cloneIndices()), n._updateGetRawIdx(), n; }, e.prototype._copyCommonProps = function (t) { t._count = this._count, t._rawCount = this._rawCount, t._provider = this._provider, t._dimensions = this._dimensions, t._extent = H(this._extent), t._rawExtent = H(this._rawExtent); }, e.prototype._cloneIndices = function () { if (this._indices) {
    var t = this._indices.constructor, r = void 0;
    if (t === Array) {
        var n = this._indices.length;
        r = new t(n);
        for (var i = 0; i < n; i++)
            r[i] = this._indices[i];
    }
    else
        r = new t(this._indices);
    return r;
} return null; }, e.prototype._getRawIdxIdentity = function (t) { return t; }, e.prototype._getRawIdx = function (t) { return t < this._count && t >= 0 ? this._indices[t] : -1; }, e.prototype._updateGetRawIdx = function () { this.getRawIndex = this._indices ? this._getRawIdx : this._getRawIdxIdentity; }, e.internalField = (function () { function t(r, n, i, a) { return Br(r[a], this._dimensions[a]); } Fs = { arrayRows: t, objectRows: function (r, n, i, a) { return Br(r[n], this._dimensions[a]); }, keyedColumns: t, original: function (r, n, i, a) { var o = r && (r.value == null ? r : r.value); return Br(o instanceof Array ? o[a] : o, this._dimensions[a]); }, typedArray: function (r, n, i, a) { return r[a]; } }; })(), e; })(), Pn = ly;
var np = (function () { function e(t) { this._sourceList = [], this._storeList = [], this._upstreamSignList = [], this._versionSignBase = 0, this._dirty = !0, this._sourceHost = t; } return e.prototype.dirty = function () { this._setLocalSource([], []), this._storeList = [], this._dirty = !0; }, e.prototype._setLocalSource = function (t, r) { this._sourceList = t, this._upstreamSignList = r, this._versionSignBase++, this._versionSignBase > 9e10 && (this._versionSignBase = 0); }, e.prototype._getVersionSign = function () { return this._sourceHost.uid + "_" + this._versionSignBase; }, e.prototype.prepareSource = function () { this._isDirty() && (this._createSource(), this._dirty = !1); }, e.prototype._createSource = function () { this._setLocalSource([], []); var t = this._sourceHost, r = this._getUpstreamSourceManagers(), n = !!r.length, i, a; if (da(t)) {
    var o = t, s = void 0, u = void 0, c = void 0;
    if (n) {
        var f = r[0];
        f.prepareSource(), c = f.getSource(), s = c.data, u = c.sourceFormat, a = [f._getVersionSign()];
    }
    else
        s = o.get("data", !0), u = he(s) ? Qe : Ie, a = [];
    var l = this._getSourceMetaRawOption() || {}, v = c && c.metaRawOption || {}, p = q(l.seriesLayoutBy, v.seriesLayoutBy) || null, h = q(l.sourceHeader, v.sourceHeader), m = q(l.dimensions, v.dimensions), d = p !== v.seriesLayoutBy || !!h != !!v.sourceHeader || m;
    i = d ? [kn(s, { seriesLayoutBy: p, sourceHeader: h, dimensions: m }, u)] : [];
}
else {
    var g = t;
    if (n) {
        var y = this._applyTransform(r);
        i = y.sourceList, a = y.upstreamSignList;
    }
    else {
        var _ = g.get("source", !0);
        i = [kn(_, this._getSourceMetaRawOption(), null)], a = [];
    }
} this._setLocalSource(i, a); }, e.prototype._applyTransform = function (t) { var r = this._sourceHost, n = r.get("transform", !0), i = r.get("fromTransformResult", !0); if (i != null) {
    var a = "";
    t.length !== 1 && rp(a);
} var o, s = [], u = []; return S(t, function (c) { c.prepareSource(); var f = c.getSource(i || 0), l = ""; i != null && !f && rp(l), s.push(f), u.push(c._getVersionSign()); }), n ? o = Jf(n, s, { datasetIndex: r.componentIndex }) : i != null && (o = [Vf(s[0])]), { sourceList: o, upstreamSignList: u }; }, e.prototype._isDirty = function () { if (this._dirty)
    return !0; for (var t = this._getUpstreamSourceManagers(), r = 0; r < t.length; r++) {
    var n = t[r];
    if (n._isDirty() || this._upstreamSignList[r] !== n._getVersionSign())
        return !0;
} }, e.prototype.getSource = function (t) { t = t || 0; var r = this._sourceList[t]; if (!r) {
    var n = this._getUpstreamSourceManagers();
    return n[0] && n[0].getSource(t);
} return r; }, e.prototype.getSharedDataStore = function (t) { var r = t.makeStoreSchema(); return this._innerGetDataStore(r.dimensions, t.source, r.hash); }, e.prototype._innerGetDataStore = function (t, r, n) { var i = 0, a = this._storeList, o = a[i]; o || (o = a[i] = {}); var s = o[n]; if (!s) {
    var u = this._getUpstreamSourceManagers()[0];
    da(this._sourceHost) && u ? s = u._innerGetDataStore(t, r, n) : (s = new Pn, s.initData(new ha(r, t.length), t)), o[n] = s;
} return s; }, e.prototype._getUpstreamSourceManagers = function () { var t = this._sourceHost; if (da(t)) {
    var r = ua(t);
    return r ? [r.getSourceManager()] : [];
}
else
    return P(Pf(t), function (n) { return n.getSourceManager(); }); }, e.prototype._getSourceMetaRawOption = function () { var t = this._sourceHost, r, n, i; if (da(t))
    r = t.get("seriesLayoutBy", !0), n = t.get("sourceHeader", !0), i = t.get("dimensions", !0);
else if (!this._getUpstreamSourceManagers().length) {
    var a = t;
    r = a.get("seriesLayoutBy", !0), n = a.get("sourceHeader", !0), i = a.get("dimensions", !0);
} return { seriesLayoutBy: r, sourceHeader: n, dimensions: i }; }, e; })();
function sC(e) { var t = e.option.transform; t && qt(e.option.transform); }
function da(e) { return e.mainType === "series"; }
function rp(e) { throw new Error(e); }
var fr = { color: {}, darkColor: {}, size: {} }, oe = fr.color = { theme: ["#5070dd", "#b6d634", "#505372", "#ff994d", "#0ca8df", "#ffd10a", "#fb628b", "#785db0", "#3fbe95"], neutral00: "#fff", neutral05: "#f4f7fd", neutral10: "#e8ebf0", neutral15: "#dbdee4", neutral20: "#cfd2d7", neutral25: "#c3c5cb", neutral30: "#b7b9be", neutral35: "#aaacb2", neutral40: "#9ea0a5", neutral45: "#929399", neutral50: "#86878c", neutral55: "#797b7f", neutral60: "#6d6e73", neutral65: "#616266", neutral70: "#54555a", neutral75: "#48494d", neutral80: "#3c3c41", neutral85: "#303034", neutral90: "#232328", neutral95: "#17171b", neutral99: "#000", accent05: "#eff1f9", accent10: "#e0e4f2", accent15: "#d0d6ec", accent20: "#c0c9e6", accent25: "#b1bbdf", accent30: "#a1aed9", accent35: "#91a0d3", accent40: "#8292cc", accent45: "#7285c6", accent50: "#6578ba", accent55: "#5c6da9", accent60: "#536298", accent65: "#4a5787", accent70: "#404c76", accent75: "#374165", accent80: "#2e3654", accent85: "#252b43", accent90: "#1b2032", accent95: "#121521", transparent: "rgba(0,0,0,0)", highlight: "rgba(255,231,130,0.8)" };
I(oe, { primary: oe.neutral80, secondary: oe.neutral70, tertiary: oe.neutral60, quaternary: oe.neutral50, disabled: oe.neutral20, border: oe.neutral30, borderTint: oe.neutral20, borderShade: oe.neutral40, background: oe.neutral05, backgroundTint: "rgba(234,237,245,0.5)", backgroundTransparent: "rgba(255,255,255,0)", backgroundShade: oe.neutral10, shadow: "rgba(0,0,0,0.2)", shadowTint: "rgba(129,130,136,0.2)", axisLine: oe.neutral70, axisLineTint: oe.neutral40, axisTick: oe.neutral70, axisTickMinor: oe.neutral60, axisLabel: oe.neutral70, axisSplitLine: oe.neutral15, axisMinorSplitLine: oe.neutral05 });
for (zt in oe)
    oe.hasOwnProperty(zt) && (zs = oe[zt], zt === "theme" ? fr.darkColor.theme = oe.theme.slice() : zt === "highlight" ? fr.darkColor.highlight = "rgba(255,231,130,0.4)" : zt.indexOf("accent") === 0 ? fr.darkColor[zt] = sn(zs, null, function (e) { return e * .5; }, function (e) { return Math.min(1, 1.3 - e); }) : fr.darkColor[zt] = sn(zs, null, function (e) { return e * .9; }, function (e) { return 1 - Math.pow(e, 1.5); }));
var zs, zt;
fr.size = { xxs: 2, xs: 5, s: 10, m: 15, l: 20, xl: 30, xxl: 40, xxxl: 50 };
var qe = fr;
var cy = "line-height:1";
function ip(e) { var t = e.lineHeight; return t == null ? cy : "line-height:" + Ne(t + "") + "px"; }
function ap(e, t) { var r = e.color || qe.color.tertiary, n = e.fontSize || 12, i = e.fontWeight || "400", a = e.color || qe.color.secondary, o = e.fontSize || 14, s = e.fontWeight || "900"; return t === "html" ? { nameStyle: "font-size:" + Ne(n + "") + "px;color:" + Ne(r) + ";font-weight:" + Ne(i + ""), valueStyle: "font-size:" + Ne(o + "") + "px;color:" + Ne(a) + ";font-weight:" + Ne(s + "") } : { nameStyle: { fontSize: n, fill: r, fontWeight: i }, valueStyle: { fontSize: o, fill: a, fontWeight: s } }; }
var fy = [0, 10, 20, 30], py = ["", `
`, `

`, `


`];
function ma(e, t) { return t.type = e, t; }
function Bs(e) { return e.type === "section"; }
function op(e) { return Bs(e) ? vy : hy; }
function sp(e) { if (Bs(e)) {
    var t = 0, r = e.blocks.length, n = r > 1 || r > 0 && !e.noHeader;
    return S(e.blocks, function (i) { var a = sp(i); a >= t && (t = a + +(n && (!a || Bs(i) && !i.noHeader))); }), t;
} return 0; }
function vy(e, t, r, n) { var i = t.noHeader, a = dy(sp(t)), o = [], s = t.blocks || []; de(!s || N(s)), s = s || []; var u = e.orderMode; if (t.sortBlocks && u) {
    s = s.slice();
    var c = { valueAsc: "asc", valueDesc: "desc" };
    if (ue(c, u)) {
        var f = new qf(c[u], null);
        s.sort(function (m, d) { return f.evaluate(m.sortParam, d.sortParam); });
    }
    else
        u === "seriesDesc" && s.reverse();
} S(s, function (m, d) { var g = t.valueFormatter, y = op(m)(g ? I(I({}, e), { valueFormatter: g }) : e, m, d > 0 ? a.html : 0, n); y != null && o.push(y); }); var l = e.renderMode === "richText" ? o.join(a.richText) : Hs(n, o.join(""), i ? r : a.html); if (i)
    return l; var v = ea(t.header, "ordinal", e.useUTC), p = ap(n, e.renderMode).nameStyle, h = ip(n); return e.renderMode === "richText" ? up(e, v, p) + a.richText + l : Hs(n, '<div style="' + p + ";" + h + ';">' + Ne(v) + "</div>" + l, r); }
function hy(e, t, r, n) { var i = e.renderMode, a = t.noName, o = t.noValue, s = !t.markerType, u = t.name, c = e.useUTC, f = t.valueFormatter || e.valueFormatter || function (E) { return E = N(E) ? E : [E], P(E, function (x, T) { return ea(x, N(p) ? p[T] : p, c); }); }; if (!(a && o)) {
    var l = s ? "" : e.markupStyleCreator.makeTooltipMarker(t.markerType, t.markerColor || qe.color.secondary, i), v = a ? "" : ea(u, "ordinal", c), p = t.valueType, h = o ? [] : f(t.value, t.rawDataIndex), m = !s || !a, d = !s && a, g = ap(n, i), y = g.nameStyle, _ = g.valueStyle;
    return i === "richText" ? (s ? "" : l) + (a ? "" : up(e, v, y)) + (o ? "" : yy(e, h, m, d, _)) : Hs(n, (s ? "" : l) + (a ? "" : my(v, !s, y)) + (o ? "" : gy(h, m, d, _)), r);
} }
function gC(e, t, r, n, i, a) { if (e) {
    var o = op(e), s = { useUTC: i, renderMode: r, orderMode: n, markupStyleCreator: t, valueFormatter: e.valueFormatter };
    return o(s, e, 0, a);
} }
function dy(e) { return { html: fy[e], richText: py[e] }; }
function Hs(e, t, r) { var n = '<div style="clear:both"></div>', i = "margin: " + r + "px 0 0", a = ip(e); return '<div style="' + i + ";" + a + ';">' + t + n + "</div>"; }
function my(e, t, r) { var n = t ? "margin-left:2px" : ""; return '<span style="' + r + ";" + n + '">' + Ne(e) + "</span>"; }
function gy(e, t, r, n) { var i = r ? "10px" : "20px", a = t ? "float:right;margin-left:" + i : ""; return e = N(e) ? e : [e], '<span style="' + a + ";" + n + '">' + P(e, function (o) { return Ne(o); }).join("&nbsp;&nbsp;") + "</span>"; }
function up(e, t, r) { return e.markupStyleCreator.wrapRichTextStyle(t, r); }
function yy(e, t, r, n, i) { var a = [i], o = n ? 10 : 20; return r && a.push({ padding: [0, 0, 0, o], align: "right" }), e.markupStyleCreator.wrapRichTextStyle(N(t) ? t.join("  ") : t, a); }
function lp(e, t) { var r = e.getData().getItemVisual(t, "style"), n = r[e.visualDrawType]; return Nf(n); }
function yC(e, t) { var r = e.get("padding"); return r ?? (t === "richText" ? [8, 10] : 10); }
var _C = (function () { function e() { this.richTextStyles = {}, this._nextStyleNameId = fn(); } return e.prototype._generateStyleName = function () { return "__EC_aUTo_" + this._nextStyleNameId++; }, e.prototype.makeTooltipMarker = function (t, r, n) { var i = n === "richText" ? this._generateStyleName() : null, a = Mf({ color: r, type: t, renderMode: n, markerId: i }); return A(a) ? a : (this.richTextStyles[i] = a.style, a.content); }, e.prototype.wrapRichTextStyle = function (t, r) { var n = {}; N(r) ? S(r, function (a) { return I(n, a); }) : I(n, r); var i = this._generateStyleName(); return this.richTextStyles[i] = n, "{" + i + "|" + t + "}"; }, e; })();
function cp(e) { var t = e.series, r = e.dataIndex, n = e.multipleSeries, i = t.getData(), a = i.mapDimensionsAll("defaultedTooltip"), o = a.length, s = t.getRawValue(r), u = N(s), c = lp(t, r), f, l, v, p; if (o > 1 || u && !o) {
    var h = _y(s, t, r, a, c);
    f = h.inlineValues, l = h.inlineValueTypes, v = h.blocks, p = h.inlineValues[0];
}
else if (o) {
    var m = i.getDimensionInfo(a[0]);
    p = f = zr(i, r, a[0]), l = m.type;
}
else
    p = f = u ? s[0] : s; var d = hi(t), g = d && t.name || "", y = i.getName(r), _ = n ? g : y; return ma("section", { header: g, noHeader: n || !d, sortParam: p, blocks: [ma("nameValue", { markerType: "item", markerColor: c, name: _, noName: !At(_), value: f, valueType: l, rawDataIndex: i.getRawIndex(r) })].concat(v || []) }); }
function _y(e, t, r, n, i) { var a = t.getData(), o = Kt(e, function (l, v, p) { var h = a.getDimensionInfo(p); return l = l || h && h.tooltip !== !1 && h.displayName != null; }, !1), s = [], u = [], c = []; n.length ? S(n, function (l) { f(zr(a, r, l), l); }) : S(e, f); function f(l, v) { var p = a.getDimensionInfo(v); !p || p.otherDims.tooltip === !1 || (o ? c.push(ma("nameValue", { markerType: "subItem", markerColor: i, name: p.displayName, value: l, valueType: p.type })) : (s.push(l), u.push(p.type))); } return { inlineValues: s, inlineValueTypes: u, blocks: c }; }
var Bt = B();
function ga(e, t) { return e.getName(t) || e.getId(t); }
var xy = "__universalTransitionEnabled", ya = (function (e) { Sy(t, e); function t() { var r = e !== null && e.apply(this, arguments) || this; return r._selectedDataIndicesMap = {}, r; } return t.prototype.init = function (r, n, i) { this.seriesIndex = this.componentIndex, this.dataTask = Vt({ count: Ty, reset: Dy }), this.dataTask.context = { model: this }, this.mergeDefaultAndTheme(r, i); var a = Bt(this).sourceManager = new np(this); a.prepareSource(); var o = this.getInitialData(r, i); pp(o, this), this.dataTask.context.data = o, Bt(this).dataBeforeProcessed = o, fp(this), this._initSelectedMapFromData(o); }, t.prototype.mergeDefaultAndTheme = function (r, n) { var i = Lr(this), a = i ? sa(r) : {}, o = this.subType; ce.hasClass(o) && (o += "Series"), te(r, n.getTheme().get(this.subType)), te(r, this.getDefaultOption()), yo(r, "label", ["show"]), this.fillDataTextStyle(r.data), i && Ur(r, a, i); }, t.prototype.mergeOption = function (r, n) { r = te(this.option, r, !0), this.fillDataTextStyle(r.data); var i = Lr(this); i && Ur(this.option, r, i); var a = Bt(this).sourceManager; a.dirty(), a.prepareSource(); var o = this.getInitialData(r, n); pp(o, this), this.dataTask.dirty(), this.dataTask.context.data = o, Bt(this).dataBeforeProcessed = o, fp(this), this._initSelectedMapFromData(o); }, t.prototype.fillDataTextStyle = function (r) { if (r && !he(r))
    for (var n = ["show"], i = 0; i < r.length; i++)
        r[i] && r[i].label && yo(r[i], "label", n); }, t.prototype.getInitialData = function (r, n) { }, t.prototype.appendData = function (r) { var n = this.getRawData(); n.appendData(r.data); }, t.prototype.getData = function (r) { var n = Gs(this); if (n) {
    var i = n.context.data;
    return r == null || !i.getLinkedData ? i : i.getLinkedData(r);
}
else
    return Bt(this).data; }, t.prototype.getAllData = function () { var r = this.getData(); return r && r.getLinkedDataAll ? r.getLinkedDataAll() : [{ data: r }]; }, t.prototype.setData = function (r) { var n = Gs(this); if (n) {
    var i = n.context;
    i.outputData = r, n !== this.dataTask && (i.data = r);
} Bt(this).data = r; }, t.prototype.getEncode = function () { var r = this.get("encode", !0); if (r)
    return O(r); }, t.prototype.getSourceManager = function () { return Bt(this).sourceManager; }, t.prototype.getSource = function () { return this.getSourceManager().getSource(); }, t.prototype.getRawData = function () { return Bt(this).dataBeforeProcessed; }, t.prototype.getColorBy = function () { var r = this.get("colorBy"); return r || "series"; }, t.prototype.isColorBySeries = function () { return this.getColorBy() === "series"; }, t.prototype.getBaseAxis = function () { var r = this.coordinateSystem; return r && r.getBaseAxis && r.getBaseAxis(); }, t.prototype.indicesOfNearest = function (r, n, i, a) { var o = this.getData(), s = this.coordinateSystem, u = s && s.getAxis(r); if (!s || !u)
    return []; var c = u.dataToCoord(i); a == null && (a = 1 / 0); for (var f = [], l = 1 / 0, v = -1, p = 0, h = o.getDimensionIndex(n), m = o.getStore(), d = 0, g = m.count(); d < g; d++) {
    var y = m.get(h, d), _ = u.dataToCoord(y), E = c - _, x = Math.abs(E);
    x <= a && ((x < l || x === l && E >= 0 && v < 0) && (l = x, v = E, p = 0), E === v && (f[p++] = d));
} return f.length = p, f; }, t.prototype.formatTooltip = function (r, n, i) { return cp({ series: this, dataIndex: r, multipleSeries: n }); }, t.prototype.isAnimationEnabled = function () { var r = this.ecModel; if (Ze.node && !(r && r.ssr))
    return !1; var n = this.getShallow("animation"); return n && this.getData().count() > this.getShallow("animationThreshold") && (n = !1), !!n; }, t.prototype.restoreData = function () { this.dataTask.dirty(); }, t.prototype.getColorFromPalette = function (r, n, i) { var a = this.ecModel, o = Rn.prototype.getColorFromPalette.call(this, r, n, i); return o || (o = a.getColorFromPalette(r, n, i)), o; }, t.prototype.coordDimToDataDim = function (r) { return this.getRawData().mapDimensionsAll(r); }, t.prototype.getProgressive = function () { return this.get("progressive"); }, t.prototype.getProgressiveThreshold = function () { return this.get("progressiveThreshold"); }, t.prototype.select = function (r, n) { this._innerSelect(this.getData(n), r); }, t.prototype.unselect = function (r, n) { var i = this.option.selectedMap; if (i) {
    var a = this.option.selectedMode, o = this.getData(n);
    if (a === "series" || i === "all") {
        this.option.selectedMap = {}, this._selectedDataIndicesMap = {};
        return;
    }
    for (var s = 0; s < r.length; s++) {
        var u = r[s], c = ga(o, u);
        i[c] = !1, this._selectedDataIndicesMap[c] = -1;
    }
} }, t.prototype.toggleSelect = function (r, n) { for (var i = [], a = 0; a < r.length; a++)
    i[0] = r[a], this.isSelected(r[a], n) ? this.unselect(i, n) : this.select(i, n); }, t.prototype.getSelectedDataIndices = function () { if (this.option.selectedMap === "all")
    return [].slice.call(this.getData().getIndices()); for (var r = this._selectedDataIndicesMap, n = ve(r), i = [], a = 0; a < n.length; a++) {
    var o = r[n[a]];
    o >= 0 && i.push(o);
} return i; }, t.prototype.isSelected = function (r, n) { var i = this.option.selectedMap; if (!i)
    return !1; var a = this.getData(n); return (i === "all" || i[ga(a, r)]) && !a.getItemModel(r).get(["select", "disabled"]); }, t.prototype.isUniversalTransitionEnabled = function () { if (this[xy])
    return !0; var r = this.option.universalTransition; return r ? r === !0 ? !0 : r && r.enabled : !1; }, t.prototype._innerSelect = function (r, n) { var i, a, o = this.option, s = o.selectedMode, u = n.length; if (!(!s || !u)) {
    if (s === "series")
        o.selectedMap = "all";
    else if (s === "multiple") {
        L(o.selectedMap) || (o.selectedMap = {});
        for (var c = o.selectedMap, f = 0; f < u; f++) {
            var l = n[f], v = ga(r, l);
            c[v] = !0, this._selectedDataIndicesMap[v] = r.getRawIndex(l);
        }
    }
    else if (s === "single" || s === !0) {
        var p = n[u - 1], v = ga(r, p);
        o.selectedMap = (i = {}, i[v] = !0, i), this._selectedDataIndicesMap = (a = {}, a[v] = r.getRawIndex(p), a);
    }
} }, t.prototype._initSelectedMapFromData = function (r) { if (!this.option.selectedMap) {
    var n = [];
    r.hasItemOption && r.each(function (i) { var a = r.getRawDataItem(i); a && a.selected && n.push(i); }), n.length > 0 && this._innerSelect(r, n);
} }, t.registerClass = function (r) { return ce.registerClass(r); }, t.protoInitialize = (function () { var r = t.prototype; r.type = "series.__base__", r.seriesIndex = 0, r.ignoreStyleOnData = !1, r.hasSymbolVisual = !1, r.defaultSymbol = "circle", r.visualStyleAccessPath = "itemStyle", r.visualDrawType = "fill"; })(), t; })(ce);
yt(ya, Yf);
yt(ya, Rn);
ci(ya, ce);
function fp(e) { var t = e.name; hi(e) || (e.name = Ey(e) || t); }
function Ey(e) { var t = e.getRawData(), r = t.mapDimensionsAll("seriesName"), n = []; return S(r, function (i) { var a = t.getDimensionInfo(i); a.displayName && n.push(a.displayName); }), n.join(" "); }
function Ty(e) { return e.model.getRawData().count(); }
function Dy(e) { var t = e.model; return t.setData(t.getRawData().cloneShallow()), Cy; }
function Cy(e, t) { t.outputData && e.end > t.outputData.count() && t.model.getRawData().cloneShallow(t.outputData); }
function pp(e, t) { S(Ju(e.CHANGABLE_METHODS, e.DOWNSAMPLE_METHODS), function (r) { e.wrapMethod(r, nn(by, t)); }); }
function by(e, t) { var r = Gs(e); return r && r.setOutputEnd((t || this).count()), t; }
function Gs(e) { var t = (e.ecModel || {}).scheduler, r = t && t.getPipeline(e.uid); if (r) {
    var n = r.currentTask;
    if (n) {
        var i = n.agentStubMap;
        i && (n = i.get(e.uid));
    }
    return n;
} }
var Gr = ya;
var Ys = (function () { function e() { this.group = new Rt, this.uid = Ft("viewComponent"); } return e.prototype.init = function (t, r) { }, e.prototype.render = function (t, r, n, i) { }, e.prototype.dispose = function (t, r) { }, e.prototype.updateView = function (t, r, n, i) { }, e.prototype.updateLayout = function (t, r, n, i) { }, e.prototype.updateVisual = function (t, r, n, i) { }, e.prototype.toggleBlurSeries = function (t, r, n) { }, e.prototype.eachRendered = function (t) { var r = this.group; r && r.traverse(t); }, e; })();
Tr(Ys);
kt(Ys);
var Ln = Ys;
function Ws() { var e = B(); return function (t) { var r = e(t), n = t.pipelineContext, i = !!r.large, a = !!r.progressiveRender, o = r.large = !!(n && n.large), s = r.progressiveRender = !!(n && n.progressiveRender); return (i !== o || a !== s) && "reset"; }; }
var dp = B(), My = Ws(), Ks = (function () { function e() { this.group = new Rt, this.uid = Ft("viewChart"), this.renderTask = Vt({ plan: Ny, reset: wy }), this.renderTask.context = { view: this }; } return e.prototype.init = function (t, r) { }, e.prototype.render = function (t, r, n, i) { }, e.prototype.highlight = function (t, r, n, i) { var a = t.getData(i && i.dataType); a && hp(a, i, "emphasis"); }, e.prototype.downplay = function (t, r, n, i) { var a = t.getData(i && i.dataType); a && hp(a, i, "normal"); }, e.prototype.remove = function (t, r) { this.group.removeAll(); }, e.prototype.dispose = function (t, r) { }, e.prototype.updateView = function (t, r, n, i) { this.render(t, r, n, i); }, e.prototype.updateVisual = function (t, r, n, i) { this.render(t, r, n, i); }, e.prototype.eachRendered = function (t) { is(this.group, t); }, e.markUpdateMethod = function (t, r) { dp(t).updateMethod = r; }, e.protoInitialize = (function () { var t = e.prototype; t.type = "chart"; })(), e; })();
function vp(e, t, r) { e && En(e) && (t === "emphasis" ? Sn : xn)(e, r); }
function hp(e, t, r) { var n = Jt(e, t), i = t && t.highlightKey != null ? fc(t.highlightKey) : null; n != null ? S(J(n), function (a) { vp(e.getItemGraphicEl(a), r, i); }) : e.eachItemGraphicEl(function (a) { vp(a, r, i); }); }
Tr(Ks, ["dispose"]);
kt(Ks);
function Ny(e) { return My(e.model); }
function wy(e) { var t = e.model, r = e.ecModel, n = e.api, i = e.payload, a = t.pipelineContext.progressiveRender, o = e.view, s = i && dp(i).updateMethod, u = a ? "incrementalPrepareRender" : s && o[s] ? s : "render"; return u !== "render" && o[u](t, r, n, i), Oy[u]; }
var Oy = { incrementalPrepareRender: { progress: function (e, t) { t.view.incrementalRender(e, t.model, t.ecModel, t.api, t.payload); } }, render: { forceFirstProgress: !0, progress: function (e, t) { t.view.render(t.model, t.ecModel, t.api, t.payload); } } }, pr = Ks;
var _a = "\0__throttleOriginMethod", mp = "\0__throttleRate", gp = "\0__throttleType";
function qs(e, t, r) { var n, i = 0, a = 0, o = null, s, u, c, f; t = t || 0; function l() { a = new Date().getTime(), o = null, e.apply(u, c || []); } var v = function () { for (var p = [], h = 0; h < arguments.length; h++)
    p[h] = arguments[h]; n = new Date().getTime(), u = this, c = p; var m = f || t, d = f || r; f = null, s = n - (d ? i : a) - m, clearTimeout(o), d ? o = setTimeout(l, m) : s >= 0 ? l() : o = setTimeout(l, -s), i = n; }; return v.clear = function () { o && (clearTimeout(o), o = null); }, v.debounceNextCall = function (p) { f = p; }, v; }
function XC(e, t, r, n) { var i = e[t]; if (i) {
    var a = i[_a] || i, o = i[gp], s = i[mp];
    if (s !== r || o !== n) {
        if (r == null || !n)
            return e[t] = a;
        i = e[t] = qs(a, r, n === "debounce"), i[_a] = a, i[gp] = n, i[mp] = r;
    }
    return i;
} }
function ZC(e, t) { var r = e[t]; r && r[_a] && (r.clear && r.clear(), e[t] = r[_a]); }
import { __extends as fu } from "tslib";
import { __extends as Ay } from "tslib";
var yp = "";
typeof navigator < "u" && (yp = navigator.platform || "");
var Yr = "rgba(0, 0, 0, 0.2)", _p = qe.color.theme[0], Iy = sn(_p, null, null, .9), Sa = { darkMode: "auto", colorBy: "series", color: qe.color.theme, gradientColor: [Iy, _p], aria: { decal: { decals: [{ color: Yr, dashArrayX: [1, 0], dashArrayY: [2, 5], symbolSize: 1, rotation: Math.PI / 6 }, { color: Yr, symbol: "circle", dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [6, 0], symbolSize: .8 }, { color: Yr, dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: -Math.PI / 4 }, { color: Yr, dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0] }, { color: Yr, dashArrayX: [[1, 0], [1, 6]], dashArrayY: [1, 0, 6, 0], rotation: Math.PI / 4 }, { color: Yr, symbol: "triangle", dashArrayX: [[9, 9], [0, 9, 9, 0]], dashArrayY: [7, 2], symbolSize: .75 }] } }, textStyle: { fontFamily: yp.match(/^Win/) ? "Microsoft YaHei" : "sans-serif", fontSize: 12, fontStyle: "normal", fontWeight: "normal" }, blendMode: null, stateAnimation: { duration: 300, easing: "cubicOut" }, animation: "auto", animationDuration: 1e3, animationDurationUpdate: 500, animationEasing: "cubicInOut", animationEasingUpdate: "cubicInOut", animationThreshold: 2e3, progressiveThreshold: 3e3, progressive: 400, hoverLayerThreshold: 3e3, useUTC: !1 };
var Xs = O();
function tb(e, t) { de(Xs.get(e) == null && t), Xs.set(e, t); }
function Sp(e, t, r) { var n = Xs.get(t); if (!n)
    return r; var i = n(e); if (!i)
    return r; if (0)
    for (var a; a < i.length; a++)
        ; return r.concat(i); }
var xa, Un, xp, Ep = "\0_ec_inner", Ry = 1;
var bp = (function (e) { Ay(t, e); function t() { return e !== null && e.apply(this, arguments) || this; } return t.prototype.init = function (r, n, i, a, o, s) { a = a || {}, this.option = null, this._theme = new ke(a), this._locale = new ke(o), this._optionManager = s; }, t.prototype.setOption = function (r, n, i) { var a = Cp(n); this._optionManager.setOption(r, i, a), this._resetOption(null, a); }, t.prototype.resetOption = function (r, n) { return this._resetOption(r, Cp(n)); }, t.prototype._resetOption = function (r, n) { var i = !1, a = this._optionManager; if (!r || r === "recreate") {
    var o = a.mountOption(r === "recreate");
    !this.option || r === "recreate" ? xp(this, o) : (this.restoreData(), this._mergeOption(o, n)), i = !0;
} if ((r === "timeline" || r === "media") && this.restoreData(), !r || r === "recreate" || r === "timeline") {
    var s = a.getTimelineOption(this);
    s && (i = !0, this._mergeOption(s, n));
} if (!r || r === "recreate" || r === "media") {
    var u = a.getMediaOption(this);
    u.length && S(u, function (c) { i = !0, this._mergeOption(c, n); }, this);
} return i; }, t.prototype.mergeOption = function (r) { this._mergeOption(r, null); }, t.prototype._mergeOption = function (r, n) { var i = this.option, a = this._componentsMap, o = this._componentsCount, s = [], u = O(), c = n && n.replaceMergeMainTypeMap; kf(this), S(r, function (l, v) { l != null && (ce.hasClass(v) ? v && (s.push(v), u.set(v, !0)) : i[v] = i[v] == null ? H(l) : te(i[v], l, !0)); }), c && c.each(function (l, v) { ce.hasClass(v) && !u.get(v) && (s.push(v), u.set(v, !0)); }), ce.topologicalTravel(s, ce.getAllClassMainTypes(), f, this); function f(l) { var v = Sp(this, l, J(r[l])), p = a.get(l), h = p ? c && c.get(l) ? "replaceMerge" : "normalMerge" : "replaceAll", m = Il(p, v, h); Rl(m, l, ce), i[l] = null, a.set(l, null), o.set(l, 0); var d = [], g = [], y = 0, _, E; S(m, function (x, T) { var C = x.existing, w = x.newOption; if (!w)
    C && (C.mergeOption({}, this), C.optionUpdated({}, !1));
else {
    var D = l === "series", M = ce.getClass(l, x.keyInfo.subType, !D);
    if (!M) {
        if (0)
            var R, F;
        return;
    }
    if (l === "tooltip") {
        if (_)
            return;
        _ = !0;
    }
    if (C && C.constructor === M)
        C.name = x.keyInfo.name, C.mergeOption(w, this), C.optionUpdated(w, !1);
    else {
        var k = I({ componentIndex: T }, x.keyInfo);
        C = new M(w, this, this, k), I(C, k), x.brandNew && (C.__requireNewView = !0), C.init(w, this, this), C.optionUpdated(null, !0);
    }
} C ? (d.push(C.option), g.push(C), y++) : (d.push(void 0), g.push(void 0)); }, this), i[l] = d, a.set(l, g), o.set(l, y), l === "series" && xa(this); } this._seriesIndices || xa(this); }, t.prototype.getOption = function () { var r = H(this.option); return S(r, function (n, i) { if (ce.hasClass(i)) {
    for (var a = J(n), o = a.length, s = !1, u = o - 1; u >= 0; u--)
        a[u] && !Cr(a[u]) ? s = !0 : (a[u] = null, !s && o--);
    a.length = o, r[i] = a;
} }), delete r[Ep], r; }, t.prototype.setTheme = function (r) { this._theme = new ke(r), this._resetOption("recreate", null); }, t.prototype.getTheme = function () { return this._theme; }, t.prototype.getLocaleModel = function () { return this._locale; }, t.prototype.setUpdatePayload = function (r) { this._payload = r; }, t.prototype.getUpdatePayload = function () { return this._payload; }, t.prototype.getComponent = function (r, n) { var i = this._componentsMap.get(r); if (i) {
    var a = i[n || 0];
    if (a)
        return a;
    if (n == null) {
        for (var o = 0; o < i.length; o++)
            if (i[o])
                return i[o];
    }
} }, t.prototype.queryComponents = function (r) { var n = r.mainType; if (!n)
    return []; var i = r.index, a = r.id, o = r.name, s = this._componentsMap.get(n); if (!s || !s.length)
    return []; var u; return i != null ? (u = [], S(J(i), function (c) { s[c] && u.push(s[c]); })) : a != null ? u = Tp("id", a, s) : o != null ? u = Tp("name", o, s) : u = Ue(s, function (c) { return !!c; }), Dp(u, r); }, t.prototype.findComponents = function (r) { var n = r.query, i = r.mainType, a = s(n), o = a ? this.queryComponents(a) : Ue(this._componentsMap.get(i), function (c) { return !!c; }); return u(Dp(o, r)); function s(c) { var f = i + "Index", l = i + "Id", v = i + "Name"; return c && (c[f] != null || c[l] != null || c[v] != null) ? { mainType: i, index: c[f], id: c[l], name: c[v] } : null; } function u(c) { return r.filter ? Ue(c, r.filter) : c; } }, t.prototype.eachComponent = function (r, n, i) { var a = this._componentsMap; if (V(r)) {
    var o = n, s = r;
    a.each(function (l, v) { for (var p = 0; l && p < l.length; p++) {
        var h = l[p];
        h && s.call(o, v, h, h.componentIndex);
    } });
}
else
    for (var u = A(r) ? a.get(r) : L(r) ? this.findComponents(r) : null, c = 0; u && c < u.length; c++) {
        var f = u[c];
        f && n.call(i, f, f.componentIndex);
    } }, t.prototype.getSeriesByName = function (r) { var n = He(r, null); return Ue(this._componentsMap.get("series"), function (i) { return !!i && n != null && i.name === n; }); }, t.prototype.getSeriesByIndex = function (r) { return this._componentsMap.get("series")[r]; }, t.prototype.getSeriesByType = function (r) { return Ue(this._componentsMap.get("series"), function (n) { return !!n && n.subType === r; }); }, t.prototype.getSeries = function () { return Ue(this._componentsMap.get("series"), function (r) { return !!r; }); }, t.prototype.getSeriesCount = function () { return this._componentsCount.get("series"); }, t.prototype.eachSeries = function (r, n) { Un(this), S(this._seriesIndices, function (i) { var a = this._componentsMap.get("series")[i]; r.call(n, a, i); }, this); }, t.prototype.eachRawSeries = function (r, n) { S(this._componentsMap.get("series"), function (i) { i && r.call(n, i, i.componentIndex); }); }, t.prototype.eachSeriesByType = function (r, n, i) { Un(this), S(this._seriesIndices, function (a) { var o = this._componentsMap.get("series")[a]; o.subType === r && n.call(i, o, a); }, this); }, t.prototype.eachRawSeriesByType = function (r, n, i) { return S(this.getSeriesByType(r), n, i); }, t.prototype.isSeriesFiltered = function (r) { return Un(this), this._seriesIndicesMap.get(r.componentIndex) == null; }, t.prototype.getCurrentSeriesIndices = function () { return (this._seriesIndices || []).slice(); }, t.prototype.filterSeries = function (r, n) { Un(this); var i = []; S(this._seriesIndices, function (a) { var o = this._componentsMap.get("series")[a]; r.call(n, o, a) && i.push(a); }, this), this._seriesIndices = i, this._seriesIndicesMap = O(i); }, t.prototype.restoreData = function (r) { xa(this); var n = this._componentsMap, i = []; n.each(function (a, o) { ce.hasClass(o) && i.push(o); }), ce.topologicalTravel(i, ce.getAllClassMainTypes(), function (a) { S(n.get(a), function (o) { o && (a !== "series" || !ky(o, r)) && o.restoreData(); }); }); }, t.internalField = (function () { xa = function (r) { var n = r._seriesIndices = []; S(r._componentsMap.get("series"), function (i) { i && n.push(i.componentIndex); }), r._seriesIndicesMap = O(n); }, Un = function (r) { }, xp = function (r, n) { r.option = {}, r.option[Ep] = Ry, r._componentsMap = O({ series: [] }), r._componentsCount = O(); var i = n.aria; L(i) && i.enabled == null && (i.enabled = !0), Py(n, r._theme.option), te(n, Sa, !1), r._mergeOption(n, null); }; })(), t; })(ke);
function ky(e, t) { if (t) {
    var r = t.seriesIndex, n = t.seriesId, i = t.seriesName;
    return r != null && e.componentIndex !== r || n != null && e.id !== n || i != null && e.name !== i;
} }
function Py(e, t) { var r = e.color && !e.colorLayer; S(t, function (n, i) { i === "colorLayer" && r || i === "color" && e.color || ce.hasClass(i) || (typeof n == "object" ? e[i] = e[i] ? te(e[i], n, !1) : H(n) : e[i] == null && (e[i] = n)); }); }
function Tp(e, t, r) { if (N(t)) {
    var n = O();
    return S(t, function (a) { if (a != null) {
        var o = He(a, null);
        o != null && n.set(a, !0);
    } }), Ue(r, function (a) { return a && n.get(a[e]); });
}
else {
    var i = He(t, null);
    return Ue(r, function (a) { return a && i != null && a[e] === i; });
} }
function Dp(e, t) { return t.hasOwnProperty("subType") ? Ue(e, function (r) { return r && r.subType === t.subType; }) : e; }
function Cp(e) { var t = O(); return e && S(J(e.replaceMerge), function (r) { t.set(r, !0); }), { replaceMergeMainTypeMap: t }; }
yt(bp, Rn);
var Ea = bp;
var Ly = /^(min|max)?(.+)$/, Uy = (function () { function e(t) { this._timelineOptions = [], this._mediaList = [], this._currentMediaIndices = [], this._api = t; } return e.prototype.setOption = function (t, r, n) { t && (S(J(t.series), function (o) { o && o.data && he(o.data) && qt(o.data); }), S(J(t.dataset), function (o) { o && o.source && he(o.source) && qt(o.source); })), t = H(t); var i = this._optionBackup, a = Fy(t, r, !i); this._newBaseOption = a.baseOption, i ? (a.timelineOptions.length && (i.timelineOptions = a.timelineOptions), a.mediaList.length && (i.mediaList = a.mediaList), a.mediaDefault && (i.mediaDefault = a.mediaDefault)) : this._optionBackup = a; }, e.prototype.mountOption = function (t) { var r = this._optionBackup; return this._timelineOptions = r.timelineOptions, this._mediaList = r.mediaList, this._mediaDefault = r.mediaDefault, this._currentMediaIndices = [], H(t ? r.baseOption : this._newBaseOption); }, e.prototype.getTimelineOption = function (t) { var r, n = this._timelineOptions; if (n.length) {
    var i = t.getComponent("timeline");
    i && (r = H(n[i.getCurrentIndex()]));
} return r; }, e.prototype.getMediaOption = function (t) { var r = this._api.getWidth(), n = this._api.getHeight(), i = this._mediaList, a = this._mediaDefault, o = [], s = []; if (!i.length && !a)
    return s; for (var u = 0, c = i.length; u < c; u++)
    Vy(i[u].query, r, n) && o.push(u); return !o.length && a && (o = [-1]), o.length && !By(o, this._currentMediaIndices) && (s = P(o, function (f) { return H(f === -1 ? a.option : i[f].option); })), this._currentMediaIndices = o, s; }, e; })();
function Fy(e, t, r) { var n = [], i, a, o = e.baseOption, s = e.timeline, u = e.options, c = e.media, f = !!e.media, l = !!(u || s || o && o.timeline); o ? (a = o, a.timeline || (a.timeline = s)) : ((l || f) && (e.options = e.media = null), a = e), f && N(c) && S(c, function (p) { p && p.option && (p.query ? n.push(p) : i || (i = p)); }), v(a), S(u, function (p) { return v(p); }), S(n, function (p) { return v(p.option); }); function v(p) { S(t, function (h) { h(p, r); }); } return { baseOption: a, timelineOptions: u || [], mediaDefault: i, mediaList: n }; }
function Vy(e, t, r) { var n = { width: t, height: r, aspectratio: t / r }, i = !0; return S(e, function (a, o) { var s = o.match(Ly); if (!(!s || !s[1] || !s[2])) {
    var u = s[1], c = s[2].toLowerCase();
    zy(n[c], a, u) || (i = !1);
} }), i; }
function zy(e, t, r) { return r === "min" ? e >= t : r === "max" ? e <= t : e === t; }
function By(e, t) { return e.join(",") === t.join(","); }
var Mp = Uy;
var gt = S, Vn = L, Np = ["areaStyle", "lineStyle", "nodeStyle", "linkStyle", "chordStyle", "label", "labelLine"];
function Zs(e) { var t = e && e.itemStyle; if (t)
    for (var r = 0, n = Np.length; r < n; r++) {
        var i = Np[r], a = t.normal, o = t.emphasis;
        a && a[i] && (e[i] = e[i] || {}, e[i].normal ? te(e[i].normal, a[i]) : e[i].normal = a[i], a[i] = null), o && o[i] && (e[i] = e[i] || {}, e[i].emphasis ? te(e[i].emphasis, o[i]) : e[i].emphasis = o[i], o[i] = null);
    } }
function Le(e, t, r) { if (e && e[t] && (e[t].normal || e[t].emphasis)) {
    var n = e[t].normal, i = e[t].emphasis;
    n && (r ? (e[t].normal = e[t].emphasis = null, Se(e[t], n)) : e[t] = n), i && (e.emphasis = e.emphasis || {}, e.emphasis[t] = i, i.focus && (e.emphasis.focus = i.focus), i.blurScope && (e.emphasis.blurScope = i.blurScope));
} }
function Fn(e) { Le(e, "itemStyle"), Le(e, "lineStyle"), Le(e, "areaStyle"), Le(e, "label"), Le(e, "labelLine"), Le(e, "upperLabel"), Le(e, "edgeLabel"); }
function fe(e, t) { var r = Vn(e) && e[t], n = Vn(r) && r.textStyle; if (n)
    for (var i = 0, a = _o.length; i < a; i++) {
        var o = _o[i];
        n.hasOwnProperty(o) && (r[o] = n[o]);
    } }
function at(e) { e && (Fn(e), fe(e, "label"), e.emphasis && fe(e.emphasis, "label")); }
function Hy(e) { if (Vn(e)) {
    Zs(e), Fn(e), fe(e, "label"), fe(e, "upperLabel"), fe(e, "edgeLabel"), e.emphasis && (fe(e.emphasis, "label"), fe(e.emphasis, "upperLabel"), fe(e.emphasis, "edgeLabel"));
    var t = e.markPoint;
    t && (Zs(t), at(t));
    var r = e.markLine;
    r && (Zs(r), at(r));
    var n = e.markArea;
    n && at(n);
    var i = e.data;
    if (e.type === "graph") {
        i = i || e.nodes;
        var a = e.links || e.edges;
        if (a && !he(a))
            for (var o = 0; o < a.length; o++)
                at(a[o]);
        S(e.categories, function (c) { Fn(c); });
    }
    if (i && !he(i))
        for (var o = 0; o < i.length; o++)
            at(i[o]);
    if (t = e.markPoint, t && t.data)
        for (var s = t.data, o = 0; o < s.length; o++)
            at(s[o]);
    if (r = e.markLine, r && r.data)
        for (var u = r.data, o = 0; o < u.length; o++)
            N(u[o]) ? (at(u[o][0]), at(u[o][1])) : at(u[o]);
    e.type === "gauge" ? (fe(e, "axisLabel"), fe(e, "title"), fe(e, "detail")) : e.type === "treemap" ? (Le(e.breadcrumb, "itemStyle"), S(e.levels, function (c) { Fn(c); })) : e.type === "tree" && Fn(e.leaves);
} }
function Nt(e) { return N(e) ? e : e ? [e] : []; }
function wp(e) { return (N(e) ? e[0] : e) || {}; }
function js(e, t) { gt(Nt(e.series), function (n) { Vn(n) && Hy(n); }); var r = ["xAxis", "yAxis", "radiusAxis", "angleAxis", "singleAxis", "parallelAxis", "radar"]; t && r.push("valueAxis", "categoryAxis", "logAxis", "timeAxis"), gt(r, function (n) { gt(Nt(e[n]), function (i) { i && (fe(i, "axisLabel"), fe(i.axisPointer, "label")); }); }), gt(Nt(e.parallel), function (n) { var i = n && n.parallelAxisDefault; fe(i, "axisLabel"), fe(i && i.axisPointer, "label"); }), gt(Nt(e.calendar), function (n) { Le(n, "itemStyle"), fe(n, "dayLabel"), fe(n, "monthLabel"), fe(n, "yearLabel"); }), gt(Nt(e.radar), function (n) { fe(n, "name"), n.name && n.axisName == null && (n.axisName = n.name, delete n.name), n.nameGap != null && n.axisNameGap == null && (n.axisNameGap = n.nameGap, delete n.nameGap); }), gt(Nt(e.geo), function (n) { Vn(n) && (at(n), gt(Nt(n.regions), function (i) { at(i); })); }), gt(Nt(e.timeline), function (n) { at(n), Le(n, "label"), Le(n, "itemStyle"), Le(n, "controlStyle", !0); var i = n.data; N(i) && S(i, function (a) { L(a) && (Le(a, "label"), Le(a, "itemStyle")); }); }), gt(Nt(e.toolbox), function (n) { Le(n, "iconStyle"), gt(n.feature, function (i) { Le(i, "iconStyle"); }); }), fe(wp(e.axisPointer), "label"), fe(wp(e.tooltip).axisPointer, "label"); }
function Gy(e, t) { for (var r = t.split(","), n = e, i = 0; i < r.length && (n = n && n[r[i]], n != null); i++)
    ; return n; }
function Yy(e, t, r, n) { for (var i = t.split(","), a = e, o, s = 0; s < i.length - 1; s++)
    o = i[s], a[o] == null && (a[o] = {}), a = a[o]; (n || a[i[s]] == null) && (a[i[s]] = r); }
function Op(e) { e && S(Wy, function (t) { t[0] in e && !(t[1] in e) && (e[t[1]] = e[t[0]]); }); }
var Wy = [["x", "left"], ["y", "top"], ["x2", "right"], ["y2", "bottom"]], Ky = ["grid", "geo", "parallel", "legend", "toolbox", "title", "visualMap", "dataZoom", "timeline"], Qs = [["borderRadius", "barBorderRadius"], ["borderColor", "barBorderColor"], ["borderWidth", "barBorderWidth"]];
function zn(e) { var t = e && e.itemStyle; if (t)
    for (var r = 0; r < Qs.length; r++) {
        var n = Qs[r][1], i = Qs[r][0];
        t[n] != null && (t[i] = t[n]);
    } }
function Ip(e) { e && e.alignTo === "edge" && e.margin != null && e.edgeDistance == null && (e.edgeDistance = e.margin); }
function Ap(e) { e && e.downplay && !e.blur && (e.blur = e.downplay); }
function qy(e) { e && e.focusNodeAdjacency != null && (e.emphasis = e.emphasis || {}, e.emphasis.focus == null && (e.emphasis.focus = "adjacency")); }
function Rp(e, t) { if (e)
    for (var r = 0; r < e.length; r++)
        t(e[r]), e[r] && Rp(e[r].children, t); }
function Ta(e, t) { js(e, t), e.series = J(e.series), S(e.series, function (r) { if (L(r)) {
    var n = r.type;
    if (n === "line")
        r.clipOverflow != null && (r.clip = r.clipOverflow);
    else if (n === "pie" || n === "gauge") {
        r.clockWise != null && (r.clockwise = r.clockWise), Ip(r.label);
        var i = r.data;
        if (i && !he(i))
            for (var a = 0; a < i.length; a++)
                Ip(i[a]);
        r.hoverOffset != null && (r.emphasis = r.emphasis || {}, (r.emphasis.scaleSize = null) && (r.emphasis.scaleSize = r.hoverOffset));
    }
    else if (n === "gauge") {
        var o = Gy(r, "pointer.color");
        o != null && Yy(r, "itemStyle.color", o);
    }
    else if (n === "bar") {
        zn(r), zn(r.backgroundStyle), zn(r.emphasis);
        var i = r.data;
        if (i && !he(i))
            for (var a = 0; a < i.length; a++)
                typeof i[a] == "object" && (zn(i[a]), zn(i[a] && i[a].emphasis));
    }
    else if (n === "sunburst") {
        var s = r.highlightPolicy;
        s && (r.emphasis = r.emphasis || {}, r.emphasis.focus || (r.emphasis.focus = s)), Ap(r), Rp(r.data, Ap);
    }
    else
        n === "graph" || n === "sankey" ? qy(r) : n === "map" && (r.mapType && !r.map && (r.map = r.mapType), r.mapLocation && Se(r, r.mapLocation));
    r.hoverAnimation != null && (r.emphasis = r.emphasis || {}, r.emphasis && r.emphasis.scale == null && (r.emphasis.scale = r.hoverAnimation)), Op(r);
} }), e.dataRange && (e.visualMap = e.dataRange), S(Ky, function (r) { var n = e[r]; n && (N(n) || (n = [n]), S(n, function (i) { Op(i); })); }); }
var kp = mi(Xy);
function Xy(e) { var t = O(); e.eachSeries(function (r) { var n = r.get("stack"); if (n) {
    var i = t.get(n) || t.set(n, []), a = r.getData(), o = { stackResultDimension: a.getCalculationInfo("stackResultDimension"), stackedOverDimension: a.getCalculationInfo("stackedOverDimension"), stackedDimension: a.getCalculationInfo("stackedDimension"), stackedByDimension: a.getCalculationInfo("stackedByDimension"), isStackedByIndex: a.getCalculationInfo("isStackedByIndex"), data: a, seriesModel: r };
    if (!o.stackedDimension || !(o.isStackedByIndex || o.stackedByDimension))
        return;
    i.push(o);
} }), t.each(function (r) { if (r.length !== 0) {
    var n = r[0].seriesModel, i = n.get("stackOrder") || "seriesAsc";
    i === "seriesDesc" && r.reverse(), S(r, function (a, o) { a.data.setCalculationInfo("stackedOnSeries", o > 0 ? r[o - 1].seriesModel : null); }), Zy(r);
} }); }
function Zy(e) { S(e, function (t, r) { var n = [], i = [NaN, NaN], a = [t.stackResultDimension, t.stackedOverDimension], o = t.data, s = t.isStackedByIndex, u = t.seriesModel.get("stackStrategy") || "samesign"; o.modify(a, function (c, f, l) { var v = o.get(t.stackedDimension, l); if (isNaN(v))
    return i; var p, h; s ? h = o.getRawIndex(l) : p = o.get(t.stackedByDimension, l); for (var m = NaN, d = r - 1; d >= 0; d--) {
    var g = e[d];
    if (s || (h = g.data.rawIndexOf(g.stackedByDimension, p)), h >= 0) {
        var y = g.data.getByRawIndex(g.stackResultDimension, h);
        if (u === "all" || u === "positive" && y > 0 || u === "negative" && y < 0 || u === "samesign" && v >= 0 && y > 0 || u === "samesign" && v <= 0 && y < 0) {
            v = El(v, y), m = y;
            break;
        }
    }
} return n[0] = v, n[1] = m, n; }); }); }
var Pp = B(), Lp = { itemStyle: _t(ps, !0), lineStyle: _t(fs, !0) }, jy = { lineStyle: "stroke", itemStyle: "fill" };
function Up(e, t) { var r = e.visualStyleMapper || Lp[t]; return r || (console.warn("Unknown style type '" + t + "'."), Lp.itemStyle); }
function Fp(e, t) { var r = e.visualDrawType || jy[t]; return r || (console.warn("Unknown style type '" + t + "'."), "fill"); }
var Vp = { createOnAllSeries: !0, performRawSeries: !0, reset: function (e, t) { var r = e.getData(), n = e.visualStyleAccessPath || "itemStyle", i = e.getModel(n), a = Up(e, n), o = a(i), s = i.getShallow("decal"); s && (r.setVisual("decal", s), s.dirty = !0); var u = Fp(e, n), c = o[u], f = V(c) ? c : null, l = o.fill === "auto" || o.stroke === "auto"; if (!o[u] || f || l) {
        var v = e.getColorFromPalette(e.name, null, t.getSeriesCount());
        o[u] || (o[u] = v, r.setVisual("colorFromPalette", !0)), o.fill = o.fill === "auto" || V(o.fill) ? v : o.fill, o.stroke = o.stroke === "auto" || V(o.stroke) ? v : o.stroke;
    } if (r.setVisual("style", o), r.setVisual("drawType", u), !t.isSeriesFiltered(e) && f)
        return r.setVisual("colorFromPalette", !1), { dataEach: function (p, h) { var m = e.getDataParams(h), d = I({}, o); d[u] = f(m), p.setItemVisual(h, "style", d); } }; } }, Bn = new ke, zp = { createOnAllSeries: !0, reset: function (e, t) { if (!e.ignoreStyleOnData) {
        var r = e.getData(), n = e.visualStyleAccessPath || "itemStyle", i = Up(e, n), a = r.getVisual("drawType");
        return { dataEach: r.hasItemOption ? function (o, s) { var u = o.getRawDataItem(s); if (u && u[n]) {
                Bn.option = u[n];
                var c = i(Bn), f = o.ensureUniqueItemVisual(s, "style");
                I(f, c), Bn.option.decal && (o.setItemVisual(s, "decal", Bn.option.decal), Bn.option.decal.dirty = !0), a in c && o.setItemVisual(s, "colorFromPalette", !1);
            } } : null };
    } } }, Bp = { performRawSeries: !0, overallReset: function (e) { var t = O(); e.eachSeries(function (r) { if (!r.isColorBySeries()) {
        var n = r.type + "-" + r.getColorBy();
        Pp(r).scope = t.get(n) || t.set(n, {});
    } }), e.eachSeries(function (r) { if (!r.isColorBySeries()) {
        var n = r.getRawData(), i = {}, a = r.getData(), o = Pp(r).scope, s = r.visualStyleAccessPath || "itemStyle", u = Fp(r, s);
        a.each(function (c) { var f = a.getRawIndex(c); i[f] = c; }), n.each(function (c) { var f = i[c], l = a.getItemVisual(f, "colorFromPalette"); if (l) {
            var v = a.ensureUniqueItemVisual(f, "style"), p = n.getName(c) || c + "", h = n.count();
            v[u] = r.getColorFromPalette(p, o, h);
        } });
    } }); } };
var Da = Math.PI;
function Js(e, t) { t = t || {}, Se(t, { text: "loading", textColor: qe.color.primary, fontSize: 12, fontWeight: "normal", fontStyle: "normal", fontFamily: "sans-serif", maskColor: "rgba(255,255,255,0.8)", showSpinner: !0, color: qe.color.theme[0], spinnerRadius: 10, lineWidth: 5, zlevel: 0 }); var r = new Rt, n = new rt({ style: { fill: t.maskColor }, zlevel: t.zlevel, z: 1e4 }); r.add(n); var i = new ft({ style: { text: t.text, fill: t.textColor, fontSize: t.fontSize, fontWeight: t.fontWeight, fontStyle: t.fontStyle, fontFamily: t.fontFamily }, zlevel: t.zlevel, z: 10001 }), a = new rt({ style: { fill: "none" }, textContent: i, textConfig: { position: "right", distance: 10 }, zlevel: t.zlevel, z: 10001 }); r.add(a); var o; return t.showSpinner && (o = new Nn({ shape: { startAngle: -Da / 2, endAngle: -Da / 2 + .1, r: t.spinnerRadius }, style: { stroke: t.color, lineCap: "round", lineWidth: t.lineWidth }, zlevel: t.zlevel, z: 10001 }), o.animateShape(!0).when(1e3, { endAngle: Da * 3 / 2 }).start("circularInOut"), o.animateShape(!0).when(1e3, { startAngle: Da * 3 / 2 }).delay(300).start("circularInOut"), r.add(o)), r.resize = function () { var s = i.getBoundingRect().width, u = t.showSpinner ? t.spinnerRadius : 0, c = (e.getWidth() - u * 2 - (t.showSpinner && s ? 10 : 0) - s) / 2 - (t.showSpinner && s ? 0 : 5 + s / 2) + (t.showSpinner ? 0 : s / 2) + (s ? 0 : u), f = e.getHeight() / 2; t.showSpinner && o.setShape({ cx: c, cy: f }), a.setShape({ x: c - u, y: f - u, width: u * 2, height: u * 2 }), n.setShape({ x: 0, y: 0, width: e.getWidth(), height: e.getHeight() }); }, r.resize(), r; }
var Qy = (function () { function e(t, r, n, i) { this._stageTaskMap = O(), this.ecInstance = t, this.api = r, n = this._dataProcessorHandlers = n.slice(), i = this._visualHandlers = i.slice(), this._allHandlers = n.concat(i); } return e.prototype.restoreData = function (t, r) { t.restoreData(r), this._stageTaskMap.each(function (n) { var i = n.overallTask; i && i.dirty(); }); }, e.prototype.getPerformArgs = function (t, r) { if (t.__pipeline) {
    var n = this._pipelineMap.get(t.__pipeline.id), i = n.context, a = !r && n.progressiveEnabled && (!i || i.progressiveRender) && t.__idxInPipeline > n.blockIndex, o = a ? n.step : null, s = i && i.modDataCount, u = s != null ? Math.ceil(s / o) : null;
    return { step: o, modBy: u, modDataCount: s };
} }, e.prototype.getPipeline = function (t) { return this._pipelineMap.get(t); }, e.prototype.updateStreamModes = function (t, r) { var n = this._pipelineMap.get(t.uid), i = t.__preparePipelineContext ? t.__preparePipelineContext(r, n) : Yl(t, r, n); t.pipelineContext = n.context = i; }, e.prototype.restorePipelines = function (t, r) { var n = this, i = n._pipelineMap = O(); r.eachSeries(function (a) { var o = t.painter.type === "canvas" && a.getProgressive(), s = a.uid; i.set(s, { id: s, head: null, tail: null, threshold: a.getProgressiveThreshold(), progressiveEnabled: o && !(a.preventIncremental && a.preventIncremental()), blockIndex: -1, step: Math.round(o || 700), count: 0 }), n._pipe(a, a.dataTask); }); }, e.prototype.prepareStageTasks = function () { var t = this._stageTaskMap, r = this.api.getModel(), n = this.api; S(this._allHandlers, function (i) { var a = t.get(i.uid) || t.set(i.uid, {}), o = ""; de(!(i.reset && i.overallReset), o), i.reset && this._createSeriesStageTask(i, a, r, n), i.overallReset && this._createOverallStageTask(i, a, r, n); }, this); }, e.prototype.prepareView = function (t, r, n, i) { var a = t.renderTask, o = a.context; o.model = r, o.ecModel = n, o.api = i, a.__block = !t.incrementalPrepareRender, this._pipe(r, a); }, e.prototype.performDataProcessorTasks = function (t, r) { this._performStageTasks(this._dataProcessorHandlers, t, r, { block: !0 }); }, e.prototype.performVisualTasks = function (t, r, n) { this._performStageTasks(this._visualHandlers, t, r, n); }, e.prototype._performStageTasks = function (t, r, n, i) { i = i || {}; var a = !1, o = this; S(t, function (u, c) { if (!(i.visualType && i.visualType !== u.visualType)) {
    var f = o._stageTaskMap.get(u.uid), l = f.seriesTaskMap, v = f.overallTask;
    if (v) {
        var p, h = v.agentStubMap;
        h.each(function (d) { s(i, d) && (d.dirty(), p = !0); }), p && v.dirty(), o.updatePayload(v, n);
        var m = o.getPerformArgs(v, i.block);
        h.each(function (d) { d.perform(m); }), v.perform(m) && (a = !0);
    }
    else
        l && l.each(function (d, g) { s(i, d) && d.dirty(); var y = o.getPerformArgs(d, i.block); y.skip = !u.performRawSeries && r.isSeriesFiltered(d.context.model), o.updatePayload(d, n), d.perform(y) && (a = !0); });
} }); function s(u, c) { return u.setDirty && (!u.dirtyMap || u.dirtyMap.get(c.__pipeline.id)); } this.unfinished = a || this.unfinished; }, e.prototype.performSeriesTasks = function (t) { var r; t.eachSeries(function (n) { r = n.dataTask.perform() || r; }), this.unfinished = r || this.unfinished; }, e.prototype.plan = function () { this._pipelineMap.each(function (t) { var r = t.tail; do {
    if (r.__block) {
        t.blockIndex = r.__idxInPipeline;
        break;
    }
    r = r.getUpstream();
} while (r); }); }, e.prototype.updatePayload = function (t, r) { r !== "remain" && (t.context.payload = r); }, e.prototype._createSeriesStageTask = function (t, r, n, i) { var a = this, o = r.seriesTaskMap, s = r.seriesTaskMap = O(), u = t.seriesType, c = t.getTargetSeries; t.createOnAllSeries ? n.eachRawSeries(f) : u ? n.eachRawSeriesByType(u, f) : c && c(n, i).each(f); function f(l) { var v = l.uid, p = s.set(v, o && o.get(v) || Vt({ plan: r_, reset: n_, count: a_ })); p.context = { model: l, ecModel: n, api: i, useClearVisual: t.isVisual && !t.isLayout, plan: t.plan, reset: t.reset, scheduler: a }, a._pipe(l, p); } }, e.prototype._createOverallStageTask = function (t, r, n, i) { var a = this, o = r.overallTask = r.overallTask || Vt({ reset: Jy }); o.context = { ecModel: n, api: i, overallReset: t.overallReset, scheduler: a }; var s = o.agentStubMap, u = o.agentStubMap = O(), c = t.seriesType, f = t.getTargetSeries, l = t.dirtyOnOverallProgress, v = !1, p = ""; de(!t.createOnAllSeries, p), c ? n.eachRawSeriesByType(c, h) : f ? f(n, i).each(h) : S(n.getSeries(), h); function h(m) { var d = m.uid, g = u.set(d, s && s.get(d) || (v = !0, Vt({ reset: $y, onDirty: t_ }))); g.context = { model: m, dirtyOnOverallProgress: l }, g.agent = o, g.__block = l, a._pipe(m, g); } v && o.dirty(); }, e.prototype._pipe = function (t, r) { var n = t.uid, i = this._pipelineMap.get(n); !i.head && (i.head = r), i.tail && i.tail.pipe(r), i.tail = r, r.__idxInPipeline = i.count++, r.__pipeline = i; }, e.wrapStageHandler = function (t, r) { return V(t) && (t = { overallReset: t, seriesType: o_(t) }), t.uid = Ft("stageHandler"), r && (t.visualType = r), t; }, e; })();
function Jy(e) { e.overallReset(e.ecModel, e.api, e.payload); }
function $y(e) { return e.dirtyOnOverallProgress && e_; }
function e_() { this.agent.dirty(), this.getDownstream().dirty(); }
function t_() { this.agent && this.agent.dirty(); }
function r_(e) { return e.plan ? e.plan(e.model, e.ecModel, e.api, e.payload) : null; }
function n_(e) { e.useClearVisual && e.data.clearAllVisual(); var t = e.resetDefines = J(e.reset(e.model, e.ecModel, e.api, e.payload)); return t.length > 1 ? P(t, function (r, n) { return Hp(n); }) : i_; }
var i_ = Hp(0);
function Hp(e) { return function (t, r) { var n = r.data, i = r.resetDefines[e]; if (i && i.dataEach)
    for (var a = t.start; a < t.end; a++)
        i.dataEach(n, a);
else
    i && i.progress && i.progress(t, n); }; }
function a_(e) { return e.data.count(); }
function o_(e) { Ca = null; try {
    e(Hn, Gp);
}
catch { } return Ca; }
var Hn = {}, Gp = {}, Ca;
Yp(Hn, Ea);
Yp(Gp, _i);
Hn.eachSeriesByType = Hn.eachRawSeriesByType = function (e) { Ca = e; };
Hn.eachComponent = function (e) { e.mainType === "series" && e.subType && (Ca = e.subType); };
function Yp(e, t) { for (var r in t.prototype)
    e[r] = tt; }
var $s = Qy;
var b = qe.darkColor, Wp = b.background, Gn = function () { return { axisLine: { lineStyle: { color: b.axisLine } }, splitLine: { lineStyle: { color: b.axisSplitLine } }, splitArea: { areaStyle: { color: [b.backgroundTint, b.backgroundTransparent] } }, minorSplitLine: { lineStyle: { color: b.axisMinorSplitLine } }, axisLabel: { color: b.axisLabel }, axisName: {} }; }, Kp = { label: { color: b.secondary }, itemStyle: { borderColor: b.borderTint }, dividerLineStyle: { color: b.border } }, qp = { darkMode: !0, color: b.theme, backgroundColor: Wp, axisPointer: { lineStyle: { color: b.border }, crossStyle: { color: b.borderShade }, label: { color: b.tertiary } }, legend: { textStyle: { color: b.secondary }, pageTextStyle: { color: b.tertiary } }, textStyle: { color: b.secondary }, title: { textStyle: { color: b.primary }, subtextStyle: { color: b.quaternary } }, toolbox: { iconStyle: { borderColor: b.accent50 }, feature: { dataView: { backgroundColor: Wp, textColor: b.primary, textareaColor: b.background, textareaBorderColor: b.border, buttonColor: b.accent50, buttonTextColor: b.neutral00 } } }, tooltip: { backgroundColor: b.neutral20, defaultBorderColor: b.border, textStyle: { color: b.tertiary } }, dataZoom: { borderColor: b.accent10, textStyle: { color: b.tertiary }, brushStyle: { color: b.backgroundTint }, handleStyle: { color: b.neutral00, borderColor: b.accent20 }, moveHandleStyle: { color: b.accent40 }, emphasis: { handleStyle: { borderColor: b.accent50 } }, dataBackground: { lineStyle: { color: b.accent30 }, areaStyle: { color: b.accent20 } }, selectedDataBackground: { lineStyle: { color: b.accent50 }, areaStyle: { color: b.accent30 } } }, visualMap: { textStyle: { color: b.secondary }, handleStyle: { borderColor: b.neutral30 } }, timeline: { lineStyle: { color: b.accent10 }, label: { color: b.tertiary }, controlStyle: { color: b.accent30, borderColor: b.accent30 } }, calendar: { itemStyle: { color: b.neutral00, borderColor: b.neutral20 }, dayLabel: { color: b.tertiary }, monthLabel: { color: b.secondary }, yearLabel: { color: b.secondary } }, matrix: { x: Kp, y: Kp, backgroundColor: { borderColor: b.axisLine }, body: { itemStyle: { borderColor: b.borderTint } } }, timeAxis: Gn(), logAxis: Gn(), valueAxis: Gn(), categoryAxis: Gn(), line: { symbol: "circle" }, graph: { color: b.theme }, gauge: { title: { color: b.secondary }, axisLine: { lineStyle: { color: [[1, b.neutral05]] } }, axisLabel: { color: b.axisLabel }, detail: { color: b.primary } }, candlestick: { itemStyle: { color: "#f64e56", color0: "#54ea92", borderColor: "#f64e56", borderColor0: "#54ea92" } }, funnel: { itemStyle: { borderColor: b.background } }, radar: (function () { var e = Gn(); return e.axisName = { color: b.axisLabel }, e.axisLine.lineStyle.color = b.neutral20, e; })(), treemap: { breadcrumb: { itemStyle: { color: b.neutral20, textStyle: { color: b.secondary } }, emphasis: { itemStyle: { color: b.neutral30 } } } }, sunburst: { itemStyle: { borderColor: b.background } }, map: { itemStyle: { borderColor: b.border, areaColor: b.neutral10 }, label: { color: b.tertiary }, emphasis: { label: { color: b.primary }, itemStyle: { areaColor: b.highlight } }, select: { label: { color: b.primary }, itemStyle: { areaColor: b.highlight } } }, geo: { itemStyle: { borderColor: b.border, areaColor: b.neutral10 }, emphasis: { label: { color: b.primary }, itemStyle: { areaColor: b.highlight } }, select: { label: { color: b.primary }, itemStyle: { color: b.highlight } } } };
qp.categoryAxis.splitLine.show = !1;
var Xp = qp;
var Zp = (function () { function e() { } return e.prototype.normalizeQuery = function (t) { var r = {}, n = {}, i = {}; if (A(t)) {
    var a = Be(t);
    r.mainType = a.main || null, r.subType = a.sub || null;
}
else {
    var o = ["Index", "Name", "Id"], s = { name: 1, dataIndex: 1, dataType: 1 };
    S(t, function (u, c) { for (var f = !1, l = 0; l < o.length; l++) {
        var v = o[l], p = c.lastIndexOf(v);
        if (p > 0 && p === c.length - v.length) {
            var h = c.slice(0, p);
            h !== "data" && (r.mainType = h, r[v.toLowerCase()] = u, f = !0);
        }
    } s.hasOwnProperty(c) && (n[c] = u, f = !0), f || (i[c] = u); });
} return { cptQuery: r, dataQuery: n, otherQuery: i }; }, e.prototype.filter = function (t, r) { var n = this.eventInfo; if (!n)
    return !0; var i = n.targetEl, a = n.packedEvent, o = n.model, s = n.view; if (!o || !s)
    return !0; var u = r.cptQuery, c = r.dataQuery; return f(u, o, "mainType") && f(u, o, "subType") && f(u, o, "index", "componentIndex") && f(u, o, "name") && f(u, o, "id") && f(c, a, "name") && f(c, a, "dataIndex") && f(c, a, "dataType") && (!s.filterForExposedEvent || s.filterForExposedEvent(t, r.otherQuery, i, a)); function f(l, v, p, h) { return l[p] == null || v[h || p] === l[p]; } }, e.prototype.afterTrigger = function () { this.eventInfo = null; }, e; })();
var eu = ["symbol", "symbolSize", "symbolRotate", "symbolOffset"], jp = eu.concat(["symbolKeepAspect"]), Qp = { createOnAllSeries: !0, performRawSeries: !0, reset: function (e, t) { var r = e.getData(); if (e.legendIcon && r.setVisual("legendIcon", e.legendIcon), !e.hasSymbolVisual)
        return; for (var n = {}, i = {}, a = !1, o = 0; o < eu.length; o++) {
        var s = eu[o], u = e.get(s);
        V(u) ? (a = !0, i[s] = u) : n[s] = u;
    } if (n.symbol = n.symbol || e.defaultSymbol, r.setVisual(I({ legendIcon: e.legendIcon || n.symbol, symbolKeepAspect: e.get("symbolKeepAspect") }, n)), t.isSeriesFiltered(e))
        return; var c = ve(i); function f(l, v) { for (var p = e.getRawValue(v), h = e.getDataParams(v), m = 0; m < c.length; m++) {
        var d = c[m];
        l.setItemVisual(v, d, i[d](p, h));
    } } return { dataEach: a ? f : null }; } }, Jp = { createOnAllSeries: !0, performRawSeries: !0, reset: function (e, t) { if (!e.hasSymbolVisual || t.isSeriesFiltered(e))
        return; var r = e.getData(); function n(i, a) { for (var o = i.getItemModel(a), s = 0; s < jp.length; s++) {
        var u = jp[s], c = o.getShallow(u, !0);
        c != null && i.setItemVisual(a, u, c);
    } } return { dataEach: r.hasItemOption ? n : null }; } };
function $p(e, t, r) { switch (r) {
    case "color":
        var n = e.getItemVisual(t, "style");
        return n[e.getVisual("drawType")];
    case "opacity": return e.getItemVisual(t, "style").opacity;
    case "symbol":
    case "symbolSize":
    case "liftZ": return e.getItemVisual(t, r);
    default:
} }
function ev(e, t) { switch (t) {
    case "color":
        var r = e.getVisual("style");
        return r[e.getVisual("drawType")];
    case "opacity": return e.getVisual("style").opacity;
    case "symbol":
    case "symbolSize":
    case "liftZ": return e.getVisual(t);
    default:
} }
function Xb(e, t, r, n) { switch (r) {
    case "color":
        var i = e.ensureUniqueItemVisual(t, "style");
        i[e.getVisual("drawType")] = n, e.setItemVisual(t, "colorFromPalette", !1);
        break;
    case "opacity":
        e.ensureUniqueItemVisual(t, "style").opacity = n;
        break;
    case "symbol":
    case "symbolSize":
    case "liftZ":
        e.setItemVisual(t, r, n);
        break;
    default:
} }
function Jb(e, t) { function r(n, i) { var a = []; return n.eachComponent({ mainType: "series", subType: e, query: i }, function (o) { a.push(o.seriesIndex); }), a; } S([[e + "ToggleSelect", "toggleSelect"], [e + "Select", "select"], [e + "UnSelect", "unselect"]], function (n) { t(n[0], function (i, a, o) { i = I({}, i), o.dispatchAction(I(i, { type: n[1], seriesIndex: r(a, i) })); }); }); }
function Wr(e, t, r, n, i) { var a = e + t; r.isSilent(a) || n.eachComponent({ mainType: "series", subType: "pie" }, function (o) { for (var s = o.seriesIndex, u = o.option.selectedMap, c = i.selected, f = 0; f < c.length; f++)
    if (c[f].seriesIndex === s) {
        var l = o.getData(), v = Jt(l, i.fromActionPayload);
        r.trigger(a, { type: a, seriesId: o.id, name: N(v) ? l.getName(v[0]) : l.getName(v), selected: A(u) ? u : I({}, u) });
    } }); }
function tv(e, t, r) { e.on("selectchanged", function (n) { var i = r.getModel(); n.isFromClick ? (Wr("map", "selectchanged", t, i, n), Wr("pie", "selectchanged", t, i, n)) : n.fromAction === "select" ? (Wr("map", "selected", t, i, n), Wr("pie", "selected", t, i, n)) : n.fromAction === "unselect" && (Wr("map", "unselected", t, i, n), Wr("pie", "unselected", t, i, n)); }); }
function Yn(e, t, r) { for (var n; e && !(t(e) && (n = e, r));)
    e = e.__hostTarget || e.parent; return n; }
var s_ = new xr, et = s_;
var rv = {};
function nv(e, t) { rv[e] = t; }
function tu(e) { return rv[e]; }
var iv = {};
function ba(e, t) { iv[e] = t; }
function iM(e) { return iv[e]; }
var Ma = B();
function av(e) { Ma(e).prepare = {}; }
function ov(e) { Ma(e).fullUpdate = {}; }
function sv(e) { return Ma(e).prepare; }
function vr(e) { return Ma(e).fullUpdate; }
var u_ = Math.round(Math.random() * 9), l_ = typeof Object.defineProperty == "function", c_ = (function () { function e() { this._id = "__ec_inner_" + u_++; } return e.prototype.get = function (t) { return this._guard(t)[this._id]; }, e.prototype.set = function (t, r) { var n = this._guard(t); return l_ ? Object.defineProperty(n, this._id, { value: r, enumerable: !1, configurable: !0 }) : n[this._id] = r, this; }, e.prototype.delete = function (t) { return this.has(t) ? (delete this._guard(t)[this._id], !0) : !1; }, e.prototype.has = function (t) { return !!this._guard(t)[this._id]; }, e.prototype._guard = function (t) { if (t !== Object(t))
    throw TypeError("Value of WeakMap is not a non-null object."); return t; }, e; })(), uv = c_;
var f_ = W.extend({ type: "triangle", shape: { cx: 0, cy: 0, width: 0, height: 0 }, buildPath: function (e, t) { var r = t.cx, n = t.cy, i = t.width / 2, a = t.height / 2; e.moveTo(r, n - a), e.lineTo(r + i, n + a), e.lineTo(r - i, n + a), e.closePath(); } }), p_ = W.extend({ type: "diamond", shape: { cx: 0, cy: 0, width: 0, height: 0 }, buildPath: function (e, t) { var r = t.cx, n = t.cy, i = t.width / 2, a = t.height / 2; e.moveTo(r, n - a), e.lineTo(r + i, n), e.lineTo(r, n + a), e.lineTo(r - i, n), e.closePath(); } }), v_ = W.extend({ type: "pin", shape: { x: 0, y: 0, width: 0, height: 0 }, buildPath: function (e, t) { var r = t.x, n = t.y, i = t.width / 5 * 3, a = Math.max(i, t.height), o = i / 2, s = o * o / (a - o), u = n - a + o + s, c = Math.asin(s / o), f = Math.cos(c) * o, l = Math.sin(c), v = Math.cos(c), p = o * .6, h = o * .7; e.moveTo(r - f, u + s), e.arc(r, u, o, Math.PI - c, Math.PI * 2 + c), e.bezierCurveTo(r + f - l * p, u + s + v * p, r, n - h, r, n), e.bezierCurveTo(r, n - h, r - f + l * p, u + s + v * p, r - f, u + s), e.closePath(); } }), h_ = W.extend({ type: "arrow", shape: { x: 0, y: 0, width: 0, height: 0 }, buildPath: function (e, t) { var r = t.height, n = t.width, i = t.x, a = t.y, o = n / 3 * 2; e.moveTo(i, a), e.lineTo(i + o, a + r), e.lineTo(i, a + r / 4 * 3), e.lineTo(i - o, a + r), e.lineTo(i, a), e.closePath(); } }), d_ = { line: Mn, rect: rt, roundRect: rt, square: rt, circle: Dn, diamond: p_, pin: v_, arrow: h_, triangle: f_ }, m_ = { line: function (e, t, r, n, i) { i.x1 = e, i.y1 = t + n / 2, i.x2 = e + r, i.y2 = t + n / 2; }, rect: function (e, t, r, n, i) { i.x = e, i.y = t, i.width = r, i.height = n; }, roundRect: function (e, t, r, n, i) { i.x = e, i.y = t, i.width = r, i.height = n, i.r = Math.min(r, n) / 4; }, square: function (e, t, r, n, i) { var a = Math.min(r, n); i.x = e, i.y = t, i.width = a, i.height = a; }, circle: function (e, t, r, n, i) { i.cx = e + r / 2, i.cy = t + n / 2, i.r = Math.min(r, n) / 2; }, diamond: function (e, t, r, n, i) { i.cx = e + r / 2, i.cy = t + n / 2, i.width = r, i.height = n; }, pin: function (e, t, r, n, i) { i.x = e + r / 2, i.y = t + n / 2, i.width = r, i.height = n; }, arrow: function (e, t, r, n, i) { i.x = e + r / 2, i.y = t + n / 2, i.width = r, i.height = n; }, triangle: function (e, t, r, n, i) { i.cx = e + r / 2, i.cy = t + n / 2, i.width = r, i.height = n; } }, ru = {};
S(d_, function (e, t) { ru[t] = new e; });
var g_ = W.extend({ type: "symbol", shape: { symbolType: "", x: 0, y: 0, width: 0, height: 0 }, calculateTextPosition: function (e, t, r) { var n = sl(e, t, r), i = this.shape; return i && i.symbolType === "pin" && t.position === "inside" && (n.y = r.y + r.height * .4), n; }, buildPath: function (e, t, r) { var n = t.symbolType; if (n !== "none") {
        var i = ru[n];
        i || (n = "rect", i = ru[n]), m_[n](t.x, t.y, t.width, t.height, i.shape), i.buildPath(e, i.shape, r);
    } } });
function y_(e, t) { if (this.type !== "image") {
    var r = this.style;
    this.__isEmptyBrush ? (r.stroke = e, r.fill = t || qe.color.neutral00, r.lineWidth = 2) : this.shape.symbolType === "line" ? r.stroke = e : r.fill = e, this.markRedraw();
} }
function lv(e, t, r, n, i, a, o) { var s = e.indexOf("empty") === 0; s && (e = e.substr(5, 1).toLowerCase() + e.substr(6)); var u; return e.indexOf("image://") === 0 ? u = ns(e.slice(8), new ze(t, r, n, i), o ? "center" : "cover") : e.indexOf("path://") === 0 ? u = Li(e.slice(7), {}, new ze(t, r, n, i), o ? "center" : "cover") : u = new g_({ shape: { symbolType: e, x: t, y: r, width: n, height: i } }), u.__isEmptyBrush = s, u.setColor = y_, a && u.setColor(a), u; }
function hM(e) { return N(e) || (e = [+e, +e]), [e[0] || 0, e[1] || 0]; }
function dM(e, t) { if (e != null)
    return N(e) || (e = [e, e]), [we(e[0], t[0]) || 0, we(q(e[1], e[0]), t[1]) || 0]; }
var nu = new uv, cv = new nl(100), fv = ["symbol", "symbolSize", "symbolKeepAspect", "color", "backgroundColor", "dashArrayX", "dashArrayY", "maxTileWidth", "maxTileHeight"];
function iu(e, t) { if (e === "none")
    return null; var r = t.getDevicePixelRatio(), n = t.getZr(), i = n.painter.type === "svg"; e.dirty && nu.delete(e); var a = nu.get(e); if (a)
    return a; var o = Se(e, { symbol: "rect", symbolSize: 1, symbolKeepAspect: !0, color: "rgba(0, 0, 0, 0.2)", backgroundColor: null, dashArrayX: 5, dashArrayY: 5, rotation: 0, maxTileWidth: 512, maxTileHeight: 512 }); o.backgroundColor === "none" && (o.backgroundColor = null); var s = { repeat: "repeat" }; return u(s), s.rotation = o.rotation, s.scaleX = s.scaleY = i ? 1 : 1 / r, nu.set(e, s), e.dirty = !1, s; function u(c) { for (var f = [r], l = !0, v = 0; v < fv.length; ++v) {
    var p = o[fv[v]];
    if (p != null && !N(p) && !A(p) && !X(p) && typeof p != "boolean") {
        l = !1;
        break;
    }
    f.push(p);
} var h; if (l) {
    h = f.join(",") + (i ? "-svg" : "");
    var m = cv.get(h);
    m && (i ? c.svgElement = m : c.image = m);
} var d = vv(o.dashArrayX), g = __(o.dashArrayY), y = pv(o.symbol), _ = S_(d), E = hv(g), x = !i && Sr.createCanvas(), T = i && { tag: "g", attrs: {}, key: "dcl", children: [] }, C = D(), w; x && (x.width = C.width * r, x.height = C.height * r, w = x.getContext("2d")), M(), l && cv.put(h, x || T), c.image = x, c.svgElement = T, c.svgWidth = C.width, c.svgHeight = C.height; function D() { for (var R = 1, F = 0, k = _.length; F < k; ++F)
    R = mo(R, _[F]); for (var G = 1, F = 0, k = y.length; F < k; ++F)
    G = mo(G, y[F].length); R *= G; var Y = E * _.length * y.length; if (0)
    var U; return { width: Math.max(1, Math.min(R, o.maxTileWidth)), height: Math.max(1, Math.min(Y, o.maxTileHeight)) }; } function M() { w && (w.clearRect(0, 0, x.width, x.height), o.backgroundColor && (w.fillStyle = o.backgroundColor, w.fillRect(0, 0, x.width, x.height))); for (var R = 0, F = 0; F < g.length; ++F)
    R += g[F]; if (R <= 0)
    return; for (var k = -E, G = 0, Y = 0, U = 0; k < C.height;) {
    if (G % 2 === 0) {
        for (var K = Y / 2 % y.length, ae = 0, Z = 0, ye = 0; ae < C.width * 2;) {
            for (var pe = 0, F = 0; F < d[U].length; ++F)
                pe += d[U][F];
            if (pe <= 0)
                break;
            if (Z % 2 === 0) {
                var _e = (1 - o.symbolSize) * .5, ut = ae + d[U][Z] * _e, ee = k + g[G] * _e, se = d[U][Z] * o.symbolSize, be = g[G] * o.symbolSize, Wt = ye / 2 % y[K].length;
                ti(ut, ee, se, be, y[K][Wt]);
            }
            ae += d[U][Z], ++ye, ++Z, Z === d[U].length && (Z = 0);
        }
        ++U, U === d.length && (U = 0);
    }
    k += g[G], ++Y, ++G, G === g.length && (G = 0);
} function ti(lt, ct, z, Q, ad) { var ri = i ? 1 : r, Ku = lv(ad, lt * ri, ct * ri, z * ri, Q * ri, o.color, o.symbolKeepAspect); if (i) {
    var qu = n.painter.renderOneToVNode(Ku);
    qu && T.children.push(qu);
}
else
    dl(w, Ku); } } } }
function pv(e) { if (!e || e.length === 0)
    return [["rect"]]; if (A(e))
    return [[e]]; for (var t = !0, r = 0; r < e.length; ++r)
    if (!A(e[r])) {
        t = !1;
        break;
    } if (t)
    return pv([e]); for (var n = [], r = 0; r < e.length; ++r)
    A(e[r]) ? n.push([e[r]]) : n.push(e[r]); return n; }
function vv(e) { if (!e || e.length === 0)
    return [[0, 0]]; if (X(e)) {
    var t = Math.ceil(e);
    return [[t, t]];
} for (var r = !0, n = 0; n < e.length; ++n)
    if (!X(e[n])) {
        r = !1;
        break;
    } if (r)
    return vv([e]); for (var i = [], n = 0; n < e.length; ++n)
    if (X(e[n])) {
        var t = Math.ceil(e[n]);
        i.push([t, t]);
    }
    else {
        var t = P(e[n], function (s) { return Math.ceil(s); });
        t.length % 2 === 1 ? i.push(t.concat(t)) : i.push(t);
    } return i; }
function __(e) { if (!e || typeof e == "object" && e.length === 0)
    return [0, 0]; if (X(e)) {
    var t = Math.ceil(e);
    return [t, t];
} var r = P(e, function (n) { return Math.ceil(n); }); return e.length % 2 ? r.concat(r) : r; }
function S_(e) { return P(e, function (t) { return hv(t); }); }
function hv(e) { for (var t = 0, r = 0; r < e.length; ++r)
    t += e[r]; return e.length % 2 === 1 ? t * 2 : t; }
var dv = mi(x_);
function x_(e, t) { e.eachRawSeries(function (r) { if (!e.isSeriesFiltered(r)) {
    var n = r.getData();
    n.hasItemVisual() && n.each(function (o) { var s = n.getItemVisual(o, "decal"); if (s) {
        var u = n.ensureUniqueItemVisual(o, "style");
        u.decal = iu(s, t);
    } });
    var i = n.getVisual("decal");
    if (i) {
        var a = n.getVisual("style");
        a.decal = iu(i, t);
    }
} }); }
var vN = "6.1.0", hN = { zrender: "6.1.0" }, E_ = 1, T_ = 800, D_ = 900, C_ = 920, b_ = 1e3, M_ = 2e3, mv = 5e3, Cv = 1e3, N_ = 1100, gu = 2e3, bv = 3e3, w_ = 4e3, La = 4500, O_ = 4600, I_ = 5e3, A_ = 6e3, Mv = 7e3, Nv = { PROCESSOR: { SERIES_FILTER: T_, AXIS_STATISTICS: C_, FILTER: b_, STATISTIC: mv, STATISTICS: mv }, VISUAL: { LAYOUT: Cv, PROGRESSIVE_LAYOUT: N_, GLOBAL: gu, CHART: bv, POST_CHART_LAYOUT: O_, COMPONENT: w_, BRUSH: I_, CHART_ITEM: La, ARIA: A_, DECAL: Mv } }, ge = "__flagInMainProcess", Na = "__mainProcessVersion", Ce = "__pendingUpdate", au = "__needsUpdateStatus", gv = /^[a-zA-Z0-9_]+$/, ou = "__connectUpdateStatus", yv = 0, R_ = 1, k_ = 2;
function wv(e) { return function () { for (var t = [], r = 0; r < arguments.length; r++)
    t[r] = arguments[r]; if (this.isDisposed()) {
    this.id;
    return;
} return Iv(this, e, t); }; }
function Ov(e) { return function () { for (var t = [], r = 0; r < arguments.length; r++)
    t[r] = arguments[r]; return Iv(this, e, t); }; }
function Iv(e, t, r) { return r[0] = r[0] && r[0].toLowerCase(), xr.prototype[t].apply(e, r); }
var Av = (function (e) { fu(t, e); function t() { return e !== null && e.apply(this, arguments) || this; } return t; })(xr), Rv = Av.prototype;
Rv.on = Ov("on");
Rv.off = Ov("off");
var hr, su, wa, wt, Oa, uu, lu, Kr, qr, _v, Sv, cu, xv, Ia, Ev, kv, ot, Tv, Xr, Aa = (function (e) { fu(t, e); function t(r, n, i) { var a = e.call(this, new Zp) || this; a._chartsViews = [], a._chartsMap = {}, a._componentsViews = [], a._componentsMap = {}, a._pendingActions = [], i = i || {}, a.__v_skip = !0, a._dom = r; var o = "canvas", s = "auto", u = !1; if (a[Na] = 1, 0)
    var c; i.ssr && ll(function (p) { var h = Me(p), m = h.dataIndex; if (m != null) {
    var d = O();
    return d.set("series_index", h.seriesIndex), d.set("data_index", m), h.ssrType && d.set("ssr_type", h.ssrType), d;
} }); var f = a._zr = co(r, { renderer: i.renderer || o, devicePixelRatio: i.devicePixelRatio, width: i.width, height: i.height, ssr: i.ssr, useDirtyRect: q(i.useDirtyRect, u), useCoarsePointer: q(i.useCoarsePointer, s), pointerSize: i.pointerSize }); a._ssr = i.ssr, a._throttledZrFlush = qs(ne(f.flush, f), 17), a._updateTheme(n), a._locale = vf(i.locale || Bi), a._coordSysMgr = new ia; var l = a._api = Ev(a); function v(p, h) { return p.__prio - h.__prio; } return ui(ka, v), ui(hu, v), a._scheduler = new $s(a, l, hu, ka), a._messageCenter = new Av, a._initEvents(), a.resize = ne(a.resize, a), f.animation.on("frame", a._onframe, a), _v(f, a), Sv(f, a), qt(a), a; } return t.prototype._onframe = function () { if (!this._disposed) {
    var r = this._scheduler, n = this._model, i = this._api;
    if (Tv(this), this[Ce]) {
        var a = this[Ce].silent;
        this[ge] = !0, Xr(this);
        try {
            hr(this), wt.update.call(this, null, this[Ce].updateParams);
        }
        catch (u) {
            throw this[ge] = !1, this[Ce] = null, u;
        }
        this._zr.flush(), this[ge] = !1, this[Ce] = null, Kr.call(this, a), qr.call(this, a);
    }
    else if (r.unfinished) {
        var o = E_;
        do {
            r.unfinished = !1;
            var s = Sr.getTime();
            r.performSeriesTasks(n), r.performDataProcessorTasks(n), uu(this, n), r.performVisualTasks(n), Ia(this, this._model, i, "remain", {}), o -= Sr.getTime() - s;
        } while (o > 0 && r.unfinished);
        r.unfinished || this._zr.flush();
    }
} }, t.prototype.getDom = function () { return this._dom; }, t.prototype.getId = function () { return this.id; }, t.prototype.getZr = function () { return this._zr; }, t.prototype.isSSR = function () { return this._ssr; }, t.prototype.setOption = function (r, n, i) { if (!this[ge]) {
    if (this._disposed) {
        this.id;
        return;
    }
    var a, o, s;
    if (L(n) && (i = n.lazyUpdate, a = n.silent, o = n.replaceMerge, s = n.transition, n = n.notMerge), this[ge] = !0, Xr(this), !this._model || n) {
        var u = new Mp(this._api), c = this._theme, f = this._model = new Ea;
        f.scheduler = this._scheduler, f.ssr = this._ssr, f.init(null, null, null, c, this._locale, u);
    }
    this._model.setOption(r, { replaceMerge: o }, du);
    var l = { seriesTransition: s, optionChanged: !0 };
    if (i)
        this[Ce] = { silent: a, updateParams: l }, this[ge] = !1, this.getZr().wakeUp();
    else {
        try {
            hr(this), wt.update.call(this, null, l);
        }
        catch (v) {
            throw this[Ce] = null, this[ge] = !1, v;
        }
        this._ssr || this._zr.flush(), this[Ce] = null, this[ge] = !1, Kr.call(this, a), qr.call(this, a);
    }
} }, t.prototype.setTheme = function (r, n) { if (!this[ge]) {
    if (this._disposed) {
        this.id;
        return;
    }
    var i = this._model;
    if (i) {
        var a = n && n.silent, o = null;
        this[Ce] && (a == null && (a = this[Ce].silent), o = this[Ce].updateParams, this[Ce] = null), this[ge] = !0, Xr(this);
        try {
            this._updateTheme(r), i.setTheme(this._theme), hr(this), wt.update.call(this, { type: "setTheme" }, o);
        }
        catch (s) {
            throw this[ge] = !1, s;
        }
        this[ge] = !1, Kr.call(this, a), qr.call(this, a);
    }
} }, t.prototype._updateTheme = function (r) { A(r) && (r = Pv[r]), r && (r = H(r), r && Ta(r, !0), this._theme = r); }, t.prototype.getModel = function () { return this._model; }, t.prototype.getOption = function () { return this._model && this._model.getOption(); }, t.prototype.getWidth = function () { return this._zr.getWidth(); }, t.prototype.getHeight = function () { return this._zr.getHeight(); }, t.prototype.getDevicePixelRatio = function () { return this._zr.painter.dpr || Ze.hasGlobalWindow && window.devicePixelRatio || 1; }, t.prototype.getRenderedCanvas = function (r) { return this.renderToCanvas(r); }, t.prototype.renderToCanvas = function (r) { r = r || {}; var n = this._zr.painter; return n.getRenderedCanvas({ backgroundColor: r.backgroundColor || this._model.get("backgroundColor"), pixelRatio: r.pixelRatio || this.getDevicePixelRatio() }); }, t.prototype.renderToSVGString = function (r) { r = r || {}; var n = this._zr.painter; return n.renderToString({ useViewBox: r.useViewBox }); }, t.prototype.getSvgDataURL = function () { var r = this._zr, n = r.storage.getDisplayList(); return S(n, function (i) { i.stopAnimation(null, !0); }), r.painter.toDataURL(); }, t.prototype.getDataURL = function (r) { if (this._disposed) {
    this.id;
    return;
} r = r || {}; var n = r.excludeComponents, i = this._model, a = [], o = this; S(n, function (u) { i.eachComponent({ mainType: u }, function (c) { var f = o._componentsMap[c.__viewId]; f.group.ignore || (a.push(f), f.group.ignore = !0); }); }); var s = this._zr.painter.getType() === "svg" ? this.getSvgDataURL() : this.renderToCanvas(r).toDataURL("image/" + (r && r.type || "png")); return S(a, function (u) { u.group.ignore = !1; }), s; }, t.prototype.getConnectedDataURL = function (r) { if (this._disposed) {
    this.id;
    return;
} var n = r.type === "svg", i = this.group, a = Math.min, o = Math.max, s = 1 / 0; if (Pa[i]) {
    var u = s, c = s, f = -s, l = -s, v = [], p = r && r.pixelRatio || this.getDevicePixelRatio();
    S(dr, function (_, E) { if (_.group === i) {
        var x = n ? _.getZr().painter.getSvgDom().innerHTML : _.renderToCanvas(H(r)), T = _.getDom().getBoundingClientRect();
        u = a(T.left, u), c = a(T.top, c), f = o(T.right, f), l = o(T.bottom, l), v.push({ dom: x, left: T.left, top: T.top });
    } }), u *= p, c *= p, f *= p, l *= p;
    var h = f - u, m = l - c, d = Sr.createCanvas(), g = co(d, { renderer: n ? "svg" : "canvas" });
    if (g.resize({ width: h, height: m }), n) {
        var y = "";
        return S(v, function (_) { var E = _.left - u, x = _.top - c; y += '<g transform="translate(' + E + "," + x + ')">' + _.dom + "</g>"; }), g.painter.getSvgRoot().innerHTML = y, r.connectedBackgroundColor && g.painter.setBackgroundColor(r.connectedBackgroundColor), g.refreshImmediately(), g.painter.toDataURL();
    }
    else
        return r.connectedBackgroundColor && g.add(new rt({ shape: { x: 0, y: 0, width: h, height: m }, style: { fill: r.connectedBackgroundColor } })), S(v, function (_) { var E = new Er({ style: { x: _.left * p - u, y: _.top * p - c, image: _.dom } }); g.add(E); }), g.refreshImmediately(), d.toDataURL("image/" + (r && r.type || "png"));
}
else
    return this.getDataURL(r); }, t.prototype.convertToPixel = function (r, n, i) { return Oa(this, "convertToPixel", r, n, i); }, t.prototype.convertToLayout = function (r, n, i) { return Oa(this, "convertToLayout", r, n, i); }, t.prototype.convertFromPixel = function (r, n, i) { return Oa(this, "convertFromPixel", r, n, i); }, t.prototype.containPixel = function (r, n) { if (this._disposed) {
    this.id;
    return;
} var i = this._model, a, o = di(i, r); return S(o, function (s, u) { u.indexOf("Models") >= 0 && S(s, function (c) { var f = c.coordinateSystem; if (f && f.containPoint)
    a = a || !!f.containPoint(n);
else if (u === "seriesModels") {
    var l = this._chartsMap[c.__viewId];
    l && l.containPoint && (a = a || l.containPoint(n, c));
} }, this); }, this), !!a; }, t.prototype.getVisual = function (r, n) { var i = this._model, a = di(i, r, { defaultMainType: "series" }), o = a.seriesModel, s = o.getData(), u = a.hasOwnProperty("dataIndexInside") ? a.dataIndexInside : a.hasOwnProperty("dataIndex") ? s.indexOfRawIndex(a.dataIndex) : null; return u != null ? $p(s, u, n) : ev(s, n); }, t.prototype.getViewOfComponentModel = function (r) { return this._componentsMap[r.__viewId]; }, t.prototype.getViewOfSeriesModel = function (r) { return this._chartsMap[r.__viewId]; }, t.prototype._initEvents = function () { var r = this; S(P_, function (i) { var a = function (o) { var s = r.getModel(), u = o.target, c, f = i === "globalout"; if (f ? c = {} : u && Yn(u, function (m) { var d = Me(m); if (d && d.dataIndex != null) {
    var g = d.dataModel || s.getSeriesByIndex(d.seriesIndex);
    return c = g && g.getDataParams(d.dataIndex, d.dataType, u) || {}, !0;
}
else if (d.eventData)
    return c = I({}, d.eventData), !0; }, !0), c) {
    var l = c.componentType, v = c.componentIndex;
    (l === "markLine" || l === "markPoint" || l === "markArea") && (l = "series", v = c.seriesIndex);
    var p = l && v != null && s.getComponent(l, v), h = p && r[p.mainType === "series" ? "_chartsMap" : "_componentsMap"][p.__viewId];
    c.event = o, c.type = i, r._$eventProcessor.eventInfo = { targetEl: u, packedEvent: c, model: p, view: h }, r.trigger(i, c);
} }; a.zrEventfulCallAtLast = !0, r._zr.on(i, a, r); }); var n = this._messageCenter; S(vu, function (i, a) { n.on(a, function (o) { r.trigger(a, o); }); }), tv(n, this, this._api); }, t.prototype.isDisposed = function () { return this._disposed; }, t.prototype.clear = function () { if (this._disposed) {
    this.id;
    return;
} this.setOption({ series: [] }, !0); }, t.prototype.dispose = function () { if (this._disposed) {
    this.id;
    return;
} this._disposed = !0; var r = this.getDom(); r && xo(this.getDom(), _u, ""); var n = this, i = n._api, a = n._model; S(n._componentsViews, function (o) { o.dispose(a, i); }), S(n._chartsViews, function (o) { o.dispose(a, i); }), n._zr.dispose(), n._dom = n._model = n._chartsMap = n._componentsMap = n._chartsViews = n._componentsViews = n._scheduler = n._api = n._zr = n._throttledZrFlush = n._theme = n._coordSysMgr = n._messageCenter = null, delete dr[n.id]; }, t.prototype.resize = function (r) { if (!this[ge]) {
    if (this._disposed) {
        this.id;
        return;
    }
    this._zr.resize(r);
    var n = this._model;
    if (this._loadingFX && this._loadingFX.resize(), !!n) {
        var i = n.resetOption("media"), a = r && r.silent;
        this[Ce] && (a == null && (a = this[Ce].silent), i = !0, this[Ce] = null), this[ge] = !0, Xr(this);
        try {
            i && hr(this), wt.update.call(this, { type: "resize", animation: I({ duration: 0 }, r && r.animation) });
        }
        catch (o) {
            throw this[ge] = !1, o;
        }
        this[ge] = !1, Kr.call(this, a), qr.call(this, a);
    }
} }, t.prototype.showLoading = function (r, n) { if (this._disposed) {
    this.id;
    return;
} if (L(r) && (n = r, r = ""), r = r || "default", this.hideLoading(), !!mu[r]) {
    var i = mu[r](this._api, n), a = this._zr;
    this._loadingFX = i, a.add(i);
} }, t.prototype.hideLoading = function () { if (this._disposed) {
    this.id;
    return;
} this._loadingFX && this._zr.remove(this._loadingFX), this._loadingFX = null; }, t.prototype.makeActionFromEvent = function (r) { var n = I({}, r); return n.type = pu[r.type], n; }, t.prototype.dispatchAction = function (r, n) { if (this._disposed) {
    this.id;
    return;
} if (L(n) || (n = { silent: !!n }), !!Ra[r.type] && this._model) {
    if (this[ge]) {
        this._pendingActions.push(r);
        return;
    }
    var i = n.silent;
    lu.call(this, r, i);
    var a = n.flush;
    a ? this._zr.flush() : a !== !1 && Ze.browser.weChat && this._throttledZrFlush(), Kr.call(this, i), qr.call(this, i);
} }, t.prototype.updateLabelLayout = function () { et.trigger("series:layoutlabels", this._model, this._api, { updatedSeries: [] }); }, t.prototype.appendData = function (r) { if (this._disposed) {
    this.id;
    return;
} var n = r.seriesIndex, i = this.getModel(), a = i.getSeriesByIndex(n); a.appendData(r), this._scheduler.unfinished = !0, this.getZr().wakeUp(); }, t.internalField = (function () { hr = function (l) { av(l._model); var v = l._scheduler; v.restorePipelines(l._zr, l._model), v.prepareStageTasks(), su(l, !0), su(l, !1), v.plan(); }, su = function (l, v) { for (var p = l._model, h = l._scheduler, m = v ? l._componentsViews : l._chartsViews, d = v ? l._componentsMap : l._chartsMap, g = l._zr, y = l._api, _ = 0; _ < m.length; _++)
    m[_].__alive = !1; v ? p.eachComponent(function (T, C) { T !== "series" && E(C); }) : p.eachSeries(E); function E(T) { var C = T.__requireNewView; T.__requireNewView = !1; var w = "_ec_" + T.id + "_" + T.type, D = !C && d[w]; if (!D) {
    var M = Be(T.type), R = v ? Ln.getClass(M.main, M.sub) : pr.getClass(M.sub);
    D = new R, D.init(p, y), d[w] = D, m.push(D), g.add(D.group);
} T.__viewId = D.__id = w, D.__alive = !0, D.__model = T, D.group.__ecComponentInfo = { mainType: T.mainType, index: T.componentIndex }, !v && h.prepareView(D, T, p, y); } for (var _ = 0; _ < m.length;) {
    var x = m[_];
    x.__alive ? _++ : (!v && x.renderTask.dispose(), g.remove(x.group), x.dispose(p, y), m.splice(_, 1), d[x.__id] === x && delete d[x.__id], x.__id = x.group.__ecComponentInfo = null);
} }, wa = function (l, v, p, h, m) { var d = l._model; if (d.setUpdatePayload(p), !h) {
    S([].concat(l._componentsViews).concat(l._chartsViews), E);
    return;
} var g = kl(p, h, m), y = p.excludeSeriesId, _; y != null && (_ = O(), S(J(y), function (x) { var T = He(x, null); T != null && _.set(T, !0); })), d && d.eachComponent(g, function (x) { var T = _ && _.get(x.id) != null; if (!T)
    if (Lo(p))
        if (x instanceof Gr)
            p.type === Ut && !p.notBlur && !x.get(["emphasis", "disabled"]) && ac(x, p, l._api);
        else {
            var C = Di(x.mainType, x.componentIndex, p.name, l._api), w = C.focusSelf, D = C.dispatchers;
            p.type === Ut && w && !p.notBlur && Si(x.mainType, x.componentIndex, l._api), D && S(D, function (M) { p.type === Ut ? Sn(M) : xn(M); });
        }
    else
        Ci(p) && x instanceof Gr && (uc(x, p, l._api), Po(x), ot(l)); }, l), d && d.eachComponent(g, function (x) { var T = _ && _.get(x.id) != null; T || E(l[h === "series" ? "_chartsMap" : "_componentsMap"][x.__viewId]); }, l); function E(x) { x && x.__alive && x[v] && x[v](x.__model, d, l._api, p); } }, wt = { prepareAndUpdate: function (l) { hr(this), wt.update.call(this, l, l && { optionChanged: l.newOption != null }); }, update: function (l, v) { var p = this._model, h = this._api, m = this._zr, d = this._coordSysMgr, g = this._scheduler; if (p) {
        ov(p), p.setUpdatePayload(l), g.restoreData(p, l), g.performSeriesTasks(p), d.create(p, h), et.trigger("coordsys:aftercreate", p, h), g.performDataProcessorTasks(p, l), uu(this, p), d.update(p, h), n(p), g.performVisualTasks(p, l);
        var y = p.get("backgroundColor") || "transparent";
        m.setBackgroundColor(y);
        var _ = p.get("darkMode");
        _ != null && _ !== "auto" && m.setDarkMode(_), cu(this, p, h, l, v), et.trigger("afterupdate", p, h);
    } }, updateTransform: function (l) { var v = this, p = v._model, h = v._api; if (p) {
        p.setUpdatePayload(l);
        var m = [];
        p.eachComponent(function (g, y) { if (g !== gi) {
            var _ = v.getViewOfComponentModel(y);
            if (_ && _.__alive)
                if (_.updateTransform) {
                    var E = _.updateTransform(y, p, h, l);
                    E && E.update && m.push(_);
                }
                else
                    m.push(_);
        } });
        var d = O();
        p.eachSeries(function (g) { var y = v._chartsMap[g.__viewId], _ = g.pipelineContext; if (y.updateTransform && !_.progressiveRender) {
            var E = y.updateTransform(g, p, h, l);
            E && E.update && d.set(g.uid, 1);
        }
        else
            d.set(g.uid, 1); }), v._scheduler.performVisualTasks(p, l, { setDirty: !0, dirtyMap: d }), Ia(v, p, h, l, {}, d), et.trigger("afterupdate", p, h);
    } }, updateView: function (l) { var v = this._model; v && (v.setUpdatePayload(l), pr.markUpdateMethod(l, "updateView"), n(v), this._scheduler.performVisualTasks(v, l, { setDirty: !0 }), cu(this, v, this._api, l, {}), et.trigger("afterupdate", v, this._api)); }, updateVisual: function (l) { var v = this, p = this._model; p && (p.setUpdatePayload(l), p.eachSeries(function (h) { h.getData().clearAllVisual(); }), pr.markUpdateMethod(l, "updateVisual"), n(p), this._scheduler.performVisualTasks(p, l, { visualType: "visual", setDirty: !0 }), p.eachComponent(function (h, m) { if (h !== "series") {
        var d = v.getViewOfComponentModel(m);
        d && d.__alive && d.updateVisual(m, p, v._api, l);
    } }), p.eachSeries(function (h) { var m = v._chartsMap[h.__viewId]; m.updateVisual(h, p, v._api, l); }), et.trigger("afterupdate", p, this._api)); }, updateLayout: function (l) { wt.update.call(this, l); } }; function r(l, v, p, h, m) { if (l._disposed) {
    l.id;
    return;
} for (var d = l._model, g = l._coordSysMgr.getCoordinateSystems(), y, _ = di(d, p), E = 0; E < g.length; E++) {
    var x = g[E];
    if (x[v] && (y = x[v](d, _, h, m)) != null)
        return y;
} } Oa = r, uu = function (l, v) { var p = l._chartsMap, h = l._scheduler; v.eachSeries(function (m) { h.updateStreamModes(m, p[m.__viewId]); }); }, lu = function (l, v) { var p = this, h = this.getModel(), m = l.type, d = l.escapeConnect, g = Ra[m], y = (g.update || "update").split(":"), _ = y.pop(), E = y[0] != null && Be(y[0]); this[ge] = !0, Xr(this); var x = [l], T = !1; l.batch && (T = !0, x = P(l.batch, function (U) { return U = Se(I({}, U), l), U.batch = null, U; })); var C = [], w, D = [], M = g.nonRefinedEventType, R = Ci(l), F = Lo(l); if (F && ko(this._api), S(x, function (U) { var K = g.action(U, h, p._api); if (g.refineEvent ? D.push(K) : w = K, w = w || I({}, U), w.type = M, C.push(w), F) {
    var ae = So(l), Z = ae.queryOptionMap, ye = ae.mainTypeSpecified, pe = ye ? Z.keys()[0] : "series";
    wa(p, _, U, pe), ot(p);
}
else
    R ? (wa(p, _, U, "series"), ot(p)) : E && wa(p, _, U, E.main, E.sub); }), _ !== "none" && !F && !R && !E)
    try {
        this[Ce] ? (hr(this), wt.update.call(this, l), this[Ce] = null) : wt[_].call(this, l);
    }
    catch (U) {
        throw this[ge] = !1, U;
    } if (T ? w = { type: M, escapeConnect: d, batch: C } : w = C[0], this[ge] = !1, !v) {
    var k = void 0;
    if (g.refineEvent) {
        var G = g.refineEvent(D, l, h, this._api).eventContent;
        de(L(G)), k = Se({ type: g.refinedEventType }, G), k.fromAction = l.type, k.fromActionPayload = l, k.escapeConnect = !0;
    }
    var Y = this._messageCenter;
    Y.trigger(w.type, w), k && Y.trigger(k.type, k);
} }, Kr = function (l) { for (var v = this._pendingActions; v.length;) {
    var p = v.shift();
    lu.call(this, p, l);
} }, qr = function (l) { !l && this.trigger("updated"); }, _v = function (l, v) { l.on("rendered", function (p) { v.trigger("rendered", p), l.animation.isFinished() && !v[Ce] && !v._scheduler.unfinished && !v._pendingActions.length ? v.trigger("finished") : l.refresh(); }); }, Sv = function (l, v) { l.on("mouseover", function (p) { var h = p.target, m = Yn(h, En); m && (oc(m, p, v._api), ot(v)); }).on("mouseout", function (p) { var h = p.target, m = Yn(h, En); m && (sc(m, p, v._api), ot(v)); }).on("click", function (p) { var h = p.target, m = Yn(h, function (y) { return Me(y).dataIndex != null; }, !0); if (m) {
    var d = m.selected ? "unselect" : "select", g = Me(m);
    v._api.dispatchAction({ type: d, dataType: g.dataType, dataIndexInside: g.dataIndex, seriesIndex: g.seriesIndex, isFromClick: !0 });
} }); }; function n(l) { l.clearColorPalette(), l.eachSeries(function (v) { v.clearColorPalette(); }); } function i(l) { var v = [], p = [], h = !1; if (l.eachComponent(function (y, _) { var E = _.get("zlevel") || 0, x = _.get("z") || 0, T = _.getZLevelKey(); h = h || !!T, (y === "series" ? p : v).push({ zlevel: E, z: x, idx: _.componentIndex, type: y, key: T }); }), h) {
    var m = v.concat(p), d, g;
    ui(m, function (y, _) { return y.zlevel === _.zlevel ? y.z - _.z : y.zlevel - _.zlevel; }), S(m, function (y) { var _ = l.getComponent(y.type, y.idx), E = y.zlevel, x = y.key; d != null && (E = Math.max(d, E)), x ? (E === d && x !== g && E++, g = x) : g && (E === d && E++, g = ""), d = E, _.setZLevel(E); });
} } cu = function (l, v, p, h, m) { i(v), xv(l, v, p, h, m), S(l._chartsViews, function (d) { d.__alive = !1; }), Ia(l, v, p, h, m), S(l._chartsViews, function (d) { d.__alive || d.remove(v, p); }); }, xv = function (l, v, p, h, m, d) { S(d || l._componentsViews, function (g) { var y = g.__model; c(y, g), g.render(y, v, p, h), u(y, g), f(y, g); }); }, Ia = function (l, v, p, h, m, d) { var g = l._scheduler; m = I(m || {}, { updatedSeries: v.getSeries() }), et.trigger("series:beforeupdate", v, p, m); var y = !1; v.eachSeries(function (_) { var E = l._chartsMap[_.__viewId]; E.__alive = !0; var x = E.renderTask; g.updatePayload(x, h), c(_, E), d && d.get(_.uid) && x.dirty(), x.perform(g.getPerformArgs(x)) && (y = !0), E.group.silent = !!_.get("silent"), s(_, E), Po(_); }), g.unfinished = y || g.unfinished, et.trigger("series:layoutlabels", v, p, m), et.trigger("series:transition", v, p, m), v.eachSeries(function (_) { var E = l._chartsMap[_.__viewId]; u(_, E), f(_, E); }), o(l, v), et.trigger("series:afterupdate", v, p, m); }, ot = function (l) { l[au] = !0, l.getZr().wakeUp(); }, Xr = function (l) { l[Na] = (l[Na] + 1) % 1e6; }, Tv = function (l) { l[au] && (l.getZr().storage.traverse(function (v) { rr(v) || a(v); }), l[au] = !1); }; function a(l) { for (var v = [], p = l.currentStates, h = 0; h < p.length; h++) {
    var m = p[h];
    m === "emphasis" || m === "blur" || m === "select" || v.push(m);
} l.selected && l.states.select && v.push("select"), l.hoverState === mn && l.states.emphasis ? v.push("emphasis") : l.hoverState === dn && l.states.blur && v.push("blur"), l.useStates(v); } function o(l, v) { var p = l._zr; if (p.painter.type === "canvas") {
    var h = p.storage, m = 0;
    h.traverse(function (g) { g.isGroup || m++; });
    var d = m > q(v.get("hoverLayerThreshold"), Sa.hoverLayerThreshold) && !Ze.node && !Ze.worker;
    (l._usingTHL || d) && (v.eachSeries(function (g) { if (!g.preventUsingHoverLayer) {
        var y = l._chartsMap[g.__viewId];
        y.__alive && y.eachRendered(function (_) { var E = _.states.emphasis; E && E.hoverLayer !== rs && (E.hoverLayer = d ? ts : es); });
    } }), l._usingTHL = d);
} } function s(l, v) { var p = l.get("blendMode") || null; v.eachRendered(function (h) { h.isGroup || (h.style.blend = p); }); } function u(l, v) { if (!l.preventAutoZ) {
    var p = as(l);
    v.eachRendered(function (h) { return os(h, p.z, p.zlevel), !0; });
} } function c(l, v) { v.eachRendered(function (p) { if (!rr(p)) {
    var h = p.getTextContent(), m = p.getTextGuideLine();
    p.stateTransition && (p.stateTransition = null), h && h.stateTransition && (h.stateTransition = null), m && m.stateTransition && (m.stateTransition = null), p.hasState() ? (p.prevStates = p.currentStates, p.clearStates()) : p.prevStates && (p.prevStates = null);
} }); } function f(l, v) { var p = l.getModel("stateAnimation"), h = l.isAnimationEnabled(), m = p.get("duration"), d = m > 0 ? { duration: m, delay: p.get("delay"), easing: p.get("easing") } : null; v.eachRendered(function (g) { if (g.states && g.states.emphasis) {
    if (rr(g))
        return;
    if (g instanceof W && pc(g), g.__dirty) {
        var y = g.prevStates;
        y && g.useStates(y);
    }
    if (h) {
        g.stateTransition = d;
        var _ = g.getTextContent(), E = g.getTextGuideLine();
        _ && (_.stateTransition = d), E && (E.stateTransition = d);
    }
    g.__dirty && a(g);
} }); } Ev = function (l) { return new ((function (v) { fu(p, v); function p() { return v !== null && v.apply(this, arguments) || this; } return p.prototype.getCoordinateSystems = function () { return l._coordSysMgr.getCoordinateSystems(); }, p.prototype.getComponentByElement = function (h) { for (; h;) {
    var m = h.__ecComponentInfo;
    if (m != null)
        return l._model.getComponent(m.mainType, m.index);
    h = h.parent;
} }, p.prototype.enterEmphasis = function (h, m) { Sn(h, m), ot(l); }, p.prototype.leaveEmphasis = function (h, m) { xn(h, m), ot(l); }, p.prototype.enterBlur = function (h) { nc(h), ot(l); }, p.prototype.leaveBlur = function (h) { Io(h), ot(l); }, p.prototype.enterSelect = function (h) { Ao(h), ot(l); }, p.prototype.leaveSelect = function (h) { Ro(h), ot(l); }, p.prototype.getModel = function () { return l.getModel(); }, p.prototype.getViewOfComponentModel = function (h) { return l.getViewOfComponentModel(h); }, p.prototype.getViewOfSeriesModel = function (h) { return l.getViewOfSeriesModel(h); }, p.prototype.getECUpdateCycleVersion = function () { return l[Na]; }, p.prototype.usingTHL = function () { return l._usingTHL; }, p; })(_i))(l); }, kv = function (l) { function v(p, h) { for (var m = 0; m < p.length; m++) {
    var d = p[m];
    d[ou] = h;
} } S(pu, function (p, h) { l._messageCenter.on(h, function (m) { if (Pa[l.group] && l[ou] !== yv) {
    if (m && m.escapeConnect)
        return;
    var d = l.makeActionFromEvent(m), g = [];
    S(dr, function (y) { y !== l && y.group === l.group && g.push(y); }), v(g, yv), S(g, function (y) { y[ou] !== R_ && y.dispatchAction(d); }), v(g, k_);
} }); }); }; })(), t; })(xr), yu = Aa.prototype;
yu.on = wv("on");
yu.off = wv("off");
yu.one = function (e, t, r) { var n = this; function i() { for (var a = [], o = 0; o < arguments.length; o++)
    a[o] = arguments[o]; t && t.apply && t.apply(this, a), n.off(e, i); } this.on.call(this, e, i, r); };
var P_ = ["click", "dblclick", "mouseover", "mouseout", "mousemove", "mousedown", "mouseup", "globalout", "contextmenu"];
var Ra = {}, pu = {}, vu = {}, hu = [], du = [], ka = [], Pv = {}, mu = {}, dr = {}, Pa = {}, L_ = +new Date - 0, U_ = +new Date - 0, _u = "_echarts_instance_";
function dN(e, t, r) { var n = !(r && r.ssr); if (n) {
    var i = Lv(e);
    if (i)
        return i;
} var a = new Aa(e, t, r); return a.id = "ec_" + L_++, dr[a.id] = a, n && xo(e, _u, a.id), kv(a), et.trigger("afterinit", a), a; }
function mN(e) { if (N(e)) {
    var t = e;
    e = null, S(t, function (r) { r.group != null && (e = r.group); }), e = e || "g_" + U_++, S(t, function (r) { r.group = e; });
} return Pa[e] = !0, e; }
function F_(e) { Pa[e] = !1; }
var gN = F_;
function yN(e) { A(e) ? e = dr[e] : e instanceof Aa || (e = Lv(e)), e instanceof Aa && !e.isDisposed() && e.dispose(); }
function Lv(e) { return dr[Pl(e, _u)]; }
function _N(e) { return dr[e]; }
function Uv(e, t) { Pv[e] = t; }
function Su(e) { re(du, e) < 0 && du.push(e); }
function xu(e, t) { Eu(hu, e, t, M_); }
function Fv(e) { Ua("afterinit", e); }
function Vv(e) { Ua("afterupdate", e); }
function Ua(e, t) { et.on(e, t); }
function mr(e, t, r) { var n, i, a, o, s; V(t) && (r = t, t = ""), L(e) ? (n = e.type, i = e.event, o = e.update, s = e.publishNonRefinedEvent, r || (r = e.action), a = e.refineEvent) : (n = e, i = t); function u(f) { return f.toLowerCase(); } i = u(i || n); var c = a ? u(n) : i; Ra[n] || (de(gv.test(n) && gv.test(i)), a && de(i !== n), Ra[n] = { actionType: n, refinedEventType: i, nonRefinedEventType: c, update: o, action: r, refineEvent: a }, vu[i] = 1, a && s && (vu[c] = 1), pu[c] = n); }
function zv(e, t) { ia.register(e, t); }
function SN(e) { var t = ia.get(e); if (t)
    return t.getDimensionsInfo ? t.getDimensionsInfo() : t.dimensions.slice(); }
function xN(e, t) { ba(e, t); }
function Bv(e, t) { Eu(ka, e, t, Cv, "layout", !0); }
function Ht(e, t) { Eu(ka, e, t, bv, "visual", !0); }
var Dv = [];
function Eu(e, t, r, n, i, a) { if ((V(t) || L(t)) && (r = t, t = n), !(re(Dv, r) >= 0)) {
    Dv.push(r);
    var o = $s.wrapStageHandler(r, i);
    o.__prio = t, o.__raw = r, e.push(o);
} }
function Tu(e, t) { mu[e] = t; }
function EN(e) { Xu({ createCanvas: e }); }
function Hv(e, t, r) { var n = tu("registerMap"); n && n(e, t, r); }
function TN(e) { var t = tu("getMap"); return t && t(e); }
var Gv = Qf;
Ht(gu, Vp);
Ht(La, zp);
Ht(La, Bp);
Ht(gu, Qp);
Ht(La, Jp);
Ht(Mv, dv);
Su(Ta);
xu(D_, kp);
Tu("default", Js);
mr({ type: Ut, event: Ut, update: Ut }, tt);
mr({ type: gn, event: gn, update: gn }, tt);
mr({ type: yn, event: Ei, update: yn, action: tt, refineEvent: Du, publishNonRefinedEvent: !0 });
mr({ type: xi, event: Ei, update: xi, action: tt, refineEvent: Du, publishNonRefinedEvent: !0 });
mr({ type: _n, event: Ei, update: _n, action: tt, refineEvent: Du, publishNonRefinedEvent: !0 });
function Du(e, t, r, n) { return { eventContent: { selected: lc(r), isFromClick: t.isFromClick || !1 } }; }
Uv("default", {});
Uv("dark", Xp);
var DN = {};
function Wn(e) { return e == null ? 0 : e.length || 1; }
function Yv(e) { return e; }
var V_ = (function () { function e(t, r, n, i, a, o) { this._old = t, this._new = r, this._oldKeyGetter = n || Yv, this._newKeyGetter = i || Yv, this.context = a, this._diffModeMultiple = o === "multiple"; } return e.prototype.add = function (t) { return this._add = t, this; }, e.prototype.update = function (t) { return this._update = t, this; }, e.prototype.updateManyToOne = function (t) { return this._updateManyToOne = t, this; }, e.prototype.updateOneToMany = function (t) { return this._updateOneToMany = t, this; }, e.prototype.updateManyToMany = function (t) { return this._updateManyToMany = t, this; }, e.prototype.remove = function (t) { return this._remove = t, this; }, e.prototype.execute = function () { this[this._diffModeMultiple ? "_executeMultiple" : "_executeOneToOne"](); }, e.prototype._executeOneToOne = function () { var t = this._old, r = this._new, n = {}, i = new Array(t.length), a = new Array(r.length); this._initIndexMap(t, null, i, "_oldKeyGetter"), this._initIndexMap(r, n, a, "_newKeyGetter"); for (var o = 0; o < t.length; o++) {
    var s = i[o], u = n[s], c = Wn(u);
    if (c > 1) {
        var f = u.shift();
        u.length === 1 && (n[s] = u[0]), this._update && this._update(f, o);
    }
    else
        c === 1 ? (n[s] = null, this._update && this._update(u, o)) : this._remove && this._remove(o);
} this._performRestAdd(a, n); }, e.prototype._executeMultiple = function () { var t = this._old, r = this._new, n = {}, i = {}, a = [], o = []; this._initIndexMap(t, n, a, "_oldKeyGetter"), this._initIndexMap(r, i, o, "_newKeyGetter"); for (var s = 0; s < a.length; s++) {
    var u = a[s], c = n[u], f = i[u], l = Wn(c), v = Wn(f);
    if (l > 1 && v === 1)
        this._updateManyToOne && this._updateManyToOne(f, c), i[u] = null;
    else if (l === 1 && v > 1)
        this._updateOneToMany && this._updateOneToMany(f, c), i[u] = null;
    else if (l === 1 && v === 1)
        this._update && this._update(f, c), i[u] = null;
    else if (l > 1 && v > 1)
        this._updateManyToMany && this._updateManyToMany(f, c), i[u] = null;
    else if (l > 1)
        for (var p = 0; p < l; p++)
            this._remove && this._remove(c[p]);
    else
        this._remove && this._remove(c);
} this._performRestAdd(o, i); }, e.prototype._performRestAdd = function (t, r) { for (var n = 0; n < t.length; n++) {
    var i = t[n], a = r[i], o = Wn(a);
    if (o > 1)
        for (var s = 0; s < o; s++)
            this._add && this._add(a[s]);
    else
        o === 1 && this._add && this._add(a);
    r[i] = null;
} }, e.prototype._initIndexMap = function (t, r, n, i) { for (var a = this._diffModeMultiple, o = 0; o < t.length; o++) {
    var s = "_ec_" + this[i](t[o], o);
    if (a || (n[o] = s), !!r) {
        var u = r[s], c = Wn(u);
        c === 0 ? (r[s] = o, a && n.push(s)) : c === 1 ? r[s] = [u, o] : u.push(o);
    }
} }, e; })(), Wv = V_;
var z_ = (function () { function e(t, r) { this._encode = t, this._schema = r; } return e.prototype.get = function () { return { fullDimensions: this._getFullDimensionNames(), encode: this._encode }; }, e.prototype._getFullDimensionNames = function () { return this._cachedDimNames || (this._cachedDimNames = this._schema ? this._schema.makeOutputDimensionNames() : []), this._cachedDimNames; }, e; })();
function Kv(e, t) { var r = {}, n = r.encode = {}, i = O(), a = [], o = [], s = {}; S(e.dimensions, function (v) { var p = e.getDimensionInfo(v), h = p.coordDim; if (h) {
    var m = p.coordDimIndex;
    Cu(n, h)[m] = v, p.isExtraCoord || (i.set(h, 1), B_(p.type) && (a[0] = v), Cu(s, h)[m] = e.getDimensionIndex(p.name)), p.defaultTooltip && o.push(v);
} yi.each(function (d, g) { var y = Cu(n, g), _ = p.otherDims[g]; _ != null && _ !== !1 && (y[_] = p.name); }); }); var u = [], c = {}; i.each(function (v, p) { var h = n[p]; c[p] = h[0], u = u.concat(h); }), r.dataDimsOnCoord = u, r.dataDimIndicesOnCoord = P(u, function (v) { return e.getDimensionInfo(v).storeDimIndex; }), r.encodeFirstDimNotExtra = c; var f = n.label; f && f.length && (a = f.slice()); var l = n.tooltip; return l && l.length ? o = l.slice() : o.length || (o = a.slice()), n.defaultedLabel = a, n.defaultedTooltip = o, r.userOutput = new z_(s, t), r; }
function Cu(e, t) { return e.hasOwnProperty(t) || (e[t] = []), e[t]; }
function IN(e) { return e === "category" ? "ordinal" : e === "time" ? "time" : "float"; }
function B_(e) { return !(e === "ordinal" || e === "time"); }
var H_ = (function () { function e(t) { this.otherDims = {}, t != null && I(this, t); } return e; })(), Zr = H_;
var G_ = B(), Y_ = { float: "f", int: "i", ordinal: "o", number: "n", time: "t" }, bu = (function () { function e(t) { this.dimensions = t.dimensions, this._dimOmitted = t.dimensionOmitted, this.source = t.source, this._fullDimCount = t.fullDimensionCount, this._updateDimOmitted(t.dimensionOmitted); } return e.prototype.isDimensionOmitted = function () { return this._dimOmitted; }, e.prototype._updateDimOmitted = function (t) { this._dimOmitted = t, t && (this._dimNameMap || (this._dimNameMap = Nu(this.source))); }, e.prototype.getSourceDimensionIndex = function (t) { return q(this._dimNameMap.get(t), -1); }, e.prototype.getSourceDimension = function (t) { var r = this.source.dimensionsDefine; if (r)
    return r[t]; }, e.prototype.makeStoreSchema = function () { for (var t = this._fullDimCount, r = pa(this.source), n = !wu(t), i = "", a = [], o = 0, s = 0; o < t; o++) {
    var u = void 0, c = void 0, f = void 0, l = this.dimensions[s];
    if (l && l.storeDimIndex === o)
        u = r ? l.name : null, c = l.type, f = l.ordinalMeta, s++;
    else {
        var v = this.getSourceDimension(o);
        v && (u = r ? v.name : null, c = v.type);
    }
    a.push({ property: u, type: c, ordinalMeta: f }), r && u != null && (!l || !l.isCalculationCoord) && (i += n ? u.replace(/\`/g, "`1").replace(/\$/g, "`2") : u), i += "$", i += Y_[c] || "f", f && (i += f.uid), i += "$";
} var p = this.source, h = [p.seriesLayoutBy, p.startIndex, i].join("$$"); return { dimensions: a, hash: h }; }, e.prototype.makeOutputDimensionNames = function () { for (var t = [], r = 0, n = 0; r < this._fullDimCount; r++) {
    var i = void 0, a = this.dimensions[n];
    if (a && a.storeDimIndex === r)
        a.isCalculationCoord || (i = a.name), n++;
    else {
        var o = this.getSourceDimension(r);
        o && (i = o.name);
    }
    t.push(i);
} return t; }, e.prototype.appendCalculationDimension = function (t) { this.dimensions.push(t), t.isCalculationCoord = !0, this._fullDimCount++, this._updateDimOmitted(!0); }, e; })();
function Fa(e) { return e instanceof bu; }
function Mu(e) { for (var t = O(), r = 0; r < (e || []).length; r++) {
    var n = e[r], i = L(n) ? n.name : n;
    i != null && t.get(i) == null && t.set(i, r);
} return t; }
function Nu(e) { var t = G_(e); return t.dimNameMap || (t.dimNameMap = Mu(e.dimensionsDefine)); }
function wu(e) { return e > 30; }
var Kn = L, Gt = P, W_ = typeof Int32Array > "u" ? Array : Int32Array, K_ = "e\0\0", qv = -1, q_ = ["hasItemOption", "_nameList", "_idList", "_invertedIndicesMap", "_dimSummary", "userOutput", "_rawData", "_dimValueGetter", "_nameDimIdx", "_idDimIdx", "_nameRepeatCount"], X_ = ["_approximateExtent"], Xv, Va, qn, Xn, Ou, Zn, Iu, Z_ = (function () { function e(t, r) { this.type = "list", this._dimOmitted = !1, this._nameList = [], this._idList = [], this._visual = {}, this._layout = {}, this._itemVisuals = [], this._itemLayouts = [], this._graphicEls = [], this._approximateExtent = {}, this._calculationInfo = {}, this.hasItemOption = !1, this.TRANSFERABLE_METHODS = ["cloneShallow", "downSample", "minmaxDownSample", "lttbDownSample", "map"], this.CHANGABLE_METHODS = ["filterSelf", "selectRange"], this.DOWNSAMPLE_METHODS = ["downSample", "minmaxDownSample", "lttbDownSample"]; var n, i = !1; Fa(t) ? (n = t.dimensions, this._dimOmitted = t.isDimensionOmitted(), this._schema = t) : (i = !0, n = t), n = n || ["x", "y"]; for (var a = {}, o = [], s = {}, u = !1, c = {}, f = 0; f < n.length; f++) {
    var l = n[f], v = A(l) ? new Zr({ name: l }) : l instanceof Zr ? l : new Zr(l), p = v.name;
    v.type = v.type || "float", v.coordDim || (v.coordDim = p, v.coordDimIndex = 0);
    var h = v.otherDims = v.otherDims || {};
    o.push(p), a[p] = v, c[p] != null && (u = !0), v.createInvertedIndices && (s[p] = []), i && (v.storeDimIndex = f), h.itemName === 0 && (this._nameDimIdx = v.storeDimIndex), h.itemId === 0 && (this._idDimIdx = v.storeDimIndex);
} if (this.dimensions = o, this._dimInfos = a, this._initGetDimensionInfo(u), this.hostModel = r, this._invertedIndicesMap = s, this._dimOmitted) {
    var m = this._dimIdxToName = O();
    S(o, function (d) { m.set(a[d].storeDimIndex, d); });
} } return e.prototype.getDimension = function (t) { var r = this._recognizeDimIndex(t); if (r == null)
    return t; if (r = t, !this._dimOmitted)
    return this.dimensions[r]; var n = this._dimIdxToName.get(r); if (n != null)
    return n; var i = this._schema.getSourceDimension(r); if (i)
    return i.name; }, e.prototype.getDimensionIndex = function (t) { var r = this._recognizeDimIndex(t); if (r != null)
    return r; if (t == null)
    return -1; var n = this._getDimInfo(t); return n ? n.storeDimIndex : this._dimOmitted ? this._schema.getSourceDimensionIndex(t) : -1; }, e.prototype._recognizeDimIndex = function (t) { if (X(t) || t != null && !isNaN(t) && !this._getDimInfo(t) && (!this._dimOmitted || this._schema.getSourceDimensionIndex(t) < 0))
    return +t; }, e.prototype._getStoreDimIndex = function (t) { var r = this.getDimensionIndex(t); return r; }, e.prototype.getDimensionInfo = function (t) { return this._getDimInfo(this.getDimension(t)); }, e.prototype._initGetDimensionInfo = function (t) { var r = this._dimInfos; this._getDimInfo = t ? function (n) { return r.hasOwnProperty(n) ? r[n] : void 0; } : function (n) { return r[n]; }; }, e.prototype.getDimensionsOnCoord = function () { return this._dimSummary.dataDimsOnCoord.slice(); }, e.prototype.mapDimension = function (t, r) { var n = this._dimSummary; if (r == null)
    return n.encodeFirstDimNotExtra[t]; var i = n.encode[t]; return i ? i[r] : null; }, e.prototype.mapDimensionsAll = function (t) { var r = this._dimSummary, n = r.encode[t]; return (n || []).slice(); }, e.prototype.getStore = function () { return this._store; }, e.prototype.initData = function (t, r, n) { var i = this, a; if (t instanceof Pn && (a = t), !a) {
    var o = this.dimensions, s = Vr(t) || It(t) ? new ha(t, o.length) : t;
    a = new Pn;
    var u = Gt(o, function (c) { return { type: i._dimInfos[c].type, property: c }; });
    a.initData(s, u, n);
} this._store = a, this._nameList = (r || []).slice(), this._idList = [], this._nameRepeatCount = {}, this._doInit(0, a.count()), this._dimSummary = Kv(this, this._schema), this.userOutput = this._dimSummary.userOutput; }, e.prototype.appendData = function (t) { var r = this._store.appendData(t); this._doInit(r[0], r[1]); }, e.prototype.appendValues = function (t, r) { var n = this._store.appendValues(t, r && r.length), i = n.start, a = n.end, o = this._shouldMakeIdFromName(); if (this._updateOrdinalMeta(), r)
    for (var s = i; s < a; s++) {
        var u = s - i;
        this._nameList[s] = r[u], o && Iu(this, s);
    } }, e.prototype._updateOrdinalMeta = function () { for (var t = this._store, r = this.dimensions, n = 0; n < r.length; n++) {
    var i = this._dimInfos[r[n]];
    i.ordinalMeta && t.collectOrdinalMeta(i.storeDimIndex, i.ordinalMeta);
} }, e.prototype._shouldMakeIdFromName = function () { var t = this._store.getProvider(); return this._idDimIdx == null && t.getSource().sourceFormat !== Qe && !t.fillStorage; }, e.prototype._doInit = function (t, r) { if (!(t >= r)) {
    var n = this._store, i = n.getProvider();
    this._updateOrdinalMeta();
    var a = this._nameList, o = this._idList, s = i.getSource().sourceFormat, u = s === Ie;
    if (u && !i.pure)
        for (var c = [], f = t; f < r; f++) {
            var l = i.getItem(f, c);
            if (!this.hasItemOption && Ol(l) && (this.hasItemOption = !0), l) {
                var v = l.name;
                a[f] == null && v != null && (a[f] = He(v, null));
                var p = l.id;
                o[f] == null && p != null && (o[f] = He(p, null));
            }
        }
    if (this._shouldMakeIdFromName())
        for (var f = t; f < r; f++)
            Iu(this, f);
    Xv(this);
} }, e.prototype.getApproximateExtent = function (t, r) { return this._approximateExtent[t] || this._store.getDataExtent(this._getStoreDimIndex(t), r); }, e.prototype.setApproximateExtent = function (t, r) { r = this.getDimension(r), this._approximateExtent[r] = t.slice(); }, e.prototype.getCalculationInfo = function (t) { return this._calculationInfo[t]; }, e.prototype.setCalculationInfo = function (t, r) { Kn(t) ? I(this._calculationInfo, t) : this._calculationInfo[t] = r; }, e.prototype.getName = function (t) { var r = this.getRawIndex(t), n = this._nameList[r]; return n == null && this._nameDimIdx != null && (n = qn(this, this._nameDimIdx, r)), n == null && (n = ""), n; }, e.prototype._getCategory = function (t, r) { var n = this._store.get(t, r), i = this._store.getOrdinalMeta(t); return i ? i.categories[n] : n; }, e.prototype.getId = function (t) { return Va(this, this.getRawIndex(t)); }, e.prototype.count = function () { return this._store.count(); }, e.prototype.get = function (t, r) { var n = this._store, i = this._dimInfos[t]; if (i)
    return n.get(i.storeDimIndex, r); }, e.prototype.getByRawIndex = function (t, r) { var n = this._store, i = this._dimInfos[t]; if (i)
    return n.getByRawIndex(i.storeDimIndex, r); }, e.prototype.getIndices = function () { return this._store.getIndices(); }, e.prototype.getDataExtent = function (t) { return this._store.getDataExtent(this._getStoreDimIndex(t), null); }, e.prototype.getSum = function (t) { return this._store.getSum(this._getStoreDimIndex(t)); }, e.prototype.getMedian = function (t) { return this._store.getMedian(this._getStoreDimIndex(t)); }, e.prototype.getValues = function (t, r) { var n = this, i = this._store; return N(t) ? i.getValues(Gt(t, function (a) { return n._getStoreDimIndex(a); }), r) : i.getValues(t); }, e.prototype.hasValue = function (t) { for (var r = this._dimSummary.dataDimIndicesOnCoord, n = 0, i = r.length; n < i; n++)
    if (isNaN(this._store.get(r[n], t)))
        return !1; return !0; }, e.prototype.indexOfName = function (t) { for (var r = 0, n = this._store.count(); r < n; r++)
    if (this.getName(r) === t)
        return r; return -1; }, e.prototype.getRawIndex = function (t) { return this._store.getRawIndex(t); }, e.prototype.indexOfRawIndex = function (t) { return this._store.indexOfRawIndex(t); }, e.prototype.rawIndexOf = function (t, r) { var n = t && this._invertedIndicesMap[t], i = n && n[r]; return i == null || isNaN(i) ? qv : i; }, e.prototype.each = function (t, r, n) {
    "use strict";
    V(t) && (n = r, r = t, t = []);
    var i = n || this, a = Gt(Xn(t), this._getStoreDimIndex, this);
    this._store.each(a, i ? ne(r, i) : r);
}, e.prototype.filterSelf = function (t, r, n) {
    "use strict";
    V(t) && (n = r, r = t, t = []);
    var i = n || this, a = Gt(Xn(t), this._getStoreDimIndex, this);
    return this._store = this._store.filter(a, i ? ne(r, i) : r), this;
}, e.prototype.selectRange = function (t) {
    "use strict";
    var r = this, n = {}, i = ve(t), a = [];
    return S(i, function (o) { var s = r._getStoreDimIndex(o); n[s] = t[o], a.push(s); }), this._store = this._store.selectRange(n), this;
}, e.prototype.mapArray = function (t, r, n) {
    "use strict";
    V(t) && (n = r, r = t, t = []), n = n || this;
    var i = [];
    return this.each(t, function () { i.push(r && r.apply(this, arguments)); }, n), i;
}, e.prototype.map = function (t, r, n, i) {
    "use strict";
    var a = n || i || this, o = Gt(Xn(t), this._getStoreDimIndex, this), s = Zn(this);
    return s._store = this._store.map(o, a ? ne(r, a) : r), s;
}, e.prototype.modify = function (t, r, n, i) { var a = this, o = n || i || this, s = Gt(Xn(t), this._getStoreDimIndex, this); this._store.modify(s, o ? ne(r, o) : r); }, e.prototype.downSample = function (t, r, n, i) { var a = Zn(this); return a._store = this._store.downSample(this._getStoreDimIndex(t), r, n, i), a; }, e.prototype.minmaxDownSample = function (t, r) { var n = Zn(this); return n._store = this._store.minmaxDownSample(this._getStoreDimIndex(t), r), n; }, e.prototype.lttbDownSample = function (t, r) { var n = Zn(this); return n._store = this._store.lttbDownSample(this._getStoreDimIndex(t), r), n; }, e.prototype.getRawDataItem = function (t) { return this._store.getRawDataItem(t); }, e.prototype.getItemModel = function (t) { var r = this.hostModel, n = this.getRawDataItem(t); return new ke(n, r, r && r.ecModel); }, e.prototype.diff = function (t) { var r = this; return new Wv(t ? t.getStore().getIndices() : [], this.getStore().getIndices(), function (n) { return Va(t, n); }, function (n) { return Va(r, n); }); }, e.prototype.getVisual = function (t) { var r = this._visual; return r && r[t]; }, e.prototype.setVisual = function (t, r) { this._visual = this._visual || {}, Kn(t) ? I(this._visual, t) : this._visual[t] = r; }, e.prototype.getItemVisual = function (t, r) { var n = this._itemVisuals[t], i = n && n[r]; return i ?? this.getVisual(r); }, e.prototype.hasItemVisual = function () { return this._itemVisuals.length > 0; }, e.prototype.ensureUniqueItemVisual = function (t, r) { var n = this._itemVisuals, i = n[t]; i || (i = n[t] = {}); var a = i[r]; return a == null && (a = this.getVisual(r), N(a) ? a = a.slice() : Kn(a) && (a = I({}, a)), i[r] = a), a; }, e.prototype.setItemVisual = function (t, r, n) { var i = this._itemVisuals[t] || {}; this._itemVisuals[t] = i, Kn(r) ? I(i, r) : i[r] = n; }, e.prototype.clearAllVisual = function () { this._visual = {}, this._itemVisuals = []; }, e.prototype.setLayout = function (t, r) { Kn(t) ? I(this._layout, t) : this._layout[t] = r; }, e.prototype.getLayout = function (t) { return this._layout[t]; }, e.prototype.getItemLayout = function (t) { return this._itemLayouts[t]; }, e.prototype.setItemLayout = function (t, r, n) { this._itemLayouts[t] = n ? I(this._itemLayouts[t] || {}, r) : r; }, e.prototype.clearItemLayouts = function () { this._itemLayouts.length = 0; }, e.prototype.setItemGraphicEl = function (t, r) { var n = this.hostModel && this.hostModel.seriesIndex; Wl(n, this.dataType, t, r), this._graphicEls[t] = r; }, e.prototype.getItemGraphicEl = function (t) { return this._graphicEls[t]; }, e.prototype.eachItemGraphicEl = function (t, r) { S(this._graphicEls, function (n, i) { n && t && t.call(r, n, i); }); }, e.prototype.cloneShallow = function (t) { return t || (t = new e(this._schema ? this._schema : Gt(this.dimensions, this._getDimInfo, this), this.hostModel)), Ou(t, this), t._store = this._store, t; }, e.prototype.wrapMethod = function (t, r) { var n = this[t]; V(n) && (this.__wrappedMethods = this.__wrappedMethods || [], this.__wrappedMethods.push(t), this[t] = function () { var i = n.apply(this, arguments); return r.apply(this, [i].concat(Qu(arguments))); }); }, e.internalField = (function () { Xv = function (t) { var r = t._invertedIndicesMap; S(r, function (n, i) { var a = t._dimInfos[i], o = a.ordinalMeta, s = t._store; if (o) {
    n = r[i] = new W_(o.categories.length);
    for (var u = 0; u < n.length; u++)
        n[u] = qv;
    for (var u = 0; u < s.count(); u++)
        n[s.get(a.storeDimIndex, u)] = u;
} }); }, qn = function (t, r, n) { return He(t._getCategory(r, n), null); }, Va = function (t, r) { var n = t._idList[r]; return n == null && t._idDimIdx != null && (n = qn(t, t._idDimIdx, r)), n == null && (n = K_ + r), n; }, Xn = function (t) { return N(t) || (t = t != null ? [t] : []), t; }, Zn = function (t) { var r = new e(t._schema ? t._schema : Gt(t.dimensions, t._getDimInfo, t), t.hostModel); return Ou(r, t), r; }, Ou = function (t, r) { S(q_.concat(r.__wrappedMethods || []), function (n) { r.hasOwnProperty(n) && (t[n] = r[n]); }), t.__wrappedMethods = r.__wrappedMethods, S(X_, function (n) { t[n] = H(r[n]); }), t._calculationInfo = I({}, r._calculationInfo); }, Iu = function (t, r) { var n = t._nameList, i = t._idList, a = t._nameDimIdx, o = t._idDimIdx, s = n[r], u = i[r]; if (s == null && a != null && (n[r] = s = qn(t, a, r)), u == null && o != null && (i[r] = u = qn(t, o, r)), u == null && s != null) {
    var c = t._nameRepeatCount, f = c[s] = (c[s] || 0) + 1;
    u = s, f > 1 && (u += "__ec__" + f), i[r] = u;
} }; })(), e; })(), ZN = Z_;
var Zv = [], j_ = { registerPreprocessor: Su, registerProcessor: xu, registerPostInit: Fv, registerPostUpdate: Vv, registerUpdateLifecycle: Ua, registerAction: mr, registerCoordinateSystem: zv, registerLayout: Bv, registerVisual: Ht, registerTransform: Gv, registerLoading: Tu, registerMap: Hv, registerImpl: nv, PRIORITY: Nv, ComponentModel: ce, ComponentView: Ln, SeriesModel: Gr, ChartView: pr, registerComponentModel: function (e) { ce.registerClass(e); }, registerComponentView: function (e) { Ln.registerClass(e); }, registerSeriesModel: function (e) { Gr.registerClass(e); }, registerChartView: function (e) { pr.registerClass(e); }, registerCustomSeries: function (e, t) { ba(e, t); }, registerSubTypeDefaulter: function (e, t) { ce.registerSubTypeDefaulter(e, t); }, registerPainter: function (e, t) { ul(e, t); } };
function Q_(e) { if (N(e)) {
    S(e, function (t) { Q_(t); });
    return;
} re(Zv, e) >= 0 || (Zv.push(e), V(e) && (e = { install: e }), e.install(j_)); }
import { __extends as Jv } from "tslib";
var J_ = 1e-8;
function jv(e, t) { return Math.abs(e - t) < J_; }
function Au(e, t, r) { var n = 0, i = e[0]; if (!i)
    return !1; for (var a = 1; a < e.length; a++) {
    var o = e[a];
    n += fo(i[0], i[1], o[0], o[1], t, r), i = o;
} var s = e[0]; return (!jv(i[0], s[0]) || !jv(i[1], s[1])) && (n += fo(i[0], i[1], s[0], s[1], t, r)), n !== 0; }
var eS = [];
function Ru(e, t) { for (var r = 0; r < e.length; r++)
    Tt(e[r], e[r], t); }
function Qv(e, t, r, n) { for (var i = 0; i < e.length; i++) {
    var a = e[i];
    n && (a = n.project(a)), a && isFinite(a[0]) && isFinite(a[1]) && (Xt(t, t, a), Zt(r, r, a));
} }
function tS(e) { for (var t = 0, r = 0, n = 0, i = e.length, a = e[i - 1][0], o = e[i - 1][1], s = 0; s < i; s++) {
    var u = e[s][0], c = e[s][1], f = a * c - u * o;
    t += f, r += (a + u) * f, n += (o + c) * f, a = u, o = c;
} return t ? [r / t / 3, n / t / 3, t] : [e[0][0] || 0, e[0][1] || 0]; }
var $v = (function () { function e(t) { this.name = t; } return e.prototype.setCenter = function (t) { this._center = t; }, e.prototype.getCenter = function () { var t = this._center; return t || (t = this._center = this.calcCenter()), t; }, e; })();
var ku = (function () { function e(t, r) { this.type = "polygon", this.exterior = t, this.interiors = r; } return e; })();
var Pu = (function () { function e(t) { this.type = "linestring", this.points = t; } return e; })();
var eh = (function (e) { Jv(t, e); function t(r, n, i) { var a = e.call(this, r) || this; return a.type = "geoJSON", a.geometries = n, a._center = i && [i[0], i[1]], a; } return t.prototype.calcCenter = function () { for (var r = this.geometries, n, i = 0, a = 0; a < r.length; a++) {
    var o = r[a], s = o.exterior, u = s && s.length;
    u > i && (n = o, i = u);
} if (n)
    return tS(n.exterior); var c = this.getBoundingRect(); return [c.x + c.width / 2, c.y + c.height / 2]; }, t.prototype.getBoundingRect = function (r) { var n = this._rect; if (n && !r)
    return n; var i = [1 / 0, 1 / 0], a = [-1 / 0, -1 / 0], o = this.geometries; return S(o, function (s) { s.type === "polygon" ? Qv(s.exterior, i, a, r) : S(s.points, function (u) { Qv(u, i, a, r); }); }), isFinite(i[0]) && isFinite(i[1]) && isFinite(a[0]) && isFinite(a[1]) || (i[0] = i[1] = a[0] = a[1] = 0), n = new ze(i[0], i[1], a[0] - i[0], a[1] - i[1]), r || (this._rect = n), n; }, t.prototype.contain = function (r) { var n = this.getBoundingRect(), i = this.geometries; if (!n.contain(r[0], r[1]))
    return !1; e: for (var a = 0, o = i.length; a < o; a++) {
    var s = i[a];
    if (s.type === "polygon") {
        var u = s.exterior, c = s.interiors;
        if (Au(u, r[0], r[1])) {
            for (var f = 0; f < (c ? c.length : 0); f++)
                if (Au(c[f], r[0], r[1]))
                    continue e;
            return !0;
        }
    }
} return !1; }, t.prototype.transformTo = function (r, n, i, a) { var o = this.getBoundingRect(), s = o.width / o.height; i ? a || (a = i / s) : i = s * a; for (var u = new ze(r, n, i, a), c = o.calculateTransform(u), f = this.geometries, l = 0; l < f.length; l++) {
    var v = f[l];
    v.type === "polygon" ? (Ru(v.exterior, c), S(v.interiors, function (p) { Ru(p, c); })) : S(v.points, function (p) { Ru(p, c); });
} o = this._rect, o.copy(u), this._center = [o.x + o.width / 2, o.y + o.height / 2]; }, t.prototype.cloneShallow = function (r) { r == null && (r = this.name); var n = new t(r, this.geometries, this._center); return n._rect = this._rect, n.transformTo = null, n; }, t; })($v);
var fw = (function (e) { Jv(t, e); function t(r, n) { var i = e.call(this, r) || this; return i.type = "geoSVG", i._elOnlyForCalculate = n, i; } return t.prototype.calcCenter = function () { for (var r = this._elOnlyForCalculate, n = r.getBoundingRect(), i = [n.x + n.width / 2, n.y + n.height / 2], a = on(eS), o = r; o && !o.isGeoSVGGraphicRoot;)
    oi(a, o.getLocalTransform(), a), o = o.parent; return si(a, a), Tt(i, i, a), i; }, t; })($v);
function rS(e) { if (!e.UTF8Encoding)
    return e; var t = e, r = t.UTF8Scale; r == null && (r = 1024); var n = t.features; return S(n, function (i) { var a = i.geometry, o = a.encodeOffsets, s = a.coordinates; if (o)
    switch (a.type) {
        case "LineString":
            a.coordinates = th(s, o, r);
            break;
        case "Polygon":
            Lu(s, o, r);
            break;
        case "MultiLineString":
            Lu(s, o, r);
            break;
        case "MultiPolygon": S(s, function (u, c) { return Lu(u, o[c], r); });
    } }), t.UTF8Encoding = !1, t; }
function Lu(e, t, r) { for (var n = 0; n < e.length; n++)
    e[n] = th(e[n], t[n], r); }
function th(e, t, r) { for (var n = [], i = t[0], a = t[1], o = 0; o < e.length; o += 2) {
    var s = e.charCodeAt(o) - 64, u = e.charCodeAt(o + 1) - 64;
    s = s >> 1 ^ -(s & 1), u = u >> 1 ^ -(u & 1), s += i, u += a, i = s, a = u, n.push([s / r, u / r]);
} return n; }
function nS(e, t) { return e = rS(e), P(Ue(e.features, function (r) { return r.geometry && r.properties && r.geometry.coordinates.length > 0; }), function (r) { var n = r.properties, i = r.geometry, a = []; switch (i.type) {
    case "Polygon":
        var o = i.coordinates;
        a.push(new ku(o[0], o.slice(1)));
        break;
    case "MultiPolygon":
        S(i.coordinates, function (u) { u[0] && a.push(new ku(u[0], u.slice(1))); });
        break;
    case "LineString":
        a.push(new Pu([i.coordinates]));
        break;
    case "MultiLineString": a.push(new Pu(i.coordinates));
} var s = new eh(n[t || "name"], a, n.cp); return s.properties = n, s; }); }
import { __extends as cS } from "tslib";
var rh = (function () { function e() { } return e.prototype.isBlank = function () { return this._isBlank; }, e.prototype.setBlank = function (t) { this._isBlank = t; }, e; })();
kt(rh);
var Ve = rh;
var iS = 0, aS = (function () { function e(t) { this.categories = t.categories || [], this._needCollect = t.needCollect, this._deduplication = t.deduplication, this.uid = ++iS, this._onCollect = t.onCollect; } return e.createByAxisModel = function (t) { var r = t.option, n = r.data, i = n && P(n, oS); return new e({ categories: i, needCollect: !i, deduplication: r.dedplication !== !1 }); }, e.prototype.getOrdinal = function (t) { return this._getOrCreateMap().get(t); }, e.prototype.parseAndCollect = function (t) { var r, n = this._needCollect; if (!A(t) && !n)
    return t; if (n && !this._deduplication)
    return r = this.categories.length, this.categories[r] = t, this._onCollect && this._onCollect(t, r), r; var i = this._getOrCreateMap(); return r = i.get(t), r == null && (n ? (r = this.categories.length, this.categories[r] = t, i.set(t, r), this._onCollect && this._onCollect(t, r)) : r = NaN), r; }, e.prototype._getOrCreateMap = function () { return this._map || (this._map = O(this.categories)); }, e; })();
function oS(e) { return L(e) && e.value != null ? e.value : e + ""; }
var Uu = aS;
var Xe = 0, jr = 1, sS = { needTransform: 1, normalize: 1, scale: 1, transformIn: 1, transformOut: 1, contain: 1, getExtent: 1, getExtentUnsafe: 1, setExtent: 1, setExtent2: 1, getFilter: 1, sanitize: 1, getDefaultStartValue: 1, freeze: 1 }, ih = ve(sS), Qr = 2, ah = 3;
function Jr(e, t, r) { var n; e = e || {}; var i = le(); if (i) {
    var a = i.createBreakScaleMapper(t, r);
    a.hasBreaks() && (S(ih, function (o) { a[o] && (e[o] = ne(a[o], a)); }), n = a);
} return n == null && uS(e, r), { brk: n, mapper: e }; }
function za(e, t) { S(ih, function (r) { e[r] = t[r]; }); }
function Ba(e, t) { e.freeze = tt; }
function Ot(e) { return e.getExtentUnsafe(Xe, Qr); }
function Ha(e, t) { return e.getExtentUnsafe(jr, t) || e.getExtentUnsafe(Xe, t); }
function oh(e) { var t = Ha(e, ah); return t[1] - t[0]; }
function $r(e) { var t = e.getExtentUnsafe(Xe, ah); return t[1] - t[0]; }
function uS(e, t) { var r = e || {}, n = []; return r._extents = n, n[Xe] = t ? t.slice() : Ge(), I(r, lS), r; }
var lS = { needTransform: function () { return !1; }, normalize: function (e) { var t = this._extents[jr] || this._extents[Xe]; return t[1] === t[0] ? .5 : (e - t[0]) / (t[1] - t[0]); }, scale: function (e) { var t = this._extents[jr] || this._extents[Xe]; return e * (t[1] - t[0]) + t[0]; }, transformIn: function (e) { return e; }, transformOut: function (e) { return e; }, contain: function (e) { var t = Ha(this, null); return e >= t[0] && e <= t[1]; }, getExtent: function () { return this._extents[Xe].slice(); }, getExtentUnsafe: function (e) { return this._extents[e]; }, setExtent: function (e, t) { nh(this._extents, Xe, e, t); }, setExtent2: function (e, t, r) { var n = this._extents; n[e] || (n[e] = n[Xe].slice()), nh(n, e, t, r); }, freeze: function () { } };
function nh(e, t, r, n) { Ct(r, n) && (e[t][0] = r, e[t][1] = n); }
function bw(e) { return en(e) || gr(e); }
function en(e) { return e.type === "interval"; }
function Ga(e) { return e.type === "time"; }
function gr(e) { return e.type === "log"; }
function st(e) { return e.type === "ordinal"; }
function Mw(e) { var t = vi(e), r = Lt(10, t), n = nt(e / r); return n ? n === 2 ? n = 3 : n === 3 ? n = 5 : n *= 2 : n = 1, ie(n * r, -t); }
function Yt(e) { return pt(e) + 2; }
function jn(e, t) { return Pt(e) / Pt(t); }
function Ya(e, t, r) { var n = r && r.lookup; if (n) {
    for (var i = 0; i < n.from.length; i++)
        if (e === n.from[i])
            return n.to[i];
} return Lt(t, e); }
function sh(e, t, r) { var n = e.slice(); if (n[0] === n[1]) {
    var i = r && r.ctnShp;
    if (n[0] !== 0) {
        var a = Ee(n[0]);
        t[1] || (n[1] += a / 2), n[0] -= a / 2;
    }
    else
        i && (n[0] = -1), n[1] = 1;
} return (!ht(n[0]) || !ht(n[1])) && (n[0] = 0, n[1] = 1), n[1] < n[0] && n.reverse(), n; }
function uh(e, t) { return [e[0] !== t[0], e[1] !== t[1]]; }
function Qn(e, t) { return e = e || t, nt(j(e, 1)); }
function Wa(e, t, r) { var n = Ot(e), i = n[0], a = e.count(), o = Math.max((t || 0) + 1, 1); i !== 0 && o > 1 && a / o > 2 && (i = Math.round(Math.ceil(i / o) * o)), i !== n[0] && u(n[0], !0, !0); for (var s = i; s <= n[1]; s += o)
    u(s, !1, s === n[0] || s === n[1]); s - o !== n[1] && u(n[1], !0, !0); function u(c, f, l) { r({ value: c, offInterval: f }, l); } }
var lh = (function (e) { cS(t, e); function t(r) { var n = e.call(this) || this; n.type = "ordinal", n.parse = t.parse, za(n, t.decoratedMethods); var i = r.ordinalMeta; i || (i = new Uu({})), N(i) && (i = new Uu({ categories: P(i, function (o) { return L(o) ? o.value : o; }) })), n._ordinalMeta = i; var a = Jr(null, null, r.extent || [0, i.categories.length - 1]); return n._mapper = a.mapper, Ba(n, a.mapper), n; } return t.parse = function (r) { return r == null ? r = NaN : A(r) ? (r = this._ordinalMeta.getOrdinal(r), r == null && (r = NaN)) : r = nt(r), r; }, t.prototype.getTicks = function () { var r = []; return Wa(this, 0, function (n) { r.push(n); }), r; }, t.prototype.getMinorTicks = function (r) { }, t.prototype.setSortInfo = function (r) { if (r == null) {
    this._ordinalNumbersByTick = this._ticksByOrdinalNumber = null;
    return;
} for (var n = r.ordinalNumbers, i = this._ordinalNumbersByTick = [], a = this._ticksByOrdinalNumber = [], o = 0, s = this._ordinalMeta.categories.length, u = Fe(s, n.length); o < u; ++o) {
    var c = i[o] = n[o];
    a[c] = o;
} for (var f = 0; o < s; ++o) {
    for (; a[f] != null;)
        f++;
    i[o] = f, a[f] = o;
} }, t.prototype._getTickNumber = function (r) { var n = this._ticksByOrdinalNumber; return n && r >= 0 && r < n.length ? n[r] : r; }, t.prototype.getRawOrdinalNumber = function (r) { var n = this._ordinalNumbersByTick; return n && r >= 0 && r < n.length ? n[r] : r; }, t.prototype.getLabel = function (r) { if (!this.isBlank()) {
    var n = this.getRawOrdinalNumber(r.value), i = this._ordinalMeta.categories[n];
    return i == null ? "" : i + "";
} }, t.prototype.count = function () { var r = Ot(this._mapper); return r[1] - r[0] + 1; }, t.prototype.getOrdinalMeta = function () { return this._ordinalMeta; }, t.type = "ordinal", t.decoratedMethods = { needTransform: function () { return this._mapper.needTransform(); }, contain: function (r) { return this._mapper.contain(this._getTickNumber(r)) && r >= 0 && r < this._ordinalMeta.categories.length; }, normalize: function (r) { return this._mapper.normalize(this._getTickNumber(r)); }, scale: function (r) { return this.getRawOrdinalNumber(nt(this._mapper.scale(r))); }, transformIn: function (r, n) { return this._mapper.transformIn(this._getTickNumber(r), n); }, transformOut: function (r, n) { return this.getRawOrdinalNumber(this._mapper.transformOut(r, n)); }, getExtent: function () { return this._mapper.getExtent(); }, getExtentUnsafe: function (r, n) { return this._mapper.getExtentUnsafe(r, n); }, setExtent: function (r, n) { return this._mapper.setExtent(r, n); }, setExtent2: function (r, n, i) { return this._mapper.setExtent2(r, n, i); } }, t; })(Ve);
Ve.registerClass(lh);
var ch = lh;
import { __extends as fS } from "tslib";
function tn(e, t, r, n) { for (var i = e.getTicks({ expandToNicedExtent: !0 }), a = [], o = e.getExtent(), s = 1; s < i.length; s++) {
    var u = i[s], c = i[s - 1];
    if (!(c.break || u.break)) {
        for (var f = 0, l = [], v = u.value - c.value, p = v / t, h = Yt(p); f < t - 1;) {
            var m = ie(c.value + (f + 1) * p, h);
            m > o[0] && m < o[1] && l.push(m), f++;
        }
        var d = le();
        d && d.pruneTicksByBreak("auto", l, r, function (g) { return g; }, n, o), a.push(l);
    }
} return a; }
var fh = (function (e) { fS(t, e); function t(r) { var n = e.call(this) || this; n.type = "interval", n.parse = t.parse, r = r || {}; var i = Hi(n, r), a = Jr(n, i, null); return n.brk = a.brk, n._cfg = { interval: 0, intervalPrecision: 2, intervalCount: void 0, niceExtent: void 0 }, n; } return t.parse = function (r) { return r == null || r === "" ? NaN : Number(r); }, t.prototype.getConfig = function () { return H(this._cfg); }, t.prototype.setConfig = function (r) { var n = Ot(this); this._cfg = r = H(r), r.niceExtent == null && (r.niceExtent = n.slice()), r.intervalPrecision == null && (r.intervalPrecision = Yt(r.interval)); }, t.prototype.getTicks = function (r) { r = r || {}; var n = this._cfg, i = n.interval, a = Ot(this), o = n.niceExtent, s = n.intervalPrecision, u = le(), c = this.brk, f = u && c, l = []; if (!i)
    return l; if (r.breakTicks === "only_break" && f)
    return u.addBreaksToTicks(l, c.breaks, a), l; var v = 3e3; a[0] < o[0] && l.push({ value: r.expandToNicedExtent ? ie(o[0] - i, s) : a[0] }); for (var p = function (_, E) { return nt((E - _) / i); }, h = n.intervalCount, m = o[0], d = 0;; d++) {
    if (h == null) {
        if (m > o[1] || !isFinite(m) || !isFinite(o[1]))
            break;
    }
    else {
        if (d > h)
            break;
        m = Fe(m, o[1]), d === h && (m = o[1]);
    }
    if (l.push({ value: m }), m = ie(m + i, s), c) {
        var g = c.calcNiceTickMultiple(m, p);
        g >= 0 && (m = ie(m + g * i, s));
    }
    if (l.length > 0 && m === l[l.length - 1].value)
        break;
    if (l.length > v)
        return [];
} var y = l.length ? l[l.length - 1].value : o[1]; return a[1] > y && l.push({ value: r.expandToNicedExtent ? ie(y + i, s) : a[1] }), f && u.pruneTicksByBreak(r.pruneByBreak, l, c.breaks, function (_) { return _.value; }, n.interval, a), f && r.breakTicks !== "none" && u.addBreaksToTicks(l, c.breaks, a), l; }, t.prototype.getMinorTicks = function (r) { return tn(this, r, ir(this), this._cfg.interval); }, t.prototype.getLabel = function (r, n) { if (r == null)
    return ""; var i = n && n.precision; i == null ? i = pt(r.value) || 0 : i === "auto" && (i = this._cfg.intervalPrecision); var a = ie(r.value, i, !0); return Ms(a); }, t.type = "interval", t; })(Ve);
Ve.registerClass(fh);
var yr = fh;
import { __extends as pS } from "tslib";
var vS = function (e, t, r, n) { for (; r < n;) {
    var i = r + n >>> 1;
    e[i][1] < t ? r = i + 1 : n = i;
} return r; }, vh = (function (e) { pS(t, e); function t(r) { var n = e.call(this) || this; n.type = "time", n.parse = t.parse, n._locale = r.locale, n._useUTC = r.useUTC, n._interval = 0; var i = Hi(n, r), a = Jr(n, i, null); return n.brk = a.brk, n; } return t.prototype.getLabel = function (r) { return In(r.value, ys[xf(kr(this._minLevelUnit))] || ys.second, this._useUTC, this._locale); }, t.prototype.getFormattedLabel = function (r, n, i) { return Ef(r, n, i, this._locale, this._useUTC); }, t.prototype.getTicks = function (r) { r = r || {}; var n = this._interval, i = Ot(this), a = le(), o = this.brk, s = a && o, u = []; if (!n)
    return u; var c = this._useUTC; if (s && r.breakTicks === "only_break")
    return le().addBreaksToTicks(u, o.breaks, i), u; u = SS(this._minLevelUnit, this._approxInterval, c, i, $r(this), o); var f = Ke.length - 1, l = 0; return S(u, function (v) { v.time && (f = Math.min(f, re(Ke, v.time.upperTimeUnit)), l = Math.max(l, v.time.level)); }), s && le().pruneTicksByBreak(r.pruneByBreak, u, o.breaks, function (v) { return v.value; }, this._approxInterval, i), s && r.breakTicks !== "none" && le().addBreaksToTicks(u, o.breaks, i, function (v) { for (var p = Math.max(re(Ke, ar(v.vmin, c)), re(Ke, ar(v.vmax, c))), h = 0, m = 0; m < Ke.length; m++)
    if (!hh(Ke[m], v.vmin, v.vmax, c)) {
        h = m;
        break;
    } var d = Math.min(h, f), g = Math.max(d, p); return { level: l, lowerTimeUnit: Ke[g], upperTimeUnit: Ke[d] }; }), u; }, t.prototype.getMinorTicks = function (r) { return tn(this, r, ir(this), this._interval); }, t.prototype.setTimeInterval = function (r) { this._interval = r.interval, this._approxInterval = r.approxInterval, this._minLevelUnit = r.minLevelUnit; }, t.parse = function (r) { return X(r) ? Math.round(r) : +vt(r); }, t.type = "time", t; })(Ve), Ka = [["second", Wi], ["minute", Ki], ["hour", Rr], ["quarter-day", Rr * 6], ["half-day", Rr * 12], ["day", $e * 1.2], ["half-week", $e * 3.5], ["week", $e * 7], ["month", $e * 31], ["quarter", $e * 95], ["half-year", gs / 2], ["year", gs]];
function hh(e, t, r, n) { return qi(new Date(t), e, n).getTime() === qi(new Date(r), e, n).getTime(); }
function hS(e, t) { return e /= $e, e > 16 ? 16 : e > 7.5 ? 7 : e > 3.5 ? 4 : e > 1.5 ? 2 : 1; }
function dS(e) { var t = 30 * $e; return e /= t, e > 6 ? 6 : e > 3 ? 3 : e > 2 ? 2 : 1; }
function mS(e) { return e /= Rr, e > 12 ? 12 : e > 6 ? 6 : e > 3.5 ? 4 : e > 2 ? 2 : 1; }
function ph(e, t) { return e /= t ? Ki : Wi, e > 30 ? 30 : e > 20 ? 20 : e > 15 ? 15 : e > 10 ? 10 : e > 5 ? 5 : e > 2 ? 2 : 1; }
function gS(e) { return j(cn(e, !0), 1); }
function yS(e, t, r) { var n = Math.max(0, re(Ke, t) - 1); return qi(new Date(e), Ke[n], r).getTime(); }
function _S(e, t) { var r = new Date(0); r[e](1); var n = r.getTime(); r[e](1 + t); var i = r.getTime() - n; return function (a, o) { return Math.max(0, Math.round((o - a) / i)); }; }
function SS(e, t, r, n, i, a) { var o = 3e3, s = yf, u = 0; function c(U, K, ae, Z, ye, pe, _e) { for (var ut = _S(ye, U), ee = K, se = new Date(ee); ee < ae && ee <= n[1] && (_e.push({ value: ee }), !(u++ > o));)
    if (se[ye](se[Z]() + U), ee = se.getTime(), a) {
        var be = a.calcNiceTickMultiple(ee, ut);
        be > 0 && (se[ye](se[Z]() + be * U), ee = se.getTime());
    } _e.push({ value: ee, notAdd: ee > n[1] }); } function f(U, K, ae) { var Z = [], ye = !K.length; if (!hh(kr(U), n[0], n[1], r)) {
    ye && (K = [{ value: yS(n[0], U, r) }, { value: n[1] }]);
    for (var pe = 0; pe < K.length - 1; pe++) {
        var _e = K[pe].value, ut = K[pe + 1].value;
        if (_e !== ut) {
            var ee = void 0, se = void 0, be = void 0, Wt = !1;
            switch (U) {
                case "year":
                    ee = Math.max(1, Math.round(t / $e / 365)), se = _s(r), be = Tf(r);
                    break;
                case "half-year":
                case "quarter":
                case "month":
                    ee = dS(t), se = Xi(r), be = Ss(r);
                    break;
                case "week":
                case "half-week":
                case "day":
                    ee = hS(t, 31), se = Zi(r), be = xs(r), Wt = !0;
                    break;
                case "half-day":
                case "quarter-day":
                case "hour":
                    ee = mS(t), se = ji(r), be = Es(r);
                    break;
                case "minute":
                    ee = ph(t, !0), se = Qi(r), be = Ts(r);
                    break;
                case "second":
                    ee = ph(t, !1), se = Ji(r), be = Ds(r);
                    break;
                case "millisecond":
                    ee = gS(t), se = $i(r), be = Cs(r);
                    break;
            }
            ut >= n[0] && _e <= n[1] && c(ee, _e, ut, se, be, Wt, Z), U === "year" && ae.length > 1 && pe === 0 && ae.unshift({ value: ae[0].value - ee });
        }
    }
    for (var pe = 0; pe < Z.length; pe++)
        ae.push(Z[pe]);
} } for (var l = [], v = [], p = 0, h = 0, m = 0; m < s.length; ++m) {
    var d = kr(s[m]);
    if (Sf(s[m])) {
        f(s[m], l[l.length - 1] || [], v);
        var g = s[m + 1] ? kr(s[m + 1]) : null;
        if (d !== g) {
            if (v.length) {
                h = p, v.sort(function (U, K) { return U.value - K.value; });
                for (var y = [], _ = 0; _ < v.length; ++_) {
                    var E = v[_].value;
                    (_ === 0 || v[_ - 1].value !== E) && (y.push(v[_]), E >= n[0] && E <= n[1] && p++);
                }
                var x = i / t;
                if (p > x * 1.5 && h > x / 1.5 || (l.push(y), p > x || e === s[m]))
                    break;
            }
            v = [];
        }
    }
} for (var T = Ue(P(l, function (U) { return Ue(U, function (K) { return K.value >= n[0] && K.value <= n[1] && !K.notAdd; }); }), function (U) { return U.length > 0; }), C = T.length - 1, w = [], m = 0; m < T.length; ++m)
    for (var D = T[m], M = 0; M < D.length; ++M) {
        var R = ar(D[M].value, r);
        w.push({ value: D[M].value, time: { level: C - m, upperTimeUnit: R, lowerTimeUnit: R } });
    } Nr(w, Hl, null), w.sort(function (U, K) { return U.value - K.value; }); var F = w[0], k = w[w.length - 1], G = ar(n[0], r), Y = ar(n[1], r); return (!F || F.value > n[0]) && w.unshift({ value: n[0], time: { level: 0, upperTimeUnit: G, lowerTimeUnit: G }, notNice: !0 }), (!k || k.value < n[1]) && w.push({ value: n[1], time: { level: 0, upperTimeUnit: Y, lowerTimeUnit: Y }, notNice: !0 }), w; }
var dh = function (e, t) { var r = e.getExtent(); if (r[0] === r[1] && (r[0] -= $e, r[1] += $e), r[1] === -1 / 0 && r[0] === 1 / 0) {
    var n = new Date;
    r[1] = +new Date(n.getFullYear(), n.getMonth(), n.getDate()), r[0] = r[1] - $e;
} e.setExtent(r[0], r[1]); var i = Qn(t.splitNumber, 10), a = $r(e) / i, o = t.minInterval, s = t.maxInterval; o != null && a < o && (a = o), s != null && a > s && (a = s); var u = Ka.length, c = Math.min(vS(Ka, a, 0, u), u - 1), f = Ka[c][1], l = Ka[Math.max(c - 1, 0)][0]; e.setTimeInterval({ approxInterval: a, interval: f, minLevelUnit: l }); };
Ve.registerClass(vh);
var mh = vh;
import { __extends as xS } from "tslib";
var qa = 0, Xa = 1, ES = 2, Sh = (function (e) { xS(t, e); function t(r) { var n = e.call(this) || this; n.type = "log", n.parse = yr.parse, n.base = r.logBase || 10; var i = [], a = [], o = n._lookup = { from: i, to: a }; i[qa] = i[Xa] = a[qa] = a[Xa] = NaN, za(n, t.mapperMethods); var s = le(), u = r.breakOption, c = { lookup: o }; return s && s.parseAxisBreakOptionInwardTransform(u, n, { noNegative: !0 }, ES, c), n.powStub = new yr({ breakParsed: c.original }), n.intervalStub = new yr({ breakParsed: c.transformed }), Ba(n, n.intervalStub), n; } return t.prototype.getTicks = function (r) { var n = this.base, i = this.powStub, a = le(), o = this.intervalStub, s = o.getExtent(), u = i.getExtent(), c = { lookup: { from: s, to: u } }; return P(o.getTicks(r || {}), function (f) { var l = f.value, v = Ya(l, n, c), p; if (a) {
    var h = a.getTicksBreakOutwardTransform(this, f, ir(i), this._lookup);
    h && (p = h.vBreak, v = h.tickVal);
} return { value: v, break: p }; }, this); }, t.prototype.getMinorTicks = function (r) { return tn(this, r, ir(this.powStub), this.intervalStub.getConfig().interval); }, t.prototype.getLabel = function (r, n) { return this.intervalStub.getLabel(r, n); }, t.type = "log", t.mapperMethods = { needTransform: function () { return !0; }, normalize: function (r) { return this.intervalStub.normalize(jn(r, this.base)); }, scale: function (r) { return Ya(this.intervalStub.scale(r), this.base, null); }, transformIn: function (r, n) { return r = jn(r, this.base), n && n.depth === Qr ? r : this.intervalStub.transformIn(r, n); }, transformOut: function (r, n) { var i = n ? n.depth : null; return gh.depth = i, yh.lookup = this._lookup, Ya(i === Qr ? r : this.intervalStub.transformOut(r, gh), this.base, yh); }, contain: function (r) { return this.powStub.contain(r); }, setExtent: function (r, n) { this.setExtent2(Xe, r, n); }, setExtent2: function (r, n, i) { if (!(!Ct(n, i) || n <= 0 || i <= 0)) {
        var a = _h, o = _h;
        if (r === Xe) {
            var s = this._lookup;
            a = s.to, o = s.from;
        }
        this.powStub.setExtent2(r, a[qa] = n, a[Xa] = i);
        var u = this.base;
        this.intervalStub.setExtent2(r, o[qa] = jn(n, u), o[Xa] = jn(i, u));
    } }, getFilter: function () { return { g: 0 }; }, sanitize: function (r, n) { return Ct(n[0], n[1]) && it(r) && r <= 0 && (r = n[0]), r; }, getDefaultStartValue: function () { return 1; }, getExtent: function () { return this.powStub.getExtent(); }, getExtentUnsafe: function (r, n) { return n === null ? this.powStub.getExtentUnsafe(r, null) : this.intervalStub.getExtentUnsafe(r, n); } }, t; })(Ve);
Ve.registerClass(Sh);
var gh = {}, yh = {}, _h = [], xh = Sh;
var Eh = { value: 1, category: 1, time: 1, log: 1 };
function TO(e, t, r) { r = r || {}; var n = r.byIndex, i = r.stackedCoordDimension, a, o, s; TS(t) ? a = t : (o = t.schema, a = o.dimensions, s = t.store); var u = !!(e && e.get("stack")), c, f, l, v, p = !0; function h(E) { return E.type !== "ordinal" && E.type !== "time"; } if (S(a, function (E, x) { A(E) && (a[x] = E = { name: E }), h(E) || (p = !1); }), S(a, function (E, x) { u && !E.isExtraCoord && (!n && !c && E.ordinalMeta && (c = E), !f && h(E) && (!p || E.coordDim !== "x" && E.coordDim !== "angle") && (!i || i === E.coordDim) && (f = E)); }), f && !n && !c && (n = !0), f) {
    l = "__\0ecstackresult_" + e.id, v = "__\0ecstackedover_" + e.id, c && (c.createInvertedIndices = !0);
    var m = f.coordDim, d = f.type, g = 0;
    S(a, function (E) { E.coordDim === m && g++; });
    var y = { name: l, coordDim: m, coordDimIndex: g, type: d, isExtraCoord: !0, isCalculationCoord: !0, storeDimIndex: a.length }, _ = { name: v, coordDim: v, coordDimIndex: g + 1, type: d, isExtraCoord: !0, isCalculationCoord: !0, storeDimIndex: a.length + 1 };
    o ? (s && (y.storeDimIndex = s.ensureCalculationDimension(v, d), _.storeDimIndex = s.ensureCalculationDimension(l, d)), o.appendCalculationDimension(y), o.appendCalculationDimension(_)) : (a.push(y), a.push(_));
} return { stackedDimension: f && f.name, stackedByDimension: c && c.name, isStackedByIndex: n, stackedOverDimension: v, stackResultDimension: l }; }
function TS(e) { return !Fa(e.schema); }
function DS(e, t) { return !!t && t === e.getCalculationInfo("stackedDimension"); }
function Th(e, t) { return DS(e, t) ? e.getCalculationInfo("stackResultDimension") : t; }
var bh = B();
function UO(e) { var t = e.get("type"); return (t == null || !ue(Eh, t) && !Ve.getClass(t)) && (t = "value"), t; }
function FO(e, t, r) { var n = le(), i; switch (n && (i = MS(e, t, r)), t) {
    case "category": return new ch({ ordinalMeta: e.getOrdinalMeta ? e.getOrdinalMeta() : e.getCategories(), extent: Ge() });
    case "time": return new mh({ locale: e.ecModel.getLocaleModel(), useUTC: e.ecModel.get("useUTC"), breakOption: i });
    case "log": return new xh({ logBase: e.get("logBase"), breakOption: i });
    case "value": return new yr({ breakOption: i });
    default: return new (Ve.getClass(t) || yr)({});
} }
function VO(e, t, r) { var n = r ? Ha(e, null) : e.getExtentUnsafe(Xe, null), i = n[0], a = n[1]; return Ct(i, a) ? i === t || a === t ? bS : i < t && a > t ? CS : Dh : Dh; }
var CS = 1, bS = 2, Dh = 3;
function Mh(e) { bh(e).noOnMyZero = !0; }
function zO(e) { return bh(e).noOnMyZero; }
function Jn(e) { var t = e.getLabelModel().get("formatter"); if (e.type === "time") {
    var r = _f(t);
    return function (i, a) { return e.scale.getFormattedLabel(i, a, r); };
}
else {
    if (A(t))
        return function (i) { var a = e.scale.getLabel(i), o = t.replace("{value}", a ?? ""); return o; };
    if (V(t)) {
        if (e.type === "category")
            return function (i, a) { return t(Ch(e, i), i.value - e.scale.getExtent()[0], null); };
        var n = le();
        return function (i, a) { var o = null; return n && (o = n.makeAxisLabelFormatterParamBreak(o, i.break)), t(Ch(e, i), a, o); };
    }
    else
        return function (i) { return e.scale.getLabel(i); };
} }
function Ch(e, t) { var r = e.scale; return st(r) ? r.getLabel(t) : t.value; }
function Za(e) { var t = e.get("interval"); return t ?? "auto"; }
function BO(e) { return e.type === "category" && Za(e.getLabelModel()) === 0; }
function Nh(e, t) { var r = {}; return S(e.mapDimensionsAll(t), function (n) { r[Th(e, n)] = !0; }), ve(r); }
function HO(e) { return e === "middle" || e === "center"; }
function GO(e) { return e.getShallow("show"); }
function MS(e, t, r) { var n = e.get("breaks", !0); if (n != null) {
    if (!le())
        return;
    if (!r || !NS(t)) {
        if (0)
            var i;
        return;
    }
    return n;
} }
function NS(e) { return e !== "category"; }
function wh(e, t, r, n, i, a) { var o = gr(e), s = o ? e.intervalStub : e; if (s.setExtent(n[0], n[1]), o) {
    var u = e.powStub, c = { depth: Qr }, f = e.transformOut(n[0], c), l = e.transformOut(n[1], c), v = uh(r, n);
    t[0] && !v[0] && (f = i[0]), t[1] && !v[1] && (l = i[1]), u.setExtent(f, l);
} s.setConfig(a); }
function Oh(e, t) { return st(e) ? e.getRawOrdinalNumber(t.value) : t.value; }
function Ih(e, t) { return st(e) && !!t.get("boundaryGap"); }
var wS = B(), $n = B(), _r = { estimate: 1, determine: 2 };
function Qa(e) { return { out: { noPxChangeTryDetermine: [] }, kind: e }; }
function Ah(e, t) { var r = e.getLabelModel().get("customValues"); if (r) {
    var n = e.scale;
    return { labels: P(kh(r, n), function (i, a) { return { formattedLabel: Jn(e)(i, a), rawLabel: n.getLabel(i), tick: i }; }) };
} return e.type === "category" ? OS(e, t) : AS(e); }
function Rh(e, t, r) { var n = e.scale, i = e.getTickModel().get("customValues"); return i ? { ticks: kh(i, n) } : e.type === "category" ? IS(e, t) : { ticks: n.getTicks(r) }; }
function kh(e, t) { var r = t.getExtent(), n = []; return S(e, function (i) { i = t.parse(i), i >= r[0] && i <= r[1] && n.push(i); }), Nr(n, Gl, null), pi(n), P(n, function (i) { return { value: i }; }); }
function OS(e, t) { var r = e.getLabelModel(), n = Ph(e, r, t); return !r.get("show") || e.scale.isBlank() ? { labels: [] } : n; }
function Ph(e, t, r) { var n = kS(e), i = Za(t), a = r.kind === _r.estimate; if (!a) {
    var o = Uh(n, i);
    if (o)
        return o;
} var s, u; V(i) ? s = ja(e, i, !1) : (u = i === "auto" ? PS(e, r) : i, s = ja(e, u, !1)); var c = { labels: s, labelCategoryInterval: u }; return a ? r.out.noPxChangeTryDetermine.push(function () { return Fu(n, i, c), !0; }) : Fu(n, i, c), c; }
function IS(e, t) { var r = RS(e), n = Za(t), i = Uh(r, n); if (i)
    return i; var a, o; if ((!t.get("show") || e.scale.isBlank()) && (a = []), V(n))
    a = ja(e, n, !0);
else if (n === "auto") {
    var s = Ph(e, e.getLabelModel(), Qa(_r.determine));
    o = s.labelCategoryInterval, a = P(s.labels, function (u) { return u.tick; });
}
else
    o = n, a = ja(e, o, !0); return Fu(r, n, { ticks: a, tickCategoryInterval: o }); }
function AS(e) { var t = e.scale.getTicks(), r = Jn(e); return { labels: P(t, function (n, i) { return { formattedLabel: r(n, i), rawLabel: e.scale.getLabel(n), tick: n }; }) }; }
var RS = Lh("axisTick"), kS = Lh("axisLabel");
function Lh(e) { return function (r) { return $n(r)[e] || ($n(r)[e] = { list: [] }); }; }
function Uh(e, t) { for (var r = 0; r < e.list.length; r++)
    if (e.list[r].key === t)
        return e.list[r].value; }
function Fu(e, t, r) { return e.list.push({ key: t, value: r }), r; }
function PS(e, t) { if (t.kind === _r.estimate) {
    var r = e.calculateCategoryInterval(t);
    return t.out.noPxChangeTryDetermine.push(function () { return $n(e).autoInterval = r, !0; }), r;
} var n = $n(e).autoInterval; return n ?? ($n(e).autoInterval = e.calculateCategoryInterval(t)); }
function Fh(e, t) { var r = t.kind, n = US(e), i = Jn(e), a = (n.axisRotate - n.labelRotate) / 180 * Math.PI, o = e.scale, s = o.getExtent(), u = o.count(); if (s[1] - s[0] < 1)
    return 0; var c = 1, f = 40; u > f && (c = Math.max(1, Math.floor(u / f))); for (var l = s[0], v = e.dataToCoord(l + 1) - e.dataToCoord(l), p = Math.abs(v * Math.cos(a)), h = Math.abs(v * Math.sin(a)), m = 0, d = 0; l <= s[1]; l += c) {
    var g = 0, y = 0, _ = al(i({ value: l }), n.font, "center", "top");
    g = _.width * 1.3, y = _.height * 1.3, m = Math.max(m, g, 7), d = Math.max(d, y, 7);
} var E = m / p, x = d / h; isNaN(E) && (E = 1 / 0), isNaN(x) && (x = 1 / 0); var T = Math.max(0, Math.floor(Math.min(E, x))); if (r === _r.estimate)
    return t.out.noPxChangeTryDetermine.push(ne(LS, null, e, T, u)), T; var C = Vh(e, T, u); return C ?? T; }
function LS(e, t, r) { return Vh(e, t, r) == null; }
function Vh(e, t, r) { var n = wS(e.model), i = e.getExtent(), a = n.lastAutoInterval, o = n.lastTickCount; if (a != null && o != null && Math.abs(a - t) <= 1 && Math.abs(o - r) <= 1 && a > t && n.axisExtent0 === i[0] && n.axisExtent1 === i[1])
    return a; n.lastTickCount = r, n.lastAutoInterval = t, n.axisExtent0 = i[0], n.axisExtent1 = i[1]; }
function US(e) { var t = e.getLabelModel(); return { axisRotate: e.getRotate ? e.getRotate() : e.isHorizontal && !e.isHorizontal() ? 90 : 0, labelRotate: t.get("rotate") || 0, font: t.getFont() }; }
function ja(e, t, r) { var n = Jn(e), i = e.scale, a = [], o = V(t); return Wa(i, o ? 0 : t, function (s, u) { var c = i.getLabel(s); if (o) {
    var f = !!t(s.value, c);
    if (s.offInterval = !f, !f && !u)
        return;
} a.push(r ? s : { formattedLabel: n(s), rawLabel: c, tick: s }); }), a; }
var FS = Bl(), zh = "|&", rn = B(), Bh = -2, tI = -1, VS = B();
function Bu(e, t) { var r = e.model, n = rn(vr(r.ecModel)).keyed, i = n && n.get(t); return i && i.get(r.uid); }
function Hh(e, t) { return Wh(Bu(e, t)); }
function Gh(e, t) { var r = []; return Yh(e.model.ecModel, function (n) { for (var i = 0; i < t.length; i++)
    t[i] && n.serByIdx[t[i].seriesIndex] && r.push(Wh(n)); }), r; }
function Yh(e, t) { var r = rn(vr(e)).keyed; r && r.each(function (n, i) { n.each(function (a, o) { t(a, i, o); }); }); }
function Wh(e) { return { liPosMinGap: e ? e.liPosMinGap : void 0 }; }
function Kh(e, t) { var r = e.model.ecModel, n = rn(vr(r)).axSer; n && Hu(r, n.get(e.model.uid), t); }
function rI(e, t, r) { var n = Bu(e, t); n && Hu(e.model.ecModel, n.sers, r); }
function Hu(e, t, r) { if (t)
    for (var n = 0; n < t.length; n++) {
        var i = t[n];
        e.isSeriesFiltered(i) || r(i);
    } }
function nI(e, t) { var r = Bu(e, t); if (!r || !r.sers.length)
    return 0; var n = 0; return Hu(e.model.ecModel, r.sers, function () { n++; }), n; }
function iI(e, t, r) { var n = rn(vr(e)).keyed, i = n && n.get(t); i && i.each(function (a) { r(a.axis); }); }
function Gu(e, t) { var r = e.model, n = rn(vr(r.ecModel)).keys; n && S(n.get(r.uid), function (i) { if (0)
    var a; t(i); }); }
function zS(e) { var t = VS(sv(e)), r = t.keyed || (t.keyed = O()); Yh(e, function (n, i, a) { var o = r.get(i) || r.set(i, O()), s = o.get(a) || o.set(a, {}); n.metrics.liPosMinGap && qh.liPosMinGap(e, n, s); }); }
function aI(e, t) { qh[e] = t; }
var qh = {};
function oI(e, t, r) { if (e) {
    var n = t.ecModel, i = rn(vr(n)), a = e.model.uid;
    if (0)
        var o, s;
    var u = i.axSer || (i.axSer = O()), c = u.get(a) || u.set(a, []);
    if (0)
        var f;
    c.push(t);
    var l = t.subType, v = t.getBaseAxis() === e, p = zu.get(Vu(l, v, r)) || zu.get(Vu(l, v, null));
    if (p) {
        var h = i.keyed || (i.keyed = O()), m = i.keys || (i.keys = O()), d = p.key, g = h.get(d) || h.set(d, O()), y = g.get(a);
        y || (y = g.set(a, { axis: e, sers: [], serByIdx: [] }), y.metrics = p.getMetrics(e), (m.get(a) || m.set(a, [])).push(d)), y.sers.push(t), y.serByIdx[t.seriesIndex] = t;
    }
} }
function Vu(e, t, r) { return e + zh + q(t, !0) + zh + (r || ""); }
function sI(e, t) { var r = Vu(t.seriesType, t.baseAxis, t.coordSysType); zu.set(r, t), FS(e, function () { e.registerProcessor(e.PRIORITY.PROCESSOR.AXIS_STATISTICS, { overallReset: zS }); }); }
var zu = O();
var BS = .8;
function Yu(e, t) { t = t || {}; var r = { w: NaN, w2: NaN }, n = e.scale, i = t.fromStat, a = t.min, o = oh(n); it(o) || (o = NaN); var s = e.getExtent(), u = Ee(s[1] - s[0]); return st(n) ? HS(r, e, o, u) : i ? GS(r, e, o, u, i) : a == null, a != null && (r.w = it(r.w) ? j(a, r.w) : a), r; }
function HS(e, t, r, n) { var i = t.onBand, a = r + (i ? 1 : 0); a === 0 && (a = 1), e.w = n / a, !i && r && n && (e.w2 = e.w * r / n); }
function GS(e, t, r, n, i) { var a = !1, o = -1 / 0; S(i.key ? [Hh(t, i.key)] : Gh(t, i.sers || []), function (s) { var u = s.liPosMinGap; u != null && (u > 0 ? (u > o && (o = u), a = !1) : u === Bh && (a = !0)); }), it(r) && r > 0 && it(o) ? (e.w = n / r * o, e.w2 = o) : a && (e.w = n * BS, e.w2 = e.w * r / n); }
var Xh = [0, 1], YS = (function () { function e(t, r, n) { this.onBand = !1, this.inverse = !1, this.dim = t, this.scale = r, this._extent = n || [0, 0]; } return e.prototype.contain = function (t) { var r = this._extent, n = Math.min(r[0], r[1]), i = Math.max(r[0], r[1]); return t >= n && t <= i; }, e.prototype.containData = function (t) { return this.scale.contain(this.scale.parse(t)); }, e.prototype.getExtent = function () { return this._extent.slice(); }, e.prototype.setExtent = function (t, r) { var n = this._extent; n[0] = t, n[1] = r; }, e.prototype.dataToCoord = function (t, r) { var n = this.scale; return t = n.normalize(n.parse(t)), vo(t, Xh, Zh(this), r); }, e.prototype.coordToData = function (t, r) { var n = vo(t, Zh(this), Xh, r); return this.scale.scale(n); }, e.prototype.pointToData = function (t, r) { }, e.prototype.getTicksCoords = function (t) { t = t || {}; var r = t.tickModel || this.getTickModel(), n = Rh(this, r, { breakTicks: t.breakTicks, pruneByBreak: t.pruneByBreak }), i = P(n.ticks, function (s) { return { coord: this.dataToCoord(Oh(this.scale, s)), tick: s }; }, this), a = r.get("alignWithLabel"), o = WS(this, i, a); return P(i, function (s) { return { coord: s.coord, tickValue: s.tick.value, onBand: o }; }); }, e.prototype.getMinorTicksCoords = function () { if (st(this.scale))
    return []; var t = this.model.getModel("minorTick"), r = t.get("splitNumber"); r > 0 && r < 100 || (r = 5); var n = this.scale.getMinorTicks(r), i = P(n, function (a) { return P(a, function (o) { return { coord: this.dataToCoord(o), tickValue: o }; }, this); }, this); return i; }, e.prototype.getViewLabels = function (t) { return t = t || Qa(_r.determine), Ah(this, t).labels; }, e.prototype.getLabelModel = function () { return this.model.getModel("axisLabel"); }, e.prototype.getTickModel = function () { return this.model.getModel("axisTick"); }, e.prototype.getBandWidth = function () { return Yu(this, { min: 1 }).w; }, e.prototype.calculateCategoryInterval = function (t) { return t = t || Qa(_r.determine), Fh(this, t); }, e; })();
function Zh(e) { var t = e.getExtent(); if (e.onBand) {
    var r = t[1] - t[0], n = r / e.scale.count() / 2;
    t[0] += n, t[1] -= n;
} return t; }
function WS(e, t, r) { var n = t.length; if (!e.onBand || r || !n)
    return !1; var i = Yu(e).w; if (!i)
    return !1; S(t, function (s) { s.coord -= i / 2; }); var a = e.scale.getExtent(), o = t[n - 1]; return o.tick.offInterval && t.pop(), t.push({ coord: o.coord + i, tick: { value: a[1] + 1 } }), !0; }
var EI = YS;
function AI(e, t) { return jh(e, t).dimensions; }
function jh(e, t) { Vr(e) || (e = fa(e)), t = t || {}; var r = t.coordDimensions || [], n = t.dimensionsDefine || e.dimensionsDefine || [], i = O(), a = [], o = KS(e, r, n, t.dimensionsCount), s = t.canOmitUnusedDimensions && wu(o), u = n === e.dimensionsDefine, c = u ? Nu(e) : Mu(n), f = t.encodeDefine; !f && t.encodeDefaulter && (f = t.encodeDefaulter(e, o)); for (var l = O(f), v = new Vs(o), p = 0; p < v.length; p++)
    v[p] = -1; function h(D) { var M = v[D]; if (M < 0) {
    var R = n[D], F = L(R) ? R : { name: R }, k = new Zr, G = F.name;
    G != null && c.get(G) != null && (k.name = k.displayName = G), F.type != null && (k.type = F.type), F.displayName != null && (k.displayName = F.displayName);
    var Y = a.length;
    return v[D] = Y, k.storeDimIndex = D, a.push(k), k;
} return a[M]; } if (!s)
    for (var p = 0; p < o; p++)
        h(p); l.each(function (D, M) { var R = J(D).slice(); if (R.length === 1 && !A(R[0]) && R[0] < 0) {
    l.set(M, !1);
    return;
} var F = l.set(M, []); S(R, function (k, G) { var Y = A(k) ? c.get(k) : k; Y != null && Y < o && (F[G] = Y, d(h(Y), M, G)); }); }); var m = 0; S(r, function (D) { var M, R, F, k; if (A(D))
    M = D, k = {};
else {
    k = D, M = k.name;
    var G = k.ordinalMeta;
    k.ordinalMeta = null, k = I({}, k), k.ordinalMeta = G, R = k.dimsDef, F = k.otherDims, k.name = k.coordDim = k.coordDimIndex = k.dimsDef = k.otherDims = null;
} var Y = l.get(M); if (Y !== !1) {
    if (Y = J(Y), !Y.length)
        for (var U = 0; U < (R && R.length || 1); U++) {
            for (; m < o && h(m).coordDim != null;)
                m++;
            m < o && Y.push(m++);
        }
    S(Y, function (K, ae) { var Z = h(K); if (u && k.type != null && (Z.type = k.type), d(Se(Z, k), M, ae), Z.name == null && R) {
        var ye = R[ae];
        !L(ye) && (ye = { name: ye }), Z.name = Z.displayName = ye.name, Z.defaultTooltip = ye.defaultTooltip;
    } F && Se(Z.otherDims, F); });
} }); function d(D, M, R) { yi.get(M) != null ? D.otherDims[M] = R : (D.coordDim = M, D.coordDimIndex = R, i.set(M, !0)); } var g = t.generateCoord, y = t.generateCoordCount, _ = y != null; y = g ? y || 1 : 0; var E = g || "value"; function x(D) { D.name == null && (D.name = D.coordDim); } if (s)
    S(a, function (D) { x(D); }), a.sort(function (D, M) { return D.storeDimIndex - M.storeDimIndex; });
else
    for (var T = 0; T < o; T++) {
        var C = h(T), w = C.coordDim;
        w == null && (C.coordDim = qS(E, i, _), C.coordDimIndex = 0, (!g || y <= 0) && (C.isExtraCoord = !0), y--), x(C), C.type == null && (la(e, T) === Te.Must || C.isExtraCoord && (C.otherDims.itemName != null || C.otherDims.seriesName != null)) && (C.type = "ordinal");
    } return Nr(a, function (D) { return D.name; }, function (D, M) { M > 0 && (D.name = D.name + (M - 1)); }), new bu({ source: e, dimensions: a, fullDimensionCount: o, dimensionOmitted: s }); }
function KS(e, t, r, n) { var i = Math.max(e.dimensionsDetectedCount || 1, t.length, r.length, n || 0); return S(t, function (a) { var o; L(a) && (o = a.dimsDef) && (i = Math.max(i, o.length)); }), i; }
function qS(e, t, r) { if (r || t.hasKey(e)) {
    for (var n = 0; t.hasKey(e + n);)
        n++;
    e += n;
} return t.set(e, !0), e; }
var kI = (function () { function e() { } return e.prototype.needIncludeZero = function () { return !this.option.scale; }, e.prototype.getCoordSysModel = function () { }, e; })();
var XS = B(), KI = 1, qI = 2, ZS = 3, $h = (function () { function e(t, r, n, i, a) { var o = st(t), s = o ? r.getCategories().length : null, u; if (o) {
    var c = r.getCategories(!0);
    u = c && !c.length;
} var f = n.slice(); (en(t) || gr(t) || Ga(t)) && (Eo(f, ei(t, r.get("dataMin", !0))), To(f, ei(t, r.get("dataMax", !0)))), Vl(f) || (f[0] = f[1] = NaN); var l = [], v = [!1, !1], p = r.get("min", !0); p === "dataMin" ? (l[0] = f[0], v[0] = !0) : (l[0] = ei(t, V(p) ? p({ min: f[0], max: f[1] }) : p), v[0] = l[0] != null); var h = r.get("max", !0); h === "dataMax" ? (l[1] = f[1], v[1] = !0) : (l[1] = ei(t, V(h) ? h({ min: f[0], max: f[1] }) : h), v[1] = l[1] != null); var m = jS(t, r), d = o ? null : f[1] - f[0] || Math.abs(f[0]); l[0] == null && (l[0] = o ? u ? f[0] : s ? 0 : NaN : f[0] - m[0] * d), l[1] == null && (l[1] = o ? u ? f[1] : s ? s - 1 : NaN : f[1] + m[1] * d), !ht(l[0]) && (l[0] = NaN), !ht(l[1]) && (l[1] = NaN); var g = u || ni(l[0]) || ni(l[1]) || o && !s, y = en(t), _ = y && r.needIncludeZero && r.needIncludeZero(); _ && (l[0] > 0 && l[1] > 0 && !v[0] && (l[0] = 0), l[0] < 0 && l[1] < 0 && !v[1] && (l[1] = 0)); var E = !1; l[0] > l[1] && (l.reverse(), E = !0); var x = ei(t, r.get("startValue", !0)), T = x != null; !it(x) && i && (x = t.getDefaultStartValue ? t.getDefaultStartValue() : 0), it(x) && (T || !y || _) && (x < l[0] && !v[0] ? (l[0] = x, v[0] = !0) : x > l[1] && !v[1] && (l[1] = x, v[1] = !0)); var C = this._i = { scale: t, dataMM: f, noZoomEffMM: l, zoomMM: [], fixMM: v, zoomFixMM: [!1, !1], startValue: x, isBlank: g, incl0: _, tggAxInv: E, ctnShp: a }; Qh(C, l); } return e.prototype.makeNoZoom = function () { return this._i.noZoomEffMM.slice(); }, e.prototype.makeFinal = function () { var t = this._i, r = t.zoomMM, n = t.noZoomEffMM, i = t.zoomFixMM, a = t.fixMM, o = { fixMM: a, zoomFixMM: i, isBlank: t.isBlank, incl0: t.incl0, tggAxInv: t.tggAxInv, ctnShp: t.ctnShp, effMM: n.slice() }, s = o.effMM; return r[0] != null && (s[0] = r[0], a[0] = i[0] = !0), r[1] != null && (s[1] = r[1], a[1] = i[1] = !0), Qh(t, s), o; }, e.prototype.makeRenderInfo = function () { return { startValue: this._i.startValue }; }, e.prototype.setZoomMM = function (t, r) { this._i.zoomMM[t] = r; }, e; })();
function Qh(e, t) { var r = e.scale, n = e.dataMM; r.sanitize && (t[0] = r.sanitize(t[0], n), t[1] = r.sanitize(t[1], n), zl(t)); }
function ei(e, t) { return t == null ? null : ni(t) ? NaN : e.parse(t); }
function jS(e, t) { var r; if (st(e))
    r = [0, 0];
else {
    var n = t.get("boundaryGap");
    typeof n == "boolean" && (n = null), r = N(n) ? n : [n, n];
} return [Jh(r[0]), Jh(r[1])]; }
function Jh(e) { return ol(typeof e == "boolean" ? 0 : e, 1) || 0; }
function ed(e) { var t = XS(e.scale); return t.extent || (t.extent = Ge()), t; }
function XI(e, t) { ed(e).dimIdxInCoord = t.get(e.dim); }
function ZI(e, t) { var r = e.scale, n = e.model, i = e.dim; r.rawExtentInfo || QS(r, e, i, n, t); }
function QS(e, t, r, n, i) { var a = ed(t), o = a.extent, s = !1; Kh(t, function (f) { if (f.boxCoordinateSystem) {
    var l = na(f).coord, v = a.dimIdxInCoord;
    if (v >= 0) {
        if (N(l)) {
            var p = l[v];
            p != null && !N(p) && Ul(o, e.parse(p));
        }
    }
}
else if (f.coordinateSystem) {
    var h = f.getData();
    if (h) {
        var m = e.getFilter ? e.getFilter() : null;
        S(Nh(h, r), function (d) { Fl(o, h.getApproximateExtent(d, m)); });
    }
    f.__requireStartValue && f.__requireStartValue(t) && (s = !0);
} }); var u = $S(e, t, n), c = new $h(e, n, o, s, u); td(e, c, i), a.extent = null; }
function JS(e, t) { var r = e.scale; td(r, new $h(r, e.model, t, !1, !1), ZS); }
function td(e, t, r) { e.rawExtentInfo = t, t.from = r; }
function jI(e, t) { Wu.set(e, t); }
var Wu = O();
function rd(e, t, r, n, i) { e.rawExtentInfo || JS({ scale: e, model: t }, i || Ge()); var a = e.rawExtentInfo.makeFinal(), o = a.effMM; return e.setExtent(o[0], o[1]), e.setBlank(a.isBlank), n && a.tggAxInv && r && !r.get("legacyMinMaxDontInverseAxis") && (n.inverse = !n.inverse), a; }
function $S(e, t, r) { var n = Ih(e, r), i = r.get("containShape", !0); if (i == null && !n && (i = !0), !i)
    return !1; var a = !1; return Gu(t, function (o) { a = !!Wu.get(o) || a; }), a; }
function nd(e, t, r, n) { if (r.ctnShp) {
    var i;
    if (Gu(e, function (s) { var u = Wu.get(s); if (u) {
        var c = u(e, n);
        c && (i = i || [0, 0], Eo(i, c[0]), To(i, c[1]), Mh(e));
    } }), !!i) {
        var a = t.getExtent();
        if (st(t))
            e.onBand || t.setExtent2(jr, Fe(a[0], a[0] + i[0]), j(a[1], a[1] + i[1]));
        else {
            var o = a.slice();
            r.zoomFixMM[0] || (o[0] = Fe(o[0], t.transformOut(t.transformIn(o[0], null) + i[0], null))), r.zoomFixMM[1] || (o[1] = j(o[1], t.transformOut(t.transformIn(o[1], null) + i[1], null))), (o[0] < a[0] || o[1] > a[1]) && t.setExtent2(jr, o[0], o[1]);
        }
    }
} }
function id(e, t) { var r = gr(e), n = r ? e.intervalStub : e, i = t.fixMinMax || [], a = r ? e.getExtent() : null, o = n.getExtent(), s = sh(o, i, t.rawExtentResult); n.setExtent(s[0], s[1]), s = n.getExtent(); var u = r ? tx(n, t) : ex(n, t), c = u.intervalPrecision, f = u.interval, l = t.userInterval; l != null && (u.interval = l, u.intervalPrecision = Yt(l)), i[0] || (s[0] = ie(Dt(s[0] / f) * f, c)), i[1] || (s[1] = ie(Dr(s[1] / f) * f, c)), l != null && (u.niceExtent = s.slice()), wh(e, i, o, s, a, u); }
function ex(e, t) { var r = Qn(t.splitNumber, 5), n = $r(e), i = t.minInterval, a = t.maxInterval, o = cn(n / r, !0); i != null && o < i && (o = i), a != null && o > a && (o = a); var s = Yt(o), u = e.getExtent(), c = [ie(Dr(u[0] / o) * o, s), ie(Dt(u[1] / o) * o, s)]; return { interval: o, intervalPrecision: s, niceExtent: c }; }
function tx(e, t) { var r = Qn(t.splitNumber, 10), n = e.getExtent(), i = $r(e), a = j(Tl(i), 1), o = r / i * a; o <= .5 && (a *= 10); var s = Yt(a), u = [ie(Dr(n[0] / a) * a, s), ie(Dt(n[1] / a) * a, s)]; return { intervalPrecision: s, interval: a, niceExtent: u }; }
function oA(e) { var t = e.scale, r = e.model, n = r.axis, i = r.ecModel; rx(t, r, n, i, null); }
function rx(e, t, r, n, i) { var a = rd(e, t, n, r, i), o = en(e) || Ga(e); nx(e, { splitNumber: t.get("splitNumber"), fixMinMax: a.fixMM, userInterval: t.get("interval"), minInterval: o ? t.get("minInterval") : null, maxInterval: o ? t.get("maxInterval") : null, rawExtentResult: a }), r && n && nd(r, e, a, n); }
function nx(e, t) { ix[e.type](e, t); }
var ix = { interval: id, log: id, time: dh, ordinal: tt };
export { lx as a, Fe as b, j as c, Ee as d, nt as e, Dt as f, Dr as g, gd as h, vo as i, we as j, Sd as k, cx as l, ie as m, fx as n, pi as o, pt as p, xd as q, px as r, vx as s, hx as t, Ed as u, El as v, dx as w, mx as x, gx as y, vt as z, Tl as A, vi as B, Dd as C, cn as D, yx as E, _x as F, St as G, ho as H, it as I, Oe as J, J as K, yo as L, Qt as M, Il as N, He as O, hi as P, Dx as Q, Cx as R, Jt as S, B as T, di as U, So as V, br as W, bx as X, Mr as Y, kl as Z, Mx as _, Nx as $, Ll as aa, wx as ba, Ox as ca, Ge as da, Ul as ea, zl as fa, Bl as ga, Nr as ha, Ix as ia, Yl as ja, Ax as ka, mi as la, _t as ma, Me as na, Wl as oa, hn as pa, gi as qa, Ie as ra, me as sa, Ae as ta, Je as ua, Lx as va, Kl as wa, dn as xa, bt as ya, wo as za, Vd as Aa, Kx as Ba, qd as Ca, Sn as Da, xn as Ea, nc as Fa, Io as Ga, Xd as Ha, qx as Ia, jd as Ja, Xx as Ka, cc as La, En as Ma, Zx as Na, xc as Oa, Dn as Pa, zo as Qa, Ho as Ra, Go as Sa, Wo as Ta, Ko as Ua, Mn as Va, qo as Wa, Nn as Xa, Vc as Ya, zc as Za, Bc as _a, Hc as $a, Fm as ab, wn as bb, ki as cb, jo as db, Yc as eb, tE as fb, zm as gb, Bm as hb, rs as ib, Hm as jb, Ym as kb, mt as lb, Wm as mb, Li as nb, ns as ob, Km as pb, Xc as qb, qm as rb, Zm as sb, jm as tb, Zc as ub, Qm as vb, $m as wb, eg as xb, tg as yb, rg as zb, ng as Ab, ag as Bb, og as Cb, is as Db, sg as Eb, ug as Fb, lg as Gb, as as Hb, cg as Ib, os as Jb, fg as Kb, pg as Lb, vg as Mb, Ui as Nb, LE as Ob, UE as Pb, Jc as Qb, $c as Rb, sf as Sb, us as Tb, FE as Ub, VE as Vb, af as Wb, ke as Xb, Ft as Yb, fT as Zb, ds as _b, hf as $b, le as ac, pT as bc, In as cc, qi as dc, Cg as ec, Ms as fc, DT as gc, Cf as hc, bf as ic, CT as jc, Mf as kc, bT as lc, MT as mc, Nf as nc, NT as oc, AT as pc, Og as qc, Ig as rc, RT as sc, kT as tc, ia as uc, Ag as vc, VT as wc, Of as xc, HT as yc, oa as zc, GT as Ac, kg as Bc, YT as Cc, WT as Dc, Lr as Ec, Ur as Fc, sa as Gc, Pg as Hc, ce as Ic, qe as Jc, nD as Kc, iD as Lc, tb as Mc, JT as Nc, fa as Oc, zr as Pc, Yf as Qc, TD as Rc, Br as Sc, ID as Tc, qf as Uc, AD as Vc, Xf as Wc, Zf as Xc, np as Yc, sC as Zc, ma as _c, gC as $c, lp as ad, yC as bd, _C as cd, cp as dd, Gr as ed, Ln as fd, Ws as gd, pr as hd, qs as id, XC as jd, ZC as kd, $p as ld, ev as md, Xb as nd, Jb as od, Yn as pd, iM as qd, sv as rd, ru as sd, lv as td, hM as ud, dM as vd, iu as wd, vN as xd, hN as yd, Nv as zd, dN as Ad, mN as Bd, F_ as Cd, gN as Dd, yN as Ed, Lv as Fd, _N as Gd, Uv as Hd, Su as Id, xu as Jd, Fv as Kd, Vv as Ld, Ua as Md, mr as Nd, zv as Od, SN as Pd, xN as Qd, Bv as Rd, Ht as Sd, Tu as Td, EN as Ud, Hv as Vd, TN as Wd, Gv as Xd, DN as Yd, Wv as Zd, IN as _d, Mu as $d, ZN as ae, AI as be, jh as ce, TO as de, DS as ee, Th as fe, Uu as ge, Ha as he, bw as ie, Ga as je, gr as ke, st as le, Mw as me, Yt as ne, sh as oe, Qn as pe, ch as qe, yr as re, Eh as se, UO as te, FO as ue, VO as ve, Dh as we, zO as xe, Ch as ye, BO as ze, HO as Ae, GO as Be, MS as Ce, wh as De, Oh as Ee, Ih as Fe, kI as Ge, zh as He, Bh as Ie, tI as Je, rI as Ke, Hu as Le, nI as Me, iI as Ne, aI as Oe, oI as Pe, sI as Qe, KI as Re, qI as Se, XI as Te, ZI as Ue, jI as Ve, rd as We, oA as Xe, rx as Ye, nx as Ze, Q_ as _e, Au as $e, eh as af, fw as bf, nS as cf, _r as df, Qa as ef, Yu as ff, EI as gf };
