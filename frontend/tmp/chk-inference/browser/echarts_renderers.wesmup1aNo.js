import { $b as ee, A as U, Ab as Tt, C as Ar, D as K, Eb as Jr, G as Er, H as kr, Hb as Qr, L as V, Na as tt, Nb as $r, P as zt, Pa as rt, Qa as Mr, Qb as te, S as Vr, U as Lt, Vb as re, W as Br, Ya as Hr, _b as Ut, ac as ie, b as Ir, bc as bt, c as wr, d as Tr, e as $, g as br, gb as Gr, gc as ne, h as Nr, hc as ae, i as xt, ib as H, jb as O, jc as oe, k as M, kb as zr, kc as Ft, lb as Ur, mb as Fr, mc as se, nb as Zr, nc as fe, oa as Or, ob as Yr, oc as q, pb as jr, pc as ue, q as X, qb as Xr, qc as G, r as P, ra as Dr, rb as et, rc as he, sb as Kr, sc as ve, t as Cr, tb as qr, tc as de, ub as St, uc as nt, v as A, vb as it, vc as Nt, wb as It, xb as wt, y as Rr, yb as Wr, z as Pr } from "@nf-internal/chunk-LHZIPXHN";
var Zt = Math.sin, Yt = Math.cos, pe = Math.PI, F = Math.PI * 2, Ye = 180 / pe, je = (function () { function e() { } return e.prototype.reset = function (t) { this._start = !0, this._d = [], this._str = "", this._p = Math.pow(10, t || 4); }, e.prototype.moveTo = function (t, r) { this._add("M", t, r); }, e.prototype.lineTo = function (t, r) { this._add("L", t, r); }, e.prototype.bezierCurveTo = function (t, r, i, n, a, o) { this._add("C", t, r, i, n, a, o); }, e.prototype.quadraticCurveTo = function (t, r, i, n) { this._add("Q", t, r, i, n); }, e.prototype.arc = function (t, r, i, n, a, o) { this.ellipse(t, r, i, i, 0, n, a, o); }, e.prototype.ellipse = function (t, r, i, n, a, o, f, s) { var u = f - o, h = !s, v = Math.abs(u), d = O(v - F) || (h ? u >= F : -u >= F), p = u > 0 ? u % F : u % F + F, c = !1; d ? c = !0 : O(v) ? c = !1 : c = p >= pe == !!h; var l = t + i * Yt(o), m = r + n * Zt(o); this._start && this._add("M", l, m); var g = Math.round(a * Ye); if (d) {
    var x = 1 / this._p, y = (h ? 1 : -1) * (F - x);
    this._add("A", i, n, g, 1, +h, t + i * Yt(o + y), r + n * Zt(o + y)), x > .01 && this._add("A", i, n, g, 0, +h, l, m);
}
else {
    var _ = t + i * Yt(f), w = r + n * Zt(f);
    this._add("A", i, n, g, +c, +h, _, w);
} }, e.prototype.rect = function (t, r, i, n) { this._add("M", t, r), this._add("l", i, 0), this._add("l", 0, n), this._add("l", -i, 0), this._add("Z"); }, e.prototype.closePath = function () { this._d.length > 0 && this._add("Z"); }, e.prototype._add = function (t, r, i, n, a, o, f, s, u) { for (var h = [], v = this._p, d = 1; d < arguments.length; d++) {
    var p = arguments[d];
    if (isNaN(p)) {
        this._invalid = !0;
        return;
    }
    h.push(Math.round(p * v) / v);
} this._d.push(t + h.join(" ")), this._start = t === "Z"; }, e.prototype.generateStr = function () { this._str = this._invalid ? "" : this._d.join(""), this._d = []; }, e.prototype.getStr = function () { return this._str; }, e; })(), Ct = je;
var at = "none", Xe = Math.round;
function Ke(e) { var t = e.fill; return t != null && t !== at; }
function qe(e) { var t = e.stroke; return t != null && t !== at; }
var jt = ["lineCap", "miterLimit", "lineJoin"], We = P(jt, function (e) { return "stroke-" + e.toLowerCase(); });
function Xt(e, t, r, i) { var n = t.opacity == null ? 1 : t.opacity; if (r instanceof bt) {
    e("opacity", n);
    return;
} if (Ke(t)) {
    var a = H(t.fill);
    e("fill", a.color);
    var o = t.fillOpacity != null ? t.fillOpacity * a.opacity * n : a.opacity * n;
    (i || o < 1) && e("fill-opacity", o);
}
else
    e("fill", at); if (qe(t)) {
    var f = H(t.stroke);
    e("stroke", f.color);
    var s = t.strokeNoScale ? r.getLineScale() : 1, u = s ? (t.lineWidth || 0) / s : 0, h = t.strokeOpacity != null ? t.strokeOpacity * f.opacity * n : f.opacity * n, v = t.strokeFirst;
    if ((i || u !== 1) && e("stroke-width", u), (i || v) && e("paint-order", v ? "stroke" : "fill"), (i || h < 1) && e("stroke-opacity", h), t.lineDash) {
        var d = he(r), p = d[0], c = d[1];
        p && (c = Xe(c || 0), e("stroke-dasharray", p.join(",")), (c || i) && e("stroke-dashoffset", c));
    }
    else
        i && e("stroke-dasharray", at);
    for (var l = 0; l < jt.length; l++) {
        var m = jt[l];
        if (i || t[m] !== Ut[m]) {
            var g = t[m] || Ut[m];
            g && e(We[l], g);
        }
    }
}
else
    i && e("stroke", at); }
var le = "http://www.w3.org/2000/svg", Kt = "http://www.w3.org/1999/xlink", ce = "http://www.w3.org/2000/xmlns/", _e = "http://www.w3.org/XML/1998/namespace", qt = "ecmeta_";
function Rt(e) { return document.createElementNS(le, e); }
function T(e, t, r, i, n) { return { tag: e, attrs: r || {}, children: i, text: n, key: t }; }
function Je(e, t) { var r = []; if (t)
    for (var i in t) {
        var n = t[i], a = i;
        n !== !1 && (n !== !0 && n != null && (a += '="' + n + '"'), r.push(a));
    } return "<" + e + " " + r.join(" ") + ">"; }
function Qe(e) { return "</" + e + ">"; }
function ot(e, t) {
    t = t || {};
    var r = t.newline ? `
` : "";
    function i(n) { var a = n.children, o = n.tag, f = n.attrs, s = n.text; return Je(o, f) + (o !== "style" ? Dr(s) : s || "") + (a ? "" + r + P(a, function (u) { return i(u); }).join(r) + r : "") + Qe(o); }
    return i(e);
}
function me(e, t, r) {
    r = r || {};
    var i = r.newline ? `
` : "", n = " {" + i, a = i + "}", o = P(A(e), function (s) { return s + n + P(A(e[s]), function (u) { return u + ":" + e[s][u] + ";"; }).join(i) + a; }).join(i), f = P(A(t), function (s) { return "@keyframes " + s + n + P(A(t[s]), function (u) { return u + n + P(A(t[s][u]), function (h) { var v = t[s][u][h]; return h === "d" && (v = 'path("' + v + '")'), h + ":" + v + ";"; }).join(i) + a; }).join(i) + a; }).join(i);
    return !o && !f ? "" : ["<![CDATA[", o, f, "]]>"].join(i);
}
function st(e) { return { zrId: e, shadowCache: {}, patternCache: {}, gradientCache: {}, clipPathCache: {}, defs: {}, cssNodes: {}, cssAnims: {}, cssStyleCache: {}, cssAnimIdx: 0, shadowIdx: 0, gradientIdx: 0, patternIdx: 0, clipPathIdx: 0 }; }
function Wt(e, t, r, i) { return T("svg", "root", { width: e, height: t, xmlns: le, "xmlns:xlink": Kt, version: "1.1", baseProfile: "full", viewBox: i ? "0 0 " + e + " " + t : !1 }, r); }
var $e = 0;
function Pt() { return $e++; }
var ge = { cubicIn: "0.32,0,0.67,0", cubicOut: "0.33,1,0.68,1", cubicInOut: "0.65,0,0.35,1", quadraticIn: "0.11,0,0.5,0", quadraticOut: "0.5,1,0.89,1", quadraticInOut: "0.45,0,0.55,1", quarticIn: "0.5,0,0.75,0", quarticOut: "0.25,1,0.5,1", quarticInOut: "0.76,0,0.24,1", quinticIn: "0.64,0,0.78,0", quinticOut: "0.22,1,0.36,1", quinticInOut: "0.83,0,0.17,1", sinusoidalIn: "0.12,0,0.39,0", sinusoidalOut: "0.61,1,0.88,1", sinusoidalInOut: "0.37,0,0.63,1", exponentialIn: "0.7,0,0.84,0", exponentialOut: "0.16,1,0.3,1", exponentialInOut: "0.87,0,0.13,1", circularIn: "0.55,0,1,0.45", circularOut: "0,0.55,0.45,1", circularInOut: "0.85,0,0.15,1" }, Z = "transform-origin";
function ti(e, t, r) { var i = M({}, e.shape); M(i, t), e.buildPath(r, i); var n = new Ct; return n.reset(It(e)), r.rebuildPath(n, 1), n.generateStr(), n.getStr(); }
function ri(e, t) { var r = t.originX, i = t.originY; (r || i) && (e[Z] = r + "px " + i + "px"); }
var ei = { fill: "fill", opacity: "opacity", lineWidth: "stroke-width", lineDashOffset: "stroke-dashoffset" };
function xe(e, t) { var r = t.zrId + "-ani-" + t.cssAnimIdx++; return t.cssAnims[r] = e, r; }
function ii(e, t, r) { var i = e.shape.paths, n = {}, a, o; if (X(i, function (s) { var u = st(r.zrId); u.animation = !0, ft(s, {}, u, !0); var h = u.cssAnims, v = u.cssNodes, d = A(h), p = d.length; if (p) {
    o = d[p - 1];
    var c = h[o];
    for (var l in c) {
        var m = c[l];
        n[l] = n[l] || { d: "" }, n[l].d += m.d || "";
    }
    for (var g in v) {
        var x = v[g].animation;
        x.indexOf(o) >= 0 && (a = x);
    }
} }), !!a) {
    t.d = !1;
    var f = xe(n, r);
    return a.replace(o, f);
} }
function ye(e) { return U(e) ? ge[e] ? "cubic-bezier(" + ge[e] + ")" : Hr(e) ? e : "" : ""; }
function ft(e, t, r, i) { var n = e.animators, a = n.length, o = []; if (e instanceof oe) {
    var f = ii(e, t, r);
    if (f)
        o.push(f);
    else if (!a)
        return;
}
else if (!a)
    return; for (var s = {}, u = 0; u < a; u++) {
    var h = n[u], v = [h.getMaxTime() / 1e3 + "s"], d = ye(h.getClip().easing), p = h.getDelay();
    d ? v.push(d) : v.push("linear"), p && v.push(p / 1e3 + "s"), h.getLoop() && v.push("infinite");
    var c = v.join(" ");
    s[c] = s[c] || [c, []], s[c][1].push(h);
} function l(x) { var y = x[1], _ = y.length, w = {}, C = {}, S = {}, E = "animation-timing-function"; function b(lt, ct, yr) { for (var _t = lt.getTracks(), Ze = lt.getMaxTime(), Mt = 0; Mt < _t.length; Mt++) {
    var Ht = _t[Mt];
    if (Ht.needsAnimate()) {
        var xr = Ht.keyframes, mt = Ht.propName;
        if (yr && (mt = yr(mt)), mt)
            for (var Gt = 0; Gt < xr.length; Gt++) {
                var gt = xr[Gt], yt = Math.round(gt.time / Ze * 100) + "%", Lr = ye(gt.easing), Sr = gt.rawValue;
                (U(Sr) || Ar(Sr)) && (ct[yt] = ct[yt] || {}, ct[yt][mt] = gt.rawValue, Lr && (ct[yt][E] = Lr));
            }
    }
} } for (var L = 0; L < _; L++) {
    var R = y[L], B = R.targetName;
    B ? B === "shape" && b(R, C) : !i && b(R, w);
} for (var I in w) {
    var k = {};
    Jr(k, e), M(k, w[I]);
    var J = wt(k), Q = w[I][E];
    S[I] = J ? { transform: J } : {}, ri(S[I], k), Q && (S[I][E] = Q);
} var j, cr = !0; for (var I in C) {
    S[I] = S[I] || {};
    var _r = !j, Q = C[I][E];
    _r && (j = new re);
    var Ge = j.len();
    j.reset(), S[I].d = ti(e, C[I], j);
    var ze = j.len();
    if (!_r && Ge !== ze) {
        cr = !1;
        break;
    }
    Q && (S[I][E] = Q);
} if (!cr)
    for (var I in S)
        delete S[I].d; if (!i)
    for (var L = 0; L < _; L++) {
        var R = y[L], B = R.targetName;
        B === "style" && b(R, S, function (_t) { return ei[_t]; });
    } for (var pt = A(S), mr = !0, Dt, L = 1; L < pt.length; L++) {
    var gr = pt[L - 1], Ue = pt[L];
    if (S[gr][Z] !== S[Ue][Z]) {
        mr = !1;
        break;
    }
    Dt = S[gr][Z];
} if (mr && Dt) {
    for (var I in S)
        S[I][Z] && delete S[I][Z];
    t[Z] = Dt;
} if (Cr(pt, function (lt) { return A(S[lt]).length > 0; }).length) {
    var Fe = xe(S, r);
    return Fe + " " + x[0] + " both";
} } for (var m in s) {
    var f = l(s[m]);
    f && o.push(f);
} if (o.length) {
    var g = r.zrId + "-cls-" + Pt();
    r.cssNodes["." + g] = { animation: o.join(",") }, t.class = g;
} }
function Se(e, t, r) { if (!e.ignore)
    if (e.isSilent()) {
        var i = { "pointer-events": "none" };
        Le(i, t, r, !0);
    }
    else {
        var n = e.states.emphasis && e.states.emphasis.style ? e.states.emphasis.style : {}, a = n.fill;
        if (!a) {
            var o = e.style && e.style.fill, f = e.states.select && e.states.select.style && e.states.select.style.fill, s = e.currentStates.indexOf("select") >= 0 && f || o;
            s && (a = Gr(s));
        }
        var u = n.lineWidth;
        if (u) {
            var h = !n.strokeNoScale && e.transform ? e.transform[0] : 1;
            u = u / h;
        }
        var i = { cursor: "pointer" };
        a && (i.fill = a), n.stroke && (i.stroke = n.stroke), u && (i["stroke-width"] = u), Le(i, t, r, !0);
    } }
function Le(e, t, r, i) { var n = JSON.stringify(e), a = r.cssStyleCache[n]; a || (a = r.zrId + "-cls-" + Pt(), r.cssStyleCache[n] = a, r.cssNodes["." + a + (i ? ":hover" : "")] = e), t.class = t.class ? t.class + " " + a : a; }
var ut = Math.round;
function be(e) { return e && U(e.src); }
function Ne(e) { return e && Pr(e.toDataURL); }
function Jt(e, t, r, i) { Xt(function (n, a) { var o = n === "fill" || n === "stroke"; o && St(a) ? rr(t, e, n, i) : o && et(a) ? er(r, e, n, i) : e[n] = a, o && i.ssr && a === "none" && (e["pointer-events"] = "visible"); }, t, r, !1), hi(r, e, i); }
function Qt(e, t) { var r = $r(t); r && (r.each(function (i, n) { i != null && (e[(qt + n).toLowerCase()] = i + ""); }), t.isSilent() && (e[qt + "silent"] = "true")); }
function Ie(e) { return O(e[0] - 1) && O(e[1]) && O(e[2]) && O(e[3] - 1); }
function ni(e) { return O(e[4]) && O(e[5]); }
function $t(e, t, r) { if (t && !(ni(t) && Ie(t))) {
    var i = r ? 10 : 1e4;
    e.transform = Ie(t) ? "translate(" + ut(t[4] * i) / i + " " + ut(t[5] * i) / i + ")" : Ur(t);
} }
function we(e, t, r) { for (var i = e.points, n = [], a = 0; a < i.length; a++)
    n.push(ut(i[a][0] * r) / r), n.push(ut(i[a][1] * r) / r); t.points = n.join(" "); }
function Te(e) { return !e.smooth; }
function ai(e) { var t = P(e, function (r) { return typeof r == "string" ? [r, r] : r; }); return function (r, i, n) { for (var a = 0; a < t.length; a++) {
    var o = t[a], f = r[o[0]];
    f != null && (i[o[1]] = ut(f * n) / n);
} }; }
var oi = { circle: [ai(["cx", "cy", "r"])], polyline: [we, Te], polygon: [we, Te] };
function si(e) { for (var t = e.animators, r = 0; r < t.length; r++)
    if (t[r].targetName === "shape")
        return !0; return !1; }
function Ce(e, t) { var r = e.style, i = e.shape, n = oi[e.type], a = {}, o = t.animation, f = "path", s = e.style.strokePercent, u = t.compress && It(e) || 4; if (n && !t.willUpdate && !(n[1] && !n[1](i)) && !(o && si(e)) && !(s < 1)) {
    f = e.type;
    var h = Math.pow(10, u);
    n[0](i, a, h);
}
else {
    var v = !e.path || e.shapeChanged();
    e.path || e.createPathProxy();
    var d = e.path;
    v && (d.beginPath(), e.buildPath(d, e.shape), e.pathUpdated());
    var p = d.getVersion(), c = e, l = c.__svgPathBuilder;
    (c.__svgPathVersion !== p || !l || s !== c.__svgPathStrokePercent) && (l || (l = c.__svgPathBuilder = new Ct), l.reset(u), d.rebuildPath(l, s), l.generateStr(), c.__svgPathVersion = p, c.__svgPathStrokePercent = s), a.d = l.getStr();
} return $t(a, e.transform), Jt(a, r, e, t), Qt(a, e), t.animation && ft(e, a, t), t.emphasis && Se(e, a, t), T(f, e.id + "", a); }
function fi(e, t) { var r = e.style, i = r.image; if (i && !U(i) && (be(i) ? i = i.src : Ne(i) && (i = i.toDataURL())), !!i) {
    var n = r.x || 0, a = r.y || 0, o = r.width, f = r.height, s = { href: i, width: o, height: f };
    return n && (s.x = n), a && (s.y = a), $t(s, e.transform), Jt(s, r, e, t), Qt(s, e), t.animation && ft(e, s, t), T("image", e.id + "", s);
} }
function ui(e, t) { var r = e.style, i = r.text; if (i != null && (i += ""), !(!i || isNaN(r.x) || isNaN(r.y))) {
    var n = r.font || Tr, a = r.x || 0, o = Zr(r.y || 0, Qr(n), r.textBaseline), f = Fr[r.textAlign] || r.textAlign, s = { "dominant-baseline": "central", "text-anchor": f };
    if (ae(r)) {
        var u = "", h = r.fontStyle, v = ne(r.fontSize);
        if (!parseFloat(v))
            return;
        var d = r.fontFamily || wr, p = r.fontWeight;
        u += "font-size:" + v + ";font-family:" + d + ";", h && h !== "normal" && (u += "font-style:" + h + ";"), p && p !== "normal" && (u += "font-weight:" + p + ";"), s.style = u;
    }
    else
        s.style = "font: " + n;
    return i.match(/\s/) && (s["xml:space"] = "preserve"), a && (s.x = a), o && (s.y = o), $t(s, e.transform), Jt(s, r, e, t), Qt(s, e), t.animation && ft(e, s, t), T("text", e.id + "", s, void 0, i);
} }
function tr(e, t) { if (e instanceof ee)
    return Ce(e, t); if (e instanceof bt)
    return fi(e, t); if (e instanceof ie)
    return ui(e, t); }
function hi(e, t, r) { var i = e.style; if (Yr(i)) {
    var n = jr(e), a = r.shadowCache, o = a[n];
    if (!o) {
        var f = e.getGlobalScale(), s = f[0], u = f[1];
        if (!s || !u)
            return;
        var h = i.shadowOffsetX || 0, v = i.shadowOffsetY || 0, d = i.shadowBlur, p = H(i.shadowColor), c = p.opacity, l = p.color, m = d / 2 / s, g = d / 2 / u, x = m + " " + g;
        o = r.zrId + "-s" + r.shadowIdx++, r.defs[o] = T("filter", o, { id: o, x: "-100%", y: "-100%", width: "300%", height: "300%" }, [T("feDropShadow", "", { dx: h / s, dy: v / u, stdDeviation: x, "flood-color": l, "flood-opacity": c })]), a[n] = o;
    }
    t.filter = it(o);
} }
function rr(e, t, r, i) { var n = e[r], a, o = { gradientUnits: n.global ? "userSpaceOnUse" : "objectBoundingBox" }; if (Kr(n))
    a = "linearGradient", o.x1 = n.x, o.y1 = n.y, o.x2 = n.x2, o.y2 = n.y2;
else if (qr(n))
    a = "radialGradient", o.cx = V(n.x, .5), o.cy = V(n.y, .5), o.r = V(n.r, .5);
else
    return; for (var f = n.colorStops, s = [], u = 0, h = f.length; u < h; ++u) {
    var v = zr(f[u].offset) * 100 + "%", d = f[u].color, p = H(d), c = p.color, l = p.opacity, m = { offset: v };
    m["stop-color"] = c, l < 1 && (m["stop-opacity"] = l), s.push(T("stop", u + "", m));
} var g = T(a, "", o, s), x = ot(g), y = i.gradientCache, _ = y[x]; _ || (_ = i.zrId + "-g" + i.gradientIdx++, y[x] = _, o.id = _, i.defs[_] = T(a, _, o, s)), t[r] = it(_); }
function er(e, t, r, i) { var n = e.style[r], a = e.getBoundingRect(), o = {}, f = n.repeat, s = f === "no-repeat", u = f === "repeat-x", h = f === "repeat-y", v; if (Xr(n)) {
    var d = n.imageWidth, p = n.imageHeight, c = void 0, l = n.image;
    if (U(l) ? c = l : be(l) ? c = l.src : Ne(l) && (c = l.toDataURL()), typeof Image > "u") {
        var m = "Image width/height must been given explictly in svg-ssr renderer.";
        zt(d, m), zt(p, m);
    }
    else if (d == null || p == null) {
        var g = function (L, R) { if (L) {
            var B = L.elm, I = d || R.width, k = p || R.height;
            L.tag === "pattern" && (u ? (k = 1, I /= a.width) : h && (I = 1, k /= a.height)), L.attrs.width = I, L.attrs.height = k, B && (B.setAttribute("width", I), B.setAttribute("height", k));
        } }, x = te(c, null, e, function (L) { s || g(C, L), g(v, L); });
        x && x.width && x.height && (d = d || x.width, p = p || x.height);
    }
    v = T("image", "img", { href: c, width: d, height: p }), o.width = d, o.height = p;
}
else
    n.svgElement && (v = Nr(n.svgElement), o.width = n.svgWidth, o.height = n.svgHeight); if (v) {
    var y, _;
    s ? y = _ = 1 : u ? (_ = 1, y = o.width / a.width) : h ? (y = 1, _ = o.height / a.height) : o.patternUnits = "userSpaceOnUse", y != null && !isNaN(y) && (o.width = y), _ != null && !isNaN(_) && (o.height = _);
    var w = wt(n);
    w && (o.patternTransform = w);
    var C = T("pattern", "", o, [v]), S = ot(C), E = i.patternCache, b = E[S];
    b || (b = i.zrId + "-p" + i.patternIdx++, E[S] = b, o.id = b, C = i.defs[b] = T("pattern", b, o, [v])), t[r] = it(b);
} }
function Re(e, t, r) { var i = r.clipPathCache, n = r.defs, a = i[e.id]; if (!a) {
    a = r.zrId + "-c" + r.clipPathIdx++;
    var o = { id: a };
    i[e.id] = a, n[a] = T("clipPath", a, o, [Ce(e, r)]);
} t["clip-path"] = it(a); }
function ir(e) { return document.createTextNode(e); }
function z(e, t, r) { e.insertBefore(t, r); }
function nr(e, t) { e.removeChild(t); }
function ar(e, t) { e.appendChild(t); }
function or(e) { return e.parentNode; }
function sr(e) { return e.nextSibling; }
function At(e, t) { e.textContent = t; }
var Pe = 58, di = 120, pi = T("", "");
function fr(e) { return e === void 0; }
function D(e) { return e !== void 0; }
function li(e, t, r) { for (var i = {}, n = t; n <= r; ++n) {
    var a = e[n].key;
    a !== void 0 && (i[a] = n);
} return i; }
function ht(e, t) { var r = e.key === t.key, i = e.tag === t.tag; return i && r; }
function vt(e) { var t, r = e.children, i = e.tag; if (D(i)) {
    var n = e.elm = Rt(i);
    if (kt(pi, e), Rr(r))
        for (t = 0; t < r.length; ++t) {
            var a = r[t];
            a != null && ar(n, vt(a));
        }
    else
        D(e.text) && !K(e.text) && ar(n, ir(e.text));
}
else
    e.elm = ir(e.text); return e.elm; }
function Ae(e, t, r, i, n) { for (; i <= n; ++i) {
    var a = r[i];
    a != null && z(e, vt(a), t);
} }
function Et(e, t, r, i) { for (; r <= i; ++r) {
    var n = t[r];
    if (n != null)
        if (D(n.tag)) {
            var a = or(n.elm);
            nr(a, n.elm);
        }
        else
            nr(e, n.elm);
} }
function kt(e, t) { var r, i = t.elm, n = e && e.attrs || {}, a = t.attrs || {}; if (n !== a) {
    for (r in a) {
        var o = a[r], f = n[r];
        f !== o && (o === !0 ? i.setAttribute(r, "") : o === !1 ? i.removeAttribute(r) : r === "style" ? i.style.cssText = o : r.charCodeAt(0) !== di ? i.setAttribute(r, o) : r === "xmlns:xlink" || r === "xmlns" ? i.setAttributeNS(ce, r, o) : r.charCodeAt(3) === Pe ? i.setAttributeNS(_e, r, o) : r.charCodeAt(5) === Pe ? i.setAttributeNS(Kt, r, o) : i.setAttribute(r, o));
    }
    for (r in n)
        r in a || i.removeAttribute(r);
} }
function ci(e, t, r) { for (var i = 0, n = 0, a = t.length - 1, o = t[0], f = t[a], s = r.length - 1, u = r[0], h = r[s], v, d, p, c; i <= a && n <= s;)
    o == null ? o = t[++i] : f == null ? f = t[--a] : u == null ? u = r[++n] : h == null ? h = r[--s] : ht(o, u) ? (W(o, u), o = t[++i], u = r[++n]) : ht(f, h) ? (W(f, h), f = t[--a], h = r[--s]) : ht(o, h) ? (W(o, h), z(e, o.elm, sr(f.elm)), o = t[++i], h = r[--s]) : ht(f, u) ? (W(f, u), z(e, f.elm, o.elm), f = t[--a], u = r[++n]) : (fr(v) && (v = li(t, i, a)), d = v[u.key], fr(d) ? z(e, vt(u), o.elm) : (p = t[d], p.tag !== u.tag ? z(e, vt(u), o.elm) : (W(p, u), t[d] = void 0, z(e, p.elm, o.elm))), u = r[++n]); (i <= a || n <= s) && (i > a ? (c = r[s + 1] == null ? null : r[s + 1].elm, Ae(e, c, r, n, s)) : Et(e, t, i, a)); }
function W(e, t) { var r = t.elm = e.elm, i = e.children, n = t.children; e !== t && (kt(e, t), fr(t.text) ? D(i) && D(n) ? i !== n && ci(r, i, n) : D(n) ? (D(e.text) && At(r, ""), Ae(r, null, n, 0, n.length - 1)) : D(i) ? Et(r, i, 0, i.length - 1) : D(e.text) && At(r, "") : e.text !== t.text && (D(i) && Et(r, i, 0, i.length - 1), At(r, t.text))); }
function ur(e, t) { if (ht(e, t))
    W(e, t);
else {
    var r = e.elm, i = or(r);
    vt(t), i !== null && (z(i, t.elm, sr(r)), Et(i, [e], 0, 0));
} return t; }
var _i = 0, mi = (function () { function e(t, r, i) { if (this.type = "svg", this.configLayer = gi("configLayer"), this.storage = r, this._opts = i = M({}, i), this.root = t, this._id = "zr" + _i++, this._oldVNode = Wt(i.width, i.height), t && !i.ssr) {
    var n = this._viewport = document.createElement("div");
    n.style.cssText = "position:relative;overflow:hidden";
    var a = this._svgDom = this._oldVNode.elm = Rt("svg");
    kt(null, this._oldVNode), n.appendChild(a), t.appendChild(n);
} this.resize(i.width, i.height); } return e.prototype.getType = function () { return this.type; }, e.prototype.getViewportRoot = function () { return this._viewport; }, e.prototype.getViewportRootOffset = function () { var t = this.getViewportRoot(); if (t)
    return { offsetLeft: t.offsetLeft || 0, offsetTop: t.offsetTop || 0 }; }, e.prototype.getSvgDom = function () { return this._svgDom; }, e.prototype.refresh = function () { if (this.root) {
    var t = this.renderToVNode({ willUpdate: !0 });
    t.attrs.style = "position:absolute;left:0;top:0;user-select:none", ur(this._oldVNode, t), this._oldVNode = t;
} }, e.prototype.renderOneToVNode = function (t) { return tr(t, st(this._id)); }, e.prototype.renderToVNode = function (t) { t = t || {}; var r = this.storage.getDisplayList(!0), i = this._width, n = this._height, a = st(this._id); a.animation = t.animation, a.willUpdate = t.willUpdate, a.compress = t.compress, a.emphasis = t.emphasis, a.ssr = this._opts.ssr; var o = [], f = this._bgVNode = yi(i, n, this._backgroundColor, a); f && o.push(f); var s = t.compress ? null : this._mainVNode = T("g", "main", {}, []); this._paintList(r, a, s ? s.children : o), s && o.push(s); var u = P(A(a.defs), function (d) { return a.defs[d]; }); if (u.length && o.push(T("defs", "defs", {}, u)), t.animation) {
    var h = me(a.cssNodes, a.cssAnims, { newline: !0 });
    if (h) {
        var v = T("style", "stl", {}, [], h);
        o.push(v);
    }
} return Wt(i, n, o, t.useViewBox); }, e.prototype.renderToString = function (t) { return t = t || {}, ot(this.renderToVNode({ animation: V(t.cssAnimation, !0), emphasis: V(t.cssEmphasis, !0), willUpdate: !1, compress: !0, useViewBox: V(t.useViewBox, !0) }), { newline: !0 }); }, e.prototype.setBackgroundColor = function (t) { this._backgroundColor = t; }, e.prototype.getSvgRoot = function () { return this._mainVNode && this._mainVNode.elm; }, e.prototype._paintList = function (t, r, i) { for (var n = t.length, a = [], o = 0, f, s, u = 0, h = 0; h < n; h++) {
    var v = t[h];
    if (!v.invisible) {
        var d = v.__clipPaths, p = d && d.length || 0, c = s && s.length || 0, l = void 0;
        for (l = Math.max(p - 1, c - 1); l >= 0 && !(d && s && d[l] === s[l]); l--)
            ;
        for (var m = c - 1; m > l; m--)
            o--, f = a[o - 1];
        for (var g = l + 1; g < p; g++) {
            var x = {};
            Re(d[g], x, r);
            var y = T("g", "clip-g-" + u++, x, []);
            (f ? f.children : i).push(y), a[o++] = y, f = y;
        }
        s = d;
        var _ = tr(v, r);
        _ && (f ? f.children : i).push(_);
    }
} }, e.prototype.resize = function (t, r) { var i = this._opts, n = this.root, a = this._viewport; if (t != null && (i.width = t), r != null && (i.height = r), n && a && (a.style.display = "none", t = G(n, 0, i), r = G(n, 1, i), a.style.display = ""), this._width !== t || this._height !== r) {
    if (this._width = t, this._height = r, a) {
        var o = a.style;
        o.width = t + "px", o.height = r + "px";
    }
    if (et(this._backgroundColor))
        this.refresh();
    else {
        var f = this._svgDom;
        f && (f.setAttribute("width", t), f.setAttribute("height", r));
        var s = this._bgVNode && this._bgVNode.elm;
        s && (s.setAttribute("width", t), s.setAttribute("height", r));
    }
} }, e.prototype.getWidth = function () { return this._width; }, e.prototype.getHeight = function () { return this._height; }, e.prototype.dispose = function () { this.root && (this.root.innerHTML = ""), this._svgDom = this._viewport = this.storage = this._oldVNode = this._bgVNode = this._mainVNode = null; }, e.prototype.clear = function () { this._svgDom && (this._svgDom.innerHTML = null), this._oldVNode = null; }, e.prototype.toDataURL = function (t) { var r = this.renderToString(), i = "data:image/svg+xml;"; return t ? (r = Wr(r), r && i + "base64," + r) : i + "charset=UTF-8," + encodeURIComponent(r); }, e; })();
function gi(e) { return function () { }; }
function yi(e, t, r, i) { var n; if (r && r !== "none")
    if (n = T("rect", "bg", { width: e, height: t, x: "0", y: "0" }), St(r))
        rr({ fill: r }, n.attrs, "fill", i);
    else if (et(r))
        er({ style: { fill: r }, dirty: Br, getBoundingRect: function () { return { width: e, height: t }; } }, n.attrs, "fill", i);
    else {
        var a = H(r), o = a.color, f = a.opacity;
        n.attrs.fill = o, f < 1 && (n.attrs["fill-opacity"] = f);
    } return n; }
var Ee = mi;
function xi(e) { e.registerPainter("svg", Ee); }
import { __extends as Si } from "tslib";
function ke(e, t, r) { var i = $.createCanvas(), n = t.getWidth(), a = t.getHeight(), o = i.style; return o && (o.position = "absolute", o.left = "0", o.top = "0", o.width = n + "px", o.height = a + "px", i.setAttribute("data-zr-dom-id", e)), i.width = n * r, i.height = a * r, i; }
function Vt(e) { return !e.__cursors.get(Ft); }
function Ve(e) { var t = e.__cursors.get(Ft); return { startIdx: t ? t.startIdx : 0, endIdx: t ? t.endIdx : 0 }; }
var Ii = (function (e) { Si(t, e); function t(r, i, n) { var a = e.call(this) || this; a.motionBlur = !1, a.lastFrameAlpha = .7, a.dpr = 1, a.virtual = !1, a.config = {}, a.zlevel = 0, a.zlevel2 = q, a.maxRepaintRectCount = 5, a.__dirty = !0, a.__firstTimePaint = !0, a.__prevIdx = { startIdx: 0, endIdx: 0 }; var o; n = n || Tt, typeof r == "string" ? o = ke(r, i, n) : K(r) && (o = r, r = o.id), a.id = r, a.dom = o; var f = o.style; return f && (Lt(o), o.onselectstart = function () { return !1; }, f.padding = "0", f.margin = "0", f.borderWidth = "0"), a.painter = i, a.dpr = n, a; } return t.prototype.afterBrush = function () { this.__prevIdx = Ve(this); }, t.prototype.initContext = function () { this.ctx = this.dom.getContext("2d"), this.ctx.dpr = this.dpr; }, t.prototype.setUnpainted = function () { this.__firstTimePaint = !0; }, t.prototype.createBackBuffer = function () { var r = this.dpr; this.domBack = ke("back-" + this.id, this.painter, r), this.ctxBack = this.domBack.getContext("2d"), r !== 1 && this.ctxBack.scale(r, r); }, t.prototype.createRepaintRects = function (r, i, n, a) { if (this.__firstTimePaint)
    return this.__firstTimePaint = !1, null; var o = [], f = this.maxRepaintRectCount, s = !1, u = new tt(0, 0, 0, 0); function h(_) { if (!(!_.isFinite() || _.isZero()))
    if (o.length === 0) {
        var w = new tt(0, 0, 0, 0);
        w.copy(_), o.push(w);
    }
    else {
        for (var C = !1, S = 1 / 0, E = 0, b = 0; b < o.length; ++b) {
            var L = o[b];
            if (L.intersect(_)) {
                var R = new tt(0, 0, 0, 0);
                R.copy(L), R.union(_), o[b] = R, C = !0;
                break;
            }
            else if (s) {
                u.copy(_), u.union(L);
                var B = _.width * _.height, I = L.width * L.height, k = u.width * u.height, J = k - B - I;
                J < S && (S = J, E = b);
            }
        }
        if (s && (o[E].union(_), C = !0), !C) {
            var w = new tt(0, 0, 0, 0);
            w.copy(_), o.push(w);
        }
        s || (s = o.length >= f);
    } } for (var v = Ve(this), d = v.startIdx; d < v.endIdx; ++d) {
    var p = r[d];
    if (p) {
        var c = p.shouldBePainted(n, a, !0, !0), l = p.__isRendered && (p.__dirty & rt || !c) ? p.getPrevPaintRect() : null;
        l && h(l);
        var m = c && (p.__dirty & rt || !p.__isRendered) ? p.getPaintRect() : null;
        m && h(m);
    }
} for (var g = this.__prevIdx, d = g.startIdx; d < g.endIdx; ++d) {
    var p = i[d], c = p && p.shouldBePainted(n, a, !0, !0);
    if (p && (!c || !p.__zr) && p.__isRendered) {
        var l = p.getPrevPaintRect();
        l && h(l);
    }
} var x; do {
    x = !1;
    for (var d = 0; d < o.length;) {
        if (o[d].isZero()) {
            o.splice(d, 1);
            continue;
        }
        for (var y = d + 1; y < o.length;)
            o[d].intersect(o[y]) ? (x = !0, o[d].union(o[y]), o.splice(y, 1)) : y++;
        d++;
    }
} while (x); return this._paintRects = o, o; }, t.prototype.debugGetPaintRects = function () { return (this._paintRects || []).slice(); }, t.prototype.resize = function (r, i) { var n = this.dpr, a = this.dom, o = a.style, f = this.domBack; o && (o.width = r + "px", o.height = i + "px"), a.width = r * n, a.height = i * n, f && (f.width = r * n, f.height = i * n, n !== 1 && this.ctxBack.scale(n, n)); }, t.prototype.clear = function (r, i, n) { var a = this.dom, o = this.ctx, f = a.width, s = a.height; i = i || this.clearColor; var u = this.motionBlur && !r, h = this.lastFrameAlpha, v = this.dpr, d = this; u && (this.domBack || this.createBackBuffer(), this.ctxBack.globalCompositeOperation = "copy", this.ctxBack.drawImage(a, 0, 0, f / v, s / v)); var p = this.domBack; function c(l, m, g, x) { if (o.clearRect(l, m, g, x), i && i !== "transparent") {
    var y = void 0;
    if (Er(i)) {
        var _ = i.global || i.__width === g && i.__height === x;
        y = _ && i.__canvasGradient || ue(o, i, { x: 0, y: 0, width: g, height: x }), i.__canvasGradient = y, i.__width = g, i.__height = x;
    }
    else
        kr(i) && (i.scaleX = i.scaleX || v, i.scaleY = i.scaleY || v, y = ve(o, i, { dirty: function () { d.setUnpainted(), d.painter.refresh(); } }));
    o.save(), o.fillStyle = y || i, o.fillRect(l, m, g, x), o.restore();
} u && (o.save(), o.globalAlpha = h, o.drawImage(p, l, m, g, x), o.restore()); } !n || u ? c(0, 0, f, s) : n.length && X(n, function (l) { c(l.x * v, l.y * v, l.width * v, l.height * v); }); }, t; })(Or), hr = Ii;
var Be = 1e5, Y = 314159, vr = void 0, wi = 1, dr = 2;
function Ti(e) { return e ? e.__builtin__ ? !0 : !(typeof e.resize != "function" || typeof e.refresh != "function") : !1; }
function bi(e, t) { var r = document.createElement("div"); return r.style.cssText = ["position:relative", "width:" + e + "px", "height:" + t + "px", "padding:0", "margin:0", "border-width:0"].join(";") + ";", r; }
function Oe(e, t, r, i) { var n = new hr(e, t, t.dpr); return n.zlevel = r, n.zlevel2 = i, n.__builtin__ = !0, De(n), n; }
function De(e) { e.__cursorStack = [], e.__cursors = Vr(); }
function Ni(e) { return e.startIdx = e.drawIdx = e.endIdx = e.endIdxNew = 0, e.used = !1, e.first = e.last = NaN, e.notClearIdx = -1, e; }
function Ci(e, t) { var r = e.__cursors, i = +t; return r.get(i) || (e.__cursorStack.push(i), r.set(i, Ni({ key: i }))); }
function Bt(e, t) { for (var r = e.__cursorStack, i = 0; i < r.length; i++)
    t(e.__cursors.get(r[i])); }
function pr(e, t) { var r = e.layers; return r[t] || (r[t] = new Array(3)); }
function N(e, t, r) { for (var i = e.layerStack, n = 0; n < i.length; n++) {
    var a = i[n].zl, o = i[n].zl2, f = e.layers[a][o];
    (!r || (!(r & dt) || f.__builtin__) && (!(r & lr) || !f.__builtin__) && (!(r & Me) || f !== e.hoverlayer)) && t(f, a, o, n);
} }
var dt = 1, lr = 2, Me = 4, Ot = dt | Me, Ri = (function () { function e(t, r, i, n) { this.type = "canvas", this._prevDisplayList = [], this._layerConfig = {}, this._needsManuallyCompositing = !1, this.type = "canvas", this._i = { layerStack: [], layers: [] }; var a = !t.nodeName || t.nodeName.toUpperCase() === "CANVAS"; this._opts = i = M({}, i || {}), this.dpr = i.devicePixelRatio || Tt, this._singleCanvas = a, this.root = t; var o = t.style; if (o && (Lt(t), t.innerHTML = ""), this.storage = r, this._prevDisplayList = [], a) {
    var s = t, u = s.width, h = s.height;
    i.width != null && (u = i.width), i.height != null && (h = i.height), this.dpr = i.devicePixelRatio || 1, s.width = u * this.dpr, s.height = h * this.dpr, this._width = u, this._height = h;
    var v = Oe(s, this, Y, q);
    v.initContext(), this._insertLayer(v, Y, q, !0), this._domRoot = t;
}
else {
    this._width = G(t, 0, i), this._height = G(t, 1, i);
    var f = this._domRoot = bi(this._width, this._height);
    t.appendChild(f);
} } return e.prototype.getType = function () { return "canvas"; }, e.prototype.isSingleCanvas = function () { return this._singleCanvas; }, e.prototype.getViewportRoot = function () { return this._domRoot; }, e.prototype.getViewportRootOffset = function () { var t = this.getViewportRoot(); if (t)
    return { offsetLeft: t.offsetLeft || 0, offsetTop: t.offsetTop || 0 }; }, e.prototype.refresh = function (t) { var r; t && !K(t) ? r = { paintAll: !!t } : r = t || {}; var i = V(r.refresh, !0), n = V(r.refreshHover, !1); if (n && (this._hoverLayerDirty = dr), !i)
    return n && this._paintHoverList(this.storage.getDisplayList(!1)), this; var a = this.storage.getDisplayList(!0); this._updateLayerStatus(a, r.paintAll), this._redrawId = Math.random(); var o = this._prevDisplayList; this._paintList(a, o, this._redrawId); var f = this._backgroundColor; return N(this._i, function (s, u, h, v) { s.refresh && s.refresh(v === 0 ? f : null); }, lr), this._opts.useDirtyRect && (this._prevDisplayList = a.slice()), this; }, e.prototype._paintHoverList = function (t) { var r = this._i.hoverlayer, i = this._hoverLayerDirty; if (this._hoverLayerDirty = vr, i !== vr && (!r && i === dr && (r = this._i.hoverlayer = this._ensureLayer(Be)), !!r)) {
    r.clear();
    for (var n = { inHover: !0, viewWidth: this._width, viewHeight: this._height, beforeBrushParam: {} }, a, o = 0, f = t.length; o < f; o++) {
        var s = t[o];
        if (s.__inHover) {
            a || (a = r.ctx, a.save());
            var u = s.__hoverStyle, h = void 0;
            u && (h = s.style, s.style = u), nt(a, s, n), u && (s.style = h);
        }
    }
    a && (Nt(a, n), a.restore());
} }, e.prototype.getHoverLayer = function () { return this._ensureLayer(Be); }, e.prototype.paintOne = function (t, r) { de(t, r); }, e.prototype._paintList = function (t, r, i) { if (this._redrawId === i) {
    var n = this._doPaintList(t, r);
    if (this._needsManuallyCompositing && this._compositeManually(), n)
        N(this._i, function (o) { o.afterBrush && o.afterBrush(); }, Ot), this._paintHoverList(t);
    else {
        var a = this;
        Mr(function () { a._paintList(t, r, i); });
    }
} }, e.prototype._compositeManually = function () { var t = this._ensureLayer(Y).ctx, r = this._domRoot.width, i = this._domRoot.height; t.clearRect(0, 0, r, i), N(this._i, function (n) { n.virtual && t.drawImage(n.dom, 0, 0, r, i); }, dt); }, e.prototype._doPaintList = function (t, r) { var i = this, n = !0; return N(this._i, function (a) { var o = !1; if (Bt(a, function (v) { (v.drawIdx < v.endIdx || v.notClearIdx >= 0) && (o = !0); }), !(!o && !a.__dirty)) {
    var f = i._opts.useDirtyRect && !Vt(a) ? a.createRepaintRects(t, r, i._width, i._height) : null, s = i._i.layerStack[0], u = !0;
    if (a.__dirty) {
        u = !1, a.__dirty = !1;
        var h = a.zlevel === s.zl && a.zlevel2 === s.zl2 ? i._backgroundColor : null;
        a.clear(!1, h, f);
    }
    Bt(a, function (v) { var d = i._paintPerCursor(a, v, t, f, u); n = n && d; });
} }, Ot), Ir.wxa && N(this._i, function (a) { a && a.ctx && a.ctx.draw && a.ctx.draw(); }), n; }, e.prototype._paintPerCursor = function (t, r, i, n, a) { var o = t.ctx; if (n)
    if (!n.length)
        r.drawIdx = r.endIdx;
    else
        for (var f = this.dpr, s = 0; s < n.length; ++s) {
            var u = n[s];
            o.save(), o.beginPath(), o.rect(u.x * f, u.y * f, u.width * f, u.height * f), o.clip(), this._paintPerCursorInRect(t, r, i, u, a), o.restore();
        }
else
    o.save(), this._paintPerCursorInRect(t, r, i, null, a), o.restore(); return r.drawIdx >= r.endIdx; }, e.prototype._paintPerCursorInRect = function (t, r, i, n, a) { for (var o = { inHover: !1, allClipped: !1, prevEl: null, viewWidth: this._width, viewHeight: this._height, beforeBrushParam: { contentRetained: a } }, f = t.ctx, s = Vt(t), u = s && $.getTime(), h = r.drawIdx, v = r.notClearIdx, d = v >= 0 ? Math.min(v, h) : h; d < r.endIdx; d++) {
    var p = i[d];
    if (!(d < h && !p.notClear)) {
        if (p.__inHover && (this._hoverLayerDirty = dr), n != null) {
            var c = p.getPaintRect();
            c && c.intersect(n) && (nt(f, p, o), p.setPrevPaintRect(c));
        }
        else
            nt(f, p, o);
        if (s) {
            var l = $.getTime() - u;
            if (l > 15) {
                d++;
                break;
            }
        }
    }
} Nt(f, o), r.drawIdx = Math.max(d, h); }, e.prototype.getLayer = function (t, r) { return this._ensureLayer(t, 0, r); }, e.prototype._ensureLayer = function (t, r, i) { r = r || 0; var n = this._singleCanvas; n && !this._needsManuallyCompositing && (t = Y, r = 0); var a = pr(this._i, t)[r]; return a || (a = Oe("zr_" + t + "." + r, this, t, r), this._layerConfig[t] && xt(a, this._layerConfig[t], !0), (i || n && t !== Y) && (a.virtual = !0), this._insertLayer(a, t, r, !1), a.initContext()), a; }, e.prototype.insertLayer = function (t, r) { this._insertLayer(r, t, 0, !1); }, e.prototype._insertLayer = function (t, r, i, n) { var a = this._i, o = a.layers, f = a.layerStack, s = this._domRoot, u = null; if (!(o[r] && o[r][i]) && Ti(t)) {
    for (var h = f.length, v = 0; v < h && (f[v].zl < r || f[v].zl === r && f[v].zl2 < i);)
        v++;
    if (v > 0 && (u = pr(a, f[v - 1].zl)[f[v - 1].zl2]), f.splice(v, 0, { zl: r, zl2: i }), pr(a, r)[i] = t, !n && !t.virtual)
        if (u) {
            var d = u.dom;
            d.nextSibling ? s.insertBefore(t.dom, d.nextSibling) : s.appendChild(t.dom);
        }
        else
            s.firstChild ? s.insertBefore(t.dom, s.firstChild) : s.appendChild(t.dom);
    t.painter || (t.painter = this);
} }, e.prototype.eachLayer = function (t, r) { return N(this._i, function (i, n) { t.call(r, i, n); }); }, e.prototype.eachBuiltinLayer = function (t, r) { return N(this._i, function (i, n) { t.call(r, i, n); }, dt); }, e.prototype.eachOtherLayer = function (t, r) { return N(this._i, function (i, n) { t.call(r, i, n); }, lr); }, e.prototype.getLayers = function () { var t = {}; return N(this._i, function (r, i, n) { t[r.id] = r; }), t; }, e.prototype._updateLayerStatus = function (t, r) { var i = this; if (i._singleCanvas)
    for (var n = 1; n < t.length; n++) {
        var a = t[n];
        if (a.zlevel !== t[n - 1].zlevel || a.incremental) {
            i._needsManuallyCompositing = !0;
            break;
        }
    } N(i._i, function (m) { m.__dirty = !1, Bt(m, function (g) { g.used = !1, g.endIdxNew = 0, g.notClearIdx = -1; }); }, Ot); for (var o, f = null, s = null, u = !1, h = 0, v = t.length; h < v; h++) {
    var a = t[h], d = a.zlevel, p = a.incremental, c = void 0;
    if (o !== d && (o = d, u = !1), p ? (u = !0, c = fe) : c = u ? se : q, (!f || d !== f.zlevel || c !== f.zlevel2) && (f = i._ensureLayer(d, c), s = null, !f.__builtin__)) {
        br("ZLevel " + d + " has been used by unknown layer " + f.id);
        continue;
    }
    if ((!s || p !== s.key) && (s = Ci(f, p), !s.used))
        if (s.used = !0, !r && s.first === a.id) {
            var l = h - s.startIdx;
            s.startIdx = h, s.drawIdx += l, s.endIdx += l;
        }
        else
            f.__dirty = !0, s.first = a.id, s.startIdx = s.drawIdx = h, s.endIdx = h + 1;
    s.endIdxNew = h + 1, a.__dirty & rt && !a.__inHover && ((!p || !a.notClear && h < s.drawIdx) && (f.__dirty = !0), p && a.notClear && s.notClearIdx < 0 && (s.notClearIdx = h));
} N(i._i, function (m) { for (var g = m.__cursorStack, x = m.__cursors, y = g.length - 1; y >= 0; y--) {
    var _ = x.get(g[y]);
    if (!_.used)
        m.__dirty = !0, x.removeKey(g[y]), g.splice(y, 1);
    else {
        var w = _.endIdxNew;
        (Vt(m) ? w < _.drawIdx : w !== _.endIdx || !w || t[w - 1].id !== _.last) && (m.__dirty = !0), _.endIdx = _.endIdxNew, _.last = w ? t[w - 1].id : NaN;
    }
} m.__dirty && (Bt(m, function (C) { C.drawIdx = C.startIdx; }), i._hoverLayerDirty === vr && (i._hoverLayerDirty = wi)); }, Ot); }, e.prototype.clear = function () { return N(this._i, function (t) { t.clear(), De(t); }, dt), this; }, e.prototype.setBackgroundColor = function (t) { this._backgroundColor = t, N(this._i, function (r) { r.setUnpainted(); }); }, e.prototype.configLayer = function (t, r) { if (r) {
    var i = this._layerConfig;
    i[t] ? xt(i[t], r, !0) : i[t] = r, N(this._i, function (n, a) { xt(n, i[a], !0); });
} }, e.prototype.delLayer = function (t) { for (var r = this._i.layerStack, i = this._i.layers, n = r.length - 1; n >= 0; n--) {
    var a = r[n];
    if (a.zl === t) {
        var o = i[t][a.zl2];
        if (o.__builtin__)
            continue;
        if (r.splice(n, 1), i[t][a.zl2] = void 0, !o.virtual) {
            var f = o.dom.parentNode;
            f && f.removeChild(o.dom);
        }
    }
} }, e.prototype.resize = function (t, r) { if (this._domRoot.style) {
    var i = this._domRoot;
    i.style.display = "none";
    var n = this._opts, a = this.root;
    t != null && (n.width = t), r != null && (n.height = r), t = G(a, 0, n), r = G(a, 1, n), i.style.display = "", (this._width !== t || r !== this._height) && (i.style.width = t + "px", i.style.height = r + "px", N(this._i, function (o) { o.resize(t, r); }), this.refresh({ paintAll: !0 })), this._width = t, this._height = r;
}
else {
    if (t == null || r == null)
        return;
    this._width = t, this._height = r, this._ensureLayer(Y).resize(t, r);
} return this; }, e.prototype.clearLayer = function (t) { X(this._i.layers[t], function (r) { r && !r.__builtin__ && r.clear(); }); }, e.prototype.dispose = function () { this.root.innerHTML = "", this.root = this.storage = this._domRoot = this._i = null; }, e.prototype.getRenderedCanvas = function (t) { if (t = t || {}, this._singleCanvas && !this._compositeManually)
    return this._i.layers[Y][0].dom; var r = new hr("image", this, t.pixelRatio || this.dpr); r.initContext(), r.clear(!1, t.backgroundColor || this._backgroundColor); var i = r.ctx; if (t.pixelRatio <= this.dpr) {
    this.refresh();
    var n = r.dom.width, a = r.dom.height;
    N(this._i, function (v) { v.__builtin__ ? i.drawImage(v.dom, 0, 0, n, a) : v.renderToCanvas && (i.save(), v.renderToCanvas(i), i.restore()); });
}
else {
    for (var o = { inHover: !1, viewWidth: this._width, viewHeight: this._height, beforeBrushParam: {} }, f = this.storage.getDisplayList(!0), s = 0, u = f.length; s < u; s++) {
        var h = f[s];
        nt(i, h, o);
    }
    Nt(i, o);
} return r.dom; }, e.prototype.getWidth = function () { return this._width; }, e.prototype.getHeight = function () { return this._height; }, e; })(), He = Ri;
function Pi(e) { e.registerPainter("canvas", He); }
export { Pi as CanvasRenderer, xi as SVGRenderer };
