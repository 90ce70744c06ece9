#!/usr/bin/env python3
"""Lists the functions and files of the Rust sources that are too long to read.

Usage: scripts/long-code.py [--max-fn 80] [--max-file 800] [DIR ...]

  DIR         folders or .rs files to look at (default: src)
  --max-fn    the most lines a function may have, from the line of `fn` to
              its closing brace (default 80)
  --max-file  the most lines a file may have (default 800)

Prints one line per function or file over its limit, longest first, as
`path:line  N lines  fn name` (test functions are marked `(test)`), and
exits 1 if there was any, 0 if none. The layout rule it holds: no function
over 80 lines in src/, no file over 800 (CONTRIBUTING.md).

Rust is read just far enough to find function bodies: comments, strings
(raw ones too), char literals and lifetimes are stepped over, and a `fn`
ends at the brace that closes its body; a `fn` without a body (in a trait)
is no function here.
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def code_tokens(text):
    """Yields (offset, token) for identifiers and the punctuation `{ } ;`,
    skipping comments, strings and char literals."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif raw := re.match(r"b?r(#*)\"", text[i : i + 300]):
            if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
                # `r` or `br` ending an identifier (`for"` does not occur).
                i += 1
                continue
            close = '"' + raw.group(1)
            end = text.find(close, i + raw.end())
            i = n if end < 0 else end + len(close)
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
        elif c == "'":
            # A char literal ('a', '\n', '\u{2019}') or a lifetime ('a).
            if text.startswith("\\", i + 1):
                end = text.find("'", i + 2)
                i = n if end < 0 else end + 1
            elif i + 2 < n and text[i + 2] == "'":
                i += 3
            else:
                i += 1
        elif c in "{};":
            yield i, c
            i += 1
        elif m := IDENT.match(text, i):
            yield i, m.group(0)
            i = m.end()
        else:
            i += 1


def functions(text):
    """Yields (name, first line, last line, is a test) for each function
    with a body."""
    tokens = list(code_tokens(text))
    line_of = lambda offset: text.count("\n", 0, offset) + 1  # noqa: E731
    for k, (offset, token) in enumerate(tokens):
        if token != "fn" or k + 1 >= len(tokens) or not IDENT.fullmatch(tokens[k + 1][1]):
            continue
        name = tokens[k + 1][1]
        # The body opens at the first `{` after the signature; a `;` first
        # means a declaration without one.
        j = k + 2
        while j < len(tokens) and tokens[j][1] not in "{;":
            j += 1
        if j >= len(tokens) or tokens[j][1] == ";":
            continue
        depth = 0
        for close in range(j, len(tokens)):
            if tokens[close][1] == "{":
                depth += 1
            elif tokens[close][1] == "}":
                depth -= 1
                if depth == 0:
                    break
        # A test: `#[test]` among the few lines just above its `fn`.
        is_test = "#[test]" in "\n".join(text[:offset].split("\n")[-4:])
        yield name, line_of(offset), line_of(tokens[close][0]), is_test


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="*", default=["src"])
    parser.add_argument("--max-fn", type=int, default=80)
    parser.add_argument("--max-file", type=int, default=80 * 10)
    args = parser.parse_args()
    files = []
    for d in args.dirs:
        p = pathlib.Path(d)
        p = p if p.is_absolute() else pathlib.Path.cwd() / p
        files += [p] if p.is_file() else sorted(p.rglob("*.rs"))
    long_files, long_fns = [], []
    for path in files:
        text = path.read_text()
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        lines = text.count("\n") + (not text.endswith("\n"))
        if lines > args.max_file:
            long_files.append((lines, f"{shown}", ""))
        for name, first, last, is_test in functions(text):
            length = last - first + 1
            if length > args.max_fn:
                long_fns.append((length, f"{shown}:{first}", f"fn {name}" + (" (test)" if is_test else "")))
    for title, rows in [(f"files over {args.max_file} lines", long_files), (f"functions over {args.max_fn} lines", long_fns)]:
        print(f"{title}: {len(rows)}")
        for length, where, what in sorted(rows, key=lambda r: (-r[0], r[1])):
            print(f"  {where}  {length} lines  {what}".rstrip())
    return 1 if long_files or long_fns else 0


if __name__ == "__main__":
    sys.exit(main())
