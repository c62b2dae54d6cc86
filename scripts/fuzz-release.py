#!/usr/bin/env python3
"""Fuzzes the release binary with newly generated inputs of three kinds and counts what went wrong.

    scripts/fuzz-release.py [--binary .build/release/trenazher] [--count N] [--seed S]
                            [--kinds transcripts,scenarios,content] [--timeout SECONDS] [--jobs J]

Kinds (each input is made fresh from the seed by mutating the bundled files and by writing values
chosen to hit the edges: huge and non-finite numbers, control characters, unbalanced brackets and
quotes, unknown names, long lines, CRLF line ends, mixed scripts):

- transcripts: `trenazher play SCENARIO --transcript FILE --format json` on a mutated evaluation
  transcript or a generated one;
- scenarios:   `trenazher scenarios check FILE` on a mutated bundled scenario file;
- content:     `trenazher scenarios list --content DIR` on a copy of Content/ with one file mutated
  (it loads and validates the whole of Content/, as every command does).

An input fails when the process crashes (a signal, or an exit status other than 0, 1 and 2), runs
longer than the timeout (a hang), or is refused (exit status 2) with any line of output that is not a
one-line message: every line of a refusal must start with the input's `file:` (its folder for
Content), and nothing else may be printed (no usage text, no backtrace). Every failing input is kept under
the output folder with the command that ran it. Exits 1 when any input failed.

`make fuzz` runs it with the defaults (10,000 inputs of each kind); it is not part of `make test`.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EDGE_VALUES = [
    "9223372036854775807", "-9223372036854775808", "1e300", "-1e300", "inf", "-inf", "nan", ".nan", "1e-320",
    "0", "-1", "4611686018427387904", "18446744073709551616", "00000000000000000001", "0x7fffffffffffffff",
    "101", "1.5", "-0", "+1", "1_000", "１２", "٣",
]
EDGE_TEXTS = [
    "", " ", "\t", "{", "}", "{nope}", "{address_as}", "[", "]", "[+", "[+ s]", "'", '"', "#", " #", ":", "- ", "~", "~999999999999",
    "!", "/", "/lookup", "/ticket", "/kb", "/docs", "/callback 99:99", "/hold", "/nope", "/", "\\", "&anchor", "*alias", "!!int", "|", ">",
    "\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u200b", "\u202e", "\ufeff", "\ud7ff", "\U0001F600", "e\u0301", "\u212a",
    "Київ", "ґґґґ", "ПРИВІТ", "ты", "ти", "2 грудн", "31 лютого", "25:61", "312,40 грн", "5 робочих днів", "2026-13-01", "yes", "null",
    "Добрий день", "До побачення", "met", "violated", "visit", "phone", "hotline", "written",
]
ACTIONS = ["/lookup ПР-1147", "/lookup 20417385", "/ticket", "/kb строк", "/docs", "/hold", "/callback 14:00", "/hint", "/quit"]


def mutate_text(text, rng, lines_only=False):
    """A few random edits of a text: lines deleted, duplicated, cut, or spliced with edge values."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        if not lines:
            lines = [""]
        index = rng.randrange(len(lines))
        choice = rng.random()
        if choice < 0.2:
            del lines[index]
        elif choice < 0.35:
            lines.insert(index, lines[rng.randrange(len(lines))])
        elif choice < 0.75:
            line = lines[index]
            position = rng.randint(0, len(line))
            value = rng.choice(EDGE_VALUES + EDGE_TEXTS)
            lines[index] = line[:position] + value + line[position + rng.randint(0, 6):]
        elif choice < 0.9 and not lines_only:
            line = lines[index]
            if ":" in line:
                key, _ = line.split(":", 1)
                lines[index] = key + ": " + rng.choice(EDGE_VALUES + EDGE_TEXTS)
        else:
            lines[index] = lines[index] * rng.randint(2, 200)
    joined = "\n".join(lines)
    if rng.random() < 0.05:
        joined = joined.replace("\n", "\r\n")
    return joined


def generated_transcript(rng):
    """A transcript written from scratch: turns, actions, time markers and interruptions at their edges."""
    lines = []
    for _ in range(rng.randint(0, 40)):
        kind = rng.random()
        if kind < 0.15:
            lines.append("[+%s s] %s" % (rng.choice(EDGE_VALUES), rng.choice(EDGE_TEXTS)))
        elif kind < 0.3:
            lines.append(rng.choice(ACTIONS) + rng.choice(["", " ", rng.choice(EDGE_TEXTS)]))
        elif kind < 0.4:
            lines.append("!" + rng.choice(EDGE_TEXTS))
        elif kind < 0.45:
            lines.append("#" + rng.choice(EDGE_TEXTS))
        else:
            words = [rng.choice(EDGE_TEXTS + ["Добрий", "день", "Вас", "назвіть", "номер", "рахунку", "дякую", "1 грудня", "о 14:00"])
                     for _ in range(rng.randint(1, 30))]
            lines.append(" ".join(words))
    return "\n".join(lines)


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def one_line_refusal(output, prefixes):
    """Whether every line of a refusal is one message that starts with one of `prefixes` (the input's
    `file:` or its folder), after the program's name when it leads the line."""
    lines = [line for line in output.split("\n") if line.strip()]
    if not lines:
        return False
    def message(line):
        return line[len("trenazher: "):] if line.startswith("trenazher: ") else line
    return all(any(message(line).startswith(prefix) for prefix in prefixes) for line in lines)


class Fuzzer:
    def __init__(self, arguments):
        self.binary = os.path.abspath(arguments.binary)
        self.timeout = arguments.timeout
        self.output = arguments.output
        self.failures = []
        scenarios = sorted(os.path.join(ROOT, "Scenarios", name) for name in os.listdir(os.path.join(ROOT, "Scenarios"))
                           if name.endswith(".yaml"))
        self.scenario_texts = [read(path) for path in scenarios]
        evaluation = os.path.join(ROOT, "Tests", "Evaluation")
        self.transcripts = []
        for folder, _, files in sorted(os.walk(evaluation)):
            scenario = os.path.basename(folder)
            if not os.path.exists(os.path.join(ROOT, "Scenarios", scenario + ".yaml")):
                continue
            for name in sorted(files):
                if name.endswith(".txt"):
                    self.transcripts.append((scenario, read(os.path.join(folder, name))))
        self.content_files = []
        for folder, _, files in sorted(os.walk(os.path.join(ROOT, "Content"))):
            for name in sorted(files):
                if name.endswith(".yaml"):
                    path = os.path.join(folder, name)
                    self.content_files.append(os.path.relpath(path, os.path.join(ROOT, "Content")))

    def run(self, command, names, kind, index, work):
        """Runs one input; returns the failure's kind or None."""
        try:
            result = subprocess.run(command, capture_output=True, timeout=self.timeout, cwd=work)
        except subprocess.TimeoutExpired:
            return "hang"
        status = result.returncode
        if status < 0 or status not in (0, 1, 2):
            return "crash (status %d)" % status
        if status == 2:
            output = (result.stderr + result.stdout).decode("utf-8", "replace")
            if not one_line_refusal(output, names):
                return "refusal not one line per problem"
        return None

    def keep(self, kind, index, reason, work, command):
        folder = os.path.join(self.output, "%s-%05d" % (kind, index))
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(work, folder, symlinks=True)
        with open(os.path.join(folder, "COMMAND"), "w", encoding="utf-8") as handle:
            handle.write(reason + "\n" + " ".join(command) + "\n")
        self.failures.append((kind, index, reason))

    def transcript(self, seed, index):
        rng = random.Random("%d-transcript-%d" % (seed, index))
        if self.transcripts and rng.random() < 0.7:
            scenario, text = rng.choice(self.transcripts)
            text = mutate_text(text, rng, lines_only=True)
        else:
            scenario = rng.choice(self.transcripts)[0] if self.transcripts else "hotline-account-no-id"
            text = generated_transcript(rng)
        work = tempfile.mkdtemp(prefix="fuzz-")
        try:
            with open(os.path.join(work, "t.txt"), "w", encoding="utf-8", errors="surrogatepass", newline="") as handle:
                handle.write(text)
            command = [self.binary, "play", scenario, "--transcript", "t.txt", "--name", "Олена", "--format", "json",
                       "--content", os.path.join(ROOT, "Content"), "--scenarios", os.path.join(ROOT, "Scenarios")]
            reason = self.run(command, ["t.txt:"], "transcript", index, work)
            if reason:
                self.keep("transcript", index, reason, work, command)
            return reason
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def scenario(self, seed, index):
        rng = random.Random("%d-scenario-%d" % (seed, index))
        text = mutate_text(rng.choice(self.scenario_texts), rng)
        work = tempfile.mkdtemp(prefix="fuzz-")
        try:
            with open(os.path.join(work, "s.yaml"), "w", encoding="utf-8", errors="surrogatepass", newline="") as handle:
                handle.write(text)
            command = [self.binary, "scenarios", "check", "s.yaml", "--content", os.path.join(ROOT, "Content")]
            reason = self.run(command, ["s.yaml:"], "scenario", index, work)
            if reason:
                self.keep("scenario", index, reason, work, command)
            return reason
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def content(self, seed, index):
        rng = random.Random("%d-content-%d" % (seed, index))
        work = tempfile.mkdtemp(prefix="fuzz-")
        try:
            content = os.path.join(work, "Content")
            shutil.copytree(os.path.join(ROOT, "Content"), content)
            relative = rng.choice(self.content_files)
            path = os.path.join(content, relative)
            with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="") as handle:
                handle.write(mutate_text(read(os.path.join(ROOT, "Content", relative)), rng))
            command = [self.binary, "scenarios", "list", "--content", "Content", "--scenarios", os.path.join(ROOT, "Scenarios")]
            reason = self.run(command, ["Content/", content + "/", os.path.join(ROOT, "Scenarios") + "/"], "content", index, work)
            if reason:
                self.keep("content", index, reason, work, command)
            return reason
        finally:
            shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "trenazher"))
    parser.add_argument("--count", type=int, default=10_000, help="inputs of each kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="transcripts,scenarios,content")
    parser.add_argument("--timeout", type=float, default=30, help="seconds before an input counts as a hang")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--output", default=os.path.join(ROOT, ".build", "fuzz-failures"))
    arguments = parser.parse_args()
    if not os.access(arguments.binary, os.X_OK):
        print("fuzz: no binary at %s (build it: swift build -c release --product trenazher)" % arguments.binary, file=sys.stderr)
        return 2
    fuzzer = Fuzzer(arguments)
    runners = {"transcripts": fuzzer.transcript, "scenarios": fuzzer.scenario, "content": fuzzer.content}
    failed = False
    for kind in arguments.kinds.split(","):
        runner = runners.get(kind)
        if runner is None:
            print("fuzz: unknown kind '%s' (kinds: %s)" % (kind, ", ".join(runners)), file=sys.stderr)
            return 2
        with ThreadPoolExecutor(max_workers=arguments.jobs) as pool:
            reasons = list(pool.map(lambda index: runner(arguments.seed, index), range(arguments.count)))
        crashes = sum(1 for reason in reasons if reason and reason.startswith("crash"))
        hangs = sum(1 for reason in reasons if reason == "hang")
        refusals = sum(1 for reason in reasons if reason and reason.startswith("refusal"))
        print("fuzz %s: %d inputs (seed %d): %d crashes, %d hangs, %d refusals not one line per problem"
              % (kind, arguments.count, arguments.seed, crashes, hangs, refusals))
        failed = failed or crashes or hangs or refusals
    if failed:
        print("fuzz: failing inputs kept in %s" % arguments.output)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
