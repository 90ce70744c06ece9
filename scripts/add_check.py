#!/usr/bin/env python3
"""Adds the skeleton of a new check.

Usage: scripts/add_check.py ID [--relation NAME]

  ID        the rule id, kebab-case: average-per-period
  NAME      the relation's type name (default: ID in CamelCase)

Copies scripts/check_skeleton/ to src/checks/<id_with_underscores>/ (mod.rs,
find.rs, cues.txt), filling in the id and the relation's name, and adds the
folder's name to the list of checks in src/checks/mod.rs. The result builds
and its TODOs say what to write; CONTRIBUTING.md walks through the rest
(the README's rule table, the roles, a fixture and its snapshot).
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKELETON = ROOT / "scripts" / "check_skeleton"
CHECKS = ROOT / "src" / "checks"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("id")
    parser.add_argument("--relation")
    args = parser.parse_args()
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", args.id):
        print(f"add_check: {args.id!r} is not a kebab-case id such as average-per-period", file=sys.stderr)
        return 2
    module = args.id.replace("-", "_")
    relation = args.relation or "".join(part.capitalize() for part in args.id.split("-"))
    folder = CHECKS / module
    if folder.exists():
        print(f"add_check: {folder.relative_to(ROOT)} already exists", file=sys.stderr)
        return 2

    registry = CHECKS / "mod.rs"
    text = registry.read_text()
    listed = re.search(r"checks! \{\n((?:    \w+,\n)*)\}", text)
    if not listed:
        print("add_check: no `checks! { ... }` list in src/checks/mod.rs", file=sys.stderr)
        return 2

    folder.mkdir()
    for template in sorted(SKELETON.iterdir()):
        body = template.read_text().replace("{{id}}", args.id).replace("{{Relation}}", relation)
        body = body.replace("{{MODULE}}", module.upper())
        (folder / template.name).write_text(body)
    registry.write_text(text[: listed.end(1)] + f"    {module},\n" + text[listed.end(1) :])
    print(f"added src/checks/{module}/ (mod.rs, find.rs, cues.txt) and `{module}` to the list in src/checks/mod.rs")
    print("next: CONTRIBUTING.md, 'Adding a check', from step 2")
    return 0


if __name__ == "__main__":
    sys.exit(main())
