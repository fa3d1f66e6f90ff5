#pragma once
// What the analyst configures once: background and known folders, extra passphrases for encrypted zips, recent
// batch folders, the history file and whether verdicts teach the next run, the analyst's name. Kept in QSettings;
// turned into engine ScanOptions for a run.
#include "pipeline/scan.h"

#include <QStringList>

class QSettings;

namespace mph::app {

struct WorkbenchSettings {
    QStringList backgroundFolders;
    QStringList knownFolders;
    QStringList passphrases{QStringLiteral("infected")};
    QStringList recentFolders;   // most recent first
    QString lastExportFolder;    // where the last export or workspace file went (file dialogs start there)
    QString historyPath;         // the history database (design 2.9); default HistoryDatabase::defaultPath()
    bool historyFeedback = true; // "Verdicts teach the next run"
    QString analystName;         // who judges: verdicts in the history name them; default the login name
    static constexpr int kMaxRecent = 10;

    static WorkbenchSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    void addRecent(const QString &folder);
};

// The login name ($USER), else "analyst": the CLI's verdict command's default too.
QString defaultAnalystName();

// One batch (the folder), with the configured background, known folders and passphrases.
ScanOptions scanOptionsForFolder(const QString &folder, const WorkbenchSettings &settings);
// The embedded demo corpus for all three roles.
ScanOptions demoScanOptions();

} // namespace mph::app
