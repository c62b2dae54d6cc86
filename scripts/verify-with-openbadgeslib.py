#!/usr/bin/env python3
"""Verifies certificates the way a third party would: with only the folder `trenazher hr publish` wrote and a
generic Open Badges 3.0 verifier that knows nothing of Trenazher — openbadgeslib (PyPI, LGPLv3; its `ldp`
extra verifies W3C Data Integrity `eddsa-rdfc-2022` proofs with pyld), pinned in requirements-verifier.txt
and installed by `make deps-test` into .build/badge-verifier/.

Usage: verify-with-openbadgeslib.py FOLDER HOSTED_AT CODE…

FOLDER is the published folder, HOSTED_AT the address it is served at (the `--base-url` HR recorded): every
address the credentials name under it is read from the folder, and nothing else is read. For each CODE,
`badges/CODE.json` is checked by openbadgeslib's OB3LdpVerifier: its eddsa-rdfc-2022 proof with the key of
the issuer's did:key (resolved offline, bound to the credential's issuer), the credential's validity window,
and its Bitstring Status List entry — the list fetched from the folder and its bit read by openbadgeslib. The
list's own Data Integrity proof is checked with openbadgeslib's verify_data_integrity_proof and the key of
its verification method, which must be the badge issuer's DID (openbadgeslib's own list-signature check
handles only lists signed as JWT). One line per code: `VALID CODE`, `REVOKED CODE: …`, `INVALID CODE: …`.
Exit 0 when every code is valid, 1 when one is revoked or invalid, 2 on bad usage or a missing verifier.
"""
import json
import pathlib
import sys

try:
    from openbadgeslib.ob3.did import resolve_verification_method
    from openbadgeslib.ob3.ldp import OB3LdpVerifier, verify_data_integrity_proof
    from openbadgeslib.ob3.verifier import OB3VerificationError
except ImportError as error:
    print(f"verify-with-openbadgeslib: openbadgeslib[ldp] is missing ({error}); `make deps-test` installs it")
    sys.exit(2)


def folder_reader(folder, hosted_at):
    """A download function that serves the addresses under HOSTED_AT from FOLDER, and refuses others."""
    prefix = hosted_at.rstrip("/") + "/"

    def download(url):
        if not url.startswith(prefix):
            raise OB3VerificationError(f"{url} is not in the published folder ({prefix})")
        relative = url[len(prefix):].split("#", 1)[0]
        path = (folder / relative).resolve()
        if folder.resolve() not in path.parents:
            raise OB3VerificationError(f"{url} leaves the published folder")
        return path.read_bytes()

    return download


def check_list_proof(badge, download):
    """The status list's own proof, made with the badge issuer's key."""
    issuer = badge["issuer"]["id"] if isinstance(badge.get("issuer"), dict) else badge.get("issuer")
    entries = badge.get("credentialStatus") or []
    for entry in entries if isinstance(entries, list) else [entries]:
        status_list = json.loads(download(entry["statusListCredential"]))
        list_issuer = status_list["issuer"]["id"] if isinstance(status_list.get("issuer"), dict) else status_list.get("issuer")
        if list_issuer != issuer:
            raise OB3VerificationError(f"the status list's issuer {list_issuer} is not the badge's {issuer}")
        proofs = status_list.get("proof")
        proofs = proofs if isinstance(proofs, list) else [proofs]
        methods = {p.get("verificationMethod") for p in proofs if isinstance(p, dict) and p.get("cryptosuite") == "eddsa-rdfc-2022"}
        if len(methods) != 1:
            raise OB3VerificationError("the status list has no single eddsa-rdfc-2022 proof")
        method = methods.pop()
        if method.partition("#")[0] != issuer:
            raise OB3VerificationError(f"the status list is signed by {method}, not by the issuer {issuer}")
        verify_data_integrity_proof(status_list, resolve_verification_method(method))


def main(arguments):
    if len(arguments) < 3:
        print(__doc__.strip().splitlines()[3])
        return 2
    folder, hosted_at, codes = pathlib.Path(arguments[0]), arguments[1], arguments[2:]
    download = folder_reader(folder, hosted_at)
    failures = 0
    for code in codes:
        try:
            badge = json.loads((folder / "badges" / f"{code}.json").read_text(encoding="utf-8"))
            if not badge.get("credentialStatus"):
                raise OB3VerificationError("the credential names no status list")
            check_list_proof(badge, download)
            OB3LdpVerifier().verify(badge, check_status=True, download=download, verify_status_list=False)
            print(f"VALID {code}")
        except OB3VerificationError as error:
            failures += 1
            word = "REVOKED" if "status 'revocation' is set" in str(error) else "INVALID"
            print(f"{word} {code}: {error}")
        except (OSError, ValueError, KeyError, TypeError) as error:
            failures += 1
            print(f"INVALID {code}: {type(error).__name__}: {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
