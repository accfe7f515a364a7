import { Aa as Ks, B as _r, Ba as Po, C as Ls, D as zs, E as Os, F as kt, G as Ps, H as ks, I as zo, J as Qc, K as mi, L as Rs, N as gi, P as Es, Q as Vs, R as Us, S as Ns, Y as Bs, f as bs, h as xr, j as ws, ja as tf, k as Cs, ka as vt, m as Ts, n as Ht, na as Hs, o as Lo, pa as Oo, q as Ms, qa as Rt, r as As, ra as yi, sa as Gs, t as vi, ta as Fs, ua as Zs, v as Ke, va as ef, wa as xi, x as Ds, xa as Ws, y as Is, ya as Ys, za as Xs } from "@nf-internal/chunk-JJLARQ7T";
import { $b as xo, $c as Co, $e as Ye, Ab as dr, Bb as Ve, Bc as mt, Cb as Xt, Cc as Be, Da as go, Dc as os, Ea as yo, Ee as gs, F as mo, Fa as Ba, Fc as He, Fe as hi, Ga as Ha, Gc as Ge, Ge as di, Ha as Jt, Hb as Jr, Hc as ns, I as wa, Ia as Ga, Ib as ja, Ic as F, J as lt, Jb as Qr, Jc as T, K as Hr, Ka as Fa, Ke as Io, L as Ca, La as Za, M as Ta, Mc as as, N as Ma, Nb as dt, Nc as So, Nd as Ze, Ne as ys, O as ge, Ob as Ue, P as Aa, Pa as Wa, Pb as $a, Pe as mr, Q as Da, Qb as ot, Qc as vr, R as Ia, Ra as Kr, Rc as bo, Re as gr, S as La, Sa as Ya, Sb as Ja, Sc as Fe, Se as xs, T as J, Ta as xe, Tc as oi, U as Gr, Ua as qr, Uc as ss, Ue as Se, V as za, Va as It, Vc as ls, Ve as _s, W as Tt, X as Oa, Xb as nt, Xe as yr, Y as Fr, Ya as Xa, Yb as Qa, Yc as us, Zb as zt, Zc as wo, Zd as vs, Ze as Ss, _ as Pa, _c as se, _e as ct, ae as Bt, b as ht, ba as Ut, bb as oe, bd as ni, c as pt, ca as Zr, cc as ts, cd as ai, d as hr, da as ke, ee as li, f as ya, fa as Wr, fd as Y, fe as ms, ff as Xe, g as xa, ga as Yr, gb as P, gc as ti, ge as Ao, gf as Pt, h as vo, ha as ka, hb as Ct, hc as ae, i as st, ic as es, j as $, jc as ei, jd as Kt, je as ui, k as _a, ka as Ra, kd as _e, la as Re, ld as To, le as pi, m as me, mb as Ka, md as le, na as q, nc as Ne, nd as Mo, o as gt, oc as _o, p as Sa, pb as Lt, pd as si, qe as Do, rb as qa, rd as ps, s as Br, sa as Va, sc as ri, sd as cs, ta as Ua, tb as Ee, tc as ii, td as Ot, te as ci, ua as Na, ub as Mt, ud as fs, ue as We, vb as jr, vc as rs, vd as hs, wb as $r, wc as Nt, wd as ds, xc as is, ye as fi, z as ba, zb as ne, zc as ut } from "@nf-internal/chunk-PT54LOOW";
import { $ as co, $a as ma, A as R, Aa as ve, Ba as Oe, C as ie, D as it, Da as cr, F as pr, Ga as bt, Gb as Pe, I as la, Ib as fr, J as Wt, K as Dt, Ka as va, Kb as tt, L as Z, Na as wt, Q as ua, S as K, Sb as Ea, V as Yt, W as Le, b as ft, bc as Xr, eb as ho, ec as ye, fb as ga, fc as et, h as V, i as Q, ic as G, j as na, k as U, ka as Nr, l as X, m as at, o as re, p as aa, pa, q as S, qa as ca, r as k, ra as fa, sa as ha, t as _t, ta as fo, u as sa, ua as $t, v as Ur, w as z, wa as ze, x as B, y as D, z as H, za as da } from "@nf-internal/chunk-LHZIPXHN";
import { __extends as af } from "tslib";
var be = J(), qs = V, ko = z, of = (function () { function i() { this._dragging = !1, this.animationThreshold = 15; } return i.prototype.render = function (e, t, r, o) { var n = t.get("value"), a = t.get("status"); if (this._axisModel = e, this._axisPointerModel = t, this._api = r, !(!o && this._lastValue === n && this._lastStatus === a)) {
    this._lastValue = n, this._lastStatus = a;
    var s = this._group, l = this._handle;
    if (!a || a === "hide") {
        s && s.hide(), l && l.hide();
        return;
    }
    s && s.show(), l && l.show();
    var u = {};
    this.makeElOption(u, n, e, t, r);
    var p = u.graphicKey;
    p !== this._lastGraphicKey && this.clear(r), this._lastGraphicKey = p;
    var c = this._moveAnimation = this.determineAnimation(e, t);
    if (!s)
        s = this._group = new tt, this.createPointerEl(s, u, e, t), this.createLabelEl(s, u, e, t), r.getZr().add(s);
    else {
        var f = B(js, t, c);
        this.updatePointerEl(s, u, f), this.updateLabelEl(s, u, f, t);
    }
    Js(s, t, !0), this._renderHandle(n);
} }, i.prototype.remove = function (e) { this.clear(e); }, i.prototype.dispose = function (e) { this.clear(e); }, i.prototype.determineAnimation = function (e, t) { var r = t.get("animation"), o = e.axis, n = o.type === "category", a = t.get("snap"); if (!a && !n)
    return !1; if (r === "auto" || r == null) {
    var s = this.animationThreshold;
    if (n && Xe(o).w > s)
        return !0;
    if (a) {
        var l = zs(e).seriesDataCount, u = o.getExtent();
        return Math.abs(u[0] - u[1]) / l > s;
    }
    return !1;
} return r === !0; }, i.prototype.makeElOption = function (e, t, r, o, n) { }, i.prototype.createPointerEl = function (e, t, r, o) { var n = t.pointer; if (n) {
    var a = be(e).pointerEl = new dt[n.type](qs(t.pointer));
    e.add(a);
} }, i.prototype.createLabelEl = function (e, t, r, o) { if (t.label) {
    var n = be(e).labelEl = new G(qs(t.label));
    e.add(n), $s(n, o);
} }, i.prototype.updatePointerEl = function (e, t, r) { var o = be(e).pointerEl; o && t.pointer && (o.setStyle(t.pointer.style), r(o, { shape: t.pointer.shape })); }, i.prototype.updateLabelEl = function (e, t, r, o) { var n = be(e).labelEl; n && (n.setStyle(t.label.style), r(n, { x: t.label.x, y: t.label.y }), $s(n, o)); }, i.prototype._renderHandle = function (e) { if (!(this._dragging || !this.updateHandleTransform)) {
    var t = this._axisPointerModel, r = this._api.getZr(), o = this._handle, n = t.getModel("handle"), a = t.get("status");
    if (!n.get("show") || !a || a === "hide") {
        o && r.remove(o), this._handle = null;
        return;
    }
    var s;
    this._handle || (s = !0, o = this._handle = ne(n.get("icon"), { cursor: "move", draggable: !0, onmousemove: function (u) { $t(u.event); }, onmousedown: ko(this._onHandleDragMove, this, 0, 0), drift: ko(this._onHandleDragMove, this), ondragend: ko(this._onHandleDragEnd, this) }), r.add(o)), Js(o, t, !1), o.setStyle(n.getItemStyle(null, ["color", "borderColor", "borderWidth", "opacity", "shadowColor", "shadowBlur", "shadowOffsetX", "shadowOffsetY"]));
    var l = n.get("size");
    D(l) || (l = [l, l]), o.scaleX = l[0] / 2, o.scaleY = l[1] / 2, Kt(this, "_doDispatchAxisPointer", n.get("throttle") || 0, "fixRate"), this._moveHandleToValue(e, s);
} }, i.prototype._moveHandleToValue = function (e, t) { js(this._axisPointerModel, !t && this._moveAnimation, this._handle, Ro(this.getHandleTransform(e, this._axisModel, this._axisPointerModel))); }, i.prototype._onHandleDragMove = function (e, t) { var r = this._handle; if (r) {
    this._dragging = !0;
    var o = this.updateHandleTransform(Ro(r), [e, t], this._axisModel, this._axisPointerModel);
    this._payloadInfo = o, r.stopAnimation(), r.attr(Ro(o)), be(r).lastProp = null, this._doDispatchAxisPointer();
} }, i.prototype._doDispatchAxisPointer = function () { var e = this._handle; if (e) {
    var t = this._payloadInfo, r = this._axisModel;
    this._api.dispatchAction({ type: "updateAxisPointer", x: t.cursorPoint[0], y: t.cursorPoint[1], tooltipOption: t.tooltipOption, axesInfo: [{ axisDim: r.axis.dim, axisIndex: r.componentIndex }] });
} }, i.prototype._onHandleDragEnd = function () { this._dragging = !1; var e = this._handle; if (e) {
    var t = this._axisPointerModel.get("value");
    this._moveHandleToValue(t), this._api.dispatchAction({ type: "hideTip" });
} }, i.prototype.clear = function (e) { this._lastValue = null, this._lastStatus = null; var t = e.getZr(), r = this._group, o = this._handle; t && r && (this._lastGraphicKey = null, r && t.remove(r), o && t.remove(o), this._group = null, this._handle = null, this._payloadInfo = null), _e(this, "_doDispatchAxisPointer"); }, i.prototype.doClear = function () { }, i.prototype.buildLabel = function (e, t, r) { return r = r || 0, { x: e[r], y: e[1 - r], width: t[r], height: t[1 - r] }; }, i; })();
function js(i, e, t, r) { tl(be(t).lastProp, r) || (be(t).lastProp = r, e ? oe(t, r, i) : (t.stopAnimation(), t.attr(r))); }
function tl(i, e) { if (it(i) && it(e)) {
    var t = !0;
    return S(e, function (r, o) { t = t && tl(i[o], r); }), !!t;
}
else
    return i === e; }
function $s(i, e) { i[e.get(["label", "show"]) ? "show" : "hide"](); }
function Ro(i) { return { x: i.x || 0, y: i.y || 0, rotation: i.rotation || 0 }; }
function Js(i, e, t) { var r = e.get("z"), o = e.get("zlevel"); i && i.traverse(function (n) { n.type !== "group" && (r != null && (n.z = r), o != null && (n.zlevel = o), n.silent = t); }); }
var qe = of;
function je(i) { var e = i.get("type"), t = i.getModel(e + "Style"), r; return e === "line" ? (r = t.getLineStyle(), r.fill = null) : e === "shadow" && (r = t.getAreaStyle(), r.stroke = null), r; }
function Uo(i, e, t, r, o) { var n = t.get("value"), a = No(n, e.axis, e.ecModel, t.get("seriesDataIndices"), { precision: t.get(["label", "precision"]), formatter: t.get(["label", "formatter"]) }), s = t.getModel("label"), l = ae(s.get("padding") || 0), u = s.getFont(), p = Pe(a, u), c = o.position, f = p.width + l[1] + l[3], h = p.height + l[0] + l[2], d = o.align; d === "right" && (c[0] -= f), d === "center" && (c[0] -= f / 2); var v = o.verticalAlign; v === "bottom" && (c[1] -= h), v === "middle" && (c[1] -= h / 2), nf(c, f, h, r); var m = s.get("backgroundColor"); (!m || m === "auto") && (m = e.get(["axisLine", "lineStyle", "color"])), i.label = { x: c[0], y: c[1], style: ot(s, { text: a, font: u, fill: s.getTextColor(), padding: l, backgroundColor: m }), z2: 10 }; }
function nf(i, e, t, r) { var o = r.getWidth(), n = r.getHeight(); i[0] = Math.min(i[0] + e, o) - e, i[1] = Math.min(i[1] + t, n) - t, i[0] = Math.max(i[0], 0), i[1] = Math.max(i[1], 0); }
function No(i, e, t, r, o) { i = e.scale.parse(i); var n = e.scale.getLabel({ value: i }, { precision: o.precision }), a = o.formatter; if (a) {
    var s = { value: fi(e, { value: i }), axisDimension: e.dim, axisIndex: e.index, seriesData: [] };
    S(r, function (l) { var u = t.getSeriesByIndex(l.seriesIndex), p = l.dataIndexInside, c = u && u.getDataParams(p); c && s.seriesData.push(c); }), R(a) ? n = a.replace("{value}", n) : H(a) && (n = a(s));
} return n; }
function Sr(i, e, t) { var r = ze(); return Oe(r, r, t.rotation), ve(r, r, t.position), Mt([i.dataToCoord(e), (t.labelOffset || 0) + (t.labelDirection || 1) * (t.labelMargin || 0)], r); }
function _i(i, e, t, r, o, n) { var a = Ht.innerTextLayout(t.rotation, 0, t.labelDirection); t.labelMargin = o.get(["label", "margin"]), Uo(e, r, o, n, { position: Sr(r.axis, i, t), align: a.textAlign, verticalAlign: a.textVerticalAlign }); }
function $e(i, e, t) { return t = t || 0, { x1: i[t], y1: i[1 - t], x2: e[t], y2: e[1 - t] }; }
function Si(i, e, t) { return t = t || 0, { x: i[t], y: i[1 - t], width: e[t], height: e[1 - t] }; }
function Bo(i, e, t, r, o, n) { return { cx: i, cy: e, r0: t, r, startAngle: o, endAngle: n, clockwise: !0 }; }
function Je(i, e, t) { return Xe(i, { fromStat: { sers: k(e, function (r) { return t.getSeriesByIndex(r.seriesIndex); }) }, min: 1 }).w; }
function Qe(i, e, t) { return [pt(ht(e[0], e[1]), i - t / 2), ht(i + t / 2, pt(e[0], e[1]))]; }
var sf = (function (i) { af(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.makeElOption = function (t, r, o, n, a) { var s = o.axis, l = s.grid, u = n.get("type"), p = s.getGlobalExtent(), c = ol(l, s).getOtherAxis(s).getGlobalExtent(), f = s.toGlobalCoord(s.dataToCoord(r, !0)); if (u && u !== "none") {
    var h = je(n), d = lf[u](s, f, p, c, n.get("seriesDataIndices"), n.ecModel);
    d.style = h, t.graphicKey = d.type, t.pointer = d;
} var v = Lo(l.getRect(), o); _i(r, t, v, o, n, a); }, e.prototype.getHandleTransform = function (t, r, o) { var n = Lo(r.axis.grid.getRect(), r, { labelInside: !1 }); n.labelMargin = o.get(["handle", "margin"]); var a = Sr(r.axis, t, n); return { x: a[0], y: a[1], rotation: n.rotation + (n.labelDirection < 0 ? Math.PI : 0) }; }, e.prototype.updateHandleTransform = function (t, r, o, n) { var a = o.axis, s = a.grid, l = a.getGlobalExtent(!0), u = ol(s, a).getOtherAxis(a).getGlobalExtent(), p = a.dim === "x" ? 0 : 1, c = [t.x, t.y]; c[p] += r[p], c[p] = ht(l[1], c[p]), c[p] = pt(l[0], c[p]); var f = (u[1] + u[0]) / 2, h = [f, f]; h[p] = c[p]; var d = [{ verticalAlign: "middle" }, { align: "center" }]; return { x: c[0], y: c[1], rotation: t.rotation, cursorPoint: h, tooltipOption: d[p] }; }, e; })(qe);
function ol(i, e) { var t = {}; return t[e.dim + "AxisIndex"] = e.index, i.getCartesian(t); }
var lf = { line: function (i, e, t, r) { var o = $e([e, r[0]], [e, r[1]], nl(i)); return { type: "Line", subPixelOptimize: !0, shape: o }; }, shadow: function (i, e, t, r, o, n) { var a = Je(i, o, n), s = r[1] - r[0], l = Qe(e, t, a), u = l[0], p = l[1]; return { type: "Rect", shape: Si([u, r[0]], [p - u, s], nl(i)) }; } };
function nl(i) { return i.dim === "x" ? 0 : 1; }
var al = sf;
import { __extends as uf } from "tslib";
var pf = (function (i) { uf(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "axisPointer", e.defaultOption = { show: "auto", z: 50, type: "line", snap: !1, triggerTooltip: !0, triggerEmphasis: !0, value: null, status: null, link: [], animation: null, animationDurationUpdate: 200, lineStyle: { color: T.color.border, width: 1, type: "dashed" }, shadowStyle: { color: T.color.shadowTint }, label: { show: !0, formatter: null, precision: "auto", margin: 3, color: T.color.neutral00, padding: [5, 7, 5, 7], backgroundColor: T.color.accent60, borderColor: null, borderWidth: 0, borderRadius: 3 }, handle: { show: !1, icon: "M10.7,11.9v-1.3H9.3v1.3c-4.9,0.3-8.8,4.4-8.8,9.4c0,5,3.9,9.1,8.8,9.4h1.3c4.9-0.3,8.8-4.4,8.8-9.4C19.5,16.3,15.6,12.2,10.7,11.9z M13.3,24.4H6.7v-1.2h6.6z M13.3,22H6.7v-1.2h6.6z M13.3,19.6H6.7v-1.2h6.6z", size: 45, margin: 50, color: T.color.accent40, throttle: 40 } }, e; })(F), sl = pf;
import { __extends as mf } from "tslib";
var Qt = J(), cf = S;
function wi(i, e, t) { if (!ft.node) {
    var r = e.getZr();
    Qt(r).records || (Qt(r).records = {}), ff(r, e);
    var o = Qt(r).records[i] || (Qt(r).records[i] = {});
    o.handler = t;
} }
function ff(i, e) { if (Qt(i).initialized)
    return; Qt(i).initialized = !0, t("click", B(Ho, "click")), t("mousemove", B(Ho, "mousemove")), t("mousewheel", B(Ho, "mousewheel")), t("globalout", df); function t(r, o) { i.on(r, function (n) { var a = vf(e); cf(Qt(i).records, function (s) { s && o(s, n, a.dispatchAction); }), hf(a.pendings, e); }); } }
function hf(i, e) { var t = i.showTip.length, r = i.hideTip.length, o; t ? o = i.showTip[t - 1] : r && (o = i.hideTip[r - 1]), o && (o.dispatchAction = null, e.dispatchAction(o)); }
function df(i, e, t) { i.handler("leave", null, t); }
function Ho(i, e, t, r) { e.handler(i, t, r); }
function vf(i) { var e = { showTip: [], hideTip: [] }, t = function (r) { var o = e[r.type]; o ? o.push(r) : (r.dispatchAction = t, i.dispatchAction(r)); }; return { dispatchAction: t, pendings: e }; }
function br(i, e) { if (!ft.node) {
    var t = e.getZr(), r = (Qt(t).records || {})[i];
    r && (Qt(t).records[i] = null);
} }
var gf = (function (i) { mf(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, r, o) { var n = r.getComponent("tooltip"), a = t.get("triggerOn") || n && n.get("triggerOn") || "mousemove|click|mousewheel"; wi("axisPointer", o, function (s, l, u) { a !== "none" && (s === "leave" || a.indexOf(s) >= 0) && u({ type: "updateAxisPointer", currTrigger: s, x: l && l.offsetX, y: l && l.offsetY }); }); }, e.prototype.remove = function (t, r) { br("axisPointer", r); }, e.prototype.dispose = function (t, r) { br("axisPointer", r); }, e.type = "axisPointer", e; })(Y), ul = gf;
function wr(i, e) { var t = [], r = i.seriesIndex, o; if (r == null || !(o = e.getSeriesByIndex(r)))
    return { point: [] }; var n = o.getData(), a = La(n, i); if (a == null || a < 0 || D(a))
    return { point: [] }; var s = n.getItemGraphicEl(a), l = o.coordinateSystem; if (o.getTooltipPosition)
    t = o.getTooltipPosition(a) || [];
else if (l && l.dataToPoint)
    if (i.isStacked) {
        var u = l.getBaseAxis(), p = l.getOtherAxis(u), c = p.dim, f = u.dim, h = c === "x" || c === "radius" ? 1 : 0, d = n.mapDimension(f), v = [];
        v[h] = n.get(d, a), v[1 - h] = n.get(n.getCalculationInfo("stackResultDimension"), a), t = l.dataToPoint(v) || [];
    }
    else
        t = l.dataToPoint(n.getValues(k(l.dimensions, function (g) { return n.mapDimension(g); }), a)) || [];
else if (s) {
    var m = s.getBoundingRect().clone();
    m.applyTransform(s.transform), t = [m.x + m.width / 2, m.y + m.height / 2];
} return { point: t, el: s }; }
var pl = J();
function Go(i, e, t) { var r = i.currTrigger, o = [i.x, i.y], n = i, a = i.dispatchAction || z(t.dispatchAction, t), s = e.getComponent("axisPointer").coordSysAxesInfo; if (s) {
    Ti(o) && (o = wr({ seriesIndex: n.seriesIndex, dataIndex: n.dataIndex }, e).point);
    var l = Ti(o), u = n.axesInfo, p = s.axesInfo, c = r === "leave" || Ti(o), f = {}, h = {}, d = { list: [], map: {} }, v = { showPointer: B(xf, h), showTooltip: B(_f, d) };
    S(s.coordSysMap, function (g, y) { var x = l || g.containPoint(o); S(s.coordSysAxesInfo[y], function (_, b) { var w = _.axis, C = Cf(u, _); if (!c && x && (!u || C)) {
        var A = C && C.value;
        A == null && !l && (A = w.pointToData(o)), A != null && cl(_, A, v, !1, f);
    } }); });
    var m = {};
    return S(p, function (g, y) { var x = g.linkGroup; x && !h[y] && S(x.axesInfo, function (_, b) { var w = h[b]; if (_ !== g && w) {
        var C = w.value;
        x.mapper && (C = g.axis.scale.parse(x.mapper(C, fl(_), fl(g)))), m[g.key] = C;
    } }); }), S(m, function (g, y) { cl(p[y], g, v, !0, f); }), Sf(h, p, f), bf(d, o, i, a), wf(p, a, t), f;
} }
function cl(i, e, t, r, o) { var n = i.axis; if (!(n.scale.isBlank() || !n.containData(e))) {
    if (!i.involveSeries) {
        t.showPointer(i, e);
        return;
    }
    var a = yf(e, i), s = a.payloadBatch, l = a.snapToValue;
    s[0] && o.seriesIndex == null && U(o, s[0]), !r && i.snap && n.containData(l) && l != null && (e = l), t.showPointer(i, e, s), t.showTooltip(i, a, l);
} }
function yf(i, e) { var t = e.axis, r = t.dim, o = i, n = [], a = Number.MAX_VALUE, s = -1; return S(e.seriesModels, function (l, u) { var p = l.getData().mapDimensionsAll(r), c, f; if (l.getAxisTooltipData) {
    var h = l.getAxisTooltipData(p, i, t);
    f = h.dataIndices, c = h.nestestValue;
}
else {
    if (f = l.indicesOfNearest(r, p[0], i, t.type === "category" ? .5 : null), !f.length)
        return;
    c = l.getData().get(p[0], f[0]);
} if (wa(c)) {
    var d = i - c, v = Math.abs(d);
    v <= a && ((v < a || d >= 0 && s < 0) && (a = v, s = d, o = c, n.length = 0), S(f, function (m) { n.push({ seriesIndex: l.seriesIndex, dataIndexInside: m, dataIndex: l.getData().getRawIndex(m) }); }));
} }), { payloadBatch: n, snapToValue: o }; }
function xf(i, e, t, r) { i[e.key] = { value: t, payloadBatch: r }; }
function _f(i, e, t, r) { var o = t.payloadBatch, n = e.axis, a = n.model, s = e.axisPointerModel; if (!(!e.triggerTooltip || !o.length)) {
    var l = e.coordSys.model, u = Os(l), p = i.map[u];
    p || (p = i.map[u] = { coordSysId: l.id, coordSysIndex: l.componentIndex, coordSysType: l.type, coordSysMainType: l.mainType, dataByAxis: [] }, i.list.push(p)), p.dataByAxis.push({ axisDim: n.dim, axisIndex: a.componentIndex, axisType: a.type, axisId: a.id, value: r, valueLabelOpt: { precision: s.get(["label", "precision"]), formatter: s.get(["label", "formatter"]) }, seriesDataIndices: o.slice() });
} }
function Sf(i, e, t) { var r = t.axesInfo = []; S(e, function (o, n) { var a = o.axisPointerModel.option, s = i[n]; s ? (!o.useHandle && (a.status = "show"), a.value = s.value, a.seriesDataIndices = (s.payloadBatch || []).slice()) : !o.useHandle && (a.status = "hide"), a.status === "show" && r.push({ axisDim: o.axis.dim, axisIndex: o.axis.model.componentIndex, value: a.value }); }); }
function bf(i, e, t, r) { if (Ti(e) || !i.list.length) {
    r({ type: "hideTip" });
    return;
} var o = ((i.list[0].dataByAxis[0] || {}).seriesDataIndices || [])[0] || {}; r({ type: "showTip", escapeConnect: !0, x: e[0], y: e[1], tooltipOption: t.tooltipOption, position: t.position, dataIndexInside: o.dataIndexInside, dataIndex: o.dataIndex, seriesIndex: o.seriesIndex, dataByCoordSys: i.list }); }
function wf(i, e, t) { var r = t.getZr(), o = "axisPointerLastHighlights", n = pl(r)[o] || {}, a = pl(r)[o] = {}; S(i, function (p, c) { var f = p.axisPointerModel.option; f.status === "show" && p.triggerEmphasis && S(f.seriesDataIndices, function (h) { a[h.seriesIndex + "|" + h.dataIndex] = h; }); }); var s = [], l = []; function u(p) { return { seriesIndex: p.seriesIndex, dataIndex: p.dataIndex }; } S(n, function (p, c) { !a[c] && l.push(u(p)); }), S(a, function (p, c) { !n[c] && s.push(u(p)); }), l.length && t.dispatchAction({ type: "downplay", escapeConnect: !0, notBlur: !0, batch: l }), s.length && t.dispatchAction({ type: "highlight", escapeConnect: !0, notBlur: !0, batch: s }); }
function Cf(i, e) { for (var t = 0; t < (i || []).length; t++) {
    var r = i[t];
    if (e.axis.dim === r.axisDim && e.axis.model.componentIndex === r.axisIndex)
        return r;
} }
function fl(i) { var e = i.axis.model, t = {}, r = t.axisDim = i.axis.dim; return t.axisIndex = t[r + "AxisIndex"] = e.componentIndex, t.axisName = t[r + "AxisName"] = e.name, t.axisId = t[r + "AxisId"] = e.id, t; }
function Ti(i) { return !i || i[0] == null || isNaN(i[0]) || i[1] == null || isNaN(i[1]); }
function te(i) { kt.registerAxisPointerClass("CartesianAxisPointer", al), i.registerComponentModel(sl), i.registerComponentView(ul), i.registerPreprocessor(function (e) { if (e) {
    (!e.axisPointer || e.axisPointer.length === 0) && (e.axisPointer = {});
    var t = e.axisPointer.link;
    t && !D(t) && (e.axisPointer.link = [t]);
} }), i.registerProcessor(i.PRIORITY.PROCESSOR.STATISTIC, { overallReset: function (e, t) { e.getComponent("axisPointer").coordSysAxesInfo = Ls(e, t); } }), i.registerAction({ type: "updateAxisPointer", event: "updateAxisPointer", update: ":updateAxisPointer" }, Go); }
function Tf(i) { ct(zo), ct(te); }
import { __extends as Qf } from "tslib";
import { __extends as Mf } from "tslib";
var Af = (function (i) { Mf(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.makeElOption = function (t, r, o, n, a) { var s = o.axis; s.dim === "angle" && (this.animationThreshold = Math.PI / 18); var l = s.polar, u = s.getExtent(), p = l.getOtherAxis(s).getExtent(), c = s.dataToCoord(r), f = n.get("type"); if (f && f !== "none") {
    var h = je(n), d = If[f](s, l, c, u, p, n.get("seriesDataIndices"), n.ecModel);
    d.style = h, t.graphicKey = d.type, t.pointer = d;
} var v = n.get(["label", "margin"]), m = Df(r, o, n, l, v); Uo(t, o, n, a, m); }, e; })(qe);
function Df(i, e, t, r, o) { var n = e.axis, a = n.dataToCoord(i), s = r.getAngleAxis().getExtent()[0]; s = s / 180 * Math.PI; var l = r.getRadiusAxis().getExtent(), u, p, c; if (n.dim === "radius") {
    var f = ze();
    Oe(f, f, s), ve(f, f, [r.cx, r.cy]), u = Mt([a, -o], f);
    var h = e.getModel("axisLabel").get("rotate") || 0, d = Ht.innerTextLayout(s, h * Math.PI / 180, -1);
    p = d.textAlign, c = d.textVerticalAlign;
}
else {
    var v = l[1];
    u = r.coordToPoint([v + o, a]);
    var m = r.cx, g = r.cy;
    p = Math.abs(u[0] - m) / v < .3 ? "center" : u[0] > m ? "left" : "right", c = Math.abs(u[1] - g) / v < .3 ? "middle" : u[1] > g ? "top" : "bottom";
} return { position: u, align: p, verticalAlign: c }; }
var If = { line: function (i, e, t, r, o) { return i.dim === "angle" ? { type: "Line", shape: $e(e.coordToPoint([o[0], t]), e.coordToPoint([o[1], t])) } : { type: "Circle", shape: { cx: e.cx, cy: e.cy, r: t } }; }, shadow: function (i, e, t, r, o, n, a) { var s = Math.PI / 180, l = Je(i, n, a), u; if (i.dim === "angle")
        u = Bo(e.cx, e.cy, o[0], o[1], (-t - l / 2) * s, (-t + l / 2) * s);
    else {
        var p = Qe(t, r, l), c = p[0], f = p[1];
        u = Bo(e.cx, e.cy, c, f, 0, Math.PI * 2);
    } return { type: "Sector", shape: u }; } }, hl = Af;
import { __extends as Lf } from "tslib";
var At = "polar", Fo = At, zf = (function (i) { Lf(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.findAxisModel = function (t) { var r, o = this.ecModel; return o.eachComponent(t, function (n) { n.getCoordSysModel() === this && (r = n); }, this), r; }, e.type = At, e.dependencies = ["radiusAxis", "angleAxis"], e.defaultOption = { z: 0, center: ["50%", "50%"], radius: "80%" }, e; })(F), dl = zf;
import { __extends as Zo } from "tslib";
var Wo = (function (i) { Zo(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.getCoordSysModel = function () { return this.getReferringComponents("polar", Tt).models[0]; }, e.type = "polarAxis", e; })(F);
re(Wo, di);
var vl = (function (i) { Zo(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "angleAxis", e; })(Wo);
var ml = (function (i) { Zo(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "radiusAxis", e; })(Wo);
import { __extends as Of } from "tslib";
var Yo = (function (i) { Of(e, i); function e(t, r) { return i.call(this, "radius", t, r) || this; } return e.prototype.pointToData = function (t, r) { return this.polar.pointToData(t, r)[this.dim === "radius" ? 0 : 1]; }, e; })(Pt);
Yo.prototype.dataToRadius = Pt.prototype.dataToCoord;
Yo.prototype.radiusToData = Pt.prototype.coordToData;
var gl = Yo;
import { __extends as Pf } from "tslib";
var kf = J(), Xo = (function (i) { Pf(e, i); function e(t, r) { return i.call(this, "angle", t, r || [0, 360]) || this; } return e.prototype.pointToData = function (t, r) { return this.polar.pointToData(t, r)[this.dim === "radius" ? 0 : 1]; }, e.prototype.calculateCategoryInterval = function () { var t = this, r = t.getLabelModel(), o = t.scale, n = o.getExtent(), a = o.count(); if (n[1] - n[0] < 1)
    return 0; var s = n[0], l = t.dataToCoord(s + 1) - t.dataToCoord(s), u = Math.abs(l), p = Pe(s == null ? "" : s + "", r.getFont(), "center", "top"), c = Math.max(p.height, 7), f = c / u; isNaN(f) && (f = 1 / 0); var h = Math.max(0, Math.floor(f)), d = kf(t.model), v = d.lastAutoInterval, m = d.lastTickCount; return v != null && m != null && Math.abs(v - h) <= 1 && Math.abs(m - a) <= 1 && v > h ? h = v : (d.lastTickCount = a, d.lastAutoInterval = h), h; }, e; })(Pt);
Xo.prototype.dataToAngle = Pt.prototype.dataToCoord;
Xo.prototype.angleToData = Pt.prototype.coordToData;
var yl = Xo;
var Ko = ["radius", "angle"], Rf = (function () { function i(e) { this.dimensions = Ko, this.type = At, this.cx = 0, this.cy = 0, this._radiusAxis = new gl, this._angleAxis = new yl, this.axisPointerEnabled = !0, this.name = e || "", this._radiusAxis.polar = this._angleAxis.polar = this; } return i.prototype.containPoint = function (e) { var t = this.pointToCoord(e); return this._radiusAxis.contain(t[0]) && this._angleAxis.contain(t[1]); }, i.prototype.containData = function (e) { return this._radiusAxis.containData(e[0]) && this._angleAxis.containData(e[1]); }, i.prototype.getAxis = function (e) { var t = "_" + e + "Axis"; return this[t]; }, i.prototype.getAxes = function () { return [this._radiusAxis, this._angleAxis]; }, i.prototype.getAxesByScale = function (e) { var t = [], r = this._angleAxis, o = this._radiusAxis; return r.scale.type === e && t.push(r), o.scale.type === e && t.push(o), t; }, i.prototype.getAngleAxis = function () { return this._angleAxis; }, i.prototype.getRadiusAxis = function () { return this._radiusAxis; }, i.prototype.getOtherAxis = function (e) { var t = this._angleAxis; return e === t ? this._radiusAxis : t; }, i.prototype.getBaseAxis = function () { return this.getAxesByScale("ordinal")[0] || this.getAxesByScale("time")[0] || this.getAngleAxis(); }, i.prototype.getTooltipAxes = function (e) { var t = e != null && e !== "auto" ? this.getAxis(e) : this.getBaseAxis(); return { baseAxes: [t], otherAxes: [this.getOtherAxis(t)] }; }, i.prototype.dataToPoint = function (e, t, r) { return this.coordToPoint([this._radiusAxis.dataToRadius(e[0], t), this._angleAxis.dataToAngle(e[1], t)], r); }, i.prototype.pointToData = function (e, t, r) { r = r || []; var o = this.pointToCoord(e); return r[0] = this._radiusAxis.radiusToData(o[0], t), r[1] = this._angleAxis.angleToData(o[1], t), r; }, i.prototype.pointToCoord = function (e) { var t = e[0] - this.cx, r = e[1] - this.cy, o = this.getAngleAxis(), n = o.getExtent(), a = Math.min(n[0], n[1]), s = Math.max(n[0], n[1]); o.inverse ? a = s - 360 : s = a + 360; var l = Math.sqrt(t * t + r * r); t /= l, r /= l; for (var u = Math.atan2(-r, t) / Math.PI * 180, p = u < a ? 1 : -1; u < a || u > s;)
    u += p * 360; return [l, u]; }, i.prototype.coordToPoint = function (e, t) { t = t || []; var r = e[0], o = e[1] / 180 * Math.PI; return t[0] = Math.cos(o) * r + this.cx, t[1] = -Math.sin(o) * r + this.cy, t; }, i.prototype.getArea = function () { var e = this.getAngleAxis(), t = this.getRadiusAxis(), r = t.getExtent().slice(); r[0] > r[1] && r.reverse(); var o = e.getExtent(), n = Math.PI / 180, a = 1e-4; return { cx: this.cx, cy: this.cy, r0: r[0], r: r[1], startAngle: -o[0] * n, endAngle: -o[1] * n, clockwise: e.inverse, contain: function (s, l) { var u = s - this.cx, p = l - this.cy, c = u * u + p * p, f = this.r, h = this.r0; return f !== h && c - a <= f * f && c + a >= h * h; }, x: this.cx - r[1], y: this.cy - r[1], width: r[1] * 2, height: r[1] * 2 }; }, i.prototype.convertToPixel = function (e, t, r) { var o = xl(t); return o === this ? this.dataToPoint(r) : null; }, i.prototype.convertFromPixel = function (e, t, r) { var o = xl(t); return o === this ? this.pointToData(r) : null; }, i; })();
function xl(i) { var e = i.seriesModel, t = i.polarModel; return t && t.coordinateSystem || e && e.coordinateSystem; }
var _l = Rf;
function Ef(i, e, t) { var r = e.get("center"), o = mt(e, t).refContainer; i.cx = $(r[0], o.width) + o.x, i.cy = $(r[1], o.height) + o.y; var n = i.getRadiusAxis(), a = Math.min(o.width, o.height) / 2, s = e.get("radius"); s == null ? s = [0, "100%"] : D(s) || (s = [0, s]); var l = [$(s[0], a), $(s[1], a)]; n.inverse ? n.setExtent(l[1], l[0]) : n.setExtent(l[0], l[1]); }
function Vf(i, e) { var t = this, r = t.getAngleAxis(), o = t.getRadiusAxis(); if (Se(r, gr), Se(o, gr), yr(r), yr(o), r.type === "category" && !r.onBand) {
    var n = r.getExtent(), a = 360 / r.scale.count();
    r.inverse ? n[1] += a : n[1] -= a, r.setExtent(n[0], n[1]);
} }
function Uf(i) { return i.mainType === "angleAxis"; }
function Sl(i, e) { var t; if (i.type = ci(e), i.scale = We(e, i.type, !1), i.onBand = hi(i.scale, e), i.inverse = e.get("inverse"), Uf(e)) {
    i.inverse = i.inverse !== e.get("clockwise");
    var r = e.get("startAngle"), o = (t = e.get("endAngle")) !== null && t !== void 0 ? t : r + (i.inverse ? -360 : 360);
    i.setExtent(r, o);
} e.axis = i, i.model = e; }
var Nf = { dimensions: Ko, create: function (i, e) { var t = []; return i.eachComponent(Fo, function (r, o) { var n = new _l(o + ""); n.update = Vf; var a = n.getRadiusAxis(), s = n.getAngleAxis(), l = r.findAxisModel("radiusAxis"), u = r.findAxisModel("angleAxis"); Sl(a, l), Sl(s, u), Ef(n, r, e), t.push(n), r.coordinateSystem = n, n.model = r; }), i.eachSeries(function (r) { if (r.get("coordinateSystem") === At) {
        var o = r.getReferringComponents(Fo, Tt).models[0], n = r.coordinateSystem = o.coordinateSystem;
        n && (mr(n.getRadiusAxis(), r, At), mr(n.getAngleAxis(), r, At));
    } }), t; } }, bl = Nf;
import { __extends as Bf } from "tslib";
var Hf = ["axisLine", "axisLabel", "axisTick", "minorTick", "splitLine", "minorSplitLine", "splitArea"];
function Mi(i, e, t) { e[1] > e[0] && (e = e.slice().reverse()); var r = i.coordToPoint([e[0], t]), o = i.coordToPoint([e[1], t]); return { x1: r[0], y1: r[1], x2: o[0], y2: o[1] }; }
function Ai(i) { var e = i.getRadiusAxis(); return e.inverse ? 0 : 1; }
function wl(i) { var e = i[0], t = i[i.length - 1]; e && t && Math.abs(Math.abs(e.coord - t.coord) - 360) < 1e-4 && i.pop(); }
var Gf = (function (i) { Bf(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.axisPointerClass = "PolarAxisPointer", t; } return e.prototype.render = function (t, r) { if (this.group.removeAll(), !!t.get("show")) {
    var o = t.axis, n = o.polar, a = n.getRadiusAxis().getExtent(), s = o.getTicksCoords({ breakTicks: "none" }), l = o.getMinorTicksCoords(), u = [];
    S(o.getViewLabels(), function (p) { if (!p.tick.offInterval) {
        p = V(p);
        var c = o.scale;
        p.coord = o.dataToCoord(gs(c, p.tick)), u.push(p);
    } }), wl(u), wl(s), S(Hf, function (p) { t.get([p, "show"]) && (!o.scale.isBlank() || p === "axisLine") && Ff[p](this.group, t, n, s, l, a, u); }, this);
} }, e.type = "angleAxis", e; })(kt), Ff = { axisLine: function (i, e, t, r, o, n) { var a = e.getModel(["axisLine", "lineStyle"]), s = t.getAngleAxis(), l = Math.PI / 180, u = s.getExtent(), p = Ai(t), c = p ? 0 : 1, f, h = Math.abs(u[1] - u[0]) === 360 ? "Circle" : "Arc"; n[c] === 0 ? f = new dt[h]({ shape: { cx: t.cx, cy: t.cy, r: n[p], startAngle: -u[0] * l, endAngle: -u[1] * l, clockwise: s.inverse }, style: a.getLineStyle(), z2: 1, silent: !0 }) : f = new Ya({ shape: { cx: t.cx, cy: t.cy, r: n[p], r0: n[c] }, style: a.getLineStyle(), z2: 1, silent: !0 }), f.style.fill = null, i.add(f); }, axisTick: function (i, e, t, r, o, n) { var a = e.getModel("axisTick"), s = (a.get("inside") ? -1 : 1) * a.get("length"), l = n[Ai(t)], u = k(r, function (p) { return new It({ shape: Mi(t, [l, l + s], p.coord) }); }); i.add(Lt(u, { style: X(a.getModel("lineStyle").getLineStyle(), { stroke: e.get(["axisLine", "lineStyle", "color"]) }) })); }, minorTick: function (i, e, t, r, o, n) { if (o.length) {
        for (var a = e.getModel("axisTick"), s = e.getModel("minorTick"), l = (a.get("inside") ? -1 : 1) * s.get("length"), u = n[Ai(t)], p = [], c = 0; c < o.length; c++)
            for (var f = 0; f < o[c].length; f++)
                p.push(new It({ shape: Mi(t, [u, u + l], o[c][f].coord) }));
        i.add(Lt(p, { style: X(s.getModel("lineStyle").getLineStyle(), X(a.getLineStyle(), { stroke: e.get(["axisLine", "lineStyle", "color"]) })) }));
    } }, axisLabel: function (i, e, t, r, o, n, a) { var s = e.getCategories(!0), l = e.getModel("axisLabel"), u = l.get("margin"), p = e.get("triggerEvent"); S(a, function (c, f) { var h = l, d = c.tick.value, v = n[Ai(t)], m = t.coordToPoint([v + u, c.coord]), g = t.cx, y = t.cy, x = Math.abs(m[0] - g) / v < .3 ? "center" : m[0] > g ? "left" : "right", _ = Math.abs(m[1] - y) / v < .3 ? "middle" : m[1] > y ? "top" : "bottom"; if (s && s[d]) {
        var b = s[d];
        it(b) && b.textStyle && (h = new nt(b.textStyle, l, l.ecModel));
    } var w = new G({ silent: Ht.isLabelSilent(e), style: ot(h, { x: m[0], y: m[1], fill: h.getTextColor() || e.get(["axisLine", "lineStyle", "color"]), text: c.formattedLabel, align: x, verticalAlign: _ }) }); if (i.add(w), Xt({ el: w, componentModel: e, itemName: c.formattedLabel, formatterParamsExtra: { isTruncated: function () { return w.isTruncated; }, value: c.rawLabel, tickIndex: f } }), p) {
        var C = Ht.makeAxisEventDataBase(e);
        C.targetType = "axisLabel", C.value = c.rawLabel, q(w).eventData = C;
    } }, this); }, splitLine: function (i, e, t, r, o, n) { var a = e.getModel("splitLine"), s = a.getModel("lineStyle"), l = s.get("color"), u = 0; l = l instanceof Array ? l : [l]; for (var p = [], c = 0; c < r.length; c++) {
        var f = u++ % l.length;
        p[f] = p[f] || [], p[f].push(new It({ shape: Mi(t, n, r[c].coord) }));
    } for (var c = 0; c < p.length; c++)
        i.add(Lt(p[c], { style: X({ stroke: l[c % l.length] }, s.getLineStyle()), silent: !0, z: e.get("z") })); }, minorSplitLine: function (i, e, t, r, o, n) { if (o.length) {
        for (var a = e.getModel("minorSplitLine"), s = a.getModel("lineStyle"), l = [], u = 0; u < o.length; u++)
            for (var p = 0; p < o[u].length; p++)
                l.push(new It({ shape: Mi(t, n, o[u][p].coord) }));
        i.add(Lt(l, { style: s.getLineStyle(), silent: !0, z: e.get("z") }));
    } }, splitArea: function (i, e, t, r, o, n) { if (r.length) {
        var a = e.getModel("splitArea"), s = a.getModel("areaStyle"), l = s.get("color"), u = 0;
        l = l instanceof Array ? l : [l];
        for (var p = [], c = Math.PI / 180, f = -r[0].coord * c, h = Math.min(n[0], n[1]), d = Math.max(n[0], n[1]), v = e.get("clockwise"), m = 1, g = r.length; m <= g; m++) {
            var y = m === g ? r[0].coord : r[m].coord, x = u++ % l.length;
            p[x] = p[x] || [], p[x].push(new Kr({ shape: { cx: t.cx, cy: t.cy, r0: h, r: d, startAngle: f, endAngle: -y * c, clockwise: v }, silent: !0 })), f = -y * c;
        }
        for (var m = 0; m < p.length; m++)
            i.add(Lt(p[m], { style: X({ fill: l[m % l.length] }, s.getAreaStyle()), silent: !0 }));
    } } }, Cl = Gf;
import { __extends as Zf } from "tslib";
var Wf = ["splitLine", "splitArea", "minorSplitLine"], Yf = (function (i) { Zf(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.axisPointerClass = "PolarAxisPointer", t; } return e.prototype.render = function (t, r, o) { if (this.group.removeAll(), !!t.get("show")) {
    var n = this._axisGroup, a = this._axisGroup = new tt;
    this.group.add(a);
    var s = t.axis, l = s.polar, u = l.getAngleAxis(), p = s.getTicksCoords(), c = s.getMinorTicksCoords(), f = u.getExtent()[0], h = s.getExtent(), d = Kf(l, t, f), v = new Ht(t, o, d);
    v.build(), a.add(v.group), $r(n, a, t), S(Wf, function (m) { t.get([m, "show"]) && !s.scale.isBlank() && Xf[m](this.group, t, l, f, h, p, c); }, this);
} }, e.type = "radiusAxis", e; })(kt), Xf = { splitLine: function (i, e, t, r, o, n) { var a = e.getModel("splitLine"), s = a.getModel("lineStyle"), l = s.get("color"), u = 0, p = t.getAngleAxis(), c = Math.PI / 180, f = p.getExtent(), h = Math.abs(f[1] - f[0]) === 360 ? "Circle" : "Arc"; l = l instanceof Array ? l : [l]; for (var d = [], v = 0; v < n.length; v++) {
        var m = u++ % l.length;
        d[m] = d[m] || [], d[m].push(new dt[h]({ shape: { cx: t.cx, cy: t.cy, r: Math.max(n[v].coord, 0), startAngle: -f[0] * c, endAngle: -f[1] * c, clockwise: p.inverse } }));
    } for (var v = 0; v < d.length; v++)
        i.add(Lt(d[v], { style: X({ stroke: l[v % l.length], fill: null }, s.getLineStyle()), silent: !0 })); }, minorSplitLine: function (i, e, t, r, o, n, a) { if (a.length) {
        for (var s = e.getModel("minorSplitLine"), l = s.getModel("lineStyle"), u = [], p = 0; p < a.length; p++)
            for (var c = 0; c < a[p].length; c++)
                u.push(new Wa({ shape: { cx: t.cx, cy: t.cy, r: a[p][c].coord } }));
        i.add(Lt(u, { style: X({ fill: null }, l.getLineStyle()), silent: !0 }));
    } }, splitArea: function (i, e, t, r, o, n) { if (n.length) {
        var a = e.getModel("splitArea"), s = a.getModel("areaStyle"), l = s.get("color"), u = 0;
        l = l instanceof Array ? l : [l];
        for (var p = [], c = n[0].coord, f = 1; f < n.length; f++) {
            var h = u++ % l.length;
            p[h] = p[h] || [], p[h].push(new Kr({ shape: { cx: t.cx, cy: t.cy, r0: c, r: n[f].coord, startAngle: 0, endAngle: Math.PI * 2 }, silent: !0 })), c = n[f].coord;
        }
        for (var f = 0; f < p.length; f++)
            i.add(Lt(p[f], { style: X({ fill: l[f % l.length] }, s.getAreaStyle()), silent: !0 }));
    } } };
function Kf(i, e, t) { return { position: [i.cx, i.cy], rotation: t / 180 * Math.PI, labelDirection: -1, tickDirection: -1, nameDirection: 1, labelRotate: e.getModel("axisLabel").get("rotate"), z2: 1 }; }
var Tl = Yf;
var qf = Yr();
function Ml(i) { return i.get("stack") || "__ec_stack_" + i.seriesIndex; }
var Al = Ra(Ke, jf);
function jf(i) { var e = vi(Ke, At); ys(i, e, function (t) { var r = Jf(t, Ke), o = {}; Io(t, e, function (n) { $f(t, n, r, o); }); }); }
function $f(i, e, t, r) { var o = e.getData(), n = Ml(e), a = t[n], s = a.offset, l = a.width, u = e.coordinateSystem, p = u.getOtherAxis(i), c = u.cx, f = u.cy, h = e.get("barMinHeight") || 0, d = e.get("barMinAngle") || 0; r[n] = r[n] || []; for (var v = o.mapDimension(p.dim), m = o.mapDimension(i.dim), g = li(o, v), y = i.dim !== "radius" || !e.get("roundCap", !0), x = p.dataToCoord(Is(p)), _ = 0, b = o.count(); _ < b; _++) {
    var w = o.get(v, _), C = o.get(m, _), A = w >= 0 ? "p" : "n", M = x;
    g && (r[n][C] || (r[n][C] = { p: x, n: x }), M = r[n][C][A]);
    var L = void 0, I = void 0, W = void 0, O = void 0;
    if (p.dim === "radius") {
        var E = p.dataToCoord(w) - x, j = i.dataToCoord(C);
        hr(E) < h && (E = (E < 0 ? -1 : 1) * h), L = M, I = M + E, W = j - s, O = W - l, g && (r[n][C][A] = I);
    }
    else {
        var rt = p.dataToCoord(w, y) - x, Zt = i.dataToCoord(C);
        hr(rt) < d && (rt = (rt < 0 ? -1 : 1) * d), L = Zt + s, I = L + l, W = M, O = M + rt, g && (r[n][C][A] = O);
    }
    o.setItemLayout(_, { cx: c, cy: f, r0: L, r: I, startAngle: -W * vo / 180, endAngle: -O * vo / 180, clockwise: W >= O });
} }
function Jf(i, e) { var t = vi(e, At), r = Xe(i, { fromStat: { key: t }, min: 1 }).w, o = r, n = 0, a = "20%", s = "30%", l = {}; Io(i, t, function (m) { var g = Ml(m); l[g] || n++, l[g] = l[g] || { width: 0, maxWidth: 0 }; var y = $(m.get("barWidth"), r), x = $(m.get("barMaxWidth"), r), _ = m.get("barGap"), b = m.get("barCategoryGap"); y && !l[g].width && (y = ht(o, y), l[g].width = y, o -= y), x && (l[g].maxWidth = x), _ != null && (s = _), b != null && (a = b); }); var u = {}, p = $(a, r), c = $(s, 1), f = (o - p) / (n + (n - 1) * c); f = pt(f, 0), S(l, function (m, g) { var y = m.maxWidth; y && y < f && (y = ht(y, o), m.width && (y = ht(y, m.width)), o -= y, m.width = y, n--); }), f = (o - p) / (n + (n - 1) * c), f = pt(f, 0); var h = 0, d; S(l, function (m, g) { m.width || (m.width = f), d = m, h += m.width * (1 + c); }), d && (h -= d.width * c); var v = -h / 2; return S(l, function (m, g) { u[g] = u[g] || { offset: v, width: m.width }, v += m.width * (1 + c); }), u; }
function Dl(i, e) { qf(i, function () { var t = vi(e, At); Ds(i, t, e, At), _s(t, As(t)); }); }
var th = { startAngle: 90, clockwise: !0, splitNumber: 12, containShape: !1, axisLabel: { rotate: 0 } }, eh = { splitNumber: 5 }, rh = (function (i) { Qf(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "polar", e; })(Y);
function ih(i) { ct(te), kt.registerAxisPointerClass("PolarAxisPointer", hl), i.registerCoordinateSystem("polar", bl), i.registerComponentModel(dl), i.registerComponentView(rh), _r(i, "angle", vl, th), _r(i, "radius", ml, eh), i.registerComponentView(Cl), i.registerComponentView(Tl), i.registerLayout(Al), Dl(i, Ke); }
import { __extends as yh } from "tslib";
import { __extends as oh } from "tslib";
function Cr(i, e) { e = e || {}; var t = i.coordinateSystem, r = i.axis, o = {}, n = r.position, a = r.orient, s = t.getRect(), l = [s.x, s.x + s.width, s.y, s.y + s.height], u = { horizontal: { top: l[2], bottom: l[3] }, vertical: { left: l[0], right: l[1] } }; o.position = [a === "vertical" ? u.vertical[n] : l[0], a === "horizontal" ? u.horizontal[n] : l[3]]; var p = { horizontal: 0, vertical: 1 }; o.rotation = Math.PI / 2 * p[a]; var c = { top: -1, bottom: 1, right: 1, left: -1 }; o.labelDirection = o.tickDirection = o.nameDirection = c[n], i.get(["axisTick", "inside"]) && (o.tickDirection = -o.tickDirection), Dt(e.labelInside, i.get(["axisLabel", "inside"])) && (o.labelDirection = -o.labelDirection); var f = i.get(["axisLabel", "rotate"]); return o.labelRotate = n === "top" ? -f : f, o.z2 = 1, o; }
var nh = ["splitArea", "splitLine", "breakArea"], ah = (function (i) { oh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.axisPointerClass = "SingleAxisPointer", t; } return e.prototype.render = function (t, r, o, n) { var a = this.group; a.removeAll(); var s = this._axisGroup; this._axisGroup = new tt; var l = Cr(t), u = new Ht(t, o, l); u.build(), a.add(this._axisGroup), a.add(u.group), S(nh, function (p) { t.get([p, "show"]) && sh[p](this, this.group, this._axisGroup, t, o); }, this), $r(s, this._axisGroup, t), i.prototype.render.call(this, t, r, o, n); }, e.prototype.remove = function () { ks(this); }, e.type = "singleAxis", e; })(kt), sh = { splitLine: function (i, e, t, r, o) { var n = r.axis; if (!n.scale.isBlank()) {
        var a = r.getModel("splitLine"), s = a.getModel("lineStyle"), l = s.get("color");
        l = l instanceof Array ? l : [l];
        for (var u = s.get("width"), p = r.coordinateSystem.getRect(), c = n.isHorizontal(), f = [], h = 0, d = n.getTicksCoords({ tickModel: a, breakTicks: "none", pruneByBreak: "preserve_extent_bound" }), v = [], m = [], g = 0; g < d.length; ++g) {
            var y = n.toGlobalCoord(d[g].coord);
            c ? (v[0] = y, v[1] = p.y, m[0] = y, m[1] = p.y + p.height) : (v[0] = p.x, v[1] = y, m[0] = p.x + p.width, m[1] = y);
            var x = new It({ shape: { x1: v[0], y1: v[1], x2: m[0], y2: m[1] }, silent: !0 });
            qa(x.shape, u);
            var _ = h++ % l.length;
            f[_] = f[_] || [], f[_].push(x);
        }
        for (var b = s.getLineStyle(["color"]), g = 0; g < f.length; ++g)
            e.add(Lt(f[g], { style: X({ stroke: l[g % l.length] }, b), silent: !0 }));
    } }, splitArea: function (i, e, t, r, o) { Ps(i, t, r, r); }, breakArea: function (i, e, t, r, o) { var n = Ts(), a = r.axis.scale; n && a.type !== "ordinal" && n.rectCoordBuildBreakAxis(e, i, r, r.coordinateSystem.getRect(), o); } }, Ll = ah;
import { __extends as lh } from "tslib";
var Di = "single", zl = "singleAxis", Ii = "singleAxis", Ol = (function (i) { lh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.getCoordSysModel = function () { return this; }, e.type = Ii, e.layoutMode = "box", e.defaultOption = { left: "5%", top: "5%", right: "5%", bottom: "5%", type: "value", position: "bottom", orient: "horizontal", axisLine: { show: !0, lineStyle: { width: 1, type: "solid" } }, tooltip: { show: !0 }, axisTick: { show: !0, length: 6, lineStyle: { width: 1 } }, axisLabel: { show: !0, interval: "auto" }, splitLine: { show: !0, lineStyle: { type: "dashed", opacity: .2 } }, jitter: 0, jitterOverlap: !0, jitterMargin: 2 }, e; })(F);
re(Ol, di.prototype);
var Li = Ol;
import { __extends as uh } from "tslib";
var ph = (function (i) { uh(e, i); function e(t, r, o, n, a) { var s = i.call(this, t, r, o) || this; return s.type = n || "value", s.position = a || "bottom", s; } return e.prototype.isHorizontal = function () { var t = this.position; return t === "top" || t === "bottom"; }, e.prototype.pointToData = function (t, r) { return this.coordinateSystem.pointToData(t)[0]; }, e; })(Pt), Pl = ph;
var qo = ["single"], ch = (function () { function i(e, t, r) { this.type = Di, this.dimension = "single", this.dimensions = qo, this.axisPointerEnabled = !0, this.model = e, this._init(e, t, r); } return i.prototype._init = function (e, t, r) { var o = this.dimension, n = ci(e), a = new Pl(o, We(e, n, !0), [0, 0], n, e.get("position")); a.onBand = hi(a.scale, e), a.inverse = e.get("inverse"), a.orient = e.get("orient"), e.axis = a, a.model = e, a.coordinateSystem = this, this._axis = a; }, i.prototype.update = function (e, t) { var r = this._axis; Se(r, gr), yr(r); }, i.prototype.resize = function (e, t) { var r = mt(e, t).refContainer; this._rect = ut(e.getBoxLayoutParams(), r), this._adjustAxis(); }, i.prototype.getRect = function () { return this._rect; }, i.prototype._adjustAxis = function () { var e = this._rect, t = this._axis, r = t.isHorizontal(), o = r ? [0, e.width] : [0, e.height], n = t.inverse ? 1 : 0; t.setExtent(o[n], o[1 - n]), this._updateAxisTransform(t, r ? e.x : e.y); }, i.prototype._updateAxisTransform = function (e, t) { var r = e.getExtent(), o = r[0] + r[1], n = e.isHorizontal(); e.toGlobalCoord = n ? function (a) { return a + t; } : function (a) { return o - a + t; }, e.toLocalCoord = n ? function (a) { return a - t; } : function (a) { return o - a + t; }; }, i.prototype.getAxis = function () { return this._axis; }, i.prototype.getBaseAxis = function () { return this._axis; }, i.prototype.getAxes = function () { return [this._axis]; }, i.prototype.getTooltipAxes = function () { return { baseAxes: [this.getAxis()], otherAxes: [] }; }, i.prototype.containPoint = function (e) { var t = this.getRect(), r = this.getAxis(), o = r.orient; return o === "horizontal" ? r.contain(r.toLocalCoord(e[0])) && e[1] >= t.y && e[1] <= t.y + t.height : r.contain(r.toLocalCoord(e[1])) && e[0] >= t.y && e[0] <= t.y + t.height; }, i.prototype.pointToData = function (e, t, r) { r = r || []; var o = this.getAxis(); return r[0] = o.coordToData(o.toLocalCoord(e[o.orient === "horizontal" ? 0 : 1])), r; }, i.prototype.dataToPoint = function (e, t, r) { var o = this.getAxis(), n = this.getRect(); r = r || []; var a = o.orient === "horizontal" ? 0 : 1; return e instanceof Array && (e = e[0]), r[a] = o.toGlobalCoord(o.dataToCoord(+e)), r[1 - a] = a === 0 ? n.y + n.height / 2 : n.x + n.width / 2, r; }, i.prototype.convertToPixel = function (e, t, r) { var o = kl(t); return o === this ? this.dataToPoint(r) : null; }, i.prototype.convertFromPixel = function (e, t, r) { var o = kl(t); return o === this ? this.pointToData(r) : null; }, i; })();
function kl(i) { var e = i.seriesModel, t = i.singleAxisModel; return t && t.coordinateSystem || e && e.coordinateSystem; }
var Rl = ch;
function fh(i, e) { var t = []; return i.eachComponent(Ii, function (r, o) { var n = new Rl(r, i, e); n.name = "single_" + o, n.resize(r, e), r.coordinateSystem = n, t.push(n); }), i.eachSeries(function (r) { if (r.get("coordinateSystem") === zl) {
    var o = r.getReferringComponents(Ii, Tt).models[0], n = r.coordinateSystem = o && o.coordinateSystem;
    n && mr(n.getAxis(), r, Di);
} }), t; }
var hh = { create: fh, dimensions: qo }, El = hh;
import { __extends as dh } from "tslib";
var Vl = ["x", "y"], vh = ["width", "height"], mh = (function (i) { dh(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.makeElOption = function (t, r, o, n, a) { var s = o.axis, l = s.coordinateSystem, u = Oi(s), p = zi(l, u), c = zi(l, 1 - u), f = l.dataToPoint(r)[0], h = n.get("type"); if (h && h !== "none") {
    var d = je(n), v = gh[h](s, f, p, c, n.get("seriesDataIndices"), n.ecModel);
    v.style = d, t.graphicKey = v.type, t.pointer = v;
} var m = Cr(o); _i(r, t, m, o, n, a); }, e.prototype.getHandleTransform = function (t, r, o) { var n = Cr(r, { labelInside: !1 }); n.labelMargin = o.get(["handle", "margin"]); var a = Sr(r.axis, t, n); return { x: a[0], y: a[1], rotation: n.rotation + (n.labelDirection < 0 ? Math.PI : 0) }; }, e.prototype.updateHandleTransform = function (t, r, o, n) { var a = o.axis, s = a.coordinateSystem, l = Oi(a), u = zi(s, l), p = [t.x, t.y]; p[l] += r[l], p[l] = Math.min(u[1], p[l]), p[l] = Math.max(u[0], p[l]); var c = zi(s, 1 - l), f = (c[1] + c[0]) / 2, h = [f, f]; return h[l] = p[l], { x: p[0], y: p[1], rotation: t.rotation, cursorPoint: h, tooltipOption: { verticalAlign: "middle" } }; }, e; })(qe), gh = { line: function (i, e, t, r) { var o = $e([e, r[0]], [e, r[1]], Oi(i)); return { type: "Line", subPixelOptimize: !0, shape: o }; }, shadow: function (i, e, t, r, o, n) { var a = Je(i, o, n), s = r[1] - r[0], l = Qe(e, t, a), u = l[0], p = l[1]; return { type: "Rect", shape: Si([u, r[0]], [p - u, s], Oi(i)) }; } };
function Oi(i) { return i.isHorizontal() ? 0 : 1; }
function zi(i, e) { var t = i.getRect(); return [t[Vl[e]], t[Vl[e]] + t[vh[e]]]; }
var Ul = mh;
var xh = (function (i) { yh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "single", e; })(Y);
function _h(i) { ct(te), kt.registerAxisPointerClass("SingleAxisPointer", Ul), i.registerComponentView(xh), i.registerComponentView(Ll), i.registerComponentModel(Li), _r(i, "single", Li, Li.defaultOption), i.registerCoordinateSystem("single", El); }
import { __extends as Sh } from "tslib";
var bh = (function (i) { Sh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function (t, r, o) { var n = Ge(t); i.prototype.init.apply(this, arguments), Nl(t, n); }, e.prototype.mergeOption = function (t) { i.prototype.mergeOption.apply(this, arguments), Nl(this.option, t); }, e.prototype.getCellSize = function () { return this.option.cellSize; }, e.type = "calendar", e.layoutMode = "box", e.defaultOption = { z: 2, left: 80, top: 60, cellSize: 20, orient: "horizontal", splitLine: { show: !0, lineStyle: { color: T.color.axisLine, width: 1, type: "solid" } }, itemStyle: { color: T.color.neutral00, borderWidth: 1, borderColor: T.color.neutral10 }, dayLabel: { show: !0, firstDay: 0, position: "start", margin: T.size.s, color: T.color.secondary }, monthLabel: { show: !0, position: "start", margin: T.size.s, align: "center", formatter: null, color: T.color.secondary }, yearLabel: { show: !0, position: null, margin: T.size.xl, formatter: null, color: T.color.quaternary, fontFamily: "sans-serif", fontWeight: "bolder", fontSize: 20 } }, e; })(F);
function Nl(i, e) { var t = i.cellSize, r; D(t) ? r = t : r = i.cellSize = [t, t], r.length === 1 && (r[1] = r[0]); var o = k([0, 1], function (n) { return os(e, n) && (r[n] = "auto"), r[n] != null && r[n] !== "auto"; }); He(i, e, { type: "box", ignoreSize: o }); }
var Bl = bh;
import { __extends as wh } from "tslib";
var Ch = (function (i) { wh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, r, o) { var n = this.group; n.removeAll(); var a = t.coordinateSystem, s = a.getRangeInfo(), l = a.getOrient(), u = r.getLocaleModel(); this._renderDayRect(t, s, n), this._renderLines(t, s, l, n), this._renderYearText(t, s, l, n), this._renderMonthText(t, u, l, n), this._renderWeekText(t, u, s, l, n); }, e.prototype._renderDayRect = function (t, r, o) { for (var n = t.coordinateSystem, a = t.getModel("itemStyle").getItemStyle(), s = n.getCellWidth(), l = n.getCellHeight(), u = r.start.time; u <= r.end.time; u = n.getNextNDay(u, 1).time) {
    var p = n.dataToCalendarLayout([u], !1).tl, c = new et({ shape: { x: p[0], y: p[1], width: s, height: l }, cursor: "default", style: a });
    o.add(c);
} }, e.prototype._renderLines = function (t, r, o, n) { var a = this, s = t.coordinateSystem, l = t.getModel(["splitLine", "lineStyle"]).getLineStyle(), u = t.get(["splitLine", "show"]), p = l.lineWidth; this._tlpoints = [], this._blpoints = [], this._firstDayOfMonth = [], this._firstDayPoints = []; for (var c = r.start, f = 0; c.time <= r.end.time; f++) {
    d(c.formatedDate), f === 0 && (c = s.getDateInfo(r.start.y + "-" + r.start.m));
    var h = c.date;
    h.setMonth(h.getMonth() + 1), c = s.getDateInfo(h);
} d(s.getNextNDay(r.end.time, 1).formatedDate); function d(v) { a._firstDayOfMonth.push(s.getDateInfo(v)), a._firstDayPoints.push(s.dataToCalendarLayout([v], !1).tl); var m = a._getLinePointsOfOneWeek(t, v, o); a._tlpoints.push(m[0]), a._blpoints.push(m[m.length - 1]), u && a._drawSplitline(m, l, n); } u && this._drawSplitline(a._getEdgesPoints(a._tlpoints, p, o), l, n), u && this._drawSplitline(a._getEdgesPoints(a._blpoints, p, o), l, n); }, e.prototype._getEdgesPoints = function (t, r, o) { var n = [t[0].slice(), t[t.length - 1].slice()], a = o === "horizontal" ? 0 : 1; return n[0][a] = n[0][a] - r / 2, n[1][a] = n[1][a] + r / 2, n; }, e.prototype._drawSplitline = function (t, r, o) { var n = new qr({ z2: 20, shape: { points: t }, style: r }); o.add(n); }, e.prototype._getLinePointsOfOneWeek = function (t, r, o) { for (var n = t.coordinateSystem, a = n.getDateInfo(r), s = [], l = 0; l < 7; l++) {
    var u = n.getNextNDay(a.time, l), p = n.dataToCalendarLayout([u.time], !1);
    s[2 * u.day] = p.tl, s[2 * u.day + 1] = p[o === "horizontal" ? "bl" : "tr"];
} return s; }, e.prototype._formatterLabel = function (t, r) { return R(t) && t ? ei(t, r) : H(t) ? t(r) : r.nameMap; }, e.prototype._yearTextPositionControl = function (t, r, o, n, a) { var s = r[0], l = r[1], u = ["center", "bottom"]; n === "bottom" ? (l += a, u = ["center", "top"]) : n === "left" ? s -= a : n === "right" ? (s += a, u = ["center", "top"]) : l -= a; var p = 0; return (n === "left" || n === "right") && (p = Math.PI / 2), { rotation: p, x: s, y: l, style: { align: u[0], verticalAlign: u[1] } }; }, e.prototype._renderYearText = function (t, r, o, n) { var a = t.getModel("yearLabel"); if (a.get("show")) {
    var s = a.get("margin"), l = a.get("position");
    l || (l = o !== "horizontal" ? "top" : "left");
    var u = [this._tlpoints[this._tlpoints.length - 1], this._blpoints[0]], p = (u[0][0] + u[1][0]) / 2, c = (u[0][1] + u[1][1]) / 2, f = o === "horizontal" ? 0 : 1, h = { top: [p, u[f][1]], bottom: [p, u[1 - f][1]], left: [u[1 - f][0], c], right: [u[f][0], c] }, d = r.start.y;
    +r.end.y > +r.start.y && (d = d + "-" + r.end.y);
    var v = a.get("formatter"), m = { start: r.start.y, end: r.end.y, nameMap: d }, g = this._formatterLabel(v, m), y = new G({ z2: 30, style: ot(a, { text: g }), silent: a.get("silent") });
    y.attr(this._yearTextPositionControl(y, h[l], o, l, s)), n.add(y);
} }, e.prototype._monthTextPositionControl = function (t, r, o, n, a) { var s = "left", l = "top", u = t[0], p = t[1]; return o === "horizontal" ? (p = p + a, r && (s = "center"), n === "start" && (l = "bottom")) : (u = u + a, r && (l = "middle"), n === "start" && (s = "right")), { x: u, y: p, align: s, verticalAlign: l }; }, e.prototype._renderMonthText = function (t, r, o, n) { var a = t.getModel("monthLabel"); if (a.get("show")) {
    var s = a.get("nameMap"), l = a.get("margin"), u = a.get("position"), p = a.get("align"), c = [this._tlpoints, this._blpoints];
    (!s || R(s)) && (s && (r = xo(s) || r), s = r.get(["time", "monthAbbr"]) || []);
    var f = u === "start" ? 0 : 1, h = o === "horizontal" ? 0 : 1;
    l = u === "start" ? -l : l;
    for (var d = p === "center", v = a.get("silent"), m = 0; m < c[f].length - 1; m++) {
        var g = c[f][m].slice(), y = this._firstDayOfMonth[m];
        if (d) {
            var x = this._firstDayPoints[m];
            g[h] = (x[h] + c[0][m + 1][h]) / 2;
        }
        var _ = a.get("formatter"), b = s[+y.m - 1], w = { yyyy: y.y, yy: (y.y + "").slice(2), MM: y.m, M: +y.m, nameMap: b }, C = this._formatterLabel(_, w), A = new G({ z2: 30, style: U(ot(a, { text: C }), this._monthTextPositionControl(g, d, o, u, l)), silent: v });
        n.add(A);
    }
} }, e.prototype._weekTextPositionControl = function (t, r, o, n, a) { var s = "center", l = "middle", u = t[0], p = t[1], c = o === "start"; return r === "horizontal" ? (u = u + n + (c ? 1 : -1) * a[0] / 2, s = c ? "right" : "left") : (p = p + n + (c ? 1 : -1) * a[1] / 2, l = c ? "bottom" : "top"), { x: u, y: p, align: s, verticalAlign: l }; }, e.prototype._renderWeekText = function (t, r, o, n, a) { var s = t.getModel("dayLabel"); if (s.get("show")) {
    var l = t.coordinateSystem, u = s.get("position"), p = s.get("nameMap"), c = s.get("margin"), f = l.getFirstDayOfWeek();
    if (!p || R(p)) {
        p && (r = xo(p) || r);
        var h = r.get(["time", "dayOfWeekShort"]);
        p = h || k(r.get(["time", "dayOfWeekAbbr"]), function (w) { return w[0]; });
    }
    var d = l.getNextNDay(o.end.time, 7 - o.lweek).time, v = [l.getCellWidth(), l.getCellHeight()];
    c = $(c, Math.min(v[1], v[0])), u === "start" && (d = l.getNextNDay(o.start.time, -(7 + o.fweek)).time, c = -c);
    for (var m = s.get("silent"), g = 0; g < 7; g++) {
        var y = l.getNextNDay(d, g), x = l.dataToCalendarLayout([y.time], !1).center, _ = g;
        _ = Math.abs((g + f) % 7);
        var b = new G({ z2: 30, style: U(ot(s, { text: p[_] }), this._weekTextPositionControl(x, n, u, c, v)), silent: m });
        a.add(b);
    }
} }, e.type = "calendar", e; })(Y), Hl = Ch;
var jo = 864e5, Th = (function () { function i(e, t, r) { this.type = "calendar", this.dimensions = i.dimensions, this.getDimensionsInfo = i.getDimensionsInfo, this._model = e, this._update(t, r); } return i.getDimensionsInfo = function () { return [{ name: "time", type: "time" }, "value"]; }, i.prototype.getRangeInfo = function () { return this._rangeInfo; }, i.prototype.getModel = function () { return this._model; }, i.prototype.getRect = function () { return this._rect; }, i.prototype.getCellWidth = function () { return this._sw; }, i.prototype.getCellHeight = function () { return this._sh; }, i.prototype.getOrient = function () { return this._orient; }, i.prototype.getFirstDayOfWeek = function () { return this._firstDayOfWeek; }, i.prototype.getDateInfo = function (e) { e = ba(e); var t = e.getFullYear(), r = e.getMonth() + 1, o = r < 10 ? "0" + r : "" + r, n = e.getDate(), a = n < 10 ? "0" + n : "" + n, s = e.getDay(); return s = Math.abs((s + 7 - this.getFirstDayOfWeek()) % 7), { y: t + "", m: o, d: a, day: s, time: e.getTime(), formatedDate: t + "-" + o + "-" + a, date: e }; }, i.prototype.getNextNDay = function (e, t) { return t = t || 0, t === 0 ? this.getDateInfo(e) : (e = new Date(this.getDateInfo(e).time), e.setDate(e.getDate() + t), this.getDateInfo(e)); }, i.prototype._update = function (e, t) { this._firstDayOfWeek = +this._model.getModel("dayLabel").get("firstDay"), this._orient = this._model.get("orient"), this._lineWidth = this._model.getModel("itemStyle").getItemStyle().lineWidth || 0, this._rangeInfo = this._getRangeInfo(this._initRangeOption()); var r = this._rangeInfo.weeks || 1, o = ["width", "height"], n = this._model.getCellSize().slice(), a = this._model.getBoxLayoutParams(), s = this._orient === "horizontal" ? [r, 7] : [7, r]; S([0, 1], function (c) { p(n, c) && (a[o[c]] = n[c] * s[c]); }); var l = { width: t.getWidth(), height: t.getHeight() }, u = this._rect = ut(a, l); S([0, 1], function (c) { p(n, c) || (n[c] = u[o[c]] / s[c]); }); function p(c, f) { return c[f] != null && c[f] !== "auto"; } this._sw = n[0], this._sh = n[1]; }, i.prototype.dataToPoint = function (e, t, r) { r = r || [], D(e) && (e = e[0]), t == null && (t = !0); var o = this.getDateInfo(e), n = this._rangeInfo, a = o.formatedDate; if (t && !(o.time >= n.start.time && o.time < n.end.time + jo))
    return r[0] = r[1] = NaN, r; var s = o.day, l = this._getRangeInfo([n.start.time, a]).nthWeek; return this._orient === "vertical" ? (r[0] = this._rect.x + s * this._sw + this._sw / 2, r[1] = this._rect.y + l * this._sh + this._sh / 2) : (r[0] = this._rect.x + l * this._sw + this._sw / 2, r[1] = this._rect.y + s * this._sh + this._sh / 2), r; }, i.prototype.pointToData = function (e) { var t = this.pointToDate(e); return t && t.time; }, i.prototype.dataToLayout = function (e, t, r) { r = r || {}; var o = r.rect = r.rect || {}, n = r.contentRect = r.contentRect || {}, a = this.dataToPoint(e, t); return o.x = a[0] - this._sw / 2, o.y = a[1] - this._sh / 2, o.width = this._sw, o.height = this._sh, wt.copy(n, o), Ve(n, this._lineWidth / 2, !0, !0), r; }, i.prototype.dataToCalendarLayout = function (e, t) { var r = this.dataToPoint(e, t); return { center: r, tl: [r[0] - this._sw / 2, r[1] - this._sh / 2], tr: [r[0] + this._sw / 2, r[1] - this._sh / 2], br: [r[0] + this._sw / 2, r[1] + this._sh / 2], bl: [r[0] - this._sw / 2, r[1] + this._sh / 2] }; }, i.prototype.pointToDate = function (e) { var t = Math.floor((e[0] - this._rect.x) / this._sw) + 1, r = Math.floor((e[1] - this._rect.y) / this._sh) + 1, o = this._rangeInfo.range; return this._orient === "vertical" ? this._getDateByWeeksAndDay(r, t - 1, o) : this._getDateByWeeksAndDay(t, r - 1, o); }, i.prototype.convertToPixel = function (e, t, r) { var o = $o(t); return o === this ? o.dataToPoint(r) : null; }, i.prototype.convertToLayout = function (e, t, r) { var o = $o(t); return o === this ? o.dataToLayout(r) : null; }, i.prototype.convertFromPixel = function (e, t, r) { var o = $o(t); return o === this ? o.pointToData(r) : null; }, i.prototype.containPoint = function (e) { return console.warn("Not implemented."), !1; }, i.prototype._initRangeOption = function () { var e = this._model.get("range"), t; if (D(e) && e.length === 1 && (e = e[0]), D(e))
    t = e;
else {
    var r = e.toString();
    if (/^\d{4}$/.test(r) && (t = [r + "-01-01", r + "-12-31"]), /^\d{4}[\/|-]\d{1,2}$/.test(r)) {
        var o = this.getDateInfo(r), n = o.date;
        n.setMonth(n.getMonth() + 1);
        var a = this.getNextNDay(n, -1);
        t = [o.formatedDate, a.formatedDate];
    }
    /^\d{4}[\/|-]\d{1,2}[\/|-]\d{1,2}$/.test(r) && (t = [r, r]);
} if (!t)
    return e; var s = this._getRangeInfo(t); return s.start.time > s.end.time && t.reverse(), t; }, i.prototype._getRangeInfo = function (e) { var t = [this.getDateInfo(e[0]), this.getDateInfo(e[1])], r; t[0].time > t[1].time && (r = !0, t.reverse()); var o = Math.floor(t[1].time / jo) - Math.floor(t[0].time / jo) + 1, n = new Date(t[0].time), a = n.getDate(), s = t[1].date.getDate(); n.setDate(a + o - 1); var l = n.getDate(); if (l !== s)
    for (var u = n.getTime() - t[1].time > 0 ? 1 : -1; (l = n.getDate()) !== s && (n.getTime() - t[1].time) * u > 0;)
        o -= u, n.setDate(l - u); var p = Math.floor((o + t[0].day + 6) / 7), c = r ? -p + 1 : p - 1; return r && t.reverse(), { range: [t[0].formatedDate, t[1].formatedDate], start: t[0], end: t[1], allDay: o, weeks: p, nthWeek: c, fweek: t[0].day, lweek: t[1].day }; }, i.prototype._getDateByWeeksAndDay = function (e, t, r) { var o = this._getRangeInfo(r); if (e > o.weeks || e === 0 && t < o.fweek || e === o.weeks && t > o.lweek)
    return null; var n = (e - 1) * 7 - o.fweek + t, a = new Date(o.start.time); return a.setDate(+o.start.d + n), this.getDateInfo(a); }, i.create = function (e, t) { var r = []; return e.eachComponent("calendar", function (o) { var n = new i(o, e, t); r.push(n), o.coordinateSystem = n; }), e.eachComponent(function (o, n) { ri({ targetModel: n, coordSysType: "calendar", coordSysProvider: ii }); }), r; }, i.dimensions = ["time", "value"], i; })();
function $o(i) { var e = i.calendarModel, t = i.seriesModel, r = e ? e.coordinateSystem : t ? t.coordinateSystem : null; return r; }
var Gl = Th;
function Mh(i) { i.registerComponentModel(Bl), i.registerComponentView(Hl), i.registerCoordinateSystem("calendar", Gl); }
import { __extends as jl } from "tslib";
var Gt = { level: 1, leaf: 2, nonLeaf: 3 }, Ft = { none: 0, all: 1, body: 2, corner: 3 };
function Jo(i, e, t) { var r = e[P[t]].getCell(i); return !r && ie(i) && i < 0 && (r = e[P[1 - t]].getUnitLayoutInfo(t, Math.round(i))), r; }
function Pi(i) { var e = i || []; return e[0] = e[0] || [], e[1] = e[1] || [], e[0][0] = e[0][1] = e[1][0] = e[1][1] = NaN, e; }
function ki(i, e, t, r, o) { Fl(i[0], e, o, t, r, 0), Fl(i[1], e, o, t, r, 1); }
function Fl(i, e, t, r, o, n) { i[0] = 1 / 0, i[1] = -1 / 0; var a = r[n], s = D(a) ? a : [a], l = s.length, u = !!t; if (l >= 1 ? (Zl(i, e, s, u, o, n, 0), l > 1 && Zl(i, e, s, u, o, n, l - 1)) : i[0] = i[1] = NaN, u) {
    var p = -o[P[1 - n]].getLocatorCount(n), c = o[P[n]].getLocatorCount(n) - 1;
    t === Ft.body ? p = pt(0, p) : t === Ft.corner && (c = ht(-1, c)), c < p && (p = c = NaN), Wt(i[0]) && (i[0] = p), Wt(i[1]) && (i[1] = c), i[0] = pt(ht(i[0], c), p), i[1] = pt(ht(i[1], c), p);
} }
function Zl(i, e, t, r, o, n, a) { var s = Jo(t[a], o, n); if (!s) {
    i[0] = i[1] = NaN;
    return;
} var l = s.id[P[n]], u = l, p = Ih(s); p && (u += p.span[P[n]] - 1), i[0] = ht(i[0], l, u), i[1] = pt(i[1], l, u); }
function Tr(i, e) { return Wt(i[e][0]) || Wt(i[e][1]); }
function Qo(i, e, t, r) { e = e || Ah; for (var o = 0; o < r; o++)
    e[o] = !1; for (;;) {
    for (var n = !1, o = 0; o < r; o++) {
        var a = t[o];
        !e[o] && a.cellMergeOwner && Dh(i, a.locatorRange) && (e[o] = !0, n = !0);
    }
    if (!n)
        break;
} }
var Ah = [];
function Dh(i, e) { return !Wl(i[0], e[0]) || !Wl(i[1], e[1]) ? !1 : (i[0][0] = ht(i[0][0], e[0][0]), i[0][1] = pt(i[0][1], e[0][1]), i[1][0] = ht(i[1][0], e[1][0]), i[1][1] = pt(i[1][1], e[1][1]), !0); }
function Wl(i, e) { return i[1] >= e[0] && i[0] <= e[1]; }
function tn(i, e) { i.id.set(e[0][0], e[1][0]), i.span.set(e[0][1] - i.id.x + 1, e[1][1] - i.id.y + 1); }
function Yl(i, e) { i[0][0] = e[0][0], i[0][1] = e[0][1], i[1][0] = e[1][0], i[1][1] = e[1][1]; }
function en(i, e, t, r) { var o = Jo(e[r][0], t, r), n = Jo(e[r][1], t, r); i[P[r]] = i[Ct[r]] = NaN, o && n && (i[P[r]] = o.xy, i[Ct[r]] = n.xy + n.wh - o.xy); }
function tr(i, e, t, r) { return i[P[e]] = t, i[P[1 - e]] = r, i; }
function Ih(i) { return i && (i.type === Gt.leaf || i.type === Gt.nonLeaf) ? i : null; }
function Ce() { return { x: NaN, y: NaN, width: NaN, height: NaN }; }
var rn = (function () { function i(e, t) { this._cells = [], this._levels = [], this.dim = e, this.dimIdx = e === "x" ? 0 : 1, this._model = t, this._uniqueValueGen = Lh(e); var r = t.get("data", !0), o = t.get("length", !0); if (r != null && !D(r) && (r = []), r)
    this._initByDimModelData(r);
else if (o != null) {
    r = Array(o);
    for (var n = 0; n < o; n++)
        r[n] = null;
    this._initByDimModelData(r);
}
else
    this._initBySeriesData(); } return i.prototype._initByDimModelData = function (e) { var t = this, r = t._cells, o = t._levels, n = [], a = 0; t._leavesCount = s(e, 0, 0), l(); return; function s(u, p, c) { var f = 0; return u && S(u, function (h, d) { var v = !1, m; R(h) ? m = { value: h } : it(h) ? (m = h, h.value != null && !R(h.value) && (v = !0, m = { value: null })) : (m = { value: null }, h != null && (v = !0)); var g = { type: Gt.nonLeaf, ordinal: NaN, level: c, firstLeafLocator: p, id: new bt, span: tr(new bt, t.dimIdx, 1, 1), option: m, xy: NaN, wh: NaN, dim: t, rect: Ce() }; a++, (n[p] || (n[p] = [])).push(g), o[c] || (o[c] = { type: Gt.level, xy: NaN, wh: NaN, option: null, id: new bt, dim: t }); var y = s(m.children, p, c + 1), x = Math.max(1, y); g.span[P[t.dimIdx]] = x, f += x, p += x; }), f; } function l() { for (var u = []; r.length < a;)
    for (var p = 0; p < n.length; p++) {
        var c = n[p].pop();
        if (c) {
            c.ordinal = u.length;
            var f = c.option.value;
            u.push(f), r.push(c), t._uniqueValueGen.calcDupBase(f);
        }
    } t._uniqueValueGen.ensureValueUnique(u, r); var h = t._ordinalMeta = new Ao({ categories: u, needCollect: !1, deduplication: !1 }); t._scale = new Do({ ordinalMeta: h }); for (var d = 0; d < t._leavesCount; d++) {
    var v = t._cells[d];
    v.type = Gt.leaf, v.span[P[1 - t.dimIdx]] = t._levels.length - v.level;
} t._initCellsId(), t._initLevelIdOptions(); } }, i.prototype._initBySeriesData = function () { var e = this; e._leavesCount = 0, e._levels = [{ type: Gt.level, xy: NaN, wh: NaN, option: null, id: new bt, dim: e }], e._initLevelIdOptions(); var t = e._ordinalMeta = new Ao({ needCollect: !0, deduplication: !0, onCollect: function (r, o) { var n = e._cells[o] = { type: Gt.leaf, ordinal: o, level: 0, firstLeafLocator: o, id: new bt, span: tr(new bt, e.dimIdx, 1, 1), option: { value: r + "" }, xy: NaN, wh: NaN, dim: e, rect: Ce() }; e._leavesCount++, e._setCellId(n); } }); e._scale = new Do({ ordinalMeta: t }); }, i.prototype._setCellId = function (e) { var t = this._levels.length, r = this.dimIdx; tr(e.id, r, e.firstLeafLocator, e.level - t); }, i.prototype._initCellsId = function () { var e = this._levels.length, t = this.dimIdx; S(this._cells, function (r) { tr(r.id, t, r.firstLeafLocator, r.level - e); }); }, i.prototype._initLevelIdOptions = function () { var e = this._levels.length, t = this.dimIdx, r = this._model.get("levels", !0); r = D(r) ? r : [], S(this._levels, function (o, n) { tr(o.id, t, 0, n - e), o.option = r[n]; }); }, i.prototype.shouldShow = function () { return !!this._model.getShallow("show", !0); }, i.prototype.resetLayoutIterator = function (e, t, r, o) { if (e = e || new Ut, t === this.dimIdx) {
    var n = this._leavesCount, a = r != null ? Math.max(0, r) : 0;
    o = o != null ? Math.min(o, n) : n, e.reset(this._cells, a, a + o);
}
else {
    var n = this._levels.length, a = r != null ? Math.max(0, r + n) : 0;
    o = o != null ? Math.min(o, n) : n, e.reset(this._levels, a, a + o);
} return e; }, i.prototype.resetCellIterator = function (e) { return (e || new Ut).reset(this._cells, 0); }, i.prototype.resetLevelIterator = function (e) { return (e || new Ut).reset(this._levels, 0); }, i.prototype.getLayout = function (e, t, r) { var o = this.getUnitLayoutInfo(t, r); e[P[t]] = o ? o.xy : NaN, e[Ct[t]] = o ? o.wh : NaN; }, i.prototype.getUnitLayoutInfo = function (e, t) { return e === this.dimIdx ? t < this._leavesCount ? this._cells[t] : void 0 : this._levels[t + this._levels.length]; }, i.prototype.getCell = function (e) { var t = this._scale.parse(e); return Wt(t) ? void 0 : this._cells[t]; }, i.prototype.getLocatorCount = function (e) { return e === this.dimIdx ? this._leavesCount : this._levels.length; }, i.prototype.getOrdinalMeta = function () { return this._ordinalMeta; }, i; })();
function Lh(i) { var e = i.toUpperCase(), t = new RegExp("^" + e + "([0-9]+)$"), r = 0; function o(s) { var l; s != null && (l = s.match(t)) && (r = pt(r, +l[1] + 1)); } function n() { return "" + e + r++; } function a(s, l) { for (var u = K(), p = 0; p < s.length; p++) {
    var c = s[p];
    (c == null || u.get(c) != null) && (s[p] = c = n(), l[p].option = X({ value: c }, l[p].option)), u.set(c, !0);
} } return { calcDupBase: o, ensureValueUnique: a }; }
var nn = (function () { function i(e, t, r) { this._model = t, this._dims = r, this._kind = e, this._cellMergeOwnerList = []; } return i.prototype._ensureCellMap = function () { var e = this, t = e._cellMap; return t || (t = e._cellMap = K(), r()), t; function r() { var n = [], a = e._model.getShallow("data"); a && !D(a) && (a = null), S(a, function (d, v) { if (!(!it(d) || !D(d.coord))) {
    var m = Pi([]), g = null;
    if (ki(m, g, d.coord, e._dims, d.coordClamp ? Ft[e._kind] : Ft.none), !(Tr(m, 0) || Tr(m, 1))) {
        var y = d && d.mergeCells, x = { id: new bt, span: new bt, locatorRange: m, option: d, cellMergeOwner: y };
        tn(x, m), n.push(x);
    }
} }); for (var s = [], l = 0; l < n.length; l++) {
    var u = n[l];
    if (u.cellMergeOwner) {
        var p = u.locatorRange;
        Qo(p, s, n, l);
        for (var c = 0; c < l; c++)
            s[c] && (n[c].cellMergeOwner = !1);
        if (p[0][0] !== u.id.x || p[1][0] !== u.id.y) {
            u.cellMergeOwner = !1;
            var f = U({}, u.option);
            f.coord = null;
            var h = { id: new bt, span: new bt, locatorRange: p, option: f, cellMergeOwner: !0 };
            tn(h, p), n.push(h);
        }
    }
} S(n, function (d) { var v = o(d.id.x, d.id.y); if (d.cellMergeOwner && (v.cellMergeOwner = !0, v.span = d.span, v.locatorRange = d.locatorRange, v.spanRect = Ce(), e._cellMergeOwnerList.push(v)), !(!d.cellMergeOwner && !d.option))
    for (var m = 0; m < d.span.y; m++)
        for (var g = 0; g < d.span.x; g++) {
            var y = o(d.id.x + g, d.id.y + m);
            y.option = d.option, d.cellMergeOwner && (y.inSpanOf = v);
        } }); } function o(n, a) { var s = Xl(n, a), l = t.get(s); return l || (l = t.set(s, { id: new bt(n, a), option: null, inSpanOf: null, span: null, spanRect: null, locatorRange: null, cellMergeOwner: !1 })), l; } }, i.prototype.getCell = function (e) { return this._ensureCellMap().get(Xl(e[0], e[1])); }, i.prototype.travelExistingCells = function (e) { this._ensureCellMap().each(e); }, i.prototype.expandRangeByCellMerge = function (e) { if (!Tr(e, 0) && !Tr(e, 1) && e[0][0] === e[0][1] && e[1][0] === e[1][1]) {
    on[0] = e[0][0], on[1] = e[1][0];
    var t = this.getCell(on), r = t && t.inSpanOf;
    if (r) {
        Yl(e, r.locatorRange);
        return;
    }
} var o = this._cellMergeOwnerList; Qo(e, null, o, o.length); }, i; })();
var on = [];
function Xl(i, e) { return i + "|" + e; }
var an = { show: !0, color: T.color.secondary, overflow: "break", lineOverflow: "truncate", padding: [2, 3, 2, 3], distance: 0 };
function sn(i) { return { color: "none", borderWidth: 1, borderColor: i ? "none" : T.color.borderTint }; }
var Kl = { show: !0, label: an, itemStyle: sn(!1), silent: void 0, dividerLineStyle: { width: 1, color: T.color.border } }, zh = { label: an, itemStyle: sn(!1), silent: void 0 }, Oh = { label: an, itemStyle: sn(!0), silent: void 0 }, Ph = { z: -50, left: "10%", top: "10%", right: "10%", bottom: "10%", x: Kl, y: Kl, body: zh, corner: Oh, backgroundStyle: { color: "none", borderColor: T.color.axisLine, borderWidth: 1 }, triggerEvent: !1 }, kh = (function (i) { jl(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.optionUpdated = function () { var t = this._dimModels = { x: new ql(this.get("x", !0) || {}), y: new ql(this.get("y", !0) || {}) }; t.x.option.type = t.y.option.type = "category"; var r = t.x.dim = new rn("x", t.x), o = t.y.dim = new rn("y", t.y), n = { x: r, y: o }; this._body = new nn("body", new nt(this.getShallow("body")), n), this._corner = new nn("corner", new nt(this.getShallow("corner")), n); }, e.prototype.getDimensionModel = function (t) { return this._dimModels[t]; }, e.prototype.getBody = function () { return this._body; }, e.prototype.getCorner = function () { return this._corner; }, e.type = "matrix", e.layoutMode = "box", e.defaultOption = Ph, e; })(F), ql = (function (i) { jl(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.getOrdinalMeta = function () { return this.dim.getOrdinalMeta(); }, e; })(nt);
var $l = kh;
import { __extends as Rh } from "tslib";
var Ri = Math.round, Eh = 0, Vh = 99, Uh = { normal: 25, special: 100 }, Nh = { normal: 50, special: 125 }, Bh = (function (i) { Rh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, r) { this.group.removeAll(); var o = this.group, n = t.coordinateSystem, a = n.getRect(), s = t.getDimensionModel("x"), l = t.getDimensionModel("y"), u = s.dim, p = l.dim; Hh(o, t, r), Gh(o, t, u, p, r); var c = t.getShallow("borderZ2", !0), f = Z(c, Vh), h = f - 1, d = t.getModel("backgroundStyle").getItemStyle(["borderWidth"]); d.lineWidth = 0; var v = t.getModel("backgroundStyle").getItemStyle(["color", "decal", "shadowColor", "shadowBlur", "shadowOffsetX", "shadowOffsetY"]); v.fill = "none"; var m = ln(a.clone(), d, Eh), g = ln(a.clone(), v, f); m.silent = !0, g.silent = !0, o.add(m), o.add(g); var y = u.getUnitLayoutInfo(0, 0), x = p.getUnitLayoutInfo(1, 0); y && x && (u.shouldShow() && o.add(Jl({ x1: a.x, y1: x.xy, x2: a.x + a.width, y2: x.xy }, s.getModel("dividerLineStyle").getLineStyle(), h)), p.shouldShow() && o.add(Jl({ x1: y.xy, y1: a.y, x2: y.xy, y2: a.y + a.height }, l.getModel("dividerLineStyle").getLineStyle(), h))); }, e.type = "matrix", e; })(Y);
function Hh(i, e, t) { r(0), r(1); function r(o) { var n = e.getDimensionModel(P[o]), a = n.dim; if (a.shouldShow())
    for (var s = n.getModel("itemStyle"), l = n.getModel("label"), u = e.getShallow("tooltip", !0), p = [], c = a.resetCellIterator(); c.next();) {
        var f = c.item, h = {};
        wt.copy(h, f.rect), co(p, f.id.x, f.id.y), Ql(p, e, i, t, f.option, s, l, n, h, f.option.value, Nh, u, o === 0 ? "x" : "y");
    } } }
function Gh(i, e, t, r, o) { n("body", e.getBody(), t, r), t.shouldShow() && r.shouldShow() && n("corner", e.getCorner(), r, t); function n(a, s, l, u) { var p = new nt(e.getShallow(a, !0)), c = p.getModel("itemStyle"), f = p.getModel("label"), h = new Ut, d = new Ut, v = [], m = e.getShallow("tooltip", !0); for (u.resetLayoutIterator(d, 1); d.next();)
    for (l.resetLayoutIterator(h, 0); h.next();) {
        var g = h.item, y = d.item;
        co(v, g.id.x, y.id.y);
        var x = s.getCell(v);
        if (!(x && x.inSpanOf && x.inSpanOf !== x)) {
            var _ = {};
            x && x.span ? wt.copy(_, x.spanRect) : (g.dim.getLayout(_, 0, v[0]), y.dim.getLayout(_, 1, v[1]));
            var b = x ? x.option : null;
            Ql(v, e, i, o, b, c, f, p, _, b ? b.value : null, Uh, m, a);
        }
    } } }
function Ql(i, e, t, r, o, n, a, s, l, u, p, c, f) { var h; Ei.option = o ? o.itemStyle : null, Ei.parentModel = n, er.option = o, er.parentModel = s; var d = Z(er.getShallow("z2"), o && o.itemStyle ? p.special : p.normal), v = c && c.show, m = ln(l, Ei.getItemStyle(), d); t.add(m); var g = er.get("cursor"); g != null && m.attr("cursor", g); var y; if (u != null) {
    var x = u + "";
    Te.option = o ? o.label : null, Te.parentModel = a, Te.ecModel = r;
    var _ = Te.getShallow("formatter");
    if (_) {
        var b = { componentType: "matrix", componentIndex: e.componentIndex, name: x, value: u, coord: i.slice(), $vars: ["name", "value", "coord"] };
        if (R(_))
            x = ei(_, b);
        else if (H(_)) {
            var w = _(b);
            w != null && (x = w + "");
        }
    }
    if (Ue(m, { normal: Te }, { defaultText: x, autoOverflowArea: !0, layoutRect: V(m.shape) }), y = m.getTextContent(), y) {
        y.z2 = d + 1;
        var C = y.style;
        if (C && C.overflow && C.overflow !== "none" && C.lineOverflow) {
            var A = {};
            wt.copy(A, l), Ve(A, (((h = m.style) === null || h === void 0 ? void 0 : h.lineWidth) || 0) / 2, !0, !0), m.updateInnerText(), y.getLocalTransform(Vi), cr(Vi, Vi), wt.applyTransform(A, A, Vi), y.setClipPath(new et({ shape: A }));
        }
    }
    Xt({ el: m, componentModel: e, itemName: x, itemTooltipOption: c, formatterParamsExtra: { xyLocator: i.slice() } });
} var M = e.get("triggerEvent", !0); if (y) {
    var L = Te.get("silent");
    L == null && (L = !(M || v)), y.silent = L, y.ignoreHostSilent = !0;
} var I = er.get("silent"); if (I == null && (I = !m.style || m.style.fill === "none" || !m.style.fill), m.silent = I, M && m) {
    var W = { componentType: "matrix", componentIndex: e.componentIndex, matrixIndex: e.componentIndex, targetType: f, name: y && y.style ? y.style.text : void 0, value: u, coord: i.slice() };
    q(m).eventData = W;
} Zr(er), Zr(Ei), Zr(Te); }
var er = new nt, Ei = new nt, Te = new nt, Vi = [];
function ln(i, e, t) { var r = e.lineWidth; if (r) {
    var o = i.x + i.width, n = i.y + i.height;
    i.x = ye(i.x, r, !0), i.y = ye(i.y, r, !0), i.width = ye(o, r, !0) - i.x, i.height = ye(n, r, !0) - i.y;
} return new et({ shape: i, style: e, z2: t }); }
function Jl(i, e, t) { var r = e.lineWidth; return r && (Ri(i.x1 * 2) === Ri(i.x2 * 2) && (i.x1 = i.x2 = ye(i.x1, r, !0)), Ri(i.y1 * 2) === Ri(i.y2 * 2) && (i.y1 = i.y2 = ye(i.y1, r, !0))), new It({ shape: i, style: e, silent: !0, z2: t }); }
var tu = Bh;
var Fh = (function () { function i(e, t, r) { this.dimensions = i.dimensions, this.type = "matrix", this._model = e; var o = this._dimModels = { x: e.getDimensionModel("x"), y: e.getDimensionModel("y") }; this._dims = { x: o.x.dim, y: o.y.dim }, this._resize(e, r); } return i.getDimensionsInfo = function () { return [{ name: "x", type: "ordinal" }, { name: "y", type: "ordinal" }, { name: "value" }]; }, i.create = function (e, t) { var r = []; return e.eachComponent("matrix", function (o) { var n = new i(o, e, t); r.push(n), o.coordinateSystem = n; }), e.eachComponent(function (o, n) { ri({ targetModel: n, coordSysType: "matrix", coordSysProvider: ii }); }), r; }, i.prototype.getRect = function () { return this._rect; }, i.prototype._resize = function (e, t) { var r = this._dims, o = this._dimModels, n = this._rect = ut(e.getBoxLayoutParams(), { width: t.getWidth(), height: t.getHeight() }); eu(o, r, n, 0), eu(o, r, n, 1), ru(0, r), ru(1, r), iu(this._model.getBody(), r), iu(this._model.getCorner(), r); }, i.prototype.dataToPoint = function (e, t, r) { return r = r || [], this.dataToLayout(e, t, Mr), r[0] = Mr.rect.x + Mr.rect.width / 2, r[1] = Mr.rect.y + Mr.rect.height / 2, r; }, i.prototype.dataToLayout = function (e, t, r) { var o = this._dims; r = r || {}; var n = r.rect = r.rect || {}; n.x = n.y = n.width = n.height = NaN; var a = r.matrixXYLocatorRange = Pi(r.matrixXYLocatorRange); return D(e) && (ki(a, null, e, o, Z(t && t.clamp, Ft.none)), (!t || !t.ignoreMergeCells) && ((!t || t.clamp !== Ft.corner) && this._model.getBody().expandRangeByCellMerge(a), (!t || t.clamp !== Ft.body) && this._model.getCorner().expandRangeByCellMerge(a)), en(n, a, o, 0), en(n, a, o, 1)), r; }, i.prototype.pointToData = function (e, t, r) { var o = this._dims; return ou(qt, 0, o, e, t && t.clamp), ou(qt, 1, o, e, t && t.clamp), r = r || [], r[0] = r[1] = NaN, qt.y === yt.inCorner && qt.x === yt.inBody ? nu(qt, r, 0, o) : qt.x === yt.inCorner && qt.y === yt.inBody ? nu(qt, r, 1, o) : (au(qt, r, 0, o), au(qt, r, 1, o)), r; }, i.prototype.convertToPixel = function (e, t, r, o) { var n = pn(t); return n === this ? n.dataToPoint(r, o) : void 0; }, i.prototype.convertToLayout = function (e, t, r, o) { var n = pn(t); return n === this ? n.dataToLayout(r, o) : void 0; }, i.prototype.convertFromPixel = function (e, t, r, o) { var n = pn(t); return n === this ? n.pointToData(r, o) : void 0; }, i.prototype.containPoint = function (e) { return this._rect.contain(e[0], e[1]); }, i.dimensions = ["x", "y", "value"], i; })(), Mr = { rect: Ce() }, Ui = new Ut, un = new Ut;
function eu(i, e, t, r) { for (var o = 1 - r, n = e[P[r]], a = e[P[o]], s = a.shouldShow(), l = n.resetCellIterator(); l.next();)
    l.item.wh = l.item.xy = NaN; for (var u = a.resetLayoutIterator(null, r); u.next();)
    u.item.wh = u.item.xy = NaN; for (var p = t[Ct[r]], c = n.getLocatorCount(r) + a.getLocatorCount(r), f = new nt, h = a.resetLevelIterator(); h.next();)
    f.option = h.item.option, f.parentModel = i[P[o]], m(h.item, s ? f.get("levelSize") : 0); for (var d = new nt, v = n.resetCellIterator(); v.next();)
    v.item.type === Gt.leaf && (d.option = v.item.option, d.parentModel = void 0, m(v.item, d.get("size"))); function m(C, A) { var M = Zh(A, r, t); Wt(M) || (C.wh = cn(M, p), p = cn(p - C.wh), c--); } var g = c ? p / c : 0, y = !c && p >= 1, x = t[P[r]], _ = n.getLocatorCount(r) - 1, b = new Ut; for (a.resetLayoutIterator(b, r); b.next();)
    w(b.item); for (n.resetLayoutIterator(b, r); b.next();)
    w(b.item); function w(C) { Wt(C.wh) && (C.wh = g), C.xy = x, C.id[P[r]] === _ && !y && (C.wh = t[P[r]] + t[Ct[r]] - C.xy), x += C.wh; } }
function ru(i, e) { for (var t = e[P[i]].resetCellIterator(); t.next();) {
    var r = t.item;
    Ni(r.rect, i, r.id, r.span, e), Ni(r.rect, 1 - i, r.id, r.span, e), r.type === Gt.nonLeaf && (r.xy = r.rect[P[i]], r.wh = r.rect[Ct[i]]);
} }
function iu(i, e) { i.travelExistingCells(function (t) { var r = t.span; if (r) {
    var o = t.spanRect, n = t.id;
    Ni(o, 0, n, r, e), Ni(o, 1, n, r, e);
} }); }
function Ni(i, e, t, r, o) { i[Ct[e]] = 0; var n = t[P[e]], a = n < 0 ? o[P[1 - e]] : o[P[e]], s = a.getUnitLayoutInfo(e, t[P[e]]); if (i[P[e]] = s.xy, i[Ct[e]] = s.wh, r[P[e]] > 1) {
    var l = a.getUnitLayoutInfo(e, t[P[e]] + r[P[e]] - 1);
    i[Ct[e]] = l.xy + l.wh - s.xy;
} }
function Zh(i, e, t) { var r = _a(i, t[Ct[e]]); return cn(r, t[Ct[e]]); }
function cn(i, e) { return Math.max(Math.min(i, Z(e, 1 / 0)), 0); }
function pn(i) { var e = i.matrixModel, t = i.seriesModel, r = e ? e.coordinateSystem : t ? t.coordinateSystem : null; return r; }
var yt = { inBody: 1, inCorner: 2, outside: 3 }, qt = { x: null, y: null, point: [] };
function ou(i, e, t, r, o) { var n = t[P[e]], a = t[P[1 - e]], s = n.getUnitLayoutInfo(e, n.getLocatorCount(e) - 1), l = n.getUnitLayoutInfo(e, 0), u = a.getUnitLayoutInfo(e, -a.getLocatorCount(e)), p = a.shouldShow() ? a.getUnitLayoutInfo(e, -1) : null, c = i.point[e] = r[e]; if (!l && !p) {
    i[P[e]] = yt.outside;
    return;
} if (o === Ft.body) {
    l ? (i[P[e]] = yt.inBody, c = ht(s.xy + s.wh, pt(l.xy, c)), i.point[e] = c) : i[P[e]] = yt.outside;
    return;
}
else if (o === Ft.corner) {
    p ? (i[P[e]] = yt.inCorner, c = ht(p.xy + p.wh, pt(u.xy, c)), i.point[e] = c) : i[P[e]] = yt.outside;
    return;
} var f = l ? l.xy : p ? p.xy + p.wh : NaN, h = u ? u.xy : f, d = s ? s.xy + s.wh : f; if (c < h) {
    if (!o) {
        i[P[e]] = yt.outside;
        return;
    }
    c = h;
}
else if (c > d) {
    if (!o) {
        i[P[e]] = yt.outside;
        return;
    }
    c = d;
} i.point[e] = c, i[P[e]] = f <= c && c <= d ? yt.inBody : h <= c && c <= f ? yt.inCorner : yt.outside; }
function nu(i, e, t, r) { var o = 1 - t; if (i[P[t]] !== yt.outside)
    for (r[P[t]].resetCellIterator(un); un.next();) {
        var n = un.item;
        if (su(i.point[t], n.rect, t) && su(i.point[o], n.rect, o)) {
            e[t] = n.ordinal, e[o] = n.id[P[o]];
            return;
        }
    } }
function au(i, e, t, r) { if (i[P[t]] !== yt.outside) {
    var o = i[P[t]] === yt.inCorner ? r[P[1 - t]] : r[P[t]];
    for (o.resetLayoutIterator(Ui, t); Ui.next();)
        if (Wh(i.point[t], Ui.item)) {
            e[t] = Ui.item.id[P[t]];
            return;
        }
} }
function Wh(i, e) { return e.xy <= i && i <= e.xy + e.wh; }
function su(i, e, t) { return e[P[t]] <= i && i <= e[P[t]] + e[Ct[t]]; }
var lu = Fh;
function Yh(i) { i.registerComponentModel($l), i.registerComponentView(tu), i.registerCoordinateSystem("matrix", lu); }
import { __extends as Xh } from "tslib";
function Kh(i, e) { var t = i.existing; if (e.id = i.keyInfo.id, !e.type && t && (e.type = t.type), e.parentId == null) {
    var r = e.parentOption;
    r ? e.parentId = r.id : t && (e.parentId = t.parentId);
} e.parentOption = null; }
function uu(i, e) { var t; return S(e, function (r) { i[r] != null && i[r] !== "auto" && (t = !0); }), t; }
function qh(i, e, t) { var r = U({}, t), o = i[e], n = t.$action || "merge"; if (n === "merge")
    if (o) {
        if (0)
            var a;
        Q(o, r, !0), He(o, r, { ignoreSize: !0 }), ns(t, o), Bi(t, o), Bi(t, o, "shape"), Bi(t, o, "style"), Bi(t, o, "extra"), t.clipPath = o.clipPath;
    }
    else
        i[e] = r;
else
    n === "replace" ? i[e] = r : n === "remove" && o && (i[e] = null); }
var cu = ["transition", "enterFrom", "leaveTo"], jh = cu.concat(["enterAnimation", "updateAnimation", "leaveAnimation"]);
function Bi(i, e, t) { if (t && (!i[t] && e[t] && (i[t] = {}), i = i[t], e = e[t]), !(!i || !e))
    for (var r = t ? cu : jh, o = 0; o < r.length; o++) {
        var n = r[o];
        i[n] == null && e[n] != null && (i[n] = e[n]);
    } }
function $h(i, e) { if (i && (i.hv = e.hv = [uu(e, ["left", "right"]), uu(e, ["top", "bottom"])], i.type === "group")) {
    var t = i, r = e;
    t.width == null && (t.width = r.width = 0), t.height == null && (t.height = r.height = 0);
} }
var fu = (function (i) { Xh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.preventAutoZ = !0, t; } return e.prototype.mergeOption = function (t, r) { var o = this.option.elements; this.option.elements = null, i.prototype.mergeOption.call(this, t, r), this.option.elements = o; }, e.prototype.optionUpdated = function (t, r) { var o = this.option, n = (r ? o : t).elements, a = o.elements = r ? [] : o.elements, s = []; this._flatten(n, s, null); var l = Ma(a, s, "normalMerge"), u = this._elOptionsToUpdate = []; S(l, function (p, c) { var f = p.newOption; f && (u.push(f), Kh(p, f), qh(a, c, f), $h(a[c], f)); }, this), o.elements = _t(a, function (p) { return p && delete p.$action, p != null; }); }, e.prototype._flatten = function (t, r, o) { S(t, function (n) { if (n) {
    o && (n.parentOption = o), r.push(n);
    var a = n.children;
    a && a.length && this._flatten(a, r, n), delete n.children;
} }, this); }, e.prototype.useElOptionsToUpdate = function () { var t = this._elOptionsToUpdate; return this._elOptionsToUpdate = null, t; }, e.type = "graphic", e.defaultOption = { elements: [] }, e; })(F);
import { __extends as Jh } from "tslib";
var hu = { path: null, compoundPath: null, group: tt, image: Xr, text: G }, Et = J(), mu = (function (i) { Jh(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function () { this._elMap = K(); }, e.prototype.render = function (t, r, o) { t !== this._lastGraphicModel && this._clear(), this._lastGraphicModel = t, this._updateElements(t), this._relocate(t, o); }, e.prototype._updateElements = function (t) { var r = t.useElOptionsToUpdate(); if (r) {
    var o = this._elMap, n = this.group, a = t.get("z"), s = t.get("zlevel");
    S(r, function (l) { var u = ge(l.id, null), p = u != null ? o.get(u) : null, c = ge(l.parentId, null), f = c != null ? o.get(c) : n, h = l.type, d = l.style; h === "text" && d && l.hv && l.hv[1] && (d.textVerticalAlign = d.textBaseline = d.verticalAlign = d.align = null); var v = l.textContent, m = l.textConfig; if (d && ws(d, h, !!m, !!v)) {
        var g = Cs(d, h, !0);
        !m && g.textConfig && (m = l.textConfig = g.textConfig), !v && g.textContent && (v = g.textContent);
    } var y = Qh(l), x = l.$action || "merge", _ = x === "merge", b = x === "replace"; if (_) {
        var w = !p, C = p;
        w ? C = du(u, f, l.type, o) : (C && (Et(C).isNew = !1), Ks(C)), C && (xi(C, y, t, { isInit: w }), vu(C, l, a, s));
    }
    else if (b) {
        Hi(p, l, o, t);
        var A = du(u, f, l.type, o);
        A && (xi(A, y, t, { isInit: !0 }), vu(A, l, a, s));
    }
    else
        x === "remove" && (Ws(p, l), Hi(p, l, o, t)); var M = o.get(u); if (M && v)
        if (_) {
            var L = M.getTextContent();
            L ? L.attr(v) : M.setTextContent(new G(v));
        }
        else
            b && M.setTextContent(new G(v)); if (M) {
        var I = l.clipPath;
        if (I) {
            var W = I.type, O = void 0, w = !1;
            if (_) {
                var E = M.getClipPath();
                w = !E || Et(E).type !== W, O = w ? fn(W) : E;
            }
            else
                b && (w = !0, O = fn(W));
            M.setClipPath(O), xi(O, I, t, { isInit: w }), Po(O, I.keyframeAnimation, t);
        }
        var j = Et(M);
        M.setTextConfig(m), j.option = l, td(M, t, l), Xt({ el: M, componentModel: t, itemName: M.name, itemTooltipOption: l.tooltip }), Po(M, l.keyframeAnimation, t);
    } });
} }, e.prototype._relocate = function (t, r) { for (var o = t.option.elements, n = this.group, a = this._elMap, s = r.getWidth(), l = r.getHeight(), u = ["x", "y"], p = 0; p < o.length; p++) {
    var c = o[p], f = ge(c.id, null), h = f != null ? a.get(f) : null;
    if (!(!h || !h.isGroup)) {
        var d = h.parent, v = d === n, m = Et(h), g = Et(d);
        m.width = $(m.option.width, v ? s : g.width) || 0, m.height = $(m.option.height, v ? l : g.height) || 0;
    }
} for (var p = o.length - 1; p >= 0; p--) {
    var c = o[p], f = ge(c.id, null), h = f != null ? a.get(f) : null;
    if (h) {
        var d = h.parent, g = Et(d), y = d === n ? { width: s, height: l } : { width: g.width, height: g.height }, x = {}, _ = Be(h, c, y, null, { hv: c.hv, boundingMode: c.bounding }, x);
        if (!Et(h).isNew && _) {
            for (var b = c.transition, w = {}, C = 0; C < u.length; C++) {
                var A = u[C], M = x[A];
                b && (Xs(b) || at(b, A) >= 0) ? w[A] = M : h[A] = M;
            }
            oe(h, w, t, 0);
        }
        else
            h.attr(x);
    }
} }, e.prototype._clear = function () { var t = this, r = this._elMap; r.each(function (o) { Hi(o, Et(o).option, r, t._lastGraphicModel); }), this._elMap = K(); }, e.prototype.dispose = function () { this._clear(); }, e.type = "graphic", e; })(Y);
function fn(i) { var e = Yt(hu, i) ? hu[i] : Ka(i), t = new e({}); return Et(t).type = i, t; }
function du(i, e, t, r) { var o = fn(t); return e.add(o), r.set(i, o), Et(o).id = i, Et(o).isNew = !0, o; }
function Hi(i, e, t, r) { var o = i && i.parent; o && (i.type === "group" && i.traverse(function (n) { Hi(n, e, t, r); }), Ys(i, e, r), t.removeKey(Et(i).id)); }
function vu(i, e, t, r) { i.isGroup || S([["cursor", Ea.prototype.cursor], ["zlevel", r || 0], ["z", t || 0], ["z2", 0]], function (o) { var n = o[0]; Yt(e, n) ? i[n] = Z(e[n], o[1]) : i[n] == null && (i[n] = o[1]); }), S(Ur(e), function (o) { if (o.indexOf("on") === 0) {
    var n = e[o];
    i[o] = H(n) ? n : null;
} }), Yt(e, "draggable") && (i.draggable = e.draggable), e.name != null && (i.name = e.name), e.id != null && (i.id = e.id); }
function Qh(i) { return i = U({}, i), S(["id", "parentId", "$action", "hv", "bounding", "textContent", "clipPath"].concat(rs), function (e) { delete i[e]; }), i; }
function td(i, e, t) { var r = q(i).eventData; !i.silent && !i.ignore && !r && (r = q(i).eventData = { componentType: "graphic", componentIndex: e.componentIndex, name: i.name }), r && (r.info = t.info); }
function ed(i) { i.registerComponentModel(fu), i.registerComponentView(mu), i.registerPreprocessor(function (e) { var t = e.graphic; D(t) ? !t[0] || !t[0].elements ? e.graphic = [{ elements: t }] : e.graphic = [e.graphic[0]] : t && !t.elements && (e.graphic = [{ elements: [t] }]); }); }
import { __extends as ad } from "tslib";
import { __extends as od } from "tslib";
var hn = ["x", "y", "radius", "angle", "single"], rd = J(), id = ["cartesian2d", "polar", "singleAxis"];
function gu(i) { var e = i.get("coordinateSystem"); return at(id, e) >= 0; }
function Vt(i) { return i + "Axis"; }
function yu(i, e) { var t = K(), r = [], o = K(); i.eachComponent({ mainType: "dataZoom", query: e }, function (p) { o.get(p.uid) || s(p); }); var n; do
    n = !1, i.eachComponent("dataZoom", a);
while (n); function a(p) { !o.get(p.uid) && l(p) && (s(p), n = !0); } function s(p) { o.set(p.uid, !0), r.push(p), u(p); } function l(p) { var c = !1; return p.eachTargetAxis(function (f, h) { var d = t.get(f); d && d[h] && (c = !0); }), c; } function u(p) { p.eachTargetAxis(function (c, f) { (t.get(c) || t.set(c, []))[f] = !0; }); } return r; }
function Gi(i) { var e = i.ecModel, t = { infoList: [], infoMap: K() }; return i.eachTargetAxis(function (r, o) { var n = e.getComponent(Vt(r), o); if (n) {
    var a = n.getCoordSysModel();
    if (a) {
        var s = a.uid, l = t.infoMap.get(s);
        l || (l = { model: a, axisModels: [] }, t.infoList.push(l), t.infoMap.set(s, l)), l.axisModels.push(n);
    }
} }), t; }
function xu(i) { var e = rd(ps(i)); return e.axisProxyMap || (e.axisProxyMap = K()); }
function rr(i) { if (i)
    return xu(i.ecModel).get(i.uid); }
function _u(i, e) { xu(i.ecModel).set(i.uid, e); }
function Fi(i, e) { var t = e.getAxisModel().axis.__alignTo; return t && i.getAxisProxy(t.dim, t.model.componentIndex) ? rr(t.model) : null; }
var dn = (function () { function i() { this.indexList = [], this.indexMap = []; } return i.prototype.add = function (e) { this.indexMap[e] || (this.indexList.push(e), this.indexMap[e] = !0); }, i; })(), nd = (function (i) { od(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t._autoThrottle = !0, t._noTarget = !0, t._rangePropMode = ["percent", "percent"], t; } return e.prototype.init = function (t, r, o) { var n = Su(t); this.settledOption = n, this.mergeDefaultAndTheme(t, o), this._doInit(n); }, e.prototype.mergeOption = function (t) { var r = Su(t); Q(this.option, t, !0), Q(this.settledOption, r, !0), this._doInit(r); }, e.prototype._doInit = function (t) { var r = this.option; this._setDefaultThrottle(t), this._updateRangeUse(t); var o = this.settledOption; S([["start", "startValue"], ["end", "endValue"]], function (n, a) { this._rangePropMode[a] === "value" && (r[n[0]] = o[n[0]] = null); }, this), this._resetTarget(); }, e.prototype._resetTarget = function () { var t = this.get("orient", !0), r = this._targetAxisInfoMap = K(), o = this._fillSpecifiedTargetAxis(r); o ? this._orient = t || this._makeAutoOrientByTargetAxis() : (this._orient = t || "horizontal", this._fillAutoTargetAxisByOrient(r, this._orient)), this._noTarget = !0, r.each(function (n) { n.indexList.length && (this._noTarget = !1); }, this); }, e.prototype._fillSpecifiedTargetAxis = function (t) { var r = !1; return S(hn, function (o) { var n = this.getReferringComponents(Vt(o), Oa); if (n.specified) {
    r = !0;
    var a = new dn;
    S(n.models, function (s) { a.add(s.componentIndex); }), t.set(o, a);
} }, this), r; }, e.prototype._fillAutoTargetAxisByOrient = function (t, r) { var o = this.ecModel, n = !0; if (n) {
    var a = r === "vertical" ? "y" : "x", s = o.findComponents({ mainType: a + "Axis" });
    l(s, a);
} if (n) {
    var s = o.findComponents({ mainType: "singleAxis", filter: function (p) { return p.get("orient", !0) === r; } });
    l(s, "single");
} function l(u, p) { var c = u[0]; if (c) {
    var f = new dn;
    if (f.add(c.componentIndex), t.set(p, f), n = !1, p === "x" || p === "y") {
        var h = c.getReferringComponents("grid", Tt).models[0];
        h && S(u, function (d) { c.componentIndex !== d.componentIndex && h === d.getReferringComponents("grid", Tt).models[0] && f.add(d.componentIndex); });
    }
} } n && S(hn, function (u) { if (n) {
    var p = o.findComponents({ mainType: Vt(u), filter: function (f) { return f.get("type", !0) === "category"; } });
    if (p[0]) {
        var c = new dn;
        c.add(p[0].componentIndex), t.set(u, c), n = !1;
    }
} }, this); }, e.prototype._makeAutoOrientByTargetAxis = function () { var t; return this.eachTargetAxis(function (r) { !t && (t = r); }, this), t === "y" ? "vertical" : "horizontal"; }, e.prototype._setDefaultThrottle = function (t) { if (t.hasOwnProperty("throttle") && (this._autoThrottle = !1), this._autoThrottle) {
    var r = this.ecModel.option;
    this.option.throttle = r.animation && r.animationDurationUpdate > 0 ? 100 : 20;
} }, e.prototype._updateRangeUse = function (t) { var r = this._rangePropMode, o = this.get("rangeMode"); S([["start", "startValue"], ["end", "endValue"]], function (n, a) { var s = t[n[0]] != null, l = t[n[1]] != null; s && !l ? r[a] = "percent" : !s && l ? r[a] = "value" : o ? r[a] = o[a] : s && (r[a] = "percent"); }); }, e.prototype.noTarget = function () { return this._noTarget; }, e.prototype.getFirstTargetAxisModel = function () { var t; return this.eachTargetAxis(function (r, o) { t == null && (t = this.ecModel.getComponent(Vt(r), o)); }, this), t; }, e.prototype.eachTargetAxis = function (t, r) { this._targetAxisInfoMap.each(function (o, n) { S(o.indexList, function (a) { t.call(r, n, a); }); }); }, e.prototype.getAxisProxy = function (t, r) { return rr(this.getAxisModel(t, r)); }, e.prototype.getAxisModel = function (t, r) { var o = this._targetAxisInfoMap.get(t); if (o && o.indexMap[r])
    return this.ecModel.getComponent(Vt(t), r); }, e.prototype.setRawRange = function (t) { var r = this.option, o = this.settledOption; S([["start", "startValue"], ["end", "endValue"]], function (n) { (t[n[0]] != null || t[n[1]] != null) && (r[n[0]] = o[n[0]] = t[n[0]], r[n[1]] = o[n[1]] = t[n[1]]); }, this), this._updateRangeUse(t); }, e.prototype.setCalculatedRange = function (t) { var r = this.option; S(["start", "startValue", "end", "endValue"], function (o) { r[o] = t[o]; }); }, e.prototype.getPercentRange = function () { var t = this.findRepresentativeAxisProxy(); if (t)
    return t.getWindow().percent; }, e.prototype.getValueRange = function (t, r) { if (t == null && r == null) {
    var o = this.findRepresentativeAxisProxy();
    if (o)
        return o.getWindow().value;
}
else
    return this.getAxisProxy(t, r).getWindow().value; }, e.prototype.findRepresentativeAxisProxy = function (t) { if (t)
    return rr(t); for (var r, o = this._targetAxisInfoMap.keys(), n = 0; n < o.length; n++)
    for (var a = o[n], s = this._targetAxisInfoMap.get(a), l = 0; l < s.indexList.length; l++) {
        var u = this.getAxisProxy(a, s.indexList[l]);
        if (u.hostedBy(this))
            return u;
        r || (r = u);
    } return r; }, e.prototype.getRangePropMode = function () { return this._rangePropMode.slice(); }, e.prototype.getOrient = function () { return this._orient; }, e.type = "dataZoom", e.dependencies = ["xAxis", "yAxis", "radiusAxis", "angleAxis", "singleAxis", "series", "toolbox"], e.defaultOption = { z: 4, filterMode: "filter", start: 0, end: 100 }, e; })(F);
function Su(i) { var e = {}; return S(["start", "end", "startValue", "endValue", "throttle"], function (t) { i.hasOwnProperty(t) && (e[t] = i[t]); }), e; }
var pe = nd;
var sd = (function (i) { ad(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "dataZoom.select", e; })(pe), bu = sd;
import { __extends as pd } from "tslib";
import { __extends as ld } from "tslib";
var ud = (function (i) { ld(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, r, o, n) { this.dataZoomModel = t, this.ecModel = r, this.api = o; }, e.type = "dataZoom", e; })(Y), ir = ud;
var cd = (function (i) { pd(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "dataZoom.select", e; })(ir), wu = cd;
var fd = (function () { function i(e, t, r, o) { this._dimName = e, this._axisIndex = t, this.ecModel = o, this._dataZoomModel = r; } return i.prototype.hostedBy = function (e) { return this._dataZoomModel === e; }, i.prototype.getWindow = function () { return V(this._window); }, i.prototype.getTargetSeriesModels = function () { var e = []; return this.ecModel.eachSeries(function (t) { if (gu(t)) {
    var r = Vt(this._dimName), o = t.getReferringComponents(r, Tt).models[0];
    o && this._axisIndex === o.componentIndex && e.push(t);
} }, this), e; }, i.prototype.getAxisModel = function () { return this.ecModel.getComponent(this._dimName + "Axis", this._axisIndex); }, i.prototype.getMinMaxSpan = function () { return V(this._minMaxSpan); }, i.prototype.calculateDataWindow = function (e) { var t = this._extent, r = this.getAxisModel().axis, o = r.scale, n = this._dataZoomModel, a = n.getRangePropMode(), s = [0, 100], l = [], u = [], p, c = [!1, !1]; S(["start", "end"], function (x, _) { var b = e[x], w = e[x + "Value"]; a[_] === "percent" ? (b == null && (b = s[_]), w = st(b, s, t), c[_] = !0) : (p = !0, w == null ? w = t[_] : (w = o.parse(w), o.sanitize && (w = o.sanitize(w, t))), b = st(w, t, s)), u[_] = w == null || isNaN(w) ? t[_] : w, l[_] = b == null || isNaN(b) ? s[_] : b; }), gt(u), gt(l); var f = this._minMaxSpan; p ? h(u, l, t, s, !1) : h(l, u, s, t, !0); function h(x, _, b, w, C) { var A = C ? "Span" : "ValueSpan"; Rt(0, x, b, "all", f["min" + A], f["max" + A]); for (var M = 0; M < 2; M++)
    _[M] = st(x[M], b, w, !0), C && (_[M] = _[M], c[M] = !0); Wr(_); } var d = pi(o) || ui(o), v = r.getExtent(), m = hr(v[1] - v[0]), g = d ? 0 : Br(u, m, .5); S([[0, xa], [1, ya]], function (x) { var _ = x[0], b = x[1]; !c[_] || !isFinite(g) || (u[_] = me(u[_], g), u[_] = ht(t[1], pt(t[0], u[_])), l[_] === s[_] && (u[_] = t[_], d && (u[_] = b(u[_])))); }), Wr(u); var y = [st(u[0], t, s, !0), st(u[1], t, s, !0)]; return Wr(y), { value: u, percent: l, percentInverted: y, valuePrecision: g }; }, i.prototype.reset = function (e, t) { if (this.hostedBy(e)) {
    var r = this.getAxisModel().axis;
    Se(r, xs);
    var o = r.scale.rawExtentInfo;
    this._extent = o.makeNoZoom(), this._updateMinMaxSpan();
    var n = e.settledOption;
    t && (n = X({ start: t[0], end: t[1] }, n));
    var a = this._window = this.calculateDataWindow(n), s = a.percent, l = a.value;
    s[0] !== 0 && o.setZoomMM(0, l[0]), s[1] !== 100 && o.setZoomMM(1, l[1]);
} }, i.prototype.filterData = function (e, t) { if (!this.hostedBy(e))
    return; var r = this._dimName, o = this.getTargetSeriesModels(), n = e.get("filterMode"), a = this._window.value; if (n === "none")
    return; S(o, function (l) { var u = l.getData(), p = u.mapDimensionsAll(r); if (p.length) {
    if (n === "weakFilter") {
        var c = u.getStore(), f = k(p, function (h) { return u.getDimensionIndex(h); }, u);
        u.filterSelf(function (h) { for (var d, v, m, g = 0; g < p.length; g++) {
            var y = c.get(f[g], h), x = !isNaN(y), _ = y < a[0], b = y > a[1];
            if (x && !_ && !b)
                return !0;
            x && (m = !0), _ && (d = !0), b && (v = !0);
        } return m && d && v; });
    }
    else
        S(p, function (h) { if (n === "empty")
            l.setData(u = u.map(h, function (v) { return s(v) ? v : NaN; }));
        else {
            var d = {};
            d[h] = a, u.selectRange(d);
        } });
    S(p, function (h) { u.setApproximateExtent(a, h); });
} }); function s(l) { return l >= a[0] && l <= a[1]; } }, i.prototype._updateMinMaxSpan = function () { var e = this._minMaxSpan = {}, t = this._dataZoomModel, r = this._extent; S(["min", "max"], function (o) { var n = t.get(o + "Span"), a = t.get(o + "ValueSpan"); a != null && (a = this.getAxisModel().axis.scale.parse(a)), a != null ? n = st(r[0] + a, r, [0, 100], !0) : n != null && (a = st(n, [0, 100], r, !0) - r[0]), e[o + "Span"] = n, e[o + "ValueSpan"] = a; }, this); }, i; })(), Cu = fd;
var hd = { dirtyOnOverallProgress: !0, getTargetSeries: function (i) { function e(o) { i.eachComponent("dataZoom", function (n) { n.eachTargetAxis(function (a, s) { var l = i.getComponent(Vt(a), s); o(a, s, l, n); }); }); } var t = []; e(function (o, n, a, s) { if (!rr(a)) {
        var l = new Cu(o, n, s, i);
        t.push(l), _u(a, l);
    } }); var r = K(); return S(t, function (o) { S(o.getTargetSeriesModels(), function (n) { r.set(n.uid, n); }); }), r; }, overallReset: function (i, e) { i.eachComponent("dataZoom", function (t) { var r = []; t.eachTargetAxis(function (o, n) { var a = t.getAxisProxy(o, n), s = Fi(t, a); s ? r.push([a, s]) : a.reset(t, null); }), S(r, function (o) { o[0].reset(t, o[1].getWindow().percentInverted); }), t.eachTargetAxis(function (o, n) { t.getAxisProxy(o, n).filterData(t, e); }); }), i.eachComponent("dataZoom", function (t) { var r = t.findRepresentativeAxisProxy(); if (r) {
        var o = r.getWindow(), n = o.percent, a = o.value;
        t.setCalculatedRange({ start: n[0], end: n[1], startValue: a[0], endValue: a[1] });
    } }); } }, Tu = hd;
function vn(i) { i.registerAction("dataZoom", function (e, t) { var r = yu(t, e); S(r, function (o) { o.setRawRange({ start: e.start, end: e.end, startValue: e.startValue, endValue: e.endValue }); }); }); }
var dd = Yr();
function Me(i) { dd(i, function () { i.registerProcessor(i.PRIORITY.PROCESSOR.FILTER, Tu), vn(i), i.registerSubTypeDefaulter("dataZoom", function () { return "slider"; }); }); }
function Mu(i) { i.registerComponentModel(bu), i.registerComponentView(wu), Me(i); }
import { __extends as md } from "tslib";
var xt = (function () { function i() { } return i; })();
var Au = {};
function ce(i, e) { Au[i] = e; }
function Zi(i) { return Au[i]; }
var gd = (function (i) { md(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function (t, r, o) { var n = o.getTheme().get("toolbox"), a = n ? n.feature : null; a && (this._themeFeatureOption = U({}, a), n.feature = {}), i.prototype.init.call(this, t, r, o), a && (n.feature = a); }, e.prototype.optionUpdated = function () { S(this.option.feature, function (t, r) { var o = this._themeFeatureOption, n = Zi(r); n && (n.getDefaultOption && (n.defaultOption = n.getDefaultOption(this.ecModel)), o && o[r] && (Q(t, o[r]), o[r] = null), Q(t, n.defaultOption)); }, this); }, e.type = "toolbox", e.layoutMode = { type: "box", ignoreSize: !0 }, e.defaultOption = { show: !0, z: 6, orient: "horizontal", left: "right", top: "top", backgroundColor: "transparent", borderColor: T.color.border, borderRadius: 0, borderWidth: 0, padding: T.size.m, itemSize: 15, itemGap: T.size.s, showTitle: !0, iconStyle: { borderColor: T.color.accent50, color: "none" }, emphasis: { iconStyle: { borderColor: T.color.accent70 } }, tooltip: { show: !1, position: "bottom" } }, e; })(F), Du = gd;
import { __extends as xd } from "tslib";
function Wi(i, e) { var t = ae(e.get("padding")), r = e.getItemStyle(["color", "opacity"]); r.fill = e.get("backgroundColor"); var o = new et({ shape: { x: i.x - t[3], y: i.y - t[0], width: i.width + t[1] + t[3], height: i.height + t[0] + t[2], r: e.get("borderRadius") }, style: r, silent: !0, z2: -1 }); return o; }
var _d = (function (i) { xd(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.render = function (t, r, o, n) { var a = this.group; if (a.removeAll(), !t.get("show"))
    return; var s = +t.get("itemSize"), l = t.get("orient") === "vertical", u = t.get("feature") || {}, p = this._features || (this._features = K()), c = []; S(u, function (y, x) { c.push(x); }), new vs(this._featureNames || [], c).add(f).update(f).remove(B(f, null)).execute(), this._featureNames = _t(c, function (y) { return p.hasKey(y); }); function f(y, x) { var _ = y != null && x == null, b = y != null && x != null, w = y == null, C = _ || b ? c[y] : c[x], A = u[C], M = _ || b ? new nt(A, t, r) : null, L = M && M.get("show"), I; if (_) {
    if (!L)
        return;
    if (Sd(C))
        I = { onclick: M.option.onclick, featureName: C };
    else {
        var W = Zi(C);
        if (!W)
            return;
        I = new W;
    }
    p.set(C, I);
}
else
    I = p.get(C); if (w || !L) {
    Iu(I) && I.dispose && I.dispose(r, o), p.removeKey(C);
    return;
} n && n.newTitle != null && n.featureName === C && (A.title = n.newTitle), _ && (I.uid = Qa("toolbox-feature")), I.model = M, I.ecModel = r, I.api = o, h(M, I, C), M.setIconStatus = function (O, E) { var j = this.option, rt = this.iconPaths; j.iconStatus = j.iconStatus || {}, j.iconStatus[O] = E, rt[O] && (E === "emphasis" ? go : yo)(rt[O]); }, Iu(I) && I.render && I.render(M, r, o, n); } function h(y, x, _) { var b = y.getModel("iconStyle"), w = y.getModel(["emphasis", "iconStyle"]), C = x instanceof xt && x.getIcons ? x.getIcons() : y.get("icon"), A = y.get("title") || {}, M, L; R(C) ? (M = {}, M[_] = C) : M = C, R(A) ? (L = {}, L[_] = A) : L = A; var I = y.iconPaths = {}; S(M, function (W, O) { var E = ne(W, {}, { x: -s / 2, y: -s / 2, width: s, height: s }); E.setStyle(b.getItemStyle()); var j = E.ensureState("emphasis"); j.style = w.getItemStyle(); var rt = new G({ style: { text: L[O], align: w.get("textAlign"), borderRadius: w.get("textBorderRadius"), padding: w.get("textPadding"), fill: null, font: Ja({ fontStyle: w.get("textFontStyle"), fontFamily: w.get("textFontFamily"), fontSize: w.get("textFontSize"), fontWeight: w.get("textFontWeight") }, r) }, ignore: !0 }); E.setTextContent(rt), Xt({ el: E, componentModel: t, itemName: O, formatterParamsExtra: { title: L[O] } }), E.__title = L[O], E.on("mouseover", function () { var Zt = w.getItemStyle(), ee = l ? t.get("right") == null && t.get("left") !== "right" ? "right" : "left" : t.get("bottom") == null && t.get("top") !== "bottom" ? "bottom" : "top"; rt.setStyle({ fill: w.get("textFill") || Zt.fill || Zt.stroke || T.color.neutral99, backgroundColor: w.get("textBackgroundColor") }), E.setTextConfig({ position: w.get("textPosition") || ee }), rt.ignore = !t.get("showTitle"), o.enterEmphasis(this); }).on("mouseout", function () { y.get(["iconStatus", O]) !== "emphasis" && o.leaveEmphasis(this), rt.hide(); }), (y.get(["iconStatus", O]) === "emphasis" ? go : yo)(E), a.add(E), E.on("click", z(x.onclick, x, r, o, O)), I[O] = E; }); } var d = mt(t, o).refContainer, v = t.getBoxLayoutParams(), m = t.get("padding"), g = ut(v, d, m); Nt(t.get("orient"), a, t.get("itemGap"), g.width, g.height), Be(a, v, d, m), a.add(Wi(a.getBoundingRect(), t)), l || a.eachChild(function (y) { var x = y.__title, _ = y.ensureState("emphasis"), b = _.textConfig || (_.textConfig = {}), w = y.getTextContent(), C = w && w.ensureState("emphasis"); if (C && !H(C) && x) {
    var A = C.style || (C.style = {}), M = Pe(x, G.makeFont(A)), L = y.x + a.x, I = y.y + a.y + s, W = !1;
    I + M.height > o.getHeight() && (b.position = "top", W = !0);
    var O = W ? -5 - M.height : s + 10;
    L + M.width / 2 > o.getWidth() ? (b.position = ["100%", O], A.align = "right") : L - M.width / 2 < 0 && (b.position = [0, O], A.align = "left");
} }); }, e.prototype.updateView = function (t, r, o, n) { S(this._features, function (a) { a && a instanceof xt && a.updateView && a.updateView(a.model, r, o, n); }); }, e.prototype.dispose = function (t, r) { S(this._features, function (o) { o && o instanceof xt && o.dispose && o.dispose(t, r); }); }, e.type = "toolbox", e; })(Y);
function Sd(i) { return i.indexOf("my") === 0; }
function Iu(i) { return i instanceof xt; }
var Lu = _d;
import { __extends as bd } from "tslib";
var wd = (function (i) { bd(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.onclick = function (t, r) { var o = this.model, n = o.get("name") || t.get("title.0.text") || "echarts", a = r.getZr().painter.getType() === "svg", s = a ? "svg" : o.get("type", !0) || "png", l = r.getConnectedDataURL({ type: s, backgroundColor: o.get("backgroundColor", !0) || t.get("backgroundColor") || T.color.neutral00, connectedBackgroundColor: o.get("connectedBackgroundColor"), excludeComponents: o.get("excludeComponents"), pixelRatio: o.get("pixelRatio") }), u = ft.browser; if (typeof MouseEvent == "function" && (u.newEdge || !u.ie && !u.edge)) {
    var p = document.createElement("a");
    p.download = n + "." + s, p.target = "_blank", p.href = l;
    var c = new MouseEvent("click", { view: document.defaultView, bubbles: !0, cancelable: !1 });
    p.dispatchEvent(c);
}
else if (window.navigator.msSaveOrOpenBlob || a) {
    var f = l.split(","), h = f[0].indexOf("base64") > -1, d = a ? decodeURIComponent(f[1]) : f[1];
    h && (d = window.atob(d));
    var v = n + "." + s;
    if (window.navigator.msSaveOrOpenBlob) {
        for (var m = d.length, g = new Uint8Array(m); m--;)
            g[m] = d.charCodeAt(m);
        var y = new Blob([g]);
        window.navigator.msSaveOrOpenBlob(y, v);
    }
    else {
        var x = document.createElement("iframe");
        document.body.appendChild(x);
        var _ = x.contentWindow, b = _.document;
        b.open("image/svg+xml", "replace"), b.write(d), b.close(), _.focus(), b.execCommand("SaveAs", !0, v), document.body.removeChild(x);
    }
}
else {
    var w = o.get("lang"), C = '<body style="margin:0;"><img src="' + l + '" style="max-width:100%;" title="' + (w && w[0] || "") + '" /></body>', A = window.open();
    A.document.write(C), A.document.title = n;
} }, e.getDefaultOption = function (t) { var r = { show: !0, icon: "M4.7,22.9L29.3,45.5L54.7,23.4M4.6,43.6L4.6,58L53.8,58L53.8,43.6M29.2,45.1L29.2,0", title: t.getLocaleModel().get(["toolbox", "saveAsImage", "title"]), type: "png", connectedBackgroundColor: T.color.neutral00, name: "", excludeComponents: ["toolbox"], lang: t.getLocaleModel().get(["toolbox", "saveAsImage", "lang"]) }; return r; }, e; })(xt), zu = wd;
import { __extends as Cd } from "tslib";
var Ou = "__ec_magicType_stack__";
var Td = [["line", "bar"], ["stack"]], Md = (function (i) { Cd(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.getIcons = function () { var t = this.model, r = t.get("icon"), o = {}; return S(t.get("type"), function (n) { r[n] && (o[n] = r[n]); }), o; }, e.getDefaultOption = function (t) { var r = { show: !0, type: [], icon: { line: "M4.1,28.9h7.1l9.3-22l7.4,38l9.7-19.7l3,12.8h14.9M4.1,58h51.4", bar: "M6.7,22.9h10V48h-10V22.9zM24.9,13h10v35h-10V13zM43.2,2h10v46h-10V2zM3.1,58h53.7", stack: "M8.2,38.4l-8.4,4.1l30.6,15.3L60,42.5l-8.1-4.1l-21.5,11L8.2,38.4z M51.9,30l-8.1,4.2l-13.4,6.9l-13.9-6.9L8.2,30l-8.4,4.2l8.4,4.2l22.2,11l21.5-11l8.1-4.2L51.9,30z M51.9,21.7l-8.1,4.2L35.7,30l-5.3,2.8L24.9,30l-8.4-4.1l-8.3-4.2l-8.4,4.2L8.2,30l8.3,4.2l13.9,6.9l13.4-6.9l8.1-4.2l8.1-4.1L51.9,21.7zM30.4,2.2L-0.2,17.5l8.4,4.1l8.3,4.2l8.4,4.2l5.5,2.7l5.3-2.7l8.1-4.2l8.1-4.2l8.1-4.1L30.4,2.2z" }, title: t.getLocaleModel().get(["toolbox", "magicType", "title"]), option: {}, seriesIndex: {} }; return r; }, e.prototype.onclick = function (t, r, o) { var n = this.model, a = n.get(["seriesIndex", o]); if (Pu[o]) {
    var s = { series: [] }, l = function (c) { var f = c.subType, h = c.id, d = Pu[o](f, h, c, n); d && (X(d, c.option), s.series.push(d)); var v = c.coordinateSystem; if (v && v.type === "cartesian2d" && (o === "line" || o === "bar")) {
        var m = v.getAxesByScale("ordinal")[0];
        if (m) {
            var g = m.dim, y = g + "Axis", x = c.getReferringComponents(y, Tt).models[0], _ = x.componentIndex;
            s[y] = s[y] || [];
            for (var b = 0; b <= _; b++)
                s[y][_] = s[y][_] || {};
            s[y][_].boundaryGap = o === "bar";
        }
    } };
    S(Td, function (c) { at(c, o) >= 0 && S(c, function (f) { n.setIconStatus(f, "normal"); }); }), n.setIconStatus(o, "emphasis"), t.eachComponent({ mainType: "series", query: a == null ? null : { seriesIndex: a } }, l);
    var u, p = o;
    o === "stack" && (u = Q({ stack: n.option.title.tiled, tiled: n.option.title.stack }, n.option.title), n.get(["iconStatus", o]) !== "emphasis" && (p = "tiled")), r.dispatchAction({ type: "changeMagicType", currentType: p, newOption: s, newTitle: u, featureName: "magicType" });
} }, e; })(xt), Pu = { line: function (i, e, t, r) { if (i === "bar")
        return Q({ id: e, type: "line", data: t.get("data"), stack: t.get("stack"), markPoint: t.get("markPoint"), markLine: t.get("markLine") }, r.get(["option", "line"]) || {}, !0); }, bar: function (i, e, t, r) { if (i === "line")
        return Q({ id: e, type: "bar", data: t.get("data"), stack: t.get("stack"), markPoint: t.get("markPoint"), markLine: t.get("markLine") }, r.get(["option", "bar"]) || {}, !0); }, stack: function (i, e, t, r) { var o = t.get("stack") === Ou; if (i === "line" || i === "bar")
        return r.setIconStatus("stack", o ? "normal" : "emphasis"), Q({ id: e, stack: o ? "" : Ou }, r.get(["option", "stack"]) || {}, !0); } };
Ze({ type: "changeMagicType", event: "magicTypeChanged", update: "prepareAndUpdate" }, function (i, e) { e.mergeOption(i.newOption); });
var Ru = Md;
import { __extends as Ad } from "tslib";
var Xi = new Array(60).join("-"), or = "	";
function Dd(i) { var e = {}, t = [], r = []; return i.eachRawSeries(function (o) { var n = o.coordinateSystem; if (n && (n.type === "cartesian2d" || n.type === "polar")) {
    var a = n.getBaseAxis();
    if (a.type === "category") {
        var s = Ms(a);
        e[s] || (e[s] = { categoryAxis: a, valueAxis: n.getOtherAxis(a), series: [] }, r.push({ axisDim: a.dim, axisIndex: a.index })), e[s].series.push(o);
    }
    else
        t.push(o);
}
else
    t.push(o); }), { seriesGroupByCategoryAxis: e, other: t, meta: r }; }
function Id(i) {
    var e = [];
    return S(i, function (t, r) {
        var o = t.categoryAxis, n = t.valueAxis, a = n.dim, s = [" "].concat(k(t.series, function (h) { return h.name; })), l = [o.model.getCategories()];
        S(t.series, function (h) { var d = h.getRawData(); l.push(h.getRawData().mapArray(d.mapDimension(a), function (v) { return v; })); });
        for (var u = [s.join(or)], p = 0; p < l[0].length; p++) {
            for (var c = [], f = 0; f < l.length; f++)
                c.push(l[f][p]);
            u.push(c.join(or));
        }
        e.push(u.join(`
`));
    }), e.join(`

` + Xi + `

`);
}
function Ld(i) {
    return k(i, function (e) {
        var t = e.getRawData(), r = [e.name], o = [];
        return t.each(t.dimensions, function () { for (var n = arguments.length, a = arguments[n - 1], s = t.getName(a), l = 0; l < n - 1; l++)
            o[l] = arguments[l]; r.push((s ? s + or : "") + o.join(or)); }), r.join(`
`);
    }).join(`

` + Xi + `

`);
}
function zd(i) {
    var e = Dd(i);
    return { value: _t([Id(e.seriesGroupByCategoryAxis), Ld(e.other)], function (t) { return !!t.replace(/[\n\t\s]/g, ""); }).join(`

` + Xi + `

`), meta: e.meta };
}
function Yi(i) { return i.replace(/^\s\s*/, "").replace(/\s\s*$/, ""); }
function Od(i) {
    var e = i.slice(0, i.indexOf(`
`));
    if (e.indexOf(or) >= 0)
        return !0;
}
var mn = new RegExp("[" + or + "]+", "g");
function Pd(i) { for (var e = i.split(/\n+/g), t = Yi(e.shift()).split(mn), r = [], o = k(t, function (l) { return { name: l, data: [] }; }), n = 0; n < e.length; n++) {
    var a = Yi(e[n]).split(mn);
    r.push(a.shift());
    for (var s = 0; s < a.length; s++)
        o[s] && (o[s].data[n] = a[s]);
} return { series: o, categories: r }; }
function kd(i) { for (var e = i.split(/\n+/g), t = Yi(e.shift()), r = [], o = 0; o < e.length; o++) {
    var n = Yi(e[o]);
    if (n) {
        var a = n.split(mn), s = "", l = void 0, u = !1;
        isNaN(a[0]) ? (u = !0, s = a[0], a = a.slice(1), r[o] = { name: s, value: [] }, l = r[o].value) : l = r[o] = [];
        for (var p = 0; p < a.length; p++)
            l.push(+a[p]);
        l.length === 1 && (u ? r[o].value = l[0] : r[o] = l[0]);
    }
} return { name: t, data: r }; }
function Rd(i, e) {
    var t = i.split(new RegExp(`
*` + Xi + `
*`, "g")), r = { series: [] };
    return S(t, function (o, n) { if (Od(o)) {
        var a = Pd(o), s = e[n], l = s.axisDim + "Axis";
        s && (r[l] = r[l] || [], r[l][s.axisIndex] = { data: a.categories }, r.series = r.series.concat(a.series));
    }
    else {
        var a = kd(o);
        r.series.push(a);
    } }), r;
}
var Ed = (function (i) { Ad(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.onclick = function (t, r) { setTimeout(function () { r.dispatchAction({ type: "hideTip" }); }); var o = r.getDom(), n = this.model; this._dom && o.removeChild(this._dom); var a = document.createElement("div"); a.style.cssText = "position:absolute;top:0;bottom:0;left:0;right:0;padding:5px", a.style.backgroundColor = n.get("backgroundColor") || T.color.neutral00; var s = document.createElement("h4"), l = n.get("lang") || []; s.innerHTML = l[0] || n.get("title"), s.style.cssText = "margin:10px 20px", s.style.color = n.get("textColor"); var u = document.createElement("div"), p = document.createElement("textarea"); u.style.cssText = "overflow:auto"; var c = n.get("optionToContent"), f = n.get("contentToOption"), h = zd(t); if (H(c)) {
    var d = c(r.getOption());
    R(d) ? u.innerHTML = d : pr(d) && u.appendChild(d);
}
else {
    p.readOnly = n.get("readOnly");
    var v = p.style;
    v.cssText = "display:block;width:100%;height:100%;font-family:monospace;font-size:14px;line-height:1.6rem;resize:none;box-sizing:border-box;outline:none", v.color = n.get("textColor"), v.borderColor = n.get("textareaBorderColor"), v.backgroundColor = n.get("textareaColor"), p.value = h.value, u.appendChild(p);
} var m = h.meta, g = document.createElement("div"); g.style.cssText = "position:absolute;bottom:5px;left:0;right:0"; var y = "float:right;margin-right:20px;border:none;cursor:pointer;padding:2px 5px;font-size:12px;border-radius:3px", x = document.createElement("div"), _ = document.createElement("div"); y += ";background-color:" + n.get("buttonColor"), y += ";color:" + n.get("buttonTextColor"); var b = this; function w() { o.removeChild(a), b._dom = null; } fo(x, "click", w), fo(_, "click", function () { if (f == null && c != null || f != null && c == null) {
    w();
    return;
} var C; try {
    H(f) ? C = f(u, r.getOption()) : C = Rd(p.value, m);
}
catch (A) {
    throw w(), new Error("Data view format error " + A);
} C && r.dispatchAction({ type: "changeDataView", newOption: C }), w(); }), x.innerHTML = l[1], _.innerHTML = l[2], _.style.cssText = x.style.cssText = y, !n.get("readOnly") && g.appendChild(_), g.appendChild(x), a.appendChild(s), a.appendChild(u), a.appendChild(g), u.style.height = o.clientHeight - 80 + "px", o.appendChild(a), this._dom = a; }, e.prototype.dispose = function (t, r) { this._dom && r.getDom().removeChild(this._dom); }, e.getDefaultOption = function (t) { var r = { show: !0, readOnly: !1, optionToContent: null, contentToOption: null, icon: "M17.5,17.3H33 M17.5,17.3H33 M45.4,29.5h-28 M11.5,2v56H51V14.8L38.4,2H11.5z M38.4,2.2v12.7H51 M45.4,41.7h-28", title: t.getLocaleModel().get(["toolbox", "dataView", "title"]), lang: t.getLocaleModel().get(["toolbox", "dataView", "lang"]), backgroundColor: T.color.background, textColor: T.color.primary, textareaColor: T.color.background, textareaBorderColor: T.color.border, buttonColor: T.color.accent50, buttonTextColor: T.color.neutral00 }; return r; }, e; })(xt);
function Vd(i, e) { return k(i, function (t, r) { var o = e && e[r]; if (it(o) && !D(o)) {
    var n = it(t) && !D(t);
    n || (t = { value: t });
    var a = o.name != null && t.name == null;
    return t = X(t, o), a && delete t.name, t;
}
else
    return t; }); }
Ze({ type: "changeDataView", event: "dataViewChanged", update: "prepareAndUpdate" }, function (i, e) { var t = []; S(i.newOption.series, function (r) { var o = e.getSeriesByName(r.name)[0]; if (!o)
    t.push(U({ type: "scatter" }, r));
else {
    var n = o.get("data");
    t.push({ name: r.name, data: Vd(r.data, n) });
} }), e.mergeOption(X({ series: t }, i.newOption)); });
var Eu = Ed;
import { __extends as Ud } from "tslib";
var Vu = S, Uu = J();
function Nu(i, e) { var t = gn(i); Vu(e, function (r, o) { for (var n = t.length - 1; n >= 0; n--) {
    var a = t[n];
    if (a[o])
        break;
} if (n < 0) {
    var s = i.queryComponents({ mainType: "dataZoom", subType: "select", id: o })[0];
    if (s) {
        var l = s.getPercentRange();
        t[0][o] = { dataZoomId: o, start: l[0], end: l[1] };
    }
} }), t.push(e); }
function Bu(i) { var e = gn(i), t = e[e.length - 1]; e.length > 1 && e.pop(); var r = {}; return Vu(t, function (o, n) { for (var a = e.length - 1; a >= 0; a--)
    if (o = e[a][n], o) {
        r[n] = o;
        break;
    } }), r; }
function Hu(i) { Uu(i).snapshots = null; }
function Gu(i) { return gn(i).length; }
function gn(i) { var e = Uu(i); return e.snapshots || (e.snapshots = [{}]), e.snapshots; }
var Nd = (function (i) { Ud(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.onclick = function (t, r) { Hu(t), r.dispatchAction({ type: "restore", from: this.uid }); }, e.getDefaultOption = function (t) { var r = { show: !0, icon: "M3.8,33.4 M47,18.9h9.8V8.7 M56.3,20.1 C52.1,9,40.5,0.6,26.8,2.1C12.6,3.7,1.6,16.2,2.1,30.6 M13,41.1H3.1v10.2 M3.7,39.9c4.2,11.1,15.8,19.5,29.5,18 c14.2-1.6,25.2-14.1,24.7-28.5", title: t.getLocaleModel().get(["toolbox", "restore", "title"]) }; return r; }, e; })(xt);
Ze({ type: "restore", event: "restore", update: "prepareAndUpdate" }, function (i, e) { e.resetOption("recreate"); });
var Zu = Nd;
import { __extends as Zd } from "tslib";
var Bd = ["grid", "xAxis", "yAxis", "geo", "graph", "polar", "radiusAxis", "angleAxis", "bmap"], Hd = (function () { function i(e, t, r) { var o = this; this._targetInfoList = []; var n = Wu(t, e); S(Gd, function (a, s) { (!r || !r.include || at(r.include, s) >= 0) && a(n, o._targetInfoList); }); } return i.prototype.setOutputRanges = function (e, t) { return this.matchOutputRanges(e, t, function (r, o, n) { if ((r.coordRanges || (r.coordRanges = [])).push(o), !r.coordRange) {
    r.coordRange = o;
    var a = yn[r.brushType](0, n, o);
    r.__rangeOffset = { offset: qu[r.brushType](a.values, r.range, [1, 1]), xyMinMax: a.xyMinMax };
} }), e; }, i.prototype.matchOutputRanges = function (e, t, r) { S(e, function (o) { var n = this.findTargetInfo(o, t); n && n !== !0 && S(n.coordSyses, function (a) { var s = yn[o.brushType](1, a, o.range, !0); r(o, s.values, a, t); }); }, this); }, i.prototype.setInputRanges = function (e, t) { S(e, function (r) { var o = this.findTargetInfo(r, t); if (r.range = r.range || [], o && o !== !0) {
    r.panelId = o.panelId;
    var n = yn[r.brushType](0, o.coordSys, r.coordRange), a = r.__rangeOffset;
    r.range = a ? qu[r.brushType](n.values, a.offset, Fd(n.xyMinMax, a.xyMinMax)) : n.values;
} }, this); }, i.prototype.makePanelOpts = function (e, t) { return k(this._targetInfoList, function (r) { var o = r.getPanelRect(); return { panelId: r.panelId, defaultBrushType: t ? t(r) : null, clipPath: Gs(o), isTargetByCursor: Zs(o, e, r.coordSysModel), getLinearBrushOtherExtent: Fs(o) }; }); }, i.prototype.controlSeries = function (e, t, r) { var o = this.findTargetInfo(e, r); return o === !0 || o && at(o.coordSyses, t.coordinateSystem) >= 0; }, i.prototype.findTargetInfo = function (e, t) { for (var r = this._targetInfoList, o = Wu(t, e), n = 0; n < r.length; n++) {
    var a = r[n], s = e.panelId;
    if (s) {
        if (a.panelId === s)
            return a;
    }
    else
        for (var l = 0; l < Yu.length; l++)
            if (Yu[l](o, a))
                return a;
} return !0; }, i; })();
function xn(i) { return i[0] > i[1] && i.reverse(), i; }
function Wu(i, e) { return Gr(i, e, { includeMainTypes: Bd }); }
var Gd = { grid: function (i, e) { var t = i.xAxisModels, r = i.yAxisModels, o = i.gridModels, n = K(), a = {}, s = {}; !t && !r && !o || (S(t, function (l) { var u = l.axis.grid.model; n.set(u.id, u), a[u.id] = !0; }), S(r, function (l) { var u = l.axis.grid.model; n.set(u.id, u), s[u.id] = !0; }), S(o, function (l) { n.set(l.id, l), a[l.id] = !0, s[l.id] = !0; }), n.each(function (l) { var u = l.coordinateSystem, p = []; S(u.getCartesians(), function (c, f) { (at(t, c.getAxis("x").model) >= 0 || at(r, c.getAxis("y").model) >= 0) && p.push(c); }), e.push({ panelId: "grid--" + l.id, gridModel: l, coordSysModel: l, coordSys: p[0], coordSyses: p, getPanelRect: Xu.grid, xAxisDeclared: a[l.id], yAxisDeclared: s[l.id] }); })); }, geo: function (i, e) { S(i.geoModels, function (t) { var r = t.coordinateSystem; e.push({ panelId: "geo--" + t.id, geoModel: t, coordSysModel: t, coordSys: r, coordSyses: [r], getPanelRect: Xu.geo }); }); } }, Yu = [function (i, e) { var t = i.xAxisModel, r = i.yAxisModel, o = i.gridModel; return !o && t && (o = t.axis.grid.model), !o && r && (o = r.axis.grid.model), o && o === e.gridModel; }, function (i, e) { var t = i.geoModel; return t && t === e.geoModel; }], Xu = { grid: function () { return this.coordSys.master.getRect().clone(); }, geo: function () { var i = this.coordSys.view, e = Es(null, i); return va(e, e, gi(null, i)), e; } }, yn = { lineX: B(Ku, 0), lineY: B(Ku, 1), rect: function (i, e, t, r) { var o = i ? e.pointToData([t[0][0], t[1][0]], r) : e.dataToPoint([t[0][0], t[1][0]], r), n = i ? e.pointToData([t[0][1], t[1][1]], r) : e.dataToPoint([t[0][1], t[1][1]], r), a = [xn([o[0], n[0]]), xn([o[1], n[1]])]; return { values: a, xyMinMax: a }; }, polygon: function (i, e, t, r) { var o = [ke(), ke()], n = k(t, function (a) { var s = i ? e.pointToData(a, r) : e.dataToPoint(a, r); return o[0][0] = Math.min(o[0][0], s[0]), o[1][0] = Math.min(o[1][0], s[1]), o[0][1] = Math.max(o[0][1], s[0]), o[1][1] = Math.max(o[1][1], s[1]), s; }); return { values: n, xyMinMax: o }; } };
function Ku(i, e, t, r) { var o = t.getAxis(["x", "y"][i]), n = xn(k([0, 1], function (s) { return e ? o.coordToData(o.toLocalCoord(r[s]), !0) : o.toGlobalCoord(o.dataToCoord(r[s])); })), a = []; return a[i] = n, a[1 - i] = [NaN, NaN], { values: n, xyMinMax: a }; }
var qu = { lineX: B(ju, 0), lineY: B(ju, 1), rect: function (i, e, t) { return [[i[0][0] - t[0] * e[0][0], i[0][1] - t[0] * e[0][1]], [i[1][0] - t[1] * e[1][0], i[1][1] - t[1] * e[1][1]]]; }, polygon: function (i, e, t) { return k(i, function (r, o) { return [r[0] - t[0] * e[o][0], r[1] - t[1] * e[o][1]]; }); } };
function ju(i, e, t, r) { return [e[0] - r[i] * t[0], e[1] - r[i] * t[1]]; }
function Fd(i, e) { var t = $u(i), r = $u(e), o = [t[0] / r[0], t[1] / r[1]]; return isNaN(o[0]) && (o[0] = 1), isNaN(o[1]) && (o[1] = 1), o; }
function $u(i) { return i ? [i[0][1] - i[0][0], i[1][1] - i[1][0]] : [NaN, NaN]; }
var Ar = Hd;
var _n = S, Wd = Da("toolbox-dataZoom_");
var Yd = { x: "width", y: "height" }, Xd = (function (i) { Zd(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.render = function (t, r, o, n) { this._brushController || (this._brushController = new yi(o.getZr()), this._brushController.on("brush", z(this._onBrush, this)).mount()), jd(t, r, this, n, o), qd(t, r); }, e.prototype.onclick = function (t, r, o) { Kd[o].call(this); }, e.prototype.dispose = function (t, r) { this._brushController && this._brushController.dispose(); }, e.prototype._onBrush = function (t) { var r = t.areas; if (!t.isEnd || !r.length)
    return; var o = {}, n = this.ecModel; this._brushController.updateCovers([]); var a = new Ar(Sn(this.model), n, { include: ["grid"] }); a.matchOutputRanges(r, n, function (u, p, c) { if (c.type === "cartesian2d") {
    var f = c.master.getRect().clone(), h = u.brushType;
    h === "rect" ? (s("x", c, f, p[0]), s("y", c, f, p[1])) : s({ lineX: "x", lineY: "y" }[h], c, f, p);
} }), Nu(n, o), this._dispatchZoomAction(o); function s(u, p, c, f) { var h = p.getAxis(u), d = h.model, v = l(u, d, n), m = v.findRepresentativeAxisProxy(d).getMinMaxSpan(), g = h.scale.getExtent(); (m.minValueSpan != null || m.maxValueSpan != null) && (f = Rt(0, f.slice(), g, 0, m.minValueSpan, m.maxValueSpan)); var y = Br(g, c[Yd[u]], .5); v && (o[v.id] = { dataZoomId: v.id, startValue: isFinite(y) ? me(f[0], y) : f[0], endValue: isFinite(y) ? me(f[1], y) : f[1] }); } function l(u, p, c) { var f; return c.eachComponent({ mainType: "dataZoom", subType: "select" }, function (h) { var d = h.getAxisModel(u, p.componentIndex); d && (f = h); }), f; } }, e.prototype._dispatchZoomAction = function (t) { var r = []; _n(t, function (o, n) { r.push(V(o)); }), r.length && this.api.dispatchAction({ type: "dataZoom", from: this.uid, batch: r }); }, e.getDefaultOption = function (t) { var r = { show: !0, filterMode: "filter", icon: { zoom: "M0,13.5h26.9 M13.5,26.9V0 M32.1,13.5H58V58H13.5 V32.1", back: "M22,1.4L9.9,13.5l12.3,12.3 M10.3,13.5H54.9v44.6 H10.3v-26" }, title: t.getLocaleModel().get(["toolbox", "dataZoom", "title"]), brushStyle: { borderWidth: 0, color: T.color.backgroundTint } }; return r; }, e; })(xt), Kd = { zoom: function () { var i = !this._isZoomActive; this.api.dispatchAction({ type: "takeGlobalCursor", key: "dataZoomSelect", dataZoomSelectActive: i }); }, back: function () { this._dispatchZoomAction(Bu(this.ecModel)); } };
function Sn(i) { var e = { xAxisIndex: i.get("xAxisIndex", !0), yAxisIndex: i.get("yAxisIndex", !0), xAxisId: i.get("xAxisId", !0), yAxisId: i.get("yAxisId", !0) }; return e.xAxisIndex == null && e.xAxisId == null && (e.xAxisIndex = "all"), e.yAxisIndex == null && e.yAxisId == null && (e.yAxisIndex = "all"), e; }
function qd(i, e) { i.setIconStatus("back", Gu(e) > 1 ? "emphasis" : "normal"); }
function jd(i, e, t, r, o) { var n = t._isZoomActive; r && r.type === "takeGlobalCursor" && (n = r.key === "dataZoomSelect" ? r.dataZoomSelectActive : !1), t._isZoomActive = n, i.setIconStatus("zoom", n ? "emphasis" : "normal"); var a = new Ar(Sn(i), e, { include: ["grid"] }), s = a.makePanelOpts(o, function (l) { return l.xAxisDeclared && !l.yAxisDeclared ? "lineX" : !l.xAxisDeclared && l.yAxisDeclared ? "lineY" : "rect"; }); t._brushController.setPanels(s).enableBrush(n && s.length ? { brushType: "auto", brushStyle: i.getModel("brushStyle").getItemStyle() } : !1); }
as("dataZoom", function (i) { var e = i.getComponent("toolbox", 0), t = ["feature", "dataZoom"]; if (!e || e.get(t) == null)
    return; var r = e.getModel(t), o = [], n = Sn(r), a = Gr(i, n); _n(a.xAxisModels, function (l) { return s(l, "xAxis", "xAxisIndex"); }), _n(a.yAxisModels, function (l) { return s(l, "yAxis", "yAxisIndex"); }); function s(l, u, p) { var c = l.componentIndex, f = { type: "select", $fromToolbox: !0, filterMode: r.get("filterMode", !0) || "filter", id: Wd + u + c }; f[p] = c, o.push(f); } return o; });
var Ju = Xd;
function $d(i) { i.registerComponentModel(Du), i.registerComponentView(Lu), ce("saveAsImage", zu), ce("magicType", Ru), ce("dataView", Eu), ce("dataZoom", Ju), ce("restore", Zu), ct(Mu); }
import { __extends as Jd } from "tslib";
var Qd = (function (i) { Jd(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "tooltip", e.dependencies = ["axisPointer"], e.defaultOption = { z: 60, show: !0, showContent: !0, trigger: "item", triggerOn: "mousemove|click|mousewheel", alwaysShowContent: !1, renderMode: "auto", confine: null, showDelay: 0, hideDelay: 100, transitionDuration: .4, displayTransition: !0, enterable: !1, backgroundColor: T.color.neutral00, shadowBlur: 10, shadowColor: "rgba(0, 0, 0, .2)", shadowOffsetX: 1, shadowOffsetY: 2, borderRadius: 4, borderWidth: 1, defaultBorderColor: T.color.border, padding: null, extraCssText: "", axisPointer: { type: "line", axis: "auto", animation: "auto", animationDurationUpdate: 200, animationEasingUpdate: "exponentialOut", crossStyle: { color: T.color.borderShade, width: 1, type: "dashed", textStyle: {} } }, textStyle: { color: T.color.tertiary, fontSize: 14 } }, e; })(F), Qu = Qd;
import { __extends as uv } from "tslib";
function Ki(i) { var e = i.get("confine"); return e != null ? !!e : i.get("renderMode") === "richText"; }
function tp(i) { if (ft.domSupported) {
    for (var e = document.documentElement.style, t = 0, r = i.length; t < r; t++)
        if (i[t] in e)
            return i[t];
} }
var bn = tp(["transform", "webkitTransform", "OTransform", "MozTransform", "msTransform"]), ep = tp(["webkitTransition", "transition", "OTransition", "MozTransition", "msTransition"]);
function wn(i, e) { if (!i)
    return e; e = ti(e, !0); var t = i.indexOf(e); return i = t === -1 ? e : "-" + i.slice(0, t) + "-" + e, i.toLowerCase(); }
function rp(i, e) { var t = i.currentStyle || document.defaultView && document.defaultView.getComputedStyle(i); return t ? e ? t[e] : t : null; }
var tv = wn(ep, "transition"), Cn = wn(bn, "transform"), ev = "position:absolute;display:block;border-style:solid;white-space:nowrap;z-index:9999999;" + (ft.transform3dSupported ? "will-change:transform;" : "");
function rv(i) { return i = i === "left" ? "right" : i === "right" ? "left" : i === "top" ? "bottom" : "top", i; }
function iv(i, e, t) { if (!R(t) || t === "inside")
    return ""; var r = i.get("backgroundColor"), o = i.get("borderWidth"); e = Ne(e); var n = rv(t), a = Math.max(Math.round(o) * 1.5, 6), s = "", l = Cn + ":", u; at(["left", "right"], n) > -1 ? (s += "top:50%", l += "translateY(-50%) rotate(" + (u = n === "left" ? -225 : -45) + "deg)") : (s += "left:50%", l += "translateX(-50%) rotate(" + (u = n === "top" ? 225 : 45) + "deg)"); var p = u * Math.PI / 180, c = a + o, f = c * Math.abs(Math.cos(p)) + c * Math.abs(Math.sin(p)), h = Math.round(((f - Math.SQRT2 * o) / 2 + Math.SQRT2 * o - (f - c) / 2) * 100) / 100; s += ";" + n + ":-" + h + "px"; var d = e + " solid " + o + "px;", v = ["position:absolute;width:" + a + "px;height:" + a + "px;z-index:-1;", s + ";" + l + ";", "border-bottom:" + d, "border-right:" + d, "background-color:" + r + ";"]; return '<div style="' + v.join("") + '"></div>'; }
function ov(i, e, t) { var r = "cubic-bezier(0.23,1,0.32,1)", o = "", n = ""; return t && (o = " " + i / 2 + "s " + r, n = "opacity" + o + ",visibility" + o), e || (o = " " + i + "s " + r, n += (n.length ? "," : "") + (ft.transformSupported ? "" + Cn + o : ",left" + o + ",top" + o)), tv + ":" + n; }
function ip(i, e, t) { var r = i.toFixed(0) + "px", o = e.toFixed(0) + "px"; if (!ft.transformSupported)
    return t ? "top:" + o + ";left:" + r + ";" : [["top", o], ["left", r]]; var n = ft.transform3dSupported, a = "translate" + (n ? "3d" : "") + "(" + r + "," + o + (n ? ",0" : "") + ")"; return t ? "top:0;left:0;" + Cn + ":" + a + ";" : [["top", 0], ["left", 0], [bn, a]]; }
function nv(i) { var e = [], t = i.get("fontSize"), r = i.getTextColor(); r && e.push("color:" + r), e.push("font:" + i.getFont()); var o = Z(i.get("lineHeight"), Math.round(t * 3 / 2)); t && e.push("line-height:" + o + "px"); var n = i.get("textShadowColor"), a = i.get("textShadowBlur") || 0, s = i.get("textShadowOffsetX") || 0, l = i.get("textShadowOffsetY") || 0; return n && a && e.push("text-shadow:" + s + "px " + l + "px " + a + "px " + n), S(["decoration", "align"], function (u) { var p = i.get(u); p && e.push("text-" + u + ":" + p); }), e.join(";"); }
function av(i, e, t, r) { var o = [], n = i.get("transitionDuration"), a = i.get("backgroundColor"), s = i.get("shadowBlur"), l = i.get("shadowColor"), u = i.get("shadowOffsetX"), p = i.get("shadowOffsetY"), c = i.getModel("textStyle"), f = ni(i, "html"), h = u + "px " + p + "px " + s + "px " + l; return o.push("box-shadow:" + h), e && n > 0 && o.push(ov(n, t, r)), a && o.push("background-color:" + a), S(["width", "color", "radius"], function (d) { var v = "border-" + d, m = ti(v), g = i.get(m); g != null && o.push(v + ":" + g + (d === "color" ? "" : "px")); }), o.push(nv(c)), f != null && o.push("padding:" + ae(f).join("px ") + "px"), o.join(";") + ";"; }
function op(i, e, t, r, o) { var n = e && e.painter; if (t) {
    var a = n && n.getViewportRoot();
    a && pa(i, a, t, r, o);
}
else {
    i[0] = r, i[1] = o;
    var s = n && n.getViewportRootOffset();
    s && (i[0] += s.offsetLeft, i[1] += s.offsetTop);
} i[2] = i[0] / e.getWidth(), i[3] = i[1] / e.getHeight(); }
var sv = (function () { function i(e, t) { if (this._show = !1, this._styleCoord = [0, 0, 0, 0], this._enterable = !0, this._alwaysShowContent = !1, this._firstShow = !0, this._longHide = !0, ft.wxa)
    return null; var r = document.createElement("div"); r.domBelongToZr = !0, this.el = r; var o = this._zr = e.getZr(), n = t.appendTo, a = n && (R(n) ? document.querySelector(n) : pr(n) ? n : H(n) && n(e.getDom())); op(this._styleCoord, o, a, e.getWidth() / 2, e.getHeight() / 2), (a || e.getDom()).appendChild(r), this._api = e, this._container = a; var s = this; r.onmouseenter = function () { s._enterable && (clearTimeout(s._hideTimeout), s._show = !0), s._inContent = !0; }, r.onmousemove = function (l) { if (l = l || window.event, !s._enterable) {
    var u = o.handler, p = o.painter.getViewportRoot();
    ha(p, l, !0), u.dispatch("mousemove", l);
} }, r.onmouseleave = function () { s._inContent = !1, s._enterable && s._show && s.hideLater(s._hideDelay); }; } return i.prototype.update = function (e) { if (!this._container) {
    var t = this._api.getDom(), r = rp(t, "position"), o = t.style;
    o.position !== "absolute" && r !== "absolute" && (o.position = "relative");
} var n = e.get("alwaysShowContent"); n && this._moveIfResized(), this._alwaysShowContent = n, this._enableDisplayTransition = e.get("displayTransition") && e.get("transitionDuration") > 0, this.el.className = e.get("className") || ""; }, i.prototype.show = function (e, t) { clearTimeout(this._hideTimeout), clearTimeout(this._longHideTimeout); var r = this.el, o = r.style, n = this._styleCoord; r.innerHTML ? o.cssText = ev + av(e, !this._firstShow, this._longHide, this._enableDisplayTransition) + ip(n[0], n[1], !0) + ("border-color:" + Ne(t) + ";") + (e.get("extraCssText") || "") + (";pointer-events:" + (this._enterable ? "auto" : "none")) : o.display = "none", this._show = !0, this._firstShow = !1, this._longHide = !1; }, i.prototype.setContent = function (e, t, r, o, n) { var a = this.el; if (e == null) {
    a.innerHTML = "";
    return;
} var s = ""; if (R(n) && r.get("trigger") === "item" && !Ki(r) && (s = iv(r, o, n)), R(e))
    a.innerHTML = e + s;
else if (e) {
    a.innerHTML = "", D(e) || (e = [e]);
    for (var l = 0; l < e.length; l++)
        pr(e[l]) && e[l].parentNode !== a && a.appendChild(e[l]);
    if (s && a.childNodes.length) {
        var u = document.createElement("div");
        u.innerHTML = s, a.appendChild(u);
    }
} }, i.prototype.setEnterable = function (e) { this._enterable = e; }, i.prototype.getSize = function () { var e = this.el; return e ? [e.offsetWidth, e.offsetHeight] : [0, 0]; }, i.prototype.moveTo = function (e, t) { if (this.el) {
    var r = this._styleCoord;
    if (op(r, this._zr, this._container, e, t), r[0] != null && r[1] != null) {
        var o = this.el.style, n = ip(r[0], r[1]);
        S(n, function (a) { o[a[0]] = a[1]; });
    }
} }, i.prototype._moveIfResized = function () { var e = this._styleCoord[2], t = this._styleCoord[3]; this.moveTo(e * this._zr.getWidth(), t * this._zr.getHeight()); }, i.prototype.hide = function () { var e = this, t = this.el.style; this._enableDisplayTransition ? (t.visibility = "hidden", t.opacity = "0") : t.display = "none", ft.transform3dSupported && (t.willChange = ""), this._show = !1, this._longHideTimeout = setTimeout(function () { return e._longHide = !0; }, 500); }, i.prototype.hideLater = function (e) { this._show && !(this._inContent && this._enterable) && !this._alwaysShowContent && (e ? (this._hideDelay = e, this._show = !1, this._hideTimeout = setTimeout(z(this.hide, this), e)) : this.hide()); }, i.prototype.isShow = function () { return this._show; }, i.prototype.dispose = function () { clearTimeout(this._hideTimeout), clearTimeout(this._longHideTimeout); var e = this._zr; ca(e && e.painter && e.painter.getViewportRoot(), this._container); var t = this.el; if (t) {
    t.onmouseenter = t.onmousemove = t.onmouseleave = null;
    var r = t.parentNode;
    r && r.removeChild(t);
} this.el = this._container = null; }, i; })(), np = sv;
var lv = (function () { function i(e) { this._show = !1, this._styleCoord = [0, 0, 0, 0], this._alwaysShowContent = !1, this._enterable = !0, this._zr = e.getZr(), sp(this._styleCoord, this._zr, e.getWidth() / 2, e.getHeight() / 2); } return i.prototype.update = function (e) { var t = e.get("alwaysShowContent"); t && this._moveIfResized(), this._alwaysShowContent = t; }, i.prototype.show = function () { this._hideTimeout && clearTimeout(this._hideTimeout), this.el.show(), this._show = !0; }, i.prototype.setContent = function (e, t, r, o, n) { var a = this; it(e) && lt(""), this.el && this._zr.remove(this.el); var s = r.getModel("textStyle"); this.el = new G({ style: { rich: t.richTextStyles, text: e, lineHeight: 22, borderWidth: 1, borderColor: o, textShadowColor: s.get("textShadowColor"), fill: r.get(["textStyle", "color"]), padding: ni(r, "richText"), verticalAlign: "top", align: "left" }, z: r.get("z") }), S(["backgroundColor", "borderRadius", "shadowColor", "shadowBlur", "shadowOffsetX", "shadowOffsetY"], function (u) { a.el.style[u] = r.get(u); }), S(["textShadowBlur", "textShadowOffsetX", "textShadowOffsetY"], function (u) { a.el.style[u] = s.get(u) || 0; }), this._zr.add(this.el); var l = this; this.el.on("mouseover", function () { l._enterable && (clearTimeout(l._hideTimeout), l._show = !0), l._inContent = !0; }), this.el.on("mouseout", function () { l._enterable && l._show && l.hideLater(l._hideDelay), l._inContent = !1; }); }, i.prototype.setEnterable = function (e) { this._enterable = e; }, i.prototype.getSize = function () { var e = this.el, t = this.el.getBoundingRect(), r = ap(e.style); return [t.width + r.left + r.right, t.height + r.top + r.bottom]; }, i.prototype.moveTo = function (e, t) { var r = this.el; if (r) {
    var o = this._styleCoord;
    sp(o, this._zr, e, t), e = o[0], t = o[1];
    var n = r.style, a = fe(n.borderWidth || 0), s = ap(n);
    r.x = e + a + s.left, r.y = t + a + s.top, r.markRedraw();
} }, i.prototype._moveIfResized = function () { var e = this._styleCoord[2], t = this._styleCoord[3]; this.moveTo(e * this._zr.getWidth(), t * this._zr.getHeight()); }, i.prototype.hide = function () { this.el && this.el.hide(), this._show = !1; }, i.prototype.hideLater = function (e) { this._show && !(this._inContent && this._enterable) && !this._alwaysShowContent && (e ? (this._hideDelay = e, this._show = !1, this._hideTimeout = setTimeout(z(this.hide, this), e)) : this.hide()); }, i.prototype.isShow = function () { return this._show; }, i.prototype.dispose = function () { this._zr.remove(this.el); }, i; })();
function fe(i) { return Math.max(0, i); }
function ap(i) { var e = fe(i.shadowBlur || 0), t = fe(i.shadowOffsetX || 0), r = fe(i.shadowOffsetY || 0); return { left: fe(e - t), right: fe(e + t), top: fe(e - r), bottom: fe(e + r) }; }
function sp(i, e, t, r) { i[0] = t, i[1] = r, i[2] = i[0] / e.getWidth(), i[3] = i[1] / e.getHeight(); }
var lp = lv;
var pv = new et({ shape: { x: -1, y: -1, width: 2, height: 2 } }), cv = (function (i) {
    uv(e, i);
    function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; }
    return e.prototype.init = function (t, r) { if (!(ft.node || !r.getDom())) {
        var o = t.getComponent("tooltip"), n = this._renderMode = Pa(o.get("renderMode"));
        this._tooltipContent = n === "richText" ? new lp(r) : new np(r, { appendTo: o.get("appendToBody", !0) ? "body" : o.get("appendTo", !0) });
    } }, e.prototype.render = function (t, r, o) { if (!(ft.node || !o.getDom())) {
        this.group.removeAll(), this._tooltipModel = t, this._ecModel = r, this._api = o;
        var n = this._tooltipContent;
        n.update(t), n.setEnterable(t.get("enterable")), this._initGlobalListener(), this._keepShow(), this._renderMode !== "richText" && t.get("transitionDuration") ? Kt(this, "_updatePosition", 50, "fixRate") : _e(this, "_updatePosition");
    } }, e.prototype._initGlobalListener = function () { var t = this._tooltipModel, r = t.get("triggerOn"); wi("itemTooltip", this._api, z(function (o, n, a) { r !== "none" && (r.indexOf(o) >= 0 ? this._tryShow(n, a) : o === "leave" && this._hide(a)); }, this)); }, e.prototype._keepShow = function () { var t = this._tooltipModel, r = this._ecModel, o = this._api, n = t.get("triggerOn"); if (t.get("trigger") !== "axis" && (this._lastDataByCoordSys = null, this._cbParamsList = null), this._lastX != null && this._lastY != null && n !== "none" && n !== "click") {
        var a = this;
        clearTimeout(this._refreshUpdateTimeout), this._refreshUpdateTimeout = setTimeout(function () { !o.isDisposed() && a.manuallyShowTip(t, r, o, { x: a._lastX, y: a._lastY, dataByCoordSys: a._lastDataByCoordSys }); });
    } }, e.prototype.manuallyShowTip = function (t, r, o, n) { if (!(n.from === this.uid || ft.node || !o.getDom())) {
        var a = up(n, o);
        this._ticket = "";
        var s = n.dataByCoordSys, l = vv(n, r, o);
        if (l) {
            var u = l.el.getBoundingRect().clone();
            u.applyTransform(l.el.transform), this._tryShow({ offsetX: u.x + u.width / 2, offsetY: u.y + u.height / 2, target: l.el, position: n.position, positionDefault: "bottom" }, a);
        }
        else if (n.tooltip && n.x != null && n.y != null) {
            var p = pv;
            p.x = n.x, p.y = n.y, p.update(), q(p).tooltipConfig = { name: null, option: n.tooltip }, this._tryShow({ offsetX: n.x, offsetY: n.y, target: p }, a);
        }
        else if (s)
            this._tryShow({ offsetX: n.x, offsetY: n.y, position: n.position, dataByCoordSys: s, tooltipOption: n.tooltipOption }, a);
        else if (n.seriesIndex != null) {
            if (this._manuallyAxisShowTip(t, r, o, n))
                return;
            var c = wr(n, r), f = c.point[0], h = c.point[1];
            f != null && h != null && this._tryShow({ offsetX: f, offsetY: h, target: c.el, position: n.position, positionDefault: "bottom" }, a);
        }
        else
            n.x != null && n.y != null && (o.dispatchAction({ type: "updateAxisPointer", x: n.x, y: n.y }), this._tryShow({ offsetX: n.x, offsetY: n.y, position: n.position, target: o.getZr().findHover(n.x, n.y).target }, a));
    } }, e.prototype.manuallyHideTip = function (t, r, o, n) { var a = this._tooltipContent; this._tooltipModel && a.hideLater(this._tooltipModel.get("hideDelay")), this._lastX = this._lastY = this._lastDataByCoordSys = null, this._cbParamsList = null, n.from !== this.uid && this._hide(up(n, o)); }, e.prototype._manuallyAxisShowTip = function (t, r, o, n) { var a = n.seriesIndex, s = n.dataIndex, l = r.getComponent("axisPointer").coordSysAxesInfo; if (!(a == null || s == null || l == null)) {
        var u = r.getSeriesByIndex(a);
        if (u) {
            var p = u.getData(), c = Dr([p.getItemModel(s), u, (u.coordinateSystem || {}).model], this._tooltipModel);
            if (c.get("trigger") === "axis")
                return o.dispatchAction({ type: "updateAxisPointer", seriesIndex: a, dataIndex: s, position: n.position }), !0;
        }
    } }, e.prototype._tryShow = function (t, r) { var o = t.target, n = this._tooltipModel; if (n) {
        this._lastX = t.offsetX, this._lastY = t.offsetY;
        var a = t.dataByCoordSys;
        if (a && a.length)
            this._showAxisTooltip(a, t);
        else if (o) {
            var s = q(o);
            if (s.ssrType === "legend")
                return;
            this._lastDataByCoordSys = null, this._cbParamsList = null;
            var l, u;
            si(o, function (p) { if (p.tooltipDisabled)
                return l = u = null, !0; l || u || (q(p).dataIndex != null ? l = p : q(p).tooltipConfig != null && (u = p)); }, !0), l ? this._showSeriesItemTooltip(t, l, r) : u ? this._showComponentItemTooltip(t, u, r) : this._hide(r);
        }
        else
            this._lastDataByCoordSys = null, this._cbParamsList = null, this._hide(r);
    } }, e.prototype._showOrMove = function (t, r) { var o = t.get("showDelay"); r = z(r, this), clearTimeout(this._showTimout), o > 0 ? this._showTimout = setTimeout(r, o) : r(); }, e.prototype._showAxisTooltip = function (t, r) {
        var o = this._ecModel, n = this._tooltipModel, a = [r.offsetX, r.offsetY], s = Dr([r.tooltipOption], n), l = this._renderMode, u = [], p = se("section", { blocks: [], noHeader: !0 }), c = [], f = new ai;
        S(t, function (y) { S(y.dataByAxis, function (x) { var _ = o.getComponent(x.axisDim + "Axis", x.axisIndex), b = x.value, w = _.axis, C = w.scale.parse(b); if (!(!_ || b == null)) {
            var A = No(b, w, o, x.seriesDataIndices, x.valueLabelOpt), M = se("section", { header: A, noHeader: !ua(A), sortBlocks: !0, blocks: [] });
            p.blocks.push(M), S(x.seriesDataIndices, function (L) { var I = o.getSeriesByIndex(L.seriesIndex), W = L.dataIndexInside, O = I.getDataParams(W); if (!(O.dataIndex < 0)) {
                O.axisDim = x.axisDim, O.axisIndex = x.axisIndex, O.axisType = x.axisType, O.axisId = x.axisId, O.axisValue = fi(_.axis, { value: C }), O.axisValueLabel = A, O.marker = f.makeTooltipMarker("item", Ne(O.color), l);
                var E = bo(I.formatTooltip(W, !0, null)), j = E.frag;
                if (j) {
                    var rt = Dr([I], n).get("valueFormatter");
                    M.blocks.push(rt ? U({ valueFormatter: rt }, j) : j);
                }
                E.text && c.push(E.text), u.push(O);
            } });
        } }); }), p.blocks.reverse(), c.reverse();
        var h = r.position, d = s.get("order"), v = Co(p, f, l, d, o.get("useUTC"), s.get("textStyle"));
        v && c.unshift(v);
        var m = l === "richText" ? `

` : "<br/>", g = c.join(m);
        this._showOrMove(s, function () { this._updateContentNotChangedOnAxis(t, u) ? this._updatePosition(s, h, a[0], a[1], this._tooltipContent, u) : this._showTooltipContent(s, g, u, Math.random() + "", a[0], a[1], h, null, f); });
    }, e.prototype._showSeriesItemTooltip = function (t, r, o) { var n = this._ecModel, a = q(r), s = a.seriesIndex, l = n.getSeriesByIndex(s), u = a.dataModel || l, p = a.dataIndex, c = a.dataType, f = u.getData(c), h = this._renderMode, d = t.positionDefault, v = Dr([f.getItemModel(p), u, l && (l.coordinateSystem || {}).model], this._tooltipModel, d ? { position: d } : null), m = v.get("trigger"); if (!(m != null && m !== "item")) {
        var g = u.getDataParams(p, c), y = new ai;
        g.marker = y.makeTooltipMarker("item", Ne(g.color), h);
        var x = bo(u.formatTooltip(p, !1, c)), _ = v.get("order"), b = v.get("valueFormatter"), w = x.frag, C = w ? Co(b ? U({ valueFormatter: b }, w) : w, y, h, _, n.get("useUTC"), v.get("textStyle")) : x.text, A = "item_" + u.name + "_" + p;
        this._showOrMove(v, function () { this._showTooltipContent(v, C, g, A, t.offsetX, t.offsetY, t.position, t.target, y); }), o({ type: "showTip", dataIndexInside: p, dataIndex: f.getRawIndex(p), seriesIndex: s, from: this.uid });
    } }, e.prototype._showComponentItemTooltip = function (t, r, o) { var n = this._renderMode === "html", a = q(r), s = a.tooltipConfig, l = s.option || {}, u = l.encodeHTMLContent; if (R(l)) {
        var p = l;
        l = { content: p, formatter: p }, u = !0;
    } u && n && l.content && (l = V(l), l.content = fa(l.content)); var c = [l], f = this._ecModel.getComponent(a.componentMainType, a.componentIndex); f && c.push(f), c.push({ formatter: l.content }); var h = t.positionDefault, d = Dr(c, this._tooltipModel, h ? { position: h } : null), v = d.get("content"), m = Math.random() + "", g = new ai; this._showOrMove(d, function () { var y = V(d.get("formatterParams") || {}); this._showTooltipContent(d, v, y, m, t.offsetX, t.offsetY, t.position, r, g); }), o({ type: "showTip", from: this.uid }); }, e.prototype._showTooltipContent = function (t, r, o, n, a, s, l, u, p) { if (this._ticket = "", !(!t.get("showContent") || !t.get("show"))) {
        var c = this._tooltipContent;
        c.setEnterable(t.get("enterable"));
        var f = t.get("formatter");
        l = l || t.get("position");
        var h = r, d = this._getNearestPoint([a, s], o, t.get("trigger"), t.get("borderColor"), t.get("defaultBorderColor", !0)), v = d.color;
        if (f)
            if (R(f)) {
                var m = t.ecModel.get("useUTC"), g = D(o) ? o[0] : o, y = g && g.axisType && g.axisType.indexOf("time") >= 0;
                h = f, y && (h = ts(g.axisValue, h, m)), h = es(h, o, !0);
            }
            else if (H(f)) {
                var x = z(function (_, b) { _ === this._ticket && (c.setContent(b, p, t, v, l), this._updatePosition(t, l, a, s, c, o, u)); }, this);
                this._ticket = n, h = f(o, n, x);
            }
            else
                h = f;
        c.setContent(h, p, t, v, l), c.show(t, v), this._updatePosition(t, l, a, s, c, o, u);
    } }, e.prototype._getNearestPoint = function (t, r, o, n, a) { if (o === "axis" || D(r))
        return { color: n || a }; if (!D(r))
        return { color: n || r.color || r.borderColor }; }, e.prototype._updatePosition = function (t, r, o, n, a, s, l) { var u = this._api.getWidth(), p = this._api.getHeight(); r = r || t.get("position"); var c = a.getSize(), f = t.get("align"), h = t.get("verticalAlign"), d = l && l.getBoundingRect().clone(); if (l && d.applyTransform(l.transform), H(r) && (r = r([o, n], s, a.el, d, { viewSize: [u, p], contentSize: c.slice() })), D(r))
        o = $(r[0], u), n = $(r[1], p);
    else if (it(r)) {
        var v = r;
        v.width = c[0], v.height = c[1];
        var m = ut(v, { width: u, height: p });
        o = m.x, n = m.y, f = null, h = null;
    }
    else if (R(r) && l) {
        var g = dv(r, d, c, t.get("borderWidth"));
        o = g[0], n = g[1];
    }
    else {
        var g = fv(o, n, a, u, p, f ? null : 20, h ? null : 20);
        o = g[0], n = g[1];
    } if (f && (o -= pp(f) ? c[0] / 2 : f === "right" ? c[0] : 0), h && (n -= pp(h) ? c[1] / 2 : h === "bottom" ? c[1] : 0), Ki(t)) {
        var g = hv(o, n, a, u, p);
        o = g[0], n = g[1];
    } a.moveTo(o, n); }, e.prototype._updateContentNotChangedOnAxis = function (t, r) { var o = this._lastDataByCoordSys, n = this._cbParamsList, a = !!o && o.length === t.length; return a && S(o, function (s, l) { var u = s.dataByAxis || [], p = t[l] || {}, c = p.dataByAxis || []; a = a && u.length === c.length, a && S(u, function (f, h) { var d = c[h] || {}, v = f.seriesDataIndices || [], m = d.seriesDataIndices || []; a = a && f.value === d.value && f.axisType === d.axisType && f.axisId === d.axisId && v.length === m.length, a && S(v, function (g, y) { var x = m[y]; a = a && g.seriesIndex === x.seriesIndex && g.dataIndex === x.dataIndex; }), n && S(f.seriesDataIndices, function (g) { var y = g.seriesIndex, x = r[y], _ = n[y]; x && _ && _.data !== x.data && (a = !1); }); }); }), this._lastDataByCoordSys = t, this._cbParamsList = r, !!a; }, e.prototype._hide = function (t) { this._lastDataByCoordSys = null, this._cbParamsList = null, t({ type: "hideTip", from: this.uid }); }, e.prototype.dispose = function (t, r) { ft.node || !r.getDom() || (_e(this, "_updatePosition"), this._tooltipContent.dispose(), br("itemTooltip", r), this._tooltipContent = null, this._tooltipModel = null, this._lastDataByCoordSys = null, this._cbParamsList = null); }, e.type = "tooltip", e;
})(Y);
function Dr(i, e, t) { var r = e.ecModel, o; t ? (o = new nt(t, r, r), o = new nt(e.option, o, r)) : o = e; for (var n = i.length - 1; n >= 0; n--) {
    var a = i[n];
    a && (a instanceof nt && (a = a.get("tooltip", !0)), R(a) && (a = { formatter: a }), a && (o = new nt(a, o, r)));
} return o; }
function up(i, e) { return i.dispatchAction || z(e.dispatchAction, e); }
function fv(i, e, t, r, o, n, a) { var s = t.getSize(), l = s[0], u = s[1]; return n != null && (i + l + n + 2 > r ? i -= l + n : i += n), a != null && (e + u + a > o ? e -= u + a : e += a), [i, e]; }
function hv(i, e, t, r, o) { var n = t.getSize(), a = n[0], s = n[1]; return i = Math.min(i + a, r) - a, e = Math.min(e + s, o) - s, i = Math.max(i, 0), e = Math.max(e, 0), [i, e]; }
function dv(i, e, t, r) { var o = t[0], n = t[1], a = Math.ceil(Math.SQRT2 * r) + 8, s = 0, l = 0, u = e.width, p = e.height; switch (i) {
    case "inside":
        s = e.x + u / 2 - o / 2, l = e.y + p / 2 - n / 2;
        break;
    case "top":
        s = e.x + u / 2 - o / 2, l = e.y - n - a;
        break;
    case "bottom":
        s = e.x + u / 2 - o / 2, l = e.y + p + a;
        break;
    case "left":
        s = e.x - o - a, l = e.y + p / 2 - n / 2;
        break;
    case "right": s = e.x + u + a, l = e.y + p / 2 - n / 2;
} return [s, l]; }
function pp(i) { return i === "center" || i === "middle"; }
function vv(i, e, t) { var r = za(i).queryOptionMap, o = r.keys()[0]; if (!(!o || o === "series")) {
    var n = Fr(e, o, r.get(o), { useDefault: !1, enableAll: !1, enableNone: !1 }), a = n.models[0];
    if (a) {
        var s = t.getViewOfComponentModel(a), l;
        if (s.group.traverse(function (u) { var p = q(u).tooltipConfig; if (p && p.name === i.name)
            return l = u, !0; }), l)
            return { componentMainType: o, componentIndex: a.componentIndex, el: l };
    }
} }
var cp = cv;
function mv(i) { ct(te), i.registerComponentModel(Qu), i.registerComponentView(cp), i.registerAction({ type: "showTip", event: "showTip", update: "tooltip:manuallyShowTip" }, Le), i.registerAction({ type: "hideTip", event: "hideTip", update: "tooltip:manuallyHideTip" }, Le); }
var gv = ["rect", "polygon", "keep", "clear"];
function Tn(i, e) { var t = Hr(i ? i.brush : []); if (t.length) {
    var r = [];
    S(t, function (l) { var u = l.hasOwnProperty("toolbox") ? l.toolbox : []; u instanceof Array && (r = r.concat(u)); });
    var o = i && i.toolbox;
    D(o) && (o = o[0]), o || (o = { feature: {} }, i.toolbox = [o]);
    var n = o.feature || (o.feature = {}), a = n.brush || (n.brush = {}), s = a.type || (a.type = []);
    s.push.apply(s, r), ka(s, function (l) { return l + ""; }, null), e && !s.length && s.push.apply(s, gv);
} }
import { __extends as wv } from "tslib";
var fp = S;
function hp(i) { if (i) {
    for (var e in i)
        if (i.hasOwnProperty(e))
            return !0;
} }
function Ir(i, e, t) { var r = {}; return fp(e, function (n) { var a = r[n] = o(); fp(i[n], function (s, l) { if (vt.isValidType(l)) {
    var u = { type: l, visual: s };
    t && t(u, n), a[l] = new vt(u), l === "opacity" && (u = V(u), u.type = "colorAlpha", a.__hidden.__alphaForOpacity = new vt(u));
} }); }), r; function o() { var n = function () { }; n.prototype.__hidden = n.prototype; var a = new n; return a; } }
function qi(i, e, t) { var r; S(t, function (o) { e.hasOwnProperty(o) && hp(e[o]) && (r = !0); }), r && S(t, function (o) { e.hasOwnProperty(o) && hp(e[o]) ? i[o] = V(e[o]) : delete i[o]; }); }
function dp(i, e, t, r, o, n) { var a = {}; S(i, function (c) { var f = vt.prepareVisualTypes(e[c]); a[c] = f; }); var s; function l(c) { return To(t, s, c); } function u(c, f) { Mo(t, s, c, f); } n == null ? t.each(p) : t.each([n], p); function p(c, f) { s = n == null ? c : f; var h = t.getRawDataItem(s); if (!(h && h.visualMap === !1))
    for (var d = r.call(o, c), v = e[d], m = a[d], g = 0, y = m.length; g < y; g++) {
        var x = m[g];
        v[x] && v[x].applyVisual(c, l, u);
    } } }
function vp(i, e, t, r) { var o = {}; return S(i, function (n) { var a = vt.prepareVisualTypes(e[n]); o[n] = a; }), { progress: function (a, s) { var l; r != null && (l = s.getDimensionIndex(r)); function u(b) { return To(s, c, b); } function p(b, w) { Mo(s, c, b, w); } for (var c, f = s.getStore(); (c = a.next()) != null;) {
        var h = s.getRawDataItem(c);
        if (!(h && h.visualMap === !1))
            for (var d = r != null ? f.get(l, c) : c, v = t(d), m = e[v], g = o[v], y = 0, x = g.length; y < x; y++) {
                var _ = g[y];
                m[_] && m[_].applyVisual(d, u, p);
            }
    } } }; }
function yp(i) { var e = i.brushType, t = { point: function (r) { return mp[e].point(r, t, i); }, rect: function (r) { return mp[e].rect(r, t, i); } }; return t; }
var mp = { lineX: gp(0), lineY: gp(1), rect: { point: function (i, e, t) { return i && t.boundingRect.contain(i[0], i[1]); }, rect: function (i, e, t) { return i && t.boundingRect.intersect(i); } }, polygon: { point: function (i, e, t) { return i && t.boundingRect.contain(i[0], i[1]) && Ye(t.range, i[0], i[1]); }, rect: function (i, e, t) { var r = t.range; if (!i || r.length <= 1)
            return !1; var o = i.x, n = i.y, a = i.width, s = i.height, l = r[0]; if (Ye(r, o, n) || Ye(r, o + a, n) || Ye(r, o, n + s) || Ye(r, o + a, n + s) || wt.create(i).contain(l[0], l[1]) || dr(o, n, o + a, n, r) || dr(o, n, o, n + s, r) || dr(o + a, n, o + a, n + s, r) || dr(o, n + s, o + a, n + s, r))
            return !0; } } };
function gp(i) { var e = ["x", "y"], t = ["width", "height"]; return { point: function (r, o, n) { if (r) {
        var a = n.range, s = r[i];
        return Lr(s, a);
    } }, rect: function (r, o, n) { if (r) {
        var a = n.range, s = [r[e[i]], r[e[i]] + r[t[i]]];
        return s[1] < s[0] && s.reverse(), Lr(s[0], a) || Lr(s[1], a) || Lr(a[0], s) || Lr(a[1], s);
    } } }; }
function Lr(i, e) { return e[0] <= i && i <= e[1]; }
var xp = ["inBrush", "outOfBrush"], Mn = "__ecBrushSelect", An = "__ecInBrushSelectEvent";
function Dn(i) { i.eachComponent({ mainType: "brush" }, function (e) { var t = e.brushTargetManager = new Ar(e.option, i); t.setInputRanges(e.areas, i); }); }
var bp = Re(yv);
function yv(i, e, t) { var r = [], o, n; i.eachComponent({ mainType: "brush" }, function (a) { t && t.type === "takeGlobalCursor" && a.setBrushOption(t.key === "brush" ? t.brushOption : { brushType: !1 }); }), Dn(i), i.eachComponent({ mainType: "brush" }, function (a, s) { var l = { brushId: a.id, brushIndex: s, brushName: a.name, areas: V(a.areas), selected: [] }; r.push(l); var u = a.option, p = u.brushLink, c = [], f = [], h = [], d = !1; s || (o = u.throttleType, n = u.throttleDelay); var v = k(a.areas, function (b) { var w = bv[b.brushType], C = X({ boundingRect: w ? w(b) : void 0 }, b); return C.selectors = yp(C), C; }), m = Ir(a.option, xp, function (b) { b.mappingMethod = "fixed"; }); D(p) && S(p, function (b) { c[b] = 1; }); function g(b) { return p === "all" || !!c[b]; } function y(b) { return !!b.length; } i.eachSeries(function (b, w) { var C = h[w] = []; b.subType === "parallel" ? x(b, w) : _(b, w, C); }); function x(b, w) { var C = b.coordinateSystem; d = d || C.hasAxisBrushed(), g(w) && C.eachActiveState(b.getData(), function (A, M) { A === "active" && (f[M] = 1); }); } function _(b, w, C) { if (!(!b.brushSelector || Sv(a, w)) && (S(v, function (M) { a.brushTargetManager.controlSeries(M, b, i) && C.push(M), d = d || y(C); }), g(w) && y(C))) {
    var A = b.getData();
    A.each(function (M) { _p(b, C, A, M) && (f[M] = 1); });
} } i.eachSeries(function (b, w) { var C = { seriesId: b.id, seriesIndex: w, seriesName: b.name, dataIndex: [] }; l.selected.push(C); var A = h[w], M = b.getData(), L = g(w) ? function (I) { return f[I] ? (C.dataIndex.push(M.getRawIndex(I)), "inBrush") : "outOfBrush"; } : function (I) { return _p(b, A, M, I) ? (C.dataIndex.push(M.getRawIndex(I)), "inBrush") : "outOfBrush"; }; (g(w) ? d : y(A)) && dp(xp, m, M, L); }); }), xv(e, o, n, r, t); }
function xv(i, e, t, r, o) { if (o) {
    var n = i.getZr();
    if (!n[An]) {
        n[Mn] || (n[Mn] = _v);
        var a = Kt(n, Mn, t, e);
        a(i, r);
    }
} }
function _v(i, e) { if (!i.isDisposed()) {
    var t = i.getZr();
    t[An] = !0, i.dispatchAction({ type: "brushSelect", batch: e }), t[An] = !1;
} }
function _p(i, e, t, r) { for (var o = 0, n = e.length; o < n; o++) {
    var a = e[o];
    if (i.brushSelector(r, t, a.selectors, a))
        return !0;
} }
function Sv(i, e) { var t = i.option.seriesIndex; return t != null && t !== "all" && (D(t) ? at(t, e) < 0 : e !== t); }
var bv = { rect: function (i) { return Sp(i.range); }, polygon: function (i) { for (var e, t = i.range, r = 0, o = t.length; r < o; r++) {
        e = e || [ke(), ke()];
        var n = t[r];
        n[0] < e[0][0] && (e[0][0] = n[0]), n[0] > e[0][1] && (e[0][1] = n[0]), n[1] < e[1][0] && (e[1][0] = n[1]), n[1] > e[1][1] && (e[1][1] = n[1]);
    } return e && Sp(e); } };
function Sp(i) { return new wt(i[0][0], i[1][0], i[0][1] - i[0][0], i[1][1] - i[1][0]); }
var Cv = (function (i) { wv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function (t, r) { this.ecModel = t, this.api = r, this.model, (this._brushController = new yi(r.getZr())).on("brush", z(this._onBrush, this)).mount(); }, e.prototype.render = function (t, r, o, n) { this.model = t, this._updateController(t, r, o, n); }, e.prototype.updateTransform = function (t, r, o, n) { Dn(r), this._updateController(t, r, o, n); }, e.prototype.updateVisual = function (t, r, o, n) { this.updateTransform(t, r, o, n); }, e.prototype.updateView = function (t, r, o, n) { this._updateController(t, r, o, n); }, e.prototype._updateController = function (t, r, o, n) { (!n || n.$from !== t.id) && this._brushController.setPanels(t.brushTargetManager.makePanelOpts(o)).enableBrush(t.brushOption).updateCovers(t.areas.slice()); }, e.prototype.dispose = function () { this._brushController.dispose(); }, e.prototype._onBrush = function (t) { var r = this.model.id, o = this.model.brushTargetManager.setOutputRanges(t.areas, this.ecModel); (!t.isEnd || t.removeOnClick) && this.api.dispatchAction({ type: "brush", brushId: r, areas: V(o), $from: r }), t.isEnd && this.api.dispatchAction({ type: "brushEnd", brushId: r, areas: V(o), $from: r }); }, e.type = "brush", e; })(Y), wp = Cv;
import { __extends as Tv } from "tslib";
var Mv = (function (i) { Tv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.areas = [], t.brushOption = {}, t; } return e.prototype.optionUpdated = function (t, r) { var o = this.option; !r && qi(o, t, ["inBrush", "outOfBrush"]); var n = o.inBrush = o.inBrush || {}; o.outOfBrush = o.outOfBrush || { color: this.option.defaultOutOfBrushColor }, n.hasOwnProperty("liftZ") || (n.liftZ = 5); }, e.prototype.setAreas = function (t) { t && (this.areas = k(t, function (r) { return Cp(this.option, r); }, this)); }, e.prototype.setBrushOption = function (t) { this.brushOption = Cp(this.option, t), this.brushType = this.brushOption.brushType; }, e.type = "brush", e.dependencies = ["geo", "grid", "xAxis", "yAxis", "parallel", "series"], e.defaultOption = { seriesIndex: "all", brushType: "rect", brushMode: "single", transformable: !0, brushStyle: { borderWidth: 1, color: T.color.backgroundTint, borderColor: T.color.borderTint }, throttleType: "fixRate", throttleDelay: 0, removeOnClick: !0, z: 1e4, defaultOutOfBrushColor: T.color.disabled }, e; })(F);
function Cp(i, e) { return Q({ brushType: i.brushType, brushMode: i.brushMode, transformable: i.transformable, brushStyle: new nt(i.brushStyle).getItemStyle(), removeOnClick: i.removeOnClick, z: i.z }, e, !0); }
var Tp = Mv;
import { __extends as Av } from "tslib";
var Dv = ["rect", "polygon", "lineX", "lineY", "keep", "clear"], Iv = (function (i) { Av(e, i); function e() { return i !== null && i.apply(this, arguments) || this; } return e.prototype.render = function (t, r, o) { var n, a, s; r.eachComponent({ mainType: "brush" }, function (l) { n = l.brushType, a = l.brushOption.brushMode || "single", s = s || !!l.areas.length; }), this._brushType = n, this._brushMode = a, S(t.get("type", !0), function (l) { t.setIconStatus(l, (l === "keep" ? a === "multiple" : l === "clear" ? s : l === n) ? "emphasis" : "normal"); }); }, e.prototype.updateView = function (t, r, o) { this.render(t, r, o); }, e.prototype.getIcons = function () { var t = this.model, r = t.get("icon", !0), o = {}; return S(t.get("type", !0), function (n) { r[n] && (o[n] = r[n]); }), o; }, e.prototype.onclick = function (t, r, o) { var n = this._brushType, a = this._brushMode; o === "clear" ? (r.dispatchAction({ type: "axisAreaSelect", intervals: [] }), r.dispatchAction({ type: "brush", command: "clear", areas: [] })) : r.dispatchAction({ type: "takeGlobalCursor", key: "brush", brushOption: { brushType: o === "keep" ? n : n === o ? !1 : o, brushMode: o === "keep" ? a === "multiple" ? "single" : "multiple" : a } }); }, e.getDefaultOption = function (t) { var r = { show: !0, type: Dv.slice(), icon: { rect: "M7.3,34.7 M0.4,10V-0.2h9.8 M89.6,10V-0.2h-9.8 M0.4,60v10.2h9.8 M89.6,60v10.2h-9.8 M12.3,22.4V10.5h13.1 M33.6,10.5h7.8 M49.1,10.5h7.8 M77.5,22.4V10.5h-13 M12.3,31.1v8.2 M77.7,31.1v8.2 M12.3,47.6v11.9h13.1 M33.6,59.5h7.6 M49.1,59.5 h7.7 M77.5,47.6v11.9h-13", polygon: "M55.2,34.9c1.7,0,3.1,1.4,3.1,3.1s-1.4,3.1-3.1,3.1 s-3.1-1.4-3.1-3.1S53.5,34.9,55.2,34.9z M50.4,51c1.7,0,3.1,1.4,3.1,3.1c0,1.7-1.4,3.1-3.1,3.1c-1.7,0-3.1-1.4-3.1-3.1 C47.3,52.4,48.7,51,50.4,51z M55.6,37.1l1.5-7.8 M60.1,13.5l1.6-8.7l-7.8,4 M59,19l-1,5.3 M24,16.1l6.4,4.9l6.4-3.3 M48.5,11.6 l-5.9,3.1 M19.1,12.8L9.7,5.1l1.1,7.7 M13.4,29.8l1,7.3l6.6,1.6 M11.6,18.4l1,6.1 M32.8,41.9 M26.6,40.4 M27.3,40.2l6.1,1.6 M49.9,52.1l-5.6-7.6l-4.9-1.2", lineX: "M15.2,30 M19.7,15.6V1.9H29 M34.8,1.9H40.4 M55.3,15.6V1.9H45.9 M19.7,44.4V58.1H29 M34.8,58.1H40.4 M55.3,44.4 V58.1H45.9 M12.5,20.3l-9.4,9.6l9.6,9.8 M3.1,29.9h16.5 M62.5,20.3l9.4,9.6L62.3,39.7 M71.9,29.9H55.4", lineY: "M38.8,7.7 M52.7,12h13.2v9 M65.9,26.6V32 M52.7,46.3h13.2v-9 M24.9,12H11.8v9 M11.8,26.6V32 M24.9,46.3H11.8v-9 M48.2,5.1l-9.3-9l-9.4,9.2 M38.9-3.9V12 M48.2,53.3l-9.3,9l-9.4-9.2 M38.9,62.3V46.4", keep: "M4,10.5V1h10.3 M20.7,1h6.1 M33,1h6.1 M55.4,10.5V1H45.2 M4,17.3v6.6 M55.6,17.3v6.6 M4,30.5V40h10.3 M20.7,40 h6.1 M33,40h6.1 M55.4,30.5V40H45.2 M21,18.9h62.9v48.6H21V18.9z", clear: "M22,14.7l30.9,31 M52.9,14.7L22,45.7 M4.7,16.8V4.2h13.1 M26,4.2h7.8 M41.6,4.2h7.8 M70.3,16.8V4.2H57.2 M4.7,25.9v8.6 M70.3,25.9v8.6 M4.7,43.2v12.6h13.1 M26,55.8h7.8 M41.6,55.8h7.8 M70.3,43.2v12.6H57.2" }, title: t.getLocaleModel().get(["toolbox", "brush", "title"]) }; return r; }, e; })(xt), Mp = Iv;
function Lv(i) { i.registerComponentView(wp), i.registerComponentModel(Tp), i.registerPreprocessor(Tn), i.registerVisual(i.PRIORITY.VISUAL.BRUSH, bp), i.registerAction({ type: "brush", event: "brush", update: "updateVisual" }, function (e, t) { t.eachComponent({ mainType: "brush", query: e }, function (r) { r.setAreas(e.areas); }); }), i.registerAction({ type: "brushSelect", event: "brushSelected", update: "none" }, Le), i.registerAction({ type: "brushEnd", event: "brushEnd", update: "none" }, Le), ce("brush", Mp); }
import { __extends as Ap } from "tslib";
var zv = (function (i) { Ap(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.layoutMode = { type: "box", ignoreSize: !0 }, t; } return e.type = "title", e.defaultOption = { z: 6, show: !0, text: "", target: "blank", subtext: "", subtarget: "blank", left: "center", top: T.size.m, backgroundColor: T.color.transparent, borderColor: T.color.primary, borderWidth: 0, padding: 5, itemGap: 10, textStyle: { fontSize: 18, fontWeight: "bold", color: T.color.primary }, subtextStyle: { fontSize: 12, color: T.color.quaternary } }, e; })(F), Ov = (function (i) { Ap(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, r, o) { if (this.group.removeAll(), !!t.get("show")) {
    var n = this.group, a = t.getModel("textStyle"), s = t.getModel("subtextStyle"), l = t.get("textAlign"), u = Z(t.get("textBaseline"), t.get("textVerticalAlign")), p = new G({ style: ot(a, { text: t.get("text"), fill: a.getTextColor() }, { disableBox: !0 }), z2: 10 }), c = p.getBoundingRect(), f = t.get("subtext"), h = new G({ style: ot(s, { text: f, fill: s.getTextColor(), y: c.height + t.get("itemGap"), verticalAlign: "top" }, { disableBox: !0 }), z2: 10 }), d = t.get("link"), v = t.get("sublink"), m = t.get("triggerEvent", !0);
    p.silent = !d && !m, h.silent = !v && !m, d && p.on("click", function () { _o(d, "_" + t.get("target")); }), v && h.on("click", function () { _o(v, "_" + t.get("subtarget")); }), q(p).eventData = q(h).eventData = m ? { componentType: "title", componentIndex: t.componentIndex } : null, n.add(p), f && n.add(h);
    var g = n.getBoundingRect(), y = t.getBoxLayoutParams();
    y.width = g.width, y.height = g.height;
    var x = mt(t, o), _ = ut(y, x.refContainer, t.get("padding"));
    l || (l = t.get("left") || t.get("right"), l === "middle" && (l = "center"), l === "right" ? _.x += _.width : l === "center" && (_.x += _.width / 2)), u || (u = t.get("top") || t.get("bottom"), u === "center" && (u = "middle"), u === "bottom" ? _.y += _.height : u === "middle" && (_.y += _.height / 2), u = u || "top"), n.x = _.x, n.y = _.y, n.markRedraw();
    var b = { align: l, verticalAlign: u };
    p.setStyle(b), h.setStyle(b), g = n.getBoundingRect();
    var w = _.margin, C = t.getItemStyle(["color", "opacity"]);
    C.fill = t.get("backgroundColor");
    var A = new et({ shape: { x: g.x - w[3], y: g.y - w[0], width: g.width + w[1] + w[3], height: g.height + w[0] + w[2], r: t.get("borderRadius") }, style: C, subPixelOptimize: !0, silent: !0 });
    n.add(A);
} }, e.type = "title", e; })(Y);
function Pv(i) { i.registerComponentModel(zv), i.registerComponentView(Ov); }
import { __extends as Ev } from "tslib";
import { __extends as kv } from "tslib";
var Rv = (function (i) { kv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.layoutMode = "box", t; } return e.prototype.init = function (t, r, o) { this.mergeDefaultAndTheme(t, o), this._initData(); }, e.prototype.mergeOption = function (t) { i.prototype.mergeOption.apply(this, arguments), this._initData(); }, e.prototype.setCurrentIndex = function (t) { t == null && (t = this.option.currentIndex); var r = this._data.count(); this.option.loop ? t = (t % r + r) % r : (t >= r && (t = r - 1), t < 0 && (t = 0)), this.option.currentIndex = t; }, e.prototype.getCurrentIndex = function () { return this.option.currentIndex; }, e.prototype.isIndexMax = function () { return this.getCurrentIndex() >= this._data.count() - 1; }, e.prototype.setPlayState = function (t) { this.option.autoPlay = !!t; }, e.prototype.getPlayState = function () { return !!this.option.autoPlay; }, e.prototype._initData = function () { var t = this.option, r = t.data || [], o = t.axisType, n = this._names = [], a; o === "category" ? (a = [], S(r, function (u, p) { var c = ge(Ta(u), ""), f; it(u) ? (f = V(u), f.value = p) : f = p, a.push(f), n.push(c); })) : a = r; var s = { category: "ordinal", time: "time", value: "number" }[o] || "number", l = this._data = new Bt([{ name: "value", type: s }], this); l.initData(a, n); }, e.prototype.getData = function () { return this._data; }, e.prototype.getCategories = function () { if (this.get("axisType") === "category")
    return this._names.slice(); }, e.type = "timeline", e.defaultOption = { z: 4, show: !0, axisType: "time", realtime: !0, left: "20%", top: null, right: "20%", bottom: 0, width: null, height: 40, padding: T.size.m, controlPosition: "left", autoPlay: !1, rewind: !1, loop: !0, playInterval: 2e3, currentIndex: 0, itemStyle: {}, label: { color: T.color.secondary }, data: [] }, e; })(F), In = Rv;
var Dp = (function (i) { Ev(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "timeline.slider", e.defaultOption = zt(In.defaultOption, { backgroundColor: "rgba(0,0,0,0)", borderColor: T.color.border, borderWidth: 0, orient: "horizontal", inverse: !1, tooltip: { trigger: "item" }, symbol: "circle", symbolSize: 12, lineStyle: { show: !0, width: 2, color: T.color.accent10 }, label: { position: "auto", show: !0, interval: "auto", rotate: 0, color: T.color.tertiary }, itemStyle: { color: T.color.accent20, borderWidth: 0 }, checkpointStyle: { symbol: "circle", symbolSize: 15, color: T.color.accent50, borderColor: T.color.accent50, borderWidth: 0, shadowBlur: 0, shadowOffsetX: 0, shadowOffsetY: 0, shadowColor: "rgba(0, 0, 0, 0)", animation: !0, animationDuration: 300, animationEasing: "quinticInOut" }, controlStyle: { show: !0, showPlayBtn: !0, showPrevBtn: !0, showNextBtn: !0, itemSize: 24, itemGap: 12, position: "left", playIcon: "path://M15 0C23.2843 0 30 6.71573 30 15C30 23.2843 23.2843 30 15 30C6.71573 30 0 23.2843 0 15C0 6.71573 6.71573 0 15 0ZM15 3C8.37258 3 3 8.37258 3 15C3 21.6274 8.37258 27 15 27C21.6274 27 27 21.6274 27 15C27 8.37258 21.6274 3 15 3ZM11.5 10.6699C11.5 9.90014 12.3333 9.41887 13 9.80371L20.5 14.1338C21.1667 14.5187 21.1667 15.4813 20.5 15.8662L13 20.1963C12.3333 20.5811 11.5 20.0999 11.5 19.3301V10.6699Z", stopIcon: "path://M15 0C23.2843 0 30 6.71573 30 15C30 23.2843 23.2843 30 15 30C6.71573 30 0 23.2843 0 15C0 6.71573 6.71573 0 15 0ZM15 3C8.37258 3 3 8.37258 3 15C3 21.6274 8.37258 27 15 27C21.6274 27 27 21.6274 27 15C27 8.37258 21.6274 3 15 3ZM11.5 10C12.3284 10 13 10.6716 13 11.5V18.5C13 19.3284 12.3284 20 11.5 20C10.6716 20 10 19.3284 10 18.5V11.5C10 10.6716 10.6716 10 11.5 10ZM18.5 10C19.3284 10 20 10.6716 20 11.5V18.5C20 19.3284 19.3284 20 18.5 20C17.6716 20 17 19.3284 17 18.5V11.5C17 10.6716 17.6716 10 18.5 10Z", nextIcon: "path://M0.838834 18.7383C0.253048 18.1525 0.253048 17.2028 0.838834 16.617L7.55635 9.89949L0.838834 3.18198C0.253048 2.59619 0.253048 1.64645 0.838834 1.06066C1.42462 0.474874 2.37437 0.474874 2.96015 1.06066L10.7383 8.83883L10.8412 8.95277C11.2897 9.50267 11.2897 10.2963 10.8412 10.8462L10.7383 10.9602L2.96015 18.7383C2.37437 19.3241 1.42462 19.3241 0.838834 18.7383Z", prevIcon: "path://M10.9602 1.06066C11.5459 1.64645 11.5459 2.59619 10.9602 3.18198L4.24264 9.89949L10.9602 16.617C11.5459 17.2028 11.5459 18.1525 10.9602 18.7383C10.3744 19.3241 9.42462 19.3241 8.83883 18.7383L1.06066 10.9602L0.957771 10.8462C0.509245 10.2963 0.509245 9.50267 0.957771 8.95277L1.06066 8.83883L8.83883 1.06066C9.42462 0.474874 10.3744 0.474874 10.9602 1.06066Z", prevBtnSize: 18, nextBtnSize: 18, color: T.color.accent50, borderColor: T.color.accent50, borderWidth: 0 }, emphasis: { label: { show: !0, color: T.color.accent60 }, itemStyle: { color: T.color.accent60, borderColor: T.color.accent60 }, controlStyle: { color: T.color.accent70, borderColor: T.color.accent70 } }, progress: { lineStyle: { color: T.color.accent30 }, itemStyle: { color: T.color.accent40 } }, data: [] }), e; })(In);
re(Dp, vr.prototype);
var Ip = Dp;
import { __extends as Hv } from "tslib";
import { __extends as Vv } from "tslib";
var Uv = (function (i) { Vv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "timeline", e; })(Y), Lp = Uv;
import { __extends as Nv } from "tslib";
var Bv = (function (i) { Nv(e, i); function e(t, r, o, n) { var a = i.call(this, t, r, o) || this; return a.type = n || "value", a; } return e.prototype.getLabelModel = function () { return this.model.getModel("label"); }, e.prototype.isHorizontal = function () { return this.model.get("orient") === "horizontal"; }, e; })(Pt), zp = Bv;
var Ln = Math.PI, Op = J(), Gv = (function (i) { Hv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function (t, r) { this.api = r; }, e.prototype.render = function (t, r, o) { if (this.model = t, this.api = o, this.ecModel = r, this.group.removeAll(), t.get("show", !0)) {
    var n = this._layout(t, o), a = this._createGroup("_mainGroup"), s = this._createGroup("_labelGroup"), l = this._axis = this._createAxis(n, t);
    t.formatTooltip = function (u) { var p = l.scale.getLabel({ value: u }); return se("nameValue", { noName: !0, value: p }); }, S(["AxisLine", "AxisTick", "Control", "CurrentPointer"], function (u) { this["_render" + u](n, a, l, t); }, this), this._renderAxisLabel(n, s, l, t), this._position(n, t);
} this._doPlayStop(), this._updateTicksStatus(); }, e.prototype.remove = function () { this._clearTimer(), this.group.removeAll(); }, e.prototype.dispose = function () { this._clearTimer(); }, e.prototype._layout = function (t, r) { var o = t.get(["label", "position"]), n = t.get("orient"), a = Fv(t, r), s; o == null || o === "auto" ? s = n === "horizontal" ? a.y + a.height / 2 < r.getHeight() / 2 ? "-" : "+" : a.x + a.width / 2 < r.getWidth() / 2 ? "+" : "-" : R(o) ? s = { horizontal: { top: "-", bottom: "+" }, vertical: { left: "-", right: "+" } }[n][o] : s = o; var l = { horizontal: "center", vertical: s >= 0 || s === "+" ? "left" : "right" }, u = { horizontal: s >= 0 || s === "+" ? "top" : "bottom", vertical: "middle" }, p = { horizontal: 0, vertical: Ln / 2 }, c = n === "vertical" ? a.height : a.width, f = t.getModel("controlStyle"), h = f.get("show", !0), d = h ? f.get("itemSize") : 0, v = h ? f.get("itemGap") : 0, m = d + v, g = t.get(["label", "rotate"]) || 0; g = g * Ln / 180; var y, x, _, b = f.get("position", !0), w = h && f.get("showPlayBtn", !0), C = h && f.get("showPrevBtn", !0), A = h && f.get("showNextBtn", !0), M = 0, L = c; b === "left" || b === "bottom" ? (w && (y = [0, 0], M += m), C && (x = [M, 0], M += m), A && (_ = [L - d, 0], L -= m)) : (w && (y = [L - d, 0], L -= m), C && (x = [0, 0], M += m), A && (_ = [L - d, 0], L -= m)); var I = [M, L]; return t.get("inverse") && I.reverse(), { viewRect: a, mainLength: c, orient: n, rotation: p[n], labelRotation: g, labelPosOpt: s, labelAlign: t.get(["label", "align"]) || l[n], labelBaseline: t.get(["label", "verticalAlign"]) || t.get(["label", "baseline"]) || u[n], playPosition: y, prevBtnPosition: x, nextBtnPosition: _, axisExtent: I, controlSize: d, controlGap: v }; }, e.prototype._position = function (t, r) { var o = this._mainGroup, n = this._labelGroup, a = t.viewRect; if (t.orient === "vertical") {
    var s = ze(), l = a.x, u = a.y + a.height;
    ve(s, s, [-l, -u]), Oe(s, s, -Ln / 2), ve(s, s, [l, u]), a = a.clone(), a.applyTransform(s);
} var p = y(a), c = y(o.getBoundingRect()), f = y(n.getBoundingRect()), h = [o.x, o.y], d = [n.x, n.y]; d[0] = h[0] = p[0][0]; var v = t.labelPosOpt; if (v == null || R(v)) {
    var m = v === "+" ? 0 : 1;
    x(h, c, p, 1, m), x(d, f, p, 1, 1 - m);
}
else {
    var m = v >= 0 ? 0 : 1;
    x(h, c, p, 1, m), d[1] = h[1] + v;
} o.setPosition(h), n.setPosition(d), o.rotation = n.rotation = t.rotation, g(o), g(n); function g(_) { _.originX = p[0][0] - _.x, _.originY = p[1][0] - _.y; } function y(_) { return [[_.x, _.x + _.width], [_.y, _.y + _.height]]; } function x(_, b, w, C, A) { _[C] += w[C][A] - b[C][A]; } }, e.prototype._createAxis = function (t, r) { var o = r.getData(), n = r.get("axisType") || r.get("type"); n !== "category" && n !== "time" && (n = "value"); var a = We(r, n, !1); a.getTicks = function () { return o.mapArray(["value"], function (u) { return { value: u }; }); }; var s = o.getDataExtent("value"); a.setExtent(s[0], s[1]), Ss(a, { fixMinMax: [!0, !0] }); var l = new zp("value", a, t.axisExtent, n); return l.model = r, l; }, e.prototype._createGroup = function (t) { var r = this[t] = new tt; return this.group.add(r), r; }, e.prototype._renderAxisLine = function (t, r, o, n) { var a = o.getExtent(); if (n.get(["lineStyle", "show"])) {
    var s = new It({ shape: { x1: a[0], y1: 0, x2: a[1], y2: 0 }, style: U({ lineCap: "round" }, n.getModel("lineStyle").getLineStyle()), silent: !0, z2: 1 });
    r.add(s);
    var l = this._progressLine = new It({ shape: { x1: a[0], x2: this._currentPointer ? this._currentPointer.x : a[0], y1: 0, y2: 0 }, style: X({ lineCap: "round", lineWidth: s.style.lineWidth }, n.getModel(["progress", "lineStyle"]).getLineStyle()), silent: !0, z2: 1 });
    r.add(l);
} }, e.prototype._renderAxisTick = function (t, r, o, n) { var a = this, s = n.getData(), l = o.scale.getTicks(); this._tickSymbols = [], S(l, function (u) { var p = o.dataToCoord(u.value), c = s.getItemModel(u.value), f = c.getModel("itemStyle"), h = c.getModel(["emphasis", "itemStyle"]), d = c.getModel(["progress", "itemStyle"]), v = { x: p, y: 0, onclick: z(a._changeTimeline, a, u.value) }, m = Pp(c, f, r, v); m.ensureState("emphasis").style = h.getItemStyle(), m.ensureState("progress").style = d.getItemStyle(), Jt(m); var g = q(m); c.get("tooltip") ? (g.dataIndex = u.value, g.dataModel = n) : g.dataIndex = g.dataModel = null, a._tickSymbols.push(m); }); }, e.prototype._renderAxisLabel = function (t, r, o, n) { var a = this, s = o.getLabelModel(); if (s.get("show")) {
    var l = n.getData(), u = o.getViewLabels();
    this._tickLabels = [], S(u, function (p) { if (!p.tick.offInterval) {
        var c = p.tick.value, f = l.getItemModel(c), h = f.getModel("label"), d = f.getModel(["emphasis", "label"]), v = f.getModel(["progress", "label"]), m = o.dataToCoord(c), g = new G({ x: m, y: 0, rotation: t.labelRotation - t.rotation, onclick: z(a._changeTimeline, a, c), silent: !1, style: ot(h, { text: p.formattedLabel, align: t.labelAlign, verticalAlign: t.labelBaseline }) });
        g.ensureState("emphasis").style = ot(d), g.ensureState("progress").style = ot(v), r.add(g), Jt(g), Op(g).dataIndex = c, a._tickLabels.push(g);
    } });
} }, e.prototype._renderControl = function (t, r, o, n) { var a = t.controlSize, s = t.rotation, l = n.getModel("controlStyle").getItemStyle(), u = n.getModel(["emphasis", "controlStyle"]).getItemStyle(), p = n.getPlayState(), c = n.get("inverse", !0); f(t.nextBtnPosition, "next", z(this._changeTimeline, this, c ? "-" : "+")), f(t.prevBtnPosition, "prev", z(this._changeTimeline, this, c ? "+" : "-")), f(t.playPosition, p ? "stop" : "play", z(this._handlePlayClick, this, !p), !0); function f(h, d, v, m) { if (h) {
    var g = fr(Z(n.get(["controlStyle", d + "BtnSize"]), a), a), y = [0, -g / 2, g, g], x = Zv(n, d + "Icon", y, { x: h[0], y: h[1], originX: a / 2, originY: 0, rotation: m ? -s : 0, rectHover: !0, style: l, onclick: v });
    x.ensureState("emphasis").style = u, r.add(x), Jt(x);
} } }, e.prototype._renderCurrentPointer = function (t, r, o, n) { var a = n.getData(), s = n.getCurrentIndex(), l = a.getItemModel(s).getModel("checkpointStyle"), u = this, p = { onCreate: function (c) { c.draggable = !0, c.drift = z(u._handlePointerDrag, u), c.ondragend = z(u._handlePointerDragend, u), kp(c, u._progressLine, s, o, n, !0); }, onUpdate: function (c) { kp(c, u._progressLine, s, o, n); } }; this._currentPointer = Pp(l, l, this._mainGroup, {}, this._currentPointer, p); }, e.prototype._handlePlayClick = function (t) { this._clearTimer(), this.api.dispatchAction({ type: "timelinePlayChange", playState: t, from: this.uid }); }, e.prototype._handlePointerDrag = function (t, r, o) { this._clearTimer(), this._pointerChangeTimeline([o.offsetX, o.offsetY]); }, e.prototype._handlePointerDragend = function (t) { this._pointerChangeTimeline([t.offsetX, t.offsetY], !0); }, e.prototype._pointerChangeTimeline = function (t, r) { var o = this._toAxisCoord(t)[0], n = this._axis, a = gt(n.getExtent().slice()); o > a[1] && (o = a[1]), o < a[0] && (o = a[0]), this._currentPointer.x = o, this._currentPointer.markRedraw(); var s = this._progressLine; s && (s.shape.x2 = o, s.dirty()); var l = this._findNearestTick(o), u = this.model; (r || l !== u.getCurrentIndex() && u.get("realtime")) && this._changeTimeline(l); }, e.prototype._doPlayStop = function () { var t = this; this._clearTimer(), this.model.getPlayState() && (this._timer = setTimeout(function () { var r = t.model; t._changeTimeline(r.getCurrentIndex() + (r.get("rewind", !0) ? -1 : 1)); }, this.model.get("playInterval"))); }, e.prototype._toAxisCoord = function (t) { var r = this._mainGroup.getLocalTransform(); return Mt(t, r, !0); }, e.prototype._findNearestTick = function (t) { var r = this.model.getData(), o = 1 / 0, n, a = this._axis; return r.each(["value"], function (s, l) { var u = a.dataToCoord(s), p = Math.abs(u - t); p < o && (o = p, n = l); }), n; }, e.prototype._clearTimer = function () { this._timer && (clearTimeout(this._timer), this._timer = null); }, e.prototype._changeTimeline = function (t) { var r = this.model.getCurrentIndex(); t === "+" ? t = r + 1 : t === "-" && (t = r - 1), this.api.dispatchAction({ type: "timelineChange", currentIndex: t, from: this.uid }); }, e.prototype._updateTicksStatus = function () { var t = this.model.getCurrentIndex(), r = this._tickSymbols, o = this._tickLabels; if (r)
    for (var n = 0; n < r.length; n++)
        r && r[n] && r[n].toggleState("progress", n < t); if (o)
    for (var n = 0; n < o.length; n++)
        o && o[n] && o[n].toggleState("progress", Op(o[n]).dataIndex <= t); }, e.type = "timeline.slider", e; })(Lp);
function Fv(i, e) { return ut(i.getBoxLayoutParams(), mt(i, e).refContainer, i.get("padding")); }
function Zv(i, e, t, r) { var o = r.style, n = ne(i.get(["controlStyle", e]), r || {}, new wt(t[0], t[1], t[2], t[3])); return o && n.setStyle(o), n; }
function Pp(i, e, t, r, o, n) { var a = e.get("color"); if (o)
    o.setColor(a), t.add(o), n && n.onUpdate(o);
else {
    var s = i.get("symbol");
    o = Ot(s, -1, -1, 2, 2, a), o.setStyle("strokeNoScale", !0), t.add(o), n && n.onCreate(o);
} var l = e.getItemStyle(["color"]); o.setStyle(l), r = Q({ rectHover: !0, z2: 100 }, r, !0); var u = fs(i.get("symbolSize")); r.scaleX = u[0] / 2, r.scaleY = u[1] / 2; var p = hs(i.get("symbolOffset"), u); p && (r.x = (r.x || 0) + p[0], r.y = (r.y || 0) + p[1]); var c = i.get("symbolRotate"); return r.rotation = (c || 0) * Math.PI / 180 || 0, o.attr(r), o.updateTransform(), o; }
function kp(i, e, t, r, o, n) { if (!i.dragging) {
    var a = o.getModel("checkpointStyle"), s = r.dataToCoord(o.getData().get("value", t));
    if (n || !a.get("animation", !0))
        i.attr({ x: s, y: 0 }), e && e.attr({ shape: { x2: s } });
    else {
        var l = { duration: a.get("animationDuration", !0), easing: a.get("animationEasing", !0) };
        i.stopAnimation(null, !0), i.animateTo({ x: s, y: 0 }, l), e && e.animateTo({ shape: { x2: s } }, l);
    }
} }
var Rp = Gv;
function Ep(i) { i.registerAction({ type: "timelineChange", event: "timelineChanged", update: "prepareAndUpdate" }, function (e, t, r) { var o = t.getComponent("timeline"); return o && e.currentIndex != null && (o.setCurrentIndex(e.currentIndex), !o.get("loop", !0) && o.isIndexMax() && o.getPlayState() && (o.setPlayState(!1), r.dispatchAction({ type: "timelinePlayChange", playState: !1, from: e.from }))), t.resetOption("timeline", { replaceMerge: o.get("replaceMerge", !0) }), X({ currentIndex: o.option.currentIndex }, e); }), i.registerAction({ type: "timelinePlayChange", event: "timelinePlayChanged", update: "update" }, function (e, t) { var r = t.getComponent("timeline"); r && e.playState != null && r.setPlayState(e.playState); }); }
function zn(i) { var e = i && i.timeline; D(e) || (e = e ? [e] : []), S(e, function (t) { t && Wv(t); }); }
function Wv(i) { var e = i.type, t = { number: "value", time: "time" }; if (t[e] && (i.axisType = t[e], delete i.type), Vp(i), Ae(i, "controlPosition")) {
    var r = i.controlStyle || (i.controlStyle = {});
    Ae(r, "position") || (r.position = i.controlPosition), r.position === "none" && !Ae(r, "show") && (r.show = !1, delete r.position), delete i.controlPosition;
} S(i.data || [], function (o) { it(o) && !D(o) && (!Ae(o, "value") && Ae(o, "name") && (o.value = o.name), Vp(o)); }); }
function Vp(i) { var e = i.itemStyle || (i.itemStyle = {}), t = e.emphasis || (e.emphasis = {}), r = i.label || i.label || {}, o = r.normal || (r.normal = {}), n = { normal: 1, emphasis: 1 }; S(r, function (a, s) { !n[s] && !Ae(o, s) && (o[s] = a); }), t.label && !Ae(r, "emphasis") && (r.emphasis = t.label, delete t.label); }
function Ae(i, e) { return i.hasOwnProperty(e); }
function Yv(i) { i.registerComponentModel(Ip), i.registerComponentView(Rp), i.registerSubTypeDefaulter("timeline", function () { return "slider"; }), Ep(i), i.registerPreprocessor(zn); }
function De(i, e) { if (!i)
    return !1; for (var t = D(i) ? i : [i], r = 0; r < t.length; r++)
    if (t[r] && t[r][e])
        return !0; return !1; }
import { __extends as Kv } from "tslib";
import { __extends as Xv } from "tslib";
function $i(i) { Ca(i, "label", ["show"]); }
var Ji = J(), Up = (function (i) { Xv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.createdBySelf = !1, t.preventAutoZ = !0, t; } return e.prototype.init = function (t, r, o) { this.mergeDefaultAndTheme(t, o), this._mergeOption(t, o, !1, !0); }, e.prototype.isAnimationEnabled = function () { if (ft.node)
    return !1; var t = this.__hostSeries; return this.getShallow("animation") && t && t.isAnimationEnabled(); }, e.prototype.mergeOption = function (t, r) { this._mergeOption(t, r, !1, !1); }, e.prototype._mergeOption = function (t, r, o, n) { var a = this.mainType; o || r.eachSeries(function (s) { var l = s.get(this.mainType, !0), u = Ji(s)[a]; if (!l || !l.data) {
    Ji(s)[a] = null;
    return;
} u ? u._mergeOption(l, r, !0) : (n && $i(l), S(l.data, function (p) { p instanceof Array ? ($i(p[0]), $i(p[1])) : $i(p); }), u = this.createMarkerModelFromSeries(l, this, r), U(u, { mainType: this.mainType, seriesIndex: s.seriesIndex, name: s.name, createdBySelf: !0 }), u.__hostSeries = s), Ji(s)[a] = u; }, this); }, e.prototype.formatTooltip = function (t, r, o) { var n = this.getData(), a = this.getRawValue(t), s = n.getName(t); return se("section", { header: this.name, blocks: [se("nameValue", { name: s, value: a, noName: !s, noValue: a == null })] }); }, e.prototype.getData = function () { return this._data; }, e.prototype.setData = function (t) { this._data = t; }, e.prototype.getDataParams = function (t, r) { var o = vr.prototype.getDataParams.call(this, t, r), n = this.__hostSeries; return n && (o.seriesId = n.id, o.seriesName = n.name, o.seriesType = n.subType), o; }, e.getMarkerModelFromSeries = function (t, r) { return Ji(t)[r]; }, e.type = "marker", e.dependencies = ["series", "grid", "polar", "geo"], e; })(F);
re(Up, vr.prototype);
var St = Up;
var qv = (function (i) { Kv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.createMarkerModelFromSeries = function (t, r, o) { return new e(t, r, o); }, e.type = "markPoint", e.defaultOption = { z: 5, symbol: "pin", symbolSize: 50, tooltip: { trigger: "item" }, label: { show: !0, position: "inside" }, itemStyle: { borderWidth: 2 }, emphasis: { label: { show: !0 } } }, e; })(St), Np = qv;
import { __extends as em } from "tslib";
function On(i) { return !(isNaN(parseFloat(i.x)) && isNaN(parseFloat(i.y))); }
function jv(i) { return !isNaN(parseFloat(i.x)) && !isNaN(parseFloat(i.y)); }
function Qi(i, e, t, r, o, n, a) { var s = [], l = li(e, o), u = l ? e.getCalculationInfo("stackResultDimension") : o, p = zr(e, u, i), c = e.hostModel, f = c.indicesOfNearest(t, u, p)[0]; s[n] = e.get(r, f), s[a] = e.get(u, f); var h = e.get(o, f), d = Sa(e.get(o, f)); return d = Math.min(d, 20), d >= 0 && (s[a] = +s[a].toFixed(d)), [s, h]; }
var to = { min: B(Qi, "min"), max: B(Qi, "max"), average: B(Qi, "average"), median: B(Qi, "median") };
function he(i, e) { if (e) {
    var t = i.getData(), r = i.coordinateSystem, o = r && r.dimensions;
    if (!jv(e) && !D(e.coord) && D(o)) {
        var n = Pn(e, t, r, i);
        if (e = V(e), e.type && to[e.type] && n.baseAxis && n.valueAxis) {
            var a = at(o, n.baseAxis.dim), s = at(o, n.valueAxis.dim), l = to[e.type](t, n.valueAxis.dim, n.baseDataDim, n.valueDataDim, a, s);
            e.coord = l[0], e.value = l[1];
        }
        else
            e.coord = [e.xAxis != null ? e.xAxis : e.radiusAxis, e.yAxis != null ? e.yAxis : e.angleAxis];
    }
    if (e.coord == null || !D(o)) {
        e.coord = [];
        var u = i.getBaseAxis();
        if (u && e.type && to[e.type]) {
            var p = r.getOtherAxis(u);
            p && (e.value = zr(t, t.mapDimension(p.dim), e.type));
        }
    }
    else
        for (var c = e.coord, f = 0; f < 2; f++)
            to[c[f]] && (c[f] = zr(t, t.mapDimension(o[f]), c[f]));
    return e;
} }
function Pn(i, e, t, r) { var o = {}; return i.valueIndex != null || i.valueDim != null ? (o.valueDataDim = i.valueIndex != null ? e.getDimension(i.valueIndex) : i.valueDim, o.valueAxis = t.getAxis($v(r, o.valueDataDim)), o.baseAxis = t.getOtherAxis(o.valueAxis), o.baseDataDim = e.mapDimension(o.baseAxis.dim)) : (o.baseAxis = r.getBaseAxis(), o.valueAxis = t.getOtherAxis(o.baseAxis), o.baseDataDim = e.mapDimension(o.baseAxis.dim), o.valueDataDim = e.mapDimension(o.valueAxis.dim)), o; }
function $v(i, e) { var t = i.getData().getDimensionInfo(e); return t && t.coordDim; }
function de(i, e) { return i && i.containData && e.coord && !On(e) ? i.containData(e.coord) : !0; }
function Bp(i, e, t) { return i && i.containZone && e.coord && t.coord && !On(e) && !On(t) ? i.containZone(e.coord, t.coord) : !0; }
function eo(i, e) { return i ? function (t, r, o, n) { var a = n < 2 ? t.coord && t.coord[n] : t.value; return Fe(a, e[n]); } : function (t, r, o, n) { return Fe(t.value, e[n]); }; }
function zr(i, e, t) { if (t === "average") {
    var r = 0, o = 0;
    return i.each(e, function (n, a) { isNaN(n) || (r += n, o++); }), r / o;
}
else
    return t === "median" ? i.getMedian(e) : i.getDataExtent(e)[t === "max" ? 1 : 0]; }
import { __extends as Jv } from "tslib";
var Rn = J(), Qv = (function (i) { Jv(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.init = function () { this.markerGroupMap = K(); }, e.prototype.render = function (t, r, o) { var n = this, a = this.markerGroupMap; a.each(function (s) { Rn(s).keep = !1; }), r.eachSeries(function (s) { var l = St.getMarkerModelFromSeries(s, n.type); l && n.renderSeries(s, l, r, o); }), a.each(function (s) { !Rn(s).keep && n.group.remove(s.group); }), tm(r, a, this.type); }, e.prototype.markKeep = function (t) { Rn(t).keep = !0; }, e.prototype.toggleBlurSeries = function (t, r) { var o = this; S(t, function (n) { var a = St.getMarkerModelFromSeries(n, o.type); if (a) {
    var s = a.getData();
    s.eachItemGraphicEl(function (l) { l && (r ? Ba(l) : Ha(l)); });
} }); }, e.type = "marker", e; })(Y);
function tm(i, e, t) { i.eachSeries(function (r) { var o = St.getMarkerModelFromSeries(r, t), n = e.get(r.id); if (o && n && n.group) {
    var a = Jr(o), s = a.z, l = a.zlevel;
    Qr(n.group, s, l);
} }); }
var nr = Qv;
function Hp(i, e, t) { var r = e.coordinateSystem, o = t.getWidth(), n = t.getHeight(), a = r && r.getArea && r.getArea(); i.each(function (s) { var l = i.getItemModel(s), u = l.get("relativeTo") === "coordinate", p = u ? a ? a.width : 0 : o, c = u ? a ? a.height : 0 : n, f = u && a ? a.x : 0, h = u && a ? a.y : 0, d, v = $(l.get("x"), p) + f, m = $(l.get("y"), c) + h; if (!isNaN(v) && !isNaN(m))
    d = [v, m];
else if (e.getMarkerPosition)
    d = e.getMarkerPosition(i.getValues(i.dimensions, s));
else if (r) {
    var g = i.get(r.dimensions[0], s), y = i.get(r.dimensions[1], s);
    d = r.dataToPoint([g, y]);
} isNaN(v) || (d[0] = v), isNaN(m) || (d[1] = m), i.setItemLayout(s, d); }); }
var rm = (function (i) { em(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.updateTransform = function (t, r, o) { r.eachSeries(function (n) { var a = St.getMarkerModelFromSeries(n, "markPoint"); a && (Hp(a.getData(), n, o), this.markerGroupMap.get(n.id).updateLayout()); }, this); }, e.prototype.renderSeries = function (t, r, o, n) { var a = t.coordinateSystem, s = t.id, l = t.getData(), u = this.markerGroupMap, p = u.get(s) || u.set(s, new bs), c = im(a, t, r); r.setData(c), Hp(r.getData(), t, n), c.each(function (f) { var h = c.getItemModel(f), d = h.getShallow("symbol"), v = h.getShallow("symbolSize"), m = h.getShallow("symbolRotate"), g = h.getShallow("symbolOffset"), y = h.getShallow("symbolKeepAspect"); if (H(d) || H(v) || H(m) || H(g)) {
    var x = r.getRawValue(f), _ = r.getDataParams(f);
    H(d) && (d = d(x, _)), H(v) && (v = v(x, _)), H(m) && (m = m(x, _)), H(g) && (g = g(x, _));
} var b = h.getModel("itemStyle").getItemStyle(), w = h.get("z2"), C = le(l, "color"); b.fill || (b.fill = C), c.setItemVisual(f, { z2: Z(w, 0), symbol: d, symbolSize: v, symbolRotate: m, symbolOffset: g, symbolKeepAspect: y, style: b }); }), p.updateData(c), this.group.add(p.group), c.eachItemGraphicEl(function (f) { f.traverse(function (h) { q(h).dataModel = r; }); }), this.markKeep(p), p.group.silent = r.get("silent") || t.get("silent"); }, e.type = "markPoint", e; })(nr);
function im(i, e, t) { var r; i ? r = k(i && i.dimensions, function (s) { var l = e.getData(), u = l.getDimensionInfo(l.mapDimension(s)) || {}; return U(U({}, u), { name: s, ordinalMeta: null }); }) : r = [{ name: "value", type: "float" }]; var o = new Bt(r, t), n = k(t.get("data"), B(he, e)); i && (n = _t(n, B(de, i))); var a = eo(!!i, r); return o.initData(n, null, a), o; }
var Gp = rm;
function om(i) { i.registerComponentModel(Np), i.registerComponentView(Gp), i.registerPreprocessor(function (e) { De(e.series, "markPoint") && (e.markPoint = e.markPoint || {}); }); }
import { __extends as nm } from "tslib";
var am = (function (i) { nm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.createMarkerModelFromSeries = function (t, r, o) { return new e(t, r, o); }, e.type = "markLine", e.defaultOption = { z: 5, symbol: ["circle", "arrow"], symbolSize: [8, 16], symbolOffset: 0, precision: 2, tooltip: { trigger: "item" }, label: { show: !0, position: "end", distance: 5 }, lineStyle: { type: "dashed" }, emphasis: { label: { show: !0 }, lineStyle: { width: 3 } }, animationEasing: "linear" }, e; })(St), Fp = am;
import { __extends as sm } from "tslib";
var ro = J(), lm = function (i, e, t, r) { var o = i.getData(), n; if (D(r))
    n = r;
else {
    var a = r.type;
    if (a === "min" || a === "max" || a === "average" || a === "median" || r.xAxis != null || r.yAxis != null) {
        var s = void 0, l = void 0;
        if (r.yAxis != null || r.xAxis != null)
            s = e.getAxis(r.yAxis != null ? "y" : "x"), l = Dt(r.yAxis, r.xAxis);
        else {
            var u = Pn(r, o, e, i);
            s = u.valueAxis;
            var p = ms(o, u.valueDataDim);
            l = zr(o, p, a);
        }
        var c = s.dim === "x" ? 0 : 1, f = 1 - c, h = V(r), d = { coord: [] };
        h.type = null, h.coord = [], h.coord[f] = -1 / 0, d.coord[f] = 1 / 0;
        var v = t.get("precision");
        v >= 0 && ie(l) && (l = +l.toFixed(Math.min(v, 20))), h.coord[c] = d.coord[c] = l, n = [h, d, { type: a, valueIndex: r.valueIndex, value: l }];
    }
    else
        n = [];
} var m = [he(i, n[0]), he(i, n[1]), U({}, n[2])]; return m[2].type = m[2].type || null, Q(m[2], m[0]), Q(m[2], m[1]), m; };
function io(i) { return !isNaN(i) && !isFinite(i); }
function Zp(i, e, t, r) { var o = 1 - i, n = r.dimensions[i]; return io(e[o]) && io(t[o]) && e[i] === t[i] && r.getAxis(n).containData(e[i]); }
function um(i, e) { if (i.type === "cartesian2d") {
    var t = e[0].coord, r = e[1].coord;
    if (t && r && (Zp(1, t, r, i) || Zp(0, t, r, i)))
        return !0;
} return de(i, e[0]) && de(i, e[1]); }
function En(i, e, t, r, o) { var n = r.coordinateSystem, a = i.getItemModel(e), s, l = $(a.get("x"), o.getWidth()), u = $(a.get("y"), o.getHeight()); if (!isNaN(l) && !isNaN(u))
    s = [l, u];
else {
    if (r.getMarkerPosition)
        s = r.getMarkerPosition(i.getValues(i.dimensions, e));
    else {
        var p = n.dimensions, c = i.get(p[0], e), f = i.get(p[1], e);
        s = n.dataToPoint([c, f]);
    }
    if (xr(n, "cartesian2d")) {
        var h = n.getAxis("x"), d = n.getAxis("y"), p = n.dimensions;
        io(i.get(p[0], e)) ? s[0] = h.toGlobalCoord(h.getExtent()[t ? 0 : 1]) : io(i.get(p[1], e)) && (s[1] = d.toGlobalCoord(d.getExtent()[t ? 0 : 1]));
    }
    isNaN(l) || (s[0] = l), isNaN(u) || (s[1] = u);
} i.setItemLayout(e, s); }
var pm = (function (i) { sm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.updateTransform = function (t, r, o) { r.eachSeries(function (n) { var a = St.getMarkerModelFromSeries(n, "markLine"); if (a) {
    var s = a.getData(), l = ro(a).from, u = ro(a).to;
    l.each(function (p) { En(l, p, !0, n, o), En(u, p, !1, n, o); }), s.each(function (p) { s.setItemLayout(p, [l.getItemLayout(p), u.getItemLayout(p)]); }), this.markerGroupMap.get(n.id).updateLayout();
} }, this); }, e.prototype.renderSeries = function (t, r, o, n) { var a = t.coordinateSystem, s = t.id, l = t.getData(), u = this.markerGroupMap, p = u.get(s) || u.set(s, new Hs); this.group.add(p.group); var c = cm(a, t, r), f = c.from, h = c.to, d = c.line; ro(r).from = f, ro(r).to = h, r.setData(d); var v = r.get("symbol"), m = r.get("symbolSize"), g = r.get("symbolRotate"), y = r.get("symbolOffset"); D(v) || (v = [v, v]), D(m) || (m = [m, m]), D(g) || (g = [g, g]), D(y) || (y = [y, y]), c.from.each(function (_) { x(f, _, !0), x(h, _, !1); }), d.each(function (_) { var b = d.getItemModel(_), w = b.getModel("lineStyle").getLineStyle(); d.setItemLayout(_, [f.getItemLayout(_), h.getItemLayout(_)]); var C = b.get("z2"); w.stroke == null && (w.stroke = f.getItemVisual(_, "style").fill), d.setItemVisual(_, { z2: Z(C, 0), fromSymbolKeepAspect: f.getItemVisual(_, "symbolKeepAspect"), fromSymbolOffset: f.getItemVisual(_, "symbolOffset"), fromSymbolRotate: f.getItemVisual(_, "symbolRotate"), fromSymbolSize: f.getItemVisual(_, "symbolSize"), fromSymbol: f.getItemVisual(_, "symbol"), toSymbolKeepAspect: h.getItemVisual(_, "symbolKeepAspect"), toSymbolOffset: h.getItemVisual(_, "symbolOffset"), toSymbolRotate: h.getItemVisual(_, "symbolRotate"), toSymbolSize: h.getItemVisual(_, "symbolSize"), toSymbol: h.getItemVisual(_, "symbol"), style: w }); }), p.updateData(d), c.line.eachItemGraphicEl(function (_) { q(_).dataModel = r, _.traverse(function (b) { q(b).dataModel = r; }); }); function x(_, b, w) { var C = _.getItemModel(b); En(_, b, w, t, n); var A = C.getModel("itemStyle").getItemStyle(); A.fill == null && (A.fill = le(l, "color")), _.setItemVisual(b, { symbolKeepAspect: C.get("symbolKeepAspect"), symbolOffset: Z(C.get("symbolOffset", !0), y[w ? 0 : 1]), symbolRotate: Z(C.get("symbolRotate", !0), g[w ? 0 : 1]), symbolSize: Z(C.get("symbolSize"), m[w ? 0 : 1]), symbol: Z(C.get("symbol", !0), v[w ? 0 : 1]), style: A }); } this.markKeep(p), p.group.silent = r.get("silent") || t.get("silent"); }, e.type = "markLine", e; })(nr);
function cm(i, e, t) { var r; i ? r = k(i && i.dimensions, function (u) { var p = e.getData(), c = p.getDimensionInfo(p.mapDimension(u)) || {}; return U(U({}, c), { name: u, ordinalMeta: null }); }) : r = [{ name: "value", type: "float" }]; var o = new Bt(r, t), n = new Bt(r, t), a = new Bt([], t), s = k(t.get("data"), B(lm, e, i, t)); i && (s = _t(s, B(um, i))); var l = eo(!!i, r); return o.initData(k(s, function (u) { return u[0]; }), null, l), n.initData(k(s, function (u) { return u[1]; }), null, l), a.initData(k(s, function (u) { return u[2]; })), a.hasItemOption = !0, { from: o, to: n, line: a }; }
var Wp = pm;
function fm(i) { i.registerComponentModel(Fp), i.registerComponentView(Wp), i.registerPreprocessor(function (e) { De(e.series, "markLine") && (e.markLine = e.markLine || {}); }); }
import { __extends as hm } from "tslib";
var dm = (function (i) { hm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.createMarkerModelFromSeries = function (t, r, o) { return new e(t, r, o); }, e.type = "markArea", e.defaultOption = { z: 1, tooltip: { trigger: "item" }, animation: !1, label: { show: !0, position: "top" }, itemStyle: { borderWidth: 0 }, emphasis: { label: { show: !0, position: "top" } } }, e; })(St), Yp = dm;
import { __extends as vm } from "tslib";
var oo = J(), mm = function (i, e, t, r) { var o = r[0], n = r[1]; if (!(!o || !n)) {
    var a = he(i, o), s = he(i, n), l = a.coord, u = s.coord;
    l[0] = Dt(l[0], -1 / 0), l[1] = Dt(l[1], -1 / 0), u[0] = Dt(u[0], 1 / 0), u[1] = Dt(u[1], 1 / 0);
    var p = na([{}, a, s]);
    return p.coord = [a.coord, s.coord], p.x0 = a.x, p.y0 = a.y, p.x1 = s.x, p.y1 = s.y, p;
} };
function no(i) { return !isNaN(i) && !isFinite(i); }
function Xp(i, e, t, r) { var o = 1 - i; return no(e[o]) && no(t[o]); }
function gm(i, e) { var t = e.coord[0], r = e.coord[1], o = { coord: t, x: e.x0, y: e.y0 }, n = { coord: r, x: e.x1, y: e.y1 }; return xr(i, "cartesian2d") ? t && r && (Xp(1, t, r, i) || Xp(0, t, r, i)) ? !0 : Bp(i, o, n) : de(i, o) || de(i, n); }
function Kp(i, e, t, r, o) { var n = r.coordinateSystem, a = i.getItemModel(e), s, l = $(a.get(t[0]), o.getWidth()), u = $(a.get(t[1]), o.getHeight()); if (!isNaN(l) && !isNaN(u))
    s = [l, u];
else {
    if (r.getMarkerPosition) {
        var p = i.getValues(["x0", "y0"], e), c = i.getValues(["x1", "y1"], e), f = n.clampData(p), h = n.clampData(c), d = [];
        t[0] === "x0" ? d[0] = f[0] > h[0] ? c[0] : p[0] : d[0] = f[0] > h[0] ? p[0] : c[0], t[1] === "y0" ? d[1] = f[1] > h[1] ? c[1] : p[1] : d[1] = f[1] > h[1] ? p[1] : c[1], s = r.getMarkerPosition(d, t, !0);
    }
    else {
        var v = i.get(t[0], e), m = i.get(t[1], e), g = [v, m];
        n.clampData && n.clampData(g, g), s = n.dataToPoint(g, !0);
    }
    if (xr(n, "cartesian2d")) {
        var y = n.getAxis("x"), x = n.getAxis("y"), v = i.get(t[0], e), m = i.get(t[1], e);
        no(v) ? s[0] = y.toGlobalCoord(y.getExtent()[t[0] === "x0" ? 0 : 1]) : no(m) && (s[1] = x.toGlobalCoord(x.getExtent()[t[1] === "y0" ? 0 : 1]));
    }
    isNaN(l) || (s[0] = l), isNaN(u) || (s[1] = u);
} return s; }
var qp = [["x0", "y0"], ["x1", "y0"], ["x1", "y1"], ["x0", "y1"]], ym = (function (i) { vm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.updateTransform = function (t, r, o) { r.eachSeries(function (n) { var a = St.getMarkerModelFromSeries(n, "markArea"); if (a) {
    var s = a.getData();
    s.each(function (l) { var u = k(qp, function (c) { return Kp(s, l, c, n, o); }); s.setItemLayout(l, u); var p = s.getItemGraphicEl(l); p.setShape("points", u); });
} }, this); }, e.prototype.renderSeries = function (t, r, o, n) { var a = t.coordinateSystem, s = t.id, l = t.getData(), u = this.markerGroupMap, p = u.get(s) || u.set(s, { group: new tt }); this.group.add(p.group), this.markKeep(p); var c = xm(a, t, r); r.setData(c), c.each(function (f) { var h = k(qp, function (L) { return Kp(c, f, L, t, n); }), d = a.getAxis("x").scale, v = a.getAxis("y").scale, m = d.getExtent(), g = v.getExtent(), y = [d.parse(c.get("x0", f)), d.parse(c.get("x1", f))], x = [v.parse(c.get("y0", f)), v.parse(c.get("y1", f))]; gt(y), gt(x); var _ = !(m[0] > y[1] || m[1] < y[0] || g[0] > x[1] || g[1] < x[0]), b = !_; c.setItemLayout(f, { points: h, allClipped: b }); var w = c.getItemModel(f), C = w.getModel("itemStyle").getItemStyle(), A = w.get("z2"), M = le(l, "color"); C.fill || (C.fill = M, R(C.fill) && (C.fill = ho(C.fill, .4))), C.stroke || (C.stroke = M), c.setItemVisual(f, "style", C), c.setItemVisual(f, "z2", Z(A, 0)); }), c.diff(oo(p).data).add(function (f) { var h = c.getItemLayout(f), d = c.getItemVisual(f, "z2"); if (!h.allClipped) {
    var v = new xe({ z2: Z(d, 0), shape: { points: h.points } });
    c.setItemGraphicEl(f, v), p.group.add(v);
} }).update(function (f, h) { var d = oo(p).data.getItemGraphicEl(h), v = c.getItemLayout(f), m = c.getItemVisual(f, "z2"); v.allClipped ? d && p.group.remove(d) : (d ? oe(d, { z2: Z(m, 0), shape: { points: v.points } }, r, f) : d = new xe({ shape: { points: v.points } }), c.setItemGraphicEl(f, d), p.group.add(d)); }).remove(function (f) { var h = oo(p).data.getItemGraphicEl(f); p.group.remove(h); }).execute(), c.eachItemGraphicEl(function (f, h) { var d = c.getItemModel(h), v = c.getItemVisual(h, "style"); f.useStyle(c.getItemVisual(h, "style")), Ue(f, $a(d), { labelFetcher: r, labelDataIndex: h, defaultText: c.getName(h) || "", inheritColor: R(v.fill) ? ho(v.fill, 1) : T.color.neutral99 }), Fa(f, d), Ga(f, null, null, d.get(["emphasis", "disabled"])), q(f).dataModel = r; }), oo(p).data = c, p.group.silent = r.get("silent") || t.get("silent"); }, e.type = "markArea", e; })(nr);
function xm(i, e, t) { var r, o, n = ["x0", "y0", "x1", "y1"]; if (i) {
    var a = k(i && i.dimensions, function (u) { var p = e.getData(), c = p.getDimensionInfo(p.mapDimension(u)) || {}; return U(U({}, c), { name: u, ordinalMeta: null }); });
    o = k(n, function (u, p) { return { name: u, type: a[p % 2].type }; }), r = new Bt(o, t);
}
else
    o = [{ name: "value", type: "float" }], r = new Bt(o, t); var s = k(t.get("data"), B(mm, e, i, t)); i && (s = _t(s, B(gm, i))); var l = i ? function (u, p, c, f) { var h = u.coord[Math.floor(f / 2)][f % 2]; return Fe(h, o[f]); } : function (u, p, c, f) { return Fe(u.value, o[f]); }; return r.initData(s, null, l), r.hasItemOption = !0, r; }
var jp = ym;
function _m(i) { i.registerComponentModel(Yp), i.registerComponentView(jp), i.registerPreprocessor(function (e) { De(e.series, "markArea") && (e.markArea = e.markArea || {}); }); }
import { __extends as Sm } from "tslib";
var bm = function (i, e) { if (e === "all")
    return { type: "all", title: i.getLocaleModel().get(["legend", "selector", "all"]) }; if (e === "inverse")
    return { type: "inverse", title: i.getLocaleModel().get(["legend", "selector", "inverse"]) }; }, wm = (function (i) { Sm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.layoutMode = { type: "box", ignoreSize: !0 }, t; } return e.prototype.init = function (t, r, o) { this.mergeDefaultAndTheme(t, o), t.selected = t.selected || {}, this._updateSelector(t); }, e.prototype.mergeOption = function (t, r) { i.prototype.mergeOption.call(this, t, r), this._updateSelector(t); }, e.prototype._updateSelector = function (t) { var r = t.selector, o = this.ecModel; r === !0 && (r = t.selector = ["all", "inverse"]), D(r) && S(r, function (n, a) { R(n) && (n = { type: n }), r[a] = Q(n, bm(o, n.type)); }); }, e.prototype.optionUpdated = function () { this._updateData(this.ecModel); var t = this._data; if (t[0] && this.get("selectedMode") === "single") {
    for (var r = !1, o = 0; o < t.length; o++) {
        var n = t[o].get("name");
        if (this.isSelected(n)) {
            this.select(n), r = !0;
            break;
        }
    }
    !r && this.select(t[0].get("name"));
} }, e.prototype._updateData = function (t) { var r = [], o = []; t.eachRawSeries(function (l) { var u = l.name; o.push(u); var p; if (l.legendVisualProvider) {
    var c = l.legendVisualProvider, f = c.getAllNames();
    t.isSeriesFiltered(l) || (o = o.concat(f)), f.length ? r = r.concat(f) : p = !0;
}
else
    p = !0; p && Aa(l) && r.push(l.name); }), this._availableNames = o; var n = this.get("data") || r, a = K(), s = k(n, function (l) { return (R(l) || ie(l)) && (l = { name: l }), a.get(l.name) ? null : (a.set(l.name, !0), new nt(l, this, this.ecModel)); }, this); this._data = _t(s, function (l) { return !!l; }); }, e.prototype.getData = function () { return this._data; }, e.prototype.select = function (t) { var r = this.option.selected, o = this.get("selectedMode"); if (o === "single") {
    var n = this._data;
    S(n, function (a) { r[a.get("name")] = !1; });
} r[t] = !0; }, e.prototype.unSelect = function (t) { this.get("selectedMode") !== "single" && (this.option.selected[t] = !1); }, e.prototype.toggleSelected = function (t) { var r = this.option.selected; r.hasOwnProperty(t) || (r[t] = !0), this[r[t] ? "unSelect" : "select"](t); }, e.prototype.allSelect = function () { var t = this._data, r = this.option.selected; S(t, function (o) { r[o.get("name", !0)] = !0; }); }, e.prototype.inverseSelect = function () { var t = this._data, r = this.option.selected; S(t, function (o) { var n = o.get("name", !0); r.hasOwnProperty(n) || (r[n] = !0), r[n] = !r[n]; }); }, e.prototype.isSelected = function (t) { var r = this.option.selected; return !(r.hasOwnProperty(t) && !r[t]) && at(this._availableNames, t) >= 0; }, e.prototype.getOrient = function () { return this.get("orient") === "vertical" ? { index: 1, name: "vertical" } : { index: 0, name: "horizontal" }; }, e.type = "legend.plain", e.dependencies = ["series"], e.defaultOption = { z: 4, show: !0, orient: "horizontal", left: "center", bottom: T.size.m, align: "auto", backgroundColor: T.color.transparent, borderColor: T.color.border, borderRadius: 0, borderWidth: 0, padding: 5, itemGap: 8, itemWidth: 25, itemHeight: 14, symbolRotate: "inherit", symbolKeepAspect: !0, inactiveColor: T.color.disabled, inactiveBorderColor: T.color.disabled, inactiveBorderWidth: "auto", itemStyle: { color: "inherit", opacity: "inherit", borderColor: "inherit", borderWidth: "auto", borderCap: "inherit", borderJoin: "inherit", borderDashOffset: "inherit", borderMiterLimit: "inherit" }, lineStyle: { width: "auto", color: "inherit", inactiveColor: T.color.disabled, inactiveWidth: 2, opacity: "inherit", type: "inherit", cap: "inherit", join: "inherit", dashOffset: "inherit", miterLimit: "inherit" }, textStyle: { color: T.color.secondary }, selectedMode: !0, selector: !1, selectorLabel: { show: !0, borderRadius: 10, padding: [3, 5, 3, 5], fontSize: 12, fontFamily: "sans-serif", color: T.color.tertiary, borderWidth: 1, borderColor: T.color.border }, emphasis: { selectorLabel: { show: !0, color: T.color.quaternary } }, selectorPosition: "auto", selectorItemGap: 7, selectorButtonGap: 10, tooltip: { show: !1 }, triggerEvent: !1 }, e; })(F), Or = wm;
import { __extends as Cm } from "tslib";
var ar = B, Vn = S, ao = tt, Tm = (function (i) {
    Cm(e, i);
    function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.newlineDisabled = !1, t; }
    return e.prototype.init = function () { this.group.add(this._contentGroup = new ao), this.group.add(this._selectorGroup = new ao), this._isFirstRender = !0; }, e.prototype.getContentGroup = function () { return this._contentGroup; }, e.prototype.getSelectorGroup = function () { return this._selectorGroup; }, e.prototype.render = function (t, r, o) { var n = this._isFirstRender; if (this._isFirstRender = !1, this.resetInner(), !!t.get("show", !0)) {
        var a = t.get("align"), s = t.get("orient");
        (!a || a === "auto") && (a = t.get("left") === "right" && s === "vertical" ? "right" : "left");
        var l = t.get("selector", !0), u = t.get("selectorPosition", !0);
        l && (!u || u === "auto") && (u = s === "horizontal" ? "end" : "start"), this.renderInner(a, t, r, o, l, s, u);
        var p = mt(t, o).refContainer, c = t.getBoxLayoutParams(), f = t.get("padding"), h = ut(c, p, f), d = this.layoutInner(t, a, h, n, l, u), v = ut(X({ width: d.width, height: d.height }, c), p, f);
        this.group.x = v.x - d.x, this.group.y = v.y - d.y, this.group.markRedraw(), this.group.add(this._backgroundEl = Wi(d, t));
    } }, e.prototype.resetInner = function () { this.getContentGroup().removeAll(), this._backgroundEl && this.group.remove(this._backgroundEl), this.getSelectorGroup().removeAll(); }, e.prototype.renderInner = function (t, r, o, n, a, s, l) {
        var u = this.getContentGroup(), p = K(), c = r.get("selectedMode"), f = r.get("triggerEvent"), h = [];
        o.eachRawSeries(function (d) { !d.get("legendHoverLink") && h.push(d.id); }), Vn(r.getData(), function (d, v) {
            var m = this, g = d.get("name");
            if (!this.newlineDisabled && (g === "" || g === `
`)) {
                var y = new ao;
                y.newline = !0, u.add(y);
                return;
            }
            var x = o.getSeriesByName(g)[0];
            if (!p.get(g))
                if (x) {
                    var _ = x.getData(), b = _.getVisual("legendLineStyle") || {}, w = _.getVisual("legendIcon"), C = _.getVisual("style"), A = this._createItem(x, g, v, d, r, t, b, C, w, c, n);
                    A.on("click", ar($p, g, null, n, h)).on("mouseover", ar(Un, x.name, null, n, h)).on("mouseout", ar(Nn, x.name, null, n, h)), o.ssr && A.eachChild(function (M) { var L = q(M); L.seriesIndex = x.seriesIndex, L.dataIndex = v, L.ssrType = "legend"; }), f && A.eachChild(function (M) { m.packEventData(M, r, x, v, g); }), p.set(g, !0);
                }
                else
                    o.eachRawSeries(function (M) { var L = this; if (!p.get(g) && M.legendVisualProvider) {
                        var I = M.legendVisualProvider;
                        if (!I.containName(g))
                            return;
                        var W = I.indexOfName(g), O = I.getItemVisual(W, "style"), E = I.getItemVisual(W, "legendIcon"), j = ma(O.fill);
                        j && j[3] === 0 && (j[3] = .2, O = U(U({}, O), { fill: ga(j, "rgba") }));
                        var rt = this._createItem(M, g, v, d, r, t, {}, O, E, c, n);
                        rt.on("click", ar($p, null, g, n, h)).on("mouseover", ar(Un, null, g, n, h)).on("mouseout", ar(Nn, null, g, n, h)), o.ssr && rt.eachChild(function (Zt) { var ee = q(Zt); ee.seriesIndex = M.seriesIndex, ee.dataIndex = v, ee.ssrType = "legend"; }), f && rt.eachChild(function (Zt) { L.packEventData(Zt, r, M, v, g); }), p.set(g, !0);
                    } }, this);
        }, this), a && this._createSelector(a, r, n, s, l);
    }, e.prototype.packEventData = function (t, r, o, n, a) { var s = { componentType: "legend", componentIndex: r.componentIndex, dataIndex: n, value: a, seriesIndex: o.seriesIndex }; q(t).eventData = s; }, e.prototype._createSelector = function (t, r, o, n, a) { var s = this.getSelectorGroup(); Vn(t, function (u) { var p = u.type, c = new G({ style: { x: 0, y: 0, align: "center", verticalAlign: "middle" }, onclick: function () { o.dispatchAction({ type: p === "all" ? "legendAllSelect" : "legendInverseSelect", legendId: r.id }); } }); s.add(c); var f = r.getModel("selectorLabel"), h = r.getModel(["emphasis", "selectorLabel"]); Ue(c, { normal: f, emphasis: h }, { defaultText: u.title }), Jt(c); }); }, e.prototype._createItem = function (t, r, o, n, a, s, l, u, p, c, f) { var h = t.visualDrawType, d = a.get("itemWidth"), v = a.get("itemHeight"), m = a.isSelected(r), g = n.get("symbolRotate"), y = n.get("symbolKeepAspect"), x = n.get("icon"); p = x || p || "roundRect"; var _ = Mm(p, n, l, u, h, m, f), b = new ao, w = n.getModel("textStyle"); if (H(t.getLegendIcon) && (!x || x === "inherit"))
        b.add(t.getLegendIcon({ itemWidth: d, itemHeight: v, icon: p, iconRotate: g, itemStyle: _.itemStyle, lineStyle: _.lineStyle, symbolKeepAspect: y }));
    else {
        var C = x === "inherit" && t.getData().getVisual("symbol") ? g === "inherit" ? t.getData().getVisual("symbolRotate") : g : 0;
        b.add(Am({ itemWidth: d, itemHeight: v, icon: p, iconRotate: C, itemStyle: _.itemStyle, lineStyle: _.lineStyle, symbolKeepAspect: y }));
    } var A = s === "left" ? d + 5 : -5, M = s, L = a.get("formatter"), I = r; R(L) && L ? I = L.replace("{name}", r ?? "") : H(L) && (I = L(r)); var W = m ? w.getTextColor() : n.get("inactiveColor"); b.add(new G({ style: ot(w, { text: I, x: A, y: v / 2, fill: W, align: M, verticalAlign: "middle" }, { inheritColor: W }) })); var O = new et({ shape: b.getBoundingRect(), style: { fill: "transparent" } }), E = n.getModel("tooltip"); return E.get("show") && Xt({ el: O, componentModel: a, itemName: r, itemTooltipOption: E.option }), b.add(O), b.eachChild(function (j) { j.silent = !0; }), O.silent = !c, this.getContentGroup().add(b), Jt(b), b.__legendDataIndex = o, b; }, e.prototype.layoutInner = function (t, r, o, n, a, s) { var l = this.getContentGroup(), u = this.getSelectorGroup(); Nt(t.get("orient"), l, t.get("itemGap"), o.width, o.height); var p = l.getBoundingRect(), c = [-p.x, -p.y]; if (u.markRedraw(), l.markRedraw(), a) {
        Nt("horizontal", u, t.get("selectorItemGap", !0));
        var f = u.getBoundingRect(), h = [-f.x, -f.y], d = t.get("selectorButtonGap", !0), v = t.getOrient().index, m = v === 0 ? "width" : "height", g = v === 0 ? "height" : "width", y = v === 0 ? "y" : "x";
        s === "end" ? h[v] += p[m] + d : c[v] += f[m] + d, h[1 - v] += p[g] / 2 - f[g] / 2, u.x = h[0], u.y = h[1], l.x = c[0], l.y = c[1];
        var x = { x: 0, y: 0 };
        return x[m] = p[m] + d + f[m], x[g] = Math.max(p[g], f[g]), x[y] = Math.min(0, f[y] + h[1 - v]), x;
    }
    else
        return l.x = c[0], l.y = c[1], this.group.getBoundingRect(); }, e.prototype.remove = function () { this.getContentGroup().removeAll(), this._isFirstRender = !0; }, e.type = "legend.plain", e;
})(Y);
function Mm(i, e, t, r, o, n, a) { function s(m, g) { m.lineWidth === "auto" && (m.lineWidth = g.lineWidth > 0 ? 2 : 0), Vn(m, function (y, x) { m[x] === "inherit" && (m[x] = g[x]); }); } var l = e.getModel("itemStyle"), u = l.getItemStyle(), p = i.lastIndexOf("empty", 0) === 0 ? "fill" : "stroke", c = l.getShallow("decal"); u.decal = !c || c === "inherit" ? r.decal : ds(c, a), u.fill === "inherit" && (u.fill = r[o]), u.stroke === "inherit" && (u.stroke = r[p]), u.opacity === "inherit" && (u.opacity = (o === "fill" ? r : t).opacity), s(u, r); var f = e.getModel("lineStyle"), h = f.getLineStyle(); if (s(h, t), u.fill === "auto" && (u.fill = r.fill), u.stroke === "auto" && (u.stroke = r.fill), h.stroke === "auto" && (h.stroke = r.fill), !n) {
    var d = e.get("inactiveBorderWidth"), v = u[p];
    u.lineWidth = d === "auto" ? r.lineWidth > 0 && v ? 2 : 0 : u.lineWidth, u.fill = e.get("inactiveColor"), u.stroke = e.get("inactiveBorderColor"), h.stroke = f.get("inactiveColor"), h.lineWidth = f.get("inactiveWidth");
} return { itemStyle: u, lineStyle: h }; }
function Am(i) { var e = i.icon || "roundRect", t = Ot(e, 0, 0, i.itemWidth, i.itemHeight, i.itemStyle.fill, i.symbolKeepAspect); return t.setStyle(i.itemStyle), t.rotation = (i.iconRotate || 0) * Math.PI / 180, t.setOrigin([i.itemWidth / 2, i.itemHeight / 2]), e.indexOf("empty") > -1 && (t.style.stroke = t.style.fill, t.style.fill = T.color.neutral00, t.style.lineWidth = 2), t; }
function $p(i, e, t, r) { Nn(i, e, t, r), t.dispatchAction({ type: "legendToggleSelect", name: i ?? e }), Un(i, e, t, r); }
function Un(i, e, t, r) { t.usingTHL() || t.dispatchAction({ type: "highlight", seriesName: i, name: e, excludeSeriesId: r }); }
function Nn(i, e, t, r) { t.usingTHL() || t.dispatchAction({ type: "downplay", seriesName: i, name: e, excludeSeriesId: r }); }
var so = Tm;
function Pr(i, e, t) { var r = i === "allSelect" || i === "inverseSelect", o = {}, n = []; t.eachComponent({ mainType: "legend", query: e }, function (s) { r ? s[i]() : s[i](e.name), Jp(s, o), n.push(s.componentIndex); }); var a = {}; return t.eachComponent("legend", function (s) { S(o, function (l, u) { s[l ? "select" : "unSelect"](u); }), Jp(s, a); }), r ? { selected: a, legendIndex: n } : { name: e.name, selected: a }; }
function Jp(i, e) {
    var t = e || {};
    return S(i.getData(), function (r) {
        var o = r.get("name");
        if (!(o === `
` || o === "")) {
            var n = i.isSelected(o);
            Yt(t, o) ? t[o] = t[o] && n : t[o] = n;
        }
    }), t;
}
function Qp(i) { i.registerAction("legendToggleSelect", "legendselectchanged", B(Pr, "toggleSelected")), i.registerAction("legendAllSelect", "legendselectall", B(Pr, "allSelect")), i.registerAction("legendInverseSelect", "legendinverseselect", B(Pr, "inverseSelect")), i.registerAction("legendSelect", "legendselected", B(Pr, "select")), i.registerAction("legendUnSelect", "legendunselected", B(Pr, "unSelect")); }
var tc = Re(Dm);
function Dm(i) { var e = i.findComponents({ mainType: "legend" }); e && e.length && i.filterSeries(function (t) { for (var r = 0; r < e.length; r++)
    if (!e[r].isSelected(t.name))
        return !1; return !0; }); }
function kr(i) { i.registerComponentModel(Or), i.registerComponentView(so), i.registerProcessor(i.PRIORITY.PROCESSOR.SERIES_FILTER, tc), i.registerSubTypeDefaulter("legend", function () { return "plain"; }), Qp(i); }
import { __extends as Im } from "tslib";
var Lm = (function (i) { Im(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.setScrollDataIndex = function (t) { this.option.scrollDataIndex = t; }, e.prototype.init = function (t, r, o) { var n = Ge(t); i.prototype.init.call(this, t, r, o), ec(this, t, n); }, e.prototype.mergeOption = function (t, r) { i.prototype.mergeOption.call(this, t, r), ec(this, this.option, t); }, e.type = "legend.scroll", e.defaultOption = zt(Or.defaultOption, { scrollDataIndex: 0, pageButtonItemGap: 5, pageButtonGap: null, pageButtonPosition: "end", pageFormatter: "{current}/{total}", pageIcons: { horizontal: ["M0,0L12,-10L12,10z", "M0,0L-12,-10L-12,10z"], vertical: ["M0,0L20,0L10,-20z", "M0,0L20,0L10,20z"] }, pageIconColor: T.color.accent50, pageIconInactiveColor: T.color.accent10, pageIconSize: 15, pageTextStyle: { color: T.color.tertiary }, animationDurationUpdate: 800 }), e; })(Or);
function ec(i, e, t) { var r = i.getOrient(), o = [1, 1]; o[r.index] = 0, He(e, t, { type: "box", ignoreSize: !!o }); }
var rc = Lm;
import { __extends as zm } from "tslib";
var ic = tt, Bn = ["width", "height"], Hn = ["x", "y"], Om = (function (i) { zm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.newlineDisabled = !0, t._currentIndex = 0, t; } return e.prototype.init = function () { i.prototype.init.call(this), this.group.add(this._containerGroup = new ic), this._containerGroup.add(this.getContentGroup()), this.group.add(this._controllerGroup = new ic); }, e.prototype.resetInner = function () { i.prototype.resetInner.call(this), this._controllerGroup.removeAll(), this._containerGroup.removeClipPath(), this._containerGroup.__rectSize = null; }, e.prototype.renderInner = function (t, r, o, n, a, s, l) { var u = this; i.prototype.renderInner.call(this, t, r, o, n, a, s, l); var p = this._controllerGroup, c = r.get("pageIconSize", !0), f = D(c) ? c : [c, c]; d("pagePrev", 0); var h = r.getModel("pageTextStyle"); p.add(new G({ name: "pageText", style: { text: "xx/xx", fill: h.getTextColor(), font: h.getFont(), verticalAlign: "middle", align: "center" }, silent: !0 })), d("pageNext", 1); function d(v, m) { var g = v + "DataIndex", y = ne(r.get("pageIcons", !0)[r.getOrient().name][m], { onclick: z(u._pageGo, u, g, r, n) }, { x: -f[0] / 2, y: -f[1] / 2, width: f[0], height: f[1] }); y.name = v, p.add(y); } }, e.prototype.layoutInner = function (t, r, o, n, a, s) { var l = this.getSelectorGroup(), u = t.getOrient().index, p = Bn[u], c = Hn[u], f = Bn[1 - u], h = Hn[1 - u]; a && Nt("horizontal", l, t.get("selectorItemGap", !0)); var d = t.get("selectorButtonGap", !0), v = l.getBoundingRect(), m = [-v.x, -v.y], g = V(o); a && (g[p] = o[p] - v[p] - d); var y = this._layoutContentAndController(t, n, g, u, p, f, h, c); if (a) {
    if (s === "end")
        m[u] += y[p] + d;
    else {
        var x = v[p] + d;
        m[u] -= x, y[c] -= x;
    }
    y[p] += v[p] + d, m[1 - u] += y[h] + y[f] / 2 - v[f] / 2, y[f] = Math.max(y[f], v[f]), y[h] = Math.min(y[h], v[h] + m[1 - u]), l.x = m[0], l.y = m[1], l.markRedraw();
} return y; }, e.prototype._layoutContentAndController = function (t, r, o, n, a, s, l, u) { var p = this.getContentGroup(), c = this._containerGroup, f = this._controllerGroup; Nt(t.get("orient"), p, t.get("itemGap"), n ? o.width : null, n ? null : o.height), Nt("horizontal", f, t.get("pageButtonItemGap", !0)); var h = p.getBoundingRect(), d = f.getBoundingRect(), v = this._showController = h[a] > o[a], m = [-h.x, -h.y]; r || (m[n] = p[u]); var g = [0, 0], y = [-d.x, -d.y], x = Z(t.get("pageButtonGap", !0), t.get("itemGap", !0)); if (v) {
    var _ = t.get("pageButtonPosition", !0);
    _ === "end" ? y[n] += o[a] - d[a] : g[n] += d[a] + x;
} y[1 - n] += h[s] / 2 - d[s] / 2, p.setPosition(m), c.setPosition(g), f.setPosition(y); var b = { x: 0, y: 0 }; if (b[a] = v ? o[a] : h[a], b[s] = Math.max(h[s], d[s]), b[l] = Math.min(0, d[l] + y[1 - n]), c.__rectSize = o[a], v) {
    var w = { x: 0, y: 0 };
    w[a] = Math.max(o[a] - d[a] - x, 0), w[s] = b[s], c.setClipPath(new et({ shape: w })), c.__rectSize = w[a];
}
else
    f.eachChild(function (A) { A.attr({ invisible: !0, silent: !0 }); }); var C = this._getPageInfo(t); return C.pageIndex != null && oe(p, { x: C.contentPosition[0], y: C.contentPosition[1] }, v ? t : null), this._updatePageInfoView(t, C), b; }, e.prototype._pageGo = function (t, r, o) { var n = this._getPageInfo(r)[t]; n != null && o.dispatchAction({ type: "legendScroll", scrollDataIndex: n, legendId: r.id }); }, e.prototype._updatePageInfoView = function (t, r) { var o = this._controllerGroup; S(["pagePrev", "pageNext"], function (p) { var c = p + "DataIndex", f = r[c] != null, h = o.childOfName(p); h && (h.setStyle("fill", f ? t.get("pageIconColor", !0) : t.get("pageIconInactiveColor", !0)), h.cursor = f ? "pointer" : "default"); }); var n = o.childOfName("pageText"), a = t.get("pageFormatter"), s = r.pageIndex, l = s != null ? s + 1 : 0, u = r.pageCount; n && a && n.setStyle("text", R(a) ? a.replace("{current}", l == null ? "" : l + "").replace("{total}", u == null ? "" : u + "") : a({ current: l, total: u })); }, e.prototype._getPageInfo = function (t) { var r = t.get("scrollDataIndex", !0), o = this.getContentGroup(), n = this._containerGroup.__rectSize, a = t.getOrient().index, s = Bn[a], l = Hn[a], u = this._findTargetItemIndex(r), p = o.children(), c = p[u], f = p.length, h = f ? 1 : 0, d = { contentPosition: [o.x, o.y], pageCount: h, pageIndex: h - 1, pagePrevDataIndex: null, pageNextDataIndex: null }; if (!c)
    return d; var v = _(c); d.contentPosition[a] = -v.s; for (var m = u + 1, g = v, y = v, x = null; m <= f; ++m)
    x = _(p[m]), (!x && y.e > g.s + n || x && !b(x, g.s)) && (y.i > g.i ? g = y : g = x, g && (d.pageNextDataIndex == null && (d.pageNextDataIndex = g.i), ++d.pageCount)), y = x; for (var m = u - 1, g = v, y = v, x = null; m >= -1; --m)
    x = _(p[m]), (!x || !b(y, x.s)) && g.i < y.i && (y = g, d.pagePrevDataIndex == null && (d.pagePrevDataIndex = g.i), ++d.pageCount, ++d.pageIndex), g = x; return d; function _(w) { if (w) {
    var C = w.getBoundingRect(), A = C[l] + w[l];
    return { s: A, e: A + C[s], i: w.__legendDataIndex };
} } function b(w, C) { return w.e >= C && w.s <= C + n; } }, e.prototype._findTargetItemIndex = function (t) { if (!this._showController)
    return 0; var r, o = this.getContentGroup(), n; return o.eachChild(function (a, s) { var l = a.__legendDataIndex; n == null && l != null && (n = s), l === t && (r = s); }), r ?? n; }, e.type = "legend.scroll", e; })(so), oc = Om;
function Gn(i) { i.registerAction("legendScroll", "legendscroll", function (e, t) { var r = e.scrollDataIndex; r != null && t.eachComponent({ mainType: "legend", subType: "scroll", query: e }, function (o) { o.setScrollDataIndex(r); }); }); }
function Fn(i) { ct(kr), i.registerComponentModel(rc), i.registerComponentView(oc), Gn(i); }
function Pm(i) { ct(kr), ct(Fn); }
import { __extends as km } from "tslib";
var Rm = (function (i) { km(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "dataZoom.inside", e.defaultOption = zt(pe.defaultOption, { disabled: !1, zoomLock: !1, zoomOnMouseWheel: !0, moveOnMouseMove: !0, moveOnMouseWheel: !1, preventDefaultMouseMove: !0 }), e; })(pe), nc = Rm;
import { __extends as Hm } from "tslib";
var Zn = J();
function ac(i, e, t) { Zn(i).coordSysRecordMap.each(function (r) { var o = r.dataZoomInfoMap.get(e.uid); o && (o.getRange = t); }); }
function sc(i, e) { for (var t = Zn(i).coordSysRecordMap, r = t.keys(), o = 0; o < r.length; o++) {
    var n = r[o], a = t.get(n), s = a.dataZoomInfoMap;
    if (s) {
        var l = e.uid, u = s.get(l);
        u && (s.removeKey(l), s.keys().length || lc(t, a));
    }
} }
function lc(i, e) { if (e) {
    i.removeKey(e.model.uid);
    var t = e.controller;
    t && t.dispose();
} }
function Em(i, e) { var t = { model: e, containsPoint: B(Um, e), dispatchAction: B(Vm, i), dataZoomInfoMap: null, controller: null }, r = t.controller = new mi(i.getZr()); return S(["pan", "zoom", "scrollMove"], function (o) { r.on(o, function (n) { var a = []; t.dataZoomInfoMap.each(function (s) { if (n.isAvailableBehavior(s.model.option)) {
    var l = (s.getRange || {})[o], u = l && l(s.dzReferCoordSysInfo, t.model.mainType, t.controller, n);
    !s.model.get("disabled", !0) && u && a.push({ dataZoomId: s.model.id, start: u[0], end: u[1] });
} }), a.length && t.dispatchAction(a); }); }), t; }
function Vm(i, e) { i.isDisposed() || i.dispatchAction({ type: "dataZoom", animation: { easing: "cubicOut", duration: 100 }, batch: e }); }
function Um(i, e, t, r) { return i.coordinateSystem.containPoint([t, r]); }
function Nm(i, e, t) { var r, o = "type_", n = { type_true: 2, type_move: 1, type_false: 0, type_undefined: -1 }, a = !0, s, l; return i.each(function (u) { var p = u.model, c = p.get("disabled", !0) ? !1 : p.get("zoomLock", !0) ? "move" : !0; n[o + c] > n[o + r] && (r = c), a = a && p.get("preventDefaultMouseMove", !0), s = Z(p.get("cursorGrab", !0), s), l = Z(p.get("cursorGrabbing", !0), l); }), { controlType: r, opt: { zoomOnMouseWheel: !0, moveOnMouseMove: !0, moveOnMouseWheel: !0, preventDefaultMouseMove: !!a, api: t, zInfo: { component: e.model }, triggerInfo: { roamTrigger: null, isInSelf: e.containsPoint }, cursorGrab: s, cursorGrabbing: l } }; }
function uc(i) { i.registerUpdateLifecycle("coordsys:aftercreate", function (e, t) { var r = Zn(t), o = r.coordSysRecordMap || (r.coordSysRecordMap = K()); o.each(function (n) { n.dataZoomInfoMap = null; }), e.eachComponent({ mainType: "dataZoom", subType: "inside" }, function (n) { var a = Gi(n); S(a.infoList, function (s) { var l = s.model.uid, u = o.get(l) || o.set(l, Em(t, s.model)), p = u.dataZoomInfoMap || (u.dataZoomInfoMap = K()); p.set(n.uid, { dzReferCoordSysInfo: s, model: n, getRange: null }); }); }), o.each(function (n) { var a = n.controller, s, l = n.dataZoomInfoMap; if (l) {
    var u = l.keys()[0];
    u != null && (s = l.get(u));
} if (!s) {
    lc(o, n);
    return;
} var p = Nm(l, n, t); a.enable(p.controlType, p.opt), Kt(n, "dispatchAction", s.model.get("throttle", !0), "fixRate"); }); }); }
var Gm = (function (i) { Hm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = "dataZoom.inside", t; } return e.prototype.render = function (t, r, o) { if (i.prototype.render.apply(this, arguments), t.noTarget()) {
    this._clear();
    return;
} this.range = t.getPercentRange(), ac(o, t, { pan: z(Wn.pan, this), zoom: z(Wn.zoom, this), scrollMove: z(Wn.scrollMove, this) }); }, e.prototype.dispose = function () { this._clear(), i.prototype.dispose.apply(this, arguments); }, e.prototype._clear = function () { sc(this.api, this.dataZoomModel), this.range = null; }, e.type = "dataZoom.inside", e; })(ir), Wn = { zoom: function (i, e, t, r) { var o = this.range, n = o.slice(), a = i.axisModels[0]; if (a) {
        var s = Yn[e](null, [r.originX, r.originY], a, t, i), l = (s.signal > 0 ? s.pixelStart + s.pixelLength - s.pixel : s.pixel - s.pixelStart) / s.pixelLength * (n[1] - n[0]) + n[0], u = Math.max(1 / r.scale, 0);
        n[0] = (n[0] - l) * u + l, n[1] = (n[1] - l) * u + l;
        var p = this.dataZoomModel.findRepresentativeAxisProxy().getMinMaxSpan();
        if (Rt(0, n, [0, 100], 0, p.minSpan, p.maxSpan), this.range = n, o[0] !== n[0] || o[1] !== n[1])
            return n;
    } }, pan: pc(function (i, e, t, r, o, n) { var a = Yn[r]([n.oldX, n.oldY], [n.newX, n.newY], e, o, t); return a.signal * (i[1] - i[0]) * a.pixel / a.pixelLength; }), scrollMove: pc(function (i, e, t, r, o, n) { var a = Yn[r]([0, 0], [n.scrollDelta, n.scrollDelta], e, o, t); return a.signal * (i[1] - i[0]) * n.scrollDelta; }) };
function pc(i) { return function (e, t, r, o) { var n = this.range, a = n.slice(), s = e.axisModels[0]; if (s) {
    var l = i(a, s, e, t, r, o);
    if (Rt(l, a, [0, 100], "all"), this.range = a, n[0] !== a[0] || n[1] !== a[1])
        return a;
} }; }
var Yn = { grid: function (i, e, t, r, o) { var n = t.axis, a = {}, s = o.model.coordinateSystem.getRect(); return i = i || [0, 0], n.dim === "x" ? (a.pixel = e[0] - i[0], a.pixelLength = s.width, a.pixelStart = s.x, a.signal = n.inverse ? 1 : -1) : (a.pixel = e[1] - i[1], a.pixelLength = s.height, a.pixelStart = s.y, a.signal = n.inverse ? -1 : 1), a; }, polar: function (i, e, t, r, o) { var n = t.axis, a = {}, s = o.model.coordinateSystem, l = s.getRadiusAxis().getExtent(), u = s.getAngleAxis().getExtent(); return i = i ? s.pointToCoord(i) : [0, 0], e = s.pointToCoord(e), t.mainType === "radiusAxis" ? (a.pixel = e[0] - i[0], a.pixelLength = l[1] - l[0], a.pixelStart = l[0], a.signal = n.inverse ? 1 : -1) : (a.pixel = e[1] - i[1], a.pixelLength = u[1] - u[0], a.pixelStart = u[0], a.signal = n.inverse ? -1 : 1), a; }, singleAxis: function (i, e, t, r, o) { var n = t.axis, a = o.model.coordinateSystem.getRect(), s = {}; return i = i || [0, 0], n.orient === "horizontal" ? (s.pixel = e[0] - i[0], s.pixelLength = a.width, s.pixelStart = a.x, s.signal = n.inverse ? 1 : -1) : (s.pixel = e[1] - i[1], s.pixelLength = a.height, s.pixelStart = a.y, s.signal = n.inverse ? -1 : 1), s; } }, cc = Gm;
function Xn(i) { Me(i), i.registerComponentModel(nc), i.registerComponentView(cc), uc(i); }
import { __extends as Fm } from "tslib";
var Zm = (function (i) { Fm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.type = "dataZoom.slider", e.layoutMode = "box", e.defaultOption = zt(pe.defaultOption, { show: !0, right: "ph", top: "ph", width: "ph", height: "ph", left: null, bottom: null, borderColor: T.color.accent10, borderRadius: 0, backgroundColor: T.color.transparent, dataBackground: { lineStyle: { color: T.color.accent30, width: .5 }, areaStyle: { color: T.color.accent20, opacity: .2 } }, selectedDataBackground: { lineStyle: { color: T.color.accent40, width: .5 }, areaStyle: { color: T.color.accent20, opacity: .3 } }, fillerColor: "rgba(135,175,274,0.2)", handleIcon: "path://M-9.35,34.56V42m0-40V9.5m-2,0h4a2,2,0,0,1,2,2v21a2,2,0,0,1-2,2h-4a2,2,0,0,1-2-2v-21A2,2,0,0,1-11.35,9.5Z", handleSize: "100%", handleStyle: { color: T.color.neutral00, borderColor: T.color.accent20 }, moveHandleSize: 7, moveHandleIcon: "path://M-320.9-50L-320.9-50c18.1,0,27.1,9,27.1,27.1V85.7c0,18.1-9,27.1-27.1,27.1l0,0c-18.1,0-27.1-9-27.1-27.1V-22.9C-348-41-339-50-320.9-50z M-212.3-50L-212.3-50c18.1,0,27.1,9,27.1,27.1V85.7c0,18.1-9,27.1-27.1,27.1l0,0c-18.1,0-27.1-9-27.1-27.1V-22.9C-239.4-41-230.4-50-212.3-50z M-103.7-50L-103.7-50c18.1,0,27.1,9,27.1,27.1V85.7c0,18.1-9,27.1-27.1,27.1l0,0c-18.1,0-27.1-9-27.1-27.1V-22.9C-130.9-41-121.8-50-103.7-50z", moveHandleStyle: { color: T.color.accent40, opacity: .5 }, showDetail: !0, showDataShadow: "auto", realtime: !0, zoomLock: !1, textStyle: { color: T.color.tertiary }, brushSelect: !0, brushStyle: { color: T.color.accent30, opacity: .3 }, emphasis: { handleLabel: { show: !0 }, handleStyle: { borderColor: T.color.accent40 }, moveHandleStyle: { opacity: .8 } }, defaultLocationEdgeGap: 15 }), e; })(pe), fc = Zm;
import { __extends as Wm } from "tslib";
var Rr = et, Ym = 1, Kn = 30, Xm = 7, Er = "horizontal", hc = "vertical", Km = 5, qm = ["line", "bar", "candlestick", "scatter"], jm = { easing: "cubicOut", duration: 100, delay: 0 }, $m = (function (i) { Wm(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t._displayables = {}, t; } return e.prototype.init = function (t, r) { this.api = r, this._onBrush = z(this._onBrush, this), this._onBrushEnd = z(this._onBrushEnd, this); }, e.prototype.render = function (t, r, o, n) { if (i.prototype.render.apply(this, arguments), Kt(this, "_dispatchZoomAction", t.get("throttle"), "fixRate"), this._orient = t.getOrient(), t.get("show") === !1) {
    this.group.removeAll();
    return;
} if (t.noTarget()) {
    this._clear(), this.group.removeAll();
    return;
} (!n || n.type !== "dataZoom" || n.from !== this.uid) && this._buildView(), this._updateView(); }, e.prototype.dispose = function () { this._clear(), i.prototype.dispose.apply(this, arguments); }, e.prototype._clear = function () { _e(this, "_dispatchZoomAction"); var t = this.api.getZr(); t.off("mousemove", this._onBrush), t.off("mouseup", this._onBrushEnd); }, e.prototype._buildView = function () { var t = this.group; t.removeAll(), this._brushing = !1, this._displayables.brushRect = null, this._resetLocation(), this._resetInterval(); var r = this._displayables.sliderGroup = new tt; this._renderBackground(), this._renderHandle(), this._renderDataShadow(), t.add(r), this._positionGroup(); }, e.prototype._resetLocation = function () { var t = this.dataZoomModel, r = this.api, o = t.get("brushSelect"), n = o ? Xm : 0, a = mt(t, r).refContainer, s = this._findCoordRect(), l = t.get("defaultLocationEdgeGap", !0) || 0, u = this._orient === Er ? { right: a.width - s.x - s.width, top: a.height - Kn - l - n, width: s.width, height: Kn } : { right: l, top: s.y, width: Kn, height: s.height }, p = Ge(t.option); S(["right", "top", "width", "height"], function (f) { p[f] === "ph" && (p[f] = u[f]); }); var c = ut(p, a); this._location = { x: c.x, y: c.y }, this._size = [c.width, c.height], this._orient === hc && this._size.reverse(); }, e.prototype._positionGroup = function () { var t = this.group, r = this._location, o = this._orient, n = this.dataZoomModel.getFirstTargetAxisModel(), a = n && n.get("inverse"), s = this._displayables.sliderGroup, l = (this._dataShadowInfo || {}).otherAxisInverse; s.attr(o === Er && !a ? { scaleY: l ? 1 : -1, scaleX: 1 } : o === Er && a ? { scaleY: l ? 1 : -1, scaleX: -1 } : o === hc && !a ? { scaleY: l ? -1 : 1, scaleX: 1, rotation: Math.PI / 2 } : { scaleY: l ? -1 : 1, scaleX: -1, rotation: Math.PI / 2 }); var u = t.getBoundingRect([s]), p = isNaN(u.x) ? 0 : u.x, c = isNaN(u.y) ? 0 : u.y; t.x = r.x - p, t.y = r.y - c, t.markRedraw(); }, e.prototype._getViewExtent = function () { return [0, this._size[0]]; }, e.prototype._renderBackground = function () { var t = this.dataZoomModel, r = this._size, o = this._displayables.sliderGroup, n = t.get("brushSelect"); o.add(new Rr({ silent: !0, shape: { x: 0, y: 0, width: r[0], height: r[1] }, style: { fill: t.get("backgroundColor") }, z2: -40 })); var a = new Rr({ shape: { x: 0, y: 0, width: r[0], height: r[1] }, style: { fill: "transparent" }, z2: 0, onclick: z(this._onClickPanel, this) }), s = this.api.getZr(); n ? (a.on("mousedown", this._onBrushStart, this), a.cursor = "crosshair", s.on("mousemove", this._onBrush), s.on("mouseup", this._onBrushEnd)) : (s.off("mousemove", this._onBrush), s.off("mouseup", this._onBrushEnd)), o.add(a); }, e.prototype._renderDataShadow = function () { var t = this._dataShadowInfo = this._prepareDataShadowInfo(); if (this._displayables.dataShadowSegs = [], !t)
    return; var r = this._size, o = this._shadowSize || [], n = t.series, a = n.getRawData(), s = n.getShadowDim && n.getShadowDim(), l = s && a.getDimensionInfo(s) ? n.getShadowDim() : t.otherDim; if (l == null)
    return; var u = this._shadowPolygonPts, p = this._shadowPolylinePts; if (a !== this._shadowData || l !== this._shadowDim || r[0] !== o[0] || r[1] !== o[1]) {
    var c = a.getDataExtent(t.thisDim), f = a.getDataExtent(l), h = (f[1] - f[0]) * .3;
    f = [f[0] - h, f[1] + h];
    var d = [0, r[1]], v = [0, r[0]], m = [[r[0], 0], [0, 0]], g = [], y = v[1] / Math.max(1, a.count() - 1), x = r[0] / (c[1] - c[0]), _ = t.thisAxis.type === "time", b = -y, w = Math.round(a.count() / r[0]), C;
    a.each([t.thisDim, l], function (W, O, E) { if (w > 0 && E % w) {
        _ || (b += y);
        return;
    } b = _ ? (+W - c[0]) * x : b + y; var j = O == null || isNaN(O) || O === "", rt = j ? 0 : st(O, f, d, !0); j && !C && E ? (m.push([m[m.length - 1][0], 0]), g.push([g[g.length - 1][0], 0])) : !j && C && (m.push([b, 0]), g.push([b, 0])), j || (m.push([b, rt]), g.push([b, rt])), C = j; }), u = this._shadowPolygonPts = m, p = this._shadowPolylinePts = g;
} this._shadowData = a, this._shadowDim = l, this._shadowSize = [r[0], r[1]]; var A = this.dataZoomModel; function M(W) { var O = A.getModel(W ? "selectedDataBackground" : "dataBackground"), E = new tt, j = new xe({ shape: { points: u }, segmentIgnoreThreshold: 1, style: O.getModel("areaStyle").getAreaStyle(), silent: !0, z2: -20 }), rt = new qr({ shape: { points: p }, segmentIgnoreThreshold: 1, style: O.getModel("lineStyle").getLineStyle(), silent: !0, z2: -19 }); return E.add(j), E.add(rt), E; } for (var L = 0; L < 3; L++) {
    var I = M(L === 1);
    this._displayables.sliderGroup.add(I), this._displayables.dataShadowSegs.push(I);
} }, e.prototype._prepareDataShadowInfo = function () { var t = this.dataZoomModel, r = t.get("showDataShadow"); if (r !== !1) {
    var o, n = this.ecModel;
    return t.eachTargetAxis(function (a, s) { var l = t.getAxisProxy(a, s).getTargetSeriesModels(); S(l, function (u) { if (!o && !(r !== !0 && at(qm, u.get("type")) < 0)) {
        var p = n.getComponent(Vt(a), s).axis, c = Jm(a), f, h = u.coordinateSystem;
        c != null && h.getOtherAxis && (f = h.getOtherAxis(p).inverse), c = u.getData().mapDimension(c);
        var d = u.getData().mapDimension(a);
        o = { thisAxis: p, series: u, thisDim: d, otherDim: c, otherAxisInverse: f };
    } }, this); }, this), o;
} }, e.prototype._renderHandle = function () { var t = this.group, r = this._displayables, o = r.handles = [null, null], n = r.handleLabels = [null, null], a = this._displayables.sliderGroup, s = this._size, l = this.dataZoomModel, u = this.api, p = l.get("borderRadius") || 0, c = l.get("brushSelect"), f = r.filler = new Rr({ silent: c, style: { fill: l.get("fillerColor") }, textConfig: { position: "inside" } }); a.add(f), a.add(new Rr({ silent: !0, subPixelOptimize: !0, shape: { x: 0, y: 0, width: s[0], height: s[1], r: p }, style: { stroke: l.get("dataBackgroundColor") || l.get("borderColor"), lineWidth: Ym, fill: T.color.transparent } })), S([0, 1], function (x) { var _ = l.get("handleIcon"); !cs[_] && _.indexOf("path://") < 0 && _.indexOf("image://") < 0 && (_ = "path://" + _); var b = Ot(_, -1, 0, 2, 2, null, !0); b.attr({ cursor: Qm(this._orient), draggable: !0, drift: z(this._onDragMove, this, x), ondragend: z(this._onDragEnd, this), onmouseover: z(this._onOverDataInfoTriggerArea, this, !0), onmouseout: z(this._onOverDataInfoTriggerArea, this, !1), z2: 5 }); var w = b.getBoundingRect(), C = l.get("handleSize"); this._handleHeight = $(C, this._size[1]), this._handleWidth = w.width / w.height * this._handleHeight, b.setStyle(l.getModel("handleStyle").getItemStyle()), b.style.strokeNoScale = !0, b.rectHover = !0, b.ensureState("emphasis").style = l.getModel(["emphasis", "handleStyle"]).getItemStyle(), Jt(b); var A = l.get("handleColor"); A != null && (b.style.fill = A), a.add(o[x] = b); var M = l.getModel("textStyle"), L = l.get("handleLabel") || {}, I = L.show || !1; t.add(n[x] = new G({ silent: !0, invisible: !I, style: ot(M, { x: 0, y: 0, text: "", verticalAlign: "middle", align: "center", fill: M.getTextColor(), font: M.getFont() }), z2: 10 })); }, this); var h = f; if (c) {
    var d = $(l.get("moveHandleSize"), s[1]), v = r.moveHandle = new et({ style: l.getModel("moveHandleStyle").getItemStyle(), silent: !0, shape: { r: [0, 0, 2, 2], y: s[1] - .5, height: d } }), m = d * .8, g = r.moveHandleIcon = Ot(l.get("moveHandleIcon"), -m / 2, -m / 2, m, m, T.color.neutral00, !0);
    g.silent = !0, g.y = s[1] + d / 2 - .5, v.ensureState("emphasis").style = l.getModel(["emphasis", "moveHandleStyle"]).getItemStyle();
    var y = Math.min(s[1] / 2, Math.max(d, 10));
    h = r.moveZone = new et({ invisible: !0, shape: { y: s[1] - y, height: d + y } }), h.on("mouseover", function () { u.enterEmphasis(v); }).on("mouseout", function () { u.leaveEmphasis(v); }), a.add(v), a.add(g), a.add(h);
} h.attr({ draggable: !0, cursor: "grab", drift: z(this._onActualMoveZoneDrift, this), ondragstart: z(this._onActualMoveZoneDragStart, this), ondragend: z(this._onActualMoveZoneDragEnd, this), onmouseover: z(this._onOverDataInfoTriggerArea, this, !0), onmouseout: z(this._onOverDataInfoTriggerArea, this, !1) }); }, e.prototype._resetInterval = function () { var t = this._range = this.dataZoomModel.getPercentRange(), r = this._getViewExtent(); this._handleEnds = [st(t[0], [0, 100], r, !0), st(t[1], [0, 100], r, !0)]; }, e.prototype._updateInterval = function (t, r) { var o = this.dataZoomModel, n = this._handleEnds, a = this._getViewExtent(), s = o.findRepresentativeAxisProxy().getMinMaxSpan(), l = [0, 100]; Rt(r, n, a, o.get("zoomLock") ? "all" : t, s.minSpan != null ? st(s.minSpan, l, a, !0) : null, s.maxSpan != null ? st(s.maxSpan, l, a, !0) : null); var u = this._range, p = this._range = gt([st(n[0], a, l, !0), st(n[1], a, l, !0)]); return !u || u[0] !== p[0] || u[1] !== p[1]; }, e.prototype._updateView = function (t) { var r = this._displayables, o = this._handleEnds, n = gt(o.slice()), a = this._size; S([0, 1], function (h) { var d = r.handles[h], v = this._handleHeight; d.attr({ scaleX: v / 2, scaleY: v / 2, x: o[h] + (h ? -1 : 1), y: a[1] / 2 - v / 2 }); }, this), r.filler.setShape({ x: n[0], y: 0, width: n[1] - n[0], height: a[1] }); var s = { x: n[0], width: n[1] - n[0] }; r.moveHandle && (r.moveHandle.setShape(s), r.moveZone.setShape(s), r.moveZone.getBoundingRect(), r.moveHandleIcon && r.moveHandleIcon.attr("x", s.x + s.width / 2)); for (var l = r.dataShadowSegs, u = [0, n[0], n[1], a[0]], p = 0; p < l.length; p++) {
    var c = l[p], f = c.getClipPath();
    f || (f = new et, c.setClipPath(f)), f.setShape({ x: u[p], y: 0, width: u[p + 1] - u[p], height: a[1] });
} this._updateDataInfo(t); }, e.prototype._updateDataInfo = function (t) { var r = this.dataZoomModel, o = this._displayables, n = o.handleLabels, a = this._orient, s = ["", ""]; if (r.get("showDetail")) {
    var l = r.findRepresentativeAxisProxy(), u = l.getAxisModel().axis.scale;
    if (l) {
        var p = this._range, c;
        if (t) {
            var f = { start: p[0], end: p[1] }, h = Fi(r, l);
            if (h) {
                var d = h.calculateDataWindow(f).percentInverted;
                f = { start: d[0], end: d[1] };
            }
            c = l.calculateDataWindow(f);
        }
        else
            c = l.getWindow();
        s = [dc(r, 0, c, u), dc(r, 1, c, u)];
    }
} var v = gt(this._handleEnds.slice()); m.call(this, 0), m.call(this, 1); function m(g) { var y = Ee(o.handles[g].parent, this.group), x = jr(g === 0 ? "right" : "left", y), _ = this._handleWidth / 2 + Km, b = Mt([v[g] + (g === 0 ? -_ : _), this._size[1] / 2], y); n[g].setStyle({ x: b[0], y: b[1], verticalAlign: a === Er ? "middle" : x, align: a === Er ? x : "center", text: s[g] }); } }, e.prototype._onOverDataInfoTriggerArea = function (t) { this._isOverDataInfoTriggerArea = t, this._showDataInfo(t); }, e.prototype._showDataInfo = function (t) { var r = this.dataZoomModel.get("handleLabel") || {}, o = r.show || !1, n = this.dataZoomModel.getModel(["emphasis", "handleLabel"]), a = n.get("show") || !1, s = t || this._dragging ? a : o, l = this._displayables, u = l.handleLabels; u[0].attr("invisible", !s), u[1].attr("invisible", !s), l.moveHandle && this.api[s ? "enterEmphasis" : "leaveEmphasis"](l.moveHandle, 1); }, e.prototype._onActualMoveZoneDrift = function (t, r, o) { this.api.getZr().setCursorStyle("grabbing"), this._onDragMove("all", t, r, o); }, e.prototype._onActualMoveZoneDragStart = function (t) { t.target.attr("cursor", "grabbing"), this._showDataInfo(!0); }, e.prototype._onActualMoveZoneDragEnd = function (t) { t.target.attr("cursor", "grab"), this._onDragEnd(); }, e.prototype._onDragMove = function (t, r, o, n) { this._dragging = !0, $t(n.event); var a = this._displayables.sliderGroup.getLocalTransform(), s = Mt([r, o], a, !0), l = this._updateInterval(t, s[0]), u = this.dataZoomModel.get("realtime"); this._updateView(!u), l && u && this._dispatchZoomAction(!0); }, e.prototype._onDragEnd = function () { this._dragging = !1, this._isOverDataInfoTriggerArea || this._showDataInfo(!1); var t = this.dataZoomModel.get("realtime"); !t && this._dispatchZoomAction(!1); }, e.prototype._onClickPanel = function (t) { var r = this._size, o = this._displayables.sliderGroup.transformCoordToLocal(t.offsetX, t.offsetY); if (!(o[0] < 0 || o[0] > r[0] || o[1] < 0 || o[1] > r[1])) {
    var n = this._handleEnds, a = (n[0] + n[1]) / 2, s = this._updateInterval("all", o[0] - a);
    this._updateView(), s && this._dispatchZoomAction(!1);
} }, e.prototype._onBrushStart = function (t) { var r = t.offsetX, o = t.offsetY; this._brushStart = new bt(r, o), this._brushing = !0, this._brushStartTime = +new Date; }, e.prototype._onBrushEnd = function (t) { if (this._brushing) {
    var r = this._displayables.brushRect;
    if (this._brushing = !1, !!r) {
        r.attr("ignore", !0);
        var o = r.shape, n = +new Date;
        if (!(n - this._brushStartTime < 200 && Math.abs(o.width) < 5)) {
            var a = this._getViewExtent(), s = [0, 100], l = this._handleEnds = [o.x, o.x + o.width], u = this.dataZoomModel.findRepresentativeAxisProxy().getMinMaxSpan();
            Rt(0, l, a, 0, u.minSpan != null ? st(u.minSpan, s, a, !0) : null, u.maxSpan != null ? st(u.maxSpan, s, a, !0) : null), this._range = gt([st(l[0], a, s, !0), st(l[1], a, s, !0)]), this._updateView(), this._dispatchZoomAction(!1);
        }
    }
} }, e.prototype._onBrush = function (t) { this._brushing && ($t(t.event), this._updateBrushRect(t.offsetX, t.offsetY)); }, e.prototype._updateBrushRect = function (t, r) { var o = this._displayables, n = this.dataZoomModel, a = o.brushRect; a || (a = o.brushRect = new Rr({ silent: !0, style: n.getModel("brushStyle").getItemStyle() }), o.sliderGroup.add(a)), a.attr("ignore", !1); var s = this._brushStart, l = this._displayables.sliderGroup, u = l.transformCoordToLocal(t, r), p = l.transformCoordToLocal(s.x, s.y), c = this._size; u[0] = Math.max(Math.min(c[0], u[0]), 0), a.setShape({ x: p[0], y: 0, width: u[0] - p[0], height: c[1] }); }, e.prototype._dispatchZoomAction = function (t) { var r = this._range; this.api.dispatchAction({ type: "dataZoom", from: this.uid, dataZoomId: this.dataZoomModel.id, animation: t ? jm : null, start: r[0], end: r[1] }); }, e.prototype._findCoordRect = function () { var t, r = Gi(this.dataZoomModel).infoList; if (!t && r.length) {
    var o = r[0].model.coordinateSystem;
    t = o.getRect && o.getRect();
} if (!t) {
    var n = this.api.getWidth(), a = this.api.getHeight();
    t = { x: n * .2, y: a * .2, width: n * .6, height: a * .6 };
} return t; }, e.type = "dataZoom.slider", e; })(ir);
function dc(i, e, t, r) { var o = i.get("labelFormatter"), n = i.get("labelPrecision"); (n == null || n === "auto") && (n = t.valuePrecision); var a = t.value[e], s = a == null || isNaN(a) ? "" : pi(r) || ui(r) ? r.getLabel({ value: Math.round(a) }) : isFinite(n) ? me(a, n, !0) : a + ""; return H(o) ? o(a, s) : R(o) ? o.replace("{value}", s) : s; }
function Jm(i) { var e = { x: "y", y: "x", radius: "angle", angle: "radius" }; return e[i]; }
function Qm(i) { return i === "vertical" ? "ns-resize" : "ew-resize"; }
var vc = $m;
function qn(i) { i.registerComponentModel(fc), i.registerComponentView(vc), Me(i); }
function tg(i) { ct(Xn), ct(qn); }
import { __extends as ug } from "tslib";
import { __extends as ig } from "tslib";
var eg = { get: function (i, e, t) { var r = V((rg[i] || {})[e]); return t && D(r) ? r[r.length - 1] : r; } }, rg = { color: { active: ["#006edd", "#e0ffff"], inactive: [T.color.transparent] }, colorHue: { active: [0, 360], inactive: [0, 0] }, colorSaturation: { active: [.3, 1], inactive: [0, 0] }, colorLightness: { active: [.9, .5], inactive: [0, 0] }, colorAlpha: { active: [.3, 1], inactive: [0, 0] }, opacity: { active: [.3, 1], inactive: [0, 0] }, symbol: { active: ["circle", "roundRect", "diamond"], inactive: ["none"] }, symbolSize: { active: [10, 50], inactive: [0, 0] } }, lo = eg;
var mc = vt.mapVisual, og = vt.eachVisual, ng = D, jn = S, ag = gt, sg = st, lg = (function (i) { ig(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.stateList = ["inRange", "outOfRange"], t.replacableOptionKeys = ["inRange", "outOfRange", "target", "controller", "color"], t.layoutMode = { type: "box", ignoreSize: !0 }, t.dataBound = [-1 / 0, 1 / 0], t.targetVisuals = {}, t.controllerVisuals = {}, t; } return e.prototype.init = function (t, r, o) { this.mergeDefaultAndTheme(t, o); }, e.prototype.optionUpdated = function (t, r) { var o = this.option; !r && qi(o, t, this.replacableOptionKeys), this.textStyleModel = this.getModel("textStyle"), this.resetItemSize(), this.completeVisualOption(); }, e.prototype.resetVisual = function (t) { var r = this.stateList; t = z(t, this), this.controllerVisuals = Ir(this.option.controller, r, t), this.targetVisuals = Ir(this.option.target, r, t); }, e.prototype.getItemSymbol = function () { return null; }, e.prototype.getTargetSeriesIndices = function () { var t = this, r = this.option.seriesTargets; if (r) {
    var o = [];
    return jn(r, function (l) { if (l.seriesIndex != null)
        o.push(l.seriesIndex);
    else if (l.seriesId != null) {
        var u;
        t.ecModel.eachSeries(function (p) { p.id === l.seriesId && (u = p); }), u && o.push(u.componentIndex);
    } }), o;
} var n = this.option.seriesId, a = this.option.seriesIndex; a == null && n == null && (a = "all"); var s = Fr(this.ecModel, "series", { index: a, id: n }, { useDefault: !1, enableAll: !0, enableNone: !1 }).models; return k(s, function (l) { return l.componentIndex; }); }, e.prototype.eachTargetSeries = function (t, r) { S(this.getTargetSeriesIndices(), function (o) { var n = this.ecModel.getSeriesByIndex(o); n && t.call(r, n); }, this); }, e.prototype.isTargetSeries = function (t) { var r = !1; return this.eachTargetSeries(function (o) { o === t && (r = !0); }), r; }, e.prototype.formatValueText = function (t, r, o) { var n = this.option, a = n.precision, s = this.dataBound, l = n.formatter, u; o = o || ["<", ">"], D(t) && (t = t.slice(), u = !0); var p = r ? t : u ? [c(t[0]), c(t[1])] : c(t); if (R(l))
    return l.replace("{value}", u ? p[0] : p).replace("{value2}", u ? p[1] : p); if (H(l))
    return u ? l(t[0], t[1]) : l(t); if (u)
    return t[0] === s[0] ? o[0] + " " + p[1] : t[1] === s[1] ? o[1] + " " + p[0] : p[0] + " - " + p[1]; return p; function c(f) { return f === s[0] ? "min" : f === s[1] ? "max" : (+f).toFixed(Math.min(a, 20)); } }, e.prototype.resetExtent = function () { var t = this.option, r = ag([t.min, t.max]); this._dataExtent = r; }, e.prototype.getDimension = function (t) { var r = this, o = this.option.seriesTargets; if (o) {
    var n = sa(o, function (a) { return a.seriesIndex != null && a.seriesIndex === t || a.seriesId != null && a.seriesId === r.ecModel.getSeriesByIndex(t).id; });
    if (n)
        return n.dimension;
} return this.option.dimension; }, e.prototype.getDataDimensionIndex = function (t) { var r = t.hostModel.seriesIndex, o = this.getDimension(r); if (o != null)
    return t.getDimensionIndex(o); for (var n = t.dimensions, a = n.length - 1; a >= 0; a--) {
    var s = n[a], l = t.getDimensionInfo(s);
    if (!l.isCalculationCoord)
        return l.storeDimIndex;
} }, e.prototype.getExtent = function () { return this._dataExtent.slice(); }, e.prototype.completeVisualOption = function () { var t = this.ecModel, r = this.option, o = { inRange: r.inRange, outOfRange: r.outOfRange }, n = r.target || (r.target = {}), a = r.controller || (r.controller = {}); Q(n, o), Q(a, o); var s = this.isCategory(); l.call(this, n), l.call(this, a), u.call(this, n, "inRange", "outOfRange"), p.call(this, a); function l(c) { ng(r.color) && !c.inRange && (c.inRange = { color: r.color.slice().reverse() }), c.inRange = c.inRange || { color: t.get("gradientColor") }; } function u(c, f, h) { var d = c[f], v = c[h]; d && !v && (v = c[h] = {}, jn(d, function (m, g) { if (vt.isValidType(g)) {
    var y = lo.get(g, "inactive", s);
    y != null && (v[g] = y, g === "color" && !v.hasOwnProperty("opacity") && !v.hasOwnProperty("colorAlpha") && (v.opacity = [0, 0]));
} })); } function p(c) { var f = (c.inRange || {}).symbol || (c.outOfRange || {}).symbol, h = (c.inRange || {}).symbolSize || (c.outOfRange || {}).symbolSize, d = this.get("inactiveColor"), v = this.getItemSymbol(), m = v || "roundRect"; jn(this.stateList, function (g) { var y = this.itemSize, x = c[g]; x || (x = c[g] = { color: s ? d : [d] }), x.symbol == null && (x.symbol = f && V(f) || (s ? m : [m])), x.symbolSize == null && (x.symbolSize = h && V(h) || (s ? y[0] : [y[0], y[0]])), x.symbol = mc(x.symbol, function (w) { return w === "none" ? m : w; }); var _ = x.symbolSize; if (_ != null) {
    var b = -1 / 0;
    og(_, function (w) { w > b && (b = w); }), x.symbolSize = mc(_, function (w) { return sg(w, [0, b], [0, y[0]], !0); });
} }, this); } }, e.prototype.resetItemSize = function () { this.itemSize = [parseFloat(this.get("itemWidth")), parseFloat(this.get("itemHeight"))]; }, e.prototype.isCategory = function () { return !!this.option.categories; }, e.prototype.setSelected = function (t) { }, e.prototype.getSelected = function () { return null; }, e.prototype.getValueState = function (t) { return null; }, e.prototype.getVisualMeta = function (t) { return null; }, e.type = "visualMap", e.dependencies = ["series"], e.defaultOption = { show: !0, z: 4, min: 0, max: 200, left: 0, right: null, top: null, bottom: 0, itemWidth: null, itemHeight: null, inverse: !1, orient: "vertical", backgroundColor: T.color.transparent, borderColor: T.color.borderTint, contentColor: T.color.theme[0], inactiveColor: T.color.disabled, borderWidth: 0, padding: T.size.m, textGap: 10, precision: 0, textStyle: { color: T.color.secondary } }, e; })(F), sr = lg;
var gc = [20, 140], pg = (function (i) { ug(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.optionUpdated = function (t, r) { i.prototype.optionUpdated.apply(this, arguments), this.resetExtent(), this.resetVisual(function (o) { o.mappingMethod = "linear", o.dataExtent = this.getExtent(); }), this._resetRange(); }, e.prototype.resetItemSize = function () { i.prototype.resetItemSize.apply(this, arguments); var t = this.itemSize; (t[0] == null || isNaN(t[0])) && (t[0] = gc[0]), (t[1] == null || isNaN(t[1])) && (t[1] = gc[1]); }, e.prototype._resetRange = function () { var t = this.getExtent(), r = this.option.range; !r || r.auto ? (t.auto = 1, this.option.range = t) : D(r) && (r[0] > r[1] && r.reverse(), r[0] = Math.max(r[0], t[0]), r[1] = Math.min(r[1], t[1])); }, e.prototype.completeVisualOption = function () { i.prototype.completeVisualOption.apply(this, arguments), S(this.stateList, function (t) { var r = this.option.controller[t].symbolSize; r && r[0] !== r[1] && (r[0] = r[1] / 3); }, this); }, e.prototype.setSelected = function (t) { this.option.range = t.slice(), this._resetRange(); }, e.prototype.getSelected = function () { var t = this.getExtent(), r = gt((this.get("range") || []).slice()); return r[0] > t[1] && (r[0] = t[1]), r[1] > t[1] && (r[1] = t[1]), r[0] < t[0] && (r[0] = t[0]), r[1] < t[0] && (r[1] = t[0]), r; }, e.prototype.getValueState = function (t) { var r = this.option.range, o = this.getExtent(), n = Z(this.option.unboundedRange, !0); return (n && r[0] <= o[0] || r[0] <= t) && (n && r[1] >= o[1] || t <= r[1]) ? "inRange" : "outOfRange"; }, e.prototype.findTargetDataIndices = function (t) { var r = []; return this.eachTargetSeries(function (o) { var n = [], a = o.getData(); a.each(this.getDataDimensionIndex(a), function (s, l) { t[0] <= s && s <= t[1] && n.push(l); }, this), r.push({ seriesId: o.id, dataIndex: n }); }, this), r; }, e.prototype.getVisualMeta = function (t) { var r = yc(this, "outOfRange", this.getExtent()), o = yc(this, "inRange", this.option.range.slice()), n = []; function a(h, d) { n.push({ value: h, color: t(h, d) }); } for (var s = 0, l = 0, u = o.length, p = r.length; l < p && (!o.length || r[l] <= o[0]); l++)
    r[l] < o[s] && a(r[l], "outOfRange"); for (var c = 1; s < u; s++, c = 0)
    c && n.length && a(o[s], "outOfRange"), a(o[s], "inRange"); for (var c = 1; l < p; l++)
    (!o.length || o[o.length - 1] < r[l]) && (c && (n.length && a(n[n.length - 1].value, "outOfRange"), c = 0), a(r[l], "outOfRange")); var f = n.length; return { stops: n, outerColors: [f ? n[0].color : "transparent", f ? n[f - 1].color : "transparent"] }; }, e.type = "visualMap.continuous", e.defaultOption = zt(sr.defaultOption, { align: "auto", calculable: !1, hoverLink: !0, realtime: !0, handleIcon: "path://M-11.39,9.77h0a3.5,3.5,0,0,1-3.5,3.5h-22a3.5,3.5,0,0,1-3.5-3.5h0a3.5,3.5,0,0,1,3.5-3.5h22A3.5,3.5,0,0,1-11.39,9.77Z", handleSize: "120%", handleStyle: { borderColor: T.color.neutral00, borderWidth: 1 }, indicatorIcon: "circle", indicatorSize: "50%", indicatorStyle: { borderColor: T.color.neutral00, borderWidth: 2, shadowBlur: 2, shadowOffsetX: 1, shadowOffsetY: 1, shadowColor: T.color.shadow } }), e; })(sr);
function yc(i, e, t) { if (t[0] === t[1])
    return t.slice(); for (var r = 200, o = (t[1] - t[0]) / r, n = t[0], a = [], s = 0; s <= r && n < t[1]; s++)
    a.push(n), n += o; return a.push(t[1]), a; }
var xc = pg;
import { __extends as hg } from "tslib";
import { __extends as cg } from "tslib";
var fg = (function (i) { cg(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.autoPositionValues = { left: 1, right: 1, top: 1, bottom: 1 }, t; } return e.prototype.init = function (t, r) { this.ecModel = t, this.api = r; }, e.prototype.render = function (t, r, o, n) { if (this.visualMapModel = t, t.get("show") === !1) {
    this.group.removeAll();
    return;
} this.doRender(t, r, o, n); }, e.prototype.renderBackground = function (t) { var r = this.visualMapModel, o = ae(r.get("padding") || 0), n = t.getBoundingRect(); t.add(new et({ z2: -1, silent: !0, shape: { x: n.x - o[3], y: n.y - o[0], width: n.width + o[3] + o[1], height: n.height + o[0] + o[2] }, style: { fill: r.get("backgroundColor"), stroke: r.get("borderColor"), lineWidth: r.get("borderWidth") } })); }, e.prototype.getControllerVisual = function (t, r, o) { o = o || {}; var n = o.forceState, a = this.visualMapModel, s = {}; if (r === "color") {
    var l = a.get("contentColor");
    s.color = l;
} function u(h) { return s[h]; } function p(h, d) { s[h] = d; } var c = a.controllerVisuals[n || a.getValueState(t)], f = vt.prepareVisualTypes(c); return S(f, function (h) { var d = c[h]; o.convertOpacityToAlpha && h === "opacity" && (h = "colorAlpha", d = c.__alphaForOpacity), vt.dependsOn(h, r) && d && d.applyVisual(t, u, p); }), s[r]; }, e.prototype.positionGroup = function (t) { var r = this.visualMapModel, o = this.api, n = mt(r, o).refContainer; Be(t, r.getBoxLayoutParams(), n); }, e.prototype.doRender = function (t, r, o, n) { }, e.type = "visualMap", e; })(Y), uo = fg;
var _c = [["left", "right", "width"], ["top", "bottom", "height"]];
function po(i, e, t) { var r = i.option, o = r.align; if (o != null && o !== "auto")
    return o; for (var n = { width: e.getWidth(), height: e.getHeight() }, a = r.orient === "horizontal" ? 1 : 0, s = _c[a], l = [0, null, 10], u = {}, p = 0; p < 3; p++)
    u[_c[1 - a][p]] = l[p], u[s[p]] = p === 2 ? t[0] : r[s[p]]; var c = [["x", "width", 3], ["y", "height", 0]][a], f = ut(u, n, r.padding); return s[(f.margin[c[2]] || 0) + f[c[0]] + f[c[1]] * .5 < n[c[1]] * .5 ? 0 : 1]; }
function lr(i, e) { return S(i || [], function (t) { t.dataIndex != null && (t.dataIndexInside = t.dataIndex, t.dataIndex = null), t.highlightKey = "visualMap" + (e ? e.componentIndex : ""); }), i; }
var jt = st, dg = S, bc = Math.min, $n = Math.max, vg = 12, mg = 6, gg = (function (i) { hg(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t._shapes = {}, t._dataInterval = [], t._handleEnds = [], t._hoverLinkDataIndices = [], t; } return e.prototype.init = function (t, r) { i.prototype.init.call(this, t, r), this._hoverLinkFromSeriesMouseOver = z(this._hoverLinkFromSeriesMouseOver, this), this._hideIndicator = z(this._hideIndicator, this); }, e.prototype.doRender = function (t, r, o, n) { (!n || n.type !== "selectDataRange" || n.from !== this.uid) && this._buildView(); }, e.prototype._buildView = function () { this.group.removeAll(); var t = this.visualMapModel, r = this.group; this._orient = t.get("orient"), this._useHandle = t.get("calculable"), this._resetInterval(), this._renderBar(r); var o = t.get("text"); this._renderEndsText(r, o, 0), this._renderEndsText(r, o, 1), this._updateView(!0), this.renderBackground(r), this._updateView(), this._enableHoverLinkToSeries(), this._enableHoverLinkFromSeries(), this.positionGroup(r); }, e.prototype._renderEndsText = function (t, r, o) { if (r) {
    var n = r[1 - o];
    n = n != null ? n + "" : "";
    var a = this.visualMapModel, s = a.get("textGap"), l = a.itemSize, u = this._shapes.mainGroup, p = this._applyTransform([l[0] / 2, o === 0 ? -s : l[1] + s], u), c = this._applyTransform(o === 0 ? "bottom" : "top", u), f = this._orient, h = this.visualMapModel.textStyleModel;
    this.group.add(new G({ style: ot(h, { x: p[0], y: p[1], verticalAlign: h.get("verticalAlign") || (f === "horizontal" ? "middle" : c), align: h.get("align") || (f === "horizontal" ? c : "center"), text: n }) }));
} }, e.prototype._renderBar = function (t) { var r = this.visualMapModel, o = this._shapes, n = r.itemSize, a = this._orient, s = this._useHandle, l = po(r, this.api, n), u = o.mainGroup = this._createBarGroup(l), p = new tt; u.add(p), p.add(o.outOfRange = wc()), p.add(o.inRange = wc(null, s ? Tc(this._orient) : null, z(this._dragHandle, this, "all", !1), z(this._dragHandle, this, "all", !0))), p.setClipPath(new et({ shape: { x: 0, y: 0, width: n[0], height: n[1], r: 3 } })); var c = r.textStyleModel.getTextRect("\u56FD"), f = $n(c.width, c.height); s && (o.handleThumbs = [], o.handleLabels = [], o.handleLabelPoints = [], this._createHandle(r, u, 0, n, f, a), this._createHandle(r, u, 1, n, f, a)), this._createIndicator(r, u, n, f, a), t.add(u); }, e.prototype._createHandle = function (t, r, o, n, a, s) { var l = z(this._dragHandle, this, o, !1), u = z(this._dragHandle, this, o, !0), p = fr(t.get("handleSize"), n[0]), c = Ot(t.get("handleIcon"), -p / 2, -p / 2, p, p, null, !0), f = Tc(this._orient); c.attr({ cursor: f, draggable: !0, drift: l, ondragend: u, onmousemove: function (g) { $t(g.event); } }), c.x = n[0] / 2, c.useStyle(t.getModel("handleStyle").getItemStyle()), c.setStyle({ strokeNoScale: !0, strokeFirst: !0 }), c.style.lineWidth *= 2, c.ensureState("emphasis").style = t.getModel(["emphasis", "handleStyle"]).getItemStyle(), Za(c, !0), r.add(c); var h = this.visualMapModel.textStyleModel, d = new G({ cursor: f, draggable: !0, drift: l, onmousemove: function (g) { $t(g.event); }, ondragend: u, style: ot(h, { x: 0, y: 0, text: "" }) }); d.ensureState("blur").style = { opacity: .1 }, d.stateTransition = { duration: 200 }, this.group.add(d); var v = [p, 0], m = this._shapes; m.handleThumbs[o] = c, m.handleLabelPoints[o] = v, m.handleLabels[o] = d; }, e.prototype._createIndicator = function (t, r, o, n, a) { var s = fr(t.get("indicatorSize"), o[0]), l = Ot(t.get("indicatorIcon"), -s / 2, -s / 2, s, s, null, !0); l.attr({ cursor: "move", invisible: !0, silent: !0, x: o[0] / 2 }); var u = t.getModel("indicatorStyle").getItemStyle(); if (l instanceof Xr) {
    var p = l.style;
    l.useStyle(U({ image: p.image, x: p.x, y: p.y, width: p.width, height: p.height }, u));
}
else
    l.useStyle(u); r.add(l); var c = this.visualMapModel.textStyleModel, f = new G({ silent: !0, invisible: !0, style: ot(c, { x: 0, y: 0, text: "" }) }); this.group.add(f); var h = [(a === "horizontal" ? n / 2 : mg) + o[0] / 2, 0], d = this._shapes; d.indicator = l, d.indicatorLabel = f, d.indicatorLabelPoint = h, this._firstShowIndicator = !0; }, e.prototype._dragHandle = function (t, r, o, n) { if (this._useHandle) {
    if (this._dragging = !r, !r) {
        var a = this._applyTransform([o, n], this._shapes.mainGroup, !0);
        this._updateInterval(t, a[1]), this._hideIndicator(), this._updateView();
    }
    r === !this.visualMapModel.get("realtime") && this.api.dispatchAction({ type: "selectDataRange", from: this.uid, visualMapId: this.visualMapModel.id, selected: this._dataInterval.slice() }), r ? !this._hovering && this._clearHoverLinkToSeries() : Cc(this.visualMapModel) && this._doHoverLinkToSeries(this._handleEnds[t], !1);
} }, e.prototype._resetInterval = function () { var t = this.visualMapModel, r = this._dataInterval = t.getSelected(), o = t.getExtent(), n = [0, t.itemSize[1]]; this._handleEnds = [jt(r[0], o, n, !0), jt(r[1], o, n, !0)]; }, e.prototype._updateInterval = function (t, r) { r = r || 0; var o = this.visualMapModel, n = this._handleEnds, a = [0, o.itemSize[1]]; Rt(r, n, a, t, 0); var s = o.getExtent(); this._dataInterval = [jt(n[0], a, s, !0), jt(n[1], a, s, !0)]; }, e.prototype._updateView = function (t) { var r = this.visualMapModel, o = r.getExtent(), n = this._shapes, a = [0, r.itemSize[1]], s = t ? a : this._handleEnds, l = this._createBarVisual(this._dataInterval, o, s, "inRange"), u = this._createBarVisual(o, o, a, "outOfRange"); n.inRange.setStyle({ fill: l.barColor }).setShape("points", l.barPoints), n.outOfRange.setStyle({ fill: u.barColor }).setShape("points", u.barPoints), this._updateHandle(s, l); }, e.prototype._createBarVisual = function (t, r, o, n) { var a = { forceState: n, convertOpacityToAlpha: !0 }, s = this._makeColorGradient(t, a), l = [this.getControllerVisual(t[0], "symbolSize", a), this.getControllerVisual(t[1], "symbolSize", a)], u = this._createBarPoints(o, l); return { barColor: new Xa(0, 0, 0, 1, s), barPoints: u, handlesColor: [s[0].color, s[s.length - 1].color] }; }, e.prototype._makeColorGradient = function (t, r) { var o = 100, n = [], a = (t[1] - t[0]) / o; n.push({ color: this.getControllerVisual(t[0], "color", r), offset: 0 }); for (var s = 1; s < o; s++) {
    var l = t[0] + a * s;
    if (l > t[1])
        break;
    n.push({ color: this.getControllerVisual(l, "color", r), offset: s / o });
} return n.push({ color: this.getControllerVisual(t[1], "color", r), offset: 1 }), n; }, e.prototype._createBarPoints = function (t, r) { var o = this.visualMapModel.itemSize; return [[o[0] - r[0], t[0]], [o[0], t[0]], [o[0], t[1]], [o[0] - r[1], t[1]]]; }, e.prototype._createBarGroup = function (t) { var r = this._orient, o = this.visualMapModel.get("inverse"); return new tt(r === "horizontal" && !o ? { scaleX: t === "bottom" ? 1 : -1, rotation: Math.PI / 2 } : r === "horizontal" && o ? { scaleX: t === "bottom" ? -1 : 1, rotation: -Math.PI / 2 } : r === "vertical" && !o ? { scaleX: t === "left" ? 1 : -1, scaleY: -1 } : { scaleX: t === "left" ? 1 : -1 }); }, e.prototype._updateHandle = function (t, r) { if (this._useHandle) {
    var o = this._shapes, n = this.visualMapModel, a = o.handleThumbs, s = o.handleLabels, l = n.itemSize, u = n.getExtent(), p = this._applyTransform("left", o.mainGroup);
    dg([0, 1], function (c) { var f = a[c]; f.setStyle("fill", r.handlesColor[c]), f.y = t[c]; var h = jt(t[c], [0, l[1]], u, !0), d = this.getControllerVisual(h, "symbolSize"); f.scaleX = f.scaleY = d / l[0], f.x = l[0] - d / 2; var v = Mt(o.handleLabelPoints[c], Ee(f, this.group)); if (this._orient === "horizontal") {
        var m = p === "left" || p === "top" ? (l[0] - d) / 2 : (l[0] - d) / -2;
        v[1] += m;
    } s[c].setStyle({ x: v[0], y: v[1], text: n.formatValueText(this._dataInterval[c]), verticalAlign: "middle", align: this._orient === "vertical" ? this._applyTransform("left", o.mainGroup) : "center" }); }, this);
} }, e.prototype._showIndicator = function (t, r, o, n) { var a = this.visualMapModel, s = a.getExtent(), l = a.itemSize, u = [0, l[1]], p = this._shapes, c = p.indicator; if (c) {
    c.attr("invisible", !1);
    var f = { convertOpacityToAlpha: !0 }, h = this.getControllerVisual(t, "color", f), d = this.getControllerVisual(t, "symbolSize"), v = jt(t, s, u, !0), m = l[0] - d / 2, g = { x: c.x, y: c.y };
    c.y = v, c.x = m;
    var y = Mt(p.indicatorLabelPoint, Ee(c, this.group)), x = p.indicatorLabel;
    x.attr("invisible", !1);
    var _ = this._applyTransform("left", p.mainGroup), b = this._orient, w = b === "horizontal";
    x.setStyle({ text: (o || "") + a.formatValueText(r), verticalAlign: w ? _ : "middle", align: w ? "center" : _ });
    var C = { x: m, y: v, style: { fill: h } }, A = { style: { x: y[0], y: y[1] } };
    if (a.ecModel.isAnimationEnabled() && !this._firstShowIndicator) {
        var M = { duration: 100, easing: "cubicInOut", additive: !0 };
        c.x = g.x, c.y = g.y, c.animateTo(C, M), x.animateTo(A, M);
    }
    else
        c.attr(C), x.attr(A);
    this._firstShowIndicator = !1;
    var L = this._shapes.handleLabels;
    if (L)
        for (var I = 0; I < L.length; I++)
            this.api.enterBlur(L[I]);
} }, e.prototype._enableHoverLinkToSeries = function () { var t = this; this._shapes.mainGroup.on("mousemove", function (r) { if (t._hovering = !0, !t._dragging) {
    var o = t.visualMapModel.itemSize, n = t._applyTransform([r.offsetX, r.offsetY], t._shapes.mainGroup, !0, !0);
    n[1] = bc($n(0, n[1]), o[1]), t._doHoverLinkToSeries(n[1], 0 <= n[0] && n[0] <= o[0]);
} }).on("mouseout", function () { t._hovering = !1, !t._dragging && t._clearHoverLinkToSeries(); }); }, e.prototype._enableHoverLinkFromSeries = function () { var t = this.api.getZr(); this.visualMapModel.option.hoverLink ? (t.on("mouseover", this._hoverLinkFromSeriesMouseOver, this), t.on("mouseout", this._hideIndicator, this)) : this._clearHoverLinkFromSeries(); }, e.prototype._doHoverLinkToSeries = function (t, r) { var o = this.visualMapModel, n = o.itemSize; if (o.option.hoverLink) {
    var a = [0, n[1]], s = o.getExtent();
    t = bc($n(a[0], t), a[1]);
    var l = yg(o, s, a), u = [t - l, t + l], p = jt(t, a, s, !0), c = [jt(u[0], a, s, !0), jt(u[1], a, s, !0)];
    u[0] < a[0] && (c[0] = -1 / 0), u[1] > a[1] && (c[1] = 1 / 0), r && (c[0] === -1 / 0 ? this._showIndicator(p, c[1], "< ", l) : c[1] === 1 / 0 ? this._showIndicator(p, c[0], "> ", l) : this._showIndicator(p, p, "\u2248 ", l));
    var f = this._hoverLinkDataIndices, h = [];
    (r || Cc(o)) && (h = this._hoverLinkDataIndices = o.findTargetDataIndices(c));
    var d = Ia(f, h);
    this._dispatchHighDown("downplay", lr(d[0], o)), this._dispatchHighDown("highlight", lr(d[1], o));
} }, e.prototype._hoverLinkFromSeriesMouseOver = function (t) { var r; if (si(t.target, function (l) { var u = q(l); if (u.dataIndex != null)
    return r = u, !0; }, !0), !!r) {
    var o = this.ecModel.getSeriesByIndex(r.seriesIndex), n = this.visualMapModel;
    if (n.isTargetSeries(o)) {
        var a = o.getData(r.dataType), s = a.getStore().get(n.getDataDimensionIndex(a), r.dataIndex);
        isNaN(s) || this._showIndicator(s, s);
    }
} }, e.prototype._hideIndicator = function () { var t = this._shapes; t.indicator && t.indicator.attr("invisible", !0), t.indicatorLabel && t.indicatorLabel.attr("invisible", !0); var r = this._shapes.handleLabels; if (r)
    for (var o = 0; o < r.length; o++)
        this.api.leaveBlur(r[o]); }, e.prototype._clearHoverLinkToSeries = function () { this._hideIndicator(); var t = this._hoverLinkDataIndices; this._dispatchHighDown("downplay", lr(t, this.visualMapModel)), t.length = 0; }, e.prototype._clearHoverLinkFromSeries = function () { this._hideIndicator(); var t = this.api.getZr(); t.off("mouseover", this._hoverLinkFromSeriesMouseOver), t.off("mouseout", this._hideIndicator); }, e.prototype._applyTransform = function (t, r, o, n) { var a = Ee(r, n ? null : this.group); return D(t) ? Mt(t, a, o) : jr(t, a, o); }, e.prototype._dispatchHighDown = function (t, r) { r && r.length && this.api.dispatchAction({ type: t, batch: r }); }, e.prototype.dispose = function () { this._clearHoverLinkFromSeries(), this._clearHoverLinkToSeries(); }, e.type = "visualMap.continuous", e; })(uo);
function wc(i, e, t, r) { return new xe({ shape: { points: i }, draggable: !!t, cursor: e, drift: t, onmousemove: function (o) { $t(o.event); }, ondragend: r }); }
function yg(i, e, t) { var r = vg / 2, o = i.get("hoverLinkDataSize"); return o && (r = jt(o, e, t, !0) / 2), r; }
function Cc(i) { var e = i.get("hoverLinkOnHandle"); return !!(e ?? i.get("realtime")); }
function Tc(i) { return i === "vertical" ? "ns-resize" : "ew-resize"; }
var Mc = gg;
var Ac = { type: "selectDataRange", event: "dataRangeSelected", update: "update" }, Dc = function (i, e) { e.eachComponent({ mainType: "visualMap", query: i }, function (t) { t.setSelected(i.selected); }); };
var Ic = [{ createOnAllSeries: !0, reset: function (i, e) { var t = []; return e.eachComponent("visualMap", function (r) { var o = i.pipelineContext; !r.isTargetSeries(i) || o && o.large || t.push(vp(r.stateList, r.targetVisuals, z(r.getValueState, r), r.getDataDimensionIndex(i.getData()))); }), t; } }, { createOnAllSeries: !0, reset: function (i, e) { var t = i.getData(), r = []; e.eachComponent("visualMap", function (o) { if (o.isTargetSeries(i)) {
            var n = o.getVisualMeta(z(xg, null, i, o)) || { stops: [], outerColors: [] }, a = o.getDataDimensionIndex(t);
            a >= 0 && (n.dimension = a, r.push(n));
        } }), i.getData().setVisual("visualMeta", r); } }];
function xg(i, e, t, r) { for (var o = e.targetVisuals[r], n = vt.prepareVisualTypes(o), a = { color: le(i.getData(), "color") }, s = 0, l = n.length; s < l; s++) {
    var u = n[s], p = o[u === "opacity" ? "__alphaForOpacity" : u];
    p && p.applyVisual(t, c, f);
} return a.color; function c(h) { return a[h]; } function f(h, d) { a[h] = d; } }
var Lc = S;
function Jn(i) { var e = i && i.visualMap; D(e) || (e = e ? [e] : []), Lc(e, function (t) { if (t) {
    ur(t, "splitList") && !ur(t, "pieces") && (t.pieces = t.splitList, delete t.splitList);
    var r = t.pieces;
    if (r && D(r) && Lc(r, function (n) { it(n) && (ur(n, "start") && !ur(n, "min") && (n.min = n.start), ur(n, "end") && !ur(n, "max") && (n.max = n.end)); }), 0)
        var o;
} }); }
function ur(i, e) { return i && i.hasOwnProperty && i.hasOwnProperty(e); }
var zc = !1;
function Vr(i) { zc || (zc = !0, i.registerSubTypeDefaulter("visualMap", function (e) { return !e.categories && (!(e.pieces ? e.pieces.length > 0 : e.splitNumber > 0) || e.calculable) ? "continuous" : "piecewise"; }), i.registerAction(Ac, Dc), S(Ic, function (e) { i.registerVisual(i.PRIORITY.VISUAL.COMPONENT, e); }), i.registerPreprocessor(Jn)); }
function Qn(i) { i.registerComponentModel(xc), i.registerComponentView(Mc), Vr(i); }
import { __extends as _g } from "tslib";
var Sg = (function (i) { _g(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t._pieceList = [], t; } return e.prototype.optionUpdated = function (t, r) { i.prototype.optionUpdated.apply(this, arguments), this.resetExtent(); var o = this._mode = this._determineMode(); this._pieceList = [], bg[this._mode].call(this, this._pieceList), this._resetSelected(t, r); var n = this.option.categories; this.resetVisual(function (a, s) { o === "categories" ? (a.mappingMethod = "category", a.categories = V(n)) : (a.dataExtent = this.getExtent(), a.mappingMethod = "piecewise", a.pieceList = k(this._pieceList, function (l) { return l = V(l), s !== "inRange" && (l.visual = null), l; })); }); }, e.prototype.completeVisualOption = function () { var t = this.option, r = {}, o = vt.listVisualTypes(), n = this.isCategory(); S(t.pieces, function (s) { S(o, function (l) { s.hasOwnProperty(l) && (r[l] = 1); }); }), S(r, function (s, l) { var u = !1; S(this.stateList, function (p) { u = u || a(t, p, l) || a(t.target, p, l); }, this), !u && S(this.stateList, function (p) { (t[p] || (t[p] = {}))[l] = lo.get(l, p === "inRange" ? "active" : "inactive", n); }); }, this); function a(s, l, u) { return s && s[l] && s[l].hasOwnProperty(u); } i.prototype.completeVisualOption.apply(this, arguments); }, e.prototype._resetSelected = function (t, r) { var o = this.option, n = this._pieceList, a = (r ? o : t).selected || {}; if (o.selected = a, S(n, function (l, u) { var p = this.getSelectedMapKey(l); a.hasOwnProperty(p) || (a[p] = !0); }, this), o.selectedMode === "single") {
    var s = !1;
    S(n, function (l, u) { var p = this.getSelectedMapKey(l); a[p] && (s ? a[p] = !1 : s = !0); }, this);
} }, e.prototype.getItemSymbol = function () { return this.get("itemSymbol"); }, e.prototype.getSelectedMapKey = function (t) { return this._mode === "categories" ? t.value + "" : t.index + ""; }, e.prototype.getPieceList = function () { return this._pieceList; }, e.prototype._determineMode = function () { var t = this.option; return t.pieces && t.pieces.length > 0 ? "pieces" : this.option.categories ? "categories" : "splitNumber"; }, e.prototype.setSelected = function (t) { this.option.selected = V(t); }, e.prototype.getValueState = function (t) { var r = vt.findPieceIndex(t, this._pieceList); return r != null && this.option.selected[this.getSelectedMapKey(this._pieceList[r])] ? "inRange" : "outOfRange"; }, e.prototype.findTargetDataIndices = function (t) { var r = [], o = this._pieceList; return this.eachTargetSeries(function (n) { var a = [], s = n.getData(); s.each(this.getDataDimensionIndex(s), function (l, u) { var p = vt.findPieceIndex(l, o); p === t && a.push(u); }, this), r.push({ seriesId: n.id, dataIndex: a }); }, this), r; }, e.prototype.getRepresentValue = function (t) { var r; if (this.isCategory())
    r = t.value;
else if (t.value != null)
    r = t.value;
else {
    var o = t.interval || [];
    r = o[0] === -1 / 0 && o[1] === 1 / 0 ? 0 : (o[0] + o[1]) / 2;
} return r; }, e.prototype.getVisualMeta = function (t) { if (this.isCategory())
    return; var r = [], o = ["", ""], n = this; function a(p, c) { var f = n.getRepresentValue({ interval: p }); c || (c = n.getValueState(f)); var h = t(f, c); p[0] === -1 / 0 ? o[0] = h : p[1] === 1 / 0 ? o[1] = h : r.push({ value: p[0], color: h }, { value: p[1], color: h }); } var s = this._pieceList.slice(); if (!s.length)
    s.push({ interval: [-1 / 0, 1 / 0] });
else {
    var l = s[0].interval[0];
    l !== -1 / 0 && s.unshift({ interval: [-1 / 0, l] }), l = s[s.length - 1].interval[1], l !== 1 / 0 && s.push({ interval: [l, 1 / 0] });
} var u = -1 / 0; return S(s, function (p) { var c = p.interval; c && (c[0] > u && a([u, c[0]], "outOfRange"), a(c.slice()), u = c[1]); }, this), { stops: r, outerColors: o }; }, e.type = "visualMap.piecewise", e.defaultOption = zt(sr.defaultOption, { selected: null, minOpen: !1, maxOpen: !1, align: "auto", itemWidth: 20, itemHeight: 14, itemSymbol: "roundRect", pieces: null, categories: null, splitNumber: 5, selectedMode: "multiple", itemGap: 10, hoverLink: !0 }), e; })(sr), bg = { splitNumber: function (i) { var e = this.option, t = Math.min(e.precision, 20), r = this.getExtent(), o = e.splitNumber; o = Math.max(parseInt(o, 10), 1), e.splitNumber = o; for (var n = (r[1] - r[0]) / o; +n.toFixed(t) !== n && t < 5;)
        t++; e.precision = t, n = +n.toFixed(t), e.minOpen && i.push({ interval: [-1 / 0, r[0]], close: [0, 0] }); for (var a = 0, s = r[0]; a < o; s += n, a++) {
        var l = a === o - 1 ? r[1] : s + n;
        i.push({ interval: [s, l], close: [1, 1] });
    } e.maxOpen && i.push({ interval: [r[1], 1 / 0], close: [0, 0] }), mo(i), S(i, function (u, p) { u.index = p, u.text = this.formatValueText(u.interval); }, this); }, categories: function (i) { var e = this.option; S(e.categories, function (t) { i.push({ text: this.formatValueText(t, !0), value: t }); }, this), Oc(e, i); }, pieces: function (i) { var e = this.option; S(e.pieces, function (t, r) { it(t) || (t = { value: t }); var o = { text: "", index: r }; if (t.label != null && (o.text = t.label), t.hasOwnProperty("value")) {
        var n = o.value = t.value;
        o.interval = [n, n], o.close = [1, 1];
    }
    else {
        for (var a = o.interval = [], s = o.close = [0, 0], l = [1, 0, 1], u = [-1 / 0, 1 / 0], p = [], c = 0; c < 2; c++) {
            for (var f = [["gte", "gt", "min"], ["lte", "lt", "max"]][c], h = 0; h < 3 && a[c] == null; h++)
                a[c] = t[f[h]], s[c] = l[h], p[c] = h === 2;
            a[c] == null && (a[c] = u[c]);
        }
        p[0] && a[1] === 1 / 0 && (s[0] = 0), p[1] && a[0] === -1 / 0 && (s[1] = 0), a[0] === a[1] && s[0] && s[1] && (o.value = a[0]);
    } o.visual = vt.retrieveVisuals(t), i.push(o); }, this), Oc(e, i), mo(i), S(i, function (t) { var r = t.close, o = [["<", "\u2264"][r[1]], [">", "\u2265"][r[0]]]; t.text = t.text || this.formatValueText(t.value != null ? t.value : t.interval, !1, o); }, this); } };
function Oc(i, e) { var t = i.inverse; (i.orient === "vertical" ? !t : t) && e.reverse(); }
var Pc = Sg;
import { __extends as wg } from "tslib";
var Cg = (function (i) { wg(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.doRender = function () { var t = this.group; t.removeAll(); var r = this.visualMapModel, o = r.get("textGap"), n = r.textStyleModel, a = this._getItemAlign(), s = r.itemSize, l = this._getViewData(), u = l.endsText, p = Dt(r.get("showLabel", !0), !u), c = !r.get("selectedMode"); u && this._renderEndsText(t, u[0], s, p, a), S(l.viewPieceList, function (f) { var h = f.piece, d = new tt; d.onclick = z(this._onItemClick, this, h), this._enableHoverLink(d, f.indexInModelPieceList); var v = r.getRepresentValue(h); if (this._createItemSymbol(d, v, [0, 0, s[0], s[1]], c), p) {
    var m = this.visualMapModel.getValueState(v), g = n.get("align") || a;
    d.add(new G({ style: ot(n, { x: g === "right" ? -o : s[0] + o, y: s[1] / 2, text: h.text, verticalAlign: n.get("verticalAlign") || "middle", align: g, opacity: Z(n.get("opacity"), m === "outOfRange" ? .5 : 1) }), silent: c }));
} t.add(d); }, this), u && this._renderEndsText(t, u[1], s, p, a), Nt(r.get("orient"), t, r.get("itemGap")), this.renderBackground(t), this.positionGroup(t); }, e.prototype._enableHoverLink = function (t, r) { var o = this; t.on("mouseover", function () { return n("highlight"); }).on("mouseout", function () { return n("downplay"); }); var n = function (a) { var s = o.visualMapModel; s.option.hoverLink && o.api.dispatchAction({ type: a, batch: lr(s.findTargetDataIndices(r), s) }); }; }, e.prototype._getItemAlign = function () { var t = this.visualMapModel, r = t.option; if (r.orient === "vertical")
    return po(t, this.api, t.itemSize); var o = r.align; return (!o || o === "auto") && (o = "left"), o; }, e.prototype._renderEndsText = function (t, r, o, n, a) { if (r) {
    var s = new tt, l = this.visualMapModel.textStyleModel;
    s.add(new G({ style: ot(l, { x: n ? a === "right" ? o[0] : 0 : o[0] / 2, y: o[1] / 2, verticalAlign: "middle", align: n ? a : "center", text: r }) })), t.add(s);
} }, e.prototype._getViewData = function () { var t = this.visualMapModel, r = k(t.getPieceList(), function (s, l) { return { piece: s, indexInModelPieceList: l }; }), o = t.get("text"), n = t.get("orient"), a = t.get("inverse"); return (n === "horizontal" ? a : !a) ? r.reverse() : o && (o = o.slice().reverse()), { viewPieceList: r, endsText: o }; }, e.prototype._createItemSymbol = function (t, r, o, n) { var a = Ot(this.getControllerVisual(r, "symbol"), o[0], o[1], o[2], o[3], this.getControllerVisual(r, "color")); a.silent = n, t.add(a); }, e.prototype._onItemClick = function (t) { var r = this.visualMapModel, o = r.option, n = o.selectedMode; if (n) {
    var a = V(o.selected), s = r.getSelectedMapKey(t);
    n === "single" || n === !0 ? (a[s] = !0, S(a, function (l, u) { a[u] = u === s; })) : a[s] = !a[s], this.api.dispatchAction({ type: "selectDataRange", from: this.uid, visualMapId: this.visualMapModel.id, selected: a });
} }, e.type = "visualMap.piecewise", e; })(uo), kc = Cg;
function ta(i) { i.registerComponentModel(Pc), i.registerComponentView(kc), Vr(i); }
function Tg(i) { ct(Qn), ct(ta); }
import { __extends as Mg } from "tslib";
var Rc = (function () { function i(e) { this._thumbnailModel = e; } return i.prototype.reset = function (e) { this._renderVersion = e.getECUpdateCycleVersion(); }, i.prototype.renderContent = function (e) { var t = e.api.getViewOfComponentModel(this._thumbnailModel); t && (e.group.silent = !0, t.renderContent({ group: e.group, targetTrans: e.targetTrans, z2Range: ja(e.group), roamType: e.roamType, viewportRect: e.viewportRect, renderVersion: this._renderVersion })); }, i.prototype.updateWindow = function (e, t) { var r = t.getViewOfComponentModel(this._thumbnailModel); r && r.updateWindow({ targetTrans: e, renderVersion: this._renderVersion }); }, i; })();
var Ec = (function (i) { Mg(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t.preventAutoZ = !0, t; } return e.prototype.optionUpdated = function (t, r) { this._updateBridge(); }, e.prototype._updateBridge = function () { var t = this._birdge = this._birdge || new Rc(this); if (this._target = null, this.ecModel.eachSeries(function (o) { Oo(o, null); }), this.shouldShow()) {
    var r = this.getTarget();
    Oo(r.baseMapProvider, t);
} }, e.prototype.shouldShow = function () { return this.getShallow("show", !0); }, e.prototype.getBridge = function () { return this._birdge; }, e.prototype.getTarget = function () { if (this._target)
    return this._target; var t = this.getReferringComponents("series", { useDefault: !1, enableAll: !1, enableNone: !1 }).models[0]; return t ? t.subType !== "graph" && (t = null) : t = this.ecModel.queryComponents({ mainType: "series", subType: "graph" })[0], this._target = { baseMapProvider: t }, this._target; }, e.type = "thumbnail", e.layoutMode = "box", e.dependencies = ["series", "geo"], e.defaultOption = { show: !0, right: 1, bottom: 1, height: "25%", width: "25%", itemStyle: { borderColor: T.color.border, borderWidth: 2 }, windowStyle: { borderWidth: 1, color: T.color.neutral30, borderColor: T.color.neutral40, opacity: .3 }, z: 10 }, e; })(F);
import { __extends as Ag } from "tslib";
var Nc = (function (i) { Ag(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = e.type, t; } return e.prototype.render = function (t, r, o) { if (this._api = o, this._model = t, this._coordSys || (this._coordSys = new Bs), !this._isEnabled()) {
    this._clear();
    return;
} this._renderVersion = o.getECUpdateCycleVersion(); var n = this.group; n.removeAll(); var a = t.getModel("itemStyle"), s = a.getItemStyle(); s.fill == null && (s.fill = r.get("backgroundColor") || T.color.neutral00); var l = mt(t, o).refContainer, u = ut(is(t, !0), l), p = s.lineWidth || 0, c = this._contentRect = Ve(u.clone(), p / 2, !0, !0), f = new tt; n.add(f), f.setClipPath(new et({ shape: c.plain() })); var h = this._targetGroup = new tt; f.add(h); var d = u.plain(); d.r = a.getShallow("borderRadius", !0), n.add(this._bgRect = new et({ style: s, shape: d, silent: !1, cursor: "grab" })); var v = t.getModel("windowStyle"), m = v.getShallow("borderRadius", !0); f.add(this._windowRect = new et({ shape: { x: 0, y: 0, width: 0, height: 0, r: m }, style: v.getItemStyle(), silent: !1, cursor: "grab" })), this._dealRenderContent(), this._dealUpdateWindow(), Uc(t, this); }, e.prototype.renderContent = function (t) { this._bridgeRendered = t, this._isEnabled() && (this._dealRenderContent(), this._dealUpdateWindow(), Uc(this._model, this)); }, e.prototype._dealRenderContent = function () { var t = this._bridgeRendered; if (!(!t || t.renderVersion !== this._renderVersion)) {
    var r = this._targetGroup, o = this._coordSys, n = this._contentRect;
    if (r.removeAll(), !!t) {
        var a = t.group, s = a.getBoundingRect();
        r.add(a), this._bgRect.z2 = t.z2Range.min - 10, Us(o, s.x, s.y, s.width, s.height);
        var l = ut({ left: "center", top: "center", aspect: s.width / s.height }, n);
        Ns(o, l.x, l.y, l.width, l.height), Vs(a, o, Rs), a.dirty(), this._windowRect.z2 = t.z2Range.max + 10, this._resetRoamController(t.roamType);
    }
} }, e.prototype.updateWindow = function (t) { var r = this._bridgeRendered; r && r.renderVersion === t.renderVersion && (r.targetTrans = t.targetTrans), this._isEnabled() && this._dealUpdateWindow(); }, e.prototype._dealUpdateWindow = function () { var t = this._bridgeRendered; if (!(!t || t.renderVersion !== this._renderVersion)) {
    var r = cr([], t.targetTrans), o = da([], gi(null, this._coordSys), r);
    this._transThisToTarget = cr([], o);
    var n = t.viewportRect;
    n ? n = n.clone() : n = new wt(0, 0, this._api.getWidth(), this._api.getHeight()), n.applyTransform(o);
    var a = this._windowRect, s = a.shape.r;
    a.setShape(X({ r: s }, n));
} }, e.prototype._resetRoamController = function (t) { var r = this, o = this._api, n = this._roamController; if (n || (n = this._roamController = new mi(o.getZr())), !t || !this._isEnabled()) {
    n.disable();
    return;
} n.enable(t, { api: o, zInfo: { component: this._model }, triggerInfo: { roamTrigger: null, isInSelf: function (a, s, l) { return r._contentRect.contain(s, l); } } }), n.off("pan").off("zoom").on("pan", z(this._onPan, this)).on("zoom", z(this._onZoom, this)); }, e.prototype._onPan = function (t) { var r = this._transThisToTarget; if (!(!this._isEnabled() || !r)) {
    var o = Nr([], [t.oldX, t.oldY], r), n = Nr([], [t.oldX - t.dx, t.oldY - t.dy], r);
    this._api.dispatchAction(Vc(this._model.getTarget().baseMapProvider, { dx: n[0] - o[0], dy: n[1] - o[1] }));
} }, e.prototype._onZoom = function (t) { var r = this._transThisToTarget; if (!(!this._isEnabled() || !r)) {
    var o = Nr([], [t.originX, t.originY], r);
    this._api.dispatchAction(Vc(this._model.getTarget().baseMapProvider, { zoom: 1 / t.scale, originX: o[0], originY: o[1] }));
} }, e.prototype._isEnabled = function () { var t = this._model; if (!t || !t.shouldShow())
    return !1; var r = t.getTarget().baseMapProvider; return !!r; }, e.prototype._clear = function () { this.group.removeAll(), this._bridgeRendered = null, this._roamController && this._roamController.disable(); }, e.prototype.remove = function () { this._clear(); }, e.prototype.dispose = function () { this._clear(); }, e.type = "thumbnail", e; })(Y);
function Vc(i, e) { var t = i.mainType === "series" ? i.subType + "Roam" : i.mainType + "Roam", r = { type: t }; return r[i.mainType + "Id"] = i.id, U(r, e), r; }
function Uc(i, e) { var t = Jr(i); Qr(e.group, t.z, t.zlevel); }
function Dg(i) { i.registerComponentModel(Ec), i.registerComponentView(Nc); }
var Ig = { label: { enabled: !0 }, decal: { show: !1 } }, Bc = J(), Hc = J(), Gc = Re(Lg);
function Lg(i, e) { var t = i.getModel("aria"); if (!t.get("enabled"))
    return; var r = Hc(i).scope || (Hc(i).scope = {}), o = V(Ig); Q(o.label, i.getLocaleModel().get("aria"), !1), Q(t.option, o, !1), n(), a(); function n() { var p = t.getModel("decal"), c = p.get("show"); if (c) {
    var f = K();
    i.eachSeries(function (h) { h.isColorBySeries() || (Bc(h).scope = f.get(h.type) || f.set(h.type, {})); }), i.eachSeries(function (h) { if (H(h.enableAriaDecal)) {
        h.enableAriaDecal();
        return;
    } var d = h.getData(); if (h.isColorBySeries()) {
        var x = So(h.ecModel, h.name, r, i.getSeriesCount()), _ = d.getVisual("decal");
        d.setVisual("decal", b(_, x));
    }
    else {
        var v = h.getRawData(), m = {}, g = Bc(h).scope;
        d.each(function (w) { var C = d.getRawIndex(w); m[C] = w; });
        var y = v.count();
        v.each(function (w) { var C = m[w], A = v.getName(w) || w + "", M = So(h.ecModel, A, g, y), L = d.getItemVisual(C, "decal"); d.setItemVisual(C, "decal", b(L, M)); });
    } function b(w, C) { var A = w ? U(U({}, C), w) : C; return A.dirty = !0, A; } });
} } function a() { var p = e.getZr().dom; if (p) {
    var c = i.getLocaleModel().get("aria"), f = t.getModel("label");
    if (f.option = X(f.option, c), !!f.get("enabled")) {
        if (p.setAttribute("role", "img"), f.get("description")) {
            p.setAttribute("aria-label", f.get("description"));
            return;
        }
        var h = i.getSeriesCount(), d = f.get(["data", "maxCount"]) || 10, v = f.get(["series", "maxCount"]) || 10, m = Math.min(h, v), g;
        if (!(h < 1)) {
            var y = l();
            if (y) {
                var x = f.get(["general", "withTitle"]);
                g = s(x, { title: y });
            }
            else
                g = f.get(["general", "withoutTitle"]);
            var _ = [], b = h > 1 ? f.get(["series", "multiple", "prefix"]) : f.get(["series", "single", "prefix"]);
            g += s(b, { seriesCount: h }), i.eachSeries(function (M, L) { if (L < m) {
                var I = void 0, W = M.get("name"), O = W ? "withName" : "withoutName";
                I = h > 1 ? f.get(["series", "multiple", O]) : f.get(["series", "single", O]), I = s(I, { seriesId: M.seriesIndex, seriesName: M.get("name"), seriesType: u(M.subType) });
                var E = M.getData();
                if (E.count() > d) {
                    var j = f.get(["data", "partialData"]);
                    I += s(j, { displayCnt: d });
                }
                else
                    I += f.get(["data", "allData"]);
                for (var rt = f.get(["data", "separator", "middle"]), Zt = f.get(["data", "separator", "end"]), ee = f.get(["data", "excludeDimensionId"]), ia = [], Ie = 0; Ie < E.count(); Ie++)
                    if (Ie < d) {
                        var oa = E.getName(Ie), jc = ee ? _t(E.getValues(Ie), function (Wg, Jc) { return at(ee, Jc) === -1; }) : E.getValues(Ie), $c = f.get(["data", oa ? "withName" : "withoutName"]);
                        ia.push(s($c, { name: oa, value: jc.join(rt) }));
                    }
                I += ia.join(rt) + Zt, _.push(I);
            } });
            var w = f.getModel(["series", "multiple", "separator"]), C = w.get("middle"), A = w.get("end");
            g += _.join(C) + A, p.setAttribute("aria-label", g);
        }
    }
} } function s(p, c) { if (!R(p))
    return p; var f = p; return S(c, function (h, d) { f = f.replace(new RegExp("\\{\\s*" + d + "\\s*\\}", "g"), h); }), f; } function l() { var p = i.get("title"); return p && p.length && (p = p[0]), p && p.text; } function u(p) { var c = i.getLocaleModel().get(["series", "typeNames"]); return c[p] || c.chart; } }
function ea(i) { if (!(!i || !i.aria)) {
    var e = i.aria;
    e.show != null && (e.enabled = e.show), e.label = e.label || {}, S(["description", "general", "series", "data"], function (t) { e[t] != null && (e.label[t] = e[t]); });
} }
function zg(i) { i.registerPreprocessor(ea), i.registerVisual(i.PRIORITY.VISUAL.ARIA, Gc); }
var Fc = { value: "eq", "<": "lt", "<=": "lte", ">": "gt", ">=": "gte", "=": "eq", "!=": "ne", "<>": "ne" }, Og = (function () { function i(e) { var t = this._condVal = R(e) ? new RegExp(e) : la(e) ? e : null; if (t == null) {
    var r = "";
    lt(r);
} } return i.prototype.evaluate = function (e) { var t = typeof e; return R(t) ? this._condVal.test(e) : ie(t) ? this._condVal.test(e + "") : !1; }, i; })(), Pg = (function () { function i() { } return i.prototype.evaluate = function () { return this.value; }, i; })(), kg = (function () { function i() { } return i.prototype.evaluate = function () { for (var e = this.children, t = 0; t < e.length; t++)
    if (!e[t].evaluate())
        return !1; return !0; }, i; })(), Rg = (function () { function i() { } return i.prototype.evaluate = function () { for (var e = this.children, t = 0; t < e.length; t++)
    if (e[t].evaluate())
        return !0; return !1; }, i; })(), Eg = (function () { function i() { } return i.prototype.evaluate = function () { return !this.child.evaluate(); }, i; })(), Vg = (function () { function i() { } return i.prototype.evaluate = function () { for (var e = !!this.valueParser, t = this.getValue, r = t(this.valueGetterParam), o = e ? this.valueParser(r) : null, n = 0; n < this.subCondList.length; n++)
    if (!this.subCondList[n].evaluate(e ? o : r))
        return !1; return !0; }, i; })();
function ra(i, e) { if (i === !0 || i === !1) {
    var t = new Pg;
    return t.value = i, t;
} var r = ""; return Wc(i) || lt(r), i.and ? Zc("and", i, e) : i.or ? Zc("or", i, e) : i.not ? Ug(i, e) : Ng(i, e); }
function Zc(i, e, t) { var r = e[i], o = ""; D(r) || lt(o), r.length || lt(o); var n = i === "and" ? new kg : new Rg; return n.children = k(r, function (a) { return ra(a, t); }), n.children.length || lt(o), n; }
function Ug(i, e) { var t = i.not, r = ""; Wc(t) || lt(r); var o = new Eg; return o.child = ra(t, e), o.child || lt(r), o; }
function Ng(i, e) { for (var t = "", r = e.prepareGetValue(i), o = [], n = Ur(i), a = i.parser, s = a ? oi(a) : null, l = 0; l < n.length; l++) {
    var u = n[l];
    if (!(u === "parser" || e.valueGetterAttrMap.get(u))) {
        var p = Yt(Fc, u) ? Fc[u] : u, c = i[u], f = s ? s(c) : c, h = ls(p, f) || p === "reg" && new Og(f);
        h || lt(t), o.push(h);
    }
} o.length || lt(t); var d = new Vg; return d.valueGetterParam = r, d.valueParser = s, d.getValue = e.getValue, d.subCondList = o, d; }
function Wc(i) { return it(i) && !aa(i); }
var Bg = (function () { function i(e, t) { this._cond = ra(e, t); } return i.prototype.evaluate = function () { return this._cond.evaluate(); }, i; })();
function Yc(i, e) { return new Bg(i, e); }
var Xc = { type: "echarts:filter", transform: function (i) { for (var e = i.upstream, t, r = Yc(i.config, { valueGetterAttrMap: K({ dimension: !0 }), prepareGetValue: function (s) { var l = "", u = s.dimension; Yt(s, "dimension") || lt(l); var p = e.getDimensionInfo(u); return p || lt(l), { dimIdx: p.index }; }, getValue: function (s) { return e.retrieveValueFromItem(t, s.dimIdx); } }), o = [], n = 0, a = e.count(); n < a; n++)
        t = e.getRawDataItem(n), r.evaluate() && o.push(t); return { data: o }; } };
var Kc = { type: "echarts:sort", transform: function (i) { var e = i.upstream, t = i.config, r = "", o = Hr(t); o.length || lt(r); var n = []; S(o, function (p) { var c = p.dimension, f = p.order, h = p.parser, d = p.incomparable; if (c == null && lt(r), f !== "asc" && f !== "desc" && lt(r), d && d !== "min" && d !== "max") {
        var v = "";
        lt(v);
    } if (f !== "asc" && f !== "desc") {
        var m = "";
        lt(m);
    } var g = e.getDimensionInfo(c); g || lt(r); var y = h ? oi(h) : null; h && !y && lt(r), n.push({ dimIdx: g.index, parser: y, comparator: new ss(f, d) }); }); var a = e.sourceFormat; a !== Va && a !== Ua && lt(r); for (var s = [], l = 0, u = e.count(); l < u; l++)
        s.push(e.getRawDataItem(l)); return s.sort(function (p, c) { for (var f = 0; f < n.length; f++) {
        var h = n[f], d = e.retrieveValueFromItem(p, h.dimIdx), v = e.retrieveValueFromItem(c, h.dimIdx);
        h.parser && (d = h.parser(d), v = h.parser(v));
        var m = h.comparator.evaluate(d, v);
        if (m !== 0)
            return m;
    } return 0; }), { data: s }; } };
function Hg(i) { i.registerTransform(Xc), i.registerTransform(Kc); }
import { __extends as qc } from "tslib";
var Gg = (function (i) { qc(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = "dataset", t; } return e.prototype.init = function (t, r, o) { i.prototype.init.call(this, t, r, o), this._sourceManager = new us(this), wo(this); }, e.prototype.mergeOption = function (t, r) { i.prototype.mergeOption.call(this, t, r), wo(this); }, e.prototype.optionUpdated = function () { this._sourceManager.dirty(); }, e.prototype.getSourceManager = function () { return this._sourceManager; }, e.type = "dataset", e.defaultOption = { seriesLayoutBy: Na }, e; })(F);
var Fg = (function (i) { qc(e, i); function e() { var t = i !== null && i.apply(this, arguments) || this; return t.type = "dataset", t; } return e.type = "dataset", e; })(Y);
function Zg(i) { i.registerComponentModel(Gg), i.registerComponentView(Fg); }
export { zg as AriaComponent, te as AxisPointerComponent, Lv as BrushComponent, Mh as CalendarComponent, tg as DataZoomComponent, Xn as DataZoomInsideComponent, qn as DataZoomSliderComponent, Zg as DatasetComponent, tf as GeoComponent, ed as GraphicComponent, Tf as GridComponent, zo as GridSimpleComponent, Pm as LegendComponent, kr as LegendPlainComponent, Fn as LegendScrollComponent, _m as MarkAreaComponent, fm as MarkLineComponent, om as MarkPointComponent, Yh as MatrixComponent, ef as ParallelComponent, ih as PolarComponent, Qc as RadarComponent, _h as SingleAxisComponent, Dg as ThumbnailComponent, Yv as TimelineComponent, Pv as TitleComponent, $d as ToolboxComponent, mv as TooltipComponent, Hg as TransformComponent, Tg as VisualMapComponent, Qn as VisualMapContinuousComponent, ta as VisualMapPiecewiseComponent };
