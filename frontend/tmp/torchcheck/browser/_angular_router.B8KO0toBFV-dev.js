var __defProp = Object.defineProperty;
var __defProps = Object.defineProperties;
var __getOwnPropDescs = Object.getOwnPropertyDescriptors;
var __getOwnPropSymbols = Object.getOwnPropertySymbols;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __propIsEnum = Object.prototype.propertyIsEnumerable;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __spreadValues = (a, b) => {
    for (var prop in b ||= {})
        if (__hasOwnProp.call(b, prop))
            __defNormalProp(a, prop, b[prop]);
    if (__getOwnPropSymbols)
        for (var prop of __getOwnPropSymbols(b)) {
            if (__propIsEnum.call(b, prop))
                __defNormalProp(a, prop, b[prop]);
        }
    return a;
};
var __spreadProps = (a, b) => __defProps(a, __getOwnPropDescs(b));
var __async = (__this, __arguments, generator) => {
    return new Promise((resolve, reject) => {
        var fulfilled = (value) => {
            try {
                step(generator.next(value));
            }
            catch (e) {
                reject(e);
            }
        };
        var rejected = (value) => {
            try {
                step(generator.throw(value));
            }
            catch (e) {
                reject(e);
            }
        };
        var step = (x) => x.done ? resolve(x.value) : Promise.resolve(x.value).then(fulfilled, rejected);
        step((generator = generator.apply(__this, __arguments)).next());
    });
};
// node_modules/@angular/router/fesm2022/_router-chunk.mjs
import { DOCUMENT, Location } from "@angular/common";
import * as i0 from "@angular/core";
import { \u0275isPromise as _isPromise, \u0275RuntimeError as _RuntimeError, computed, Service, Injectable, signal, InjectionToken, EventEmitter, input, inject, ViewContainerRef, ChangeDetectorRef, Output, Input as Input2, Directive, reflectComponentType, ChangeDetectionStrategy, Component, runInInjectionContext, \u0275isInjectable as _isInjectable, \u0275isNgModule as _isNgModule, isStandalone, createEnvironmentInjector, Compiler, \u0275maybeUnwrapDefaultExport as _maybeUnwrapDefaultExport, NgModuleFactory, \u0275resolveComponentResources as _resolveComponentResources, afterNextRender, EnvironmentInjector as EnvironmentInjector2, DestroyRef, untracked, \u0275Console as _Console, \u0275PendingTasksInternal as _PendingTasksInternal, \u0275INTERNAL_APPLICATION_ERROR_HANDLER as _INTERNAL_APPLICATION_ERROR_HANDLER, \u0275formatRuntimeError as _formatRuntimeError } from "@angular/core";
import { isObservable, from, of, BehaviorSubject, combineLatest, EmptyError, Observable, concat, defer, pipe, EMPTY, throwError, Subject, Subscription } from "rxjs";
import { first, map, switchMap, take, startWith, filter, takeUntil, mergeMap, concatMap, tap, takeLast, catchError, finalize } from "rxjs/operators";
import * as i1 from "@angular/platform-browser";
var PRIMARY_OUTLET = "primary";
var RouteTitleKey = /* @__PURE__ */ Symbol("RouteTitle");
var ParamsAsMap = class {
    params;
    constructor(params) {
        this.params = params || {};
    }
    has(name) {
        return Object.hasOwn(this.params, name);
    }
    get(name) {
        if (this.has(name)) {
            const v = this.params[name];
            return Array.isArray(v) ? v[0] : v;
        }
        return null;
    }
    getAll(name) {
        if (this.has(name)) {
            const v = this.params[name];
            return Array.isArray(v) ? v : [v];
        }
        return [];
    }
    get keys() {
        return Object.keys(this.params);
    }
};
function convertToParamMap(params) {
    return new ParamsAsMap(params);
}
function matchParts(routeParts, urlSegments, posParams) {
    for (let i = 0; i < routeParts.length; i++) {
        const part = routeParts[i];
        const segment = urlSegments[i];
        const isParameter = part[0] === ":";
        if (isParameter) {
            posParams[part.substring(1)] = segment;
        }
        else if (part !== segment.path) {
            return false;
        }
    }
    return true;
}
function defaultUrlMatcher(segments, segmentGroup, route) {
    const parts = route.path.split("/");
    const wildcardIndex = parts.indexOf("**");
    if (wildcardIndex === -1) {
        if (parts.length > segments.length) {
            return null;
        }
        if (route.pathMatch === "full" && (segmentGroup.hasChildren() || parts.length < segments.length)) {
            return null;
        }
        const posParams2 = {};
        const consumed = segments.slice(0, parts.length);
        if (!matchParts(parts, consumed, posParams2)) {
            return null;
        }
        return {
            consumed,
            posParams: posParams2
        };
    }
    if (wildcardIndex !== parts.lastIndexOf("**")) {
        return null;
    }
    const pre = parts.slice(0, wildcardIndex);
    const post = parts.slice(wildcardIndex + 1);
    if (pre.length + post.length > segments.length) {
        return null;
    }
    if (route.pathMatch === "full" && segmentGroup.hasChildren() && route.path !== "**") {
        return null;
    }
    const posParams = {};
    if (!matchParts(pre, segments.slice(0, pre.length), posParams)) {
        return null;
    }
    if (!matchParts(post, segments.slice(segments.length - post.length), posParams)) {
        return null;
    }
    return {
        consumed: segments,
        posParams
    };
}
function firstValueFrom(source) {
    return new Promise((resolve, reject) => {
        source.pipe(first()).subscribe({
            next: (value) => resolve(value),
            error: (err) => reject(err)
        });
    });
}
function shallowEqualArrays(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; ++i) {
        if (!shallowEqual(a[i], b[i]))
            return false;
    }
    return true;
}
function shallowEqual(a, b) {
    const k1 = a ? getDataKeys(a) : void 0;
    const k2 = b ? getDataKeys(b) : void 0;
    if (!k1 || !k2 || k1.length != k2.length) {
        return false;
    }
    let key;
    for (let i = 0; i < k1.length; i++) {
        key = k1[i];
        if (!equalArraysOrString(a[key], b[key])) {
            return false;
        }
    }
    return true;
}
function getDataKeys(obj) {
    return [...Object.keys(obj), ...Object.getOwnPropertySymbols(obj)];
}
function equalArraysOrString(a, b) {
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length)
            return false;
        const aSorted = [...a].sort();
        const bSorted = [...b].sort();
        return aSorted.every((val, index) => bSorted[index] === val);
    }
    else {
        return a === b;
    }
}
function last(a) {
    return a.length > 0 ? a[a.length - 1] : null;
}
function wrapIntoObservable(value) {
    if (isObservable(value)) {
        return value;
    }
    if (_isPromise(value)) {
        return from(Promise.resolve(value));
    }
    return of(value);
}
function wrapIntoPromise(value) {
    if (isObservable(value)) {
        return firstValueFrom(value);
    }
    return Promise.resolve(value);
}
var pathCompareMap = {
    "exact": equalSegmentGroups,
    "subset": containsSegmentGroup
};
var paramCompareMap = {
    "exact": equalParams,
    "subset": containsParams,
    "ignored": () => true
};
var exactMatchOptions = {
    paths: "exact",
    fragment: "ignored",
    matrixParams: "ignored",
    queryParams: "exact"
};
var subsetMatchOptions = {
    paths: "subset",
    fragment: "ignored",
    matrixParams: "ignored",
    queryParams: "subset"
};
function isActive(url, router, matchOptions) {
    const urlTree = url instanceof UrlTree ? url : router.parseUrl(url);
    return computed(() => containsTree(router.lastSuccessfulNavigation()?.finalUrl ?? new UrlTree(), urlTree, __spreadValues(__spreadValues({}, subsetMatchOptions), matchOptions)));
}
function containsTree(container, containee, options) {
    return pathCompareMap[options.paths](container.root, containee.root, options.matrixParams) && paramCompareMap[options.queryParams](container.queryParams, containee.queryParams) && !(options.fragment === "exact" && container.fragment !== containee.fragment);
}
function equalParams(container, containee) {
    return shallowEqual(container, containee);
}
function equalSegmentGroups(container, containee, matrixParams) {
    if (!equalPath(container.segments, containee.segments))
        return false;
    if (!matrixParamsMatch(container.segments, containee.segments, matrixParams)) {
        return false;
    }
    if (container.numberOfChildren !== containee.numberOfChildren)
        return false;
    for (const c in containee.children) {
        if (!container.children[c])
            return false;
        if (!equalSegmentGroups(container.children[c], containee.children[c], matrixParams))
            return false;
    }
    return true;
}
function containsParams(container, containee) {
    return Object.keys(containee).length <= Object.keys(container).length && Object.keys(containee).every((key) => equalArraysOrString(container[key], containee[key]));
}
function containsSegmentGroup(container, containee, matrixParams) {
    return containsSegmentGroupHelper(container, containee, containee.segments, matrixParams);
}
function containsSegmentGroupHelper(container, containee, containeePaths, matrixParams) {
    if (container.segments.length > containeePaths.length) {
        const current = container.segments.slice(0, containeePaths.length);
        if (!equalPath(current, containeePaths))
            return false;
        if (containee.hasChildren())
            return false;
        if (!matrixParamsMatch(current, containeePaths, matrixParams))
            return false;
        return true;
    }
    else if (container.segments.length === containeePaths.length) {
        if (!equalPath(container.segments, containeePaths))
            return false;
        if (!matrixParamsMatch(container.segments, containeePaths, matrixParams))
            return false;
        for (const c in containee.children) {
            if (!container.children[c])
                return false;
            if (!containsSegmentGroup(container.children[c], containee.children[c], matrixParams)) {
                return false;
            }
        }
        return true;
    }
    else {
        const current = containeePaths.slice(0, container.segments.length);
        const next = containeePaths.slice(container.segments.length);
        if (!equalPath(container.segments, current))
            return false;
        if (!matrixParamsMatch(container.segments, current, matrixParams))
            return false;
        if (!container.children[PRIMARY_OUTLET])
            return false;
        return containsSegmentGroupHelper(container.children[PRIMARY_OUTLET], containee, next, matrixParams);
    }
}
function matrixParamsMatch(containerPaths, containeePaths, options) {
    return containeePaths.every((containeeSegment, i) => {
        return paramCompareMap[options](containerPaths[i].parameters, containeeSegment.parameters);
    });
}
var UrlTree = class {
    root;
    queryParams;
    fragment;
    _queryParamMap;
    constructor(root = new UrlSegmentGroup([], {}), queryParams = {}, fragment = null) {
        this.root = root;
        this.queryParams = queryParams;
        this.fragment = fragment;
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            if (root.segments.length > 0) {
                throw new _RuntimeError(4015, "The root `UrlSegmentGroup` should not contain `segments`. Instead, these segments belong in the `children` so they can be associated with a named outlet.");
            }
        }
    }
    get queryParamMap() {
        this._queryParamMap ??= convertToParamMap(this.queryParams);
        return this._queryParamMap;
    }
    toString() {
        return DEFAULT_SERIALIZER.serialize(this);
    }
};
var UrlSegmentGroup = class {
    segments;
    children;
    parent = null;
    constructor(segments, children) {
        this.segments = segments;
        this.children = children;
        Object.values(children).forEach((v) => v.parent = this);
    }
    hasChildren() {
        return this.numberOfChildren > 0;
    }
    get numberOfChildren() {
        return Object.keys(this.children).length;
    }
    toString() {
        return serializePaths(this);
    }
};
var UrlSegment = class {
    path;
    parameters;
    _parameterMap;
    constructor(path, parameters) {
        this.path = path;
        this.parameters = parameters;
    }
    get parameterMap() {
        this._parameterMap ??= convertToParamMap(this.parameters);
        return this._parameterMap;
    }
    toString() {
        return serializePath(this);
    }
};
function equalSegments(as, bs) {
    return equalPath(as, bs) && as.every((a, i) => shallowEqual(a.parameters, bs[i].parameters));
}
function equalPath(as, bs) {
    if (as.length !== bs.length)
        return false;
    return as.every((a, i) => a.path === bs[i].path);
}
function mapChildrenIntoArray(segment, fn) {
    let res = [];
    Object.entries(segment.children).forEach(([childOutlet, child]) => {
        if (childOutlet === PRIMARY_OUTLET) {
            res = res.concat(fn(child, childOutlet));
        }
    });
    Object.entries(segment.children).forEach(([childOutlet, child]) => {
        if (childOutlet !== PRIMARY_OUTLET) {
            res = res.concat(fn(child, childOutlet));
        }
    });
    return res;
}
var UrlSerializer = class _UrlSerializer {
    static \u0275fac = function UrlSerializer_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _UrlSerializer)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _UrlSerializer,
        factory: () => (() => new DefaultUrlSerializer())()
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(UrlSerializer, [{
            type: Service,
            args: [{
                    factory: () => new DefaultUrlSerializer()
                }]
        }], null, null);
})();
var DefaultUrlSerializer = class {
    parse(url) {
        const p = new UrlParser(url);
        return new UrlTree(p.parseRootSegment(), p.parseQueryParams(), p.parseFragment());
    }
    serialize(tree2) {
        const segment = `/${serializeSegment(tree2.root, true)}`;
        const query = serializeQueryParams(tree2.queryParams);
        const fragment = typeof tree2.fragment === `string` ? `#${encodeUriFragment(tree2.fragment)}` : "";
        return `${segment}${query}${fragment}`;
    }
};
var DEFAULT_SERIALIZER = new DefaultUrlSerializer();
function serializePaths(segment) {
    return segment.segments.map((p) => serializePath(p)).join("/");
}
function serializeSegment(segment, root) {
    if (!segment.hasChildren()) {
        return serializePaths(segment);
    }
    if (root) {
        const primary = segment.children[PRIMARY_OUTLET] ? serializeSegment(segment.children[PRIMARY_OUTLET], false) : "";
        const children = [];
        Object.entries(segment.children).forEach(([k, v]) => {
            if (k !== PRIMARY_OUTLET) {
                children.push(`${k}:${serializeSegment(v, false)}`);
            }
        });
        return children.length > 0 ? `${primary}(${children.join("//")})` : primary;
    }
    else {
        const children = mapChildrenIntoArray(segment, (v, k) => {
            if (k === PRIMARY_OUTLET) {
                return [serializeSegment(segment.children[PRIMARY_OUTLET], false)];
            }
            return [`${k}:${serializeSegment(v, false)}`];
        });
        if (Object.keys(segment.children).length === 1 && segment.children[PRIMARY_OUTLET] != null) {
            return `${serializePaths(segment)}/${children[0]}`;
        }
        return `${serializePaths(segment)}/(${children.join("//")})`;
    }
}
function encodeUriString(s) {
    return encodeURIComponent(s).replace(/%40/g, "@").replace(/%3A/gi, ":").replace(/%24/g, "$").replace(/%2C/gi, ",");
}
function encodeUriQuery(s) {
    return encodeUriString(s).replace(/%3B/gi, ";");
}
function encodeUriFragment(s) {
    return encodeURI(s);
}
function encodeUriSegment(s) {
    return encodeUriString(s).replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/%26/gi, "&");
}
function decode(s) {
    return decodeURIComponent(s);
}
function decodeQuery(s) {
    return decode(s.replace(/\+/g, "%20"));
}
function serializePath(path) {
    return `${encodeUriSegment(path.path)}${serializeMatrixParams(path.parameters)}`;
}
function serializeMatrixParams(params) {
    return Object.entries(params).map(([key, value]) => `;${encodeUriSegment(key)}=${encodeUriSegment(value)}`).join("");
}
function serializeQueryParams(params) {
    const strParams = Object.entries(params).map(([name, value]) => {
        return Array.isArray(value) ? value.map((v) => `${encodeUriQuery(name)}=${encodeUriQuery(v)}`).join("&") : `${encodeUriQuery(name)}=${encodeUriQuery(value)}`;
    }).filter((s) => s);
    return strParams.length ? `?${strParams.join("&")}` : "";
}
var SLOW_ELEMENTS_SENTINEL = 1073741824;
function setUrlDerivedKey(target, key, value) {
    if (Number(key) >= 32 && !Object.hasOwn(target, SLOW_ELEMENTS_SENTINEL)) {
        target[SLOW_ELEMENTS_SENTINEL] = value;
        delete target[SLOW_ELEMENTS_SENTINEL];
    }
    target[key] = value;
}
var SEGMENT_RE = /^[^\/()?;#]+/;
function matchSegments(str) {
    const match2 = str.match(SEGMENT_RE);
    return match2 ? match2[0] : "";
}
var MATRIX_PARAM_SEGMENT_RE = /^[^\/()?;=#]+/;
function matchMatrixKeySegments(str) {
    const match2 = str.match(MATRIX_PARAM_SEGMENT_RE);
    return match2 ? match2[0] : "";
}
var QUERY_PARAM_RE = /^[^=?&#]+/;
function matchQueryParams(str) {
    const match2 = str.match(QUERY_PARAM_RE);
    return match2 ? match2[0] : "";
}
var QUERY_PARAM_VALUE_RE = /^[^&#]+/;
function matchUrlQueryParamValue(str) {
    const match2 = str.match(QUERY_PARAM_VALUE_RE);
    return match2 ? match2[0] : "";
}
var UrlParser = class {
    url;
    remaining;
    constructor(url) {
        this.url = url;
        this.remaining = url;
    }
    parseRootSegment() {
        while (this.consumeOptional("/")) {
        }
        if (this.remaining === "" || this.peekStartsWith("?") || this.peekStartsWith("#")) {
            return new UrlSegmentGroup([], {});
        }
        return new UrlSegmentGroup([], this.parseChildren());
    }
    parseQueryParams() {
        const params = {};
        if (this.consumeOptional("?")) {
            do {
                this.parseQueryParam(params);
            } while (this.consumeOptional("&"));
        }
        return params;
    }
    parseFragment() {
        return this.consumeOptional("#") ? decodeURIComponent(this.remaining) : null;
    }
    parseChildren(depth = 0) {
        if (depth > 50) {
            throw new _RuntimeError(4010, (typeof ngDevMode === "undefined" || ngDevMode) && "URL is too deep");
        }
        if (this.remaining === "") {
            return {};
        }
        this.consumeOptional("/");
        const segments = [];
        if (!this.peekStartsWith("(")) {
            segments.push(this.parseSegment());
        }
        while (this.peekStartsWith("/") && !this.peekStartsWith("//") && !this.peekStartsWith("/(")) {
            this.capture("/");
            segments.push(this.parseSegment());
        }
        let children = {};
        if (this.peekStartsWith("/(")) {
            this.capture("/");
            children = this.parseParens(true, depth);
        }
        let res = {};
        if (this.peekStartsWith("(")) {
            res = this.parseParens(false, depth);
        }
        if (segments.length > 0 || Object.keys(children).length > 0) {
            res[PRIMARY_OUTLET] = new UrlSegmentGroup(segments, children);
        }
        return res;
    }
    parseSegment() {
        const path = matchSegments(this.remaining);
        if (path === "" && this.peekStartsWith(";")) {
            throw new _RuntimeError(4009, (typeof ngDevMode === "undefined" || ngDevMode) && `Empty path url segment cannot have parameters: '${this.remaining}'.`);
        }
        this.capture(path);
        return new UrlSegment(decode(path), this.parseMatrixParams());
    }
    parseMatrixParams() {
        const params = {};
        while (this.consumeOptional(";")) {
            this.parseParam(params);
        }
        return params;
    }
    parseParam(params) {
        const key = matchMatrixKeySegments(this.remaining);
        if (!key) {
            return;
        }
        this.capture(key);
        let value = "";
        if (this.consumeOptional("=")) {
            const valueMatch = matchSegments(this.remaining);
            if (valueMatch) {
                value = valueMatch;
                this.capture(value);
            }
        }
        setUrlDerivedKey(params, decode(key), decode(value));
    }
    parseQueryParam(params) {
        const key = matchQueryParams(this.remaining);
        if (!key) {
            return;
        }
        this.capture(key);
        let value = "";
        if (this.consumeOptional("=")) {
            const valueMatch = matchUrlQueryParamValue(this.remaining);
            if (valueMatch) {
                value = valueMatch;
                this.capture(value);
            }
        }
        const decodedKey = decodeQuery(key);
        const decodedVal = decodeQuery(value);
        if (Object.hasOwn(params, decodedKey)) {
            let currentVal = params[decodedKey];
            if (!Array.isArray(currentVal)) {
                currentVal = [currentVal];
                params[decodedKey] = currentVal;
            }
            currentVal.push(decodedVal);
        }
        else {
            params[decodedKey] = decodedVal;
        }
    }
    parseParens(allowPrimary, depth) {
        const segments = /* @__PURE__ */ Object.create(null);
        this.capture("(");
        while (!this.consumeOptional(")") && this.remaining.length > 0) {
            const path = matchSegments(this.remaining);
            const next = this.remaining[path.length];
            if (next !== "/" && next !== ")" && next !== ";") {
                throw new _RuntimeError(4010, (typeof ngDevMode === "undefined" || ngDevMode) && `Cannot parse url '${this.url}'`);
            }
            let outletName;
            if (path.indexOf(":") > -1) {
                outletName = path.slice(0, path.indexOf(":"));
                this.capture(outletName);
                this.capture(":");
            }
            else if (allowPrimary) {
                outletName = PRIMARY_OUTLET;
            }
            const children = this.parseChildren(depth + 1);
            const child = Object.keys(children).length === 1 && children[PRIMARY_OUTLET] ? children[PRIMARY_OUTLET] : new UrlSegmentGroup([], children);
            setUrlDerivedKey(segments, outletName ?? PRIMARY_OUTLET, child);
            this.consumeOptional("//");
        }
        return segments;
    }
    peekStartsWith(str) {
        return this.remaining.startsWith(str);
    }
    consumeOptional(str) {
        if (this.peekStartsWith(str)) {
            this.remaining = this.remaining.substring(str.length);
            return true;
        }
        return false;
    }
    capture(str) {
        if (!this.consumeOptional(str)) {
            throw new _RuntimeError(4011, (typeof ngDevMode === "undefined" || ngDevMode) && `Expected "${str}".`);
        }
    }
};
function createRoot(rootCandidate) {
    return rootCandidate.segments.length > 0 ? new UrlSegmentGroup([], {
        [PRIMARY_OUTLET]: rootCandidate
    }) : rootCandidate;
}
function squashSegmentGroup(segmentGroup) {
    const newChildren = /* @__PURE__ */ Object.create(null);
    for (const [childOutlet, child] of Object.entries(segmentGroup.children)) {
        const childCandidate = squashSegmentGroup(child);
        if (childOutlet === PRIMARY_OUTLET && childCandidate.segments.length === 0 && childCandidate.hasChildren()) {
            for (const [grandChildOutlet, grandChild] of Object.entries(childCandidate.children)) {
                setUrlDerivedKey(newChildren, grandChildOutlet, grandChild);
            }
        }
        else if (childCandidate.segments.length > 0 || childCandidate.hasChildren()) {
            setUrlDerivedKey(newChildren, childOutlet, childCandidate);
        }
    }
    const s = new UrlSegmentGroup(segmentGroup.segments, newChildren);
    return mergeTrivialChildren(s);
}
function mergeTrivialChildren(s) {
    if (s.numberOfChildren === 1 && s.children[PRIMARY_OUTLET]) {
        const c = s.children[PRIMARY_OUTLET];
        return new UrlSegmentGroup(s.segments.concat(c.segments), c.children);
    }
    return s;
}
function isUrlTree(v) {
    return v instanceof UrlTree;
}
function createUrlTreeFromSnapshot(relativeTo, commands, queryParams = null, fragment = null, urlSerializer = new DefaultUrlSerializer()) {
    const relativeToUrlSegmentGroup = createSegmentGroupFromRoute(relativeTo);
    return createUrlTreeFromSegmentGroup(relativeToUrlSegmentGroup, commands, queryParams, fragment, urlSerializer);
}
function createSegmentGroupFromRoute(route) {
    let targetGroup;
    function createSegmentGroupFromRouteRecursive(currentRoute) {
        const childOutlets = {};
        for (const childSnapshot of currentRoute.children) {
            const root = createSegmentGroupFromRouteRecursive(childSnapshot);
            childOutlets[childSnapshot.outlet] = root;
        }
        const segmentGroup = new UrlSegmentGroup(currentRoute.url, childOutlets);
        if (currentRoute === route) {
            targetGroup = segmentGroup;
        }
        return segmentGroup;
    }
    const rootCandidate = createSegmentGroupFromRouteRecursive(route.root);
    const rootSegmentGroup = createRoot(rootCandidate);
    return targetGroup ?? rootSegmentGroup;
}
function createUrlTreeFromSegmentGroup(relativeTo, commands, queryParams, fragment, urlSerializer) {
    let root = relativeTo;
    while (root.parent) {
        root = root.parent;
    }
    if (commands.length === 0) {
        return tree(root, root, root, queryParams, fragment, urlSerializer);
    }
    const nav = computeNavigation(commands);
    if (nav.toRoot()) {
        return tree(root, root, new UrlSegmentGroup([], {}), queryParams, fragment, urlSerializer);
    }
    const position = findStartingPositionForTargetGroup(nav, root, relativeTo);
    const newSegmentGroup = position.processChildren ? updateSegmentGroupChildren(position.segmentGroup, position.index, nav.commands) : updateSegmentGroup(position.segmentGroup, position.index, nav.commands);
    return tree(root, position.segmentGroup, newSegmentGroup, queryParams, fragment, urlSerializer);
}
function isMatrixParams(command) {
    return typeof command === "object" && command != null && !command.outlets && !command.segmentPath;
}
function isCommandWithOutlets(command) {
    return typeof command === "object" && command != null && command.outlets;
}
function normalizeQueryParams(k, v, urlSerializer) {
    k ||= "\u0275";
    const tree2 = new UrlTree();
    tree2.queryParams = {
        [k]: v
    };
    return urlSerializer.parse(urlSerializer.serialize(tree2)).queryParams[k];
}
function tree(oldRoot, oldSegmentGroup, newSegmentGroup, queryParams, fragment, urlSerializer) {
    const qp = {};
    for (const [key, value] of Object.entries(queryParams ?? {})) {
        qp[key] = Array.isArray(value) ? value.map((v) => normalizeQueryParams(key, v, urlSerializer)) : normalizeQueryParams(key, value, urlSerializer);
    }
    let rootCandidate;
    if (oldRoot === oldSegmentGroup) {
        rootCandidate = newSegmentGroup;
    }
    else {
        rootCandidate = replaceSegment(oldRoot, oldSegmentGroup, newSegmentGroup);
    }
    const newRoot = createRoot(squashSegmentGroup(rootCandidate));
    return new UrlTree(newRoot, qp, fragment);
}
function replaceSegment(current, oldSegment, newSegment) {
    const children = /* @__PURE__ */ Object.create(null);
    Object.entries(current.children).forEach(([outletName, c]) => {
        if (c === oldSegment) {
            children[outletName] = newSegment;
        }
        else {
            children[outletName] = replaceSegment(c, oldSegment, newSegment);
        }
    });
    return new UrlSegmentGroup(current.segments, children);
}
var Navigation = class {
    isAbsolute;
    numberOfDoubleDots;
    commands;
    constructor(isAbsolute, numberOfDoubleDots, commands) {
        this.isAbsolute = isAbsolute;
        this.numberOfDoubleDots = numberOfDoubleDots;
        this.commands = commands;
        if (isAbsolute && commands.length > 0 && isMatrixParams(commands[0])) {
            throw new _RuntimeError(4003, (typeof ngDevMode === "undefined" || ngDevMode) && "Root segment cannot have matrix parameters");
        }
        const cmdWithOutlet = commands.find(isCommandWithOutlets);
        if (cmdWithOutlet && cmdWithOutlet !== last(commands)) {
            throw new _RuntimeError(4004, (typeof ngDevMode === "undefined" || ngDevMode) && "{outlets:{}} has to be the last command");
        }
    }
    toRoot() {
        return this.isAbsolute && this.commands.length === 1 && this.commands[0] == "/";
    }
};
function computeNavigation(commands) {
    if (typeof commands[0] === "string" && commands.length === 1 && commands[0] === "/") {
        return new Navigation(true, 0, commands);
    }
    let numberOfDoubleDots = 0;
    let isAbsolute = false;
    const res = commands.reduce((res2, cmd, cmdIdx) => {
        if (typeof cmd === "object" && cmd != null) {
            if (cmd.outlets) {
                const outlets = {};
                Object.entries(cmd.outlets).forEach(([name, commands2]) => {
                    outlets[name] = typeof commands2 === "string" ? commands2.split("/") : commands2;
                });
                return [...res2, {
                        outlets
                    }];
            }
            if (cmd.segmentPath) {
                return [...res2, cmd.segmentPath];
            }
        }
        if (!(typeof cmd === "string")) {
            return [...res2, cmd];
        }
        if (cmdIdx === 0) {
            cmd.split("/").forEach((urlPart, partIndex) => {
                if (partIndex == 0 && urlPart === ".")
                    ;
                else if (partIndex == 0 && urlPart === "") {
                    isAbsolute = true;
                }
                else if (urlPart === "..") {
                    numberOfDoubleDots++;
                }
                else if (urlPart != "") {
                    res2.push(urlPart);
                }
            });
            return res2;
        }
        return [...res2, cmd];
    }, []);
    return new Navigation(isAbsolute, numberOfDoubleDots, res);
}
var Position = class {
    segmentGroup;
    processChildren;
    index;
    constructor(segmentGroup, processChildren, index) {
        this.segmentGroup = segmentGroup;
        this.processChildren = processChildren;
        this.index = index;
    }
};
function findStartingPositionForTargetGroup(nav, root, target) {
    if (nav.isAbsolute) {
        return new Position(root, true, 0);
    }
    if (!target) {
        return new Position(root, false, NaN);
    }
    if (target.parent === null) {
        return new Position(target, true, 0);
    }
    const modifier = isMatrixParams(nav.commands[0]) ? 0 : 1;
    const index = target.segments.length - 1 + modifier;
    return createPositionApplyingDoubleDots(target, index, nav.numberOfDoubleDots);
}
function createPositionApplyingDoubleDots(group, index, numberOfDoubleDots) {
    let g = group;
    let ci = index;
    let dd = numberOfDoubleDots;
    while (dd > ci) {
        dd -= ci;
        g = g.parent;
        if (!g) {
            throw new _RuntimeError(4005, (typeof ngDevMode === "undefined" || ngDevMode) && "Invalid number of '../'");
        }
        ci = g.segments.length;
    }
    return new Position(g, false, ci - dd);
}
function getOutlets(commands) {
    if (isCommandWithOutlets(commands[0])) {
        return commands[0].outlets;
    }
    return {
        [PRIMARY_OUTLET]: commands
    };
}
function updateSegmentGroup(segmentGroup, startIndex, commands) {
    segmentGroup ??= new UrlSegmentGroup([], {});
    if (segmentGroup.segments.length === 0 && segmentGroup.hasChildren()) {
        return updateSegmentGroupChildren(segmentGroup, startIndex, commands);
    }
    const m = prefixedWith(segmentGroup, startIndex, commands);
    const slicedCommands = commands.slice(m.commandIndex);
    if (m.match && m.pathIndex < segmentGroup.segments.length) {
        const g = new UrlSegmentGroup(segmentGroup.segments.slice(0, m.pathIndex), {});
        g.children[PRIMARY_OUTLET] = new UrlSegmentGroup(segmentGroup.segments.slice(m.pathIndex), segmentGroup.children);
        return updateSegmentGroupChildren(g, 0, slicedCommands);
    }
    else if (m.match && slicedCommands.length === 0) {
        return new UrlSegmentGroup(segmentGroup.segments, {});
    }
    else if (m.match && !segmentGroup.hasChildren()) {
        return createNewSegmentGroup(segmentGroup, startIndex, commands);
    }
    else if (m.match) {
        return updateSegmentGroupChildren(segmentGroup, 0, slicedCommands);
    }
    else {
        return createNewSegmentGroup(segmentGroup, startIndex, commands);
    }
}
function updateSegmentGroupChildren(segmentGroup, startIndex, commands) {
    if (commands.length === 0) {
        return new UrlSegmentGroup(segmentGroup.segments, {});
    }
    else {
        const outlets = getOutlets(commands);
        const children = /* @__PURE__ */ Object.create(null);
        if (Object.keys(outlets).some((o) => o !== PRIMARY_OUTLET) && segmentGroup.children[PRIMARY_OUTLET] && segmentGroup.numberOfChildren === 1 && segmentGroup.children[PRIMARY_OUTLET].segments.length === 0) {
            const childrenOfEmptyChild = updateSegmentGroupChildren(segmentGroup.children[PRIMARY_OUTLET], startIndex, commands);
            return new UrlSegmentGroup(segmentGroup.segments, childrenOfEmptyChild.children);
        }
        Object.entries(outlets).forEach(([outlet, commands2]) => {
            if (typeof commands2 === "string") {
                commands2 = [commands2];
            }
            if (commands2 !== null) {
                children[outlet] = updateSegmentGroup(segmentGroup.children[outlet], startIndex, commands2);
            }
        });
        Object.entries(segmentGroup.children).forEach(([childOutlet, child]) => {
            if (outlets[childOutlet] === void 0) {
                children[childOutlet] = child;
            }
        });
        return new UrlSegmentGroup(segmentGroup.segments, children);
    }
}
function prefixedWith(segmentGroup, startIndex, commands) {
    let currentCommandIndex = 0;
    let currentPathIndex = startIndex;
    const noMatch2 = {
        match: false,
        pathIndex: 0,
        commandIndex: 0
    };
    while (currentPathIndex < segmentGroup.segments.length) {
        if (currentCommandIndex >= commands.length)
            return noMatch2;
        const path = segmentGroup.segments[currentPathIndex];
        const command = commands[currentCommandIndex];
        if (isCommandWithOutlets(command)) {
            break;
        }
        const curr = `${command}`;
        const next = currentCommandIndex < commands.length - 1 ? commands[currentCommandIndex + 1] : null;
        if (currentPathIndex > 0 && curr === void 0)
            break;
        if (curr && next && typeof next === "object" && next.outlets === void 0) {
            if (!compare(curr, next, path))
                return noMatch2;
            currentCommandIndex += 2;
        }
        else {
            if (!compare(curr, {}, path))
                return noMatch2;
            currentCommandIndex++;
        }
        currentPathIndex++;
    }
    return {
        match: true,
        pathIndex: currentPathIndex,
        commandIndex: currentCommandIndex
    };
}
function createNewSegmentGroup(segmentGroup, startIndex, commands) {
    const paths = segmentGroup.segments.slice(0, startIndex);
    let i = 0;
    while (i < commands.length) {
        const command = commands[i];
        if (isCommandWithOutlets(command)) {
            const children = createNewSegmentChildren(command.outlets);
            return new UrlSegmentGroup(paths, children);
        }
        if (i === 0 && isMatrixParams(commands[0])) {
            const p = segmentGroup.segments[startIndex];
            paths.push(new UrlSegment(p.path, stringify(commands[0])));
            i++;
            continue;
        }
        const curr = isCommandWithOutlets(command) ? command.outlets[PRIMARY_OUTLET] : `${command}`;
        const next = i < commands.length - 1 ? commands[i + 1] : null;
        if (curr && next && isMatrixParams(next)) {
            paths.push(new UrlSegment(curr, stringify(next)));
            i += 2;
        }
        else {
            paths.push(new UrlSegment(curr, {}));
            i++;
        }
    }
    return new UrlSegmentGroup(paths, {});
}
function createNewSegmentChildren(outlets) {
    const children = {};
    Object.entries(outlets).forEach(([outlet, commands]) => {
        if (typeof commands === "string") {
            commands = [commands];
        }
        if (commands !== null) {
            children[outlet] = createNewSegmentGroup(new UrlSegmentGroup([], {}), 0, commands);
        }
    });
    return children;
}
function stringify(params) {
    const res = {};
    Object.entries(params).forEach(([k, v]) => res[k] = `${v}`);
    return res;
}
function compare(path, params, segment) {
    return path == segment.path && shallowEqual(params, segment.parameters);
}
var IMPERATIVE_NAVIGATION = "imperative";
var EventType;
(function (EventType2) {
    EventType2[EventType2["NavigationStart"] = 0] = "NavigationStart";
    EventType2[EventType2["NavigationEnd"] = 1] = "NavigationEnd";
    EventType2[EventType2["NavigationCancel"] = 2] = "NavigationCancel";
    EventType2[EventType2["NavigationError"] = 3] = "NavigationError";
    EventType2[EventType2["RoutesRecognized"] = 4] = "RoutesRecognized";
    EventType2[EventType2["ResolveStart"] = 5] = "ResolveStart";
    EventType2[EventType2["ResolveEnd"] = 6] = "ResolveEnd";
    EventType2[EventType2["GuardsCheckStart"] = 7] = "GuardsCheckStart";
    EventType2[EventType2["GuardsCheckEnd"] = 8] = "GuardsCheckEnd";
    EventType2[EventType2["RouteConfigLoadStart"] = 9] = "RouteConfigLoadStart";
    EventType2[EventType2["RouteConfigLoadEnd"] = 10] = "RouteConfigLoadEnd";
    EventType2[EventType2["ChildActivationStart"] = 11] = "ChildActivationStart";
    EventType2[EventType2["ChildActivationEnd"] = 12] = "ChildActivationEnd";
    EventType2[EventType2["ActivationStart"] = 13] = "ActivationStart";
    EventType2[EventType2["ActivationEnd"] = 14] = "ActivationEnd";
    EventType2[EventType2["Scroll"] = 15] = "Scroll";
    EventType2[EventType2["NavigationSkipped"] = 16] = "NavigationSkipped";
})(EventType || (EventType = {}));
var RouterEvent = class {
    id;
    url;
    constructor(id, url) {
        this.id = id;
        this.url = url;
    }
};
var NavigationStart = class extends RouterEvent {
    type = EventType.NavigationStart;
    navigationTrigger;
    restoredState;
    constructor(id, url, navigationTrigger = "imperative", restoredState = null) {
        super(id, url);
        this.navigationTrigger = navigationTrigger;
        this.restoredState = restoredState;
    }
    toString() {
        return `NavigationStart(id: ${this.id}, url: '${this.url}')`;
    }
};
var NavigationEnd = class extends RouterEvent {
    urlAfterRedirects;
    type = EventType.NavigationEnd;
    constructor(id, url, urlAfterRedirects) {
        super(id, url);
        this.urlAfterRedirects = urlAfterRedirects;
    }
    toString() {
        return `NavigationEnd(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}')`;
    }
};
var NavigationCancellationCode;
(function (NavigationCancellationCode2) {
    NavigationCancellationCode2[NavigationCancellationCode2["Redirect"] = 0] = "Redirect";
    NavigationCancellationCode2[NavigationCancellationCode2["SupersededByNewNavigation"] = 1] = "SupersededByNewNavigation";
    NavigationCancellationCode2[NavigationCancellationCode2["NoDataFromResolver"] = 2] = "NoDataFromResolver";
    NavigationCancellationCode2[NavigationCancellationCode2["GuardRejected"] = 3] = "GuardRejected";
    NavigationCancellationCode2[NavigationCancellationCode2["Aborted"] = 4] = "Aborted";
})(NavigationCancellationCode || (NavigationCancellationCode = {}));
var NavigationSkippedCode;
(function (NavigationSkippedCode2) {
    NavigationSkippedCode2[NavigationSkippedCode2["IgnoredSameUrlNavigation"] = 0] = "IgnoredSameUrlNavigation";
    NavigationSkippedCode2[NavigationSkippedCode2["IgnoredByUrlHandlingStrategy"] = 1] = "IgnoredByUrlHandlingStrategy";
})(NavigationSkippedCode || (NavigationSkippedCode = {}));
var NavigationCancel = class extends RouterEvent {
    reason;
    code;
    type = EventType.NavigationCancel;
    constructor(id, url, reason, code) {
        super(id, url);
        this.reason = reason;
        this.code = code;
    }
    toString() {
        return `NavigationCancel(id: ${this.id}, url: '${this.url}')`;
    }
};
function isRedirectingEvent(event) {
    return event instanceof NavigationCancel && (event.code === NavigationCancellationCode.Redirect || event.code === NavigationCancellationCode.SupersededByNewNavigation);
}
var NavigationSkipped = class extends RouterEvent {
    reason;
    code;
    type = EventType.NavigationSkipped;
    constructor(id, url, reason, code) {
        super(id, url);
        this.reason = reason;
        this.code = code;
    }
};
var NavigationError = class extends RouterEvent {
    error;
    target;
    type = EventType.NavigationError;
    constructor(id, url, error, target) {
        super(id, url);
        this.error = error;
        this.target = target;
    }
    toString() {
        return `NavigationError(id: ${this.id}, url: '${this.url}', error: ${this.error})`;
    }
};
var RoutesRecognized = class extends RouterEvent {
    urlAfterRedirects;
    state;
    type = EventType.RoutesRecognized;
    constructor(id, url, urlAfterRedirects, state) {
        super(id, url);
        this.urlAfterRedirects = urlAfterRedirects;
        this.state = state;
    }
    toString() {
        return `RoutesRecognized(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`;
    }
};
var GuardsCheckStart = class extends RouterEvent {
    urlAfterRedirects;
    state;
    type = EventType.GuardsCheckStart;
    constructor(id, url, urlAfterRedirects, state) {
        super(id, url);
        this.urlAfterRedirects = urlAfterRedirects;
        this.state = state;
    }
    toString() {
        return `GuardsCheckStart(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`;
    }
};
var GuardsCheckEnd = class extends RouterEvent {
    urlAfterRedirects;
    state;
    shouldActivate;
    type = EventType.GuardsCheckEnd;
    constructor(id, url, urlAfterRedirects, state, shouldActivate) {
        super(id, url);
        this.urlAfterRedirects = urlAfterRedirects;
        this.state = state;
        this.shouldActivate = shouldActivate;
    }
    toString() {
        return `GuardsCheckEnd(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state}, shouldActivate: ${this.shouldActivate})`;
    }
};
var ResolveStart = class extends RouterEvent {
    urlAfterRedirects;
    state;
    type = EventType.ResolveStart;
    constructor(id, url, urlAfterRedirects, state) {
        super(id, url);
        this.urlAfterRedirects = urlAfterRedirects;
        this.state = state;
    }
    toString() {
        return `ResolveStart(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`;
    }
};
var ResolveEnd = class extends RouterEvent {
    urlAfterRedirects;
    state;
    type = EventType.ResolveEnd;
    constructor(id, url, urlAfterRedirects, state) {
        super(id, url);
        this.urlAfterRedirects = urlAfterRedirects;
        this.state = state;
    }
    toString() {
        return `ResolveEnd(id: ${this.id}, url: '${this.url}', urlAfterRedirects: '${this.urlAfterRedirects}', state: ${this.state})`;
    }
};
var RouteConfigLoadStart = class {
    route;
    type = EventType.RouteConfigLoadStart;
    constructor(route) {
        this.route = route;
    }
    toString() {
        return `RouteConfigLoadStart(path: ${this.route.path})`;
    }
};
var RouteConfigLoadEnd = class {
    route;
    type = EventType.RouteConfigLoadEnd;
    constructor(route) {
        this.route = route;
    }
    toString() {
        return `RouteConfigLoadEnd(path: ${this.route.path})`;
    }
};
var ChildActivationStart = class {
    snapshot;
    type = EventType.ChildActivationStart;
    constructor(snapshot) {
        this.snapshot = snapshot;
    }
    toString() {
        const path = this.snapshot.routeConfig && this.snapshot.routeConfig.path || "";
        return `ChildActivationStart(path: '${path}')`;
    }
};
var ChildActivationEnd = class {
    snapshot;
    type = EventType.ChildActivationEnd;
    constructor(snapshot) {
        this.snapshot = snapshot;
    }
    toString() {
        const path = this.snapshot.routeConfig && this.snapshot.routeConfig.path || "";
        return `ChildActivationEnd(path: '${path}')`;
    }
};
var ActivationStart = class {
    snapshot;
    type = EventType.ActivationStart;
    constructor(snapshot) {
        this.snapshot = snapshot;
    }
    toString() {
        const path = this.snapshot.routeConfig && this.snapshot.routeConfig.path || "";
        return `ActivationStart(path: '${path}')`;
    }
};
var ActivationEnd = class {
    snapshot;
    type = EventType.ActivationEnd;
    constructor(snapshot) {
        this.snapshot = snapshot;
    }
    toString() {
        const path = this.snapshot.routeConfig && this.snapshot.routeConfig.path || "";
        return `ActivationEnd(path: '${path}')`;
    }
};
var Scroll = class {
    routerEvent;
    position;
    anchor;
    scrollBehavior;
    type = EventType.Scroll;
    constructor(routerEvent, position, anchor, scrollBehavior) {
        this.routerEvent = routerEvent;
        this.position = position;
        this.anchor = anchor;
        this.scrollBehavior = scrollBehavior;
    }
    toString() {
        const pos = this.position ? `${this.position[0]}, ${this.position[1]}` : null;
        return `Scroll(anchor: '${this.anchor}', position: '${pos}')`;
    }
};
var BeforeActivateRoutes = class {
};
var BeforeRoutesRecognized = class {
};
var RedirectRequest = class {
    url;
    navigationBehaviorOptions;
    constructor(url, navigationBehaviorOptions) {
        this.url = url;
        this.navigationBehaviorOptions = navigationBehaviorOptions;
    }
};
function isPublicRouterEvent(e) {
    return !(e instanceof BeforeActivateRoutes) && !(e instanceof RedirectRequest) && !(e instanceof BeforeRoutesRecognized);
}
function stringifyEvent(routerEvent) {
    switch (routerEvent.type) {
        case EventType.ActivationEnd:
            return `ActivationEnd(path: '${routerEvent.snapshot.routeConfig?.path || ""}')`;
        case EventType.ActivationStart:
            return `ActivationStart(path: '${routerEvent.snapshot.routeConfig?.path || ""}')`;
        case EventType.ChildActivationEnd:
            return `ChildActivationEnd(path: '${routerEvent.snapshot.routeConfig?.path || ""}')`;
        case EventType.ChildActivationStart:
            return `ChildActivationStart(path: '${routerEvent.snapshot.routeConfig?.path || ""}')`;
        case EventType.GuardsCheckEnd:
            return `GuardsCheckEnd(id: ${routerEvent.id}, url: '${routerEvent.url}', urlAfterRedirects: '${routerEvent.urlAfterRedirects}', state: ${routerEvent.state}, shouldActivate: ${routerEvent.shouldActivate})`;
        case EventType.GuardsCheckStart:
            return `GuardsCheckStart(id: ${routerEvent.id}, url: '${routerEvent.url}', urlAfterRedirects: '${routerEvent.urlAfterRedirects}', state: ${routerEvent.state})`;
        case EventType.NavigationCancel:
            return `NavigationCancel(id: ${routerEvent.id}, url: '${routerEvent.url}')`;
        case EventType.NavigationSkipped:
            return `NavigationSkipped(id: ${routerEvent.id}, url: '${routerEvent.url}')`;
        case EventType.NavigationEnd:
            return `NavigationEnd(id: ${routerEvent.id}, url: '${routerEvent.url}', urlAfterRedirects: '${routerEvent.urlAfterRedirects}')`;
        case EventType.NavigationError:
            return `NavigationError(id: ${routerEvent.id}, url: '${routerEvent.url}', error: ${routerEvent.error})`;
        case EventType.NavigationStart:
            return `NavigationStart(id: ${routerEvent.id}, url: '${routerEvent.url}')`;
        case EventType.ResolveEnd:
            return `ResolveEnd(id: ${routerEvent.id}, url: '${routerEvent.url}', urlAfterRedirects: '${routerEvent.urlAfterRedirects}', state: ${routerEvent.state})`;
        case EventType.ResolveStart:
            return `ResolveStart(id: ${routerEvent.id}, url: '${routerEvent.url}', urlAfterRedirects: '${routerEvent.urlAfterRedirects}', state: ${routerEvent.state})`;
        case EventType.RouteConfigLoadEnd:
            return `RouteConfigLoadEnd(path: ${routerEvent.route.path})`;
        case EventType.RouteConfigLoadStart:
            return `RouteConfigLoadStart(path: ${routerEvent.route.path})`;
        case EventType.RoutesRecognized:
            return `RoutesRecognized(id: ${routerEvent.id}, url: '${routerEvent.url}', urlAfterRedirects: '${routerEvent.urlAfterRedirects}', state: ${routerEvent.state})`;
        case EventType.Scroll:
            const pos = routerEvent.position ? `${routerEvent.position[0]}, ${routerEvent.position[1]}` : null;
            return `Scroll(anchor: '${routerEvent.anchor}', position: '${pos}')`;
    }
}
var OutletContext = class {
    rootInjector;
    outlet = null;
    route = null;
    children;
    attachRef = null;
    get injector() {
        return this.route?.snapshot._environmentInjector ?? this.rootInjector;
    }
    constructor(rootInjector) {
        this.rootInjector = rootInjector;
        this.children = new ChildrenOutletContexts(this.rootInjector);
    }
    resetChildren() {
        this.children = new ChildrenOutletContexts(this.rootInjector);
    }
};
var ChildrenOutletContexts = class _ChildrenOutletContexts {
    rootInjector;
    contexts = /* @__PURE__ */ new Map();
    constructor(rootInjector) {
        this.rootInjector = rootInjector;
    }
    onChildOutletCreated(childName, outlet) {
        const context = this.getOrCreateContext(childName);
        context.outlet = outlet;
        this.contexts.set(childName, context);
    }
    onChildOutletDestroyed(childName) {
        const context = this.getContext(childName);
        if (context) {
            context.outlet = null;
            context.attachRef = null;
        }
    }
    onOutletDeactivated() {
        const contexts = this.contexts;
        this.contexts = /* @__PURE__ */ new Map();
        return contexts;
    }
    onOutletReAttached(contexts) {
        this.contexts = contexts;
    }
    getOrCreateContext(childName) {
        let context = this.getContext(childName);
        if (!context) {
            context = new OutletContext(this.rootInjector);
            this.contexts.set(childName, context);
        }
        return context;
    }
    getContext(childName) {
        return this.contexts.get(childName) || null;
    }
    static \u0275fac = function ChildrenOutletContexts_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _ChildrenOutletContexts)(i0.\u0275\u0275inject(i0.EnvironmentInjector));
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineInjectable({
        token: _ChildrenOutletContexts,
        factory: _ChildrenOutletContexts.\u0275fac,
        providedIn: "root"
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(ChildrenOutletContexts, [{
            type: Injectable,
            args: [{
                    providedIn: "root"
                }]
        }], () => [{
            type: i0.EnvironmentInjector
        }], null);
})();
var Tree = class {
    _root;
    constructor(root) {
        this._root = root;
    }
    get root() {
        return this._root.value;
    }
    parent(t) {
        const p = this.pathFromRoot(t);
        return p.length > 1 ? p[p.length - 2] : null;
    }
    children(t) {
        const n = findNode(t, this._root);
        return n ? n.children.map((t2) => t2.value) : [];
    }
    firstChild(t) {
        const n = findNode(t, this._root);
        return n && n.children.length > 0 ? n.children[0].value : null;
    }
    siblings(t) {
        const p = findPath(t, this._root);
        if (p.length < 2)
            return [];
        const c = p[p.length - 2].children.map((c2) => c2.value);
        return c.filter((cc) => cc !== t);
    }
    pathFromRoot(t) {
        return findPath(t, this._root).map((s) => s.value);
    }
};
function findNode(value, node) {
    if (value === node.value)
        return node;
    for (const child of node.children) {
        const node2 = findNode(value, child);
        if (node2)
            return node2;
    }
    return null;
}
function findPath(value, node) {
    if (value === node.value)
        return [node];
    for (const child of node.children) {
        const path = findPath(value, child);
        if (path.length) {
            path.unshift(node);
            return path;
        }
    }
    return [];
}
var TreeNode = class {
    value;
    children;
    constructor(value, children) {
        this.value = value;
        this.children = children;
    }
    toString() {
        return `TreeNode(${this.value})`;
    }
};
function nodeChildrenAsMap(node) {
    const map2 = {};
    if (node) {
        node.children.forEach((child) => map2[child.value.outlet] = child);
    }
    return map2;
}
var RouterState = class extends Tree {
    snapshot;
    constructor(root, snapshot) {
        super(root);
        this.snapshot = snapshot;
        setRouterState(this, root);
    }
    toString() {
        return this.snapshot.toString();
    }
};
function createEmptyState(rootComponent, injector) {
    const snapshot = createEmptyStateSnapshot(rootComponent, injector);
    const emptyUrl = new BehaviorSubject([new UrlSegment("", {})]);
    const emptyParams = new BehaviorSubject({});
    const emptyData = new BehaviorSubject({});
    const emptyQueryParams = new BehaviorSubject({});
    const fragment = new BehaviorSubject("");
    const activated = new ActivatedRoute(emptyUrl, emptyParams, emptyQueryParams, fragment, emptyData, PRIMARY_OUTLET, rootComponent, snapshot.root);
    activated.snapshot = snapshot.root;
    return new RouterState(new TreeNode(activated, []), snapshot);
}
function createEmptyStateSnapshot(rootComponent, injector) {
    const emptyParams = {};
    const emptyData = {};
    const emptyQueryParams = {};
    const fragment = "";
    const activated = new ActivatedRouteSnapshot([], emptyParams, emptyQueryParams, fragment, emptyData, PRIMARY_OUTLET, rootComponent, null, {}, injector);
    return new RouterStateSnapshot("", new TreeNode(activated, []));
}
var ActivatedRoute = class {
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
    constructor(urlSubject, paramsSubject, queryParamsSubject, fragmentSubject, dataSubject, outlet, component, futureSnapshot) {
        this.urlSubject = urlSubject;
        this.paramsSubject = paramsSubject;
        this.queryParamsSubject = queryParamsSubject;
        this.fragmentSubject = fragmentSubject;
        this.dataSubject = dataSubject;
        this.outlet = outlet;
        this.component = component;
        this._futureSnapshot = futureSnapshot;
        this.title = this.dataSubject?.pipe(map((d) => d[RouteTitleKey])) ?? of(void 0);
        this.url = urlSubject;
        this.params = paramsSubject;
        this.queryParams = queryParamsSubject;
        this.fragment = fragmentSubject;
        this.data = dataSubject;
    }
    get routeConfig() {
        return this._futureSnapshot.routeConfig;
    }
    get root() {
        return this._routerState.root;
    }
    get parent() {
        return this._routerState.parent(this);
    }
    get firstChild() {
        return this._routerState.firstChild(this);
    }
    get children() {
        return this._routerState.children(this);
    }
    get pathFromRoot() {
        return this._routerState.pathFromRoot(this);
    }
    get paramMap() {
        this._paramMap ??= this.params.pipe(map((p) => convertToParamMap(p)));
        return this._paramMap;
    }
    get queryParamMap() {
        this._queryParamMap ??= this.queryParams.pipe(map((p) => convertToParamMap(p)));
        return this._queryParamMap;
    }
    toString() {
        return this.snapshot ? this.snapshot.toString() : `Future(${this._futureSnapshot})`;
    }
    _setPending(snapshot) {
        this._futureSnapshot = snapshot;
        this.pending?.set(true);
    }
};
var DEFAULT_PARAMS_INHERITANCE_STRATEGY = "always";
function getInherited(route, parent, paramsInheritanceStrategy) {
    let inherited;
    const { routeConfig } = route;
    if (parent !== null && (paramsInheritanceStrategy === "always" || routeConfig?.path === "" || !parent.component && !parent.routeConfig?.loadComponent)) {
        inherited = {
            params: __spreadValues(__spreadValues({}, parent.params), route.params),
            data: __spreadValues(__spreadValues({}, parent.data), route.data),
            resolve: __spreadValues(__spreadValues(__spreadValues(__spreadValues({}, route.data), parent.data), routeConfig?.data), route._resolvedData)
        };
    }
    else {
        inherited = {
            params: __spreadValues({}, route.params),
            data: __spreadValues({}, route.data),
            resolve: __spreadValues(__spreadValues({}, route.data), route._resolvedData ?? {})
        };
    }
    if (routeConfig && hasStaticTitle(routeConfig)) {
        inherited.resolve[RouteTitleKey] = routeConfig.title;
    }
    return inherited;
}
var ActivatedRouteSnapshot = class {
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
    get title() {
        return this.data?.[RouteTitleKey];
    }
    constructor(url, params, queryParams, fragment, data, outlet, component, routeConfig, resolve, environmentInjector) {
        this.url = url;
        this.params = params;
        this.queryParams = queryParams;
        this.fragment = fragment;
        this.data = data;
        this.outlet = outlet;
        this.component = component;
        this.routeConfig = routeConfig;
        this._resolve = resolve;
        this._environmentInjector = environmentInjector;
    }
    get root() {
        return this._routerState.root;
    }
    get parent() {
        return this._routerState.parent(this);
    }
    get firstChild() {
        return this._routerState.firstChild(this);
    }
    get children() {
        return this._routerState.children(this);
    }
    get pathFromRoot() {
        return this._routerState.pathFromRoot(this);
    }
    get paramMap() {
        this._paramMap ??= convertToParamMap(this.params);
        return this._paramMap;
    }
    get queryParamMap() {
        this._queryParamMap ??= convertToParamMap(this.queryParams);
        return this._queryParamMap;
    }
    toString() {
        const url = this.url.map((segment) => segment.toString()).join("/");
        const matched = this.routeConfig ? this.routeConfig.path : "";
        return `Route(url:'${url}', path:'${matched}')`;
    }
};
var RouterStateSnapshot = class extends Tree {
    url;
    constructor(url, root) {
        super(root);
        this.url = url;
        setRouterState(this, root);
    }
    toString() {
        return serializeNode(this._root);
    }
};
function setRouterState(state, node) {
    node.value._routerState = state;
    node.children.forEach((c) => setRouterState(state, c));
}
function serializeNode(node) {
    const c = node.children.length > 0 ? ` { ${node.children.map(serializeNode).join(", ")} } ` : "";
    return `${node.value}${c}`;
}
function advanceActivatedRoute(route) {
    if (route.snapshot) {
        const currentSnapshot = route.snapshot;
        const nextSnapshot = route._futureSnapshot;
        route.snapshot = nextSnapshot;
        if (!shallowEqual(currentSnapshot.queryParams, nextSnapshot.queryParams)) {
            route.queryParamsSubject.next(nextSnapshot.queryParams);
        }
        if (currentSnapshot.fragment !== nextSnapshot.fragment) {
            route.fragmentSubject.next(nextSnapshot.fragment);
        }
        if (!shallowEqual(currentSnapshot.params, nextSnapshot.params)) {
            route.paramsSubject.next(nextSnapshot.params);
        }
        if (!shallowEqualArrays(currentSnapshot.url, nextSnapshot.url)) {
            route.urlSubject.next(nextSnapshot.url);
        }
        if (!shallowEqual(currentSnapshot.data, nextSnapshot.data)) {
            route.dataSubject.next(nextSnapshot.data);
        }
    }
    else {
        route.snapshot = route._futureSnapshot;
        route.dataSubject.next(route._futureSnapshot.data);
    }
}
function initializeActivatedRoute(route) {
    if (route.paramsSignal !== void 0) {
        return;
    }
    const writableRoute = route;
    const pendingSignal = signal(false, ...ngDevMode ? [{
            debugName: "pendingSignal"
        }] : []);
    writableRoute.pending = pendingSignal;
    writableRoute.paramsSignal = computed(() => pendingSignal() || !route.snapshot ? route._futureSnapshot.params : route.snapshot.params, ...ngDevMode ? [{
            debugName: "paramsSignal"
        }] : []);
    writableRoute.queryParamsSignal = computed(() => pendingSignal() || !route.snapshot ? route._futureSnapshot.queryParams : route.snapshot.queryParams, ...ngDevMode ? [{
            debugName: "queryParamsSignal"
        }] : []);
    writableRoute.paramMapSignal = computed(() => convertToParamMap(route.paramsSignal()), ...ngDevMode ? [{
            debugName: "paramMapSignal"
        }] : []);
    writableRoute.queryParamMapSignal = computed(() => convertToParamMap(route.queryParamsSignal()), ...ngDevMode ? [{
            debugName: "queryParamMapSignal"
        }] : []);
    writableRoute.fragmentSignal = computed(() => pendingSignal() || !route.snapshot ? route._futureSnapshot.fragment : route.snapshot.fragment, ...ngDevMode ? [{
            debugName: "fragmentSignal"
        }] : []);
    writableRoute.dataSignal = computed(() => pendingSignal() || !route.snapshot ? route._futureSnapshot.data : route.snapshot.data, ...ngDevMode ? [{
            debugName: "dataSignal"
        }] : []);
    writableRoute._setPending = (snapshot) => {
        route._futureSnapshot = snapshot;
        pendingSignal.set(true);
    };
}
function equalParamsAndUrlSegments(a, b) {
    const equalUrlParams = shallowEqual(a.params, b.params) && equalSegments(a.url, b.url);
    const parentsMismatch = !a.parent !== !b.parent;
    return equalUrlParams && !parentsMismatch && (!a.parent || equalParamsAndUrlSegments(a.parent, b.parent));
}
function hasStaticTitle(config) {
    return typeof config.title === "string" || config.title === null;
}
var ROUTER_OUTLET_DATA = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "RouterOutlet data" : "");
var RouterOutlet = class _RouterOutlet {
    activated = null;
    get activatedComponentRef() {
        return this.activated;
    }
    _activatedRoute = null;
    name = PRIMARY_OUTLET;
    activateEvents = new EventEmitter();
    deactivateEvents = new EventEmitter();
    attachEvents = new EventEmitter();
    detachEvents = new EventEmitter();
    routerOutletData = input(...ngDevMode ? [void 0, {
            debugName: "routerOutletData"
        }] : []);
    parentContexts = inject(ChildrenOutletContexts);
    location = inject(ViewContainerRef);
    changeDetector = inject(ChangeDetectorRef);
    inputBinder = inject(INPUT_BINDER, {
        optional: true
    });
    supportsBindingToComponentInputs = true;
    ngOnChanges(changes) {
        if (changes["name"]) {
            const { firstChange, previousValue } = changes["name"];
            if (firstChange) {
                return;
            }
            if (this.isTrackedInParentContexts(previousValue)) {
                this.deactivate();
                this.parentContexts.onChildOutletDestroyed(previousValue);
            }
            this.initializeOutletWithName();
        }
    }
    ngOnDestroy() {
        if (this.isTrackedInParentContexts(this.name)) {
            this.parentContexts.onChildOutletDestroyed(this.name);
        }
        this.inputBinder?.unsubscribeFromRouteData(this);
    }
    isTrackedInParentContexts(outletName) {
        return this.parentContexts.getContext(outletName)?.outlet === this;
    }
    ngOnInit() {
        this.initializeOutletWithName();
    }
    initializeOutletWithName() {
        this.parentContexts.onChildOutletCreated(this.name, this);
        if (this.activated) {
            return;
        }
        const context = this.parentContexts.getContext(this.name);
        if (context?.route) {
            if (context.attachRef) {
                this.attach(context.attachRef, context.route);
            }
            else {
                this.activateWith(context.route, context.injector);
            }
        }
    }
    get isActivated() {
        return !!this.activated;
    }
    get component() {
        if (!this.activated)
            throw new _RuntimeError(4012, (typeof ngDevMode === "undefined" || ngDevMode) && "Outlet is not activated");
        return this.activated.instance;
    }
    get activatedRoute() {
        if (!this.activated)
            throw new _RuntimeError(4012, (typeof ngDevMode === "undefined" || ngDevMode) && "Outlet is not activated");
        return this._activatedRoute;
    }
    get activatedRouteData() {
        if (this._activatedRoute) {
            return this._activatedRoute.snapshot.data;
        }
        return {};
    }
    detach() {
        if (!this.activated)
            throw new _RuntimeError(4012, (typeof ngDevMode === "undefined" || ngDevMode) && "Outlet is not activated");
        this.location.detach();
        const cmp = this.activated;
        this.activated = null;
        this._activatedRoute = null;
        this.detachEvents.emit(cmp.instance);
        return cmp;
    }
    attach(ref, activatedRoute) {
        this.activated = ref;
        this._activatedRoute = activatedRoute;
        this.location.insert(ref.hostView);
        this.inputBinder?.bindActivatedRouteToOutletComponent(this, this.location.injector);
        this.attachEvents.emit(ref.instance);
    }
    deactivate() {
        if (this.activated) {
            const c = this.component;
            this.activated.destroy();
            this.activated = null;
            this._activatedRoute = null;
            this.deactivateEvents.emit(c);
        }
    }
    activateWith(activatedRoute, environmentInjector) {
        if (this.isActivated) {
            throw new _RuntimeError(4013, (typeof ngDevMode === "undefined" || ngDevMode) && "Cannot activate an already activated outlet");
        }
        this._activatedRoute = activatedRoute;
        const location = this.location;
        const snapshot = activatedRoute.snapshot;
        const component = snapshot.component;
        const childContexts = this.parentContexts.getOrCreateContext(this.name).children;
        const injector = new OutletInjector(activatedRoute, childContexts, location.injector, this.routerOutletData);
        this.activated = location.createComponent(component, {
            index: location.length,
            injector,
            environmentInjector
        });
        this.changeDetector.markForCheck();
        this.inputBinder?.bindActivatedRouteToOutletComponent(this, this.location.injector);
        this.activateEvents.emit(this.activated.instance);
    }
    static \u0275fac = function RouterOutlet_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RouterOutlet)();
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _RouterOutlet,
        selectors: [["router-outlet"]],
        inputs: {
            name: "name",
            routerOutletData: [1, "routerOutletData"]
        },
        outputs: {
            activateEvents: "activate",
            deactivateEvents: "deactivate",
            attachEvents: "attach",
            detachEvents: "detach"
        },
        exportAs: ["outlet"],
        features: [i0.\u0275\u0275NgOnChangesFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RouterOutlet, [{
            type: Directive,
            args: [{
                    selector: "router-outlet",
                    exportAs: "outlet"
                }]
        }], null, {
        name: [{
                type: Input2
            }],
        activateEvents: [{
                type: Output,
                args: ["activate"]
            }],
        deactivateEvents: [{
                type: Output,
                args: ["deactivate"]
            }],
        attachEvents: [{
                type: Output,
                args: ["attach"]
            }],
        detachEvents: [{
                type: Output,
                args: ["detach"]
            }],
        routerOutletData: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "routerOutletData",
                        required: false
                    }]
            }]
    });
})();
var OutletInjector = class {
    route;
    childContexts;
    parent;
    outletData;
    constructor(route, childContexts, parent, outletData) {
        this.route = route;
        this.childContexts = childContexts;
        this.parent = parent;
        this.outletData = outletData;
    }
    get(token, notFoundValue) {
        if (token === ActivatedRoute) {
            return this.route;
        }
        if (token === ChildrenOutletContexts) {
            return this.childContexts;
        }
        if (token === ROUTER_OUTLET_DATA) {
            return this.outletData;
        }
        return this.parent.get(token, notFoundValue);
    }
};
var INPUT_BINDER = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "Router Input Binder" : "");
var RoutedComponentInputBinder = class _RoutedComponentInputBinder {
    options;
    feature;
    outletDataSubscriptions = /* @__PURE__ */ new Map();
    outletSeenKeys = /* @__PURE__ */ new Map();
    outletEffects = /* @__PURE__ */ new Map();
    constructor(options, feature = null) {
        this.options = options;
        this.feature = feature;
        this.options.queryParams ??= true;
    }
    bindActivatedRouteToOutletComponent(outlet, injector) {
        this.unsubscribeFromRouteData(outlet);
        this.subscribeToRouteData(outlet, injector);
    }
    unsubscribeFromRouteData(outlet) {
        this.outletDataSubscriptions.get(outlet)?.unsubscribe();
        this.outletDataSubscriptions.delete(outlet);
        this.outletSeenKeys.delete(outlet);
        this.outletEffects.get(outlet)?.forEach((effect2) => effect2.destroy());
        this.outletEffects.delete(outlet);
    }
    subscribeToRouteData(outlet, injector) {
        const { activatedRoute } = outlet;
        const effects = [];
        let keysBoundToBlockingResources = [];
        if (this.feature?.createResourceOutletBindingEffects && outlet.activatedComponentRef) {
            const { handledKeys, createdEffects } = this.feature.createResourceOutletBindingEffects(outlet.activatedComponentRef, activatedRoute, injector);
            effects.push(...createdEffects);
            keysBoundToBlockingResources = handledKeys;
        }
        if (effects.length > 0) {
            this.outletEffects.set(outlet, effects);
        }
        const dataSubscription = combineLatest([this.options.queryParams ? activatedRoute.queryParams : of({}), activatedRoute.params, activatedRoute.data]).pipe(switchMap(([queryParams, params, data], index) => {
            data = __spreadValues(__spreadValues(__spreadValues(__spreadValues({}, queryParams), params), data), activatedRoute.resources || {});
            if (index === 0) {
                return of(data);
            }
            return Promise.resolve(data);
        })).subscribe((data) => {
            if (!outlet.isActivated || !outlet.activatedComponentRef || outlet.activatedRoute !== activatedRoute || activatedRoute.component === null) {
                this.unsubscribeFromRouteData(outlet);
                return;
            }
            const currentMirror = reflectComponentType(activatedRoute.component);
            if (!currentMirror) {
                this.unsubscribeFromRouteData(outlet);
                return;
            }
            let seenKeys = this.outletSeenKeys.get(outlet);
            if (!seenKeys) {
                seenKeys = /* @__PURE__ */ new Set();
                this.outletSeenKeys.set(outlet, seenKeys);
            }
            for (const key of Object.keys(data)) {
                seenKeys.add(key);
            }
            const behavior = this.options.unmatchedInputBehavior ?? "alwaysUndefined";
            for (const { templateName } of currentMirror.inputs) {
                if (keysBoundToBlockingResources.includes(templateName)) {
                    continue;
                }
                const value = data[templateName];
                if (value !== void 0 || behavior === "alwaysUndefined" || seenKeys.has(templateName)) {
                    outlet.activatedComponentRef.setInput(templateName, value);
                }
            }
        });
        this.outletDataSubscriptions.set(outlet, dataSubscription);
    }
    static \u0275fac = function RoutedComponentInputBinder_Factory(__ngFactoryType__) {
        i0.\u0275\u0275invalidFactory();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineInjectable({
        token: _RoutedComponentInputBinder,
        factory: _RoutedComponentInputBinder.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RoutedComponentInputBinder, [{
            type: Injectable
        }], () => [{
            type: void 0
        }, {
            type: void 0
        }], null);
})();
var \u0275EmptyOutletComponent = class _\u0275EmptyOutletComponent {
    static \u0275fac = function \u0275EmptyOutletComponent_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _\u0275EmptyOutletComponent)();
    };
    static \u0275cmp = /* @__PURE__ */ i0.\u0275\u0275defineComponent({
        type: _\u0275EmptyOutletComponent,
        selectors: [["ng-component"]],
        exportAs: ["emptyRouterOutlet"],
        decls: 1,
        vars: 0,
        template: function _EmptyOutletComponent_Template(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275element(0, "router-outlet");
            }
        },
        dependencies: [RouterOutlet],
        encapsulation: 2,
        changeDetection: 1
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(\u0275EmptyOutletComponent, [{
            type: Component,
            args: [{
                    template: `<router-outlet />`,
                    imports: [RouterOutlet],
                    exportAs: "emptyRouterOutlet",
                    changeDetection: ChangeDetectionStrategy.Eager
                }]
        }], null, null);
})();
function standardizeConfig(r) {
    const children = r.children && r.children.map(standardizeConfig);
    const c = children ? __spreadProps(__spreadValues({}, r), {
        children
    }) : __spreadValues({}, r);
    if (!c.component && !c.loadComponent && (children || c.loadChildren) && c.outlet && c.outlet !== PRIMARY_OUTLET) {
        c.component = \u0275EmptyOutletComponent;
    }
    return c;
}
function createRouterState(routeReuseStrategy, curr, prevState) {
    const newlyCreatedRoutes = /* @__PURE__ */ new Set();
    const root = createNode(routeReuseStrategy, curr._root, prevState ? prevState._root : void 0, newlyCreatedRoutes);
    return {
        newlyCreatedRoutes,
        state: new RouterState(root, curr)
    };
}
function createNode(routeReuseStrategy, curr, prevState, newlyCreatedRoutes) {
    if (prevState && routeReuseStrategy.shouldReuseRoute(curr.value, prevState.value.snapshot)) {
        const value = prevState.value;
        value._setPending(curr.value);
        const children = createOrReuseChildren(routeReuseStrategy, curr, prevState, newlyCreatedRoutes);
        return new TreeNode(value, children);
    }
    else {
        if (routeReuseStrategy.shouldAttach(curr.value)) {
            const detachedRouteHandle = routeReuseStrategy.retrieve(curr.value);
            if (detachedRouteHandle !== null) {
                const tree2 = detachedRouteHandle.route;
                tree2.value._setPending(curr.value);
                tree2.children = curr.children.map((c) => createNode(routeReuseStrategy, c, void 0, newlyCreatedRoutes));
                return tree2;
            }
        }
        const value = createActivatedRoute(curr.value);
        value._setPending(curr.value);
        newlyCreatedRoutes.add(value);
        const children = curr.children.map((c) => createNode(routeReuseStrategy, c, void 0, newlyCreatedRoutes));
        return new TreeNode(value, children);
    }
}
function createOrReuseChildren(routeReuseStrategy, curr, prevState, newlyCreatedRoutes) {
    return curr.children.map((child) => {
        for (const p of prevState.children) {
            if (routeReuseStrategy.shouldReuseRoute(child.value, p.value.snapshot)) {
                return createNode(routeReuseStrategy, child, p, newlyCreatedRoutes);
            }
        }
        return createNode(routeReuseStrategy, child, void 0, newlyCreatedRoutes);
    });
}
function createActivatedRoute(c) {
    return new ActivatedRoute(new BehaviorSubject(c.url), new BehaviorSubject(c.params), new BehaviorSubject(c.queryParams), new BehaviorSubject(c.fragment), new BehaviorSubject(c.data), c.outlet, c.component, c);
}
var RedirectCommand = class {
    redirectTo;
    navigationBehaviorOptions;
    constructor(redirectTo, navigationBehaviorOptions) {
        this.redirectTo = redirectTo;
        this.navigationBehaviorOptions = navigationBehaviorOptions;
    }
};
var NAVIGATION_CANCELING_ERROR = "ngNavigationCancelingError";
function redirectingNavigationError(urlSerializer, redirect) {
    const { redirectTo, navigationBehaviorOptions } = isUrlTree(redirect) ? {
        redirectTo: redirect,
        navigationBehaviorOptions: void 0
    } : redirect;
    const error = navigationCancelingError(ngDevMode && `Redirecting to "${urlSerializer.serialize(redirectTo)}"`, NavigationCancellationCode.Redirect);
    error.url = redirectTo;
    error.navigationBehaviorOptions = navigationBehaviorOptions;
    return error;
}
function navigationCancelingError(message, code) {
    const error = new Error(`NavigationCancelingError: ${message || ""}`);
    error[NAVIGATION_CANCELING_ERROR] = true;
    error.cancellationCode = code;
    return error;
}
function isRedirectingNavigationCancelingError(error) {
    return isNavigationCancelingError(error) && isUrlTree(error.url);
}
function isNavigationCancelingError(error) {
    return !!error && error[NAVIGATION_CANCELING_ERROR];
}
var warnedAboutUnsupportedInputBinding = false;
var ActivateRoutes = class {
    routeReuseStrategy;
    futureState;
    currState;
    forwardEvent;
    inputBindingEnabled;
    constructor(routeReuseStrategy, futureState, currState, forwardEvent, inputBindingEnabled) {
        this.routeReuseStrategy = routeReuseStrategy;
        this.futureState = futureState;
        this.currState = currState;
        this.forwardEvent = forwardEvent;
        this.inputBindingEnabled = inputBindingEnabled;
    }
    activate(parentContexts) {
        const futureRoot = this.futureState._root;
        const currRoot = this.currState ? this.currState._root : null;
        this.deactivateChildRoutes(futureRoot, currRoot, parentContexts);
        advanceActivatedRoute(this.futureState.root);
        this.activateChildRoutes(futureRoot, currRoot, parentContexts);
    }
    deactivateChildRoutes(futureNode, currNode, contexts) {
        const children = nodeChildrenAsMap(currNode);
        futureNode.children.forEach((futureChild) => {
            const childOutletName = futureChild.value.outlet;
            this.deactivateRoutes(futureChild, children[childOutletName], contexts);
            delete children[childOutletName];
        });
        Object.values(children).forEach((v) => {
            this.deactivateRouteAndItsChildren(v, contexts);
        });
    }
    deactivateRoutes(futureNode, currNode, parentContext) {
        const future = futureNode.value;
        const curr = currNode ? currNode.value : null;
        if (future === curr) {
            if (future.component) {
                const context = parentContext.getContext(future.outlet);
                if (context) {
                    this.deactivateChildRoutes(futureNode, currNode, context.children);
                }
            }
            else {
                this.deactivateChildRoutes(futureNode, currNode, parentContext);
            }
        }
        else {
            if (curr) {
                this.deactivateRouteAndItsChildren(currNode, parentContext);
            }
        }
    }
    deactivateRouteAndItsChildren(route, parentContexts) {
        if (route.value.component && this.routeReuseStrategy.shouldDetach(route.value.snapshot)) {
            this.detachAndStoreRouteSubtree(route, parentContexts);
        }
        else {
            this.deactivateRouteAndOutlet(route, parentContexts);
        }
    }
    detachAndStoreRouteSubtree(route, parentContexts) {
        const context = parentContexts.getContext(route.value.outlet);
        const contexts = context && route.value.component ? context.children : parentContexts;
        const children = nodeChildrenAsMap(route);
        for (const treeNode of Object.values(children)) {
            this.deactivateRouteAndItsChildren(treeNode, contexts);
        }
        if (context && context.outlet) {
            const componentRef = context.outlet.detach();
            const contexts2 = context.children.contexts;
            context.resetChildren();
            this.routeReuseStrategy.store(route.value.snapshot, {
                componentRef,
                route,
                contexts: contexts2
            });
        }
    }
    deactivateRouteAndOutlet(route, parentContexts) {
        const context = parentContexts.getContext(route.value.outlet);
        const contexts = context && route.value.component ? context.children : parentContexts;
        const children = nodeChildrenAsMap(route);
        for (const treeNode of Object.values(children)) {
            this.deactivateRouteAndItsChildren(treeNode, contexts);
        }
        if (context) {
            if (context.outlet) {
                context.outlet.deactivate();
                context.children.onOutletDeactivated();
            }
            context.attachRef = null;
            context.route = null;
        }
        route.value._localInjector?.destroy();
    }
    activateChildRoutes(futureNode, currNode, contexts) {
        const children = nodeChildrenAsMap(currNode);
        futureNode.children.forEach((c) => {
            this.activateRoutes(c, children[c.value.outlet], contexts);
            this.forwardEvent(new ActivationEnd(c.value.snapshot));
        });
        if (futureNode.children.length) {
            this.forwardEvent(new ChildActivationEnd(futureNode.value.snapshot));
        }
    }
    activateRoutes(futureNode, currNode, parentContexts) {
        const future = futureNode.value;
        const curr = currNode ? currNode.value : null;
        advanceActivatedRoute(future);
        if (future === curr) {
            if (future.component) {
                const context = parentContexts.getOrCreateContext(future.outlet);
                this.activateChildRoutes(futureNode, currNode, context.children);
            }
            else {
                this.activateChildRoutes(futureNode, currNode, parentContexts);
            }
        }
        else {
            if (future.component) {
                const context = parentContexts.getOrCreateContext(future.outlet);
                if (this.routeReuseStrategy.shouldAttach(future.snapshot)) {
                    const stored = this.routeReuseStrategy.retrieve(future.snapshot);
                    this.routeReuseStrategy.store(future.snapshot, null);
                    context.children.onOutletReAttached(stored.contexts);
                    context.attachRef = stored.componentRef;
                    context.route = stored.route.value;
                    if (context.outlet) {
                        context.outlet.attach(stored.componentRef, stored.route.value);
                    }
                    advanceActivatedRoute(stored.route.value);
                    this.activateChildRoutes(futureNode, null, context.children);
                }
                else {
                    context.attachRef = null;
                    context.route = future;
                    if (context.outlet) {
                        context.outlet.activateWith(future, context.injector);
                    }
                    this.activateChildRoutes(futureNode, null, context.children);
                }
            }
            else {
                this.activateChildRoutes(futureNode, null, parentContexts);
            }
        }
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            const context = parentContexts.getOrCreateContext(future.outlet);
            const outlet = context.outlet;
            if (outlet && this.inputBindingEnabled && !outlet.supportsBindingToComponentInputs && !warnedAboutUnsupportedInputBinding) {
                console.warn(`'withComponentInputBinding' feature is enabled but this application is using an outlet that may not support binding to component inputs.`);
                warnedAboutUnsupportedInputBinding = true;
            }
        }
    }
};
var CanActivate = class {
    path;
    route;
    constructor(path) {
        this.path = path;
        this.route = this.path[this.path.length - 1];
    }
};
var CanDeactivate = class {
    component;
    route;
    constructor(component, route) {
        this.component = component;
        this.route = route;
    }
};
function getAllRouteGuards(future, curr, parentContexts) {
    const futureRoot = future._root;
    const currRoot = curr ? curr._root : null;
    return getChildRouteGuards(futureRoot, currRoot, parentContexts, [futureRoot.value]);
}
function getCanActivateChild(p) {
    const canActivateChild = p.routeConfig ? p.routeConfig.canActivateChild : null;
    if (!canActivateChild || canActivateChild.length === 0)
        return null;
    return {
        node: p,
        guards: canActivateChild
    };
}
function getTokenOrFunctionIdentity(tokenOrFunction, injector) {
    const NOT_FOUND = /* @__PURE__ */ Symbol();
    const result = injector.get(tokenOrFunction, NOT_FOUND);
    if (result === NOT_FOUND) {
        if (typeof tokenOrFunction === "function" && !_isInjectable(tokenOrFunction)) {
            return tokenOrFunction;
        }
        else {
            return injector.get(tokenOrFunction);
        }
    }
    return result;
}
function getChildRouteGuards(futureNode, currNode, contexts, futurePath, checks = {
    canDeactivateChecks: [],
    canActivateChecks: []
}) {
    const prevChildren = nodeChildrenAsMap(currNode);
    futureNode.children.forEach((c) => {
        getRouteGuards(c, prevChildren[c.value.outlet], contexts, futurePath.concat([c.value]), checks);
        delete prevChildren[c.value.outlet];
    });
    Object.entries(prevChildren).forEach(([k, v]) => deactivateRouteAndItsChildren(v, contexts.getContext(k), contexts, checks));
    return checks;
}
function getRouteGuards(futureNode, currNode, parentContexts, futurePath, checks = {
    canDeactivateChecks: [],
    canActivateChecks: []
}) {
    const future = futureNode.value;
    const curr = currNode ? currNode.value : null;
    const context = parentContexts ? parentContexts.getContext(futureNode.value.outlet) : null;
    if (curr && future.routeConfig === curr.routeConfig) {
        const shouldRun = shouldRunGuardsAndResolvers(curr, future, future.routeConfig.runGuardsAndResolvers);
        if (shouldRun) {
            checks.canActivateChecks.push(new CanActivate(futurePath));
        }
        else {
            future.data = curr.data;
            future._resolvedData = curr._resolvedData;
        }
        if (future.component) {
            getChildRouteGuards(futureNode, currNode, context ? context.children : null, futurePath, checks);
        }
        else {
            getChildRouteGuards(futureNode, currNode, parentContexts, futurePath, checks);
        }
        if (shouldRun && context && context.outlet && context.outlet.isActivated) {
            checks.canDeactivateChecks.push(new CanDeactivate(context.outlet.component, curr));
        }
    }
    else {
        if (curr) {
            deactivateRouteAndItsChildren(currNode, context, parentContexts, checks);
        }
        checks.canActivateChecks.push(new CanActivate(futurePath));
        if (future.component) {
            getChildRouteGuards(futureNode, null, context ? context.children : null, futurePath, checks);
        }
        else {
            getChildRouteGuards(futureNode, null, parentContexts, futurePath, checks);
        }
    }
    return checks;
}
function shouldRunGuardsAndResolvers(curr, future, mode) {
    if (typeof mode === "function") {
        return runInInjectionContext(future._environmentInjector, () => mode(curr, future));
    }
    switch (mode) {
        case "pathParamsChange":
            return !equalPath(curr.url, future.url);
        case "pathParamsOrQueryParamsChange":
            return !equalPath(curr.url, future.url) || !shallowEqual(curr.queryParams, future.queryParams);
        case "always":
            return true;
        case "paramsOrQueryParamsChange":
            return !equalParamsAndUrlSegments(curr, future) || !shallowEqual(curr.queryParams, future.queryParams);
        case "paramsChange":
        default:
            return !equalParamsAndUrlSegments(curr, future);
    }
}
function deactivateRouteAndItsChildren(route, context, parentContexts, checks) {
    const children = nodeChildrenAsMap(route);
    const r = route.value;
    Object.entries(children).forEach(([childName, node]) => {
        if (!r.component) {
            deactivateRouteAndItsChildren(node, parentContexts ? parentContexts.getContext(childName) : null, parentContexts, checks);
        }
        else if (context) {
            deactivateRouteAndItsChildren(node, context.children.getContext(childName), context.children, checks);
        }
        else {
            deactivateRouteAndItsChildren(node, null, null, checks);
        }
    });
    if (!r.component) {
        checks.canDeactivateChecks.push(new CanDeactivate(null, r));
    }
    else if (context && context.outlet && context.outlet.isActivated) {
        checks.canDeactivateChecks.push(new CanDeactivate(context.outlet.component, r));
    }
    else {
        checks.canDeactivateChecks.push(new CanDeactivate(null, r));
    }
}
function isFunction(v) {
    return typeof v === "function";
}
function isBoolean(v) {
    return typeof v === "boolean";
}
function isCanLoad(guard) {
    return guard && isFunction(guard.canLoad);
}
function isCanActivate(guard) {
    return guard && isFunction(guard.canActivate);
}
function isCanActivateChild(guard) {
    return guard && isFunction(guard.canActivateChild);
}
function isCanDeactivate(guard) {
    return guard && isFunction(guard.canDeactivate);
}
function isCanMatch(guard) {
    return guard && isFunction(guard.canMatch);
}
function isEmptyError(e) {
    return e instanceof EmptyError || e?.name === "EmptyError";
}
var INITIAL_VALUE = /* @__PURE__ */ Symbol("INITIAL_VALUE");
function prioritizedGuardValue() {
    return switchMap((obs) => {
        return combineLatest(obs.map((o) => o.pipe(take(1), startWith(INITIAL_VALUE)))).pipe(map((results) => {
            for (const result of results) {
                if (result === true) {
                    continue;
                }
                else if (result === INITIAL_VALUE) {
                    return INITIAL_VALUE;
                }
                else if (result === false || isRedirect(result)) {
                    return result;
                }
            }
            return true;
        }), filter((item) => item !== INITIAL_VALUE), take(1));
    });
}
function isRedirect(val) {
    return isUrlTree(val) || val instanceof RedirectCommand;
}
function abortSignalToObservable(signal3) {
    if (signal3.aborted) {
        return of(void 0).pipe(take(1));
    }
    return new Observable((subscriber) => {
        const handler = () => {
            subscriber.next();
            subscriber.complete();
        };
        signal3.addEventListener("abort", handler);
        return () => signal3.removeEventListener("abort", handler);
    });
}
function takeUntilAbort(signal3) {
    return takeUntil(abortSignalToObservable(signal3));
}
function checkGuards(forwardEvent) {
    return mergeMap((t) => {
        const { targetSnapshot, currentSnapshot, guards: { canActivateChecks, canDeactivateChecks } } = t;
        if (canDeactivateChecks.length === 0 && canActivateChecks.length === 0) {
            return of(__spreadProps(__spreadValues({}, t), {
                guardsResult: true
            }));
        }
        return runCanDeactivateChecks(canDeactivateChecks, targetSnapshot, currentSnapshot).pipe(mergeMap((canDeactivate) => {
            return canDeactivate && isBoolean(canDeactivate) ? runCanActivateChecks(targetSnapshot, canActivateChecks, forwardEvent) : of(canDeactivate);
        }), map((guardsResult) => __spreadProps(__spreadValues({}, t), {
            guardsResult
        })));
    });
}
function runCanDeactivateChecks(checks, futureRSS, currRSS) {
    return from(checks).pipe(mergeMap((check) => runCanDeactivate(check.component, check.route, currRSS, futureRSS)), first((result) => {
        return result !== true;
    }, true));
}
function runCanActivateChecks(futureSnapshot, checks, forwardEvent) {
    return from(checks).pipe(concatMap((check) => {
        return concat(fireChildActivationStart(check.route.parent, forwardEvent), fireActivationStart(check.route, forwardEvent), runCanActivateChild(futureSnapshot, check.path), runCanActivate(futureSnapshot, check.route));
    }), first((result) => {
        return result !== true;
    }, true));
}
function fireActivationStart(snapshot, forwardEvent) {
    if (snapshot !== null && forwardEvent) {
        forwardEvent(new ActivationStart(snapshot));
    }
    return of(true);
}
function fireChildActivationStart(snapshot, forwardEvent) {
    if (snapshot !== null && forwardEvent) {
        forwardEvent(new ChildActivationStart(snapshot));
    }
    return of(true);
}
function runCanActivate(futureRSS, futureARS) {
    const canActivate = futureARS.routeConfig ? futureARS.routeConfig.canActivate : null;
    if (!canActivate || canActivate.length === 0)
        return of(true);
    const canActivateObservables = canActivate.map((canActivate2) => {
        return defer(() => {
            const closestInjector = futureARS._environmentInjector;
            const guard = getTokenOrFunctionIdentity(canActivate2, closestInjector);
            const guardVal = isCanActivate(guard) ? guard.canActivate(futureARS, futureRSS) : runInInjectionContext(closestInjector, () => guard(futureARS, futureRSS));
            return wrapIntoObservable(guardVal).pipe(first());
        });
    });
    return of(canActivateObservables).pipe(prioritizedGuardValue());
}
function runCanActivateChild(futureRSS, path) {
    const futureARS = path[path.length - 1];
    const canActivateChildGuards = path.slice(0, path.length - 1).reverse().map((p) => getCanActivateChild(p)).filter((_) => _ !== null);
    const canActivateChildGuardsMapped = canActivateChildGuards.map((d) => {
        return defer(() => {
            const guardsMapped = d.guards.map((canActivateChild) => {
                const closestInjector = d.node._environmentInjector;
                const guard = getTokenOrFunctionIdentity(canActivateChild, closestInjector);
                const guardVal = isCanActivateChild(guard) ? guard.canActivateChild(futureARS, futureRSS) : runInInjectionContext(closestInjector, () => guard(futureARS, futureRSS));
                return wrapIntoObservable(guardVal).pipe(first());
            });
            return of(guardsMapped).pipe(prioritizedGuardValue());
        });
    });
    return of(canActivateChildGuardsMapped).pipe(prioritizedGuardValue());
}
function runCanDeactivate(component, currARS, currRSS, futureRSS) {
    const canDeactivate = currARS && currARS.routeConfig ? currARS.routeConfig.canDeactivate : null;
    if (!canDeactivate || canDeactivate.length === 0)
        return of(true);
    const canDeactivateObservables = canDeactivate.map((c) => {
        const closestInjector = currARS._environmentInjector;
        const guard = getTokenOrFunctionIdentity(c, closestInjector);
        const guardVal = isCanDeactivate(guard) ? guard.canDeactivate(component, currARS, currRSS, futureRSS) : runInInjectionContext(closestInjector, () => guard(component, currARS, currRSS, futureRSS));
        return wrapIntoObservable(guardVal).pipe(first());
    });
    return of(canDeactivateObservables).pipe(prioritizedGuardValue());
}
function runCanLoadGuards(injector, route, segments, urlSerializer, abortSignal) {
    const canLoad = route.canLoad;
    if (canLoad === void 0 || canLoad.length === 0) {
        return of(true);
    }
    const canLoadObservables = canLoad.map((injectionToken) => {
        const guard = getTokenOrFunctionIdentity(injectionToken, injector);
        const guardVal = isCanLoad(guard) ? guard.canLoad(route, segments) : runInInjectionContext(injector, () => guard(route, segments));
        const obs$ = wrapIntoObservable(guardVal);
        return abortSignal ? obs$.pipe(takeUntilAbort(abortSignal)) : obs$;
    });
    return of(canLoadObservables).pipe(prioritizedGuardValue(), redirectIfUrlTree(urlSerializer));
}
function redirectIfUrlTree(urlSerializer) {
    return pipe(tap((result) => {
        if (typeof result === "boolean")
            return;
        throw redirectingNavigationError(urlSerializer, result);
    }), map((result) => result === true));
}
function runCanMatchGuards(injector, route, segments, urlSerializer, currentSnapshot, abortSignal) {
    const canMatch = route.canMatch;
    if (!canMatch || canMatch.length === 0)
        return of(true);
    const canMatchObservables = canMatch.map((injectionToken) => {
        const guard = getTokenOrFunctionIdentity(injectionToken, injector);
        const guardVal = isCanMatch(guard) ? guard.canMatch(route, segments, currentSnapshot) : runInInjectionContext(injector, () => guard(route, segments, currentSnapshot));
        return wrapIntoObservable(guardVal).pipe(takeUntilAbort(abortSignal));
    });
    return of(canMatchObservables).pipe(prioritizedGuardValue(), redirectIfUrlTree(urlSerializer));
}
var NoMatch = class _NoMatch extends Error {
    segmentGroup;
    constructor(segmentGroup) {
        super();
        this.segmentGroup = segmentGroup || null;
        Object.setPrototypeOf(this, _NoMatch.prototype);
    }
};
var AbsoluteRedirect = class _AbsoluteRedirect extends Error {
    urlTree;
    constructor(urlTree) {
        super();
        this.urlTree = urlTree;
        Object.setPrototypeOf(this, _AbsoluteRedirect.prototype);
    }
};
function namedOutletsRedirect(redirectTo) {
    throw new _RuntimeError(4e3, (typeof ngDevMode === "undefined" || ngDevMode) && `Only absolute redirects can have named outlets. redirectTo: '${redirectTo}'`);
}
function canLoadFails(route) {
    throw navigationCancelingError((typeof ngDevMode === "undefined" || ngDevMode) && `Cannot load children because the guard of the route "path: '${route.path}'" returned false`, NavigationCancellationCode.GuardRejected);
}
var ApplyRedirects = class {
    urlSerializer;
    urlTree;
    constructor(urlSerializer, urlTree) {
        this.urlSerializer = urlSerializer;
        this.urlTree = urlTree;
    }
    lineralizeSegments(route, urlTree) {
        return __async(this, null, function* () {
            let res = [];
            let c = urlTree.root;
            while (true) {
                res = res.concat(c.segments);
                if (c.numberOfChildren === 0) {
                    return res;
                }
                if (c.numberOfChildren > 1 || !c.children[PRIMARY_OUTLET]) {
                    throw namedOutletsRedirect(`${route.redirectTo}`);
                }
                c = c.children[PRIMARY_OUTLET];
            }
        });
    }
    applyRedirectCommands(segments, redirectTo, posParams, currentSnapshot, injector) {
        return __async(this, null, function* () {
            const redirect = yield getRedirectResult(redirectTo, currentSnapshot, injector);
            if (redirect instanceof UrlTree) {
                throw new AbsoluteRedirect(redirect);
            }
            const newTree = this.applyRedirectCreateUrlTree(redirect, this.urlSerializer.parse(redirect), segments, posParams);
            if (redirect[0] === "/") {
                throw new AbsoluteRedirect(newTree);
            }
            return newTree;
        });
    }
    applyRedirectCreateUrlTree(redirectTo, urlTree, segments, posParams) {
        const newRoot = this.createSegmentGroup(redirectTo, urlTree.root, segments, posParams);
        return new UrlTree(newRoot, this.createQueryParams(urlTree.queryParams, this.urlTree.queryParams), urlTree.fragment);
    }
    createQueryParams(redirectToParams, actualParams) {
        const res = {};
        Object.entries(redirectToParams).forEach(([k, v]) => {
            const copySourceValue = typeof v === "string" && v[0] === ":";
            if (copySourceValue) {
                const sourceName = v.substring(1);
                res[k] = actualParams[sourceName];
            }
            else {
                res[k] = v;
            }
        });
        return res;
    }
    createSegmentGroup(redirectTo, group, segments, posParams) {
        const updatedSegments = this.createSegments(redirectTo, group.segments, segments, posParams);
        let children = /* @__PURE__ */ Object.create(null);
        Object.entries(group.children).forEach(([name, child]) => {
            children[name] = this.createSegmentGroup(redirectTo, child, segments, posParams);
        });
        return new UrlSegmentGroup(updatedSegments, children);
    }
    createSegments(redirectTo, redirectToSegments, actualSegments, posParams) {
        return redirectToSegments.map((s) => s.path[0] === ":" ? this.findPosParam(redirectTo, s, posParams) : this.findOrReturn(s, actualSegments));
    }
    findPosParam(redirectTo, redirectToUrlSegment, posParams) {
        const pos = posParams[redirectToUrlSegment.path.substring(1)];
        if (!pos)
            throw new _RuntimeError(4001, (typeof ngDevMode === "undefined" || ngDevMode) && `Cannot redirect to '${redirectTo}'. Cannot find '${redirectToUrlSegment.path}'.`);
        return pos;
    }
    findOrReturn(redirectToUrlSegment, actualSegments) {
        let idx = 0;
        for (const s of actualSegments) {
            if (s.path === redirectToUrlSegment.path) {
                actualSegments.splice(idx);
                return s;
            }
            idx++;
        }
        return redirectToUrlSegment;
    }
};
function getRedirectResult(redirectTo, currentSnapshot, injector) {
    if (typeof redirectTo === "string") {
        return Promise.resolve(redirectTo);
    }
    const redirectToFn = redirectTo;
    return firstValueFrom(wrapIntoObservable(runInInjectionContext(injector, () => redirectToFn(currentSnapshot))));
}
function getOrCreateRouteInjectorIfNeeded(route, currentInjector) {
    if (route.providers && !route._injector) {
        route._injector = createEnvironmentInjector(route.providers, currentInjector, `Route: ${route.path}`);
    }
    return route._injector ?? currentInjector;
}
function validateConfig(config, parentPath = "", requireStandaloneComponents = false) {
    for (let i = 0; i < config.length; i++) {
        const route = config[i];
        const fullPath = getFullPath(parentPath, route);
        validateNode(route, fullPath, requireStandaloneComponents);
    }
}
function assertStandalone(fullPath, component) {
    if (component && _isNgModule(component)) {
        throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}'. You are using 'loadComponent' with a module, but it must be used with standalone components. Use 'loadChildren' instead.`);
    }
    else if (component && !isStandalone(component)) {
        throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}'. The component must be standalone.`);
    }
}
function validateNode(route, fullPath, requireStandaloneComponents) {
    if (typeof ngDevMode === "undefined" || ngDevMode) {
        if (!route) {
            throw new _RuntimeError(4014, `
      Invalid configuration of route '${fullPath}': Encountered undefined route.
      The reason might be an extra comma.

      Example:
      const routes: Routes = [
        { path: '', redirectTo: '/dashboard', pathMatch: 'full' },
        { path: 'dashboard',  component: DashboardComponent },, << two commas
        { path: 'detail/:id', component: HeroDetailComponent }
      ];
    `);
        }
        if (Array.isArray(route)) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': Array cannot be specified`);
        }
        if (!route.redirectTo && !route.component && !route.loadComponent && !route.children && !route.loadChildren && route.outlet && route.outlet !== PRIMARY_OUTLET) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': a componentless route without children or loadChildren cannot have a named outlet set`);
        }
        if (route.redirectTo && route.children) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': redirectTo and children cannot be used together`);
        }
        if (route.redirectTo && route.loadChildren) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': redirectTo and loadChildren cannot be used together`);
        }
        if (route.children && route.loadChildren) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': children and loadChildren cannot be used together`);
        }
        if (route.component && route.loadComponent) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': component and loadComponent cannot be used together`);
        }
        if (route.redirectTo) {
            if (route.component || route.loadComponent) {
                throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': redirectTo and component/loadComponent cannot be used together`);
            }
            if (route.canMatch || route.canActivate) {
                throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': redirectTo and ${route.canMatch ? "canMatch" : "canActivate"} cannot be used together.Redirects happen before guards are executed.`);
            }
        }
        if (route.path && route.matcher) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': path and matcher cannot be used together`);
        }
        if (route.redirectTo === void 0 && !route.component && !route.loadComponent && !route.children && !route.loadChildren) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}'. One of the following must be provided: component, loadComponent, redirectTo, children or loadChildren`);
        }
        if (route.path === void 0 && route.matcher === void 0) {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': routes must have either a path or a matcher specified`);
        }
        if (typeof route.path === "string" && route.path.charAt(0) === "/") {
            throw new _RuntimeError(4014, `Invalid configuration of route '${fullPath}': path cannot start with a slash`);
        }
        if (route.path === "" && route.redirectTo !== void 0 && route.pathMatch === void 0) {
            const exp = `The default value of 'pathMatch' is 'prefix', but often the intent is to use 'full'.`;
            throw new _RuntimeError(4014, `Invalid configuration of route '{path: "${fullPath}", redirectTo: "${route.redirectTo}"}': please provide 'pathMatch'. ${exp}`);
        }
        if (requireStandaloneComponents) {
            assertStandalone(fullPath, route.component);
        }
    }
    if (route.children) {
        validateConfig(route.children, fullPath, requireStandaloneComponents);
    }
}
function getFullPath(parentPath, currentRoute) {
    if (!currentRoute) {
        return parentPath;
    }
    if (!parentPath && !currentRoute.path) {
        return "";
    }
    else if (parentPath && !currentRoute.path) {
        return `${parentPath}/`;
    }
    else if (!parentPath && currentRoute.path) {
        return currentRoute.path;
    }
    else {
        return `${parentPath}/${currentRoute.path}`;
    }
}
function getOutlet(route) {
    return route.outlet || PRIMARY_OUTLET;
}
function sortByMatchingOutlets(routes, outletName) {
    const sortedConfig = routes.filter((r) => getOutlet(r) === outletName);
    sortedConfig.push(...routes.filter((r) => getOutlet(r) !== outletName));
    return sortedConfig;
}
var noMatch = {
    matched: false,
    consumedSegments: [],
    remainingSegments: [],
    parameters: {},
    positionalParamSegments: {}
};
function createPreMatchRouteSnapshot(snapshot) {
    return {
        routeConfig: snapshot.routeConfig,
        url: snapshot.url,
        params: snapshot.params,
        queryParams: snapshot.queryParams,
        fragment: snapshot.fragment,
        data: snapshot.data,
        outlet: snapshot.outlet,
        title: snapshot.title,
        paramMap: snapshot.paramMap,
        queryParamMap: snapshot.queryParamMap
    };
}
function matchWithChecks(segmentGroup, route, segments, injector, urlSerializer, createSnapshot, abortSignal) {
    const result = match(segmentGroup, route, segments);
    if (!result.matched) {
        return of(result);
    }
    const currentSnapshot = createPreMatchRouteSnapshot(createSnapshot(result));
    injector = getOrCreateRouteInjectorIfNeeded(route, injector);
    return runCanMatchGuards(injector, route, segments, urlSerializer, currentSnapshot, abortSignal).pipe(map((v) => v === true ? result : __spreadValues({}, noMatch)));
}
function match(segmentGroup, route, segments) {
    if (route.path === "") {
        if (route.pathMatch === "full" && (segmentGroup.hasChildren() || segments.length > 0)) {
            return __spreadValues({}, noMatch);
        }
        return {
            matched: true,
            consumedSegments: [],
            remainingSegments: segments,
            parameters: {},
            positionalParamSegments: {}
        };
    }
    const matcher = route.matcher || defaultUrlMatcher;
    const res = matcher(segments, segmentGroup, route);
    if (!res)
        return __spreadValues({}, noMatch);
    const posParams = {};
    Object.entries(res.posParams ?? {}).forEach(([k, v]) => {
        posParams[k] = v.path;
    });
    const parameters = res.consumed.length > 0 ? __spreadValues(__spreadValues({}, posParams), res.consumed[res.consumed.length - 1].parameters) : posParams;
    return {
        matched: true,
        consumedSegments: res.consumed,
        remainingSegments: segments.slice(res.consumed.length),
        parameters,
        positionalParamSegments: res.posParams ?? {}
    };
}
function split(segmentGroup, consumedSegments, slicedSegments, config, outlet) {
    if (slicedSegments.length > 0 && containsEmptyPathMatchesWithNamedOutlets(segmentGroup, slicedSegments, config, outlet)) {
        const s2 = new UrlSegmentGroup(consumedSegments, createChildrenForEmptyPaths(config, new UrlSegmentGroup(slicedSegments, segmentGroup.children)));
        return {
            segmentGroup: s2,
            slicedSegments: []
        };
    }
    if (slicedSegments.length === 0 && containsEmptyPathMatches(segmentGroup, slicedSegments, config)) {
        const s2 = new UrlSegmentGroup(segmentGroup.segments, addEmptyPathsToChildrenIfNeeded(segmentGroup, slicedSegments, config, segmentGroup.children));
        return {
            segmentGroup: s2,
            slicedSegments
        };
    }
    const s = new UrlSegmentGroup(segmentGroup.segments, segmentGroup.children);
    return {
        segmentGroup: s,
        slicedSegments
    };
}
function addEmptyPathsToChildrenIfNeeded(segmentGroup, slicedSegments, routes, children) {
    const res = {};
    for (const r of routes) {
        if (emptyPathMatch(segmentGroup, slicedSegments, r) && !children[getOutlet(r)]) {
            const s = new UrlSegmentGroup([], {});
            res[getOutlet(r)] = s;
        }
    }
    return __spreadValues(__spreadValues({}, children), res);
}
function createChildrenForEmptyPaths(routes, primarySegment) {
    const res = {};
    res[PRIMARY_OUTLET] = primarySegment;
    for (const r of routes) {
        if (r.path === "" && getOutlet(r) !== PRIMARY_OUTLET) {
            const s = new UrlSegmentGroup([], {});
            res[getOutlet(r)] = s;
        }
    }
    return res;
}
function containsEmptyPathMatchesWithNamedOutlets(segmentGroup, slicedSegments, routes, outlet) {
    return routes.some((r) => {
        const matchesEmpty = emptyPathMatch(segmentGroup, slicedSegments, r);
        if (!matchesEmpty)
            return false;
        const isNamedOutlet = getOutlet(r) !== PRIMARY_OUTLET;
        if (!isNamedOutlet)
            return false;
        const isSelfEvaluating = outlet !== void 0 && getOutlet(r) === outlet;
        return !isSelfEvaluating;
    });
}
function containsEmptyPathMatches(segmentGroup, slicedSegments, routes) {
    return routes.some((r) => emptyPathMatch(segmentGroup, slicedSegments, r));
}
function emptyPathMatch(segmentGroup, slicedSegments, r) {
    if ((segmentGroup.hasChildren() || slicedSegments.length > 0) && r.pathMatch === "full") {
        return false;
    }
    return r.path === "";
}
function noLeftoversInUrl(segmentGroup, segments, outlet) {
    return segments.length === 0 && !segmentGroup.children[outlet];
}
var NoLeftoversInUrl = class {
};
function recognize$1(injector, configLoader, rootComponentType, config, urlTree, urlSerializer, paramsInheritanceStrategy, abortSignal) {
    return __async(this, null, function* () {
        return new Recognizer(injector, configLoader, rootComponentType, config, urlTree, paramsInheritanceStrategy, urlSerializer, abortSignal).recognize();
    });
}
var MAX_ALLOWED_REDIRECTS = 31;
var Recognizer = class {
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
    allowRedirects = true;
    constructor(injector, configLoader, rootComponentType, config, urlTree, paramsInheritanceStrategy, urlSerializer, abortSignal) {
        this.injector = injector;
        this.configLoader = configLoader;
        this.rootComponentType = rootComponentType;
        this.config = config;
        this.urlTree = urlTree;
        this.paramsInheritanceStrategy = paramsInheritanceStrategy;
        this.urlSerializer = urlSerializer;
        this.abortSignal = abortSignal;
        this.applyRedirects = new ApplyRedirects(this.urlSerializer, this.urlTree);
    }
    noMatchError(e) {
        return new _RuntimeError(4002, typeof ngDevMode === "undefined" || ngDevMode ? `Cannot match any routes. URL Segment: '${e.segmentGroup}'` : `'${e.segmentGroup}'`);
    }
    recognize() {
        return __async(this, null, function* () {
            const rootSegmentGroup = split(this.urlTree.root, [], [], this.config).segmentGroup;
            const { children, rootSnapshot } = yield this.match(rootSegmentGroup);
            const rootNode = new TreeNode(rootSnapshot, children);
            const routeState = new RouterStateSnapshot("", rootNode);
            const tree2 = createUrlTreeFromSnapshot(rootSnapshot, [], this.urlTree.queryParams, this.urlTree.fragment);
            tree2.queryParams = this.urlTree.queryParams;
            routeState.url = this.urlSerializer.serialize(tree2);
            return {
                state: routeState,
                tree: tree2
            };
        });
    }
    match(rootSegmentGroup) {
        return __async(this, null, function* () {
            const rootSnapshot = new ActivatedRouteSnapshot([], Object.freeze({}), Object.freeze(__spreadValues({}, this.urlTree.queryParams)), this.urlTree.fragment, Object.freeze({}), PRIMARY_OUTLET, this.rootComponentType, null, {}, this.injector);
            try {
                const children = yield this.processSegmentGroup(this.injector, this.config, rootSegmentGroup, PRIMARY_OUTLET, rootSnapshot);
                return {
                    children,
                    rootSnapshot
                };
            }
            catch (e) {
                if (e instanceof AbsoluteRedirect) {
                    this.urlTree = e.urlTree;
                    return this.match(e.urlTree.root);
                }
                if (e instanceof NoMatch) {
                    throw this.noMatchError(e);
                }
                throw e;
            }
        });
    }
    processSegmentGroup(injector, config, segmentGroup, outlet, parentRoute) {
        return __async(this, null, function* () {
            if (segmentGroup.segments.length === 0 && segmentGroup.hasChildren()) {
                return this.processChildren(injector, config, segmentGroup, parentRoute);
            }
            const child = yield this.processSegment(injector, config, segmentGroup, segmentGroup.segments, outlet, true, parentRoute);
            return child instanceof TreeNode ? [child] : [];
        });
    }
    processChildren(injector, config, segmentGroup, parentRoute) {
        return __async(this, null, function* () {
            const childOutlets = [];
            for (const child of Object.keys(segmentGroup.children)) {
                if (child === "primary") {
                    childOutlets.unshift(child);
                }
                else {
                    childOutlets.push(child);
                }
            }
            let children = [];
            for (const childOutlet of childOutlets) {
                const child = segmentGroup.children[childOutlet];
                const sortedConfig = sortByMatchingOutlets(config, childOutlet);
                const outletChildren = yield this.processSegmentGroup(injector, sortedConfig, child, childOutlet, parentRoute);
                children.push(...outletChildren);
            }
            const mergedChildren = mergeEmptyPathMatches(children);
            if (typeof ngDevMode === "undefined" || ngDevMode) {
                checkOutletNameUniqueness(mergedChildren);
            }
            sortActivatedRouteSnapshots(mergedChildren);
            return mergedChildren;
        });
    }
    processSegment(injector, routes, segmentGroup, segments, outlet, allowRedirects, parentRoute) {
        return __async(this, null, function* () {
            for (const r of routes) {
                try {
                    return yield this.processSegmentAgainstRoute(r._injector ?? injector, routes, r, segmentGroup, segments, outlet, allowRedirects, parentRoute);
                }
                catch (e) {
                    if (e instanceof NoMatch || isEmptyError(e)) {
                        continue;
                    }
                    throw e;
                }
            }
            if (noLeftoversInUrl(segmentGroup, segments, outlet)) {
                return new NoLeftoversInUrl();
            }
            throw new NoMatch(segmentGroup);
        });
    }
    processSegmentAgainstRoute(injector, routes, route, rawSegment, segments, outlet, allowRedirects, parentRoute) {
        return __async(this, null, function* () {
            if (getOutlet(route) !== outlet && (outlet === PRIMARY_OUTLET || !emptyPathMatch(rawSegment, segments, route))) {
                throw new NoMatch(rawSegment);
            }
            if (route.redirectTo === void 0) {
                return this.matchSegmentAgainstRoute(injector, rawSegment, route, segments, outlet, parentRoute);
            }
            if (this.allowRedirects && allowRedirects) {
                return this.expandSegmentAgainstRouteUsingRedirect(injector, rawSegment, routes, route, segments, outlet, parentRoute);
            }
            throw new NoMatch(rawSegment);
        });
    }
    expandSegmentAgainstRouteUsingRedirect(injector, segmentGroup, routes, route, segments, outlet, parentRoute) {
        return __async(this, null, function* () {
            const { matched, parameters, consumedSegments, positionalParamSegments, remainingSegments } = match(segmentGroup, route, segments);
            if (!matched)
                throw new NoMatch(segmentGroup);
            if (typeof route.redirectTo === "string" && route.redirectTo[0] === "/") {
                this.absoluteRedirectCount++;
                if (this.absoluteRedirectCount > MAX_ALLOWED_REDIRECTS) {
                    if (ngDevMode) {
                        throw new _RuntimeError(4016, `Detected possible infinite redirect when redirecting from '${this.urlTree}' to '${route.redirectTo}'.
This is currently a dev mode only error but will become a call stack size exceeded error in production in a future major version.`);
                    }
                    this.allowRedirects = false;
                }
            }
            const currentSnapshot = this.createSnapshot(injector, route, segments, parameters, parentRoute);
            if (this.abortSignal.aborted) {
                throw new Error(this.abortSignal.reason);
            }
            const newTree = yield this.applyRedirects.applyRedirectCommands(consumedSegments, route.redirectTo, positionalParamSegments, createPreMatchRouteSnapshot(currentSnapshot), injector);
            const newSegments = yield this.applyRedirects.lineralizeSegments(route, newTree);
            return this.processSegment(injector, routes, segmentGroup, newSegments.concat(remainingSegments), outlet, false, parentRoute);
        });
    }
    createSnapshot(injector, route, segments, parameters, parentRoute) {
        const snapshot = new ActivatedRouteSnapshot(segments, parameters, Object.freeze(__spreadValues({}, this.urlTree.queryParams)), this.urlTree.fragment, getData(route), getOutlet(route), route.component ?? route._loadedComponent ?? null, route, getResolve(route), injector);
        const inherited = getInherited(snapshot, parentRoute, this.paramsInheritanceStrategy);
        snapshot.params = Object.freeze(inherited.params);
        snapshot.data = Object.freeze(inherited.data);
        return snapshot;
    }
    matchSegmentAgainstRoute(injector, rawSegment, route, segments, outlet, parentRoute) {
        return __async(this, null, function* () {
            if (this.abortSignal.aborted) {
                throw new Error(this.abortSignal.reason);
            }
            const createSnapshot = (result2) => this.createSnapshot(injector, route, result2.consumedSegments, result2.parameters, parentRoute);
            const result = yield firstValueFrom(matchWithChecks(rawSegment, route, segments, injector, this.urlSerializer, createSnapshot, this.abortSignal));
            if (route.path === "**") {
                rawSegment.children = {};
            }
            if (!result?.matched) {
                throw new NoMatch(rawSegment);
            }
            injector = route._injector ?? injector;
            const { routes: childConfig } = yield this.getChildConfig(injector, route, segments);
            const childInjector = route._loadedInjector ?? injector;
            const { parameters, consumedSegments, remainingSegments } = result;
            const snapshot = this.createSnapshot(injector, route, consumedSegments, parameters, parentRoute);
            const { segmentGroup, slicedSegments } = split(rawSegment, consumedSegments, remainingSegments, childConfig, outlet);
            if (slicedSegments.length === 0 && segmentGroup.hasChildren()) {
                const children = yield this.processChildren(childInjector, childConfig, segmentGroup, snapshot);
                return new TreeNode(snapshot, children);
            }
            if (childConfig.length === 0 && slicedSegments.length === 0) {
                return new TreeNode(snapshot, []);
            }
            const matchedOnOutlet = getOutlet(route) === outlet;
            const child = yield this.processSegment(childInjector, childConfig, segmentGroup, slicedSegments, matchedOnOutlet ? PRIMARY_OUTLET : outlet, true, snapshot);
            return new TreeNode(snapshot, child instanceof TreeNode ? [child] : []);
        });
    }
    getChildConfig(injector, route, segments) {
        return __async(this, null, function* () {
            if (route.children) {
                return {
                    routes: route.children,
                    injector
                };
            }
            if (route.loadChildren) {
                if (route._loadedRoutes !== void 0) {
                    const ngModuleFactory = route._loadedNgModuleFactory;
                    if (ngModuleFactory && !route._loadedInjector) {
                        route._loadedInjector = ngModuleFactory.create(injector).injector;
                    }
                    return {
                        routes: route._loadedRoutes,
                        injector: route._loadedInjector
                    };
                }
                if (this.abortSignal.aborted) {
                    throw new Error(this.abortSignal.reason);
                }
                const shouldLoadResult = yield firstValueFrom(runCanLoadGuards(injector, route, segments, this.urlSerializer, this.abortSignal));
                if (shouldLoadResult) {
                    const cfg = yield this.configLoader.loadChildren(injector, route);
                    route._loadedRoutes = cfg.routes;
                    route._loadedInjector = cfg.injector;
                    route._loadedNgModuleFactory = cfg.factory;
                    return cfg;
                }
                throw canLoadFails(route);
            }
            return {
                routes: [],
                injector
            };
        });
    }
};
function sortActivatedRouteSnapshots(nodes) {
    nodes.sort((a, b) => {
        if (a.value.outlet === PRIMARY_OUTLET)
            return -1;
        if (b.value.outlet === PRIMARY_OUTLET)
            return 1;
        return a.value.outlet.localeCompare(b.value.outlet);
    });
}
function hasEmptyPathConfig(node) {
    const config = node.value.routeConfig;
    return config && config.path === "";
}
function mergeEmptyPathMatches(nodes) {
    const result = [];
    const mergedNodes = /* @__PURE__ */ new Set();
    for (const node of nodes) {
        if (!hasEmptyPathConfig(node)) {
            result.push(node);
            continue;
        }
        const duplicateEmptyPathNode = result.find((resultNode) => node.value.routeConfig === resultNode.value.routeConfig);
        if (duplicateEmptyPathNode !== void 0) {
            duplicateEmptyPathNode.children.push(...node.children);
            mergedNodes.add(duplicateEmptyPathNode);
        }
        else {
            result.push(node);
        }
    }
    for (const mergedNode of mergedNodes) {
        const mergedChildren = mergeEmptyPathMatches(mergedNode.children);
        result.push(new TreeNode(mergedNode.value, mergedChildren));
    }
    return result.filter((n) => !mergedNodes.has(n));
}
function checkOutletNameUniqueness(nodes) {
    const names = {};
    nodes.forEach((n) => {
        const routeWithSameOutletName = names[n.value.outlet];
        if (routeWithSameOutletName) {
            const p = routeWithSameOutletName.url.map((s) => s.toString()).join("/");
            const c = n.value.url.map((s) => s.toString()).join("/");
            throw new _RuntimeError(4006, (typeof ngDevMode === "undefined" || ngDevMode) && `Two segments cannot have the same outlet name: '${p}' and '${c}'.`);
        }
        names[n.value.outlet] = n.value;
    });
}
function getData(route) {
    return route.data || {};
}
function getResolve(route) {
    return route.resolve || {};
}
function recognize(injector, configLoader, rootComponentType, config, serializer, paramsInheritanceStrategy, abortSignal) {
    return mergeMap((t) => __async(null, null, function* () {
        const { state: targetSnapshot, tree: urlAfterRedirects } = yield recognize$1(injector, configLoader, rootComponentType, config, t.extractedUrl, serializer, paramsInheritanceStrategy, abortSignal);
        return __spreadProps(__spreadValues({}, t), {
            targetSnapshot,
            urlAfterRedirects
        });
    }));
}
function resolveData(paramsInheritanceStrategy) {
    return mergeMap((t) => {
        const { targetSnapshot, guards: { canActivateChecks } } = t;
        if (!canActivateChecks.length) {
            return of(t);
        }
        const routesWithResolversToRun = new Set(canActivateChecks.map((check) => check.route));
        const routesNeedingDataUpdates = /* @__PURE__ */ new Set();
        for (const route of routesWithResolversToRun) {
            if (routesNeedingDataUpdates.has(route)) {
                continue;
            }
            for (const newRoute of flattenRouteTree(route)) {
                routesNeedingDataUpdates.add(newRoute);
            }
        }
        let routesProcessed = 0;
        return from(routesNeedingDataUpdates).pipe(concatMap((route) => {
            if (routesWithResolversToRun.has(route)) {
                return runResolve(route, targetSnapshot, paramsInheritanceStrategy);
            }
            else {
                route.data = getInherited(route, route.parent, paramsInheritanceStrategy).resolve;
                return of(void 0);
            }
        }), tap(() => routesProcessed++), takeLast(1), mergeMap((_) => routesProcessed === routesNeedingDataUpdates.size ? of(t) : EMPTY));
    });
}
function flattenRouteTree(route) {
    const descendants = route.children.map((child) => flattenRouteTree(child)).flat();
    return [route, ...descendants];
}
function runResolve(futureARS, futureRSS, paramsInheritanceStrategy) {
    const config = futureARS.routeConfig;
    const resolve = futureARS._resolve;
    if (config?.title !== void 0 && !hasStaticTitle(config)) {
        resolve[RouteTitleKey] = config.title;
    }
    return defer(() => {
        futureARS.data = getInherited(futureARS, futureARS.parent, paramsInheritanceStrategy).resolve;
        return resolveNode(resolve, futureARS, futureRSS).pipe(map((resolvedData) => {
            futureARS._resolvedData = resolvedData;
            futureARS.data = __spreadValues(__spreadValues({}, futureARS.data), resolvedData);
            return null;
        }));
    });
}
function resolveNode(resolve, futureARS, futureRSS) {
    const keys = getDataKeys(resolve);
    if (keys.length === 0) {
        return of({});
    }
    const data = {};
    return from(keys).pipe(mergeMap((key) => getResolver(resolve[key], futureARS, futureRSS).pipe(first(), tap((value) => {
        if (value instanceof RedirectCommand) {
            throw redirectingNavigationError(new DefaultUrlSerializer(), value);
        }
        data[key] = value;
    }))), takeLast(1), map(() => data), catchError((e) => isEmptyError(e) ? EMPTY : throwError(e)));
}
function getResolver(injectionToken, futureARS, futureRSS) {
    const closestInjector = futureARS._environmentInjector;
    const resolver = getTokenOrFunctionIdentity(injectionToken, closestInjector);
    const resolverValue = resolver.resolve ? resolver.resolve(futureARS, futureRSS) : runInInjectionContext(closestInjector, () => resolver(futureARS, futureRSS));
    return wrapIntoObservable(resolverValue);
}
var ROUTER_RESOURCES_FEATURE = new InjectionToken(typeof ngDevMode === "undefined" || ngDevMode ? "Router Resources Feature" : "");
function switchTap(next) {
    return switchMap((v) => {
        const nextResult = next(v);
        if (nextResult) {
            return from(nextResult).pipe(map(() => v));
        }
        return of(v);
    });
}
var TitleStrategy = class _TitleStrategy {
    buildTitle(snapshot) {
        let pageTitle;
        let route = snapshot.root;
        while (route !== void 0) {
            pageTitle = this.getResolvedTitleForRoute(route) ?? pageTitle;
            route = route.children.find((child) => child.outlet === PRIMARY_OUTLET);
        }
        return pageTitle;
    }
    getResolvedTitleForRoute(snapshot) {
        return snapshot.data[RouteTitleKey];
    }
    static \u0275fac = function TitleStrategy_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _TitleStrategy)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _TitleStrategy,
        factory: () => (() => inject(DefaultTitleStrategy))()
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(TitleStrategy, [{
            type: Service,
            args: [{
                    factory: () => inject(DefaultTitleStrategy)
                }]
        }], null, null);
})();
var DefaultTitleStrategy = class _DefaultTitleStrategy extends TitleStrategy {
    title;
    constructor(title) {
        super();
        this.title = title;
    }
    updateTitle(snapshot) {
        const title = this.buildTitle(snapshot);
        if (title !== void 0) {
            this.title.setTitle(title);
        }
    }
    static \u0275fac = function DefaultTitleStrategy_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _DefaultTitleStrategy)(i0.\u0275\u0275inject(i1.Title));
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineInjectable({
        token: _DefaultTitleStrategy,
        factory: _DefaultTitleStrategy.\u0275fac,
        providedIn: "root"
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(DefaultTitleStrategy, [{
            type: Injectable,
            args: [{
                    providedIn: "root"
                }]
        }], () => [{
            type: i1.Title
        }], null);
})();
var ROUTER_CONFIGURATION = new InjectionToken(typeof ngDevMode === "undefined" || ngDevMode ? "router config" : "", {
    factory: () => ({})
});
var ROUTES = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "ROUTES" : "");
var RouterConfigLoader = class _RouterConfigLoader {
    componentLoaders = /* @__PURE__ */ new WeakMap();
    childrenLoaders = /* @__PURE__ */ new WeakMap();
    onLoadStartListener;
    onLoadEndListener;
    compiler = inject(Compiler);
    loadComponent(injector, route) {
        return __async(this, null, function* () {
            if (this.componentLoaders.get(route)) {
                return this.componentLoaders.get(route);
            }
            else if (route._loadedComponent) {
                return Promise.resolve(route._loadedComponent);
            }
            if (this.onLoadStartListener) {
                this.onLoadStartListener(route);
            }
            const loader = (() => __async(this, null, function* () {
                try {
                    const loaded = yield wrapIntoPromise(runInInjectionContext(injector, () => route.loadComponent()));
                    const component = yield maybeResolveResources(_maybeUnwrapDefaultExport(loaded));
                    if (this.onLoadEndListener) {
                        this.onLoadEndListener(route);
                    }
                    (typeof ngDevMode === "undefined" || ngDevMode) && assertStandalone(route.path ?? "", component);
                    route._loadedComponent = component;
                    return component;
                }
                finally {
                    this.componentLoaders.delete(route);
                }
            }))();
            this.componentLoaders.set(route, loader);
            return loader;
        });
    }
    loadChildren(parentInjector, route) {
        if (this.childrenLoaders.get(route)) {
            return this.childrenLoaders.get(route);
        }
        else if (route._loadedRoutes) {
            return Promise.resolve({
                routes: route._loadedRoutes,
                injector: route._loadedInjector
            });
        }
        if (this.onLoadStartListener) {
            this.onLoadStartListener(route);
        }
        const loader = (() => __async(this, null, function* () {
            try {
                const result = yield loadChildren(route, this.compiler, parentInjector, this.onLoadEndListener);
                route._loadedRoutes = result.routes;
                route._loadedInjector = result.injector;
                route._loadedNgModuleFactory = result.factory;
                return result;
            }
            finally {
                this.childrenLoaders.delete(route);
            }
        }))();
        this.childrenLoaders.set(route, loader);
        return loader;
    }
    static \u0275fac = function RouterConfigLoader_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RouterConfigLoader)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _RouterConfigLoader,
        factory: _RouterConfigLoader.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RouterConfigLoader, [{
            type: Service
        }], null, null);
})();
function loadChildren(route, compiler, parentInjector, onLoadEndListener) {
    return __async(this, null, function* () {
        const loaded = yield wrapIntoPromise(runInInjectionContext(parentInjector, () => route.loadChildren()));
        const t = yield maybeResolveResources(_maybeUnwrapDefaultExport(loaded));
        let factoryOrRoutes;
        if (t instanceof NgModuleFactory || Array.isArray(t)) {
            factoryOrRoutes = t;
        }
        else {
            factoryOrRoutes = yield compiler.compileModuleAsync(t);
        }
        if (onLoadEndListener) {
            onLoadEndListener(route);
        }
        let injector;
        let rawRoutes;
        let requireStandaloneComponents = false;
        let factory = void 0;
        if (Array.isArray(factoryOrRoutes)) {
            rawRoutes = factoryOrRoutes;
            requireStandaloneComponents = true;
        }
        else {
            injector = factoryOrRoutes.create(parentInjector).injector;
            factory = factoryOrRoutes;
            rawRoutes = injector.get(ROUTES, [], {
                optional: true,
                self: true
            }).flat();
        }
        const routes = rawRoutes.map(standardizeConfig);
        (typeof ngDevMode === "undefined" || ngDevMode) && validateConfig(routes, route.path, requireStandaloneComponents);
        return {
            routes,
            injector,
            factory
        };
    });
}
function maybeResolveResources(value) {
    return __async(this, null, function* () {
        if (false) {
            try {
                yield _resolveComponentResources(fetch);
            }
            catch (error) {
                console.error(error);
            }
        }
        return value;
    });
}
var UrlHandlingStrategy = class _UrlHandlingStrategy {
    static \u0275fac = function UrlHandlingStrategy_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _UrlHandlingStrategy)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _UrlHandlingStrategy,
        factory: () => (() => inject(DefaultUrlHandlingStrategy))()
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(UrlHandlingStrategy, [{
            type: Service,
            args: [{
                    factory: () => inject(DefaultUrlHandlingStrategy)
                }]
        }], null, null);
})();
var DefaultUrlHandlingStrategy = class _DefaultUrlHandlingStrategy {
    shouldProcessUrl(url) {
        return true;
    }
    extract(url) {
        return url;
    }
    merge(newUrlPart, wholeUrl) {
        return newUrlPart;
    }
    static \u0275fac = function DefaultUrlHandlingStrategy_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _DefaultUrlHandlingStrategy)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _DefaultUrlHandlingStrategy,
        factory: _DefaultUrlHandlingStrategy.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(DefaultUrlHandlingStrategy, [{
            type: Service
        }], null, null);
})();
var CREATE_VIEW_TRANSITION = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "view transition helper" : "");
var VIEW_TRANSITION_OPTIONS = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "view transition options" : "");
function createViewTransition(injector, from3, to, hasUAVisualTransition) {
    const transitionOptions = injector.get(VIEW_TRANSITION_OPTIONS);
    const document = injector.get(DOCUMENT);
    if (hasUAVisualTransition) {
        transitionOptions.skipNextTransition = false;
        return;
    }
    if (!document.startViewTransition || transitionOptions.skipNextTransition) {
        transitionOptions.skipNextTransition = false;
        return new Promise((resolve) => setTimeout(resolve));
    }
    let resolveViewTransitionStarted;
    const viewTransitionStarted = new Promise((resolve) => {
        resolveViewTransitionStarted = resolve;
    });
    const transition = document.startViewTransition(() => {
        resolveViewTransitionStarted();
        return createRenderPromise(injector);
    });
    transition.updateCallbackDone.catch((error) => {
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            console.error(error);
        }
    });
    transition.ready.catch((error) => {
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            console.error(error);
        }
    });
    transition.finished.catch((error) => {
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            console.error(error);
        }
    });
    const { onViewTransitionCreated } = transitionOptions;
    if (onViewTransitionCreated) {
        runInInjectionContext(injector, () => onViewTransitionCreated({
            transition,
            from: from3,
            to
        }));
    }
    return viewTransitionStarted;
}
function createRenderPromise(injector) {
    return new Promise((resolve) => {
        afterNextRender({
            read: () => setTimeout(resolve)
        }, {
            injector
        });
    });
}
var noop = () => {
};
var NAVIGATION_ERROR_HANDLER = new InjectionToken(typeof ngDevMode === "undefined" || ngDevMode ? "navigation error handler" : "");
var NavigationTransitions = class _NavigationTransitions {
    currentNavigation = signal(null, __spreadProps(__spreadValues({}, ngDevMode ? {
        debugName: "currentNavigation"
    } : {}), {
        equal: () => false
    }));
    currentTransition = null;
    lastSuccessfulNavigation = signal(null, ...ngDevMode ? [{
            debugName: "lastSuccessfulNavigation"
        }] : []);
    events = new Subject();
    transitionAbortWithErrorSubject = new Subject();
    configLoader = inject(RouterConfigLoader);
    environmentInjector = inject(EnvironmentInjector2);
    destroyRef = inject(DestroyRef);
    urlSerializer = inject(UrlSerializer);
    rootContexts = inject(ChildrenOutletContexts);
    location = inject(Location);
    inputBindingEnabled = inject(INPUT_BINDER, {
        optional: true
    }) !== null;
    titleStrategy = inject(TitleStrategy);
    options = inject(ROUTER_CONFIGURATION, {
        optional: true
    }) || {};
    paramsInheritanceStrategy = this.options.paramsInheritanceStrategy || DEFAULT_PARAMS_INHERITANCE_STRATEGY;
    urlHandlingStrategy = inject(UrlHandlingStrategy);
    createViewTransition = inject(CREATE_VIEW_TRANSITION, {
        optional: true
    });
    navigationErrorHandler = inject(NAVIGATION_ERROR_HANDLER, {
        optional: true
    });
    routerResourcesFeature = inject(ROUTER_RESOURCES_FEATURE, {
        optional: true
    });
    navigationId = 0;
    get hasRequestedNavigation() {
        return this.navigationId !== 0;
    }
    transitions;
    afterPreactivation = () => of(void 0);
    rootComponentType = null;
    destroyed = false;
    constructor() {
        const onLoadStart = (r) => this.events.next(new RouteConfigLoadStart(r));
        const onLoadEnd = (r) => this.events.next(new RouteConfigLoadEnd(r));
        this.configLoader.onLoadEndListener = onLoadEnd;
        this.configLoader.onLoadStartListener = onLoadStart;
        this.destroyRef.onDestroy(() => {
            this.destroyed = true;
        });
    }
    complete() {
        this.transitions?.complete();
    }
    handleNavigationRequest(request) {
        const id = ++this.navigationId;
        untracked(() => {
            this.transitions?.next(__spreadProps(__spreadValues({}, request), {
                extractedUrl: this.urlHandlingStrategy.extract(request.rawUrl),
                targetSnapshot: null,
                targetRouterState: null,
                guards: {
                    canActivateChecks: [],
                    canDeactivateChecks: []
                },
                guardsResult: null,
                id,
                routesRecognizeHandler: {},
                beforeActivateHandler: {}
            }));
        });
    }
    setupNavigations(router) {
        this.transitions = new BehaviorSubject(null);
        return this.transitions.pipe(filter((t) => t !== null), switchMap((overallTransitionState) => {
            let abortable = true;
            let completedOrAborted = false;
            const abortController = new AbortController();
            const shouldContinueNavigation = () => {
                return !completedOrAborted && this.currentTransition?.id === overallTransitionState.id;
            };
            return of(overallTransitionState).pipe(switchMap((t) => {
                if (this.navigationId > overallTransitionState.id) {
                    const cancellationReason = typeof ngDevMode === "undefined" || ngDevMode ? `Navigation ID ${overallTransitionState.id} is not equal to the current navigation id ${this.navigationId}` : "";
                    this.cancelNavigationTransition(overallTransitionState, cancellationReason, NavigationCancellationCode.SupersededByNewNavigation);
                    return EMPTY;
                }
                this.currentTransition = overallTransitionState;
                const lastSuccessfulNavigation = this.lastSuccessfulNavigation();
                this.currentNavigation.set({
                    id: t.id,
                    initialUrl: t.rawUrl,
                    extractedUrl: t.extractedUrl,
                    targetBrowserUrl: typeof t.extras.browserUrl === "string" ? this.urlSerializer.parse(t.extras.browserUrl) : t.extras.browserUrl,
                    trigger: t.source,
                    extras: t.extras,
                    previousNavigation: !lastSuccessfulNavigation ? null : __spreadProps(__spreadValues({}, lastSuccessfulNavigation), {
                        previousNavigation: null
                    }),
                    abort: () => abortController.abort(),
                    routesRecognizeHandler: t.routesRecognizeHandler,
                    beforeActivateHandler: t.beforeActivateHandler
                });
                const urlTransition = !router.navigated || this.isUpdatingInternalState() || this.isUpdatedBrowserUrl();
                const onSameUrlNavigation = t.extras.onSameUrlNavigation ?? router.onSameUrlNavigation;
                if (!urlTransition && onSameUrlNavigation !== "reload") {
                    const reason = typeof ngDevMode === "undefined" || ngDevMode ? `Navigation to ${t.rawUrl} was ignored because it is the same as the current Router URL.` : "";
                    this.events.next(new NavigationSkipped(t.id, this.urlSerializer.serialize(t.rawUrl), reason, NavigationSkippedCode.IgnoredSameUrlNavigation));
                    t.resolve(false);
                    return EMPTY;
                }
                if (this.urlHandlingStrategy.shouldProcessUrl(t.rawUrl)) {
                    return of(t).pipe(switchMap((t2) => {
                        this.events.next(new NavigationStart(t2.id, this.urlSerializer.serialize(t2.extractedUrl), t2.source, t2.restoredState));
                        if (t2.id !== this.navigationId) {
                            return EMPTY;
                        }
                        return Promise.resolve(t2);
                    }), recognize(this.environmentInjector, this.configLoader, this.rootComponentType, router.config, this.urlSerializer, this.paramsInheritanceStrategy, abortController.signal), tap((t2) => {
                        overallTransitionState.targetSnapshot = t2.targetSnapshot;
                        overallTransitionState.urlAfterRedirects = t2.urlAfterRedirects;
                        this.currentNavigation.update((nav) => {
                            nav.finalUrl = t2.urlAfterRedirects;
                            return nav;
                        });
                        this.events.next(new BeforeRoutesRecognized());
                    }), switchMap((value) => from(overallTransitionState.routesRecognizeHandler.deferredHandle ?? of(void 0)).pipe(map(() => value))), tap(() => {
                        const routesRecognized = new RoutesRecognized(t.id, this.urlSerializer.serialize(t.extractedUrl), this.urlSerializer.serialize(t.urlAfterRedirects), t.targetSnapshot);
                        this.events.next(routesRecognized);
                    }));
                }
                else if (urlTransition && this.urlHandlingStrategy.shouldProcessUrl(t.currentRawUrl)) {
                    const { id, extractedUrl, source, restoredState, extras } = t;
                    const navStart = new NavigationStart(id, this.urlSerializer.serialize(extractedUrl), source, restoredState);
                    this.events.next(navStart);
                    const targetSnapshot = createEmptyState(this.rootComponentType, this.environmentInjector).snapshot;
                    this.currentTransition = overallTransitionState = __spreadProps(__spreadValues({}, t), {
                        targetSnapshot,
                        urlAfterRedirects: extractedUrl,
                        extras: __spreadProps(__spreadValues({}, extras), {
                            skipLocationChange: false,
                            replaceUrl: false
                        })
                    });
                    this.currentNavigation.update((nav) => {
                        nav.finalUrl = extractedUrl;
                        return nav;
                    });
                    return of(overallTransitionState);
                }
                else {
                    const reason = typeof ngDevMode === "undefined" || ngDevMode ? `Navigation was ignored because the UrlHandlingStrategy indicated neither the current URL ${t.currentRawUrl} nor target URL ${t.rawUrl} should be processed.` : "";
                    this.events.next(new NavigationSkipped(t.id, this.urlSerializer.serialize(t.extractedUrl), reason, NavigationSkippedCode.IgnoredByUrlHandlingStrategy));
                    t.resolve(false);
                    return EMPTY;
                }
            }), map((t) => {
                const guardsStart = new GuardsCheckStart(t.id, this.urlSerializer.serialize(t.extractedUrl), this.urlSerializer.serialize(t.urlAfterRedirects), t.targetSnapshot);
                this.events.next(guardsStart);
                this.currentTransition = overallTransitionState = __spreadProps(__spreadValues({}, t), {
                    guards: getAllRouteGuards(t.targetSnapshot, t.currentSnapshot, this.rootContexts)
                });
                return overallTransitionState;
            }), checkGuards((evt) => this.events.next(evt)), switchMap((t) => {
                overallTransitionState.guardsResult = t.guardsResult;
                if (t.guardsResult && typeof t.guardsResult !== "boolean") {
                    throw redirectingNavigationError(this.urlSerializer, t.guardsResult);
                }
                const guardsEnd = new GuardsCheckEnd(t.id, this.urlSerializer.serialize(t.extractedUrl), this.urlSerializer.serialize(t.urlAfterRedirects), t.targetSnapshot, !!t.guardsResult);
                this.events.next(guardsEnd);
                if (!shouldContinueNavigation()) {
                    return EMPTY;
                }
                if (!t.guardsResult) {
                    this.cancelNavigationTransition(t, "", NavigationCancellationCode.GuardRejected);
                    return EMPTY;
                }
                if (t.guards.canActivateChecks.length === 0) {
                    return of(t);
                }
                const resolveStart = new ResolveStart(t.id, this.urlSerializer.serialize(t.extractedUrl), this.urlSerializer.serialize(t.urlAfterRedirects), t.targetSnapshot);
                this.events.next(resolveStart);
                if (!shouldContinueNavigation()) {
                    return EMPTY;
                }
                let dataResolved = false;
                return of(t).pipe(resolveData(this.paramsInheritanceStrategy), tap({
                    next: () => {
                        dataResolved = true;
                        const resolveEnd = new ResolveEnd(t.id, this.urlSerializer.serialize(t.extractedUrl), this.urlSerializer.serialize(t.urlAfterRedirects), t.targetSnapshot);
                        this.events.next(resolveEnd);
                    },
                    complete: () => {
                        if (!dataResolved) {
                            this.cancelNavigationTransition(t, typeof ngDevMode === "undefined" || ngDevMode ? `At least one route resolver didn't emit any value.` : "", NavigationCancellationCode.NoDataFromResolver);
                        }
                    }
                }));
            }), switchTap((t) => {
                const loadComponents = (route) => {
                    const loaders2 = [];
                    if (route.routeConfig?._loadedComponent) {
                        route.component = route.routeConfig?._loadedComponent;
                    }
                    else if (route.routeConfig?.loadComponent) {
                        const injector = route._environmentInjector;
                        loaders2.push(this.configLoader.loadComponent(injector, route.routeConfig).then((loadedComponent) => {
                            route.component = loadedComponent;
                        }));
                    }
                    for (const child of route.children) {
                        loaders2.push(...loadComponents(child));
                    }
                    return loaders2;
                };
                const loaders = loadComponents(t.targetSnapshot.root);
                return loaders.length === 0 ? of(t) : from(Promise.all(loaders).then(() => t));
            }), switchMap((t) => {
                const { newlyCreatedRoutes, state } = createRouterState(router.routeReuseStrategy, t.targetSnapshot, t.currentRouterState);
                this.currentTransition = overallTransitionState = t = __spreadProps(__spreadValues({}, t), {
                    targetRouterState: state,
                    newlyCreatedRoutes
                });
                this.currentNavigation.update((nav) => {
                    nav.targetRouterState = state;
                    return nav;
                });
                return of(t);
            }), this.routerResourcesFeature?.setupAndRunResources(abortController.signal) ?? ((t) => t), switchTap(() => this.afterPreactivation()), switchMap(() => {
                const { currentSnapshot, targetSnapshot } = overallTransitionState;
                const viewTransitionStarted = this.createViewTransition?.(this.environmentInjector, currentSnapshot.root, targetSnapshot.root, overallTransitionState.hasUAVisualTransition);
                return viewTransitionStarted ? from(viewTransitionStarted).pipe(map(() => overallTransitionState)) : of(overallTransitionState);
            }), take(1), switchMap((t) => {
                abortable = false;
                this.events.next(new BeforeActivateRoutes());
                const deferred = overallTransitionState.beforeActivateHandler.deferredHandle;
                return deferred ? from(deferred.then(() => t)) : of(t);
            }), tap((t) => {
                new ActivateRoutes(router.routeReuseStrategy, overallTransitionState.targetRouterState, overallTransitionState.currentRouterState, (evt) => this.events.next(evt), this.inputBindingEnabled).activate(this.rootContexts);
                t.newlyCreatedRoutes?.clear();
                if (!shouldContinueNavigation()) {
                    return;
                }
                resetPendingRoutes(t.targetRouterState);
                completedOrAborted = true;
                this.currentNavigation.update((nav) => {
                    nav.abort = noop;
                    return nav;
                });
                this.lastSuccessfulNavigation.set(untracked(this.currentNavigation));
                this.events.next(new NavigationEnd(t.id, this.urlSerializer.serialize(t.extractedUrl), this.urlSerializer.serialize(t.urlAfterRedirects)));
                this.titleStrategy?.updateTitle(t.targetRouterState.snapshot);
                t.resolve(true);
            }), takeUntil(abortSignalToObservable(abortController.signal).pipe(filter(() => !completedOrAborted && abortable), tap(() => {
                this.cancelNavigationTransition(overallTransitionState, abortController.signal.reason + "", NavigationCancellationCode.Aborted);
            }))), tap({
                complete: () => {
                    completedOrAborted = true;
                }
            }), takeUntil(this.transitionAbortWithErrorSubject.pipe(tap((err) => {
                throw err;
            }))), finalize(() => {
                abortController.abort();
                if (!completedOrAborted) {
                    const cancelationReason = typeof ngDevMode === "undefined" || ngDevMode ? `Navigation ID ${overallTransitionState.id} is not equal to the current navigation id ${this.navigationId}` : "";
                    this.cancelNavigationTransition(overallTransitionState, cancelationReason, NavigationCancellationCode.SupersededByNewNavigation);
                }
                if (this.currentTransition?.id === overallTransitionState.id) {
                    this.currentNavigation.set(null);
                    this.currentTransition = null;
                }
            }), catchError((e) => {
                completedOrAborted = true;
                rollbackState(overallTransitionState);
                if (this.destroyed) {
                    overallTransitionState.resolve(false);
                    return EMPTY;
                }
                if (isNavigationCancelingError(e)) {
                    this.events.next(new NavigationCancel(overallTransitionState.id, this.urlSerializer.serialize(overallTransitionState.extractedUrl), e.message, e.cancellationCode));
                    if (!isRedirectingNavigationCancelingError(e)) {
                        overallTransitionState.resolve(false);
                    }
                    else {
                        this.events.next(new RedirectRequest(e.url, e.navigationBehaviorOptions));
                    }
                }
                else {
                    const navigationError = new NavigationError(overallTransitionState.id, this.urlSerializer.serialize(overallTransitionState.extractedUrl), e, overallTransitionState.targetSnapshot ?? void 0);
                    try {
                        const navigationErrorHandlerResult = runInInjectionContext(this.environmentInjector, () => this.navigationErrorHandler?.(navigationError));
                        if (navigationErrorHandlerResult instanceof RedirectCommand) {
                            const { message, cancellationCode } = redirectingNavigationError(this.urlSerializer, navigationErrorHandlerResult);
                            this.events.next(new NavigationCancel(overallTransitionState.id, this.urlSerializer.serialize(overallTransitionState.extractedUrl), message, cancellationCode));
                            this.events.next(new RedirectRequest(navigationErrorHandlerResult.redirectTo, navigationErrorHandlerResult.navigationBehaviorOptions));
                        }
                        else {
                            this.events.next(navigationError);
                            throw e;
                        }
                    }
                    catch (ee) {
                        if (this.options.resolveNavigationPromiseOnError) {
                            overallTransitionState.resolve(false);
                        }
                        else {
                            overallTransitionState.reject(ee);
                        }
                    }
                }
                return EMPTY;
            }));
        }));
    }
    cancelNavigationTransition(t, reason, code) {
        rollbackState(t);
        const navCancel = new NavigationCancel(t.id, this.urlSerializer.serialize(t.extractedUrl), reason, code);
        this.events.next(navCancel);
        t.resolve(false);
    }
    isUpdatingInternalState() {
        return this.currentTransition?.extractedUrl.toString() !== this.currentTransition?.currentUrlTree.toString();
    }
    isUpdatedBrowserUrl() {
        const currentBrowserUrl = this.urlHandlingStrategy.extract(this.urlSerializer.parse(this.location.path(true)));
        const currentNavigation = untracked(this.currentNavigation);
        const targetBrowserUrl = currentNavigation?.targetBrowserUrl ?? currentNavigation?.extractedUrl;
        return currentBrowserUrl.toString() !== targetBrowserUrl?.toString() && !currentNavigation?.extras.skipLocationChange;
    }
    static \u0275fac = function NavigationTransitions_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NavigationTransitions)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _NavigationTransitions,
        factory: _NavigationTransitions.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NavigationTransitions, [{
            type: Service
        }], () => [], null);
})();
function isBrowserTriggeredNavigation(source) {
    return source !== IMPERATIVE_NAVIGATION;
}
function rollbackState(t) {
    for (const r of t.newlyCreatedRoutes ?? []) {
        r._localInjector?.destroy();
        r._localInjector = void 0;
    }
    resetPendingRoutes(t.targetRouterState);
}
function resetPendingRoutes(targetRouterState) {
    if (!targetRouterState) {
        return;
    }
    const traverse = (node) => {
        node.value.pending?.set(false);
        node.children.forEach(traverse);
    };
    traverse(targetRouterState._root);
}
var ROUTE_INJECTOR_CLEANUP = new InjectionToken(typeof ngDevMode === "undefined" || ngDevMode ? "RouteInjectorCleanup" : "");
function routeInjectorCleanup(routeReuseStrategy, routerState, config) {
    const activeRoutes = /* @__PURE__ */ new Set();
    if (routerState.snapshot.root) {
        collectDescendants(routerState.snapshot.root, activeRoutes);
    }
    const storedHandles = routeReuseStrategy.retrieveStoredRouteHandles?.() || [];
    for (const handle of storedHandles) {
        const internalHandle = handle;
        if (internalHandle?.route?.value?.snapshot) {
            for (const snapshot of internalHandle.route.value.snapshot.pathFromRoot) {
                if (snapshot.routeConfig) {
                    activeRoutes.add(snapshot.routeConfig);
                }
            }
        }
    }
    destroyUnusedInjectors(config, activeRoutes, routeReuseStrategy, false);
}
function collectDescendants(snapshot, activeRoutes) {
    if (snapshot.routeConfig) {
        activeRoutes.add(snapshot.routeConfig);
    }
    for (const child of snapshot.children) {
        collectDescendants(child, activeRoutes);
    }
}
function destroyUnusedInjectors(routes, activeRoutes, strategy, inheritedForceDestroy) {
    for (const route of routes) {
        const shouldDestroyCurrentRoute = inheritedForceDestroy || !!((route._injector || route._loadedInjector) && !activeRoutes.has(route) && (strategy.shouldDestroyInjector?.(route) ?? false));
        if (route.children) {
            destroyUnusedInjectors(route.children, activeRoutes, strategy, shouldDestroyCurrentRoute);
        }
        if (route.loadChildren && route._loadedRoutes) {
            destroyUnusedInjectors(route._loadedRoutes, activeRoutes, strategy, shouldDestroyCurrentRoute);
        }
        if (shouldDestroyCurrentRoute) {
            if (route._injector) {
                route._injector.destroy();
                route._injector = void 0;
            }
            if (route._loadedInjector) {
                route._loadedInjector.destroy();
                route._loadedInjector = void 0;
            }
        }
    }
}
function destroyDetachedRouteHandle(handle) {
    const internalHandle = handle;
    if (internalHandle && internalHandle.componentRef) {
        internalHandle.componentRef.destroy();
        internalHandle.route.value._localInjector?.destroy();
    }
}
var RouteReuseStrategy = class _RouteReuseStrategy {
    static \u0275fac = function RouteReuseStrategy_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RouteReuseStrategy)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _RouteReuseStrategy,
        factory: () => (() => inject(DefaultRouteReuseStrategy))()
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RouteReuseStrategy, [{
            type: Service,
            args: [{
                    factory: () => inject(DefaultRouteReuseStrategy)
                }]
        }], null, null);
})();
var BaseRouteReuseStrategy = class {
    shouldDetach(route) {
        return false;
    }
    store(route, detachedTree) {
    }
    shouldAttach(route) {
        return false;
    }
    retrieve(route) {
        return null;
    }
    shouldReuseRoute(future, curr) {
        return future.routeConfig === curr.routeConfig;
    }
    shouldDestroyInjector(route) {
        return true;
    }
};
var DefaultRouteReuseStrategy = class _DefaultRouteReuseStrategy extends BaseRouteReuseStrategy {
    static \u0275fac = function DefaultRouteReuseStrategy_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _DefaultRouteReuseStrategy)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _DefaultRouteReuseStrategy,
        factory: _DefaultRouteReuseStrategy.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(DefaultRouteReuseStrategy, [{
            type: Service
        }], null, null);
})();
var StateManager = class _StateManager {
    urlSerializer = inject(UrlSerializer);
    options = inject(ROUTER_CONFIGURATION, {
        optional: true
    }) || {};
    canceledNavigationResolution = this.options.canceledNavigationResolution || "replace";
    location = inject(Location);
    urlHandlingStrategy = inject(UrlHandlingStrategy);
    urlUpdateStrategy = this.options.urlUpdateStrategy || "deferred";
    currentUrlTree = new UrlTree();
    getCurrentUrlTree() {
        return this.currentUrlTree;
    }
    rawUrlTree = this.currentUrlTree;
    getRawUrlTree() {
        return this.rawUrlTree;
    }
    createBrowserPath({ finalUrl, initialUrl, targetBrowserUrl }) {
        const rawUrl = finalUrl !== void 0 ? this.urlHandlingStrategy.merge(finalUrl, initialUrl) : initialUrl;
        const url = targetBrowserUrl ?? rawUrl;
        const path = url instanceof UrlTree ? this.urlSerializer.serialize(url) : url;
        return path;
    }
    routerUrlState(navigation) {
        if (navigation?.targetBrowserUrl === void 0 || navigation?.finalUrl === void 0) {
            return {};
        }
        return {
            \u0275routerUrl: this.urlSerializer.serialize(navigation.finalUrl)
        };
    }
    commitTransition({ targetRouterState, finalUrl, initialUrl }) {
        if (finalUrl && targetRouterState) {
            this.currentUrlTree = finalUrl;
            this.rawUrlTree = this.urlHandlingStrategy.merge(finalUrl, initialUrl);
            this.routerState = targetRouterState;
        }
        else {
            this.rawUrlTree = initialUrl;
        }
    }
    routerState = createEmptyState(null, inject(EnvironmentInjector2));
    getRouterState() {
        return this.routerState;
    }
    _stateMemento = this.createStateMemento();
    get stateMemento() {
        return this._stateMemento;
    }
    updateStateMemento() {
        this._stateMemento = this.createStateMemento();
    }
    createStateMemento() {
        return {
            rawUrlTree: this.rawUrlTree,
            currentUrlTree: this.currentUrlTree,
            routerState: this.routerState
        };
    }
    restoredState() {
        return this.location.getState();
    }
    static \u0275fac = function StateManager_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _StateManager)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _StateManager,
        factory: () => (() => inject(HistoryStateManager))()
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(StateManager, [{
            type: Service,
            args: [{
                    factory: () => inject(HistoryStateManager)
                }]
        }], null, null);
})();
var HistoryStateManager = class _HistoryStateManager extends StateManager {
    currentPageId = 0;
    lastSuccessfulId = -1;
    get browserPageId() {
        if (this.canceledNavigationResolution !== "computed") {
            return this.currentPageId;
        }
        return this.restoredState()?.\u0275routerPageId ?? this.currentPageId;
    }
    registerNonRouterCurrentEntryChangeListener(listener) {
        return this.location.subscribe((event) => {
            if (event["type"] === "popstate") {
                setTimeout(() => {
                    listener(event["url"], event.state, "popstate", {
                        replaceUrl: true
                    }, event.hasUAVisualTransition);
                });
            }
        });
    }
    handleRouterEvent(e, currentTransition) {
        if (e instanceof NavigationStart) {
            this.updateStateMemento();
        }
        else if (e instanceof NavigationSkipped) {
            this.commitTransition(currentTransition);
        }
        else if (e instanceof RoutesRecognized) {
            if (this.urlUpdateStrategy === "eager") {
                if (!currentTransition.extras.skipLocationChange) {
                    this.setBrowserUrl(this.createBrowserPath(currentTransition), currentTransition);
                }
            }
        }
        else if (e instanceof BeforeActivateRoutes) {
            this.commitTransition(currentTransition);
            if (this.urlUpdateStrategy === "deferred" && !currentTransition.extras.skipLocationChange) {
                this.setBrowserUrl(this.createBrowserPath(currentTransition), currentTransition);
            }
        }
        else if (e instanceof NavigationCancel && !isRedirectingEvent(e)) {
            this.restoreHistory(currentTransition);
        }
        else if (e instanceof NavigationError) {
            this.restoreHistory(currentTransition, true);
        }
        else if (e instanceof NavigationEnd) {
            this.lastSuccessfulId = e.id;
            this.currentPageId = this.browserPageId;
        }
    }
    setBrowserUrl(path, navigation) {
        const { extras, id } = navigation;
        const { replaceUrl, state } = extras;
        if (this.location.isCurrentPathEqualTo(path) || !!replaceUrl) {
            const currentBrowserPageId = this.browserPageId;
            const newState = __spreadValues(__spreadValues({}, state), this.generateNgRouterState(id, currentBrowserPageId, navigation));
            this.location.replaceState(path, "", newState);
        }
        else {
            const newState = __spreadValues(__spreadValues({}, state), this.generateNgRouterState(id, this.browserPageId + 1, navigation));
            this.location.go(path, "", newState);
        }
    }
    restoreHistory(navigation, restoringFromCaughtError = false) {
        if (this.canceledNavigationResolution === "computed") {
            const currentBrowserPageId = this.browserPageId;
            const targetPagePosition = this.currentPageId - currentBrowserPageId;
            if (targetPagePosition !== 0) {
                this.location.historyGo(targetPagePosition);
            }
            else if (this.getCurrentUrlTree() === navigation.finalUrl && targetPagePosition === 0) {
                this.resetInternalState(navigation);
                this.resetUrlToCurrentUrlTree();
            }
            else
                ;
        }
        else if (this.canceledNavigationResolution === "replace") {
            if (restoringFromCaughtError) {
                this.resetInternalState(navigation);
            }
            this.resetUrlToCurrentUrlTree();
        }
    }
    resetInternalState({ finalUrl }) {
        this.routerState = this.stateMemento.routerState;
        this.currentUrlTree = this.stateMemento.currentUrlTree;
        this.rawUrlTree = this.urlHandlingStrategy.merge(this.currentUrlTree, finalUrl ?? this.rawUrlTree);
    }
    resetUrlToCurrentUrlTree() {
        this.location.replaceState(this.urlSerializer.serialize(this.getRawUrlTree()), "", this.generateNgRouterState(this.lastSuccessfulId, this.currentPageId));
    }
    generateNgRouterState(navigationId, routerPageId, navigation) {
        if (this.canceledNavigationResolution === "computed") {
            return __spreadValues({
                navigationId,
                \u0275routerPageId: routerPageId
            }, this.routerUrlState(navigation));
        }
        return __spreadValues({
            navigationId
        }, this.routerUrlState(navigation));
    }
    static \u0275fac = function HistoryStateManager_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _HistoryStateManager)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _HistoryStateManager,
        factory: _HistoryStateManager.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(HistoryStateManager, [{
            type: Service
        }], null, null);
})();
function afterNextNavigation(router, action) {
    router.events.pipe(filter((e) => e instanceof NavigationEnd || e instanceof NavigationCancel || e instanceof NavigationError || e instanceof NavigationSkipped), map((e) => {
        if (e instanceof NavigationEnd || e instanceof NavigationSkipped) {
            return 0;
        }
        const redirecting = e instanceof NavigationCancel ? e.code === NavigationCancellationCode.Redirect || e.code === NavigationCancellationCode.SupersededByNewNavigation : false;
        return redirecting ? 2 : 1;
    }), filter((result) => result !== 2), take(1)).subscribe(() => {
        action();
    });
}
var Router = class _Router {
    get currentUrlTree() {
        return this.stateManager.getCurrentUrlTree();
    }
    get rawUrlTree() {
        return this.stateManager.getRawUrlTree();
    }
    disposed = false;
    nonRouterCurrentEntryChangeSubscription;
    console = inject(_Console);
    stateManager = inject(StateManager);
    options = inject(ROUTER_CONFIGURATION, {
        optional: true
    }) || {};
    pendingTasks = inject(_PendingTasksInternal);
    urlUpdateStrategy = this.options.urlUpdateStrategy || "deferred";
    navigationTransitions = inject(NavigationTransitions);
    urlSerializer = inject(UrlSerializer);
    location = inject(Location);
    urlHandlingStrategy = inject(UrlHandlingStrategy);
    injector = inject(EnvironmentInjector2);
    _events = new Subject();
    get events() {
        return this._events;
    }
    get routerState() {
        return this.stateManager.getRouterState();
    }
    navigated = false;
    routeReuseStrategy = inject(RouteReuseStrategy);
    injectorCleanup = inject(ROUTE_INJECTOR_CLEANUP, {
        optional: true
    });
    onSameUrlNavigation = this.options.onSameUrlNavigation || "ignore";
    config = inject(ROUTES, {
        optional: true
    })?.flat() ?? [];
    componentInputBindingEnabled = !!inject(INPUT_BINDER, {
        optional: true
    });
    currentNavigation = this.navigationTransitions.currentNavigation.asReadonly();
    constructor() {
        this.resetConfig(this.config);
        this.navigationTransitions.setupNavigations(this).subscribe({
            error: (e) => {
            }
        });
        this.subscribeToNavigationEvents();
    }
    eventsSubscription = new Subscription();
    subscribeToNavigationEvents() {
        const subscription = this.navigationTransitions.events.subscribe((e) => {
            try {
                const currentTransition = this.navigationTransitions.currentTransition;
                const currentNavigation = untracked(this.navigationTransitions.currentNavigation);
                if (currentTransition !== null && currentNavigation !== null) {
                    this.stateManager.handleRouterEvent(e, currentNavigation);
                    if (e instanceof NavigationCancel && e.code !== NavigationCancellationCode.Redirect && e.code !== NavigationCancellationCode.SupersededByNewNavigation) {
                        this.navigated = true;
                    }
                    else if (e instanceof NavigationEnd) {
                        this.navigated = true;
                        this.injectorCleanup?.(this.routeReuseStrategy, this.routerState, this.config);
                    }
                    else if (e instanceof RedirectRequest) {
                        const opts = e.navigationBehaviorOptions;
                        const mergedTree = this.urlHandlingStrategy.merge(e.url, currentTransition.currentRawUrl);
                        const extras = __spreadValues({
                            scroll: currentTransition.extras.scroll,
                            browserUrl: currentTransition.extras.browserUrl,
                            info: currentTransition.extras.info,
                            skipLocationChange: currentTransition.extras.skipLocationChange,
                            replaceUrl: currentTransition.extras.replaceUrl || this.urlUpdateStrategy === "eager" || isBrowserTriggeredNavigation(currentTransition.source)
                        }, opts);
                        this.scheduleNavigation(mergedTree, IMPERATIVE_NAVIGATION, null, extras, currentTransition.hasUAVisualTransition, {
                            resolve: currentTransition.resolve,
                            reject: currentTransition.reject,
                            promise: currentTransition.promise
                        });
                    }
                }
                if (isPublicRouterEvent(e)) {
                    this._events.next(e);
                }
            }
            catch (e2) {
                this.navigationTransitions.transitionAbortWithErrorSubject.next(e2);
            }
        });
        this.eventsSubscription.add(subscription);
    }
    resetRootComponentType(rootComponentType) {
        this.routerState.root.component = rootComponentType;
        this.navigationTransitions.rootComponentType = rootComponentType;
    }
    initialNavigation() {
        this.setUpLocationChangeListener();
        if (!this.navigationTransitions.hasRequestedNavigation) {
            this.navigateToSyncWithBrowser(this.location.path(true), IMPERATIVE_NAVIGATION, this.stateManager.restoredState(), {
                replaceUrl: true
            });
        }
    }
    setUpLocationChangeListener() {
        this.nonRouterCurrentEntryChangeSubscription ??= this.stateManager.registerNonRouterCurrentEntryChangeListener((url, state, source, extras, hasUAVisualTransition) => {
            this.navigateToSyncWithBrowser(url, source, state, extras, hasUAVisualTransition);
        });
    }
    navigateToSyncWithBrowser(url, source, state, extras, hasUAVisualTransition) {
        const restoredState = state?.navigationId ? state : null;
        const routerUrl = state?.\u0275routerUrl ?? url;
        if (state?.\u0275routerUrl) {
            extras = __spreadProps(__spreadValues({}, extras), {
                browserUrl: url
            });
        }
        if (state) {
            const stateCopy = __spreadValues({}, state);
            delete stateCopy.navigationId;
            delete stateCopy.\u0275routerPageId;
            delete stateCopy.\u0275routerUrl;
            if (Object.keys(stateCopy).length !== 0) {
                extras.state = stateCopy;
            }
        }
        const urlTree = this.parseUrl(routerUrl);
        this.scheduleNavigation(urlTree, source, restoredState, extras, hasUAVisualTransition).catch((e) => {
            if (this.disposed) {
                return;
            }
            this.injector.get(_INTERNAL_APPLICATION_ERROR_HANDLER)(e);
        });
    }
    get url() {
        return this.serializeUrl(this.currentUrlTree);
    }
    getCurrentNavigation() {
        return untracked(this.navigationTransitions.currentNavigation);
    }
    get lastSuccessfulNavigation() {
        return this.navigationTransitions.lastSuccessfulNavigation;
    }
    resetConfig(config) {
        (typeof ngDevMode === "undefined" || ngDevMode) && validateConfig(config);
        this.config = config.map(standardizeConfig);
        this.navigated = false;
    }
    ngOnDestroy() {
        this.dispose();
    }
    dispose() {
        this._events.unsubscribe();
        this.navigationTransitions.complete();
        this.nonRouterCurrentEntryChangeSubscription?.unsubscribe();
        this.nonRouterCurrentEntryChangeSubscription = void 0;
        this.disposed = true;
        this.eventsSubscription.unsubscribe();
    }
    createUrlTree(commands, navigationExtras = {}) {
        const { relativeTo, queryParams, fragment, queryParamsHandling, preserveFragment } = navigationExtras;
        const f = preserveFragment ? this.currentUrlTree.fragment : fragment;
        let q = null;
        switch (queryParamsHandling ?? this.options.defaultQueryParamsHandling) {
            case "merge":
                q = __spreadValues(__spreadValues({}, this.currentUrlTree.queryParams), queryParams);
                break;
            case "preserve":
                q = this.currentUrlTree.queryParams;
                break;
            default:
                q = queryParams || null;
        }
        if (q !== null) {
            q = this.removeEmptyProps(q);
        }
        let relativeToUrlSegmentGroup;
        try {
            const relativeToSnapshot = relativeTo ? relativeTo.snapshot : this.routerState.snapshot.root;
            relativeToUrlSegmentGroup = createSegmentGroupFromRoute(relativeToSnapshot);
        }
        catch (e) {
            if (typeof commands[0] !== "string" || commands[0][0] !== "/") {
                commands = [];
            }
            relativeToUrlSegmentGroup = this.currentUrlTree.root;
        }
        return createUrlTreeFromSegmentGroup(relativeToUrlSegmentGroup, commands, q, f ?? null, this.urlSerializer);
    }
    navigateByUrl(url, extras = {
        skipLocationChange: false
    }) {
        const urlTree = isUrlTree(url) ? url : this.parseUrl(url);
        const mergedTree = this.urlHandlingStrategy.merge(urlTree, this.rawUrlTree);
        return this.scheduleNavigation(mergedTree, IMPERATIVE_NAVIGATION, null, extras);
    }
    navigate(commands, extras = {
        skipLocationChange: false
    }) {
        validateCommands(commands);
        return this.navigateByUrl(this.createUrlTree(commands, extras), extras);
    }
    serializeUrl(url) {
        return this.urlSerializer.serialize(url);
    }
    parseUrl(url) {
        try {
            return this.urlSerializer.parse(url);
        }
        catch (e) {
            this.console.warn(_formatRuntimeError(4018, ngDevMode && `Error parsing URL ${url}. Falling back to '/' instead. 
` + e));
            return this.urlSerializer.parse("/");
        }
    }
    isActive(url, matchOptions) {
        let options;
        if (matchOptions === true) {
            options = __spreadValues({}, exactMatchOptions);
        }
        else if (matchOptions === false) {
            options = __spreadValues({}, subsetMatchOptions);
        }
        else {
            options = __spreadValues(__spreadValues({}, subsetMatchOptions), matchOptions);
        }
        if (isUrlTree(url)) {
            return containsTree(this.currentUrlTree, url, options);
        }
        const urlTree = this.parseUrl(url);
        return containsTree(this.currentUrlTree, urlTree, options);
    }
    removeEmptyProps(params) {
        return Object.entries(params).reduce((result, [key, value]) => {
            if (value !== null && value !== void 0) {
                result[key] = value;
            }
            return result;
        }, {});
    }
    scheduleNavigation(rawUrl, source, restoredState, extras, hasUAVisualTransition, priorPromise) {
        if (this.disposed) {
            return Promise.resolve(false);
        }
        let resolve;
        let reject;
        let promise;
        if (priorPromise) {
            resolve = priorPromise.resolve;
            reject = priorPromise.reject;
            promise = priorPromise.promise;
        }
        else {
            promise = new Promise((res, rej) => {
                resolve = res;
                reject = rej;
            });
        }
        const taskId = this.pendingTasks.add();
        afterNextNavigation(this, () => {
            queueMicrotask(() => this.pendingTasks.remove(taskId));
        });
        this.navigationTransitions.handleNavigationRequest({
            source,
            restoredState,
            currentUrlTree: this.currentUrlTree,
            currentRawUrl: this.currentUrlTree,
            rawUrl,
            extras,
            hasUAVisualTransition,
            resolve,
            reject,
            promise,
            currentSnapshot: this.routerState.snapshot,
            currentRouterState: this.routerState
        });
        return promise.catch(Promise.reject.bind(Promise));
    }
    static \u0275fac = function Router_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _Router)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _Router,
        factory: _Router.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(Router, [{
            type: Service
        }], () => [], null);
})();
function validateCommands(commands) {
    for (let i = 0; i < commands.length; i++) {
        const cmd = commands[i];
        if (cmd == null) {
            throw new _RuntimeError(4008, (typeof ngDevMode === "undefined" || ngDevMode) && `The requested path contains ${cmd} segment at index ${i}`);
        }
    }
}
// node_modules/@angular/router/fesm2022/_router_module-chunk.mjs
import * as i3 from "@angular/common";
import { ViewportScroller, PlatformNavigation, PlatformLocation, \u0275PRECOMMIT_HANDLER_SUPPORTED as _PRECOMMIT_HANDLER_SUPPORTED, Location as Location2, LOCATION_INITIALIZED, \u0275NavigationAdapterForLocation as _NavigationAdapterForLocation, HashLocationStrategy, LocationStrategy as LocationStrategy2, PathLocationStrategy } from "@angular/common";
import * as i02 from "@angular/core";
import { inject as inject2, HostAttributeToken, linkedSignal, untracked as untracked2, signal as signal2, input as input2, \u0275INTERNAL_APPLICATION_ERROR_HANDLER as _INTERNAL_APPLICATION_ERROR_HANDLER2, effect, \u0275RuntimeError as _RuntimeError2, computed as computed2, booleanAttribute, Service as Service2, HostListener, Input as Input4, Attribute, Directive as Directive2, EventEmitter as EventEmitter2, Output as Output2, ContentChildren, reflectComponentType as reflectComponentType2, assertInInjectionContext, Injector, resourceFromSnapshots, DestroyRef as DestroyRef2, createEnvironmentInjector as createEnvironmentInjector2, runInInjectionContext as runInInjectionContext2, Injectable as Injectable2, InjectionToken as InjectionToken2, \u0275IS_HYDRATION_DOM_REUSE_ENABLED as _IS_HYDRATION_DOM_REUSE_ENABLED, NgZone, ApplicationRef, EnvironmentInjector as EnvironmentInjector4, afterNextRender as afterNextRender2, \u0275promiseWithResolvers as _promiseWithResolvers, \u0275publishNonCoreGlobalUtil as _publishNonCoreGlobalUtil, makeEnvironmentProviders, APP_BOOTSTRAP_LISTENER, provideAppInitializer, \u0275IS_ENABLED_BLOCKING_INITIAL_NAVIGATION as _IS_ENABLED_BLOCKING_INITIAL_NAVIGATION, provideEnvironmentInitializer, \u0275performanceMarkFeature as _performanceMarkFeature, ENVIRONMENT_INITIALIZER, NgModule } from "@angular/core";
import { Subject as Subject2, of as of2, from as from2, pipe as pipe2 } from "rxjs";
import { mergeAll, catchError as catchError2, filter as filter2, concatMap as concatMap2, mergeMap as mergeMap2 } from "rxjs/operators";
var ReactiveRouterState = class _ReactiveRouterState {
    router = inject2(Router);
    stateManager = inject2(StateManager);
    fragment = signal2("", ...ngDevMode ? [{
            debugName: "fragment"
        }] : []);
    queryParams = signal2({}, ...ngDevMode ? [{
            debugName: "queryParams"
        }] : []);
    path = signal2("", ...ngDevMode ? [{
            debugName: "path"
        }] : []);
    serializer = inject2(UrlSerializer);
    constructor() {
        this.updateState();
        this.router.events?.subscribe((e) => {
            if (e instanceof NavigationEnd) {
                this.updateState();
            }
        });
    }
    updateState() {
        const { fragment, root, queryParams } = this.stateManager.getCurrentUrlTree();
        this.fragment.set(fragment);
        this.queryParams.set(queryParams);
        this.path.set(this.serializer.serialize(new UrlTree(root)));
    }
    static \u0275fac = function ReactiveRouterState_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _ReactiveRouterState)();
    };
    static \u0275prov = /* @__PURE__ */ i02.\u0275\u0275defineService({
        token: _ReactiveRouterState,
        factory: _ReactiveRouterState.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(ReactiveRouterState, [{
            type: Service2
        }], () => [], null);
})();
var RouterLink = class _RouterLink {
    router;
    route;
    tabIndexAttribute;
    renderer;
    el;
    locationStrategy;
    hrefAttributeValue = inject2(new HostAttributeToken("href"), {
        optional: true
    });
    reactiveHref = linkedSignal(() => {
        if (!this.isAnchorElement) {
            return this.hrefAttributeValue;
        }
        return this.computeHref(this._urlTree());
    }, ...ngDevMode ? [{
            debugName: "reactiveHref"
        }] : []);
    get href() {
        return untracked2(this.reactiveHref);
    }
    set href(value) {
        this.reactiveHref.set(value);
    }
    set target(value) {
        this._target.set(value);
    }
    get target() {
        return untracked2(this._target);
    }
    _target = signal2(void 0, ...ngDevMode ? [{
            debugName: "_target"
        }] : []);
    set queryParams(value) {
        this._queryParams.set(value);
    }
    get queryParams() {
        return untracked2(this._queryParams);
    }
    _queryParams = signal2(void 0, __spreadProps(__spreadValues({}, ngDevMode ? {
        debugName: "_queryParams"
    } : {}), {
        equal: () => false
    }));
    set fragment(value) {
        this._fragment.set(value);
    }
    get fragment() {
        return untracked2(this._fragment);
    }
    _fragment = signal2(void 0, ...ngDevMode ? [{
            debugName: "_fragment"
        }] : []);
    set queryParamsHandling(value) {
        this._queryParamsHandling.set(value);
    }
    get queryParamsHandling() {
        return untracked2(this._queryParamsHandling);
    }
    _queryParamsHandling = signal2(void 0, ...ngDevMode ? [{
            debugName: "_queryParamsHandling"
        }] : []);
    set state(value) {
        this._state.set(value);
    }
    get state() {
        return untracked2(this._state);
    }
    _state = signal2(void 0, __spreadProps(__spreadValues({}, ngDevMode ? {
        debugName: "_state"
    } : {}), {
        equal: () => false
    }));
    set info(value) {
        this._info.set(value);
    }
    get info() {
        return untracked2(this._info);
    }
    _info = signal2(void 0, __spreadProps(__spreadValues({}, ngDevMode ? {
        debugName: "_info"
    } : {}), {
        equal: () => false
    }));
    set relativeTo(value) {
        this._relativeTo.set(value);
    }
    get relativeTo() {
        return untracked2(this._relativeTo);
    }
    _relativeTo = signal2(void 0, ...ngDevMode ? [{
            debugName: "_relativeTo"
        }] : []);
    set preserveFragment(value) {
        this._preserveFragment.set(value);
    }
    get preserveFragment() {
        return untracked2(this._preserveFragment);
    }
    _preserveFragment = signal2(false, ...ngDevMode ? [{
            debugName: "_preserveFragment"
        }] : []);
    set skipLocationChange(value) {
        this._skipLocationChange.set(value);
    }
    get skipLocationChange() {
        return untracked2(this._skipLocationChange);
    }
    _skipLocationChange = signal2(false, ...ngDevMode ? [{
            debugName: "_skipLocationChange"
        }] : []);
    set replaceUrl(value) {
        this._replaceUrl.set(value);
    }
    get replaceUrl() {
        return untracked2(this._replaceUrl);
    }
    _replaceUrl = signal2(false, ...ngDevMode ? [{
            debugName: "_replaceUrl"
        }] : []);
    browserUrl = input2(void 0, ...ngDevMode ? [{
            debugName: "browserUrl"
        }] : []);
    isAnchorElement;
    onChanges = new Subject2();
    applicationErrorHandler = inject2(_INTERNAL_APPLICATION_ERROR_HANDLER2);
    options = inject2(ROUTER_CONFIGURATION, {
        optional: true
    });
    reactiveRouterState = inject2(ReactiveRouterState);
    constructor(router, route, tabIndexAttribute, renderer, el, locationStrategy) {
        this.router = router;
        this.route = route;
        this.tabIndexAttribute = tabIndexAttribute;
        this.renderer = renderer;
        this.el = el;
        this.locationStrategy = locationStrategy;
        const tagName = el.nativeElement.tagName?.toLowerCase();
        this.isAnchorElement = tagName === "a" || tagName === "area" || !!(typeof customElements === "object" && customElements.get(tagName)?.observedAttributes?.includes?.("href"));
        if (typeof ngDevMode !== "undefined" && ngDevMode) {
            effect(() => {
                if (isUrlTree(this.routerLinkInput()) && (this._fragment() !== void 0 || this._queryParams() || this._queryParamsHandling() || this._preserveFragment() || this._relativeTo())) {
                    throw new _RuntimeError2(4017, "Cannot configure queryParams or fragment when using a UrlTree as the routerLink input value.");
                }
            });
        }
    }
    setTabIndexIfNotOnNativeEl(newTabIndex) {
        if (this.tabIndexAttribute != null || this.isAnchorElement) {
            return;
        }
        this.applyAttributeValue("tabindex", newTabIndex);
    }
    ngOnChanges(changes) {
        this.onChanges.next(this);
    }
    routerLinkInput = signal2(null, ...ngDevMode ? [{
            debugName: "routerLinkInput"
        }] : []);
    set routerLink(commandsOrUrlTree) {
        if (commandsOrUrlTree == null) {
            this.routerLinkInput.set(null);
            this.setTabIndexIfNotOnNativeEl(null);
        }
        else {
            if (isUrlTree(commandsOrUrlTree)) {
                this.routerLinkInput.set(commandsOrUrlTree);
            }
            else {
                this.routerLinkInput.set(Array.isArray(commandsOrUrlTree) ? commandsOrUrlTree : [commandsOrUrlTree]);
            }
            this.setTabIndexIfNotOnNativeEl("0");
        }
    }
    onClick(button, ctrlKey, shiftKey, altKey, metaKey) {
        const urlTree = this._urlTree();
        if (urlTree === null) {
            return true;
        }
        if (this.isAnchorElement) {
            if (button !== 0 || ctrlKey || shiftKey || altKey || metaKey) {
                return true;
            }
            if (typeof this.target === "string" && this.target != "_self") {
                return true;
            }
        }
        const browserUrl = this.browserUrl();
        const extras = __spreadValues({
            skipLocationChange: this.skipLocationChange,
            replaceUrl: this.replaceUrl,
            state: this.state,
            info: this.info
        }, browserUrl !== void 0 && {
            browserUrl
        });
        this.router.navigateByUrl(urlTree, extras)?.catch((e) => {
            this.applicationErrorHandler(e);
        });
        return !this.isAnchorElement;
    }
    ngOnDestroy() {
    }
    applyAttributeValue(attrName, attrValue) {
        const renderer = this.renderer;
        const nativeElement = this.el.nativeElement;
        if (attrValue !== null) {
            renderer.setAttribute(nativeElement, attrName, attrValue);
        }
        else {
            renderer.removeAttribute(nativeElement, attrName);
        }
    }
    _urlTree = computed2(() => {
        this.reactiveRouterState.path();
        if (this._preserveFragment()) {
            this.reactiveRouterState.fragment();
        }
        const shouldTrackParams = (handling) => handling === "preserve" || handling === "merge";
        if (shouldTrackParams(this._queryParamsHandling()) || shouldTrackParams(this.options?.defaultQueryParamsHandling)) {
            this.reactiveRouterState.queryParams();
        }
        const routerLinkInput = this.routerLinkInput();
        if (routerLinkInput === null || !this.router.createUrlTree) {
            return null;
        }
        else if (isUrlTree(routerLinkInput)) {
            return routerLinkInput;
        }
        return this.router.createUrlTree(routerLinkInput, {
            relativeTo: this._relativeTo() !== void 0 ? this._relativeTo() : this.route,
            queryParams: this._queryParams(),
            fragment: this._fragment(),
            queryParamsHandling: this._queryParamsHandling(),
            preserveFragment: this._preserveFragment()
        });
    }, __spreadProps(__spreadValues({}, ngDevMode ? {
        debugName: "_urlTree"
    } : {}), {
        equal: (a, b) => this.computeHref(a) === this.computeHref(b)
    }));
    get urlTree() {
        return untracked2(this._urlTree);
    }
    computeHref(urlTree) {
        return urlTree !== null && this.locationStrategy ? this.locationStrategy?.prepareExternalUrl(this.router.serializeUrl(urlTree)) ?? "" : null;
    }
    static \u0275fac = function RouterLink_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RouterLink)(i02.\u0275\u0275directiveInject(Router), i02.\u0275\u0275directiveInject(ActivatedRoute), i02.\u0275\u0275injectAttribute("tabindex"), i02.\u0275\u0275directiveInject(i02.Renderer2), i02.\u0275\u0275directiveInject(i02.ElementRef), i02.\u0275\u0275directiveInject(i3.LocationStrategy));
    };
    static \u0275dir = /* @__PURE__ */ i02.\u0275\u0275defineDirective({
        type: _RouterLink,
        selectors: [["", "routerLink", ""]],
        hostVars: 2,
        hostBindings: function RouterLink_HostBindings(rf, ctx) {
            if (rf & 1) {
                i02.\u0275\u0275listener("click", function RouterLink_click_HostBindingHandler($event) {
                    return ctx.onClick($event.button, $event.ctrlKey, $event.shiftKey, $event.altKey, $event.metaKey);
                });
            }
            if (rf & 2) {
                i02.\u0275\u0275attribute("href", ctx.reactiveHref(), i02.\u0275\u0275sanitizeUrlOrResourceUrl)("target", ctx._target());
            }
        },
        inputs: {
            target: "target",
            queryParams: "queryParams",
            fragment: "fragment",
            queryParamsHandling: "queryParamsHandling",
            state: "state",
            info: "info",
            relativeTo: "relativeTo",
            preserveFragment: [2, "preserveFragment", "preserveFragment", booleanAttribute],
            skipLocationChange: [2, "skipLocationChange", "skipLocationChange", booleanAttribute],
            replaceUrl: [2, "replaceUrl", "replaceUrl", booleanAttribute],
            browserUrl: [1, "browserUrl"],
            routerLink: "routerLink"
        },
        features: [i02.\u0275\u0275NgOnChangesFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(RouterLink, [{
            type: Directive2,
            args: [{
                    selector: "[routerLink]",
                    host: {
                        "[attr.href]": "reactiveHref()",
                        "[attr.target]": "_target()"
                    }
                }]
        }], () => [{
            type: Router
        }, {
            type: ActivatedRoute
        }, {
            type: void 0,
            decorators: [{
                    type: Attribute,
                    args: ["tabindex"]
                }]
        }, {
            type: i02.Renderer2
        }, {
            type: i02.ElementRef
        }, {
            type: i3.LocationStrategy
        }], {
        target: [{
                type: Input4
            }],
        queryParams: [{
                type: Input4
            }],
        fragment: [{
                type: Input4
            }],
        queryParamsHandling: [{
                type: Input4
            }],
        state: [{
                type: Input4
            }],
        info: [{
                type: Input4
            }],
        relativeTo: [{
                type: Input4
            }],
        preserveFragment: [{
                type: Input4,
                args: [{
                        transform: booleanAttribute
                    }]
            }],
        skipLocationChange: [{
                type: Input4,
                args: [{
                        transform: booleanAttribute
                    }]
            }],
        replaceUrl: [{
                type: Input4,
                args: [{
                        transform: booleanAttribute
                    }]
            }],
        browserUrl: [{
                type: i02.Input,
                args: [{
                        isSignal: true,
                        alias: "browserUrl",
                        required: false
                    }]
            }],
        routerLink: [{
                type: Input4
            }],
        onClick: [{
                type: HostListener,
                args: ["click", ["$event.button", "$event.ctrlKey", "$event.shiftKey", "$event.altKey", "$event.metaKey"]]
            }]
    });
})();
var RouterLinkActive = class _RouterLinkActive {
    router;
    element;
    renderer;
    cdr;
    links;
    classes = [];
    routerEventsSubscription;
    linkInputChangesSubscription;
    _isActive = false;
    get isActive() {
        return this._isActive;
    }
    routerLinkActiveOptions = {
        exact: false
    };
    ariaCurrentWhenActive;
    isActiveChange = new EventEmitter2();
    link = inject2(RouterLink, {
        optional: true
    });
    constructor(router, element, renderer, cdr) {
        this.router = router;
        this.element = element;
        this.renderer = renderer;
        this.cdr = cdr;
        this.routerEventsSubscription = router.events.subscribe((s) => {
            if (s instanceof NavigationEnd) {
                this.update();
            }
        });
    }
    ngAfterContentInit() {
        of2(this.links.changes, of2(null)).pipe(mergeAll()).subscribe((_) => {
            this.update();
            this.subscribeToEachLinkOnChanges();
        });
    }
    subscribeToEachLinkOnChanges() {
        this.linkInputChangesSubscription?.unsubscribe();
        const allLinkChanges = [...this.links.toArray(), this.link].filter((link) => !!link).map((link) => link.onChanges);
        this.linkInputChangesSubscription = from2(allLinkChanges).pipe(mergeAll()).subscribe((link) => {
            if (this._isActive !== this.isLinkActive(this.router)(link)) {
                this.update();
            }
        });
    }
    set routerLinkActive(data) {
        if (data == null) {
            this.classes = [];
            return;
        }
        const classes = Array.isArray(data) ? data : data.split(" ");
        this.classes = classes.filter((c) => !!c);
    }
    ngOnChanges(changes) {
        this.update();
    }
    ngOnDestroy() {
        this.routerEventsSubscription.unsubscribe();
        this.linkInputChangesSubscription?.unsubscribe();
    }
    update() {
        if (!this.links || !this.router.navigated)
            return;
        if (this.routerLinkActiveOptions === null && !this._isActive)
            return;
        queueMicrotask(() => {
            const hasActiveLinks = this.hasActiveLinks();
            this.classes.forEach((c) => {
                if (hasActiveLinks) {
                    this.renderer.addClass(this.element.nativeElement, c);
                }
                else {
                    this.renderer.removeClass(this.element.nativeElement, c);
                }
            });
            if (hasActiveLinks && this.ariaCurrentWhenActive !== void 0) {
                this.renderer.setAttribute(this.element.nativeElement, "aria-current", this.ariaCurrentWhenActive.toString());
            }
            else {
                this.renderer.removeAttribute(this.element.nativeElement, "aria-current");
            }
            if (this._isActive !== hasActiveLinks) {
                this._isActive = hasActiveLinks;
                this.cdr.markForCheck();
                this.isActiveChange.emit(hasActiveLinks);
            }
        });
    }
    isLinkActive(router) {
        const opts = this.routerLinkActiveOptions;
        if (opts === null) {
            return () => false;
        }
        let options;
        if (opts === void 0) {
            options = __spreadValues({}, subsetMatchOptions);
        }
        else if (isActiveMatchOptions(opts)) {
            options = opts;
        }
        else if (opts.exact ?? false) {
            options = __spreadValues({}, exactMatchOptions);
        }
        else {
            options = __spreadValues({}, subsetMatchOptions);
        }
        return (link) => {
            const urlTree = link.urlTree;
            return urlTree ? untracked2(isActive(urlTree, router, options)) : false;
        };
    }
    hasActiveLinks() {
        const isActiveCheckFn = this.isLinkActive(this.router);
        return this.link && isActiveCheckFn(this.link) || this.links.some(isActiveCheckFn);
    }
    static \u0275fac = function RouterLinkActive_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RouterLinkActive)(i02.\u0275\u0275directiveInject(Router), i02.\u0275\u0275directiveInject(i02.ElementRef), i02.\u0275\u0275directiveInject(i02.Renderer2), i02.\u0275\u0275directiveInject(i02.ChangeDetectorRef));
    };
    static \u0275dir = /* @__PURE__ */ i02.\u0275\u0275defineDirective({
        type: _RouterLinkActive,
        selectors: [["", "routerLinkActive", ""]],
        contentQueries: function RouterLinkActive_ContentQueries(rf, ctx, dirIndex) {
            if (rf & 1) {
                i02.\u0275\u0275contentQuery(dirIndex, RouterLink, 5);
            }
            if (rf & 2) {
                let _t;
                i02.\u0275\u0275queryRefresh(_t = i02.\u0275\u0275loadQuery()) && (ctx.links = _t);
            }
        },
        inputs: {
            routerLinkActiveOptions: "routerLinkActiveOptions",
            ariaCurrentWhenActive: "ariaCurrentWhenActive",
            routerLinkActive: "routerLinkActive"
        },
        outputs: {
            isActiveChange: "isActiveChange"
        },
        exportAs: ["routerLinkActive"],
        features: [i02.\u0275\u0275NgOnChangesFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(RouterLinkActive, [{
            type: Directive2,
            args: [{
                    selector: "[routerLinkActive]",
                    exportAs: "routerLinkActive"
                }]
        }], () => [{
            type: Router
        }, {
            type: i02.ElementRef
        }, {
            type: i02.Renderer2
        }, {
            type: i02.ChangeDetectorRef
        }], {
        links: [{
                type: ContentChildren,
                args: [RouterLink, {
                        descendants: true
                    }]
            }],
        routerLinkActiveOptions: [{
                type: Input4
            }],
        ariaCurrentWhenActive: [{
                type: Input4
            }],
        isActiveChange: [{
                type: Output2
            }],
        routerLinkActive: [{
                type: Input4
            }]
    });
})();
function isActiveMatchOptions(options) {
    const o = options;
    return !!(o.paths || o.matrixParams || o.queryParams || o.fragment);
}
var BLOCKING_SYMBOL = /* @__PURE__ */ Symbol(typeof ngDevMode === "undefined" || ngDevMode ? "__isBlocking" : "");
var SOURCE_RESOURCE_SYMBOL = /* @__PURE__ */ Symbol(typeof ngDevMode === "undefined" || ngDevMode ? "__sourceResource" : "");
function hasValueOrResolved(res) {
    const status = res.status();
    return res.hasValue() || status !== "loading" && status !== "reloading";
}
function nonBlocking(res) {
    res[BLOCKING_SYMBOL] = false;
    return res;
}
function routerResource(source) {
    ngDevMode && assertInInjectionContext(routerResource);
    const injector = inject2(Injector);
    const router = injector.get(Router);
    const { snapshot: snapshotSignal, frozenSnapshot } = createTransactionalSnapshot(source, router, injector);
    const res = resourceFromSnapshots(snapshotSignal);
    res[SOURCE_RESOURCE_SYMBOL] = source;
    res[BLOCKING_SYMBOL] = source[BLOCKING_SYMBOL] !== false;
    if (typeof source.reload === "function") {
        res.reload = function () {
            if (frozenSnapshot() !== null) {
                return false;
            }
            return source.reload();
        };
    }
    else {
        res.reload = () => false;
    }
    return res;
}
function createTransactionalSnapshot(source, router, injector) {
    const frozenSnapshot = signal2(null, ...ngDevMode ? [{
            debugName: "frozenSnapshot"
        }] : []);
    const isRollbackRecoveryPending = signal2(false, ...ngDevMode ? [{
            debugName: "isRollbackRecoveryPending"
        }] : []);
    const sub = router.events.subscribe((e) => {
        if (e instanceof NavigationStart) {
            isRollbackRecoveryPending.set(false);
            if (frozenSnapshot() === null) {
                frozenSnapshot.set(source.snapshot());
            }
        }
        else if (e instanceof NavigationEnd) {
            frozenSnapshot.set(null);
            isRollbackRecoveryPending.set(false);
        }
        else if (e instanceof NavigationSkipped) {
            if (frozenSnapshot() !== null) {
                isRollbackRecoveryPending.set(true);
            }
        }
        else if (e instanceof NavigationCancel || e instanceof NavigationError) {
            const isRollback = e instanceof NavigationError || e instanceof NavigationCancel && e.code !== NavigationCancellationCode.SupersededByNewNavigation && e.code !== NavigationCancellationCode.Redirect;
            if (!isRollback)
                return;
            isRollbackRecoveryPending.set(true);
        }
    });
    injector.get(DestroyRef2).onDestroy(() => sub.unsubscribe());
    effect(() => {
        if (isRollbackRecoveryPending() && hasValueOrResolved(source)) {
            isRollbackRecoveryPending.set(false);
            frozenSnapshot.set(null);
        }
    }, {
        injector
    });
    return {
        snapshot: computed2(() => frozenSnapshot() ?? source.snapshot()),
        frozenSnapshot
    };
}
function createResourceOutletBindingEffects(componentRef, route, injector) {
    const createdEffects = [];
    const handledKeys = [];
    const mirror = route.component ? reflectComponentType2(route.component) : null;
    if (!mirror) {
        return {
            createdEffects,
            handledKeys
        };
    }
    for (const { templateName } of mirror.inputs) {
        const resource = route.resources?.[templateName];
        if (!resource || !resource[BLOCKING_SYMBOL]) {
            continue;
        }
        const effectRef = effect(() => {
            componentRef.setInput(templateName, resource.value());
        }, __spreadProps(__spreadValues({}, ngDevMode ? {
            debugName: "effectRef"
        } : {}), {
            injector
        }));
        createdEffects.push(effectRef);
        handledKeys.push(templateName);
    }
    return {
        createdEffects,
        handledKeys
    };
}
function setupAndRunResources(abortSignal) {
    return pipe2(switchTap(({ newlyCreatedRoutes, targetRouterState }) => {
        if (!newlyCreatedRoutes || !targetRouterState || abortSignal.aborted) {
            return;
        }
        const resourceSetupPromises = [];
        const blockingResourcePromises = [];
        const traverse = (stateNode) => {
            const route = stateNode.value;
            if (route) {
                initializeActivatedRoute(route);
                processRoute(route, newlyCreatedRoutes, resourceSetupPromises, abortSignal, blockingResourcePromises);
            }
            for (const childState of stateNode.children) {
                traverse(childState);
            }
        };
        traverse(targetRouterState._root);
        return Promise.all(resourceSetupPromises).then(() => Promise.all(blockingResourcePromises));
    }));
}
function processRoute(route, newlyCreatedRoutes, resourceSetupPromises, abortSignal, blockingResourcePromises) {
    const resources = route.routeConfig?.resources;
    if (!resources) {
        return;
    }
    if (newlyCreatedRoutes.has(route)) {
        resourceSetupPromises.push(setupNewRouterResources(route._futureSnapshot, route, abortSignal, blockingResourcePromises));
    }
    else {
        updateExistingResources(route, blockingResourcePromises, abortSignal);
    }
}
function setupNewRouterResources(snapshot, route, abortSignal, blockingResourcePromises) {
    return __async(this, null, function* () {
        const resourcesFn = snapshot?.routeConfig?.resources;
        const parentInjector = snapshot?._environmentInjector;
        if (!resourcesFn || !parentInjector) {
            return;
        }
        let childInjector = route._localInjector;
        if (!childInjector) {
            childInjector = createEnvironmentInjector2([], parentInjector);
            route._localInjector = childInjector;
        }
        const context = {
            params: route.paramsSignal,
            queryParams: route.queryParamsSignal,
            fragment: route.fragmentSignal,
            data: route.dataSignal,
            snapshot: route._futureSnapshot
        };
        const resourceResultRaw = runInInjectionContext2(childInjector, () => resourcesFn(context));
        let resourceResult;
        if (resourceResultRaw instanceof Promise) {
            resourceResult = yield resourceResultRaw;
            if (abortSignal.aborted)
                return;
        }
        else {
            resourceResult = resourceResultRaw;
        }
        if (!resourceResult)
            return;
        const wrappedResult = {};
        for (const [key, res] of Object.entries(resourceResult)) {
            if (typeof ngDevMode === "undefined" || ngDevMode) {
                if (!res || typeof res !== "object" || typeof res.snapshot !== "function") {
                    throw new Error(`Invalid resource returned for key "${key}". Expected a Resource, but got ${res === null ? "null" : typeof res}.`);
                }
            }
            wrappedResult[key] = runInInjectionContext2(childInjector, () => routerResource(res));
        }
        route.resources = route._futureSnapshot.resources = snapshot.resources = wrappedResult;
        setupBlocking(route, wrappedResult, blockingResourcePromises, abortSignal);
    });
}
function updateExistingResources(route, blockingResourcePromises, abortSignal) {
    const currentResources = route.snapshot?.resources;
    if (!currentResources) {
        return;
    }
    Object.values(currentResources).forEach((r) => {
        const underlyingRes = r[SOURCE_RESOURCE_SYMBOL];
        if (underlyingRes.status() === "error") {
            underlyingRes.reload?.();
        }
    });
    route._futureSnapshot.resources = currentResources;
    setupBlocking(route, currentResources, blockingResourcePromises, abortSignal);
}
function setupBlocking(route, resourceResult, blockingResourcePromises, abortSignal) {
    if (abortSignal.aborted)
        return;
    const childInjector = route._localInjector;
    if (!childInjector || !resourceResult)
        return;
    for (const r of Object.values(resourceResult)) {
        const res = r;
        if (res[BLOCKING_SYMBOL] === false) {
            continue;
        }
        const promise = new Promise((resolve, reject) => {
            const underlyingRes = res[SOURCE_RESOURCE_SYMBOL];
            let isDestroyed = false;
            let unregisterOnDestroy;
            const cleanup = () => {
                isDestroyed = true;
                blockingEffect.destroy();
                unregisterOnDestroy?.();
                abortSignal.removeEventListener("abort", onAbort);
            };
            const onAbort = () => {
                cleanup();
                resolve();
            };
            abortSignal.addEventListener("abort", onAbort, {
                once: true
            });
            const blockingEffect = effect(() => {
                if (isDestroyed) {
                    return;
                }
                const status = underlyingRes.status();
                if (status === "error") {
                    cleanup();
                    reject(underlyingRes.error());
                }
                else if (hasValueOrResolved(underlyingRes)) {
                    cleanup();
                    resolve();
                }
            }, __spreadProps(__spreadValues({}, ngDevMode ? {
                debugName: "blockingEffect"
            } : {}), {
                injector: childInjector,
                manualCleanup: true
            }));
            unregisterOnDestroy = childInjector.get(DestroyRef2).onDestroy(() => {
                cleanup();
                resolve();
            });
        });
        blockingResourcePromises.push(promise);
    }
}
var PreloadingStrategy = class {
};
var PreloadAllModules = class _PreloadAllModules {
    preload(route, fn) {
        return fn().pipe(catchError2(() => of2(null)));
    }
    static \u0275fac = function PreloadAllModules_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _PreloadAllModules)();
    };
    static \u0275prov = /* @__PURE__ */ i02.\u0275\u0275defineService({
        token: _PreloadAllModules,
        factory: _PreloadAllModules.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(PreloadAllModules, [{
            type: Service2
        }], null, null);
})();
var NoPreloading = class _NoPreloading {
    preload(route, fn) {
        return of2(null);
    }
    static \u0275fac = function NoPreloading_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NoPreloading)();
    };
    static \u0275prov = /* @__PURE__ */ i02.\u0275\u0275defineService({
        token: _NoPreloading,
        factory: _NoPreloading.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(NoPreloading, [{
            type: Service2
        }], null, null);
})();
var RouterPreloader = class _RouterPreloader {
    router;
    injector;
    preloadingStrategy;
    loader;
    subscription;
    constructor(router, injector, preloadingStrategy, loader) {
        this.router = router;
        this.injector = injector;
        this.preloadingStrategy = preloadingStrategy;
        this.loader = loader;
    }
    setUpPreloading() {
        this.subscription = this.router.events.pipe(filter2((e) => e instanceof NavigationEnd), concatMap2(() => this.preload())).subscribe(() => {
        });
    }
    preload() {
        return this.processRoutes(this.injector, this.router.config);
    }
    ngOnDestroy() {
        this.subscription?.unsubscribe();
    }
    processRoutes(injector, routes) {
        const res = [];
        for (const route of routes) {
            if (route.providers && !route._injector) {
                route._injector = createEnvironmentInjector2(route.providers, injector, typeof ngDevMode === "undefined" || ngDevMode ? `Route: ${route.path}` : "");
            }
            const injectorForCurrentRoute = route._injector ?? injector;
            if (route._loadedNgModuleFactory && !route._loadedInjector) {
                route._loadedInjector = route._loadedNgModuleFactory.create(injectorForCurrentRoute).injector;
            }
            const injectorForChildren = route._loadedInjector ?? injectorForCurrentRoute;
            if (route.loadChildren && !route._loadedRoutes && route.canLoad === void 0 || route.loadComponent && !route._loadedComponent) {
                res.push(this.preloadConfig(injectorForCurrentRoute, route));
            }
            if (route.children || route._loadedRoutes) {
                res.push(this.processRoutes(injectorForChildren, route.children ?? route._loadedRoutes));
            }
        }
        return from2(res).pipe(mergeAll());
    }
    preloadConfig(injector, route) {
        return this.preloadingStrategy.preload(route, () => {
            if (injector.destroyed) {
                return of2(null);
            }
            let loadedChildren$;
            if (route.loadChildren && route.canLoad === void 0) {
                loadedChildren$ = from2(this.loader.loadChildren(injector, route));
            }
            else {
                loadedChildren$ = of2(null);
            }
            const recursiveLoadChildren$ = loadedChildren$.pipe(mergeMap2((config) => {
                if (config === null) {
                    return of2(void 0);
                }
                route._loadedRoutes = config.routes;
                route._loadedInjector = config.injector;
                route._loadedNgModuleFactory = config.factory;
                return this.processRoutes(config.injector ?? injector, config.routes);
            }));
            if (route.loadComponent && !route._loadedComponent) {
                const loadComponent$ = this.loader.loadComponent(injector, route);
                return from2([recursiveLoadChildren$, loadComponent$]).pipe(mergeAll());
            }
            else {
                return recursiveLoadChildren$;
            }
        });
    }
    static \u0275fac = function RouterPreloader_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RouterPreloader)(i02.\u0275\u0275inject(Router), i02.\u0275\u0275inject(i02.EnvironmentInjector), i02.\u0275\u0275inject(PreloadingStrategy), i02.\u0275\u0275inject(RouterConfigLoader));
    };
    static \u0275prov = /* @__PURE__ */ i02.\u0275\u0275defineInjectable({
        token: _RouterPreloader,
        factory: _RouterPreloader.\u0275fac,
        providedIn: "root"
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(RouterPreloader, [{
            type: Injectable2,
            args: [{
                    providedIn: "root"
                }]
        }], () => [{
            type: Router
        }, {
            type: i02.EnvironmentInjector
        }, {
            type: PreloadingStrategy
        }, {
            type: RouterConfigLoader
        }], null);
})();
var ROUTER_SCROLLER = new InjectionToken2(typeof ngDevMode !== "undefined" && ngDevMode ? "Router Scroller" : "");
var RouterScroller = class _RouterScroller {
    options;
    routerEventsSubscription;
    scrollEventsSubscription;
    lastId = 0;
    lastSource = IMPERATIVE_NAVIGATION;
    restoredId = 0;
    store = {};
    isHydrating = inject2(_IS_HYDRATION_DOM_REUSE_ENABLED, {
        optional: true
    }) ?? false;
    urlSerializer = inject2(UrlSerializer);
    zone = inject2(NgZone);
    viewportScroller = inject2(ViewportScroller);
    transitions = inject2(NavigationTransitions);
    constructor(options) {
        this.options = options;
        this.options.scrollPositionRestoration ||= "disabled";
        this.options.anchorScrolling ||= "disabled";
        if (this.isHydrating) {
            inject2(ApplicationRef).whenStable().then(() => {
                this.isHydrating = false;
            });
        }
    }
    init() {
        if (this.options.scrollPositionRestoration !== "disabled") {
            this.viewportScroller.setHistoryScrollRestoration("manual");
        }
        this.routerEventsSubscription = this.createScrollEvents();
        this.scrollEventsSubscription = this.consumeScrollEvents();
    }
    createScrollEvents() {
        return this.transitions.events.subscribe((e) => {
            if (e instanceof NavigationStart) {
                this.store[this.lastId] = this.viewportScroller.getScrollPosition();
                this.lastSource = e.navigationTrigger;
                this.restoredId = e.restoredState ? e.restoredState.navigationId : 0;
            }
            else if (e instanceof NavigationEnd) {
                this.lastId = e.id;
                this.scheduleScrollEvent(e, this.urlSerializer.parse(e.urlAfterRedirects).fragment);
            }
            else if (e instanceof NavigationSkipped && e.code === NavigationSkippedCode.IgnoredSameUrlNavigation) {
                this.lastSource = void 0;
                this.restoredId = 0;
                this.scheduleScrollEvent(e, this.urlSerializer.parse(e.url).fragment);
            }
        });
    }
    consumeScrollEvents() {
        return this.transitions.events.subscribe((e) => {
            if (!(e instanceof Scroll) || e.scrollBehavior === "manual")
                return;
            const instantScroll = {
                behavior: "instant"
            };
            if (e.position) {
                if (this.options.scrollPositionRestoration === "top") {
                    this.viewportScroller.scrollToPosition([0, 0], instantScroll);
                }
                else if (this.options.scrollPositionRestoration === "enabled") {
                    this.viewportScroller.scrollToPosition(e.position, instantScroll);
                }
            }
            else {
                if (e.anchor && this.options.anchorScrolling === "enabled") {
                    this.viewportScroller.scrollToAnchor(e.anchor);
                }
                else if (this.options.scrollPositionRestoration !== "disabled") {
                    this.viewportScroller.scrollToPosition([0, 0]);
                }
            }
        });
    }
    scheduleScrollEvent(routerEvent, anchor) {
        if (this.isHydrating)
            return;
        const scroll = untracked2(this.transitions.currentNavigation)?.extras.scroll;
        this.zone.runOutsideAngular(() => __async(this, null, function* () {
            yield new Promise((resolve) => {
                setTimeout(resolve);
                if (typeof requestAnimationFrame !== "undefined") {
                    requestAnimationFrame(resolve);
                }
            });
            this.zone.run(() => {
                this.transitions.events.next(new Scroll(routerEvent, this.lastSource === "popstate" ? this.store[this.restoredId] : null, anchor, scroll));
            });
        }));
    }
    ngOnDestroy() {
        this.routerEventsSubscription?.unsubscribe();
        this.scrollEventsSubscription?.unsubscribe();
    }
    static \u0275fac = function RouterScroller_Factory(__ngFactoryType__) {
        i02.\u0275\u0275invalidFactory();
    };
    static \u0275prov = /* @__PURE__ */ i02.\u0275\u0275defineInjectable({
        token: _RouterScroller,
        factory: _RouterScroller.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(RouterScroller, [{
            type: Injectable2
        }], () => [{
            type: void 0
        }], null);
})();
function getLoadedRoutes(route) {
    return route._loadedRoutes;
}
function getRouterInstance(injector) {
    return injector.get(Router, null, {
        optional: true
    });
}
function navigateByUrl(router, url) {
    if (!(router instanceof Router)) {
        throw new Error("The provided router is not an Angular Router.");
    }
    return router.navigateByUrl(url);
}
var NavigationStateManager = class _NavigationStateManager extends StateManager {
    injector = inject2(EnvironmentInjector4);
    navigation = inject2(PlatformNavigation);
    inMemoryScrollingEnabled = inject2(ROUTER_SCROLLER, {
        optional: true
    }) !== null;
    base = new URL(inject2(PlatformLocation).href).origin;
    appRootUrl = new URL(this.location.prepareExternalUrl?.("/") ?? "/", this.base);
    precommitHandlerSupported = inject2(_PRECOMMIT_HANDLER_SUPPORTED);
    activeHistoryEntry = this.navigation.currentEntry;
    currentNavigation = {};
    nonRouterCurrentEntryChangeSubject = new Subject2();
    nonRouterEntryChangeListener;
    get registered() {
        return this.nonRouterEntryChangeListener !== void 0 && !this.nonRouterEntryChangeListener.closed;
    }
    constructor() {
        super();
        const navigateListener = (event) => {
            this.handleNavigate(event);
        };
        this.navigation.addEventListener("navigate", navigateListener);
        inject2(DestroyRef2).onDestroy(() => this.navigation.removeEventListener("navigate", navigateListener));
    }
    registerNonRouterCurrentEntryChangeListener(listener) {
        this.activeHistoryEntry = this.navigation.currentEntry;
        this.nonRouterEntryChangeListener = this.nonRouterCurrentEntryChangeSubject.subscribe(({ path, state, hasUAVisualTransition }) => {
            listener(path, state, "popstate", !this.precommitHandlerSupported ? {
                replaceUrl: true
            } : {}, hasUAVisualTransition);
        });
        return this.nonRouterEntryChangeListener;
    }
    handleRouterEvent(e, transition) {
        return __async(this, null, function* () {
            this.currentNavigation = __spreadProps(__spreadValues({}, this.currentNavigation), {
                routerTransition: transition
            });
            if (e instanceof NavigationStart) {
                this.updateStateMemento();
                if (this.precommitHandlerSupported) {
                    this.maybeCreateNavigationForTransition(transition);
                }
            }
            else if (e instanceof NavigationSkipped) {
                this.finishNavigation();
                this.commitTransition(transition);
            }
            else if (e instanceof BeforeRoutesRecognized) {
                transition.routesRecognizeHandler.deferredHandle = new Promise((resolve) => __async(this, null, function* () {
                    if (this.urlUpdateStrategy === "eager") {
                        try {
                            this.maybeCreateNavigationForTransition(transition);
                            yield this.currentNavigation.commitUrl?.();
                        }
                        catch {
                            return;
                        }
                    }
                    resolve();
                }));
            }
            else if (e instanceof BeforeActivateRoutes) {
                transition.beforeActivateHandler.deferredHandle = new Promise((resolve) => __async(this, null, function* () {
                    if (this.urlUpdateStrategy === "deferred") {
                        try {
                            this.maybeCreateNavigationForTransition(transition);
                            yield this.currentNavigation.commitUrl?.();
                        }
                        catch {
                            return;
                        }
                    }
                    this.commitTransition(transition);
                    resolve();
                }));
            }
            else if (e instanceof NavigationCancel || e instanceof NavigationError) {
                const redirectingBeforeUrlCommit = e instanceof NavigationCancel && e.code === NavigationCancellationCode.Redirect && !!this.currentNavigation.commitUrl;
                if (redirectingBeforeUrlCommit) {
                    return;
                }
                void this.cancel(transition, e);
            }
            else if (e instanceof NavigationEnd) {
                const { resolveHandler, removeAbortListener } = this.currentNavigation;
                this.currentNavigation = {};
                removeAbortListener?.();
                this.activeHistoryEntry = this.navigation.currentEntry;
                afterNextRender2({
                    read: () => resolveHandler?.()
                }, {
                    injector: this.injector
                });
            }
        });
    }
    maybeCreateNavigationForTransition(transition) {
        const { navigationEvent, commitUrl } = this.currentNavigation;
        if (commitUrl || navigationEvent && navigationEvent.navigationType === "traverse" && this.eventAndRouterDestinationsMatch(navigationEvent, transition)) {
            return;
        }
        this.currentNavigation.removeAbortListener?.();
        const path = this.createBrowserPath(transition);
        this.navigate(path, transition);
    }
    navigate(internalPath, transition) {
        const path = transition.extras.skipLocationChange ? this.navigation.currentEntry.url : this.location.prepareExternalUrl(internalPath);
        const state = __spreadValues(__spreadValues({}, transition.extras.state), this.generateNgRouterState(transition));
        const info = {
            \u0275routerInfo: {
                intercept: true
            }
        };
        if (!this.navigation.transition && this.currentNavigation.navigationEvent) {
            transition.extras.replaceUrl = false;
        }
        const history = this.location.isCurrentPathEqualTo(path) || transition.extras.replaceUrl || transition.extras.skipLocationChange ? "replace" : "push";
        handleResultRejections(this.navigation.navigate(path, {
            state,
            history,
            info
        }));
    }
    finishNavigation() {
        this.currentNavigation.commitUrl?.();
        this.currentNavigation?.resolveHandler?.();
        this.currentNavigation = {};
    }
    cancel(transition, cause) {
        return __async(this, null, function* () {
            this.currentNavigation.rejectNavigateEvent?.();
            const clearedState = {};
            this.currentNavigation = clearedState;
            if (isRedirectingEvent(cause)) {
                return;
            }
            const isTraversalReset = this.canceledNavigationResolution === "computed" && this.navigation.currentEntry.key !== this.activeHistoryEntry.key;
            this.resetInternalState(transition.finalUrl, isTraversalReset);
            if (this.navigation.currentEntry.id === this.activeHistoryEntry.id) {
                return;
            }
            if (cause instanceof NavigationCancel && cause.code === NavigationCancellationCode.Aborted) {
                yield Promise.resolve();
                if (this.currentNavigation !== clearedState) {
                    return;
                }
            }
            if (isTraversalReset) {
                handleResultRejections(this.navigation.traverseTo(this.activeHistoryEntry.key, {
                    info: {
                        \u0275routerInfo: {
                            intercept: false
                        }
                    }
                }));
            }
            else {
                const internalPath = this.urlSerializer.serialize(this.getCurrentUrlTree());
                const pathOrUrl = this.location.prepareExternalUrl(internalPath);
                handleResultRejections(this.navigation.navigate(pathOrUrl, {
                    state: this.activeHistoryEntry.getState(),
                    history: "replace",
                    info: {
                        \u0275routerInfo: {
                            intercept: false
                        }
                    }
                }));
            }
        });
    }
    resetInternalState(finalUrl, traversalReset) {
        this.routerState = this.stateMemento.routerState;
        this.currentUrlTree = this.stateMemento.currentUrlTree;
        this.rawUrlTree = traversalReset ? this.stateMemento.rawUrlTree : this.urlHandlingStrategy.merge(this.currentUrlTree, finalUrl ?? this.rawUrlTree);
    }
    handleNavigate(event) {
        if (!event.canIntercept || event.navigationType === "reload") {
            return;
        }
        const routerInfo = event?.info?.\u0275routerInfo;
        if (routerInfo && !routerInfo.intercept) {
            return;
        }
        const isTriggeredByRouterTransition = !!routerInfo;
        if (!isTriggeredByRouterTransition) {
            const { pathname: destPathname, origin: destOrigin } = new URL(event.destination.url);
            const { pathname: rootPathname, origin: appOrigin } = this.appRootUrl;
            const rootPath = rootPathname.endsWith("/") ? rootPathname : rootPathname + "/";
            if (destOrigin !== appOrigin || destPathname !== rootPathname && !destPathname.startsWith(rootPath)) {
                return;
            }
            this.currentNavigation.routerTransition?.abort();
            if (!this.registered) {
                this.finishNavigation();
                return;
            }
        }
        this.currentNavigation = __spreadValues({}, this.currentNavigation);
        this.currentNavigation.navigationEvent = event;
        const abortHandler = () => {
            this.currentNavigation.routerTransition?.abort();
        };
        event.signal.addEventListener("abort", abortHandler);
        this.currentNavigation.removeAbortListener = () => event.signal.removeEventListener("abort", abortHandler);
        let scroll = this.inMemoryScrollingEnabled ? "manual" : this.currentNavigation.routerTransition?.extras.scroll ?? "after-transition";
        const interceptOptions = {
            scroll
        };
        const { promise: handlerPromise, resolve: resolveHandler, reject: rejectHandler } = _promiseWithResolvers();
        const { promise: precommitHandlerPromise, resolve: resolvePrecommitHandler, reject: rejectPrecommitHandler } = _promiseWithResolvers();
        this.currentNavigation.rejectNavigateEvent = () => {
            event.signal.removeEventListener("abort", abortHandler);
            rejectPrecommitHandler();
            rejectHandler();
        };
        this.currentNavigation.resolveHandler = () => {
            this.currentNavigation.removeAbortListener?.();
            resolveHandler();
        };
        handlerPromise.catch(() => {
        });
        precommitHandlerPromise.catch(() => {
        });
        interceptOptions.handler = () => handlerPromise;
        if (this.deferredCommitSupported(event)) {
            const redirect = new Promise((resolve) => {
                interceptOptions.precommitHandler = (controller) => {
                    if (this.navigation.transition?.navigationType === "traverse") {
                        resolve(() => {
                        });
                    }
                    else {
                        resolve(controller.redirect.bind(controller));
                    }
                    return precommitHandlerPromise;
                };
            });
            this.currentNavigation.commitUrl = () => __async(this, null, function* () {
                this.currentNavigation.commitUrl = void 0;
                const transition = this.currentNavigation.routerTransition;
                if (transition && !transition.extras.skipLocationChange) {
                    const internalPath = this.createBrowserPath(transition);
                    const history = this.location.isCurrentPathEqualTo(internalPath) || !!transition.extras.replaceUrl ? "replace" : "push";
                    const state = __spreadValues(__spreadValues({}, transition.extras.state), this.generateNgRouterState(transition));
                    const pathOrUrl = this.location.prepareExternalUrl(internalPath);
                    (yield redirect)(pathOrUrl, {
                        state,
                        history
                    });
                }
                resolvePrecommitHandler();
                return yield this.navigation.transition?.committed;
            });
        }
        event.intercept(interceptOptions);
        if (!isTriggeredByRouterTransition) {
            this.handleNavigateEventTriggeredOutsideRouterAPIs(event);
        }
    }
    handleNavigateEventTriggeredOutsideRouterAPIs(event) {
        const path = event.destination.url.substring(this.appRootUrl.href.length - 1);
        const state = event.destination.getState();
        this.nonRouterCurrentEntryChangeSubject.next({
            path,
            state,
            hasUAVisualTransition: event.hasUAVisualTransition
        });
    }
    eventAndRouterDestinationsMatch(navigateEvent, transition) {
        const internalPath = this.createBrowserPath(transition);
        const eventDestination = new URL(navigateEvent.destination.url);
        const routerDestination = new URL(this.location.prepareExternalUrl(internalPath), eventDestination.origin);
        eventDestination.searchParams.sort();
        routerDestination.searchParams.sort();
        const { pathname: destPathname, search: destSearch, hash: hashDest } = routerDestination;
        const { pathname: eventDestPathname, search: eventDestSearch, hash: eventDestHash } = eventDestination;
        return destSearch === eventDestSearch && hashDest === eventDestHash && Location2.stripTrailingSlash(destPathname) === Location2.stripTrailingSlash(eventDestPathname);
    }
    generateNgRouterState(transition) {
        return __spreadProps(__spreadValues({}, this.routerUrlState(transition)), {
            navigationId: transition.id
        });
    }
    deferredCommitSupported(event) {
        return this.precommitHandlerSupported && event.cancelable;
    }
    static \u0275fac = function NavigationStateManager_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NavigationStateManager)();
    };
    static \u0275prov = /* @__PURE__ */ i02.\u0275\u0275defineService({
        token: _NavigationStateManager,
        factory: _NavigationStateManager.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(NavigationStateManager, [{
            type: Service2
        }], () => [], null);
})();
function handleResultRejections(result) {
    result.finished?.catch(() => {
    });
    result.committed?.catch(() => {
    });
    return result;
}
function provideRouter(routes, ...features) {
    if (typeof ngDevMode === "undefined" || ngDevMode) {
        _publishNonCoreGlobalUtil("\u0275getLoadedRoutes", getLoadedRoutes);
        _publishNonCoreGlobalUtil("\u0275getRouterInstance", getRouterInstance);
        _publishNonCoreGlobalUtil("\u0275navigateByUrl", navigateByUrl);
    }
    return makeEnvironmentProviders([{
            provide: ROUTES,
            multi: true,
            useValue: routes
        }, {
            provide: ActivatedRoute,
            useFactory: rootRoute
        }, {
            provide: APP_BOOTSTRAP_LISTENER,
            multi: true,
            useFactory: getBootstrapListener
        }, features.map((feature) => feature.\u0275providers)]);
}
function rootRoute() {
    return inject2(Router).routerState.root;
}
function routerFeature(kind, providers) {
    return {
        \u0275kind: kind,
        \u0275providers: providers
    };
}
function withInMemoryScrolling(options = {}) {
    const providers = [{
            provide: ROUTER_SCROLLER,
            useFactory: () => new RouterScroller(options)
        }];
    return routerFeature(4, providers);
}
function withExperimentalPlatformNavigation() {
    const devModeLocationCheck = typeof ngDevMode === "undefined" || ngDevMode ? [provideEnvironmentInitializer(() => {
            const locationInstance = inject2(Location2);
            if (!(locationInstance instanceof _NavigationAdapterForLocation)) {
                const locationConstructorName = locationInstance.constructor.name;
                let message = `'withExperimentalPlatformNavigation' provides a 'Location' implementation that ensures navigation APIs are consistently used. An instance of ${locationConstructorName} was found instead.`;
                if (locationConstructorName === "SpyLocation") {
                    message += ` One of 'RouterTestingModule' or 'provideLocationMocks' was likely used. 'withExperimentalPlatformNavigation' does not work with these because they override the Location implementation.`;
                }
                throw new Error(message);
            }
        })] : [];
    const providers = [{
            provide: StateManager,
            useExisting: NavigationStateManager
        }, {
            provide: Location2,
            useClass: _NavigationAdapterForLocation
        }, devModeLocationCheck];
    return routerFeature(11, providers);
}
function getBootstrapListener() {
    const injector = inject2(Injector);
    return (bootstrappedComponentRef) => {
        const ref = injector.get(ApplicationRef);
        if (bootstrappedComponentRef !== ref.components[0]) {
            return;
        }
        const router = injector.get(Router);
        const bootstrapDone = injector.get(BOOTSTRAP_DONE);
        if (injector.get(INITIAL_NAVIGATION) === 1) {
            router.initialNavigation();
        }
        injector.get(ROUTER_PRELOADER, null, {
            optional: true
        })?.setUpPreloading();
        injector.get(ROUTER_SCROLLER, null, {
            optional: true
        })?.init();
        router.resetRootComponentType(ref.componentTypes[0]);
        if (!bootstrapDone.closed) {
            bootstrapDone.next();
            bootstrapDone.complete();
            bootstrapDone.unsubscribe();
        }
    };
}
var BOOTSTRAP_DONE = new InjectionToken2(typeof ngDevMode === "undefined" || ngDevMode ? "bootstrap done indicator" : "", {
    factory: () => {
        return new Subject2();
    }
});
var INITIAL_NAVIGATION = new InjectionToken2(typeof ngDevMode === "undefined" || ngDevMode ? "initial navigation" : "", {
    factory: () => 1
});
function withEnabledBlockingInitialNavigation() {
    const providers = [{
            provide: _IS_ENABLED_BLOCKING_INITIAL_NAVIGATION,
            useValue: true
        }, {
            provide: INITIAL_NAVIGATION,
            useValue: 0
        }, provideAppInitializer(() => {
            const injector = inject2(Injector);
            const locationInitialized = injector.get(LOCATION_INITIALIZED, Promise.resolve());
            return locationInitialized.then(() => {
                return new Promise((resolve) => {
                    const router = injector.get(Router);
                    const bootstrapDone = injector.get(BOOTSTRAP_DONE);
                    afterNextNavigation(router, () => {
                        resolve(true);
                    });
                    injector.get(NavigationTransitions).afterPreactivation = () => {
                        resolve(true);
                        return bootstrapDone.closed ? of2(void 0) : bootstrapDone;
                    };
                    router.initialNavigation();
                });
            });
        })];
    return routerFeature(2, providers);
}
function withDisabledInitialNavigation() {
    const providers = [provideAppInitializer(() => {
            inject2(Router).setUpLocationChangeListener();
        }), {
            provide: INITIAL_NAVIGATION,
            useValue: 2
        }];
    return routerFeature(3, providers);
}
function withDebugTracing() {
    let providers = [];
    if (typeof ngDevMode === "undefined" || ngDevMode) {
        providers = [{
                provide: ENVIRONMENT_INITIALIZER,
                multi: true,
                useFactory: () => {
                    const router = inject2(Router);
                    return () => router.events.subscribe((e) => {
                        console.group?.(`Router Event: ${e.constructor.name}`);
                        console.log(stringifyEvent(e));
                        console.log(e);
                        console.groupEnd?.();
                    });
                }
            }];
    }
    else {
        providers = [];
    }
    return routerFeature(1, providers);
}
var ROUTER_PRELOADER = new InjectionToken2(typeof ngDevMode === "undefined" || ngDevMode ? "router preloader" : "");
function withPreloading(preloadingStrategy) {
    const providers = [{
            provide: ROUTER_PRELOADER,
            useExisting: RouterPreloader
        }, {
            provide: PreloadingStrategy,
            useExisting: preloadingStrategy
        }];
    return routerFeature(0, providers);
}
function withRouterConfig(options) {
    const providers = [{
            provide: ROUTER_CONFIGURATION,
            useValue: options
        }];
    return routerFeature(5, providers);
}
function withHashLocation() {
    const providers = [{
            provide: LocationStrategy2,
            useClass: HashLocationStrategy
        }];
    return routerFeature(6, providers);
}
function withNavigationErrorHandler(handler) {
    const providers = [{
            provide: NAVIGATION_ERROR_HANDLER,
            useValue: handler
        }];
    return routerFeature(7, providers);
}
function withExperimentalAutoCleanupInjectors() {
    return routerFeature(10, [{
            provide: ROUTE_INJECTOR_CLEANUP,
            useValue: routeInjectorCleanup
        }]);
}
function withComponentInputBinding(options = {}) {
    const providers = [{
            provide: INPUT_BINDER,
            useFactory: () => new RoutedComponentInputBinder(options, inject2(ROUTER_RESOURCES_FEATURE, {
                optional: true
            }))
        }];
    return routerFeature(8, providers);
}
function withViewTransitions(options) {
    _performanceMarkFeature("NgRouterViewTransitions");
    const providers = [{
            provide: CREATE_VIEW_TRANSITION,
            useValue: createViewTransition
        }, {
            provide: VIEW_TRANSITION_OPTIONS,
            useValue: __spreadValues({
                skipNextTransition: !!options?.skipInitialTransition
            }, options)
        }];
    return routerFeature(9, providers);
}
function withRouterResources() {
    const providers = [{
            provide: ROUTER_RESOURCES_FEATURE,
            useValue: {
                setupAndRunResources,
                createResourceOutletBindingEffects
            }
        }];
    return routerFeature(9, providers);
}
var ROUTER_DIRECTIVES = [RouterOutlet, RouterLink, RouterLinkActive, \u0275EmptyOutletComponent];
var ROUTER_FORROOT_GUARD = new InjectionToken2(typeof ngDevMode === "undefined" || ngDevMode ? "router duplicate forRoot guard" : "");
var ROUTER_PROVIDERS = [Location2, {
        provide: UrlSerializer,
        useClass: DefaultUrlSerializer
    }, Router, ChildrenOutletContexts, {
        provide: ActivatedRoute,
        useFactory: rootRoute
    }, RouterConfigLoader];
var RouterModule = class _RouterModule {
    constructor() {
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            inject2(ROUTER_FORROOT_GUARD, {
                optional: true
            });
        }
    }
    static forRoot(routes, config) {
        return {
            ngModule: _RouterModule,
            providers: [ROUTER_PROVIDERS, typeof ngDevMode === "undefined" || ngDevMode ? config?.enableTracing ? withDebugTracing().\u0275providers : [] : [], {
                    provide: ROUTES,
                    multi: true,
                    useValue: routes
                }, typeof ngDevMode === "undefined" || ngDevMode ? {
                    provide: ROUTER_FORROOT_GUARD,
                    useFactory: provideForRootGuard
                } : [], config?.errorHandler ? {
                    provide: NAVIGATION_ERROR_HANDLER,
                    useValue: config.errorHandler
                } : [], {
                    provide: ROUTER_CONFIGURATION,
                    useValue: config ? config : {}
                }, config?.useHash ? provideHashLocationStrategy() : providePathLocationStrategy(), provideRouterScroller(), config?.preloadingStrategy ? withPreloading(config.preloadingStrategy).\u0275providers : [], config?.initialNavigation ? provideInitialNavigation(config) : [], config?.bindToComponentInputs ? withComponentInputBinding(typeof config.bindToComponentInputs === "object" ? config.bindToComponentInputs : {}).\u0275providers : [], config?.enableViewTransitions ? withViewTransitions().\u0275providers : [], provideRouterInitializer()]
        };
    }
    static forChild(routes) {
        return {
            ngModule: _RouterModule,
            providers: [{
                    provide: ROUTES,
                    multi: true,
                    useValue: routes
                }]
        };
    }
    static \u0275fac = function RouterModule_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RouterModule)();
    };
    static \u0275mod = /* @__PURE__ */ i02.\u0275\u0275defineNgModule({
        type: _RouterModule
    });
    static \u0275inj = /* @__PURE__ */ i02.\u0275\u0275defineInjector({});
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i02.\u0275setClassMetadata(RouterModule, [{
            type: NgModule,
            args: [{
                    imports: ROUTER_DIRECTIVES,
                    exports: ROUTER_DIRECTIVES
                }]
        }], () => [], null);
})();
function provideRouterScroller() {
    return {
        provide: ROUTER_SCROLLER,
        useFactory: () => {
            const viewportScroller = inject2(ViewportScroller);
            const config = inject2(ROUTER_CONFIGURATION);
            if (config.scrollOffset) {
                viewportScroller.setOffset(config.scrollOffset);
            }
            return new RouterScroller(config);
        }
    };
}
function provideHashLocationStrategy() {
    return {
        provide: LocationStrategy2,
        useClass: HashLocationStrategy
    };
}
function providePathLocationStrategy() {
    return {
        provide: LocationStrategy2,
        useClass: PathLocationStrategy
    };
}
function provideForRootGuard() {
    const router = inject2(Router, {
        optional: true,
        skipSelf: true
    });
    if (router) {
        throw new _RuntimeError2(4007, `The Router was provided more than once. This can happen if 'forRoot' is used outside of the root injector. Lazy loaded modules should use RouterModule.forChild() instead.`);
    }
    return "guarded";
}
function provideInitialNavigation(config) {
    return [config.initialNavigation === "disabled" ? withDisabledInitialNavigation().\u0275providers : [], config.initialNavigation === "enabledBlocking" ? withEnabledBlockingInitialNavigation().\u0275providers : []];
}
var ROUTER_INITIALIZER = new InjectionToken2(typeof ngDevMode === "undefined" || ngDevMode ? "Router Initializer" : "");
function provideRouterInitializer() {
    return [{
            provide: ROUTER_INITIALIZER,
            useFactory: getBootstrapListener
        }, {
            provide: APP_BOOTSTRAP_LISTENER,
            multi: true,
            useExisting: ROUTER_INITIALIZER
        }];
}
// node_modules/@angular/router/fesm2022/router.mjs
import { inject as inject3, Version } from "@angular/core";
import "@angular/common";
import "rxjs";
import "rxjs/operators";
import "@angular/platform-browser";
function mapToCanMatch(providers) {
    return providers.map((provider) => (...params) => inject3(provider).canMatch(...params));
}
function mapToCanActivate(providers) {
    return providers.map((provider) => (...params) => inject3(provider).canActivate(...params));
}
function mapToCanActivateChild(providers) {
    return providers.map((provider) => (...params) => inject3(provider).canActivateChild(...params));
}
function mapToCanDeactivate(providers) {
    return providers.map((provider) => (...params) => inject3(provider).canDeactivate(...params));
}
function mapToResolve(provider) {
    return (...params) => inject3(provider).resolve(...params);
}
var VERSION = /* @__PURE__ */ new Version("22.1.8");
export { ActivatedRoute, ActivatedRouteSnapshot, ActivationEnd, ActivationStart, BaseRouteReuseStrategy, ChildActivationEnd, ChildActivationStart, ChildrenOutletContexts, DefaultTitleStrategy, DefaultUrlSerializer, EventType, GuardsCheckEnd, GuardsCheckStart, NavigationCancel, NavigationCancellationCode, NavigationEnd, NavigationError, NavigationSkipped, NavigationSkippedCode, NavigationStart, NoPreloading, OutletContext, PRIMARY_OUTLET, PreloadAllModules, PreloadingStrategy, ROUTER_CONFIGURATION, ROUTER_INITIALIZER, ROUTER_OUTLET_DATA, ROUTES, RedirectCommand, ResolveEnd, ResolveStart, RouteConfigLoadEnd, RouteConfigLoadStart, RouteReuseStrategy, Router, RouterEvent, RouterLink, RouterLinkActive, RouterLink as RouterLinkWithHref, RouterModule, RouterOutlet, RouterPreloader, RouterState, RouterStateSnapshot, RoutesRecognized, Scroll, TitleStrategy, UrlHandlingStrategy, UrlSegment, UrlSegmentGroup, UrlSerializer, UrlTree, VERSION, convertToParamMap, createUrlTreeFromSnapshot, defaultUrlMatcher, destroyDetachedRouteHandle, isActive, mapToCanActivate, mapToCanActivateChild, mapToCanDeactivate, mapToCanMatch, mapToResolve, provideRouter, withComponentInputBinding, withDebugTracing, withDisabledInitialNavigation, withEnabledBlockingInitialNavigation, withExperimentalAutoCleanupInjectors, withExperimentalPlatformNavigation, withHashLocation, withInMemoryScrolling, withNavigationErrorHandler, withPreloading, withRouterConfig, withViewTransitions, \u0275EmptyOutletComponent, ROUTER_PROVIDERS as \u0275ROUTER_PROVIDERS, afterNextNavigation as \u0275afterNextNavigation, loadChildren as \u0275loadChildren, nonBlocking as \u0275nonBlocking, withRouterResources as \u0275withRouterResources };
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
//# sourceMappingURL=_angular_router.B8KO0toBFV-dev.js.map
