"""No test reaches the internet: only loopback addresses can be resolved or connected to.

tests/conftest.py puts this folder on PYTHONPATH, so Python loads this module at start-up in every
process the tests launch (the real `scrapy crawl`, Datasette, the demo) and imports it into the
test process itself. A forgotten `start_url`, the default portal or a real Wayback URL then fails
at once as an unresolvable host instead of sending a request to a real server.
"""

from __future__ import annotations

import errno
import ipaddress
import socket

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def _is_loopback(host) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port): the local wildcard, used to bind servers
    host = host.decode() if isinstance(host, bytes) else str(host)
    if host.lower() in LOOPBACK_NAMES or host == "":
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _refuse(host) -> OSError:
    return ConnectionRefusedError(errno.ECONNREFUSED, f"tests never reach the internet: {host!r} (tests/netguard)")


_getaddrinfo = socket.getaddrinfo
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def getaddrinfo(host, *args, **kwargs):
    if not _is_loopback(host):
        raise socket.gaierror(socket.EAI_NONAME, f"tests never resolve {host!r} (tests/netguard)")
    return _getaddrinfo(host, *args, **kwargs)


def _inet_host(sock, address):
    if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
        return address[0]
    return None  # Unix sockets and the like are local


def connect(self, address):
    host = _inet_host(self, address)
    if host is not None and not _is_loopback(host):
        raise _refuse(host)
    return _connect(self, address)


def connect_ex(self, address):
    host = _inet_host(self, address)
    if host is not None and not _is_loopback(host):
        return errno.ECONNREFUSED  # connect_ex reports errors as numbers (Twisted relies on it)
    return _connect_ex(self, address)


socket.getaddrinfo = getaddrinfo
socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
