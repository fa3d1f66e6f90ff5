#include "scan_access.h"

#include <QCoreApplication>

namespace mph::app {

QString scriptKey(const ScanResult &scan, std::uint32_t entry) {
    return fromBytes(packageOfEntry(scan, entry).source) + QLatin1Char('|') +
           fromBytes(scriptOfEntry(scan, entry).path);
}

QString scriptTitle(const ScanResult &scan, std::uint32_t entry) {
    const Package &package = packageOfEntry(scan, entry);
    return QStringLiteral("%1 %2: %3")
        .arg(fromBytes(package.name), fromBytes(package.version), fromBytes(scriptOfEntry(scan, entry).path));
}

QString roleLabel(Role role) {
    switch (role) {
    case Role::Background:
        return QCoreApplication::translate("Role", "background");
    case Role::Batch:
        return QCoreApplication::translate("Role", "batch");
    case Role::Known:
        return QCoreApplication::translate("Role", "known");
    }
    return {};
}

QString scopeLabel(Scope scope) {
    return scope == Scope::Install ? QCoreApplication::translate("Scope", "install")
                                   : QCoreApplication::translate("Scope", "import");
}

QString scopeKey(Scope scope) {
    return scope == Scope::Install ? QStringLiteral("install") : QStringLiteral("import");
}

} // namespace mph::app
