#!/usr/bin/env python3
"""Logs the benchmark portal users in through the real two-step login (password, then a TOTP code
computed from the user's known secret) and prints one JSESSIONID per line.

Usage: portal-login.py BASE_URL COUNT
The users are the benchmark-only set of the demo data (selfcare.demo.bench-users): their login IDs
and secrets follow DemoLogins.benchLogin / benchTotpSecret.
"""
import base64
import hashlib
import hmac
import http.cookiejar
import re
import struct
import sys
import time
import urllib.parse
import urllib.request


def secret(i):
    return base64.b32encode(("selfcare-bench-%03d--" % i).encode()).decode().rstrip("=")


def totp(b32, at=None):
    key = base64.b32decode(b32 + "=" * (-len(b32) % 8))
    counter = int((at or time.time()) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 15
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000
    return "%06d" % code


def form_fields(page):
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)
    nonce = re.search(r"PrimeFaces.csp.init\('([^']*)'\)", page)
    return state, nonce.group(1) if nonce else ""


def login(base, i):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/portal/login.xhtml").read().decode()
    state, nonce = form_fields(page)
    data = {
        "login": "login",
        "login:loginId": "bench-%03d@sample-shoji.example" % i,
        "login:password": "Demo-pass1",
        "login:submit": "",
        "jakarta.faces.ViewState": state,
        "primefaces.nonce": nonce,
    }
    page = opener.open(base + "/portal/login.xhtml", urllib.parse.urlencode(data).encode()).read().decode()
    if "second:code" not in page:
        raise SystemExit("user %d: no second step after the password" % i)
    state, nonce = form_fields(page)
    data = {
        "second": "second",
        "second:code": totp(secret(i)),
        "second:submit": "",
        "jakarta.faces.ViewState": state,
        "primefaces.nonce": nonce,
    }
    page = opener.open(base + "/portal/second.xhtml", urllib.parse.urlencode(data).encode()).read().decode()
    if 'id="welcome"' not in page:
        raise SystemExit("user %d: the dashboard did not open after the code" % i)
    return next(c.value for c in jar if c.name == "JSESSIONID")


if __name__ == "__main__":
    base, count = sys.argv[1], int(sys.argv[2])
    for i in range(1, count + 1):
        print(login(base, i), flush=True)
