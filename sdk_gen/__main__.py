"""``python -m sdk_gen --url http://127.0.0.1:8000/openapi.json --out build/sdk``"""

from __future__ import annotations

import argparse
import sys
import time

from sdk_gen import LANGUAGES, SpecError, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sdk_gen",
                                     description="Generate Python, TypeScript and .NET (C#) SDKs from an OpenAPI 3 JSON document.")
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--url", help="where to GET the schema, e.g. http://127.0.0.1:8000/openapi.json")
    src.add_argument("--file", help="a saved OpenAPI JSON file")
    parser.add_argument("--out", required=True, help="output folder (gets python/, typescript/ and csharp/)")
    parser.add_argument("--lang", default=",".join(LANGUAGES),
                        help=f"comma-separated languages to write (default: {','.join(LANGUAGES)})")
    parser.add_argument("--python-package", default="llmworks_client", help="Python import name (default: %(default)s)")
    parser.add_argument("--ts-package", default="llmworks-client", help="npm package name (default: %(default)s)")
    parser.add_argument("--cs-namespace", default="Llmworks.Client",
                        help=".NET namespace, assembly and package id (default: %(default)s)")
    args = parser.parse_args(argv)

    languages = tuple(x.strip() for x in args.lang.split(",") if x.strip())
    unknown = [x for x in languages if x not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language(s) {', '.join(unknown)}; choose from {', '.join(LANGUAGES)}")
    started = time.perf_counter()
    try:
        written = generate(args.url or args.file, args.out, languages=languages,
                           python_package=args.python_package, ts_package=args.ts_package,
                           cs_namespace=args.cs_namespace)
    except (OSError, SpecError, ValueError) as exc:
        print(f"sdk_gen: {exc}", file=sys.stderr)
        return 1
    for lang, files in written.items():
        print(f"{lang}: {len(files)} files in {files[0].parent if files else args.out}")
    print(f"done in {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
