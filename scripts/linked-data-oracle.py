#!/usr/bin/env python3
"""Re-derives, with independent tools, what the Swift tests compare against.

For each sample in Tests/LinkedDataVectors/badge/ (a signed certificate badge and a status list
credential, as the program writes them — ConformantBadgeTests checks that), this script:

  * canonicalises the document without its proof with pyld (JSON-LD 1.1 + RDFC-1.0 / URDNA2015),
    loading only the contexts bundled in Sources/TrenazherStore/LinkedData/Contexts (no network),
    and writes <name>.pyld.nq, which the Swift test compares with its own canonical form;
  * when the Python `cryptography` package is present, verifies the eddsa-rdfc-2022 proof the way a
    generic Data Integrity verifier does (pyld canonical forms of the proof options and the document,
    SHA-256 each, Ed25519 over both with the did:key public key) and exits 1 if it does not verify.

Needs pyld (pip install pyld; cryptography optional). Run from the repository root:
    python3 scripts/linked-data-oracle.py
"""
import copy
import hashlib
import json
import pathlib
import sys

from pyld import jsonld

ROOT = pathlib.Path(__file__).resolve().parent.parent
CONTEXTS = ROOT / "Sources/TrenazherStore/LinkedData/Contexts"
SAMPLES = ROOT / "Tests/LinkedDataVectors/badge"
BUNDLED = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-context-3.0.3.json",
    "https://www.w3.org/ns/credentials/examples/v2": "credentials-examples-v2.jsonld",
}
ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def load_document(url, options=None):
    if url not in BUNDLED:
        raise jsonld.JsonLdError("context not bundled: " + url, "loading document failed")
    return {"contextUrl": None, "documentUrl": url,
            "document": json.loads((CONTEXTS / BUNDLED[url]).read_text(encoding="utf-8"))}


def canonical(document):
    return jsonld.normalize(document, {"algorithm": "URDNA2015", "format": "application/n-quads",
                                       "documentLoader": load_document})


def base58_decode(text):
    number = 0
    for character in text:
        number = number * 58 + ALPHABET.index(character)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + raw


def verify_rdfc(document, proof):
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    except ImportError:
        print("  (cryptography not installed: signature not checked)")
        return True
    options = {key: value for key, value in proof.items() if key != "proofValue"}
    options["@context"] = document["@context"]
    unsecured = {key: value for key, value in document.items() if key != "proof"}
    data = hashlib.sha256(canonical(options).encode()).digest() + hashlib.sha256(canonical(unsecured).encode()).digest()
    did = proof["verificationMethod"].split("#")[0]
    public = base58_decode(did[len("did:key:z"):])
    assert public[:2] == b"\xed\x01", "not an Ed25519 did:key"
    try:
        Ed25519PublicKey.from_public_bytes(public[2:]).verify(base58_decode(proof["proofValue"][1:]), data)
        return True
    except Exception:
        return False


def main():
    failures = 0
    for name in ("badge", "status-list"):
        document = json.loads((SAMPLES / (name + ".json")).read_text(encoding="utf-8"))
        unsecured = copy.deepcopy(document)
        unsecured.pop("proof", None)
        (SAMPLES / (name + ".pyld.nq")).write_text(canonical(unsecured), encoding="utf-8")
        print(f"{name}: wrote {name}.pyld.nq")
        proofs = document.get("proof")
        for proof in proofs if isinstance(proofs, list) else [proofs] if proofs else []:
            if proof.get("cryptosuite") == "eddsa-rdfc-2022":
                good = verify_rdfc(document, proof)
                print(f"  eddsa-rdfc-2022 proof: {'valid' if good else 'INVALID'}")
                failures += 0 if good else 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
