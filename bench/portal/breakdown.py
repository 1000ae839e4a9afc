#!/usr/bin/env python3
"""Splits the busy time of a dotnet-trace sampled thread-time trace (converted to speedscope JSON) by part of the
client page: each busy stretch goes to the innermost frame of the stack that names a part; waits are left out.
Usage: bench/portal/breakdown.py trace.speedscope.json"""
import json
import re
import sys

# Innermost match wins, so a part's own database reads count as that part, not as "other".
PARTS = [
    ("audit: begin and finish the client read", r"ClientReadAudit"),
    ("API key: hash and look up", r"ApiKeyAuthenticationHandler|PortalApiKeys"),
    ("report list: manifests", r"ReportManifest"),
    ("report list: run inputs (content and quotes)", r"ReportRunLog.*(LoadAsync|FindInputs|QuotesAsync)"),
    ("report list: run place", r"ReportRunLog.*FindPlace"),
    ("report list: the rest", r"ClientReportReader.*(ListAsync|CurrentManifest)"),
    ("heat map: post range", r"GetPostRangeAsync"),
    ("heat map: generation, client, slice", r"HeatMapCube|ClientRegistry|ClientHeatMapReader|HeatMapRelease|HeatMapBuilder"),
    ("excerpts", r"CellExcerpts"),
    ("antiforgery token", r"Antiforgery"),
    ("Razor render (page and layout)", r"Areas_Portal_Pages_|RazorView|ViewBuffer|TagHelper"),
    ("authorization and tenant check", r"ClientTenantHandler|RefusalAuditingResultHandler|AuthorizationMiddleware"),
    ("response write (Kestrel)", r"HttpResponseStream|Http1OutputProducer|HttpProtocol.Write"),
]
# The converter ends each stack with CPU_TIME (managed code running) or UNMANAGED_CODE_TIME (native: a wait, or
# SQLite's own engine); native time counts as busy only under SQLite's provider.
SQLITE_NATIVE = re.compile(r"SQLitePCL")


def is_busy(names, stack):
    leaf = names[stack[-1]]
    return leaf == "CPU_TIME" or (leaf == "UNMANAGED_CODE_TIME" and any(SQLITE_NATIVE.search(names[f]) for f in stack))


def main(path):
    data = json.load(open(path))
    names = [f["name"] for f in data["shared"]["frames"]]
    compiled = [(label, re.compile(rx)) for label, rx in PARTS]
    part_of_frame = {}
    for i, name in enumerate(names):
        part_of_frame[i] = next((label for label, rx in compiled if rx.search(name)), None)
    totals = {label: 0.0 for label, _ in PARTS}
    other = busy = 0.0
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if stack and last is not None and is_busy(names, stack):
                span = at - last
                busy += span
                part = next((part_of_frame[f] for f in reversed(stack) if part_of_frame[f]), None)
                if part:
                    totals[part] += span
                else:
                    other += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    print(f"busy thread time {busy / 1000:.1f} s (managed code on CPU and SQLite's native engine; waits left out)")
    for label, value in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{100 * value / busy:5.1f}%  {label}")
    print(f"{100 * other / busy:5.1f}%  other (hosting, middleware, thread pool, runtime)")


if __name__ == "__main__":
    main(sys.argv[1])
