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
// node_modules/ngx-echarts/fesm2022/ngx-echarts.mjs
import * as i0 from "@angular/core";
import { InjectionToken, inject, ElementRef, NgZone, input, output, Directive, NgModule } from "@angular/core";
import { outputFromObservable, outputToObservable } from "@angular/core/rxjs-interop";
import { ReplaySubject, Subscription, Subject, asyncScheduler, Observable } from "rxjs";
import { throttleTime, switchMap } from "rxjs/operators";
var NGX_ECHARTS_CONFIG = new InjectionToken("NGX_ECHARTS_CONFIG");
var ChangeFilterV2 = class {
    constructor() {
        this.subject = new ReplaySubject(1);
        this.subscriptions = new Subscription();
    }
    doFilter(changes) {
        this.subject.next(changes);
    }
    dispose() {
        this.subscriptions.unsubscribe();
    }
    notEmpty(key, handler) {
        this.subscriptions.add(this.subject.subscribe((changes) => {
            if (changes[key]) {
                const value = changes[key].currentValue;
                if (value !== void 0 && value !== null) {
                    handler(value);
                }
            }
        }));
    }
    has(key, handler) {
        this.subscriptions.add(this.subject.subscribe((changes) => {
            if (changes[key]) {
                const value = changes[key].currentValue;
                handler(value);
            }
        }));
    }
    notFirst(key, handler) {
        this.subscriptions.add(this.subject.subscribe((changes) => {
            if (changes[key] && !changes[key].isFirstChange()) {
                const value = changes[key].currentValue;
                handler(value);
            }
        }));
    }
    notFirstAndEmpty(key, handler) {
        this.subscriptions.add(this.subject.subscribe((changes) => {
            if (changes[key] && !changes[key].isFirstChange()) {
                const value = changes[key].currentValue;
                if (value !== void 0 && value !== null) {
                    handler(value);
                }
            }
        }));
    }
};
var NgxEchartsDirective = class _NgxEchartsDirective {
    constructor() {
        this.el = inject(ElementRef);
        this.ngZone = inject(NgZone);
        this.config = inject(NGX_ECHARTS_CONFIG);
        this.options = input(null, ...ngDevMode ? [{
                debugName: "options"
            }] : (
        /* istanbul ignore next */
        []));
        this.theme = input(this.config.theme ?? null, ...ngDevMode ? [{
                debugName: "theme"
            }] : (
        /* istanbul ignore next */
        []));
        this.initOpts = input(null, ...ngDevMode ? [{
                debugName: "initOpts"
            }] : (
        /* istanbul ignore next */
        []));
        this.merge = input(null, ...ngDevMode ? [{
                debugName: "merge"
            }] : (
        /* istanbul ignore next */
        []));
        this.autoResize = input(true, ...ngDevMode ? [{
                debugName: "autoResize"
            }] : (
        /* istanbul ignore next */
        []));
        this.loading = input(false, ...ngDevMode ? [{
                debugName: "loading"
            }] : (
        /* istanbul ignore next */
        []));
        this.loadingType = input("default", ...ngDevMode ? [{
                debugName: "loadingType"
            }] : (
        /* istanbul ignore next */
        []));
        this.loadingOpts = input(null, ...ngDevMode ? [{
                debugName: "loadingOpts"
            }] : (
        /* istanbul ignore next */
        []));
        this.chartInit = output();
        this.optionsError = output();
        this.chartClick = outputFromObservable(this.createLazyEvent("click"));
        this.chartDblClick = outputFromObservable(this.createLazyEvent("dblclick"));
        this.chartMouseDown = outputFromObservable(this.createLazyEvent("mousedown"));
        this.chartMouseMove = outputFromObservable(this.createLazyEvent("mousemove"));
        this.chartMouseUp = outputFromObservable(this.createLazyEvent("mouseup"));
        this.chartMouseOver = outputFromObservable(this.createLazyEvent("mouseover"));
        this.chartMouseOut = outputFromObservable(this.createLazyEvent("mouseout"));
        this.chartGlobalOut = outputFromObservable(this.createLazyEvent("globalout"));
        this.chartContextMenu = outputFromObservable(this.createLazyEvent("contextmenu"));
        this.chartHighlight = outputFromObservable(this.createLazyEvent("highlight"));
        this.chartDownplay = outputFromObservable(this.createLazyEvent("downplay"));
        this.chartSelectChanged = outputFromObservable(this.createLazyEvent("selectchanged"));
        this.chartLegendSelectChanged = outputFromObservable(this.createLazyEvent("legendselectchanged"));
        this.chartLegendSelected = outputFromObservable(this.createLazyEvent("legendselected"));
        this.chartLegendUnselected = outputFromObservable(this.createLazyEvent("legendunselected"));
        this.chartLegendLegendSelectAll = outputFromObservable(this.createLazyEvent("legendselectall"));
        this.chartLegendLegendInverseSelect = outputFromObservable(this.createLazyEvent("legendinverseselect"));
        this.chartLegendScroll = outputFromObservable(this.createLazyEvent("legendscroll"));
        this.chartDataZoom = outputFromObservable(this.createLazyEvent("datazoom"));
        this.chartDataRangeSelected = outputFromObservable(this.createLazyEvent("datarangeselected"));
        this.chartGraphRoam = outputFromObservable(this.createLazyEvent("graphroam"));
        this.chartGeoRoam = outputFromObservable(this.createLazyEvent("georoam"));
        this.chartTreeRoam = outputFromObservable(this.createLazyEvent("treeroam"));
        this.chartTimelineChanged = outputFromObservable(this.createLazyEvent("timelinechanged"));
        this.chartTimelinePlayChanged = outputFromObservable(this.createLazyEvent("timelineplaychanged"));
        this.chartRestore = outputFromObservable(this.createLazyEvent("restore"));
        this.chartDataViewChanged = outputFromObservable(this.createLazyEvent("dataviewchanged"));
        this.chartMagicTypeChanged = outputFromObservable(this.createLazyEvent("magictypechanged"));
        this.chartGeoSelectChanged = outputFromObservable(this.createLazyEvent("geoselectchanged"));
        this.chartGeoSelected = outputFromObservable(this.createLazyEvent("geoselected"));
        this.chartGeoUnselected = outputFromObservable(this.createLazyEvent("geounselected"));
        this.chartAxisAreaSelected = outputFromObservable(this.createLazyEvent("axisareaselected"));
        this.chartBrush = outputFromObservable(this.createLazyEvent("brush"));
        this.chartBrushEnd = outputFromObservable(this.createLazyEvent("brushend"));
        this.chartBrushSelected = outputFromObservable(this.createLazyEvent("brushselected"));
        this.chartGlobalCursorTaken = outputFromObservable(this.createLazyEvent("globalcursortaken"));
        this.chartRendered = outputFromObservable(this.createLazyEvent("rendered"));
        this.chartFinished = outputFromObservable(this.createLazyEvent("finished"));
        this.animationFrameID = null;
        this.chart = null;
        this.chart$ = new ReplaySubject(1);
        this.resize$ = new Subject();
        this.changeFilter = new ChangeFilterV2();
        this.resizeObFired = false;
        this.echarts = this.config.echarts;
    }
    ngOnChanges(changes) {
        this.changeFilter.doFilter(changes);
    }
    ngOnInit() {
        if (!window.ResizeObserver) {
            throw new Error("please install a polyfill for ResizeObserver");
        }
        this.resizeSub = this.resize$.pipe(throttleTime(100, asyncScheduler, {
            leading: false,
            trailing: true
        })).subscribe(() => this.resize());
        if (this.autoResize()) {
            this.resizeOb = this.ngZone.runOutsideAngular(() => new window.ResizeObserver((entries) => {
                for (const entry of entries) {
                    if (entry.target === this.el.nativeElement) {
                        if (!this.resizeObFired) {
                            this.resizeObFired = true;
                        }
                        else {
                            this.animationFrameID = window.requestAnimationFrame(() => {
                                this.resize$.next();
                            });
                        }
                    }
                }
            }));
            this.resizeOb.observe(this.el.nativeElement);
        }
        this.changeFilter.notFirstAndEmpty("options", (opt) => this.onOptionsChange(opt));
        this.changeFilter.notFirstAndEmpty("merge", (opt) => this.setOption(opt));
        this.changeFilter.has("loading", (v) => this.toggleLoading(!!v));
        this.changeFilter.notFirst("theme", () => this.refreshChart());
    }
    ngOnDestroy() {
        window.clearTimeout(this.initChartTimer);
        if (this.resizeSub) {
            this.resizeSub.unsubscribe();
        }
        if (this.animationFrameID) {
            window.cancelAnimationFrame(this.animationFrameID);
        }
        if (this.resizeOb) {
            this.resizeOb.unobserve(this.el.nativeElement);
        }
        if (this.loadingSub) {
            this.loadingSub.unsubscribe();
        }
        this.changeFilter.dispose();
        this.dispose();
    }
    ngAfterViewInit() {
        this.initChartTimer = window.setTimeout(() => this.initChart());
    }
    dispose() {
        if (this.chart) {
            if (!this.chart.isDisposed()) {
                this.chart.dispose();
            }
            this.chart = null;
        }
    }
    /**
     * resize chart
     */
    resize() {
        if (this.chart) {
            this.chart.resize();
        }
    }
    toggleLoading(loading) {
        if (this.chart) {
            loading ? this.chart.showLoading(this.loadingType(), this.loadingOpts() ?? void 0) : this.chart.hideLoading();
        }
        else {
            this.loadingSub = this.chart$.subscribe((chart) => loading ? chart.showLoading(this.loadingType(), this.loadingOpts() ?? void 0) : chart.hideLoading());
        }
    }
    setOption(option, opts) {
        if (this.chart) {
            try {
                this.chart.setOption(option, opts);
            }
            catch (e) {
                console.error(e);
                this.optionsError.emit(e instanceof Error ? e : new Error(String(e)));
            }
        }
    }
    /**
     * dispose old chart and create a new one.
     */
    refreshChart() {
        return __async(this, null, function* () {
            this.dispose();
            yield this.initChart();
        });
    }
    createChart() {
        const dom = this.el.nativeElement;
        if (window && window.getComputedStyle) {
            const prop = window.getComputedStyle(dom, null).getPropertyValue("height");
            if ((!prop || prop === "0px") && (!dom.style.height || dom.style.height === "0px")) {
                dom.style.height = "400px";
            }
        }
        return this.ngZone.runOutsideAngular(() => {
            const load = typeof this.echarts === "function" ? this.echarts : () => Promise.resolve(this.echarts);
            return load().then(({ init }) => init(dom, this.theme() ?? this.config?.theme, this.initOpts() ?? void 0));
        });
    }
    initChart() {
        return __async(this, null, function* () {
            yield this.onOptionsChange(this.options());
            const merge = this.merge();
            if (merge && this.chart) {
                this.setOption(merge);
            }
        });
    }
    onOptionsChange(opt) {
        return __async(this, null, function* () {
            if (!opt) {
                return;
            }
            if (this.chart) {
                this.setOption(this.options(), true);
            }
            else {
                const chart = yield this.createChart();
                this.chart = chart;
                this.chart$.next(chart);
                this.chartInit.emit(chart);
                this.setOption(this.options(), true);
            }
        });
    }
    // allows to lazily bind to only those events that are requested through the `output()` by parent components
    // see https://stackoverflow.com/questions/51787972/optimal-reentering-the-ngzone-from-eventemitter-event for more info
    createLazyEvent(eventName) {
        return outputToObservable(this.chartInit).pipe(switchMap((chart) => new Observable((observer) => {
            chart.on(eventName, (data) => this.ngZone.run(() => observer.next(data)));
            return () => {
                if (this.chart) {
                    if (!this.chart.isDisposed()) {
                        chart.off(eventName);
                    }
                }
            };
        })));
    }
    static {
        this.\u0275fac = function NgxEchartsDirective_Factory(__ngFactoryType__) {
            return new (__ngFactoryType__ || _NgxEchartsDirective)();
        };
    }
    static {
        this.\u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
            type: _NgxEchartsDirective,
            selectors: [["echarts"], ["", "echarts", ""]],
            inputs: {
                options: [1, "options"],
                theme: [1, "theme"],
                initOpts: [1, "initOpts"],
                merge: [1, "merge"],
                autoResize: [1, "autoResize"],
                loading: [1, "loading"],
                loadingType: [1, "loadingType"],
                loadingOpts: [1, "loadingOpts"]
            },
            outputs: {
                chartInit: "chartInit",
                optionsError: "optionsError",
                chartClick: "chartClick",
                chartDblClick: "chartDblClick",
                chartMouseDown: "chartMouseDown",
                chartMouseMove: "chartMouseMove",
                chartMouseUp: "chartMouseUp",
                chartMouseOver: "chartMouseOver",
                chartMouseOut: "chartMouseOut",
                chartGlobalOut: "chartGlobalOut",
                chartContextMenu: "chartContextMenu",
                chartHighlight: "chartHighlight",
                chartDownplay: "chartDownplay",
                chartSelectChanged: "chartSelectChanged",
                chartLegendSelectChanged: "chartLegendSelectChanged",
                chartLegendSelected: "chartLegendSelected",
                chartLegendUnselected: "chartLegendUnselected",
                chartLegendLegendSelectAll: "chartLegendLegendSelectAll",
                chartLegendLegendInverseSelect: "chartLegendLegendInverseSelect",
                chartLegendScroll: "chartLegendScroll",
                chartDataZoom: "chartDataZoom",
                chartDataRangeSelected: "chartDataRangeSelected",
                chartGraphRoam: "chartGraphRoam",
                chartGeoRoam: "chartGeoRoam",
                chartTreeRoam: "chartTreeRoam",
                chartTimelineChanged: "chartTimelineChanged",
                chartTimelinePlayChanged: "chartTimelinePlayChanged",
                chartRestore: "chartRestore",
                chartDataViewChanged: "chartDataViewChanged",
                chartMagicTypeChanged: "chartMagicTypeChanged",
                chartGeoSelectChanged: "chartGeoSelectChanged",
                chartGeoSelected: "chartGeoSelected",
                chartGeoUnselected: "chartGeoUnselected",
                chartAxisAreaSelected: "chartAxisAreaSelected",
                chartBrush: "chartBrush",
                chartBrushEnd: "chartBrushEnd",
                chartBrushSelected: "chartBrushSelected",
                chartGlobalCursorTaken: "chartGlobalCursorTaken",
                chartRendered: "chartRendered",
                chartFinished: "chartFinished"
            },
            exportAs: ["echarts"],
            features: [i0.\u0275\u0275NgOnChangesFeature]
        });
    }
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgxEchartsDirective, [{
            type: Directive,
            args: [{
                    standalone: true,
                    selector: "echarts, [echarts]",
                    exportAs: "echarts"
                }]
        }], null, {
        options: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "options",
                        required: false
                    }]
            }],
        theme: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "theme",
                        required: false
                    }]
            }],
        initOpts: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "initOpts",
                        required: false
                    }]
            }],
        merge: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "merge",
                        required: false
                    }]
            }],
        autoResize: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "autoResize",
                        required: false
                    }]
            }],
        loading: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "loading",
                        required: false
                    }]
            }],
        loadingType: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "loadingType",
                        required: false
                    }]
            }],
        loadingOpts: [{
                type: i0.Input,
                args: [{
                        isSignal: true,
                        alias: "loadingOpts",
                        required: false
                    }]
            }],
        chartInit: [{
                type: i0.Output,
                args: ["chartInit"]
            }],
        optionsError: [{
                type: i0.Output,
                args: ["optionsError"]
            }],
        chartClick: [{
                type: i0.Output,
                args: ["chartClick"]
            }],
        chartDblClick: [{
                type: i0.Output,
                args: ["chartDblClick"]
            }],
        chartMouseDown: [{
                type: i0.Output,
                args: ["chartMouseDown"]
            }],
        chartMouseMove: [{
                type: i0.Output,
                args: ["chartMouseMove"]
            }],
        chartMouseUp: [{
                type: i0.Output,
                args: ["chartMouseUp"]
            }],
        chartMouseOver: [{
                type: i0.Output,
                args: ["chartMouseOver"]
            }],
        chartMouseOut: [{
                type: i0.Output,
                args: ["chartMouseOut"]
            }],
        chartGlobalOut: [{
                type: i0.Output,
                args: ["chartGlobalOut"]
            }],
        chartContextMenu: [{
                type: i0.Output,
                args: ["chartContextMenu"]
            }],
        chartHighlight: [{
                type: i0.Output,
                args: ["chartHighlight"]
            }],
        chartDownplay: [{
                type: i0.Output,
                args: ["chartDownplay"]
            }],
        chartSelectChanged: [{
                type: i0.Output,
                args: ["chartSelectChanged"]
            }],
        chartLegendSelectChanged: [{
                type: i0.Output,
                args: ["chartLegendSelectChanged"]
            }],
        chartLegendSelected: [{
                type: i0.Output,
                args: ["chartLegendSelected"]
            }],
        chartLegendUnselected: [{
                type: i0.Output,
                args: ["chartLegendUnselected"]
            }],
        chartLegendLegendSelectAll: [{
                type: i0.Output,
                args: ["chartLegendLegendSelectAll"]
            }],
        chartLegendLegendInverseSelect: [{
                type: i0.Output,
                args: ["chartLegendLegendInverseSelect"]
            }],
        chartLegendScroll: [{
                type: i0.Output,
                args: ["chartLegendScroll"]
            }],
        chartDataZoom: [{
                type: i0.Output,
                args: ["chartDataZoom"]
            }],
        chartDataRangeSelected: [{
                type: i0.Output,
                args: ["chartDataRangeSelected"]
            }],
        chartGraphRoam: [{
                type: i0.Output,
                args: ["chartGraphRoam"]
            }],
        chartGeoRoam: [{
                type: i0.Output,
                args: ["chartGeoRoam"]
            }],
        chartTreeRoam: [{
                type: i0.Output,
                args: ["chartTreeRoam"]
            }],
        chartTimelineChanged: [{
                type: i0.Output,
                args: ["chartTimelineChanged"]
            }],
        chartTimelinePlayChanged: [{
                type: i0.Output,
                args: ["chartTimelinePlayChanged"]
            }],
        chartRestore: [{
                type: i0.Output,
                args: ["chartRestore"]
            }],
        chartDataViewChanged: [{
                type: i0.Output,
                args: ["chartDataViewChanged"]
            }],
        chartMagicTypeChanged: [{
                type: i0.Output,
                args: ["chartMagicTypeChanged"]
            }],
        chartGeoSelectChanged: [{
                type: i0.Output,
                args: ["chartGeoSelectChanged"]
            }],
        chartGeoSelected: [{
                type: i0.Output,
                args: ["chartGeoSelected"]
            }],
        chartGeoUnselected: [{
                type: i0.Output,
                args: ["chartGeoUnselected"]
            }],
        chartAxisAreaSelected: [{
                type: i0.Output,
                args: ["chartAxisAreaSelected"]
            }],
        chartBrush: [{
                type: i0.Output,
                args: ["chartBrush"]
            }],
        chartBrushEnd: [{
                type: i0.Output,
                args: ["chartBrushEnd"]
            }],
        chartBrushSelected: [{
                type: i0.Output,
                args: ["chartBrushSelected"]
            }],
        chartGlobalCursorTaken: [{
                type: i0.Output,
                args: ["chartGlobalCursorTaken"]
            }],
        chartRendered: [{
                type: i0.Output,
                args: ["chartRendered"]
            }],
        chartFinished: [{
                type: i0.Output,
                args: ["chartFinished"]
            }]
    });
})();
function provideEchartsCore(config) {
    return {
        provide: NGX_ECHARTS_CONFIG,
        useValue: config
    };
}
var NgxEchartsModule = class _NgxEchartsModule {
    static forRoot(config) {
        return {
            ngModule: _NgxEchartsModule,
            providers: [provideEchartsCore(config)]
        };
    }
    static forChild() {
        return {
            ngModule: _NgxEchartsModule
        };
    }
    static {
        this.\u0275fac = function NgxEchartsModule_Factory(__ngFactoryType__) {
            return new (__ngFactoryType__ || _NgxEchartsModule)();
        };
    }
    static {
        this.\u0275mod = /* @__PURE__ */ i0.\u0275\u0275defineNgModule({
            type: _NgxEchartsModule
        });
    }
    static {
        this.\u0275inj = /* @__PURE__ */ i0.\u0275\u0275defineInjector({});
    }
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgxEchartsModule, [{
            type: NgModule,
            args: [{
                    imports: [NgxEchartsDirective],
                    exports: [NgxEchartsDirective]
                }]
        }], null, null);
})();
export { NGX_ECHARTS_CONFIG, NgxEchartsDirective, NgxEchartsModule, provideEchartsCore };
//# sourceMappingURL=ngx_echarts.NWbX0s0l2G-dev.js.map
