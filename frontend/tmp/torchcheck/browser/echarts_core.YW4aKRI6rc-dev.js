import { createSeriesData_default } from "@nf-internal/chunk-454YKGVB";
import { Arc_default, AxisModelCommonMixin, Axis_default, BezierCurve_default, Chart_default, Circle_default, Component_default, Component_default2, Ellipse_default, IncrementalDisplayable_default, Line_default, LinearGradient_default, MAX_SAFE_INTEGER, Model_default, PRIORITY, Polygon_default, Polyline_default, RadialGradient_default, Ring_default, Sector_default, SeriesData_default, Series_default, addCommas, asc, capitalFirst, clipPointsByRect, clipRectByRect, connect, createDimensions, createIcon, createScaleByModel, createSymbol, createTextStyle, dataTool, dependencies, determineAxisType, disConnect, disconnect, dispose, enableDataStack, enableHoverEmphasis, extendPath, extendShape, format, formatTime, formatTpl, getCoordinateSystemDimensions, getECData, getInstanceByDom, getInstanceById, getLayoutRect, getMap, getPercentWithPrecision, getPixelPrecision, getPrecision, getPrecisionSafe, getShapeClass, getStackedDimension, getTextRect, getTooltipMarker, getTransform, init, initProps, isDimensionStacked, isNumeric, isRadianAroundZero, linearMap, makeImage, makePath, mergePath, nice, normalizeCssArray, numericToNumber, parseDate, parseGeoJSON, parsePercent, quantile, quantity, quantityExponent, reformIntervals, registerAction, registerCoordinateSystem, registerCustomSeries, registerLayout, registerLoading, registerLocale, registerMap, registerPostInit, registerPostUpdate, registerPreprocessor, registerProcessor, registerShape, registerTheme, registerTransform, registerUpdateLifecycle, registerVisual, remRadian, resizePath, roundLegacy, roundTime, scaleCalcNice2, setCanvasCreator, throttle, toCamelCase, updateProps, use, version } from "@nf-internal/chunk-2YIIQZ4D";
import { BoundingRect_default, CompoundPath_default, Group_default, Image_default, Rect_default, Text_default, __export, bind, brushSingle, clone, color_exports, curry, defaults, each, encodeHTML, env_default, extend, filter, indexOf, inherits, isArray, isFunction, isObject, isString, map, matrix_exports, merge, mixin, reduce, setPlatformAPI, truncateText, util_exports, vector_exports, zrender_exports } from "@nf-internal/chunk-BMX4GLAG";
// node_modules/echarts/lib/export/api/helper.js
var helper_exports = {};
__export(helper_exports, {
    createDimensions: () => createDimensions,
    createList: () => createList,
    createScale: () => createScale,
    createSymbol: () => createSymbol,
    createTextStyle: () => createTextStyle2,
    dataStack: () => dataStack,
    enableHoverEmphasis: () => enableHoverEmphasis,
    getECData: () => getECData,
    getLayoutRect: () => getLayoutRect,
    mixinAxisModelCommonMethods: () => mixinAxisModelCommonMethods
});
function createList(seriesModel) {
    return createSeriesData_default(null, seriesModel);
}
var dataStack = {
    isDimensionStacked,
    enableDataStack,
    getStackedDimension
};
function createScale(dataExtent, option) {
    var axisModel = option;
    if (!(option instanceof Model_default)) {
        axisModel = new Model_default(option);
    }
    var axisType = determineAxisType(axisModel);
    var scale = createScaleByModel(axisModel, axisType, false);
    if (dataExtent[1] < dataExtent[0]) {
        dataExtent = dataExtent.slice().reverse();
    }
    scaleCalcNice2(scale, axisModel, null, null, dataExtent);
    return scale;
}
function mixinAxisModelCommonMethods(Model) {
    mixin(Model, AxisModelCommonMixin);
}
function createTextStyle2(textStyleModel, opts) {
    opts = opts || {};
    return createTextStyle(textStyleModel, null, null, opts.state !== "normal");
}
// node_modules/echarts/lib/export/api/number.js
var number_exports = {};
__export(number_exports, {
    MAX_SAFE_INTEGER: () => MAX_SAFE_INTEGER,
    asc: () => asc,
    getPercentWithPrecision: () => getPercentWithPrecision,
    getPixelPrecision: () => getPixelPrecision,
    getPrecision: () => getPrecision,
    getPrecisionSafe: () => getPrecisionSafe,
    isNumeric: () => isNumeric,
    isRadianAroundZero: () => isRadianAroundZero,
    linearMap: () => linearMap,
    nice: () => nice,
    numericToNumber: () => numericToNumber,
    parseDate: () => parseDate,
    parsePercent: () => parsePercent,
    quantile: () => quantile,
    quantity: () => quantity,
    quantityExponent: () => quantityExponent,
    reformIntervals: () => reformIntervals,
    remRadian: () => remRadian,
    round: () => roundLegacy
});
// node_modules/echarts/lib/export/api/time.js
var time_exports = {};
__export(time_exports, {
    format: () => format,
    parse: () => parseDate,
    roundTime: () => roundTime
});
// node_modules/echarts/lib/export/api/graphic.js
var graphic_exports = {};
__export(graphic_exports, {
    Arc: () => Arc_default,
    BezierCurve: () => BezierCurve_default,
    BoundingRect: () => BoundingRect_default,
    Circle: () => Circle_default,
    CompoundPath: () => CompoundPath_default,
    Ellipse: () => Ellipse_default,
    Group: () => Group_default,
    Image: () => Image_default,
    IncrementalDisplayable: () => IncrementalDisplayable_default,
    Line: () => Line_default,
    LinearGradient: () => LinearGradient_default,
    Polygon: () => Polygon_default,
    Polyline: () => Polyline_default,
    RadialGradient: () => RadialGradient_default,
    Rect: () => Rect_default,
    Ring: () => Ring_default,
    Sector: () => Sector_default,
    Text: () => Text_default,
    clipPointsByRect: () => clipPointsByRect,
    clipRectByRect: () => clipRectByRect,
    createIcon: () => createIcon,
    extendPath: () => extendPath,
    extendShape: () => extendShape,
    getShapeClass: () => getShapeClass,
    getTransform: () => getTransform,
    initProps: () => initProps,
    makeImage: () => makeImage,
    makePath: () => makePath,
    mergePath: () => mergePath,
    registerShape: () => registerShape,
    resizePath: () => resizePath,
    updateProps: () => updateProps
});
// node_modules/echarts/lib/export/api/format.js
var format_exports = {};
__export(format_exports, {
    addCommas: () => addCommas,
    capitalFirst: () => capitalFirst,
    encodeHTML: () => encodeHTML,
    formatTime: () => formatTime,
    formatTpl: () => formatTpl,
    getTextRect: () => getTextRect,
    getTooltipMarker: () => getTooltipMarker,
    normalizeCssArray: () => normalizeCssArray,
    toCamelCase: () => toCamelCase,
    truncateText: () => truncateText
});
// node_modules/echarts/lib/export/api/util.js
var util_exports2 = {};
__export(util_exports2, {
    bind: () => bind,
    clone: () => clone,
    curry: () => curry,
    defaults: () => defaults,
    each: () => each,
    extend: () => extend,
    filter: () => filter,
    indexOf: () => indexOf,
    inherits: () => inherits,
    isArray: () => isArray,
    isFunction: () => isFunction,
    isObject: () => isObject,
    isString: () => isString,
    map: () => map,
    merge: () => merge,
    reduce: () => reduce
});
// node_modules/echarts/lib/export/api.js
function extendComponentModel(proto) {
    var Model = Component_default.extend(proto);
    Component_default.registerClass(Model);
    return Model;
}
function extendComponentView(proto) {
    var View = Component_default2.extend(proto);
    Component_default2.registerClass(View);
    return View;
}
function extendSeriesModel(proto) {
    var Model = Series_default.extend(proto);
    Series_default.registerClass(Model);
    return Model;
}
function extendChartView(proto) {
    var View = Chart_default.extend(proto);
    Chart_default.registerClass(View);
    return View;
}
export { Axis_default as Axis, Chart_default as ChartView, Component_default as ComponentModel, Component_default2 as ComponentView, SeriesData_default as List, Model_default as Model, PRIORITY, Series_default as SeriesModel, color_exports as color, connect, dataTool, dependencies, disConnect, disconnect, dispose, env_default as env, extendChartView, extendComponentModel, extendComponentView, extendSeriesModel, format_exports as format, getCoordinateSystemDimensions, getInstanceByDom, getInstanceById, getMap, graphic_exports as graphic, helper_exports as helper, init, brushSingle as innerDrawElementOnCanvas, matrix_exports as matrix, number_exports as number, parseGeoJSON, parseGeoJSON as parseGeoJson, registerAction, registerCoordinateSystem, registerCustomSeries, registerLayout, registerLoading, registerLocale, registerMap, registerPostInit, registerPostUpdate, registerPreprocessor, registerProcessor, registerTheme, registerTransform, registerUpdateLifecycle, registerVisual, setCanvasCreator, setPlatformAPI, throttle, time_exports as time, use, util_exports2 as util, vector_exports as vector, version, util_exports as zrUtil, zrender_exports as zrender };
//# sourceMappingURL=echarts_core.YW4aKRI6rc-dev.js.map
