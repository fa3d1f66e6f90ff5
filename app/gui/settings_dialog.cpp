#include "settings_dialog.h"

#include "history_database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mph::app {

namespace {
QStringList lines(const QPlainTextEdit *edit) {
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty()) result << line.trimmed();
    return result;
}
} // namespace

SettingsDialog::SettingsDialog(const WorkbenchSettings &settings, QWidget *parent)
    : QDialog(parent), settings_(settings) {
    setWindowTitle(tr("Inputs, passphrases and history"));
    auto *form = new QFormLayout;
    background_ = addFolderList(tr("Background (benign) folders"), settings.backgroundFolders, form);
    known_ = addFolderList(tr("Known-malicious folders"), settings.knownFolders, form);
    passphrases_ = new QPlainTextEdit(settings.passphrases.join(QLatin1Char('\n')), this);
    passphrases_->setToolTip(tr("Tried in turn on encrypted zips, one per line"));
    passphrases_->setMaximumHeight(80);
    form->addRow(tr("Passphrases"), passphrases_);

    historyPath_ = new QLineEdit(settings.historyPath, this);
    historyPath_->setPlaceholderText(HistoryDatabase::defaultPath());
    historyPath_->setToolTip(tr("SQLite file that remembers every scanned package and every verdict; created when "
                                "missing. The command line's --history takes the same file."));
    auto *chooseHistory = new QPushButton(tr("Choose…"), this);
    connect(chooseHistory, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("History file"), historyPath_->text(),
                                                          tr("History databases (*.sqlite);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) historyPath_->setText(path);
    });
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(historyPath_);
    historyRow->addWidget(chooseHistory);
    form->addRow(tr("History file"), historyRow);
    historyFeedback_ = new QCheckBox(tr("Verdicts teach the next run"), this);
    historyFeedback_->setChecked(settings.historyFeedback);
    historyFeedback_->setToolTip(tr("Packages judged malicious join the known set of later runs, packages judged "
                                    "benign the background, and new versions of projects judged malicious come "
                                    "first"));
    form->addRow(QString(), historyFeedback_);
    analyst_ = new QLineEdit(settings.analystName, this);
    analyst_->setToolTip(tr("Recorded with every verdict; the explanation says \"judged by you\" for your own"));
    form->addRow(tr("Analyst"), analyst_);
    auto *note = new QLabel(tr("Packages are only read in memory: nothing is extracted, installed or run."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(680, 520);
}

QPlainTextEdit *SettingsDialog::addFolderList(const QString &label, const QStringList &folders, QFormLayout *form) {
    auto *edit = new QPlainTextEdit(folders.join(QLatin1Char('\n')), this);
    edit->setToolTip(tr("One folder per line; searched recursively for packages"));
    auto *add = new QPushButton(tr("Add folder…"), this);
    connect(add, &QPushButton::clicked, this, [this, edit] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder"));
        if (!folder.isEmpty()) edit->appendPlainText(folder);
    });
    auto *column = new QVBoxLayout;
    column->addWidget(edit);
    column->addWidget(add, 0, Qt::AlignLeft);
    form->addRow(label, column);
    return edit;
}

WorkbenchSettings SettingsDialog::settings() const {
    WorkbenchSettings result = settings_;
    result.backgroundFolders = lines(background_);
    result.knownFolders = lines(known_);
    result.passphrases = lines(passphrases_);
    result.historyPath = historyPath_->text().trimmed();
    if (result.historyPath.isEmpty()) result.historyPath = HistoryDatabase::defaultPath();
    result.historyFeedback = historyFeedback_->isChecked();
    result.analystName = analyst_->text().trimmed();
    if (result.analystName.isEmpty()) result.analystName = defaultAnalystName();
    return result;
}

} // namespace mph::app
