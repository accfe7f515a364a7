"""Safe arithmetic formulas over metric names, e.g. ``0.5 * bleu / 100 + 0.5 * rougeL``.

The text is parsed with :mod:`ast` and only a whitelist of nodes is accepted: numbers,
names, ``+ - * / // % **``, unary ``+``/``-`` and calls of a few functions (``min``,
``max``, ``abs``, ``sqrt``, ``log``, ``exp``, ``clip``). It is evaluated by walking the
tree; nothing reaches ``eval``. Every value is a float; a domain error (division by zero,
log of a negative number, overflow) gives NaN.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

MAX_LENGTH = 500
MAX_NODES = 200


def _clip(x: float, lo: float, hi: float) -> float:
    return min(max(x, lo), hi)


FUNCTIONS: dict[str, tuple[Callable[..., float], int | None]] = {
    # name: (function, number of arguments; None = one or more)
    "min": (min, None),
    "max": (max, None),
    "abs": (abs, 1),
    "sqrt": (math.sqrt, 1),
    "log": (math.log, 1),
    "exp": (math.exp, 1),
    "clip": (_clip, 3),
}
_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.FloorDiv: lambda a, b: a // b,
    ast.Mod: lambda a, b: a % b,
    ast.Pow: lambda a, b: a**b,
}
_UNARY: dict[type[ast.unaryop], Callable[[float], float]] = {ast.UAdd: lambda a: +a, ast.USub: lambda a: -a}


class FormulaError(ValueError):
    """The formula is not allowed; the message says what to change."""


@dataclass(frozen=True)
class Formula:
    text: str
    tree: ast.Expression
    names: frozenset[str]

    def __call__(self, values: Mapping[str, float | None]) -> float:
        try:
            result = _eval(self.tree.body, values)
        except (ArithmeticError, ValueError, TypeError):
            return math.nan
        return float(result)


def parse_formula(text: str) -> Formula:
    """Parse and check ``text``; raise :class:`FormulaError` with what to fix."""
    if not isinstance(text, str) or not text.strip():
        raise FormulaError("the formula is empty; write an expression such as '0.5 * bleu / 100 + 0.5 * rougeL'")
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"the formula has {len(text)} characters; at most {MAX_LENGTH} are allowed")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"the formula is not a valid expression ({exc.msg} at column {exc.offset})") from None
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise FormulaError(f"the formula is too long ({len(nodes)} parts; at most {MAX_NODES})")
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Expression | ast.Load) or type(node) in _BINARY or type(node) in _UNARY:
            continue
        if isinstance(node, ast.BinOp | ast.UnaryOp):
            if type(node.op) not in _BINARY and type(node.op) not in _UNARY:
                raise FormulaError(f"operator {type(node.op).__name__} is not allowed; use + - * / // % **")
            continue
        if isinstance(node, ast.Constant):
            if isinstance(node.value, bool) or not isinstance(node.value, int | float):
                raise FormulaError(f"only numbers may appear as constants, not {node.value!r}")
            continue
        if isinstance(node, ast.Call):
            fname = node.func.id if isinstance(node.func, ast.Name) else None
            if fname not in FUNCTIONS:
                raise FormulaError(f"unknown function {ast.unparse(node.func)!r}; allowed: {', '.join(sorted(FUNCTIONS))}")
            if node.keywords:
                raise FormulaError(f"{fname}() takes positional arguments only")
            arity = FUNCTIONS[fname][1]
            if (arity is None and not node.args) or (arity is not None and len(node.args) != arity):
                raise FormulaError(f"{fname}() takes {arity or 'one or more'} argument(s), got {len(node.args)}")
            continue
        if isinstance(node, ast.Name):
            continue
        raise FormulaError(f"{type(node).__name__} is not allowed in a formula ({ast.unparse(node) if isinstance(node, ast.expr) else ''!s}); "
                           "use numbers, metric names, + - * / // % ** and " + ", ".join(sorted(FUNCTIONS)))
    # names used as values (function names in call position are not metric names)
    callees = {id(n.func) for n in nodes if isinstance(n, ast.Call)}
    for node in nodes:
        if isinstance(node, ast.Name) and id(node) not in callees:
            names.add(node.id)
    return Formula(text.strip(), tree, frozenset(names))


def _eval(node: ast.expr, values: Mapping[str, float | None]) -> float:
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        value = values.get(node.id)
        return math.nan if value is None else float(value)
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)](_eval(node.left, values), _eval(node.right, values))
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](_eval(node.operand, values))
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name)
        return float(FUNCTIONS[node.func.id][0](*(_eval(a, values) for a in node.args)))
    raise FormulaError(f"{type(node).__name__} is not allowed")  # unreachable after parse_formula
