#pragma once
// Icons by name: the project's PNG renderings in :/icons (from resources/icons; no QtSvg plugin needed), else a
// simple icon drawn here for names the icon set does not have yet.
#include <QIcon>

namespace mph::app {

QIcon workbenchIcon(const QString &name); // "run", "cancel", "document-open", "next-call", ...
QIcon applicationIcon();

} // namespace mph::app
