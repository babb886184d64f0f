"""Validates JSON lines read from stdin against a JSON Schema (draft 2020-12).

Usage: python3 validate_facts.py SCHEMA_PATH < lines
Prints one verdict per input line: "ok", or "invalid: <reason>" (also for malformed JSON).
Patterns are evaluated with the 'regex' module because JSON Schema patterns may use Unicode
property escapes such as \\p{L}, which Python's 're' module lacks. Exit code 3 when a needed
module is missing, so the calling test can skip with that reason.
"""
import json
import sys

try:
    import jsonschema
    import regex
except ImportError as missing:  # the test skips on exit code 3
    print(f"missing python module: {missing.name}", file=sys.stderr)
    sys.exit(3)


def pattern_keyword(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    format_checker = jsonschema.FormatChecker()
    format_checker.checks("regex", raises=regex.error)(regex.compile)
    base = jsonschema.Draft202012Validator
    base.check_schema(schema, format_checker=format_checker)
    validator_class = jsonschema.validators.extend(base, {"pattern": pattern_keyword})
    validator = validator_class(schema)
    for line in sys.stdin.read().split("\n"):
        if not line.strip():
            continue
        try:
            instance = json.loads(line)
        except ValueError as error:
            print(f"invalid: malformed JSON: {error}")
            continue
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        print("ok" if not errors else "invalid: " + "; ".join(e.message for e in errors))


if __name__ == "__main__":
    main()
