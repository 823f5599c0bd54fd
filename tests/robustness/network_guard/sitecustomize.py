"""Test-only: loaded by every Python process started with this folder on
PYTHONPATH (the refresh, dbt, the parse and extract workers). Any connection
or name lookup beyond loopback is refused and written to $NETWORK_GUARD_LOG,
so a test can assert that an offline refresh contacted nothing."""
import errno
import ipaddress
import os
import socket
import traceback

_LOG = os.environ.get("NETWORK_GUARD_LOG")
_LOCAL_NAMES = {None, "", "localhost", "localhost.localdomain"}


def _is_loopback(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode()
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _refuse(what: str):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"pid {os.getpid()}: {what}\n{''.join(traceback.format_stack(limit=12))}\n")
    raise OSError(errno.ENETUNREACH, f"network guard: {what} refused")


_connect, _connect_ex, _getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo


def _guarded(method):
    def guarded(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address[0]):
            _refuse(f"connect to {address}")
        return method(self, address)
    return guarded


def _guarded_getaddrinfo(host, *args, **kwargs):
    if not _is_loopback(host):
        _refuse(f"name lookup of {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded(_connect)
socket.socket.connect_ex = _guarded(_connect_ex)
socket.getaddrinfo = _guarded_getaddrinfo
