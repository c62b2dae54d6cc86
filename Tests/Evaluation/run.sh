#!/usr/bin/env bash
# Plays every evaluation transcript through the grader and compares its verdicts with the expert
# verdicts written in each file's `# expect:` header lines.
#
# Usage: Tests/Evaluation/run.sh [SCENARIO-ID...]
#        EVALUATION_DIR=Tests/Evaluation/held-out Tests/Evaluation/run.sh
#   The trainee's own first name (`--name`, which HOT-GREET and PHN-GREET look for) is «Олена» unless
#   the file says otherwise in a `# trainee: NAME` line.
#   (build first: swift build --product trenazher)
#
# Prints per-Standard agreement, recall of violations (expert violated/missed -> grader
# violated/missed), confirmation of met (expert met -> grader met), balanced agreement (their
# mean), exemplary conversations (expert passed=true) failed on a critical Standard, every disagreement with the
# grader's evidence and note, and a final line "N agreed, M disagreed".
# It is a measurement, not a gate: it always exits 0.

set -u
script_dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$script_dir/../.." && pwd)"
# EVALUATION_DIR measures another folder of the same layout (the held-out set: Tests/Evaluation/held-out).
here="${EVALUATION_DIR:-$script_dir}"
binary="${TRENAZHER:-$root/.build/debug/trenazher}"

if [ ! -x "$binary" ]; then
    echo "grader not built: $binary (run: swift build --product trenazher)"
    echo "0 agreed, 0 disagreed"
    exit 0
fi

python3 - "$binary" "$here" "$@" <<'PYTHON'
import glob, json, os, re, subprocess, sys
from collections import defaultdict

binary, here, only = sys.argv[1], sys.argv[2], sys.argv[3:]
FAULT = {"violated", "missed"}

def expectations(path):
    """The `# expect:` key=value pairs of one transcript file."""
    expected = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# expect:"):
                for key, value in re.findall(r"(\S+)=(\S+)", line[len("# expect:"):]):
                    expected[key] = value
    return expected

def trainee_name(path):
    """The trainee's own first name: the file's `# trainee: NAME` line, else «Олена»."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# trainee:"):
                return line[len("# trainee:"):].strip() or "Олена"
    return "Олена"

def play(scenario, path):
    """Runs the grader on one transcript; returns (json, error text)."""
    result = subprocess.run(
        [binary, "play", scenario, "--transcript", path, "--name", trainee_name(path), "--format", "json"],
        capture_output=True, text=True)
    if result.returncode != 0:
        return None, (result.stderr.strip() or f"exit status {result.returncode}")
    try:
        return json.loads(result.stdout), None
    except json.JSONDecodeError as error:
        return None, f"output is not JSON: {error}"

per_item = defaultdict(lambda: [0, 0])          # id -> [agreed, total]
recall = [0, 0]                                 # expert fault -> grader fault
confirm = [0, 0]                                # expert met -> grader met
agreed = disagreed = 0
disagreements = []                              # (file, id, expected, got, evidence, note)
critical = []                                   # exemplary conversations failed on a critical Standard

scenarios = sorted(d for d in os.listdir(here) if os.path.isdir(os.path.join(here, d)))
for scenario in scenarios:
    if only and scenario not in only:
        continue
    for path in sorted(glob.glob(os.path.join(here, scenario, "*.txt"))):
        name = os.path.relpath(path, here)
        expected = expectations(path)
        if not expected:
            continue
        report, error = play(scenario, path)
        if report is None:
            for key, value in expected.items():
                per_item[key][1] += 1
                disagreed += 1
                disagreements.append((name, key, value, "ERROR", error, ""))
            continue
        verdicts = {item["id"]: item for item in report.get("standards", [])}
        if expected.get("passed") == "true":
            for item in verdicts.values():
                if item.get("severity") == "critical" and item.get("verdict") in FAULT:
                    critical.append(f"{name} {item['id']}: {item['verdict']} {item.get('evidence', '') or ''}")
        for key, value in expected.items():
            if key == "passed":
                got = str(report.get("passed")).lower()
                evidence, note = f"score {report.get('score')}", ""
            else:
                item = verdicts.get(key, {})
                got = item.get("verdict", "absent")
                evidence = item.get("evidence", "") or ""
                turn = item.get("turn")
                if turn is not None and evidence:
                    evidence = f"turn {turn}: {evidence}"
                note = item.get("note", "") or ""
                if value in FAULT:
                    recall[1] += 1
                    recall[0] += got in FAULT
                elif value == "met":
                    confirm[1] += 1
                    confirm[0] += got == "met"
            per_item[key][1] += 1
            if got == value:
                per_item[key][0] += 1
                agreed += 1
            else:
                disagreed += 1
                disagreements.append((name, key, value, got, evidence, note))

def share(pair):
    return f"{pair[0]}/{pair[1]}" + (f" ({100 * pair[0] // pair[1]}%)" if pair[1] else "")

print("Per-Standard agreement (exact verdict):")
for key in sorted(per_item, key=lambda k: (k == "passed", k)):
    print(f"  {key:18} {share(per_item[key])}")
print()
print(f"Recall of violations (expert violated/missed -> grader violated/missed): {share(recall)}")
print(f"Confirmation of met (expert met -> grader met): {share(confirm)}")
if recall[1] and confirm[1]:
    print(f"Balanced agreement (mean of the two): {50 * (recall[0] / recall[1] + confirm[0] / confirm[1]):.1f}%")
if critical:
    print("Exemplary conversations (expert passed=true) failed on a critical Standard:")
    for line in critical:
        print(f"  - {line}")
else:
    print("Exemplary conversations failed on a critical Standard: none")
print()
if disagreements:
    print("Disagreements:")
    for name, key, value, got, evidence, note in disagreements:
        kind = " [fault caught, kind differs]" if value in FAULT and got in FAULT else ""
        print(f"- {name}  {key}: expected {value}, got {got}{kind}")
        if evidence:
            print(f"    evidence: {evidence}")
        if note:
            print(f"    note: {note}")
    print()
print(f"{agreed} agreed, {disagreed} disagreed")
PYTHON
exit 0
