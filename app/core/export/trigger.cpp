#include "trigger.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mph::app {

namespace {

struct TriggerText {
    Q_DECLARE_TR_FUNCTIONS(TriggerText)
};

QString fileName(const QString &path) {
    return path.section(u'/', -1);
}

// Keys of a `cmdclass={...}` or `cmdclass=dict(...)` argument, or of a dictionary assigned to a name passed as
// cmdclass. Static text matching only: good enough to say which pip commands are overridden.
QStringList cmdclassCommands(const QString &text) {
    static const QStringList known{"install", "develop",     "egg_info",  "build_py",     "build_ext", "build",
                                   "sdist",   "bdist_wheel", "bdist_egg", "easy_install", "test"};
    QStringList found;
    if (!text.contains(QLatin1String("cmdclass"))) return found;
    static const QRegularExpression key(
        QStringLiteral(R"((?:['"]([a-z_]+)['"]\s*:)|(?:\b([a-z_]+)\s*=\s*[A-Za-z_][A-Za-z_0-9.]*\s*[,)]))"));
    for (auto it = key.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (known.contains(name) && !found.contains(name)) found.append(name);
    }
    return found;
}

} // namespace

Trigger triggerOf(const QString &scriptPath, const QString &scope, const QByteArray &text) {
    Trigger trigger;
    const QString name = fileName(scriptPath);
    if (name.endsWith(QLatin1String(".pth"), Qt::CaseInsensitive)) {
        trigger.kind = TriggerKind::InterpreterStart;
    } else if (name == QLatin1String("__init__.py") || scope == QLatin1String("import")) {
        trigger.kind = TriggerKind::Import;
        const QStringList parts = scriptPath.split(u'/', Qt::SkipEmptyParts);
        if (parts.size() >= 2) trigger.module = parts[parts.size() - 2];
    } else if (name == QLatin1String("setup.py") || scope == QLatin1String("install")) {
        trigger.kind = TriggerKind::Install;
        trigger.commands = cmdclassCommands(QString::fromUtf8(text));
    }
    return trigger;
}

QString triggerSentence(const Trigger &trigger, const QString &scriptPath) {
    switch (trigger.kind) {
    case TriggerKind::Install: {
        QString sentence = QStringLiteral("The code runs at install time: pip executes %1 when it builds or installs "
                                          "the source distribution")
                               .arg(scriptPath);
        if (!trigger.commands.isEmpty())
            sentence += QStringLiteral(", and the command classes passed to setup(cmdclass=...) override the '%1' "
                                       "command%2")
                            .arg(trigger.commands.join(QStringLiteral("', '")),
                                 trigger.commands.size() > 1 ? QStringLiteral("s") : QString());
        return sentence + u'.';
    }
    case TriggerKind::Import:
        if (trigger.module.isEmpty())
            return QStringLiteral("The code runs at import time: %1 is executed when the package is imported.")
                .arg(scriptPath);
        return QStringLiteral("The code runs at import time: %1 is executed whenever the package '%2' is imported.")
            .arg(scriptPath, trigger.module);
    case TriggerKind::InterpreterStart:
        return QStringLiteral("The code runs at every start of the Python interpreter: %1 is a path configuration file "
                              "processed by the site module, which executes its lines that start with 'import'.")
            .arg(scriptPath);
    case TriggerKind::Unknown:
        break;
    }
    return QStringLiteral("The code is in %1.").arg(scriptPath);
}

QString triggerLabel(const Trigger &trigger) {
    switch (trigger.kind) {
    case TriggerKind::Install:
        if (trigger.commands.isEmpty()) return TriggerText::tr("Runs at install: pip executes setup.py");
        return TriggerText::tr("Runs at install: pip executes setup.py and its custom commands (%1)")
            .arg(trigger.commands.join(QStringLiteral(", ")));
    case TriggerKind::Import:
        return TriggerText::tr("Runs at import of the package %1").arg(trigger.module);
    case TriggerKind::InterpreterStart:
        return TriggerText::tr("Runs at every start of the Python interpreter (.pth file)");
    case TriggerKind::Unknown:
        break;
    }
    return TriggerText::tr("Unknown trigger");
}

} // namespace mph::app
