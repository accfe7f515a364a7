import { $d as wn, A as Fo, Ac as vn, Ae as ze, Bb as Jt, Bc as ke, Be as qe, C as Yo, Ca as Ki, Cb as Kt, Ce as Bn, D as Ho, Da as Vr, Db as Zr, De as Un, Ea as Gr, Eb as $i, Ec as mn, Ee as rr, Fb as qt, Fc as er, Fe as ri, Gb as ea, Gc as Qr, Ge as wt, Hb as Qt, He as la, I as St, Ia as _t, Ic as ce, Ie as Vn, Jc as P, Je as Gn, K as Ze, Kb as jr, L as Wo, Lb as Jr, Lc as hn, Le as Fn, Na as Jo, Nd as An, Oa as Ko, Ob as At, Oe as Yn, Pa as Fr, Pb as be, Pc as ra, Pe as Qe, Qa as qo, Qb as ta, Qe as Hn, Re as Tt, Sa as Qo, T as J, Ta as Pe, Te as Wn, Ua as De, Ue as Et, Va as Se, W as le, Wa as $o, Wb as $t, Wc as dn, We as Xn, Xb as Ee, Xc as gn, Xe as ir, Ya as tn, Yb as Kr, Z as zr, Za as rn, Zd as Cn, _a as an, _c as ia, ab as Yr, ac as fn, ae as Tn, af as Zn, b as Fi, bb as Ne, bc as je, bf as jn, c as Te, cb as Hr, ce as En, cf as Jn, d as gt, db as qi, df as $e, e as Bo, ed as yn, ef as Kn, f as yt, fb as on, fd as ve, ff as qn, g as kr, gb as de, ge as Ln, gf as Lt, h as Uo, hb as _e, he as aa, i as xt, ib as Wr, ie as $r, j as ae, jd as xn, je as Mn, k as Yi, kd as Sn, ke as oa, l as Vo, le as Ct, m as j, ma as Xo, me as Rn, na as xe, ne as na, o as Ir, oe as On, pa as Zi, pb as Qi, pd as _n, pe as Pn, qa as jt, qc as pn, rb as bt, rc as cn, re as sa, s as Go, sc as qr, se as Dn, tb as nn, td as Ie, te as ei, ub as sn, ud as tr, ue as ti, v as Xe, va as ji, vb as ln, vd as Ke, ve as Nn, w as Hi, wa as jo, wb as Xr, wd as bn, we as kn, x as Wi, xb as un, xe as In, y as Xt, ya as Ji, zc as Je, ze as zn } from "@nf-internal/chunk-PT54LOOW";
import { $ as Ui, $a as Or, $b as Br, A as H, Aa as Rr, Ba as vt, Bb as Ce, C as wr, Ca as Oo, Cb as We, D as ie, Da as He, Db as dt, Eb as we, Fb as Nr, Ga as mt, Ha as Ht, Ia as Wt, J as wo, Ja as Po, K as ct, Ka as Do, Kb as D, L as z, La as No, M as zi, Na as G, P as Yt, Q as To, S as N, Sb as Zt, V as T, W as Tr, Z as Bi, _a as ko, ac as Zo, bb as Pr, bc as Ur, ca as Eo, db as Dr, eb as Io, fa as Er, fb as ht, fc as K, h as Z, i as U, ic as Xi, j as bo, jc as en, k as V, ka as te, l as k, la as Lo, m as pe, ma as Mo, o as ft, oa as Lr, p as Ao, q as g, r as B, s as Cr, t as Re, u as Co, ua as Vi, v as Q, va as Gi, w as W, wa as $, x as se, xa as Ro, y as Y, ya as Mr, z as pt, za as Oe, zb as zo } from "@nf-internal/chunk-LHZIPXHN";
import { __extends as zf } from "tslib";
import { __extends as Hu } from "tslib";
var ua = { left: 0, right: 0, top: 0, bottom: 0 }, ar = ["25%", "25%"], Mt = "cartesian2d", Wu = (function (r) { Hu(e, r); function e() { return r !== null && r.apply(this, arguments) || this; } return e.prototype.mergeDefaultAndTheme = function (t, i) { var a = Qr(t.outerBounds); r.prototype.mergeDefaultAndTheme.apply(this, arguments), a && t.outerBounds && er(t.outerBounds, a); }, e.prototype.mergeOption = function (t, i) { r.prototype.mergeOption.apply(this, arguments), this.option.outerBounds && t.outerBounds && er(this.option.outerBounds, t.outerBounds); }, e.type = "grid", e.dependencies = ["xAxis", "yAxis"], e.layoutMode = "box", e.defaultOption = { show: !1, z: 0, left: "15%", top: 65, right: "10%", bottom: 80, containLabel: !1, outerBoundsMode: "auto", outerBounds: ua, outerBoundsContain: "all", outerBoundsClampWidth: ar[0], outerBoundsClampHeight: ar[1], backgroundColor: P.color.transparent, borderWidth: 1, borderColor: P.color.neutral30 }, e; })(ce), Qn = Wu;
import { __extends as Xu } from "tslib";
var ii = (function (r) { Xu(e, r); function e() { return r !== null && r.apply(this, arguments) || this; } return e.prototype.getCoordSysModel = function () { return this.getReferringComponents("grid", le).models[0]; }, e.type = "cartesian2dAxis", e; })(ce);
ft(ii, wt);
import { __extends as qu } from "tslib";
var $n = { show: !0, z: 0, inverse: !1, name: "", nameLocation: "end", nameRotate: null, nameTruncate: { maxWidth: null, ellipsis: "...", placeholder: "." }, nameTextStyle: {}, nameGap: 15, silent: !1, triggerEvent: !1, tooltip: { show: !1 }, axisPointer: {}, axisLine: { show: !0, onZero: "auto", onZeroAxisIndex: null, lineStyle: { color: P.color.axisLine, width: 1, type: "solid" }, symbol: ["none", "none"], symbolSize: [10, 15], breakLine: !0 }, axisTick: { show: !0, inside: !1, length: 5, lineStyle: { width: 1 } }, axisLabel: { show: !0, inside: !1, rotate: 0, showMinLabel: null, showMaxLabel: null, margin: 8, fontSize: 12, color: P.color.axisLabel, textMargin: [0, 3] }, splitLine: { show: !0, showMinLine: !0, showMaxLine: !0, lineStyle: { color: P.color.axisSplitLine, width: 1, type: "solid" } }, splitArea: { show: !1, areaStyle: { color: [P.color.backgroundTint, P.color.backgroundTransparent] } }, breakArea: { show: !0, itemStyle: { color: P.color.neutral00, borderColor: P.color.border, borderWidth: 1, borderType: [3, 3], opacity: .6 }, zigzagAmplitude: 4, zigzagMinSpan: 4, zigzagMaxSpan: 20, zigzagZ: 100, expandOnClick: !0 }, breakLabelLayout: { moveOverlap: "auto" } }, Zu = U({ boundaryGap: !0, deduplication: null, jitter: 0, jitterOverlap: !0, jitterMargin: 2, splitLine: { show: !1 }, axisTick: { alignWithLabel: !1, interval: "auto", show: "auto" }, axisLabel: { interval: "auto" } }, $n), fa = U({ boundaryGap: [0, 0], axisLine: { show: "auto" }, axisTick: { show: "auto" }, splitNumber: 5, minorTick: { show: !1, splitNumber: 5, length: 3, lineStyle: {} }, minorSplitLine: { show: !1, lineStyle: { color: P.color.axisMinorSplitLine, width: 1 } } }, $n), ju = U({ splitNumber: 6, axisLabel: { rich: { primary: { fontWeight: "bold" } } }, splitLine: { show: !1 } }, fa), Ju = k({ logBase: 10 }, fa), ai = { category: Zu, value: fa, time: ju, log: Ju };
var Ku = null;
function et() { return Ku; }
function Rt(r, e, t, i) { g(Dn, function (a, o) { var n = U(U({}, ai[o], !0), i, !0), s = (function (l) { qu(f, l); function f() { var u = l !== null && l.apply(this, arguments) || this; return u.type = e + "Axis." + o, u; } return f.prototype.mergeDefaultAndTheme = function (u, p) { var c = mn(this), v = c ? Qr(u) : {}, m = p.getTheme(); U(u, m.get(o + "Axis")), U(u, this.getDefaultOption()), u.type = es(u), c && er(u, v, c); }, f.prototype.optionUpdated = function () { var u = this.option; u.type === "category" && (this.__ordinalMeta = Ln.createByAxisModel(this)); }, f.prototype.getCategories = function (u) { var p = this.option; if (p.type === "category")
    return u ? p.data : this.__ordinalMeta.categories; }, f.prototype.getOrdinalMeta = function () { return this.__ordinalMeta; }, f.prototype.updateAxisBreaks = function (u) { var p = et(); return p ? p.updateModelAxisBreak(this, u) : { breaks: [] }; }, f.type = e + "Axis." + o, f.defaultOption = n, f; })(t); r.registerComponentModel(s); }), r.registerSubTypeDefaulter(e + "Axis", es); }
function es(r) { return r.type || (r.data ? "category" : "value"); }
import { __extends as $u } from "tslib";
var Qu = (function () { function r(e) { this.type = "cartesian", this._dimList = [], this._axes = {}, this.name = e || ""; } return r.prototype.getAxis = function (e) { return this._axes[e]; }, r.prototype.getAxes = function () { return B(this._dimList, function (e) { return this._axes[e]; }, this); }, r.prototype.getAxesByScale = function (e) { return e = e.toLowerCase(), Re(this.getAxes(), function (t) { return t.scale.type === e; }); }, r.prototype.addAxis = function (e) { var t = e.dim; this._axes[t] = e, this._dimList.push(t); }, r; })(), ts = Qu;
var or = ["x", "y"];
function rs(r) { return (r.type === "interval" || r.type === "time") && !je(r); }
var ef = (function (r) { $u(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = Mt, t.dimensions = or, t; } return e.prototype.calcAffineTransform = function () { this._transform = this._invTransform = null; var t = this.getAxis("x").scale, i = this.getAxis("y").scale; if (!(!rs(t) || !rs(i))) {
    var a = aa(t, null), o = aa(i, null), n = this.dataToPoint([a[0], o[0]]), s = this.dataToPoint([a[1], o[1]]), l = a[1] - a[0], f = o[1] - o[0];
    if (!(!l || !f)) {
        var u = (s[0] - n[0]) / l, p = (s[1] - n[1]) / f, c = n[0] - a[0] * u, v = n[1] - o[0] * p, m = this._transform = [u, 0, 0, p, c, v];
        this._invTransform = He([], m);
    }
} }, e.prototype.getBaseAxis = function () { return this.getAxesByScale("ordinal")[0] || this.getAxesByScale("time")[0] || this.getAxis("x"); }, e.prototype.containPoint = function (t) { var i = this.getAxis("x"), a = this.getAxis("y"); return i.contain(i.toLocalCoord(t[0])) && a.contain(a.toLocalCoord(t[1])); }, e.prototype.containData = function (t) { return this.getAxis("x").containData(t[0]) && this.getAxis("y").containData(t[1]); }, e.prototype.containZone = function (t, i) { var a = this.dataToPoint(t), o = this.dataToPoint(i), n = this.getArea(), s = new G(a[0], a[1], o[0] - a[0], o[1] - a[1]); return n.intersect(s); }, e.prototype.dataToPoint = function (t, i, a) { a = a || []; var o = t[0], n = t[1]; if (this._transform && o != null && isFinite(o) && n != null && isFinite(n))
    return te(a, t, this._transform); var s = this.getAxis("x"), l = this.getAxis("y"); return a[0] = s.toGlobalCoord(s.dataToCoord(o, i)), a[1] = l.toGlobalCoord(l.dataToCoord(n, i)), a; }, e.prototype.clampData = function (t, i) { var a = this.getAxis("x").scale, o = this.getAxis("y").scale, n = a.getExtent(), s = o.getExtent(), l = a.parse(t[0]), f = o.parse(t[1]); return i = i || [], i[0] = Math.min(Math.max(Math.min(n[0], n[1]), l), Math.max(n[0], n[1])), i[1] = Math.min(Math.max(Math.min(s[0], s[1]), f), Math.max(s[0], s[1])), i; }, e.prototype.pointToData = function (t, i, a) { if (a = a || [], this._invTransform)
    return te(a, t, this._invTransform); var o = this.getAxis("x"), n = this.getAxis("y"); return a[0] = o.coordToData(o.toLocalCoord(t[0]), i), a[1] = n.coordToData(n.toLocalCoord(t[1]), i), a; }, e.prototype.getOtherAxis = function (t) { return this.getAxis(t.dim === "x" ? "y" : "x"); }, e.prototype.getArea = function (t) { t = t || 0; var i = this.getAxis("x").getGlobalExtent(), a = this.getAxis("y").getGlobalExtent(), o = Math.min(i[0], i[1]) - t, n = Math.min(a[0], a[1]) - t, s = Math.max(i[0], i[1]) - o + t, l = Math.max(a[0], a[1]) - n + t; return new G(o, n, s, l); }, e; })(ts), is = ef;
import { __extends as tf } from "tslib";
var rf = (function (r) { tf(e, r); function e(t, i, a, o, n) { var s = r.call(this, t, i, a) || this; return s.index = 0, s.type = o || "value", s.position = n || "bottom", s; } return e.prototype.isHorizontal = function () { var t = this.position; return t === "top" || t === "bottom"; }, e.prototype.getGlobalExtent = function (t) { var i = this.getExtent(); return i[0] = this.toGlobalCoord(i[0]), i[1] = this.toGlobalCoord(i[1]), t && i[0] > i[1] && i.reverse(), i; }, e.prototype.pointToData = function (t, i) { return this.coordToData(this.toLocalCoord(t[this.dim === "x" ? 0 : 1]), i); }, e.prototype.setCategorySortInfo = function (t) { if (this.type !== "category")
    return !1; this.model.option.categorySortInfo = t, this.scale.setSortInfo(t); }, e; })(Lt), as = rf;
var os = ["label", "labelLine", "layoutOption", "priority", "defaultAttr", "marginForce", "minMarginForce", "marginDefault", "suggestIgnore"], af = 1, oi = 2, ss = af | oi;
function nr(r, e, t) { t = t || ss, e ? r.dirty |= t : r.dirty &= ~t; }
function ls(r, e) { return e = e || ss, r.dirty == null || !!(r.dirty & e); }
function ge(r) { if (r)
    return ls(r) && of(r, r.label, r), r; }
function of(r, e, t) { var i = e.getComputedTransform(); r.transform = ea(r.transform, i); var a = r.localRect = qt(r.localRect, e.getBoundingRect()), o = e.style, n = o.margin, s = t && t.marginForce, l = t && t.minMarginForce, f = t && t.marginDefault, u = o.__marginType; u == null && f && (n = f, u = $t.textMargin); for (var p = 0; p < 4; p++)
    pa[p] = u === $t.minMargin && l && l[p] != null ? l[p] : s && s[p] != null ? s[p] : n ? n[p] : 0; u === $t.textMargin && Jt(a, pa, !1, !1); var c = r.rect = qt(r.rect, a); return i && c.applyTransform(i), u === $t.minMargin && Jt(c, pa, !1, !1), r.axisAligned = $i(i), (r.label = r.label || {}).ignore = e.ignore, nr(r, !1), nr(r, !0, oi), r; }
var pa = [0, 0, 0, 0];
function us(r, e, t) { return r.transform = ea(r.transform, t), r.localRect = qt(r.localRect, e), r.rect = qt(r.rect, e), t && r.rect.applyTransform(t), r.axisAligned = $i(t), r.obb = void 0, (r.label = r.label || {}).ignore = !1, r; }
function fs(r, e) { if (r) {
    r.label.x += e.x, r.label.y += e.y, r.label.markRedraw();
    var t = r.transform;
    t && (t[4] += e.x, t[5] += e.y);
    var i = r.rect;
    i && (i.x += e.x, i.y += e.y);
    var a = r.obb;
    a && a.fromBoundingRect(r.localRect, t);
} }
function ca(r, e) { for (var t = 0; t < os.length; t++) {
    var i = os[t];
    r[i] == null && (r[i] = e[i]);
} return ge(r); }
function ns(r) { var e = r.obb; return (!e || ls(r, oi)) && (r.obb = e = e || new an, e.fromBoundingRect(r.localRect, r.transform), nr(r, !1, oi)), e; }
function Xv(r, e, t, i, a) { var o = r.length, n = de[e], s = _e[e]; if (o < 2)
    return !1; r.sort(function (L, A) { return L.rect[n] - A.rect[n]; }); for (var l = 0, f, u = !1, p = 0, c = 0; c < o; c++) {
    var v = r[c], m = v.rect;
    f = m[n] - l, f < 0 && (m[n] -= f, v.label[n] -= f, u = !0);
    var h = Math.max(-f, 0);
    p += h, l = m[n] + m[s];
} p > 0 && a && b(-p / o, 0, o); var d = r[0], y = r[o - 1], x, S; _(), x < 0 && C(-x, .8), S < 0 && C(S, .8), _(), E(x, S, 1), E(S, x, -1), _(), x < 0 && O(-x), S < 0 && O(S); function _() { x = d.rect[n] - t, S = i - y.rect[n] - y.rect[s]; } function E(L, A, w) { if (L < 0) {
    var M = Math.min(A, -L);
    if (M > 0) {
        b(M * w, 0, o);
        var R = M + L;
        R < 0 && C(-R * w, 1);
    }
    else
        C(-L * w, 1);
} } function b(L, A, w) { L !== 0 && (u = !0); for (var M = A; M < w; M++) {
    var R = r[M], I = R.rect;
    I[n] += L, R.label[n] += L;
} } function C(L, A) { for (var w = [], M = 0, R = 1; R < o; R++) {
    var I = r[R - 1].rect, F = Math.max(r[R].rect[n] - I[n] - I[s], 0);
    w.push(F), M += F;
} if (M) {
    var ee = Math.min(Math.abs(L) / M, A);
    if (L > 0)
        for (var R = 0; R < o - 1; R++) {
            var q = w[R] * ee;
            b(q, 0, R + 1);
        }
    else
        for (var R = o - 1; R > 0; R--) {
            var q = w[R - 1] * ee;
            b(-q, R, o);
        }
} } function O(L) { var A = L < 0 ? -1 : 1; L = Math.abs(L); for (var w = Math.ceil(L / (o - 1)), M = 0; M < o - 1; M++)
    if (A > 0 ? b(w, 0, M + 1) : b(-w, o - M - 1, o), L -= w, L <= 0)
        return; } return u; }
function ps(r) { var e = []; r.sort(function (f, u) { return (u.suggestIgnore ? 1 : 0) - (f.suggestIgnore ? 1 : 0) || u.priority - f.priority; }); function t(f) { if (!f.ignore) {
    var u = f.ensureState("emphasis");
    u.ignore == null && (u.ignore = !1);
} f.ignore = !0; } for (var i = 0; i < r.length; i++) {
    var a = ge(r[i]);
    if (!a.label.ignore) {
        for (var o = a.label, n = a.labelLine, s = !1, l = 0; l < e.length; l++)
            if (ni(a, e[l], null, { touchThreshold: .05 })) {
                s = !0;
                break;
            }
        s ? (t(o), n && t(n)) : e.push(a);
    }
} }
function ni(r, e, t, i) { return !r || !e || r.label && r.label.ignore || e.label && e.label.ignore || !r.rect.intersect(e.rect, t, i) ? !1 : r.axisAligned && e.axisAligned ? !0 : ns(r).intersect(ns(e), t, i); }
var cs = "expandAxisBreak";
var Be = Math.PI, nf = [[1, 2, 1, 2], [5, 3, 5, 3], [8, 3, 8, 3]], sf = [[0, 1, 0, 1], [0, 3, 0, 3], [0, 3, 0, 3]], Ue = J(), ds = J(), ma = (function () { function r(e) { this.recordMap = {}, this.resolveAxisNameOverlap = e; } return r.prototype.ensureRecord = function (e) { var t = e.axis.dim, i = e.componentIndex, a = this.recordMap, o = a[t] || (a[t] = []); return o[i] || (o[i] = { ready: {} }); }, r; })();
function lf(r, e, t, i) { var a = t.axis, o = e.ensureRecord(t), n = [], s, l = ga(r.axisName) && ze(r.nameLocation); g(i, function (m) { var h = ge(m); if (!(!h || h.label.ignore)) {
    n.push(h);
    var d = o.transGroup;
    l && (d.transform ? He(sr, d.transform) : Ro(sr), h.transform && Oe(sr, sr, h.transform), G.copy(si, h.localRect), si.applyTransform(sr), s ? s.union(si) : G.copy(s = new G(0, 0, 0, 0), si));
} }); var f = Math.abs(o.dirVec.x) > .1 ? "x" : "y", u = o.transGroup[f]; if (n.sort(function (m, h) { return Math.abs(m.label[f] - u) - Math.abs(h.label[f] - u); }), l && s) {
    var p = a.getExtent(), c = Math.min(p[0], p[1]), v = Math.max(p[0], p[1]) - c;
    s.union(new G(c, 0, v, 1));
} o.stOccupiedRect = s, o.labelInfoList = n; }
var sr = $(), si = new G(0, 0, 0, 0), ha = function (r, e, t, i, a, o) { if (ze(r.nameLocation)) {
    var n = o.stOccupiedRect;
    n && gs(us({}, n, o.transGroup.transform), i, a);
}
else
    da(o.labelInfoList, o.dirVec, i, a); };
function gs(r, e, t) { var i = new mt; ni(r, e, i, { direction: Math.atan2(t.y, t.x), bidirectional: !1, touchThreshold: .05 }) && fs(e, i); }
function da(r, e, t, i) { for (var a = mt.dot(i, e) >= 0, o = 0, n = r.length; o < n; o++) {
    var s = r[a ? o : n - 1 - o];
    s.label.ignore || gs(s, t, i);
} }
var tt = (function () { function r(e, t, i, a) { this.group = new D, this._axisModel = e, this._api = t, this._local = {}, this._shared = a || new ma(ha), this._resetCfgDetermined(i); } return r.prototype.updateCfg = function (e) { if (0)
    var t; var i = this._cfg.raw; i.position = e.position, i.labelOffset = e.labelOffset, this._resetCfgDetermined(i); }, r.prototype.__getRawCfg = function () { return this._cfg.raw; }, r.prototype._resetCfgDetermined = function (e) { var t = this._axisModel, i = t.getDefaultOption ? t.getDefaultOption() : {}, a = z(e.axisName, t.get("name")), o = t.get("nameMoveOverlap"); (o == null || o === "auto") && (o = z(e.defaultNameMoveOverlap, !0)); var n = { raw: e, position: e.position, rotation: e.rotation, nameDirection: z(e.nameDirection, 1), tickDirection: z(e.tickDirection, 1), labelDirection: z(e.labelDirection, 1), labelOffset: z(e.labelOffset, 0), silent: z(e.silent, !0), axisName: a, nameLocation: zi(t.get("nameLocation"), i.nameLocation, "end"), shouldNameMoveOverlap: ga(a) && o, optionHideOverlap: t.get(["axisLabel", "hideOverlap"]), showMinorTicks: t.get(["minorTick", "show"]) }; this._cfg = n; var s = new D({ x: n.position[0], y: n.position[1], rotation: n.rotation }); s.updateTransform(), this._transformGroup = s; var l = this._shared.ensureRecord(t); l.transGroup = this._transformGroup, l.dirVec = new mt(Math.cos(-n.rotation), Math.sin(-n.rotation)); }, r.prototype.build = function (e, t) { var i = this; return e || (e = { axisLine: !0, axisTickLabelEstimate: !1, axisTickLabelDetermine: !0, axisName: !0 }), g(uf, function (a) { e[a] && ff[a](i._cfg, i._local, i._shared, i._axisModel, i.group, i._transformGroup, i._api, t || {}); }), this; }, r.innerTextLayout = function (e, t, i) { var a = Wi(t - e), o, n; return Xt(a) ? (n = i > 0 ? "top" : "bottom", o = "center") : Xt(a - Be) ? (n = i > 0 ? "bottom" : "top", o = "center") : (n = "middle", a > 0 && a < Be ? o = i > 0 ? "right" : "left" : o = i > 0 ? "left" : "right"), { rotation: a, textAlign: o, textVerticalAlign: n }; }, r.makeAxisEventDataBase = function (e) { var t = { componentType: e.mainType, componentIndex: e.componentIndex }; return t[e.mainType + "Index"] = e.componentIndex, t; }, r.isLabelSilent = function (e) { var t = e.get("tooltip"); return e.get("silent") || !(e.get("triggerEvent") || t && t.show); }, r; })(), uf = ["axisLine", "axisTickLabelEstimate", "axisTickLabelDetermine", "axisName"], ff = { axisLine: function (r, e, t, i, a, o, n) { if (0)
        var s; var l = i.get(["axisLine", "show"]); if (l === "auto" && (l = !0, r.raw.axisLineAutoShow != null && (l = !!r.raw.axisLineAutoShow)), !!l) {
        var f = i.axis.getExtent(), u = o.transform, p = [f[0], 0], c = [f[1], 0], v = p[0] > c[0];
        u && (te(p, p, u), te(c, c, u));
        var m = V({ lineCap: "round" }, i.getModel(["axisLine", "lineStyle"]).getLineStyle()), h = { strokeContainThreshold: r.raw.strokeContainThreshold || 5, silent: !0, z2: 1, style: m };
        if (i.get(["axisLine", "breakLine"]) && je(i.axis.scale))
            et().buildAxisBreakLine(i, a, o, h);
        else {
            var d = new Se(V({ shape: { x1: p[0], y1: p[1], x2: c[0], y2: c[1] } }, h));
            bt(d.shape, d.style.lineWidth), d.anid = "line", a.add(d);
        }
        var y = i.get(["axisLine", "symbol"]);
        if (y != null) {
            var x = i.get(["axisLine", "symbolSize"]);
            H(y) && (y = [y, y]), (H(x) || wr(x)) && (x = [x, x]);
            var S = Ke(i.get(["axisLine", "symbolOffset"]) || 0, x), _ = x[0], E = x[1];
            g([{ rotate: r.rotation + Math.PI / 2, offset: S[0], r: 0 }, { rotate: r.rotation - Math.PI / 2, offset: S[1], r: Math.sqrt((p[0] - c[0]) * (p[0] - c[0]) + (p[1] - c[1]) * (p[1] - c[1])) }], function (b, C) { if (y[C] !== "none" && y[C] != null) {
                var O = Ie(y[C], -_ / 2, -E / 2, _, E, m.stroke, !0), L = b.r + b.offset, A = v ? c : p;
                O.attr({ rotation: b.rotate, x: A[0] + L * Math.cos(r.rotation), y: A[1] - L * Math.sin(r.rotation), silent: !0, z2: 11 }), a.add(O);
            } });
        }
    } }, axisTickLabelEstimate: function (r, e, t, i, a, o, n, s) { if (0)
        var l; var f = ms(e, a, s); f && vs(r, e, t, i, a, o, n, $e.estimate); }, axisTickLabelDetermine: function (r, e, t, i, a, o, n, s) { if (0)
        var l; var f = ms(e, a, s); f && vs(r, e, t, i, a, o, n, $e.determine); var u = mf(r, a, o, i); vf(r, e.labelLayoutList, u), hf(r, a, o, i, r.tickDirection); }, axisName: function (r, e, t, i, a, o, n, s) { var l = t.ensureRecord(i); if (0)
        var f; e.nameEl && (a.remove(e.nameEl), e.nameEl = l.nameLayout = l.nameLocation = null); var u = r.axisName; if (ga(u)) {
        var p = r.nameLocation, c = r.nameDirection, v = i.getModel("nameTextStyle"), m = i.get("nameGap") || 0, h = i.axis.getExtent(), d = i.axis.inverse ? -1 : 1, y = new mt(0, 0), x = new mt(0, 0);
        p === "start" ? (y.x = h[0] - d * m, x.x = -d) : p === "end" ? (y.x = h[1] + d * m, x.x = d) : (y.x = (h[0] + h[1]) / 2, y.y = r.labelOffset + c * m, x.y = c);
        var S = $();
        x.transform(vt(S, S, r.rotation));
        var _ = i.get("nameRotate");
        _ != null && (_ = _ * Be / 180);
        var E, b;
        ze(p) ? E = tt.innerTextLayout(r.rotation, _ ?? r.rotation, c) : (E = pf(r.rotation, p, _ || 0, h), b = r.raw.axisNameAvailableWidth, b != null && (b = Math.abs(b / Math.sin(E.rotation)), !isFinite(b) && (b = null)));
        var C = v.getFont(), O = i.get("nameTruncate", !0) || {}, L = O.ellipsis, A = ct(r.raw.nameTruncateMaxWidth, O.maxWidth, b), w = s.nameMarginLevel || 0, M = new Xi({ x: y.x, y: y.y, rotation: E.rotation, silent: tt.isLabelSilent(i), style: ta(v, { text: u, font: C, overflow: "truncate", width: A, ellipsis: L, fill: v.getTextColor() || i.get(["axisLine", "lineStyle", "color"]), align: v.get("align") || E.textAlign, verticalAlign: v.get("verticalAlign") || E.textVerticalAlign }), z2: 1 });
        if (Kt({ el: M, componentModel: i, itemName: u }), M.__fullText = u, M.anid = "name", i.get("triggerEvent")) {
            var R = tt.makeAxisEventDataBase(i);
            R.targetType = "axisName", R.name = u, xe(M).eventData = R;
        }
        o.add(M), M.updateTransform(), e.nameEl = M;
        var I = l.nameLayout = ge({ label: M, priority: M.z2, defaultAttr: { ignore: M.ignore }, marginDefault: ze(p) ? nf[w] : sf[w] });
        if (l.nameLocation = p, a.add(M), M.decomposeTransform(), r.shouldNameMoveOverlap && I) {
            var F = t.ensureRecord(i);
            t.resolveAxisNameOverlap(r, t, i, I, x, F);
        }
    } } };
function vs(r, e, t, i, a, o, n, s) { xs(e) || df(r, e, a, s, i, n); var l = e.labelLayoutList; gf(r, i, l, o), Sf(i, r.rotation, l); var f = r.optionHideOverlap; cf(i, l, f), f && ps(Re(l, function (u) { return u && !u.label.ignore; })), lf(r, t, i, l); }
function pf(r, e, t, i) { var a = Wi(t - r), o, n, s = i[0] > i[1], l = e === "start" && !s || e !== "start" && s; return Xt(a - Be / 2) ? (n = l ? "bottom" : "top", o = "center") : Xt(a - Be * 1.5) ? (n = l ? "top" : "bottom", o = "center") : (n = "middle", a < Be * 1.5 && a > Be / 2 ? o = l ? "left" : "right" : o = l ? "right" : "left"), { rotation: a, textAlign: o, textVerticalAlign: n }; }
function cf(r, e, t) { var i = r.axis, a = r.get(["axisLabel", "customValues"]); if (zn(i))
    return; function o(f, u, p) { var c = ge(e[u]), v = ge(e[p]), m = i.scale; if (!(!c || !v)) {
    if (f == null) {
        if (!t && a)
            return;
        var h = Ue(c.label).labelInfo.tick;
        if (Mn(m) && h.notNice || Ct(m) && h.offInterval) {
            Ot(c.label);
            return;
        }
    }
    if (f === !1 || c.suggestIgnore) {
        Ot(c.label);
        return;
    }
    if (v.suggestIgnore) {
        Ot(v.label);
        return;
    }
    var d = .1;
    if (!t) {
        var y = [0, 0, 0, 0];
        c = ca({ marginForce: y }, c), v = ca({ marginForce: y }, v);
    }
    ni(c, v, null, { touchThreshold: d }) && Ot(f ? v.label : c.label);
} } var n = r.get(["axisLabel", "showMinLabel"]), s = r.get(["axisLabel", "showMaxLabel"]), l = e.length; o(n, 0, 1), o(s, l - 1, l - 2); }
function vf(r, e, t) { r.showMinorTicks || g(e, function (i) { if (i && i.label.ignore)
    for (var a = 0; a < t.length; a++) {
        var o = t[a], n = ds(o), s = Ue(i.label);
        if (n.tickValue != null && !n.onBand && n.tickValue === s.labelInfo.tick.value) {
            Ot(o);
            return;
        }
    } }); }
function Ot(r) { r && (r.ignore = !0); }
function ys(r, e, t, i, a) { for (var o = [], n = [], s = [], l = 0; l < r.length; l++) {
    var f = r[l].coord;
    n[0] = f, n[1] = 0, s[0] = f, s[1] = t, e && (te(n, n, e), te(s, s, e));
    var u = new Se({ shape: { x1: n[0], y1: n[1], x2: s[0], y2: s[1] }, style: i, z2: 2, autoBatch: !0, silent: !0 });
    bt(u.shape, u.style.lineWidth), u.anid = a + "_" + r[l].tickValue, o.push(u);
    var p = ds(u);
    p.onBand = !!r[l].onBand, p.tickValue = r[l].tickValue;
} return o; }
function mf(r, e, t, i) { var a = i.axis, o = i.getModel("axisTick"), n = o.get("show"); if (n === "auto" && (n = !0, r.raw.axisTickAutoShow != null && (n = !!r.raw.axisTickAutoShow)), !n || a.scale.isBlank())
    return []; for (var s = o.getModel("lineStyle"), l = r.tickDirection * o.get("length"), f = a.getTicksCoords(), u = ys(f, t.transform, l, k(s.getLineStyle(), { stroke: i.get(["axisLine", "lineStyle", "color"]) }), "ticks"), p = 0; p < u.length; p++)
    e.add(u[p]); return u; }
function hf(r, e, t, i, a) { var o = i.axis, n = i.getModel("minorTick"); if (!(!r.showMinorTicks || o.scale.isBlank())) {
    var s = o.getMinorTicksCoords();
    if (s.length)
        for (var l = n.getModel("lineStyle"), f = a * n.get("length"), u = k(l.getLineStyle(), k(i.getModel("axisTick").getLineStyle(), { stroke: i.get(["axisLine", "lineStyle", "color"]) })), p = 0; p < s.length; p++)
            for (var c = ys(s[p], t.transform, f, u, "minorticks_" + p), v = 0; v < c.length; v++)
                e.add(c[v]);
} }
function ms(r, e, t) { if (xs(r)) {
    var i = r.axisLabelsCreationContext, a = i.out.noPxChangeTryDetermine;
    if (t.noPxChange) {
        for (var o = !0, n = 0; n < a.length; n++)
            o = o && a[n]();
        if (o)
            return !1;
    }
    a.length && (e.remove(r.labelGroup), va(r, null, null, null));
} return !0; }
function df(r, e, t, i, a, o) { var n = a.axis, s = ct(r.raw.axisLabelShow, a.get(["axisLabel", "show"])), l = new D; t.add(l); var f = Kn(i); if (!s || n.scale.isBlank()) {
    va(e, [], l, f);
    return;
} var u = a.getModel("axisLabel"), p = n.getViewLabels(f), c = (ct(r.raw.labelRotate, u.get("rotate")) || 0) * Be / 180, v = tt.innerTextLayout(r.rotation, c, r.labelDirection), m = a.getCategories && a.getCategories(!0), h = [], d = a.get("triggerEvent"), y = 1 / 0, x = -1 / 0; g(p, function (_, E) { var b, C = _.tick, O = _.formattedLabel, L = _.rawLabel, A = u, w = rr(n.scale, C); if (m && m[w]) {
    var M = m[w];
    ie(M) && M.textStyle && (A = new Ee(M.textStyle, u, a.ecModel));
} var R = A.getTextColor() || a.get(["axisLine", "lineStyle", "color"]), I = A.getShallow("align", !0) || v.textAlign, F = z(A.getShallow("alignMinLabel", !0), I), ee = z(A.getShallow("alignMaxLabel", !0), I), q = A.getShallow("verticalAlign", !0) || A.getShallow("baseline", !0) || v.textVerticalAlign, ye = z(A.getShallow("verticalAlignMinLabel", !0), q), Ar = z(A.getShallow("verticalAlignMaxLabel", !0), q), Gt = 10 + (((b = C.time) === null || b === void 0 ? void 0 : b.level) || 0); y = Math.min(y, Gt), x = Math.max(x, Gt); var he = new Xi({ x: 0, y: 0, rotation: 0, silent: tt.isLabelSilent(a), z2: Gt, style: ta(A, { text: O, align: E === 0 ? F : E === p.length - 1 ? ee : I, verticalAlign: E === 0 ? ye : E === p.length - 1 ? Ar : q, fill: pt(R) ? R(n.type === "category" ? L : n.type === "value" ? w + "" : w, E) : R }) }); he.anid = "label_" + w; var Ye = Ue(he); if (Ye.labelInfo = _, Ye.layoutRotation = v.rotation, Kt({ el: he, componentModel: a, itemName: O, formatterParamsExtra: { isTruncated: function () { return he.isTruncated; }, value: L, tickIndex: E } }), d) {
    var oe = tt.makeAxisEventDataBase(a);
    oe.targetType = "axisLabel", oe.value = L, oe.tickIndex = E;
    var ne = _.tick.break;
    if (ne) {
        var Ft = ne.parsedBreak;
        oe.break = { start: Ft.vmin, end: Ft.vmax };
    }
    n.type === "category" && (oe.dataIndex = w), xe(he).eventData = oe, ne && xf(a, o, he, ne);
} h.push(he), l.add(he); }); var S = B(h, function (_) { return { label: _, priority: Ue(_).labelInfo.tick.break ? _.z2 + (x - y + 1) : _.z2, defaultAttr: { ignore: _.ignore } }; }); va(e, S, l, f); }
function xs(r) { return !!r.labelLayoutList; }
function va(r, e, t, i) { r.labelLayoutList = e, r.labelGroup = t, r.axisLabelsCreationContext = i; }
function gf(r, e, t, i) { var a = e.get(["axisLabel", "margin"]); g(t, function (o, n) { var s = ge(o); if (s) {
    var l = s.label, f = Ue(l);
    s.suggestIgnore = l.ignore, l.ignore = !1, we(Le, yf);
    var u = e.axis;
    Le.x = u.dataToCoord(rr(u.scale, f.labelInfo.tick)), Le.y = r.labelOffset + r.labelDirection * a, Le.rotation = f.layoutRotation, i.add(Le), Le.updateTransform(), i.remove(Le), Le.decomposeTransform(), we(l, Le), l.markRedraw(), nr(s, !0), ge(s);
} }); }
var Le = new K, yf = new K;
function ga(r) { return !!r; }
function xf(r, e, t, i) { t.on("click", function (a) { var o = { type: cs, breaks: [{ start: i.parsedBreak.breakOption.start, end: i.parsedBreak.breakOption.end }] }; o[r.axis.dim + "AxisIndex"] = r.componentIndex, e.dispatchAction(o); }); }
function Sf(r, e, t) { var i = fn(); if (i) {
    var a = i.retrieveAxisBreakPairs(t, function (n) { return n && Ue(n.label).labelInfo.tick.break; }, !0), o = r.get(["breakLabelLayout", "moveOverlap"], !0);
    (o === !0 || o === "auto") && g(a, function (n) { et().adjustBreakLabelPair(r.axis.inverse, e, [ge(t[n[0]]), ge(t[n[1]])]); });
} }
var Pt = tt;
function Ss(r, e, t) { t = t || {}; var i = e.axis, a = {}, o = i.getAxesOnZeroOf()[0], n = i.position, s = o ? "onZero" : n, l = i.dim, f = [r.x, r.x + r.width, r.y, r.y + r.height], u = { left: 0, right: 1, top: 0, bottom: 1, onZero: 2 }, p = e.get("offset") || 0, c = l === "x" ? [f[2] - p, f[3] + p] : [f[0] - p, f[1] + p]; if (o) {
    var v = o.toGlobalCoord(o.dataToCoord(0));
    c[u.onZero] = Math.max(Math.min(v, c[1]), c[0]);
} a.position = [l === "y" ? c[u[s]] : f[0], l === "x" ? c[u[s]] : f[3]], a.rotation = Math.PI / 2 * (l === "x" ? 0 : 1); var m = { top: -1, bottom: 1, left: -1, right: 1 }; a.labelDirection = a.tickDirection = a.nameDirection = m[n], a.labelOffset = o ? c[u[n]] - c[u.onZero] : 0, e.get(["axisTick", "inside"]) && (a.tickDirection = -a.tickDirection), ct(t.labelInside, e.get(["axisLabel", "inside"])) && (a.labelDirection = -a.labelDirection); var h = e.get(["axisLabel", "rotate"]); return a.labelRotate = s === "top" ? -h : h, a.z2 = 1, a; }
function ym(r) { return r.coordinateSystem && r.coordinateSystem.type === "cartesian2d"; }
function _s(r) { var e = { xAxisModel: null, yAxisModel: null }; return g(e, function (t, i) { var a = i.replace(/Model$/, ""), o = r.getReferringComponents(a, le).models[0]; e[i] = o; }), e; }
function bs(r, e, t, i, a, o) { for (var n = Ss(r, t), s = !1, l = !1, f = 0; f < e.length; f++)
    $r(e[f].getOtherAxis(t.axis).scale) && (s = l = !0, t.axis.type === "category" && t.axis.onBand && (l = !1)); return n.axisLineAutoShow = s, n.axisTickAutoShow = l, n.defaultNameMoveOverlap = o, new Pt(t, i, n, a); }
function As(r, e, t) { var i = Ss(e, t); if (0)
    var a; r.updateCfg(i); }
function xm(r) { return r.dim + "_" + r.index; }
function li(r, e) { var t = r.scale, i = r.model, a = Xn(t, i, i.ecModel, r, null), o = oa(t), n = oa(e) ? e.intervalStub : e, s = o ? t.intervalStub : t, l = t.base, f = n.getTicks(), u = n.getTicks({ expandToNicedExtent: !0 }), p = f.length - 1, c, v, m; if (p === 1)
    c = v = 0, m = 1;
else if (p === 2) {
    var h = gt(f[0].value - f[1].value), d = gt(f[1].value - f[2].value);
    c = v = 0, h === d ? m = 2 : (m = 1, h < d ? c = h / d : v = d / h);
}
else {
    var y = n.getConfig().interval;
    c = (1 - (f[0].value - u[0].value) / y) % 1, v = (1 - (u[p].value - f[p].value) / y) % 1, m = p - (c ? 1 : 0) - (v ? 1 : 0);
} var x = a.zoomFixMM, S = x[0] || x[1], _ = [a.fixMM[0] || S, a.fixMM[1] || S], E = t.getExtent(), b = s.getExtent(), C = On(b, _), O, L, A, w, M, R; function I(Ye) { for (var oe = 50, ne = 0; ne < oe && !Ye(); ne++)
    A = o ? A * Te(l, 2) : Rn(A), w = na(A); } function F() { O = j(R - A * c, w); } function ee() { L = j(M + A * v, w); } function q() { R = c ? j(O + A * c, w) : O; } function ye() { M = v ? j(L - A * v, w) : L; } if (_[0] && _[1]) {
    O = C[0], L = C[1], A = (L - O) / (m + c + v);
    var Ar = r.getExtent(), Gt = gt(Ar[1] - Ar[0]);
    w = Go([L, O], Gt, .5 / m), q(), ye(), St(w) && (A = j(A, w));
}
else {
    var he = C[1] - C[0];
    A = o ? Te(Fo(he), 1) : Ho(he / m, Yo), w = na(A), _[0] ? (O = C[0], I(function () { if (q(), M = j(R + A * m, w), ee(), L >= C[1])
        return !0; })) : _[1] ? (L = C[1], I(function () { if (ye(), R = j(M - A * m, w), F(), O <= C[0])
        return !0; })) : I(function () { R = j(kr(C[0] / A) * A, w), M = j(yt(C[1] / A) * A, w); var Ye = Bo((M - R) / A); if (Ye <= m) {
        var oe = m - Ye, ne = void 0, Ft = a.incl0 || o;
        if (Ft && C[0] === 0)
            ne = [0, oe];
        else if (Ft && C[1] === 0)
            ne = [oe, 0];
        else {
            var ut = yt(oe / 2);
            ne = oe % 2 === 0 ? [ut, ut] : O + L < C[0] + C[1] ? [ut, ut + 1] : [ut + 1, ut];
        }
        if (R = j(R - A * ne[0], w), M = j(M + A * ne[1], w), F(), ee(), O <= C[0] && L >= C[1])
            return !0;
    } });
} Un(t, _, b, [O, L], E, { interval: A, intervalCount: m, intervalPrecision: w, niceExtent: [R, M] }); }
var Cs = [[3, 1], [0, 2]], _f = (function () { function r(e, t, i) { this.type = "grid", this._coordsMap = {}, this._coordsList = [], this._axesMap = {}, this._axesList = [], this.axisPointerEnabled = !0, this.dimensions = or, this._initCartesian(e, t, i), this.model = e; } return r.prototype.getRect = function () { return this._rect; }, r.prototype.update = function (e, t) { var i = this._axesMap; g(this._axesList, function (n) { Et(n, Tt); var s = n.scale; Ct(s) && s.setSortInfo(n.model.get("categorySortInfo")); }); function a(n) { for (var s = Q(n), l = [], f = s.length - 1; f >= 0; f--) {
    var u = n[+s[f]];
    u.__alignTo ? l.push(u) : ir(u);
} g(l, function (p) { Af(p, p.__alignTo) ? ir(p) : li(p, p.__alignTo.scale); }); } a(i.x), a(i.y); var o = {}; g(i.x, function (n) { ws(i, "y", n, o); }), g(i.y, function (n) { ws(i, "x", n, o); }), this.resize(this.model, t); }, r.prototype.resize = function (e, t, i) { var a = ke(e, t), o = this._rect = Je(e.getBoxLayoutParams(), a.refContainer), n = this._axesMap, s = this._coordsList, l = e.get("containLabel"); if (ya(n, o), !i) {
    var f = wf(o, s, n, l, t), u = void 0;
    if (l)
        Ms ? (Ms(this._axesList, o), ya(n, o)) : u = Rs(o.clone(), "axisLabel", null, o, n, f, a);
    else {
        var p = Tf(e, o, a), c = p.outerBoundsRect, v = p.parsedOuterBoundsContain, m = p.outerBoundsClamp;
        c && (u = Rs(c, v, m, o, n, f, a));
    }
    Os(o, n, $e.determine, null, u, a), g(this._coordsList, function (h) { h.calcAffineTransform(); });
} }, r.prototype.getAxis = function (e, t) { var i = this._axesMap[e]; if (i != null)
    return i[t || 0]; }, r.prototype.getAxes = function () { return this._axesList.slice(); }, r.prototype.getCartesian = function (e, t) { if (e != null && t != null) {
    var i = "x" + e + "y" + t;
    return this._coordsMap[i];
} ie(e) && (t = e.yAxisIndex, e = e.xAxisIndex); for (var a = 0, o = this._coordsList; a < o.length; a++)
    if (o[a].getAxis("x").index === e || o[a].getAxis("y").index === t)
        return o[a]; }, r.prototype.getCartesians = function () { return this._coordsList.slice(); }, r.prototype.convertToPixel = function (e, t, i) { var a = this._findConvertTarget(t); return a.cartesian ? a.cartesian.dataToPoint(i) : a.axis ? a.axis.toGlobalCoord(a.axis.dataToCoord(i)) : null; }, r.prototype.convertFromPixel = function (e, t, i) { var a = this._findConvertTarget(t); return a.cartesian ? a.cartesian.pointToData(i) : a.axis ? a.axis.coordToData(a.axis.toLocalCoord(i)) : null; }, r.prototype._findConvertTarget = function (e) { var t = e.seriesModel, i = e.xAxisModel || t && t.getReferringComponents("xAxis", le).models[0], a = e.yAxisModel || t && t.getReferringComponents("yAxis", le).models[0], o = e.gridModel, n = this._coordsList, s, l; if (t)
    s = t.coordinateSystem, pe(n, s) < 0 && (s = null);
else if (i && a)
    s = this.getCartesian(i.componentIndex, a.componentIndex);
else if (i)
    l = this.getAxis("x", i.componentIndex);
else if (a)
    l = this.getAxis("y", a.componentIndex);
else if (o) {
    var f = o.coordinateSystem;
    f === this && (s = this._coordsList[0]);
} return { cartesian: s, axis: l }; }, r.prototype.containPoint = function (e) { var t = this._coordsList[0]; if (t)
    return t.containPoint(e); }, r.prototype._initCartesian = function (e, t, i) { var a = this, o = this, n = { left: !1, right: !1, top: !1, bottom: !1 }, s = { x: {}, y: {} }, l = { x: 0, y: 0 }; if (t.eachComponent("xAxis", f("x"), this), t.eachComponent("yAxis", f("y"), this), !l.x || !l.y) {
    this._axesMap = {}, this._axesList = [];
    return;
} this._axesMap = s, g(s.x, function (u, p) { g(s.y, function (c, v) { var m = "x" + p + "y" + v, h = new is(m); h.master = a, h.model = e, a._coordsMap[m] = h, a._coordsList.push(h), h.addAxis(u), h.addAxis(c); }); }), Es(s.x), Es(s.y); function f(u) { return function (p, c) { if (bf(p, e)) {
    var v = p.get("position");
    u === "x" ? v !== "top" && v !== "bottom" && (v = n.bottom ? "top" : "bottom") : v !== "left" && v !== "right" && (v = n.left ? "right" : "left"), n[v] = !0;
    var m = ei(p), h = new as(u, ti(p, m, !0), [0, 0], m, v);
    h.onBand = ri(h.scale, p), h.inverse = p.get("inverse"), p.axis = h, h.model = p, h.grid = o, h.index = c, o._axesList.push(h), s[u][c] = h, l[u]++;
} }; } }, r.prototype.getTooltipAxes = function (e) { var t = [], i = []; return g(this.getCartesians(), function (a) { var o = e != null && e !== "auto" ? a.getAxis(e) : a.getBaseAxis(), n = a.getOtherAxis(o); pe(t, o) < 0 && t.push(o), pe(i, n) < 0 && i.push(n); }), { baseAxes: t, otherAxes: i }; }, r.create = function (e, t) { var i = []; return e.eachComponent("grid", function (a, o) { var n = new r(a, e, t); n.name = "grid_" + o, n.resize(a, t, !0), a.coordinateSystem = n, i.push(n), g(n._axesList, function (s) { Wn(s, r.dimIdxMap); }); }), e.eachSeries(function (a) { var o, n; qr({ targetModel: a, coordSysType: Mt, coordSysProvider: s }); function s() { var l = _s(a), f = l.xAxisModel, u = l.yAxisModel; o = f.axis, n = u.axis; var p = f.getCoordSysModel(), c = p.coordinateSystem; return c.getCartesian(f.componentIndex, u.componentIndex); } o && n && (Qe(o, a, Mt), Qe(n, a, Mt)); }, this), i; }, r.dimensions = or, r.dimIdxMap = wn(or), r; })();
function bf(r, e) { return r.getCoordSysModel() === e; }
function ws(r, e, t, i) { t.getAxesOnZeroOf = function () { return o ? [o] : []; }; var a = r[e], o, n = t.model, s = n.get(["axisLine", "onZero"]), l = n.get(["axisLine", "onZeroAxisIndex"]); if (!s)
    return; if (l != null)
    Ts(s, a[l]) && (o = a[l]);
else
    for (var f in a)
        if (T(a, f) && Ts(s, a[f]) && !i[u(a[f])]) {
            o = a[f];
            break;
        } o && (i[u(o)] = !0); function u(p) { return p.dim + "_" + p.index; } }
function Ts(r, e) { if (!e)
    return !1; var t = e.scale, i = Nn(t, 0, !1), a = e && e.type !== "category" && e.type !== "time" && i !== kn; return a && r === "auto" && In(e) && (a = !1), a; }
function Es(r) { for (var e = Q(r), t, i = [], a = e.length - 1; a >= 0; a--) {
    var o = r[+e[a]];
    $r(o.scale) && Bn(o.model, o.type, !0) == null && (o.model.get("alignTicks") && o.model.get("interval") == null ? i.push(o) : t = o);
} t || (t = i.pop()), t && g(i, function (n) { n.__alignTo = t; }); }
function Af(r, e) { return je(r.scale) || je(e.scale) || e.scale.getTicks().length < 2; }
function Cf(r, e) { var t = r.getExtent(), i = t[0] + t[1]; r.toGlobalCoord = r.dim === "x" ? function (a) { return a + e; } : function (a) { return i - a + e; }, r.toLocalCoord = r.dim === "x" ? function (a) { return a - e; } : function (a) { return i - a + e; }; }
function ya(r, e) { g(r.x, function (t) { return Ls(t, e.x, e.width); }), g(r.y, function (t) { return Ls(t, e.y, e.height); }); }
function Ls(r, e, t) { var i = [0, t], a = r.inverse ? 1 : 0; r.setExtent(i[a], i[1 - a]), Cf(r, e); }
var Ms;
function Rs(r, e, t, i, a, o, n) { Os(i, a, $e.estimate, e, !1, n); var s = [0, 0, 0, 0]; f(0), f(1), u(i, 0, NaN), u(i, 1, NaN); var l = Co(s, function (c) { return c > 0; }) == null; return Jt(i, s, !0, !0, t), ya(a, i), l; function f(c) { g(a[de[c]], function (v) { if (qe(v.model)) {
    var m = o.ensureRecord(v.model), h = m.labelInfoList;
    if (h)
        for (var d = 0; d < h.length; d++) {
            var y = h[d], x = v.scale.normalize(rr(v.scale, Ue(y.label).labelInfo.tick));
            x = c === 1 ? 1 - x : x, u(y.rect, c, x), u(y.rect, 1 - c, NaN);
        }
    var S = m.nameLayout;
    if (S) {
        var x = ze(m.nameLocation) ? .5 : NaN;
        u(S.rect, c, x), u(S.rect, 1 - c, NaN);
    }
} }); } function u(c, v, m) { var h = r[de[v]] - c[de[v]], d = c[_e[v]] + c[de[v]] - (r[_e[v]] + r[de[v]]); h = p(h, 1 - m), d = p(d, m); var y = Cs[v][0], x = Cs[v][1]; s[y] = Te(s[y], h), s[x] = Te(s[x], d); } function p(c, v) { return c > 0 && !wo(v) && v > 1e-4 && (c /= v), c; } }
function wf(r, e, t, i, a) { var o = new ma(Ef); return g(t, function (n) { return g(n, function (s) { if (qe(s.model)) {
    var l = !i;
    s.axisBuilder = bs(r, e, s.model, a, o, l);
} }); }), o; }
function Os(r, e, t, i, a, o) { var n = t === $e.determine; g(e, function (f) { return g(f, function (u) { qe(u.model) && (As(u.axisBuilder, r, u.model), u.axisBuilder.build(n ? { axisTickLabelDetermine: !0 } : { axisTickLabelEstimate: !0 }, { noPxChange: a })); }); }); var s = { x: 0, y: 0 }; l(0), l(1); function l(f) { s[de[1 - f]] = r[_e[f]] <= o.refContainer[_e[f]] * .5 ? 0 : 1 - f === 1 ? 2 : 1; } g(e, function (f, u) { return g(f, function (p) { qe(p.model) && ((i === "all" || n) && p.axisBuilder.build({ axisName: !0 }, { nameMarginLevel: s[u] }), n && p.axisBuilder.build({ axisLine: !0 })); }); }); }
function Tf(r, e, t) { var i, a = r.get("outerBoundsMode", !0); a === "same" ? i = e.clone() : (a == null || a === "auto") && (i = Je(r.get("outerBounds", !0) || ua, t.refContainer)); var o = r.get("outerBoundsContain", !0), n; o == null || o === "auto" || pe(["all", "axisLabel"], o) < 0 ? n = "all" : n = o; var s = [Yi(z(r.get("outerBoundsClampWidth", !0), ar[0]), e.width), Yi(z(r.get("outerBoundsClampHeight", !0), ar[1]), e.height)]; return { outerBoundsRect: i, parsedOuterBoundsContain: n, outerBoundsClamp: s }; }
var Ef = function (r, e, t, i, a, o) { var n = t.axis.dim === "x" ? "y" : "x"; ha(r, e, t, i, a, o), ze(r.nameLocation) || g(e.recordMap[n], function (s) { s && s.labelInfoList && s.dirVec && da(s.labelInfoList, s.dirVec, i, a); }); }, Ps = _f;
import { __extends as ba } from "tslib";
import { __extends as Df } from "tslib";
function qm(r, e) { var t = { axesInfo: {}, seriesInvolved: !1, coordSysAxesInfo: {}, coordSysMap: {} }; return Lf(t, r, e), t.seriesInvolved && Rf(t, r), t; }
function Lf(r, e, t) { var i = e.getComponent("tooltip"), a = e.getComponent("axisPointer"), o = a.get("link", !0) || [], n = []; g(t.getCoordinateSystems(), function (s) { if (!s.axisPointerEnabled)
    return; var l = ui(s.model), f = r.coordSysAxesInfo[l] = {}; r.coordSysMap[l] = s; var u = s.model, p = u.getModel("tooltip", i); if (g(s.getAxes(), se(h, !1, null)), s.getTooltipAxes && i && p.get("show")) {
    var c = p.get("trigger") === "axis", v = p.get(["axisPointer", "type"]) === "cross", m = s.getTooltipAxes(p.get(["axisPointer", "axis"]));
    (c || v) && g(m.baseAxes, se(h, v ? "cross" : !0, c)), v && g(m.otherAxes, se(h, "cross", !1));
} function h(d, y, x) { var S = x.model.getModel("axisPointer", a), _ = S.get("show"); if (!(!_ || _ === "auto" && !d && !Sa(S))) {
    y == null && (y = S.get("triggerTooltip")), S = d ? Mf(x, p, a, e, d, y) : S;
    var E = S.get("snap"), b = S.get("triggerEmphasis"), C = ui(x.model), O = y || E || x.type === "category", L = r.axesInfo[C] = { key: C, axis: x, coordSys: s, axisPointerModel: S, triggerTooltip: y, triggerEmphasis: b, involveSeries: O, snap: E, useHandle: Sa(S), seriesModels: [], linkGroup: null };
    f[C] = L, r.seriesInvolved = r.seriesInvolved || O;
    var A = Of(o, x);
    if (A != null) {
        var w = n[A] || (n[A] = { axesInfo: {} });
        w.axesInfo[C] = L, w.mapper = o[A].mapper, L.linkGroup = w;
    }
} } }); }
function Mf(r, e, t, i, a, o) { var n = e.getModel("axisPointer"), s = ["type", "snap", "lineStyle", "shadowStyle", "label", "animation", "animationDurationUpdate", "animationEasingUpdate", "z"], l = {}; g(s, function (c) { l[c] = Z(n.get(c)); }), l.snap = r.type !== "category" && !!o, n.get("type") === "cross" && (l.type = "line"); var f = l.label || (l.label = {}); if (f.show == null && (f.show = !1), a === "cross") {
    var u = n.get(["label", "show"]);
    if (f.show = u ?? !0, !o) {
        var p = l.lineStyle = n.get("crossStyle");
        p && k(f, p.textStyle);
    }
} return r.model.getModel("axisPointer", new Ee(l, t, i)); }
function Rf(r, e) { e.eachSeries(function (t) { var i = t.coordinateSystem, a = t.get(["tooltip", "trigger"], !0), o = t.get(["tooltip", "show"], !0); !i || !i.model || a === "none" || a === !1 || a === "item" || o === !1 || t.get(["axisPointer", "show"], !0) === !1 || g(r.coordSysAxesInfo[ui(i.model)], function (n) { var s = n.axis; i.getAxis(s.dim) === s && (n.seriesModels.push(t), n.seriesDataCount == null && (n.seriesDataCount = 0), n.seriesDataCount += t.getData().count()); }); }); }
function Of(r, e) { for (var t = e.model, i = e.dim, a = 0; a < r.length; a++) {
    var o = r[a] || {};
    if (xa(o[i + "AxisId"], t.id) || xa(o[i + "AxisIndex"], t.componentIndex) || xa(o[i + "AxisName"], t.name))
        return a;
} }
function xa(r, e) { return r === "all" || Y(r) && pe(r, e) >= 0 || r === e; }
function Ds(r) { var e = Ns(r); if (e) {
    var t = e.axisPointerModel, i = e.axis.scale, a = t.option, o = t.get("status"), n = t.get("value");
    n != null && (n = i.parse(n));
    var s = Sa(t);
    o == null && (a.status = s ? "show" : "hide");
    var l = i.getExtent();
    (n == null || n > l[1]) && (n = l[1]), n < l[0] && (n = l[0]), a.value = n, s && (a.status = e.axis.scale.isBlank() ? "hide" : "show");
} }
function Ns(r) { var e = (r.ecModel.getComponent("axisPointer") || {}).coordSysAxesInfo; return e && e.axesInfo[ui(r)]; }
function ks(r) { var e = Ns(r); return e && e.axisPointerModel; }
function Sa(r) { return !!r.get(["handle", "show"]); }
function ui(r) { return r.type + "||" + r.id; }
var Is = {}, Nf = (function (r) { Df(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, i, a, o) { this.axisPointerClass && Ds(t), r.prototype.render.apply(this, arguments), this._doUpdateAxisPointerClass(t, a, !0); }, e.prototype.updateAxisPointer = function (t, i, a, o) { this._doUpdateAxisPointerClass(t, a, !1); }, e.prototype.remove = function (t, i) { var a = this._axisPointer; a && a.remove(i); }, e.prototype.dispose = function (t, i) { this._disposeAxisPointer(i), r.prototype.dispose.apply(this, arguments); }, e.prototype._doUpdateAxisPointerClass = function (t, i, a) { var o = e.getAxisPointerClass(this.axisPointerClass); if (o) {
    var n = ks(t);
    n ? (this._axisPointer || (this._axisPointer = new o)).render(t, n, i, a) : this._disposeAxisPointer(i);
} }, e.prototype._disposeAxisPointer = function (t) { this._axisPointer && this._axisPointer.dispose(t), this._axisPointer = null; }, e.registerAxisPointerClass = function (t, i) { Is[t] = i; }, e.getAxisPointerClass = function (t) { return t && Is[t]; }, e.type = "axis", e; })(ve), zs = Nf;
var _a = J();
function Bs(r, e, t, i) { var a = t.axis; if (!a.scale.isBlank()) {
    var o = t.getModel("splitArea"), n = o.getModel("areaStyle"), s = n.get("color"), l = i.coordinateSystem.getRect(), f = a.getTicksCoords({ tickModel: o, breakTicks: "none", pruneByBreak: "preserve_extent_bound" });
    if (f.length) {
        var u = s.length, p = _a(r).splitAreaColors, c = N(), v = 0;
        if (p)
            for (var m = 0; m < f.length; m++) {
                var h = p.get(f[m].tickValue);
                if (h != null) {
                    v = (h + (u - 1) * m) % u;
                    break;
                }
            }
        var d = a.toGlobalCoord(f[0].coord), y = n.getAreaStyle();
        s = Y(s) ? s : [s];
        for (var m = 1; m < f.length; m++) {
            var x = a.toGlobalCoord(f[m].coord), S = void 0, _ = void 0, E = void 0, b = void 0;
            a.isHorizontal() ? (S = d, _ = l.y, E = x - S, b = l.height, d = S + E) : (S = l.x, _ = d, E = l.width, b = x - _, d = _ + b);
            var C = f[m - 1].tickValue;
            C != null && c.set(C, v), e.add(new K({ anid: C != null ? "area_" + C : null, shape: { x: S, y: _, width: E, height: b }, style: k({ fill: s[v] }, y), autoBatch: !0, silent: !0 })), v = (v + 1) % u;
        }
        _a(r).splitAreaColors = c;
    }
} }
function Us(r) { _a(r).splitAreaColors = null; }
var kf = ["splitArea", "splitLine", "minorSplitLine", "breakArea"], Vs = (function (r) { ba(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t.axisPointerClass = "CartesianAxisPointer", t; } return e.prototype.render = function (t, i, a, o) { this.group.removeAll(); var n = this._axisGroup; if (this._axisGroup = new D, this.group.add(this._axisGroup), !!qe(t)) {
    this._axisGroup.add(t.axis.axisBuilder.group), g(kf, function (l) { t.get([l, "show"]) && If[l](this, this._axisGroup, t, t.getCoordSysModel(), a); }, this);
    var s = o && o.type === "changeAxisOrder" && o.isInitSort;
    s || Xr(n, this._axisGroup, t), r.prototype.render.call(this, t, i, a, o);
} }, e.prototype.remove = function () { Us(this); }, e.type = "cartesianAxis", e; })(zs), If = { splitLine: function (r, e, t, i, a) { var o = t.axis; if (!o.scale.isBlank()) {
        var n = t.getModel("splitLine"), s = n.getModel("lineStyle"), l = s.get("color"), f = n.get("showMinLine") !== !1, u = n.get("showMaxLine") !== !1;
        l = Y(l) ? l : [l];
        for (var p = i.coordinateSystem.getRect(), c = o.isHorizontal(), v = 0, m = o.getTicksCoords({ tickModel: n, breakTicks: "none", pruneByBreak: "preserve_extent_bound" }), h = [], d = [], y = s.getLineStyle(), x = 0; x < m.length; x++) {
            var S = o.toGlobalCoord(m[x].coord);
            if (!(x === 0 && !f || x === m.length - 1 && !u)) {
                var _ = m[x].tickValue;
                c ? (h[0] = S, h[1] = p.y, d[0] = S, d[1] = p.y + p.height) : (h[0] = p.x, h[1] = S, d[0] = p.x + p.width, d[1] = S);
                var E = v++ % l.length, b = new Se({ anid: _ != null ? "line_" + _ : null, autoBatch: !0, shape: { x1: h[0], y1: h[1], x2: d[0], y2: d[1] }, style: k({ stroke: l[E] }, y), silent: !0 });
                bt(b.shape, y.lineWidth), e.add(b);
            }
        }
    } }, minorSplitLine: function (r, e, t, i, a) { var o = t.axis, n = t.getModel("minorSplitLine"), s = n.getModel("lineStyle"), l = i.coordinateSystem.getRect(), f = o.isHorizontal(), u = o.getMinorTicksCoords(); if (u.length)
        for (var p = [], c = [], v = s.getLineStyle(), m = 0; m < u.length; m++)
            for (var h = 0; h < u[m].length; h++) {
                var d = o.toGlobalCoord(u[m][h].coord);
                f ? (p[0] = d, p[1] = l.y, c[0] = d, c[1] = l.y + l.height) : (p[0] = l.x, p[1] = d, c[0] = l.x + l.width, c[1] = d);
                var y = new Se({ anid: "minor_line_" + u[m][h].tickValue, autoBatch: !0, shape: { x1: p[0], y1: p[1], x2: c[0], y2: c[1] }, style: v, silent: !0 });
                bt(y.shape, v.lineWidth), e.add(y);
            } }, splitArea: function (r, e, t, i, a) { Bs(r, e, t, i); }, breakArea: function (r, e, t, i, a) { var o = et(), n = t.axis.scale; o && n.type !== "ordinal" && o.rectCoordBuildBreakAxis(e, r, t, i.coordinateSystem.getRect(), a); } }, Aa = (function (r) { ba(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "xAxis", e; })(Vs);
var Gs = (function (r) { ba(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = Aa.type, t; } return e.type = "yAxis", e; })(Vs);
var Bf = (function (r) { zf(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = "grid", t; } return e.prototype.render = function (t, i) { this.group.removeAll(), t.get("show") && this.group.add(new K({ shape: t.coordinateSystem.getRect(), style: k({ fill: t.get("backgroundColor") }, t.getItemStyle()), silent: !0, z2: -1 })); }, e.type = "grid", e; })(ve), Fs = { offset: 0 };
function yh(r) { r.registerComponentView(Bf), r.registerComponentModel(Qn), r.registerCoordinateSystem("cartesian2d", Ps), Rt(r, "x", ii, Fs), Rt(r, "y", ii, Fs), r.registerComponentView(Aa), r.registerComponentView(Gs), r.registerPreprocessor(function (e) { e.xAxis && e.yAxis && !e.grid && (e.grid = {}); }); }
import { __extends as Uf } from "tslib";
var lr = ai.value, Dt = "radar", Ca = Dt, Ys = Dt, wa = 5;
function fi(r, e) { return k({ show: e }, r); }
var Vf = (function (r) { Uf(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.optionUpdated = function () { var t = this.get("boundaryGap"), i = this.get("splitNumber"), a = this.get("clockwise"), o = this.get("scale"), n = this.get("axisLine"), s = this.get("axisTick"), l = this.get("axisLabel"), f = this.get("axisName"), u = this.get(["axisName", "show"]), p = this.get(["axisName", "formatter"]), c = this.get("axisNameGap"), v = this.get("triggerEvent"), m = B(this.get("indicator") || [], function (h) { h.max != null && h.max > 0 && !h.min ? h.min = 0 : h.min != null && h.min < 0 && !h.max && (h.max = 0); var d = f; h.color != null && (d = k({ color: h.color }, f)); var y = U(Z(h), { boundaryGap: t, splitNumber: i, clockwise: a, scale: o, axisLine: n, axisTick: s, axisLabel: l, name: h.text, showName: u, nameLocation: "end", nameGap: c, nameTextStyle: d, triggerEvent: v }, !1); if (H(p)) {
    var x = y.name;
    y.name = p.replace("{value}", x ?? "");
}
else
    pt(p) && (y.name = p(y.name, y)); var S = new Ee(y, null, this.ecModel); return ft(S, wt.prototype), S.mainType = "radar", S.componentIndex = this.componentIndex, S.uid = Kr("ec_radar"), S; }, this); this._indicatorModels = m; }, e.prototype.getIndicatorModels = function () { return this._indicatorModels; }, e.type = Ca, e.defaultOption = { z: 0, center: ["50%", "50%"], radius: "50%", startAngle: 90, clockwise: !1, axisName: { show: !0, color: P.color.axisLabel }, boundaryGap: [0, 0], splitNumber: wa, axisNameGap: 15, scale: !1, shape: "polygon", axisLine: U({ lineStyle: { color: P.color.neutral20 } }, lr.axisLine), axisLabel: fi(lr.axisLabel, !1), axisTick: fi(lr.axisTick, !1), splitLine: fi(lr.splitLine, !0), splitArea: fi(lr.splitArea, !0), indicator: [] }, e; })(ce), Hs = Vf;
import { __extends as Gf } from "tslib";
var Ff = (function (r) { Gf(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, i, a) { var o = this.group; o.removeAll(), this._buildAxes(t, a), this._buildSplitLineAndArea(t); }, e.prototype._buildAxes = function (t, i) { var a = t.coordinateSystem, o = a.getIndicatorAxes(), n = B(o, function (s) { var l = s.model.get("showName") ? s.name : "", f = new Pt(s.model, i, { axisName: l, position: [a.cx, a.cy], rotation: s.angle, labelDirection: -1, tickDirection: -1, nameDirection: 1 }); return f; }); g(n, function (s) { s.build(), this.group.add(s.group); }, this); }, e.prototype._buildSplitLineAndArea = function (t) { var i = t.coordinateSystem, a = i.getIndicatorAxes(); if (!a.length)
    return; var o = t.get("shape"), n = t.getModel("splitLine"), s = t.getModel("splitArea"), l = n.getModel("lineStyle"), f = s.getModel("areaStyle"), u = n.get("show"), p = s.get("show"), c = l.get("color"), v = f.get("color"), m = Y(c) ? c : [c], h = Y(v) ? v : [v], d = [], y = []; function x(F, ee, q) { var ye = q % ee.length; return F[ye] = F[ye] || [], ye; } if (o === "circle")
    for (var S = a[0].getTicksCoords(), _ = i.cx, E = i.cy, b = 0; b < S.length; b++) {
        if (u) {
            var C = x(d, m, b);
            d[C].push(new Fr({ shape: { cx: _, cy: E, r: S[b].coord } }));
        }
        if (p && b < S.length - 1) {
            var C = x(y, h, b);
            y[C].push(new Qo({ shape: { cx: _, cy: E, r0: S[b].coord, r: S[b + 1].coord } }));
        }
    }
else
    for (var O, L = B(a, function (F, ee) { var q = F.getTicksCoords(); return O = O == null ? q.length - 1 : Math.min(q.length - 1, O), B(q, function (ye) { return i.coordToPoint(ye.coord, ee); }); }), A = [], b = 0; b <= O; b++) {
        for (var w = [], M = 0; M < a.length; M++)
            w.push(L[M][b]);
        if (w[0] && w.push(w[0].slice()), u) {
            var C = x(d, m, b);
            d[C].push(new De({ shape: { points: w } }));
        }
        if (p && A) {
            var C = x(y, h, b - 1);
            y[C].push(new Pe({ shape: { points: w.concat(A) } }));
        }
        A = w.slice().reverse();
    } var R = l.getLineStyle(), I = f.getAreaStyle(); g(y, function (F, ee) { this.group.add(Qi(F, { style: k({ stroke: "none", fill: h[ee % h.length] }, I), silent: !0 })); }, this), g(d, function (F, ee) { this.group.add(Qi(F, { style: k({ fill: "none", stroke: m[ee % m.length] }, R), silent: !0 })); }, this); }, e.type = "radar", e; })(ve), Ws = Ff;
import { __extends as Yf } from "tslib";
var Hf = (function (r) { Yf(e, r); function e(t, i, a) { var o = r.call(this, t, i, a) || this; return o.type = "value", o.angle = 0, o.name = "", o; } return e; })(Lt), Xs = Hf;
var Wf = (function () { function r(e, t, i) { this.type = Dt, this.dimensions = [], this._model = e, this._indicatorAxes = B(e.getIndicatorModels(), function (a, o) { var n = "indicator_" + o, s = new Xs(n, new sa); return s.name = a.get("name"), s.model = a, a.axis = s, this.dimensions.push(n), s; }, this), this.resize(e, i); } return r.prototype.getIndicatorAxes = function () { return this._indicatorAxes; }, r.prototype.dataToPoint = function (e, t) { var i = this._indicatorAxes[t]; return this.coordToPoint(i.dataToCoord(e), t); }, r.prototype.coordToPoint = function (e, t) { var i = this._indicatorAxes[t], a = i.angle, o = this.cx + e * Math.cos(a), n = this.cy - e * Math.sin(a); return [o, n]; }, r.prototype.pointToData = function (e) { var t = e[0] - this.cx, i = e[1] - this.cy, a = Math.sqrt(t * t + i * i); t /= a, i /= a; for (var o = Math.atan2(-i, t), n = 1 / 0, s, l = -1, f = 0; f < this._indicatorAxes.length; f++) {
    var u = this._indicatorAxes[f], p = Math.abs(o - u.angle);
    p < n && (s = u, l = f, n = p);
} return [l, +(s && s.coordToData(a))]; }, r.prototype.resize = function (e, t) { var i = ke(e, t).refContainer, a = e.get("center"), o = e.get("clockwise") || !1, n = Math.min(i.width, i.height) / 2; this.cx = ae(a[0], i.width) + i.x, this.cy = ae(a[1], i.height) + i.y, this.startAngle = e.get("startAngle") * Math.PI / 180; var s = e.get("radius"); (H(s) || wr(s)) && (s = [0, s]), this.r0 = ae(s[0], n), this.r = ae(s[1], n); var l = o ? -1 : 1; g(this._indicatorAxes, function (f, u) { f.setExtent(this.r0, this.r); var p = this.startAngle + l * u * Math.PI * 2 / this._indicatorAxes.length; p = Math.atan2(Math.sin(p), Math.cos(p)), f.angle = p; }, this); }, r.prototype.update = function (e, t) { var i = this._indicatorAxes, a = this._model, o = Pn(a.get("splitNumber"), wa), n = new sa; n.setExtent(0, o), n.setConfig({ interval: 1 }), g(i, function (s) { Et(s, Tt), li(s, n); }); }, r.prototype.convertToPixel = function (e, t, i) { return console.warn("Not implemented."), null; }, r.prototype.convertFromPixel = function (e, t, i) { return console.warn("Not implemented."), null; }, r.prototype.containPoint = function (e) { return console.warn("Not implemented."), !1; }, r.create = function (e, t) { var i = []; return e.eachComponent(Ca, function (a) { var o = new r(a, e, t); i.push(o), a.coordinateSystem = o; }), e.eachSeriesByType(Ys, function (a) { if (a.get("coordinateSystem") === Dt) {
    var o = a.coordinateSystem = i[a.get("radarIndex") || 0];
    o && g(o.getIndicatorAxes(), function (n) { Qe(n, a, Dt); });
} }), i; }, r.dimensions = [], r; })(), js = Wf;
function jh(r) { r.registerCoordinateSystem("radar", js), r.registerComponentModel(Hs), r.registerComponentView(Ws), r.registerVisual({ seriesType: "radar", reset: function (e) { var t = e.getData(); t.each(function (i) { t.setItemVisual(i, "legendIcon", "roundRect"); }), t.setVisual("legendIcon", "roundRect"); } }); }
import { __extends as Np } from "tslib";
import { __extends as Ap } from "tslib";
import { __extends as Xf } from "tslib";
var rt = 0, Ge = 1, mi = 2;
var Zf = "view", jf = (function (r) { Xf(e, r); function e(t, i, a) { var o = r.call(this) || this; o.type = Zf, o.dimensions = ["x", "y"]; var n = o; n.invertY = t, n.lgCt = i, n.lgGeo = a; var s = n.trans = []; return s[rt] = We(), s[Ge] = We(), s[mi] = We(), n.mtRaw = $(), n.mtRawInv = $(), n.mtOverall = $(), n.mtOverallInv = $(), n.zoom = 1, o; } return e.prototype.getBoundingRect = function () { return Jf(null, this); }, e.prototype.getViewRect = function () { return pr(null, this); }, e.prototype.getRoamTransform = function () { return Ce(this.trans[Ge]); }, e.prototype.dataToPoint = function (t, i, a) { var o = i ? this.mtRaw : this.mtOverall; return a = a || [], o ? te(a, t, o) : Bi(a, t); }, e.prototype.pointToData = function (t, i, a) { a = a || []; var o = this.mtOverallInv; return o ? te(a, t, o) : Bi(a, t); }, e.prototype.convertToPixel = function (t, i, a) { var o = $s(i); return o === this ? o.dataToPoint(a) : null; }, e.prototype.convertFromPixel = function (t, i, a) { var o = $s(i); return o === this ? o.pointToData(a) : null; }, e.prototype.containPoint = function (t) { var i = this; return Wt(pi, i.dataRect), Do(pi, pi, i.mtOverall), No(pi, t[0], t[1]); }, e.dimensions = ["x", "y"], e; })(Nr), pi = Ht();
function nd(r, e) { return Mr(r || [], e.mtOverall); }
function sd(r) { return r.zoom; }
function Jf(r, e) { return Wt(r || Ht(), e.dataRect); }
function pr(r, e) { return Wt(r || Ht(), e.viewRect); }
function fr(r, e, t) { return we(r || We(), e.trans[t]); }
function Ma(r) { return !!(r.dataRect && r.viewRect); }
function Kf(r, e, t, i) { i === Ge ? rl(r, e.trans[rt], t) : we(r, t); }
function Js(r, e, t) { Ce(t, ci), Oe(ci, ci, e.mtRawInv), Jr(r, ci); }
var ci = $();
function cr(r, e) { var t = r; t.centerOption = e.getShallow("center"); var i = t.zoomLimit = e.getShallow("scaleLimit"), a = e.getShallow("zoom"); t.zoom = ol(a || 1, i) || 1, Ma(t) && Ra(t); }
function Nt(r, e, t, i, a) { var o = r; o.dataRect = new G(e, t, i, a), Ma(o) && Ra(o); }
function vr(r, e, t, i, a) { var o = r; o.viewRect = new G(e, t, i, a), Ma(o) && Ra(o); }
function Ra(r) { qf(r), $f(r), ep(r); }
function qf(r) { var e = r.dataRect, t = r.viewRect, i = r.trans[rt], a = r.invertY; a && (e = Wt(Qf, e), e.y = -e.y - e.height), Po(Ks, e, t), Jr(i, Ks), a && (i.scaleY = -i.scaleY); var o = Ce(i, r.mtRaw); He(r.mtRawInv, o); }
var Ks = $(), Qf = Ht();
function $f(r) { var e = il(r), t = ip(Ta, r, r.centerOption) ? te(Ta, Ta, r.mtRaw) : e, i = r.zoom, a = r.trans[Ge]; a.x = e[0] - i * t[0], a.y = e[1] - i * t[1], a.scaleX = a.scaleY = i; }
var Ta = [];
function ep(r) { var e = r.trans, t = e[Ge], i = e[rt], a = e[mi]; rl(a, i, t); var o = Ce(a, r.mtOverall), n = He(r.mtOverallInv, o); qs(r, a, o, n), qs(r.lgGeo, a, o, n); }
function qs(r, e, t, i) { r && (we(r, e), Mr(r.transform || (r.transform = []), t), Mr(r.invTransform || (r.invTransform = []), i)); }
function rl(r, e, t) { Ce(e, Qs), Ce(t, vi), Oe(vi, vi, Qs), Jr(r, vi); }
var Qs = $(), vi = $();
function $s(r) { var e = r.seriesModel; return e ? e.coordinateSystem : null; }
function il(r) { var e = r.viewRect; return Ea[0] = e.x + e.width / 2, Ea[1] = e.y + e.height / 2, Ea; }
var Ea = [];
function ld(r) { return r && r.type === "view"; }
function Oa(r, e, t, i) { var a = t; a.syncBackEl = r, a.syncBackType = e, i ? Ne(r, fr(null, t, e), i) : (fr(r, t, e), r.dirty()); }
function tp(r, e, t, i) { var a = r, o = a.syncBackEl; o ? (o.stopAnimation(), Kf(Ve, a, o, a.syncBackType)) : we(Ve, a.trans[mi]), Js(La, a, Ve), i ? rp(Ve, La, a, i) : we(Ve, La), Js(Ve, a, Ve), op(a, e, t, Ve); }
var Ve = We(), La = We();
function hi(r, e, t) { var i = Pa(e); i && (tp(i, e, t, r), cr(i, e)); }
function Pa(r) { return r.__ownRoamView ? r.__ownRoamView() : null; }
function di(r, e, t, i) { t.setUpdatePayload(jr(r)); var a = jo(i, e); a && a.__updateOnOwnRoam && a.__updateOnOwnRoam(r, e, i); }
function rp(r, e, t, i) { i.dx != null && i.dy != null && (r.x += i.dx, r.y += i.dy); var a = i.zoom; if (a != null) {
    var o = al(e), n = ol(o * a, t.zoomLimit), s = n / o;
    r.x -= (i.originX - r.x) * (s - 1), r.y -= (i.originY - r.y) * (s - 1), r.scaleX *= s, r.scaleY *= s;
} }
function al(r) { return r.scaleX; }
function ip(r, e, t) { var i = e.dataRect; if (!t)
    return !1; var a = e.lgCt; return a ? Ui(r, ae(t[0], a.w), ae(t[1], a.h)) : i && Ui(r, ae(t[0], i.width, i.x), ae(t[1], i.height, i.y)), !0; }
function ap(r, e) { var t = r.centerOption, i = r.dataRect; return !t || r.lgCt ? e.slice() : [el(0, e, t, i), el(1, e, t, i)]; }
function el(r, e, t, i) { return t && i && i[_e[r]] && Vo(t[r]) ? (e[r] - i[de[r]]) / i[_e[r]] * 100 + "%" : e[r]; }
function gi(r, e) { return e && r && r.getShallow("legacyViewCoordSysCenterBase") ? { w: e.getWidth(), h: e.getHeight() } : null; }
function op(r, e, t, i) { var a = il(r), o = al(i), n = gt(o) > 1e-6; ur[0] = n ? (a[0] - i.x) / o : a[0], ur[1] = n ? (a[1] - i.y) / o : a[1], te(ur, ur, r.mtRawInv); var s = ap(r, ur); tl(e, s, o), g(t, function (l) { l !== e && tl(l, s.slice(), o); }); }
var ur = [];
function tl(r, e, t) { var i = r.option; i.center = e, i.zoom = t; }
function ol(r, e) { if (e) {
    var t = e.min || 0, i = e.max || 1 / 0;
    r = Math.max(Math.min(i, r), t);
} return r; }
function ud(r, e) { var t = e.getShallow("nodeScaleRatio", !0) || 1, i = r; return ((i.zoom - 1) * t + 1) / (i.trans[mi].scaleX || 1); }
var yi = jf;
function xi(r) { if (H(r)) {
    var e = new DOMParser;
    r = e.parseFromString(r, "text/xml");
} var t = r; for (t.nodeType === 9 && (t = t.firstChild); t.nodeName.toLowerCase() !== "svg" || t.nodeType !== 1;)
    t = t.nextSibling; return t; }
var Da, Si = { fill: "fill", stroke: "stroke", "stroke-width": "lineWidth", opacity: "opacity", "fill-opacity": "fillOpacity", "stroke-opacity": "strokeOpacity", "stroke-dasharray": "lineDash", "stroke-dashoffset": "lineDashOffset", "stroke-linecap": "lineCap", "stroke-linejoin": "lineJoin", "stroke-miterlimit": "miterLimit", "font-family": "fontFamily", "font-size": "fontSize", "font-style": "fontStyle", "font-weight": "fontWeight", "text-anchor": "textAlign", visibility: "visibility", display: "display" }, nl = Q(Si), _i = { "alignment-baseline": "textBaseline", "stop-color": "stopColor" }, sl = Q(_i), sp = (function () { function r() { this._defs = {}, this._root = null; } return r.prototype.parse = function (e, t) { t = t || {}; var i = xi(e); this._defsUsePending = []; var a = new D; this._root = a; var o = [], n = i.getAttribute("viewBox") || "", s = parseFloat(i.getAttribute("width") || t.width), l = parseFloat(i.getAttribute("height") || t.height); isNaN(s) && (s = null), isNaN(l) && (l = null), fe(i, a, null, !0, !1); for (var f = i.firstChild; f;)
    this._parseNode(f, a, o, null, !1, !1), f = f.nextSibling; fp(this._defs, this._defsUsePending), this._defsUsePending = []; var u, p; if (n) {
    var c = bi(n);
    c.length >= 4 && (u = { x: parseFloat(c[0] || 0), y: parseFloat(c[1] || 0), width: parseFloat(c[2]), height: parseFloat(c[3]) });
} if (u && s != null && l != null && (p = ka(u, { x: 0, y: 0, width: s, height: l }), !t.ignoreViewBox)) {
    var v = a;
    a = new D, a.add(v), v.scaleX = v.scaleY = p.scale, v.x = p.x, v.y = p.y;
} return !t.ignoreRootClip && s != null && l != null && a.setClipPath(new K({ shape: { x: 0, y: 0, width: s, height: l } })), { root: a, width: s, height: l, viewBoxRect: u, viewBoxTransform: p, named: o }; }, r.prototype._parseNode = function (e, t, i, a, o, n) { var s = e.nodeName.toLowerCase(), l, f = a; if (s === "defs" && (o = !0), s === "text" && (n = !0), s === "defs" || s === "switch")
    l = t;
else {
    if (!o) {
        var u = Da[s];
        if (u && T(Da, s)) {
            l = u.call(this, e, t);
            var p = e.getAttribute("name");
            if (p) {
                var c = { name: p, namedFrom: null, svgNodeTagLower: s, el: l };
                i.push(c), s === "g" && (f = c);
            }
            else
                a && i.push({ name: a.name, namedFrom: a, svgNodeTagLower: s, el: l });
            t.add(l);
        }
    }
    var v = ll[s];
    if (v && T(ll, s)) {
        var m = v.call(this, e), h = e.getAttribute("id");
        h && (this._defs[h] = m);
    }
} if (l && l.isGroup)
    for (var d = e.firstChild; d;)
        d.nodeType === 1 ? this._parseNode(d, l, i, f, o, n) : d.nodeType === 3 && n && this._parseText(d, l), d = d.nextSibling; }, r.prototype._parseText = function (e, t) { var i = new Zo({ style: { text: e.textContent }, silent: !0, x: this._textX || 0, y: this._textY || 0 }); me(t, i), fe(e, i, this._defsUsePending, !1, !1), lp(i, t); var a = i.style, o = a.fontSize; o && o < 9 && (a.fontSize = 9, i.scaleX *= o / 9, i.scaleY *= o / 9); var n = (a.fontSize || a.fontFamily) && [a.fontStyle, a.fontWeight, (a.fontSize || 12) + "px", a.fontFamily || "sans-serif"].join(" "); a.font = n; var s = i.getBoundingRect(); return this._textX += s.width, t.add(i), i; }, r.internalField = (function () { Da = { g: function (e, t) { var i = new D; return me(t, i), fe(e, i, this._defsUsePending, !1, !1), i; }, rect: function (e, t) { var i = new K; return me(t, i), fe(e, i, this._defsUsePending, !1, !1), i.setShape({ x: parseFloat(e.getAttribute("x") || "0"), y: parseFloat(e.getAttribute("y") || "0"), width: parseFloat(e.getAttribute("width") || "0"), height: parseFloat(e.getAttribute("height") || "0") }), i.silent = !0, i; }, circle: function (e, t) { var i = new Fr; return me(t, i), fe(e, i, this._defsUsePending, !1, !1), i.setShape({ cx: parseFloat(e.getAttribute("cx") || "0"), cy: parseFloat(e.getAttribute("cy") || "0"), r: parseFloat(e.getAttribute("r") || "0") }), i.silent = !0, i; }, line: function (e, t) { var i = new Se; return me(t, i), fe(e, i, this._defsUsePending, !1, !1), i.setShape({ x1: parseFloat(e.getAttribute("x1") || "0"), y1: parseFloat(e.getAttribute("y1") || "0"), x2: parseFloat(e.getAttribute("x2") || "0"), y2: parseFloat(e.getAttribute("y2") || "0") }), i.silent = !0, i; }, ellipse: function (e, t) { var i = new qo; return me(t, i), fe(e, i, this._defsUsePending, !1, !1), i.setShape({ cx: parseFloat(e.getAttribute("cx") || "0"), cy: parseFloat(e.getAttribute("cy") || "0"), rx: parseFloat(e.getAttribute("rx") || "0"), ry: parseFloat(e.getAttribute("ry") || "0") }), i.silent = !0, i; }, polygon: function (e, t) { var i = e.getAttribute("points"), a; i && (a = pl(i)); var o = new Pe({ shape: { points: a || [] }, silent: !0 }); return me(t, o), fe(e, o, this._defsUsePending, !1, !1), o; }, polyline: function (e, t) { var i = e.getAttribute("points"), a; i && (a = pl(i)); var o = new De({ shape: { points: a || [] }, silent: !0 }); return me(t, o), fe(e, o, this._defsUsePending, !1, !1), o; }, image: function (e, t) { var i = new Ur; return me(t, i), fe(e, i, this._defsUsePending, !1, !1), i.setStyle({ image: e.getAttribute("xlink:href") || e.getAttribute("href"), x: +e.getAttribute("x"), y: +e.getAttribute("y"), width: +e.getAttribute("width"), height: +e.getAttribute("height") }), i.silent = !0, i; }, text: function (e, t) { var i = e.getAttribute("x") || "0", a = e.getAttribute("y") || "0", o = e.getAttribute("dx") || "0", n = e.getAttribute("dy") || "0"; this._textX = parseFloat(i) + parseFloat(o), this._textY = parseFloat(a) + parseFloat(n); var s = new D; return me(t, s), fe(e, s, this._defsUsePending, !1, !0), s; }, tspan: function (e, t) { var i = e.getAttribute("x"), a = e.getAttribute("y"); i != null && (this._textX = parseFloat(i)), a != null && (this._textY = parseFloat(a)); var o = e.getAttribute("dx") || "0", n = e.getAttribute("dy") || "0", s = new D; return me(t, s), fe(e, s, this._defsUsePending, !1, !0), this._textX += parseFloat(o), this._textY += parseFloat(n), s; }, path: function (e, t) { var i = e.getAttribute("d") || "", a = Ko(i); return me(t, a), fe(e, a, this._defsUsePending, !1, !1), a.silent = !0, a; } }; })(), r; })(), ll = { lineargradient: function (r) { var e = parseInt(r.getAttribute("x1") || "0", 10), t = parseInt(r.getAttribute("y1") || "0", 10), i = parseInt(r.getAttribute("x2") || "10", 10), a = parseInt(r.getAttribute("y2") || "0", 10), o = new tn(e, t, i, a); return ul(r, o), fl(r, o), o; }, radialgradient: function (r) { var e = parseInt(r.getAttribute("cx") || "0", 10), t = parseInt(r.getAttribute("cy") || "0", 10), i = parseInt(r.getAttribute("r") || "0", 10), a = new rn(e, t, i); return ul(r, a), fl(r, a), a; } };
function ul(r, e) { var t = r.getAttribute("gradientUnits"); t === "userSpaceOnUse" && (e.global = !0); }
function fl(r, e) { for (var t = r.firstChild; t;) {
    if (t.nodeType === 1 && t.nodeName.toLocaleLowerCase() === "stop") {
        var i = t.getAttribute("offset"), a = void 0;
        i && i.indexOf("%") > 0 ? a = parseInt(i, 10) / 100 : i ? a = parseFloat(i) : a = 0;
        var o = {};
        ml(t, o, o);
        var n = o.stopColor || t.getAttribute("stop-color") || "#000000", s = o.stopOpacity || t.getAttribute("stop-opacity");
        if (s) {
            var l = Or(n), f = l && l[3];
            f && (l[3] *= ko(s), n = ht(l, "rgba"));
        }
        e.colorStops.push({ offset: a, color: n });
    }
    t = t.nextSibling;
} }
function me(r, e) { r && r.__inheritedStyle && (e.__inheritedStyle || (e.__inheritedStyle = {}), k(e.__inheritedStyle, r.__inheritedStyle)); }
function pl(r) { for (var e = bi(r), t = [], i = 0; i < e.length; i += 2) {
    var a = parseFloat(e[i]), o = parseFloat(e[i + 1]);
    t.push([a, o]);
} return t; }
function fe(r, e, t, i, a) { var o = e, n = o.__inheritedStyle = o.__inheritedStyle || {}, s = {}; r.nodeType === 1 && (vp(r, e), ml(r, n, s), i || mp(r, n, s)), o.style = o.style || {}, n.fill != null && (o.style.fill = cl(o, "fill", n.fill, t)), n.stroke != null && (o.style.stroke = cl(o, "stroke", n.stroke, t)), g(["lineWidth", "opacity", "fillOpacity", "strokeOpacity", "miterLimit", "fontSize"], function (l) { n[l] != null && (o.style[l] = parseFloat(n[l])); }), g(["lineDashOffset", "lineCap", "lineJoin", "fontWeight", "fontFamily", "fontStyle", "textAlign"], function (l) { n[l] != null && (o.style[l] = n[l]); }), a && (o.__selfStyle = s), n.lineDash && (o.style.lineDash = B(bi(n.lineDash), function (l) { return parseFloat(l); })), (n.visibility === "hidden" || n.visibility === "collapse") && (o.invisible = !0), n.display === "none" && (o.ignore = !0); }
function lp(r, e) { var t = e.__selfStyle; if (t) {
    var i = t.textBaseline, a = i;
    !i || i === "auto" || i === "baseline" ? a = "alphabetic" : i === "before-edge" || i === "text-before-edge" ? a = "top" : i === "after-edge" || i === "text-after-edge" ? a = "bottom" : (i === "central" || i === "mathematical") && (a = "middle"), r.style.textBaseline = a;
} var o = e.__inheritedStyle; if (o) {
    var n = o.textAlign, s = n;
    n && (n === "middle" && (s = "center"), r.style.textAlign = s);
} }
var up = /^url\(\s*#(.*?)\)/;
function cl(r, e, t, i) { var a = t && t.match(up); if (a) {
    var o = To(a[1]);
    i.push([r, e, o]);
    return;
} return t === "none" && (t = null), t; }
function fp(r, e) { for (var t = 0; t < e.length; t++) {
    var i = e[t];
    i[0].style[i[1]] = r[i[2]];
} }
var pp = /-?([0-9]*\.)?[0-9]+([eE]-?[0-9]+)?/g;
function bi(r) { return r.match(pp) || []; }
var cp = /(translate|scale|rotate|skewX|skewY|matrix)\(([\-\s0-9\.eE,]*)\)/g, Na = Math.PI / 180;
function vp(r, e) { var t = r.getAttribute("transform"); if (t) {
    t = t.replace(/,/g, " ");
    var i = [], a = null;
    t.replace(cp, function (p, c, v) { return i.push(c, v), ""; });
    for (var o = i.length - 1; o > 0; o -= 2) {
        var n = i[o], s = i[o - 1], l = bi(n);
        switch (a = a || $(), s) {
            case "translate":
                Rr(a, a, [parseFloat(l[0]), parseFloat(l[1] || "0")]);
                break;
            case "scale":
                Oo(a, a, [parseFloat(l[0]), parseFloat(l[1] || l[0])]);
                break;
            case "rotate":
                vt(a, a, -parseFloat(l[0]) * Na, [parseFloat(l[1] || "0"), parseFloat(l[2] || "0")]);
                break;
            case "skewX":
                var f = Math.tan(parseFloat(l[0]) * Na);
                Oe(a, [1, 0, f, 1, 0, 0], a);
                break;
            case "skewY":
                var u = Math.tan(parseFloat(l[0]) * Na);
                Oe(a, [1, u, 0, 1, 0, 0], a);
                break;
            case "matrix":
                a[0] = parseFloat(l[0]), a[1] = parseFloat(l[1]), a[2] = parseFloat(l[2]), a[3] = parseFloat(l[3]), a[4] = parseFloat(l[4]), a[5] = parseFloat(l[5]);
                break;
        }
    }
    e.setLocalTransform(a);
} }
var vl = /([^\s:;]+)\s*:\s*([^:;]+)/g;
function ml(r, e, t) { var i = r.getAttribute("style"); if (i) {
    vl.lastIndex = 0;
    for (var a; (a = vl.exec(i)) != null;) {
        var o = a[1], n = T(Si, o) ? Si[o] : null;
        n && (e[n] = a[2]);
        var s = T(_i, o) ? _i[o] : null;
        s && (t[s] = a[2]);
    }
} }
function mp(r, e, t) { for (var i = 0; i < nl.length; i++) {
    var a = nl[i], o = r.getAttribute(a);
    o != null && (e[Si[a]] = o);
} for (var i = 0; i < sl.length; i++) {
    var a = sl[i], o = r.getAttribute(a);
    o != null && (t[_i[a]] = o);
} }
function ka(r, e) { var t = e.width / r.width, i = e.height / r.height, a = Math.min(t, i); return { scale: a, x: -(r.x + r.width / 2) * a + (e.x + e.width / 2), y: -(r.y + r.height / 2) * a + (e.y + e.height / 2) }; }
function hl(r, e) { var t = new sp; return t.parse(r, e); }
var hp = N(["rect", "circle", "line", "ellipse", "polygon", "polyline", "path", "text", "tspan", "g"]), dl = (function () {
    function r(e, t) { this.type = "geoSVG", this._usedGraphicMap = N(), this._freedGraphics = [], this._mapName = e, this._parsedXML = xi(t); }
    return r.prototype.load = function () { var e = this._firstGraphic; if (!e) {
        e = this._firstGraphic = this._buildGraphic(this._parsedXML), this._freedGraphics.push(e), this._boundingRect = this._firstGraphic.boundingRect.clone();
        var t = gp(e.named), i = t.regions, a = t.regionsMap;
        this._regions = i, this._regionsMap = a;
    } return { boundingRect: this._boundingRect, regions: this._regions, regionsMap: this._regionsMap }; }, r.prototype._buildGraphic = function (e) {
        var t, i;
        try {
            t = e && hl(e, { ignoreViewBox: !0, ignoreRootClip: !0 }) || {}, i = t.root, Yt(i != null);
        }
        catch (d) {
            throw new Error(`Invalid svg format
` + d.message);
        }
        var a = new D;
        a.add(i), a.isGeoSVGGraphicRoot = !0;
        var o = t.width, n = t.height, s = t.viewBoxRect, l = this._boundingRect;
        if (!l) {
            var f = void 0, u = void 0, p = void 0, c = void 0;
            if (o != null ? (f = 0, p = o) : s && (f = s.x, p = s.width), n != null ? (u = 0, c = n) : s && (u = s.y, c = s.height), f == null || u == null) {
                var v = i.getBoundingRect();
                f == null && (f = v.x, p = v.width), u == null && (u = v.y, c = v.height);
            }
            l = this._boundingRect = new G(f, u, p, c);
        }
        if (s) {
            var m = ka(s, l);
            i.scaleX = i.scaleY = m.scale, i.x = m.x, i.y = m.y;
        }
        a.setClipPath(new K({ shape: l.plain() }));
        var h = [];
        return g(t.named, function (d) { hp.get(d.svgNodeTagLower) != null && (h.push(d), dp(d.el)); }), { root: a, boundingRect: l, named: h };
    }, r.prototype.useGraphic = function (e) { var t = this._usedGraphicMap, i = t.get(e); return i || (i = this._freedGraphics.pop() || this._buildGraphic(this._parsedXML), t.set(e, i), i); }, r.prototype.freeGraphic = function (e) { var t = this._usedGraphicMap, i = t.get(e); i && (t.removeKey(e), this._freedGraphics.push(i)); }, r;
})();
function dp(r) { r.silent = !1, r.isGroup && r.traverse(function (e) { e.silent = !1; }); }
function gp(r) { var e = [], t = N(); return g(r, function (i) { if (i.namedFrom == null) {
    var a = new jn(i.name, i.el);
    e.push(a), t.set(i.name, a);
} }), { regions: e, regionsMap: t }; }
var Ia = [126, 25], gl = "\u5357\u6D77\u8BF8\u5C9B", at = [[[0, 3.5], [7, 11.2], [15, 11.9], [30, 7], [42, .7], [52, .7], [56, 7.7], [59, .7], [64, .7], [64, 0], [5, 0], [0, 3.5]], [[13, 16.1], [19, 14.7], [16, 21.7], [11, 23.1], [13, 16.1]], [[12, 32.2], [14, 38.5], [15, 38.5], [13, 32.2], [12, 32.2]], [[16, 47.6], [12, 53.2], [13, 53.2], [18, 47.6], [16, 47.6]], [[6, 64.4], [8, 70], [9, 70], [8, 64.4], [6, 64.4]], [[23, 82.6], [29, 79.8], [30, 79.8], [25, 82.6], [23, 82.6]], [[37, 70.7], [43, 62.3], [44, 62.3], [39, 70.7], [37, 70.7]], [[48, 51.1], [51, 45.5], [53, 45.5], [50, 51.1], [48, 51.1]], [[51, 35], [51, 28.7], [53, 28.7], [53, 35], [51, 35]], [[52, 22.4], [55, 17.5], [56, 17.5], [53, 22.4], [52, 22.4]], [[58, 12.6], [62, 7], [63, 7], [60, 12.6], [58, 12.6]], [[0, 3.5], [0, 93.1], [64, 93.1], [64, 0], [63, 0], [63, 92.4], [1, 92.4], [1, 3.5], [0, 3.5]]];
for (Fe = 0; Fe < at.length; Fe++)
    for (it = 0; it < at[Fe].length; it++)
        at[Fe][it][0] /= 10.5, at[Fe][it][1] /= -10.5 / .75, at[Fe][it][0] += Ia[0], at[Fe][it][1] += Ia[1];
var it, Fe;
function za(r, e) { if (r === "china") {
    for (var t = 0; t < e.length; t++)
        if (e[t].name === gl)
            return;
    e.push(new Zn(gl, B(at, function (i) { return { type: "polygon", exterior: i }; }), Ia));
} }
var yp = { \u5357\u6D77\u8BF8\u5C9B: [32, 80], \u5E7F\u4E1C: [0, -10], \u9999\u6E2F: [10, 5], \u6FB3\u95E8: [-10, 10], \u5929\u6D25: [5, 5] };
function Ba(r, e) { if (r === "china") {
    var t = yp[e.name];
    if (t) {
        var i = e.getCenter();
        i[0] += t[0] / 10.5, i[1] += -t[1] / (10.5 / .75), e.setCenter(i);
    }
} }
var xp = [[[123.45165252685547, 25.73527164402261], [123.49731445312499, 25.73527164402261], [123.49731445312499, 25.750734064600884], [123.45165252685547, 25.750734064600884], [123.45165252685547, 25.73527164402261]]];
function Ua(r, e) { r === "china" && e.name === "\u53F0\u6E7E" && e.geometries.push({ type: "polygon", exterior: xp[0] }); }
var Sp = "name", yl = (function () {
    function r(e, t, i) { this.type = "geoJSON", this._parsedMap = N(), this._mapName = e, this._specialAreas = i, this._geoJSON = bp(t); }
    return r.prototype.load = function (e, t) { t = t || Sp; var i = this._parsedMap.get(t); if (!i) {
        var a = this._parseToRegions(t);
        i = this._parsedMap.set(t, { regions: a, boundingRect: _p(a) });
    } var o = N(), n = []; return g(i.regions, function (s) { var l = s.name; e && T(e, l) && (s = s.cloneShallow(l = e[l])), n.push(s), o.set(l, s); }), { regions: n, boundingRect: i.boundingRect || new G(0, 0, 0, 0), regionsMap: o }; }, r.prototype._parseToRegions = function (e) {
        var t = this._mapName, i = this._geoJSON, a;
        try {
            a = i ? Jn(i, e) : [];
        }
        catch (o) {
            throw new Error(`Invalid geoJson format
` + o.message);
        }
        return za(t, a), g(a, function (o) { var n = o.name; Ba(t, o), Ua(t, o); var s = this._specialAreas && this._specialAreas[n]; s && o.transformTo(s.left, s.top, s.width, s.height); }, this), a;
    }, r.prototype.getMapForUser = function () { return { geoJson: this._geoJSON, geoJSON: this._geoJSON, specialAreas: this._specialAreas }; }, r;
})();
function _p(r) { for (var e, t = 0; t < r.length; t++) {
    var i = r[t].getBoundingRect();
    e = e || i.clone(), e.union(i);
} return e; }
function bp(r) { return H(r) ? typeof JSON < "u" && JSON.parse ? JSON.parse(r) : new Function("return (" + r + ");")() : r; }
var mr = N(), re = { registerMap: function (r, e, t) { if (e.svg) {
        var i = new dl(r, e.svg);
        mr.set(r, i);
    }
    else {
        var a = e.geoJson || e.geoJSON;
        a && !e.features ? t = e.specialAreas : a = e;
        var i = new yl(r, a, t);
        mr.set(r, i);
    } }, getGeoResource: function (r) { return mr.get(r); }, getMapForUser: function (r) { var e = mr.get(r); return e && e.type === "geoJSON" && e.getMapForUser(); }, load: function (r, e, t) { var i = mr.get(r); if (i)
        return i.load(e, t); } };
var Cp = { geoJSON: { aspectScale: .75, invertLongitute: !0 }, geoSVG: { aspectScale: 1, invertLongitute: !1 } }, Va = ["lng", "lat"], wp = (function (r) { Ap(e, r); function e(t, i, a) { var o = r.call(this) || this; o.dimensions = Va, o.type = "geo", o._nameCoordMap = N(), o.name = t; var n = a.projection, s = re.load(i, a.nameMap, a.nameProperty), l = re.getGeoResource(i), f = o.resourceType = l ? l.type : null, u = o.regions = s.regions, p = Cp[l.type]; o._clip = a.clip; var c = n ? !1 : p.invertLongitute; o.view = new yi(c, gi(a.ecModel, a.api), o), o.map = i, o._regionsMap = s.regionsMap, o.regions = s.regions, o.projection = n; var v; if (n)
    for (var m = 0; m < u.length; m++) {
        var h = u[m].getBoundingRect(n);
        v = v || h.clone(), v.union(h);
    }
else
    v = s.boundingRect; return Nt(o.view, v.x, v.y, v.width, v.height), o.aspectScale = n ? 1 : z(a.aspectScale, p.aspectScale), o; } return e.prototype.getRegion = function (t) { return this._regionsMap.get(t); }, e.prototype.getRegionByCoord = function (t) { for (var i = this.regions, a = 0; a < i.length; a++) {
    var o = i[a];
    if (o.type === "geoJSON" && o.contain(t))
        return i[a];
} }, e.prototype.addGeoCoord = function (t, i) { this._nameCoordMap.set(t, i); }, e.prototype.getGeoCoord = function (t) { var i = this._regionsMap.get(t); return this._nameCoordMap.get(t) || i && i.getCenter(); }, e.prototype.dataToPoint = function (t, i, a) { if (H(t) && (t = this.getGeoCoord(t)), t) {
    var o = this.projection;
    return o && (t = o.project(t)), t && this.view.dataToPoint(t, i, a);
} }, e.prototype.pointToData = function (t, i, a) { var o = this.projection; return o && (t = o.unproject(t)), t && this.view.pointToData(t, a); }, e.prototype.convertToPixel = function (t, i, a) { var o = xl(i); return o === this ? o.dataToPoint(a) : null; }, e.prototype.convertFromPixel = function (t, i, a) { var o = xl(i); return o === this ? o.pointToData(a) : null; }, e.prototype.containPoint = function (t) { return this.view.containPoint(t); }, e.prototype.getArea = function (t) { t = t || 0; var i = pr(null, this.view); return i.x -= t, i.y -= t, i.width += 2 * t, i.height += 2 * t, i; }, e.prototype.shouldClip = function () { return this._clip; }, e.prototype.getBoundingRect = function () { return this.view.getBoundingRect(); }, e.prototype.getViewRect = function () { return this.view.getViewRect(); }, e.prototype.getRoamTransform = function () { return this.view.getRoamTransform(); }, e; })(Nr);
function xl(r) { var e = r.geoModel, t = r.seriesModel; return e ? e.coordinateSystem : t ? t.coordinateSystem || (t.getReferringComponents("geo", le).models[0] || {}).coordinateSystem : null; }
var Ga = wp;
import { __extends as Tp } from "tslib";
function Fa(r, e, t) { e = Y(e) && { coordDimensions: e } || V({ encodeDefine: r.getEncode() }, e); var i = r.getSource(), a = En(i, e).dimensions, o = new Tn(a, r); return o.initData(i, t), o; }
var Ai = "map", Ep = (function (r) { Tp(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t.getTooltipPosition = function (i) { if (i != null) {
    var a = this.getData().getName(i), o = this.coordinateSystem, n = o.getRegion(a);
    return n && o.dataToPoint(n.getCenter());
} }, t; } return e.prototype.getInitialData = function (t) { for (var i = Fa(this, { coordDimensions: ["value"], encodeDefaulter: se(hn, this) }), a = N(), o = [], n = 0, s = i.count(); n < s; n++) {
    var l = i.getName(n);
    a.set(l, n);
} var f = re.load(this.getMapType(), this.option.nameMap, this.option.nameProperty); return g(f.regions, function (u) { var p = u.name, c = a.get(p), v = u.properties && u.properties.echartsStyle, m; c == null ? (m = { name: p }, o.push(m)) : m = i.getRawDataItem(c), v && U(m, v); }), i.appendData(o), i; }, e.prototype.getHostGeoModel = function () { if (cn(this).kind !== pn)
    return this.getReferringComponents("geo", { useDefault: !1, enableAll: !1, enableNone: !1 }).models[0]; }, e.prototype.getMapType = function () { return (this.getHostGeoModel() || this).option.map; }, e.prototype.getRawValue = function (t) { var i = this.getData(); return i.get(i.mapDimension("value"), t); }, e.prototype.getRegionModel = function (t) { var i = this.getData(); return i.getItemModel(i.indexOfName(t)); }, e.prototype.formatTooltip = function (t, i, a) { var o = this.getData(), n = this.getRawValue(t), s = o.getName(t), l = []; return g(this.seriesGroup.f, function (f) { var u = f.originalData.indexOfName(s), p = o.mapDimension("value"); isNaN(f.originalData.get(p, u)) || l.push(f.name); }), ia("section", { header: l.join(", "), noHeader: !l.length, blocks: [ia("nameValue", { name: s, value: n })] }); }, e.prototype.getLegendIcon = function (t) { var i = t.icon || "roundRect", a = Ie(i, 0, 0, t.itemWidth, t.itemHeight, t.itemStyle.fill); return a.setStyle(t.itemStyle), a.style.stroke = "none", i.indexOf("empty") > -1 && (a.style.stroke = a.style.fill, a.style.fill = P.color.neutral00, a.style.lineWidth = 2), a; }, e.prototype.__ownRoamView = function () { return Ya(this) ? this.coordinateSystem.view : null; }, e.type = "series." + Ai, e.dependencies = ["geo"], e.layoutMode = "box", e.defaultOption = { z: 2, coordinateSystem: "geo", map: "", left: "center", top: "center", aspectScale: null, showLegendSymbol: !0, boundingCoords: null, center: null, zoom: 1, scaleLimit: null, selectedMode: !0, label: { show: !1, color: P.color.tertiary }, itemStyle: { borderWidth: .5, borderColor: P.color.border, areaColor: P.color.background }, emphasis: { label: { show: !0, color: P.color.primary }, itemStyle: { areaColor: P.color.highlight } }, select: { label: { show: !0, color: P.color.primary }, itemStyle: { color: P.color.highlight } }, nameProperty: "name" }, e; })(yn);
function Sl(r) { return r.indexOf("i") === 0; }
function Ya(r) { return Lp(r.seriesGroup) === r && !r.getHostGeoModel(); }
function Lp(r) { return r.f[0]; }
function _l(r, e) { var t = {}; return r.eachRawSeriesByType(Ai, function (i) { var a = i.getHostGeoModel(), o = a ? "o" + a.id : "i" + i.getMapType(), n = t[o] = t[o] || { f: [], r: [] }; !r.isSeriesFiltered(i) && !e && n.f.push(i), n.r.push(i); }), t; }
var dg = Ep;
function bl(r, e) { var t = this.view, i = r.get("boundingCoords"); if (i != null) {
    var a = i[0], o = i[1];
    if (isFinite(a[0]) && isFinite(a[1]) && isFinite(o[0]) && isFinite(o[1])) {
        var n = this.projection;
        if (n) {
            var s = a[0], l = a[1], f = o[0], u = o[1];
            a = [1 / 0, 1 / 0], o = [-1 / 0, -1 / 0];
            var p = function (b, C, O, L) { for (var A = O - b, w = L - C, M = 0; M <= 100; M++) {
                var R = M / 100, I = n.project([b + A * R, C + w * R]);
                Lo(a, a, I), Mo(o, o, I);
            } };
            p(s, l, f, l), p(f, l, f, u), p(f, u, s, u), p(s, u, f, l);
        }
        Nt(t, a[0], a[1], o[0] - a[0], o[1] - a[1]);
    }
} var c = t.getBoundingRect(), v = r.get("layoutCenter"), m = r.get("layoutSize"), h = ke(r, e).refContainer, d = c.width / c.height * this.aspectScale, y = !1, x, S; v && m && (x = [ae(v[0], h.width) + h.x, ae(v[1], h.height) + h.y], S = ae(m, Math.min(h.width, h.height)), !isNaN(x[0]) && !isNaN(x[1]) && !isNaN(S) && (y = !0)); var _; if (y)
    _ = {}, d > 1 ? (_.width = S, _.height = S / d) : (_.height = S, _.width = S * d), _.y = x[1] - _.height / 2, _.x = x[0] - _.width / 2;
else {
    var E = r.getBoxLayoutParams();
    E.aspect = d, _ = Je(E, h), _ = vn(r, _, d);
} vr(t, _.x, _.y, _.width, _.height), cr(t, r); }
function Rp(r, e) { g(e.get("geoCoord"), function (t, i) { r.addGeoCoord(i, t); }); }
var Op = (function () { function r() { this.dimensions = Va; } return r.prototype.create = function (e, t) { var i = []; function a(o) { return { nameProperty: o.get("nameProperty"), aspectScale: o.get("aspectScale"), projection: o.get("projection"), clip: o.getShallow("clip", !0) }; } return e.eachComponent("geo", function (o, n) { var s = o.get("map"), l = new Ga(s + n, s, V({ nameMap: o.get("nameMap"), api: t, ecModel: e }, a(o))); i.push(l), o.coordinateSystem = l, l.model = o, l.resize = bl, l.resize(o, t); }), e.eachSeries(function (o) { qr({ targetModel: o, coordSysType: "geo", coordSysProvider: function () { var n = o.subType === Ai ? o.getHostGeoModel() : o.getReferringComponents("geo", le).models[0]; return n && n.coordinateSystem; }, allowNotFound: !0 }); }), g(_l(e, !0), function (o, n) { if (Sl(n)) {
    var s = o.r[0], l = [];
    g(o.r, function (c) { l.push(c.get("nameMap")), c.seriesGroup = null; });
    var f = n.slice(1), u = new Ga(f, f, V({ nameMap: bo(l), api: t, ecModel: e }, a(s))), p;
    g(o.r, function (c) { p = z(p, c.get("scaleLimit")); }), i.push(u), u.resize = bl, u.resize(s, t), g(o.r, function (c) { c.coordinateSystem = u, Rp(u, c); });
} }), i; }, r.prototype.getFilledRegions = function (e, t, i, a) { for (var o = (e || []).slice(), n = N(), s = 0; s < o.length; s++)
    n.set(o[s].name, o[s]); var l = re.load(t, i, a); return g(l.regions, function (f) { var u = f.name, p = n.get(u), c = f.properties && f.properties.echartsStyle; p || (p = { name: u }, o.push(p)), c && U(p, c); }), o; }, r; })(), Pp = new Op, Ci = Pp;
var kp = (function (r) { Np(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function (t, i, a) { this.mergeDefaultAndTheme(t, a); var o = re.getGeoResource(t.map); if (o && o.type === "geoJSON") {
    var n = t.itemStyle = t.itemStyle || {};
    "color" in n || (n.color = t.defaultItemStyleColor || P.color.backgroundTint);
} Wo(t, "label", ["show"]); }, e.prototype.optionUpdated = function () { var t = this, i = this.option; i.regions = Ci.getFilledRegions(i.regions, i.map, i.nameMap, i.nameProperty); var a = {}; this._optionModelMap = Cr(i.regions || [], function (o, n) { var s = n.name; return s && (o.set(s, new Ee(n, t, t.ecModel)), n.selected && (a[s] = !0)), o; }, N()), i.selectedMap || (i.selectedMap = a); }, e.prototype.getRegionModel = function (t) { return this._optionModelMap.get(t) || new Ee(null, this, this.ecModel); }, e.prototype.getFormattedLabel = function (t, i) { var a = this.getRegionModel(t), o = i === "normal" ? a.get(["label", "formatter"]) : a.get(["emphasis", "label", "formatter"]), n = { name: t }; if (pt(o))
    return n.status = i, o(n); if (H(o))
    return o.replace("{a}", t ?? ""); }, e.prototype.select = function (t) { var i = this.option, a = i.selectedMode; if (a) {
    a !== "multiple" && (i.selectedMap = null);
    var o = i.selectedMap || (i.selectedMap = {});
    o[t] = !0;
} }, e.prototype.unSelect = function (t) { var i = this.option.selectedMap; i && (i[t] = !1); }, e.prototype.toggleSelected = function (t) { this[this.isSelected(t) ? "unSelect" : "select"](t); }, e.prototype.isSelected = function (t) { var i = this.option.selectedMap; return !!(i && i[t]); }, e.prototype.__ownRoamView = function () { return this.coordinateSystem.view; }, e.type = "geo", e.layoutMode = "box", e.defaultOption = { z: 0, show: !0, left: "center", top: "center", aspectScale: null, silent: !1, map: "", boundingCoords: null, center: null, zoom: 1, scaleLimit: null, label: { show: !1, color: P.color.tertiary }, itemStyle: { borderWidth: .5, borderColor: P.color.border }, emphasis: { label: { show: !0, color: P.color.primary }, itemStyle: { color: P.color.highlight } }, select: { label: { show: !0, color: P.color.primary }, itemStyle: { color: P.color.highlight } }, regions: [] }, e; })(ce), Cl = kp;
import { __extends as Xp } from "tslib";
import { __extends as zp } from "tslib";
var Ha = J();
function wl(r, e, t) { Ha(r)[e] = t; }
function Tl(r, e, t) { var i = Ha(r), a = i[e]; a === t && (i[e] = null); }
function Wa(r, e) { return !!Ha(r)[e]; }
An({ type: "takeGlobalCursor", event: "globalCursorTaken", update: "update" }, Tr);
var Ip = { axisPointer: 1, tooltip: 1, brush: 1 };
function wi(r, e, t) { var i = e.getComponentByElement(r.topTarget); if (!i || i === t || Ip.hasOwnProperty(i.mainType))
    return !1; var a = i.coordinateSystem; if (!a || a.model === t)
    return !1; var o = Qt(i), n = Qt(t); return !((o.zlevel - n.zlevel || o.z - n.z) <= 0); }
var Bp = (function (r) { zp(e, r); function e(t) { var i = r.call(this) || this; i._zr = t; var a = W(i._mousedownHandler, i), o = W(i._mousemoveHandler, i), n = W(i._mouseupHandler, i), s = W(i._mousewheelHandler, i), l = W(i._pinchHandler, i); return i.enable = function (f, u) { var p = u.zInfo, c = Qt(p.component), v = c.z, m = c.zlevel, h = { component: p.component, z: v, zlevel: m, z2: z(p.z2, -1 / 0) }, d = V({}, u.triggerInfo); this._opt = k(V({}, u), { zoomOnMouseWheel: !0, moveOnMouseMove: !0, moveOnMouseWheel: !1, preventDefaultMouseMove: !0, zInfoParsed: h, triggerInfo: d, cursorGrab: "grab", cursorGrabbing: "grabbing" }), f == null && (f = !0), (!this._enabled || this._controlType !== f) && (this.disable(), this._enabled = !0, (f === !0 || f === "move" || f === "pan") && (dr(t, "mousedown", a, h), dr(t, "mousemove", o, h), dr(t, "mouseup", n, h)), (f === !0 || f === "scale" || f === "zoom") && (dr(t, "mousewheel", s, h), dr(t, "pinch", l, h))); }, i.disable = function () { this._enabled && (this._enabled = !1, gr(t, "mousedown", a), gr(t, "mousemove", o), gr(t, "mouseup", n), gr(t, "mousewheel", s), gr(t, "pinch", l)); }, i; } return e.prototype.isDragging = function () { return this._dragging; }, e.prototype.isPinching = function () { return this._pinching; }, e.prototype._checkPointer = function (t, i, a) { var o = this._opt, n = o.zInfoParsed; if (wi(t, o.api, n.component))
    return !1; var s = o.triggerInfo, l = s.roamTrigger, f = !1; return l === "global" && (f = !0), f || (f = s.isInSelf(t, i, a)), f && s.isInClip && !s.isInClip(t, i, a) && (f = !1), f; }, e.prototype._decideCursorStyle = function (t, i, a, o) { var n = t.target; if (!n && this._checkPointer(t, i, a))
    return this._opt.cursorGrab; if (o)
    return n && n.cursor || "default"; }, e.prototype.dispose = function () { this.disable(); }, e.prototype._mousedownHandler = function (t) { if (!(Gi(t) || hr(t))) {
    for (var i = t.target; i;) {
        if (i.draggable)
            return;
        i = i.__hostTarget || i.parent;
    }
    var a = t.offsetX, o = t.offsetY;
    this._checkPointer(t, a, o) && (this._x = a, this._y = o, this._dragging = !0);
} }, e.prototype._mousemoveHandler = function (t) { var i = this._zr; if (!(t.gestureEvent === "pinch" || Wa(i, "globalPan") || hr(t))) {
    var a = t.offsetX, o = t.offsetY;
    if (!this._dragging || !Ti("moveOnMouseMove", t, this._opt)) {
        var n = this._decideCursorStyle(t, a, o, !1);
        n && i.setCursorStyle(n);
        return;
    }
    i.setCursorStyle(this._opt.cursorGrabbing);
    var s = this._x, l = this._y, f = a - s, u = o - l;
    this._x = a, this._y = o, this._opt.preventDefaultMouseMove && Vi(t.event), t.__ecRoamConsumed = !0, Ll(this, "pan", "moveOnMouseMove", t, { dx: f, dy: u, oldX: s, oldY: l, newX: a, newY: o, isAvailableBehavior: null });
} }, e.prototype._mouseupHandler = function (t) { if (!hr(t)) {
    var i = this._zr;
    if (!Gi(t)) {
        this._dragging = !1;
        var a = this._decideCursorStyle(t, t.offsetX, t.offsetY, !0);
        a && i.setCursorStyle(a);
    }
} }, e.prototype._mousewheelHandler = function (t) { if (!hr(t)) {
    var i = Ti("zoomOnMouseWheel", t, this._opt), a = Ti("moveOnMouseWheel", t, this._opt), o = t.wheelDelta, n = Math.abs(o), s = t.offsetX, l = t.offsetY;
    if (!(o === 0 || !i && !a)) {
        if (i) {
            var f = n > 3 ? 1.4 : n > 1 ? 1.2 : 1.1, u = o > 0 ? f : 1 / f;
            this._checkTriggerMoveZoom(this, "zoom", "zoomOnMouseWheel", t, { scale: u, originX: s, originY: l, isAvailableBehavior: null });
        }
        if (a) {
            var p = Math.abs(o), c = (o > 0 ? 1 : -1) * (p > 3 ? .4 : p > 1 ? .15 : .05);
            this._checkTriggerMoveZoom(this, "scrollMove", "moveOnMouseWheel", t, { scrollDelta: c, originX: s, originY: l, isAvailableBehavior: null });
        }
    }
} }, e.prototype._pinchHandler = function (t) { if (!(Wa(this._zr, "globalPan") || hr(t))) {
    var i = t.pinchScale > 1 ? 1.1 : 1 / 1.1;
    this._checkTriggerMoveZoom(this, "zoom", null, t, { scale: i, originX: t.pinchX, originY: t.pinchY, isAvailableBehavior: null });
} }, e.prototype._checkTriggerMoveZoom = function (t, i, a, o, n) { t._checkPointer(o, n.originX, n.originY) && (Vi(o.event), o.__ecRoamConsumed = !0, Ll(t, i, a, o, n)); }, e; })(Lr);
function hr(r) { return r.__ecRoamConsumed; }
var Up = J();
function Ei(r) { var e = Up(r); return e.roam = e.roam || {}, e.uniform = e.uniform || {}, e; }
function dr(r, e, t, i) { for (var a = Ei(r), o = a.roam, n = o[e] = o[e] || [], s = 0; s < n.length; s++) {
    var l = n[s].zInfoParsed;
    if ((l.zlevel - i.zlevel || l.z - i.z || l.z2 - i.z2) <= 0)
        break;
} n.splice(s, 0, { listener: t, zInfoParsed: i }), Vp(r, e); }
function gr(r, e, t) { for (var i = Ei(r), a = i.roam[e] || [], o = 0; o < a.length; o++)
    if (a[o].listener === t) {
        a.splice(o, 1), a.length || Gp(r, e);
        return;
    } }
function Vp(r, e) { var t = Ei(r); t.uniform[e] || r.on(e, t.uniform[e] = function (i) { var a = t.roam[e]; if (a)
    for (var o = 0; o < a.length; o++)
        a[o].listener(i); }); }
function Gp(r, e) { var t = Ei(r), i = t.uniform; i[e] && (r.off(e, i[e]), i[e] = null); }
function Ll(r, e, t, i, a) { a.isAvailableBehavior = W(Ti, null, t, i), r.trigger(e, a); }
function Ti(r, e, t) { var i = t[r]; return !r || i && (!H(i) || e.event[i + "Key"]); }
var Ml = Bp;
function Rl(r, e, t, i, a, o, n, s) { var l = Pa(r); if (!l) {
    t.disable();
    return;
} t.enable(z(r.get("roam"), n), { api: e, zInfo: { component: r }, triggerInfo: { roamTrigger: r.get("roamTrigger"), isInSelf: i, isInClip: function (u, p, c) { return !a || a.contain(p, c); } } }); function f(u) { var p = r.mainType, c = jr(k({ type: Ol(p, r.subType, ji) }, u)); s && (c.componentType = p), c[p + "Id"] = r.id, e.dispatchAction(c); } t.off("pan").off("zoom").on("pan", function (u) { o && o("pan"), f({ dx: u.dx, dy: u.dy }); }).on("zoom", function (u) { o && o("zoom"), f({ zoom: u.scale, originX: u.originX, originY: u.originY }); }); }
function Kg(r) { return function (e, t, i) { return Xa.copy(r.getBoundingRect()), Xa.applyTransform(r.getComputedTransform()), Xa.contain(t, i); }; }
var Xa = new G(0, 0, 0, 0);
function qg(r, e, t) { var i = Ol(e, t, ji); r.registerAction({ type: i, event: i, update: "none" }, function (a, o, n) { o.eachComponent(zr(a, e, t), function (s) { hi(a, s), di(a, s, o, n); }); }); }
function Ol(r, e, t) { return (r !== jt ? r : e === "map" ? "geo" : e) + t; }
function Qg(r) { return r.zoom != null; }
function $g(r, e, t, i, a, o, n) { var s = new yi(null, gi(r.ecModel, e)); return Nt(s, t, i, a, o), n ? vr(s, n.x, n.y, n.width, n.height) : vr(s, t, i, a, o), cr(s, r), s; }
var Za = ["rect", "circle", "line", "ellipse", "polygon", "polyline", "path"], Fp = N(Za), Yp = N(Za.concat(["g"])), Hp = N(Za.concat(["g"])), Ul = J();
function Li(r) { var e = r.getItemStyle(), t = r.get("areaColor"); return t != null && (e.fill = t), e; }
function Pl(r) { var e = r.style; e && (e.stroke = e.stroke || e.fill, e.fill = null); }
var Wp = (function () { function r(e) { var t = this.group = new D, i = this._transformGroup = new D; t.add(i), this.uid = Kr("ec_map_draw"), this._controller = new Ml(e.getZr()), i.add(this._regionsGroup = new D), i.add(this._svgGroup = new D); } return r.prototype.draw = function (e, t, i, a, o) { var n = this, s = e.getData && e.getData(); kt(e) && t.eachComponent({ mainType: "series", subType: "map" }, function (h) { !s && h.getHostGeoModel() === e && (s = h.getData()); }); var l = e.coordinateSystem, f = l.view, u = this._regionsGroup, p = this._transformGroup, c = !u.childAt(0) || o, v; l.shouldClip() ? (v = pr(null, f), this.group.setClipPath(new K({ shape: v.clone() }))) : this.group.removeClipPath(), Oa(p, Ge, f, c ? null : e); var m = s && s.getVisual("visualMeta") && s.getVisual("visualMeta").length > 0; l.resourceType === "geoJSON" ? this._buildGeoJSON(f, i, l, e, s, m) : l.resourceType === "geoSVG" && this._buildSVG(f, i, l, e, s, m), Rl(e, i, this._controller, function (h, d, y) { return e.coordinateSystem.containPoint([d, y]); }, v, function () { n._mouseDownFlag = !1; }, !1, !0), this._updateMapSelectHandler(e, u, i, a); }, r.prototype.__updateOnOwnRoam = function (e) { Oa(this._transformGroup, Ge, e.coordinateSystem.view, null); }, r.prototype._buildGeoJSON = function (e, t, i, a, o, n) { var s = this._regionsGroupByName = N(), l = N(), f = this._regionsGroup, u = i.projection, p = u && u.stream, c = Ce(fr(null, e, rt)); function v(d, y) { return y && (d = y(d)), d && te([], d, c); } function m(d) { for (var y = [], x = !p && u && u.project, S = 0; S < d.length; ++S) {
    var _ = v(d[S], x);
    _ && y.push(_);
} return y; } function h(d) { return { shape: { points: m(d) } }; } f.removeAll(), g(i.regions, function (d) { var y = d.name, x = s.get(y), S = l.get(y) || {}, _ = S.dataIdx, E = S.regionModel; if (!x) {
    x = s.set(y, new D), f.add(x), _ = o ? o.indexOfName(y) : null, E = kt(a) ? a.getRegionModel(y) : o ? o.getItemModel(_) : null;
    var b = E.get("silent", !0);
    b != null && (x.silent = b), l.set(y, { dataIdx: _, regionModel: E });
} var C = [], O = []; g(d.geometries, function (w) { if (w.type === "polygon") {
    var M = [w.exterior].concat(w.interiors || []);
    p && (M = Bl(M, p)), g(M, function (I) { C.push(new Pe(h(I))); });
}
else {
    var R = w.points;
    p && (R = Bl(R, p, !0)), g(R, function (I) { O.push(new De(h(I))); });
} }); var L = v(d.getCenter(), u && u.project); function A(w, M) { if (w.length) {
    var R = new en({ culling: !0, segmentIgnoreThreshold: 1, shape: { paths: w } });
    x.add(R), Dl(t, o, n, R, _, E), Nl(a, o, R, y, E, _, L), M && (Pl(R), g(R.states, Pl));
} } A(C), A(O, !0); }), s.each(function (d, y) { var x = l.get(y), S = x.dataIdx, _ = x.regionModel; kl(a, o, d, y, _, S), Il(a, o, d, y, _), zl(a, d, y, _); }, this); }, r.prototype._buildSVG = function (e, t, i, a, o, n) { var s = i.map; fr(this._svgGroup, e, rt), this._svgResourceChanged(s) && (this._freeSVG(), this._useSVG(s)); var l = this._svgDispatcherMap = N(), f = !1; g(this._svgGraphicRecord.named, function (u) { var p = u.name, c = u.svgNodeTagLower, v = u.el, m = o ? o.indexOfName(p) : null, h = a.getRegionModel(p); Fp.get(c) != null && v instanceof Zt && Dl(t, o, n, v, m, h), v instanceof Zt && (v.culling = !0); var d = h.get("silent", !0); if (d != null && (v.silent = d), v.z2EmphasisLift = 0, !u.namedFrom && (Hp.get(c) != null && Nl(a, o, v, p, h, m, null), kl(a, o, v, p, h, m), Il(a, o, v, p, h), Yp.get(c) != null)) {
    var y = zl(a, v, p, h);
    y === "self" && (f = !0);
    var x = l.get(p) || l.set(p, []);
    x.push(v);
} }, this), this._enableBlurEntireSVG(f, a); }, r.prototype._enableBlurEntireSVG = function (e, t) { if (e && kt(t)) {
    var i = t.getModel(["blur", "itemStyle"]).getItemStyle(), a = i.opacity;
    this._svgGraphicRecord.root.traverse(function (o) { if (!o.isGroup) {
        Ki(o);
        var n = o.ensureState("blur").style || {};
        n.opacity == null && a != null && (n.opacity = a), o.ensureState("emphasis");
    } });
} }, r.prototype.remove = function () { this._regionsGroup.removeAll(), this._regionsGroupByName = null, this._svgGroup.removeAll(), this._freeSVG(), this._controller.disable(); }, r.prototype.findHighDownDispatchers = function (e, t) { if (e == null)
    return []; var i = t.coordinateSystem; if (i.resourceType === "geoJSON") {
    var a = this._regionsGroupByName;
    if (a) {
        var o = a.get(e);
        return o ? [o] : [];
    }
}
else if (i.resourceType === "geoSVG")
    return this._svgDispatcherMap && this._svgDispatcherMap.get(e) || []; }, r.prototype._svgResourceChanged = function (e) { return this._svgMapName !== e; }, r.prototype._useSVG = function (e) { var t = re.getGeoResource(e); if (t && t.type === "geoSVG") {
    var i = t.useGraphic(this.uid);
    this._svgGroup.add(i.root), this._svgGraphicRecord = i, this._svgMapName = e;
} }, r.prototype._freeSVG = function () { var e = this._svgMapName; if (e != null) {
    var t = re.getGeoResource(e);
    t && t.type === "geoSVG" && t.freeGraphic(this.uid), this._svgGraphicRecord = null, this._svgDispatcherMap = null, this._svgGroup.removeAll(), this._svgMapName = null;
} }, r.prototype.resetForLabelLayout = function () { this.group.traverse(function (e) { var t = e.getTextContent(); t && (t.ignore = Ul(t).ignore); }); }, r.prototype._updateMapSelectHandler = function (e, t, i, a) { var o = this; t.off("mousedown"), t.off("click"), e.get("selectedMode") && (t.on("mousedown", function () { o._mouseDownFlag = !0; }), t.on("click", function (n) { o._mouseDownFlag && (o._mouseDownFlag = !1); })); }, r; })();
function Dl(r, e, t, i, a, o) { var n = o.getModel("itemStyle"), s = o.getModel(["emphasis", "itemStyle"]), l = o.getModel(["blur", "itemStyle"]), f = o.getModel(["select", "itemStyle"]), u = Li(n), p = Li(s), c = Li(f), v = Li(l); if (e) {
    var m = e.getItemVisual(a, "style"), h = e.getItemVisual(a, "decal");
    t && m.fill && (u.fill = m.fill), h && (u.decal = bn(h, r));
} i.setStyle(u), i.style.strokeNoScale = !0, i.ensureState("emphasis").style = p, i.ensureState("select").style = c, i.ensureState("blur").style = v, Ki(i); }
function Nl(r, e, t, i, a, o, n) { var s = e && isNaN(e.get(e.mapDimension("value"), o)), l = e && e.getItemLayout(o); if (kt(r) || s || l && l.showLabel) {
    var f = kt(r) ? i : o, u = void 0;
    (!e || o >= 0) && (u = r);
    var p = n ? { normal: { align: "center", verticalAlign: "middle" } } : null;
    At(t, be(a), { labelFetcher: u, labelDataIndex: f, defaultText: i }, p);
    var c = t.getTextContent();
    if (c && (Ul(c).ignore = c.ignore, t.textConfig && n)) {
        var v = t.getBoundingRect().clone();
        t.textConfig.layoutRect = v, t.textConfig.position = [(n[0] - v.x) / v.width * 100 + "%", (n[1] - v.y) / v.height * 100 + "%"];
    }
    t.disableLabelAnimation = !0;
}
else
    t.removeTextContent(), t.removeTextConfig(), t.disableLabelAnimation = null; }
function kl(r, e, t, i, a, o) { e ? e.setItemGraphicEl(o, t) : xe(t).eventData = { componentType: "geo", componentIndex: r.componentIndex, geoIndex: r.componentIndex, name: i, region: a && a.option || {} }; }
function Il(r, e, t, i, a) { e || Kt({ el: t, componentModel: r, itemName: i, itemTooltipOption: a.get("tooltip") }); }
function zl(r, e, t, i) { e.highDownSilentOnTouch = !!r.get("selectedMode"); var a = i.getModel("emphasis"), o = a.get("focus"); return _t(e, o, a.get("blurScope"), a.get("disabled")), kt(r) && Jo(e, r, t), o; }
function Bl(r, e, t) { var i = [], a; function o() { a = []; } function n() { a.length && (i.push(a), a = []); } var s = e({ polygonStart: o, polygonEnd: n, lineStart: o, lineEnd: n, point: function (l, f) { isFinite(l) && isFinite(f) && a.push([l, f]); }, sphere: function () { } }); return !t && s.polygonStart(), g(r, function (l) { s.lineStart(); for (var f = 0; f < l.length; f++)
    s.point(l[f][0], l[f][1]); s.lineEnd(); }), !t && s.polygonEnd(), i; }
function kt(r) { return r.mainType === "geo"; }
var Vl = Wp;
var Zp = (function (r) { Xp(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t.focusBlurEnabled = !0, t; } return e.prototype.init = function (t, i) { this._api = i; }, e.prototype.render = function (t, i, a, o) { if (this._model = t, !t.get("show")) {
    this._mapDraw && this._mapDraw.remove(), this._mapDraw = null;
    return;
} this._mapDraw || (this._mapDraw = new Vl(a)); var n = this._mapDraw; n.draw(t, i, a, this, o), n.group.on("click", this._handleRegionClick, this), n.group.silent = t.get("silent"), this.group.add(n.group), this.updateSelectStatus(t, i, a); }, e.prototype.__updateOnOwnRoam = function (t, i, a) { var o = this._mapDraw; o && o.__updateOnOwnRoam(i); }, e.prototype._handleRegionClick = function (t) { var i; _n(t.target, function (a) { return (i = xe(a).eventData) != null; }, !0), i && this._api.dispatchAction({ type: "geoToggleSelect", geoId: this._model.id, name: i.name }); }, e.prototype.updateSelectStatus = function (t, i, a) { var o = this; this._mapDraw.group.traverse(function (n) { var s = xe(n).eventData; if (s)
    return o._model.isSelected(s.name) ? a.enterSelect(n) : a.leaveSelect(n), !0; }); }, e.prototype.findHighDownDispatchers = function (t) { return this._mapDraw && this._mapDraw.findHighDownDispatchers(t, this._model); }, e.prototype.dispose = function () { this._mapDraw && this._mapDraw.remove(); }, e.type = "geo", e; })(ve), Gl = Zp;
function jp(r, e, t) { re.registerMap(r, e, t); }
function Ry(r) { r.registerCoordinateSystem("geo", Ci), r.registerComponentModel(Cl), r.registerComponentView(Gl), r.registerImpl("registerMap", jp), r.registerImpl("getMap", function (t) { return re.getMapForUser(t); }); function e(t, i) { i.update = "geo:updateSelectStatus", r.registerAction(i, function (a, o) { var n = {}, s = []; return o.eachComponent({ mainType: "geo", query: a }, function (l) { l[t](a.name); var f = l.coordinateSystem; g(f.regions, function (p) { n[p.name] = l.isSelected(p.name) || !1; }); var u = []; g(n, function (p, c) { n[c] && u.push(c); }), s.push({ geoIndex: l.componentIndex, name: u }); }), { selected: n, allSelected: s, name: a.name }; }); } e("toggleSelected", { type: "geoToggleSelect", event: "geoselectchanged" }), e("select", { type: "geoSelect", event: "geoselected" }), e("unSelect", { type: "geoUnSelect", event: "geounselected" }), r.registerAction({ type: "geoRoam", event: "geoRoam", update: "updateTransform" }, function (t, i, a) { var o = t.componentType || (t.geoId != null || t.geoName != null || t.geoIndex != null ? "geo" : jt), n = o === jt; if (!(o !== "geo" && !n)) {
    var s = n ? "map" : null;
    i.eachComponent(zr(t, o, s), function (l) { n && !Ya(l) || (hi(t, l, n ? l.seriesGroup.r : null), di(t, l, i, a)); });
} }); }
function ja(r) { Jp(r), Kp(r); }
function Jp(r) { if (!r.parallel) {
    var e = !1;
    g(r.series, function (t) { t && t.type === "parallel" && (e = !0); }), e && (r.parallel = [{}]);
} }
function Kp(r) { var e = Ze(r.parallelAxis); g(e, function (t) { if (ie(t)) {
    var i = t.parallelIndex || 0, a = Ze(r.parallel)[i];
    a && a.parallelAxisDefault && U(t, a.parallelAxisDefault, !1);
} }); }
import { __extends as qp } from "tslib";
var Qp = 5, $p = (function (r) { qp(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, i, a) { this._model = t, this._api = a, this._handlers || (this._handlers = {}, g(ec, function (o, n) { a.getZr().on(n, this._handlers[n] = W(o, this)); }, this)), xn(this, "_throttledDispatchExpand", t.get("axisExpandRate"), "fixRate"); }, e.prototype.dispose = function (t, i) { Sn(this, "_throttledDispatchExpand"), g(this._handlers, function (a, o) { i.getZr().off(o, a); }), this._handlers = null; }, e.prototype._throttledDispatchExpand = function (t) { this._dispatchExpand(t); }, e.prototype._dispatchExpand = function (t) { t && this._api.dispatchAction(V({ type: "parallelAxisExpand" }, t)); }, e.type = "parallel", e; })(ve), ec = { mousedown: function (r) { Ja(this, "click") && (this._mouseDownPoint = [r.offsetX, r.offsetY]); }, mouseup: function (r) { var e = this._mouseDownPoint; if (Ja(this, "click") && e) {
        var t = [r.offsetX, r.offsetY], i = Math.pow(e[0] - t[0], 2) + Math.pow(e[1] - t[1], 2);
        if (i > Qp)
            return;
        var a = this._model.coordinateSystem.getSlidedAxisExpandWindow([r.offsetX, r.offsetY]);
        a.behavior !== "none" && this._dispatchExpand({ axisExpandWindow: a.axisExpandWindow });
    } this._mouseDownPoint = null; }, mousemove: function (r) { if (!(this._mouseDownPoint || !Ja(this, "mousemove"))) {
        var e = this._model, t = e.coordinateSystem.getSlidedAxisExpandWindow([r.offsetX, r.offsetY]), i = t.behavior;
        i === "jump" && this._throttledDispatchExpand.debounceNextCall(e.get("axisExpandDebounce")), this._throttledDispatchExpand(i === "none" ? null : { axisExpandWindow: t.axisExpandWindow, animation: i === "jump" ? null : { duration: 0 } });
    } } };
function Ja(r, e) { var t = r._model; return t.get("axisExpandable") && t.get("axisExpandTriggerOn") === e; }
var Fl = $p;
import { __extends as tc } from "tslib";
var It = "parallel", Mi = It, rc = (function (r) { tc(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function () { r.prototype.init.apply(this, arguments), this.mergeOption({}); }, e.prototype.mergeOption = function (t) { var i = this.option; t && U(i, t, !0), this._initDimensions(); }, e.prototype.contains = function (t, i) { var a = t.get("parallelIndex"); return a != null && i.getComponent("parallel", a) === this; }, e.prototype.setAxisExpand = function (t) { g(["axisExpandable", "axisExpandCenter", "axisExpandCount", "axisExpandWidth", "axisExpandWindow"], function (i) { t.hasOwnProperty(i) && (this.option[i] = t[i]); }, this); }, e.prototype._initDimensions = function () { var t = this.dimensions = [], i = this.parallelAxisIndex = [], a = Re(this.ecModel.queryComponents({ mainType: "parallelAxis" }), function (o) { return (o.get("parallelIndex") || 0) === this.componentIndex; }, this); g(a, function (o) { t.push("dim" + o.get("dim")), i.push(o.componentIndex); }); }, e.type = Mi, e.dependencies = ["parallelAxis"], e.layoutMode = "box", e.defaultOption = { z: 0, left: 80, top: 60, right: 80, bottom: 60, layout: "horizontal", axisExpandable: !1, axisExpandCenter: null, axisExpandCount: 0, axisExpandWidth: 50, axisExpandRate: 17, axisExpandDebounce: 50, axisExpandSlideTriggerArea: [-.15, .05, .4], axisExpandTriggerOn: "click", parallelAxisDefault: null }, e; })(ce), Yl = rc;
import { __extends as ic } from "tslib";
var ac = (function (r) { ic(e, r); function e(t, i, a, o, n) { var s = r.call(this, t, i, a) || this; return s.type = o || "value", s.axisIndex = n, s; } return e.prototype.isHorizontal = function () { return this.coordinateSystem.getModel().get("layout") !== "horizontal"; }, e; })(Lt), Hl = ac;
function qa(r, e, t, i, a, o) { r = r || 0; var n = Xe(t[1], -t[0]); if (a != null && (a = zt(a, [0, n])), o != null && (o = Math.max(o, a ?? 0)), i === "all") {
    var s = Math.abs(Xe(e[1], -e[0]));
    s = zt(s, [0, n]), a = o = zt(s, [a, o]), i = 0;
} e[0] = zt(e[0], t), e[1] = zt(e[1], t); var l = Ka(e, i); e[i] += r; var f = a || 0, u = t.slice(); l.sign < 0 ? u[0] = Xe(u[0], f) : u[1] = Xe(u[1], -f), e[i] = zt(e[i], u); var p; return p = Ka(e, i), a != null && (p.sign !== l.sign || p.span < a) && (e[1 - i] = Xe(e[i], l.sign * a)), p = Ka(e, i), o != null && p.span > o && (e[1 - i] = Xe(e[i], p.sign * o)), e; }
function Ka(r, e) { var t = r[e] - r[1 - e]; return { span: Math.abs(t), sign: t > 0 ? -1 : t < 0 ? 1 : e ? -1 : 1 }; }
function zt(r, e) { return Math.min(e[1] != null ? e[1] : 1 / 0, Math.max(e[0] != null ? e[0] : -1 / 0, r)); }
var oc = (function () { function r(e, t, i) { this.type = It, this._axesMap = N(), this._axesLayout = {}, this.dimensions = e.dimensions, this._model = e, this._init(e, t, i); } return r.prototype._init = function (e, t, i) { var a = e.dimensions, o = e.parallelAxisIndex; g(a, function (n, s) { var l = o[s], f = t.getComponent("parallelAxis", l), u = ei(f), p = this._axesMap.set(n, new Hl(n, ti(f, u, !1), [0, 0], u, l)); p.onBand = ri(p.scale, f), p.inverse = f.get("inverse"), f.axis = p, p.model = f, p.coordinateSystem = f.coordinateSystem = this; }, this); }, r.prototype.update = function (e, t) { g(this.dimensions, function (i) { var a = this._axesMap.get(i); Et(a, Tt), ir(a); }, this); }, r.prototype.containPoint = function (e) { var t = this._makeLayoutInfo(), i = t.axisBase, a = t.layoutBase, o = t.pixelDimIndex, n = e[1 - o], s = e[o]; return n >= i && n <= i + t.axisLength && s >= a && s <= a + t.layoutLength; }, r.prototype.getModel = function () { return this._model; }, r.prototype.resize = function (e, t) { var i = ke(e, t).refContainer; this._rect = Je(e.getBoxLayoutParams(), i), this._layoutAxes(); }, r.prototype.getRect = function () { return this._rect; }, r.prototype._makeLayoutInfo = function () { var e = this._model, t = this._rect, i = ["x", "y"], a = ["width", "height"], o = e.get("layout"), n = o === "horizontal" ? 0 : 1, s = t[a[n]], l = [0, s], f = this.dimensions.length, u = Ri(e.get("axisExpandWidth"), l), p = Ri(e.get("axisExpandCount") || 0, [0, f]), c = e.get("axisExpandable") && f > 3 && f > p && p > 1 && u > 0 && s > 0, v = e.get("axisExpandWindow"), m; if (v)
    m = Ri(v[1] - v[0], l), v[1] = v[0] + m;
else {
    m = Ri(u * (p - 1), l);
    var h = e.get("axisExpandCenter") || yt(f / 2);
    v = [u * h - m / 2], v[1] = v[0] + m;
} var d = (s - m) / (f - p); d < 3 && (d = 0); var y = [yt(j(v[0] / u, 1)) + 1, kr(j(v[1] / u, 1)) - 1], x = d / u * v[0]; return { layout: o, pixelDimIndex: n, layoutBase: t[i[n]], layoutLength: s, axisBase: t[i[1 - n]], axisLength: t[a[1 - n]], axisExpandable: c, axisExpandWidth: u, axisCollapseWidth: d, axisExpandWindow: v, axisCount: f, winInnerIndices: y, axisExpandWindow0Pos: x }; }, r.prototype._layoutAxes = function () { var e = this._rect, t = this._axesMap, i = this.dimensions, a = this._makeLayoutInfo(), o = a.layout; t.each(function (n) { var s = [0, a.axisLength], l = n.inverse ? 1 : 0; n.setExtent(s[l], s[1 - l]); }), g(i, function (n, s) { var l = (a.axisExpandable ? sc : nc)(s, a), f = { horizontal: { x: l.position, y: a.axisLength }, vertical: { x: 0, y: l.position } }, u = { horizontal: Uo / 2, vertical: 0 }, p = [f[o].x + e.x, f[o].y + e.y], c = u[o], v = $(); vt(v, v, c), Rr(v, v, p), this._axesLayout[n] = { position: p, rotation: c, transform: v, axisNameAvailableWidth: l.axisNameAvailableWidth, axisLabelShow: l.axisLabelShow, nameTruncateMaxWidth: l.nameTruncateMaxWidth, tickDirection: 1, labelDirection: 1 }; }, this); }, r.prototype.getAxis = function (e) { return this._axesMap.get(e); }, r.prototype.dataToPoint = function (e, t) { return this.axisCoordToPoint(this._axesMap.get(t).dataToCoord(e), t); }, r.prototype.eachActiveState = function (e, t, i, a) { i == null && (i = 0), a == null && (a = e.count()); var o = this._axesMap, n = this.dimensions, s = [], l = []; g(n, function (d) { s.push(e.mapDimension(d)), l.push(o.get(d).model); }); for (var f = this.hasAxisBrushed(), u = i; u < a; u++) {
    var p = void 0;
    if (!f)
        p = "normal";
    else {
        p = "active";
        for (var c = e.getValues(s, u), v = 0, m = n.length; v < m; v++) {
            var h = l[v].getActiveState(c[v]);
            if (h === "inactive") {
                p = "inactive";
                break;
            }
        }
    }
    t(p, u);
} }, r.prototype.hasAxisBrushed = function () { for (var e = this.dimensions, t = this._axesMap, i = !1, a = 0, o = e.length; a < o; a++)
    t.get(e[a]).model.getActiveState() !== "normal" && (i = !0); return i; }, r.prototype.axisCoordToPoint = function (e, t) { var i = this._axesLayout[t]; return sn([e, 0], i.transform); }, r.prototype.getAxisLayout = function (e) { return Z(this._axesLayout[e]); }, r.prototype.getSlidedAxisExpandWindow = function (e) { var t = this._makeLayoutInfo(), i = t.pixelDimIndex, a = t.axisExpandWindow.slice(), o = a[1] - a[0], n = [0, t.axisExpandWidth * (t.axisCount - 1)]; if (!this.containPoint(e))
    return { behavior: "none", axisExpandWindow: a }; var s = e[i] - t.layoutBase - t.axisExpandWindow0Pos, l, f = "slide", u = t.axisCollapseWidth, p = this._model.get("axisExpandSlideTriggerArea"), c = p[0] != null; if (u)
    c && u && s < o * p[0] ? (f = "jump", l = s - o * p[2]) : c && u && s > o * (1 - p[0]) ? (f = "jump", l = s - o * (1 - p[2])) : (l = s - o * p[1]) >= 0 && (l = s - o * (1 - p[1])) <= 0 && (l = 0), l *= t.axisExpandWidth / u, l ? qa(l, a, n, "all") : f = "none";
else {
    var v = a[1] - a[0], m = n[1] * s / v;
    a = [Te(0, m - v / 2)], a[1] = Fi(n[1], a[0] + v), a[0] = a[1] - v;
} return { axisExpandWindow: a, behavior: f }; }, r; })();
function Ri(r, e) { return Fi(Te(r, e[0]), e[1]); }
function nc(r, e) { var t = e.layoutLength / (e.axisCount - 1); return { position: t * r, axisNameAvailableWidth: t, axisLabelShow: !0 }; }
function sc(r, e) { var t = e.layoutLength, i = e.axisExpandWidth, a = e.axisCount, o = e.axisCollapseWidth, n = e.winInnerIndices, s, l = o, f = !1, u; return r < n[0] ? (s = r * o, u = o) : r <= n[1] ? (s = e.axisExpandWindow0Pos + r * i - e.axisExpandWindow[0], l = i, f = !0) : (s = t - (a - 1 - r) * o, u = o), { position: s, axisNameAvailableWidth: l, axisLabelShow: f, nameTruncateMaxWidth: u }; }
var Wl = oc;
function lc(r, e) { var t = []; return r.eachComponent(Mi, function (i, a) { var o = new Wl(i, r, e); o.name = "parallel_" + a, o.resize(i, e), i.coordinateSystem = o, o.model = i, t.push(o); }), r.eachSeries(function (i) { if (i.get("coordinateSystem") === It) {
    var a = i.getReferringComponents(Mi, le).models[0], o = i.coordinateSystem = a.coordinateSystem;
    o && g(o.dimensions, function (n) { Qe(o.getAxis(n), i, It); });
} }), t; }
var uc = { create: lc }, Xl = uc;
import { __extends as fc } from "tslib";
var Zl = (function (r) { fc(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t.activeIntervals = [], t; } return e.prototype.getAreaSelectStyle = function () { return Xo([["fill", "color"], ["lineWidth", "borderWidth"], ["stroke", "borderColor"], ["width", "width"], ["opacity", "opacity"]])(this.getModel("areaSelectStyle")); }, e.prototype.setActiveIntervals = function (t) { var i = this.activeIntervals = Z(t); if (i)
    for (var a = i.length - 1; a >= 0; a--)
        Ir(i[a]); }, e.prototype.getActiveState = function (t) { var i = this.activeIntervals; if (!i.length)
    return "normal"; if (t == null || isNaN(+t))
    return "inactive"; if (i.length === 1) {
    var a = i[0];
    if (a[0] <= t && t <= a[1])
        return "active";
}
else
    for (var o = 0, n = i.length; o < n; o++)
        if (i[o][0] <= t && t <= i[o][1])
            return "active"; return "inactive"; }, e; })(ce);
ft(Zl, wt);
var Qa = Zl;
import { __extends as Mc } from "tslib";
import { __extends as pc } from "tslib";
var ot = !0, yr = Math.min, Bt = Math.max, cc = Math.pow, vc = 1e4, mc = 6, hc = 6, jl = "globalPan", dc = { w: [0, 0], e: [0, 1], n: [1, 0], s: [1, 1] }, gc = { w: "ew", e: "ew", n: "ns", s: "ns", ne: "nesw", sw: "nesw", nw: "nwse", se: "nwse" }, Jl = { brushStyle: { lineWidth: 2, stroke: P.color.backgroundTint, fill: P.color.borderTint }, transformable: !0, brushMode: "single", removeOnClick: !1 }, yc = 0, xc = (function (r) { pc(e, r); function e(t) { var i = r.call(this) || this; return i._track = [], i._covers = [], i._handlers = {}, i._zr = t, i.group = new D, i._uid = "brushController_" + yc++, g(Tc, function (a, o) { this._handlers[o] = W(a, this); }, i), i; } return e.prototype.enableBrush = function (t) { return this._brushType && this._doDisableBrush(), t.brushType && this._doEnableBrush(t), this; }, e.prototype._doEnableBrush = function (t) { var i = this._zr; this._enableGlobalPan || wl(i, jl, this._uid), g(this._handlers, function (a, o) { i.on(o, a); }), this._brushType = t.brushType, this._brushOption = U(Z(Jl), t, !0); }, e.prototype._doDisableBrush = function () { var t = this._zr; Tl(t, jl, this._uid), g(this._handlers, function (i, a) { t.off(a, i); }), this._brushType = this._brushOption = null; }, e.prototype.setPanels = function (t) { if (t && t.length) {
    var i = this._panels = {};
    g(t, function (a) { i[a.panelId] = Z(a); });
}
else
    this._panels = null; return this; }, e.prototype.mount = function (t) { t = t || {}, this._enableGlobalPan = t.enableGlobalPan; var i = this.group; return this._zr.add(i), i.attr({ x: t.x || 0, y: t.y || 0, rotation: t.rotation || 0, scaleX: t.scaleX || 1, scaleY: t.scaleY || 1 }), this._transform = i.getLocalTransform(), this; }, e.prototype.updateCovers = function (t) { t = B(t, function (c) { return U(Z(Jl), c, !0); }); var i = "\0-brush-index-", a = this._covers, o = this._covers = [], n = this, s = this._creatingCover; return new Cn(a, t, f, l).add(u).update(u).remove(p).execute(), this; function l(c, v) { return (c.id != null ? c.id : i + v) + "-" + c.brushType; } function f(c, v) { return l(c.__brushOption, v); } function u(c, v) { var m = t[c]; if (v != null && a[v] === s)
    o[c] = a[v];
else {
    var h = o[c] = v != null ? (a[v].__brushOption = m, a[v]) : tu(n, eu(n, m));
    ao(n, h);
} } function p(c) { a[c] !== s && n.group.remove(a[c]); } }, e.prototype.unmount = function () { return this.enableBrush(!1), $a(this), this._zr.remove(this.group), this; }, e.prototype.dispose = function () { this.unmount(), this.off(); }, e; })(Lr);
function eu(r, e) { var t = Oi[e.brushType].createCover(r, e); return t.__brushOption = e, iu(t, e), r.group.add(t), t; }
function tu(r, e) { var t = oo(e); return t.endCreating && (t.endCreating(r, e), iu(e, e.__brushOption)), e; }
function ru(r, e) { var t = e.__brushOption; oo(e).updateCoverShape(r, e, t.range, t); }
function iu(r, e) { var t = e.z; t == null && (t = vc), r.traverse(function (i) { i.z = t, i.z2 = t; }); }
function ao(r, e) { oo(e).updateCommon(r, e), ru(r, e); }
function oo(r) { return Oi[r.__brushOption.brushType]; }
function no(r, e, t) { var i = r._panels; if (!i)
    return ot; var a, o = r._transform; return g(i, function (n) { n.isTargetByCursor(e, t, o) && (a = n); }), a; }
function au(r, e) { var t = r._panels; if (!t)
    return ot; var i = e.__brushOption.panelId; return i != null ? t[i] : ot; }
function $a(r) { var e = r._covers, t = e.length; return g(e, function (i) { r.group.remove(i); }, r), e.length = 0, !!t; }
function nt(r, e) { var t = B(r._covers, function (i) { var a = i.__brushOption, o = Z(a.range); return { brushType: a.brushType, panelId: a.panelId, range: o }; }); r.trigger("brush", { areas: t, isEnd: !!e.isEnd, removeOnClick: !!e.removeOnClick }); }
function Sc(r) { var e = r._track; if (!e.length)
    return !1; var t = e[e.length - 1], i = e[0], a = t[0] - i[0], o = t[1] - i[1], n = cc(a * a + o * o, .5); return n > mc; }
function ou(r) { var e = r.length - 1; return e < 0 && (e = 0), [r[0], r[e]]; }
function nu(r, e, t, i) { var a = new D; return a.add(new K({ name: "main", style: so(t), silent: !0, draggable: !0, cursor: "move", drift: se(Kl, r, e, a, ["n", "s", "w", "e"]), ondragend: se(nt, e, { isEnd: !0 }) })), g(i, function (o) { a.add(new K({ name: o.join(""), style: { opacity: 0 }, draggable: !0, silent: !0, invisible: !0, drift: se(Kl, r, e, a, o), ondragend: se(nt, e, { isEnd: !0 }) })); }), a; }
function su(r, e, t, i) { var a = i.brushStyle.lineWidth || 0, o = Bt(a, hc), n = t[0][0], s = t[1][0], l = n - a / 2, f = s - a / 2, u = t[0][1], p = t[1][1], c = u - o + a / 2, v = p - o + a / 2, m = u - n, h = p - s, d = m + a, y = h + a; Me(r, e, "main", n, s, m, h), i.transformable && (Me(r, e, "w", l, f, o, y), Me(r, e, "e", c, f, o, y), Me(r, e, "n", l, f, d, o), Me(r, e, "s", l, v, d, o), Me(r, e, "nw", l, f, o, o), Me(r, e, "ne", c, f, o, o), Me(r, e, "sw", l, v, o, o), Me(r, e, "se", c, v, o, o)); }
function eo(r, e) { var t = e.__brushOption, i = t.transformable, a = e.childAt(0); a.useStyle(so(t)), a.attr({ silent: !i, cursor: i ? "move" : "default" }), g([["w"], ["e"], ["n"], ["s"], ["s", "e"], ["s", "w"], ["n", "e"], ["n", "w"]], function (o) { var n = e.childOfName(o.join("")), s = o.length === 1 ? to(r, o[0]) : bc(r, o); n && n.attr({ silent: !i, invisible: !i, cursor: i ? gc[s] + "-resize" : null }); }); }
function Me(r, e, t, i, a, o, n) { var s = e.childOfName(t); s && s.setShape(Cc(lo(r, e, [[i, a], [i + o, a + n]]))); }
function so(r) { return k({ strokeNoScale: !0 }, r.brushStyle); }
function lu(r, e, t, i) { var a = [yr(r, t), yr(e, i)], o = [Bt(r, t), Bt(e, i)]; return [[a[0], o[0]], [a[1], o[1]]]; }
function _c(r) { return nn(r.group); }
function to(r, e) { var t = { w: "left", e: "right", n: "top", s: "bottom" }, i = { left: "w", right: "e", top: "n", bottom: "s" }, a = ln(t[e], _c(r)); return i[a]; }
function bc(r, e) { var t = [to(r, e[0]), to(r, e[1])]; return (t[0] === "e" || t[0] === "w") && t.reverse(), t.join(""); }
function Kl(r, e, t, i, a, o) { var n = t.__brushOption, s = r.toRectRange(n.range), l = uu(e, a, o); g(i, function (f) { var u = dc[f]; s[u[0]][u[1]] += l[u[0]]; }), n.range = r.fromRectRange(lu(s[0][0], s[1][0], s[0][1], s[1][1])), ao(e, t), nt(e, { isEnd: !1 }); }
function Ac(r, e, t, i) { var a = e.__brushOption.range, o = uu(r, t, i); g(a, function (n) { n[0] += o[0], n[1] += o[1]; }), ao(r, e), nt(r, { isEnd: !1 }); }
function uu(r, e, t) { var i = r.group, a = i.transformCoordToLocal(e, t), o = i.transformCoordToLocal(0, 0); return [a[0] - o[0], a[1] - o[1]]; }
function lo(r, e, t) { var i = au(r, e); return i && i !== ot ? i.clipPath(t, r._transform) : Z(t); }
function Cc(r) { var e = yr(r[0][0], r[1][0]), t = yr(r[0][1], r[1][1]), i = Bt(r[0][0], r[1][0]), a = Bt(r[0][1], r[1][1]); return { x: e, y: t, width: i - e, height: a - t }; }
function wc(r, e, t) { if (!(!r._brushType || Ec(r, e.offsetX, e.offsetY))) {
    var i = r._zr, a = r._covers, o = no(r, e, t);
    if (!r._dragging)
        for (var n = 0; n < a.length; n++) {
            var s = a[n].__brushOption;
            if (o && (o === ot || s.panelId === o.panelId) && Oi[s.brushType].contain(a[n], t[0], t[1]))
                return;
        }
    o && i.setCursorStyle("crosshair");
} }
function ro(r) { var e = r.event; e.preventDefault && e.preventDefault(); }
function io(r, e, t) { return r.childOfName("main").contain(e, t); }
function fu(r, e, t, i) { var a = r._creatingCover, o = r._creatingPanel, n = r._brushOption, s; if (r._track.push(t.slice()), Sc(r) || a) {
    if (o && !a) {
        n.brushMode === "single" && $a(r);
        var l = Z(n);
        l.brushType = ql(l.brushType, o), l.panelId = o === ot ? null : o.panelId, a = r._creatingCover = eu(r, l), r._covers.push(a);
    }
    if (a) {
        var f = Oi[ql(r._brushType, o)], u = a.__brushOption;
        u.range = f.getCreatingRange(lo(r, a, r._track)), i && (tu(r, a), f.updateCommon(r, a)), ru(r, a), s = { isEnd: i };
    }
}
else
    i && n.brushMode === "single" && n.removeOnClick && no(r, e, t) && $a(r) && (s = { isEnd: i, removeOnClick: !0 }); return s; }
function ql(r, e) { return r === "auto" ? e.defaultBrushType : r; }
var Tc = { mousedown: function (r) { if (this._dragging)
        Ql(this, r);
    else if (!r.target || !r.target.draggable) {
        ro(r);
        var e = this.group.transformCoordToLocal(r.offsetX, r.offsetY);
        this._creatingCover = null;
        var t = this._creatingPanel = no(this, r, e);
        t && (this._dragging = !0, this._track = [e.slice()]);
    } }, mousemove: function (r) { var e = r.offsetX, t = r.offsetY, i = this.group.transformCoordToLocal(e, t); if (wc(this, r, i), this._dragging) {
        ro(r);
        var a = fu(this, r, i, !1);
        a && nt(this, a);
    } }, mouseup: function (r) { Ql(this, r); } };
function Ql(r, e) { if (r._dragging) {
    ro(e);
    var t = e.offsetX, i = e.offsetY, a = r.group.transformCoordToLocal(t, i), o = fu(r, e, a, !0);
    r._dragging = !1, r._track = [], r._creatingCover = null, o && nt(r, o);
} }
function Ec(r, e, t) { var i = r._zr; return e < 0 || e > i.getWidth() || t < 0 || t > i.getHeight(); }
var Oi = { lineX: $l(0), lineY: $l(1), rect: { createCover: function (r, e) { function t(i) { return i; } return nu({ toRectRange: t, fromRectRange: t }, r, e, [["w"], ["e"], ["n"], ["s"], ["s", "e"], ["s", "w"], ["n", "e"], ["n", "w"]]); }, getCreatingRange: function (r) { var e = ou(r); return lu(e[1][0], e[1][1], e[0][0], e[0][1]); }, updateCoverShape: function (r, e, t, i) { su(r, e, t, i); }, updateCommon: eo, contain: io }, polygon: { createCover: function (r, e) { var t = new D; return t.add(new De({ name: "main", style: so(e), silent: !0 })), t; }, getCreatingRange: function (r) { return r; }, endCreating: function (r, e) { e.remove(e.childAt(0)), e.add(new Pe({ name: "main", draggable: !0, drift: se(Ac, r, e), ondragend: se(nt, r, { isEnd: !0 }) })); }, updateCoverShape: function (r, e, t, i) { e.childAt(0).setShape({ points: lo(r, e, t) }); }, updateCommon: eo, contain: io } };
function $l(r) { return { createCover: function (e, t) { return nu({ toRectRange: function (i) { var a = [i, [0, 100]]; return r && a.reverse(), a; }, fromRectRange: function (i) { return i[r]; } }, e, t, [[["w"], ["e"]], [["n"], ["s"]]][r]); }, getCreatingRange: function (e) { var t = ou(e), i = yr(t[0][r], t[1][r]), a = Bt(t[0][r], t[1][r]); return [i, a]; }, updateCoverShape: function (e, t, i, a) { var o, n = au(e, t); if (n !== ot && n.getLinearBrushOtherExtent)
        o = n.getLinearBrushOtherExtent(r);
    else {
        var s = e._zr;
        o = [0, [s.getWidth(), s.getHeight()][1 - r]];
    } var l = [i, o]; r && l.reverse(), su(e, t, l, a); }, updateCommon: eo, contain: io }; }
var pu = xc;
function cu(r) { return r = uo(r), function (e) { return un(e, r); }; }
function vu(r, e) { return r = uo(r), function (t) { var i = e ?? t, a = i ? r.width : r.height, o = i ? r.x : r.y; return [o, o + (a || 0)]; }; }
function mu(r, e, t) { var i = uo(r); return function (a, o) { return i.contain(o[0], o[1]) && !wi(a, e, t); }; }
function uo(r) { return G.create(r); }
var Rc = (function (r) { Mc(e, r); function e() { var t = r !== null && r.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function (t, i) { r.prototype.init.apply(this, arguments), (this._brushController = new pu(i.getZr())).on("brush", W(this._onBrush, this)); }, e.prototype.render = function (t, i, a, o) { if (!Oc(t, i, o)) {
    this.axisModel = t, this.api = a, this.group.removeAll();
    var n = this._axisGroup;
    if (this._axisGroup = new D, this.group.add(this._axisGroup), !!t.get("show")) {
        var s = Dc(t, i), l = s.coordinateSystem, f = t.getAreaSelectStyle(), u = f.width, p = t.axis.dim, c = l.getAxisLayout(p), v = V({ strokeContainThreshold: u }, c), m = new Pt(t, a, v);
        m.build(), this._axisGroup.add(m.group), this._refreshBrushController(v, f, t, s, u, a), Xr(n, this._axisGroup, t);
    }
} }, e.prototype._refreshBrushController = function (t, i, a, o, n, s) { var l = a.axis.getExtent(), f = l[1] - l[0], u = Math.min(30, Math.abs(f) * .1), p = G.create({ x: l[0], y: -n / 2, width: f, height: n }); p.x -= u, p.width += 2 * u, this._brushController.mount({ enableGlobalPan: !0, rotation: t.rotation, x: t.position[0], y: t.position[1] }).setPanels([{ panelId: "pl", clipPath: cu(p), isTargetByCursor: mu(p, s, o), getLinearBrushOtherExtent: vu(p, 0) }]).enableBrush({ brushType: "lineX", brushStyle: i, removeOnClick: !0 }).updateCovers(Pc(a)); }, e.prototype._onBrush = function (t) { var i = t.areas, a = this.axisModel, o = a.axis, n = B(i, function (s) { return [o.coordToData(s.range[0], !0), o.coordToData(s.range[1], !0)]; }); (!a.option.realtime === t.isEnd || t.removeOnClick) && this.api.dispatchAction({ type: "axisAreaSelect", parallelAxisId: a.id, intervals: n }); }, e.prototype.dispose = function () { this._brushController.dispose(); }, e.type = "parallelAxis", e; })(ve);
function Oc(r, e, t) { return t && t.type === "axisAreaSelect" && e.findComponents({ mainType: "parallelAxis", query: t })[0] === r; }
function Pc(r) { var e = r.axis; return B(r.activeIntervals, function (t) { return { brushType: "lineX", panelId: "pl", range: [e.dataToCoord(t[0], !0), e.dataToCoord(t[1], !0)] }; }); }
function Dc(r, e) { return e.getComponent("parallel", r.get("parallelIndex")); }
var hu = Rc;
var Nc = { type: "axisAreaSelect", event: "axisAreaSelected" };
function du(r) { r.registerAction(Nc, function (e, t) { t.eachComponent({ mainType: "parallelAxis", query: e }, function (i) { i.axis.model.setActiveIntervals(e.intervals); }); }), r.registerAction("parallelAxisExpand", function (e, t) { t.eachComponent({ mainType: "parallel", query: e }, function (i) { i.setAxisExpand(e); }); }); }
var kc = { type: "value", areaSelectStyle: { width: 20, borderWidth: 1, borderColor: "rgba(160,197,232)", color: "rgba(160,197,232)", opacity: .3 }, realtime: !0, z: 10 };
function kx(r) { r.registerComponentView(Fl), r.registerComponentModel(Yl), r.registerCoordinateSystem("parallel", Xl), r.registerPreprocessor(ja), r.registerComponentModel(Qa), r.registerComponentView(hu), Rt(r, "parallel", Qa, kc), du(r); }
var Ic = typeof Float32Array !== Zi ? Float32Array : void 0, gu = typeof Float64Array !== Zi ? Float64Array : void 0;
function Ux(r) { return Pi({ ctor: Ic }, r).arr; }
function Pi(r, e) { var t = r.arr, i = r.ctor; if (e > Hi && (e = Hi), !t || r.typed && t.length < e) {
    var a = void 0;
    if (i)
        try {
            a = new i(e), r.typed = !0, t && a.set(t);
        }
        catch { }
    if (!a && (a = [], r.typed = !1, t))
        for (var o = 0, n = t.length; o < n; o++)
            a[o] = t[o];
    r.arr = a;
} return r; }
function yu() { Yn("liPosMinGap", zc); }
function zc(r, e, t) { var i = N(), a = t.serUids, o = t.liPosMinGap, n, s = e.axis, l = s.scale, f = l.needTransform(), u = l.getFilter ? l.getFilter() : null, p = dn(u); function c(S) { Fn(r, e.sers, function (_) { var E = _.getRawData(), b = E.getDimensionIndex(E.mapDimension(s.dim)); b >= 0 && S(b, _, E.getStore()); }); } var v = 0; if (c(function (S, _, E) { i.set(_.uid, 1), (!a || !a.hasKey(_.uid)) && (n = !0), v += E.count(); }), (!a || a.keys().length !== i.keys().length) && (n = !0), !n && o != null) {
    e.liPosMinGap = o;
    return;
} Pi(st, v); var m = 0; c(function (S, _, E) { for (var b = 0, C = E.count(); b < C; ++b) {
    var O = E.get(S, b);
    isFinite(O) && (!u || gn(p, O)) && (f && (O = l.transformIn(O, null)), st.arr[m++] = O);
} }); var h = st.typed ? st.arr.subarray(0, m) : (st.arr.length = m, st.arr); st.typed ? h.sort() : Ir(h); for (var d = 1 / 0, y = 1; y < m; ++y) {
    var x = h[y] - h[y - 1];
    x > 0 && x < d && (d = x);
} t.liPosMinGap = e.liPosMinGap = St(d) ? d : m > 0 ? Vn : Gn, t.serUids = i; }
var st = Pi({ ctor: gu }, 50);
function Qx(r) { return function (e, t) { var i = qn(e, { fromStat: { key: r } }); if (St(i.w2))
    return [-i.w2 / 2, i.w2 / 2]; }; }
function $x(r) { return r + la; }
function eS(r, e) { return r + la + e; }
function xu(r) { return yu(), { liPosMinGap: !Ct(r.scale) }; }
var aS = "bar", oS = "pictorialBar";
function nS(r, e, t, i) { Hn(r, { key: e, seriesType: t, coordSysType: i, getMetrics: xu }); }
function sS(r) { var e = r.scale.rawExtentInfo.makeRenderInfo().startValue; return e; }
function Su(r, e) { var t = r.mapDimensionsAll("defaultedLabel"), i = t.length; if (i === 1) {
    var a = ra(r, e, t[0]);
    return a != null ? a + "" : null;
}
else if (i) {
    for (var o = [], n = 0; n < t.length; n++)
        o.push(ra(r, e, t[n]));
    return o.join(" ");
} }
function pS(r, e) { var t = r.mapDimensionsAll("defaultedLabel"); if (!Y(e))
    return e + ""; for (var i = [], a = 0; a < t.length; a++) {
    var o = r.getDimensionIndex(t[a]);
    o >= 0 && i.push(e[o]);
} return i.join(" "); }
import { __extends as Bc } from "tslib";
var Uc = (function (r) { Bc(e, r); function e(t, i, a, o) { var n = r.call(this) || this; return n.updateData(t, i, a, o), n; } return e.prototype._createSymbol = function (t, i, a, o, n, s) { this.removeAll(); var l = Ie(t, -1, -1, 2, 2, null, s); l.attr({ z2: z(n, 100), culling: !0, scaleX: o[0] / 2, scaleY: o[1] / 2 }), l.drift = Vc, this._symbolType = t, this.add(l); }, e.prototype.stopSymbolAnimation = function (t) { this.childAt(0).stopAnimation(null, t); }, e.prototype.getSymbolType = function () { return this._symbolType; }, e.prototype.getSymbolPath = function () { return this.childAt(0); }, e.prototype.highlight = function () { Vr(this.childAt(0)); }, e.prototype.downplay = function () { Gr(this.childAt(0)); }, e.prototype.setZ = function (t, i) { var a = this.childAt(0); a.zlevel = t, a.z = i; }, e.prototype.setDraggable = function (t, i) { var a = this.childAt(0); a.draggable = t, a.cursor = !i && t ? "move" : a.cursor; }, e.prototype.updateData = function (t, i, a, o) { this.silent = !1; var n = t.getItemVisual(i, "symbol") || "circle", s = t.hostModel, l = e.getSymbolSize(t, i), f = e.getSymbolZ2(t, i), u = n !== this._symbolType, p = o && o.disableAnimation; if (u) {
    var c = t.getItemVisual(i, "symbolKeepAspect");
    this._createSymbol(n, t, i, l, f, c);
}
else {
    var v = this.childAt(0);
    v.silent = !1;
    var m = { scaleX: l[0] / 2, scaleY: l[1] / 2 };
    p ? v.attr(m) : Ne(v, m, s, i), on(v);
} if (this._updateCommon(t, i, l, a, o), u) {
    var v = this.childAt(0);
    if (!p) {
        var m = { scaleX: this._sizeX, scaleY: this._sizeY, style: { opacity: v.style.opacity } };
        v.scaleX = v.scaleY = 0, v.style.opacity = 0, Hr(v, m, s, i);
    }
} p && this.childAt(0).stopAnimation("leave"); }, e.prototype._updateCommon = function (t, i, a, o, n) { var s = this.childAt(0), l = t.hostModel, f, u, p, c, v, m, h, d, y; if (o && (f = o.emphasisItemStyle, u = o.blurItemStyle, p = o.selectItemStyle, c = o.focus, v = o.blurScope, h = o.labelStatesModels, d = o.hoverScale, y = o.cursorStyle, m = o.emphasisDisabled), !o || t.hasItemOption) {
    var x = o && o.itemModel ? o.itemModel : t.getItemModel(i), S = x.getModel("emphasis");
    f = S.getModel("itemStyle").getItemStyle(), p = x.getModel(["select", "itemStyle"]).getItemStyle(), u = x.getModel(["blur", "itemStyle"]).getItemStyle(), c = S.get("focus"), v = S.get("blurScope"), m = S.get("disabled"), h = be(x), d = S.getShallow("scale"), y = x.getShallow("cursor");
} var _ = t.getItemVisual(i, "symbolRotate"); s.attr("rotation", (_ || 0) * Math.PI / 180 || 0); var E = Ke(t.getItemVisual(i, "symbolOffset"), a); E && (s.x = E[0], s.y = E[1]), y && s.attr("cursor", y); var b = t.getItemVisual(i, "style"), C = b.fill; if (s instanceof Ur) {
    var O = s.style;
    s.useStyle(V({ image: O.image, x: O.x, y: O.y, width: O.width, height: O.height }, b));
}
else
    s.__isEmptyBrush ? s.useStyle(V({}, b)) : s.useStyle(b), s.style.decal = null, s.setColor(C, n && n.symbolInnerColor), s.style.strokeNoScale = !0; var L = t.getItemVisual(i, "liftZ"), A = this._z2; L != null ? A == null && (this._z2 = s.z2, s.z2 += L) : A != null && (s.z2 = A, this._z2 = null); var w = n && n.useNameLabel; At(s, h, { labelFetcher: l, labelDataIndex: i, defaultText: M, inheritColor: C, defaultOpacity: b.opacity }); function M(F) { return w ? t.getName(F) : Su(t, F); } this._sizeX = a[0] / 2, this._sizeY = a[1] / 2; var R = s.ensureState("emphasis"); R.style = f, s.ensureState("select").style = p, s.ensureState("blur").style = u; var I = d == null || d === !0 ? Math.max(1.1, 3 / this._sizeY) : isFinite(d) && d > 0 ? +d : 1; R.scaleX = this._sizeX * I, R.scaleY = this._sizeY * I, this.setSymbolScale(1), _t(this, c, v, m); }, e.prototype.setSymbolScale = function (t) { this.scaleX = this.scaleY = t; }, e.prototype.fadeOut = function (t, i, a) { var o = this.childAt(0), n = xe(this).dataIndex, s = a && a.animation; if (this.silent = o.silent = !0, a && a.fadeLabel) {
    var l = o.getTextContent();
    l && qi(l, { style: { opacity: 0 } }, i, { dataIndex: n, removeOpt: s, cb: function () { o.removeTextContent(); } });
}
else
    o.removeTextContent(); qi(o, { style: { opacity: 0 }, scaleX: 0, scaleY: 0 }, i, { dataIndex: n, cb: t, removeOpt: s }); }, e.getSymbolSize = function (t, i) { return tr(t.getItemVisual(i, "symbolSize")); }, e.getSymbolZ2 = function (t, i) { return t.getItemVisual(i, "z2"); }, e; })(D);
function Vc(r, e) { this.parent.drift(r, e); }
var _u = Uc;
function Di(r, e, t, i) { return e && !isNaN(e[0]) && !isNaN(e[1]) && !(i && i.isIgnore && i.isIgnore(t)) && !(i && i.clipShape && !i.clipShape.contain(e[0], e[1])) && r.getItemVisual(t, "symbol") !== "none"; }
function bu(r) { return r != null && !ie(r) && (r = { isIgnore: r }), r || {}; }
function Au(r) { var e = r.hostModel, t = e.getModel("emphasis"); return { emphasisItemStyle: t.getModel("itemStyle").getItemStyle(), blurItemStyle: e.getModel(["blur", "itemStyle"]).getItemStyle(), selectItemStyle: e.getModel(["select", "itemStyle"]).getItemStyle(), focus: t.get("focus"), blurScope: t.get("blurScope"), emphasisDisabled: t.get("disabled"), hoverScale: t.get("scale"), labelStatesModels: be(e), cursorStyle: e.get("cursor") }; }
function Cu(r, e, t, i, a, o, n) { var s = new r(e, t, i, a); return s.setPosition(o), e.setItemGraphicEl(t, s), n.add(s), s; }
var Gc = (function () { function r(e) { this.group = new D, this._SymbolCtor = e || _u; } return r.prototype.updateData = function (e, t) { this._progressiveEls = null, t = bu(t); var i = this.group, a = e.hostModel, o = this._data, n = this._SymbolCtor, s = t.disableAnimation, l = this._seriesScope = Au(e), f = { disableAnimation: s }, u = t.getSymbolPoint || function (p) { return e.getItemLayout(p); }; o || i.removeAll(), e.diff(o).add(function (p) { var c = u(p); Di(e, c, p, t) && Cu(n, e, p, l, f, c, i); }).update(function (p, c) { var v = o.getItemGraphicEl(c), m = u(p); if (!Di(e, m, p, t)) {
    i.remove(v);
    return;
} var h = e.getItemVisual(p, "symbol") || "circle", d = v && v.getSymbolType && v.getSymbolType(); if (!v || d && d !== h)
    i.remove(v), v = new n(e, p, l, f), v.setPosition(m);
else {
    v.updateData(e, p, l, f);
    var y = { x: m[0], y: m[1] };
    s ? v.attr(y) : Ne(v, y, a);
} i.add(v), e.setItemGraphicEl(p, v); }).remove(function (p) { var c = o.getItemGraphicEl(p); c && c.fadeOut(function () { i.remove(c); }, a); }).execute(), this._getSymbolPoint = u, this._data = e; }, r.prototype.updateLayout = function (e) { var t = this._data; if (t)
    for (var i = this, a = t.getStore(), o = 0, n = a.count(); o < n; o++) {
        var s = t.getItemGraphicEl(o), l = i._getSymbolPoint(o);
        Di(t, l, o, e) ? (s = s || Cu(i._SymbolCtor, t, o, i._seriesScope, { disableAnimation: !0 }, l, i.group), s.stopAnimation(), s.setPosition(l), s.markRedraw()) : s && (i.group.remove(s), t.setItemGraphicEl(o, null));
    } }, r.prototype.incrementalPrepareUpdate = function (e) { this._seriesScope = Au(e), this._data = null, this.group.removeAll(); }, r.prototype.incrementalUpdate = function (e, t, i, a) { this._progressiveEls = [], a = bu(a); function o(f) { f.isGroup || (f.incremental = i, f.ensureState("emphasis").hoverLayer = Wr); } for (var n = e.start; n < e.end; n++) {
    var s = t.getItemLayout(n);
    if (Di(t, s, n, a)) {
        var l = new this._SymbolCtor(t, n, this._seriesScope);
        l.traverse(o), l.setPosition(s), this.group.add(l), t.setItemGraphicEl(n, l), this._progressiveEls.push(l);
    }
} }, r.prototype.eachRendered = function (e) { Zr(this._progressiveEls || this.group, e); }, r.prototype.remove = function (e) { var t = this.group, i = this._data; i && e ? i.eachItemGraphicEl(function (a) { a.fadeOut(function () { t.remove(a); }, i.hostModel); }) : t.removeAll(); }, r; })(), TS = Gc;
function LS(r, e) { return r.type === e; }
function MS(r) { var e = r.dimensions; return e[0] === "lng" && e[1] === "lat" && !!r.getViewRect; }
function DS(r, e, t, i) { return r && (r.legacy || r.legacy !== !1 && !t && !i && e !== "tspan" && (e === "text" || T(r, "text"))); }
function NS(r, e, t) { var i = r, a, o, n; if (e === "text")
    n = i;
else {
    n = {}, T(i, "text") && (n.text = i.text), T(i, "rich") && (n.rich = i.rich), T(i, "textFill") && (n.fill = i.textFill), T(i, "textStroke") && (n.stroke = i.textStroke), T(i, "fontFamily") && (n.fontFamily = i.fontFamily), T(i, "fontSize") && (n.fontSize = i.fontSize), T(i, "fontStyle") && (n.fontStyle = i.fontStyle), T(i, "fontWeight") && (n.fontWeight = i.fontWeight), o = { type: "text", style: n, silent: !0 }, a = {};
    var s = T(i, "textPosition");
    t ? a.position = s ? i.textPosition : "inside" : s && (a.position = i.textPosition), T(i, "textPosition") && (a.position = i.textPosition), T(i, "textOffset") && (a.offset = i.textOffset), T(i, "textRotation") && (a.rotation = i.textRotation), T(i, "textDistance") && (a.distance = i.textDistance);
} return wu(n, r), g(n.rich, function (l) { wu(l, l); }), { textConfig: a, textContent: o }; }
function wu(r, e) { e && (e.font = e.textFont || e.font, T(e, "textStrokeWidth") && (r.lineWidth = e.textStrokeWidth), T(e, "textAlign") && (r.align = e.textAlign), T(e, "textVerticalAlign") && (r.verticalAlign = e.textVerticalAlign), T(e, "textLineHeight") && (r.lineHeight = e.textLineHeight), T(e, "textWidth") && (r.width = e.textWidth), T(e, "textHeight") && (r.height = e.textHeight), T(e, "textBackgroundColor") && (r.backgroundColor = e.textBackgroundColor), T(e, "textPadding") && (r.padding = e.textPadding), T(e, "textBorderColor") && (r.borderColor = e.textBorderColor), T(e, "textBorderWidth") && (r.borderWidth = e.textBorderWidth), T(e, "textBorderRadius") && (r.borderRadius = e.textBorderRadius), T(e, "textBoxShadowColor") && (r.shadowColor = e.textBoxShadowColor), T(e, "textBoxShadowBlur") && (r.shadowBlur = e.textBoxShadowBlur), T(e, "textBoxShadowOffsetX") && (r.shadowOffsetX = e.textBoxShadowOffsetX), T(e, "textBoxShadowOffsetY") && (r.shadowOffsetY = e.textBoxShadowOffsetY)); }
function kS(r, e, t) { var i = r; i.textPosition = i.textPosition || t.position || "inside", t.offset != null && (i.textOffset = t.offset), t.rotation != null && (i.textRotation = t.rotation), t.distance != null && (i.textDistance = t.distance); var a = i.textPosition.indexOf("inside") >= 0, o = r.fill || P.color.neutral99; Tu(i, e); var n = i.textFill == null; return a ? n && (i.textFill = t.insideFill || P.color.neutral00, !i.textStroke && t.insideStroke && (i.textStroke = t.insideStroke), !i.textStroke && (i.textStroke = o), i.textStrokeWidth == null && (i.textStrokeWidth = 2)) : (n && (i.textFill = r.fill || t.outsideFill || P.color.neutral00), !i.textStroke && t.outsideStroke && (i.textStroke = t.outsideStroke)), i.text = e.text, i.rich = e.rich, g(e.rich, function (s) { Tu(s, s); }), i; }
function Tu(r, e) { e && (T(e, "fill") && (r.textFill = e.fill), T(e, "stroke") && (r.textStroke = e.fill), T(e, "lineWidth") && (r.textStrokeWidth = e.lineWidth), T(e, "font") && (r.font = e.font), T(e, "fontStyle") && (r.fontStyle = e.fontStyle), T(e, "fontWeight") && (r.fontWeight = e.fontWeight), T(e, "fontSize") && (r.fontSize = e.fontSize), T(e, "fontFamily") && (r.fontFamily = e.fontFamily), T(e, "align") && (r.textAlign = e.align), T(e, "verticalAlign") && (r.textVerticalAlign = e.verticalAlign), T(e, "lineHeight") && (r.textLineHeight = e.lineHeight), T(e, "width") && (r.textWidth = e.width), T(e, "height") && (r.textHeight = e.height), T(e, "backgroundColor") && (r.textBackgroundColor = e.backgroundColor), T(e, "padding") && (r.textPadding = e.padding), T(e, "borderColor") && (r.textBorderColor = e.borderColor), T(e, "borderWidth") && (r.textBorderWidth = e.borderWidth), T(e, "borderRadius") && (r.textBorderRadius = e.borderRadius), T(e, "shadowColor") && (r.textBoxShadowColor = e.shadowColor), T(e, "shadowBlur") && (r.textBoxShadowBlur = e.shadowBlur), T(e, "shadowOffsetX") && (r.textBoxShadowOffsetX = e.shadowOffsetX), T(e, "shadowOffsetY") && (r.textBoxShadowOffsetY = e.shadowOffsetY), T(e, "textShadowColor") && (r.textShadowColor = e.textShadowColor), T(e, "textShadowBlur") && (r.textShadowBlur = e.textShadowBlur), T(e, "textShadowOffsetX") && (r.textShadowOffsetX = e.textShadowOffsetX), T(e, "textShadowOffsetY") && (r.textShadowOffsetY = e.textShadowOffsetY)); }
var _r = g, Fc = ie, Ii = -1, vo = (function () { function r(e) { var t = e.mappingMethod, i = e.type, a = this.option = Z(e); this.type = i, this.mappingMethod = t, this._normalizeData = Wc[t]; var o = r.visualHandlers[i]; this.applyVisual = o.applyVisual, this.getColorMapper = o.getColorMapper, this._normalizedToVisual = o._normalizedToVisual[t], t === "piecewise" ? (fo(a), Yc(a)) : t === "category" ? a.categories ? Hc(a) : fo(a, !0) : (Yt(t !== "linear" || a.dataExtent), fo(a)); } return r.prototype.mapValueToVisual = function (e) { var t = this._normalizeData(e); return this._normalizedToVisual(t, e); }, r.prototype.getNormalizer = function () { return W(this._normalizeData, this); }, r.listVisualTypes = function () { return Q(r.visualHandlers); }, r.isValidType = function (e) { return r.visualHandlers.hasOwnProperty(e); }, r.eachVisual = function (e, t, i) { ie(e) ? g(e, t, i) : t.call(i, e); }, r.mapVisual = function (e, t, i) { var a, o = Y(e) ? [] : ie(e) ? {} : (a = !0, null); return r.eachVisual(e, function (n, s) { var l = t.call(i, n, s); a ? o = l : o[s] = l; }), o; }, r.retrieveVisuals = function (e) { var t = {}, i; return e && _r(r.visualHandlers, function (a, o) { e.hasOwnProperty(o) && (t[o] = e[o], i = !0); }), i ? t : null; }, r.prepareVisualTypes = function (e) { if (Y(e))
    e = e.slice();
else if (Fc(e)) {
    var t = [];
    _r(e, function (i, a) { t.push(a); }), e = t;
}
else
    return []; return e.sort(function (i, a) { return a === "color" && i !== "color" && i.indexOf("color") === 0 ? 1 : -1; }), e; }, r.dependsOn = function (e, t) { return t === "color" ? !!(e && e.indexOf(t) === 0) : e === t; }, r.findPieceIndex = function (e, t, i) { for (var a, o = 1 / 0, n = 0, s = t.length; n < s; n++) {
    var l = t[n].value;
    if (l != null) {
        if (l === e || H(l) && l === e + "")
            return n;
        i && c(l, n);
    }
} for (var n = 0, s = t.length; n < s; n++) {
    var f = t[n], u = f.interval, p = f.close;
    if (u) {
        if (u[0] === -1 / 0) {
            if (ki(p[1], e, u[1]))
                return n;
        }
        else if (u[1] === 1 / 0) {
            if (ki(p[0], u[0], e))
                return n;
        }
        else if (ki(p[0], u[0], e) && ki(p[1], e, u[1]))
            return n;
        i && c(u[0], n), i && c(u[1], n);
    }
} if (i)
    return e === 1 / 0 ? t.length - 1 : e === -1 / 0 ? 0 : a; function c(v, m) { var h = Math.abs(v - e); h < o && (o = h, a = m); } }, r.visualHandlers = { color: { applyVisual: xr("color"), getColorMapper: function () { var e = this.option; return W(e.mappingMethod === "category" ? function (t, i) { return !i && (t = this._normalizeData(t)), Sr.call(this, t); } : function (t, i, a) { var o = !!a; return !i && (t = this._normalizeData(t)), a = Pr(t, e.parsedVisual, a), o ? a : ht(a, "rgba"); }, this); }, _normalizedToVisual: { linear: function (e) { return ht(Pr(e, this.option.parsedVisual), "rgba"); }, category: Sr, piecewise: function (e, t) { var i = co.call(this, t); return i == null && (i = ht(Pr(e, this.option.parsedVisual), "rgba")), i; }, fixed: lt } }, colorHue: Ni(function (e, t) { return Dr(e, t); }), colorSaturation: Ni(function (e, t) { return Dr(e, null, t); }), colorLightness: Ni(function (e, t) { return Dr(e, null, null, t); }), colorAlpha: Ni(function (e, t) { return Io(e, t); }), decal: { applyVisual: xr("decal"), _normalizedToVisual: { linear: null, category: Sr, piecewise: null, fixed: null } }, opacity: { applyVisual: xr("opacity"), _normalizedToVisual: po([0, 1]) }, liftZ: { applyVisual: xr("liftZ"), _normalizedToVisual: { linear: lt, category: lt, piecewise: lt, fixed: lt } }, symbol: { applyVisual: function (e, t, i) { var a = this.mapValueToVisual(e); i("symbol", a); }, _normalizedToVisual: { linear: Eu, category: Sr, piecewise: function (e, t) { var i = co.call(this, t); return i == null && (i = Eu.call(this, e)), i; }, fixed: lt } }, symbolSize: { applyVisual: xr("symbolSize"), _normalizedToVisual: po([0, 1]) } }, r; })();
function Yc(r) { var e = r.pieceList; r.hasSpecialVisual = !1, g(e, function (t, i) { t.originIndex = i, t.visual != null && (r.hasSpecialVisual = !0); }); }
function Hc(r) { var e = r.categories, t = r.categoryMap = {}, i = r.visual; if (_r(e, function (n, s) { t[n] = s; }), !Y(i)) {
    var a = [];
    ie(i) ? _r(i, function (n, s) { var l = t[s]; a[l ?? Ii] = n; }) : a[Ii] = i, i = Lu(r, a);
} for (var o = e.length - 1; o >= 0; o--)
    i[o] == null && (delete t[e[o]], e.pop()); }
function fo(r, e) { var t = r.visual, i = []; ie(t) ? _r(t, function (o) { i.push(o); }) : t != null && i.push(t); var a = { color: 1, symbol: 1 }; !e && i.length === 1 && !a.hasOwnProperty(r.type) && (i[1] = i[0]), Lu(r, i); }
function Ni(r) { return { applyVisual: function (e, t, i) { var a = this.mapValueToVisual(e); i("color", r(t("color"), a)); }, _normalizedToVisual: po([0, 1]) }; }
function Eu(r) { var e = this.option.visual; return e[Math.round(xt(r, [0, 1], [0, e.length - 1], !0))] || {}; }
function xr(r) { return function (e, t, i) { i(r, this.mapValueToVisual(e)); }; }
function Sr(r) { var e = this.option.visual; return e[this.option.loop && r !== Ii ? r % e.length : r]; }
function lt() { return this.option.visual[0]; }
function po(r) { return { linear: function (e) { return xt(e, r, this.option.visual, !0); }, category: Sr, piecewise: function (e, t) { var i = co.call(this, t); return i == null && (i = xt(e, r, this.option.visual, !0)), i; }, fixed: lt }; }
function co(r) { var e = this.option, t = e.pieceList; if (e.hasSpecialVisual) {
    var i = vo.findPieceIndex(r, t), a = t[i];
    if (a && a.visual)
        return a.visual[this.type];
} }
function Lu(r, e) { return r.visual = e, r.type === "color" && (r.parsedVisual = B(e, function (t) { var i = Or(t); return i || [0, 0, 0, 1]; })), e; }
var Wc = { linear: function (r) { return xt(r, this.option.dataExtent, [0, 1], !0); }, piecewise: function (r) { var e = this.option.pieceList, t = vo.findPieceIndex(r, e, !0); if (t != null)
        return xt(t, [0, e.length - 1], [0, 1], !0); }, category: function (r) { var e = this.option.categories ? this.option.categoryMap[r] : r; return e ?? Ii; }, fixed: Tr };
function ki(r, e, t) { return r ? e <= t : e < t; }
var BS = vo;
import { __extends as Ru } from "tslib";
var Mu = Se.prototype, mo = $o.prototype, Ou = (function () { function r() { this.x1 = 0, this.y1 = 0, this.x2 = 0, this.y2 = 0, this.percent = 1; } return r; })(), FS = (function (r) { Ru(e, r); function e() { return r !== null && r.apply(this, arguments) || this; } return e; })(Ou);
function ho(r) { return isNaN(+r.cpx1) || isNaN(+r.cpy1); }
var Xc = (function (r) { Ru(e, r); function e(t) { var i = r.call(this, t) || this; return i.type = "ec-line", i; } return e.prototype.getDefaultStyle = function () { return { stroke: P.color.neutral99, fill: null }; }, e.prototype.getDefaultShape = function () { return new Ou; }, e.prototype.buildPath = function (t, i) { ho(i) ? Mu.buildPath.call(this, t, i) : mo.buildPath.call(this, t, i); }, e.prototype.pointAt = function (t) { return ho(this.shape) ? Mu.pointAt.call(this, t) : mo.pointAt.call(this, t); }, e.prototype.tangentAt = function (t) { var i = this.shape, a = ho(i) ? [i.x2 - i.x1, i.y2 - i.y1] : mo.tangentAt.call(this, t); return Er(a, a); }, e; })(Br), Pu = Xc;
import { __extends as Zc } from "tslib";
var go = ["fromSymbol", "toSymbol"];
function Du(r) { return "_" + r + "Type"; }
function Nu(r, e, t) { var i = e.getItemVisual(t, r); if (!i || i === "none")
    return i; var a = e.getItemVisual(t, r + "Size"), o = e.getItemVisual(t, r + "Rotate"), n = e.getItemVisual(t, r + "Offset"), s = e.getItemVisual(t, r + "KeepAspect"), l = tr(a), f = Ke(n || 0, l); return i + l + f + (o || "") + (s || ""); }
function ku(r, e, t) { var i = e.getItemVisual(t, r); if (!(!i || i === "none")) {
    var a = e.getItemVisual(t, r + "Size"), o = e.getItemVisual(t, r + "Rotate"), n = e.getItemVisual(t, r + "Offset"), s = e.getItemVisual(t, r + "KeepAspect"), l = tr(a), f = Ke(n || 0, l), u = Ie(i, -l[0] / 2 + f[0], -l[1] / 2 + f[1], l[0], l[1], null, s);
    return u.__specifiedRotation = o == null || isNaN(o) ? void 0 : +o * Math.PI / 180 || 0, u.name = r, u;
} }
function jc(r) { var e = new Pu({ name: "line", subPixelOptimize: !0 }); return yo(e.shape, r), e; }
function yo(r, e) { r.x1 = e[0][0], r.y1 = e[0][1], r.x2 = e[1][0], r.y2 = e[1][1], r.percent = 1; var t = e[2]; t ? (r.cpx1 = t[0], r.cpy1 = t[1]) : (r.cpx1 = NaN, r.cpy1 = NaN); }
var Jc = (function (r) { Zc(e, r); function e(t, i, a) { var o = r.call(this) || this; return o._createLine(t, i, a), o; } return e.prototype._createLine = function (t, i, a) { var o = t.hostModel, n = t.getItemLayout(i), s = t.getItemVisual(i, "z2"), l = jc(n); l.shape.percent = 0, Hr(l, { z2: z(s, 0), shape: { percent: 1 } }, o, i), this.add(l), g(go, function (f) { var u = ku(f, t, i); this.add(u), this[Du(f)] = Nu(f, t, i); }, this), this._updateCommonStl(t, i, a); }, e.prototype.updateData = function (t, i, a) { var o = t.hostModel, n = this.childOfName("line"), s = t.getItemLayout(i), l = { shape: {} }; yo(l.shape, s), Ne(n, l, o, i), g(go, function (f) { var u = Nu(f, t, i), p = Du(f); if (this[p] !== u) {
    this.remove(this.childOfName(f));
    var c = ku(f, t, i);
    this.add(c);
} this[p] = u; }, this), this._updateCommonStl(t, i, a); }, e.prototype.getLinePath = function () { return this.childAt(0); }, e.prototype._updateCommonStl = function (t, i, a) { var o = t.hostModel, n = this.childOfName("line"), s = a && a.emphasisLineStyle, l = a && a.blurLineStyle, f = a && a.selectLineStyle, u = a && a.labelStatesModels, p = a && a.emphasisDisabled, c = a && a.focus, v = a && a.blurScope; if (!a || t.hasItemOption) {
    var m = t.getItemModel(i), h = m.getModel("emphasis");
    s = h.getModel("lineStyle").getLineStyle(), l = m.getModel(["blur", "lineStyle"]).getLineStyle(), f = m.getModel(["select", "lineStyle"]).getLineStyle(), p = h.get("disabled"), c = h.get("focus"), v = h.get("blurScope"), u = be(m);
} var d = t.getItemVisual(i, "style"), y = d.stroke; n.useStyle(d), n.style.fill = null, n.style.strokeNoScale = !0, n.ensureState("emphasis").style = s, n.ensureState("blur").style = l, n.ensureState("select").style = f, g(go, function (b) { var C = this.childOfName(b); if (C) {
    C.setColor(y), C.style.opacity = d.opacity;
    for (var O = 0; O < Ji.length; O++) {
        var L = Ji[O], A = n.getState(L);
        if (A) {
            var w = A.style || {}, M = C.ensureState(L), R = M.style || (M.style = {});
            w.stroke != null && (R[C.__isEmptyBrush ? "stroke" : "fill"] = w.stroke), w.opacity != null && (R.opacity = w.opacity);
        }
    }
    C.markRedraw();
} }, this); var x = o.getRawValue(i); At(this, u, { labelDataIndex: i, labelFetcher: { getFormattedLabel: function (b, C) { return o.getFormattedLabel(b, C, t.dataType); } }, inheritColor: y || P.color.neutral99, defaultOpacity: d.opacity, defaultText: (x == null ? t.getName(i) : isFinite(x) ? j(x, 10) : x) + "" }); var S = this.getTextContent(); if (S) {
    var _ = u.normal;
    S.__align = S.style.align, S.__verticalAlign = S.style.verticalAlign, S.__position = _.get("position") || "middle";
    var E = _.get("distance");
    Y(E) || (E = [E, E]), S.__labelDistance = E;
} this.setTextConfig({ position: null, local: !0, inside: !1 }), _t(this, c, v, p); }, e.prototype.highlight = function () { Vr(this); }, e.prototype.downplay = function () { Gr(this); }, e.prototype.updateLayout = function (t, i) { this.childOfName("line").stopAnimation(), this.setLinePoints(t.getItemLayout(i)); }, e.prototype.setLinePoints = function (t) { var i = this.childOfName("line"); yo(i.shape, t), i.dirty(); }, e.prototype.beforeUpdate = function () { var t = this, i = t.childOfName("fromSymbol"), a = t.childOfName("toSymbol"), o = t.getTextContent(); if (!i && !a && (!o || o.ignore))
    return; for (var n = 1, s = this.parent; s;)
    s.scaleX && (n /= s.scaleX), s = s.parent; var l = t.childOfName("line"); if (!this.__dirty && !l.__dirty)
    return; var f = l.shape.percent, u = l.pointAt(0), p = l.pointAt(f), c = Eo([], p, u); Er(c, c); function v(A, w) { var M = A.__specifiedRotation; if (M == null) {
    var R = l.tangentAt(w);
    A.attr("rotation", (w === 1 ? -1 : 1) * Math.PI / 2 - Math.atan2(R[1], R[0]));
}
else
    A.attr("rotation", M); } if (i && (i.setPosition(u), v(i, 0), i.scaleX = i.scaleY = n * f, i.markRedraw()), a && (a.setPosition(p), v(a, 1), a.scaleX = a.scaleY = n * f, a.markRedraw()), o && !o.ignore) {
    o.x = o.y = 0, o.originX = o.originY = 0;
    var m = void 0, h = void 0, d = o.__labelDistance, y = d[0] * n, x = d[1] * n, S = f / 2, _ = l.tangentAt(S), E = [_[1], -_[0]], b = l.pointAt(S);
    E[1] > 0 && (E[0] = -E[0], E[1] = -E[1]);
    var C = _[0] < 0 ? -1 : 1;
    if (o.__position !== "start" && o.__position !== "end") {
        var O = -Math.atan2(_[1], _[0]);
        p[0] < u[0] && (O = Math.PI + O), o.rotation = O;
    }
    var L = void 0;
    switch (o.__position) {
        case "insideStartTop":
        case "insideMiddleTop":
        case "insideEndTop":
        case "middle":
            L = -x, h = "bottom";
            break;
        case "insideStartBottom":
        case "insideMiddleBottom":
        case "insideEndBottom":
            L = x, h = "top";
            break;
        default: L = 0, h = "middle";
    }
    switch (o.__position) {
        case "end":
            o.x = c[0] * y + p[0], o.y = c[1] * x + p[1], m = c[0] > .8 ? "left" : c[0] < -.8 ? "right" : "center", h = c[1] > .8 ? "top" : c[1] < -.8 ? "bottom" : "middle";
            break;
        case "start":
            o.x = -c[0] * y + u[0], o.y = -c[1] * x + u[1], m = c[0] > .8 ? "right" : c[0] < -.8 ? "left" : "center", h = c[1] > .8 ? "bottom" : c[1] < -.8 ? "top" : "middle";
            break;
        case "insideStartTop":
        case "insideStart":
        case "insideStartBottom":
            o.x = y * C + u[0], o.y = u[1] + L, m = _[0] < 0 ? "right" : "left", o.originX = -y * C, o.originY = -L;
            break;
        case "insideMiddleTop":
        case "insideMiddle":
        case "insideMiddleBottom":
        case "middle":
            o.x = b[0], o.y = b[1] + L, m = "center", o.originY = -L;
            break;
        case "insideEndTop":
        case "insideEnd":
        case "insideEndBottom":
            o.x = -y * C + p[0], o.y = p[1] + L, m = _[0] >= 0 ? "right" : "left", o.originX = y * C, o.originY = -L;
            break;
    }
    o.scaleX = o.scaleY = n, o.setStyle({ verticalAlign: o.__verticalAlign || h, align: o.__align || m });
} }, e; })(D), Iu = Jc;
var Kc = (function () { function r(e) { this.group = new D, this._LineCtor = e || Iu; } return r.prototype.updateData = function (e) { var t = this; this._progressiveEls = null; var i = this, a = i.group, o = i._lineData; i._lineData = e, o || a.removeAll(); var n = zu(e); e.diff(o).add(function (s) { t._doAdd(e, s, n); }).update(function (s, l) { t._doUpdate(o, e, l, s, n); }).remove(function (s) { a.remove(o.getItemGraphicEl(s)); }).execute(); }, r.prototype.updateLayout = function () { var e = this._lineData; e && e.eachItemGraphicEl(function (t, i) { t.updateLayout(e, i); }, this); }, r.prototype.incrementalPrepareUpdate = function (e) { this._seriesScope = zu(e), this._lineData = null, this.group.removeAll(); }, r.prototype.incrementalUpdate = function (e, t, i) { this._progressiveEls = []; function a(l) { !l.isGroup && !qc(l) && (l.incremental = i, l.ensureState("emphasis").hoverLayer = Wr); } for (var o = e.start; o < e.end; o++) {
    var n = t.getItemLayout(o);
    if (xo(n)) {
        var s = new this._LineCtor(t, o, this._seriesScope);
        s.traverse(a), this.group.add(s), t.setItemGraphicEl(o, s), this._progressiveEls.push(s);
    }
} }, r.prototype.remove = function () { this.group.removeAll(); }, r.prototype.eachRendered = function (e) { Zr(this._progressiveEls || this.group, e); }, r.prototype._doAdd = function (e, t, i) { var a = e.getItemLayout(t); if (xo(a)) {
    var o = new this._LineCtor(e, t, i);
    e.setItemGraphicEl(t, o), this.group.add(o);
} }, r.prototype._doUpdate = function (e, t, i, a, o) { var n = e.getItemGraphicEl(i); if (!xo(t.getItemLayout(a))) {
    this.group.remove(n);
    return;
} n ? n.updateData(t, a, o) : n = new this._LineCtor(t, a, o), t.setItemGraphicEl(a, n), this.group.add(n); }, r; })();
function qc(r) { return r.animators && r.animators.length > 0; }
function zu(r) { var e = r.hostModel, t = e.getModel("emphasis"); return { lineStyle: e.getModel("lineStyle").getLineStyle(), emphasisLineStyle: t.getModel(["lineStyle"]).getLineStyle(), blurLineStyle: e.getModel(["blur", "lineStyle"]).getLineStyle(), selectLineStyle: e.getModel(["select", "lineStyle"]).getLineStyle(), emphasisDisabled: t.get("disabled"), blurScope: t.get("blurScope"), focus: t.get("focus"), labelStatesModels: be(e) }; }
function Bu(r) { return isNaN(r[0]) || isNaN(r[1]); }
function xo(r) { return r && !Bu(r[0]) && !Bu(r[1]); }
var t_ = Kc;
var Uu = J();
function a_(r) { if (r)
    return Uu(r).bridge; }
function o_(r, e) { r && (Uu(r).bridge = e); }
var Fu = { position: ["x", "y"], scale: ["scaleX", "scaleY"], origin: ["originX", "originY"] }, Vu = Q(Fu), d_ = Cr(dt, function (r, e) { return r[e] = 1, r; }, {}), g_ = dt.join(", "), br = ["", "style", "shape", "extra"], Vt = J();
function _o(r, e, t, i, a) { var o = r + "Animation", n = Yr(r, i, a) || {}, s = Vt(e).userDuring; return n.duration > 0 && (n.during = s ? W(iv, { el: e, userDuring: s }) : null, n.setToFinal = !0, n.scope = r), V(n, t[o]), n; }
function y_(r, e, t, i) { i = i || {}; var a = i.dataIndex, o = i.isInit, n = i.clearStyle, s = t.isAnimationEnabled(), l = Vt(r), f = e.style; l.userDuring = e.during; var u = {}, p = {}; if (ov(r, e, p), r.type === "compound")
    for (var c = r.shape.paths, v = e.shape.paths, m = 0; m < v.length; m++) {
        var h = v[m];
        So("shape", h, c[m]);
    }
else
    So("shape", e, p), So("extra", e, p); if (!o && s && (av(r, e, u), Gu("shape", r, e, u), Gu("extra", r, e, u), nv(r, e, f, u)), p.style = f, $c(r, p, n), tv(r, e), s)
    if (o) {
        var d = {};
        g(br, function (x) { var S = x ? e[x] : e; S && S.enterFrom && (x && (d[x] = d[x] || {}), V(x ? d[x] : d, S.enterFrom)); });
        var y = _o("enter", r, e, t, a);
        y.duration > 0 && r.animateFrom(d, y);
    }
    else
        ev(r, e, a || 0, t, u); Qc(r, e), f ? r.dirty() : r.markRedraw(); }
function Qc(r, e) { for (var t = Vt(r).leaveToProps, i = 0; i < br.length; i++) {
    var a = br[i], o = a ? e[a] : e;
    o && o.leaveTo && (t || (t = Vt(r).leaveToProps = {}), a && (t[a] = t[a] || {}), V(a ? t[a] : t, o.leaveTo));
} }
function x_(r, e, t, i) { if (r) {
    var a = r.parent, o = Vt(r).leaveToProps;
    if (o) {
        var n = _o("update", r, e, t, 0);
        n.done = function () { a && a.remove(r), i && i(); }, r.animateTo(o, n);
    }
    else
        a && a.remove(r), i && i();
} }
function Ut(r) { return r === "all"; }
function $c(r, e, t) { var i = e.style; if (!r.isGroup && i) {
    if (t) {
        r.useStyle({});
        for (var a = r.animators, o = 0; o < a.length; o++) {
            var n = a[o];
            n.targetName === "style" && n.changeTarget(r.style);
        }
    }
    r.setStyle(i);
} e && (e.style = null, e && r.attr(e), e.style = i); }
function ev(r, e, t, i, a) { if (a) {
    var o = _o("update", r, e, i, t);
    o.duration > 0 && r.animateFrom(a, o);
} }
function tv(r, e) { T(e, "silent") && (r.silent = e.silent), T(e, "ignore") && (r.ignore = e.ignore), r instanceof Zt && T(e, "invisible") && (r.invisible = e.invisible), r instanceof Br && T(e, "autoBatch") && (r.autoBatch = e.autoBatch); }
var Ae = {}, rv = { setTransform: function (r, e) { return Ae.el[r] = e, this; }, getTransform: function (r) { return Ae.el[r]; }, setShape: function (r, e) { var t = Ae.el, i = t.shape || (t.shape = {}); return i[r] = e, t.dirtyShape && t.dirtyShape(), this; }, getShape: function (r) { var e = Ae.el.shape; if (e)
        return e[r]; }, setStyle: function (r, e) { var t = Ae.el, i = t.style; return i && (i[r] = e, t.dirtyStyle && t.dirtyStyle()), this; }, getStyle: function (r) { var e = Ae.el.style; if (e)
        return e[r]; }, setExtra: function (r, e) { var t = Ae.el.extra || (Ae.el.extra = {}); return t[r] = e, this; }, getExtra: function (r) { var e = Ae.el.extra; if (e)
        return e[r]; } };
function iv() { var r = this, e = r.el; if (e) {
    var t = Vt(e).userDuring, i = r.userDuring;
    if (t !== i) {
        r.el = r.userDuring = null;
        return;
    }
    Ae.el = e, i(rv);
} }
function Gu(r, e, t, i) { var a = t[r]; if (a) {
    var o = e[r], n;
    if (o) {
        var s = t.transition, l = a.transition;
        if (l)
            if (!n && (n = i[r] = {}), Ut(l))
                V(n, o);
            else
                for (var f = Ze(l), u = 0; u < f.length; u++) {
                    var p = f[u], c = o[p];
                    n[p] = c;
                }
        else if (Ut(s) || pe(s, r) >= 0) {
            !n && (n = i[r] = {});
            for (var v = Q(o), u = 0; u < v.length; u++) {
                var p = v[u], c = o[p];
                sv(a[p], c) && (n[p] = c);
            }
        }
    }
} }
function So(r, e, t) { var i = e[r]; if (i)
    for (var a = t[r] = {}, o = Q(i), n = 0; n < o.length; n++) {
        var s = o[n];
        a[s] = zo(i[s]);
    } }
function av(r, e, t) { for (var i = e.transition, a = Ut(i) ? dt : Ze(i || []), o = 0; o < a.length; o++) {
    var n = a[o];
    if (!(n === "style" || n === "shape" || n === "extra")) {
        var s = r[n];
        t[n] = s;
    }
} }
function ov(r, e, t) { for (var i = 0; i < Vu.length; i++) {
    var a = Vu[i], o = Fu[a], n = e[a];
    n && (t[o[0]] = n[0], t[o[1]] = n[1]);
} for (var i = 0; i < dt.length; i++) {
    var s = dt[i];
    e[s] != null && (t[s] = e[s]);
} }
function nv(r, e, t, i) { if (t) {
    var a = r.style, o;
    if (a) {
        var n = t.transition, s = e.transition;
        if (n && !Ut(n)) {
            var l = Ze(n);
            !o && (o = i.style = {});
            for (var f = 0; f < l.length; f++) {
                var u = l[f], p = a[u];
                o[u] = p;
            }
        }
        else if (r.getAnimationStyleProps && (Ut(s) || Ut(n) || pe(s, "style") >= 0)) {
            var c = r.getAnimationStyleProps(), v = c ? c.style : null;
            if (v) {
                !o && (o = i.style = {});
                for (var m = Q(t), f = 0; f < m.length; f++) {
                    var u = m[f];
                    if (v[u]) {
                        var p = a[u];
                        o[u] = p;
                    }
                }
            }
        }
    }
} }
function sv(r, e) { return Ao(r) ? r !== e : r != null && isFinite(r); }
var Yu = J(), lv = ["percent", "easing", "shape", "style", "extra"];
function w_(r) { r.stopAnimation("keyframe"), r.attr(Yu(r)); }
function uv(r, e, t) { if (!(!t.isAnimationEnabled() || !e)) {
    if (Y(e)) {
        g(e, function (s) { uv(r, s, t); });
        return;
    }
    var i = e.keyframes, a = e.duration;
    if (t && a == null) {
        var o = Yr("enter", t, 0);
        a = o && o.duration;
    }
    if (!(!i || !a)) {
        var n = Yu(r);
        g(br, function (s) { if (!(s && !r[s])) {
            var l, f = !1;
            i.sort(function (u, p) { return u.percent - p.percent; }), g(i, function (u) { var p = r.animators, c = s ? u[s] : u; if (c) {
                var v = Q(c);
                if (s || (v = Re(v, function (d) { return pe(lv, d) < 0; })), !!v.length) {
                    l || (l = r.animate(s, e.loop, !0), l.scope = "keyframe");
                    for (var m = 0; m < p.length; m++)
                        p[m] !== l && p[m].targetName === l.targetName && p[m].stopTracks(v);
                    s && (n[s] = n[s] || {});
                    var h = s ? n[s] : n;
                    g(v, function (d) { h[d] = ((s ? r[s] : r) || {})[d]; }), l.whenWithKeys(a * u.percent, c, v, u.easing);
                }
            } }), l && l.delay(e.delay || 0).duration(a).start(e.easing);
        } });
    }
} }
export { of as a, Xv as b, Su as c, pS as d, _u as e, TS as f, Ux as g, LS as h, MS as i, DS as j, NS as k, kS as l, et as m, Pt as n, Ss as o, ym as p, xm as q, Qx as r, $x as s, eS as t, xu as u, aS as v, oS as w, nS as x, sS as y, Mt as z, Fa as A, Rt as B, qm as C, Ns as D, ui as E, zs as F, Bs as G, Us as H, yh as I, jh as J, Ml as K, rt as L, mi as M, nd as N, sd as O, Jf as P, fr as Q, Nt as R, vr as S, ld as T, Oa as U, Pa as V, ol as W, ud as X, yi as Y, Rl as Z, Kg as _, qg as $, Qg as aa, $g as ba, Vl as ca, Ai as da, Sl as ea, Ya as fa, Lp as ga, _l as ha, dg as ia, Ry as ja, BS as ka, Pu as la, Iu as ma, t_ as na, a_ as oa, o_ as pa, qa, pu as ra, cu as sa, vu as ta, mu as ua, kx as va, y_ as wa, Qc as xa, x_ as ya, Ut as za, w_ as Aa, uv as Ba };
