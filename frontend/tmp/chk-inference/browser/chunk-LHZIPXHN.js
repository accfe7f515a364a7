var Ts = Object.defineProperty;
var Vr = (r, t) => { for (var e in t)
    Ts(r, e, { get: t[e], enumerable: !0 }); };
var xs = (function () { function r() { this.firefox = !1, this.ie = !1, this.edge = !1, this.newEdge = !1, this.weChat = !1; } return r; })(), ws = (function () { function r() { this.browser = new xs, this.node = !1, this.wxa = !1, this.worker = !1, this.svgSupported = !1, this.touchEventsSupported = !1, this.pointerEventsSupported = !1, this.domSupported = !1, this.transformSupported = !1, this.transform3dSupported = !1, this.hasGlobalWindow = typeof window < "u"; } return r; })(), It = new ws;
typeof wx == "object" && typeof wx.getSystemInfoSync == "function" ? (It.wxa = !0, It.touchEventsSupported = !0) : typeof document > "u" && typeof self < "u" ? It.worker = !0 : !It.hasGlobalWindow || "Deno" in window || typeof navigator < "u" && typeof navigator.userAgent == "string" && navigator.userAgent.indexOf("Node.js") > -1 ? (It.node = !0, It.svgSupported = !0) : bs(navigator.userAgent, It);
function bs(r, t) { var e = t.browser, i = r.match(/Firefox\/([\d.]+)/), n = r.match(/MSIE\s([\d.]+)/) || r.match(/Trident\/.+?rv:(([\d.]+))/), a = r.match(/Edge?\/([\d.]+)/), o = /micromessenger/i.test(r); i && (e.firefox = !0, e.version = i[1]), n && (e.ie = !0, e.version = n[1]), a && (e.edge = !0, e.version = a[1], e.newEdge = +a[1].split(".")[0] > 18), o && (e.weChat = !0), t.svgSupported = typeof SVGRect < "u", t.touchEventsSupported = "ontouchstart" in window && !e.ie && !e.edge, t.pointerEventsSupported = "onpointerdown" in window && (e.edge || e.ie && +e.version >= 11); var s = t.domSupported = typeof document < "u"; if (s) {
    var f = document.documentElement.style;
    t.transform3dSupported = (e.ie && "transition" in f || e.edge || "WebKitCSSMatrix" in window && "m11" in new WebKitCSSMatrix || "MozPerspective" in f) && !("OTransition" in f), t.transformSupported = t.transform3dSupported || e.ie && +e.version >= 9;
} }
var F = It;
var be = 12, Ss = "sans-serif", tt = be + "px " + Ss, Cs = 20, Ps = 100, Es = "007LLmW'55;N0500LLLLLLLLLL00NNNLzWW\\\\WQb\\0FWLg\\bWb\\WQ\\WrWWQ000CL5LLFLL0LL**F*gLLLL5F0LF\\FFF5.5N";
function Ms(r) { var t = {}; if (typeof JSON > "u")
    return t; for (var e = 0; e < r.length; e++) {
    var i = String.fromCharCode(e + 32), n = (r.charCodeAt(e) - Cs) / Ps;
    t[i] = n;
} return t; }
var Ls = Ms(Es), V = { createCanvas: function () { return typeof document < "u" && document.createElement("canvas"); }, measureText: (function () { var r, t; return function (e, i) { if (!r) {
        var n = V.createCanvas();
        r = n && n.getContext("2d");
    } if (r)
        return t !== i && (t = r.font = i || tt), r.measureText(e); e = e || "", i = i || tt; var a = /((?:\d+)?\.?\d*)px/.exec(i), o = a && +a[1] || be, s = 0; if (i.indexOf("mono") >= 0)
        s = o * e.length;
    else
        for (var f = 0; f < e.length; f++) {
            var h = Ls[e[f]];
            s += h == null ? o : h * o;
        } return { width: s }; }; })(), loadImage: function (r, t, e) { var i = new Image; return i.onload = t, i.onerror = e, i.src = r, i; }, getTime: function () { return Date.now ? Date.now() : +new Date; } };
function ku(r) { for (var t in V)
    V.hasOwnProperty(t) && r[t] && (V[t] = r[t]); }
var Rr = {};
Vr(Rr, { EPSILON: () => js, HashMap: () => ta, RADIAN_TO_DEGREE: () => nr, assert: () => qs, assignProps: () => yi, bind: () => zs, clone: () => Ht, concatArray: () => Qs, createCanvas: () => Is, createHashMap: () => Ks, createObject: () => Ct, curry: () => Ys, defaults: () => rt, disableUserSelect: () => $s, each: () => N, eqNaN: () => xi, extend: () => D, filter: () => Me, find: () => Bs, guid: () => Kr, hasOwn: () => Js, indexOf: () => K, inherits: () => Hs, isArray: () => Mr, isArrayLike: () => Q, isBuiltInObject: () => di, isDom: () => Ce, isFunction: () => dt, isGradientObject: () => er, isImagePatternObject: () => Gs, isNumber: () => rr, isObject: () => St, isPrimitive: () => Er, isRegExp: () => Us, isString: () => Bt, isStringSafe: () => Ws, isTypedArray: () => Ti, keys: () => I, logError: () => Qr, map: () => ht, merge: () => gi, mergeAll: () => Fs, mixin: () => Ee, noop: () => Pt, normalizeCssArray: () => bi, reduce: () => tr, retrieve: () => Xs, retrieve2: () => H, retrieve3: () => ir, setAsPrimitive: () => ks, slice: () => wi, trim: () => Nt });
var Qn = tr(["Function", "RegExp", "Date", "Error", "CanvasGradient", "CanvasPattern", "Image", "Canvas"], function (r, t) { return r["[object " + t + "]"] = !0, r; }, {}), $n = tr(["Int8", "Uint8", "Uint8Clamped", "Int16", "Uint16", "Int32", "Uint32", "Float32", "Float64"], function (r, t) { return r["[object " + t + "Array]"] = !0, r; }, {}), Lr = Object.prototype.toString, Pe = Array.prototype, Rs = Pe.forEach, Ds = Pe.filter, _i = Pe.slice, As = Pe.map, Kn = function () { }.constructor, Se = Kn ? Kn.prototype : null, mi = "__proto__", ci = 2311, Os = Math.pow(2, 53) - 1;
function Kr() { return ci >= Os && (ci = 0), ci++; }
function Qr() { for (var r = [], t = 0; t < arguments.length; t++)
    r[t] = arguments[t]; typeof console < "u" && console.error.apply(console, r); }
function Ht(r) { if (r == null || typeof r != "object")
    return r; var t = r, e = Lr.call(r); if (e === "[object Array]") {
    if (!Er(r)) {
        t = [];
        for (var i = 0, n = r.length; i < n; i++)
            t[i] = Ht(r[i]);
    }
}
else if ($n[e]) {
    if (!Er(r)) {
        var a = r.constructor;
        if (a.from)
            t = a.from(r);
        else {
            t = new a(r.length);
            for (var i = 0, n = r.length; i < n; i++)
                t[i] = r[i];
        }
    }
}
else if (!Qn[e] && !Er(r) && !Ce(r)) {
    t = {};
    for (var o in r)
        r.hasOwnProperty(o) && o !== mi && (t[o] = Ht(r[o]));
} return t; }
function gi(r, t, e) { if (!St(t) || !St(r))
    return e ? Ht(t) : r; for (var i in t)
    if (t.hasOwnProperty(i) && i !== mi) {
        var n = r[i], a = t[i];
        St(a) && St(n) && !Mr(a) && !Mr(n) && !Ce(a) && !Ce(n) && !di(a) && !di(n) && !Er(a) && !Er(n) ? gi(n, a, e) : (e || !(i in r)) && (r[i] = Ht(t[i]));
    } return r; }
function Fs(r, t) { for (var e = r[0], i = 1, n = r.length; i < n; i++)
    e = gi(e, r[i], t); return e; }
function D(r, t) { if (Object.assign)
    Object.assign(r, t);
else
    for (var e in t)
        t.hasOwnProperty(e) && e !== mi && (r[e] = t[e]); return r; }
function yi(r, t, e) { r = r || {}; for (var i = 0; i < e.length; i++) {
    var n = e[i];
    r[n] = t[n];
} return r; }
function rt(r, t, e) { for (var i = I(t), n = 0, a = i.length; n < a; n++) {
    var o = i[n];
    (e ? t[o] != null : r[o] == null) && (r[o] = t[o]);
} return r; }
var Is = V.createCanvas;
function K(r, t) { if (r) {
    if (r.indexOf)
        return r.indexOf(t);
    for (var e = 0, i = r.length; e < i; e++)
        if (r[e] === t)
            return e;
} return -1; }
function Hs(r, t) { var e = r.prototype; function i() { } i.prototype = t.prototype, r.prototype = new i; for (var n in e)
    e.hasOwnProperty(n) && (r.prototype[n] = e[n]); r.prototype.constructor = r, r.superClass = t; }
function Ee(r, t, e) { if (r = "prototype" in r ? r.prototype : r, t = "prototype" in t ? t.prototype : t, Object.getOwnPropertyNames)
    for (var i = Object.getOwnPropertyNames(t), n = 0; n < i.length; n++) {
        var a = i[n];
        a !== "constructor" && (e ? t[a] != null : r[a] == null) && (r[a] = t[a]);
    }
else
    rt(r, t, e); }
function Q(r) { return !r || typeof r == "string" ? !1 : typeof r.length == "number"; }
function N(r, t, e) { if (r && t)
    if (r.forEach && r.forEach === Rs)
        r.forEach(t, e);
    else if (r.length === +r.length)
        for (var i = 0, n = r.length; i < n; i++)
            t.call(e, r[i], i, r);
    else
        for (var a in r)
            r.hasOwnProperty(a) && t.call(e, r[a], a, r); }
function ht(r, t, e) { if (!r)
    return []; if (!t)
    return wi(r); if (r.map && r.map === As)
    return r.map(t, e); for (var i = [], n = 0, a = r.length; n < a; n++)
    i.push(t.call(e, r[n], n, r)); return i; }
function tr(r, t, e, i) { if (r && t) {
    for (var n = 0, a = r.length; n < a; n++)
        e = t.call(i, e, r[n], n, r);
    return e;
} }
function Me(r, t, e) { if (!r)
    return []; if (!t)
    return wi(r); if (r.filter && r.filter === Ds)
    return r.filter(t, e); for (var i = [], n = 0, a = r.length; n < a; n++)
    t.call(e, r[n], n, r) && i.push(r[n]); return i; }
function Bs(r, t, e) { if (r && t) {
    for (var i = 0, n = r.length; i < n; i++)
        if (t.call(e, r[i], i, r))
            return r[i];
} }
function I(r) { if (!r)
    return []; if (Object.keys)
    return Object.keys(r); var t = []; for (var e in r)
    r.hasOwnProperty(e) && t.push(e); return t; }
function Ns(r, t) { for (var e = [], i = 2; i < arguments.length; i++)
    e[i - 2] = arguments[i]; return function () { return r.apply(t, e.concat(_i.call(arguments))); }; }
var zs = Se && dt(Se.bind) ? Se.call.bind(Se.bind) : Ns;
function Ys(r) { for (var t = [], e = 1; e < arguments.length; e++)
    t[e - 1] = arguments[e]; return function () { return r.apply(this, t.concat(_i.call(arguments))); }; }
function Mr(r) { return Array.isArray ? Array.isArray(r) : Lr.call(r) === "[object Array]"; }
function dt(r) { return typeof r == "function"; }
function Bt(r) { return typeof r == "string"; }
function Ws(r) { return Lr.call(r) === "[object String]"; }
function rr(r) { return typeof r == "number"; }
function St(r) { var t = typeof r; return t === "function" || !!r && t === "object"; }
function di(r) { return !!Qn[Lr.call(r)]; }
function Ti(r) { return !!$n[Lr.call(r)]; }
function Ce(r) { return typeof r == "object" && typeof r.nodeType == "number" && typeof r.ownerDocument == "object"; }
function er(r) { return r.colorStops != null; }
function Gs(r) { return r.image != null; }
function Us(r) { return Lr.call(r) === "[object RegExp]"; }
function xi(r) { return r !== r; }
function Xs() { for (var r = [], t = 0; t < arguments.length; t++)
    r[t] = arguments[t]; for (var e = 0, i = r.length; e < i; e++)
    if (r[e] != null)
        return r[e]; }
function H(r, t) { return r ?? t; }
function ir(r, t, e) { return r ?? t ?? e; }
function wi(r) { for (var t = [], e = 1; e < arguments.length; e++)
    t[e - 1] = arguments[e]; return _i.apply(r, t); }
function bi(r) { if (typeof r == "number")
    return [r, r, r, r]; var t = r.length; return t === 2 ? [r[0], r[1], r[0], r[1]] : t === 3 ? [r[0], r[1], r[2], r[1]] : r; }
function qs(r, t) { if (!r)
    throw new Error(t); }
function Nt(r) { return r == null ? null : typeof r.trim == "function" ? r.trim() : r.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g, ""); }
var Jn = "__ec_primitive__";
function ks(r) { r[Jn] = !0; }
function Er(r) { return r[Jn]; }
var Zs = (function () { function r() { this.data = {}; } return r.prototype.delete = function (t) { var e = this.has(t); return e && delete this.data[t], e; }, r.prototype.has = function (t) { return this.data.hasOwnProperty(t); }, r.prototype.get = function (t) { return this.data[t]; }, r.prototype.set = function (t, e) { return this.data[t] = e, this; }, r.prototype.keys = function () { return I(this.data); }, r.prototype.forEach = function (t) { var e = this.data; for (var i in e)
    e.hasOwnProperty(i) && t(e[i], i); }, r; })(), jn = typeof Map == "function";
function Vs() { return jn ? new Map : new Zs; }
var ta = (function () { function r(t) { var e = Mr(t); this.data = Vs(); var i = this; t instanceof r ? t.each(n) : t && N(t, n); function n(a, o) { e ? i.set(a, o) : i.set(o, a); } } return r.prototype.hasKey = function (t) { return this.data.has(t); }, r.prototype.get = function (t) { return this.data.get(t); }, r.prototype.set = function (t, e) { return this.data.set(t, e), e; }, r.prototype.each = function (t, e) { this.data.forEach(function (i, n) { t.call(e, i, n); }); }, r.prototype.keys = function () { var t = this.data.keys(); return jn ? Array.from(t) : t; }, r.prototype.removeKey = function (t) { this.data.delete(t); }, r; })();
function Ks(r) { return new ta(r); }
function Qs(r, t) { for (var e = new r.constructor(r.length + t.length), i = 0; i < r.length; i++)
    e[i] = r[i]; for (var n = r.length, i = 0; i < t.length; i++)
    e[i + n] = t[i]; return e; }
function Ct(r, t) { var e; if (Object.create)
    e = Object.create(r);
else {
    var i = function () { };
    i.prototype = r, e = new i;
} return t && D(e, t), e; }
function $s(r) { var t = r.style; t.webkitUserSelect = "none", t.userSelect = "none", t.webkitTapHighlightColor = "rgba(0,0,0,0)", t["-webkit-touch-callout"] = "none"; }
function Js(r, t) { return r.hasOwnProperty(t); }
function Pt() { }
var nr = 180 / Math.PI, js = Number.EPSILON || Math.pow(2, -52);
var Dr = {};
Vr(Dr, { add: () => ef, applyTransform: () => Le, clone: () => rf, copy: () => tf, create: () => Et, dist: () => Pi, distSquare: () => zt, distance: () => ra, distanceSquare: () => ea, div: () => hf, dot: () => uf, len: () => Si, lenSquare: () => Ci, length: () => of, lengthSquare: () => sf, lerp: () => cf, max: () => jr, min: () => Jr, mul: () => ff, negate: () => pf, normalize: () => vf, scale: () => lf, scaleAndAdd: () => nf, set: () => $r, sub: () => af });
function Et(r, t) { return r == null && (r = 0), t == null && (t = 0), [r, t]; }
function tf(r, t) { return r[0] = t[0], r[1] = t[1], r; }
function rf(r) { return [r[0], r[1]]; }
function $r(r, t, e) { return r[0] = t, r[1] = e, r; }
function ef(r, t, e) { return r[0] = t[0] + e[0], r[1] = t[1] + e[1], r; }
function nf(r, t, e, i) { return r[0] = t[0] + e[0] * i, r[1] = t[1] + e[1] * i, r; }
function af(r, t, e) { return r[0] = t[0] - e[0], r[1] = t[1] - e[1], r; }
function Si(r) { return Math.sqrt(Ci(r)); }
var of = Si;
function Ci(r) { return r[0] * r[0] + r[1] * r[1]; }
var sf = Ci;
function ff(r, t, e) { return r[0] = t[0] * e[0], r[1] = t[1] * e[1], r; }
function hf(r, t, e) { return r[0] = t[0] / e[0], r[1] = t[1] / e[1], r; }
function uf(r, t) { return r[0] * t[0] + r[1] * t[1]; }
function lf(r, t, e) { return r[0] = t[0] * e, r[1] = t[1] * e, r; }
function vf(r, t) { var e = Si(t); return e === 0 ? (r[0] = 0, r[1] = 0) : (r[0] = t[0] / e, r[1] = t[1] / e), r; }
function ra(r, t) { return Math.sqrt((r[0] - t[0]) * (r[0] - t[0]) + (r[1] - t[1]) * (r[1] - t[1])); }
var Pi = ra;
function ea(r, t) { return (r[0] - t[0]) * (r[0] - t[0]) + (r[1] - t[1]) * (r[1] - t[1]); }
var zt = ea;
function pf(r, t) { return r[0] = -t[0], r[1] = -t[1], r; }
function cf(r, t, e, i) { return r[0] = t[0] + i * (e[0] - t[0]), r[1] = t[1] + i * (e[1] - t[1]), r; }
function Le(r, t, e) { var i = t[0], n = t[1]; return r[0] = e[0] * i + e[2] * n + e[4], r[1] = e[1] * i + e[3] * n + e[5], r; }
function Jr(r, t, e) { return r[0] = Math.min(t[0], e[0]), r[1] = Math.min(t[1], e[1]), r; }
function jr(r, t, e) { return r[0] = Math.max(t[0], e[0]), r[1] = Math.max(t[1], e[1]), r; }
var Li = {};
Vr(Li, { clone: () => df, copy: () => Re, create: () => Mt, identity: () => te, invert: () => ee, mul: () => re, rotate: () => Ei, scale: () => Mi, translate: () => De });
function Mt() { return [1, 0, 0, 1, 0, 0]; }
function te(r) { return r[0] = 1, r[1] = 0, r[2] = 0, r[3] = 1, r[4] = 0, r[5] = 0, r; }
function Re(r, t) { return r[0] = t[0], r[1] = t[1], r[2] = t[2], r[3] = t[3], r[4] = t[4], r[5] = t[5], r; }
function re(r, t, e) { var i = t[0] * e[0] + t[2] * e[1], n = t[1] * e[0] + t[3] * e[1], a = t[0] * e[2] + t[2] * e[3], o = t[1] * e[2] + t[3] * e[3], s = t[0] * e[4] + t[2] * e[5] + t[4], f = t[1] * e[4] + t[3] * e[5] + t[5]; return r[0] = i, r[1] = n, r[2] = a, r[3] = o, r[4] = s, r[5] = f, r; }
function De(r, t, e) { return r[0] = t[0], r[1] = t[1], r[2] = t[2], r[3] = t[3], r[4] = t[4] + e[0], r[5] = t[5] + e[1], r; }
function Ei(r, t, e, i) { i === void 0 && (i = [0, 0]); var n = t[0], a = t[2], o = t[4], s = t[1], f = t[3], h = t[5], u = Math.sin(e), l = Math.cos(e); return r[0] = n * l + s * u, r[1] = -n * u + s * l, r[2] = a * l + f * u, r[3] = -a * u + l * f, r[4] = l * (o - i[0]) + u * (h - i[1]) + i[0], r[5] = l * (h - i[1]) - u * (o - i[0]) + i[1], r; }
function Mi(r, t, e) { var i = e[0], n = e[1]; return r[0] = t[0] * i, r[1] = t[1] * n, r[2] = t[2] * i, r[3] = t[3] * n, r[4] = t[4] * i, r[5] = t[5] * n, r; }
function ee(r, t) { var e = t[0], i = t[2], n = t[4], a = t[1], o = t[3], s = t[5], f = e * o - a * i; return f ? (f = 1 / f, r[0] = o * f, r[1] = -a * f, r[2] = -i * f, r[3] = e * f, r[4] = (i * s - o * n) * f, r[5] = (a * n - e * s) * f, r) : null; }
function df(r) { var t = Mt(); return Re(t, r), t; }
var ha = {};
Vr(ha, { fastLerp: () => sa, fastMapToColor: () => xf, lerp: () => fa, lift: () => Oi, liftColor: () => Pf, lum: () => ar, mapToColor: () => wf, modifyAlpha: () => Sf, modifyHSL: () => bf, parse: () => z, parseCssFloat: () => Gt, parseCssInt: () => Oe, random: () => Cf, stringify: () => Ut, toHex: () => Tf });
var ia = (function () { function r(t) { this.value = t; } return r; })();
var _f = (function () { function r() { this._len = 0; } return r.prototype.insert = function (t) { var e = new ia(t); return this.insertEntry(e), e; }, r.prototype.insertEntry = function (t) { this.head ? (this.tail.next = t, t.prev = this.tail, t.next = null, this.tail = t) : this.head = this.tail = t, this._len++; }, r.prototype.remove = function (t) { var e = t.prev, i = t.next; e ? e.next = i : this.head = i, i ? i.prev = e : this.tail = e, t.next = t.prev = null, this._len--; }, r.prototype.len = function () { return this._len; }, r.prototype.clear = function () { this.head = this.tail = null, this._len = 0; }, r; })();
var mf = (function () { function r(t) { this._list = new _f, this._maxSize = 10, this._map = {}, this._maxSize = t; } return r.prototype.put = function (t, e) { var i = this._list, n = this._map, a = null; if (n[t] == null) {
    var o = i.len(), s = this._lastRemovedEntry;
    if (o >= this._maxSize && o > 0) {
        var f = i.head;
        i.remove(f), delete n[f.key], a = f.value, this._lastRemovedEntry = f;
    }
    s ? s.value = e : s = new ia(e), s.key = t, i.insertEntry(s), n[t] = s;
} return a; }, r.prototype.get = function (t) { var e = this._map[t], i = this._list; if (e != null)
    return e !== i.tail && (i.remove(e), i.insertEntry(e)), e.value; }, r.prototype.clear = function () { this._list.clear(), this._map = {}; }, r.prototype.len = function () { return this._list.len(); }, r; })(), Yt = mf;
var na = { transparent: [0, 0, 0, 0], aliceblue: [240, 248, 255, 1], antiquewhite: [250, 235, 215, 1], aqua: [0, 255, 255, 1], aquamarine: [127, 255, 212, 1], azure: [240, 255, 255, 1], beige: [245, 245, 220, 1], bisque: [255, 228, 196, 1], black: [0, 0, 0, 1], blanchedalmond: [255, 235, 205, 1], blue: [0, 0, 255, 1], blueviolet: [138, 43, 226, 1], brown: [165, 42, 42, 1], burlywood: [222, 184, 135, 1], cadetblue: [95, 158, 160, 1], chartreuse: [127, 255, 0, 1], chocolate: [210, 105, 30, 1], coral: [255, 127, 80, 1], cornflowerblue: [100, 149, 237, 1], cornsilk: [255, 248, 220, 1], crimson: [220, 20, 60, 1], cyan: [0, 255, 255, 1], darkblue: [0, 0, 139, 1], darkcyan: [0, 139, 139, 1], darkgoldenrod: [184, 134, 11, 1], darkgray: [169, 169, 169, 1], darkgreen: [0, 100, 0, 1], darkgrey: [169, 169, 169, 1], darkkhaki: [189, 183, 107, 1], darkmagenta: [139, 0, 139, 1], darkolivegreen: [85, 107, 47, 1], darkorange: [255, 140, 0, 1], darkorchid: [153, 50, 204, 1], darkred: [139, 0, 0, 1], darksalmon: [233, 150, 122, 1], darkseagreen: [143, 188, 143, 1], darkslateblue: [72, 61, 139, 1], darkslategray: [47, 79, 79, 1], darkslategrey: [47, 79, 79, 1], darkturquoise: [0, 206, 209, 1], darkviolet: [148, 0, 211, 1], deeppink: [255, 20, 147, 1], deepskyblue: [0, 191, 255, 1], dimgray: [105, 105, 105, 1], dimgrey: [105, 105, 105, 1], dodgerblue: [30, 144, 255, 1], firebrick: [178, 34, 34, 1], floralwhite: [255, 250, 240, 1], forestgreen: [34, 139, 34, 1], fuchsia: [255, 0, 255, 1], gainsboro: [220, 220, 220, 1], ghostwhite: [248, 248, 255, 1], gold: [255, 215, 0, 1], goldenrod: [218, 165, 32, 1], gray: [128, 128, 128, 1], green: [0, 128, 0, 1], greenyellow: [173, 255, 47, 1], grey: [128, 128, 128, 1], honeydew: [240, 255, 240, 1], hotpink: [255, 105, 180, 1], indianred: [205, 92, 92, 1], indigo: [75, 0, 130, 1], ivory: [255, 255, 240, 1], khaki: [240, 230, 140, 1], lavender: [230, 230, 250, 1], lavenderblush: [255, 240, 245, 1], lawngreen: [124, 252, 0, 1], lemonchiffon: [255, 250, 205, 1], lightblue: [173, 216, 230, 1], lightcoral: [240, 128, 128, 1], lightcyan: [224, 255, 255, 1], lightgoldenrodyellow: [250, 250, 210, 1], lightgray: [211, 211, 211, 1], lightgreen: [144, 238, 144, 1], lightgrey: [211, 211, 211, 1], lightpink: [255, 182, 193, 1], lightsalmon: [255, 160, 122, 1], lightseagreen: [32, 178, 170, 1], lightskyblue: [135, 206, 250, 1], lightslategray: [119, 136, 153, 1], lightslategrey: [119, 136, 153, 1], lightsteelblue: [176, 196, 222, 1], lightyellow: [255, 255, 224, 1], lime: [0, 255, 0, 1], limegreen: [50, 205, 50, 1], linen: [250, 240, 230, 1], magenta: [255, 0, 255, 1], maroon: [128, 0, 0, 1], mediumaquamarine: [102, 205, 170, 1], mediumblue: [0, 0, 205, 1], mediumorchid: [186, 85, 211, 1], mediumpurple: [147, 112, 219, 1], mediumseagreen: [60, 179, 113, 1], mediumslateblue: [123, 104, 238, 1], mediumspringgreen: [0, 250, 154, 1], mediumturquoise: [72, 209, 204, 1], mediumvioletred: [199, 21, 133, 1], midnightblue: [25, 25, 112, 1], mintcream: [245, 255, 250, 1], mistyrose: [255, 228, 225, 1], moccasin: [255, 228, 181, 1], navajowhite: [255, 222, 173, 1], navy: [0, 0, 128, 1], oldlace: [253, 245, 230, 1], olive: [128, 128, 0, 1], olivedrab: [107, 142, 35, 1], orange: [255, 165, 0, 1], orangered: [255, 69, 0, 1], orchid: [218, 112, 214, 1], palegoldenrod: [238, 232, 170, 1], palegreen: [152, 251, 152, 1], paleturquoise: [175, 238, 238, 1], palevioletred: [219, 112, 147, 1], papayawhip: [255, 239, 213, 1], peachpuff: [255, 218, 185, 1], peru: [205, 133, 63, 1], pink: [255, 192, 203, 1], plum: [221, 160, 221, 1], powderblue: [176, 224, 230, 1], purple: [128, 0, 128, 1], red: [255, 0, 0, 1], rosybrown: [188, 143, 143, 1], royalblue: [65, 105, 225, 1], saddlebrown: [139, 69, 19, 1], salmon: [250, 128, 114, 1], sandybrown: [244, 164, 96, 1], seagreen: [46, 139, 87, 1], seashell: [255, 245, 238, 1], sienna: [160, 82, 45, 1], silver: [192, 192, 192, 1], skyblue: [135, 206, 235, 1], slateblue: [106, 90, 205, 1], slategray: [112, 128, 144, 1], slategrey: [112, 128, 144, 1], snow: [255, 250, 250, 1], springgreen: [0, 255, 127, 1], steelblue: [70, 130, 180, 1], tan: [210, 180, 140, 1], teal: [0, 128, 128, 1], thistle: [216, 191, 216, 1], tomato: [255, 99, 71, 1], turquoise: [64, 224, 208, 1], violet: [238, 130, 238, 1], wheat: [245, 222, 179, 1], white: [255, 255, 255, 1], whitesmoke: [245, 245, 245, 1], yellow: [255, 255, 0, 1], yellowgreen: [154, 205, 50, 1] };
function ut(r) { return r = Math.round(r), r < 0 ? 0 : r > 255 ? 255 : r; }
function gf(r) { return r = Math.round(r), r < 0 ? 0 : r > 360 ? 360 : r; }
function ie(r) { return r < 0 ? 0 : r > 1 ? 1 : r; }
function Oe(r) { var t = r; return t.length && t.charAt(t.length - 1) === "%" ? ut(parseFloat(t) / 100 * 255) : ut(parseInt(t, 10)); }
function Gt(r) { var t = r; return t.length && t.charAt(t.length - 1) === "%" ? ie(parseFloat(t) / 100) : ie(parseFloat(t)); }
function Ri(r, t, e) { return e < 0 ? e += 1 : e > 1 && (e -= 1), e * 6 < 1 ? r + (t - r) * e * 6 : e * 2 < 1 ? t : e * 3 < 2 ? r + (t - r) * (2 / 3 - e) * 6 : r; }
function Wt(r, t, e) { return r + (t - r) * e; }
function et(r, t, e, i, n) { return r[0] = t, r[1] = e, r[2] = i, r[3] = n, r; }
function Di(r, t) { return r[0] = t[0], r[1] = t[1], r[2] = t[2], r[3] = t[3], r; }
var oa = new Yt(20), Ae = null;
function Ar(r, t) { Ae && Di(Ae, t), Ae = oa.put(r, Ae || t.slice()); }
function z(r, t) { if (r) {
    t = t || [];
    var e = oa.get(r);
    if (e)
        return Di(t, e);
    r = r + "";
    var i = r.replace(/ /g, "").toLowerCase();
    if (i in na)
        return Di(t, na[i]), Ar(r, t), t;
    var n = i.length;
    if (i.charAt(0) === "#") {
        if (n === 4 || n === 5) {
            var a = parseInt(i.slice(1, 4), 16);
            if (!(a >= 0 && a <= 4095)) {
                et(t, 0, 0, 0, 1);
                return;
            }
            return et(t, (a & 3840) >> 4 | (a & 3840) >> 8, a & 240 | (a & 240) >> 4, a & 15 | (a & 15) << 4, n === 5 ? parseInt(i.slice(4), 16) / 15 : 1), Ar(r, t), t;
        }
        else if (n === 7 || n === 9) {
            var a = parseInt(i.slice(1, 7), 16);
            if (!(a >= 0 && a <= 16777215)) {
                et(t, 0, 0, 0, 1);
                return;
            }
            return et(t, (a & 16711680) >> 16, (a & 65280) >> 8, a & 255, n === 9 ? parseInt(i.slice(7), 16) / 255 : 1), Ar(r, t), t;
        }
        return;
    }
    var o = i.indexOf("("), s = i.indexOf(")");
    if (o !== -1 && s + 1 === n) {
        var f = i.substr(0, o), h = i.substr(o + 1, s - (o + 1)).split(","), u = 1;
        switch (f) {
            case "rgba":
                if (h.length !== 4)
                    return h.length === 3 ? et(t, +h[0], +h[1], +h[2], 1) : et(t, 0, 0, 0, 1);
                u = Gt(h.pop());
            case "rgb":
                if (h.length >= 3)
                    return et(t, Oe(h[0]), Oe(h[1]), Oe(h[2]), h.length === 3 ? u : Gt(h[3])), Ar(r, t), t;
                et(t, 0, 0, 0, 1);
                return;
            case "hsla":
                if (h.length !== 4) {
                    et(t, 0, 0, 0, 1);
                    return;
                }
                return h[3] = Gt(h[3]), Ai(h, t), Ar(r, t), t;
            case "hsl":
                if (h.length !== 3) {
                    et(t, 0, 0, 0, 1);
                    return;
                }
                return Ai(h, t), Ar(r, t), t;
            default: return;
        }
    }
    et(t, 0, 0, 0, 1);
} }
function Ai(r, t) { var e = (parseFloat(r[0]) % 360 + 360) % 360 / 360, i = Gt(r[1]), n = Gt(r[2]), a = n <= .5 ? n * (i + 1) : n + i - n * i, o = n * 2 - a; return t = t || [], et(t, ut(Ri(o, a, e + 1 / 3) * 255), ut(Ri(o, a, e) * 255), ut(Ri(o, a, e - 1 / 3) * 255), 1), r.length === 4 && (t[3] = r[3]), t; }
function yf(r) { if (r) {
    var t = r[0] / 255, e = r[1] / 255, i = r[2] / 255, n = Math.min(t, e, i), a = Math.max(t, e, i), o = a - n, s = (a + n) / 2, f, h;
    if (o === 0)
        f = 0, h = 0;
    else {
        s < .5 ? h = o / (a + n) : h = o / (2 - a - n);
        var u = ((a - t) / 6 + o / 2) / o, l = ((a - e) / 6 + o / 2) / o, v = ((a - i) / 6 + o / 2) / o;
        t === a ? f = v - l : e === a ? f = 1 / 3 + u - v : i === a && (f = 2 / 3 + l - u), f < 0 && (f += 1), f > 1 && (f -= 1);
    }
    var c = [f * 360, h, s];
    return r[3] != null && c.push(r[3]), c;
} }
function Oi(r, t) { var e = z(r); if (e) {
    for (var i = 0; i < 3; i++)
        t < 0 ? e[i] = e[i] * (1 - t) | 0 : e[i] = (255 - e[i]) * t + e[i] | 0, e[i] > 255 ? e[i] = 255 : e[i] < 0 && (e[i] = 0);
    return Ut(e, e.length === 4 ? "rgba" : "rgb");
} }
function Tf(r) { var t = z(r); if (t)
    return ((1 << 24) + (t[0] << 16) + (t[1] << 8) + +t[2]).toString(16).slice(1); }
function sa(r, t, e) { if (!(!(t && t.length) || !(r >= 0 && r <= 1))) {
    e = e || [];
    var i = r * (t.length - 1), n = Math.floor(i), a = Math.ceil(i), o = t[n], s = t[a], f = i - n;
    return e[0] = ut(Wt(o[0], s[0], f)), e[1] = ut(Wt(o[1], s[1], f)), e[2] = ut(Wt(o[2], s[2], f)), e[3] = ie(Wt(o[3], s[3], f)), e;
} }
var xf = sa;
function fa(r, t, e) { if (!(!(t && t.length) || !(r >= 0 && r <= 1))) {
    var i = r * (t.length - 1), n = Math.floor(i), a = Math.ceil(i), o = z(t[n]), s = z(t[a]), f = i - n, h = Ut([ut(Wt(o[0], s[0], f)), ut(Wt(o[1], s[1], f)), ut(Wt(o[2], s[2], f)), ie(Wt(o[3], s[3], f))], "rgba");
    return e ? { color: h, leftIndex: n, rightIndex: a, value: i } : h;
} }
var wf = fa;
function bf(r, t, e, i) { var n = z(r); if (r)
    return n = yf(n), t != null && (n[0] = gf(dt(t) ? t(n[0]) : t)), e != null && (n[1] = Gt(dt(e) ? e(n[1]) : e)), i != null && (n[2] = Gt(dt(i) ? i(n[2]) : i)), Ut(Ai(n), "rgba"); }
function Sf(r, t) { var e = z(r); if (e && t != null)
    return e[3] = ie(t), Ut(e, "rgba"); }
function Ut(r, t) { if (!(!r || !r.length)) {
    var e = r[0] + "," + r[1] + "," + r[2];
    return (t === "rgba" || t === "hsva" || t === "hsla") && (e += "," + r[3]), t + "(" + e + ")";
} }
function ar(r, t) { var e = z(r); return e ? (.299 * e[0] + .587 * e[1] + .114 * e[2]) * e[3] / 255 + (1 - e[3]) * t : 0; }
function Cf() { return Ut([Math.round(Math.random() * 255), Math.round(Math.random() * 255), Math.round(Math.random() * 255)], "rgb"); }
var aa = new Yt(100);
function Pf(r) { if (Bt(r)) {
    var t = aa.get(r);
    return t || (t = Oi(r, -.1), aa.put(r, t)), t;
}
else if (er(r)) {
    var e = D({}, r);
    return e.colorStops = ht(r.colorStops, function (i) { return { offset: i.offset, color: Oi(i.color, -.1) }; }), e;
} return r; }
var Yh = {};
Vr(Yh, { dispose: () => Oh, disposeAll: () => Fh, getElementSSRData: () => Bh, getInstance: () => Ih, init: () => Ah, registerPainter: () => Hh, registerSSRDataGetter: () => Nh, version: () => zh });
import { __extends as wa } from "tslib";
var Or = (function () { function r(t, e) { this.target = t, this.topTarget = e && e.topTarget; } return r; })(), Ef = (function () { function r(t) { this.handler = t, t.on("mousedown", this._dragStart, this), t.on("mousemove", this._drag, this), t.on("mouseup", this._dragEnd, this); } return r.prototype._dragStart = function (t) { for (var e = t.target; e && !e.draggable;)
    e = e.parent || e.__hostTarget; e && (this._draggingTarget = e, e.dragging = !0, this._x = t.offsetX, this._y = t.offsetY, this.handler.dispatchToElement(new Or(e, t), "dragstart", t.event)); }, r.prototype._drag = function (t) { var e = this._draggingTarget; if (e) {
    var i = t.offsetX, n = t.offsetY, a = i - this._x, o = n - this._y;
    this._x = i, this._y = n, e.drift(a, o, t), this.handler.dispatchToElement(new Or(e, t), "drag", t.event);
    var s = this.handler.findHover(i, n, e).target, f = this._dropTarget;
    this._dropTarget = s, e !== s && (f && s !== f && this.handler.dispatchToElement(new Or(f, t), "dragleave", t.event), s && s !== f && this.handler.dispatchToElement(new Or(s, t), "dragenter", t.event));
} }, r.prototype._dragEnd = function (t) { var e = this._draggingTarget; e && (e.dragging = !1), this.handler.dispatchToElement(new Or(e, t), "dragend", t.event), this._dropTarget && this.handler.dispatchToElement(new Or(this._dropTarget, t), "drop", t.event), this._draggingTarget = null, this._dropTarget = null; }, r; })(), ua = Ef;
var Mf = (function () { function r(t) { t && (this._$eventProcessor = t); } return r.prototype.on = function (t, e, i, n) { this._$handlers || (this._$handlers = {}); var a = this._$handlers; if (typeof e == "function" && (n = i, i = e, e = null), !i || !t)
    return this; var o = this._$eventProcessor; e != null && o && o.normalizeQuery && (e = o.normalizeQuery(e)), a[t] || (a[t] = []); for (var s = 0; s < a[t].length; s++)
    if (a[t][s].h === i)
        return this; var f = { h: i, query: e, ctx: n || this, callAtLast: i.zrEventfulCallAtLast }, h = a[t].length - 1, u = a[t][h]; return u && u.callAtLast ? a[t].splice(h, 0, f) : a[t].push(f), this; }, r.prototype.isSilent = function (t) { var e = this._$handlers; return !e || !e[t] || !e[t].length; }, r.prototype.off = function (t, e) { var i = this._$handlers; if (!i)
    return this; if (!t)
    return this._$handlers = {}, this; if (e) {
    if (i[t]) {
        for (var n = [], a = 0, o = i[t].length; a < o; a++)
            i[t][a].h !== e && n.push(i[t][a]);
        i[t] = n;
    }
    i[t] && i[t].length === 0 && delete i[t];
}
else
    delete i[t]; return this; }, r.prototype.trigger = function (t) { for (var e = [], i = 1; i < arguments.length; i++)
    e[i - 1] = arguments[i]; if (!this._$handlers)
    return this; var n = this._$handlers[t], a = this._$eventProcessor; if (n)
    for (var o = e.length, s = n.length, f = 0; f < s; f++) {
        var h = n[f];
        if (!(a && a.filter && h.query != null && !a.filter(t, h.query)))
            switch (o) {
                case 0:
                    h.h.call(h.ctx);
                    break;
                case 1:
                    h.h.call(h.ctx, e[0]);
                    break;
                case 2:
                    h.h.call(h.ctx, e[0], e[1]);
                    break;
                default:
                    h.h.apply(h.ctx, e);
                    break;
            }
    } return a && a.afterTrigger && a.afterTrigger(t), this; }, r.prototype.triggerWithContext = function (t) { for (var e = [], i = 1; i < arguments.length; i++)
    e[i - 1] = arguments[i]; if (!this._$handlers)
    return this; var n = this._$handlers[t], a = this._$eventProcessor; if (n)
    for (var o = e.length, s = e[o - 1], f = n.length, h = 0; h < f; h++) {
        var u = n[h];
        if (!(a && a.filter && u.query != null && !a.filter(t, u.query)))
            switch (o) {
                case 0:
                    u.h.call(s);
                    break;
                case 1:
                    u.h.call(s, e[0]);
                    break;
                case 2:
                    u.h.call(s, e[0], e[1]);
                    break;
                default:
                    u.h.apply(s, e.slice(1, o - 1));
                    break;
            }
    } return a && a.afterTrigger && a.afterTrigger(t), this; }, r; })(), Lt = Mf;
var Lf = Math.log(2);
function Fi(r, t, e, i, n, a) { var o = i + "-" + n, s = r.length; if (a.hasOwnProperty(o))
    return a[o]; if (t === 1) {
    var f = Math.round(Math.log((1 << s) - 1 & ~n) / Lf);
    return r[e][f];
} for (var h = i | 1 << e, u = e + 1; i & 1 << u;)
    u++; for (var l = 0, v = 0, c = 0; v < s; v++) {
    var p = 1 << v;
    p & n || (l += (c % 2 ? -1 : 1) * r[e][v] * Fi(r, t - 1, u, h, n | p, a), c++);
} return a[o] = l, l; }
function Ii(r, t) { var e = [[r[0], r[1], 1, 0, 0, 0, -t[0] * r[0], -t[0] * r[1]], [0, 0, 0, r[0], r[1], 1, -t[1] * r[0], -t[1] * r[1]], [r[2], r[3], 1, 0, 0, 0, -t[2] * r[2], -t[2] * r[3]], [0, 0, 0, r[2], r[3], 1, -t[3] * r[2], -t[3] * r[3]], [r[4], r[5], 1, 0, 0, 0, -t[4] * r[4], -t[4] * r[5]], [0, 0, 0, r[4], r[5], 1, -t[5] * r[4], -t[5] * r[5]], [r[6], r[7], 1, 0, 0, 0, -t[6] * r[6], -t[6] * r[7]], [0, 0, 0, r[6], r[7], 1, -t[7] * r[6], -t[7] * r[7]]], i = {}, n = Fi(e, 8, 0, 0, 0, i); if (n !== 0) {
    for (var a = [], o = 0; o < 8; o++)
        for (var s = 0; s < 8; s++)
            a[s] == null && (a[s] = 0), a[s] += ((o + s) % 2 ? -1 : 1) * Fi(e, 7, o === 0 ? 1 : 0, 1 << o, 1 << s, i) / n * t[o];
    return function (f, h, u) { var l = h * a[6] + u * a[7] + 1; f[0] = (h * a[0] + u * a[1] + a[2]) / l, f[1] = (h * a[3] + u * a[4] + a[5]) / l; };
} }
var Fe = "___zrEVENTSAVED", Hi = [];
function nl(r, t, e, i, n) { return Ie(Hi, t, i, n, !0) && Ie(r, e, Hi[0], Hi[1]); }
function al(r, t) { r && e(r), t && e(t); function e(i) { var n = i[Fe]; n && (n.clearMarkers && n.clearMarkers(), delete i[Fe]); } }
function Ie(r, t, e, i, n) { if (t.getBoundingClientRect && F.domSupported && !Bi(t)) {
    var a = t[Fe] || (t[Fe] = {}), o = Rf(t, a), s = Df(o, a, n);
    if (s)
        return s(r, e, i), !0;
} return !1; }
function Rf(r, t) { var e = t.markers; if (e)
    return e; e = t.markers = []; for (var i = ["left", "right"], n = ["top", "bottom"], a = 0; a < 4; a++) {
    var o = document.createElement("div"), s = o.style, f = a % 2, h = (a >> 1) % 2;
    s.cssText = ["position: absolute", "visibility: hidden", "padding: 0", "margin: 0", "border-width: 0", "user-select: none", "width:0", "height:0", i[f] + ":0", n[h] + ":0", i[1 - f] + ":auto", n[1 - h] + ":auto", ""].join("!important;"), r.appendChild(o), e.push(o);
} return t.clearMarkers = function () { N(e, function (u) { u.parentNode && u.parentNode.removeChild(u); }); }, e; }
function Df(r, t, e) { for (var i = e ? "invTrans" : "trans", n = t[i], a = t.srcCoords, o = [], s = [], f = !0, h = 0; h < 4; h++) {
    var u = r[h].getBoundingClientRect(), l = 2 * h, v = u.left, c = u.top;
    o.push(v, c), f = f && a && v === a[l] && c === a[l + 1], s.push(r[h].offsetLeft, r[h].offsetTop);
} return f && n ? n : (t.srcCoords = o, t[i] = e ? Ii(s, o) : Ii(o, s)); }
function Bi(r) { return r.nodeName.toUpperCase() === "CANVAS"; }
var Af = /([&<>"'])/g, Of = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function ol(r) { return r == null ? "" : (r + "").replace(Af, function (t, e) { return Of[e]; }); }
var Ff = /^(?:mouse|pointer|contextmenu|drag|drop)|click/, Ni = [], If = F.browser.firefox && +F.browser.version.split(".")[0] < 39;
function He(r, t, e, i) { return e = e || {}, i ? la(r, t, e) : If && t.layerX != null && t.layerX !== t.offsetX ? (e.zrX = t.layerX, e.zrY = t.layerY) : t.offsetX != null ? (e.zrX = t.offsetX, e.zrY = t.offsetY) : la(r, t, e), e; }
function la(r, t, e) { if (F.domSupported && r.getBoundingClientRect) {
    var i = t.clientX, n = t.clientY;
    if (Bi(r)) {
        var a = r.getBoundingClientRect();
        e.zrX = i - a.left, e.zrY = n - a.top;
        return;
    }
    else if (Ie(Ni, r, i, n)) {
        e.zrX = Ni[0], e.zrY = Ni[1];
        return;
    }
} e.zrX = e.zrY = 0; }
function Be(r) { return r || window.event; }
function it(r, t, e) { if (t = Be(t), t.zrX != null)
    return t; var i = t.type, n = i && i.indexOf("touch") >= 0; if (n) {
    var o = i !== "touchend" ? t.targetTouches[0] : t.changedTouches[0];
    o && He(r, o, t, e);
}
else {
    He(r, t, t, e);
    var a = Hf(t);
    t.zrDelta = a ? a / 120 : -(t.detail || 0) / 3;
} var s = t.button; return t.which == null && s !== void 0 && Ff.test(t.type) && (t.which = s & 1 ? 1 : s & 2 ? 3 : s & 4 ? 2 : 0), t; }
function Hf(r) { var t = r.wheelDelta; if (t)
    return t; var e = r.deltaX, i = r.deltaY; if (e == null || i == null)
    return t; var n = Math.abs(i !== 0 ? i : e), a = i > 0 ? -1 : i < 0 ? 1 : e > 0 ? -1 : 1; return 3 * n * a; }
function va(r, t, e, i) { r.addEventListener(t, e, i); }
function pa(r, t, e, i) { r.removeEventListener(t, e, i); }
var ca = function (r) { r.preventDefault(), r.stopPropagation(), r.cancelBubble = !0; };
function ul(r) { return r.which === 2 || r.which === 3; }
var ma = (function () { function r() { this._track = []; } return r.prototype.recognize = function (t, e, i) { return this._doTrack(t, e, i), this._recognize(t); }, r.prototype.clear = function () { return this._track.length = 0, this; }, r.prototype._doTrack = function (t, e, i) { var n = t.touches; if (n) {
    for (var a = { points: [], touches: [], target: e, event: t }, o = 0, s = n.length; o < s; o++) {
        var f = n[o], h = He(i, f, {});
        a.points.push([h.zrX, h.zrY]), a.touches.push(f);
    }
    this._track.push(a);
} }, r.prototype._recognize = function (t) { for (var e in zi)
    if (zi.hasOwnProperty(e)) {
        var i = zi[e](this._track, t);
        if (i)
            return i;
    } }, r; })();
function _a(r) { var t = r[1][0] - r[0][0], e = r[1][1] - r[0][1]; return Math.sqrt(t * t + e * e); }
function Bf(r) { return [(r[0][0] + r[1][0]) / 2, (r[0][1] + r[1][1]) / 2]; }
var zi = { pinch: function (r, t) { var e = r.length; if (e) {
        var i = (r[e - 1] || {}).points, n = (r[e - 2] || {}).points || i;
        if (n && n.length > 1 && i && i.length > 1) {
            var a = _a(i) / _a(n);
            !isFinite(a) && (a = 1), t.pinchScale = a;
            var o = Bf(i);
            return t.pinchX = o[0], t.pinchY = o[1], { type: "pinch", target: r[0].target, event: t };
        }
    } } };
var Nf = (function () { function r(t, e) { this.x = t || 0, this.y = e || 0; } return r.prototype.copy = function (t) { return this.x = t.x, this.y = t.y, this; }, r.prototype.clone = function () { return new r(this.x, this.y); }, r.prototype.set = function (t, e) { return this.x = t, this.y = e, this; }, r.prototype.equal = function (t) { return t.x === this.x && t.y === this.y; }, r.prototype.add = function (t) { return this.x += t.x, this.y += t.y, this; }, r.prototype.scale = function (t) { this.x *= t, this.y *= t; }, r.prototype.scaleAndAdd = function (t, e) { this.x += t.x * e, this.y += t.y * e; }, r.prototype.sub = function (t) { return this.x -= t.x, this.y -= t.y, this; }, r.prototype.dot = function (t) { return this.x * t.x + this.y * t.y; }, r.prototype.len = function () { return Math.sqrt(this.x * this.x + this.y * this.y); }, r.prototype.lenSquare = function () { return this.x * this.x + this.y * this.y; }, r.prototype.normalize = function () { var t = this.len(); return this.x /= t, this.y /= t, this; }, r.prototype.distance = function (t) { var e = this.x - t.x, i = this.y - t.y; return Math.sqrt(e * e + i * i); }, r.prototype.distanceSquare = function (t) { var e = this.x - t.x, i = this.y - t.y; return e * e + i * i; }, r.prototype.negate = function () { return this.x = -this.x, this.y = -this.y, this; }, r.prototype.transform = function (t) { if (t) {
    var e = this.x, i = this.y;
    return this.x = t[0] * e + t[2] * i + t[4], this.y = t[1] * e + t[3] * i + t[5], this;
} }, r.prototype.toArray = function (t) { return t[0] = this.x, t[1] = this.y, t; }, r.prototype.fromArray = function (t) { this.x = t[0], this.y = t[1]; }, r.set = function (t, e, i) { t.x = e, t.y = i; }, r.copy = function (t, e) { t.x = e.x, t.y = e.y; }, r.len = function (t) { return Math.sqrt(t.x * t.x + t.y * t.y); }, r.lenSquare = function (t) { return t.x * t.x + t.y * t.y; }, r.dot = function (t, e) { return t.x * e.x + t.y * e.y; }, r.add = function (t, e, i) { t.x = e.x + i.x, t.y = e.y + i.y; }, r.sub = function (t, e, i) { t.x = e.x - i.x, t.y = e.y - i.y; }, r.scale = function (t, e, i) { t.x = e.x * i, t.y = e.y * i; }, r.scaleAndAdd = function (t, e, i, n) { t.x = e.x + i.x * n, t.y = e.y + i.y * n; }, r.lerp = function (t, e, i, n) { var a = 1 - n; t.x = a * e.x + n * i.x, t.y = a * e.y + n * i.y; }, r; })(), nt = Nf;
var ur = Math.min, Fr = Math.max, Gi = Math.abs, ga = ["x", "y"], zf = ["width", "height"], or = new nt, sr = new nt, fr = new nt, hr = new nt, $ = Uf(), ne = $.minTv, Ui = $.maxTv, ae = [0, 0], Rt = (function () { function r(t, e, i, n) { Yi(this, t, e, i, n); } return r.set = function (t, e, i, n, a) { return n < 0 && (e = e + n, n = -n), a < 0 && (i = i + a, a = -a), t.x = e, t.y = i, t.width = n, t.height = a, t; }, r.prototype.union = function (t) { var e = ur(t.x, this.x), i = ur(t.y, this.y); isFinite(this.x) && isFinite(this.width) ? this.width = Fr(t.x + t.width, this.x + this.width) - e : this.width = t.width, isFinite(this.y) && isFinite(this.height) ? this.height = Fr(t.y + t.height, this.y + this.height) - i : this.height = t.height, this.x = e, this.y = i; }, r.prototype.applyTransform = function (t) { r.applyTransform(this, this, t); }, r.prototype.calculateTransform = function (t) { return Yf(Mt(), this, t); }, r.prototype.intersect = function (t, e, i) { return r.intersect(this, t, e, i); }, r.intersect = function (t, e, i, n) { i && nt.set(i, 0, 0); var a = n && n.outIntersectRect || null, o = n && n.clamp; if (a && (a.x = a.y = a.width = a.height = NaN), !t || !e)
    return !1; t instanceof r || (t = Yi(Wf, t.x, t.y, t.width, t.height)), e instanceof r || (e = Yi(Gf, e.x, e.y, e.width, e.height)); var s = !!i; $.reset(n, s); var f = $.touchThreshold, h = t.x + f, u = t.x + t.width - f, l = t.y + f, v = t.y + t.height - f, c = e.x + f, p = e.x + e.width - f, m = e.y + f, _ = e.y + e.height - f; if (h > u || l > v || c > p || m > _)
    return !1; var d = !(u < c || p < h || v < m || _ < l); return (s || a) && (ae[0] = 1 / 0, ae[1] = 0, Ta(h, u, c, p, 0, s, a, o), Ta(l, v, m, _, 1, s, a, o), s && nt.copy(i, d ? $.useDir ? $.dirMinTv : ne : Ui)), d; }, r.contain = function (t, e, i) { return e >= t.x && e <= t.x + t.width && i >= t.y && i <= t.y + t.height; }, r.prototype.contain = function (t, e) { return r.contain(this, t, e); }, r.prototype.clone = function () { return new r(this.x, this.y, this.width, this.height); }, r.prototype.copy = function (t) { ya(this, t); }, r.prototype.plain = function () { return { x: this.x, y: this.y, width: this.width, height: this.height }; }, r.prototype.isFinite = function () { return isFinite(this.x) && isFinite(this.y) && isFinite(this.width) && isFinite(this.height); }, r.prototype.isZero = function () { return this.width === 0 || this.height === 0; }, r.create = function (t) { return new r(t ? t.x : 0, t ? t.y : 0, t ? t.width : 0, t ? t.height : 0); }, r.copy = function (t, e) { return t.x = e.x, t.y = e.y, t.width = e.width, t.height = e.height, t; }, r.applyTransform = function (t, e, i) { if (!i) {
    t !== e && ya(t, e);
    return;
} if (i[1] < 1e-5 && i[1] > -1e-5 && i[2] < 1e-5 && i[2] > -1e-5) {
    var n = i[0], a = i[3], o = i[4], s = i[5];
    t.x = e.x * n + o, t.y = e.y * a + s, t.width = e.width * n, t.height = e.height * a, t.width < 0 && (t.x += t.width, t.width = -t.width), t.height < 0 && (t.y += t.height, t.height = -t.height);
    return;
} or.x = fr.x = e.x, or.y = hr.y = e.y, sr.x = hr.x = e.x + e.width, sr.y = fr.y = e.y + e.height, or.transform(i), hr.transform(i), sr.transform(i), fr.transform(i), t.x = ur(or.x, sr.x, fr.x, hr.x), t.y = ur(or.y, sr.y, fr.y, hr.y); var f = Fr(or.x, sr.x, fr.x, hr.x), h = Fr(or.y, sr.y, fr.y, hr.y); t.width = f - t.x, t.height = h - t.y; }, r.calculateTransform = function (t, e, i) { var n = i.width / e.width, a = i.height / e.height; return t = te(t || []), De(t, t, $r(Wi, -e.x, -e.y)), Mi(t, t, $r(Wi, n, a)), De(t, t, $r(Wi, i.x, i.y)), t; }, r; })(), cl = Rt.create, Yi = Rt.set, ya = Rt.copy, Yf = Rt.calculateTransform, dl = Rt.applyTransform, _l = Rt.contain, Wf = new Rt(0, 0, 0, 0), Gf = new Rt(0, 0, 0, 0), Wi = [];
function Ta(r, t, e, i, n, a, o, s) { var f = Gi(t - e), h = Gi(i - r), u = ur(f, h), l = ga[n], v = ga[1 - n], c = zf[n]; t < e || i < r ? f < h ? (a && (Ui[l] = -f), s && (o[l] = t, o[c] = 0)) : (a && (Ui[l] = h), s && (o[l] = r, o[c] = 0)) : (o && (o[l] = Fr(r, e), o[c] = ur(t, i) - o[l]), a && (u < ae[0] || $.useDir) && (ae[0] = ur(u, ae[0]), (f < h || !$.bidirectional) && (ne[l] = f, ne[v] = 0, $.useDir && $.calcDirMTV()), (f >= h || !$.bidirectional) && (ne[l] = -h, ne[v] = 0, $.useDir && $.calcDirMTV()))); }
function Uf() { var r = 0, t = new nt, e = new nt, i = { minTv: new nt, maxTv: new nt, useDir: !1, dirMinTv: new nt, touchThreshold: 0, bidirectional: !0, negativeSize: !1, reset: function (a, o) { i.touchThreshold = 0, a && a.touchThreshold != null && (i.touchThreshold = Fr(0, a.touchThreshold)), i.negativeSize = !1, o && (i.minTv.set(1 / 0, 1 / 0), i.maxTv.set(0, 0), i.useDir = !1, a && a.direction != null && (i.useDir = !0, i.dirMinTv.copy(i.minTv), e.copy(i.minTv), r = a.direction, i.bidirectional = a.bidirectional == null || !!a.bidirectional, i.bidirectional || t.set(Math.cos(r), Math.sin(r)))); }, calcDirMTV: function () { var a = i.minTv, o = i.dirMinTv, s = a.y * a.y + a.x * a.x, f = Math.sin(r), h = Math.cos(r), u = f * a.y + h * a.x; if (n(u)) {
        n(a.x) && n(a.y) && o.set(0, 0);
        return;
    } if (e.x = s * h / u, e.y = s * f / u, n(e.x) && n(e.y)) {
        o.set(0, 0);
        return;
    } (i.bidirectional || t.dot(e) > 0) && e.len() < o.len() && o.copy(e); } }; function n(a) { return Gi(a) < 1e-10; } return i; }
var A = Rt;
var ba = "silent";
function Xf(r, t, e) { return { type: r, event: e, target: t.target, topTarget: t.topTarget, cancelBubble: !1, offsetX: e.zrX, offsetY: e.zrY, gestureEvent: e.gestureEvent, pinchX: e.pinchX, pinchY: e.pinchY, pinchScale: e.pinchScale, wheelDelta: e.zrDelta, zrByTouch: e.zrByTouch, which: e.which, stop: qf }; }
function qf() { ca(this.event); }
var kf = (function (r) { wa(t, r); function t() { var e = r !== null && r.apply(this, arguments) || this; return e.handler = null, e; } return t.prototype.dispose = function () { }, t.prototype.setCursor = function () { }, t; })(Lt), oe = (function () { function r(t, e) { this.x = t, this.y = e; } return r; })(), Zf = ["click", "dblclick", "mousewheel", "mouseout", "mouseup", "mousedown", "mousemove", "contextmenu"], Xi = new A(0, 0, 0, 0), Sa = (function (r) { wa(t, r); function t(e, i, n, a, o) { var s = r.call(this) || this; return s._hovered = new oe(0, 0), s.storage = e, s.painter = i, s.painterRoot = a, s._pointerSize = o, n = n || new kf, s.proxy = null, s.setHandlerProxy(n), s._draggingMgr = new ua(s), s; } return t.prototype.setHandlerProxy = function (e) { this.proxy && this.proxy.dispose(), e && (N(Zf, function (i) { e.on && e.on(i, this[i], this); }, this), e.handler = this), this.proxy = e; }, t.prototype.mousemove = function (e) { var i = e.zrX, n = e.zrY, a = Ca(this, i, n), o = this._hovered, s = o.target; s && !s.__zr && (o = this.findHover(o.x, o.y), s = o.target); var f = this._hovered = a ? new oe(i, n) : this.findHover(i, n), h = f.target, u = this.proxy; u.setCursor && u.setCursor(h ? h.cursor : "default"), s && h !== s && this.dispatchToElement(o, "mouseout", e), this.dispatchToElement(f, "mousemove", e), h && h !== s && this.dispatchToElement(f, "mouseover", e); }, t.prototype.mouseout = function (e) { var i = e.zrEventControl; i !== "only_globalout" && this.dispatchToElement(this._hovered, "mouseout", e), i !== "no_globalout" && this.trigger("globalout", { type: "globalout", event: e }); }, t.prototype.resize = function () { this._hovered = new oe(0, 0); }, t.prototype.dispatch = function (e, i) { var n = this[e]; n && n.call(this, i); }, t.prototype.dispose = function () { this.proxy.dispose(), this.storage = null, this.proxy = null, this.painter = null; }, t.prototype.setCursorStyle = function (e) { var i = this.proxy; i.setCursor && i.setCursor(e); }, t.prototype.dispatchToElement = function (e, i, n) { e = e || {}; var a = e.target; if (!(a && a.silent)) {
    for (var o = "on" + i, s = Xf(i, e, n); a && (a[o] && (s.cancelBubble = !!a[o].call(a, s)), a.trigger(i, s), a = a.__hostTarget ? a.__hostTarget : a.parent, !s.cancelBubble);)
        ;
    s.cancelBubble || (this.trigger(i, s), this.painter && this.painter.eachOtherLayer && this.painter.eachOtherLayer(function (f) { typeof f[o] == "function" && f[o].call(f, s), f.trigger && f.trigger(i, s); }));
} }, t.prototype.findHover = function (e, i, n) { var a = this.storage.getDisplayList(), o = new oe(e, i); if (xa(a, o, e, i, n), this._pointerSize && !o.target) {
    for (var s = [], f = this._pointerSize, h = f / 2, u = new A(e - h, i - h, f, f), l = a.length - 1; l >= 0; l--) {
        var v = a[l];
        v !== n && !v.ignore && !v.ignoreCoarsePointer && (!v.parent || !v.parent.ignoreCoarsePointer) && (Xi.copy(v.getBoundingRect()), v.transform && Xi.applyTransform(v.transform), Xi.intersect(u) && s.push(v));
    }
    if (s.length)
        for (var c = 4, p = Math.PI / 12, m = Math.PI * 2, _ = 0; _ < h; _ += c)
            for (var d = 0; d < m; d += p) {
                var g = e + _ * Math.cos(d), x = i + _ * Math.sin(d);
                if (xa(s, o, g, x, n), o.target)
                    return o;
            }
} return o; }, t.prototype.processGesture = function (e, i) { this._gestureMgr || (this._gestureMgr = new ma); var n = this._gestureMgr; i === "start" && n.clear(); var a = n.recognize(e, this.findHover(e.zrX, e.zrY, null).target, this.proxy.dom); if (i === "end" && n.clear(), a) {
    var o = a.type;
    e.gestureEvent = o;
    var s = new oe;
    s.target = a.target, this.dispatchToElement(s, o, a.event);
} }, t; })(Lt);
N(["click", "mousedown", "mouseup", "mousewheel", "dblclick", "contextmenu"], function (r) { Sa.prototype[r] = function (t) { var e = t.zrX, i = t.zrY, n = Ca(this, e, i), a, o; if ((r !== "mouseup" || !n) && (a = this.findHover(e, i), o = a.target), r === "mousedown")
    this._downEl = o, this._downPoint = [t.zrX, t.zrY], this._upEl = o;
else if (r === "mouseup")
    this._upEl = o;
else if (r === "click") {
    if (this._downEl !== this._upEl || !this._downPoint || Pi(this._downPoint, [t.zrX, t.zrY]) > 4)
        return;
    this._downPoint = null;
} this.dispatchToElement(a, r, t); }; });
function Vf(r, t, e) { if (r[r.rectHover ? "rectContain" : "contain"](t, e)) {
    for (var i = r, n = void 0, a = !1; i;) {
        if (i.ignoreClip && (a = !0), !a) {
            var o = i.getClipPath();
            if (o && !o.contain(t, e))
                return !1;
        }
        i.silent && (n = !0);
        var s = i.__hostTarget;
        i = s ? i.ignoreHostSilent ? null : s : i.parent;
    }
    return n ? ba : !0;
} return !1; }
function xa(r, t, e, i, n) { for (var a = r.length - 1; a >= 0; a--) {
    var o = r[a], s = void 0;
    if (o !== n && !o.ignore && (s = Vf(o, e, i)) && (!t.topTarget && (t.topTarget = o), s !== ba)) {
        t.target = o;
        break;
    }
} }
function Ca(r, t, e) { var i = r.painter; return t < 0 || t > i.getWidth() || e < 0 || e > i.getHeight(); }
var Pa = Sa;
var La = 32, se = 7;
function Kf(r) { for (var t = 0; r >= La;)
    t |= r & 1, r >>= 1; return r + t; }
function Ea(r, t, e, i) { var n = t + 1; if (n === e)
    return 1; if (i(r[n++], r[t]) < 0) {
    for (; n < e && i(r[n], r[n - 1]) < 0;)
        n++;
    Qf(r, t, n);
}
else
    for (; n < e && i(r[n], r[n - 1]) >= 0;)
        n++; return n - t; }
function Qf(r, t, e) { for (e--; t < e;) {
    var i = r[t];
    r[t++] = r[e], r[e--] = i;
} }
function Ma(r, t, e, i, n) { for (i === t && i++; i < e; i++) {
    for (var a = r[i], o = t, s = i, f; o < s;)
        f = o + s >>> 1, n(a, r[f]) < 0 ? s = f : o = f + 1;
    var h = i - o;
    switch (h) {
        case 3: r[o + 3] = r[o + 2];
        case 2: r[o + 2] = r[o + 1];
        case 1:
            r[o + 1] = r[o];
            break;
        default: for (; h > 0;)
            r[o + h] = r[o + h - 1], h--;
    }
    r[o] = a;
} }
function qi(r, t, e, i, n, a) { var o = 0, s = 0, f = 1; if (a(r, t[e + n]) > 0) {
    for (s = i - n; f < s && a(r, t[e + n + f]) > 0;)
        o = f, f = (f << 1) + 1, f <= 0 && (f = s);
    f > s && (f = s), o += n, f += n;
}
else {
    for (s = n + 1; f < s && a(r, t[e + n - f]) <= 0;)
        o = f, f = (f << 1) + 1, f <= 0 && (f = s);
    f > s && (f = s);
    var h = o;
    o = n - f, f = n - h;
} for (o++; o < f;) {
    var u = o + (f - o >>> 1);
    a(r, t[e + u]) > 0 ? o = u + 1 : f = u;
} return f; }
function ki(r, t, e, i, n, a) { var o = 0, s = 0, f = 1; if (a(r, t[e + n]) < 0) {
    for (s = n + 1; f < s && a(r, t[e + n - f]) < 0;)
        o = f, f = (f << 1) + 1, f <= 0 && (f = s);
    f > s && (f = s);
    var h = o;
    o = n - f, f = n - h;
}
else {
    for (s = i - n; f < s && a(r, t[e + n + f]) >= 0;)
        o = f, f = (f << 1) + 1, f <= 0 && (f = s);
    f > s && (f = s), o += n, f += n;
} for (o++; o < f;) {
    var u = o + (f - o >>> 1);
    a(r, t[e + u]) < 0 ? f = u : o = u + 1;
} return f; }
function $f(r, t) { var e = se, i, n, a = 0, o = []; i = [], n = []; function s(c, p) { i[a] = c, n[a] = p, a += 1; } function f() { for (; a > 1;) {
    var c = a - 2;
    if (c >= 1 && n[c - 1] <= n[c] + n[c + 1] || c >= 2 && n[c - 2] <= n[c] + n[c - 1])
        n[c - 1] < n[c + 1] && c--;
    else if (n[c] > n[c + 1])
        break;
    u(c);
} } function h() { for (; a > 1;) {
    var c = a - 2;
    c > 0 && n[c - 1] < n[c + 1] && c--, u(c);
} } function u(c) { var p = i[c], m = n[c], _ = i[c + 1], d = n[c + 1]; n[c] = m + d, c === a - 3 && (i[c + 1] = i[c + 2], n[c + 1] = n[c + 2]), a--; var g = ki(r[_], r, p, m, 0, t); p += g, m -= g, m !== 0 && (d = qi(r[p + m - 1], r, _, d, d - 1, t), d !== 0 && (m <= d ? l(p, m, _, d) : v(p, m, _, d))); } function l(c, p, m, _) { var d = 0; for (d = 0; d < p; d++)
    o[d] = r[c + d]; var g = 0, x = m, y = c; if (r[y++] = r[x++], --_ === 0) {
    for (d = 0; d < p; d++)
        r[y + d] = o[g + d];
    return;
} if (p === 1) {
    for (d = 0; d < _; d++)
        r[y + d] = r[x + d];
    r[y + _] = o[g];
    return;
} for (var w = e, T, C, b;;) {
    T = 0, C = 0, b = !1;
    do
        if (t(r[x], o[g]) < 0) {
            if (r[y++] = r[x++], C++, T = 0, --_ === 0) {
                b = !0;
                break;
            }
        }
        else if (r[y++] = o[g++], T++, C = 0, --p === 1) {
            b = !0;
            break;
        }
    while ((T | C) < w);
    if (b)
        break;
    do {
        if (T = ki(r[x], o, g, p, 0, t), T !== 0) {
            for (d = 0; d < T; d++)
                r[y + d] = o[g + d];
            if (y += T, g += T, p -= T, p <= 1) {
                b = !0;
                break;
            }
        }
        if (r[y++] = r[x++], --_ === 0) {
            b = !0;
            break;
        }
        if (C = qi(o[g], r, x, _, 0, t), C !== 0) {
            for (d = 0; d < C; d++)
                r[y + d] = r[x + d];
            if (y += C, x += C, _ -= C, _ === 0) {
                b = !0;
                break;
            }
        }
        if (r[y++] = o[g++], --p === 1) {
            b = !0;
            break;
        }
        w--;
    } while (T >= se || C >= se);
    if (b)
        break;
    w < 0 && (w = 0), w += 2;
} if (e = w, e < 1 && (e = 1), p === 1) {
    for (d = 0; d < _; d++)
        r[y + d] = r[x + d];
    r[y + _] = o[g];
}
else {
    if (p === 0)
        throw new Error;
    for (d = 0; d < p; d++)
        r[y + d] = o[g + d];
} } function v(c, p, m, _) { var d = 0; for (d = 0; d < _; d++)
    o[d] = r[m + d]; var g = c + p - 1, x = _ - 1, y = m + _ - 1, w = 0, T = 0; if (r[y--] = r[g--], --p === 0) {
    for (w = y - (_ - 1), d = 0; d < _; d++)
        r[w + d] = o[d];
    return;
} if (_ === 1) {
    for (y -= p, g -= p, T = y + 1, w = g + 1, d = p - 1; d >= 0; d--)
        r[T + d] = r[w + d];
    r[y] = o[x];
    return;
} for (var C = e;;) {
    var b = 0, P = 0, L = !1;
    do
        if (t(o[x], r[g]) < 0) {
            if (r[y--] = r[g--], b++, P = 0, --p === 0) {
                L = !0;
                break;
            }
        }
        else if (r[y--] = o[x--], P++, b = 0, --_ === 1) {
            L = !0;
            break;
        }
    while ((b | P) < C);
    if (L)
        break;
    do {
        if (b = p - ki(o[x], r, c, p, p - 1, t), b !== 0) {
            for (y -= b, g -= b, p -= b, T = y + 1, w = g + 1, d = b - 1; d >= 0; d--)
                r[T + d] = r[w + d];
            if (p === 0) {
                L = !0;
                break;
            }
        }
        if (r[y--] = o[x--], --_ === 1) {
            L = !0;
            break;
        }
        if (P = _ - qi(r[g], o, 0, _, _ - 1, t), P !== 0) {
            for (y -= P, x -= P, _ -= P, T = y + 1, w = x + 1, d = 0; d < P; d++)
                r[T + d] = o[w + d];
            if (_ <= 1) {
                L = !0;
                break;
            }
        }
        if (r[y--] = r[g--], --p === 0) {
            L = !0;
            break;
        }
        C--;
    } while (b >= se || P >= se);
    if (L)
        break;
    C < 0 && (C = 0), C += 2;
} if (e = C, e < 1 && (e = 1), _ === 1) {
    for (y -= p, g -= p, T = y + 1, w = g + 1, d = p - 1; d >= 0; d--)
        r[T + d] = r[w + d];
    r[y] = o[x];
}
else {
    if (_ === 0)
        throw new Error;
    for (w = y - (_ - 1), d = 0; d < _; d++)
        r[w + d] = o[d];
} } return { mergeRuns: f, forceMergeRuns: h, pushRun: s }; }
function Zi(r, t, e, i) { e || (e = 0), i || (i = r.length); var n = i - e; if (!(n < 2)) {
    var a = 0;
    if (n < La) {
        a = Ea(r, e, i, t), Ma(r, e, i, e + a, t);
        return;
    }
    var o = $f(r, t), s = Kf(n);
    do {
        if (a = Ea(r, e, i, t), a < s) {
            var f = n;
            f > s && (f = s), Ma(r, e, e + f, e + a, t), a = f;
        }
        o.pushRun(e, a), o.mergeRuns(), n -= a, e += a;
    } while (n !== 0);
    o.forceMergeRuns();
} }
var Y = 1, lr = 2, Xt = 4;
var Ra = !1;
function Vi() { Ra || (Ra = !0, console.warn("z / z2 / zlevel of displayable is invalid, which may cause unexpected errors")); }
function Da(r, t) { return r.zlevel === t.zlevel ? r.z === t.z ? r.z2 - t.z2 : r.z - t.z : r.zlevel - t.zlevel; }
var Jf = (function () { function r() { this._roots = [], this._displayList = [], this._displayListLen = 0, this.displayableSortFunc = Da; } return r.prototype.traverse = function (t, e) { for (var i = 0; i < this._roots.length; i++)
    this._roots[i].traverse(t, e); }, r.prototype.getDisplayList = function (t, e) { e = e || !1; var i = this._displayList; return (t || !i.length) && this.updateDisplayList(e), i; }, r.prototype.updateDisplayList = function (t) { this._displayListLen = 0; for (var e = this._roots, i = this._displayList, n = 0, a = e.length; n < a; n++)
    this._updateAndAddDisplayable(e[n], null, t); i.length = this._displayListLen, Zi(i, Da); }, r.prototype._updateAndAddDisplayable = function (t, e, i) { if (!(t.ignore && !i)) {
    t.beforeUpdate(), t.update(), t.afterUpdate();
    var n = t.getClipPath(), a = e && e.length, o = 0, s = t.__clipPaths;
    if (!t.ignoreClip && (a || n)) {
        if (s || (s = t.__clipPaths = []), a)
            for (var f = 0; f < e.length; f++)
                s[o++] = e[f];
        for (var h = n, u = t; h;)
            h.parent = u, h.updateTransform(), s[o++] = h, u = h, h = h.getClipPath();
    }
    if (s && (s.length = o), t.childrenRef) {
        for (var l = t.childrenRef(), v = 0; v < l.length; v++) {
            var c = l[v];
            t.__dirty && (c.__dirty |= Y), this._updateAndAddDisplayable(c, s, i);
        }
        t.__dirty = 0;
    }
    else {
        var p = t;
        isNaN(p.z) && (Vi(), p.z = 0), isNaN(p.z2) && (Vi(), p.z2 = 0), isNaN(p.zlevel) && (Vi(), p.zlevel = 0), this._displayList[this._displayListLen++] = p;
    }
    var m = t.getDecalElement && t.getDecalElement();
    m && this._updateAndAddDisplayable(m, s, i);
    var _ = t.getTextGuideLine();
    _ && this._updateAndAddDisplayable(_, s, i);
    var d = t.getTextContent();
    d && this._updateAndAddDisplayable(d, s, i);
} }, r.prototype.addRoot = function (t) { t.__zr && t.__zr.storage === this || this._roots.push(t); }, r.prototype.delRoot = function (t) { if (t instanceof Array) {
    for (var e = 0, i = t.length; e < i; e++)
        this.delRoot(t[e]);
    return;
} var n = K(this._roots, t); n >= 0 && this._roots.splice(n, 1); }, r.prototype.delAllRoots = function () { this._roots = [], this._displayList = [], this._displayListLen = 0; }, r.prototype.getRoots = function () { return this._roots; }, r.prototype.dispose = function () { this._displayList = null, this._roots = null; }, r; })(), Aa = Jf;
import { __extends as hh } from "tslib";
var Oa;
Oa = F.hasGlobalWindow && (window.requestAnimationFrame && window.requestAnimationFrame.bind(window) || window.msRequestAnimationFrame && window.msRequestAnimationFrame.bind(window) || window.mozRequestAnimationFrame || window.webkitRequestAnimationFrame) || function (r) { return setTimeout(r, 16); };
var Ki = Oa;
var Ne = { linear: function (r) { return r; }, quadraticIn: function (r) { return r * r; }, quadraticOut: function (r) { return r * (2 - r); }, quadraticInOut: function (r) { return (r *= 2) < 1 ? .5 * r * r : -.5 * (--r * (r - 2) - 1); }, cubicIn: function (r) { return r * r * r; }, cubicOut: function (r) { return --r * r * r + 1; }, cubicInOut: function (r) { return (r *= 2) < 1 ? .5 * r * r * r : .5 * ((r -= 2) * r * r + 2); }, quarticIn: function (r) { return r * r * r * r; }, quarticOut: function (r) { return 1 - --r * r * r * r; }, quarticInOut: function (r) { return (r *= 2) < 1 ? .5 * r * r * r * r : -.5 * ((r -= 2) * r * r * r - 2); }, quinticIn: function (r) { return r * r * r * r * r; }, quinticOut: function (r) { return --r * r * r * r * r + 1; }, quinticInOut: function (r) { return (r *= 2) < 1 ? .5 * r * r * r * r * r : .5 * ((r -= 2) * r * r * r * r + 2); }, sinusoidalIn: function (r) { return 1 - Math.cos(r * Math.PI / 2); }, sinusoidalOut: function (r) { return Math.sin(r * Math.PI / 2); }, sinusoidalInOut: function (r) { return .5 * (1 - Math.cos(Math.PI * r)); }, exponentialIn: function (r) { return r === 0 ? 0 : Math.pow(1024, r - 1); }, exponentialOut: function (r) { return r === 1 ? 1 : 1 - Math.pow(2, -10 * r); }, exponentialInOut: function (r) { return r === 0 ? 0 : r === 1 ? 1 : (r *= 2) < 1 ? .5 * Math.pow(1024, r - 1) : .5 * (-Math.pow(2, -10 * (r - 1)) + 2); }, circularIn: function (r) { return 1 - Math.sqrt(1 - r * r); }, circularOut: function (r) { return Math.sqrt(1 - --r * r); }, circularInOut: function (r) { return (r *= 2) < 1 ? -.5 * (Math.sqrt(1 - r * r) - 1) : .5 * (Math.sqrt(1 - (r -= 2) * r) + 1); }, elasticIn: function (r) { var t, e = .1, i = .4; return r === 0 ? 0 : r === 1 ? 1 : (!e || e < 1 ? (e = 1, t = i / 4) : t = i * Math.asin(1 / e) / (2 * Math.PI), -(e * Math.pow(2, 10 * (r -= 1)) * Math.sin((r - t) * (2 * Math.PI) / i))); }, elasticOut: function (r) { var t, e = .1, i = .4; return r === 0 ? 0 : r === 1 ? 1 : (!e || e < 1 ? (e = 1, t = i / 4) : t = i * Math.asin(1 / e) / (2 * Math.PI), e * Math.pow(2, -10 * r) * Math.sin((r - t) * (2 * Math.PI) / i) + 1); }, elasticInOut: function (r) { var t, e = .1, i = .4; return r === 0 ? 0 : r === 1 ? 1 : (!e || e < 1 ? (e = 1, t = i / 4) : t = i * Math.asin(1 / e) / (2 * Math.PI), (r *= 2) < 1 ? -.5 * (e * Math.pow(2, 10 * (r -= 1)) * Math.sin((r - t) * (2 * Math.PI) / i)) : e * Math.pow(2, -10 * (r -= 1)) * Math.sin((r - t) * (2 * Math.PI) / i) * .5 + 1); }, backIn: function (r) { var t = 1.70158; return r * r * ((t + 1) * r - t); }, backOut: function (r) { var t = 1.70158; return --r * r * ((t + 1) * r + t) + 1; }, backInOut: function (r) { var t = 2.5949095; return (r *= 2) < 1 ? .5 * (r * r * ((t + 1) * r - t)) : .5 * ((r -= 2) * r * ((t + 1) * r + t) + 2); }, bounceIn: function (r) { return 1 - Ne.bounceOut(1 - r); }, bounceOut: function (r) { return r < .36363636363636365 ? 7.5625 * r * r : r < .7272727272727273 ? 7.5625 * (r -= .5454545454545454) * r + .75 : r < .9090909090909091 ? 7.5625 * (r -= .8181818181818182) * r + .9375 : 7.5625 * (r -= .9545454545454546) * r + .984375; }, bounceInOut: function (r) { return r < .5 ? Ne.bounceIn(r * 2) * .5 : Ne.bounceOut(r * 2 - 1) * .5 + .5; } }, ze = Ne;
var Ye = Math.pow, kt = Math.sqrt, Ge = 1e-8, Ia = 1e-4, Fa = kt(3), We = 1 / 3, _t = Et(), at = Et(), Ir = Et();
function qt(r) { return r > -Ge && r < Ge; }
function Ha(r) { return r > Ge || r < -Ge; }
function B(r, t, e, i, n) { var a = 1 - n; return a * a * (a * r + 3 * n * t) + n * n * (n * i + 3 * a * e); }
function Ol(r, t, e, i, n) { var a = 1 - n; return 3 * (((t - r) * a + 2 * (e - t) * n) * a + (i - e) * n * n); }
function Ue(r, t, e, i, n, a) { var o = i + 3 * (t - e) - r, s = 3 * (e - t * 2 + r), f = 3 * (t - r), h = r - n, u = s * s - 3 * o * f, l = s * f - 9 * o * h, v = f * f - 3 * s * h, c = 0; if (qt(u) && qt(l))
    if (qt(s))
        a[0] = 0;
    else {
        var p = -f / s;
        p >= 0 && p <= 1 && (a[c++] = p);
    }
else {
    var m = l * l - 4 * u * v;
    if (qt(m)) {
        var _ = l / u, p = -s / o + _, d = -_ / 2;
        p >= 0 && p <= 1 && (a[c++] = p), d >= 0 && d <= 1 && (a[c++] = d);
    }
    else if (m > 0) {
        var g = kt(m), x = u * s + 1.5 * o * (-l + g), y = u * s + 1.5 * o * (-l - g);
        x < 0 ? x = -Ye(-x, We) : x = Ye(x, We), y < 0 ? y = -Ye(-y, We) : y = Ye(y, We);
        var p = (-s - (x + y)) / (3 * o);
        p >= 0 && p <= 1 && (a[c++] = p);
    }
    else {
        var w = (2 * u * s - 3 * o * l) / (2 * kt(u * u * u)), T = Math.acos(w) / 3, C = kt(u), b = Math.cos(T), p = (-s - 2 * C * b) / (3 * o), d = (-s + C * (b + Fa * Math.sin(T))) / (3 * o), P = (-s + C * (b - Fa * Math.sin(T))) / (3 * o);
        p >= 0 && p <= 1 && (a[c++] = p), d >= 0 && d <= 1 && (a[c++] = d), P >= 0 && P <= 1 && (a[c++] = P);
    }
} return c; }
function Xe(r, t, e, i, n) { var a = 6 * e - 12 * t + 6 * r, o = 9 * t + 3 * i - 3 * r - 9 * e, s = 3 * t - 3 * r, f = 0; if (qt(o)) {
    if (Ha(a)) {
        var h = -s / a;
        h >= 0 && h <= 1 && (n[f++] = h);
    }
}
else {
    var u = a * a - 4 * o * s;
    if (qt(u))
        n[0] = -a / (2 * o);
    else if (u > 0) {
        var l = kt(u), h = (-a + l) / (2 * o), v = (-a - l) / (2 * o);
        h >= 0 && h <= 1 && (n[f++] = h), v >= 0 && v <= 1 && (n[f++] = v);
    }
} return f; }
function Qi(r, t, e, i, n, a) { var o = (t - r) * n + r, s = (e - t) * n + t, f = (i - e) * n + e, h = (s - o) * n + o, u = (f - s) * n + s, l = (u - h) * n + h; a[0] = r, a[1] = o, a[2] = h, a[3] = l, a[4] = l, a[5] = u, a[6] = f, a[7] = i; }
function Ba(r, t, e, i, n, a, o, s, f, h, u) { var l, v = .005, c = 1 / 0, p, m, _, d; _t[0] = f, _t[1] = h; for (var g = 0; g < 1; g += .05)
    at[0] = B(r, e, n, o, g), at[1] = B(t, i, a, s, g), _ = zt(_t, at), _ < c && (l = g, c = _); c = 1 / 0; for (var x = 0; x < 32 && !(v < Ia); x++)
    p = l - v, m = l + v, at[0] = B(r, e, n, o, p), at[1] = B(t, i, a, s, p), _ = zt(at, _t), p >= 0 && _ < c ? (l = p, c = _) : (Ir[0] = B(r, e, n, o, m), Ir[1] = B(t, i, a, s, m), d = zt(Ir, _t), m <= 1 && d < c ? (l = m, c = d) : v *= .5); return u && (u[0] = B(r, e, n, o, l), u[1] = B(t, i, a, s, l)), kt(c); }
function Na(r, t, e, i, n, a, o, s, f) { for (var h = r, u = t, l = 0, v = 1 / f, c = 1; c <= f; c++) {
    var p = c * v, m = B(r, e, n, o, p), _ = B(t, i, a, s, p), d = m - h, g = _ - u;
    l += Math.sqrt(d * d + g * g), h = m, u = _;
} return l; }
function W(r, t, e, i) { var n = 1 - i; return n * (n * r + 2 * i * t) + i * i * e; }
function Fl(r, t, e, i) { return 2 * ((1 - i) * (t - r) + i * (e - t)); }
function za(r, t, e, i, n) { var a = r - 2 * t + e, o = 2 * (t - r), s = r - i, f = 0; if (qt(a)) {
    if (Ha(o)) {
        var h = -s / o;
        h >= 0 && h <= 1 && (n[f++] = h);
    }
}
else {
    var u = o * o - 4 * a * s;
    if (qt(u)) {
        var h = -o / (2 * a);
        h >= 0 && h <= 1 && (n[f++] = h);
    }
    else if (u > 0) {
        var l = kt(u), h = (-o + l) / (2 * a), v = (-o - l) / (2 * a);
        h >= 0 && h <= 1 && (n[f++] = h), v >= 0 && v <= 1 && (n[f++] = v);
    }
} return f; }
function qe(r, t, e) { var i = r + e - 2 * t; return i === 0 ? .5 : (r - t) / i; }
function $i(r, t, e, i, n) { var a = (t - r) * i + r, o = (e - t) * i + t, s = (o - a) * i + a; n[0] = r, n[1] = a, n[2] = s, n[3] = s, n[4] = o, n[5] = e; }
function Ya(r, t, e, i, n, a, o, s, f) { var h, u = .005, l = 1 / 0; _t[0] = o, _t[1] = s; for (var v = 0; v < 1; v += .05) {
    at[0] = W(r, e, n, v), at[1] = W(t, i, a, v);
    var c = zt(_t, at);
    c < l && (h = v, l = c);
} l = 1 / 0; for (var p = 0; p < 32 && !(u < Ia); p++) {
    var m = h - u, _ = h + u;
    at[0] = W(r, e, n, m), at[1] = W(t, i, a, m);
    var c = zt(at, _t);
    if (m >= 0 && c < l)
        h = m, l = c;
    else {
        Ir[0] = W(r, e, n, _), Ir[1] = W(t, i, a, _);
        var d = zt(Ir, _t);
        _ <= 1 && d < l ? (h = _, l = d) : u *= .5;
    }
} return f && (f[0] = W(r, e, n, h), f[1] = W(t, i, a, h)), kt(l); }
function Wa(r, t, e, i, n, a, o) { for (var s = r, f = t, h = 0, u = 1 / o, l = 1; l <= o; l++) {
    var v = l * u, c = W(r, e, n, v), p = W(t, i, a, v), m = c - s, _ = p - f;
    h += Math.sqrt(m * m + _ * _), s = c, f = p;
} return h; }
var jf = /cubic-bezier\(([0-9,\.e ]+)\)/;
function ke(r) { var t = r && jf.exec(r); if (t) {
    var e = t[1].split(","), i = +Nt(e[0]), n = +Nt(e[1]), a = +Nt(e[2]), o = +Nt(e[3]);
    if (isNaN(i + n + a + o))
        return;
    var s = [];
    return function (f) { return f <= 0 ? 0 : f >= 1 ? 1 : Ue(0, i, a, 1, f, s) && B(0, n, o, 1, s[0]); };
} }
var th = (function () { function r(t) { this._inited = !1, this._startTime = 0, this._pausedTime = 0, this._paused = !1, this._life = t.life || 1e3, this._delay = t.delay || 0, this.loop = t.loop || !1, this.onframe = t.onframe || Pt, this.ondestroy = t.ondestroy || Pt, this.onrestart = t.onrestart || Pt, t.easing && this.setEasing(t.easing); } return r.prototype.step = function (t, e) { if (this._inited || (this._startTime = t + this._delay, this._inited = !0), this._paused) {
    this._pausedTime += e;
    return;
} var i = this._life, n = t - this._startTime - this._pausedTime, a = n / i; a < 0 && (a = 0), a = Math.min(a, 1); var o = this.easingFunc, s = o ? o(a) : a; if (this.onframe(s), a === 1)
    if (this.loop) {
        var f = n % i;
        this._startTime = t - f, this._pausedTime = 0, this.onrestart();
    }
    else
        return !0; return !1; }, r.prototype.pause = function () { this._paused = !0; }, r.prototype.resume = function () { this._paused = !1; }, r.prototype.setEasing = function (t) { this.easing = t, this.easingFunc = dt(t) ? t : ze[t] || ke(t); }, r; })(), Ga = th;
var Ve = Math.round;
function ql(r) { var t; if (!r || r === "transparent")
    r = "none";
else if (typeof r == "string" && r.indexOf("rgba") > -1) {
    var e = z(r);
    e && (r = "rgb(" + e[0] + "," + e[1] + "," + e[2] + ")", t = e[3]);
} return { color: r, opacity: t ?? 1 }; }
var Ua = 1e-4;
function kl(r) { return r < Ua && r > -Ua; }
function Ze(r) { return Ve(r * 1e3) / 1e3; }
function Xa(r) { return Ve(r * 1e4) / 1e4; }
function Zl(r) { return "matrix(" + Ze(r[0]) + "," + Ze(r[1]) + "," + Ze(r[2]) + "," + Ze(r[3]) + "," + Xa(r[4]) + "," + Xa(r[5]) + ")"; }
var Vl = { left: "start", right: "end", center: "middle", middle: "middle" };
function Kl(r, t, e) { return e === "top" ? r += t / 2 : e === "bottom" && (r -= t / 2), r; }
function Ql(r) { return r && (r.shadowBlur || r.shadowOffsetX || r.shadowOffsetY); }
function $l(r) { var t = r.style, e = r.getGlobalScale(); return [t.shadowColor, (t.shadowBlur || 0).toFixed(2), (t.shadowOffsetX || 0).toFixed(2), (t.shadowOffsetY || 0).toFixed(2), e[0], e[1]].join(","); }
function rh(r) { return r && !!r.image; }
function eh(r) { return r && !!r.svgElement; }
function Jl(r) { return rh(r) || eh(r); }
function qa(r) { return r.type === "linear"; }
function ka(r) { return r.type === "radial"; }
function jl(r) { return r && (r.type === "linear" || r.type === "radial"); }
function tv(r) { return "url(#" + r + ")"; }
function rv(r) { var t = r.getGlobalScale(), e = Math.max(t[0], t[1]); return Math.max(Math.ceil(Math.log(e) / Math.log(10)), 1); }
function ev(r) { var t = r.x || 0, e = r.y || 0, i = (r.rotation || 0) * nr, n = H(r.scaleX, 1), a = H(r.scaleY, 1), o = r.skewX || 0, s = r.skewY || 0, f = []; return (t || e) && f.push("translate(" + t + "px," + e + "px)"), i && f.push("rotate(" + i + ")"), (n !== 1 || a !== 1) && f.push("scale(" + n + "," + a + ")"), (o || s) && f.push("skew(" + Ve(o * nr) + "deg, " + Ve(s * nr) + "deg)"), f.join(" "); }
var iv = (function () { return typeof Buffer < "u" && typeof Buffer.from == "function" ? function (r) { return Buffer.from(r).toString("base64"); } : typeof btoa == "function" && typeof unescape == "function" && typeof encodeURIComponent == "function" ? function (r) { return btoa(unescape(encodeURIComponent(r))); } : function (r) { return null; }; })();
var tn = Array.prototype.slice;
function Dt(r, t, e) { return (t - r) * e + r; }
function ji(r, t, e, i) { for (var n = t.length, a = 0; a < n; a++)
    r[a] = Dt(t[a], e[a], i); return r; }
function ih(r, t, e, i) { for (var n = t.length, a = n && t[0].length, o = 0; o < n; o++) {
    r[o] || (r[o] = []);
    for (var s = 0; s < a; s++)
        r[o][s] = Dt(t[o][s], e[o][s], i);
} return r; }
function Ke(r, t, e, i) { for (var n = t.length, a = 0; a < n; a++)
    r[a] = t[a] + e[a] * i; return r; }
function Za(r, t, e, i) { for (var n = t.length, a = n && t[0].length, o = 0; o < n; o++) {
    r[o] || (r[o] = []);
    for (var s = 0; s < a; s++)
        r[o][s] = t[o][s] + e[o][s] * i;
} return r; }
function nh(r, t) { for (var e = r.length, i = t.length, n = e > i ? t : r, a = Math.min(e, i), o = n[a - 1] || { color: [0, 0, 0, 0], offset: 0 }, s = a; s < Math.max(e, i); s++)
    n.push({ offset: o.offset, color: o.color.slice() }); }
function ah(r, t, e) { var i = r, n = t; if (!(!i.push || !n.push)) {
    var a = i.length, o = n.length;
    if (a !== o) {
        var s = a > o;
        if (s)
            i.length = o;
        else
            for (var f = a; f < o; f++)
                i.push(e === 1 ? n[f] : tn.call(n[f]));
    }
    for (var h = i[0] && i[0].length, f = 0; f < i.length; f++)
        if (e === 1)
            isNaN(i[f]) && (i[f] = n[f]);
        else
            for (var u = 0; u < h; u++)
                isNaN(i[f][u]) && (i[f][u] = n[f][u]);
} }
function ue(r) { if (Q(r)) {
    var t = r.length;
    if (Q(r[0])) {
        for (var e = [], i = 0; i < t; i++)
            e.push(tn.call(r[i]));
        return e;
    }
    return tn.call(r);
} return r; }
function Je(r) { return r[0] = Math.floor(r[0]) || 0, r[1] = Math.floor(r[1]) || 0, r[2] = Math.floor(r[2]) || 0, r[3] = r[3] == null ? 1 : r[3], "rgba(" + r.join(",") + ")"; }
function oh(r) { return Q(r && r[0]) ? 2 : 1; }
var Qe = 0, je = 1, Qa = 2, he = 3, rn = 4, en = 5, Va = 6;
function Ka(r) { return r === rn || r === en; }
function $e(r) { return r === je || r === Qa; }
var fe = [0, 0, 0, 0], sh = (function () { function r(t) { this.keyframes = [], this.discrete = !1, this._invalid = !1, this._needsSort = !1, this._lastFr = 0, this._lastFrP = 0, this.propName = t; } return r.prototype.isFinished = function () { return this._finished; }, r.prototype.setFinished = function () { this._finished = !0, this._additiveTrack && this._additiveTrack.setFinished(); }, r.prototype.needsAnimate = function () { return this.keyframes.length >= 1; }, r.prototype.getAdditiveTrack = function () { return this._additiveTrack; }, r.prototype.addKeyframe = function (t, e, i) { this._needsSort = !0; var n = this.keyframes, a = n.length, o = !1, s = Va, f = e; if (Q(e)) {
    var h = oh(e);
    s = h, (h === 1 && !rr(e[0]) || h === 2 && !rr(e[0][0])) && (o = !0);
}
else if (rr(e) && !xi(e))
    s = Qe;
else if (Bt(e))
    if (!isNaN(+e))
        s = Qe;
    else {
        var u = z(e);
        u && (f = u, s = he);
    }
else if (er(e)) {
    var l = D({}, f);
    l.colorStops = ht(e.colorStops, function (c) { return { offset: c.offset, color: z(c.color) }; }), qa(e) ? s = rn : ka(e) && (s = en), f = l;
} a === 0 ? this.valType = s : (s !== this.valType || s === Va) && (o = !0), this.discrete = this.discrete || o; var v = { time: t, value: f, rawValue: e, percent: 0 }; return i && (v.easing = i, v.easingFunc = dt(i) ? i : ze[i] || ke(i)), n.push(v), v; }, r.prototype.prepare = function (t, e) { var i = this.keyframes; this._needsSort && i.sort(function (m, _) { return m.time - _.time; }); for (var n = this.valType, a = i.length, o = i[a - 1], s = this.discrete, f = $e(n), h = Ka(n), u = 0; u < a; u++) {
    var l = i[u], v = l.value, c = o.value;
    l.percent = l.time / t, s || (f && u !== a - 1 ? ah(v, c, n) : h && nh(v.colorStops, c.colorStops));
} if (!s && n !== en && e && this.needsAnimate() && e.needsAnimate() && n === e.valType && !e._finished) {
    this._additiveTrack = e;
    for (var p = i[0].value, u = 0; u < a; u++)
        n === Qe ? i[u].additiveValue = i[u].value - p : n === he ? i[u].additiveValue = Ke([], i[u].value, p, -1) : $e(n) && (i[u].additiveValue = n === je ? Ke([], i[u].value, p, -1) : Za([], i[u].value, p, -1));
} }, r.prototype.step = function (t, e) { if (!this._finished) {
    this._additiveTrack && this._additiveTrack._finished && (this._additiveTrack = null);
    var i = this._additiveTrack != null, n = i ? "additiveValue" : "value", a = this.valType, o = this.keyframes, s = o.length, f = this.propName, h = a === he, u, l = this._lastFr, v = Math.min, c, p;
    if (s === 1)
        c = p = o[0];
    else {
        if (e < 0)
            u = 0;
        else if (e < this._lastFrP) {
            var m = v(l + 1, s - 1);
            for (u = m; u >= 0 && !(o[u].percent <= e); u--)
                ;
            u = v(u, s - 2);
        }
        else {
            for (u = l; u < s && !(o[u].percent > e); u++)
                ;
            u = v(u - 1, s - 2);
        }
        p = o[u + 1], c = o[u];
    }
    if (c && p) {
        this._lastFr = u, this._lastFrP = e;
        var _ = p.percent - c.percent, d = _ === 0 ? 1 : v((e - c.percent) / _, 1);
        p.easingFunc && (d = p.easingFunc(d));
        var g = i ? this._additiveValue : h ? fe : t[f];
        if (($e(a) || h) && !g && (g = this._additiveValue = []), this.discrete)
            t[f] = d < 1 ? c.rawValue : p.rawValue;
        else if ($e(a))
            a === je ? ji(g, c[n], p[n], d) : ih(g, c[n], p[n], d);
        else if (Ka(a)) {
            var x = c[n], y = p[n], w = a === rn;
            t[f] = { type: w ? "linear" : "radial", x: Dt(x.x, y.x, d), y: Dt(x.y, y.y, d), colorStops: ht(x.colorStops, function (C, b) { var P = y.colorStops[b]; return { offset: Dt(C.offset, P.offset, d), color: Je(ji([], C.color, P.color, d)) }; }), global: y.global }, w ? (t[f].x2 = Dt(x.x2, y.x2, d), t[f].y2 = Dt(x.y2, y.y2, d)) : t[f].r = Dt(x.r, y.r, d);
        }
        else if (h)
            ji(g, c[n], p[n], d), i || (t[f] = Je(g));
        else {
            var T = Dt(c[n], p[n], d);
            i ? this._additiveValue = T : t[f] = T;
        }
        i && this._addToTarget(t);
    }
} }, r.prototype._addToTarget = function (t) { var e = this.valType, i = this.propName, n = this._additiveValue; e === Qe ? t[i] = t[i] + n : e === he ? (z(t[i], fe), Ke(fe, fe, n, 1), t[i] = Je(fe)) : e === je ? Ke(t[i], t[i], n, 1) : e === Qa && Za(t[i], t[i], n, 1); }, r; })(), fh = (function () { function r(t, e, i, n) { if (this._tracks = {}, this._trackKeys = [], this._maxTime = 0, this._started = 0, this._clip = null, this._target = t, this._loop = e, e && n) {
    Qr("Can' use additive animation on looped animation.");
    return;
} this._additiveAnimators = n, this._allowDiscrete = i; } return r.prototype.getMaxTime = function () { return this._maxTime; }, r.prototype.getDelay = function () { return this._delay; }, r.prototype.getLoop = function () { return this._loop; }, r.prototype.getTarget = function () { return this._target; }, r.prototype.changeTarget = function (t) { this._target = t; }, r.prototype.when = function (t, e, i) { return this.whenWithKeys(t, e, I(e), i); }, r.prototype.whenWithKeys = function (t, e, i, n) { for (var a = this._tracks, o = 0; o < i.length; o++) {
    var s = i[o], f = a[s];
    if (!f) {
        f = a[s] = new sh(s);
        var h = void 0, u = this._getAdditiveTrack(s);
        if (u) {
            var l = u.keyframes, v = l[l.length - 1];
            h = v && v.value, u.valType === he && h && (h = Je(h));
        }
        else
            h = this._target[s];
        if (h == null)
            continue;
        t > 0 && f.addKeyframe(0, ue(h), n), this._trackKeys.push(s);
    }
    f.addKeyframe(t, ue(e[s]), n);
} return this._maxTime = Math.max(this._maxTime, t), this; }, r.prototype.pause = function () { this._clip.pause(), this._paused = !0; }, r.prototype.resume = function () { this._clip.resume(), this._paused = !1; }, r.prototype.isPaused = function () { return !!this._paused; }, r.prototype.duration = function (t) { return this._maxTime = t, this._force = !0, this; }, r.prototype._doneCallback = function () { this._setTracksFinished(), this._clip = null; var t = this._doneCbs; if (t)
    for (var e = t.length, i = 0; i < e; i++)
        t[i].call(this); }, r.prototype._abortedCallback = function () { this._setTracksFinished(); var t = this.animation, e = this._abortedCbs; if (t && t.removeClip(this._clip), this._clip = null, e)
    for (var i = 0; i < e.length; i++)
        e[i].call(this); }, r.prototype._setTracksFinished = function () { for (var t = this._tracks, e = this._trackKeys, i = 0; i < e.length; i++)
    t[e[i]].setFinished(); }, r.prototype._getAdditiveTrack = function (t) { var e, i = this._additiveAnimators; if (i)
    for (var n = 0; n < i.length; n++) {
        var a = i[n].getTrack(t);
        a && (e = a);
    } return e; }, r.prototype.start = function (t) { if (!(this._started > 0)) {
    this._started = 1;
    for (var e = this, i = [], n = this._maxTime || 0, a = 0; a < this._trackKeys.length; a++) {
        var o = this._trackKeys[a], s = this._tracks[o], f = this._getAdditiveTrack(o), h = s.keyframes, u = h.length;
        if (s.prepare(n, f), s.needsAnimate())
            if (!this._allowDiscrete && s.discrete) {
                var l = h[u - 1];
                l && (e._target[s.propName] = l.rawValue), s.setFinished();
            }
            else
                i.push(s);
    }
    if (i.length || this._force) {
        var v = new Ga({ life: n, loop: this._loop, delay: this._delay || 0, onframe: function (c) { e._started = 2; var p = e._additiveAnimators; if (p) {
                for (var m = !1, _ = 0; _ < p.length; _++)
                    if (p[_]._clip) {
                        m = !0;
                        break;
                    }
                m || (e._additiveAnimators = null);
            } for (var _ = 0; _ < i.length; _++)
                i[_].step(e._target, c); var d = e._onframeCbs; if (d)
                for (var _ = 0; _ < d.length; _++)
                    d[_](e._target, c); }, ondestroy: function () { e._doneCallback(); } });
        this._clip = v, this.animation && this.animation.addClip(v), t && v.setEasing(t);
    }
    else
        this._doneCallback();
    return this;
} }, r.prototype.stop = function (t) { if (this._clip) {
    var e = this._clip;
    t && e.onframe(1), this._abortedCallback();
} }, r.prototype.delay = function (t) { return this._delay = t, this; }, r.prototype.during = function (t) { return t && (this._onframeCbs || (this._onframeCbs = []), this._onframeCbs.push(t)), this; }, r.prototype.done = function (t) { return t && (this._doneCbs || (this._doneCbs = []), this._doneCbs.push(t)), this; }, r.prototype.aborted = function (t) { return t && (this._abortedCbs || (this._abortedCbs = []), this._abortedCbs.push(t)), this; }, r.prototype.getClip = function () { return this._clip; }, r.prototype.getTrack = function (t) { return this._tracks[t]; }, r.prototype.getTracks = function () { var t = this; return ht(this._trackKeys, function (e) { return t._tracks[e]; }); }, r.prototype.stopTracks = function (t, e) { if (!t.length || !this._clip)
    return !0; for (var i = this._tracks, n = this._trackKeys, a = 0; a < t.length; a++) {
    var o = i[t[a]];
    o && !o.isFinished() && (e ? o.step(this._target, 1) : this._started === 1 && o.step(this._target, 0), o.setFinished());
} for (var s = !0, a = 0; a < n.length; a++)
    if (!i[n[a]].isFinished()) {
        s = !1;
        break;
    } return s && this._abortedCallback(), s; }, r.prototype.saveTo = function (t, e, i) { if (t) {
    e = e || this._trackKeys;
    for (var n = 0; n < e.length; n++) {
        var a = e[n], o = this._tracks[a];
        if (!(!o || o.isFinished())) {
            var s = o.keyframes, f = s[i ? 0 : s.length - 1];
            f && (t[a] = ue(f.rawValue));
        }
    }
} }, r.prototype.__changeFinalValue = function (t, e) { e = e || I(t); for (var i = 0; i < e.length; i++) {
    var n = e[i], a = this._tracks[n];
    if (a) {
        var o = a.keyframes;
        if (o.length > 1) {
            var s = o.pop();
            a.addKeyframe(s.time, t[n]), a.prepare(this._maxTime, a.getAdditiveTrack());
        }
    }
} }, r; })(), le = fh;
function vr() { return new Date().getTime(); }
var uh = (function (r) { hh(t, r); function t(e) { var i = r.call(this) || this; return i._running = !1, i._time = 0, i._pausedTime = 0, i._pauseStart = 0, i._paused = !1, e = e || {}, i.stage = e.stage || {}, i; } return t.prototype.addClip = function (e) { e.animation && this.removeClip(e), this._head ? (this._tail.next = e, e.prev = this._tail, e.next = null, this._tail = e) : this._head = this._tail = e, e.animation = this; }, t.prototype.addAnimator = function (e) { e.animation = this; var i = e.getClip(); i && this.addClip(i); }, t.prototype.removeClip = function (e) { if (e.animation) {
    var i = e.prev, n = e.next;
    i ? i.next = n : this._head = n, n ? n.prev = i : this._tail = i, e.next = e.prev = e.animation = null;
} }, t.prototype.removeAnimator = function (e) { var i = e.getClip(); i && this.removeClip(i), e.animation = null; }, t.prototype.update = function (e) { for (var i = vr() - this._pausedTime, n = i - this._time, a = this._head; a;) {
    var o = a.next, s = a.step(i, n);
    s && (a.ondestroy(), this.removeClip(a)), a = o;
} this._time = i, e || (this.trigger("frame", n), this.stage.update && this.stage.update()); }, t.prototype._startLoop = function () { var e = this; this._running = !0; function i() { e._running && (Ki(i), !e._paused && e.update()); } Ki(i); }, t.prototype.start = function () { this._running || (this._time = vr(), this._pausedTime = 0, this._startLoop()); }, t.prototype.stop = function () { this._running = !1; }, t.prototype.pause = function () { this._paused || (this._pauseStart = vr(), this._paused = !0); }, t.prototype.resume = function () { this._paused && (this._pausedTime += vr() - this._pauseStart, this._paused = !1); }, t.prototype.clear = function () { for (var e = this._head; e;) {
    var i = e.next;
    e.prev = e.next = e.animation = null, e = i;
} this._head = this._tail = null; }, t.prototype.isFinished = function () { return this._head == null; }, t.prototype.animate = function (e, i) { i = i || {}, this.start(); var n = new le(e, i.loop); return this.addAnimator(n), n; }, t; })(Lt), $a = uh;
import { __extends as lh } from "tslib";
var vh = 300, nn = F.domSupported, an = (function () { var r = ["click", "dblclick", "mousewheel", "wheel", "mouseout", "mouseup", "mousedown", "mousemove", "contextmenu"], t = ["touchstart", "touchend", "touchmove"], e = { pointerdown: 1, pointerup: 1, pointermove: 1, pointerout: 1 }, i = ht(r, function (n) { var a = n.replace("mouse", "pointer"); return e.hasOwnProperty(a) ? a : n; }); return { mouse: r, touch: t, pointer: i }; })(), Ja = { mouse: ["mousemove", "mouseup"], pointer: ["pointermove", "pointerup"] }, ja = !1;
function fn(r) { var t = r.pointerType; return t === "pen" || t === "touch"; }
function ph(r) { r.touching = !0, r.touchTimer != null && (clearTimeout(r.touchTimer), r.touchTimer = null), r.touchTimer = setTimeout(function () { r.touching = !1, r.touchTimer = null; }, 700); }
function on(r) { r && (r.zrByTouch = !0); }
function ch(r, t) { return it(r.dom, new dh(r, t), !0); }
function ro(r, t) { for (var e = t, i = !1; e && e.nodeType !== 9 && !(i = e.domBelongToZr || e !== t && e === r.painterRoot);)
    e = e.parentNode; return i; }
var dh = (function () { function r(t, e) { this.stopPropagation = Pt, this.stopImmediatePropagation = Pt, this.preventDefault = Pt, this.type = e.type, this.target = this.currentTarget = t.dom, this.pointerType = e.pointerType, this.clientX = e.clientX, this.clientY = e.clientY; } return r; })(), lt = { mousedown: function (r) { r = it(this.dom, r), this.__mayPointerCapture = [r.zrX, r.zrY], this.trigger("mousedown", r); }, mousemove: function (r) { r = it(this.dom, r); var t = this.__mayPointerCapture; t && (r.zrX !== t[0] || r.zrY !== t[1]) && this.__togglePointerCapture(!0), this.trigger("mousemove", r); }, mouseup: function (r) { r = it(this.dom, r), this.__togglePointerCapture(!1), this.trigger("mouseup", r); }, mouseout: function (r) { r = it(this.dom, r); var t = r.toElement || r.relatedTarget; ro(this, t) || (this.__pointerCapturing && (r.zrEventControl = "no_globalout"), this.trigger("mouseout", r)); }, wheel: function (r) { ja = !0, r = it(this.dom, r), this.trigger("mousewheel", r); }, mousewheel: function (r) { ja || (r = it(this.dom, r), this.trigger("mousewheel", r)); }, touchstart: function (r) { r = it(this.dom, r), on(r), this.__lastTouchMoment = new Date, this.handler.processGesture(r, "start"), lt.mousemove.call(this, r), lt.mousedown.call(this, r); }, touchmove: function (r) { r = it(this.dom, r), on(r), this.handler.processGesture(r, "change"), lt.mousemove.call(this, r); }, touchend: function (r) { r = it(this.dom, r), on(r), this.handler.processGesture(r, "end"), lt.mouseup.call(this, r), +new Date - +this.__lastTouchMoment < vh && lt.click.call(this, r); }, pointerdown: function (r) { lt.mousedown.call(this, r); }, pointermove: function (r) { fn(r) || lt.mousemove.call(this, r); }, pointerup: function (r) { lt.mouseup.call(this, r); }, pointerout: function (r) { fn(r) || lt.mouseout.call(this, r); } };
N(["click", "dblclick", "contextmenu"], function (r) { lt[r] = function (t) { t = it(this.dom, t), this.trigger(r, t); }; });
var hn = { pointermove: function (r) { fn(r) || hn.mousemove.call(this, r); }, pointerup: function (r) { hn.mouseup.call(this, r); }, mousemove: function (r) { this.trigger("mousemove", r); }, mouseup: function (r) { var t = this.__pointerCapturing; this.__togglePointerCapture(!1), this.trigger("mouseup", r), t && (r.zrEventControl = "only_globalout", this.trigger("mouseout", r)); } };
function _h(r, t) { var e = t.domHandlers; F.pointerEventsSupported ? N(an.pointer, function (i) { ti(t, i, function (n) { e[i].call(r, n); }); }) : (F.touchEventsSupported && N(an.touch, function (i) { ti(t, i, function (n) { e[i].call(r, n), ph(t); }); }), N(an.mouse, function (i) { ti(t, i, function (n) { n = Be(n), t.touching || e[i].call(r, n); }); })); }
function mh(r, t) { F.pointerEventsSupported ? N(Ja.pointer, e) : F.touchEventsSupported || N(Ja.mouse, e); function e(i) { function n(a) { a = Be(a), ro(r, a.target) || (a = ch(r, a), t.domHandlers[i].call(r, a)); } ti(t, i, n, { capture: !0 }); } }
function ti(r, t, e, i) { r.mounted[t] = e, r.listenerOpts[t] = i, va(r.domTarget, t, e, i); }
function sn(r) { var t = r.mounted; for (var e in t)
    t.hasOwnProperty(e) && pa(r.domTarget, e, t[e], r.listenerOpts[e]); r.mounted = {}; }
var to = (function () { function r(t, e) { this.mounted = {}, this.listenerOpts = {}, this.touching = !1, this.domTarget = t, this.domHandlers = e; } return r; })(), gh = (function (r) { lh(t, r); function t(e, i) { var n = r.call(this) || this; return n.__pointerCapturing = !1, n.dom = e, n.painterRoot = i, n._localHandlerScope = new to(e, lt), nn && (n._globalHandlerScope = new to(document, hn)), _h(n, n._localHandlerScope), n; } return t.prototype.dispose = function () { sn(this._localHandlerScope), nn && sn(this._globalHandlerScope); }, t.prototype.setCursor = function (e) { this.dom.style && (this.dom.style.cursor = e || "default"); }, t.prototype.__togglePointerCapture = function (e) { if (this.__mayPointerCapture = null, nn && +this.__pointerCapturing ^ +e) {
    this.__pointerCapturing = e;
    var i = this._globalHandlerScope;
    e ? mh(this, i) : sn(i);
} }, t; })(Lt), eo = gh;
var io = 1;
F.hasGlobalWindow && (io = Math.max(window.devicePixelRatio || window.screen && window.screen.deviceXDPI / window.screen.logicalXDPI || 1, 1));
var un = io, ve = .4, pe = "#333", ce = "#ccc", no = "#eee";
import { __extends as Mh } from "tslib";
var ao = te, oo = 5e-5;
function pr(r) { return r > oo || r < -oo; }
var cr = [], Hr = [], ln = Mt(), vn = Math.abs, pn = (function () { function r() { } return r.prototype.getLocalTransform = function (t) { return yh(this, t); }, r.prototype.setPosition = function (t) { this.x = t[0], this.y = t[1]; }, r.prototype.setScale = function (t) { this.scaleX = t[0], this.scaleY = t[1]; }, r.prototype.setSkew = function (t) { this.skewX = t[0], this.skewY = t[1]; }, r.prototype.setOrigin = function (t) { this.originX = t[0], this.originY = t[1]; }, r.prototype.needLocalTransform = function () { return pr(this.rotation) || pr(this.x) || pr(this.y) || pr(this.scaleX - 1) || pr(this.scaleY - 1) || pr(this.skewX) || pr(this.skewY); }, r.prototype.updateTransform = function () { var t = this.parent && this.parent.transform, e = this.needLocalTransform(), i = this.transform; if (!(e || t)) {
    i && (ao(i), this.invTransform = null);
    return;
} i = i || Mt(), e ? this.getLocalTransform(i) : ao(i), t && (e ? re(i, t, i) : Re(i, t)), this.transform = i, this._resolveGlobalScaleRatio(i), this.invTransform = this.invTransform || Mt(), ee(this.invTransform, i); }, r.prototype._resolveGlobalScaleRatio = function (t) { var e = this.globalScaleRatio; if (e != null && e !== 1) {
    this.getGlobalScale(cr);
    var i = cr[0] < 0 ? -1 : 1, n = cr[1] < 0 ? -1 : 1, a = ((cr[0] - i) * e + i) / cr[0] || 0, o = ((cr[1] - n) * e + n) / cr[1] || 0;
    t[0] *= a, t[1] *= a, t[2] *= o, t[3] *= o;
} }, r.prototype.getComputedTransform = function () { for (var t = this, e = []; t;)
    e.push(t), t = t.parent; for (; t = e.pop();)
    t.updateTransform(); return this.transform; }, r.prototype.setLocalTransform = function (t) { if (t) {
    var e = t[0] * t[0] + t[1] * t[1], i = t[2] * t[2] + t[3] * t[3], n = Math.atan2(t[1], t[0]), a = Math.PI / 2 + n - Math.atan2(t[3], t[2]);
    i = Math.sqrt(i) * Math.cos(a), e = Math.sqrt(e), this.skewX = a, this.skewY = 0, this.rotation = -n, this.x = +t[4], this.y = +t[5], this.scaleX = e, this.scaleY = i, this.originX = 0, this.originY = 0;
} }, r.prototype.decomposeTransform = function () { if (this.transform) {
    var t = this.parent, e = this.transform;
    t && t.transform && (t.invTransform = t.invTransform || Mt(), re(Hr, t.invTransform, e), e = Hr);
    var i = this.originX, n = this.originY;
    (i || n) && (ln[4] = i, ln[5] = n, re(Hr, e, ln), Hr[4] -= i, Hr[5] -= n, e = Hr), this.setLocalTransform(e);
} }, r.prototype.getGlobalScale = function (t) { var e = this.transform; return t = t || [], e ? (t[0] = Math.sqrt(e[0] * e[0] + e[1] * e[1]), t[1] = Math.sqrt(e[2] * e[2] + e[3] * e[3]), e[0] < 0 && (t[0] = -t[0]), e[3] < 0 && (t[1] = -t[1]), t) : (t[0] = 1, t[1] = 1, t); }, r.prototype.transformCoordToLocal = function (t, e) { var i = [t, e], n = this.invTransform; return n && Le(i, i, n), i; }, r.prototype.transformCoordToGlobal = function (t, e) { var i = [t, e], n = this.transform; return n && Le(i, i, n), i; }, r.prototype.getLineScale = function () { var t = this.transform; return t && vn(t[0] - 1) > 1e-10 && vn(t[3] - 1) > 1e-10 ? Math.sqrt(vn(t[0] * t[3] - t[2] * t[1])) : 1; }, r.prototype.copyTransform = function (t) { Th(this, t); }, r.getLocalTransform = function (t, e) { e = e || []; var i = t.originX || 0, n = t.originY || 0, a = t.scaleX, o = t.scaleY, s = t.anchorX, f = t.anchorY, h = t.rotation || 0, u = t.x, l = t.y, v = t.skewX ? Math.tan(t.skewX) : 0, c = t.skewY ? Math.tan(-t.skewY) : 0; if (i || n || s || f) {
    var p = i + s, m = n + f;
    e[4] = -p * a - v * m * o, e[5] = -m * o - c * p * a;
}
else
    e[4] = e[5] = 0; return e[0] = a, e[3] = o, e[1] = c * a, e[2] = v * o, h && Ei(e, e, h), e[4] += i + u, e[5] += n + l, e; }, r.initDefaultProps = (function () { var t = r.prototype; t.scaleX = t.scaleY = t.globalScaleRatio = 1, t.x = t.y = t.originX = t.originY = t.skewX = t.skewY = t.rotation = t.anchorX = t.anchorY = 0; })(), r; })(), yh = pn.getLocalTransform;
function Sv() { return new pn; }
var Br = ["x", "y", "originX", "originY", "anchorX", "anchorY", "rotation", "scaleX", "scaleY", "skewX", "skewY"];
function Th(r, t) { return yi(r, t, Br); }
var cn = pn;
function vt(r) { ri || (ri = new Yt(100)), r = r || tt; var t = ri.get(r); return t || (t = { font: r, strWidthCache: new Yt(500), asciiWidthMap: null, asciiWidthMapTried: !1, stWideCharWidth: V.measureText("\u56FD", r).width, asciiCharWidth: V.measureText("a", r).width }, ri.put(r, t)), t; }
var ri;
function xh(r) { if (!(dn >= so)) {
    r = r || tt;
    for (var t = [], e = +new Date, i = 0; i <= 127; i++)
        t[i] = V.measureText(String.fromCharCode(i), r).width;
    var n = +new Date - e;
    return n > 16 ? dn = so : n > 2 && dn++, t;
} }
var dn = 0, so = 5;
function _n(r, t) { return r.asciiWidthMapTried || (r.asciiWidthMap = xh(r.font), r.asciiWidthMapTried = !0), 0 <= t && t <= 127 ? r.asciiWidthMap != null ? r.asciiWidthMap[t] : r.asciiCharWidth : r.stWideCharWidth; }
function pt(r, t) { var e = r.strWidthCache, i = e.get(t); return i == null && (i = V.measureText(t, r.font).width, e.put(t, i)), i; }
function fo(r, t, e, i) { var n = pt(vt(t), r), a = de(t), o = Zt(0, n, e), s = At(0, a, i), f = new A(o, s, n, a); return f; }
function Lv(r, t, e, i) {
    var n = ((r || "") + "").split(`
`), a = n.length;
    if (a === 1)
        return fo(n[0], t, e, i);
    for (var o = new A(0, 0, 0, 0), s = 0; s < n.length; s++) {
        var f = fo(n[s], t, e, i);
        s === 0 ? o.copy(f) : o.union(f);
    }
    return o;
}
function Zt(r, t, e, i) { return e === "right" ? i ? r += t : r -= t : e === "center" && (i ? r += t / 2 : r -= t / 2), r; }
function At(r, t, e, i) { return e === "middle" ? i ? r += t / 2 : r -= t / 2 : e === "bottom" && (i ? r += t : r -= t), r; }
function de(r) { return vt(r).stWideCharWidth; }
function dr(r, t) { return typeof r == "string" ? r.lastIndexOf("%") >= 0 ? parseFloat(r) / 100 * t : parseFloat(r) : r; }
function ho(r, t, e) { var i = t.position || "inside", n = t.distance != null ? t.distance : 5, a = e.height, o = e.width, s = a / 2, f = e.x, h = e.y, u = "left", l = "top"; if (i instanceof Array)
    f += dr(i[0], e.width), h += dr(i[1], e.height), u = null, l = null;
else
    switch (i) {
        case "left":
            f -= n, h += s, u = "right", l = "middle";
            break;
        case "right":
            f += n + o, h += s, l = "middle";
            break;
        case "top":
            f += o / 2, h -= n, u = "center", l = "bottom";
            break;
        case "bottom":
            f += o / 2, h += a + n, u = "center";
            break;
        case "inside":
            f += o / 2, h += s, u = "center", l = "middle";
            break;
        case "insideLeft":
            f += n, h += s, l = "middle";
            break;
        case "insideRight":
            f += o - n, h += s, u = "right", l = "middle";
            break;
        case "insideTop":
            f += o / 2, h += n, u = "center";
            break;
        case "insideBottom":
            f += o / 2, h += a - n, u = "center", l = "bottom";
            break;
        case "insideTopLeft":
            f += n, h += n;
            break;
        case "insideTopRight":
            f += o - n, h += n, u = "right";
            break;
        case "insideBottomLeft":
            f += n, h += a - n, l = "bottom";
            break;
        case "insideBottomRight":
            f += o - n, h += a - n, u = "right", l = "bottom";
            break;
    } return r = r || {}, r.x = f, r.y = h, r.align = u, r.verticalAlign = l, r; }
var mn = "__zr_normal__", gn = Br.concat(["ignore"]), wh = tr(Br, function (r, t) { return r[t] = !0, r; }, { ignore: !1 }), Nr = {}, bh = new A(0, 0, 0, 0), ei = [], ii = 0, zr = 1, xn = (function () { function r(t) { this.id = Kr(), this.animators = [], this.currentStates = [], this.states = {}, this._init(t); } return r.prototype._init = function (t) { this.attr(t); }, r.prototype.drift = function (t, e, i) { switch (this.draggable) {
    case "horizontal":
        e = 0;
        break;
    case "vertical":
        t = 0;
        break;
} var n = this.transform; n || (n = this.transform = [1, 0, 0, 1, 0, 0]), n[4] += t, n[5] += e, this.decomposeTransform(), this.markRedraw(); }, r.prototype.beforeUpdate = function () { }, r.prototype.afterUpdate = function () { }, r.prototype.update = function () { this.updateTransform(), this.__dirty && this.updateInnerText(); }, r.prototype.updateInnerText = function (t) { var e = this._textContent; if (e && (!e.ignore || t)) {
    this.textConfig || (this.textConfig = {});
    var i = this.textConfig, n = i.local, a = e.innerTransformable, o = void 0, s = void 0, f = !1;
    a.parent = n ? this : null;
    var h = !1;
    a.copyTransform(e);
    var u = i.position != null, l = i.autoOverflowArea, v = void 0;
    if ((l || u) && (v = bh, i.layoutRect ? v.copy(i.layoutRect) : v.copy(this.getBoundingRect()), n || v.applyTransform(this.transform)), u) {
        this.calculateTextPosition ? this.calculateTextPosition(Nr, i, v) : ho(Nr, i, v), a.x = Nr.x, a.y = Nr.y, o = Nr.align, s = Nr.verticalAlign;
        var c = i.origin;
        if (c && i.rotation != null) {
            var p = void 0, m = void 0;
            c === "center" ? (p = v.width * .5, m = v.height * .5) : (p = dr(c[0], v.width), m = dr(c[1], v.height)), h = !0, a.originX = -a.x + p + (n ? 0 : v.x), a.originY = -a.y + m + (n ? 0 : v.y);
        }
    }
    i.rotation != null && (a.rotation = i.rotation);
    var _ = i.offset;
    _ && (a.x += _[0], a.y += _[1], h || (a.originX = -_[0], a.originY = -_[1]));
    var d = this._innerTextDefaultStyle || (this._innerTextDefaultStyle = {});
    if (l) {
        var g = d.overflowRect = d.overflowRect || new A(0, 0, 0, 0);
        a.getLocalTransform(ei), ee(ei, ei), A.copy(g, v), g.applyTransform(ei);
    }
    else
        d.overflowRect = null;
    var x = i.inside == null ? typeof i.position == "string" && i.position.indexOf("inside") >= 0 : i.inside, y = void 0, w = void 0, T = void 0;
    x && this.canBeInsideText() ? (y = i.insideFill, w = i.insideStroke, (y == null || y === "auto") && (y = this.getInsideTextFill()), (w == null || w === "auto") && (w = this.getInsideTextStroke(y), T = !0)) : (y = i.outsideFill, w = i.outsideStroke, (y == null || y === "auto") && (y = this.getOutsideFill()), (w == null || w === "auto") && (w = this.getOutsideStroke(y), T = !0)), y = y || "#000", (y !== d.fill || w !== d.stroke || T !== d.autoStroke || o !== d.align || s !== d.verticalAlign) && (f = !0, d.fill = y, d.stroke = w, d.autoStroke = T, d.align = o, d.verticalAlign = s, e.setDefaultTextStyle(d)), e.__dirty |= Y, f && e.dirtyStyle(!0);
} }, r.prototype.canBeInsideText = function () { return !0; }, r.prototype.getInsideTextFill = function () { return "#fff"; }, r.prototype.getInsideTextStroke = function (t) { return "#000"; }, r.prototype.getOutsideFill = function () { return this.__zr && this.__zr.isDarkMode() ? ce : pe; }, r.prototype.getOutsideStroke = function (t) { var e = this.__zr && this.__zr.getBackgroundColor(), i = typeof e == "string" && z(e); i || (i = [255, 255, 255, 1]); for (var n = i[3], a = this.__zr.isDarkMode(), o = 0; o < 3; o++)
    i[o] = i[o] * n + (a ? 0 : 255) * (1 - n); return i[3] = 1, Ut(i, "rgba"); }, r.prototype.traverse = function (t, e) { }, r.prototype.attrKV = function (t, e) { t === "textConfig" ? this.setTextConfig(e) : t === "textContent" ? this.setTextContent(e) : t === "clipPath" ? this.setClipPath(e) : t === "extra" ? (this.extra = this.extra || {}, D(this.extra, e)) : this[t] = e; }, r.prototype.hide = function () { this.ignore = !0, this.markRedraw(); }, r.prototype.show = function () { this.ignore = !1, this.markRedraw(); }, r.prototype.attr = function (t, e) { if (typeof t == "string")
    this.attrKV(t, e);
else if (St(t))
    for (var i = t, n = I(i), a = 0; a < n.length; a++) {
        var o = n[a];
        this.attrKV(o, t[o]);
    } return this.markRedraw(), this; }, r.prototype.saveCurrentToNormalState = function (t) { this._innerSaveToNormal(t); for (var e = this._normalState, i = 0; i < this.animators.length; i++) {
    var n = this.animators[i], a = n.__fromStateTransition;
    if (!(n.getLoop() || a && a !== mn)) {
        var o = n.targetName, s = o ? e[o] : e;
        n.saveTo(s);
    }
} }, r.prototype._innerSaveToNormal = function (t) { var e = this._normalState; e || (e = this._normalState = {}), t.textConfig && !e.textConfig && (e.textConfig = this.textConfig), this._savePrimaryToNormal(t, e, gn); }, r.prototype._savePrimaryToNormal = function (t, e, i) { for (var n = 0; n < i.length; n++) {
    var a = i[n];
    t[a] != null && !(a in e) && (e[a] = this[a]);
} }, r.prototype.hasState = function () { return this.currentStates.length > 0; }, r.prototype.getState = function (t) { return this.states[t]; }, r.prototype.ensureState = function (t) { var e = this.states; return e[t] || (e[t] = {}), e[t]; }, r.prototype.clearStates = function (t) { this.useState(mn, !1, t); }, r.prototype.useState = function (t, e, i, n) { var a = t === mn, o = this.hasState(); if (!(!o && a)) {
    var s = this.currentStates, f = this.stateTransition;
    if (!(K(s, t) >= 0 && (e || s.length === 1))) {
        var h;
        if (this.stateProxy && !a && (h = this.stateProxy(t)), h || (h = this.states && this.states[t]), !h && !a) {
            Qr("State " + t + " not exists.");
            return;
        }
        a || this.saveCurrentToNormalState(h);
        var u = this._textContent, l = uo(this, u, h, n);
        l && !this.__inHover && (this.__inHover = l), this._applyStateObj(t, h, this._normalState, e, vo(this, i, f), f);
        var v = this._textGuide;
        return u && u.useState(t, e, i, !!l), v && v.useState(t, e, i, !!l), a ? (this.currentStates = [], this._normalState = {}) : e ? this.currentStates.push(t) : this.currentStates = [t], this._updateAnimationTargets(), this.markRedraw(), !l && this.__inHover && (this.__inHover = ii, this.__dirty &= ~Y), h;
    }
} }, r.prototype.useStates = function (t, e, i) { if (!t.length)
    this.clearStates();
else {
    var n = [], a = this.currentStates, o = t.length, s = o === a.length;
    if (s) {
        for (var f = 0; f < o; f++)
            if (t[f] !== a[f]) {
                s = !1;
                break;
            }
    }
    if (s)
        return;
    for (var f = 0; f < o; f++) {
        var h = t[f], u = void 0;
        this.stateProxy && (u = this.stateProxy(h, t)), u || (u = this.states[h]), u && n.push(u);
    }
    var l = n[o - 1], v = this._textContent, c = uo(this, v, l, i);
    c && !this.__inHover && (this.__inHover = c);
    var p = this._mergeStates(n), m = this.stateTransition;
    this.saveCurrentToNormalState(p), this._applyStateObj(t.join(","), p, this._normalState, !1, vo(this, e, m), m);
    var _ = this._textGuide;
    v && v.useStates(t, e, !!c), _ && _.useStates(t, e, !!c), this._updateAnimationTargets(), this.currentStates = t.slice(), this.markRedraw(), !c && this.__inHover && (this.__inHover = ii, this.__dirty &= ~Y);
} }, r.prototype.isSilent = function () { for (var t = this; t;) {
    if (t.silent)
        return !0;
    var e = t.__hostTarget;
    t = e ? t.ignoreHostSilent ? null : e : t.parent;
} return !1; }, r.prototype._updateAnimationTargets = function () { for (var t = 0; t < this.animators.length; t++) {
    var e = this.animators[t];
    e.targetName && e.changeTarget(this[e.targetName]);
} }, r.prototype.removeState = function (t) { var e = K(this.currentStates, t); if (e >= 0) {
    var i = this.currentStates.slice();
    i.splice(e, 1), this.useStates(i);
} }, r.prototype.replaceState = function (t, e, i) { var n = this.currentStates.slice(), a = K(n, t), o = K(n, e) >= 0; a >= 0 ? o ? n.splice(a, 1) : n[a] = e : i && !o && n.push(e), this.useStates(n); }, r.prototype.toggleState = function (t, e) { e ? this.useState(t, !0) : this.removeState(t); }, r.prototype._mergeStates = function (t) { for (var e = {}, i, n = 0; n < t.length; n++) {
    var a = t[n];
    D(e, a), a.textConfig && (i = i || {}, D(i, a.textConfig));
} return i && (e.textConfig = i), e; }, r.prototype._applyStateObj = function (t, e, i, n, a, o) { if (this.__inHover !== zr) {
    var s = !(e && n);
    e && e.textConfig ? (this.textConfig = D({}, n ? this.textConfig : i.textConfig), D(this.textConfig, e.textConfig)) : s && i.textConfig && (this.textConfig = i.textConfig);
    for (var f = {}, h = !1, u = 0; u < gn.length; u++) {
        var l = gn[u], v = a && wh[l];
        e && e[l] != null ? v ? (h = !0, f[l] = e[l]) : this[l] = e[l] : s && i[l] != null && (v ? (h = !0, f[l] = i[l]) : this[l] = i[l]);
    }
    if (!a)
        for (var u = 0; u < this.animators.length; u++) {
            var c = this.animators[u], p = c.targetName;
            c.getLoop() || c.__changeFinalValue(p ? (e || i)[p] : e || i);
        }
    h && this._transitionState(t, f, o);
} }, r.prototype._attachComponent = function (t) { if (!(t.__zr && !t.__hostTarget) && t !== this) {
    var e = this.__zr;
    e && t.addSelfToZr(e), t.__zr = e, t.__hostTarget = this;
} }, r.prototype._detachComponent = function (t) { t.__zr && t.removeSelfFromZr(t.__zr), t.__zr = null, t.__hostTarget = null; }, r.prototype.getClipPath = function () { return this._clipPath; }, r.prototype.setClipPath = function (t) { this._clipPath && this._clipPath !== t && this.removeClipPath(), this._attachComponent(t), this._clipPath = t, this.markRedraw(); }, r.prototype.removeClipPath = function () { var t = this._clipPath; t && (this._detachComponent(t), this._clipPath = null, this.markRedraw()); }, r.prototype.getTextContent = function () { return this._textContent; }, r.prototype.setTextContent = function (t) { var e = this._textContent; e !== t && (e && e !== t && this.removeTextContent(), t.innerTransformable = new cn, this._attachComponent(t), this._textContent = t, this.markRedraw()); }, r.prototype.setTextConfig = function (t) { this.textConfig || (this.textConfig = {}), D(this.textConfig, t), this.markRedraw(); }, r.prototype.removeTextConfig = function () { this.textConfig = null, this.markRedraw(); }, r.prototype.removeTextContent = function () { var t = this._textContent; t && (t.innerTransformable = null, this._detachComponent(t), this._textContent = null, this._innerTextDefaultStyle = null, this.markRedraw()); }, r.prototype.getTextGuideLine = function () { return this._textGuide; }, r.prototype.setTextGuideLine = function (t) { this._textGuide && this._textGuide !== t && this.removeTextGuideLine(), this._attachComponent(t), this._textGuide = t, this.markRedraw(); }, r.prototype.removeTextGuideLine = function () { var t = this._textGuide; t && (this._detachComponent(t), this._textGuide = null, this.markRedraw()); }, r.prototype.markRedraw = function () { this.__dirty |= Y; var t = this.__zr; t && (this.__inHover ? t.refreshHover() : t.refresh()), this.__hostTarget && this.__hostTarget.markRedraw(); }, r.prototype.dirty = function () { this.markRedraw(); }, r.prototype.addSelfToZr = function (t) { if (this.__zr !== t) {
    this.__zr = t;
    var e = this.animators;
    if (e)
        for (var i = 0; i < e.length; i++)
            t.animation.addAnimator(e[i]);
    this._clipPath && this._clipPath.addSelfToZr(t), this._textContent && this._textContent.addSelfToZr(t), this._textGuide && this._textGuide.addSelfToZr(t);
} }, r.prototype.removeSelfFromZr = function (t) { if (this.__zr) {
    this.__zr = null;
    var e = this.animators;
    if (e)
        for (var i = 0; i < e.length; i++)
            t.animation.removeAnimator(e[i]);
    this._clipPath && this._clipPath.removeSelfFromZr(t), this._textContent && this._textContent.removeSelfFromZr(t), this._textGuide && this._textGuide.removeSelfFromZr(t);
} }, r.prototype.animate = function (t, e, i) { var n = t ? this[t] : this, a = new le(n, e, i); return t && (a.targetName = t), this.addAnimator(a, t), a; }, r.prototype.addAnimator = function (t, e) { var i = this.__zr, n = this; t.during(function () { n.updateDuringAnimation(e); }).done(function () { var a = n.animators, o = K(a, t); o >= 0 && a.splice(o, 1); }), this.animators.push(t), i && i.animation.addAnimator(t), i && i.wakeUp(); }, r.prototype.updateDuringAnimation = function (t) { this.markRedraw(); }, r.prototype.stopAnimation = function (t, e) { for (var i = this.animators, n = i.length, a = [], o = 0; o < n; o++) {
    var s = i[o];
    !t || t === s.scope ? s.stop(e) : a.push(s);
} return this.animators = a, this; }, r.prototype.animateTo = function (t, e, i) { yn(this, t, e, i); }, r.prototype.animateFrom = function (t, e, i) { yn(this, t, e, i, !0); }, r.prototype._transitionState = function (t, e, i, n) { for (var a = yn(this, e, i, n), o = 0; o < a.length; o++)
    a[o].__fromStateTransition = t; }, r.prototype.getBoundingRect = function () { return null; }, r.prototype.getPaintRect = function () { return null; }, r.initDefaultProps = (function () { var t = r.prototype; t.type = "element", t.name = "", t.ignore = t.silent = t.ignoreHostSilent = t.isGroup = t.draggable = t.dragging = t.ignoreClip = !1, t.__inHover = ii, t.__dirty = Y; var e = {}; function i(a, o, s) { e[a + o + s] || (console.warn("DEPRECATED: '" + a + "' has been deprecated. use '" + o + "', '" + s + "' instead"), e[a + o + s] = !0); } function n(a, o, s, f) { Object.defineProperty(t, a, { get: function () { if (!this[o]) {
        var u = this[o] = [];
        h(this, u);
    } return this[o]; }, set: function (u) { this[s] = u[0], this[f] = u[1], this[o] = u, h(this, u); } }); function h(u, l) { Object.defineProperty(l, 0, { get: function () { return u[s]; }, set: function (v) { u[s] = v; } }), Object.defineProperty(l, 1, { get: function () { return u[f]; }, set: function (v) { u[f] = v; } }); } } Object.defineProperty && (n("position", "_legacyPos", "x", "y"), n("scale", "_legacyScale", "scaleX", "scaleY"), n("origin", "_legacyOrigin", "originX", "originY")); })(), r; })();
Ee(xn, Lt);
Ee(xn, cn);
function yn(r, t, e, i, n) { e = e || {}; var a = []; po(r, "", r, t, e, i, a, n); var o = a.length, s = !1, f = e.done, h = e.aborted, u = function () { s = !0, o--, o <= 0 && (s ? f && f() : h && h()); }, l = function () { o--, o <= 0 && (s ? f && f() : h && h()); }; o || f && f(), a.length > 0 && e.during && a[0].during(function (p, m) { e.during(m); }); for (var v = 0; v < a.length; v++) {
    var c = a[v];
    u && c.done(u), l && c.aborted(l), e.force && c.duration(e.duration), c.start(e.easing);
} return a; }
function Tn(r, t, e) { for (var i = 0; i < e; i++)
    r[i] = t[i]; }
function Sh(r) { return Q(r[0]); }
function Ch(r, t, e) { if (Q(t[e]))
    if (Q(r[e]) || (r[e] = []), Ti(t[e])) {
        var i = t[e].length;
        r[e].length !== i && (r[e] = new t[e].constructor(i), Tn(r[e], t[e], i));
    }
    else {
        var n = t[e], a = r[e], o = n.length;
        if (Sh(n))
            for (var s = n[0].length, f = 0; f < o; f++)
                a[f] ? Tn(a[f], n[f], s) : a[f] = Array.prototype.slice.call(n[f]);
        else
            Tn(a, n, o);
        a.length = n.length;
    }
else
    r[e] = t[e]; }
function Ph(r, t) { return r === t || Q(r) && Q(t) && Eh(r, t); }
function Eh(r, t) { var e = r.length; if (e !== t.length)
    return !1; for (var i = 0; i < e; i++)
    if (r[i] !== t[i])
        return !1; return !0; }
function po(r, t, e, i, n, a, o, s) { for (var f = I(i), h = n.duration, u = n.delay, l = n.additive, v = n.setToFinal, c = !St(a), p = r.animators, m = [], _ = 0; _ < f.length; _++) {
    var d = f[_], g = i[d];
    if (g != null && e[d] != null && (c || a[d]))
        if (St(g) && !Q(g) && !er(g)) {
            if (t) {
                s || (e[d] = g, r.updateDuringAnimation(t));
                continue;
            }
            po(r, d, e[d], g, n, a && a[d], o, s);
        }
        else
            m.push(d);
    else
        s || (e[d] = g, r.updateDuringAnimation(t), m.push(d));
} var x = m.length; if (!l && x)
    for (var y = 0; y < p.length; y++) {
        var w = p[y];
        if (w.targetName === t) {
            var T = w.stopTracks(m);
            if (T) {
                var C = K(p, w);
                p.splice(C, 1);
            }
        }
    } if (n.force || (m = Me(m, function (M) { return !Ph(i[M], e[M]); }), x = m.length), x > 0 || n.force && !o.length) {
    var b = void 0, P = void 0, L = void 0;
    if (s) {
        P = {}, v && (b = {});
        for (var y = 0; y < x; y++) {
            var d = m[y];
            P[d] = e[d], v ? b[d] = i[d] : e[d] = i[d];
        }
    }
    else if (v) {
        L = {};
        for (var y = 0; y < x; y++) {
            var d = m[y];
            L[d] = ue(e[d]), Ch(e, i, d);
        }
    }
    var w = new le(e, !1, !1, l ? Me(p, function (R) { return R.targetName === t; }) : null);
    w.targetName = t, n.scope && (w.scope = n.scope), v && b && w.whenWithKeys(0, b, m), L && w.whenWithKeys(0, L, m), w.whenWithKeys(h ?? 500, s ? P : i, m).delay(u || 0), r.addAnimator(w, t), o.push(w);
} }
function uo(r, t, e, i) { return !(e && e.hoverLayer || i) || lo(r) || t && lo(t) ? ii : zr; }
function lo(r) { return r.type === "text" || r.type === "tspan"; }
function vo(r, t, e) { return !t && !r.__inHover && e && e.duration > 0; }
var ni = xn;
var co = (function (r) { Mh(t, r); function t(e) { var i = r.call(this) || this; return i.isGroup = !0, i._children = [], i.attr(e), i; } return t.prototype.childrenRef = function () { return this._children; }, t.prototype.children = function () { return this._children.slice(); }, t.prototype.childAt = function (e) { return this._children[e]; }, t.prototype.childOfName = function (e) { for (var i = this._children, n = 0; n < i.length; n++)
    if (i[n].name === e)
        return i[n]; }, t.prototype.childCount = function () { return this._children.length; }, t.prototype.add = function (e) { return e && e !== this && e.parent !== this && (this._children.push(e), this._doAdd(e)), this; }, t.prototype.addBefore = function (e, i) { if (e && e !== this && e.parent !== this && i && i.parent === this) {
    var n = this._children, a = n.indexOf(i);
    a >= 0 && (n.splice(a, 0, e), this._doAdd(e));
} return this; }, t.prototype.replace = function (e, i) { var n = K(this._children, e); return n >= 0 && this.replaceAt(i, n), this; }, t.prototype.replaceAt = function (e, i) { var n = this._children, a = n[i]; if (e && e !== this && e.parent !== this && e !== a) {
    n[i] = e, a.parent = null;
    var o = this.__zr;
    o && a.removeSelfFromZr(o), this._doAdd(e);
} return this; }, t.prototype._doAdd = function (e) { e.parent && e.parent.remove(e), e.parent = this; var i = this.__zr; i && i !== e.__zr && e.addSelfToZr(i), i && i.refresh(); }, t.prototype.remove = function (e) { var i = this.__zr, n = this._children, a = K(n, e); return a < 0 ? this : (n.splice(a, 1), e.parent = null, i && e.removeSelfFromZr(i), i && i.refresh(), this); }, t.prototype.removeAll = function () { for (var e = this._children, i = this.__zr, n = 0; n < e.length; n++) {
    var a = e[n];
    i && a.removeSelfFromZr(i), a.parent = null;
} return e.length = 0, this; }, t.prototype.eachChild = function (e, i) { for (var n = this._children, a = 0; a < n.length; a++) {
    var o = n[a];
    e.call(i, o, a);
} return this; }, t.prototype.traverse = function (e, i) { for (var n = 0; n < this._children.length; n++) {
    var a = this._children[n], o = e.call(i, a);
    a.isGroup && !o && a.traverse(e, i);
} return this; }, t.prototype.addSelfToZr = function (e) { r.prototype.addSelfToZr.call(this, e); for (var i = 0; i < this._children.length; i++) {
    var n = this._children[i];
    n.addSelfToZr(e);
} }, t.prototype.removeSelfFromZr = function (e) { r.prototype.removeSelfFromZr.call(this, e); for (var i = 0; i < this._children.length; i++) {
    var n = this._children[i];
    n.removeSelfFromZr(e);
} }, t.prototype.getBoundingRect = function (e) { for (var i = new A(0, 0, 0, 0), n = e || this._children, a = [], o = null, s = 0; s < n.length; s++) {
    var f = n[s];
    if (!(f.ignore || f.invisible)) {
        var h = f.getBoundingRect(), u = f.getLocalTransform(a);
        u ? (A.applyTransform(i, h, u), o = o || i.clone(), o.union(i)) : (o = o || h.clone(), o.union(h));
    }
} return o || i; }, t; })(ni);
co.prototype.type = "group";
var _o = co;
var ai = {}, _r = {};
function Lh(r) { delete _r[r]; }
function Rh(r) { if (!r)
    return !1; if (typeof r == "string")
    return ar(r, 1) < ve; if (r.colorStops) {
    for (var t = r.colorStops, e = 0, i = t.length, n = 0; n < i; n++)
        e += ar(t[n].color, 1);
    return e /= i, e < ve;
} return !1; }
var Dh = (function () { function r(t, e, i) { var n = this; this._sleepAfterStill = 10, this._stillFrameAccum = 0, this._needsRefresh = !0, this._needsRefreshHover = !1, this._darkMode = !1, i = i || {}, this.dom = e, this.id = t; var a = new Aa, o = i.renderer || "canvas"; ai[o] || (o = I(ai)[0]), i.useDirtyRect = i.useDirtyRect == null ? !1 : i.useDirtyRect; var s = new ai[o](e, a, i, t), f = i.ssr || s.ssrOnly; this.storage = a, this.painter = s; var h = !F.node && !F.worker && !f ? new eo(s.getViewportRoot(), s.root) : null, u = i.useCoarsePointer, l = u == null || u === "auto" ? F.touchEventsSupported : !!u, v = 44, c; l && (c = H(i.pointerSize, v)), this.handler = new Pa(a, s, h, s.root, c), this.animation = new $a({ stage: { update: f ? null : function () { return n._flush(!1); } } }), f || this.animation.start(); } return r.prototype.add = function (t) { this._disposed || !t || (this.storage.addRoot(t), t.addSelfToZr(this), this.refresh()); }, r.prototype.remove = function (t) { this._disposed || !t || (this.storage.delRoot(t), t.removeSelfFromZr(this), this.refresh()); }, r.prototype.configLayer = function (t, e) { this._disposed || (this.painter.configLayer && this.painter.configLayer(t, e), this.refresh()); }, r.prototype.setBackgroundColor = function (t) { this._disposed || (this.painter.setBackgroundColor && this.painter.setBackgroundColor(t), this.refresh(), this._backgroundColor = t, this._darkMode = Rh(t)); }, r.prototype.getBackgroundColor = function () { return this._backgroundColor; }, r.prototype.setDarkMode = function (t) { this._darkMode = t; }, r.prototype.isDarkMode = function () { return this._darkMode; }, r.prototype.refreshImmediately = function (t) { this._disposed || this._refresh({ animUpdate: !t, refresh: !0, refreshHover: !1 }); }, r.prototype._refresh = function (t) { t.animUpdate && this.animation.update(!0), this._needsRefresh = this._needsRefreshHover = !1, this.painter.refresh({ refresh: t.refresh, refreshHover: t.refreshHover }), this._needsRefresh = this._needsRefreshHover = !1; }, r.prototype.refresh = function () { this._disposed || (this._needsRefresh = !0, this.animation.start()); }, r.prototype.flush = function () { this._disposed || this._flush(!0); }, r.prototype._flush = function (t) { var e, i = vr(), n = this._needsRefresh, a = this._needsRefreshHover; (n || a) && (e = !0, this._refresh({ animUpdate: t, refresh: n, refreshHover: a })); var o = vr(); e ? (this._stillFrameAccum = 0, this.trigger("rendered", { elapsedTime: o - i })) : this._sleepAfterStill > 0 && (this._stillFrameAccum++, this._stillFrameAccum > this._sleepAfterStill && this.animation.stop()); }, r.prototype.setSleepAfterStill = function (t) { this._sleepAfterStill = t; }, r.prototype.wakeUp = function () { this._disposed || (this.animation.start(), this._stillFrameAccum = 0); }, r.prototype.refreshHover = function () { this._needsRefreshHover = !0; }, r.prototype.refreshHoverImmediately = function () { this._disposed || this._refresh({ animUpdate: !1, refresh: !1, refreshHover: !0 }); }, r.prototype.resize = function (t) { this._disposed || (t = t || {}, this.painter.resize(t.width, t.height), this.handler.resize()); }, r.prototype.clearAnimation = function () { this._disposed || this.animation.clear(); }, r.prototype.getWidth = function () { if (!this._disposed)
    return this.painter.getWidth(); }, r.prototype.getHeight = function () { if (!this._disposed)
    return this.painter.getHeight(); }, r.prototype.setCursorStyle = function (t) { this._disposed || this.handler.setCursorStyle(t); }, r.prototype.findHover = function (t, e) { if (!this._disposed)
    return this.handler.findHover(t, e); }, r.prototype.on = function (t, e, i) { return this._disposed || this.handler.on(t, e, i), this; }, r.prototype.off = function (t, e) { this._disposed || this.handler.off(t, e); }, r.prototype.trigger = function (t, e) { this._disposed || this.handler.trigger(t, e); }, r.prototype.clear = function () { if (!this._disposed) {
    for (var t = this.storage.getRoots(), e = 0; e < t.length; e++)
        t[e] instanceof _o && t[e].removeSelfFromZr(this);
    this.storage.delAllRoots(), this.painter.clear();
} }, r.prototype.dispose = function () { this._disposed || (this.animation.stop(), this.clear(), this.storage.dispose(), this.painter.dispose(), this.handler.dispose(), this.animation = this.storage = this.painter = this.handler = null, this._disposed = !0, Lh(this.id)); }, r; })();
function Ah(r, t) { var e = new Dh(Kr(), r, t); return _r[e.id] = e, e; }
function Oh(r) { r.dispose(); }
function Fh() { for (var r in _r)
    _r.hasOwnProperty(r) && _r[r].dispose(); _r = {}; }
function Ih(r) { return _r[r]; }
function Hh(r, t) { ai[r] = t; }
var wn;
function Bh(r) { if (typeof wn == "function")
    return wn(r); }
function Nh(r) { wn = r; }
var zh = "6.1.0";
import { __extends as Wh } from "tslib";
var Cn = "__zr_style_" + Math.round(Math.random() * 10), mt = { shadowBlur: 0, shadowOffsetX: 0, shadowOffsetY: 0, shadowColor: "#000", opacity: 1, blend: "source-over" }, mr = { style: { shadowBlur: !0, shadowOffsetX: !0, shadowOffsetY: !0, shadowColor: !0, opacity: !0 } };
mt[Cn] = !0;
var mo = ["z", "z2", "invisible"], Gh = ["invisible"], Uh = (function (r) { Wh(t, r); function t(e) { return r.call(this, e) || this; } return t.prototype._init = function (e) { for (var i = I(e), n = 0; n < i.length; n++) {
    var a = i[n];
    a === "style" ? this.useStyle(e[a]) : r.prototype.attrKV.call(this, a, e[a]);
} this.style || this.useStyle({}); }, t.prototype.beforeBrush = function (e) { }, t.prototype.afterBrush = function () { }, t.prototype.innerBeforeBrush = function () { }, t.prototype.innerAfterBrush = function () { }, t.prototype.shouldBePainted = function (e, i, n, a) { var o = this.transform; if (this.ignore || this.invisible || this.style.opacity === 0 || this.culling && Xh(this, e, i) || o && !o[0] && !o[3])
    return !1; if (n && this.__clipPaths && this.__clipPaths.length) {
    for (var s = 0; s < this.__clipPaths.length; ++s)
        if (this.__clipPaths[s].isZeroArea())
            return !1;
} if (a && this.parent)
    for (var f = this.parent; f;) {
        if (f.ignore)
            return !1;
        f = f.parent;
    } return !0; }, t.prototype.contain = function (e, i) { return this.rectContain(e, i); }, t.prototype.traverse = function (e, i) { e.call(i, this); }, t.prototype.rectContain = function (e, i) { var n = this.transformCoordToLocal(e, i), a = this.getBoundingRect(); return a.contain(n[0], n[1]); }, t.prototype.getPaintRect = function () { var e = this._paintRect; if (!this._paintRect || this.__dirty) {
    var i = this.transform, n = this.getBoundingRect(), a = this.style, o = a.shadowBlur || 0, s = a.shadowOffsetX || 0, f = a.shadowOffsetY || 0;
    e = this._paintRect || (this._paintRect = new A(0, 0, 0, 0)), i ? A.applyTransform(e, n, i) : e.copy(n), (o || s || f) && (e.width += o * 2 + Math.abs(s), e.height += o * 2 + Math.abs(f), e.x = Math.min(e.x, e.x + s - o), e.y = Math.min(e.y, e.y + f - o));
    var h = this.dirtyRectTolerance;
    e.isZero() || (e.x = Math.floor(e.x - h), e.y = Math.floor(e.y - h), e.width = Math.ceil(e.width + 1 + h * 2), e.height = Math.ceil(e.height + 1 + h * 2));
} return e; }, t.prototype.setPrevPaintRect = function (e) { e ? (this._prevPaintRect = this._prevPaintRect || new A(0, 0, 0, 0), this._prevPaintRect.copy(e)) : this._prevPaintRect = null; }, t.prototype.getPrevPaintRect = function () { return this._prevPaintRect; }, t.prototype.animateStyle = function (e) { return this.animate("style", e); }, t.prototype.updateDuringAnimation = function (e) { e === "style" ? this.dirtyStyle() : this.markRedraw(); }, t.prototype.attrKV = function (e, i) { e !== "style" ? r.prototype.attrKV.call(this, e, i) : this.style ? this.setStyle(i) : this.useStyle(i); }, t.prototype.setStyle = function (e, i) { return typeof e == "string" ? this.style[e] = i : D(this.style, e), this.dirtyStyle(), this; }, t.prototype.dirtyStyle = function (e) { e || this.markRedraw(), this.__dirty |= lr, this._rect && (this._rect = null); }, t.prototype.dirty = function () { this.dirtyStyle(); }, t.prototype.styleChanged = function () { return !!(this.__dirty & lr); }, t.prototype.styleUpdated = function () { this.__dirty &= ~lr; }, t.prototype.createStyle = function (e) { return Ct(mt, e); }, t.prototype.useStyle = function (e) { e[Cn] || (e = this.createStyle(e)), this.style = e, this.dirtyStyle(); }, t.prototype._useHoverStyle = function (e) { this.__hoverStyle = e; }, t.prototype.isStyleObject = function (e) { return e[Cn]; }, t.prototype._innerSaveToNormal = function (e) { r.prototype._innerSaveToNormal.call(this, e); var i = this._normalState; e.style && !i.style && (i.style = this._mergeStyle(this.createStyle(), this.style)), this._savePrimaryToNormal(e, i, mo); }, t.prototype._applyStateObj = function (e, i, n, a, o, s) { r.prototype._applyStateObj.call(this, e, i, n, a, o, s); var f = !(i && a), h = this.__inHover === zr, u; if (i && i.style ? o ? a ? u = i.style : (u = this._mergeStyle(this.createStyle(), n.style), this._mergeStyle(u, i.style)) : (u = this._mergeStyle(this.createStyle(), a ? this.style : n.style), this._mergeStyle(u, i.style)) : f && (u = n.style), u)
    if (o) {
        var l = this.style;
        if (this.style = this.createStyle(f ? {} : l), f)
            for (var v = I(l), c = 0; c < v.length; c++) {
                var p = v[c];
                p in u && (u[p] = u[p], this.style[p] = l[p]);
            }
        for (var m = I(u), c = 0; c < m.length; c++) {
            var p = m[c];
            this.style[p] = this.style[p];
        }
        this._transitionState(e, { style: u }, s, this.getAnimationStyleProps());
    }
    else
        h ? this._useHoverStyle(u) : this.useStyle(u); if (!h)
    for (var _ = this.__inHover ? Gh : mo, c = 0; c < _.length; c++) {
        var p = _[c];
        i && i[p] != null ? this[p] = i[p] : f && n[p] != null && (this[p] = n[p]);
    } }, t.prototype._mergeStates = function (e) { for (var i = r.prototype._mergeStates.call(this, e), n, a = 0; a < e.length; a++) {
    var o = e[a];
    o.style && (n = n || {}, this._mergeStyle(n, o.style));
} return n && (i.style = n), i; }, t.prototype._mergeStyle = function (e, i) { return D(e, i), e; }, t.prototype.getAnimationStyleProps = function () { return mr; }, t.initDefaultProps = (function () { var e = t.prototype; e.type = "displayable", e.invisible = !1, e.z = 0, e.z2 = 0, e.zlevel = 0, e.culling = !1, e.cursor = "pointer", e.rectHover = !1, e.incremental = 0, e._rect = null, e.dirtyRectTolerance = 0, e.__dirty = Y | lr; })(), t; })(ni), bn = new A(0, 0, 0, 0), Sn = new A(0, 0, 0, 0);
function Xh(r, t, e) { return bn.copy(r.getBoundingRect()), r.transform && bn.applyTransform(r.transform), Sn.width = t, Sn.height = e, !bn.intersect(Sn); }
var Vt = Uh;
var q = Math.min, k = Math.max, Pn = Math.sin, En = Math.cos, gr = Math.PI * 2, oi = Et(), si = Et(), fi = Et();
function op(r, t, e) { if (r.length !== 0) {
    for (var i = r[0], n = i[0], a = i[0], o = i[1], s = i[1], f = 1; f < r.length; f++)
        i = r[f], n = q(n, i[0]), a = k(a, i[0]), o = q(o, i[1]), s = k(s, i[1]);
    t[0] = n, t[1] = o, e[0] = a, e[1] = s;
} }
function Mn(r, t, e, i, n, a) { n[0] = q(r, e), n[1] = q(t, i), a[0] = k(r, e), a[1] = k(t, i); }
var go = [], yo = [];
function To(r, t, e, i, n, a, o, s, f, h) { var u = Xe, l = B, v = u(r, e, n, o, go); f[0] = 1 / 0, f[1] = 1 / 0, h[0] = -1 / 0, h[1] = -1 / 0; for (var c = 0; c < v; c++) {
    var p = l(r, e, n, o, go[c]);
    f[0] = q(p, f[0]), h[0] = k(p, h[0]);
} v = u(t, i, a, s, yo); for (var c = 0; c < v; c++) {
    var m = l(t, i, a, s, yo[c]);
    f[1] = q(m, f[1]), h[1] = k(m, h[1]);
} f[0] = q(r, f[0]), h[0] = k(r, h[0]), f[0] = q(o, f[0]), h[0] = k(o, h[0]), f[1] = q(t, f[1]), h[1] = k(t, h[1]), f[1] = q(s, f[1]), h[1] = k(s, h[1]); }
function xo(r, t, e, i, n, a, o, s) { var f = qe, h = W, u = k(q(f(r, e, n), 1), 0), l = k(q(f(t, i, a), 1), 0), v = h(r, e, n, u), c = h(t, i, a, l); o[0] = q(r, n, v), o[1] = q(t, a, c), s[0] = k(r, n, v), s[1] = k(t, a, c); }
function wo(r, t, e, i, n, a, o, s, f) { var h = Jr, u = jr, l = Math.abs(n - a); if (l % gr < 1e-4 && l > 1e-4) {
    s[0] = r - e, s[1] = t - i, f[0] = r + e, f[1] = t + i;
    return;
} if (oi[0] = En(n) * e + r, oi[1] = Pn(n) * i + t, si[0] = En(a) * e + r, si[1] = Pn(a) * i + t, h(s, oi, si), u(f, oi, si), n = n % gr, n < 0 && (n = n + gr), a = a % gr, a < 0 && (a = a + gr), n > a && !o ? a += gr : n < a && o && (n += gr), o) {
    var v = a;
    a = n, n = v;
} for (var c = 0; c < a; c += Math.PI / 2)
    c > n && (fi[0] = En(c) * e + r, fi[1] = Pn(c) * i + t, h(s, fi, s), u(f, fi, f)); }
var O = { M: 1, L: 2, C: 3, Q: 4, A: 5, Z: 6, R: 7 }, yr = [], Tr = [], gt = [], Kt = [], yt = [], Tt = [], Ln = Math.min, Rn = Math.max, xr = Math.cos, wr = Math.sin, Ot = Math.abs, On = Math.PI, Qt = On * 2, Dn = typeof Float32Array < "u", _e = [];
function An(r) { var t = Math.round(r / On * 1e8) / 1e8; return t % 2 * On; }
function qh(r, t) { var e = An(r[0]); e < 0 && (e += Qt); var i = e - r[0], n = r[1]; n += i, !t && n - e >= Qt ? n = e + Qt : t && e - n >= Qt ? n = e - Qt : !t && e > n ? n = e + (Qt - An(e - n)) : t && e < n && (n = e - (Qt - An(n - e))), r[0] = e, r[1] = n; }
var kh = (function () { function r(t) { this.dpr = 1, this._xi = 0, this._yi = 0, this._x0 = 0, this._y0 = 0, this._len = 0, t && (this._saveData = !1), this._saveData && (this.data = []); } return r.prototype.increaseVersion = function () { this._version++; }, r.prototype.getVersion = function () { return this._version; }, r.prototype.setScale = function (t, e, i) { i = i || 0, i > 0 && (this._ux = Ot(i / un / t) || 0, this._uy = Ot(i / un / e) || 0); }, r.prototype.setDPR = function (t) { this.dpr = t; }, r.prototype.setContext = function (t) { this._ctx = t; }, r.prototype.getContext = function () { return this._ctx; }, r.prototype.beginPath = function () { return this._ctx && this._ctx.beginPath(), this.reset(), this; }, r.prototype.reset = function () { this._saveData && (this._len = 0), this._pathSegLen && (this._pathSegLen = null, this._pathLen = 0), this._version++; }, r.prototype.moveTo = function (t, e) { return this._drawPendingPt(), this.addData(O.M, t, e), this._ctx && this._ctx.moveTo(t, e), this._x0 = t, this._y0 = e, this._xi = t, this._yi = e, this; }, r.prototype.lineTo = function (t, e) { var i = Ot(t - this._xi), n = Ot(e - this._yi), a = i > this._ux || n > this._uy; if (this.addData(O.L, t, e), this._ctx && a && this._ctx.lineTo(t, e), a)
    this._xi = t, this._yi = e, this._pendingPtDist = 0;
else {
    var o = i * i + n * n;
    o > this._pendingPtDist && (this._pendingPtX = t, this._pendingPtY = e, this._pendingPtDist = o);
} return this; }, r.prototype.bezierCurveTo = function (t, e, i, n, a, o) { return this._drawPendingPt(), this.addData(O.C, t, e, i, n, a, o), this._ctx && this._ctx.bezierCurveTo(t, e, i, n, a, o), this._xi = a, this._yi = o, this; }, r.prototype.quadraticCurveTo = function (t, e, i, n) { return this._drawPendingPt(), this.addData(O.Q, t, e, i, n), this._ctx && this._ctx.quadraticCurveTo(t, e, i, n), this._xi = i, this._yi = n, this; }, r.prototype.arc = function (t, e, i, n, a, o) { this._drawPendingPt(), _e[0] = n, _e[1] = a, qh(_e, o), n = _e[0], a = _e[1]; var s = a - n; return this.addData(O.A, t, e, i, i, n, s, 0, o ? 0 : 1), this._ctx && this._ctx.arc(t, e, i, n, a, o), this._xi = xr(a) * i + t, this._yi = wr(a) * i + e, this; }, r.prototype.arcTo = function (t, e, i, n, a) { return this._drawPendingPt(), this._ctx && this._ctx.arcTo(t, e, i, n, a), this; }, r.prototype.rect = function (t, e, i, n) { return this._drawPendingPt(), this._ctx && this._ctx.rect(t, e, i, n), this.addData(O.R, t, e, i, n), this; }, r.prototype.closePath = function () { this._drawPendingPt(), this.addData(O.Z); var t = this._ctx, e = this._x0, i = this._y0; return t && t.closePath(), this._xi = e, this._yi = i, this; }, r.prototype.fill = function (t) { t && t.fill(), this.toStatic(); }, r.prototype.stroke = function (t) { t && t.stroke(), this.toStatic(); }, r.prototype.len = function () { return this._len; }, r.prototype.setData = function (t) { if (this._saveData) {
    var e = t.length;
    !(this.data && this.data.length === e) && Dn && (this.data = new Float32Array(e));
    for (var i = 0; i < e; i++)
        this.data[i] = t[i];
    this._len = e;
} }, r.prototype.appendPath = function (t) { if (this._saveData) {
    t instanceof Array || (t = [t]);
    for (var e = t.length, i = 0, n = this._len, a = 0; a < e; a++)
        i += t[a].len();
    var o = this.data;
    if (Dn && (o instanceof Float32Array || !o) && (this.data = new Float32Array(n + i), n > 0 && o))
        for (var s = 0; s < n; s++)
            this.data[s] = o[s];
    for (var a = 0; a < e; a++)
        for (var f = t[a].data, s = 0; s < f.length; s++)
            this.data[n++] = f[s];
    this._len = n;
} }, r.prototype.addData = function (t, e, i, n, a, o, s, f, h) { if (this._saveData) {
    var u = this.data;
    this._len + arguments.length > u.length && (this._expandData(), u = this.data);
    for (var l = 0; l < arguments.length; l++)
        u[this._len++] = arguments[l];
} }, r.prototype._drawPendingPt = function () { this._pendingPtDist > 0 && (this._ctx && this._ctx.lineTo(this._pendingPtX, this._pendingPtY), this._pendingPtDist = 0); }, r.prototype._expandData = function () { if (!(this.data instanceof Array)) {
    for (var t = [], e = 0; e < this._len; e++)
        t[e] = this.data[e];
    this.data = t;
} }, r.prototype.toStatic = function () { if (this._saveData) {
    this._drawPendingPt();
    var t = this.data;
    t instanceof Array && (t.length = this._len, Dn && this._len > 11 && (this.data = new Float32Array(t)));
} }, r.prototype.getBoundingRect = function () { gt[0] = gt[1] = yt[0] = yt[1] = Number.MAX_VALUE, Kt[0] = Kt[1] = Tt[0] = Tt[1] = -Number.MAX_VALUE; var t = this.data, e = 0, i = 0, n = 0, a = 0, o; for (o = 0; o < this._len;) {
    var s = t[o++], f = o === 1;
    switch (f && (e = t[o], i = t[o + 1], n = e, a = i), s) {
        case O.M:
            e = n = t[o++], i = a = t[o++], yt[0] = n, yt[1] = a, Tt[0] = n, Tt[1] = a;
            break;
        case O.L:
            Mn(e, i, t[o], t[o + 1], yt, Tt), e = t[o++], i = t[o++];
            break;
        case O.C:
            To(e, i, t[o++], t[o++], t[o++], t[o++], t[o], t[o + 1], yt, Tt), e = t[o++], i = t[o++];
            break;
        case O.Q:
            xo(e, i, t[o++], t[o++], t[o], t[o + 1], yt, Tt), e = t[o++], i = t[o++];
            break;
        case O.A:
            var h = t[o++], u = t[o++], l = t[o++], v = t[o++], c = t[o++], p = t[o++] + c;
            o += 1;
            var m = !t[o++];
            f && (n = xr(c) * l + h, a = wr(c) * v + u), wo(h, u, l, v, c, p, m, yt, Tt), e = xr(p) * l + h, i = wr(p) * v + u;
            break;
        case O.R:
            n = e = t[o++], a = i = t[o++];
            var _ = t[o++], d = t[o++];
            Mn(n, a, n + _, a + d, yt, Tt);
            break;
        case O.Z:
            e = n, i = a;
            break;
    }
    Jr(gt, gt, yt), jr(Kt, Kt, Tt);
} return o === 0 && (gt[0] = gt[1] = Kt[0] = Kt[1] = 0), new A(gt[0], gt[1], Kt[0] - gt[0], Kt[1] - gt[1]); }, r.prototype._calculateLength = function () { var t = this.data, e = this._len, i = this._ux, n = this._uy, a = 0, o = 0, s = 0, f = 0; this._pathSegLen || (this._pathSegLen = []); for (var h = this._pathSegLen, u = 0, l = 0, v = 0; v < e;) {
    var c = t[v++], p = v === 1;
    p && (a = t[v], o = t[v + 1], s = a, f = o);
    var m = -1;
    switch (c) {
        case O.M:
            a = s = t[v++], o = f = t[v++];
            break;
        case O.L: {
            var _ = t[v++], d = t[v++], g = _ - a, x = d - o;
            (Ot(g) > i || Ot(x) > n || v === e - 1) && (m = Math.sqrt(g * g + x * x), a = _, o = d);
            break;
        }
        case O.C: {
            var y = t[v++], w = t[v++], _ = t[v++], d = t[v++], T = t[v++], C = t[v++];
            m = Na(a, o, y, w, _, d, T, C, 10), a = T, o = C;
            break;
        }
        case O.Q: {
            var y = t[v++], w = t[v++], _ = t[v++], d = t[v++];
            m = Wa(a, o, y, w, _, d, 10), a = _, o = d;
            break;
        }
        case O.A:
            var b = t[v++], P = t[v++], L = t[v++], M = t[v++], R = t[v++], E = t[v++], S = E + R;
            v += 1, p && (s = xr(R) * L + b, f = wr(R) * M + P), m = Rn(L, M) * Ln(Qt, Math.abs(E)), a = xr(S) * L + b, o = wr(S) * M + P;
            break;
        case O.R: {
            s = a = t[v++], f = o = t[v++];
            var X = t[v++], J = t[v++];
            m = X * 2 + J * 2;
            break;
        }
        case O.Z: {
            var g = s - a, x = f - o;
            m = Math.sqrt(g * g + x * x), a = s, o = f;
            break;
        }
    }
    m >= 0 && (h[l++] = m, u += m);
} return this._pathLen = u, u; }, r.prototype.rebuildPath = function (t, e) { var i = this.data, n = this._ux, a = this._uy, o = this._len, s, f, h, u, l, v, c = e < 1, p, m, _ = 0, d = 0, g, x = 0, y, w; if (!(c && (this._pathSegLen || this._calculateLength(), p = this._pathSegLen, m = this._pathLen, g = e * m, !g)))
    t: for (var T = 0; T < o;) {
        var C = i[T++], b = T === 1;
        switch (b && (h = i[T], u = i[T + 1], s = h, f = u), C !== O.L && x > 0 && (t.lineTo(y, w), x = 0), C) {
            case O.M:
                s = h = i[T++], f = u = i[T++], t.moveTo(h, u);
                break;
            case O.L: {
                l = i[T++], v = i[T++];
                var P = Ot(l - h), L = Ot(v - u);
                if (P > n || L > a) {
                    if (c) {
                        var M = p[d++];
                        if (_ + M > g) {
                            var R = (g - _) / M;
                            t.lineTo(h * (1 - R) + l * R, u * (1 - R) + v * R);
                            break t;
                        }
                        _ += M;
                    }
                    t.lineTo(l, v), h = l, u = v, x = 0;
                }
                else {
                    var E = P * P + L * L;
                    E > x && (y = l, w = v, x = E);
                }
                break;
            }
            case O.C: {
                var S = i[T++], X = i[T++], J = i[T++], j = i[T++], wt = i[T++], Xr = i[T++];
                if (c) {
                    var M = p[d++];
                    if (_ + M > g) {
                        var R = (g - _) / M;
                        Qi(h, S, J, wt, R, yr), Qi(u, X, j, Xr, R, Tr), t.bezierCurveTo(yr[1], Tr[1], yr[2], Tr[2], yr[3], Tr[3]);
                        break t;
                    }
                    _ += M;
                }
                t.bezierCurveTo(S, X, J, j, wt, Xr), h = wt, u = Xr;
                break;
            }
            case O.Q: {
                var S = i[T++], X = i[T++], J = i[T++], j = i[T++];
                if (c) {
                    var M = p[d++];
                    if (_ + M > g) {
                        var R = (g - _) / M;
                        $i(h, S, J, R, yr), $i(u, X, j, R, Tr), t.quadraticCurveTo(yr[1], Tr[1], yr[2], Tr[2]);
                        break t;
                    }
                    _ += M;
                }
                t.quadraticCurveTo(S, X, J, j), h = J, u = j;
                break;
            }
            case O.A:
                var st = i[T++], jt = i[T++], bt = i[T++], Z = i[T++], ft = i[T++], Te = i[T++], xe = i[T++], qr = !i[T++], we = bt > Z ? bt : Z, ys = Ot(bt - Z) > .001, kr = ft + Te, Vn = !1;
                if (c) {
                    var M = p[d++];
                    _ + M > g && (kr = ft + Te * (g - _) / M, Vn = !0), _ += M;
                }
                if (ys && t.ellipse ? t.ellipse(st, jt, bt, Z, xe, ft, kr, qr) : t.arc(st, jt, we, ft, kr, qr), Vn)
                    break t;
                b && (s = xr(ft) * bt + st, f = wr(ft) * Z + jt), h = xr(kr) * bt + st, u = wr(kr) * Z + jt;
                break;
            case O.R:
                s = h = i[T], f = u = i[T + 1], l = i[T++], v = i[T++];
                var Pr = i[T++], Zr = i[T++];
                if (c) {
                    var M = p[d++];
                    if (_ + M > g) {
                        var ct = g - _;
                        t.moveTo(l, v), t.lineTo(l + Ln(ct, Pr), v), ct -= Pr, ct > 0 && t.lineTo(l + Pr, v + Ln(ct, Zr)), ct -= Zr, ct > 0 && t.lineTo(l + Rn(Pr - ct, 0), v + Zr), ct -= Pr, ct > 0 && t.lineTo(l, v + Rn(Zr - ct, 0));
                        break t;
                    }
                    _ += M;
                }
                t.rect(l, v, Pr, Zr);
                break;
            case O.Z:
                if (c) {
                    var M = p[d++];
                    if (_ + M > g) {
                        var R = (g - _) / M;
                        t.lineTo(h * (1 - R) + s * R, u * (1 - R) + f * R);
                        break t;
                    }
                    _ += M;
                }
                t.closePath(), h = s, u = f;
        }
    } }, r.prototype.clone = function () { var t = new r, e = this.data; return t.data = e.slice ? e.slice() : Array.prototype.slice.call(e), t._len = this._len, t; }, r.prototype.canSave = function () { return !!this._saveData; }, r.CMD = O, r.initDefaultProps = (function () { var t = r.prototype; t._saveData = !0, t._ux = 0, t._uy = 0, t._pendingPtDist = 0, t._version = 0; })(), r; })(), Yr = kh;
var Fn = new Yt(50);
function So(r) { if (typeof r == "string") {
    var t = Fn.get(r);
    return t && t.image;
}
else
    return r; }
function In(r, t, e, i, n) { if (r)
    if (typeof r == "string") {
        if (t && t.__zrImageSrc === r || !e)
            return t;
        var a = Fn.get(r), o = { hostEl: e, cb: i, cbPayload: n };
        return a ? (t = a.image, !Wr(t) && a.pending.push(o)) : (t = V.loadImage(r, bo, bo), t.__zrImageSrc = r, Fn.put(r, t.__cachedImgObj = { image: t, pending: [o] })), t;
    }
    else
        return r;
else
    return t; }
function bo() { var r = this.__cachedImgObj; this.onload = this.onerror = this.__cachedImgObj = null; for (var t = 0; t < r.pending.length; t++) {
    var e = r.pending[t], i = e.cb;
    i && i(this, e.cbPayload), e.hostEl.dirty();
} r.pending.length = 0; }
function Wr(r) { return r && r.width && r.height; }
function br(r) { return isFinite(r); }
function Vh(r, t, e) { var i = t.x == null ? 0 : t.x, n = t.x2 == null ? 1 : t.x2, a = t.y == null ? 0 : t.y, o = t.y2 == null ? 0 : t.y2; t.global || (i = i * e.width + e.x, n = n * e.width + e.x, a = a * e.height + e.y, o = o * e.height + e.y), i = br(i) ? i : 0, n = br(n) ? n : 1, a = br(a) ? a : 0, o = br(o) ? o : 0; var s = r.createLinearGradient(i, a, n, o); return s; }
function Kh(r, t, e) { var i = e.width, n = e.height, a = Math.min(i, n), o = t.x == null ? .5 : t.x, s = t.y == null ? .5 : t.y, f = t.r == null ? .5 : t.r; t.global || (o = o * i + e.x, s = s * n + e.y, f = f * a), o = br(o) ? o : .5, s = br(s) ? s : .5, f = f >= 0 && br(f) ? f : .5; var h = r.createRadialGradient(o, s, 0, o, s, f); return h; }
function Hn(r, t, e) { for (var i = t.type === "radial" ? Kh(r, t, e) : Vh(r, t, e), n = t.colorStops, a = 0; a < n.length; a++)
    i.addColorStop(n[a].offset, n[a].color); return i; }
function Co(r, t) { if (r === t || !r && !t)
    return !1; if (!r || !t || r.length !== t.length)
    return !0; for (var e = 0; e < r.length; e++)
    if (r[e] !== t[e])
        return !0; return !1; }
function hi(r) { return parseInt(r, 10); }
function dp(r, t, e) { var i = ["width", "height"][t], n = ["clientWidth", "clientHeight"][t], a = ["paddingLeft", "paddingTop"][t], o = ["paddingRight", "paddingBottom"][t]; if (e[i] != null && e[i] !== "auto")
    return parseFloat(e[i]); var s = document.defaultView.getComputedStyle(r); return (r[n] || hi(s[i]) || hi(r.style[i])) - (hi(s[a]) || 0) - (hi(s[o]) || 0) || 0; }
import { __extends as Oo } from "tslib";
function Sr(r, t, e, i, n, a, o) { if (n === 0)
    return !1; var s = n, f = 0, h = r; if (o > t + s && o > i + s || o < t - s && o < i - s || a > r + s && a > e + s || a < r - s && a < e - s)
    return !1; if (r !== e)
    f = (t - i) / (r - e), h = (r * i - e * t) / (r - e);
else
    return Math.abs(a - r) <= s / 2; var u = f * a - o + h, l = u * u / (f * f + 1); return l <= s / 2 * s / 2; }
function Po(r, t, e, i, n, a, o, s, f, h, u) { if (f === 0)
    return !1; var l = f; if (u > t + l && u > i + l && u > a + l && u > s + l || u < t - l && u < i - l && u < a - l && u < s - l || h > r + l && h > e + l && h > n + l && h > o + l || h < r - l && h < e - l && h < n - l && h < o - l)
    return !1; var v = Ba(r, t, e, i, n, a, o, s, h, u, null); return v <= l / 2; }
function Eo(r, t, e, i, n, a, o, s, f) { if (o === 0)
    return !1; var h = o; if (f > t + h && f > i + h && f > a + h || f < t - h && f < i - h && f < a - h || s > r + h && s > e + h && s > n + h || s < r - h && s < e - h && s < n - h)
    return !1; var u = Ya(r, t, e, i, n, a, s, f, null); return u <= h / 2; }
var Mo = Math.PI * 2;
function me(r) { return r %= Mo, r < 0 && (r += Mo), r; }
var ge = Math.PI * 2;
function Lo(r, t, e, i, n, a, o, s, f) { if (o === 0)
    return !1; var h = o; s -= r, f -= t; var u = Math.sqrt(s * s + f * f); if (u - h > e || u + h < e)
    return !1; if (Math.abs(i - n) % ge < 1e-4)
    return !0; if (a) {
    var l = i;
    i = me(n), n = me(l);
}
else
    i = me(i), n = me(n); i > n && (n += ge); var v = Math.atan2(f, s); return v < 0 && (v += ge), v >= i && v <= n || v + ge >= i && v + ge <= n; }
function Ft(r, t, e, i, n, a) { if (a > t && a > i || a < t && a < i || i === t)
    return 0; var o = (a - t) / (i - t), s = i < t ? 1 : -1; (o === 1 || o === 0) && (s = i < t ? .5 : -.5); var f = o * (e - r) + r; return f === n ? 1 / 0 : f > n ? s : 0; }
var $t = Yr.CMD, Cr = Math.PI * 2, tu = 1e-4;
function ru(r, t) { return Math.abs(r - t) < tu; }
var G = [-1, -1, -1], ot = [-1, -1];
function eu() { var r = ot[0]; ot[0] = ot[1], ot[1] = r; }
function iu(r, t, e, i, n, a, o, s, f, h) { if (h > t && h > i && h > a && h > s || h < t && h < i && h < a && h < s)
    return 0; var u = Ue(t, i, a, s, h, G); if (u === 0)
    return 0; for (var l = 0, v = -1, c = void 0, p = void 0, m = 0; m < u; m++) {
    var _ = G[m], d = _ === 0 || _ === 1 ? .5 : 1, g = B(r, e, n, o, _);
    g < f || (v < 0 && (v = Xe(t, i, a, s, ot), ot[1] < ot[0] && v > 1 && eu(), c = B(t, i, a, s, ot[0]), v > 1 && (p = B(t, i, a, s, ot[1]))), v === 2 ? _ < ot[0] ? l += c < t ? d : -d : _ < ot[1] ? l += p < c ? d : -d : l += s < p ? d : -d : _ < ot[0] ? l += c < t ? d : -d : l += s < c ? d : -d);
} return l; }
function nu(r, t, e, i, n, a, o, s) { if (s > t && s > i && s > a || s < t && s < i && s < a)
    return 0; var f = za(t, i, a, s, G); if (f === 0)
    return 0; var h = qe(t, i, a); if (h >= 0 && h <= 1) {
    for (var u = 0, l = W(t, i, a, h), v = 0; v < f; v++) {
        var c = G[v] === 0 || G[v] === 1 ? .5 : 1, p = W(r, e, n, G[v]);
        p < o || (G[v] < h ? u += l < t ? c : -c : u += a < l ? c : -c);
    }
    return u;
}
else {
    var c = G[0] === 0 || G[0] === 1 ? .5 : 1, p = W(r, e, n, G[0]);
    return p < o ? 0 : a < t ? c : -c;
} }
function au(r, t, e, i, n, a, o, s) { if (s -= t, s > e || s < -e)
    return 0; var f = Math.sqrt(e * e - s * s); G[0] = -f, G[1] = f; var h = Math.abs(i - n); if (h < 1e-4)
    return 0; if (h >= Cr - 1e-4) {
    i = 0, n = Cr;
    var u = a ? 1 : -1;
    return o >= G[0] + r && o <= G[1] + r ? u : 0;
} if (i > n) {
    var l = i;
    i = n, n = l;
} i < 0 && (i += Cr, n += Cr); for (var v = 0, c = 0; c < 2; c++) {
    var p = G[c];
    if (p + r > o) {
        var m = Math.atan2(s, p), u = a ? 1 : -1;
        m < 0 && (m = Cr + m), (m >= i && m <= n || m + Cr >= i && m + Cr <= n) && (m > Math.PI / 2 && m < Math.PI * 1.5 && (u = -u), v += u);
    }
} return v; }
function Ro(r, t, e, i, n) { for (var a = r.data, o = r.len(), s = 0, f = 0, h = 0, u = 0, l = 0, v, c, p = 0; p < o;) {
    var m = a[p++], _ = p === 1;
    switch (m === $t.M && p > 1 && (e || (s += Ft(f, h, u, l, i, n))), _ && (f = a[p], h = a[p + 1], u = f, l = h), m) {
        case $t.M:
            u = a[p++], l = a[p++], f = u, h = l;
            break;
        case $t.L:
            if (e) {
                if (Sr(f, h, a[p], a[p + 1], t, i, n))
                    return !0;
            }
            else
                s += Ft(f, h, a[p], a[p + 1], i, n) || 0;
            f = a[p++], h = a[p++];
            break;
        case $t.C:
            if (e) {
                if (Po(f, h, a[p++], a[p++], a[p++], a[p++], a[p], a[p + 1], t, i, n))
                    return !0;
            }
            else
                s += iu(f, h, a[p++], a[p++], a[p++], a[p++], a[p], a[p + 1], i, n) || 0;
            f = a[p++], h = a[p++];
            break;
        case $t.Q:
            if (e) {
                if (Eo(f, h, a[p++], a[p++], a[p], a[p + 1], t, i, n))
                    return !0;
            }
            else
                s += nu(f, h, a[p++], a[p++], a[p], a[p + 1], i, n) || 0;
            f = a[p++], h = a[p++];
            break;
        case $t.A:
            var d = a[p++], g = a[p++], x = a[p++], y = a[p++], w = a[p++], T = a[p++];
            p += 1;
            var C = !!(1 - a[p++]);
            v = Math.cos(w) * x + d, c = Math.sin(w) * y + g, _ ? (u = v, l = c) : s += Ft(f, h, v, c, i, n);
            var b = (i - d) * y / x + d;
            if (e) {
                if (Lo(d, g, y, w, w + T, C, t, b, n))
                    return !0;
            }
            else
                s += au(d, g, y, w, w + T, C, b, n);
            f = Math.cos(w + T) * x + d, h = Math.sin(w + T) * y + g;
            break;
        case $t.R:
            u = f = a[p++], l = h = a[p++];
            var P = a[p++], L = a[p++];
            if (v = u + P, c = l + L, e) {
                if (Sr(u, l, v, l, t, i, n) || Sr(v, l, v, c, t, i, n) || Sr(v, c, u, c, t, i, n) || Sr(u, c, u, l, t, i, n))
                    return !0;
            }
            else
                s += Ft(v, l, v, c, i, n), s += Ft(u, c, u, l, i, n);
            break;
        case $t.Z:
            if (e) {
                if (Sr(f, h, u, l, t, i, n))
                    return !0;
            }
            else
                s += Ft(f, h, u, l, i, n);
            f = u, h = l;
            break;
    }
} return !e && !ru(h, l) && (s += Ft(f, h, u, l, i, n) || 0), s !== 0; }
function Do(r, t, e) { return Ro(r, 0, !1, t, e); }
function Ao(r, t, e, i) { return Ro(r, t, !0, e, i); }
var Nn = rt({ fill: "#000", stroke: null, strokePercent: 1, fillOpacity: 1, strokeOpacity: 1, lineDashOffset: 0, lineWidth: 1, lineCap: "butt", miterLimit: 10, strokeNoScale: !1, strokeFirst: !1 }, mt), su = { style: rt({ fill: !0, stroke: !0, strokePercent: !0, fillOpacity: !0, strokeOpacity: !0, lineDashOffset: !0, lineWidth: !0, miterLimit: !0 }, mr.style) }, Bn = Br.concat(["invisible", "culling", "z", "z2", "zlevel", "parent"]), fu = (function (r) { Oo(t, r); function t(e) { return r.call(this, e) || this; } return t.prototype.update = function () { var e = this; r.prototype.update.call(this); var i = this.style; if (i.decal) {
    var n = this._decalEl = this._decalEl || new t;
    n.buildPath === t.prototype.buildPath && (n.buildPath = function (f) { e.buildPath(f, e.shape); }), n.silent = !0;
    var a = n.style;
    for (var o in i)
        a[o] !== i[o] && (a[o] = i[o]);
    a.fill = i.fill ? i.decal : null, a.decal = null, a.shadowColor = null, i.strokeFirst && (a.stroke = null);
    for (var s = 0; s < Bn.length; ++s)
        n[Bn[s]] = this[Bn[s]];
    n.__dirty |= Y;
}
else
    this._decalEl && (this._decalEl = null); }, t.prototype.getDecalElement = function () { return this._decalEl; }, t.prototype._init = function (e) { var i = I(e); this.shape = this.getDefaultShape(); var n = this.getDefaultStyle(); n && this.useStyle(n); for (var a = 0; a < i.length; a++) {
    var o = i[a], s = e[o];
    o === "style" ? this.style ? D(this.style, s) : this.useStyle(s) : o === "shape" ? D(this.shape, s) : r.prototype.attrKV.call(this, o, s);
} this.style || this.useStyle({}); }, t.prototype.getDefaultStyle = function () { return null; }, t.prototype.getDefaultShape = function () { return {}; }, t.prototype.canBeInsideText = function () { return this.hasFill(); }, t.prototype.getInsideTextFill = function () { var e = this.style.fill; if (e !== "none") {
    if (Bt(e)) {
        var i = ar(e, 0);
        return i > .5 ? pe : i > .2 ? no : ce;
    }
    else if (e)
        return ce;
} return pe; }, t.prototype.getInsideTextStroke = function (e) { var i = this.style.fill; if (Bt(i)) {
    var n = this.__zr, a = !!(n && n.isDarkMode()), o = ar(e, 0) < ve;
    if (a === o)
        return i;
} }, t.prototype.buildPath = function (e, i, n) { }, t.prototype.pathUpdated = function () { this.__dirty &= ~Xt; }, t.prototype.getUpdatedPathProxy = function (e) { return !this.path && this.createPathProxy(), this.path.beginPath(), this.buildPath(this.path, this.shape, e), this.path; }, t.prototype.createPathProxy = function () { this.path = new Yr(!1); }, t.prototype.hasStroke = function () { var e = this.style, i = e.stroke; return !(i == null || i === "none" || !(e.lineWidth > 0)); }, t.prototype.hasFill = function () { var e = this.style, i = e.fill; return i != null && i !== "none"; }, t.prototype.getBoundingRect = function () { var e = this._rect, i = this.style, n = !e; if (n) {
    var a = !1;
    this.path || (a = !0, this.createPathProxy());
    var o = this.path;
    (a || this.__dirty & Xt) && (o.beginPath(), this.buildPath(o, this.shape, !1), this.pathUpdated()), e = o.getBoundingRect();
} if (this._rect = e, this.hasStroke() && this.path && this.path.len() > 0) {
    var s = this._rectStroke || (this._rectStroke = e.clone());
    if (this.__dirty || n) {
        s.copy(e);
        var f = i.strokeNoScale ? this.getLineScale() : 1, h = i.lineWidth;
        if (!this.hasFill()) {
            var u = this.strokeContainThreshold;
            h = Math.max(h, u ?? 4);
        }
        f > 1e-10 && (s.width += h / f, s.height += h / f, s.x -= h / f / 2, s.y -= h / f / 2);
    }
    return s;
} return e; }, t.prototype.contain = function (e, i) { var n = this.transformCoordToLocal(e, i), a = this.getBoundingRect(), o = this.style; if (e = n[0], i = n[1], a.contain(e, i)) {
    var s = this.path;
    if (this.hasStroke()) {
        var f = o.lineWidth, h = o.strokeNoScale ? this.getLineScale() : 1;
        if (h > 1e-10 && (this.hasFill() || (f = Math.max(f, this.strokeContainThreshold)), Ao(s, f / h, e, i)))
            return !0;
    }
    if (this.hasFill())
        return Do(s, e, i);
} return !1; }, t.prototype.dirtyShape = function () { this.__dirty |= Xt, this._rect && (this._rect = null), this._decalEl && this._decalEl.dirtyShape(), this.markRedraw(); }, t.prototype.dirty = function () { this.dirtyStyle(), this.dirtyShape(); }, t.prototype.animateShape = function (e) { return this.animate("shape", e); }, t.prototype.updateDuringAnimation = function (e) { e === "style" ? this.dirtyStyle() : e === "shape" ? this.dirtyShape() : this.markRedraw(); }, t.prototype.attrKV = function (e, i) { e === "shape" ? this.setShape(i) : r.prototype.attrKV.call(this, e, i); }, t.prototype.setShape = function (e, i) { var n = this.shape; return n || (n = this.shape = {}), typeof e == "string" ? n[e] = i : D(n, e), this.dirtyShape(), this; }, t.prototype.shapeChanged = function () { return !!(this.__dirty & Xt); }, t.prototype.createStyle = function (e) { return Ct(Nn, e); }, t.prototype._innerSaveToNormal = function (e) { r.prototype._innerSaveToNormal.call(this, e); var i = this._normalState; e.shape && !i.shape && (i.shape = D({}, this.shape)); }, t.prototype._applyStateObj = function (e, i, n, a, o, s) { if (r.prototype._applyStateObj.call(this, e, i, n, a, o, s), this.__inHover !== zr) {
    var f = !(i && a), h;
    if (i && i.shape ? o ? a ? h = i.shape : (h = D({}, n.shape), D(h, i.shape)) : (h = D({}, a ? this.shape : n.shape), D(h, i.shape)) : f && (h = n.shape), h)
        if (o) {
            this.shape = D({}, this.shape);
            for (var u = {}, l = I(h), v = 0; v < l.length; v++) {
                var c = l[v];
                typeof h[c] == "object" ? this.shape[c] = h[c] : u[c] = h[c];
            }
            this._transitionState(e, { shape: u }, s);
        }
        else
            this.shape = h, this.dirtyShape();
} }, t.prototype._mergeStates = function (e) { for (var i = r.prototype._mergeStates.call(this, e), n, a = 0; a < e.length; a++) {
    var o = e[a];
    o.shape && (n = n || {}, this._mergeStyle(n, o.shape));
} return n && (i.shape = n), i; }, t.prototype.getAnimationStyleProps = function () { return su; }, t.prototype.isZeroArea = function () { return !1; }, t.extend = function (e) { var i = (function (a) { Oo(o, a); function o(s) { var f = a.call(this, s) || this; return e.init && e.init.call(f, s), f; } return o.prototype.getDefaultStyle = function () { return Ht(e.style); }, o.prototype.getDefaultShape = function () { return Ht(e.shape); }, o; })(t); for (var n in e)
    typeof e[n] == "function" && (i.prototype[n] = e[n]); return i; }, t.initDefaultProps = (function () { var e = t.prototype; e.type = "path", e.strokeContainThreshold = 5, e.segmentIgnoreThreshold = 0, e.subPixelOptimize = !1, e.autoBatch = !1, e.__dirty = Y | lr | Xt; })(), t; })(Vt), Jt = fu;
import { __extends as hu } from "tslib";
var uu = rt({ x: 0, y: 0 }, mt), lu = { style: rt({ x: !0, y: !0, width: !0, height: !0, sx: !0, sy: !0, sWidth: !0, sHeight: !0 }, mr.style) };
function vu(r) { return !!(r && typeof r != "string" && r.width && r.height); }
var Fo = (function (r) { hu(t, r); function t() { return r !== null && r.apply(this, arguments) || this; } return t.prototype.createStyle = function (e) { return Ct(uu, e); }, t.prototype._getSize = function (e) { var i = this.style, n = i[e]; if (n != null)
    return n; var a = vu(i.image) ? i.image : this.__image; if (!a)
    return 0; var o = e === "width" ? "height" : "width", s = i[o]; return s == null ? a[e] : a[e] / a[o] * s; }, t.prototype.getWidth = function () { return this._getSize("width"); }, t.prototype.getHeight = function () { return this._getSize("height"); }, t.prototype.getAnimationStyleProps = function () { return lu; }, t.prototype.getBoundingRect = function () { var e = this.style; return this._rect || (this._rect = new A(e.x || 0, e.y || 0, this.getWidth(), this.getHeight())), this._rect; }, t; })(Vt);
Fo.prototype.type = "image";
var ui = Fo;
import { __extends as yu } from "tslib";
var zn = /\{([a-zA-Z0-9_]+)\|([^}]*)\}/g;
function Wp(r, t, e, i, n) { var a = {}; return No(a, r, t, e, i, n), a.text; }
function No(r, t, e, i, n, a) {
    if (!e) {
        r.text = "", r.isTruncated = !1;
        return;
    }
    var o = (t + "").split(`
`);
    a = zo(e, i, n, a);
    for (var s = !1, f = {}, h = 0, u = o.length; h < u; h++)
        Yo(f, o[h], a), o[h] = f.textLine, s = s || f.isTruncated;
    r.text = o.join(`
`), r.isTruncated = s;
}
function zo(r, t, e, i) { i = i || {}; var n = D({}, i); e = H(e, "..."), n.maxIterations = H(i.maxIterations, 2); var a = n.minChar = H(i.minChar, 0), o = n.fontMeasureInfo = vt(t), s = o.asciiCharWidth; n.placeholder = H(i.placeholder, ""); for (var f = r = Math.max(0, r - 1), h = 0; h < a && f >= s; h++)
    f -= s; var u = pt(o, e); return u > f && (e = "", u = 0), f = r - u, n.ellipsis = e, n.ellipsisWidth = u, n.contentWidth = f, n.containerWidth = r, n; }
function Yo(r, t, e) { var i = e.containerWidth, n = e.contentWidth, a = e.fontMeasureInfo; if (!i) {
    r.textLine = "", r.isTruncated = !1;
    return;
} var o = pt(a, t); if (o <= i) {
    r.textLine = t, r.isTruncated = !1;
    return;
} for (var s = 0;; s++) {
    if (o <= n || s >= e.maxIterations) {
        t += e.ellipsis;
        break;
    }
    var f = s === 0 ? pu(t, n, a) : o > 0 ? Math.floor(t.length * n / o) : 0;
    t = t.substr(0, f), o = pt(a, t);
} t === "" && (t = e.placeholder), r.textLine = t, r.isTruncated = !0; }
function pu(r, t, e) { for (var i = 0, n = 0, a = r.length; n < a && i < t; n++)
    i += _n(e, r.charCodeAt(n)); return n; }
function Wo(r, t, e, i) {
    var n = Gn(r), a = t.overflow, o = t.padding, s = o ? o[1] + o[3] : 0, f = o ? o[0] + o[2] : 0, h = t.font, u = a === "truncate", l = de(h), v = H(t.lineHeight, l), c = t.lineOverflow === "truncate", p = !1, m = t.width;
    m == null && e != null && (m = e - s);
    var _ = t.height;
    _ == null && i != null && (_ = i - f);
    var d;
    m != null && (a === "break" || a === "breakAll") ? d = n ? Uo(n, t.font, m, a === "breakAll", 0).lines : [] : d = n ? n.split(`
`) : [];
    var g = d.length * v;
    if (_ == null && (_ = g), g > _ && c) {
        var x = Math.floor(_ / v);
        p = p || d.length > x, d = d.slice(0, x), g = d.length * v;
    }
    if (n && u && m != null)
        for (var y = zo(m, h, t.ellipsis, { minChar: t.truncateMinChar, placeholder: t.placeholder }), w = {}, T = 0; T < d.length; T++)
            Yo(w, d[T], y), d[T] = w.textLine, p = p || w.isTruncated;
    for (var C = _, b = 0, P = vt(h), T = 0; T < d.length; T++)
        b = Math.max(pt(P, d[T]), b);
    m == null && (m = b);
    var L = m;
    return C += f, L += s, { lines: d, height: _, outerWidth: L, outerHeight: C, lineHeight: v, calculatedLineHeight: l, contentWidth: b, contentHeight: g, width: m, isTruncated: p };
}
var cu = (function () { function r() { } return r; })(), Io = (function () { function r(t) { this.tokens = [], t && (this.tokens = t); } return r; })(), du = (function () { function r() { this.width = 0, this.height = 0, this.contentWidth = 0, this.contentHeight = 0, this.outerWidth = 0, this.outerHeight = 0, this.lines = [], this.isTruncated = !1; } return r; })();
function Go(r, t, e, i, n) { var a = new du, o = Gn(r); if (!o)
    return a; var s = t.padding, f = s ? s[1] + s[3] : 0, h = s ? s[0] + s[2] : 0, u = t.width; u == null && e != null && (u = e - f); var l = t.height; l == null && i != null && (l = i - h); for (var v = t.overflow, c = (v === "break" || v === "breakAll") && u != null ? { width: u, accumWidth: 0, breakAll: v === "breakAll" } : null, p = zn.lastIndex = 0, m; (m = zn.exec(o)) != null;) {
    var _ = m.index;
    _ > p && Yn(a, o.substring(p, _), t, c), Yn(a, m[2], t, c, m[1]), p = zn.lastIndex;
} p < o.length && Yn(a, o.substring(p, o.length), t, c); var d = [], g = 0, x = 0, y = v === "truncate", w = t.lineOverflow === "truncate", T = {}; function C(xe, qr, we) { xe.width = qr, xe.lineHeight = we, g += we, x = Math.max(x, qr); } t: for (var b = 0; b < a.lines.length; b++) {
    for (var P = a.lines[b], L = 0, M = 0, R = 0; R < P.tokens.length; R++) {
        var E = P.tokens[R], S = E.styleName && t.rich[E.styleName] || {}, X = E.textPadding = S.padding, J = X ? X[1] + X[3] : 0, j = E.font = S.font || t.font;
        E.contentHeight = de(j);
        var wt = H(S.height, E.contentHeight);
        if (E.innerHeight = wt, X && (wt += X[0] + X[2]), E.height = wt, E.lineHeight = ir(S.lineHeight, t.lineHeight, wt), E.align = S && S.align || n, E.verticalAlign = S && S.verticalAlign || "middle", w && l != null && g + E.lineHeight > l) {
            var Xr = a.lines.length;
            R > 0 ? (P.tokens = P.tokens.slice(0, R), C(P, M, L), a.lines = a.lines.slice(0, b + 1)) : a.lines = a.lines.slice(0, b), a.isTruncated = a.isTruncated || a.lines.length < Xr;
            break t;
        }
        var st = S.width, jt = st == null || st === "auto";
        if (typeof st == "string" && st.charAt(st.length - 1) === "%")
            E.percentWidth = st, d.push(E), E.contentWidth = pt(vt(j), E.text);
        else {
            if (jt) {
                var bt = S.backgroundColor, Z = bt && bt.image;
                Z && (Z = So(Z), Wr(Z) && (E.width = Math.max(E.width, Z.width * wt / Z.height)));
            }
            var ft = y && u != null ? u - M : null;
            ft != null && ft < E.width ? !jt || ft < J ? (E.text = "", E.width = E.contentWidth = 0) : (No(T, E.text, ft - J, j, t.ellipsis, { minChar: t.truncateMinChar }), E.text = T.text, a.isTruncated = a.isTruncated || T.isTruncated, E.width = E.contentWidth = pt(vt(j), E.text)) : E.contentWidth = pt(vt(j), E.text);
        }
        E.width += J, M += E.width, S && (L = Math.max(L, E.lineHeight));
    }
    C(P, M, L);
} a.outerWidth = a.width = H(u, x), a.outerHeight = a.height = H(l, g), a.contentHeight = g, a.contentWidth = x, a.outerWidth += f, a.outerHeight += h; for (var b = 0; b < d.length; b++) {
    var E = d[b], Te = E.percentWidth;
    E.width = parseInt(Te, 10) / 100 * a.width;
} return a; }
function Yn(r, t, e, i, n) {
    var a = t === "", o = n && e.rich[n] || {}, s = r.lines, f = o.font || e.font, h = !1, u, l;
    if (i) {
        var v = o.padding, c = v ? v[1] + v[3] : 0;
        if (o.width != null && o.width !== "auto") {
            var p = dr(o.width, i.width) + c;
            s.length > 0 && p + i.accumWidth > i.width && (u = t.split(`
`), h = !0), i.accumWidth = p;
        }
        else {
            var m = Uo(t, f, i.width, i.breakAll, i.accumWidth);
            i.accumWidth = m.accumWidth + c, l = m.linesWidths, u = m.lines;
        }
    }
    u || (u = t.split(`
`));
    for (var _ = vt(f), d = 0; d < u.length; d++) {
        var g = u[d], x = new cu;
        if (x.styleName = n, x.text = g, x.isLineHolder = !g && !a, typeof o.width == "number" ? x.width = o.width : x.width = l ? l[d] : pt(_, g), !d && !h) {
            var y = (s[s.length - 1] || (s[0] = new Io)).tokens, w = y.length;
            w === 1 && y[0].isLineHolder ? y[0] = x : (g || !w || a) && y.push(x);
        }
        else
            s.push(new Io([x]));
    }
}
function _u(r) { var t = r.charCodeAt(0); return t >= 32 && t <= 591 || t >= 880 && t <= 4351 || t >= 4608 && t <= 5119 || t >= 7680 && t <= 8303; }
var mu = tr(",&?/;] ".split(""), function (r, t) { return r[t] = !0, r; }, {});
function gu(r) { return _u(r) ? !!mu[r] : !0; }
function Uo(r, t, e, i, n) {
    for (var a = [], o = [], s = "", f = "", h = 0, u = 0, l = vt(t), v = 0; v < r.length; v++) {
        var c = r.charAt(v);
        if (c === `
`) {
            f && (s += f, u += h), a.push(s), o.push(u), s = "", f = "", h = 0, u = 0;
            continue;
        }
        var p = _n(l, c.charCodeAt(0)), m = i ? !1 : !gu(c);
        if (a.length ? u + p > e : n + u + p > e) {
            u ? (s || f) && (m ? (s || (s = f, f = "", h = 0, u = h), a.push(s), o.push(u - h), f += c, h += p, s = "", u = h) : (f && (s += f, f = "", h = 0), a.push(s), o.push(u), s = c, u = p)) : m ? (a.push(f), o.push(h), f = c, h = p) : (a.push(c), o.push(p));
            continue;
        }
        u += p, m ? (f += c, h += p) : (f && (s += f, f = "", h = 0), s += c);
    }
    return f && (s += f), s && (a.push(s), o.push(u)), a.length === 1 && (u += n), { accumWidth: u, lines: a, linesWidths: o };
}
function Wn(r, t, e, i, n, a) { if (r.baseX = e, r.baseY = i, r.outerWidth = r.outerHeight = null, !!t) {
    var o = t.width * 2, s = t.height * 2;
    A.set(Ho, Zt(e, o, n), At(i, s, a), o, s), A.intersect(t, Ho, null, Bo);
    var f = Bo.outIntersectRect;
    r.outerWidth = f.width, r.outerHeight = f.height, r.baseX = Zt(f.x, f.width, n, !0), r.baseY = At(f.y, f.height, a, !0);
} }
var Ho = new A(0, 0, 0, 0), Bo = { outIntersectRect: {}, clamp: !0 };
function Gn(r) { return r != null ? r += "" : r = ""; }
function Xo(r) { var t = Gn(r.text), e = r.font, i = pt(vt(e), t), n = de(e); return li(r, i, n, null); }
function li(r, t, e, i) { var n = new A(Zt(r.x || 0, t, r.textAlign), At(r.y || 0, e, r.textBaseline), t, e), a = i ?? (Un(r) ? r.lineWidth : 0); return a > 0 && (n.x -= a / 2, n.y -= a / 2, n.width += a, n.height += a), n; }
function Un(r) { var t = r.stroke; return t != null && t !== "none" && r.lineWidth > 0; }
var Tu = rt({ strokeFirst: !0, font: tt, x: 0, y: 0, textAlign: "left", textBaseline: "top", miterLimit: 2 }, Nn), qo = (function (r) { yu(t, r); function t() { return r !== null && r.apply(this, arguments) || this; } return t.prototype.hasStroke = function () { return Un(this.style); }, t.prototype.hasFill = function () { var e = this.style, i = e.fill; return i != null && i !== "none"; }, t.prototype.createStyle = function (e) { return Ct(Tu, e); }, t.prototype.setBoundingRect = function (e) { this._rect = e; }, t.prototype.getBoundingRect = function () { return this._rect || (this._rect = Xo(this.style)), this._rect; }, t.initDefaultProps = (function () { var e = t.prototype; e.dirtyRectTolerance = 10; })(), t; })(Vt);
qo.prototype.type = "tspan";
var ye = qo;
function xu(r, t) { return !r || r === "solid" || !(t > 0) ? null : r === "dashed" ? [4 * t, 2 * t] : r === "dotted" ? [t] : rr(r) ? [r] : Mr(r) ? r : null; }
function Xn(r) { var t = r.style, e = t.lineDash && t.lineWidth > 0 && xu(t.lineDash, t.lineWidth), i = t.lineDashOffset; if (e) {
    var n = t.strokeNoScale && r.getLineScale ? r.getLineScale() : 1;
    n && n !== 1 && (e = ht(e, function (a) { return a / n; }), i /= n);
} return [e, i]; }
var wu = new Yr(!0);
function vi(r) { var t = r.stroke; return !(t == null || t === "none" || !(r.lineWidth > 0)); }
function ko(r) { return typeof r == "string" && r !== "none"; }
function pi(r) { var t = r.fill; return t != null && t !== "none"; }
function Zo(r, t) { if (t.fillOpacity != null && t.fillOpacity !== 1) {
    var e = r.globalAlpha;
    r.globalAlpha = t.fillOpacity * t.opacity, r.fill(), r.globalAlpha = e;
}
else
    r.fill(); }
function Vo(r, t) { if (t.strokeOpacity != null && t.strokeOpacity !== 1) {
    var e = r.globalAlpha;
    r.globalAlpha = t.strokeOpacity * t.opacity, r.stroke(), r.globalAlpha = e;
}
else
    r.stroke(); }
function Ko(r, t, e) { var i = In(t.image, t.__image, e); if (Wr(i)) {
    var n = r.createPattern(i, t.repeat || "repeat");
    if (typeof DOMMatrix == "function" && n && n.setTransform) {
        var a = new DOMMatrix;
        a.translateSelf(t.x || 0, t.y || 0), a.rotateSelf(0, 0, (t.rotation || 0) * nr), a.scaleSelf(t.scaleX || 1, t.scaleY || 1), n.setTransform(a);
    }
    return n;
} }
function bu(r, t, e, i, n) { var a, o = vi(e), s = pi(e), f = e.strokePercent, h = f < 1, u = !t.path; (!t.silent || h) && u && t.createPathProxy(); var l = t.path || wu, v = t.__dirty; if (!i) {
    var c = e.fill, p = e.stroke, m = s && !!c.colorStops, _ = o && !!p.colorStops, d = s && !!c.image, g = o && !!p.image, x = void 0, y = void 0, w = void 0, T = void 0, C = void 0;
    (m || _) && (C = t.getBoundingRect()), m && (x = v ? Hn(r, c, C) : t.__canvasFillGradient, t.__canvasFillGradient = x), _ && (y = v ? Hn(r, p, C) : t.__canvasStrokeGradient, t.__canvasStrokeGradient = y), d && (w = v || !t.__canvasFillPattern ? Ko(r, c, t) : t.__canvasFillPattern, t.__canvasFillPattern = w), g && (T = v || !t.__canvasStrokePattern ? Ko(r, p, t) : t.__canvasStrokePattern, t.__canvasStrokePattern = T), m ? r.fillStyle = x : d && (w ? r.fillStyle = w : s = !1), _ ? r.strokeStyle = y : g && (T ? r.strokeStyle = T : o = !1);
} var b = t.getGlobalScale(); l.setScale(b[0], b[1], t.segmentIgnoreThreshold); var P, L; r.setLineDash && e.lineDash && (a = Xn(t), P = a[0], L = a[1]); var M = !0; (u || v & Xt) && (l.setDPR(r.dpr), h ? l.setContext(null) : (l.setContext(r), M = !1), l.reset(), t.buildPath(l, t.shape, i), l.toStatic(), t.pathUpdated()), M && l.rebuildPath(r, h ? f : 1), P && (r.setLineDash(P), r.lineDashOffset = L), i ? (n.batchFill = s, n.batchStroke = o) : e.strokeFirst ? (o && Vo(r, e), s && Zo(r, e)) : (s && Zo(r, e), o && Vo(r, e)), P && r.setLineDash([]); }
function Su(r, t, e) { var i = t.__image = In(e.image, t.__image, t, t.onload); if (!(!i || !Wr(i))) {
    var n = e.x || 0, a = e.y || 0, o = t.getWidth(), s = t.getHeight(), f = i.width / i.height;
    if (o == null && s != null ? o = s * f : s == null && o != null ? s = o / f : o == null && s == null && (o = i.width, s = i.height), e.sWidth && e.sHeight) {
        var h = e.sx || 0, u = e.sy || 0;
        r.drawImage(i, h, u, e.sWidth, e.sHeight, n, a, o, s);
    }
    else if (e.sx && e.sy) {
        var h = e.sx, u = e.sy, l = o - h, v = s - u;
        r.drawImage(i, h, u, l, v, n, a, o, s);
    }
    else
        r.drawImage(i, n, a, o, s);
} }
function Cu(r, t, e) { var i, n = e.text; if (n != null && (n += ""), n) {
    r.font = e.font || tt, r.textAlign = e.textAlign, r.textBaseline = e.textBaseline;
    var a = void 0, o = void 0;
    r.setLineDash && e.lineDash && (i = Xn(t), a = i[0], o = i[1]), a && (r.setLineDash(a), r.lineDashOffset = o), e.strokeFirst ? (vi(e) && r.strokeText(n, e.x, e.y), pi(e) && r.fillText(n, e.x, e.y)) : (pi(e) && r.fillText(n, e.x, e.y), vi(e) && r.strokeText(n, e.x, e.y)), a && r.setLineDash([]);
} }
var Qo = ["shadowBlur", "shadowOffsetX", "shadowOffsetY"], $o = [["lineCap", "butt"], ["lineJoin", "miter"], ["miterLimit", 10]];
function is(r, t, e, i, n) { var a = !1; if (!i && (e = e || {}, t === e))
    return !1; if (i || t.opacity !== e.opacity) {
    U(r, n), a = !0;
    var o = Math.max(Math.min(t.opacity, 1), 0);
    r.globalAlpha = isNaN(o) ? mt.opacity : o;
} (i || t.blend !== e.blend) && (a || (U(r, n), a = !0), r.globalCompositeOperation = t.blend || mt.blend); for (var s = 0; s < Qo.length; s++) {
    var f = Qo[s];
    (i || t[f] !== e[f]) && (a || (U(r, n), a = !0), r[f] = r.dpr * (t[f] || 0));
} return (i || t.shadowColor !== e.shadowColor) && (a || (U(r, n), a = !0), r.shadowColor = t.shadowColor || mt.shadowColor), a; }
function Jo(r, t, e, i, n) { var a = t.style, o = i ? null : e && e.style || {}; if (a === o)
    return !1; var s = is(r, a, o, i, n); if ((i || a.fill !== o.fill) && (s || (U(r, n), s = !0), ko(a.fill) && (r.fillStyle = a.fill)), (i || a.stroke !== o.stroke) && (s || (U(r, n), s = !0), ko(a.stroke) && (r.strokeStyle = a.stroke)), (i || a.opacity !== o.opacity) && (s || (U(r, n), s = !0), r.globalAlpha = a.opacity == null ? 1 : a.opacity), t.hasStroke()) {
    var f = a.lineWidth, h = f / (a.strokeNoScale && t.getLineScale ? t.getLineScale() : 1);
    r.lineWidth !== h && (s || (U(r, n), s = !0), r.lineWidth = h);
} for (var u = 0; u < $o.length; u++) {
    var l = $o[u], v = l[0];
    (i || a[v] !== o[v]) && (s || (U(r, n), s = !0), r[v] = a[v] || l[1]);
} return s; }
function Pu(r, t, e, i, n) { return is(r, t.style, e && e.style, i, n); }
function ns(r, t) { var e = t.transform, i = r.dpr || 1; e ? r.setTransform(i * e[0], i * e[1], i * e[2], i * e[3], i * e[4], i * e[5]) : r.setTransform(i, 0, 0, i, 0, 0); }
function Eu(r, t, e) { for (var i = !1, n = 0; n < r.length; n++) {
    var a = r[n];
    i = i || a.isZeroArea(), ns(t, a), t.beginPath(), a.buildPath(t, a.shape), t.clip();
} e.allClipped = i; }
function Mu(r, t) { return r && t ? r[0] !== t[0] || r[1] !== t[1] || r[2] !== t[2] || r[3] !== t[3] || r[4] !== t[4] || r[5] !== t[5] : !(!r && !t); }
var jo = 1, ts = 2, rs = 3, es = 4;
function Lu(r) { var t = pi(r), e = vi(r); return !(r.lineDash || !(+t ^ +e) || t && typeof r.fill != "string" || e && typeof r.stroke != "string" || r.strokePercent < 1 || r.strokeOpacity < 1 || r.fillOpacity < 1); }
function U(r, t) { t.batchFill && (t.batchFill = !1, r.fill()), t.batchStroke && (t.batchStroke = !1, r.stroke()); }
function hc(r, t) { var e = { inHover: !1, viewWidth: 0, viewHeight: 0, beforeBrushParam: {} }; qn(r, t, e), kn(r, e); }
function qn(r, t, e) { var i = t.transform; if (!t.shouldBePainted(e.viewWidth, e.viewHeight, !1, !1)) {
    t.__dirty &= ~Y, t.__isRendered = !1;
    return;
} var n = t.__clipPaths, a = e.prevElClipPaths, o = t.style, s = !1, f = !1; if ((!a || Co(n, a)) && (a && (U(r, e), r.restore(), f = s = !0, e.prevElClipPaths = null, e.allClipped = !1, e.prevEl = null), n && n.length && (U(r, e), r.save(), Eu(n, r, e), s = !0, e.prevElClipPaths = n)), e.allClipped) {
    t.__dirty &= ~Y, t.__isRendered = !1;
    return;
} t.beforeBrush && t.beforeBrush(e.beforeBrushParam), t.innerBeforeBrush(); var h = e.prevEl; h || (f = s = !0); var u = t instanceof Jt && t.autoBatch && Lu(o); s || Mu(i, h.transform) ? (U(r, e), ns(r, t)) : u || U(r, e), t instanceof Jt ? (e.lastDrawType !== jo && (f = !0, e.lastDrawType = jo), Jo(r, t, h, f, e), (!u || !e.batchFill && !e.batchStroke) && r.beginPath(), bu(r, t, o, u, e)) : t instanceof ye ? (e.lastDrawType !== rs && (f = !0, e.lastDrawType = rs), Jo(r, t, h, f, e), Cu(r, t, o)) : t instanceof ui ? (e.lastDrawType !== ts && (f = !0, e.lastDrawType = ts), Pu(r, t, h, f, e), Su(r, t, o)) : t.getTemporalDisplayables && (e.lastDrawType !== es && (f = !0, e.lastDrawType = es), Ru(r, t, e)), t.innerAfterBrush(), t.afterBrush && (u && U(r, e), t.afterBrush()), e.prevEl = t, t.__dirty = 0, t.__isRendered = !0; }
function kn(r, t) { U(r, t), t.prevElClipPaths && r.restore(); }
function Ru(r, t, e) { var i = t.getDisplayables(), n = t.getTemporalDisplayables(); r.save(); var a = { prevElClipPaths: null, prevEl: null, allClipped: !1, viewWidth: e.viewWidth, viewHeight: e.viewHeight, inHover: e.inHover, beforeBrushParam: {} }, o, s; for (o = t.getCursor(), s = i.length; o < s; o++) {
    var f = i[o];
    f.beforeBrush && f.beforeBrush(e.beforeBrushParam), f.innerBeforeBrush(), qn(r, f, a), f.innerAfterBrush(), f.afterBrush && f.afterBrush(), a.prevEl = f;
} kn(r, a); for (var h = 0, u = n.length; h < u; h++) {
    var f = n[h];
    f.beforeBrush && f.beforeBrush(e.beforeBrushParam), f.innerBeforeBrush(), qn(r, f, a), f.innerAfterBrush(), f.afterBrush && f.afterBrush(), a.prevEl = f;
} kn(r, a), t.clearTemporalDisplayables(), t.notClear = !0, r.restore(); }
import { __extends as Au } from "tslib";
function as(r, t) { var e = t.x, i = t.y, n = t.width, a = t.height, o = t.r, s, f, h, u; n < 0 && (e = e + n, n = -n), a < 0 && (i = i + a, a = -a), typeof o == "number" ? s = f = h = u = o : o instanceof Array ? o.length === 1 ? s = f = h = u = o[0] : o.length === 2 ? (s = h = o[0], f = u = o[1]) : o.length === 3 ? (s = o[0], f = u = o[1], h = o[2]) : (s = o[0], f = o[1], h = o[2], u = o[3]) : s = f = h = u = 0; var l; s + f > n && (l = s + f, s *= n / l, f *= n / l), h + u > n && (l = h + u, h *= n / l, u *= n / l), f + h > a && (l = f + h, f *= a / l, h *= a / l), s + u > a && (l = s + u, s *= a / l, u *= a / l), r.moveTo(e + s, i), r.lineTo(e + n - f, i), f !== 0 && r.arc(e + n - f, i + f, f, -Math.PI / 2, 0), r.lineTo(e + n, i + a - h), h !== 0 && r.arc(e + n - h, i + a - h, h, 0, Math.PI / 2), r.lineTo(e + u, i + a), u !== 0 && r.arc(e + u, i + a - u, u, Math.PI / 2, Math.PI), r.lineTo(e, i + s), s !== 0 && r.arc(e + s, i + s, s, Math.PI, Math.PI * 1.5), r.closePath(); }
var Gr = Math.round;
function lc(r, t, e) { if (t) {
    var i = t.x1, n = t.x2, a = t.y1, o = t.y2;
    r.x1 = i, r.x2 = n, r.y1 = a, r.y2 = o;
    var s = e && e.lineWidth;
    return s && (Gr(i * 2) === Gr(n * 2) && (r.x1 = r.x2 = Ur(i, s, !0)), Gr(a * 2) === Gr(o * 2) && (r.y1 = r.y2 = Ur(a, s, !0))), r;
} }
function os(r, t, e) { if (t) {
    var i = t.x, n = t.y, a = t.width, o = t.height;
    r.x = i, r.y = n, r.width = a, r.height = o;
    var s = e && e.lineWidth;
    return s && (r.x = Ur(i, s, !0), r.y = Ur(n, s, !0), r.width = Math.max(Ur(i + a, s, !1) - r.x, a === 0 ? 0 : 1), r.height = Math.max(Ur(n + o, s, !1) - r.y, o === 0 ? 0 : 1)), r;
} }
function Ur(r, t, e) { if (!t)
    return r; var i = Gr(r * 2); return (i + Gr(t)) % 2 === 0 ? i / 2 : (i + (e ? 1 : -1)) / 2; }
var Ou = (function () { function r() { this.x = 0, this.y = 0, this.width = 0, this.height = 0; } return r; })();
var Fu = {}, ss = (function (r) { Au(t, r); function t(e) { return r.call(this, e) || this; } return t.prototype.getDefaultShape = function () { return new Ou; }, t.prototype.buildPath = function (e, i) { var n, a, o, s; if (this.subPixelOptimize) {
    var f = os(Fu, i, this.style);
    n = f.x, a = f.y, o = f.width, s = f.height, f.r = i.r, i = f;
}
else
    n = i.x, a = i.y, o = i.width, s = i.height; i.r ? as(e, i) : e.rect(n, a, o, s); }, t.prototype.isZeroArea = function () { return !this.shape.width || !this.shape.height; }, t; })(Jt);
ss.prototype.type = "rect";
var fs = ss;
import { __extends as Iu } from "tslib";
var hs = { fill: "#000" }, us = 2, xt = {}, Hu = { style: rt({ fill: !0, stroke: !0, fillOpacity: !0, strokeOpacity: !0, lineWidth: !0, fontSize: !0, lineHeight: !0, width: !0, height: !0, textShadowColor: !0, textShadowBlur: !0, textShadowOffsetX: !0, textShadowOffsetY: !0, backgroundColor: !0, padding: !0, borderColor: !0, borderWidth: !0, borderRadius: !0 }, mr.style) }, gs = (function (r) { Iu(t, r); function t(e) { var i = r.call(this) || this; return i.type = "text", i._children = [], i._defaultStyle = hs, i.attr(e), i; } return t.prototype.childrenRef = function () { return this._children; }, t.prototype.update = function () { r.prototype.update.call(this), this.styleChanged() && this._updateSubTexts(); for (var e = 0; e < this._children.length; e++) {
    var i = this._children[e];
    i.zlevel = this.zlevel, i.z = this.z, i.z2 = this.z2, i.culling = this.culling, i.cursor = this.cursor, i.invisible = this.invisible;
} }, t.prototype.updateTransform = function () { var e = this.innerTransformable; e ? (e.updateTransform(), e.transform && (this.transform = e.transform)) : r.prototype.updateTransform.call(this); }, t.prototype.getLocalTransform = function (e) { var i = this.innerTransformable; return i ? i.getLocalTransform(e) : r.prototype.getLocalTransform.call(this, e); }, t.prototype.getComputedTransform = function () { return this.__hostTarget && (this.__hostTarget.getComputedTransform(), this.__hostTarget.updateInnerText(!0)), r.prototype.getComputedTransform.call(this); }, t.prototype._updateSubTexts = function () { this._childCursor = 0, Wu(this.style), this.style.rich ? this._updateRichTexts() : this._updatePlainTexts(), this._children.length = this._childCursor, this.styleUpdated(); }, t.prototype.addSelfToZr = function (e) { r.prototype.addSelfToZr.call(this, e); for (var i = 0; i < this._children.length; i++)
    this._children[i].__zr = e; }, t.prototype.removeSelfFromZr = function (e) { r.prototype.removeSelfFromZr.call(this, e); for (var i = 0; i < this._children.length; i++)
    this._children[i].__zr = null; }, t.prototype.getBoundingRect = function () { if (this.styleChanged() && this._updateSubTexts(), !this._rect) {
    for (var e = new A(0, 0, 0, 0), i = this._children, n = [], a = null, o = 0; o < i.length; o++) {
        var s = i[o], f = s.getBoundingRect(), h = s.getLocalTransform(n);
        h ? (e.copy(f), e.applyTransform(h), a = a || e.clone(), a.union(e)) : (a = a || f.clone(), a.union(f));
    }
    this._rect = a || e;
} return this._rect; }, t.prototype.setDefaultTextStyle = function (e) { this._defaultStyle = e || hs; }, t.prototype.setTextContent = function (e) { }, t.prototype._mergeStyle = function (e, i) { if (!i)
    return e; var n = i.rich, a = e.rich || n && {}; return D(e, i), n && a ? (this._mergeRich(a, n), e.rich = a) : a && (e.rich = a), e; }, t.prototype._mergeRich = function (e, i) { for (var n = I(i), a = 0; a < n.length; a++) {
    var o = n[a];
    e[o] = e[o] || {}, D(e[o], i[o]);
} }, t.prototype.getAnimationStyleProps = function () { return Hu; }, t.prototype._getOrCreateChild = function (e) { var i = this._children[this._childCursor]; return (!i || !(i instanceof e)) && (i = new e), this._children[this._childCursor++] = i, i.__zr = this.__zr, i.parent = this, i; }, t.prototype._updatePlainTexts = function () { var e = this.style, i = e.font || tt, n = e.padding, a = this._defaultStyle, o = e.x || 0, s = e.y || 0, f = e.align || a.align || "left", h = e.verticalAlign || a.verticalAlign || "top"; Wn(xt, a.overflowRect, o, s, f, h), o = xt.baseX, s = xt.baseY; var u = ms(e), l = Wo(u, e, xt.outerWidth, xt.outerHeight), v = Zn(e), c = !!e.backgroundColor, p = l.outerHeight, m = l.outerWidth, _ = l.lines, d = l.lineHeight; this.isTruncated = !!l.isTruncated; var g = o, x = At(s, l.contentHeight, h); if (v || n) {
    var y = Zt(o, m, f), w = At(s, p, h);
    v && this._renderBackground(e, e, y, w, m, p);
} x += d / 2, n && (g = _s(o, f, n), h === "top" ? x += n[0] : h === "bottom" && (x -= n[2])); for (var T = 0, C = !1, b = !1, P = ds("fill" in e ? e.fill : (b = !0, a.fill)), L = cs("stroke" in e ? e.stroke : !c && (!a.autoStroke || b) ? (T = us, C = !0, a.stroke) : null), M = e.textShadowBlur > 0, R = 0; R < _.length; R++) {
    var E = this._getOrCreateChild(ye), S = E.createStyle();
    E.useStyle(S), S.text = _[R], S.x = g, S.y = x, f && (S.textAlign = f), S.textBaseline = "middle", S.opacity = e.opacity, S.strokeFirst = !0, M && (S.shadowBlur = e.textShadowBlur || 0, S.shadowColor = e.textShadowColor || "transparent", S.shadowOffsetX = e.textShadowOffsetX || 0, S.shadowOffsetY = e.textShadowOffsetY || 0), S.stroke = L, S.fill = P, L && (S.lineWidth = e.lineWidth || T, S.lineDash = e.lineDash, S.lineDashOffset = e.lineDashOffset || 0), S.font = i, vs(S, e), x += d, E.setBoundingRect(li(S, l.contentWidth, l.calculatedLineHeight, C ? 0 : null));
} }, t.prototype._updateRichTexts = function () { var e = this.style, i = this._defaultStyle, n = e.align || i.align, a = e.verticalAlign || i.verticalAlign, o = e.x || 0, s = e.y || 0; Wn(xt, i.overflowRect, o, s, n, a), o = xt.baseX, s = xt.baseY; var f = ms(e), h = Go(f, e, xt.outerWidth, xt.outerHeight, n), u = h.width, l = h.outerWidth, v = h.outerHeight, c = e.padding; this.isTruncated = !!h.isTruncated; var p = Zt(o, l, n), m = At(s, v, a), _ = p, d = m; c && (_ += c[3], d += c[0]); var g = _ + u; Zn(e) && this._renderBackground(e, e, p, m, l, v); for (var x = !!e.backgroundColor, y = 0; y < h.lines.length; y++) {
    for (var w = h.lines[y], T = w.tokens, C = T.length, b = w.lineHeight, P = w.width, L = 0, M = _, R = g, E = C - 1, S = void 0; L < C && (S = T[L], !S.align || S.align === "left");)
        this._placeToken(S, e, b, d, M, "left", x), P -= S.width, M += S.width, L++;
    for (; E >= 0 && (S = T[E], S.align === "right");)
        this._placeToken(S, e, b, d, R, "right", x), P -= S.width, R -= S.width, E--;
    for (M += (u - (M - _) - (g - R) - P) / 2; L <= E;)
        S = T[L], this._placeToken(S, e, b, d, M + S.width / 2, "center", x), M += S.width, L++;
    d += b;
} }, t.prototype._placeToken = function (e, i, n, a, o, s, f) { var h = i.rich[e.styleName] || {}; h.text = e.text; var u = e.verticalAlign, l = a + n / 2; u === "top" ? l = a + e.height / 2 : u === "bottom" && (l = a + n - e.height / 2); var v = !e.isLineHolder && Zn(h); v && this._renderBackground(h, i, s === "right" ? o - e.width : s === "center" ? o - e.width / 2 : o, l - e.height / 2, e.width, e.height); var c = !!h.backgroundColor, p = e.textPadding; p && (o = _s(o, s, p), l -= e.height / 2 - p[0] - e.innerHeight / 2); var m = this._getOrCreateChild(ye), _ = m.createStyle(); m.useStyle(_); var d = this._defaultStyle, g = !1, x = 0, y = !1, w = ds("fill" in h ? h.fill : "fill" in i ? i.fill : (g = !0, d.fill)), T = cs("stroke" in h ? h.stroke : "stroke" in i ? i.stroke : !c && !f && (!d.autoStroke || g) ? (x = us, y = !0, d.stroke) : null), C = h.textShadowBlur > 0 || i.textShadowBlur > 0; _.text = e.text, _.x = o, _.y = l, C && (_.shadowBlur = h.textShadowBlur || i.textShadowBlur || 0, _.shadowColor = h.textShadowColor || i.textShadowColor || "transparent", _.shadowOffsetX = h.textShadowOffsetX || i.textShadowOffsetX || 0, _.shadowOffsetY = h.textShadowOffsetY || i.textShadowOffsetY || 0), _.textAlign = s, _.textBaseline = "middle", _.font = e.font || tt, _.opacity = ir(h.opacity, i.opacity, 1), vs(_, h), T && (_.lineWidth = ir(h.lineWidth, i.lineWidth, x), _.lineDash = H(h.lineDash, i.lineDash), _.lineDashOffset = i.lineDashOffset || 0, _.stroke = T), w && (_.fill = w), m.setBoundingRect(li(_, e.contentWidth, e.contentHeight, y ? 0 : null)); }, t.prototype._renderBackground = function (e, i, n, a, o, s) { var f = e.backgroundColor, h = e.borderWidth, u = e.borderColor, l = f && f.image, v = f && !l, c = e.borderRadius, p = this, m, _; if (v || e.lineHeight || h && u) {
    m = this._getOrCreateChild(fs), m.useStyle(m.createStyle()), m.style.fill = null;
    var d = m.shape;
    d.x = n, d.y = a, d.width = o, d.height = s, d.r = c, m.dirtyShape();
} if (v) {
    var g = m.style;
    g.fill = f || null, g.fillOpacity = H(e.fillOpacity, 1);
}
else if (l) {
    _ = this._getOrCreateChild(ui), _.onload = function () { p.dirtyStyle(); };
    var x = _.style;
    x.image = f.image, x.x = n, x.y = a, x.width = o, x.height = s;
} if (h && u) {
    var g = m.style;
    g.lineWidth = h, g.stroke = u, g.strokeOpacity = H(e.strokeOpacity, 1), g.lineDash = e.borderDash, g.lineDashOffset = e.borderDashOffset || 0, m.strokeContainThreshold = 0, m.hasFill() && m.hasStroke() && (g.strokeFirst = !0, g.lineWidth *= 2);
} var y = (m || _).style; y.shadowBlur = e.shadowBlur || 0, y.shadowColor = e.shadowColor || "transparent", y.shadowOffsetX = e.shadowOffsetX || 0, y.shadowOffsetY = e.shadowOffsetY || 0, y.opacity = ir(e.opacity, i.opacity, 1); }, t.makeFont = function (e) { var i = ""; return Yu(e) && (i = [e.fontStyle, e.fontWeight, zu(e.fontSize), e.fontFamily || "sans-serif"].join(" ")), i && Nt(i) || e.textFont || e.font; }, t; })(Vt), Bu = { left: !0, right: 1, center: 1 }, Nu = { top: 1, bottom: 1, middle: 1 }, ls = ["fontStyle", "fontWeight", "fontSize", "fontFamily"];
function zu(r) { return typeof r == "string" && (r.indexOf("px") !== -1 || r.indexOf("rem") !== -1 || r.indexOf("em") !== -1) ? r : isNaN(+r) ? be + "px" : r + "px"; }
function vs(r, t) { for (var e = 0; e < ls.length; e++) {
    var i = ls[e], n = t[i];
    n != null && (r[i] = n);
} }
function Yu(r) { return r.fontSize != null || r.fontFamily || r.fontWeight; }
function Wu(r) { return ps(r), N(r.rich, ps), r; }
function ps(r) { if (r) {
    r.font = gs.makeFont(r);
    var t = r.align;
    t === "middle" && (t = "center"), r.align = t == null || Bu[t] ? t : "left";
    var e = r.verticalAlign;
    e === "center" && (e = "middle"), r.verticalAlign = e == null || Nu[e] ? e : "top";
    var i = r.padding;
    i && (r.padding = bi(r.padding));
} }
function cs(r, t) { return r == null || t <= 0 || r === "transparent" || r === "none" ? null : r.image || r.colorStops ? "#000" : r; }
function ds(r) { return r == null || r === "none" ? null : r.image || r.colorStops ? "#000" : r; }
function _s(r, t, e) { return t === "right" ? r - e[1] : t === "center" ? r + e[3] / 2 - e[1] / 2 : r + e[3]; }
function ms(r) { var t = r.text; return t != null && (t += ""), t; }
function Zn(r) { return !!(r.backgroundColor || r.lineHeight || r.borderWidth && r.borderColor); }
var Ec = gs;
import { __extends as Gu } from "tslib";
var Uu = (function (r) { Gu(t, r); function t() { var e = r !== null && r.apply(this, arguments) || this; return e.type = "compound", e; } return t.prototype._updatePathDirty = function () { for (var e = this.shape.paths, i = this.shapeChanged(), n = 0; n < e.length; n++)
    i = i || e[n].shapeChanged(); i && this.dirtyShape(); }, t.prototype.beforeBrush = function () { this._updatePathDirty(); for (var e = this.shape.paths || [], i = this.getGlobalScale(), n = 0; n < e.length; n++)
    e[n].path || e[n].createPathProxy(), e[n].path.setScale(i[0], i[1], e[n].segmentIgnoreThreshold); }, t.prototype.buildPath = function (e, i) { for (var n = i.paths || [], a = 0; a < n.length; a++)
    n[a].buildPath(e, n[a].shape, !0); }, t.prototype.afterBrush = function () { for (var e = this.shape.paths || [], i = 0; i < e.length; i++)
    e[i].pathUpdated(); }, t.prototype.getBoundingRect = function () { return this._updatePathDirty.call(this), Jt.prototype.getBoundingRect.call(this); }, t; })(Jt), Dc = Uu;
var Oc = 0, Fc = 1, Ic = 2, Hc = 1, Bc = 0;
export { Vr as a, F as b, Ss as c, tt as d, V as e, ku as f, Qr as g, Ht as h, gi as i, Fs as j, D as k, rt as l, K as m, Hs as n, Ee as o, Q as p, N as q, ht as r, tr as s, Me as t, Bs as u, I as v, zs as w, Ys as x, Mr as y, dt as z, Bt as A, Ws as B, rr as C, St as D, Ti as E, Ce as F, er as G, Gs as H, Us as I, xi as J, Xs as K, H as L, ir as M, wi as N, bi as O, qs as P, Nt as Q, ks as R, Ks as S, Qs as T, $s as U, Js as V, Pt as W, Rr as X, Et as Y, tf as Z, rf as _, $r as $, ef as aa, nf as ba, af as ca, Si as da, lf as ea, vf as fa, ra as ga, Pi as ha, zt as ia, cf as ja, Le as ka, Jr as la, jr as ma, Dr as na, Lt as oa, nl as pa, al as qa, ol as ra, it as sa, va as ta, ca as ua, ul as va, Mt as wa, te as xa, Re as ya, re as za, De as Aa, Ei as Ba, Mi as Ca, ee as Da, df as Ea, Li as Fa, nt as Ga, cl as Ha, ya as Ia, Yf as Ja, dl as Ka, _l as La, Uf as Ma, A as Na, Zi as Oa, Y as Pa, Ki as Qa, B as Ra, Ol as Sa, Ue as Ta, Qi as Ua, W as Va, Fl as Wa, $i as Xa, ke as Ya, Yt as Za, Gt as _a, z as $a, Oi as ab, sa as bb, fa as cb, bf as db, Sf as eb, Ut as fb, Pf as gb, ha as hb, ql as ib, kl as jb, Xa as kb, Zl as lb, Vl as mb, Kl as nb, Ql as ob, $l as pb, rh as qb, Jl as rb, qa as sb, ka as tb, jl as ub, tv as vb, rv as wb, ev as xb, iv as yb, ue as zb, un as Ab, yh as Bb, Sv as Cb, Br as Db, Th as Eb, cn as Fb, Lv as Gb, de as Hb, dr as Ib, ho as Jb, _o as Kb, Ah as Lb, Hh as Mb, Bh as Nb, Nh as Ob, Yh as Pb, In as Qb, Wp as Rb, Vt as Sb, op as Tb, qh as Ub, Yr as Vb, Sr as Wb, Eo as Xb, me as Yb, Ft as Zb, Nn as _b, Jt as $b, ye as ac, ui as bc, lc as cc, os as dc, Ur as ec, fs as fc, zu as gc, Yu as hc, Ec as ic, Dc as jc, Oc as kc, Fc as lc, Ic as mc, Hc as nc, Bc as oc, Hn as pc, dp as qc, Xn as rc, Ko as sc, hc as tc, qn as uc, kn as vc };
/*! Bundled license information:

zrender/lib/zrender.js:
  (*!
  * ZRender, a high performance 2d drawing library.
  *
  * Copyright (c) 2013, Baidu Inc.
  * All rights reserved.
  *
  * LICENSE
  * https://github.com/ecomfe/zrender/blob/master/LICENSE
  *)
*/
