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
// node_modules/@angular/forms/fesm2022/forms.mjs
import * as i0 from "@angular/core";
import { InjectionToken, Directive, forwardRef, Optional, Inject, \u0275isPromise as _isPromise, \u0275isSubscribable as _isSubscribable, \u0275RuntimeError as _RuntimeError, Version, signal, untracked, computed, EventEmitter, booleanAttribute, Input, DestroyRef, ChangeDetectorRef as ChangeDetectorRef2, effect, inject, Self, \u0275formatRuntimeError as _formatRuntimeError, Host, SkipSelf, Output, Service, ApplicationRef, afterNextRender, NgModule } from "@angular/core";
import { from, forkJoin, Subject, Subscription } from "rxjs";
import { map } from "rxjs/operators";
import { \u0275getDOM as _getDOM } from "@angular/common";
var BaseControlValueAccessor = class _BaseControlValueAccessor {
    _renderer;
    _elementRef;
    onChange = (_) => {
    };
    onTouched = () => {
    };
    constructor(_renderer, _elementRef) {
        this._renderer = _renderer;
        this._elementRef = _elementRef;
    }
    setProperty(key, value) {
        this._renderer.setProperty(this._elementRef.nativeElement, key, value);
    }
    registerOnTouched(fn) {
        this.onTouched = fn;
    }
    registerOnChange(fn) {
        this.onChange = fn;
    }
    setDisabledState(isDisabled) {
        this.setProperty("disabled", isDisabled);
    }
    static \u0275fac = function BaseControlValueAccessor_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _BaseControlValueAccessor)(i0.\u0275\u0275directiveInject(i0.Renderer2), i0.\u0275\u0275directiveInject(i0.ElementRef));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _BaseControlValueAccessor
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(BaseControlValueAccessor, [{
            type: Directive
        }], () => [{
            type: i0.Renderer2
        }, {
            type: i0.ElementRef
        }], null);
})();
var BuiltInControlValueAccessor = class _BuiltInControlValueAccessor extends BaseControlValueAccessor {
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275BuiltInControlValueAccessor_BaseFactory;
        return function BuiltInControlValueAccessor_Factory(__ngFactoryType__) {
            return (\u0275BuiltInControlValueAccessor_BaseFactory || (\u0275BuiltInControlValueAccessor_BaseFactory = i0.\u0275\u0275getInheritedFactory(_BuiltInControlValueAccessor)))(__ngFactoryType__ || _BuiltInControlValueAccessor);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _BuiltInControlValueAccessor,
        features: [i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(BuiltInControlValueAccessor, [{
            type: Directive
        }], null, null);
})();
var NG_VALUE_ACCESSOR = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "NgValueAccessor" : "");
var CHECKBOX_VALUE_ACCESSOR = {
    provide: NG_VALUE_ACCESSOR,
    useExisting: forwardRef(() => CheckboxControlValueAccessor),
    multi: true
};
var CheckboxControlValueAccessor = class _CheckboxControlValueAccessor extends BuiltInControlValueAccessor {
    writeValue(value) {
        this.setProperty("checked", value);
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275CheckboxControlValueAccessor_BaseFactory;
        return function CheckboxControlValueAccessor_Factory(__ngFactoryType__) {
            return (\u0275CheckboxControlValueAccessor_BaseFactory || (\u0275CheckboxControlValueAccessor_BaseFactory = i0.\u0275\u0275getInheritedFactory(_CheckboxControlValueAccessor)))(__ngFactoryType__ || _CheckboxControlValueAccessor);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _CheckboxControlValueAccessor,
        selectors: [["input", "type", "checkbox", "formControlName", "", 3, "ngNoCva", ""], ["input", "type", "checkbox", "formControl", "", 3, "ngNoCva", ""], ["input", "type", "checkbox", "ngModel", "", 3, "ngNoCva", ""]],
        hostBindings: function CheckboxControlValueAccessor_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("change", function CheckboxControlValueAccessor_change_HostBindingHandler($event) {
                    return ctx.onChange($event.target.checked);
                })("blur", function CheckboxControlValueAccessor_blur_HostBindingHandler() {
                    return ctx.onTouched();
                });
            }
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([CHECKBOX_VALUE_ACCESSOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(CheckboxControlValueAccessor, [{
            type: Directive,
            args: [{
                    selector: "input[type=checkbox]:not([ngNoCva])[formControlName],input[type=checkbox]:not([ngNoCva])[formControl],input[type=checkbox]:not([ngNoCva])[ngModel]",
                    host: {
                        "(change)": "onChange($any($event.target).checked)",
                        "(blur)": "onTouched()"
                    },
                    providers: [CHECKBOX_VALUE_ACCESSOR],
                    standalone: false
                }]
        }], null, null);
})();
var DEFAULT_VALUE_ACCESSOR = {
    provide: NG_VALUE_ACCESSOR,
    useExisting: forwardRef(() => DefaultValueAccessor),
    multi: true
};
function _isAndroid() {
    const userAgent = _getDOM() ? _getDOM().getUserAgent() : "";
    return /android (\d+)/.test(userAgent.toLowerCase());
}
var COMPOSITION_BUFFER_MODE = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "CompositionEventMode" : "");
var DefaultValueAccessor = class _DefaultValueAccessor extends BaseControlValueAccessor {
    _compositionMode;
    _composing = false;
    constructor(renderer, elementRef, _compositionMode) {
        super(renderer, elementRef);
        this._compositionMode = _compositionMode;
        if (this._compositionMode == null) {
            this._compositionMode = !_isAndroid();
        }
    }
    writeValue(value) {
        const normalizedValue = value == null ? "" : value;
        this.setProperty("value", normalizedValue);
    }
    _handleInput(value) {
        if (!this._compositionMode || this._compositionMode && !this._composing) {
            this.onChange(value);
        }
    }
    _compositionStart() {
        this._composing = true;
    }
    _compositionEnd(value) {
        this._composing = false;
        this._compositionMode && this.onChange(value);
    }
    static \u0275fac = function DefaultValueAccessor_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _DefaultValueAccessor)(i0.\u0275\u0275directiveInject(i0.Renderer2), i0.\u0275\u0275directiveInject(i0.ElementRef), i0.\u0275\u0275directiveInject(COMPOSITION_BUFFER_MODE, 8));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _DefaultValueAccessor,
        selectors: [["input", "formControlName", "", 3, "type", "checkbox", 3, "ngNoCva", ""], ["textarea", "formControlName", "", 3, "ngNoCva", ""], ["input", "formControl", "", 3, "type", "checkbox", 3, "ngNoCva", ""], ["textarea", "formControl", "", 3, "ngNoCva", ""], ["input", "ngModel", "", 3, "type", "checkbox", 3, "ngNoCva", ""], ["textarea", "ngModel", "", 3, "ngNoCva", ""], ["", "ngDefaultControl", ""]],
        hostBindings: function DefaultValueAccessor_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("input", function DefaultValueAccessor_input_HostBindingHandler($event) {
                    return ctx._handleInput($event.target.value);
                })("blur", function DefaultValueAccessor_blur_HostBindingHandler() {
                    return ctx.onTouched();
                })("compositionstart", function DefaultValueAccessor_compositionstart_HostBindingHandler() {
                    return ctx._compositionStart();
                })("compositionend", function DefaultValueAccessor_compositionend_HostBindingHandler($event) {
                    return ctx._compositionEnd($event.target.value);
                });
            }
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([DEFAULT_VALUE_ACCESSOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(DefaultValueAccessor, [{
            type: Directive,
            args: [{
                    selector: "input:not([type=checkbox]):not([ngNoCva])[formControlName],textarea:not([ngNoCva])[formControlName],input:not([type=checkbox]):not([ngNoCva])[formControl],textarea:not([ngNoCva])[formControl],input:not([type=checkbox]):not([ngNoCva])[ngModel],textarea:not([ngNoCva])[ngModel],[ngDefaultControl]",
                    host: {
                        "(input)": "_handleInput($any($event.target).value)",
                        "(blur)": "onTouched()",
                        "(compositionstart)": "_compositionStart()",
                        "(compositionend)": "_compositionEnd($any($event.target).value)"
                    },
                    providers: [DEFAULT_VALUE_ACCESSOR],
                    standalone: false
                }]
        }], () => [{
            type: i0.Renderer2
        }, {
            type: i0.ElementRef
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [COMPOSITION_BUFFER_MODE]
                }]
        }], null);
})();
function isEmptyInputValue(value) {
    return value == null || lengthOrSize(value) === 0;
}
function lengthOrSize(value) {
    if (value == null) {
        return null;
    }
    else if (Array.isArray(value) || typeof value === "string") {
        return value.length;
    }
    else if (value instanceof Set) {
        return value.size;
    }
    return null;
}
var NG_VALIDATORS = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "NgValidators" : "");
var NG_ASYNC_VALIDATORS = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "NgAsyncValidators" : "");
var EMAIL_REGEXP = /^(?=.{1,254}$)(?=.{1,64}@)[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
var Validators = class {
    static min(min) {
        return minValidator(min);
    }
    static max(max) {
        return maxValidator(max);
    }
    static required(control) {
        return requiredValidator(control);
    }
    static requiredTrue(control) {
        return requiredTrueValidator(control);
    }
    static email(control) {
        return emailValidator(control);
    }
    static minLength(minLength) {
        return minLengthValidator(minLength);
    }
    static maxLength(maxLength) {
        return maxLengthValidator(maxLength);
    }
    static pattern(pattern) {
        return patternValidator(pattern);
    }
    static nullValidator(control) {
        return nullValidator();
    }
    static compose(validators) {
        return compose(validators);
    }
    static composeAsync(validators) {
        return composeAsync(validators);
    }
};
function minValidator(min) {
    return (control) => {
        if (control.value == null || min == null) {
            return null;
        }
        const value = parseFloat(control.value);
        return !isNaN(value) && value < min ? {
            "min": {
                "min": min,
                "actual": control.value
            }
        } : null;
    };
}
function maxValidator(max) {
    return (control) => {
        if (control.value == null || max == null) {
            return null;
        }
        const value = parseFloat(control.value);
        return !isNaN(value) && value > max ? {
            "max": {
                "max": max,
                "actual": control.value
            }
        } : null;
    };
}
function requiredValidator(control) {
    return isEmptyInputValue(control.value) ? {
        "required": true
    } : null;
}
function requiredTrueValidator(control) {
    return control.value === true ? null : {
        "required": true
    };
}
function emailValidator(control) {
    if (isEmptyInputValue(control.value)) {
        return null;
    }
    return EMAIL_REGEXP.test(control.value) ? null : {
        "email": true
    };
}
function minLengthValidator(minLength) {
    return (control) => {
        const length = control.value?.length ?? lengthOrSize(control.value);
        if (length === null || length === 0) {
            return null;
        }
        return length < minLength ? {
            "minlength": {
                "requiredLength": minLength,
                "actualLength": length
            }
        } : null;
    };
}
function maxLengthValidator(maxLength) {
    return (control) => {
        const length = control.value?.length ?? lengthOrSize(control.value);
        if (length !== null && length > maxLength) {
            return {
                "maxlength": {
                    "requiredLength": maxLength,
                    "actualLength": length
                }
            };
        }
        return null;
    };
}
function patternValidator(pattern) {
    if (!pattern)
        return nullValidator;
    let regex;
    let regexStr;
    if (typeof pattern === "string") {
        regexStr = "";
        if (pattern.charAt(0) !== "^")
            regexStr += "^";
        regexStr += pattern;
        if (pattern.charAt(pattern.length - 1) !== "$")
            regexStr += "$";
        regex = new RegExp(regexStr);
    }
    else {
        regexStr = pattern.toString();
        regex = pattern;
    }
    return (control) => {
        if (isEmptyInputValue(control.value)) {
            return null;
        }
        const value = control.value;
        return regex.test(value) ? null : {
            "pattern": {
                "requiredPattern": regexStr,
                "actualValue": value
            }
        };
    };
}
function nullValidator(control) {
    return null;
}
function isPresent(o) {
    return o != null;
}
function toObservable(value) {
    const obs = _isPromise(value) ? from(value) : value;
    if ((typeof ngDevMode === "undefined" || ngDevMode) && !_isSubscribable(obs)) {
        let errorMessage = `Expected async validator to return Promise or Observable.`;
        if (typeof value === "object") {
            errorMessage += " Are you using a synchronous validator where an async validator is expected?";
        }
        throw new _RuntimeError(-1101, errorMessage);
    }
    return obs;
}
function mergeErrors(arrayOfErrors) {
    let res = {};
    arrayOfErrors.forEach((errors) => {
        res = errors != null ? __spreadValues(__spreadValues({}, res), errors) : res;
    });
    return Object.keys(res).length === 0 ? null : res;
}
function executeValidators(control, validators) {
    return validators.map((validator) => validator(control));
}
function isValidatorFn(validator) {
    return !validator.validate;
}
function normalizeValidators(validators) {
    return validators.map((validator) => {
        return isValidatorFn(validator) ? validator : (c) => validator.validate(c);
    });
}
function compose(validators) {
    if (!validators)
        return null;
    const presentValidators = validators.filter(isPresent);
    if (presentValidators.length == 0)
        return null;
    return function (control) {
        return mergeErrors(executeValidators(control, presentValidators));
    };
}
function composeValidators(validators) {
    return validators != null ? compose(normalizeValidators(validators)) : null;
}
function composeAsync(validators) {
    if (!validators)
        return null;
    const presentValidators = validators.filter(isPresent);
    if (presentValidators.length == 0)
        return null;
    return function (control) {
        const observables = executeValidators(control, presentValidators).map(toObservable);
        return forkJoin(observables).pipe(map(mergeErrors));
    };
}
function composeAsyncValidators(validators) {
    return validators != null ? composeAsync(normalizeValidators(validators)) : null;
}
function mergeValidators(controlValidators, dirValidator) {
    if (controlValidators === null)
        return [dirValidator];
    return Array.isArray(controlValidators) ? [...controlValidators, dirValidator] : [controlValidators, dirValidator];
}
function getControlValidators(control) {
    return control._rawValidators;
}
function getControlAsyncValidators(control) {
    return control._rawAsyncValidators;
}
function makeValidatorsArray(validators) {
    if (!validators)
        return [];
    return Array.isArray(validators) ? validators : [validators];
}
function hasValidator(validators, validator) {
    return Array.isArray(validators) ? validators.includes(validator) : validators === validator;
}
function addValidators(validators, currentValidators) {
    const current = makeValidatorsArray(currentValidators);
    const validatorsToAdd = makeValidatorsArray(validators);
    validatorsToAdd.forEach((v) => {
        if (!hasValidator(current, v)) {
            current.push(v);
        }
    });
    return current;
}
function removeValidators(validators, currentValidators) {
    return makeValidatorsArray(currentValidators).filter((v) => !hasValidator(validators, v));
}
var AbstractControlDirective = class {
    get value() {
        return this.control ? this.control.value : null;
    }
    get valid() {
        return this.control ? this.control.valid : null;
    }
    get invalid() {
        return this.control ? this.control.invalid : null;
    }
    get pending() {
        return this.control ? this.control.pending : null;
    }
    get disabled() {
        return this.control ? this.control.disabled : null;
    }
    get enabled() {
        return this.control ? this.control.enabled : null;
    }
    get errors() {
        return this.control ? this.control.errors : null;
    }
    get pristine() {
        return this.control ? this.control.pristine : null;
    }
    get dirty() {
        return this.control ? this.control.dirty : null;
    }
    get touched() {
        return this.control ? this.control.touched : null;
    }
    get status() {
        return this.control ? this.control.status : null;
    }
    get untouched() {
        return this.control ? this.control.untouched : null;
    }
    get statusChanges() {
        return this.control ? this.control.statusChanges : null;
    }
    get valueChanges() {
        return this.control ? this.control.valueChanges : null;
    }
    get path() {
        return null;
    }
    _composedValidatorFn;
    _composedAsyncValidatorFn;
    _rawValidators = [];
    _rawAsyncValidators = [];
    _setValidators(validators) {
        this._rawValidators = validators || [];
        this._composedValidatorFn = composeValidators(this._rawValidators);
    }
    _setAsyncValidators(validators) {
        this._rawAsyncValidators = validators || [];
        this._composedAsyncValidatorFn = composeAsyncValidators(this._rawAsyncValidators);
    }
    get validator() {
        return this._composedValidatorFn || null;
    }
    get asyncValidator() {
        return this._composedAsyncValidatorFn || null;
    }
    _onDestroyCallbacks = [];
    _registerOnDestroy(fn) {
        this._onDestroyCallbacks.push(fn);
    }
    _invokeOnDestroyCallbacks() {
        this._onDestroyCallbacks.forEach((fn) => fn());
        this._onDestroyCallbacks = [];
    }
    reset(value = void 0) {
        this.control?.reset(value);
    }
    hasError(errorCode, path) {
        return this.control ? this.control.hasError(errorCode, path) : false;
    }
    getError(errorCode, path) {
        return this.control ? this.control.getError(errorCode, path) : null;
    }
};
var ControlContainer = class extends AbstractControlDirective {
    name;
    get formDirective() {
        return null;
    }
    get path() {
        return null;
    }
};
var formControlNameExample = `
  <div [formGroup]="myGroup">
    <input formControlName="firstName">
  </div>

  In your class:

  this.myGroup = new FormGroup({
      firstName: new FormControl()
  });`;
var formGroupNameExample = `
  <div [formGroup]="myGroup">
      <div formGroupName="person">
        <input formControlName="firstName">
      </div>
  </div>

  In your class:

  this.myGroup = new FormGroup({
      person: new FormGroup({ firstName: new FormControl() })
  });`;
var formArrayNameExample = `
  <div [formGroup]="myGroup">
    <div formArrayName="cities">
      <div *ngFor="let city of cityArray.controls; index as i">
        <input [formControlName]="i">
      </div>
    </div>
  </div>

  In your class:

  this.cityArray = new FormArray([new FormControl('SF')]);
  this.myGroup = new FormGroup({
    cities: this.cityArray
  });`;
var ngModelGroupExample = `
  <form>
      <div ngModelGroup="person">
        <input [(ngModel)]="person.name" name="firstName">
      </div>
  </form>`;
var ngModelWithFormGroupExample = `
  <div [formGroup]="myGroup">
      <input formControlName="firstName">
      <input [(ngModel)]="showMoreControls" [ngModelOptions]="{standalone: true}">
  </div>
`;
var VERSION = /* @__PURE__ */ new Version("22.1.8");
function controlParentException(nameOrIndex) {
    return new _RuntimeError(1050, `formControlName must be used with a parent formGroup or formArray directive. You'll want to add a formGroup/formArray
      directive and pass it an existing FormGroup/FormArray instance (you can create one in your class).

      ${describeFormControl(nameOrIndex)}

    Example:

    ${formControlNameExample}`);
}
function describeFormControl(nameOrIndex) {
    if (nameOrIndex == null || nameOrIndex === "") {
        return "";
    }
    const valueType = typeof nameOrIndex === "string" ? "name" : "index";
    return `Affected Form Control ${valueType}: "${nameOrIndex}"`;
}
function ngModelGroupException() {
    return new _RuntimeError(1051, `formControlName cannot be used with an ngModelGroup parent. It is only compatible with parents
      that also have a "form" prefix: formGroupName, formArrayName, or formGroup.

      Option 1:  Update the parent to be formGroupName (reactive form strategy)

      ${formGroupNameExample}

      Option 2: Use ngModel instead of formControlName (template-driven strategy)

      ${ngModelGroupExample}`);
}
function missingFormException() {
    return new _RuntimeError(1052, `formGroup expects a FormGroup instance. Please pass one in.

      Example:

      ${formControlNameExample}`);
}
function groupParentException() {
    return new _RuntimeError(1053, `formGroupName must be used with a parent formGroup directive.  You'll want to add a formGroup
    directive and pass it an existing FormGroup instance (you can create one in your class).

    Example:

    ${formGroupNameExample}`);
}
function arrayParentException() {
    return new _RuntimeError(1054, `formArrayName must be used with a parent formGroup directive.  You'll want to add a formGroup
      directive and pass it an existing FormGroup instance (you can create one in your class).

      Example:

      ${formArrayNameExample}`);
}
var disabledAttrWarning = `
  It looks like you're using the disabled attribute with a reactive form directive. If you set disabled to true
  when you set up this control in your component class, the disabled attribute will actually be set in the DOM for
  you. We recommend using this approach to avoid 'changed after checked' errors.

  Example:
  // Specify the \`disabled\` property at control creation time:
  form = new FormGroup({
    first: new FormControl({value: 'Nancy', disabled: true}, Validators.required),
    last: new FormControl('Drew', Validators.required)
  });

  // Controls can also be enabled/disabled after creation:
  form.get('first')?.enable();
  form.get('last')?.disable();
`;
var asyncValidatorsDroppedWithOptsWarning = `
  It looks like you're constructing using a FormControl with both an options argument and an
  async validators argument. Mixing these arguments will cause your async validators to be dropped.
  You should either put all your validators in the options object, or in separate validators
  arguments. For example:

  // Using validators arguments
  fc = new FormControl(42, Validators.required, myAsyncValidator);

  // Using AbstractControlOptions
  fc = new FormControl(42, {validators: Validators.required, asyncValidators: myAV});

  // Do NOT mix them: async validators will be dropped!
  fc = new FormControl(42, {validators: Validators.required}, /* Oops! */ myAsyncValidator);
`;
function ngModelWarning(directiveName) {
    const versionSubDomain = VERSION.major !== "0" ? `v${VERSION.major}.` : "";
    return `
  It looks like you're using ngModel on the same form field as ${directiveName}.
  Support for using the ngModel input property and ngModelChange event with
  reactive form directives has been deprecated in Angular v6 and will be removed
  in a future version of Angular.

  For more information on this, see our API docs here:
  https://${versionSubDomain}angular.dev/api/forms/${directiveName === "formControl" ? "FormControlDirective" : "FormControlName"}
  `;
}
function describeKey(isFormGroup2, key) {
    return isFormGroup2 ? `with name: '${key}'` : `at index: ${key}`;
}
function noControlsError(isFormGroup2) {
    return `
    There are no form controls registered with this ${isFormGroup2 ? "group" : "array"} yet. If you're using ngModel,
    you may want to check next tick (e.g. use setTimeout).
  `;
}
function missingControlError(isFormGroup2, key) {
    return `Cannot find form control ${describeKey(isFormGroup2, key)}`;
}
function missingControlValueError(isFormGroup2, key) {
    return `Must supply a value for form control ${describeKey(isFormGroup2, key)}`;
}
var VALID = "VALID";
var INVALID = "INVALID";
var PENDING = "PENDING";
var DISABLED = "DISABLED";
var ControlEvent = class {
};
var ValueChangeEvent = class extends ControlEvent {
    value;
    source;
    constructor(value, source) {
        super();
        this.value = value;
        this.source = source;
    }
};
var PristineChangeEvent = class extends ControlEvent {
    pristine;
    source;
    constructor(pristine, source) {
        super();
        this.pristine = pristine;
        this.source = source;
    }
};
var TouchedChangeEvent = class extends ControlEvent {
    touched;
    source;
    constructor(touched, source) {
        super();
        this.touched = touched;
        this.source = source;
    }
};
var StatusChangeEvent = class extends ControlEvent {
    status;
    source;
    constructor(status, source) {
        super();
        this.status = status;
        this.source = source;
    }
};
var FormSubmittedEvent = class extends ControlEvent {
    source;
    constructor(source) {
        super();
        this.source = source;
    }
};
var FormResetEvent = class extends ControlEvent {
    source;
    constructor(source) {
        super();
        this.source = source;
    }
};
function pickValidators(validatorOrOpts) {
    return (isOptionsObj(validatorOrOpts) ? validatorOrOpts.validators : validatorOrOpts) || null;
}
function coerceToValidator(validator) {
    return Array.isArray(validator) ? composeValidators(validator) : validator || null;
}
function pickAsyncValidators(asyncValidator, validatorOrOpts) {
    if (typeof ngDevMode === "undefined" || ngDevMode) {
        if (isOptionsObj(validatorOrOpts) && asyncValidator) {
            console.warn(asyncValidatorsDroppedWithOptsWarning);
        }
    }
    return (isOptionsObj(validatorOrOpts) ? validatorOrOpts.asyncValidators : asyncValidator) || null;
}
function coerceToAsyncValidator(asyncValidator) {
    return Array.isArray(asyncValidator) ? composeAsyncValidators(asyncValidator) : asyncValidator || null;
}
function isOptionsObj(validatorOrOpts) {
    return validatorOrOpts != null && !Array.isArray(validatorOrOpts) && typeof validatorOrOpts === "object";
}
function assertControlPresent(parent, isGroup, key) {
    const controls = parent.controls;
    const collection = isGroup ? Object.keys(controls) : controls;
    if (!collection.length) {
        throw new _RuntimeError(1e3, typeof ngDevMode === "undefined" || ngDevMode ? noControlsError(isGroup) : "");
    }
    if (!hasOwnControl(controls, key)) {
        throw new _RuntimeError(1001, typeof ngDevMode === "undefined" || ngDevMode ? missingControlError(isGroup, key) : "");
    }
}
function assertAllValuesPresent(control, isGroup, value) {
    control._forEachChild((_, key) => {
        if (value[key] === void 0) {
            throw new _RuntimeError(-1002, typeof ngDevMode === "undefined" || ngDevMode ? missingControlValueError(isGroup, key) : "");
        }
    });
}
var AbstractControl = class {
    _pendingDirty = false;
    _hasOwnPendingAsyncValidator = null;
    _pendingTouched = false;
    _onCollectionChange = () => {
    };
    _updateOn;
    _hasRequired = signal(false, ...ngDevMode ? [{
            debugName: "_hasRequired"
        }] : []);
    _parent = null;
    _asyncValidationSubscription;
    _composedValidatorFn;
    _composedAsyncValidatorFn;
    _rawValidators;
    _rawAsyncValidators;
    value;
    constructor(validators, asyncValidators) {
        this._assignValidators(validators);
        this._assignAsyncValidators(asyncValidators);
    }
    get validator() {
        return this._composedValidatorFn;
    }
    set validator(validatorFn) {
        this._rawValidators = this._composedValidatorFn = validatorFn;
        this._updateHasRequiredValidator();
    }
    get asyncValidator() {
        return this._composedAsyncValidatorFn;
    }
    set asyncValidator(asyncValidatorFn) {
        this._rawAsyncValidators = this._composedAsyncValidatorFn = asyncValidatorFn;
    }
    get parent() {
        return this._parent;
    }
    get status() {
        return untracked(this.statusReactive);
    }
    set status(v) {
        untracked(() => this.statusReactive.set(v));
    }
    _status = computed(() => this.statusReactive(), ...ngDevMode ? [{
            debugName: "_status"
        }] : []);
    statusReactive = signal(void 0, ...ngDevMode ? [{
            debugName: "statusReactive"
        }] : []);
    get valid() {
        return this.status === VALID;
    }
    get invalid() {
        return this.status === INVALID;
    }
    get pending() {
        return this.status === PENDING;
    }
    get disabled() {
        return this.status === DISABLED;
    }
    get enabled() {
        return this.status !== DISABLED;
    }
    errors;
    get pristine() {
        return untracked(this.pristineReactive);
    }
    set pristine(v) {
        untracked(() => this.pristineReactive.set(v));
    }
    _pristine = computed(() => this.pristineReactive(), ...ngDevMode ? [{
            debugName: "_pristine"
        }] : []);
    pristineReactive = signal(true, ...ngDevMode ? [{
            debugName: "pristineReactive"
        }] : []);
    get dirty() {
        return !this.pristine;
    }
    get touched() {
        return untracked(this.touchedReactive);
    }
    set touched(v) {
        untracked(() => this.touchedReactive.set(v));
    }
    _touched = computed(() => this.touchedReactive(), ...ngDevMode ? [{
            debugName: "_touched"
        }] : []);
    touchedReactive = signal(false, ...ngDevMode ? [{
            debugName: "touchedReactive"
        }] : []);
    get untouched() {
        return !this.touched;
    }
    _events = new Subject();
    events = this._events.asObservable();
    valueChanges;
    statusChanges;
    get updateOn() {
        return this._updateOn ? this._updateOn : this.parent ? this.parent.updateOn : "change";
    }
    setValidators(validators) {
        this._assignValidators(validators);
    }
    setAsyncValidators(validators) {
        this._assignAsyncValidators(validators);
    }
    addValidators(validators) {
        this.setValidators(addValidators(validators, this._rawValidators));
    }
    addAsyncValidators(validators) {
        this.setAsyncValidators(addValidators(validators, this._rawAsyncValidators));
    }
    removeValidators(validators) {
        this.setValidators(removeValidators(validators, this._rawValidators));
    }
    removeAsyncValidators(validators) {
        this.setAsyncValidators(removeValidators(validators, this._rawAsyncValidators));
    }
    hasValidator(validator) {
        return hasValidator(this._rawValidators, validator);
    }
    hasAsyncValidator(validator) {
        return hasValidator(this._rawAsyncValidators, validator);
    }
    clearValidators() {
        this.validator = null;
    }
    clearAsyncValidators() {
        this.asyncValidator = null;
    }
    markAsTouched(opts = {}) {
        const changed = this.touched === false;
        this.touched = true;
        const sourceControl = opts.sourceControl ?? this;
        if (!opts.onlySelf) {
            this._parent?.markAsTouched(__spreadProps(__spreadValues({}, opts), {
                sourceControl
            }));
        }
        if (changed && opts.emitEvent !== false) {
            this._events.next(new TouchedChangeEvent(true, sourceControl));
        }
    }
    markAllAsDirty(opts = {}) {
        this.markAsDirty({
            onlySelf: true,
            emitEvent: opts.emitEvent,
            sourceControl: this
        });
        this._forEachChild((control) => control.markAllAsDirty(opts));
    }
    markAllAsTouched(opts = {}) {
        this.markAsTouched({
            onlySelf: true,
            emitEvent: opts.emitEvent,
            sourceControl: this
        });
        this._forEachChild((control) => control.markAllAsTouched(opts));
    }
    markAsUntouched(opts = {}) {
        const changed = this.touched === true;
        this.touched = false;
        this._pendingTouched = false;
        const sourceControl = opts.sourceControl ?? this;
        this._forEachChild((control) => {
            control.markAsUntouched({
                onlySelf: true,
                emitEvent: opts.emitEvent,
                sourceControl
            });
        });
        if (!opts.onlySelf) {
            this._parent?._updateTouched(opts, sourceControl);
        }
        if (changed && opts.emitEvent !== false) {
            this._events.next(new TouchedChangeEvent(false, sourceControl));
        }
    }
    markAsDirty(opts = {}) {
        const changed = this.pristine === true;
        this.pristine = false;
        const sourceControl = opts.sourceControl ?? this;
        if (!opts.onlySelf) {
            this._parent?.markAsDirty(__spreadProps(__spreadValues({}, opts), {
                sourceControl
            }));
        }
        if (changed && opts.emitEvent !== false) {
            this._events.next(new PristineChangeEvent(false, sourceControl));
        }
    }
    markAsPristine(opts = {}) {
        const changed = this.pristine === false;
        this.pristine = true;
        this._pendingDirty = false;
        const sourceControl = opts.sourceControl ?? this;
        this._forEachChild((control) => {
            control.markAsPristine({
                onlySelf: true,
                emitEvent: opts.emitEvent
            });
        });
        if (!opts.onlySelf) {
            this._parent?._updatePristine(opts, sourceControl);
        }
        if (changed && opts.emitEvent !== false) {
            this._events.next(new PristineChangeEvent(true, sourceControl));
        }
    }
    markAsPending(opts = {}) {
        this.status = PENDING;
        const sourceControl = opts.sourceControl ?? this;
        if (opts.emitEvent !== false) {
            this._events.next(new StatusChangeEvent(this.status, sourceControl));
            this.statusChanges.emit(this.status);
        }
        if (!opts.onlySelf) {
            this._parent?.markAsPending(__spreadProps(__spreadValues({}, opts), {
                sourceControl
            }));
        }
    }
    disable(opts = {}) {
        const skipPristineCheck = this._parentMarkedDirty(opts.onlySelf);
        this.status = DISABLED;
        this.errors = null;
        this._forEachChild((control) => {
            control.disable(__spreadProps(__spreadValues({}, opts), {
                onlySelf: true
            }));
        });
        this._updateValue();
        const sourceControl = opts.sourceControl ?? this;
        if (opts.emitEvent !== false) {
            this._events.next(new ValueChangeEvent(this.value, sourceControl));
            this._events.next(new StatusChangeEvent(this.status, sourceControl));
            this.valueChanges.emit(this.value);
            this.statusChanges.emit(this.status);
        }
        this._updateAncestors(__spreadProps(__spreadValues({}, opts), {
            skipPristineCheck
        }), this);
        this._onDisabledChange.forEach((changeFn) => changeFn(true));
    }
    enable(opts = {}) {
        const skipPristineCheck = this._parentMarkedDirty(opts.onlySelf);
        this.status = VALID;
        this._forEachChild((control) => {
            control.enable(__spreadProps(__spreadValues({}, opts), {
                onlySelf: true
            }));
        });
        this.updateValueAndValidity({
            onlySelf: true,
            emitEvent: opts.emitEvent
        });
        this._updateAncestors(__spreadProps(__spreadValues({}, opts), {
            skipPristineCheck
        }), this);
        this._onDisabledChange.forEach((changeFn) => changeFn(false));
    }
    _updateAncestors(opts, sourceControl) {
        if (!opts.onlySelf) {
            this._parent?.updateValueAndValidity(opts);
            if (!opts.skipPristineCheck) {
                this._parent?._updatePristine({}, sourceControl);
            }
            this._parent?._updateTouched({}, sourceControl);
        }
    }
    setParent(parent) {
        this._parent = parent;
    }
    getRawValue() {
        return this.value;
    }
    updateValueAndValidity(opts = {}) {
        this._setInitialStatus();
        this._updateValue();
        if (this.enabled) {
            const shouldHaveEmitted = this._cancelExistingSubscription();
            this.errors = this._runValidator();
            this.status = this._calculateStatus();
            if (this.status === VALID || this.status === PENDING) {
                this._runAsyncValidator(shouldHaveEmitted, opts.emitEvent);
            }
        }
        const sourceControl = opts.sourceControl ?? this;
        if (opts.emitEvent !== false) {
            this._events.next(new ValueChangeEvent(this.value, sourceControl));
            this._events.next(new StatusChangeEvent(this.status, sourceControl));
            this.valueChanges.emit(this.value);
            this.statusChanges.emit(this.status);
        }
        if (!opts.onlySelf) {
            this._parent?.updateValueAndValidity(__spreadProps(__spreadValues({}, opts), {
                sourceControl
            }));
        }
    }
    _updateTreeValidity(opts = {
        emitEvent: true
    }) {
        this._forEachChild((ctrl) => ctrl._updateTreeValidity(opts));
        this.updateValueAndValidity({
            onlySelf: true,
            emitEvent: opts.emitEvent
        });
    }
    _setInitialStatus() {
        this.status = this._allControlsDisabled() ? DISABLED : VALID;
    }
    _runValidator() {
        return this.validator ? this.validator(this) : null;
    }
    _runAsyncValidator(shouldHaveEmitted, emitEvent) {
        if (this.asyncValidator) {
            this.status = PENDING;
            this._hasOwnPendingAsyncValidator = {
                emitEvent: emitEvent !== false,
                shouldHaveEmitted: shouldHaveEmitted !== false
            };
            const obs = toObservable(this.asyncValidator(this));
            this._asyncValidationSubscription = obs.subscribe((errors) => {
                this._hasOwnPendingAsyncValidator = null;
                this.setErrors(errors, {
                    emitEvent,
                    shouldHaveEmitted
                });
            });
        }
    }
    _cancelExistingSubscription() {
        if (this._asyncValidationSubscription) {
            this._asyncValidationSubscription.unsubscribe();
            const shouldHaveEmitted = (this._hasOwnPendingAsyncValidator?.emitEvent || this._hasOwnPendingAsyncValidator?.shouldHaveEmitted) ?? false;
            this._hasOwnPendingAsyncValidator = null;
            return shouldHaveEmitted;
        }
        return false;
    }
    setErrors(errors, opts = {}) {
        this.errors = errors;
        this._updateControlsErrors(opts.emitEvent !== false, this, opts.shouldHaveEmitted);
    }
    get(path) {
        let currPath = path;
        if (currPath == null)
            return null;
        if (!Array.isArray(currPath))
            currPath = currPath.split(".");
        if (currPath.length === 0)
            return null;
        return currPath.reduce((control, name) => control && control._find(name), this);
    }
    getError(errorCode, path) {
        const control = path ? this.get(path) : this;
        return control?.errors ? control.errors[errorCode] : null;
    }
    hasError(errorCode, path) {
        return !!this.getError(errorCode, path);
    }
    get root() {
        let x = this;
        while (x._parent) {
            x = x._parent;
        }
        return x;
    }
    _updateControlsErrors(emitEvent, changedControl, shouldHaveEmitted) {
        this.status = this._calculateStatus();
        if (emitEvent) {
            this.statusChanges.emit(this.status);
        }
        if (emitEvent || shouldHaveEmitted) {
            this._events.next(new StatusChangeEvent(this.status, changedControl));
        }
        if (this._parent) {
            this._parent._updateControlsErrors(emitEvent, changedControl, shouldHaveEmitted);
        }
    }
    _initObservables() {
        this.valueChanges = new EventEmitter();
        this.statusChanges = new EventEmitter();
    }
    _calculateStatus() {
        if (this._allControlsDisabled())
            return DISABLED;
        if (this.errors)
            return INVALID;
        if (this._hasOwnPendingAsyncValidator || this._anyControlsHaveStatus(PENDING))
            return PENDING;
        if (this._anyControlsHaveStatus(INVALID))
            return INVALID;
        return VALID;
    }
    _anyControlsHaveStatus(status) {
        return this._anyControls((control) => control.status === status);
    }
    _anyControlsDirty() {
        return this._anyControls((control) => control.dirty);
    }
    _anyControlsTouched() {
        return this._anyControls((control) => control.touched);
    }
    _updatePristine(opts, changedControl) {
        const newPristine = !this._anyControlsDirty();
        const changed = this.pristine !== newPristine;
        this.pristine = newPristine;
        if (!opts.onlySelf) {
            this._parent?._updatePristine(opts, changedControl);
        }
        if (changed) {
            this._events.next(new PristineChangeEvent(this.pristine, changedControl));
        }
    }
    _updateTouched(opts = {}, changedControl) {
        this.touched = this._anyControlsTouched();
        this._events.next(new TouchedChangeEvent(this.touched, changedControl));
        if (!opts.onlySelf) {
            this._parent?._updateTouched(opts, changedControl);
        }
    }
    _onDisabledChange = [];
    _registerOnCollectionChange(fn) {
        this._onCollectionChange = fn;
    }
    _setUpdateStrategy(opts) {
        if (isOptionsObj(opts) && opts.updateOn != null) {
            this._updateOn = opts.updateOn;
        }
    }
    _parentMarkedDirty(onlySelf) {
        return !onlySelf && !!this._parent?.dirty && !this._parent._anyControlsDirty();
    }
    _find(name) {
        return null;
    }
    _assignValidators(validators) {
        this._rawValidators = Array.isArray(validators) ? validators.slice() : validators;
        this._composedValidatorFn = coerceToValidator(this._rawValidators);
        this._updateHasRequiredValidator();
    }
    _assignAsyncValidators(validators) {
        this._rawAsyncValidators = Array.isArray(validators) ? validators.slice() : validators;
        this._composedAsyncValidatorFn = coerceToAsyncValidator(this._rawAsyncValidators);
    }
    _updateHasRequiredValidator() {
        untracked(() => this._hasRequired.set(this.hasValidator(Validators.required)));
    }
};
function hasOwnControl(controls, name) {
    return Object.hasOwn(controls, name);
}
function isNativeFormElement(element) {
    return element.tagName === "INPUT" || element.tagName === "SELECT" || element.tagName === "TEXTAREA";
}
function elementAcceptsMinMax(element) {
    if (element.tagName !== "INPUT") {
        return false;
    }
    const type = element.type;
    return type === "number" || type === "range" || type === "date" || type === "month";
}
function isTextualFormElement(element) {
    return element.tagName === "INPUT" || element.tagName === "TEXTAREA";
}
function setNativeDomProperty(renderer, element, name, value) {
    switch (name) {
        case "name":
            renderer.setAttribute(element, name, value);
            break;
        case "disabled":
        case "readonly":
        case "required":
            if (value) {
                renderer.setAttribute(element, name, "");
            }
            else {
                renderer.removeAttribute(element, name);
            }
            break;
        case "max":
        case "min":
        case "minLength":
        case "maxLength":
            if (value !== void 0) {
                renderer.setAttribute(element, name, value.toString());
            }
            else {
                renderer.removeAttribute(element, name);
            }
            break;
    }
}
var ReactiveValidationError = class {
    kind;
    context;
    control;
    message;
    constructor({ kind, context, control }) {
        this.kind = kind;
        this.context = context;
        this.control = control;
    }
};
function toInteger(value) {
    return typeof value === "number" ? value : parseInt(value, 10);
}
function toFloat(value) {
    return typeof value === "number" ? value : parseFloat(value);
}
var AbstractValidatorDirective = class _AbstractValidatorDirective {
    _validator = nullValidator;
    _onChange;
    _enabled;
    ngOnChanges(changes) {
        if (this.inputName in changes) {
            const input = this.normalizeInput(changes[this.inputName].currentValue);
            this._enabled = this.enabled(input);
            this._validator = this._enabled ? this.createValidator(input) : nullValidator;
            this._onChange?.();
        }
    }
    validate(control) {
        return this._validator(control);
    }
    registerOnValidatorChange(fn) {
        this._onChange = fn;
    }
    enabled(input) {
        return input != null;
    }
    static \u0275fac = function AbstractValidatorDirective_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _AbstractValidatorDirective)();
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _AbstractValidatorDirective,
        features: [i0.\u0275\u0275NgOnChangesFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(AbstractValidatorDirective, [{
            type: Directive
        }], null, null);
})();
var MAX_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => MaxValidator),
    multi: true
};
var MaxValidator = class _MaxValidator extends AbstractValidatorDirective {
    max;
    inputName = "max";
    normalizeInput = (input) => toFloat(input);
    createValidator = (max) => maxValidator(max);
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275MaxValidator_BaseFactory;
        return function MaxValidator_Factory(__ngFactoryType__) {
            return (\u0275MaxValidator_BaseFactory || (\u0275MaxValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_MaxValidator)))(__ngFactoryType__ || _MaxValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _MaxValidator,
        selectors: [["input", "type", "number", "max", "", "formControlName", ""], ["input", "type", "number", "max", "", "formControl", ""], ["input", "type", "number", "max", "", "ngModel", ""]],
        hostVars: 1,
        hostBindings: function MaxValidator_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275attribute("max", ctx._enabled ? ctx.max : null);
            }
        },
        inputs: {
            max: "max"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([MAX_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(MaxValidator, [{
            type: Directive,
            args: [{
                    selector: "input[type=number][max][formControlName],input[type=number][max][formControl],input[type=number][max][ngModel]",
                    providers: [MAX_VALIDATOR],
                    host: {
                        "[attr.max]": "_enabled ? max : null"
                    },
                    standalone: false
                }]
        }], null, {
        max: [{
                type: Input
            }]
    });
})();
var MIN_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => MinValidator),
    multi: true
};
var MinValidator = class _MinValidator extends AbstractValidatorDirective {
    min;
    inputName = "min";
    normalizeInput = (input) => toFloat(input);
    createValidator = (min) => minValidator(min);
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275MinValidator_BaseFactory;
        return function MinValidator_Factory(__ngFactoryType__) {
            return (\u0275MinValidator_BaseFactory || (\u0275MinValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_MinValidator)))(__ngFactoryType__ || _MinValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _MinValidator,
        selectors: [["input", "type", "number", "min", "", "formControlName", ""], ["input", "type", "number", "min", "", "formControl", ""], ["input", "type", "number", "min", "", "ngModel", ""]],
        hostVars: 1,
        hostBindings: function MinValidator_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275attribute("min", ctx._enabled ? ctx.min : null);
            }
        },
        inputs: {
            min: "min"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([MIN_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(MinValidator, [{
            type: Directive,
            args: [{
                    selector: "input[type=number][min][formControlName],input[type=number][min][formControl],input[type=number][min][ngModel]",
                    providers: [MIN_VALIDATOR],
                    host: {
                        "[attr.min]": "_enabled ? min : null"
                    },
                    standalone: false
                }]
        }], null, {
        min: [{
                type: Input
            }]
    });
})();
var REQUIRED_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => RequiredValidator),
    multi: true
};
var CHECKBOX_REQUIRED_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => CheckboxRequiredValidator),
    multi: true
};
var RequiredValidator = class _RequiredValidator extends AbstractValidatorDirective {
    required;
    inputName = "required";
    normalizeInput = booleanAttribute;
    createValidator = (input) => requiredValidator;
    enabled(input) {
        return input;
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275RequiredValidator_BaseFactory;
        return function RequiredValidator_Factory(__ngFactoryType__) {
            return (\u0275RequiredValidator_BaseFactory || (\u0275RequiredValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_RequiredValidator)))(__ngFactoryType__ || _RequiredValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _RequiredValidator,
        selectors: [["", "required", "", "formControlName", "", 3, "type", "checkbox"], ["", "required", "", "formControl", "", 3, "type", "checkbox"], ["", "required", "", "ngModel", "", 3, "type", "checkbox"]],
        hostVars: 1,
        hostBindings: function RequiredValidator_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275attribute("required", ctx._enabled ? "" : null);
            }
        },
        inputs: {
            required: "required"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([REQUIRED_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RequiredValidator, [{
            type: Directive,
            args: [{
                    selector: ":not([type=checkbox])[required][formControlName],:not([type=checkbox])[required][formControl],:not([type=checkbox])[required][ngModel]",
                    providers: [REQUIRED_VALIDATOR],
                    host: {
                        "[attr.required]": '_enabled ? "" : null'
                    },
                    standalone: false
                }]
        }], null, {
        required: [{
                type: Input
            }]
    });
})();
var CheckboxRequiredValidator = class _CheckboxRequiredValidator extends RequiredValidator {
    createValidator = (input) => requiredTrueValidator;
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275CheckboxRequiredValidator_BaseFactory;
        return function CheckboxRequiredValidator_Factory(__ngFactoryType__) {
            return (\u0275CheckboxRequiredValidator_BaseFactory || (\u0275CheckboxRequiredValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_CheckboxRequiredValidator)))(__ngFactoryType__ || _CheckboxRequiredValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _CheckboxRequiredValidator,
        selectors: [["input", "type", "checkbox", "required", "", "formControlName", ""], ["input", "type", "checkbox", "required", "", "formControl", ""], ["input", "type", "checkbox", "required", "", "ngModel", ""]],
        hostVars: 1,
        hostBindings: function CheckboxRequiredValidator_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275attribute("required", ctx._enabled ? "" : null);
            }
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([CHECKBOX_REQUIRED_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(CheckboxRequiredValidator, [{
            type: Directive,
            args: [{
                    selector: "input[type=checkbox][required][formControlName],input[type=checkbox][required][formControl],input[type=checkbox][required][ngModel]",
                    providers: [CHECKBOX_REQUIRED_VALIDATOR],
                    host: {
                        "[attr.required]": '_enabled ? "" : null'
                    },
                    standalone: false
                }]
        }], null, null);
})();
var EMAIL_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => EmailValidator),
    multi: true
};
var EmailValidator = class _EmailValidator extends AbstractValidatorDirective {
    email;
    inputName = "email";
    normalizeInput = booleanAttribute;
    createValidator = (input) => emailValidator;
    enabled(input) {
        return input;
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275EmailValidator_BaseFactory;
        return function EmailValidator_Factory(__ngFactoryType__) {
            return (\u0275EmailValidator_BaseFactory || (\u0275EmailValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_EmailValidator)))(__ngFactoryType__ || _EmailValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _EmailValidator,
        selectors: [["", "email", "", "formControlName", ""], ["", "email", "", "formControl", ""], ["", "email", "", "ngModel", ""]],
        inputs: {
            email: "email"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([EMAIL_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(EmailValidator, [{
            type: Directive,
            args: [{
                    selector: "[email][formControlName],[email][formControl],[email][ngModel]",
                    providers: [EMAIL_VALIDATOR],
                    standalone: false
                }]
        }], null, {
        email: [{
                type: Input
            }]
    });
})();
var MIN_LENGTH_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => MinLengthValidator),
    multi: true
};
var MinLengthValidator = class _MinLengthValidator extends AbstractValidatorDirective {
    minlength;
    inputName = "minlength";
    normalizeInput = (input) => toInteger(input);
    createValidator = (minlength) => minLengthValidator(minlength);
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275MinLengthValidator_BaseFactory;
        return function MinLengthValidator_Factory(__ngFactoryType__) {
            return (\u0275MinLengthValidator_BaseFactory || (\u0275MinLengthValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_MinLengthValidator)))(__ngFactoryType__ || _MinLengthValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _MinLengthValidator,
        selectors: [["", "minlength", "", "formControlName", ""], ["", "minlength", "", "formControl", ""], ["", "minlength", "", "ngModel", ""]],
        hostVars: 1,
        hostBindings: function MinLengthValidator_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275attribute("minlength", ctx._enabled ? ctx.minlength : null);
            }
        },
        inputs: {
            minlength: "minlength"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([MIN_LENGTH_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(MinLengthValidator, [{
            type: Directive,
            args: [{
                    selector: "[minlength][formControlName],[minlength][formControl],[minlength][ngModel]",
                    providers: [MIN_LENGTH_VALIDATOR],
                    host: {
                        "[attr.minlength]": "_enabled ? minlength : null"
                    },
                    standalone: false
                }]
        }], null, {
        minlength: [{
                type: Input
            }]
    });
})();
var MAX_LENGTH_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => MaxLengthValidator),
    multi: true
};
var MaxLengthValidator = class _MaxLengthValidator extends AbstractValidatorDirective {
    maxlength;
    inputName = "maxlength";
    normalizeInput = (input) => toInteger(input);
    createValidator = (maxlength) => maxLengthValidator(maxlength);
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275MaxLengthValidator_BaseFactory;
        return function MaxLengthValidator_Factory(__ngFactoryType__) {
            return (\u0275MaxLengthValidator_BaseFactory || (\u0275MaxLengthValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_MaxLengthValidator)))(__ngFactoryType__ || _MaxLengthValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _MaxLengthValidator,
        selectors: [["", "maxlength", "", "formControlName", ""], ["", "maxlength", "", "formControl", ""], ["", "maxlength", "", "ngModel", ""]],
        hostVars: 1,
        hostBindings: function MaxLengthValidator_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275attribute("maxlength", ctx._enabled ? ctx.maxlength : null);
            }
        },
        inputs: {
            maxlength: "maxlength"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([MAX_LENGTH_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(MaxLengthValidator, [{
            type: Directive,
            args: [{
                    selector: "[maxlength][formControlName],[maxlength][formControl],[maxlength][ngModel]",
                    providers: [MAX_LENGTH_VALIDATOR],
                    host: {
                        "[attr.maxlength]": "_enabled ? maxlength : null"
                    },
                    standalone: false
                }]
        }], null, {
        maxlength: [{
                type: Input
            }]
    });
})();
var PATTERN_VALIDATOR = {
    provide: NG_VALIDATORS,
    useExisting: forwardRef(() => PatternValidator),
    multi: true
};
var PatternValidator = class _PatternValidator extends AbstractValidatorDirective {
    pattern;
    inputName = "pattern";
    normalizeInput = (input) => input;
    createValidator = (input) => patternValidator(input);
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275PatternValidator_BaseFactory;
        return function PatternValidator_Factory(__ngFactoryType__) {
            return (\u0275PatternValidator_BaseFactory || (\u0275PatternValidator_BaseFactory = i0.\u0275\u0275getInheritedFactory(_PatternValidator)))(__ngFactoryType__ || _PatternValidator);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _PatternValidator,
        selectors: [["", "pattern", "", "formControlName", ""], ["", "pattern", "", "formControl", ""], ["", "pattern", "", "ngModel", ""]],
        hostVars: 1,
        hostBindings: function PatternValidator_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275attribute("pattern", ctx._enabled ? ctx.pattern : null);
            }
        },
        inputs: {
            pattern: "pattern"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([PATTERN_VALIDATOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(PatternValidator, [{
            type: Directive,
            args: [{
                    selector: "[pattern][formControlName],[pattern][formControl],[pattern][ngModel]",
                    providers: [PATTERN_VALIDATOR],
                    host: {
                        "[attr.pattern]": "_enabled ? pattern : null"
                    },
                    standalone: false
                }]
        }], null, {
        pattern: [{
                type: Input
            }]
    });
})();
var \u0275FORM_CONTROL_INTEGRATION = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "FORM_CONTROL_INTEGRATION" : "");
var CALL_SET_DISABLED_STATE = new InjectionToken(typeof ngDevMode === "undefined" || ngDevMode ? "CallSetDisabledState" : "", {
    factory: () => setDisabledStateDefault
});
var setDisabledStateDefault = "always";
function controlPath(name, parent) {
    return [...parent.path, name];
}
function setUpControlValueAccessor(control, dir, callSetDisabledState = setDisabledStateDefault) {
    if (typeof ngDevMode === "undefined" || ngDevMode) {
        if (!control)
            _throwError(dir, "Cannot find control with");
        if (!dir.valueAccessor)
            _throwMissingValueAccessorError(dir);
    }
    setUpValidators(control, dir);
    dir.valueAccessor.writeValue(control.value);
    if (control.disabled || callSetDisabledState === "always") {
        dir.valueAccessor.setDisabledState?.(control.disabled);
    }
    setUpViewChangePipeline(control, dir);
    setUpModelChangePipeline(control, dir);
    setUpBlurPipeline(control, dir);
    setUpDisabledChangeHandler(control, dir);
}
function cleanUpControl(control, dir, validateControlPresenceOnChange = true) {
    const noop = () => {
        if (validateControlPresenceOnChange && (typeof ngDevMode === "undefined" || ngDevMode)) {
            _noControlError(dir);
        }
    };
    dir?.valueAccessor?.registerOnChange(noop);
    dir?.valueAccessor?.registerOnTouched(noop);
    cleanUpValidators(control, dir);
    if (control) {
        dir._invokeOnDestroyCallbacks();
        control._registerOnCollectionChange(() => {
        });
    }
}
function registerOnValidatorChange(validators, onChange) {
    validators.forEach((validator) => {
        if (validator.registerOnValidatorChange)
            validator.registerOnValidatorChange(onChange);
    });
}
function setUpDisabledChangeHandler(control, dir) {
    if (dir.valueAccessor.setDisabledState) {
        const onDisabledChange = (isDisabled) => {
            dir.valueAccessor.setDisabledState(isDisabled);
        };
        control.registerOnDisabledChange(onDisabledChange);
        dir._registerOnDestroy(() => {
            control._unregisterOnDisabledChange(onDisabledChange);
        });
    }
}
function setUpValidators(control, dir) {
    const validators = getControlValidators(control);
    if (dir.validator !== null) {
        control.setValidators(mergeValidators(validators, dir.validator));
    }
    else if (typeof validators === "function") {
        control.setValidators([validators]);
    }
    const asyncValidators = getControlAsyncValidators(control);
    if (dir.asyncValidator !== null) {
        control.setAsyncValidators(mergeValidators(asyncValidators, dir.asyncValidator));
    }
    else if (typeof asyncValidators === "function") {
        control.setAsyncValidators([asyncValidators]);
    }
    const onValidatorChange = () => control.updateValueAndValidity();
    registerOnValidatorChange(dir._rawValidators, onValidatorChange);
    registerOnValidatorChange(dir._rawAsyncValidators, onValidatorChange);
}
function cleanUpValidators(control, dir) {
    let isControlUpdated = false;
    if (control !== null) {
        if (dir.validator !== null) {
            const validators = getControlValidators(control);
            if (Array.isArray(validators) && validators.length > 0) {
                const updatedValidators = validators.filter((validator) => validator !== dir.validator);
                if (updatedValidators.length !== validators.length) {
                    isControlUpdated = true;
                    control.setValidators(updatedValidators);
                }
            }
        }
        if (dir.asyncValidator !== null) {
            const asyncValidators = getControlAsyncValidators(control);
            if (Array.isArray(asyncValidators) && asyncValidators.length > 0) {
                const updatedAsyncValidators = asyncValidators.filter((asyncValidator) => asyncValidator !== dir.asyncValidator);
                if (updatedAsyncValidators.length !== asyncValidators.length) {
                    isControlUpdated = true;
                    control.setAsyncValidators(updatedAsyncValidators);
                }
            }
        }
    }
    const noop = () => {
    };
    registerOnValidatorChange(dir._rawValidators, noop);
    registerOnValidatorChange(dir._rawAsyncValidators, noop);
    return isControlUpdated;
}
function setUpViewChangePipeline(control, dir) {
    dir.valueAccessor.registerOnChange((newValue) => {
        control._pendingValue = newValue;
        control._pendingChange = true;
        control._pendingDirty = true;
        if (control.updateOn === "change")
            updateControl(control, dir);
    });
}
function setUpBlurPipeline(control, dir) {
    dir.valueAccessor.registerOnTouched(() => {
        control._pendingTouched = true;
        if (control.updateOn === "blur" && control._pendingChange)
            updateControl(control, dir);
        if (control.updateOn !== "submit")
            control.markAsTouched();
    });
}
function updateControl(control, dir) {
    if (control._pendingDirty)
        control.markAsDirty();
    control.setValue(control._pendingValue, {
        emitModelToViewChange: false
    });
    dir.viewToModelUpdate(control._pendingValue);
    control._pendingChange = false;
}
function setUpModelChangePipeline(control, dir) {
    const onChange = (newValue, emitModelEvent) => {
        dir.valueAccessor.writeValue(newValue);
        if (emitModelEvent)
            dir.viewToModelUpdate(newValue);
    };
    control.registerOnChange(onChange);
    dir._registerOnDestroy(() => {
        control._unregisterOnChange(onChange);
    });
}
function setUpFormContainer(control, dir) {
    if (control == null && (typeof ngDevMode === "undefined" || ngDevMode))
        _throwError(dir, "Cannot find control with");
    setUpValidators(control, dir);
}
function cleanUpFormContainer(control, dir) {
    return cleanUpValidators(control, dir);
}
function _noControlError(dir) {
    return _throwError(dir, "There is no FormControl instance attached to form control element with");
}
function _throwError(dir, message) {
    const messageEnd = _describeControlLocation(dir);
    throw new Error(`${message} ${messageEnd}`);
}
function _describeControlLocation(dir) {
    const path = dir.path;
    if (path && path.length > 1)
        return `path: '${path.join(" -> ")}'`;
    if (path?.[0])
        return `name: '${path}'`;
    return "unspecified name attribute";
}
function _throwMissingValueAccessorError(dir) {
    const loc = _describeControlLocation(dir);
    throw new _RuntimeError(-1203, `No value accessor for form control ${loc}.`);
}
function _throwInvalidValueAccessorError(dir) {
    const loc = _describeControlLocation(dir);
    throw new _RuntimeError(1200, `Value accessor was not provided as an array for form control with ${loc}. Check that the \`NG_VALUE_ACCESSOR\` token is configured as a \`multi: true\` provider.`);
}
function isPropertyUpdated(changes, viewModel) {
    if (!Object.hasOwn(changes, "model"))
        return false;
    const change = changes["model"];
    if (change.isFirstChange())
        return true;
    return !Object.is(viewModel, change.currentValue);
}
function isBuiltInAccessor(valueAccessor) {
    return Object.getPrototypeOf(valueAccessor.constructor) === BuiltInControlValueAccessor;
}
function syncPendingControls(form, directives) {
    form._syncPendingControls();
    directives.forEach((dir) => {
        const control = dir.control;
        if (control.updateOn === "submit" && control._pendingChange) {
            dir.viewToModelUpdate(control._pendingValue);
            control._pendingChange = false;
        }
    });
}
function selectValueAccessor(dir, valueAccessors) {
    if (!valueAccessors)
        return null;
    if (!Array.isArray(valueAccessors) && (typeof ngDevMode === "undefined" || ngDevMode))
        _throwInvalidValueAccessorError(dir);
    let defaultAccessor = void 0;
    let builtinAccessor = void 0;
    let customAccessor = void 0;
    valueAccessors.forEach((v) => {
        if (v.constructor === DefaultValueAccessor) {
            defaultAccessor = v;
        }
        else if (isBuiltInAccessor(v)) {
            if (builtinAccessor && (typeof ngDevMode === "undefined" || ngDevMode))
                _throwError(dir, "More than one built-in value accessor matches form control with");
            builtinAccessor = v;
        }
        else {
            if (customAccessor && (typeof ngDevMode === "undefined" || ngDevMode))
                _throwError(dir, "More than one custom value accessor matches form control with");
            customAccessor = v;
        }
    });
    if (customAccessor)
        return customAccessor;
    if (builtinAccessor)
        return builtinAccessor;
    if (defaultAccessor)
        return defaultAccessor;
    if (typeof ngDevMode === "undefined" || ngDevMode) {
        _throwError(dir, "No valid value accessor for form control with");
    }
    return null;
}
function removeListItem$1(list, el) {
    const index = list.indexOf(el);
    if (index > -1)
        list.splice(index, 1);
}
function _ngModelWarning(name, type, instance, warningConfig) {
    if (warningConfig === "never")
        return;
    if ((warningConfig === null || warningConfig === "once") && !type._ngModelWarningSentOnce || warningConfig === "always" && !instance._ngModelWarningSent) {
        console.warn(ngModelWarning(name));
        type._ngModelWarningSentOnce = true;
        instance._ngModelWarningSent = true;
    }
}
var NG_CONTROL_INTEGRATION_PROVIDER = {
    provide: \u0275FORM_CONTROL_INTEGRATION,
    useFactory: () => {
        const control = inject(NgControl, {
            self: true
        });
        return {
            setParseErrors: (source) => {
                control.setParseErrorSource(source);
            },
            set onReset(callback) {
                control.onReset = callback;
            }
        };
    }
};
var NgControl = class extends AbstractControlDirective {
    _parent = null;
    name = null;
    valueAccessor = null;
    isCustomControlBased = false;
    userOnReset;
    resetSubscription;
    set onReset(callback) {
        this.userOnReset = callback;
        this.resetSubscription?.unsubscribe();
        this.resetSubscription = void 0;
        if (this.control) {
            this.resetSubscription = this.control.events.subscribe((event) => {
                if (event instanceof FormResetEvent && this.control) {
                    this.userOnReset?.(this.control.value);
                }
            });
            this.subscription?.add(this.resetSubscription);
        }
    }
    isNativeFormElement = false;
    rawValueAccessors;
    _selectedValueAccessor = null;
    get selectedValueAccessor() {
        return this._selectedValueAccessor ??= selectValueAccessor(this, this.rawValueAccessors);
    }
    parseErrorsValidator = null;
    renderer;
    injector;
    requiredValidatorViaDi;
    subscription;
    customControlBindings = null;
    constructor(injector, renderer, rawValueAccessors) {
        super();
        this.injector = injector;
        this.renderer = renderer;
        this.rawValueAccessors = rawValueAccessors;
        this.injector?.get(DestroyRef)?.onDestroy(() => {
            this.removeParseErrorsValidator(this.control);
            this.subscription?.unsubscribe();
        });
    }
    setupCustomControl() {
        this.subscription?.unsubscribe();
        const cdr = this.injector?.get(ChangeDetectorRef2);
        if (!this.control || !cdr) {
            return;
        }
        const markForCheck = cdr.markForCheck.bind(cdr);
        this.subscription = new Subscription();
        this.subscription.add(this.control.valueChanges.subscribe(markForCheck));
        this.subscription.add(this.control.statusChanges.subscribe(markForCheck));
        this.resetSubscription?.unsubscribe();
        this.resetSubscription = void 0;
        if (this.userOnReset) {
            this.resetSubscription = this.control.events.subscribe((event) => {
                if (event instanceof FormResetEvent && this.control) {
                    this.userOnReset?.(this.control.value);
                }
            });
            this.subscription.add(this.resetSubscription);
        }
        if (this.parseErrorsValidator) {
            this.control.addValidators(this.parseErrorsValidator);
        }
    }
    ngControlCreate(host) {
        const hasNgNoCva = host.nativeElement.hasAttribute?.("ngNoCva");
        const hasCva = !hasNgNoCva && (this.rawValueAccessors && this.rawValueAccessors.length > 0 || this.valueAccessor !== null);
        if (hasCva || !host.customControl) {
            return;
        }
        this.isCustomControlBased = true;
        host.listenToCustomControlModel((value) => {
            this.control?.markAsDirty();
            this.control?.setValue(value, {
                emitModelToViewChange: false
            });
            this.viewToModelUpdate(value);
        });
        host.listenToCustomControlOutput("touch", () => {
            this.control?.markAsTouched();
        });
        this.customControlBindings = {};
        this.isNativeFormElement = isNativeFormElement(host.nativeElement);
        this.requiredValidatorViaDi = this._rawValidators.find((v) => v instanceof RequiredValidator);
    }
    ngControlUpdate(host, bindRequired) {
        if (!this.isCustomControlBased) {
            return;
        }
        const control = this.control;
        const bindings = this.customControlBindings;
        if (!Object.is(bindings.value, control.value)) {
            bindings.value = control.value;
            host.setCustomControlModelInput(control.value);
        }
        this.bindControlProperty(host, bindings, "touched", control.touched);
        this.bindControlProperty(host, bindings, "dirty", control.dirty);
        this.bindControlProperty(host, bindings, "valid", control.valid);
        this.bindControlProperty(host, bindings, "invalid", control.invalid);
        this.bindControlProperty(host, bindings, "pending", control.pending);
        this.bindControlProperty(host, bindings, "disabled", control.disabled);
        if (this.shouldBindRequired) {
            this.bindControlProperty(host, bindings, "required", this.isRequired);
        }
        const errorObject = control.errors;
        if (bindings.errors !== errorObject) {
            bindings.errors = errorObject;
            const errorArray = this._convertErrors(errorObject);
            host.setInputOnDirectives("errors", errorArray);
        }
    }
    get isRequired() {
        return (this.requiredValidatorViaDi?._enabled || this.control?._hasRequired()) ?? false;
    }
    get shouldBindRequired() {
        return true;
    }
    bindControlProperty(host, bindings, name, value) {
        if (bindings[name] === value) {
            return;
        }
        bindings[name] = value;
        const wasSet = host.setInputOnDirectives(name, value);
        if (this.isNativeFormElement && !wasSet && (name === "disabled" || name === "required") && this.renderer) {
            setNativeDomProperty(this.renderer, host.nativeElement, name, value);
        }
    }
    _convertErrors(errors) {
        if (errors === null) {
            return [];
        }
        const control = this.control;
        return Object.entries(errors).map(([kind, context]) => {
            return new ReactiveValidationError({
                context,
                kind,
                control
            });
        });
    }
    setParseErrorSource(parseErrors) {
        if (parseErrors === void 0) {
            return;
        }
        let convertedErrors = null;
        const convertedParseErrors = computed(() => {
            const rawErrors = parseErrors();
            if (rawErrors.length === 0) {
                return null;
            }
            return rawErrors.reduce((acc, err) => {
                acc[err.kind] = err;
                return acc;
            }, {});
        }, ...ngDevMode ? [{
                debugName: "convertedParseErrors"
            }] : []);
        this.parseErrorsValidator = (() => convertedErrors).bind(this);
        effect(() => {
            convertedErrors = convertedParseErrors();
            this.control?.updateValueAndValidity({
                emitEvent: false
            });
        }, {
            injector: this.injector
        });
    }
    removeParseErrorsValidator(control) {
        if (this.parseErrorsValidator) {
            control?.removeValidators(this.parseErrorsValidator);
            control?.updateValueAndValidity({
                emitEvent: false
            });
        }
    }
};
var AbstractControlStatus = class {
    _cd;
    constructor(cd) {
        this._cd = cd;
    }
    get isTouched() {
        this._cd?.control?._touched?.();
        return !!this._cd?.control?.touched;
    }
    get isUntouched() {
        return !!this._cd?.control?.untouched;
    }
    get isPristine() {
        this._cd?.control?._pristine?.();
        return !!this._cd?.control?.pristine;
    }
    get isDirty() {
        return !!this._cd?.control?.dirty;
    }
    get isValid() {
        this._cd?.control?._status?.();
        return !!this._cd?.control?.valid;
    }
    get isInvalid() {
        return !!this._cd?.control?.invalid;
    }
    get isPending() {
        return !!this._cd?.control?.pending;
    }
    get isSubmitted() {
        this._cd?._submitted?.();
        return !!this._cd?.submitted;
    }
};
var ngControlStatusHost = {
    "[class.ng-untouched]": "isUntouched",
    "[class.ng-touched]": "isTouched",
    "[class.ng-pristine]": "isPristine",
    "[class.ng-dirty]": "isDirty",
    "[class.ng-valid]": "isValid",
    "[class.ng-invalid]": "isInvalid",
    "[class.ng-pending]": "isPending"
};
var NgControlStatus = class _NgControlStatus extends AbstractControlStatus {
    constructor(cd) {
        super(cd);
    }
    static \u0275fac = function NgControlStatus_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NgControlStatus)(i0.\u0275\u0275directiveInject(NgControl, 2));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _NgControlStatus,
        selectors: [["", "formControlName", ""], ["", "ngModel", ""], ["", "formControl", ""]],
        hostVars: 14,
        hostBindings: function NgControlStatus_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275classProp("ng-untouched", ctx.isUntouched)("ng-touched", ctx.isTouched)("ng-pristine", ctx.isPristine)("ng-dirty", ctx.isDirty)("ng-valid", ctx.isValid)("ng-invalid", ctx.isInvalid)("ng-pending", ctx.isPending);
            }
        },
        standalone: false,
        features: [i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgControlStatus, [{
            type: Directive,
            args: [{
                    selector: "[formControlName],[ngModel],[formControl]",
                    host: ngControlStatusHost,
                    standalone: false
                }]
        }], () => [{
            type: NgControl,
            decorators: [{
                    type: Self
                }]
        }], null);
})();
var NgControlStatusGroup = class _NgControlStatusGroup extends AbstractControlStatus {
    constructor(cd) {
        super(cd);
    }
    static \u0275fac = function NgControlStatusGroup_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NgControlStatusGroup)(i0.\u0275\u0275directiveInject(ControlContainer, 10));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _NgControlStatusGroup,
        selectors: [["", "formGroupName", ""], ["", "formArrayName", ""], ["", "ngModelGroup", ""], ["", "formGroup", ""], ["", "formArray", ""], ["form", 3, "ngNoForm", ""], ["", "ngForm", ""]],
        hostVars: 16,
        hostBindings: function NgControlStatusGroup_HostBindings(rf, ctx) {
            if (rf & 2) {
                i0.\u0275\u0275classProp("ng-untouched", ctx.isUntouched)("ng-touched", ctx.isTouched)("ng-pristine", ctx.isPristine)("ng-dirty", ctx.isDirty)("ng-valid", ctx.isValid)("ng-invalid", ctx.isInvalid)("ng-pending", ctx.isPending)("ng-submitted", ctx.isSubmitted);
            }
        },
        standalone: false,
        features: [i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgControlStatusGroup, [{
            type: Directive,
            args: [{
                    selector: "[formGroupName],[formArrayName],[ngModelGroup],[formGroup],[formArray],form:not([ngNoForm]),[ngForm]",
                    host: __spreadProps(__spreadValues({}, ngControlStatusHost), {
                        "[class.ng-submitted]": "isSubmitted"
                    }),
                    standalone: false
                }]
        }], () => [{
            type: ControlContainer,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }]
        }], null);
})();
var FormGroup = class extends AbstractControl {
    constructor(controls, validatorOrOpts, asyncValidator) {
        super(pickValidators(validatorOrOpts), pickAsyncValidators(asyncValidator, validatorOrOpts));
        (typeof ngDevMode === "undefined" || ngDevMode) && validateFormGroupControls(controls);
        this.controls = controls;
        this._initObservables();
        this._setUpdateStrategy(validatorOrOpts);
        this._setUpControls();
        this.updateValueAndValidity({
            onlySelf: true,
            emitEvent: !!this.asyncValidator
        });
    }
    controls;
    registerControl(name, control) {
        const existingControl = this._find(name);
        if (existingControl)
            return existingControl;
        this.controls[name] = control;
        control.setParent(this);
        control._registerOnCollectionChange(this._onCollectionChange);
        return control;
    }
    addControl(name, control, options = {}) {
        this.registerControl(name, control);
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
        this._onCollectionChange();
    }
    removeControl(name, options = {}) {
        const existingControl = this._find(name);
        if (existingControl)
            existingControl._registerOnCollectionChange(() => {
            });
        delete this.controls[name];
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
        this._onCollectionChange();
    }
    setControl(name, control, options = {}) {
        const existingControl = this._find(name);
        if (existingControl)
            existingControl._registerOnCollectionChange(() => {
            });
        delete this.controls[name];
        if (control)
            this.registerControl(name, control);
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
        this._onCollectionChange();
    }
    contains(controlName) {
        return this._find(controlName)?.enabled === true;
    }
    setValue(value, options = {}) {
        untracked(() => {
            assertAllValuesPresent(this, true, value);
            Object.keys(value).forEach((name) => {
                assertControlPresent(this, true, name);
                this.controls[name].setValue(value[name], {
                    onlySelf: true,
                    emitEvent: options.emitEvent
                });
            });
            this.updateValueAndValidity(options);
        });
    }
    patchValue(value, options = {}) {
        if (value == null)
            return;
        Object.keys(value).forEach((name) => {
            const existingControl = this._find(name);
            if (existingControl) {
                existingControl.patchValue(value[name], {
                    onlySelf: true,
                    emitEvent: options.emitEvent
                });
            }
        });
        this.updateValueAndValidity(options);
    }
    reset(value = {}, options = {}) {
        this._forEachChild((control, name) => {
            control.reset(value ? value[name] : null, __spreadProps(__spreadValues({}, options), {
                onlySelf: true
            }));
        });
        this._updatePristine(options, this);
        this._updateTouched(options, this);
        this.updateValueAndValidity(options);
        if (options?.emitEvent !== false) {
            this._events.next(new FormResetEvent(this));
        }
    }
    getRawValue() {
        return this._reduceChildren({}, (acc, control, name) => {
            acc[name] = control.getRawValue();
            return acc;
        });
    }
    _syncPendingControls() {
        let subtreeUpdated = this._reduceChildren(false, (updated, child) => {
            return child._syncPendingControls() ? true : updated;
        });
        if (subtreeUpdated)
            this.updateValueAndValidity({
                onlySelf: true
            });
        return subtreeUpdated;
    }
    _forEachChild(cb) {
        Object.keys(this.controls).forEach((key) => {
            const control = this.controls[key];
            control && cb(control, key);
        });
    }
    _setUpControls() {
        this._forEachChild((control) => {
            control.setParent(this);
            control._registerOnCollectionChange(this._onCollectionChange);
        });
    }
    _updateValue() {
        this.value = this._reduceValue();
    }
    _anyControls(condition) {
        for (const [controlName, control] of Object.entries(this.controls)) {
            if (this.contains(controlName) && condition(control)) {
                return true;
            }
        }
        return false;
    }
    _reduceValue() {
        let acc = {};
        return this._reduceChildren(acc, (acc2, control, name) => {
            if (control.enabled || this.disabled) {
                acc2[name] = control.value;
            }
            return acc2;
        });
    }
    _reduceChildren(initValue, fn) {
        let res = initValue;
        this._forEachChild((control, name) => {
            res = fn(res, control, name);
        });
        return res;
    }
    _allControlsDisabled() {
        for (const controlName of Object.keys(this.controls)) {
            if (this.controls[controlName].enabled) {
                return false;
            }
        }
        return Object.keys(this.controls).length > 0 || this.disabled;
    }
    _find(name) {
        return hasOwnControl(this.controls, name) ? this.controls[name] : null;
    }
};
function validateFormGroupControls(controls) {
    const invalidKeys = Object.keys(controls).filter((key) => key.includes("."));
    if (invalidKeys.length > 0) {
        console.warn(`FormGroup keys cannot include \`.\`, please replace the keys for: ${invalidKeys.join(",")}.`);
    }
}
var UntypedFormGroup = FormGroup;
var isFormGroup = (control) => control instanceof FormGroup;
var FormRecord = class extends FormGroup {
};
var isFormRecord = (control) => control instanceof FormRecord;
var formDirectiveProvider$2 = {
    provide: ControlContainer,
    useExisting: forwardRef(() => NgForm)
};
var resolvedPromise$1 = (() => Promise.resolve())();
var NgForm = class _NgForm extends ControlContainer {
    callSetDisabledState;
    get submitted() {
        return untracked(this.submittedReactive);
    }
    _submitted = computed(() => this.submittedReactive(), ...ngDevMode ? [{
            debugName: "_submitted"
        }] : []);
    submittedReactive = signal(false, ...ngDevMode ? [{
            debugName: "submittedReactive"
        }] : []);
    _directives = /* @__PURE__ */ new Set();
    form;
    ngSubmit = new EventEmitter();
    options;
    constructor(validators, asyncValidators, callSetDisabledState) {
        super();
        this.callSetDisabledState = callSetDisabledState;
        this.form = new FormGroup({}, composeValidators(validators), composeAsyncValidators(asyncValidators));
    }
    ngAfterViewInit() {
        this._setUpdateStrategy();
    }
    get formDirective() {
        return this;
    }
    get control() {
        return this.form;
    }
    get path() {
        return [];
    }
    get controls() {
        return this.form.controls;
    }
    addControl(dir) {
        resolvedPromise$1.then(() => {
            const container = this._findContainer(dir.path);
            dir.control = container.registerControl(dir.name, dir.control);
            dir._setupWithForm(this.callSetDisabledState);
            dir.control.updateValueAndValidity({
                emitEvent: false
            });
            this._directives.add(dir);
        });
    }
    getControl(dir) {
        return this.form.get(dir.path);
    }
    removeControl(dir) {
        resolvedPromise$1.then(() => {
            const container = this._findContainer(dir.path);
            container?.removeControl(dir.name);
            this._directives.delete(dir);
        });
    }
    addFormGroup(dir) {
        resolvedPromise$1.then(() => {
            const container = this._findContainer(dir.path);
            const group = new FormGroup({});
            setUpFormContainer(group, dir);
            container.registerControl(dir.name, group);
            group.updateValueAndValidity({
                emitEvent: false
            });
        });
    }
    removeFormGroup(dir) {
        resolvedPromise$1.then(() => {
            const container = this._findContainer(dir.path);
            container?.removeControl?.(dir.name);
        });
    }
    getFormGroup(dir) {
        return this.form.get(dir.path);
    }
    updateModel(dir, value) {
        resolvedPromise$1.then(() => {
            const ctrl = this.form.get(dir.path);
            ctrl.setValue(value);
        });
    }
    setValue(value) {
        this.control.setValue(value);
    }
    onSubmit($event) {
        this.submittedReactive.set(true);
        syncPendingControls(this.form, this._directives);
        this.ngSubmit.emit($event);
        this.form._events.next(new FormSubmittedEvent(this.control));
        return $event?.target?.method === "dialog";
    }
    onReset() {
        this.resetForm();
    }
    resetForm(value = void 0) {
        this.form.reset(value);
        this.submittedReactive.set(false);
    }
    _setUpdateStrategy() {
        if (this.options && this.options.updateOn != null) {
            this.form._updateOn = this.options.updateOn;
        }
    }
    _findContainer(path) {
        path.pop();
        return path.length ? this.form.get(path) : this.form;
    }
    static \u0275fac = function NgForm_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NgForm)(i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10), i0.\u0275\u0275directiveInject(CALL_SET_DISABLED_STATE, 8));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _NgForm,
        selectors: [["form", 3, "ngNoForm", "", 3, "formGroup", "", 3, "formArray", ""], ["ng-form"], ["", "ngForm", ""]],
        hostBindings: function NgForm_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("submit", function NgForm_submit_HostBindingHandler($event) {
                    return ctx.onSubmit($event);
                })("reset", function NgForm_reset_HostBindingHandler() {
                    return ctx.onReset();
                });
            }
        },
        inputs: {
            options: [0, "ngFormOptions", "options"]
        },
        outputs: {
            ngSubmit: "ngSubmit"
        },
        exportAs: ["ngForm"],
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([formDirectiveProvider$2]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgForm, [{
            type: Directive,
            args: [{
                    selector: "form:not([ngNoForm]):not([formGroup]):not([formArray]),ng-form,[ngForm]",
                    providers: [formDirectiveProvider$2],
                    host: {
                        "(submit)": "onSubmit($event)",
                        "(reset)": "onReset()"
                    },
                    outputs: ["ngSubmit"],
                    exportAs: "ngForm",
                    standalone: false
                }]
        }], () => [{
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [CALL_SET_DISABLED_STATE]
                }]
        }], {
        options: [{
                type: Input,
                args: ["ngFormOptions"]
            }]
    });
})();
function removeListItem(list, el) {
    const index = list.indexOf(el);
    if (index > -1)
        list.splice(index, 1);
}
function isFormControlState(formState) {
    return typeof formState === "object" && formState !== null && Object.keys(formState).length === 2 && "value" in formState && "disabled" in formState;
}
var FormControl = class FormControl2 extends AbstractControl {
    defaultValue = null;
    _onChange = [];
    _pendingValue;
    _pendingChange = false;
    constructor(formState = null, validatorOrOpts, asyncValidator) {
        super(pickValidators(validatorOrOpts), pickAsyncValidators(asyncValidator, validatorOrOpts));
        this._applyFormState(formState);
        this._setUpdateStrategy(validatorOrOpts);
        this._initObservables();
        this.updateValueAndValidity({
            onlySelf: true,
            emitEvent: !!this.asyncValidator
        });
        if (isOptionsObj(validatorOrOpts) && (validatorOrOpts.nonNullable || validatorOrOpts.initialValueIsDefault)) {
            if (isFormControlState(formState)) {
                this.defaultValue = formState.value;
            }
            else {
                this.defaultValue = formState;
            }
        }
    }
    setValue(value, options = {}) {
        untracked(() => {
            this.value = this._pendingValue = value;
            if (this._onChange.length && options.emitModelToViewChange !== false) {
                this._onChange.forEach((changeFn) => changeFn(this.value, options.emitViewToModelChange !== false));
            }
            this.updateValueAndValidity(options);
        });
    }
    patchValue(value, options = {}) {
        this.setValue(value, options);
    }
    reset(formState = this.defaultValue, options = {}) {
        this._applyFormState(formState);
        this.markAsPristine(options);
        this.markAsUntouched(options);
        this.setValue(this.value, options);
        if (options.overwriteDefaultValue) {
            this.defaultValue = this.value;
        }
        this._pendingChange = false;
        if (options?.emitEvent !== false) {
            this._events.next(new FormResetEvent(this));
        }
    }
    _updateValue() {
    }
    _anyControls(condition) {
        return false;
    }
    _allControlsDisabled() {
        return this.disabled;
    }
    registerOnChange(fn) {
        this._onChange.push(fn);
    }
    _unregisterOnChange(fn) {
        removeListItem(this._onChange, fn);
    }
    registerOnDisabledChange(fn) {
        this._onDisabledChange.push(fn);
    }
    _unregisterOnDisabledChange(fn) {
        removeListItem(this._onDisabledChange, fn);
    }
    _forEachChild(cb) {
    }
    _syncPendingControls() {
        if (this.updateOn === "submit") {
            if (this._pendingDirty)
                this.markAsDirty();
            if (this._pendingTouched)
                this.markAsTouched();
            if (this._pendingChange) {
                this.setValue(this._pendingValue, {
                    onlySelf: true,
                    emitModelToViewChange: false
                });
                return true;
            }
        }
        return false;
    }
    _applyFormState(formState) {
        if (isFormControlState(formState)) {
            this.value = this._pendingValue = formState.value;
            formState.disabled ? this.disable({
                onlySelf: true,
                emitEvent: false
            }) : this.enable({
                onlySelf: true,
                emitEvent: false
            });
        }
        else {
            this.value = this._pendingValue = formState;
        }
    }
};
var UntypedFormControl = FormControl;
var isFormControl = (control) => control instanceof FormControl;
var AbstractFormGroupDirective = class _AbstractFormGroupDirective extends ControlContainer {
    _parent;
    ngOnInit() {
        this._checkParentType();
        this.formDirective.addFormGroup(this);
    }
    ngOnDestroy() {
        this.formDirective?.removeFormGroup(this);
    }
    get control() {
        return this.formDirective.getFormGroup(this);
    }
    get path() {
        return controlPath(this.name == null ? this.name : this.name.toString(), this._parent);
    }
    get formDirective() {
        return this._parent ? this._parent.formDirective : null;
    }
    _checkParentType() {
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275AbstractFormGroupDirective_BaseFactory;
        return function AbstractFormGroupDirective_Factory(__ngFactoryType__) {
            return (\u0275AbstractFormGroupDirective_BaseFactory || (\u0275AbstractFormGroupDirective_BaseFactory = i0.\u0275\u0275getInheritedFactory(_AbstractFormGroupDirective)))(__ngFactoryType__ || _AbstractFormGroupDirective);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _AbstractFormGroupDirective,
        standalone: false,
        features: [i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(AbstractFormGroupDirective, [{
            type: Directive,
            args: [{
                    standalone: false
                }]
        }], null, null);
})();
function modelParentException() {
    return new _RuntimeError(1350, `
    ngModel cannot be used to register form controls with a parent formGroup directive.  Try using
    formGroup's partner directive "formControlName" instead.  Example:

    ${formControlNameExample}

    Or, if you'd like to avoid registering this form control, indicate that it's standalone in ngModelOptions:

    Example:

    ${ngModelWithFormGroupExample}`);
}
function formGroupNameException() {
    return new _RuntimeError(1351, `
    ngModel cannot be used to register form controls with a parent formGroupName or formArrayName directive.

    Option 1: Use formControlName instead of ngModel (reactive strategy):

    ${formGroupNameExample}

    Option 2:  Update ngModel's parent be ngModelGroup (template-driven strategy):

    ${ngModelGroupExample}`);
}
function ngModelInChildComponentWarning(containerTypeName) {
    return _formatRuntimeError(-1354, `ngModel on a form control inside a child component cannot register with the ${containerTypeName} in the parent component because @Host() stops injection at the component boundary. To register this control with the parent form, add viewProviders to the child component: @Component({ ..., viewProviders: [{ provide: ControlContainer, useExisting: ${containerTypeName} }] }). Or, to opt out of form registration, use [ngModelOptions]="{standalone: true}".`);
}
function missingNameException() {
    return new _RuntimeError(1352, `If ngModel is used within a form tag, either the name attribute must be set or the form
    control must be defined as 'standalone' in ngModelOptions.

    Example 1: <input [(ngModel)]="person.firstName" name="first">
    Example 2: <input [(ngModel)]="person.firstName" [ngModelOptions]="{standalone: true}">`);
}
function modelGroupParentException() {
    return new _RuntimeError(1353, `
    ngModelGroup cannot be used with a parent formGroup directive.

    Option 1: Use formGroupName instead of ngModelGroup (reactive strategy):

    ${formGroupNameExample}

    Option 2:  Use a regular form tag instead of the formGroup directive (template-driven strategy):

    ${ngModelGroupExample}`);
}
var modelGroupProvider = {
    provide: ControlContainer,
    useExisting: forwardRef(() => NgModelGroup)
};
var NgModelGroup = class _NgModelGroup extends AbstractFormGroupDirective {
    name = "";
    constructor(parent, validators, asyncValidators) {
        super();
        this._parent = parent;
        this._setValidators(validators);
        this._setAsyncValidators(asyncValidators);
    }
    _checkParentType() {
        if (!(this._parent instanceof _NgModelGroup) && !(this._parent instanceof NgForm) && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throw modelGroupParentException();
        }
    }
    static \u0275fac = function NgModelGroup_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NgModelGroup)(i0.\u0275\u0275directiveInject(ControlContainer, 5), i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _NgModelGroup,
        selectors: [["", "ngModelGroup", ""]],
        inputs: {
            name: [0, "ngModelGroup", "name"]
        },
        exportAs: ["ngModelGroup"],
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([modelGroupProvider]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgModelGroup, [{
            type: Directive,
            args: [{
                    selector: "[ngModelGroup]",
                    providers: [modelGroupProvider],
                    exportAs: "ngModelGroup",
                    standalone: false
                }]
        }], () => [{
            type: ControlContainer,
            decorators: [{
                    type: Host
                }, {
                    type: SkipSelf
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }], {
        name: [{
                type: Input,
                args: ["ngModelGroup"]
            }]
    });
})();
var AbstractFormDirective = class _AbstractFormDirective extends ControlContainer {
    callSetDisabledState;
    get submitted() {
        return untracked(this._submittedReactive);
    }
    set submitted(value) {
        this._submittedReactive.set(value);
    }
    _submitted = computed(() => this._submittedReactive(), ...ngDevMode ? [{
            debugName: "_submitted"
        }] : []);
    _submittedReactive = signal(false, ...ngDevMode ? [{
            debugName: "_submittedReactive"
        }] : []);
    _oldForm;
    _onCollectionChange = () => this._updateDomValue();
    directives = [];
    constructor(validators, asyncValidators, callSetDisabledState) {
        super();
        this.callSetDisabledState = callSetDisabledState;
        this._setValidators(validators);
        this._setAsyncValidators(asyncValidators);
    }
    ngOnChanges(changes) {
        this.onChanges(changes);
    }
    ngOnDestroy() {
        this.onDestroy();
    }
    onChanges(changes) {
        this._checkFormPresent();
        if (Object.hasOwn(changes, "form")) {
            this._updateValidators();
            this._updateDomValue();
            this._updateRegistrations();
            this._oldForm = this.form;
        }
    }
    onDestroy() {
        if (this.form) {
            cleanUpValidators(this.form, this);
            if (this.form._onCollectionChange === this._onCollectionChange) {
                this.form._registerOnCollectionChange(() => {
                });
            }
        }
    }
    get formDirective() {
        return this;
    }
    get path() {
        return [];
    }
    addControl(dir) {
        const ctrl = this.form.get(dir.path);
        dir._setupWithForm(ctrl, this.callSetDisabledState);
        ctrl.updateValueAndValidity({
            emitEvent: false
        });
        this.directives.push(dir);
        return ctrl;
    }
    getControl(dir) {
        return this.form.get(dir.path);
    }
    removeControl(dir) {
        cleanUpControl(dir.control || null, dir, false);
        removeListItem$1(this.directives, dir);
    }
    addFormGroup(dir) {
        this._setUpFormContainer(dir);
    }
    removeFormGroup(dir) {
        this._cleanUpFormContainer(dir);
    }
    getFormGroup(dir) {
        return this.form.get(dir.path);
    }
    getFormArray(dir) {
        return this.form.get(dir.path);
    }
    addFormArray(dir) {
        this._setUpFormContainer(dir);
    }
    removeFormArray(dir) {
        this._cleanUpFormContainer(dir);
    }
    updateModel(dir, value) {
        const ctrl = this.form.get(dir.path);
        ctrl.setValue(value);
    }
    onReset() {
        this.resetForm();
    }
    resetForm(value = void 0, options = {}) {
        this.form.reset(value, options);
        this._submittedReactive.set(false);
    }
    onSubmit($event) {
        this.submitted = true;
        syncPendingControls(this.form, this.directives);
        this.ngSubmit.emit($event);
        this.form._events.next(new FormSubmittedEvent(this.control));
        return $event?.target?.method === "dialog";
    }
    _updateDomValue() {
        this.directives.forEach((dir) => {
            const oldCtrl = dir.control;
            const newCtrl = this.form.get(dir.path);
            if (oldCtrl !== newCtrl) {
                cleanUpControl(oldCtrl || null, dir);
                if (isFormControl(newCtrl)) {
                    dir._setupWithForm(newCtrl, this.callSetDisabledState);
                }
            }
        });
        this.form._updateTreeValidity({
            emitEvent: false
        });
    }
    _setUpFormContainer(dir) {
        const ctrl = this.form.get(dir.path);
        setUpFormContainer(ctrl, dir);
        ctrl.updateValueAndValidity({
            emitEvent: false
        });
    }
    _cleanUpFormContainer(dir) {
        const ctrl = this.form?.get(dir.path);
        if (ctrl) {
            const isControlUpdated = cleanUpFormContainer(ctrl, dir);
            if (isControlUpdated) {
                ctrl.updateValueAndValidity({
                    emitEvent: false
                });
            }
        }
    }
    _updateRegistrations() {
        this.form._registerOnCollectionChange(this._onCollectionChange);
        this._oldForm?._registerOnCollectionChange(() => {
        });
    }
    _updateValidators() {
        setUpValidators(this.form, this);
        if (this._oldForm) {
            cleanUpValidators(this._oldForm, this);
        }
    }
    _checkFormPresent() {
        if (!this.form && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throw missingFormException();
        }
    }
    static \u0275fac = function AbstractFormDirective_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _AbstractFormDirective)(i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10), i0.\u0275\u0275directiveInject(CALL_SET_DISABLED_STATE, 8));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _AbstractFormDirective,
        features: [i0.\u0275\u0275InheritDefinitionFeature, i0.\u0275\u0275NgOnChangesFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(AbstractFormDirective, [{
            type: Directive
        }], () => [{
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [CALL_SET_DISABLED_STATE]
                }]
        }], null);
})();
var formDirectiveProvider$1 = {
    provide: ControlContainer,
    useExisting: forwardRef(() => FormGroupDirective)
};
var FormGroupDirective = class _FormGroupDirective extends AbstractFormDirective {
    form = null;
    ngSubmit = new EventEmitter();
    get control() {
        return this.form;
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275FormGroupDirective_BaseFactory;
        return function FormGroupDirective_Factory(__ngFactoryType__) {
            return (\u0275FormGroupDirective_BaseFactory || (\u0275FormGroupDirective_BaseFactory = i0.\u0275\u0275getInheritedFactory(_FormGroupDirective)))(__ngFactoryType__ || _FormGroupDirective);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _FormGroupDirective,
        selectors: [["", "formGroup", ""]],
        hostBindings: function FormGroupDirective_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("submit", function FormGroupDirective_submit_HostBindingHandler($event) {
                    return ctx.onSubmit($event);
                })("reset", function FormGroupDirective_reset_HostBindingHandler() {
                    return ctx.onReset();
                });
            }
        },
        inputs: {
            form: [0, "formGroup", "form"]
        },
        outputs: {
            ngSubmit: "ngSubmit"
        },
        exportAs: ["ngForm"],
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([formDirectiveProvider$1]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormGroupDirective, [{
            type: Directive,
            args: [{
                    selector: "[formGroup]",
                    providers: [formDirectiveProvider$1],
                    host: {
                        "(submit)": "onSubmit($event)",
                        "(reset)": "onReset()"
                    },
                    exportAs: "ngForm",
                    standalone: false
                }]
        }], null, {
        form: [{
                type: Input,
                args: ["formGroup"]
            }],
        ngSubmit: [{
                type: Output
            }]
    });
})();
var formControlBinding$1 = {
    provide: NgControl,
    useExisting: forwardRef(() => NgModel)
};
var resolvedPromise = (() => Promise.resolve())();
var NgModel = class _NgModel extends NgControl {
    _changeDetectorRef;
    callSetDisabledState;
    control = new FormControl();
    static ngAcceptInputType_isDisabled;
    _registered = false;
    _ngModelInjector;
    viewModel;
    name = "";
    isDisabled;
    model;
    options;
    update = new EventEmitter();
    constructor(parent, validators, asyncValidators, valueAccessors, _changeDetectorRef, callSetDisabledState, injector, renderer) {
        super(injector, renderer, valueAccessors);
        this._changeDetectorRef = _changeDetectorRef;
        this.callSetDisabledState = callSetDisabledState;
        this._parent = parent;
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            this._ngModelInjector = injector;
        }
        this._setValidators(validators);
        this._setAsyncValidators(asyncValidators);
    }
    ngOnChanges(changes) {
        if (!this._registered && (typeof ngDevMode === "undefined" || ngDevMode) && this._parent === null && !this.options?.standalone) {
            const parentContainer = this._ngModelInjector?.get(ControlContainer, null);
            if (parentContainer != null) {
                const typeName = parentContainer instanceof NgForm ? "NgForm" : parentContainer instanceof FormGroupDirective ? "FormGroupDirective" : parentContainer instanceof NgModelGroup ? "NgModelGroup" : parentContainer.constructor.name || "ControlContainer";
                console.warn(ngModelInChildComponentWarning(typeName));
            }
        }
        this._checkForErrors();
        if (!this._registered || "name" in changes) {
            if (this._registered) {
                this._checkName();
                if (this.formDirective) {
                    const oldName = changes["name"].previousValue;
                    this.formDirective.removeControl({
                        name: oldName,
                        path: this._getPath(oldName)
                    });
                }
            }
            this._setUpControl();
        }
        if ("isDisabled" in changes) {
            this._updateDisabled(changes);
        }
        if (isPropertyUpdated(changes, this.viewModel)) {
            this._updateValue(this.model);
            this.viewModel = this.model;
        }
    }
    ngOnDestroy() {
        this.formDirective?.removeControl(this);
    }
    \u0275ngControlCreate(host) {
        super.ngControlCreate(host);
    }
    \u0275ngControlUpdate(host) {
        super.ngControlUpdate(host, false);
    }
    get shouldBindRequired() {
        return false;
    }
    get path() {
        return this._getPath(this.name);
    }
    get formDirective() {
        return this._parent ? this._parent.formDirective : null;
    }
    viewToModelUpdate(newValue) {
        this.viewModel = newValue;
        this.update.emit(newValue);
    }
    _setUpControl() {
        this._setUpdateStrategy();
        this._isStandalone() ? this._setUpStandalone() : this.formDirective.addControl(this);
        this._registered = true;
    }
    _setUpdateStrategy() {
        if (this.options && this.options.updateOn != null) {
            this.control._updateOn = this.options.updateOn;
        }
    }
    _isStandalone() {
        return !this._parent || !!(this.options && this.options.standalone);
    }
    _setUpStandalone() {
        if (!this.isCustomControlBased) {
            this.valueAccessor ??= this.selectedValueAccessor;
            setUpControlValueAccessor(this.control, this, this.callSetDisabledState);
        }
        else {
            this.setupCustomControl();
        }
        this.control.updateValueAndValidity({
            emitEvent: false
        });
    }
    _setupWithForm(callSetDisabledState) {
        if (!this.isCustomControlBased) {
            this.valueAccessor ??= this.selectedValueAccessor;
            setUpControlValueAccessor(this.control, this, callSetDisabledState);
        }
        else {
            this.setupCustomControl();
        }
    }
    _checkForErrors() {
        if ((typeof ngDevMode === "undefined" || ngDevMode) && !this._isStandalone()) {
            checkParentType$1(this._parent);
        }
        this._checkName();
    }
    _checkName() {
        if (this.options && this.options.name)
            this.name = this.options.name;
        if (!this._isStandalone() && !this.name && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throw missingNameException();
        }
    }
    _updateValue(value) {
        resolvedPromise.then(() => {
            this.control.setValue(value, {
                emitViewToModelChange: false
            });
            this._changeDetectorRef?.markForCheck();
        });
    }
    _updateDisabled(changes) {
        const disabledValue = changes["isDisabled"].currentValue;
        const isDisabled = disabledValue !== 0 && booleanAttribute(disabledValue);
        resolvedPromise.then(() => {
            if (isDisabled && !this.control.disabled) {
                this.control.disable();
            }
            else if (!isDisabled && this.control.disabled) {
                this.control.enable();
            }
            this._changeDetectorRef?.markForCheck();
        });
    }
    _getPath(controlName) {
        return this._parent ? controlPath(controlName, this._parent) : [controlName];
    }
    static \u0275fac = function NgModel_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NgModel)(i0.\u0275\u0275directiveInject(ControlContainer, 9), i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_VALUE_ACCESSOR, 10), i0.\u0275\u0275directiveInject(ChangeDetectorRef2, 8), i0.\u0275\u0275directiveInject(CALL_SET_DISABLED_STATE, 8), i0.\u0275\u0275directiveInject(i0.Injector, 8), i0.\u0275\u0275directiveInject(i0.Renderer2, 8));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _NgModel,
        selectors: [["", "ngModel", "", 3, "formControlName", "", 3, "formControl", ""]],
        inputs: {
            name: "name",
            isDisabled: [0, "disabled", "isDisabled"],
            model: [0, "ngModel", "model"],
            options: [0, "ngModelOptions", "options"]
        },
        outputs: {
            update: "ngModelChange"
        },
        exportAs: ["ngModel"],
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([formControlBinding$1, NG_CONTROL_INTEGRATION_PROVIDER]), i0.\u0275\u0275InheritDefinitionFeature, i0.\u0275\u0275NgOnChangesFeature, i0.\u0275\u0275ControlFeature(null)]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgModel, [{
            type: Directive,
            args: [{
                    selector: "[ngModel]:not([formControlName]):not([formControl])",
                    providers: [formControlBinding$1, NG_CONTROL_INTEGRATION_PROVIDER],
                    exportAs: "ngModel",
                    standalone: false
                }]
        }], () => [{
            type: ControlContainer,
            decorators: [{
                    type: Optional
                }, {
                    type: Host
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALUE_ACCESSOR]
                }]
        }, {
            type: i0.ChangeDetectorRef,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [ChangeDetectorRef2]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [CALL_SET_DISABLED_STATE]
                }]
        }, {
            type: i0.Injector,
            decorators: [{
                    type: Optional
                }]
        }, {
            type: i0.Renderer2,
            decorators: [{
                    type: Optional
                }]
        }], {
        name: [{
                type: Input
            }],
        isDisabled: [{
                type: Input,
                args: ["disabled"]
            }],
        model: [{
                type: Input,
                args: ["ngModel"]
            }],
        options: [{
                type: Input,
                args: ["ngModelOptions"]
            }],
        update: [{
                type: Output,
                args: ["ngModelChange"]
            }]
    });
})();
function checkParentType$1(parent) {
    if (!(parent instanceof NgModelGroup) && parent instanceof AbstractFormGroupDirective) {
        throw formGroupNameException();
    }
    else if (!(parent instanceof NgModelGroup) && !(parent instanceof NgForm)) {
        throw modelParentException();
    }
}
var \u0275NgNoValidate = class _\u0275NgNoValidate {
    static \u0275fac = function \u0275NgNoValidate_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _\u0275NgNoValidate)();
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _\u0275NgNoValidate,
        selectors: [["form", 3, "ngNoForm", "", 3, "ngNativeValidate", ""]],
        hostAttrs: ["novalidate", ""],
        standalone: false
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(\u0275NgNoValidate, [{
            type: Directive,
            args: [{
                    selector: "form:not([ngNoForm]):not([ngNativeValidate])",
                    host: {
                        "novalidate": ""
                    },
                    standalone: false
                }]
        }], null, null);
})();
var NUMBER_VALUE_ACCESSOR = {
    provide: NG_VALUE_ACCESSOR,
    useExisting: forwardRef(() => NumberValueAccessor),
    multi: true
};
var NumberValueAccessor = class _NumberValueAccessor extends BuiltInControlValueAccessor {
    writeValue(value) {
        const normalizedValue = value == null ? "" : value;
        this.setProperty("value", normalizedValue);
    }
    registerOnChange(fn) {
        this.onChange = (value) => {
            fn(value == "" ? null : parseFloat(value));
        };
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275NumberValueAccessor_BaseFactory;
        return function NumberValueAccessor_Factory(__ngFactoryType__) {
            return (\u0275NumberValueAccessor_BaseFactory || (\u0275NumberValueAccessor_BaseFactory = i0.\u0275\u0275getInheritedFactory(_NumberValueAccessor)))(__ngFactoryType__ || _NumberValueAccessor);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _NumberValueAccessor,
        selectors: [["input", "type", "number", "formControlName", "", 3, "ngNoCva", ""], ["input", "type", "number", "formControl", "", 3, "ngNoCva", ""], ["input", "type", "number", "ngModel", "", 3, "ngNoCva", ""]],
        hostBindings: function NumberValueAccessor_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("input", function NumberValueAccessor_input_HostBindingHandler($event) {
                    return ctx.onChange($event.target.value);
                })("blur", function NumberValueAccessor_blur_HostBindingHandler() {
                    return ctx.onTouched();
                });
            }
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([NUMBER_VALUE_ACCESSOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NumberValueAccessor, [{
            type: Directive,
            args: [{
                    selector: "input[type=number]:not([ngNoCva])[formControlName],input[type=number]:not([ngNoCva])[formControl],input[type=number]:not([ngNoCva])[ngModel]",
                    host: {
                        "(input)": "onChange($any($event.target).value)",
                        "(blur)": "onTouched()"
                    },
                    providers: [NUMBER_VALUE_ACCESSOR],
                    standalone: false
                }]
        }], null, null);
})();
var RADIO_VALUE_ACCESSOR = {
    provide: NG_VALUE_ACCESSOR,
    useExisting: forwardRef(() => RadioControlValueAccessor),
    multi: true
};
function throwNameError() {
    throw new _RuntimeError(1202, `
      If you define both a name and a formControlName attribute on your radio button, their values
      must match. Ex: <input type="radio" formControlName="food" name="food">
    `);
}
var RadioControlRegistry = class _RadioControlRegistry {
    _accessors = [];
    add(control, accessor) {
        this._accessors.push([control, accessor]);
    }
    remove(accessor) {
        for (let i = this._accessors.length - 1; i >= 0; --i) {
            if (this._accessors[i][1] === accessor) {
                this._accessors.splice(i, 1);
                return;
            }
        }
    }
    select(accessor) {
        this._accessors.forEach((c) => {
            if (this._isSameGroup(c, accessor) && c[1] !== accessor) {
                c[1].fireUncheck(accessor.value);
            }
        });
    }
    _isSameGroup(controlPair, accessor) {
        if (!controlPair[0].control)
            return false;
        return controlPair[0]._parent === accessor._control._parent && controlPair[1].name === accessor.name;
    }
    static \u0275fac = function RadioControlRegistry_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RadioControlRegistry)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _RadioControlRegistry,
        factory: _RadioControlRegistry.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RadioControlRegistry, [{
            type: Service
        }], null, null);
})();
var RadioControlValueAccessor = class _RadioControlValueAccessor extends BuiltInControlValueAccessor {
    _registry;
    _injector;
    _state;
    _control;
    _fn;
    setDisabledStateFired = false;
    onChange = () => {
    };
    name;
    formControlName;
    value;
    callSetDisabledState = inject(CALL_SET_DISABLED_STATE, {
        optional: true
    }) ?? setDisabledStateDefault;
    constructor(renderer, elementRef, _registry, _injector) {
        super(renderer, elementRef);
        this._registry = _registry;
        this._injector = _injector;
    }
    ngOnChanges(changes) {
        const control = this._control?.control;
        if (changes["value"] && control) {
            this.writeValue(control.value);
        }
    }
    ngOnInit() {
        this._control = this._injector.get(NgControl);
        this._checkName();
        this._registry.add(this._control, this);
    }
    ngOnDestroy() {
        this._registry.remove(this);
    }
    writeValue(value) {
        this._state = value === this.value;
        this.setProperty("checked", this._state);
    }
    registerOnChange(fn) {
        this._fn = fn;
        this.onChange = () => {
            fn(this.value);
            this._registry.select(this);
        };
    }
    setDisabledState(isDisabled) {
        if (this.setDisabledStateFired || isDisabled || this.callSetDisabledState === "whenDisabledForLegacyCode") {
            this.setProperty("disabled", isDisabled);
        }
        this.setDisabledStateFired = true;
    }
    fireUncheck(value) {
        this.writeValue(value);
    }
    _checkName() {
        if (this.name && this.formControlName && this.name !== this.formControlName && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throwNameError();
        }
        if (!this.name && this.formControlName)
            this.name = this.formControlName;
    }
    static \u0275fac = function RadioControlValueAccessor_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _RadioControlValueAccessor)(i0.\u0275\u0275directiveInject(i0.Renderer2), i0.\u0275\u0275directiveInject(i0.ElementRef), i0.\u0275\u0275directiveInject(RadioControlRegistry), i0.\u0275\u0275directiveInject(i0.Injector));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _RadioControlValueAccessor,
        selectors: [["input", "type", "radio", "formControlName", "", 3, "ngNoCva", ""], ["input", "type", "radio", "formControl", "", 3, "ngNoCva", ""], ["input", "type", "radio", "ngModel", "", 3, "ngNoCva", ""]],
        hostBindings: function RadioControlValueAccessor_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("change", function RadioControlValueAccessor_change_HostBindingHandler() {
                    return ctx.onChange();
                })("blur", function RadioControlValueAccessor_blur_HostBindingHandler() {
                    return ctx.onTouched();
                });
            }
        },
        inputs: {
            name: "name",
            formControlName: "formControlName",
            value: "value"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([RADIO_VALUE_ACCESSOR]), i0.\u0275\u0275InheritDefinitionFeature, i0.\u0275\u0275NgOnChangesFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RadioControlValueAccessor, [{
            type: Directive,
            args: [{
                    selector: "input[type=radio]:not([ngNoCva])[formControlName],input[type=radio]:not([ngNoCva])[formControl],input[type=radio]:not([ngNoCva])[ngModel]",
                    host: {
                        "(change)": "onChange()",
                        "(blur)": "onTouched()"
                    },
                    providers: [RADIO_VALUE_ACCESSOR],
                    standalone: false
                }]
        }], () => [{
            type: i0.Renderer2
        }, {
            type: i0.ElementRef
        }, {
            type: RadioControlRegistry
        }, {
            type: i0.Injector
        }], {
        name: [{
                type: Input
            }],
        formControlName: [{
                type: Input
            }],
        value: [{
                type: Input
            }]
    });
})();
var RANGE_VALUE_ACCESSOR = {
    provide: NG_VALUE_ACCESSOR,
    useExisting: forwardRef(() => RangeValueAccessor),
    multi: true
};
var RangeValueAccessor = class _RangeValueAccessor extends BuiltInControlValueAccessor {
    writeValue(value) {
        this.setProperty("value", parseFloat(value));
    }
    registerOnChange(fn) {
        this.onChange = (value) => {
            fn(value == "" ? null : parseFloat(value));
        };
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275RangeValueAccessor_BaseFactory;
        return function RangeValueAccessor_Factory(__ngFactoryType__) {
            return (\u0275RangeValueAccessor_BaseFactory || (\u0275RangeValueAccessor_BaseFactory = i0.\u0275\u0275getInheritedFactory(_RangeValueAccessor)))(__ngFactoryType__ || _RangeValueAccessor);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _RangeValueAccessor,
        selectors: [["input", "type", "range", "formControlName", "", 3, "ngNoCva", ""], ["input", "type", "range", "formControl", "", 3, "ngNoCva", ""], ["input", "type", "range", "ngModel", "", 3, "ngNoCva", ""]],
        hostBindings: function RangeValueAccessor_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("change", function RangeValueAccessor_change_HostBindingHandler($event) {
                    return ctx.onChange($event.target.value);
                })("input", function RangeValueAccessor_input_HostBindingHandler($event) {
                    return ctx.onChange($event.target.value);
                })("blur", function RangeValueAccessor_blur_HostBindingHandler() {
                    return ctx.onTouched();
                });
            }
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([RANGE_VALUE_ACCESSOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(RangeValueAccessor, [{
            type: Directive,
            args: [{
                    selector: "input[type=range]:not([ngNoCva])[formControlName],input[type=range]:not([ngNoCva])[formControl],input[type=range]:not([ngNoCva])[ngModel]",
                    host: {
                        "(change)": "onChange($any($event.target).value)",
                        "(input)": "onChange($any($event.target).value)",
                        "(blur)": "onTouched()"
                    },
                    providers: [RANGE_VALUE_ACCESSOR],
                    standalone: false
                }]
        }], null, null);
})();
var FormArray = class extends AbstractControl {
    constructor(controls, validatorOrOpts, asyncValidator) {
        super(pickValidators(validatorOrOpts), pickAsyncValidators(asyncValidator, validatorOrOpts));
        this.controls = controls;
        this._initObservables();
        this._setUpdateStrategy(validatorOrOpts);
        this._setUpControls();
        this.updateValueAndValidity({
            onlySelf: true,
            emitEvent: !!this.asyncValidator
        });
    }
    controls;
    at(index) {
        return this.controls[this._adjustIndex(index)];
    }
    push(control, options = {}) {
        if (Array.isArray(control)) {
            control.forEach((ctrl) => {
                this.controls.push(ctrl);
                this._registerControl(ctrl);
            });
        }
        else {
            this.controls.push(control);
            this._registerControl(control);
        }
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
        this._onCollectionChange();
    }
    insert(index, control, options = {}) {
        this.controls.splice(index, 0, control);
        this._registerControl(control);
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
    }
    removeAt(index, options = {}) {
        let adjustedIndex = this._adjustIndex(index);
        if (adjustedIndex < 0)
            adjustedIndex = 0;
        if (this.controls[adjustedIndex])
            this.controls[adjustedIndex]._registerOnCollectionChange(() => {
            });
        this.controls.splice(adjustedIndex, 1);
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
    }
    setControl(index, control, options = {}) {
        let adjustedIndex = this._adjustIndex(index);
        if (adjustedIndex < 0)
            adjustedIndex = 0;
        if (this.controls[adjustedIndex])
            this.controls[adjustedIndex]._registerOnCollectionChange(() => {
            });
        this.controls.splice(adjustedIndex, 1);
        if (control) {
            this.controls.splice(adjustedIndex, 0, control);
            this._registerControl(control);
        }
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
        this._onCollectionChange();
    }
    get length() {
        return this.controls.length;
    }
    setValue(value, options = {}) {
        untracked(() => {
            assertAllValuesPresent(this, false, value);
            value.forEach((newValue, index) => {
                assertControlPresent(this, false, index);
                this.at(index).setValue(newValue, {
                    onlySelf: true,
                    emitEvent: options.emitEvent
                });
            });
            this.updateValueAndValidity(options);
        });
    }
    patchValue(value, options = {}) {
        if (value == null)
            return;
        value.forEach((newValue, index) => {
            if (this.at(index)) {
                this.at(index).patchValue(newValue, {
                    onlySelf: true,
                    emitEvent: options.emitEvent
                });
            }
        });
        this.updateValueAndValidity(options);
    }
    reset(value = [], options = {}) {
        this._forEachChild((control, index) => {
            control.reset(value[index], __spreadProps(__spreadValues({}, options), {
                onlySelf: true
            }));
        });
        this._updatePristine(options, this);
        this._updateTouched(options, this);
        this.updateValueAndValidity(options);
        if (options?.emitEvent !== false) {
            this._events.next(new FormResetEvent(this));
        }
    }
    getRawValue() {
        return this.controls.map((control) => control.getRawValue());
    }
    clear(options = {}) {
        if (this.controls.length < 1)
            return;
        this._forEachChild((control) => control._registerOnCollectionChange(() => {
        }));
        this.controls.splice(0);
        this.updateValueAndValidity({
            emitEvent: options.emitEvent
        });
    }
    _adjustIndex(index) {
        return index < 0 ? index + this.length : index;
    }
    _syncPendingControls() {
        let subtreeUpdated = this.controls.reduce((updated, child) => {
            return child._syncPendingControls() ? true : updated;
        }, false);
        if (subtreeUpdated)
            this.updateValueAndValidity({
                onlySelf: true
            });
        return subtreeUpdated;
    }
    _forEachChild(cb) {
        this.controls.forEach((control, index) => {
            cb(control, index);
        });
    }
    _updateValue() {
        this.value = this.controls.filter((control) => control.enabled || this.disabled).map((control) => control.value);
    }
    _anyControls(condition) {
        return this.controls.some((control) => control.enabled && condition(control));
    }
    _setUpControls() {
        this._forEachChild((control) => this._registerControl(control));
    }
    _allControlsDisabled() {
        for (const control of this.controls) {
            if (control.enabled)
                return false;
        }
        return this.controls.length > 0 || this.disabled;
    }
    _registerControl(control) {
        control.setParent(this);
        control._registerOnCollectionChange(this._onCollectionChange);
    }
    _find(name) {
        return this.at(name) ?? null;
    }
};
var UntypedFormArray = FormArray;
var isFormArray = (control) => control instanceof FormArray;
var formDirectiveProvider = {
    provide: ControlContainer,
    useExisting: forwardRef(() => FormArrayDirective)
};
var FormArrayDirective = class _FormArrayDirective extends AbstractFormDirective {
    form = null;
    ngSubmit = new EventEmitter();
    get control() {
        return this.form;
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275FormArrayDirective_BaseFactory;
        return function FormArrayDirective_Factory(__ngFactoryType__) {
            return (\u0275FormArrayDirective_BaseFactory || (\u0275FormArrayDirective_BaseFactory = i0.\u0275\u0275getInheritedFactory(_FormArrayDirective)))(__ngFactoryType__ || _FormArrayDirective);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _FormArrayDirective,
        selectors: [["", "formArray", ""]],
        hostBindings: function FormArrayDirective_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("submit", function FormArrayDirective_submit_HostBindingHandler($event) {
                    return ctx.onSubmit($event);
                })("reset", function FormArrayDirective_reset_HostBindingHandler() {
                    return ctx.onReset();
                });
            }
        },
        inputs: {
            form: [0, "formArray", "form"]
        },
        outputs: {
            ngSubmit: "ngSubmit"
        },
        exportAs: ["ngForm"],
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([formDirectiveProvider]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormArrayDirective, [{
            type: Directive,
            args: [{
                    selector: "[formArray]",
                    providers: [formDirectiveProvider],
                    host: {
                        "(submit)": "onSubmit($event)",
                        "(reset)": "onReset()"
                    },
                    exportAs: "ngForm",
                    standalone: false
                }]
        }], null, {
        form: [{
                type: Input,
                args: ["formArray"]
            }],
        ngSubmit: [{
                type: Output
            }]
    });
})();
var NG_MODEL_WITH_FORM_CONTROL_WARNING = new InjectionToken(typeof ngDevMode !== "undefined" && ngDevMode ? "NgModelWithFormControlWarning" : "");
var formControlBinding = {
    provide: NgControl,
    useExisting: forwardRef(() => FormControlDirective)
};
var FormControlDirective = class _FormControlDirective extends NgControl {
    _ngModelWarningConfig;
    callSetDisabledState;
    viewModel;
    form;
    set isDisabled(isDisabled) {
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            console.warn(disabledAttrWarning);
        }
    }
    model;
    update = new EventEmitter();
    static _ngModelWarningSentOnce = false;
    _ngModelWarningSent = false;
    constructor(validators, asyncValidators, valueAccessors, _ngModelWarningConfig, callSetDisabledState, renderer, injector) {
        super(injector, renderer, valueAccessors);
        this._ngModelWarningConfig = _ngModelWarningConfig;
        this.callSetDisabledState = callSetDisabledState;
        this._setValidators(validators);
        this._setAsyncValidators(asyncValidators);
    }
    ngOnChanges(changes) {
        if (this._isControlChanged(changes)) {
            const previousForm = changes["form"].previousValue;
            if (previousForm) {
                cleanUpControl(previousForm, this, false);
                this.removeParseErrorsValidator(previousForm);
            }
            if (!this.isCustomControlBased) {
                this.valueAccessor ??= this.selectedValueAccessor;
                setUpControlValueAccessor(this.form, this, this.callSetDisabledState);
            }
            else {
                this.setupCustomControl();
            }
            this.form.updateValueAndValidity({
                emitEvent: false
            });
        }
        if (isPropertyUpdated(changes, this.viewModel)) {
            if (typeof ngDevMode === "undefined" || ngDevMode) {
                _ngModelWarning("formControl", _FormControlDirective, this, this._ngModelWarningConfig);
            }
            this.form.setValue(this.model);
            this.viewModel = this.model;
        }
    }
    ngOnDestroy() {
        if (this.form) {
            cleanUpControl(this.form, this, false);
        }
    }
    get path() {
        return [];
    }
    get control() {
        return this.form;
    }
    viewToModelUpdate(newValue) {
        this.viewModel = newValue;
        this.update.emit(newValue);
    }
    _isControlChanged(changes) {
        return Object.hasOwn(changes, "form");
    }
    \u0275ngControlCreate(host) {
        super.ngControlCreate(host);
    }
    \u0275ngControlUpdate(host) {
        super.ngControlUpdate(host, true);
    }
    static \u0275fac = function FormControlDirective_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _FormControlDirective)(i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_VALUE_ACCESSOR, 10), i0.\u0275\u0275directiveInject(NG_MODEL_WITH_FORM_CONTROL_WARNING, 8), i0.\u0275\u0275directiveInject(CALL_SET_DISABLED_STATE, 8), i0.\u0275\u0275directiveInject(i0.Renderer2, 8), i0.\u0275\u0275directiveInject(i0.Injector, 8));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _FormControlDirective,
        selectors: [["", "formControl", ""]],
        inputs: {
            form: [0, "formControl", "form"],
            isDisabled: [0, "disabled", "isDisabled"],
            model: [0, "ngModel", "model"]
        },
        outputs: {
            update: "ngModelChange"
        },
        exportAs: ["ngForm"],
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([formControlBinding, NG_CONTROL_INTEGRATION_PROVIDER]), i0.\u0275\u0275InheritDefinitionFeature, i0.\u0275\u0275NgOnChangesFeature, i0.\u0275\u0275ControlFeature(null)]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormControlDirective, [{
            type: Directive,
            args: [{
                    selector: "[formControl]",
                    providers: [formControlBinding, NG_CONTROL_INTEGRATION_PROVIDER],
                    exportAs: "ngForm",
                    standalone: false
                }]
        }], () => [{
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALUE_ACCESSOR]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [NG_MODEL_WITH_FORM_CONTROL_WARNING]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [CALL_SET_DISABLED_STATE]
                }]
        }, {
            type: i0.Renderer2,
            decorators: [{
                    type: Optional
                }]
        }, {
            type: i0.Injector,
            decorators: [{
                    type: Optional
                }]
        }], {
        form: [{
                type: Input,
                args: ["formControl"]
            }],
        isDisabled: [{
                type: Input,
                args: ["disabled"]
            }],
        model: [{
                type: Input,
                args: ["ngModel"]
            }],
        update: [{
                type: Output,
                args: ["ngModelChange"]
            }]
    });
})();
var formGroupNameProvider = {
    provide: ControlContainer,
    useExisting: forwardRef(() => FormGroupName)
};
var FormGroupName = class _FormGroupName extends AbstractFormGroupDirective {
    name = null;
    constructor(parent, validators, asyncValidators) {
        super();
        this._parent = parent;
        this._setValidators(validators);
        this._setAsyncValidators(asyncValidators);
    }
    _checkParentType() {
        if (hasInvalidParent(this._parent) && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throw groupParentException();
        }
    }
    static \u0275fac = function FormGroupName_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _FormGroupName)(i0.\u0275\u0275directiveInject(ControlContainer, 13), i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _FormGroupName,
        selectors: [["", "formGroupName", ""]],
        inputs: {
            name: [0, "formGroupName", "name"]
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([formGroupNameProvider]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormGroupName, [{
            type: Directive,
            args: [{
                    selector: "[formGroupName]",
                    providers: [formGroupNameProvider],
                    standalone: false
                }]
        }], () => [{
            type: ControlContainer,
            decorators: [{
                    type: Optional
                }, {
                    type: Host
                }, {
                    type: SkipSelf
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }], {
        name: [{
                type: Input,
                args: ["formGroupName"]
            }]
    });
})();
var formArrayNameProvider = {
    provide: ControlContainer,
    useExisting: forwardRef(() => FormArrayName)
};
var FormArrayName = class _FormArrayName extends ControlContainer {
    _parent;
    name = null;
    constructor(parent, validators, asyncValidators) {
        super();
        this._parent = parent;
        this._setValidators(validators);
        this._setAsyncValidators(asyncValidators);
    }
    ngOnInit() {
        if (hasInvalidParent(this._parent) && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throw arrayParentException();
        }
        this.formDirective.addFormArray(this);
    }
    ngOnDestroy() {
        this.formDirective?.removeFormArray(this);
    }
    get control() {
        return this.formDirective.getFormArray(this);
    }
    get formDirective() {
        return this._parent ? this._parent.formDirective : null;
    }
    get path() {
        return controlPath(this.name == null ? this.name : this.name.toString(), this._parent);
    }
    static \u0275fac = function FormArrayName_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _FormArrayName)(i0.\u0275\u0275directiveInject(ControlContainer, 13), i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _FormArrayName,
        selectors: [["", "formArrayName", ""]],
        inputs: {
            name: [0, "formArrayName", "name"]
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([formArrayNameProvider]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormArrayName, [{
            type: Directive,
            args: [{
                    selector: "[formArrayName]",
                    providers: [formArrayNameProvider],
                    standalone: false
                }]
        }], () => [{
            type: ControlContainer,
            decorators: [{
                    type: Optional
                }, {
                    type: Host
                }, {
                    type: SkipSelf
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }], {
        name: [{
                type: Input,
                args: ["formArrayName"]
            }]
    });
})();
function hasInvalidParent(parent) {
    return !(parent instanceof FormGroupName) && !(parent instanceof AbstractFormDirective) && !(parent instanceof FormArrayName);
}
var controlNameBinding = {
    provide: NgControl,
    useExisting: forwardRef(() => FormControlName)
};
var FormControlName = class _FormControlName extends NgControl {
    _ngModelWarningConfig;
    _added = false;
    viewModel;
    control;
    name = null;
    set isDisabled(isDisabled) {
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            console.warn(disabledAttrWarning);
        }
    }
    model;
    update = new EventEmitter();
    static _ngModelWarningSentOnce = false;
    _ngModelWarningSent = false;
    constructor(parent, validators, asyncValidators, valueAccessors, _ngModelWarningConfig, renderer, injector) {
        super(injector, renderer, valueAccessors);
        this._ngModelWarningConfig = _ngModelWarningConfig;
        this._parent = parent;
        this._setValidators(validators);
        this._setAsyncValidators(asyncValidators);
    }
    _setupWithForm(control, callSetDisabledState) {
        this.control = control;
        if (!this.isCustomControlBased) {
            this.valueAccessor ??= this.selectedValueAccessor;
            setUpControlValueAccessor(control, this, callSetDisabledState);
        }
        else {
            this.setupCustomControl();
        }
    }
    ngOnChanges(changes) {
        if (!this._added)
            this._setUpControl();
        if (isPropertyUpdated(changes, this.viewModel)) {
            if (typeof ngDevMode === "undefined" || ngDevMode) {
                _ngModelWarning("formControlName", _FormControlName, this, this._ngModelWarningConfig);
            }
            this.viewModel = this.model;
            this.formDirective.updateModel(this, this.model);
        }
    }
    ngOnDestroy() {
        this.formDirective?.removeControl(this);
    }
    viewToModelUpdate(newValue) {
        this.viewModel = newValue;
        this.update.emit(newValue);
    }
    get path() {
        return controlPath(this.name == null ? this.name : this.name.toString(), this._parent);
    }
    get formDirective() {
        return this._parent ? this._parent.formDirective : null;
    }
    _setUpControl() {
        if (typeof ngDevMode === "undefined" || ngDevMode) {
            checkParentType(this._parent, this.name);
        }
        this.control = this.formDirective.addControl(this);
        this._added = true;
    }
    \u0275ngControlCreate(host) {
        super.ngControlCreate(host);
    }
    \u0275ngControlUpdate(host) {
        if (!this.isCustomControlBased) {
            return;
        }
        if (!this._added)
            this._setUpControl();
        super.ngControlUpdate(host, true);
    }
    static \u0275fac = function FormControlName_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _FormControlName)(i0.\u0275\u0275directiveInject(ControlContainer, 13), i0.\u0275\u0275directiveInject(NG_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_ASYNC_VALIDATORS, 10), i0.\u0275\u0275directiveInject(NG_VALUE_ACCESSOR, 10), i0.\u0275\u0275directiveInject(NG_MODEL_WITH_FORM_CONTROL_WARNING, 8), i0.\u0275\u0275directiveInject(i0.Renderer2, 8), i0.\u0275\u0275directiveInject(i0.Injector, 8));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _FormControlName,
        selectors: [["", "formControlName", ""]],
        inputs: {
            name: [0, "formControlName", "name"],
            isDisabled: [0, "disabled", "isDisabled"],
            model: [0, "ngModel", "model"]
        },
        outputs: {
            update: "ngModelChange"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([controlNameBinding, NG_CONTROL_INTEGRATION_PROVIDER]), i0.\u0275\u0275InheritDefinitionFeature, i0.\u0275\u0275NgOnChangesFeature, i0.\u0275\u0275ControlFeature(null)]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormControlName, [{
            type: Directive,
            args: [{
                    selector: "[formControlName]",
                    providers: [controlNameBinding, NG_CONTROL_INTEGRATION_PROVIDER],
                    standalone: false
                }]
        }], () => [{
            type: ControlContainer,
            decorators: [{
                    type: Optional
                }, {
                    type: Host
                }, {
                    type: SkipSelf
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_ASYNC_VALIDATORS]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Self
                }, {
                    type: Inject,
                    args: [NG_VALUE_ACCESSOR]
                }]
        }, {
            type: void 0,
            decorators: [{
                    type: Optional
                }, {
                    type: Inject,
                    args: [NG_MODEL_WITH_FORM_CONTROL_WARNING]
                }]
        }, {
            type: i0.Renderer2,
            decorators: [{
                    type: Optional
                }]
        }, {
            type: i0.Injector,
            decorators: [{
                    type: Optional
                }]
        }], {
        name: [{
                type: Input,
                args: ["formControlName"]
            }],
        isDisabled: [{
                type: Input,
                args: ["disabled"]
            }],
        model: [{
                type: Input,
                args: ["ngModel"]
            }],
        update: [{
                type: Output,
                args: ["ngModelChange"]
            }]
    });
})();
function checkParentType(parent, name) {
    if (!(parent instanceof FormGroupName) && parent instanceof AbstractFormGroupDirective) {
        throw ngModelGroupException();
    }
    else if (!(parent instanceof FormGroupName) && !(parent instanceof AbstractFormDirective) && !(parent instanceof FormArrayName)) {
        throw controlParentException(name);
    }
}
var SELECT_VALUE_ACCESSOR = {
    provide: NG_VALUE_ACCESSOR,
    useExisting: forwardRef(() => SelectControlValueAccessor),
    multi: true
};
function _buildValueString$1(id, value) {
    if (id == null)
        return `${value}`;
    if (value && typeof value === "object")
        value = "Object";
    return `${id}: ${value}`.slice(0, 50);
}
function _extractId$1(valueString) {
    return valueString.split(":")[0];
}
var SelectControlValueAccessor = class _SelectControlValueAccessor extends BuiltInControlValueAccessor {
    value;
    _optionMap = /* @__PURE__ */ new Map();
    _idCounter = 0;
    set compareWith(fn) {
        if (typeof fn !== "function" && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throw new _RuntimeError(1201, `compareWith must be a function, but received ${JSON.stringify(fn)}`);
        }
        this._compareWith = fn;
    }
    _compareWith = Object.is;
    appRefInjector = inject(ApplicationRef).injector;
    destroyRef = inject(DestroyRef);
    cdr = inject(ChangeDetectorRef2);
    _queuedWrite = false;
    _writeValueAfterRender() {
        if (this._queuedWrite || this.appRefInjector.destroyed) {
            return;
        }
        this._queuedWrite = true;
        afterNextRender({
            write: () => {
                if (this.destroyRef.destroyed) {
                    return;
                }
                this._queuedWrite = false;
                this.writeValue(this.value);
            }
        }, {
            injector: this.appRefInjector
        });
    }
    writeValue(value) {
        this.cdr.markForCheck();
        this.value = value;
        const id = this._getOptionId(value);
        const valueString = _buildValueString$1(id, value);
        this.setProperty("value", valueString);
    }
    registerOnChange(fn) {
        this.onChange = (valueString) => {
            this.value = this._getOptionValue(valueString);
            fn(this.value);
        };
    }
    _registerOption() {
        return (this._idCounter++).toString();
    }
    _getOptionId(value) {
        for (const id of this._optionMap.keys()) {
            if (this._compareWith(this._optionMap.get(id), value))
                return id;
        }
        return null;
    }
    _getOptionValue(valueString) {
        const id = _extractId$1(valueString);
        return this._optionMap.has(id) ? this._optionMap.get(id) : valueString;
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275SelectControlValueAccessor_BaseFactory;
        return function SelectControlValueAccessor_Factory(__ngFactoryType__) {
            return (\u0275SelectControlValueAccessor_BaseFactory || (\u0275SelectControlValueAccessor_BaseFactory = i0.\u0275\u0275getInheritedFactory(_SelectControlValueAccessor)))(__ngFactoryType__ || _SelectControlValueAccessor);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _SelectControlValueAccessor,
        selectors: [["select", "formControlName", "", 3, "multiple", "", 3, "ngNoCva", ""], ["select", "formControl", "", 3, "multiple", "", 3, "ngNoCva", ""], ["select", "ngModel", "", 3, "multiple", "", 3, "ngNoCva", ""]],
        hostBindings: function SelectControlValueAccessor_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("change", function SelectControlValueAccessor_change_HostBindingHandler($event) {
                    return ctx.onChange($event.target.value);
                })("blur", function SelectControlValueAccessor_blur_HostBindingHandler() {
                    return ctx.onTouched();
                });
            }
        },
        inputs: {
            compareWith: "compareWith"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([SELECT_VALUE_ACCESSOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(SelectControlValueAccessor, [{
            type: Directive,
            args: [{
                    selector: "select:not([multiple]):not([ngNoCva])[formControlName],select:not([multiple]):not([ngNoCva])[formControl],select:not([multiple]):not([ngNoCva])[ngModel]",
                    host: {
                        "(change)": "onChange($any($event.target).value)",
                        "(blur)": "onTouched()"
                    },
                    providers: [SELECT_VALUE_ACCESSOR],
                    standalone: false
                }]
        }], null, {
        compareWith: [{
                type: Input
            }]
    });
})();
var NgSelectOption = class _NgSelectOption {
    _element;
    _renderer;
    _select;
    id;
    constructor(_element, _renderer, _select) {
        this._element = _element;
        this._renderer = _renderer;
        this._select = _select;
        if (this._select)
            this.id = this._select._registerOption();
    }
    set ngValue(value) {
        if (this._select == null)
            return;
        this._select._optionMap.set(this.id, value);
        this._setElementValue(_buildValueString$1(this.id, value));
        this._select._writeValueAfterRender();
    }
    set value(value) {
        this._setElementValue(value);
        this._select?._writeValueAfterRender();
    }
    _setElementValue(value) {
        this._renderer.setProperty(this._element.nativeElement, "value", value);
    }
    ngOnDestroy() {
        this._select?._optionMap.delete(this.id);
        this._select?._writeValueAfterRender();
    }
    static \u0275fac = function NgSelectOption_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NgSelectOption)(i0.\u0275\u0275directiveInject(i0.ElementRef), i0.\u0275\u0275directiveInject(i0.Renderer2), i0.\u0275\u0275directiveInject(SelectControlValueAccessor, 9));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _NgSelectOption,
        selectors: [["option"]],
        inputs: {
            ngValue: "ngValue",
            value: "value"
        },
        standalone: false
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NgSelectOption, [{
            type: Directive,
            args: [{
                    selector: "option",
                    standalone: false
                }]
        }], () => [{
            type: i0.ElementRef
        }, {
            type: i0.Renderer2
        }, {
            type: SelectControlValueAccessor,
            decorators: [{
                    type: Optional
                }, {
                    type: Host
                }]
        }], {
        ngValue: [{
                type: Input,
                args: ["ngValue"]
            }],
        value: [{
                type: Input,
                args: ["value"]
            }]
    });
})();
var SELECT_MULTIPLE_VALUE_ACCESSOR = {
    provide: NG_VALUE_ACCESSOR,
    useExisting: forwardRef(() => SelectMultipleControlValueAccessor),
    multi: true
};
function _buildValueString(id, value) {
    if (id == null)
        return `${value}`;
    if (typeof value === "string")
        value = `'${value}'`;
    if (value && typeof value === "object")
        value = "Object";
    return `${id}: ${value}`.slice(0, 50);
}
function _extractId(valueString) {
    return valueString.split(":")[0];
}
var SelectMultipleControlValueAccessor = class _SelectMultipleControlValueAccessor extends BuiltInControlValueAccessor {
    value;
    _optionMap = /* @__PURE__ */ new Map();
    _idCounter = 0;
    set compareWith(fn) {
        if (typeof fn !== "function" && (typeof ngDevMode === "undefined" || ngDevMode)) {
            throw new _RuntimeError(1201, `compareWith must be a function, but received ${JSON.stringify(fn)}`);
        }
        this._compareWith = fn;
    }
    _compareWith = Object.is;
    writeValue(value) {
        this.value = value;
        let optionSelectedStateSetter;
        if (Array.isArray(value)) {
            const ids = value.map((v) => this._getOptionId(v));
            optionSelectedStateSetter = (opt, id) => {
                opt._setSelected(ids.indexOf(id) > -1);
            };
        }
        else {
            optionSelectedStateSetter = (opt) => {
                opt._setSelected(false);
            };
        }
        this._optionMap.forEach(optionSelectedStateSetter);
    }
    registerOnChange(fn) {
        this.onChange = (element) => {
            const selected = [];
            const selectedOptions = element.selectedOptions;
            if (selectedOptions !== void 0) {
                const options = selectedOptions;
                for (let i = 0; i < options.length; i++) {
                    const opt = options[i];
                    const val = this._getOptionValue(opt.value);
                    selected.push(val);
                }
            }
            else {
                const options = element.options;
                for (let i = 0; i < options.length; i++) {
                    const opt = options[i];
                    if (opt.selected) {
                        const val = this._getOptionValue(opt.value);
                        selected.push(val);
                    }
                }
            }
            this.value = selected;
            fn(selected);
        };
    }
    _registerOption(value) {
        const id = (this._idCounter++).toString();
        this._optionMap.set(id, value);
        return id;
    }
    _getOptionId(value) {
        for (const id of this._optionMap.keys()) {
            if (this._compareWith(this._optionMap.get(id)._value, value))
                return id;
        }
        return null;
    }
    _getOptionValue(valueString) {
        const id = _extractId(valueString);
        return this._optionMap.has(id) ? this._optionMap.get(id)._value : valueString;
    }
    static \u0275fac = /* @__PURE__ */ (() => {
        let \u0275SelectMultipleControlValueAccessor_BaseFactory;
        return function SelectMultipleControlValueAccessor_Factory(__ngFactoryType__) {
            return (\u0275SelectMultipleControlValueAccessor_BaseFactory || (\u0275SelectMultipleControlValueAccessor_BaseFactory = i0.\u0275\u0275getInheritedFactory(_SelectMultipleControlValueAccessor)))(__ngFactoryType__ || _SelectMultipleControlValueAccessor);
        };
    })();
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _SelectMultipleControlValueAccessor,
        selectors: [["select", "multiple", "", "formControlName", "", 3, "ngNoCva", ""], ["select", "multiple", "", "formControl", "", 3, "ngNoCva", ""], ["select", "multiple", "", "ngModel", "", 3, "ngNoCva", ""]],
        hostBindings: function SelectMultipleControlValueAccessor_HostBindings(rf, ctx) {
            if (rf & 1) {
                i0.\u0275\u0275listener("change", function SelectMultipleControlValueAccessor_change_HostBindingHandler($event) {
                    return ctx.onChange($event.target);
                })("blur", function SelectMultipleControlValueAccessor_blur_HostBindingHandler() {
                    return ctx.onTouched();
                });
            }
        },
        inputs: {
            compareWith: "compareWith"
        },
        standalone: false,
        features: [i0.\u0275\u0275ProvidersFeature([SELECT_MULTIPLE_VALUE_ACCESSOR]), i0.\u0275\u0275InheritDefinitionFeature]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(SelectMultipleControlValueAccessor, [{
            type: Directive,
            args: [{
                    selector: "select[multiple]:not([ngNoCva])[formControlName],select[multiple]:not([ngNoCva])[formControl],select[multiple]:not([ngNoCva])[ngModel]",
                    host: {
                        "(change)": "onChange($event.target)",
                        "(blur)": "onTouched()"
                    },
                    providers: [SELECT_MULTIPLE_VALUE_ACCESSOR],
                    standalone: false
                }]
        }], null, {
        compareWith: [{
                type: Input
            }]
    });
})();
var \u0275NgSelectMultipleOption = class _\u0275NgSelectMultipleOption {
    _element;
    _renderer;
    _select;
    id;
    _value;
    constructor(_element, _renderer, _select) {
        this._element = _element;
        this._renderer = _renderer;
        this._select = _select;
        if (this._select) {
            this.id = this._select._registerOption(this);
        }
    }
    set ngValue(value) {
        if (this._select == null)
            return;
        this._value = value;
        this._setElementValue(_buildValueString(this.id, value));
        this._select.writeValue(this._select.value);
    }
    set value(value) {
        if (this._select) {
            this._value = value;
            this._setElementValue(_buildValueString(this.id, value));
            this._select.writeValue(this._select.value);
        }
        else {
            this._setElementValue(value);
        }
    }
    _setElementValue(value) {
        this._renderer.setProperty(this._element.nativeElement, "value", value);
    }
    _setSelected(selected) {
        this._renderer.setProperty(this._element.nativeElement, "selected", selected);
    }
    ngOnDestroy() {
        if (this._select) {
            this._select._optionMap.delete(this.id);
            this._select.writeValue(this._select.value);
        }
    }
    static \u0275fac = function \u0275NgSelectMultipleOption_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _\u0275NgSelectMultipleOption)(i0.\u0275\u0275directiveInject(i0.ElementRef), i0.\u0275\u0275directiveInject(i0.Renderer2), i0.\u0275\u0275directiveInject(SelectMultipleControlValueAccessor, 9));
    };
    static \u0275dir = /* @__PURE__ */ i0.\u0275\u0275defineDirective({
        type: _\u0275NgSelectMultipleOption,
        selectors: [["option"]],
        inputs: {
            ngValue: "ngValue",
            value: "value"
        },
        standalone: false
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(\u0275NgSelectMultipleOption, [{
            type: Directive,
            args: [{
                    selector: "option",
                    standalone: false
                }]
        }], () => [{
            type: i0.ElementRef
        }, {
            type: i0.Renderer2
        }, {
            type: SelectMultipleControlValueAccessor,
            decorators: [{
                    type: Optional
                }, {
                    type: Host
                }]
        }], {
        ngValue: [{
                type: Input,
                args: ["ngValue"]
            }],
        value: [{
                type: Input,
                args: ["value"]
            }]
    });
})();
var SHARED_FORM_DIRECTIVES = [\u0275NgNoValidate, NgSelectOption, \u0275NgSelectMultipleOption, DefaultValueAccessor, NumberValueAccessor, RangeValueAccessor, CheckboxControlValueAccessor, SelectControlValueAccessor, SelectMultipleControlValueAccessor, RadioControlValueAccessor, NgControlStatus, NgControlStatusGroup, RequiredValidator, MinLengthValidator, MaxLengthValidator, PatternValidator, CheckboxRequiredValidator, EmailValidator, MinValidator, MaxValidator];
var TEMPLATE_DRIVEN_DIRECTIVES = [NgModel, NgModelGroup, NgForm];
var REACTIVE_DRIVEN_DIRECTIVES = [FormControlDirective, FormGroupDirective, FormArrayDirective, FormControlName, FormGroupName, FormArrayName];
var \u0275InternalFormsSharedModule = class _\u0275InternalFormsSharedModule {
    static \u0275fac = function \u0275InternalFormsSharedModule_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _\u0275InternalFormsSharedModule)();
    };
    static \u0275mod = /* @__PURE__ */ i0.\u0275\u0275defineNgModule({
        type: _\u0275InternalFormsSharedModule
    });
    static \u0275inj = /* @__PURE__ */ i0.\u0275\u0275defineInjector({});
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(\u0275InternalFormsSharedModule, [{
            type: NgModule,
            args: [{
                    declarations: SHARED_FORM_DIRECTIVES,
                    exports: SHARED_FORM_DIRECTIVES
                }]
        }], null, null);
})();
function isAbstractControlOptions(options) {
    return !!options && (options.asyncValidators !== void 0 || options.validators !== void 0 || options.updateOn !== void 0);
}
var FormBuilder = class _FormBuilder {
    useNonNullable = false;
    get nonNullable() {
        const nnfb = new _FormBuilder();
        nnfb.useNonNullable = true;
        return nnfb;
    }
    group(controls, options = null) {
        const reducedControls = this._reduceControls(controls);
        let newOptions = {};
        if (isAbstractControlOptions(options)) {
            newOptions = options;
        }
        else if (options !== null) {
            newOptions.validators = options.validator;
            newOptions.asyncValidators = options.asyncValidator;
        }
        return new FormGroup(reducedControls, newOptions);
    }
    record(controls, options = null) {
        const reducedControls = this._reduceControls(controls);
        return new FormRecord(reducedControls, options);
    }
    control(formState, validatorOrOpts, asyncValidator) {
        let newOptions = {};
        if (!this.useNonNullable) {
            return new FormControl(formState, validatorOrOpts, asyncValidator);
        }
        if (isAbstractControlOptions(validatorOrOpts)) {
            newOptions = validatorOrOpts;
        }
        else {
            newOptions.validators = validatorOrOpts;
            newOptions.asyncValidators = asyncValidator;
        }
        return new FormControl(formState, __spreadProps(__spreadValues({}, newOptions), {
            nonNullable: true
        }));
    }
    array(controls, validatorOrOpts, asyncValidator) {
        const createdControls = controls.map((c) => this._createControl(c));
        return new FormArray(createdControls, validatorOrOpts, asyncValidator);
    }
    _reduceControls(controls) {
        const createdControls = {};
        Object.keys(controls).forEach((controlName) => {
            createdControls[controlName] = this._createControl(controls[controlName]);
        });
        return createdControls;
    }
    _createControl(controls) {
        if (controls instanceof FormControl) {
            return controls;
        }
        else if (controls instanceof AbstractControl) {
            return controls;
        }
        else if (Array.isArray(controls)) {
            const value = controls[0];
            const validator = controls.length > 1 ? controls[1] : null;
            const asyncValidator = controls.length > 2 ? controls[2] : null;
            return this.control(value, validator, asyncValidator);
        }
        else {
            return this.control(controls);
        }
    }
    static \u0275fac = function FormBuilder_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _FormBuilder)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _FormBuilder,
        factory: _FormBuilder.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormBuilder, [{
            type: Service
        }], null, null);
})();
var NonNullableFormBuilder = class _NonNullableFormBuilder {
    static \u0275fac = function NonNullableFormBuilder_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _NonNullableFormBuilder)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _NonNullableFormBuilder,
        factory: () => (() => inject(FormBuilder).nonNullable)()
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(NonNullableFormBuilder, [{
            type: Service,
            args: [{
                    factory: () => inject(FormBuilder).nonNullable
                }]
        }], null, null);
})();
var UntypedFormBuilder = class _UntypedFormBuilder extends FormBuilder {
    group(controlsConfig, options = null) {
        return super.group(controlsConfig, options);
    }
    control(formState, validatorOrOpts, asyncValidator) {
        return super.control(formState, validatorOrOpts, asyncValidator);
    }
    array(controlsConfig, validatorOrOpts, asyncValidator) {
        return super.array(controlsConfig, validatorOrOpts, asyncValidator);
    }
    static \u0275fac = function UntypedFormBuilder_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _UntypedFormBuilder)();
    };
    static \u0275prov = /* @__PURE__ */ i0.\u0275\u0275defineService({
        token: _UntypedFormBuilder,
        factory: _UntypedFormBuilder.\u0275fac
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(UntypedFormBuilder, [{
            type: Service
        }], null, null);
})();
var FormsModule = class _FormsModule {
    static withConfig(opts) {
        return {
            ngModule: _FormsModule,
            providers: [{
                    provide: CALL_SET_DISABLED_STATE,
                    useValue: opts.callSetDisabledState ?? setDisabledStateDefault
                }]
        };
    }
    static \u0275fac = function FormsModule_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _FormsModule)();
    };
    static \u0275mod = /* @__PURE__ */ i0.\u0275\u0275defineNgModule({
        type: _FormsModule
    });
    static \u0275inj = /* @__PURE__ */ i0.\u0275\u0275defineInjector({
        imports: [\u0275InternalFormsSharedModule]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(FormsModule, [{
            type: NgModule,
            args: [{
                    declarations: TEMPLATE_DRIVEN_DIRECTIVES,
                    exports: [\u0275InternalFormsSharedModule, TEMPLATE_DRIVEN_DIRECTIVES]
                }]
        }], null, null);
})();
var ReactiveFormsModule = class _ReactiveFormsModule {
    static withConfig(opts) {
        return {
            ngModule: _ReactiveFormsModule,
            providers: [{
                    provide: NG_MODEL_WITH_FORM_CONTROL_WARNING,
                    useValue: opts.warnOnNgModelWithFormControl ?? "always"
                }, {
                    provide: CALL_SET_DISABLED_STATE,
                    useValue: opts.callSetDisabledState ?? setDisabledStateDefault
                }]
        };
    }
    static \u0275fac = function ReactiveFormsModule_Factory(__ngFactoryType__) {
        return new (__ngFactoryType__ || _ReactiveFormsModule)();
    };
    static \u0275mod = /* @__PURE__ */ i0.\u0275\u0275defineNgModule({
        type: _ReactiveFormsModule
    });
    static \u0275inj = /* @__PURE__ */ i0.\u0275\u0275defineInjector({
        imports: [\u0275InternalFormsSharedModule]
    });
};
(() => {
    (typeof ngDevMode === "undefined" || ngDevMode) && i0.\u0275setClassMetadata(ReactiveFormsModule, [{
            type: NgModule,
            args: [{
                    declarations: [REACTIVE_DRIVEN_DIRECTIVES],
                    exports: [\u0275InternalFormsSharedModule, REACTIVE_DRIVEN_DIRECTIVES]
                }]
        }], null, null);
})();
export { AbstractControl, AbstractControlDirective, AbstractFormDirective, AbstractFormGroupDirective, COMPOSITION_BUFFER_MODE, CheckboxControlValueAccessor, CheckboxRequiredValidator, ControlContainer, ControlEvent, DefaultValueAccessor, EmailValidator, FormArray, FormArrayDirective, FormArrayName, FormBuilder, FormControl, FormControlDirective, FormControlName, FormGroup, FormGroupDirective, FormGroupName, FormRecord, FormResetEvent, FormSubmittedEvent, FormsModule, MaxLengthValidator, MaxValidator, MinLengthValidator, MinValidator, NG_ASYNC_VALIDATORS, NG_VALIDATORS, NG_VALUE_ACCESSOR, NgControl, NgControlStatus, NgControlStatusGroup, NgForm, NgModel, NgModelGroup, NgSelectOption, NonNullableFormBuilder, NumberValueAccessor, PatternValidator, PristineChangeEvent, RadioControlValueAccessor, RangeValueAccessor, ReactiveFormsModule, RequiredValidator, SelectControlValueAccessor, SelectMultipleControlValueAccessor, StatusChangeEvent, TouchedChangeEvent, UntypedFormArray, UntypedFormBuilder, UntypedFormControl, UntypedFormGroup, VERSION, Validators, ValueChangeEvent, isFormArray, isFormControl, isFormGroup, isFormRecord, \u0275FORM_CONTROL_INTEGRATION, \u0275InternalFormsSharedModule, \u0275NgNoValidate, \u0275NgSelectMultipleOption, elementAcceptsMinMax as \u0275elementAcceptsMinMax, isNativeFormElement as \u0275isNativeFormElement, isTextualFormElement as \u0275isTextualFormElement, selectValueAccessor as \u0275selectValueAccessor, setNativeDomProperty as \u0275setNativeDomProperty };
/*! Bundled license information:

@angular/forms/fesm2022/forms.mjs:
  (**
   * @license Angular v22.1.8
   * (c) 2010-2026 Google LLC. https://angular.dev/
   * License: MIT
   *)
*/
//# sourceMappingURL=_angular_forms.N81fzVL3QR-dev.js.map
