#pragma once
// Background and known folders (one per line) and passphrases for encrypted zips.
#include "workbench_settings.h"

#include <QDialog>

class QFormLayout;
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
};

} // namespace mph::app
