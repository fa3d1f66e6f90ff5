#include "workbench_settings.h"

#include "history_database.h"

#include <QDir>
#include <QSettings>

namespace mph::app {

namespace {
std::vector<std::filesystem::path> paths(const QStringList &folders) {
    std::vector<std::filesystem::path> result;
    for (const QString &folder : folders)
        if (!folder.trimmed().isEmpty()) result.emplace_back(folder.trimmed().toStdString());
    return result;
}
} // namespace

WorkbenchSettings WorkbenchSettings::load(QSettings &settings) {
    WorkbenchSettings s;
    s.backgroundFolders = settings.value(QStringLiteral("inputs/background")).toStringList();
    s.knownFolders = settings.value(QStringLiteral("inputs/known")).toStringList();
    if (settings.contains(QStringLiteral("inputs/passphrases")))
        s.passphrases = settings.value(QStringLiteral("inputs/passphrases")).toStringList();
    s.recentFolders = settings.value(QStringLiteral("inputs/recent")).toStringList();
    s.lastExportFolder = settings.value(QStringLiteral("export/lastFolder")).toString();
    s.historyPath = settings.value(QStringLiteral("history/path")).toString();
    if (s.historyPath.trimmed().isEmpty()) s.historyPath = HistoryDatabase::defaultPath();
    s.historyFeedback = settings.value(QStringLiteral("history/feedback"), true).toBool();
    s.analystName = settings.value(QStringLiteral("history/analyst")).toString();
    if (s.analystName.trimmed().isEmpty()) s.analystName = defaultAnalystName();
    return s;
}

void WorkbenchSettings::save(QSettings &settings) const {
    settings.setValue(QStringLiteral("inputs/background"), backgroundFolders);
    settings.setValue(QStringLiteral("inputs/known"), knownFolders);
    settings.setValue(QStringLiteral("inputs/passphrases"), passphrases);
    settings.setValue(QStringLiteral("inputs/recent"), recentFolders);
    settings.setValue(QStringLiteral("export/lastFolder"), lastExportFolder);
    settings.setValue(QStringLiteral("history/path"), historyPath);
    settings.setValue(QStringLiteral("history/feedback"), historyFeedback);
    settings.setValue(QStringLiteral("history/analyst"), analystName);
}

QString defaultAnalystName() {
    // As the CLI's verdict command does, so that a verdict given in either names the same analyst.
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

void WorkbenchSettings::addRecent(const QString &folder) {
    const QString clean = QDir::cleanPath(folder);
    recentFolders.removeAll(clean);
    recentFolders.prepend(clean);
    while (recentFolders.size() > kMaxRecent)
        recentFolders.removeLast();
}

ScanOptions scanOptionsForFolder(const QString &folder, const WorkbenchSettings &settings) {
    ScanOptions options;
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    options.batches.push_back(BatchInput{clean.toStdString(), {std::filesystem::path(clean.toStdString())}});
    options.background = paths(settings.backgroundFolders);
    options.known = paths(settings.knownFolders);
    options.passphrases.clear();
    for (const QString &passphrase : settings.passphrases)
        if (!passphrase.isEmpty()) options.passphrases.push_back(passphrase.toStdString());
    if (options.passphrases.empty()) options.passphrases.emplace_back("infected");
    return options;
}

ScanOptions demoScanOptions() {
    ScanOptions options;
    options.demo = true;
    return options;
}

} // namespace mph::app
