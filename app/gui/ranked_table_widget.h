#pragma once
// The ranked table with its filter bar (text, scope, verdict, outliers only). Sortable by any column; F3 / Shift+F3
// jump to the next / previous outlier (J / K too); Ctrl+C copies the selected rows as tab-separated text.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace mph::app {

class RankedScriptModel;
class RankedScriptFilter;

class RankedTableWidget : public QWidget {
    Q_OBJECT
  public:
    explicit RankedTableWidget(RankedScriptModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return view_; }
    RankedScriptFilter *filter() const { return filter_; }

    int currentRankingIndex() const; // -1 when nothing is current
    void setCurrentRankingIndex(int rankingIndex);
    void selectRankingIndices(const std::vector<int> &rankingIndices);
    std::vector<int> selectedRankingIndices() const;
    QString selectedRowsAsText() const;

  public slots:
    void nextOutlier();
    void previousOutlier();
    void copySelection() const;

  signals:
    void currentRankingIndexChanged(int rankingIndex);
    void selectionChanged(const std::vector<int> &rankingIndices);

  private:
    void stepOutlier(int direction);

    RankedScriptModel *model_;
    RankedScriptFilter *filter_;
    QTableView *view_;
    QLineEdit *text_;
    QComboBox *scope_;
    QComboBox *verdict_;
    QCheckBox *outliers_;
};

} // namespace mph::app
