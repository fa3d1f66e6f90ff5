#pragma once
// The case pane: verdict, tags, notes, analyst and the evidence list of the case of the selected script. Every edit
// is reported with edited(); saving, opening and adding evidence are requests handled by the main window.
#include "case_file.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mph::app {

class EvidenceModel;

class CaseWidget : public QWidget {
    Q_OBJECT
  public:
    explicit CaseWidget(QWidget *parent = nullptr);

    // Shows a case; no signal is emitted. `status` describes its file (saved, unsaved, recovered...).
    void setCase(const QString &key, const CaseFile &caseFile, const QString &status);
    void clearCase();
    QString key() const { return key_; }
    CaseFile currentCase() const; // the shown case with the fields' contents
    void setStatus(const QString &status);

    void setVerdict(Verdict verdict); // as if chosen by the user
    // The campaign the case's script belongs to (ScanResult::campaigns, -1: none) and its size: offers to give the
    // chosen verdict to every member at once.
    void setCampaign(int campaign, int packages);
    void addEvidence(const Evidence &evidence);

  signals:
    void edited(const QString &key, const mph::app::CaseFile &caseFile);
    void addEvidenceRequested();
    void saveRequested();
    void openRequested();
    void campaignVerdictRequested(int campaign, mph::app::Verdict verdict);

  private:
    void emitEdited();

    QString key_;
    CaseFile case_;
    bool loading_ = false;
    QLabel *title_;
    QLabel *status_;
    QComboBox *verdict_;
    QLineEdit *tags_;
    QLineEdit *analyst_;
    QPlainTextEdit *notes_;
    EvidenceModel *evidence_;
    QTableView *evidenceView_;
    QPushButton *addEvidence_;
    QPushButton *removeEvidence_;
    QPushButton *save_;
    QPushButton *campaignVerdict_;
    int campaign_ = -1;
};

} // namespace mph::app
