#pragma once
// How a script gets to run: pip running setup.py (and the command classes handed to setup(cmdclass=...)), an import
// of the package (__init__.py), or every interpreter start (*.pth).
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mph::app {

enum class TriggerKind { Install, Import, InterpreterStart, Unknown };

struct Trigger {
    TriggerKind kind = TriggerKind::Unknown;
    QStringList commands; // setup(cmdclass=...) keys found in the script ("install", "develop", ...)
    QString module;       // for imports: the package whose __init__.py runs ("foo" for "foo/__init__.py")
};

// From the script's path inside the package, its scope key ("install" / "import") and its text.
Trigger triggerOf(const QString &scriptPath, const QString &scope, const QByteArray &text);

// One English sentence for an OSV record.
QString triggerSentence(const Trigger &trigger, const QString &scriptPath);
// Translated short description for reports ("Runs at install: pip executes setup.py").
QString triggerLabel(const Trigger &trigger);

} // namespace mph::app
