#pragma once
// Background and known folders (one per line), passphrases for encrypted zips, and the history (design 2.9): its
// file, whether verdicts teach the next run, and the analyst's name that verdicts carry.
#include "workbench_settings.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace mph::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
  public:
    explicit SettingsDialog(const WorkbenchSettings &settings, QWidget *parent = nullptr);
    WorkbenchSettings settings() const;

  private:
    QPlainTextEdit *addFolderList(const QString &label, const QStringList &folders, QFormLayout *form);

    WorkbenchSettings settings_;
    QPlainTextEdit *background_;
    QPlainTextEdit *known_;
    QPlainTextEdit *passphrases_;
    QLineEdit *historyPath_;
    QCheckBox *historyFeedback_;
    QLineEdit *analyst_;
};

} // namespace mph::app
