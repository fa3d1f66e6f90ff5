#pragma once
// Writes the verdicts given in the GUI to the history database (issue 13: a verdict set in the GUI and one set with
// `mphunter-cli verdict` are the same record). Owns one connection on the GUI thread, opened on first use; a verdict
// is one small transaction, so writing it here does not stall the window. Failures are returned and signalled, never
// dropped: the window shows them in the status bar.
#include "case_file.h"
#include "history_database.h"

#include <QObject>

#include <memory>

namespace mph::app {

// The record a case's verdict becomes: archive sha256 (else name==version), the case's notes as the note, its analyst
// (else `analyst`), its file path, now.
VerdictRecord verdictRecordFor(const CaseFile &caseFile, const QString &caseFilePath, const QString &analyst);

class HistoryRecorder : public QObject {
    Q_OBJECT
  public:
    explicit HistoryRecorder(QObject *parent = nullptr);
    ~HistoryRecorder() override;

    // Later verdicts go to this file (empty: nowhere); the open connection, if any, is closed.
    void setPath(const QString &path);
    QString path() const { return path_; }

    // Returns "" or why the verdict was not recorded (naming the file).
    QString record(const VerdictRecord &verdict);
    // Several verdicts in one transaction, each written as given (a campaign judged in one action): all or none.
    // Returns "" or why none was recorded (the caller words the failure; failed() is not emitted).
    QString recordAll(const QList<VerdictRecord> &verdicts);

  signals:
    void recorded(const mph::app::VerdictRecord &verdict);
    void failed(const QString &message);

  private:
    HistoryDatabase *database(QString *problem); // the connection, opened on first use; null with `problem` set

    QString path_;
    std::unique_ptr<HistoryDatabase> database_;
};

} // namespace mph::app
