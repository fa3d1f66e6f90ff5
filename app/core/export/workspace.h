#pragma once
// A whole investigation in one file (.mphworkspace, JSON, versioned): the run's inputs (batch folders, background,
// known set, scope and engine options), the case records of every package annotated so far, and the GUI's own view
// state. Saved atomically with QSaveFile; a corrupt file or one from a newer version gives a clear message.
//
// Passphrases: the public convention `infected` is always kept. Any other passphrase is a secret of the analyst's and
// is written in clear only when `storePassphrases` is set (the user opts in); otherwise the file records how many were
// withheld, and loading reports that number so the GUI can ask for them again.
#include "case_file.h"
#include "pipeline/scan.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace mph::app {

struct Workspace {
    static constexpr int kFormatVersion = 1;

    ScanOptions inputs;            // what to run: roles, passphrases (see above), scope, engine options
    bool storePassphrases = false; // the user's opt-in to keep non-default passphrases in clear
    QList<CaseFile> cases;         // the annotations, one per investigated script
    QJsonObject view;              // the GUI's state, stored and returned as is
};

struct WorkspaceLoadResult {
    std::optional<Workspace> workspace;
    QString error;               // set when workspace is empty
    int withheldPassphrases = 0; // passphrases that were not stored and must be asked for again
};

inline constexpr auto kWorkspaceSuffix = "mphworkspace";

QJsonObject workspaceToJson(const Workspace &workspace);
WorkspaceLoadResult workspaceFromJson(const QByteArray &json);

QString saveWorkspace(const Workspace &workspace, const QString &path); // error message or ""
WorkspaceLoadResult loadWorkspace(const QString &path);

} // namespace mph::app
