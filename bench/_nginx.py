"""A throwaway nginx that serves a folder of saved pages, run from a temp dir
(its pid, logs and temp files stay there, /etc/nginx is never read)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from _processes import Group

CONFIG = """\
daemon off;
master_process on;
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/nginx-error.log warn;
{user}
events {{
    worker_connections 1024;
}}

http {{
    default_type text/html;
    charset utf-8;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;

    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{
            try_files $uri $uri/index.html =404;
        }}
    }}
}}
"""


def write_config(prefix: Path, root: Path, port: int, workers: int) -> Path:
    """Write nginx.conf into ``prefix`` serving ``root`` on 127.0.0.1:port and return its path."""
    # Run as root, nginx's workers become "nobody"; keep them as the current user
    # instead so they can read the saved pages in the (private) temp dir.
    user = "user root;" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(CONFIG.format(workers=workers, prefix=prefix, user=user, port=port, root=root))
    return conf


def start(prefix: Path, root: Path, port: int, workers: int, nice: int = 0) -> Group:
    """Start nginx serving ``root`` and return once it listens."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError("nginx is not installed: run `bash scripts/setup.sh` (it installs nginx-light)")
    conf = write_config(prefix, root, port, workers)
    group = Group("nginx", [binary, "-e", str(prefix / "nginx-error.log"), "-p", str(prefix), "-c", str(conf)],
                  prefix / "nginx.out", nice)
    group.wait_for_port(port, timeout=10)
    return group
