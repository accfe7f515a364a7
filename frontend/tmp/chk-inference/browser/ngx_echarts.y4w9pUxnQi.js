var o = (r, a, e) => new Promise((i, s) => { var l = c => { try {
    d(e.next(c));
}
catch (u) {
    s(u);
} }, y = c => { try {
    d(e.throw(c));
}
catch (u) {
    s(u);
} }, d = c => c.done ? i(c.value) : Promise.resolve(c.value).then(l, y); d((e = e.apply(r, a)).next()); });
import * as n from "@angular/core";
import { InjectionToken as f, inject as g, ElementRef as L, NgZone as z, input as h, output as m } from "@angular/core";
import { outputFromObservable as t, outputToObservable as E } from "@angular/core/rxjs-interop";
import { ReplaySubject as v, Subscription as C, Subject as w, asyncScheduler as O, Observable as S } from "rxjs";
import { throttleTime as D, switchMap as M } from "rxjs/operators";
var b = new f("NGX_ECHARTS_CONFIG"), p = class {
    constructor() { this.subject = new v(1), this.subscriptions = new C; }
    doFilter(a) { this.subject.next(a); }
    dispose() { this.subscriptions.unsubscribe(); }
    notEmpty(a, e) { this.subscriptions.add(this.subject.subscribe(i => { if (i[a]) {
        let s = i[a].currentValue;
        s != null && e(s);
    } })); }
    has(a, e) { this.subscriptions.add(this.subject.subscribe(i => { if (i[a]) {
        let s = i[a].currentValue;
        e(s);
    } })); }
    notFirst(a, e) { this.subscriptions.add(this.subject.subscribe(i => { if (i[a] && !i[a].isFirstChange()) {
        let s = i[a].currentValue;
        e(s);
    } })); }
    notFirstAndEmpty(a, e) { this.subscriptions.add(this.subject.subscribe(i => { if (i[a] && !i[a].isFirstChange()) {
        let s = i[a].currentValue;
        s != null && e(s);
    } })); }
}, j = (() => { class r {
    constructor() { this.el = g(L), this.ngZone = g(z), this.config = g(b), this.options = h(null), this.theme = h(this.config.theme ?? null), this.initOpts = h(null), this.merge = h(null), this.autoResize = h(!0), this.loading = h(!1), this.loadingType = h("default"), this.loadingOpts = h(null), this.chartInit = m(), this.optionsError = m(), this.chartClick = t(this.createLazyEvent("click")), this.chartDblClick = t(this.createLazyEvent("dblclick")), this.chartMouseDown = t(this.createLazyEvent("mousedown")), this.chartMouseMove = t(this.createLazyEvent("mousemove")), this.chartMouseUp = t(this.createLazyEvent("mouseup")), this.chartMouseOver = t(this.createLazyEvent("mouseover")), this.chartMouseOut = t(this.createLazyEvent("mouseout")), this.chartGlobalOut = t(this.createLazyEvent("globalout")), this.chartContextMenu = t(this.createLazyEvent("contextmenu")), this.chartHighlight = t(this.createLazyEvent("highlight")), this.chartDownplay = t(this.createLazyEvent("downplay")), this.chartSelectChanged = t(this.createLazyEvent("selectchanged")), this.chartLegendSelectChanged = t(this.createLazyEvent("legendselectchanged")), this.chartLegendSelected = t(this.createLazyEvent("legendselected")), this.chartLegendUnselected = t(this.createLazyEvent("legendunselected")), this.chartLegendLegendSelectAll = t(this.createLazyEvent("legendselectall")), this.chartLegendLegendInverseSelect = t(this.createLazyEvent("legendinverseselect")), this.chartLegendScroll = t(this.createLazyEvent("legendscroll")), this.chartDataZoom = t(this.createLazyEvent("datazoom")), this.chartDataRangeSelected = t(this.createLazyEvent("datarangeselected")), this.chartGraphRoam = t(this.createLazyEvent("graphroam")), this.chartGeoRoam = t(this.createLazyEvent("georoam")), this.chartTreeRoam = t(this.createLazyEvent("treeroam")), this.chartTimelineChanged = t(this.createLazyEvent("timelinechanged")), this.chartTimelinePlayChanged = t(this.createLazyEvent("timelineplaychanged")), this.chartRestore = t(this.createLazyEvent("restore")), this.chartDataViewChanged = t(this.createLazyEvent("dataviewchanged")), this.chartMagicTypeChanged = t(this.createLazyEvent("magictypechanged")), this.chartGeoSelectChanged = t(this.createLazyEvent("geoselectchanged")), this.chartGeoSelected = t(this.createLazyEvent("geoselected")), this.chartGeoUnselected = t(this.createLazyEvent("geounselected")), this.chartAxisAreaSelected = t(this.createLazyEvent("axisareaselected")), this.chartBrush = t(this.createLazyEvent("brush")), this.chartBrushEnd = t(this.createLazyEvent("brushend")), this.chartBrushSelected = t(this.createLazyEvent("brushselected")), this.chartGlobalCursorTaken = t(this.createLazyEvent("globalcursortaken")), this.chartRendered = t(this.createLazyEvent("rendered")), this.chartFinished = t(this.createLazyEvent("finished")), this.animationFrameID = null, this.chart = null, this.chart$ = new v(1), this.resize$ = new w, this.changeFilter = new p, this.resizeObFired = !1, this.echarts = this.config.echarts; }
    ngOnChanges(e) { this.changeFilter.doFilter(e); }
    ngOnInit() { if (!window.ResizeObserver)
        throw new Error("please install a polyfill for ResizeObserver"); this.resizeSub = this.resize$.pipe(D(100, O, { leading: !1, trailing: !0 })).subscribe(() => this.resize()), this.autoResize() && (this.resizeOb = this.ngZone.runOutsideAngular(() => new window.ResizeObserver(e => { for (let i of e)
        i.target === this.el.nativeElement && (this.resizeObFired ? this.animationFrameID = window.requestAnimationFrame(() => { this.resize$.next(); }) : this.resizeObFired = !0); })), this.resizeOb.observe(this.el.nativeElement)), this.changeFilter.notFirstAndEmpty("options", e => this.onOptionsChange(e)), this.changeFilter.notFirstAndEmpty("merge", e => this.setOption(e)), this.changeFilter.has("loading", e => this.toggleLoading(!!e)), this.changeFilter.notFirst("theme", () => this.refreshChart()); }
    ngOnDestroy() { window.clearTimeout(this.initChartTimer), this.resizeSub && this.resizeSub.unsubscribe(), this.animationFrameID && window.cancelAnimationFrame(this.animationFrameID), this.resizeOb && this.resizeOb.unobserve(this.el.nativeElement), this.loadingSub && this.loadingSub.unsubscribe(), this.changeFilter.dispose(), this.dispose(); }
    ngAfterViewInit() { this.initChartTimer = window.setTimeout(() => this.initChart()); }
    dispose() { this.chart && (this.chart.isDisposed() || this.chart.dispose(), this.chart = null); }
    resize() { this.chart && this.chart.resize(); }
    toggleLoading(e) { this.chart ? e ? this.chart.showLoading(this.loadingType(), this.loadingOpts() ?? void 0) : this.chart.hideLoading() : this.loadingSub = this.chart$.subscribe(i => e ? i.showLoading(this.loadingType(), this.loadingOpts() ?? void 0) : i.hideLoading()); }
    setOption(e, i) { if (this.chart)
        try {
            this.chart.setOption(e, i);
        }
        catch (s) {
            console.error(s), this.optionsError.emit(s instanceof Error ? s : new Error(String(s)));
        } }
    refreshChart() { return o(this, null, function* () { this.dispose(), yield this.initChart(); }); }
    createChart() { let e = this.el.nativeElement; if (window && window.getComputedStyle) {
        let i = window.getComputedStyle(e, null).getPropertyValue("height");
        (!i || i === "0px") && (!e.style.height || e.style.height === "0px") && (e.style.height = "400px");
    } return this.ngZone.runOutsideAngular(() => (typeof this.echarts == "function" ? this.echarts : () => Promise.resolve(this.echarts))().then(({ init: s }) => s(e, this.theme() ?? this.config?.theme, this.initOpts() ?? void 0))); }
    initChart() { return o(this, null, function* () { yield this.onOptionsChange(this.options()); let e = this.merge(); e && this.chart && this.setOption(e); }); }
    onOptionsChange(e) { return o(this, null, function* () { if (e)
        if (this.chart)
            this.setOption(this.options(), !0);
        else {
            let i = yield this.createChart();
            this.chart = i, this.chart$.next(i), this.chartInit.emit(i), this.setOption(this.options(), !0);
        } }); }
    createLazyEvent(e) { return E(this.chartInit).pipe(M(i => new S(s => (i.on(e, l => this.ngZone.run(() => s.next(l))), () => { this.chart && (this.chart.isDisposed() || i.off(e)); })))); }
    static { this.\u0275fac = function (i) { return new (i || r); }; }
    static { this.\u0275dir = n.\u0275\u0275defineDirective({ type: r, selectors: [["echarts"], ["", "echarts", ""]], inputs: { options: [1, "options"], theme: [1, "theme"], initOpts: [1, "initOpts"], merge: [1, "merge"], autoResize: [1, "autoResize"], loading: [1, "loading"], loadingType: [1, "loadingType"], loadingOpts: [1, "loadingOpts"] }, outputs: { chartInit: "chartInit", optionsError: "optionsError", chartClick: "chartClick", chartDblClick: "chartDblClick", chartMouseDown: "chartMouseDown", chartMouseMove: "chartMouseMove", chartMouseUp: "chartMouseUp", chartMouseOver: "chartMouseOver", chartMouseOut: "chartMouseOut", chartGlobalOut: "chartGlobalOut", chartContextMenu: "chartContextMenu", chartHighlight: "chartHighlight", chartDownplay: "chartDownplay", chartSelectChanged: "chartSelectChanged", chartLegendSelectChanged: "chartLegendSelectChanged", chartLegendSelected: "chartLegendSelected", chartLegendUnselected: "chartLegendUnselected", chartLegendLegendSelectAll: "chartLegendLegendSelectAll", chartLegendLegendInverseSelect: "chartLegendLegendInverseSelect", chartLegendScroll: "chartLegendScroll", chartDataZoom: "chartDataZoom", chartDataRangeSelected: "chartDataRangeSelected", chartGraphRoam: "chartGraphRoam", chartGeoRoam: "chartGeoRoam", chartTreeRoam: "chartTreeRoam", chartTimelineChanged: "chartTimelineChanged", chartTimelinePlayChanged: "chartTimelinePlayChanged", chartRestore: "chartRestore", chartDataViewChanged: "chartDataViewChanged", chartMagicTypeChanged: "chartMagicTypeChanged", chartGeoSelectChanged: "chartGeoSelectChanged", chartGeoSelected: "chartGeoSelected", chartGeoUnselected: "chartGeoUnselected", chartAxisAreaSelected: "chartAxisAreaSelected", chartBrush: "chartBrush", chartBrushEnd: "chartBrushEnd", chartBrushSelected: "chartBrushSelected", chartGlobalCursorTaken: "chartGlobalCursorTaken", chartRendered: "chartRendered", chartFinished: "chartFinished" }, exportAs: ["echarts"], features: [n.\u0275\u0275NgOnChangesFeature] }); }
} return r; })();
function F(r) { return { provide: b, useValue: r }; }
var B = (() => { class r {
    static forRoot(e) { return { ngModule: r, providers: [F(e)] }; }
    static forChild() { return { ngModule: r }; }
    static { this.\u0275fac = function (i) { return new (i || r); }; }
    static { this.\u0275mod = n.\u0275\u0275defineNgModule({ type: r }); }
    static { this.\u0275inj = n.\u0275\u0275defineInjector({}); }
} return r; })();
export { b as NGX_ECHARTS_CONFIG, j as NgxEchartsDirective, B as NgxEchartsModule, F as provideEchartsCore };
