#!/usr/bin/env python3
"""Validates Open Badges 3.0 credentials against the 1EdTech AchievementCredential JSON Schema
(Tests/LinkedDataVectors/ob-schema/, see its README for the source and the VC 2.0 adaptations).

Usage: check-badge-schema.py [BADGE.json …]   (default: the sample badge the program writes,
Tests/LinkedDataVectors/badge/badge.json). Exit 0 when every badge conforms, 1 otherwise (each
violation printed with its path), 2 when jsonschema is missing or a file cannot be read.

It also proves it can fail: the sample badge with a required member removed, with `proof` not a
proof object or array, and with an unknown identity type must each be rejected (`--self-test`, which
`make test` runs together with the sample check).
"""
import copy
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "Tests/LinkedDataVectors/ob-schema/ob_v3p0_achievementcredential_schema.json"
SAMPLE = ROOT / "Tests/LinkedDataVectors/badge/badge.json"

try:
    import jsonschema
except ImportError:
    print("check-badge-schema: the Python package jsonschema is missing (make deps-test installs python3-jsonschema)")
    sys.exit(2)


def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=jsonschema.FormatChecker())


def violations(check, badge):
    return [f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}" for error in check.iter_errors(badge)]


def self_test(check, sample):
    broken = {
        "no validFrom": lambda b: b.pop("validFrom"),
        "no credentialSubject.achievement": lambda b: b["credentialSubject"].pop("achievement"),
        "proof is a string": lambda b: b.__setitem__("proof", "z3abc"),
        "unknown identity type": lambda b: b["credentialSubject"]["identifier"][0].__setitem__("identityType", "nickname"),
        "issuer without id": lambda b: b["issuer"].pop("id"),
    }
    failures = 0
    for name, damage in broken.items():
        badge = copy.deepcopy(sample)
        damage(badge)
        if not violations(check, badge):
            print(f"check-badge-schema: self-test FAILED: a badge with {name} passed the schema")
            failures += 1
    return failures


def main(arguments):
    check = validator()
    testing = "--self-test" in arguments
    paths = [pathlib.Path(a) for a in arguments if a != "--self-test"] or [SAMPLE]
    failures = 0
    for path in paths:
        try:
            badge = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"{path}:1: cannot read the badge: {error}")
            return 2
        found = violations(check, badge)
        for line in found:
            print(f"{path}: {line}")
        print(f"{path}: {'conforms to' if not found else 'VIOLATES'} the 1EdTech OB 3.0 AchievementCredential schema")
        failures += 1 if found else 0
        if testing:
            failures += self_test(check, badge)
    if testing and not failures:
        print("check-badge-schema: every damaged badge was rejected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
