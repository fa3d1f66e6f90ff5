#pragma once
// PyPI package names as OSV and purl want them.
#include <QString>

namespace mph::app {

// PEP 503 normalisation: lowercase, every run of '-', '_' and '.' becomes a single '-'.
QString normalizePypiName(const QString &name);

// "pkg:pypi/<normalised name>" (no version: an OSV package names every version).
QString pypiPurl(const QString &name);

// PyPI's page of one release: https://pypi.org/project/<normalised name>/<version>/
QString pypiReleaseUrl(const QString &name, const QString &version);

} // namespace mph::app
