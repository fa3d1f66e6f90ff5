import fnmatch
import os
import posixpath


def _walk(root, exclude):
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            if not any(fnmatch.fnmatch(rel, pattern) for pattern in exclude):
                yield path, rel


def mirror(sftp, local_root, remote_root, exclude=(), dry_run=False):
    """Upload every file under local_root to remote_root over an open paramiko SFTP client."""
    copied = []
    for path, rel in _walk(local_root, exclude):
        target = posixpath.join(remote_root, rel)
        if not dry_run:
            sftp.put(path, target)
        copied.append(target)
    return copied
