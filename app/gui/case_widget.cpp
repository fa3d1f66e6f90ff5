#include "case_widget.h"

#include "evidence_model.h"
#include "icons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mph::app {

CaseWidget::CaseWidget(QWidget *parent)
    : QWidget(parent), title_(new QLabel(this)), status_(new QLabel(this)), verdict_(new QComboBox(this)),
      tags_(new QLineEdit(this)), analyst_(new QLineEdit(this)), notes_(new QPlainTextEdit(this)),
      evidence_(new EvidenceModel(this)), evidenceView_(new QTableView(this)),
      addEvidence_(new QPushButton(workbenchIcon(QStringLiteral("evidence")), tr("Add evidence…"), this)),
      removeEvidence_(new QPushButton(tr("Remove"), this)),
      save_(new QPushButton(workbenchIcon(QStringLiteral("document-save")), tr("Save case…"), this)),
      campaignVerdict_(new QPushButton(this)) {
    title_->setWordWrap(true);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    for (Verdict v : {Verdict::Undecided, Verdict::Malicious, Verdict::Suspicious, Verdict::Benign})
        verdict_->addItem(verdictLabel(v), static_cast<int>(v));
    tags_->setPlaceholderText(tr("comma-separated, e.g. exfiltration, typosquat"));
    notes_->setPlaceholderText(tr("What the code does and how it triggers…"));
    evidenceView_->setModel(evidence_);
    evidenceView_->verticalHeader()->hide();
    evidenceView_->horizontalHeader()->setStretchLastSection(true);
    evidenceView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    addEvidence_->setToolTip(tr("Record the lines selected in the left editor as evidence (Ctrl+E)"));
    addEvidence_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *open = new QPushButton(workbenchIcon(QStringLiteral("open-case")), tr("Open case…"), this);

    campaignVerdict_->setToolTip(tr("Give this verdict to every package of the campaign, in one action"));
    campaignVerdict_->hide();
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(verdict_, 1);
    verdictRow->addWidget(campaignVerdict_);
    auto *form = new QFormLayout;
    form->addRow(tr("Verdict"), verdictRow);
    form->addRow(tr("Tags"), tags_);
    form->addRow(tr("Analyst"), analyst_);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(addEvidence_);
    evidenceButtons->addWidget(removeEvidence_);
    evidenceButtons->addStretch(1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(save_);
    fileButtons->addWidget(open);
    fileButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title_);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Notes"), this));
    layout->addWidget(notes_, 2);
    layout->addWidget(new QLabel(tr("Evidence"), this));
    layout->addWidget(evidenceView_, 2);
    layout->addLayout(evidenceButtons);
    layout->addLayout(fileButtons);
    layout->addWidget(status_);

    connect(verdict_, &QComboBox::currentIndexChanged, this, &CaseWidget::emitEdited);
    connect(tags_, &QLineEdit::editingFinished, this, &CaseWidget::emitEdited);
    connect(analyst_, &QLineEdit::editingFinished, this, &CaseWidget::emitEdited);
    connect(notes_, &QPlainTextEdit::textChanged, this, &CaseWidget::emitEdited);
    connect(evidence_, &EvidenceModel::edited, this, &CaseWidget::emitEdited);
    connect(addEvidence_, &QPushButton::clicked, this, &CaseWidget::addEvidenceRequested);
    connect(campaignVerdict_, &QPushButton::clicked, this, [this] {
        if (campaign_ >= 0)
            emit campaignVerdictRequested(campaign_, static_cast<Verdict>(verdict_->currentData().toInt()));
    });
    connect(removeEvidence_, &QPushButton::clicked, this, [this] {
        const QModelIndex current = evidenceView_->currentIndex();
        if (current.isValid()) evidence_->removeAt(current.row());
    });
    connect(save_, &QPushButton::clicked, this, &CaseWidget::saveRequested);
    connect(open, &QPushButton::clicked, this, &CaseWidget::openRequested);
    clearCase();
}

void CaseWidget::setCase(const QString &key, const CaseFile &caseFile, const QString &status) {
    loading_ = true;
    key_ = key;
    case_ = caseFile;
    title_->setText(
        tr("<b>%1 %2</b><br>%3")
            .arg(caseFile.name.toHtmlEscaped(), caseFile.version.toHtmlEscaped(), caseFile.scriptPath.toHtmlEscaped()));
    verdict_->setCurrentIndex(verdict_->findData(static_cast<int>(caseFile.verdict)));
    tags_->setText(caseFile.tags.join(QStringLiteral(", ")));
    analyst_->setText(caseFile.analyst);
    if (notes_->toPlainText() != caseFile.notes) notes_->setPlainText(caseFile.notes);
    evidence_->setEvidence(caseFile.evidence);
    status_->setText(status);
    for (QWidget *widget : std::initializer_list<QWidget *>{verdict_, tags_, analyst_, notes_, evidenceView_,
                                                            addEvidence_, removeEvidence_, save_})
        widget->setEnabled(!key.isEmpty());
    loading_ = false;
}

void CaseWidget::clearCase() {
    setCase({}, {}, tr("Select a script in the ranked table to start a case."));
}

void CaseWidget::setStatus(const QString &status) {
    status_->setText(status);
}

CaseFile CaseWidget::currentCase() const {
    CaseFile c = case_;
    c.verdict = static_cast<Verdict>(verdict_->currentData().toInt());
    c.tags.clear();
    for (const QString &tag : tags_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString trimmed = tag.trimmed(); !trimmed.isEmpty()) c.tags << trimmed;
    c.analyst = analyst_->text().trimmed();
    c.notes = notes_->toPlainText();
    c.evidence = evidence_->evidence();
    return c;
}

void CaseWidget::setVerdict(Verdict verdict) {
    verdict_->setCurrentIndex(verdict_->findData(static_cast<int>(verdict)));
}

void CaseWidget::setCampaign(int campaign, int packages) {
    campaign_ = campaign;
    campaignVerdict_->setText(tr("For the whole campaign (%n package(s))", nullptr, packages));
    campaignVerdict_->setVisible(campaign >= 0);
}

void CaseWidget::addEvidence(const Evidence &evidence) {
    evidence_->append(evidence);
}

void CaseWidget::emitEdited() {
    if (loading_ || key_.isEmpty()) return;
    case_ = currentCase();
    emit edited(key_, case_);
}

} // namespace mph::app
