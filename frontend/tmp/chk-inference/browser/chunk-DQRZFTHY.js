import { Kc as O, M as E, Oc as w, W as d, _d as R, ae as U, ce as F, de as V, ra as D, uc as N } from "@nf-internal/chunk-PT54LOOW";
import { S as y, q as x, r as C, x as M, y as h, z as I } from "@nf-internal/chunk-LHZIPXHN";
var B = (function () { function r(e) { this.coordSysDims = [], this.axisMap = y(), this.categoryAxisMap = y(), this.coordSysName = e; } return r; })();
function _(r) { var e = r.get("coordinateSystem"), t = new B(e), o = T[e]; if (o)
    return o(r, t, t.axisMap, t.categoryAxisMap), t; }
var T = { cartesian2d: function (r, e, t, o) { var i = r.getReferringComponents("xAxis", d).models[0], n = r.getReferringComponents("yAxis", d).models[0]; e.coordSysDims = ["x", "y"], t.set("x", i), t.set("y", n), m(i) && (o.set("x", i), e.firstCategoryDimIndex = 0), m(n) && (o.set("y", n), e.firstCategoryDimIndex == null && (e.firstCategoryDimIndex = 1)); }, singleAxis: function (r, e, t, o) { var i = r.getReferringComponents("singleAxis", d).models[0]; e.coordSysDims = ["single"], t.set("single", i), m(i) && (o.set("single", i), e.firstCategoryDimIndex = 0); }, polar: function (r, e, t, o) { var i = r.getReferringComponents("polar", d).models[0], n = i.findAxisModel("radiusAxis"), a = i.findAxisModel("angleAxis"); e.coordSysDims = ["radius", "angle"], t.set("radius", n), t.set("angle", a), m(n) && (o.set("radius", n), e.firstCategoryDimIndex = 0), m(a) && (o.set("angle", a), e.firstCategoryDimIndex == null && (e.firstCategoryDimIndex = 1)); }, geo: function (r, e, t, o) { e.coordSysDims = ["lng", "lat"]; }, parallel: function (r, e, t, o) { var i = r.ecModel, n = i.getComponent("parallel", r.get("parallelIndex")), a = e.coordSysDims = n.dimensions.slice(); x(n.parallelAxisIndex, function (l, s) { var f = i.getComponent("parallelAxis", l), c = a[s]; t.set(c, f), m(f) && (o.set(c, f), e.firstCategoryDimIndex == null && (e.firstCategoryDimIndex = s)); }); }, matrix: function (r, e, t, o) { var i = r.getReferringComponents("matrix", d).models[0]; e.coordSysDims = ["x", "y"]; var n = i.getDimensionModel("x"), a = i.getDimensionModel("y"); t.set("x", n), t.set("y", a), o.set("x", n), o.set("y", a); } };
function m(r) { return r.get("type") === "category"; }
function j(r, e) { var t = r.get("coordinateSystem"), o = N.get(t), i; return e && e.coordSysDims && (i = C(e.coordSysDims, function (n) { var a = { name: n }, l = e.axisMap.get(n); if (l) {
    var s = l.get("type");
    a.type = R(s);
} return a; })), i || (i = o && (o.getDimensionsInfo ? o.getDimensionsInfo() : o.dimensions.slice()) || ["x", "y"]), i; }
function H(r, e, t) { var o, i; return t && x(r, function (n, a) { var l = n.coordDim, s = t.categoryAxisMap.get(l); s && (o == null && (o = a), n.ordinalMeta = s.getOrdinalMeta(), e && (n.createInvertedIndices = !0)), n.otherDims.itemName != null && (i = !0); }), !i && o != null && (r[o].otherDims.itemName = 0), o; }
function L(r, e, t) { t = t || {}; var o = e.getSourceManager(), i, n = !1; r ? (n = !0, i = w(r)) : (i = o.getSource(), n = i.sourceFormat === D); var a = _(e), l = j(e, a), s = t.useEncodeDefaulter, f = I(s) ? s : s ? M(O, l, e) : null, c = { coordDimensions: l, generateCoord: t.generateCoord, encodeDefine: e.getEncode(), encodeDefaulter: f, canOmitUnusedDimensions: !n }, g = F(i, c), p = H(g.dimensions, t.createInvertedIndices, a), v = n ? null : o.getSharedDataStore(g), z = V(e, { schema: g, store: v }), u = new U(g, e); u.setCalculationInfo(z); var G = p != null && q(i) ? function (b, k, S, A) { return A === p ? S : this.defaultDimValueGetter(b, k, S, A); } : null; return u.hasItemOption = !1, u.initData(n ? i : v, null, G), u; }
function q(r) { if (r.sourceFormat === D) {
    var e = J(r.data || []);
    return !h(E(e));
} }
function J(r) { for (var e = 0; e < r.length && r[e] == null;)
    e++; return r[e]; }
var se = L;
export { se as a };
