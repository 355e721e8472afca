"""The long proofs. `prove.py [crash|two-servers|hostile|all] [sqlite|postgres]`: the preflight,
then every part on every database it applies to unless named, then a summary table; exit 1 if
any proof failed.

Environment: CELLULITE_BIN (the server), ROUNDS (crash rounds per database; default 10 on SQLite,
5 on PostgreSQL), RACE_ATTEMPTS (simultaneous starts on an empty PostgreSQL, default 3),
UPLOAD_ITERATIONS (rounds of each abusive upload per client, default 2), PROOF_SEED (the random
kill moments and orders), KEEP=1 (leave the work directories)."""

import importlib
import os
import random
import sys
import traceback

import preflight
from databases import KINDS
from harness import Workspace
from report import Report

# part -> the proof modules it runs (each has run(ws, report, kind, rng)), with their databases
PARTS = {
    "crash": [("crash_rounds", KINDS)],
    "two-servers": [("two_servers", ("postgres",))],
    "hostile": [("hostile_flood", KINDS), ("upload_abuse", KINDS)],
}


def main(argv: list[str]) -> int:
    part = argv[0] if argv else "all"
    kinds = argv[1:] or list(KINDS)
    if part not in (*PARTS, "all") or not set(kinds) <= set(KINDS):
        print(__doc__)
        return 2
    seed = int(os.environ.get("PROOF_SEED", random.randrange(10**6)))
    print(f"cellulite: {os.environ.get('CELLULITE_BIN')}\nPROOF_SEED={seed}")
    rng = random.Random(seed)
    report = Report()
    ws = Workspace()
    try:
        try:
            preflight.run(ws, report)
        except Exception as error:
            traceback.print_exc()
            report.error("preflight could not finish", error)
        for name in (PARTS if part == "all" else [part]):
            for module, applies_to in PARTS[name]:
                for kind in (k for k in kinds if k in applies_to):
                    try:
                        importlib.import_module(module).run(ws, report, kind, rng)
                    except KeyboardInterrupt:
                        raise
                    except Exception as error:
                        traceback.print_exc()
                        report.error(f"{module} could not finish", error)
    except KeyboardInterrupt:
        print("\ninterrupted: cleaning up")
        report.check("run completed", False, "interrupted")
    finally:
        ws.close()
    report.summary()
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
