#include "settings_dialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
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
    setWindowTitle(tr("Inputs and passphrases"));
    auto *form = new QFormLayout;
    background_ = addFolderList(tr("Background (benign) folders"), settings.backgroundFolders, form);
    known_ = addFolderList(tr("Known-malicious folders"), settings.knownFolders, form);
    passphrases_ = new QPlainTextEdit(settings.passphrases.join(QLatin1Char('\n')), this);
    passphrases_->setToolTip(tr("Tried in turn on encrypted zips, one per line"));
    passphrases_->setMaximumHeight(80);
    form->addRow(tr("Passphrases"), passphrases_);
    auto *note = new QLabel(tr("Packages are only read in memory: nothing is extracted, installed or run."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 420);
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
    return result;
}

} // namespace mph::app
