#pragma once
// The cases of a session, one per investigated script (keyed like scriptKey(): archive path | script path), with
// their files, unsaved changes and autosave. Autosave writes every changed case on a timer: to `<file>.autosave` next
// to a saved case, or into the autosave folder for a case never saved. Opening a case, or coming back to a script,
// recovers a newer autosave.
#include "case_file.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace mph::app {

QString caseKey(const CaseFile &caseFile); // archivePath | scriptPath
QString autosavePathFor(const QString &caseFilePath);

class CaseBook : public QObject {
    Q_OBJECT
  public:
    // `autosaveFolder` holds autosaves of cases that have no file yet.
    explicit CaseBook(QString autosaveFolder, QObject *parent = nullptr);

    bool contains(const QString &key) const { return cases_.contains(key); }
    CaseFile caseFile(const QString &key) const { return cases_.value(key); }
    // The case for `key`: the one in the book, else a recovered autosave, else `seed` (added to the book).
    // Sets *recovered when an autosave was used.
    CaseFile ensureCase(const QString &key, const CaseFile &seed, bool *recovered = nullptr);
    // Puts a case read back from a workspace into the book as it is (its timestamps kept), unsaved and autosaved
    // like an edit; replaces a case with the same key. Returns the key. When the case's autosave is newer (edits made
    // after the workspace was saved, then the process died), the autosave is restored instead and *recovered is set.
    QString restore(const CaseFile &caseFile, bool *recovered = nullptr);
    // Replaces the case's contents (stamps `modified`), marks it unsaved and schedules an autosave.
    void updateCase(const QString &key, CaseFile caseFile);

    QString filePath(const QString &key) const { return paths_.value(key); }
    bool isUnsaved(const QString &key) const { return unsaved_.contains(key); }
    QList<QString> keys() const { return cases_.keys(); }

    // Saves atomically; on success the case is clean and its autosave is removed. Returns an error message or "".
    QString save(const QString &key, const QString &path);
    // Loads a case file (or its newer autosave, then *recovered is set) into the book; returns its key or an error.
    CaseLoadResult open(const QString &path, bool *recovered = nullptr);

    void setAutosaveInterval(int milliseconds) { timer_.setInterval(milliseconds); }
    QString autosaveFileFor(const QString &key) const;
    void autosaveNow();

  signals:
    void caseChanged(const QString &key);
    void verdictChanged(const QString &key, mph::app::Verdict verdict);
    void autosaveFailed(const QString &message);

  private:
    void insert(const QString &key, CaseFile caseFile, bool unsaved);

    QString autosaveFolder_;
    QHash<QString, CaseFile> cases_;
    QHash<QString, QString> paths_;
    QSet<QString> unsaved_;
    QSet<QString> pendingAutosave_;
    QTimer timer_;
};

} // namespace mph::app
