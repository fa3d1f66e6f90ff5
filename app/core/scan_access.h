#pragma once
// Small read-only helpers over an engine ScanResult, shared by the models and the widgets.
#include "pipeline/scan.h"

#include <QMetaType>
#include <QString>

#include <memory>

namespace mph::app {

using ScanPtr = std::shared_ptr<const ScanResult>;

inline const Package &packageOfEntry(const ScanResult &scan, std::uint32_t entry) {
    return scan.packages[scan.scripts[entry].package];
}
inline const Script &scriptOfEntry(const ScanResult &scan, std::uint32_t entry) {
    const ScriptEntry &e = scan.scripts[entry];
    return scan.packages[e.package].scripts[e.script];
}
inline Role roleOfEntry(const ScanResult &scan, std::uint32_t entry) {
    return scan.packageRoles[scan.scripts[entry].package];
}

// Identity of a script across runs: package source and the script's path inside it.
QString scriptKey(const ScanResult &scan, std::uint32_t entry);
// "name version: path", for titles and combo boxes.
QString scriptTitle(const ScanResult &scan, std::uint32_t entry);

QString roleLabel(Role role);    // translated
QString scopeLabel(Scope scope); // translated
QString scopeKey(Scope scope);   // "install" / "import", for files

// Engine strings are bytes, usually UTF-8; invalid sequences become U+FFFD.
inline QString fromBytes(const std::string &bytes) {
    return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace mph::app

Q_DECLARE_METATYPE(mph::app::ScanPtr)
