#pragma once
// The ranked table with its filter bar (text, scope, verdict, outliers only, hide judged packages). A tree: the
// packages of one campaign are one expandable row (CampaignGroupingModel). Sortable by any column; F3 / Shift+F3
// jump to the next / previous outlier (J / K too); Ctrl+C copies the selected rows as tab-separated text. The
// context menu of a campaign (or of one of its members) sets one verdict for all its members and exports them.
#include "verdict.h"

#include <QTreeView> // callers use view() as a QAbstractItemView
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace mph::app {

class CampaignGroupingModel;
class RankedScriptModel;
class RankedScriptFilter;

class RankedTableWidget : public QWidget {
    Q_OBJECT
  public:
    explicit RankedTableWidget(RankedScriptModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return view_; }
    RankedScriptFilter *filter() const { return filter_; }
    CampaignGroupingModel *grouping() const { return grouping_; }
    QCheckBox *hideJudgedBox() const { return hideJudged_; }

    int currentRankingIndex() const; // -1 when nothing is current; a campaign row: its best member
    // The campaign of the current row (a campaign row or one of its members), -1 when none.
    int currentCampaign() const;
    void setCurrentRankingIndex(int rankingIndex);
    void selectFirstRow(); // the first row shown, in the shown order (judged rows may be hidden)
    void selectRankingIndices(const std::vector<int> &rankingIndices);
    // Selected rows; a selected campaign row stands for all its members.
    std::vector<int> selectedRankingIndices() const;
    // The scripts the table shows, in its order; a campaign's members in place of its row.
    QList<int> shownRankingIndices() const;
    QString selectedRowsAsText() const;
    void expandCampaign(int campaign);

  public slots:
    void nextOutlier();
    void previousOutlier();
    void copySelection() const;

  signals:
    void currentRankingIndexChanged(int rankingIndex);
    void selectionChanged(const std::vector<int> &rankingIndices);
    void campaignVerdictRequested(int campaign, mph::app::Verdict verdict);
    void campaignOsvRequested(int campaign);

  private:
    void stepOutlier(int direction);
    QModelIndex shownIndexOfRankingIndex(int rankingIndex) const; // invalid when filtered out
    void showContextMenu(const QPoint &position);

    RankedScriptModel *model_;
    CampaignGroupingModel *grouping_;
    RankedScriptFilter *filter_;
    QTreeView *view_;
    QLineEdit *text_;
    QComboBox *scope_;
    QComboBox *verdict_;
    QCheckBox *outliers_;
    QCheckBox *hideJudged_;
};

} // namespace mph::app
